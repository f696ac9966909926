//! The natives behind `vm`: a second V8 context in the same isolate, scripts compiled and run in
//! a chosen context, and the `timeout` option. They work on the isolate alone and reach no host
//! resource.
//!
//! A context made by [`create_context`] starts from the snapshot's plain default context (V8's
//! built-ins only: no bridge, no `process`, no natives). Its global object carries named-property
//! interceptors that forward to the "sandbox" object the caller passed in, the way Node's
//! contextify does: a name the sandbox (or its prototype chain) has is read from it, assignments
//! and declarations land on it, deletes and enumeration go to it, and anything the sandbox lacks
//! falls through to the context's own built-ins.

use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

use super::state::with_state;

fn throw_type_error(scope: &mut v8::PinScope, msg: &str) {
    if let Some(m) = v8::String::new(scope, msg) {
        let e = v8::Exception::type_error(scope, m);
        scope.throw_exception(e);
    }
}

/// The sandbox object an interceptor forwards to (the template's data).
fn sandbox_of<'s>(args: &v8::PropertyCallbackArguments<'s>) -> Option<v8::Local<'s, v8::Object>> {
    v8::Local::<v8::Object>::try_from(args.data()).ok()
}

fn get_cb<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    key: v8::Local<'s, v8::Name>,
    args: v8::PropertyCallbackArguments<'s>,
    mut rv: v8::ReturnValue<v8::Value>,
) -> v8::Intercepted {
    let Some(sandbox) = sandbox_of(&args) else {
        return v8::Intercepted::kNo;
    };
    v8::tc_scope!(let tc, scope);
    match sandbox.get_real_named_property(tc, key) {
        Some(v) => {
            // The sandbox itself reads as the context's global, as in Node.
            if v.strict_equals(sandbox.into()) {
                rv.set(args.holder().into());
            } else {
                rv.set(v);
            }
            v8::Intercepted::kYes
        }
        None if tc.has_caught() || tc.has_terminated() => {
            tc.rethrow();
            v8::Intercepted::kYes
        }
        None => v8::Intercepted::kNo,
    }
}

fn set_cb<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    key: v8::Local<'s, v8::Name>,
    value: v8::Local<'s, v8::Value>,
    args: v8::PropertyCallbackArguments<'s>,
    _rv: v8::ReturnValue<v8::Boolean>,
) -> v8::Intercepted {
    let Some(sandbox) = sandbox_of(&args) else {
        return v8::Intercepted::kNo;
    };
    // A read-only, non-configurable built-in of the context (`undefined`, `NaN`, …) keeps its
    // value, as it would on a plain global.
    let global = args.holder();
    if let Some(attrs) = global.get_real_named_property_attributes(scope, key) {
        if attrs.is_read_only()
            && attrs.is_dont_delete()
            && sandbox.has_own_property(scope, key) != Some(true)
        {
            return v8::Intercepted::kNo;
        }
    }
    sandbox.set(scope, key.into(), value);
    v8::Intercepted::kYes
}

fn query_cb<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    key: v8::Local<'s, v8::Name>,
    args: v8::PropertyCallbackArguments<'s>,
    mut rv: v8::ReturnValue<v8::Integer>,
) -> v8::Intercepted {
    let Some(sandbox) = sandbox_of(&args) else {
        return v8::Intercepted::kNo;
    };
    if sandbox.has_real_named_property(scope, key) == Some(true) {
        if let Some(attrs) = sandbox.get_real_named_property_attributes(scope, key) {
            rv.set_int32(attrs.as_u32() as i32);
            return v8::Intercepted::kYes;
        }
    }
    v8::Intercepted::kNo
}

fn delete_cb<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    key: v8::Local<'s, v8::Name>,
    args: v8::PropertyCallbackArguments<'s>,
    mut rv: v8::ReturnValue<v8::Boolean>,
) -> v8::Intercepted {
    let Some(sandbox) = sandbox_of(&args) else {
        return v8::Intercepted::kNo;
    };
    match sandbox.delete(scope, key.into()) {
        // Deleted (or absent) on the sandbox: let the global's own property go too.
        Some(true) => v8::Intercepted::kNo,
        _ => {
            rv.set_bool(false);
            v8::Intercepted::kYes
        }
    }
}

