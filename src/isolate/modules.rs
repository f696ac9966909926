//! ES modules: the isolate-side half of the module system.
//!
//! Loading is done in JavaScript (`js/bootstrap.js`, section "ES modules"): it resolves
//! specifiers and reads sources through syscalls, so a recorded run replays its imports like any
//! other I/O. This file only holds what needs V8's module API, behind one native, `module(op, …)`:
//!
//! | op | call | result |
//! |---|---|---|
//! | 0 | `compile(source, url)` | `[id, [specifier, type, …]]` (throws a SyntaxError) |
//! | 1 | `synthetic(url, exportNames)` | `id`; evaluating it calls the bridge's `evaluate(id)` |
//! | 2 | `link(id, [specifier, type, targetId, …])` | what the resolve callback answers |
//! | 3 | `instantiate(id)` | `true`, or `[error, arrow]` on a link error |
//! | 4 | `evaluate(id)` | a promise (or throws) |
//! | 5 | `namespace(id)` | the namespace object |
//! | 6 | `setExport(id, name, value)` | for synthetic modules |
//! | 7 | `status(id)` | V8's module status as a number |
//! | 8 | `handlers(evaluate, importDynamic, initMeta)` | installs the bridge's callbacks |
//! | 9 | `isGraphAsync(id)` | whether evaluation may suspend (top-level await) |
//! | 10 | `stalled(id)` | `[url, line, sourceLine, start, end]` of each unsettled top-level await |
//!
//! Nothing here reaches the host.

use super::state::with_state;

/// One compiled or synthetic module.
pub(crate) struct ModuleSlot {
    pub module: v8::Global<v8::Module>,
    /// (specifier, import attribute `type` or "", target module id), in source order.
    pub links: Vec<(String, String, usize)>,
}

/// The bridge's functions the module callbacks call.
pub(crate) struct ModuleHandlers {
    pub evaluate: v8::Global<v8::Function>,
    pub import_dynamic: v8::Global<v8::Function>,
    pub init_meta: v8::Global<v8::Function>,
}

fn throw_error(scope: &mut v8::PinScope, msg: &str) {
    if let Some(m) = v8::String::new(scope, msg) {
        let e = v8::Exception::error(scope, m);
        scope.throw_exception(e);
    }
}

fn module_by_id<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    id: usize,
) -> Option<v8::Local<'s, v8::Module>> {
    let g = with_state(scope, |st| st.modules.get(id).map(|s| s.module.clone())).flatten()?;
    Some(v8::Local::new(scope, g))
}

fn id_of(scope: &mut v8::PinScope, m: v8::Local<v8::Module>) -> Option<usize> {
    let hash = m.get_identity_hash().get();
    // Identity hashes may collide: the bucket is checked by identity.
    let candidates: Vec<(usize, v8::Global<v8::Module>)> = with_state(scope, |st| {
        st.module_ids
            .get(&hash)
            .into_iter()
            .flatten()
            .filter_map(|&i| Some((i, st.modules.get(i)?.module.clone())))
            .collect()
    })?;
    candidates
        .into_iter()
        .find(|(_, g)| *g == m)
        .map(|(i, _)| i)
}

fn register(scope: &mut v8::PinScope, m: v8::Local<v8::Module>) -> Option<usize> {
    let hash = m.get_identity_hash().get();
    let slot = ModuleSlot {
        module: v8::Global::new(scope, m),
        links: Vec::new(),
    };
    with_state(scope, |st| {
        st.modules.push(slot);
        let id = st.modules.len() - 1;
        st.module_ids.entry(hash).or_default().push(id);
        id
    })
}

fn str_arg(scope: &mut v8::PinScope, v: v8::Local<v8::Value>) -> Option<String> {
    v.is_string().then(|| v.to_rust_string_lossy(scope))
}

fn id_arg(args: &v8::FunctionCallbackArguments, i: i32) -> Option<usize> {
    let v = args.get(i);
    if !v.is_number() {
        return None;
    }
    let n = v.number_value_fast()?;
    (n >= 0.0 && n.fract() == 0.0).then_some(n as usize)
}

trait NumberFast {
    fn number_value_fast(&self) -> Option<f64>;
}
impl NumberFast for v8::Local<'_, v8::Value> {
    fn number_value_fast(&self) -> Option<f64> {
        v8::Local::<v8::Number>::try_from(*self)
            .ok()
            .map(|n| n.value())
    }
}

