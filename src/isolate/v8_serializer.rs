//! `v8Serializer(op, …)`: V8's own ValueSerializer / ValueDeserializer for the `v8` module
//! (`v8.serialize`, `v8.deserialize`, `Serializer`, `Deserializer` and the Default* classes).
//!
//! Works on the isolate alone: no host access, nothing recorded. Each JS `Serializer` /
//! `Deserializer` owns a numeric handle into a per-isolate table. The delegate callbacks V8 makes
//! while a value is written or read (`_writeHostObject`, `_getDataCloneError`,
//! `_getSharedArrayBufferId`, `_readHostObject`) call back into the JS object that started the
//! operation; those JS methods may call this native again for the same handle (for
//! `writeUint32`, `readRawBytes`, …), so the table is never borrowed across a call into V8.
//!
//! A handle is freed by `OP_FREE` (`v8.serialize`/`deserialize` do it at once) or, for the
//! classes, once its JS object has been collected (swept when the next handle is made). The
//! whole table is dropped before the isolate.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use v8::{ValueDeserializerHelper, ValueSerializerHelper};

const OP_SER_NEW: u32 = 0;
const OP_SER_HEADER: u32 = 1;
const OP_SER_VALUE: u32 = 2;
const OP_SER_U32: u32 = 3;
const OP_SER_U64: u32 = 4;
const OP_SER_DOUBLE: u32 = 5;
const OP_SER_RAW: u32 = 6;
const OP_SER_RELEASE: u32 = 7;
const OP_SER_TRANSFER: u32 = 8;
const OP_SER_HOST_VIEWS: u32 = 9;
const OP_DES_NEW: u32 = 10;
const OP_DES_HEADER: u32 = 11;
const OP_DES_VALUE: u32 = 12;
const OP_DES_VERSION: u32 = 13;
const OP_DES_U32: u32 = 14;
const OP_DES_U64: u32 = 15;
const OP_DES_DOUBLE: u32 = 16;
const OP_DES_RAW: u32 = 17;
const OP_DES_TRANSFER: u32 = 18;
const OP_FREE: u32 = 19;

/// The wire format version Node 22 (V8 12.4) writes.
const NODE22_WIRE_FORMAT: u8 = 15;

/// The JS object whose operation is under way (the receiver of the delegate callbacks).
type Current = Rc<RefCell<Option<v8::Global<v8::Object>>>>;

struct SerDelegate {
    current: Current,
}

struct DesDelegate {
    host: HostReads,
}

/// How the running `readValue` reads host objects. V8 15 runs the whole read with JavaScript
/// execution forbidden (re-entering it mid-read is unsafe), so the hook never calls into JS:
/// `DefaultDeserializer`'s format (Node's array-buffer views) is read here, and an overridden
/// `_readHostObject` is refused.
#[derive(Clone, Default)]
struct HostReads(Rc<RefCell<HostRead>>);

#[derive(Default)]
struct HostRead {
    mode: u8,
    /// `Buffer.prototype`, for type index 10.
    buffer_proto: Option<v8::Global<v8::Object>>,
    /// The caller's buffer and where our copy of its bytes starts: like Node, a view is made
    /// over the caller's memory (copied only when misaligned for its element size).
    source: Option<(v8::Global<v8::ArrayBufferView>, usize)>,
}

const HOST_DEFAULT: u8 = 1;
const HOST_CUSTOM: u8 = 2;

struct SerEntry {
    ser: v8::ValueSerializer<'static>,
    current: Current,
    owner: Option<v8::Weak<v8::Object>>,
}

struct DesEntry {
    // Declared before `data`: the deserializer reads `data` and must go first.
    des: v8::ValueDeserializer<'static>,
    data: Box<[u8]>,
    current: Current,
    host: HostReads,
    owner: Option<v8::Weak<v8::Object>>,
}

enum Entry {
    Ser(Rc<SerEntry>),
    Des(Rc<DesEntry>),
}