fn enum_cb<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::PropertyCallbackArguments<'s>,
    mut rv: v8::ReturnValue<v8::Array>,
) {
    let Some(sandbox) = sandbox_of(&args) else {
        return;
    };
    if let Some(names) = sandbox.get_own_property_names(scope, Default::default()) {
        rv.set(names);
    }
}

fn define_cb<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    key: v8::Local<'s, v8::Name>,
    desc: &v8::PropertyDescriptor,
    args: v8::PropertyCallbackArguments<'s>,
    _rv: v8::ReturnValue<v8::Boolean>,
) -> v8::Intercepted {
    let Some(sandbox) = sandbox_of(&args) else {
        return v8::Intercepted::kNo;
    };
    let global = args.holder();
    if let Some(attrs) = global.get_real_named_property_attributes(scope, key) {
        if attrs.is_read_only() && attrs.is_dont_delete() {
            return v8::Intercepted::kNo;
        }
    }
    sandbox.define_property(scope, key, desc);
    v8::Intercepted::kYes
}

fn descriptor_cb<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    key: v8::Local<'s, v8::Name>,
    args: v8::PropertyCallbackArguments<'s>,
    mut rv: v8::ReturnValue<v8::Value>,
) -> v8::Intercepted {
    let Some(sandbox) = sandbox_of(&args) else {
        return v8::Intercepted::kNo;
    };
    if sandbox.has_own_property(scope, key) == Some(true) {
        if let Some(d) = sandbox.get_own_property_descriptor(scope, key) {
            rv.set(d);
            return v8::Intercepted::kYes;
        }
    }
    v8::Intercepted::kNo
}

/// `vmCreateContext(sandbox?): object` — a new context whose global forwards to `sandbox`;
/// returns the new context's global (proxy), which `vmRun`/`vmCompileFunction` take.
pub(crate) fn create_context<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let templ = v8::ObjectTemplate::new(scope);
    // Without a sandbox (vm.constants.DONT_CONTEXTIFY) the global is an ordinary one.
    if let Ok(sandbox) = v8::Local::<v8::Object>::try_from(args.get(0)) {
        templ.set_named_property_handler(
            v8::NamedPropertyHandlerConfiguration::new()
                .getter(get_cb)
                .setter(set_cb)
                .query(query_cb)
                .deleter(delete_cb)
                .enumerator(enum_cb)
                .definer(define_cb)
                .descriptor(descriptor_cb)
                .data(sandbox.into()),
        );
    }
    let outer = scope.get_current_context();
    let token = outer.get_security_token(scope);
    let ctx = v8::Context::new(
        scope,
        v8::ContextOptions {
            global_template: Some(templ),
            ..Default::default()
        },
    );
    // Same security token as the caller's context: objects cross freely both ways, as in Node.
    ctx.set_security_token(token);
    let global = ctx.global(scope);
    rv.set(global.into());
}

/// The context to compile in: the one `target` (a global from `vmCreateContext`) belongs to,
/// or the caller's for anything else.
fn target_context<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    target: v8::Local<'s, v8::Value>,
) -> v8::Local<'s, v8::Context> {
    match v8::Local::<v8::Object>::try_from(target) {
        Ok(o) => o
            .get_creation_context(scope)
            .unwrap_or_else(|| scope.get_current_context()),
        Err(_) => scope.get_current_context(),
    }
}

fn int_arg(scope: &mut v8::PinScope, v: v8::Local<v8::Value>) -> i32 {
    if v.is_number() {
        v.int32_value(scope).unwrap_or(0)
    } else {
        0
    }
}

fn origin<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    filename: v8::Local<'s, v8::Value>,
    line: i32,
    col: i32,
) -> v8::ScriptOrigin<'s> {
    v8::ScriptOrigin::new(
        scope, filename, line, col, false, -1, None, false, false, false, None,
    )
}