/// The `type` import attribute among `attrs` (`[key, value, (offset,)]…`, `stride` wide).
fn type_attribute(
    scope: &mut v8::PinScope,
    attrs: v8::Local<v8::FixedArray>,
    stride: usize,
) -> String {
    let mut i = 0;
    while i + 1 < attrs.length() {
        let key = attrs
            .get(scope, i)
            .and_then(|d| v8::Local::<v8::Value>::try_from(d).ok());
        let val = attrs
            .get(scope, i + 1)
            .and_then(|d| v8::Local::<v8::Value>::try_from(d).ok());
        if let (Some(k), Some(v)) = (key, val) {
            if k.to_rust_string_lossy(scope) == "type" {
                return v.to_rust_string_lossy(scope);
            }
        }
        i += stride;
    }
    String::new()
}

/// `module(op, a, b, c)` — see the table at the top of this file.
pub(crate) fn module_op(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let op = args.get(0).int32_value(scope).unwrap_or(-1);
    match op {
        0 => {
            let (Ok(src), Ok(url)) = (
                v8::Local::<v8::String>::try_from(args.get(1)),
                v8::Local::<v8::String>::try_from(args.get(2)),
            ) else {
                return throw_error(scope, "module.compile(source, url) takes two strings");
            };
            let origin = v8::ScriptOrigin::new(
                scope,
                url.into(),
                0,
                0,
                false,
                -1,
                None,
                false,
                false,
                true,
                None,
            );
            let mut source = v8::script_compiler::Source::new(src, Some(&origin));
            let Some(m) = v8::script_compiler::compile_module(scope, &mut source) else {
                return;
            };
            let Some(id) = register(scope, m) else {
                return throw_error(scope, "no isolate state");
            };
            let requests = m.get_module_requests();
            let mut out: Vec<v8::Local<v8::Value>> = Vec::new();
            for i in 0..requests.length() {
                let Some(req) = requests
                    .get(scope, i)
                    .and_then(|d| v8::Local::<v8::ModuleRequest>::try_from(d).ok())
                else {
                    continue;
                };
                let spec = req.get_specifier();
                let attrs = req.get_import_attributes();
                let ty = type_attribute(scope, attrs, 3);
                out.push(spec.into());
                if let Some(t) = v8::String::new(scope, &ty) {
                    out.push(t.into());
                }
            }
            let reqs = v8::Array::new_with_elements(scope, &out);
            let idv = v8::Integer::new(scope, id as i32);
            let arr = v8::Array::new_with_elements(scope, &[idv.into(), reqs.into()]);
            rv.set(arr.into());
        }
        1 => {
            let Ok(url) = v8::Local::<v8::String>::try_from(args.get(1)) else {
                return throw_error(scope, "module.synthetic(url, names) takes a string");
            };
            let mut names = Vec::new();
            if let Ok(arr) = v8::Local::<v8::Array>::try_from(args.get(2)) {
                for i in 0..arr.length() {
                    if let Some(s) = arr
                        .get_index(scope, i)
                        .and_then(|v| v8::Local::<v8::String>::try_from(v).ok())
                    {
                        names.push(s);
                    }
                }
            }
            let m = v8::Module::create_synthetic_module(scope, url, &names, evaluate_synthetic);
            match register(scope, m) {
                Some(id) => rv.set(v8::Integer::new(scope, id as i32).into()),
                None => throw_error(scope, "no isolate state"),
            }
        }
        2 => {
            let Some(id) = id_arg(&args, 1) else {
                return throw_error(scope, "module.link: bad id");
            };
            let Ok(arr) = v8::Local::<v8::Array>::try_from(args.get(2)) else {
                return throw_error(scope, "module.link: bad links");
            };
            let mut links = Vec::new();
            let mut i = 0;
            while i + 2 < arr.length() {
                let spec = arr.get_index(scope, i).and_then(|v| str_arg(scope, v));
                let ty = arr.get_index(scope, i + 1).and_then(|v| str_arg(scope, v));
                let target = arr
                    .get_index(scope, i + 2)
                    .and_then(|v| v.number_value_fast())
                    .filter(|n| *n >= 0.0);
                if let (Some(s), Some(t), Some(n)) = (spec, ty, target) {
                    links.push((s, t, n as usize));
                }
                i += 3;
            }
            let ok = with_state(scope, |st| match st.modules.get_mut(id) {
                Some(slot) => {
                    slot.links = links;
                    true
                }
                None => false,
            })
            .unwrap_or(false);
            if !ok {
                throw_error(scope, "module.link: unknown module");
            }
        }
        3 => {
            let Some(m) = id_arg(&args, 1).and_then(|id| module_by_id(scope, id)) else {
                return throw_error(scope, "module.instantiate: unknown module");
            };
            // A link error comes back as [error, arrow] (not thrown), so the bridge can report it
            // with the arrow V8 made for it.
            v8::tc_scope!(let tc, scope);
            if let Some(ok) = m.instantiate_module(tc, resolve_link) {
                rv.set(v8::Boolean::new(tc, ok).into());
                return;
            }
            if !tc.can_continue() {
                tc.rethrow();
                return;
            }
            let Some(exc) = tc.exception() else { return };
            let msg = tc.message();
            let arrow: v8::Local<v8::Value> =
                match super::error_arrow(tc, exc, msg).and_then(|a| v8::String::new(tc, &a)) {
                    Some(s) => s.into(),
                    None => v8::undefined(tc).into(),
                };
            let arr = v8::Array::new_with_elements(tc, &[exc, arrow]);
            tc.reset();
            rv.set(arr.into());
        }
        4 => {
            let Some(m) = id_arg(&args, 1).and_then(|id| module_by_id(scope, id)) else {
                return throw_error(scope, "module.evaluate: unknown module");
            };
            if let Some(v) = m.evaluate(scope) {
                rv.set(v);
            }
        }
        5 => {
            let Some(m) = id_arg(&args, 1).and_then(|id| module_by_id(scope, id)) else {
                return throw_error(scope, "module.namespace: unknown module");
            };
            if matches!(
                m.get_status(),
                v8::ModuleStatus::Uninstantiated | v8::ModuleStatus::Instantiating
            ) {
                return throw_error(scope, "module.namespace: module not instantiated");
            }
            rv.set(m.get_module_namespace());
        }
        6 => {
            let Some(m) = id_arg(&args, 1).and_then(|id| module_by_id(scope, id)) else {
                return throw_error(scope, "module.setExport: unknown module");
            };
            let Ok(name) = v8::Local::<v8::String>::try_from(args.get(2)) else {
                return throw_error(scope, "module.setExport: bad name");
            };
            if !m.is_synthetic_module() {
                return throw_error(scope, "module.setExport: not a synthetic module");
            }
            let value = v8::Local::new(scope, args.get(3));
            let name = v8::Local::new(scope, name);
            let _ = m.set_synthetic_module_export(scope, name, value);
        }
        7 => {
            let Some(m) = id_arg(&args, 1).and_then(|id| module_by_id(scope, id)) else {
                return throw_error(scope, "module.status: unknown module");
            };
            let s = match m.get_status() {
                v8::ModuleStatus::Uninstantiated => 0,
                v8::ModuleStatus::Instantiating => 1,
                v8::ModuleStatus::Instantiated => 2,
                v8::ModuleStatus::Evaluating => 3,
                v8::ModuleStatus::Evaluated => 4,
                v8::ModuleStatus::Errored => 5,
            };
            rv.set(v8::Integer::new(scope, s).into());
        }
        8 => {
            let fs: Vec<_> = (1..4)
                .filter_map(|i| v8::Local::<v8::Function>::try_from(args.get(i)).ok())
                .map(|f| v8::Global::new(scope, f))
                .collect();
            let [evaluate, import_dynamic, init_meta]: [v8::Global<v8::Function>; 3] =
                match fs.try_into() {
                    Ok(a) => a,
                    Err(_) => return throw_error(scope, "module.handlers takes three functions"),
                };
            with_state(scope, |st| {
                st.module_handlers = Some(ModuleHandlers {
                    evaluate,
                    import_dynamic,
                    init_meta,
                })
            });
        }
        9 => {
            let Some(m) = id_arg(&args, 1).and_then(|id| module_by_id(scope, id)) else {
                return throw_error(scope, "module.isGraphAsync: unknown module");
            };
            let r = m.is_graph_async();
            rv.set(v8::Boolean::new(scope, r).into());
        }
        10 => {
            let Some(m) = id_arg(&args, 1).and_then(|id| module_by_id(scope, id)) else {
                return throw_error(scope, "module.stalled: unknown module");
            };
            let stalled = m.get_stalled_top_level_await_message(scope);
            let mut out = Vec::new();
            for (_, msg) in stalled {
                let name = msg
                    .get_script_resource_name(scope)
                    .map(|n| n.to_rust_string_lossy(scope))
                    .unwrap_or_default();
                let line = msg.get_line_number(scope).unwrap_or(0);
                let src = msg
                    .get_source_line(scope)
                    .map(|s| s.to_rust_string_lossy(scope))
                    .unwrap_or_default();
                let vals: [v8::Local<v8::Value>; 5] = [
                    v8::String::new(scope, &name)
                        .map(Into::into)
                        .unwrap_or_else(|| v8::undefined(scope).into()),
                    v8::Integer::new(scope, line as i32).into(),
                    v8::String::new(scope, &src)
                        .map(Into::into)
                        .unwrap_or_else(|| v8::undefined(scope).into()),
                    v8::Integer::new(scope, msg.get_start_column() as i32).into(),
                    v8::Integer::new(scope, msg.get_end_column() as i32).into(),
                ];
                out.push(v8::Array::new_with_elements(scope, &vals).into());
            }
            let arr = v8::Array::new_with_elements(scope, &out);
            rv.set(arr.into());
        }
        _ => throw_error(scope, "module: unknown operation"),
    }
}