impl Entry {
    fn collected(&self) -> bool {
        let owner = match self {
            Entry::Ser(e) => &e.owner,
            Entry::Des(e) => &e.owner,
        };
        owner.as_ref().is_some_and(|w| w.is_empty())
    }
}

/// The per-isolate handle table (an isolate slot).
#[derive(Default)]
pub(crate) struct Table {
    next: u32,
    entries: HashMap<u32, Entry>,
}

type TableRef = Rc<RefCell<Table>>;

/// Drop every serializer before the isolate goes (their C++ halves refer to its heap).
pub(crate) fn clear(isolate: &mut v8::Isolate) {
    if let Some(t) = isolate.get_slot::<TableRef>().cloned() {
        let entries = std::mem::take(&mut t.borrow_mut().entries);
        drop(entries);
    }
}

fn table(scope: &mut v8::PinScope) -> TableRef {
    if let Some(t) = scope.get_slot::<TableRef>() {
        return t.clone();
    }
    let t: TableRef = Rc::default();
    scope.set_slot(t.clone());
    t
}

fn insert(scope: &mut v8::PinScope, entry: Entry) -> u32 {
    let t = table(scope);
    let mut t = t.borrow_mut();
    // Sweep the handles whose JS objects are gone.
    let dead: Vec<u32> = t
        .entries
        .iter()
        .filter(|(_, e)| e.collected())
        .map(|(k, _)| *k)
        .collect();
    for k in dead {
        t.entries.remove(&k);
    }
    let mut id = t.next;
    while t.entries.contains_key(&id) {
        id = id.wrapping_add(1);
    }
    t.next = id.wrapping_add(1);
    t.entries.insert(id, entry);
    id
}

fn throw_error(scope: &mut v8::PinScope, msg: &str) {
    let m = v8::String::new(scope, msg).unwrap_or_else(|| v8::String::empty(scope));
    let e = v8::Exception::error(scope, m);
    scope.throw_exception(e);
}

fn throw_coded_type_error(scope: &mut v8::PinScope, code: &str, msg: &str) {
    let m = v8::String::new(scope, msg).unwrap_or_else(|| v8::String::empty(scope));
    let e = v8::Exception::type_error(scope, m);
    if let (Ok(obj), Some(k), Some(c)) = (
        v8::Local::<v8::Object>::try_from(e),
        v8::String::new(scope, "code"),
        v8::String::new(scope, code),
    ) {
        obj.set(scope, k.into(), c.into());
    }
    scope.throw_exception(e);
}

/// `owner[name]` if it is a function.
fn method<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    owner: v8::Local<'s, v8::Object>,
    name: &str,
) -> Option<v8::Local<'s, v8::Function>> {
    let k = v8::String::new(scope, name)?;
    let v = owner.get(scope, k.into())?;
    v8::Local::<v8::Function>::try_from(v).ok()
}

fn current_owner<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    current: &Current,
) -> Option<v8::Local<'s, v8::Object>> {
    let g = current.borrow();
    g.as_ref().map(|g| v8::Local::new(scope, g))
}