/// Prefix an error's `stack` with Node's arrow (file:line, source line, carets), once.
fn decorate(
    scope: &mut v8::PinScope,
    exc: v8::Local<v8::Value>,
    msg: Option<v8::Local<v8::Message>>,
) {
    let Ok(obj) = v8::Local::<v8::Object>::try_from(exc) else {
        return;
    };
    let Some(pname) = v8::String::new(scope, "secure-exec:vm-decorated") else {
        return;
    };
    let private = v8::Private::for_api(scope, Some(pname));
    if obj.has_private(scope, private) == Some(true) {
        return;
    }
    let Some(arrow) = super::error_arrow(scope, exc, msg) else {
        return;
    };
    let Some(key) = v8::String::new(scope, "stack") else {
        return;
    };
    let Some(stack) = obj.get(scope, key.into()).filter(|s| s.is_string()) else {
        return;
    };
    let text = format!("{arrow}\n{}", stack.to_rust_string_lossy(scope));
    if let Some(s) = v8::String::new(scope, &text) {
        obj.set(scope, key.into(), s.into());
        let t = v8::Boolean::new(scope, true);
        obj.set_private(scope, private, t.into());
    }
}

/// `vmCompile(code, filename, lineOffset, columnOffset, displayErrors)` — compiles `code` (a
/// syntax check for `new vm.Script`); throws the SyntaxError.
pub(crate) fn compile<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    _rv: v8::ReturnValue<v8::Value>,
) {
    let Ok(code) = v8::Local::<v8::String>::try_from(args.get(0)) else {
        throw_type_error(scope, "vmCompile(code, …) takes a string");
        return;
    };
    let line = int_arg(scope, args.get(2));
    let col = int_arg(scope, args.get(3));
    let display = args.get(4).boolean_value(scope);
    let o = origin(scope, args.get(1), line, col);
    v8::tc_scope!(let tc, scope);
    let mut source = v8::script_compiler::Source::new(code, Some(&o));
    if v8::script_compiler::compile_unbound_script(
        tc,
        &mut source,
        v8::script_compiler::CompileOptions::NoCompileOptions,
        v8::script_compiler::NoCacheReason::NoReason,
    )
    .is_none()
    {
        if display {
            if let Some(exc) = tc.exception() {
                let msg = tc.message();
                decorate(tc, exc, msg);
            }
        }
        tc.rethrow();
    }
}

/// Terminates the isolate after a wall-clock delay unless the run finishes first.
struct Timer {
    state: Arc<(Mutex<(bool, bool)>, Condvar)>,
}

impl Timer {
    fn start(handle: v8::IsolateHandle, after: Duration) -> Option<Timer> {
        let state = Arc::new((Mutex::new((false, false)), Condvar::new()));
        let s2 = state.clone();
        std::thread::Builder::new()
            .name("se-vm-timeout".into())
            .stack_size(64 * 1024)
            .spawn(move || {
                let (lock, cv) = &*s2;
                let Ok(guard) = lock.lock() else { return };
                let Ok((mut guard, _)) = cv.wait_timeout_while(guard, after, |s| !s.0) else {
                    return;
                };
                if !guard.0 {
                    guard.1 = true;
                    handle.terminate_execution();
                }
            })
            .ok()?;
        Some(Timer { state })
    }

    /// Stop the timer; true if it fired.
    fn finish(self) -> bool {
        let (lock, cv) = &*self.state;
        let fired = match lock.lock() {
            Ok(mut g) => {
                g.0 = true;
                g.1
            }
            Err(_) => false,
        };
        cv.notify_all();
        fired
    }
}