/// V8 asks which module a specifier of `referrer` names: the bridge linked it beforehand.
fn resolve_link<'s>(
    context: v8::Local<'s, v8::Context>,
    specifier: v8::Local<'s, v8::String>,
    attrs: v8::Local<'s, v8::FixedArray>,
    referrer: v8::Local<'s, v8::Module>,
) -> Option<v8::Local<'s, v8::Module>> {
    v8::callback_scope!(unsafe scope, context);
    let spec = specifier.to_rust_string_lossy(scope);
    let ty = type_attribute(scope, attrs, 3);
    let target = id_of(scope, referrer).and_then(|rid| {
        with_state(scope, |st| {
            let links = &st.modules.get(rid)?.links;
            let t = links
                .iter()
                .find(|(s, t, _)| *s == spec && *t == ty)
                .or_else(|| links.iter().find(|(s, _, _)| *s == spec))?
                .2;
            st.modules.get(t).map(|s| s.module.clone())
        })
        .flatten()
    });
    match target {
        Some(g) => Some(v8::Local::new(scope, g)),
        None => {
            throw_error(scope, &format!("module '{spec}' was not linked"));
            None
        }
    }
}

fn handler(
    scope: &mut v8::PinScope,
    pick: fn(&ModuleHandlers) -> &v8::Global<v8::Function>,
) -> Option<v8::Global<v8::Function>> {
    with_state(scope, |st| {
        st.module_handlers.as_ref().map(|h| pick(h).clone())
    })
    .flatten()
}