impl v8::ValueSerializerImpl for SerDelegate {
    fn throw_data_clone_error<'s>(
        &self,
        scope: &mut v8::PinScope<'s, '_>,
        message: v8::Local<'s, v8::String>,
    ) {
        // As Node: the error is what `this._getDataCloneError(message)` returns.
        let owner = current_owner(scope, &self.current);
        let f = owner.and_then(|o| Some((o, method(scope, o, "_getDataCloneError")?)));
        let Some((o, f)) = f else {
            let e = v8::Exception::error(scope, message);
            scope.throw_exception(e);
            return;
        };
        // When `_getDataCloneError` itself throws, that exception is the one raised.
        if let Some(e) = f.call(scope, o.into(), &[message.into()]) {
            scope.throw_exception(e);
        }
    }

    fn write_host_object<'s>(
        &self,
        scope: &mut v8::PinScope<'s, '_>,
        object: v8::Local<'s, v8::Object>,
        _value_serializer: &dyn v8::ValueSerializerHelper,
    ) -> Option<bool> {
        let owner = current_owner(scope, &self.current)?;
        let Some(f) = method(scope, owner, "_writeHostObject") else {
            // V8's own answer for a host object nobody serialises.
            let msg = format!("{} could not be cloned.", host_object_text(scope, object));
            let m = v8::String::new(scope, &msg)?;
            self.throw_data_clone_error(scope, m);
            return None;
        };
        f.call(scope, owner.into(), &[object.into()])?;
        Some(true)
    }

    fn get_shared_array_buffer_id<'s>(
        &self,
        scope: &mut v8::PinScope<'s, '_>,
        sab: v8::Local<'s, v8::SharedArrayBuffer>,
    ) -> Option<u32> {
        // Without `_getSharedArrayBufferId` V8 raises its DataCloneError.
        let owner = current_owner(scope, &self.current)?;
        let f = method(scope, owner, "_getSharedArrayBufferId")?;
        let id = f.call(scope, owner.into(), &[sab.into()])?;
        id.uint32_value(scope)
    }

    fn get_wasm_module_transfer_id(
        &self,
        scope: &mut v8::PinScope<'_, '_>,
        _module: v8::Local<v8::WasmModuleObject>,
    ) -> Option<u32> {
        throw_error(scope, "#<Module> could not be cloned.");
        None
    }
}

impl v8::ValueDeserializerImpl for DesDelegate {
    fn read_host_object<'s>(
        &self,
        scope: &mut v8::PinScope<'s, '_>,
        des: &dyn v8::ValueDeserializerHelper,
    ) -> Option<v8::Local<'s, v8::Object>> {
        let (mode, buffer_proto, source) = {
            let h = self.host.0.borrow();
            (h.mode, h.buffer_proto.clone(), h.source.clone())
        };
        match mode {
            HOST_DEFAULT => read_default_host_object(scope, des, buffer_proto, source),
            HOST_CUSTOM => {
                throw_error(
                    scope,
                    "v8.Deserializer._readHostObject is not supported in sandbox",
                );
                None
            }
            _ => {
                throw_error(scope, "Unable to deserialize cloned data.");
                None
            }
        }
    }

    fn get_shared_array_buffer_from_id<'s>(
        &self,
        scope: &mut v8::PinScope<'s, '_>,
        _transfer_id: u32,
    ) -> Option<v8::Local<'s, v8::SharedArrayBuffer>> {
        throw_error(scope, "Unable to deserialize cloned data.");
        None
    }

    fn get_wasm_module_from_id<'s>(
        &self,
        scope: &mut v8::PinScope<'s, '_>,
        _clone_id: u32,
    ) -> Option<v8::Local<'s, v8::WasmModuleObject>> {
        throw_error(scope, "Unable to deserialize cloned data.");
        None
    }
}

/// How V8 names a host object in its DataCloneError: views by their `Symbol.toStringTag`
/// (`[object Uint8Array]`, also for a Buffer), other objects as `#<Constructor>`.
fn host_object_text(scope: &mut v8::PinScope, object: v8::Local<v8::Object>) -> String {
    let v: v8::Local<v8::Value> = object.into();
    let tag = [
        (v.is_uint8_array(), "Uint8Array"),
        (v.is_int8_array(), "Int8Array"),
        (v.is_uint8_clamped_array(), "Uint8ClampedArray"),
        (v.is_int16_array(), "Int16Array"),
        (v.is_uint16_array(), "Uint16Array"),
        (v.is_int32_array(), "Int32Array"),
        (v.is_uint32_array(), "Uint32Array"),
        (v.is_float16_array(), "Float16Array"),
        (v.is_float32_array(), "Float32Array"),
        (v.is_float64_array(), "Float64Array"),
        (v.is_big_int64_array(), "BigInt64Array"),
        (v.is_big_uint64_array(), "BigUint64Array"),
        (v.is_data_view(), "DataView"),
    ]
    .into_iter()
    .find(|(is, _)| *is)
    .map(|(_, name)| name);
    match tag {
        Some(name) => format!("[object {name}]"),
        None => format!(
            "#<{}>",
            object.get_constructor_name().to_rust_string_lossy(scope)
        ),
    }
}