/// `vmRun(target, code, filename, lineOffset, columnOffset, timeoutMs, timedOut, displayErrors)`
/// — compile `code` in `target`'s context (see [`target_context`]) and run it. With a timeout,
/// an over-long run is terminated and `timedOut` (a sentinel) is returned instead of a value.
pub(crate) fn run<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let Ok(code) = v8::Local::<v8::String>::try_from(args.get(1)) else {
        throw_type_error(scope, "vmRun(target, code, …) takes a string");
        return;
    };
    let ctx = target_context(scope, args.get(0));
    let line = int_arg(scope, args.get(3));
    let col = int_arg(scope, args.get(4));
    let timeout = args.get(5);
    let timeout_ms = if timeout.is_number() {
        timeout.number_value(scope).filter(|n| *n > 0.0)
    } else {
        None
    };
    let sentinel = args.get(6);
    let display = args.get(7).boolean_value(scope);
    let filename = args.get(2);
    let scope = &mut v8::ContextScope::new(scope, ctx);
    let o = origin(scope, filename, line, col);
    v8::tc_scope!(let tc, scope);
    let Some(script) = v8::Script::compile(tc, code, Some(&o)) else {
        if display {
            if let Some(exc) = tc.exception() {
                let msg = tc.message();
                decorate(tc, exc, msg);
            }
        }
        tc.rethrow();
        return;
    };
    let timer = timeout_ms.and_then(|ms| {
        Timer::start(
            tc.thread_safe_handle(),
            Duration::from_micros((ms * 1000.0).min(u64::MAX as f64 / 2.0) as u64),
        )
    });
    let result = script.run(tc);
    let fired = timer.map(Timer::finish).unwrap_or(false);
    if fired {
        let hard = with_state(tc, |st| st.hard_stop()).unwrap_or(true);
        if !hard {
            // Our timer ended the run (or fired just after it ended): the sandbox goes on.
            tc.cancel_terminate_execution();
            if result.is_none() || tc.has_terminated() {
                rv.set(sentinel);
                return;
            }
        }
    }
    match result {
        Some(v) => rv.set(v),
        None => {
            if tc.has_terminated() {
                tc.rethrow();
                return;
            }
            if display {
                if let Some(exc) = tc.exception() {
                    let msg = tc.message();
                    decorate(tc, exc, msg);
                }
            }
            tc.rethrow();
        }
    }
}

fn string_list<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    v: v8::Local<'s, v8::Value>,
) -> Vec<v8::Local<'s, v8::String>> {
    let mut out = Vec::new();
    if let Ok(arr) = v8::Local::<v8::Array>::try_from(v) {
        for i in 0..arr.length() {
            if let Some(p) = arr
                .get_index(scope, i)
                .and_then(|v| v8::Local::<v8::String>::try_from(v).ok())
            {
                out.push(p);
            }
        }
    }
    out
}

fn object_list<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    v: v8::Local<'s, v8::Value>,
) -> Vec<v8::Local<'s, v8::Object>> {
    let mut out = Vec::new();
    if let Ok(arr) = v8::Local::<v8::Array>::try_from(v) {
        for i in 0..arr.length() {
            if let Some(p) = arr
                .get_index(scope, i)
                .and_then(|v| v8::Local::<v8::Object>::try_from(v).ok())
            {
                out.push(p);
            }
        }
    }
    out
}

/// `vmCompileFunction(target, code, filename, lineOffset, columnOffset, params, extensions)` —
/// `code` as the body of a function of `params`, compiled in `target`'s context with the
/// `extensions` objects in scope.
pub(crate) fn compile_function<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let Ok(code) = v8::Local::<v8::String>::try_from(args.get(1)) else {
        throw_type_error(scope, "vmCompileFunction(target, code, …) takes a string");
        return;
    };
    let ctx = target_context(scope, args.get(0));
    let line = int_arg(scope, args.get(3));
    let col = int_arg(scope, args.get(4));
    let filename = args.get(2);
    let params = string_list(scope, args.get(5));
    let extensions = object_list(scope, args.get(6));
    let scope = &mut v8::ContextScope::new(scope, ctx);
    let o = origin(scope, filename, line, col);
    v8::tc_scope!(let tc, scope);
    let mut source = v8::script_compiler::Source::new(code, Some(&o));
    match v8::script_compiler::compile_function(
        tc,
        &mut source,
        &params,
        &extensions,
        v8::script_compiler::CompileOptions::NoCompileOptions,
        v8::script_compiler::NoCacheReason::NoReason,
    ) {
        Some(f) => rv.set(f.into()),
        None => {
            if let Some(exc) = tc.exception() {
                let msg = tc.message();
                decorate(tc, exc, msg);
            }
            tc.rethrow();
        }
    }
}