/// Evaluation of a synthetic module (a builtin, CommonJS or JSON module): the bridge computes
/// its exports and sets them with `setExport`.
fn evaluate_synthetic<'s>(
    context: v8::Local<'s, v8::Context>,
    module: v8::Local<'s, v8::Module>,
) -> Option<v8::Local<'s, v8::Value>> {
    v8::callback_scope!(unsafe scope, context);
    let id = id_of(scope, module)?;
    let Some(f) = handler(scope, |h| &h.evaluate) else {
        throw_error(scope, "module handlers are not installed");
        return None;
    };
    let f = v8::Local::new(scope, f);
    let recv = v8::undefined(scope).into();
    let idv = v8::Integer::new(scope, id as i32).into();
    f.call(scope, recv, &[idv])?;
    Some(v8::undefined(scope).into())
}

/// `import()` from any script or module: the bridge loads and evaluates, and returns the promise.
pub(crate) fn import_dynamic<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    _options: v8::Local<'s, v8::Data>,
    resource: v8::Local<'s, v8::Value>,
    specifier: v8::Local<'s, v8::String>,
    attrs: v8::Local<'s, v8::FixedArray>,
) -> Option<v8::Local<'s, v8::Promise>> {
    let ty = type_attribute(scope, attrs, 2);
    let Some(f) = handler(scope, |h| &h.import_dynamic) else {
        throw_error(scope, "dynamic import is not available here");
        return None;
    };
    let f = v8::Local::new(scope, f);
    let recv = v8::undefined(scope).into();
    let tyv = v8::String::new(scope, &ty)?.into();
    let r = f.call(scope, recv, &[specifier.into(), resource, tyv])?;
    v8::Local::<v8::Promise>::try_from(r).ok()
}

/// `import.meta` of a module, filled in by the bridge on first use.
pub(crate) extern "C" fn init_meta(
    context: v8::Local<v8::Context>,
    module: v8::Local<v8::Module>,
    meta: v8::Local<v8::Object>,
) {
    v8::callback_scope!(unsafe scope, context);
    let Some(id) = id_of(scope, module) else {
        return;
    };
    let Some(f) = handler(scope, |h| &h.init_meta) else {
        return;
    };
    let f = v8::Local::new(scope, f);
    let recv = v8::undefined(scope).into();
    let idv = v8::Integer::new(scope, id as i32).into();
    let _ = f.call(scope, recv, &[idv, meta.into()]);
}