fn arg_u32(scope: &mut v8::PinScope, v: v8::Local<v8::Value>) -> Option<u32> {
    v.uint32_value(scope)
}

fn get_ser(scope: &mut v8::PinScope, id: Option<u32>) -> Option<Rc<SerEntry>> {
    let t = table(scope);
    let found = id.and_then(|id| match t.borrow().entries.get(&id) {
        Some(Entry::Ser(e)) => Some(e.clone()),
        _ => None,
    });
    if found.is_none() {
        throw_error(scope, "Illegal invocation");
    }
    found
}

fn get_des(scope: &mut v8::PinScope, id: Option<u32>) -> Option<Rc<DesEntry>> {
    let t = table(scope);
    let found = id.and_then(|id| match t.borrow().entries.get(&id) {
        Some(Entry::Des(e)) => Some(e.clone()),
        _ => None,
    });
    if found.is_none() {
        throw_error(scope, "Illegal invocation");
    }
    found
}

/// Sets the operation's receiver for the duration of a call into V8.
struct CurrentGuard {
    current: Current,
    previous: Option<v8::Global<v8::Object>>,
}

impl CurrentGuard {
    fn set(scope: &mut v8::PinScope, current: &Current, owner: v8::Local<v8::Value>) -> Self {
        let next = v8::Local::<v8::Object>::try_from(owner)
            .ok()
            .map(|o| v8::Global::new(scope, o));
        let previous = current.replace(next);
        CurrentGuard {
            current: current.clone(),
            previous,
        }
    }
}

impl Drop for CurrentGuard {
    fn drop(&mut self) {
        self.current.replace(self.previous.take());
    }
}

fn view_bytes(view: v8::Local<v8::ArrayBufferView>) -> Vec<u8> {
    let mut buf = vec![0u8; view.byte_length()];
    view.copy_contents(&mut buf);
    buf
}

