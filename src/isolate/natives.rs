//! The native functions the bridge is built on.
//!
//! Exactly two of them reach the host: [`syscall`] (msgpack bytes in, msgpack bytes out) and
//! [`syscall_async`] (msgpack bytes in, a promise of msgpack bytes out). Everything else here
//! works on the isolate alone: compiling a function with a file name for stack traces, and
//! reading a promise's or proxy's state, iterator contents and constructor names for
//! `util.inspect`.

use std::time::Instant;

use v8::MapFnTo;

use super::state::{with_state, PendingOp};
use crate::actors::ReplyTo;
use crate::syscalls::{decode_request, encode_reply, Syscall};

/// Name and callback of each native, in [`super::NATIVE_NAMES`] order (the snapshot stores
/// indices into this list, so the order is part of the snapshot format).
pub(crate) fn table() -> [(&'static str, v8::FunctionCallback); 16] {
    let f: [v8::FunctionCallback; 16] = [
        syscall.map_fn_to(),
        syscall_async.map_fn_to(),
        compile_function.map_fn_to(),
        promise_state.map_fn_to(),
        proxy_details.map_fn_to(),
        preview_entries.map_fn_to(),
        constructor_name.map_fn_to(),
        error_arrow.map_fn_to(),
        super::vm::create_context.map_fn_to(),
        super::vm::compile.map_fn_to(),
        super::vm::run.map_fn_to(),
        super::vm::compile_function.map_fn_to(),
        super::modules::module_op.map_fn_to(),
        utf8_decode.map_fn_to(),
        super::v8_serializer::v8_serializer.map_fn_to(),
        builtin_source.map_fn_to(),
    ];
    let n = super::NATIVE_NAMES;
    [
        (n[0], f[0]),
        (n[1], f[1]),
        (n[2], f[2]),
        (n[3], f[3]),
        (n[4], f[4]),
        (n[5], f[5]),
        (n[6], f[6]),
        (n[7], f[7]),
        (n[8], f[8]),
        (n[9], f[9]),
        (n[10], f[10]),
        (n[11], f[11]),
        (n[12], f[12]),
        (n[13], f[13]),
        (n[14], f[14]),
        (n[15], f[15]),
    ]
}

fn throw_type_error(scope: &mut v8::PinScope, msg: &str) {
    if let Some(m) = v8::String::new(scope, msg) {
        let e = v8::Exception::type_error(scope, m);
        scope.throw_exception(e);
    }
}

fn arg_bytes(scope: &mut v8::PinScope, args: &v8::FunctionCallbackArguments) -> Option<Vec<u8>> {
    let v = args.get(0);
    let Ok(view) = v8::Local::<v8::ArrayBufferView>::try_from(v) else {
        throw_type_error(
            scope,
            "syscall request must be a Uint8Array of msgpack bytes",
        );
        return None;
    };
    let mut buf = vec![0u8; view.byte_length()];
    view.copy_contents(&mut buf);
    Some(buf)
}

/// A reply as a Uint8Array, throwing a RangeError in the sandbox when it does not fit the
/// isolate's ArrayBuffer budget.
pub(crate) fn bytes_to_u8<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    bytes: Vec<u8>,
) -> Option<v8::Local<'s, v8::Uint8Array>> {
    match reply_to_u8(scope, bytes) {
        Ok(u8) => Some(u8),
        Err(e) => {
            scope.throw_exception(e);
            None
        }
    }
}

/// A reply as a Uint8Array whose memory counts against the isolate's ArrayBuffer budget (like
/// any ArrayBuffer the sandbox makes), or the RangeError to raise when it does not fit.
pub(crate) fn reply_to_u8<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    bytes: Vec<u8>,
) -> Result<v8::Local<'s, v8::Uint8Array>, v8::Local<'s, v8::Value>> {
    let len = bytes.len();
    let store = match scope.get_slot::<super::alloc::ReplyBudget>().cloned() {
        // Over budget: dead ArrayBuffers may be holding it, as when V8 itself fails to allocate
        // one — collect garbage and try once more.
        Some(budget) => budget
            .charge(bytes)
            .or_else(|bytes| {
                scope.low_memory_notification();
                budget.charge(bytes)
            })
            .ok(),
        None => Some(v8::ArrayBuffer::new_backing_store_from_vec(bytes)),
    };
    let fail = |scope: &mut v8::PinScope<'s, '_>| {
        let msg = v8::String::new(scope, "Array buffer allocation failed")
            .unwrap_or_else(|| v8::String::empty(scope));
        v8::Exception::range_error(scope, msg)
    };
    let Some(store) = store else {
        return Err(fail(scope));
    };
    let store = store.make_shared();
    let ab = v8::ArrayBuffer::with_backing_store(scope, &store);
    v8::Uint8Array::new(scope, ab, 0, len).ok_or_else(|| fail(scope))
}

