'use strict';
// `v8`: heap statistics from the `mem.usage` syscall (answered by the isolate itself, and
// recorded like every syscall); the fields V8 does not report through it are derived or fixed.
// serialize/deserialize and the (De)Serializer classes run V8's own ValueSerializer and
// ValueDeserializer through the isolate-only `v8Serializer` native (src/isolate/v8_serializer.rs).
// Heap snapshots, coverage, promise hooks and the startup-snapshot API are deferred: they throw
// "v8.<api> is not supported in sandbox".

const { sys } = internalBinding;
const v8Serializer = internalBinding.natives.v8Serializer;
const { Buffer } = require('buffer');
const errors = require('internal/errors');
const { validateString, sandboxUnsupported } = errors;

const HEAP_LIMIT = 4345298944;

function usage() {
  return sys('mem.usage');
}

function getHeapStatistics() {
  const u = usage();
  const total = Number(u.heap_total);
  const used = Number(u.heap_used);
  return {
    total_heap_size: total,
    total_heap_size_executable: 0,
    total_physical_size: total,
    total_available_size: Math.max(0, HEAP_LIMIT - used),
    used_heap_size: used,
    heap_size_limit: HEAP_LIMIT,
    malloced_memory: 0,
    peak_malloced_memory: 0,
    does_zap_garbage: 0,
    number_of_native_contexts: 1,
    number_of_detached_contexts: 0,
    total_global_handles_size: 0,
    used_global_handles_size: 0,
    external_memory: Number(u.external),
  };
}

const SPACES = ['read_only_space', 'new_space', 'old_space', 'code_space', 'shared_space', 'trusted_space',
  'new_large_object_space', 'large_object_space', 'code_large_object_space', 'shared_large_object_space',
  'trusted_large_object_space'];

function getHeapSpaceStatistics() {
  // The isolate reports only totals: they are shown as the old space.
  const u = usage();
  return SPACES.map((space_name) => {
    const old = space_name === 'old_space';
    return {
      space_name,
      space_size: old ? Number(u.heap_total) : 0,
      space_used_size: old ? Number(u.heap_used) : 0,
      space_available_size: old ? Math.max(0, Number(u.heap_total) - Number(u.heap_used)) : 0,
      physical_space_size: old ? Number(u.heap_total) : 0,
    };
  });
}

function getHeapCodeStatistics() {
  return { code_and_metadata_size: 0, bytecode_and_metadata_size: 0, external_script_source_size: 0, cpu_profiler_metadata_size: 0 };
}

function getCppHeapStatistics() {
  throw sandboxUnsupported('v8', 'getCppHeapStatistics');
}

// A fixed tag: cached data is never produced in the sandbox.
function cachedDataVersionTag() {
  return 2596627580;
}

function setFlagsFromString(flags) {
  validateString(flags, 'flags');
}

function isStringOneByteRepresentation(content) {
  validateString(content, 'content');
  for (let i = 0; i < content.length; i++) if (content.charCodeAt(i) > 0xff) return false;
  return true;
}

function deferredFn(name) {
  return { [name]() { throw sandboxUnsupported('v8', name); } }[name];
}
function deferredClass(name) {
  return { [name]: class { constructor() { throw sandboxUnsupported('v8', name); } } }[name];
}

// ---------------------------------------------------------------- serializer
// Operation numbers of the `v8Serializer` native (OP_* in src/isolate/v8_serializer.rs).
const SER_NEW = 0, SER_HEADER = 1, SER_VALUE = 2, SER_U32 = 3, SER_U64 = 4, SER_DOUBLE = 5,
  SER_RAW = 6, SER_RELEASE = 7, SER_TRANSFER = 8, SER_HOST_VIEWS = 9, DES_NEW = 10,
  DES_HEADER = 11, DES_VALUE = 12, DES_VERSION = 13, DES_U32 = 14, DES_U64 = 15,
  DES_DOUBLE = 16, DES_RAW = 17, DES_TRANSFER = 18, FREE = 19;

// The native handle of each live Serializer/Deserializer (invisible to the program, as in Node).
const handles = new WeakMap();