/// `v8Serializer(op, …)`; see the `OP_*` constants and `js/lib/v8.js`.
pub(crate) fn v8_serializer(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let Some(op) = arg_u32(scope, args.get(0)) else {
        return;
    };
    let id = || -> Option<u32> {
        v8::Local::<v8::Number>::try_from(args.get(1))
            .ok()
            .map(|n| n.value())
            .filter(|n| *n >= 0.0 && *n <= u32::MAX as f64 && n.fract() == 0.0)
            .map(|n| n as u32)
    };
    match op {
        OP_SER_NEW => {
            let current: Current = Rc::default();
            let ser = v8::ValueSerializer::new(
                scope,
                Box::new(SerDelegate {
                    current: current.clone(),
                }),
            );
            let owner = v8::Local::<v8::Object>::try_from(args.get(1))
                .ok()
                .map(|o| v8::Weak::new(scope, o));
            let id = insert(
                scope,
                Entry::Ser(Rc::new(SerEntry {
                    ser,
                    current,
                    owner,
                })),
            );
            rv.set(v8::Integer::new_from_unsigned(scope, id).into());
        }
        OP_SER_HEADER => {
            let Some(e) = get_ser(scope, id()) else {
                return;
            };
            // Node 22's V8 writes wire format 15; ours would write 16, whose only change is
            // that ArrayBuffer(View) lengths and offsets may exceed 32 bits. Below 4 GiB (the
            // sandbox cannot allocate more) the body is byte-identical, so the header says 15
            // and Node 22 reads what we write.
            e.ser.write_raw_bytes(&[0xFF, NODE22_WIRE_FORMAT]);
        }
        OP_SER_VALUE => {
            let Some(e) = get_ser(scope, id()) else {
                return;
            };
            let _guard = CurrentGuard::set(scope, &e.current, args.get(2));
            let context = scope.get_current_context();
            if let Some(ok) = e.ser.write_value(context, args.get(3)) {
                rv.set(v8::Boolean::new(scope, ok).into());
            }
        }
        OP_SER_U32 => {
            let Some(e) = get_ser(scope, id()) else {
                return;
            };
            let Some(n) = arg_u32(scope, args.get(2)) else {
                return;
            };
            e.ser.write_uint32(n);
        }
        OP_SER_U64 => {
            let Some(e) = get_ser(scope, id()) else {
                return;
            };
            let (Some(hi), Some(lo)) = (arg_u32(scope, args.get(2)), arg_u32(scope, args.get(3)))
            else {
                return;
            };
            e.ser.write_uint64(((hi as u64) << 32) | lo as u64);
        }
        OP_SER_DOUBLE => {
            let Some(e) = get_ser(scope, id()) else {
                return;
            };
            let Some(d) = args.get(2).number_value(scope) else {
                return;
            };
            e.ser.write_double(d);
        }
        OP_SER_RAW => {
            let Some(e) = get_ser(scope, id()) else {
                return;
            };
            let Ok(view) = v8::Local::<v8::ArrayBufferView>::try_from(args.get(2)) else {
                throw_coded_type_error(
                    scope,
                    "ERR_INVALID_ARG_TYPE",
                    "source must be a TypedArray or a DataView",
                );
                return;
            };
            e.ser.write_raw_bytes(&view_bytes(view));
        }
        OP_SER_RELEASE => {
            let Some(e) = get_ser(scope, id()) else {
                return;
            };
            let bytes = e.ser.release();
            if let Some(u8) = super::natives::bytes_to_u8(scope, bytes) {
                rv.set(u8.into());
            }
        }
        OP_SER_TRANSFER => {
            let Some(e) = get_ser(scope, id()) else {
                return;
            };
            let Some(n) = arg_u32(scope, args.get(2)) else {
                return;
            };
            let Ok(ab) = v8::Local::<v8::ArrayBuffer>::try_from(args.get(3)) else {
                throw_coded_type_error(
                    scope,
                    "ERR_INVALID_ARG_TYPE",
                    "arrayBuffer must be an ArrayBuffer",
                );
                return;
            };
            e.ser.transfer_array_buffer(n, ab);
        }
        OP_SER_HOST_VIEWS => {
            let Some(e) = get_ser(scope, id()) else {
                return;
            };
            let on = args.get(2).boolean_value(scope);
            e.ser.set_treat_array_buffer_views_as_host_objects(on);
        }
        OP_DES_NEW => {
            let Ok(view) = v8::Local::<v8::ArrayBufferView>::try_from(args.get(2)) else {
                throw_coded_type_error(
                    scope,
                    "ERR_INVALID_ARG_TYPE",
                    "buffer must be a TypedArray or a DataView",
                );
                return;
            };
            let data = view_bytes(view).into_boxed_slice();
            let current: Current = Rc::default();
            let host = HostReads::default();
            let des = v8::ValueDeserializer::new(
                scope,
                Box::new(DesDelegate { host: host.clone() }),
                &data,
            );
            let owner = v8::Local::<v8::Object>::try_from(args.get(1))
                .ok()
                .map(|o| v8::Weak::new(scope, o));
            let id = insert(
                scope,
                Entry::Des(Rc::new(DesEntry {
                    des,
                    data,
                    current,
                    host,
                    owner,
                })),
            );
            rv.set(v8::Integer::new_from_unsigned(scope, id).into());
        }
        OP_DES_HEADER => {
            let Some(e) = get_des(scope, id()) else {
                return;
            };
            let context = scope.get_current_context();
            if let Some(ok) = e.des.read_header(context) {
                rv.set(v8::Boolean::new(scope, ok).into());
            }
        }
        OP_DES_VALUE => {
            let Some(e) = get_des(scope, id()) else {
                return;
            };
            let _guard = CurrentGuard::set(scope, &e.current, args.get(2));
            // args: (op, id, receiver, host-object mode, Buffer.prototype, the caller's buffer)
            let mode = args.get(3).uint32_value(scope).unwrap_or(0) as u8;
            let buffer_proto = v8::Local::<v8::Object>::try_from(args.get(4))
                .ok()
                .map(|o| v8::Global::new(scope, o));
            let source = v8::Local::<v8::ArrayBufferView>::try_from(args.get(5))
                .ok()
                .filter(|v| v.byte_length() == e.data.len())
                .map(|v| (v8::Global::new(scope, v), e.data.as_ptr() as usize));
            *e.host.0.borrow_mut() = HostRead {
                mode,
                buffer_proto,
                source,
            };
            let context = scope.get_current_context();
            let v = e.des.read_value(context);
            *e.host.0.borrow_mut() = HostRead::default();
            if let Some(v) = v {
                rv.set(v);
            }
        }
        OP_DES_VERSION => {
            let Some(e) = get_des(scope, id()) else {
                return;
            };
            let v = e.des.get_wire_format_version();
            rv.set(v8::Integer::new_from_unsigned(scope, v).into());
        }
        OP_DES_U32 => {
            let Some(e) = get_des(scope, id()) else {
                return;
            };
            let mut n = 0u32;
            if !e.des.read_uint32(&mut n) {
                throw_error(scope, "ReadUint32() failed");
                return;
            }
            rv.set(v8::Integer::new_from_unsigned(scope, n).into());
        }
        OP_DES_U64 => {
            let Some(e) = get_des(scope, id()) else {
                return;
            };
            let mut n = 0u64;
            if !e.des.read_uint64(&mut n) {
                throw_error(scope, "ReadUint64() failed");
                return;
            }
            let hi = v8::Integer::new_from_unsigned(scope, (n >> 32) as u32);
            let lo = v8::Integer::new_from_unsigned(scope, n as u32);
            let arr = v8::Array::new_with_elements(scope, &[hi.into(), lo.into()]);
            rv.set(arr.into());
        }
        OP_DES_DOUBLE => {
            let Some(e) = get_des(scope, id()) else {
                return;
            };
            let mut d = 0f64;
            if !e.des.read_double(&mut d) {
                throw_error(scope, "ReadDouble() failed");
                return;
            }
            rv.set(v8::Number::new(scope, d).into());
        }
        OP_DES_RAW => {
            // The offset of the bytes read in the deserializer's buffer.
            let Some(e) = get_des(scope, id()) else {
                return;
            };
            let Some(len) = args
                .get(2)
                .integer_value(scope)
                .and_then(|n| usize::try_from(n).ok())
            else {
                throw_error(scope, "ReadRawBytes() failed");
                return;
            };
            let base = e.data.as_ptr() as usize;
            let Some(offset) = e
                .des
                .read_raw_bytes(len)
                .map(|s| (s.as_ptr() as usize).wrapping_sub(base))
            else {
                throw_error(scope, "ReadRawBytes() failed");
                return;
            };
            rv.set(v8::Number::new(scope, offset as f64).into());
        }
        OP_DES_TRANSFER => {
            let Some(e) = get_des(scope, id()) else {
                return;
            };
            let Some(n) = arg_u32(scope, args.get(2)) else {
                return;
            };
            let v = args.get(3);
            if let Ok(ab) = v8::Local::<v8::ArrayBuffer>::try_from(v) {
                e.des.transfer_array_buffer(n, ab);
            } else if let Ok(sab) = v8::Local::<v8::SharedArrayBuffer>::try_from(v) {
                e.des.transfer_shared_array_buffer(n, sab);
            } else {
                throw_coded_type_error(
                    scope,
                    "ERR_INVALID_ARG_TYPE",
                    "arrayBuffer must be an ArrayBuffer or SharedArrayBuffer",
                );
            }
        }
        OP_FREE => {
            if let Some(id) = id() {
                let t = table(scope);
                let removed = t.borrow_mut().entries.remove(&id);
                drop(removed);
            }
        }
        _ => throw_error(scope, "v8Serializer: unknown operation"),
    }
}

