'use strict';

// structuredClone(value, { transfer }) with the semantics of V8's value
// serializer as Node 22 uses it: primitives, primitive wrappers, Date, RegExp,
// ArrayBuffer (incl. resizable), typed arrays and DataView (views of one
// buffer keep sharing the cloned buffer), Map, Set, arrays (holes and extra
// properties kept), plain objects (own enumerable string keys; prototypes are
// dropped), errors (name, message, stack, cause), DOMException; circular and
// shared references are preserved. Anything else throws a DataCloneError
// DOMException with V8's message.
//
// Not detectable from JavaScript, and so cloned like the object they wrap:
// Proxy objects. SharedArrayBuffers are returned as the same object (Node
// returns a new object sharing the memory).

const {
  codes: { ERR_MISSING_ARGS },
} = require('internal/errors');
const { DOMException, getDOMExceptionData } = require('internal/domexception');

const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
const ObjectPrototypeToString = Object.prototype.toString;

function uncurryGetter(proto, name) {
  const desc = Object.getOwnPropertyDescriptor(proto, name);
  return desc && desc.get;
}

const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const getTypedArrayTag = uncurryGetter(TypedArrayPrototype, Symbol.toStringTag);
const getArrayBufferByteLength = uncurryGetter(ArrayBuffer.prototype, 'byteLength');
const getArrayBufferDetached = uncurryGetter(ArrayBuffer.prototype, 'detached');
const getArrayBufferResizable = uncurryGetter(ArrayBuffer.prototype, 'resizable');
const getArrayBufferMaxByteLength = uncurryGetter(ArrayBuffer.prototype, 'maxByteLength');
const getSharedArrayBufferByteLength = typeof SharedArrayBuffer === 'function' ?
  uncurryGetter(SharedArrayBuffer.prototype, 'byteLength') : undefined;
const getDataViewBuffer = uncurryGetter(DataView.prototype, 'buffer');
const getRegExpSource = uncurryGetter(RegExp.prototype, 'source');
const getRegExpFlags = uncurryGetter(RegExp.prototype, 'flags');

function brand(fn, value) {
  try {
    fn.call(value);
    return true;
  } catch {
    return false;
  }
}

function brandArg(fn, value, arg) {
  try {
    fn.call(value, arg);
    return true;
  } catch {
    return false;
  }
}

const isArrayBuffer = (v) => brand(getArrayBufferByteLength, v);
const isSharedArrayBuffer = (v) => getSharedArrayBufferByteLength !== undefined &&
  brand(getSharedArrayBufferByteLength, v);
const isTypedArray = (v) => getTypedArrayTag.call(v) !== undefined;
const isDataView = (v) => brand(getDataViewBuffer, v);
const isDate = (v) => brand(Date.prototype.getTime, v);
const isRegExp = (v) => v !== RegExp.prototype && brand(getRegExpSource, v);
const isMap = (v) => brandArg(Map.prototype.has, v, undefined);
const isSet = (v) => brandArg(Set.prototype.has, v, undefined);
const isNumberObject = (v) => brand(Number.prototype.valueOf, v);
const isStringObject = (v) => brand(String.prototype.valueOf, v);
const isBooleanObject = (v) => brand(Boolean.prototype.valueOf, v);
const isBigIntObject = (v) => brand(BigInt.prototype.valueOf, v);
const isSymbolObject = (v) => brand(Symbol.prototype.valueOf, v);

function isError(v) {
  if (typeof Error.isError === 'function') return Error.isError(v);
  // Without Error.isError: the builtin tag, ignoring Symbol.toStringTag.
  if (Symbol.toStringTag in v) return false;
  return ObjectPrototypeToString.call(v) === '[object Error]';
}

// Objects with internal slots the serializer does not support.
function isUnsupportedBuiltin(v) {
  return brandArg(WeakMap.prototype.has, v, {}) ||
    brandArg(WeakSet.prototype.has, v, {}) ||
    (typeof WeakRef === 'function' && brand(WeakRef.prototype.deref, v)) ||
    (typeof FinalizationRegistry === 'function' &&
     brandArg(FinalizationRegistry.prototype.unregister, v, {})) ||
    isPromise(v) ||
    isIntlObject(v) ||
    ObjectPrototypeToString.call(v) === '[object Arguments]' ||
    isGenerator(v);
}