// Errors shaped like the ones Node's C++ side throws: the class, the message, an own `code`.
function nativeError(Ctor, code, message) {
  const e = new Ctor(message);
  if (code !== undefined) e.code = code;
  return e;
}

function handleOf(self) {
  const h = typeof self === 'object' && self !== null ? handles.get(self) : undefined;
  if (h === undefined) throw new TypeError('Illegal invocation');
  return h;
}

function constructCallRequired(name) {
  return nativeError(TypeError, 'ERR_CONSTRUCT_CALL_REQUIRED',
    `Class constructor ${name} cannot be invoked without 'new'`);
}

function Serializer() {
  if (new.target === undefined) throw constructCallRequired('Serializer');
  handles.set(this, v8Serializer(SER_NEW, this));
}

function Deserializer(buffer) {
  if (new.target === undefined) throw constructCallRequired('Deserializer');
  if (!ArrayBuffer.isView(buffer)) {
    throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'buffer must be a TypedArray or a DataView');
  }
  handles.set(this, v8Serializer(DES_NEW, this, buffer));
  this.buffer = buffer;
}

// Methods go on the prototypes in Node's order, `constructor` after the native ones.
function defineMethods(proto, methods) {
  delete proto.constructor;
  for (const name of Object.keys(methods)) {
    Object.defineProperty(proto, name, { value: methods[name], writable: true, enumerable: false, configurable: true });
  }
}

defineMethods(Serializer.prototype, {
  writeHeader() { v8Serializer(SER_HEADER, handleOf(this)); },
  writeValue(value) { return v8Serializer(SER_VALUE, handleOf(this), this, value); },
  releaseBuffer() {
    const u8 = v8Serializer(SER_RELEASE, handleOf(this));
    return Buffer.from(u8.buffer, u8.byteOffset, u8.length);
  },
  transferArrayBuffer(id, arrayBuffer) {
    v8Serializer(SER_TRANSFER, handleOf(this), id, arrayBuffer);
  },
  writeUint32(value) { v8Serializer(SER_U32, handleOf(this), value); },
  writeUint64(hi, lo) { v8Serializer(SER_U64, handleOf(this), hi, lo); },
  writeDouble(value) { v8Serializer(SER_DOUBLE, handleOf(this), value); },
  writeRawBytes(source) {
    const h = handleOf(this);
    if (!ArrayBuffer.isView(source)) {
      throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'source must be a TypedArray or a DataView');
    }
    v8Serializer(SER_RAW, h, source);
  },
  _setTreatArrayBufferViewsAsHostObjects(mode) { v8Serializer(SER_HOST_VIEWS, handleOf(this), mode); },
  constructor: Serializer,
  _getDataCloneError: Error,
});

defineMethods(Deserializer.prototype, {
  readHeader() { return v8Serializer(DES_HEADER, handleOf(this)); },
  readValue() {
    // Host objects are read natively (V8 forbids running JavaScript during a read): the
    // DefaultDeserializer format is supported, an overridden _readHostObject is not.
    const hook = this._readHostObject;
    const mode = hook === undefined ? 0 : hook === DefaultDeserializer.prototype._readHostObject ? 1 : 2;
    return v8Serializer(DES_VALUE, handleOf(this), this, mode, Buffer.prototype, this.buffer);
  },
  getWireFormatVersion() { return v8Serializer(DES_VERSION, handleOf(this)); },
  transferArrayBuffer(id, arrayBuffer) {
    v8Serializer(DES_TRANSFER, handleOf(this), id, arrayBuffer);
  },
  readUint32() { return v8Serializer(DES_U32, handleOf(this)); },
  readUint64() { return v8Serializer(DES_U64, handleOf(this)); },
  readDouble() { return v8Serializer(DES_DOUBLE, handleOf(this)); },
  _readRawBytes(length) { return v8Serializer(DES_RAW, handleOf(this), length); },
  constructor: Deserializer,
  readRawBytes(length) {
    const offset = this._readRawBytes(length);
    const buf = this.buffer;
    return Buffer.from(buf.buffer, buf.byteOffset + offset, length >>> 0);
  },
});

