// Included by src/isolate/mod.rs and by build.rs: evaluate the bridge into a context and
// serialise it. Only the `v8` crate is used here, so the build script can run it too.

/// Names of the natives, in external-reference order: the snapshot stores indices into this
/// list, so build.rs and the runtime must agree on it.
pub const NATIVE_NAMES: [&str; 16] = [
    "syscall",
    "syscallAsync",
    "compileFunction",
    "promiseState",
    "proxyDetails",
    "previewEntries",
    "constructorName",
    "errorArrow",
    "vmCreateContext",
    "vmCompile",
    "vmRun",
    "vmCompileFunction",
    "module",
    "utf8Decode",
    "v8Serializer",
    "builtinSource",
];

/// Index of the bridge's context among the snapshot's added contexts (the default context is a
/// plain one, for `vm` contexts).
pub const BRIDGE_CONTEXT_INDEX: usize = 0;

fn exception_text(scope: &mut v8::PinScope, exc: Option<v8::Local<v8::Value>>) -> String {
    let Some(exc) = exc else {
        return "unknown error".into();
    };
    if let Ok(obj) = v8::Local::<v8::Object>::try_from(exc) {
        if let Some(key) = v8::String::new(scope, "stack") {
            if let Some(stack) = obj.get(scope, key.into()) {
                if stack.is_string() {
                    return stack.to_rust_string_lossy(scope);
                }
            }
        }
    }
    exc.to_rust_string_lossy(scope)
}

/// Evaluate the bridge into a fresh context and serialise it: (blob, hooks context-data index).
/// `natives` are the callbacks for [`NATIVE_NAMES`], in order.
pub fn make_snapshot(
    refs: std::borrow::Cow<'static, [v8::ExternalReference]>,
    natives: &[v8::FunctionCallback],
    modules: &[(&str, &str)],
    bootstrap: &str,
) -> Result<(Vec<u8>, usize), String> {
    let mut creator = v8::Isolate::snapshot_creator(Some(refs), None);
    let hooks_index = {
        v8::scope!(let scope, &mut creator);
        let context = v8::Context::new(scope, Default::default());
        let scope = &mut v8::ContextScope::new(scope, context);
        let r = evaluate_bridge(scope, context, natives, modules, bootstrap);
        // The default context stays a plain V8 context: `vm.createContext` makes its contexts
        // from it. The bridge's context is the first added one (BRIDGE_CONTEXT_INDEX).
        let plain = v8::Context::new(scope, Default::default());
        scope.set_default_context(plain);
        let index = scope.add_context(context);
        match r {
            Ok(_) if index != BRIDGE_CONTEXT_INDEX => {
                Err(format!("bridge context stored at index {index}"))
            }
            r => r,
        }
    };
    // A snapshot creator must always produce its blob, even when the bridge failed.
    let blob = creator.create_blob(v8::FunctionCodeHandling::Keep);
    let hooks_index = hooks_index?;
    let blob = blob.ok_or("V8 could not create the startup snapshot")?;
    Ok((blob.to_vec(), hooks_index))
}

/// Install the natives, compile every bridge module, run the bootstrap; returns the context-data
/// index of the hooks object.
fn evaluate_bridge(
    scope: &mut v8::PinScope,
    context: v8::Local<v8::Context>,
    natives: &[v8::FunctionCallback],
    modules: &[(&str, &str)],
    bootstrap: &str,
) -> Result<usize, String> {
    v8::tc_scope!(let tc, scope);
    let natives_obj = v8::Object::new(tc);
    for (name, cb) in NATIVE_NAMES.iter().zip(natives) {
        let f = v8::FunctionTemplate::builder_raw(*cb)
            .build(tc)
            .get_function(tc)
            .ok_or("cannot create native function")?;
        let k = v8::String::new(tc, name).ok_or("string")?;
        natives_obj.set(tc, k.into(), f.into());
    }
    let modules_obj = v8::Object::new(tc);
    for (name, src) in modules {
        let wrapped = format!("(function (exports, require, module, internalBinding) {{{src}\n}})");
        let Some(f) = compile_run(tc, &wrapped, &format!("node:{name}")) else {
            let exc = tc.exception();
            return Err(format!("bridge module {name}: {}", exception_text(tc, exc)));
        };
        let k = v8::String::new(tc, name).ok_or("string")?;
        modules_obj.set(tc, k.into(), f);
    }
    let Some(boot) = compile_run(tc, bootstrap, "node:internal/bootstrap") else {
        let exc = tc.exception();
        return Err(format!("bootstrap: {}", exception_text(tc, exc)));
    };
    let boot = v8::Local::<v8::Function>::try_from(boot).map_err(|_| "bootstrap is not a function")?;
    let recv = v8::undefined(tc).into();
    let Some(hooks) = boot.call(tc, recv, &[natives_obj.into(), modules_obj.into()]) else {
        let exc = tc.exception();
        return Err(format!("bootstrap failed: {}", exception_text(tc, exc)));
    };
    let hooks = v8::Local::<v8::Object>::try_from(hooks).map_err(|_| "bootstrap must return the hooks object")?;
    Ok(tc.add_context_data(context, hooks))
}

/// Compile and run a script; on `None` the caller's TryCatch holds the exception.
fn compile_run<'s>(scope: &mut v8::PinScope<'s, '_>, src: &str, name: &str) -> Option<v8::Local<'s, v8::Value>> {
    let code = v8::String::new(scope, src)?;
    let name_v = v8::String::new(scope, name)?;
    let origin = v8::ScriptOrigin::new(scope, name_v.into(), 0, 0, false, -1, None, false, false, false, None);
    let script = v8::Script::compile(scope, code, Some(&origin))?;
    script.run(scope)
}