function isPromise(v) {
  if (!(v instanceof Promise)) return false;
  return ObjectPrototypeToString.call(v) === '[object Promise]';
}

const kIntlProbes = typeof Intl === 'object' && Intl !== null ? [
  'Collator', 'DateTimeFormat', 'DisplayNames', 'DurationFormat', 'ListFormat', 'Locale',
  'NumberFormat', 'PluralRules', 'RelativeTimeFormat', 'Segmenter',
].filter((name) => typeof Intl[name] === 'function').map((name) => {
  const proto = Intl[name].prototype;
  return name === 'Locale' ? uncurryGetter(proto, 'baseName') : proto.resolvedOptions;
}).filter(Boolean) : [];

function isIntlObject(v) {
  for (const probe of kIntlProbes) if (brand(probe, v)) return true;
  return false;
}

const GeneratorPrototype = Object.getPrototypeOf(function* () {}).prototype;
const AsyncGeneratorPrototype = Object.getPrototypeOf(async function* () {}).prototype;
function isGenerator(v) {
  const tag = ObjectPrototypeToString.call(v);
  return (tag === '[object Generator]' && GeneratorPrototype.isPrototypeOf(v)) ||
    (tag === '[object AsyncGenerator]' && AsyncGeneratorPrototype.isPrototypeOf(v));
}

// V8's side-effect-free ToString, used in "... could not be cloned.".
function getDataProperty(obj, key) {
  for (let o = obj; o !== null; o = Object.getPrototypeOf(o)) {
    const desc = Object.getOwnPropertyDescriptor(o, key);
    if (desc !== undefined) return 'value' in desc ? desc.value : undefined;
  }
  return undefined;
}

function describe(value) {
  if (typeof value === 'symbol') return value.toString();
  if (typeof value === 'function') {
    try {
      return Function.prototype.toString.call(value);
    } catch {
      return 'function () { [native code] }';
    }
  }
  if (value === null || typeof value !== 'object') return String(value);
  if (getDataProperty(value, 'toString') === ObjectPrototypeToString) {
    const ctor = getDataProperty(value, 'constructor');
    if (typeof ctor === 'function') {
      const desc = Object.getOwnPropertyDescriptor(ctor, 'name');
      const name = desc && typeof desc.value === 'string' ? desc.value : '';
      if (name !== '') return `#<${name}>`;
    }
  }
  return ObjectPrototypeToString.call(value);
}

function dataCloneError(message) {
  return new DOMException(message, 'DataCloneError');
}