/// `syscall(request: Uint8Array): Uint8Array` — blocks until the kernel replies.
fn syscall(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let Some(req) = arg_bytes(scope, &args) else {
        return;
    };
    let started = Instant::now();
    let decoded = decode_request(&req);
    let exit_code = match &decoded {
        Ok(Syscall::ProcExit { code }) => Some(*code),
        _ => None,
    };
    let op = decoded.as_ref().map(|c| c.op()).unwrap_or("invalid");
    let _span = tracing::debug_span!("syscall", op, sync = true).entered();
    // Replaying: the trace answers.
    let replayed = with_state(scope, |st| {
        let pid = st.pid;
        st.replay.as_mut().map(|r| r.sync(pid, &req))
    })
    .flatten();
    match replayed {
        Some(Ok(reply)) => {
            if exit_code.is_some() {
                with_state(scope, |st| st.exit_code = exit_code);
            }
            if let Some(u8) = bytes_to_u8(scope, reply) {
                rv.set(u8.into());
            }
            if exit_code.is_some() {
                scope.terminate_execution();
            }
            return;
        }
        Some(Err(div)) => {
            diverge(scope, div);
            return;
        }
        None => {}
    }
    // Heap statistics come from this isolate, not from an actor.
    let local = match &decoded {
        Ok(Syscall::MemUsage) => {
            let h = scope.get_heap_statistics();
            Some(Ok(crate::syscalls::Reply::Memory(
                crate::syscalls::MemoryUsage {
                    heap_total: h.total_heap_size() as u64,
                    heap_used: h.used_heap_size() as u64,
                    external: h.external_memory() as u64,
                },
            )))
        }
        _ => None,
    };
    let result = with_state(scope, |st| match decoded {
        Ok(_) if local.is_some() => local
            .clone()
            .unwrap_or_else(|| Ok(crate::syscalls::Reply::Unit)),
        Ok(call) => {
            st.kernel.dispatch(
                st.pid,
                call,
                ReplyTo {
                    id: 0,
                    tx: st.sync_tx.clone(),
                },
            );
            match crate::actors::recv_spin(&st.sync_rx, crate::actors::SPIN) {
                Ok((_, r)) => r,
                Err(_) => Err(crate::syscalls::SysError::new(
                    crate::syscalls::Errno::EIO,
                    "syscall",
                )
                .with_detail("the kernel has shut down")),
            }
        }
        Err(e) => Err(e),
    });
    let Some(result) = result else { return };
    let ok = result.is_ok();
    let reply = encode_reply(&result);
    with_state(scope, |st| {
        if let Some(rec) = &st.recorder {
            rec.sync_call(st.pid, &req, &reply, started);
        }
        if let (Some(code), true) = (exit_code, ok) {
            st.exit_code = Some(code);
        }
    });
    if let Some(u8) = bytes_to_u8(scope, reply) {
        rv.set(u8.into());
    }
    if exit_code.is_some() && ok {
        // process.exit: no more JavaScript runs in this process.
        scope.terminate_execution();
    }
}