// Node's DefaultSerializer writes every ArrayBufferView as a host object: a type index, the byte
// length, then the bytes (never the whole underlying ArrayBuffer). Index 10 is Buffer.
const VIEW_TYPES = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array,
  Uint32Array, Float32Array, Float64Array, DataView, Buffer, BigInt64Array, BigUint64Array];
const VIEW_INDEX = new Map();
VIEW_TYPES.forEach((ctor, i) => { if (ctor !== Buffer) VIEW_INDEX.set(`[object ${ctor.name}]`, i); });
const objectToString = Object.prototype.toString;

class DefaultSerializer extends Serializer {
  constructor() {
    super();
    this._setTreatArrayBufferViewsAsHostObjects(true);
  }

  _writeHostObject(view) {
    let index = 10;
    if (view.constructor !== Buffer) {
      index = VIEW_INDEX.get(objectToString.call(view));
      if (index === undefined) {
        const { inspect } = require('util');
        throw new this._getDataCloneError(`Unserializable host object: ${inspect(view)}`);
      }
    }
    this.writeUint32(index);
    this.writeUint32(view.byteLength);
    this.writeRawBytes(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
  }
}

class DefaultDeserializer extends Deserializer {
  _readHostObject() {
    const Ctor = VIEW_TYPES[this.readUint32()];
    const byteLength = this.readUint32();
    const at = this._readRawBytes(byteLength);
    const size = Ctor.BYTES_PER_ELEMENT || 1;
    const src = this.buffer;
    const offset = src.byteOffset + at;
    const make = (ab, at, length) => (Ctor === Buffer ? Buffer.from(ab, at, length) : new Ctor(ab, at, length));
    if (offset % size === 0) return make(src.buffer, offset, byteLength / size);
    // Misaligned for the element size: copy the bytes out first.
    const copy = Buffer.allocUnsafe(byteLength);
    copy.set(new Uint8Array(src.buffer, offset, byteLength));
    return make(copy.buffer, copy.byteOffset, byteLength / size);
  }
}

function serialize(value) {
  const ser = new DefaultSerializer();
  try {
    ser.writeHeader();
    ser.writeValue(value);
    return ser.releaseBuffer();
  } finally {
    v8Serializer(FREE, handles.get(ser));
  }
}

function deserialize(buffer) {
  const der = new DefaultDeserializer(buffer);
  try {
    der.readHeader();
    return der.readValue();
  } finally {
    v8Serializer(FREE, handles.get(der));
  }
}

module.exports = {
  cachedDataVersionTag,
  getHeapSnapshot: deferredFn('getHeapSnapshot'),
  getHeapStatistics,
  getHeapSpaceStatistics,
  getHeapCodeStatistics,
  getCppHeapStatistics,
  setFlagsFromString,
  Serializer,
  Deserializer,
  DefaultSerializer,
  DefaultDeserializer,
  deserialize,
  takeCoverage: deferredFn('takeCoverage'),
  stopCoverage: deferredFn('stopCoverage'),
  serialize,
  writeHeapSnapshot: deferredFn('writeHeapSnapshot'),
  promiseHooks: {
    onInit: deferredFn('promiseHooks.onInit'),
    onSettled: deferredFn('promiseHooks.onSettled'),
    onBefore: deferredFn('promiseHooks.onBefore'),
    onAfter: deferredFn('promiseHooks.onAfter'),
    createHook: deferredFn('promiseHooks.createHook'),
  },
  queryObjects: deferredFn('queryObjects'),
  startupSnapshot: {
    addSerializeCallback: deferredFn('startupSnapshot.addSerializeCallback'),
    addDeserializeCallback: deferredFn('startupSnapshot.addDeserializeCallback'),
    setDeserializeMainFunction: deferredFn('startupSnapshot.setDeserializeMainFunction'),
    // Node 22 answers with the raw flag value.
    isBuildingSnapshot: () => 0,
  },
  setHeapSnapshotNearHeapLimit: deferredFn('setHeapSnapshotNearHeapLimit'),
  GCProfiler: deferredClass('GCProfiler'),
  isStringOneByteRepresentation,
};