function codedTypeError(message) {
  const err = new TypeError(message);
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

const kErrorConstructors = {
  __proto__: null,
  EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError,
};

// Host objects of other bridge modules can take part via this hook:
// handler(value) returns undefined when it does not handle `value`, or a
// function producing the clone.
let hostObjectHandler = null;
function setHostObjectHandler(fn) {
  hostObjectHandler = typeof fn === 'function' ? fn : null;
}

let urlModule;
function isPlatformNonCloneable(value) {
  urlModule ??= require('internal/url');
  return urlModule.getURLRecord(value) !== undefined ||
    value instanceof urlModule.URLSearchParams;
}

class Cloner {
  constructor(transferMap) {
    this.memory = new Map();
    this.transferMap = transferMap; // original ArrayBuffer -> transferred one
  }

  clone(value) {
    if (value === null) return value;
    switch (typeof value) {
      case 'undefined':
      case 'boolean':
      case 'number':
      case 'string':
      case 'bigint':
        return value;
      case 'symbol':
      case 'function':
        throw dataCloneError(`${describe(value)} could not be cloned.`);
      default:
        break;
    }
    const memo = this.memory.get(value);
    if (memo !== undefined) return memo;
    return this.cloneObject(value);
  }

  remember(original, clone) {
    this.memory.set(original, clone);
    return clone;
  }

  cloneObject(value) {
    if (Array.isArray(value)) return this.cloneArray(value);
    if (isArrayBuffer(value)) return this.cloneArrayBuffer(value);
    if (isSharedArrayBuffer(value)) return this.remember(value, value);
    if (isTypedArray(value)) return this.cloneTypedArray(value);
    if (isDataView(value)) return this.cloneDataView(value);
    if (isDate(value)) return this.remember(value, new Date(Date.prototype.getTime.call(value)));
    if (isRegExp(value)) {
      return this.remember(value, new RegExp(getRegExpSource.call(value), getRegExpFlags.call(value)));
    }
    if (isMap(value)) return this.cloneMap(value);
    if (isSet(value)) return this.cloneSet(value);
    if (isNumberObject(value)) return this.remember(value, Object(Number.prototype.valueOf.call(value)));
    if (isStringObject(value)) return this.remember(value, Object(String.prototype.valueOf.call(value)));
    if (isBooleanObject(value)) return this.remember(value, Object(Boolean.prototype.valueOf.call(value)));
    if (isBigIntObject(value)) return this.remember(value, Object(BigInt.prototype.valueOf.call(value)));
    if (isSymbolObject(value)) throw dataCloneError(`${describe(value)} could not be cloned.`);
    const dom = getDOMExceptionData(value);
    if (dom !== undefined) return this.cloneDOMException(value, dom);
    if (isError(value)) return this.cloneError(value);
    if (hostObjectHandler !== null) {
      const make = hostObjectHandler(value);
      if (make !== undefined) return this.remember(value, make(this));
    }
    if (isPlatformNonCloneable(value)) {
      throw dataCloneError('Cannot clone object of unsupported type.');
    }
    if (isUnsupportedBuiltin(value)) {
      throw dataCloneError(`${describe(value)} could not be cloned.`);
    }
    return this.clonePlainObject(value);
  }

  copyProperties(source, target, skipIndices) {
    for (const key of Object.keys(source)) {
      if (skipIndices && isArrayIndex(key)) continue;
      if (!hasOwn(source, key)) continue;
      target[key] = this.clone(source[key]);
    }
  }

  clonePlainObject(value) {
    const clone = this.remember(value, {});
    for (const key of Object.keys(value)) {
      // A getter may have removed a later property.
      if (!hasOwn(value, key)) continue;
      const v = value[key];
      clone[key] = this.clone(v);
    }
    return clone;
  }

  cloneArray(value) {
    const clone = this.remember(value, new Array(value.length));
    for (const key of Object.keys(value)) {
      if (!hasOwn(value, key)) continue;
      clone[key] = this.clone(value[key]);
    }
    return clone;
  }

  cloneMap(value) {
    const clone = this.remember(value, new Map());
    const entries = [];
    Map.prototype.forEach.call(value, (v, k) => entries.push(k, v));
    for (let i = 0; i < entries.length; i += 2) {
      Map.prototype.set.call(clone, this.clone(entries[i]), this.clone(entries[i + 1]));
    }
    return clone;
  }

  cloneSet(value) {
    const clone = this.remember(value, new Set());
    const items = [];
    Set.prototype.forEach.call(value, (v) => items.push(v));
    for (const item of items) Set.prototype.add.call(clone, this.clone(item));
    return clone;
  }

  cloneArrayBuffer(value) {
    const transferred = this.transferMap.get(value);
    if (transferred !== undefined) return this.remember(value, transferred);
    if (getArrayBufferDetached !== undefined && getArrayBufferDetached.call(value)) {
      throw dataCloneError('An ArrayBuffer is detached and could not be cloned.');
    }
    const length = getArrayBufferByteLength.call(value);
    let clone;
    if (getArrayBufferResizable !== undefined && getArrayBufferResizable.call(value)) {
      clone = new ArrayBuffer(length, { maxByteLength: getArrayBufferMaxByteLength.call(value) });
    } else {
      clone = new ArrayBuffer(length);
    }
    new Uint8Array(clone).set(new Uint8Array(value));
    return this.remember(value, clone);
  }

  cloneTypedArray(value) {
    const tag = getTypedArrayTag.call(value);
    const Ctor = globalThis[tag];
    const buffer = this.clone(value.buffer);
    let clone;
    const lengthTracking = isLengthTracking(value);
    if (lengthTracking) clone = new Ctor(buffer, value.byteOffset);
    else clone = new Ctor(buffer, value.byteOffset, value.length);
    return this.remember(value, clone);
  }

  cloneDataView(value) {
    const buffer = this.clone(getDataViewBuffer.call(value));
    return this.remember(value, new DataView(buffer, value.byteOffset, value.byteLength));
  }

  cloneError(value) {
    const messageDesc = Object.getOwnPropertyDescriptor(value, 'message');
    const causeDesc = Object.getOwnPropertyDescriptor(value, 'cause');
    const name = `${value.name}`;
    const Ctor = kErrorConstructors[name] || Error;
    let message;
    const hasMessage = messageDesc !== undefined && 'value' in messageDesc;
    if (hasMessage) message = `${messageDesc.value}`;
    const stack = value.stack;
    const clone = hasMessage ? new Ctor(message) : new Ctor();
    this.remember(value, clone);
    try {
      clone.stack = typeof stack === 'string' ? stack : undefined;
    } catch {
      // ignore
    }
    if (causeDesc !== undefined && 'value' in causeDesc) {
      Object.defineProperty(clone, 'cause', {
        __proto__: null,
        value: this.clone(causeDesc.value),
        writable: true,
        enumerable: false,
        configurable: true,
      });
    }
    return clone;
  }

  cloneDOMException(value, data) {
    const clone = new DOMException(data.message, data.name);
    this.remember(value, clone);
    const stack = value.stack;
    try {
      clone.stack = stack;
    } catch {
      // ignore
    }
    return clone;
  }
}

function isArrayIndex(key) {
  const n = Number(key);
  return String(n >>> 0) === key && n !== 4294967295;
}

// There is no API telling whether a view tracks the length of its
// (resizable) buffer. A view reaching the end of the buffer is probed by
// growing the buffer by one element and shrinking it back.
function isLengthTracking(view) {
  const buffer = view.buffer;
  if (getArrayBufferResizable === undefined || !isArrayBuffer(buffer) ||
      !getArrayBufferResizable.call(buffer)) {
    return false;
  }
  const length = getArrayBufferByteLength.call(buffer);
  if (view.byteOffset + view.byteLength !== length) return false;
  const max = getArrayBufferMaxByteLength.call(buffer);
  const size = view.BYTES_PER_ELEMENT || 1;
  if (length + size > max) return false;
  const before = view.length;
  buffer.resize(length + size);
  const after = view.length;
  buffer.resize(length);
  return after !== before;
}

function structuredClone(value, options = undefined) {
  if (arguments.length === 0) {
    throw new ERR_MISSING_ARGS('The value argument must be specified');
  }
  let transfer = [];
  if (options !== undefined && options !== null) {
    if (typeof options !== 'object' && typeof options !== 'function') {
      throw codedTypeError("Failed to execute 'structuredClone': Options cannot be converted to a dictionary");
    }
    const list = options.transfer;
    if (list !== undefined) {
      if (list === null || (typeof list !== 'object' && typeof list !== 'function') ||
          typeof list[Symbol.iterator] !== 'function') {
        throw codedTypeError(
          "Failed to execute 'structuredClone': transfer in Options can not be converted to sequence.");
      }
      transfer = [];
      for (const item of list) {
        if (item === null || (typeof item !== 'object' && typeof item !== 'function')) {
          throw codedTypeError('Value is not an object');
        }
        transfer.push(item);
      }
    }
  }

  const seen = new Set();
  for (const item of transfer) {
    if (!isArrayBuffer(item)) throw dataCloneError('Found invalid value in transferList.');
    if (seen.has(item)) throw dataCloneError('Transfer list contains duplicate ArrayBuffer');
    seen.add(item);
  }

  // Clone first (errors leave the buffers intact), then detach.
  const transferMap = new Map();
  for (const buffer of transfer) {
    if (getArrayBufferDetached !== undefined && getArrayBufferDetached.call(buffer)) {
      throw dataCloneError('Cannot transfer object of unsupported type.');
    }
    const length = getArrayBufferByteLength.call(buffer);
    const resizable = getArrayBufferResizable !== undefined && getArrayBufferResizable.call(buffer);
    const copy = resizable ?
      new ArrayBuffer(length, { maxByteLength: getArrayBufferMaxByteLength.call(buffer) }) :
      new ArrayBuffer(length);
    new Uint8Array(copy).set(new Uint8Array(buffer));
    transferMap.set(buffer, copy);
  }
  const result = new Cloner(transferMap).clone(value);
  for (const buffer of transfer) {
    if (typeof ArrayBuffer.prototype.transfer === 'function') {
      ArrayBuffer.prototype.transfer.call(buffer);
    }
  }
  return result;
}

module.exports = {
  structuredClone,
  setHostObjectHandler,
};