/// `syscallAsync(request: Uint8Array, ref = true): Promise<Uint8Array>` — the reply is delivered
/// by the event loop. With `ref` false the wait does not keep the process alive.
fn syscall_async(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let Some(req) = arg_bytes(scope, &args) else {
        return;
    };
    let refed = !args.get(1).is_false();
    let event_wait = matches!(decode_request(&req), Ok(Syscall::FsWatchNext { .. }));
    let Some(resolver) = v8::PromiseResolver::new(scope) else {
        return;
    };
    let promise = resolver.get_promise(scope);
    let global = v8::Global::new(scope, resolver);
    let replayed = with_state(scope, |st| {
        let id = st.next_async_id;
        let r = st.replay.as_mut()?;
        Some(r.async_request(id, &req).map(|_| id))
    })
    .flatten();
    match replayed {
        Some(Ok(id)) => {
            with_state(scope, |st| {
                st.next_async_id += 1;
                st.pending.insert(
                    id,
                    PendingOp {
                        resolver: global,
                        started: Instant::now(),
                        refed,
                        event_wait,
                    },
                );
            });
            rv.set(promise.into());
            return;
        }
        Some(Err(div)) => {
            diverge(scope, div);
            return;
        }
        None => {}
    }
    with_state(scope, |st| {
        let id = st.next_async_id;
        st.next_async_id += 1;
        let decoded = decode_request(&req);
        if let Some(rec) = &st.recorder {
            rec.async_request(st.pid, id, &req);
        }
        st.pending.insert(
            id,
            PendingOp {
                resolver: global,
                started: Instant::now(),
                refed,
                event_wait,
            },
        );
        let reply = ReplyTo {
            id,
            tx: st.async_tx.clone(),
        };
        match decoded {
            Ok(Syscall::ProcExit { .. }) => reply.send(Err(crate::syscalls::SysError::new(
                crate::syscalls::Errno::EINVAL,
                "process",
            )
            .with_detail("proc.exit is synchronous only"))),
            Ok(call) => st.kernel.dispatch(st.pid, call, reply),
            Err(e) => reply.send(Err(e)),
        }
    });
    rv.set(promise.into());
}

/// `compileFunction(source, filename, params): Function` — compiles `source` as the body of a
/// function taking `params`, with `filename` as its script name (for stack traces and errors).
fn compile_function(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let (Ok(src), Ok(name)) = (
        v8::Local::<v8::String>::try_from(args.get(0)),
        v8::Local::<v8::String>::try_from(args.get(1)),
    ) else {
        throw_type_error(
            scope,
            "compileFunction(source, filename, params) takes two strings and an array",
        );
        return;
    };
    let mut params = Vec::new();
    if let Ok(arr) = v8::Local::<v8::Array>::try_from(args.get(2)) {
        for i in 0..arr.length() {
            if let Some(p) = arr
                .get_index(scope, i)
                .and_then(|v| v8::Local::<v8::String>::try_from(v).ok())
            {
                params.push(p);
            }
        }
    }
    let origin = v8::ScriptOrigin::new(
        scope,
        name.into(),
        0,
        0,
        false,
        -1,
        None,
        false,
        false,
        false,
        None,
    );
    let mut source = v8::script_compiler::Source::new(src, Some(&origin));
    if let Some(f) = v8::script_compiler::compile_function(
        scope,
        &mut source,
        &params,
        &[],
        v8::script_compiler::CompileOptions::NoCompileOptions,
        v8::script_compiler::NoCacheReason::NoReason,
    ) {
        rv.set(f.into());
    }
}

/// `promiseState(p): [state, result]` with state 0 pending, 1 fulfilled, 2 rejected; undefined
/// for a non-promise.
fn promise_state(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let Ok(p) = v8::Local::<v8::Promise>::try_from(args.get(0)) else {
        return;
    };
    let (state, result) = match p.state() {
        v8::PromiseState::Pending => (0, v8::undefined(scope).into()),
        v8::PromiseState::Fulfilled => (1, p.result(scope)),
        v8::PromiseState::Rejected => (2, p.result(scope)),
    };
    let s = v8::Integer::new(scope, state);
    let arr = v8::Array::new_with_elements(scope, &[s.into(), result]);
    rv.set(arr.into());
}

/// `proxyDetails(p): [target, handler]`, or undefined for a non-proxy.
fn proxy_details(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let Ok(p) = v8::Local::<v8::Proxy>::try_from(args.get(0)) else {
        return;
    };
    let target = p.get_target(scope);
    let handler = p.get_handler(scope);
    let arr = v8::Array::new_with_elements(scope, &[target, handler]);
    rv.set(arr.into());
}

/// `previewEntries(obj): [entries, isKeyValue]` for Map/Set iterators and weak collections
/// (`util.inspect`), or undefined.
fn preview_entries(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let Ok(obj) = v8::Local::<v8::Object>::try_from(args.get(0)) else {
        return;
    };
    let (entries, is_kv) = obj.preview_entries(scope);
    let Some(entries) = entries else { return };
    let kv = v8::Boolean::new(scope, is_kv);
    let arr = v8::Array::new_with_elements(scope, &[entries.into(), kv.into()]);
    rv.set(arr.into());
}