/// Node's `DefaultDeserializer` host object: a view-type index (Node's order, 10 = Buffer), the
/// byte length and the bytes, read into a fresh ArrayBuffer without running JavaScript.
fn read_default_host_object<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    des: &dyn v8::ValueDeserializerHelper,
    buffer_proto: Option<v8::Global<v8::Object>>,
    source: Option<(v8::Global<v8::ArrayBufferView>, usize)>,
) -> Option<v8::Local<'s, v8::Object>> {
    let (mut index, mut len) = (0u32, 0u32);
    if !des.read_uint32(&mut index) || !des.read_uint32(&mut len) {
        throw_error(scope, "ReadUint32() failed");
        return None;
    }
    let len = len as usize;
    let Some(raw) = des.read_raw_bytes(len) else {
        throw_error(scope, "ReadRawBytes() failed");
        return None;
    };
    // Where these bytes sit in the caller's buffer, if we have it.
    let at = source.and_then(|(view, base)| {
        let view = v8::Local::new(scope, view);
        let off = (raw.as_ptr() as usize).checked_sub(base)?;
        Some((view.buffer(scope)?, view.byte_offset() + off))
    });
    let bytes = raw.to_vec();
    let size = match index {
        0..=2 | 9 | 10 => 1,
        3 | 4 => 2,
        5..=7 => 4,
        8 | 11 | 12 => 8,
        _ => {
            throw_error(scope, "Unable to deserialize cloned data.");
            return None;
        }
    };
    if len % size != 0 {
        if let Some(m) = v8::String::new(
            scope,
            &format!("byte length of the typed array should be a multiple of {size}"),
        ) {
            let e = v8::Exception::range_error(scope, m);
            scope.throw_exception(e);
        }
        return None;
    }
    let (ab, offset) = match at {
        Some((ab, offset)) if offset % size == 0 => (ab, offset),
        _ => {
            let store = v8::ArrayBuffer::new_backing_store_from_vec(bytes).make_shared();
            (v8::ArrayBuffer::with_backing_store(scope, &store), 0)
        }
    };
    let n = len / size;
    let view: Option<v8::Local<v8::Object>> = match index {
        0 => v8::Int8Array::new(scope, ab, offset, n).map(Into::into),
        1 | 10 => v8::Uint8Array::new(scope, ab, offset, n).map(Into::into),
        2 => v8::Uint8ClampedArray::new(scope, ab, offset, n).map(Into::into),
        3 => v8::Int16Array::new(scope, ab, offset, n).map(Into::into),
        4 => v8::Uint16Array::new(scope, ab, offset, n).map(Into::into),
        5 => v8::Int32Array::new(scope, ab, offset, n).map(Into::into),
        6 => v8::Uint32Array::new(scope, ab, offset, n).map(Into::into),
        7 => v8::Float32Array::new(scope, ab, offset, n).map(Into::into),
        8 => v8::Float64Array::new(scope, ab, offset, n).map(Into::into),
        9 => Some(v8::DataView::new(scope, ab, offset, len).into()),
        11 => v8::BigInt64Array::new(scope, ab, offset, n).map(Into::into),
        _ => v8::BigUint64Array::new(scope, ab, offset, n).map(Into::into),
    };
    let view = view?;
    if index == 10 {
        if let Some(p) = buffer_proto {
            let p = v8::Local::new(scope, p);
            view.set_prototype(scope, p.into());
        }
    }
    Some(view)
}