/// `constructorName(obj): string` — V8's own idea of the object's constructor name.
fn constructor_name(
    _scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let Ok(obj) = v8::Local::<v8::Object>::try_from(args.get(0)) else {
        return;
    };
    let name = obj.get_constructor_name();
    rv.set(name.into());
}

/// The JavaScript stack at this point, one frame a line.
pub(crate) fn js_stack(scope: &mut v8::PinScope) -> String {
    let Some(trace) = v8::StackTrace::current_stack_trace(scope, 12) else {
        return String::new();
    };
    let mut out = String::new();
    for i in 0..trace.get_frame_count() {
        let Some(f) = trace.get_frame(scope, i) else {
            continue;
        };
        let name = f
            .get_function_name(scope)
            .map(|n| n.to_rust_string_lossy(scope))
            .unwrap_or_default();
        let file = f
            .get_script_name(scope)
            .map(|n| n.to_rust_string_lossy(scope))
            .unwrap_or_default();
        let name = if name.is_empty() {
            "<anonymous>".to_string()
        } else {
            name
        };
        out.push_str(&format!(
            "    at {name} ({file}:{}:{})\n",
            f.get_line_number(),
            f.get_column()
        ));
    }
    out
}

/// Replay left the trace: remember where, and stop the program.
fn diverge(scope: &mut v8::PinScope, mut div: super::replay::Divergence) {
    div.js_stack = js_stack(scope);
    with_state(scope, |st| {
        if let Some(r) = st.replay.as_mut() {
            r.divergence.get_or_insert(div);
        }
    });
    scope.terminate_execution();
}

/// `errorArrow(err): string | undefined` — Node's source arrow for an error reported after it was
/// caught (see [`super::error_arrow`]).
fn error_arrow(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let v = args.get(0);
    if let Some(s) = super::error_arrow(scope, v, None).and_then(|t| v8::String::new(scope, &t)) {
        rv.set(s.into());
    }
}

/// `utf8Decode(view, start, end): string | undefined` — V8's own UTF-8 decoding (WHATWG: one
/// U+FFFD per maximal invalid subpart, as Node's `buffer.toString()`); undefined when the result
/// would be longer than V8's string limit.
fn utf8_decode(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let Ok(view) = v8::Local::<v8::ArrayBufferView>::try_from(args.get(0)) else {
        throw_type_error(scope, "utf8Decode(view, start, end) takes a Uint8Array");
        return;
    };
    let len = view.byte_length();
    let num = |v: v8::Local<v8::Value>, dflt: usize| -> usize {
        v8::Local::<v8::Number>::try_from(v)
            .ok()
            .map(|n| n.value())
            .filter(|n| n.is_finite() && *n >= 0.0)
            .map(|n| (n as usize).min(len))
            .unwrap_or(dflt)
    };
    let start = num(args.get(1), 0);
    let end = num(args.get(2), len).max(start);
    // Off-heap contents are read in place; small on-heap arrays are copied into `storage`.
    let mut storage = [0u8; v8::TYPED_ARRAY_MAX_SIZE_IN_HEAP];
    let bytes = view.get_contents(&mut storage);
    let s = bytes
        .get(start..end.min(bytes.len()))
        .and_then(|b| v8::String::new_from_utf8(scope, b, v8::NewStringType::Normal));
    if let Some(s) = s {
        rv.set(s.into());
    }
}

/// `builtinSource(name): string | undefined` — the source of a bridge module built into the
/// binary (for modules left out of the snapshot). Static data only: no host access.
fn builtin_source(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let name = args.get(0).to_rust_string_lossy(scope);
    let Some((_, src)) = super::bridge_files::MODULES
        .iter()
        .find(|(n, _)| *n == name)
    else {
        return;
    };
    // ASCII sources are handed to V8 in place, without a copy.
    let s = if src.is_ascii() {
        v8::String::new_external_onebyte_static(scope, src.as_bytes())
    } else {
        v8::String::new(scope, src)
    };
    if let Some(s) = s {
        rv.set(s.into());
    }
}
