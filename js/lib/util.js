'use strict';

// The `util` builtin module.

const {
  inspect,
  format,
  formatWithOptions,
  stripVTControlCharacters,
  isError: isErrorInternal,
  isBuffer,
  types: inspectTypes,
  nodeError,
  customPromisifyArgsSymbol,
  takeWarningHelperLine,
} = require('internal/inspect');

const uncurryThis = Function.prototype.bind.bind(Function.prototype.call);
const ArrayIsArray = Array.isArray;
const ArrayPrototypePush = uncurryThis(Array.prototype.push);
const ArrayPrototypePop = uncurryThis(Array.prototype.pop);
const ArrayPrototypeShift = uncurryThis(Array.prototype.shift);
const ArrayPrototypeSlice = uncurryThis(Array.prototype.slice);
const ArrayPrototypeSplice = uncurryThis(Array.prototype.splice);
const ArrayPrototypeUnshift = uncurryThis(Array.prototype.unshift);
const ArrayPrototypeIncludes = uncurryThis(Array.prototype.includes);
const ArrayPrototypeJoin = uncurryThis(Array.prototype.join);
const FunctionPrototypeBind = uncurryThis(Function.prototype.bind);
const ObjectDefineProperty = Object.defineProperty;
const ObjectDefineProperties = Object.defineProperties;
const ObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
const ObjectGetOwnPropertyDescriptors = Object.getOwnPropertyDescriptors;
const ObjectGetOwnPropertySymbols = Object.getOwnPropertySymbols;
const ObjectGetPrototypeOf = Object.getPrototypeOf;
const ObjectSetPrototypeOf = Object.setPrototypeOf;
const ObjectKeys = Object.keys;
const ObjectValues = Object.values;
const ObjectEntries = Object.entries;
const ObjectIs = Object.is;
const ObjectPrototypeHasOwnProperty = uncurryThis(Object.prototype.hasOwnProperty);
const ObjectPrototypePropertyIsEnumerable = uncurryThis(Object.prototype.propertyIsEnumerable);
const ObjectPrototypeToString = uncurryThis(Object.prototype.toString);
const ReflectApply = Reflect.apply;
const ReflectConstruct = Reflect.construct;
const ReflectOwnKeys = Reflect.ownKeys;
const StringPrototypeSlice = uncurryThis(String.prototype.slice);
const StringPrototypeStartsWith = uncurryThis(String.prototype.startsWith);
const StringPrototypeIncludes = uncurryThis(String.prototype.includes);
const StringPrototypeIndexOf = uncurryThis(String.prototype.indexOf);
const StringPrototypeCharAt = uncurryThis(String.prototype.charAt);
const StringPrototypeToUpperCase = uncurryThis(String.prototype.toUpperCase);
const StringPrototypeReplaceAll = uncurryThis(String.prototype.replaceAll);
const StringPrototypeToWellFormed = String.prototype.toWellFormed ?
  uncurryThis(String.prototype.toWellFormed) : undefined;
const StringPrototypeValueOf = uncurryThis(String.prototype.valueOf);
const NumberPrototypeValueOf = uncurryThis(Number.prototype.valueOf);
const BooleanPrototypeValueOf = uncurryThis(Boolean.prototype.valueOf);
const BigIntPrototypeValueOf = uncurryThis(BigInt.prototype.valueOf);
const SymbolPrototypeValueOf = uncurryThis(Symbol.prototype.valueOf);
const DatePrototypeGetTime = uncurryThis(Date.prototype.getTime);
const RegExpPrototypeExec = uncurryThis(RegExp.prototype.exec);
const RegExpPrototypeSymbolReplace = uncurryThis(RegExp.prototype[Symbol.replace]);
const MapPrototypeHas = uncurryThis(Map.prototype.has);
const MapPrototypeGet = uncurryThis(Map.prototype.get);
const MapPrototypeSet = uncurryThis(Map.prototype.set);
const SetPrototypeHas = uncurryThis(Set.prototype.has);
const SetPrototypeAdd = uncurryThis(Set.prototype.add);
const SetPrototypeDelete = uncurryThis(Set.prototype.delete);
const SetPrototypeValues = uncurryThis(Set.prototype.values);
const TypedArrayPrototypeGetSymbolToStringTag = uncurryThis(
  ObjectGetOwnPropertyDescriptor(ObjectGetPrototypeOf(Uint8Array.prototype),
                                 Symbol.toStringTag).get);
const SafeSet = Set;
const SafeMap = Map;
const PromiseCtor = Promise;
const PromiseResolve = Promise.resolve.bind(Promise);
const PromisePrototypeThen = uncurryThis(Promise.prototype.then);

function getProcess() {
  const proc = globalThis.process;
  return proc !== null && typeof proc === 'object' ? proc : undefined;
}

// ---------------------------------------------------------------------------
// Validation helpers.

function validateFunction(value, name) {
  if (typeof value !== 'function') {
    throw nodeError('ERR_INVALID_ARG_TYPE', name, 'Function', value);
  }
}

function validateString(value, name) {
  if (typeof value !== 'string') {
    throw nodeError('ERR_INVALID_ARG_TYPE', name, 'string', value);
  }
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') {
    throw nodeError('ERR_INVALID_ARG_TYPE', name, 'boolean', value);
  }
}

function validateObject(value, name) {
  if (value === null || typeof value !== 'object' || ArrayIsArray(value)) {
    throw nodeError('ERR_INVALID_ARG_TYPE', name, 'object', value);
  }
}

function validateArray(value, name) {
  if (!ArrayIsArray(value)) {
    throw nodeError('ERR_INVALID_ARG_TYPE', name, 'Array', value);
  }
}

function validateStringArray(value, name) {
  validateArray(value, name);
  for (let i = 0; i < value.length; i++) {
    validateString(value[i], `${name}[${i}]`);
  }
}

function validateBooleanArray(value, name) {
  validateArray(value, name);
  for (let i = 0; i < value.length; i++) {
    validateBoolean(value[i], `${name}[${i}]`);
  }
}

function validateUnion(value, name, union) {
  if (!ArrayPrototypeIncludes(union, value)) {
    throw nodeError('ERR_INVALID_ARG_TYPE', name, `('${ArrayPrototypeJoin(union, '|')}')`, value);
  }
}

// ---------------------------------------------------------------------------
// Warnings and deprecation.

// process.emitWarning(message, type, code, ctor) when the runtime provides it,
// otherwise print it the way Node does.
function emitWarning(message, type, code, ctor) {
  const proc = getProcess();
  if (proc !== undefined && typeof proc.emitWarning === 'function') {
    proc.emitWarning(message, type, code, ctor);
    return;
  }
  if (proc !== undefined && proc.noDeprecation && type === 'DeprecationWarning') return;
  let pid = 0;
  if (proc !== undefined && typeof proc.pid === 'number') pid = proc.pid;
  let text = `(node:${pid}) `;
  if (code !== undefined) text += `[${code}] `;
  text += `${type || 'Warning'}: ${message}`;
  text += takeWarningHelperLine(type === 'DeprecationWarning');
  PromisePrototypeThen(PromiseResolve(), () => {
    const con = globalThis.console;
    if (con && typeof con.error === 'function') con.error(text);
  });
}

// Deprecation codes that were already reported; each is reported once.
const codesWarned = new SafeSet();

function deprecate(fn, msg, code, useEmitSync, modifyPrototype = true) {
  if (code !== undefined) validateString(code, 'code');

  let warned = false;
  function emitDeprecationWarning() {
    if (warned) return;
    warned = true;
    if (code === 'ExperimentalWarning') {
      emitWarning(msg, code, undefined, deprecated);
    } else if (code !== undefined) {
      if (!SetPrototypeHas(codesWarned, code)) {
        emitWarning(msg, 'DeprecationWarning', code, deprecated);
        SetPrototypeAdd(codesWarned, code);
      }
    } else {
      emitWarning(msg, 'DeprecationWarning', undefined, deprecated);
    }
  }

  function deprecated(...args) {
    const proc = getProcess();
    if (proc === undefined || !proc.noDeprecation) {
      emitDeprecationWarning();
    }
    if (new.target) {
      return ReflectConstruct(fn, args, new.target);
    }
    return ReflectApply(fn, this, args);
  }

  if (modifyPrototype) {
    // Keep the prototype chain of the original function.
    ObjectSetPrototypeOf(deprecated, fn);
    if (fn.prototype) {
      deprecated.prototype = fn.prototype;
    }
    ObjectDefineProperty(deprecated, 'length', {
      __proto__: null,
      ...ObjectGetOwnPropertyDescriptor(fn, 'length'),
    });
  }
  return deprecated;
}

// ---------------------------------------------------------------------------
// Legacy type checks.

function isBoolean(arg) {
  return typeof arg === 'boolean';
}
function isNull(arg) {
  return arg === null;
}
function isNullOrUndefined(arg) {
  return arg === null || arg === undefined;
}
function isNumber(arg) {
  return typeof arg === 'number';
}
function isString(arg) {
  return typeof arg === 'string';
}
function isSymbol(arg) {
  return typeof arg === 'symbol';
}
function isUndefined(arg) {
  return arg === undefined;
}
function isObject(arg) {
  return arg !== null && typeof arg === 'object';
}
function isError(e) {
  return ObjectPrototypeToString(e) === '[object Error]' || e instanceof Error;
}
function isFunction(arg) {
  return typeof arg === 'function';
}
function isPrimitive(arg) {
  return arg === null || (typeof arg !== 'object' && typeof arg !== 'function');
}

// ---------------------------------------------------------------------------
// inherits, _extend

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) {
    throw nodeError('ERR_INVALID_ARG_TYPE', 'ctor', 'Function', ctor);
  }
  if (superCtor === undefined || superCtor === null) {
    throw nodeError('ERR_INVALID_ARG_TYPE', 'superCtor', 'Function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw nodeError('ERR_INVALID_ARG_TYPE', 'superCtor.prototype', 'Object', superCtor.prototype);
  }
  ObjectDefineProperty(ctor, 'super_', {
    __proto__: null,
    value: superCtor,
    writable: true,
    configurable: true,
  });
  ObjectSetPrototypeOf(ctor.prototype, superCtor.prototype);
}

function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = ObjectKeys(source);
  let i = keys.length;
  while (i--) {
    target[keys[i]] = source[keys[i]];
  }
  return target;
}

// ---------------------------------------------------------------------------
// promisify / callbackify

const kCustomPromisifiedSymbol = Symbol.for('nodejs.util.promisify.custom');
// Other bridge modules (fs, dns, ...) name the values of multi-value callbacks
// with this symbol (exported by internal/inspect), like Node's internal
// `customPromisifyArgs`.
const kCustomPromisifyArgsSymbol = customPromisifyArgsSymbol;

function promisify(original) {
  validateFunction(original, 'original');

  if (original[kCustomPromisifiedSymbol]) {
    const fn = original[kCustomPromisifiedSymbol];
    validateFunction(fn, 'util.promisify.custom');
    return ObjectDefineProperty(fn, kCustomPromisifiedSymbol, {
      __proto__: null,
      value: fn, enumerable: false, writable: false, configurable: true,
    });
  }

  const argumentNames = original[kCustomPromisifyArgsSymbol];

  function fn(...args) {
    return new PromiseCtor((resolve, reject) => {
      ArrayPrototypePush(args, (err, ...values) => {
        if (err) {
          return reject(err);
        }
        if (argumentNames !== undefined && values.length > 1) {
          const obj = {};
          for (let i = 0; i < argumentNames.length; i++) {
            obj[argumentNames[i]] = values[i];
          }
          resolve(obj);
        } else {
          resolve(values[0]);
        }
      });
      if (inspectTypes.isPromise(ReflectApply(original, this, args))) {
        emitWarning('Calling promisify on a function that returns a Promise is likely a mistake.',
                    'DeprecationWarning', 'DEP0174');
      }
    });
  }

  ObjectSetPrototypeOf(fn, ObjectGetPrototypeOf(original));
  ObjectDefineProperty(fn, kCustomPromisifiedSymbol, {
    __proto__: null,
    value: fn, enumerable: false, writable: false, configurable: true,
  });
  const descriptors = ObjectGetOwnPropertyDescriptors(original);
  const values = ObjectValues(descriptors);
  for (let i = 0; i < values.length; i++) {
    ObjectSetPrototypeOf(values[i], null);
  }
  return ObjectDefineProperties(fn, descriptors);
}
promisify.custom = kCustomPromisifiedSymbol;

function nextTick(fn, ...args) {
  const proc = getProcess();
  if (proc !== undefined && typeof proc.nextTick === 'function') {
    proc.nextTick(fn, ...args);
  } else {
    PromisePrototypeThen(PromiseResolve(), () => ReflectApply(fn, undefined, args));
  }
}

function callbackifyOnRejected(reason, cb) {
  // A falsy rejection reason is wrapped so that the callback can tell it
  // apart from success.
  if (!reason) {
    reason = nodeError('ERR_FALSY_VALUE_REJECTION', reason);
  }
  return cb(reason);
}

function callbackify(original) {
  validateFunction(original, 'original');

  function callbackified(...args) {
    const maybeCb = ArrayPrototypePop(args);
    validateFunction(maybeCb, 'last argument');
    const cb = FunctionPrototypeBind(maybeCb, this);
    ReflectApply(original, this, args)
      .then((ret) => nextTick(cb, null, ret),
            (rej) => nextTick(callbackifyOnRejected, rej, cb));
  }

  const descriptors = ObjectGetOwnPropertyDescriptors(original);
  if (typeof descriptors.length.value === 'number') {
    descriptors.length.value++;
  }
  if (typeof descriptors.name.value === 'string') {
    descriptors.name.value += 'Callbackified';
  }
  const values = ObjectValues(descriptors);
  for (let i = 0; i < values.length; i++) {
    ObjectSetPrototypeOf(values[i], null);
  }
  ObjectDefineProperties(callbackified, descriptors);
  return callbackified;
}

// ---------------------------------------------------------------------------
// isDeepStrictEqual

const {
  isArrayBufferView,
  isAnyArrayBuffer,
  isDate,
  isMap,
  isRegExp,
  isSet,
  isBoxedPrimitive,
  isNumberObject,
  isStringObject,
  isBooleanObject,
  isBigIntObject,
  isSymbolObject,
  isNativeError,
  isWeakMap,
  isWeakSet,
} = inspectTypes;

// Constructors whose `constructor` property is compared instead of the
// prototype (cheaper and equivalent for these).
const wellKnownConstructors = new SafeSet([
  Array, ArrayBuffer, BigInt, BigInt64Array, BigUint64Array, Boolean, DataView, Date, Error,
  Float32Array, Float64Array, Function, Int16Array, Int32Array, Int8Array, Map, Number, Object,
  Promise, RegExp, Set, String, Symbol, Uint16Array, Uint32Array, Uint8Array,
  Uint8ClampedArray, WeakMap, WeakSet,
]);
if (typeof globalThis.Float16Array === 'function') SetPrototypeAdd(wellKnownConstructors, globalThis.Float16Array);

function hasEnumerable(obj, key) {
  return ObjectPrototypePropertyIsEnumerable(obj, key);
}

function isArrayIndexKey(key) {
  return typeof key === 'string' && RegExpPrototypeExec(/^(0|[1-9][0-9]*)$/, key) !== null &&
    +key < 4294967295;
}

function ownEnumerableNonIndexKeys(obj) {
  const all = ReflectOwnKeys(obj);
  const out = [];
  for (let i = 0; i < all.length; i++) {
    const key = all[i];
    if (isArrayIndexKey(key)) continue;
    if (!hasEnumerable(obj, key)) continue;
    ArrayPrototypePush(out, key);
  }
  return out;
}

function bytesEqual(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

function boxedEqual(a, b) {
  if (isNumberObject(a)) {
    return isNumberObject(b) && ObjectIs(NumberPrototypeValueOf(a), NumberPrototypeValueOf(b));
  }
  if (isStringObject(a)) {
    return isStringObject(b) && StringPrototypeValueOf(a) === StringPrototypeValueOf(b);
  }
  if (isBooleanObject(a)) {
    return isBooleanObject(b) && BooleanPrototypeValueOf(a) === BooleanPrototypeValueOf(b);
  }
  if (isBigIntObject(a)) {
    return isBigIntObject(b) && BigIntPrototypeValueOf(a) === BigIntPrototypeValueOf(b);
  }
  return isSymbolObject(b) && SymbolPrototypeValueOf(a) === SymbolPrototypeValueOf(b);
}

// `pairs` tracks the object pairs currently being compared, so that cycles
// are treated as equal when both sides loop back to the same pair.
function deepEqual(a, b, pairs) {
  if (a === b) return a !== 0 || ObjectIs(a, b);
  if (typeof a === 'number') {
    return a !== a && b !== b; // eslint-disable-line no-self-compare
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return false;
  }
  return objectsEqual(a, b, pairs);
}

function objectsEqual(a, b, pairs) {
  const ctorA = a.constructor;
  if (SetPrototypeHas(wellKnownConstructors, ctorA) ||
      (ctorA !== undefined && !ObjectPrototypeHasOwnProperty(a, 'constructor'))) {
    if (ctorA !== b.constructor) return false;
  } else if (ObjectGetPrototypeOf(a) !== ObjectGetPrototypeOf(b)) {
    return false;
  }

  const tagA = ObjectPrototypeToString(a);
  if (tagA !== ObjectPrototypeToString(b)) return false;

  if (ArrayIsArray(a)) {
    if (!ArrayIsArray(b) || a.length !== b.length) return false;
    const keysB = ownEnumerableNonIndexKeys(b);
    if (keysB.length !== ownEnumerableNonIndexKeys(a).length) return false;
    return compareWithCycles(a, b, pairs, 'array', keysB);
  }
  if (tagA === '[object Object]') {
    return compareWithCycles(a, b, pairs, 'object');
  }
  if (isDate(a)) {
    if (!isDate(b) || DatePrototypeGetTime(a) !== DatePrototypeGetTime(b)) return false;
  } else if (isRegExp(a)) {
    if (!isRegExp(b) || a.source !== b.source || a.flags !== b.flags ||
        a.lastIndex !== b.lastIndex) {
      return false;
    }
  } else if (isArrayBufferView(a)) {
    if (TypedArrayPrototypeGetSymbolToStringTag(a) !==
        TypedArrayPrototypeGetSymbolToStringTag(b)) {
      return false;
    }
    if (a.byteLength !== b.byteLength ||
        !bytesEqual(new Uint8Array(a.buffer, a.byteOffset, a.byteLength),
                    new Uint8Array(b.buffer, b.byteOffset, b.byteLength))) {
      return false;
    }
    const keysB = ownEnumerableNonIndexKeys(b);
    if (keysB.length !== ownEnumerableNonIndexKeys(a).length) return false;
    return compareWithCycles(a, b, pairs, 'object', keysB);
  } else if (isSet(a)) {
    if (!isSet(b) || a.size !== b.size) return false;
    return compareWithCycles(a, b, pairs, 'set');
  } else if (isMap(a)) {
    if (!isMap(b) || a.size !== b.size) return false;
    return compareWithCycles(a, b, pairs, 'map');
  } else if (isAnyArrayBuffer(a)) {
    if (!isAnyArrayBuffer(b) || a.byteLength !== b.byteLength ||
        !bytesEqual(new Uint8Array(a), new Uint8Array(b))) {
      return false;
    }
  } else if (isErrorInternal(a)) {
    // The stack is not compared; it differs for otherwise identical errors.
    if (!isErrorInternal(b) ||
        !enumerableOrEqual(a, b, 'message', pairs) ||
        !enumerableOrEqual(a, b, 'name', pairs) ||
        !enumerableOrEqual(a, b, 'cause', pairs) ||
        !enumerableOrEqual(a, b, 'errors', pairs)) {
      return false;
    }
    if (ObjectPrototypeHasOwnProperty(a, 'cause') !== ObjectPrototypeHasOwnProperty(b, 'cause')) {
      return false;
    }
  } else if (isBoxedPrimitive(a)) {
    if (!boxedEqual(a, b)) return false;
  } else if (ArrayIsArray(b) || isArrayBufferView(b) || isSet(b) || isMap(b) || isDate(b) ||
             isRegExp(b) || isAnyArrayBuffer(b) || isBoxedPrimitive(b) || isNativeError(b) ||
             b instanceof Error) {
    return false;
  } else if (isURLObject(a)) {
    if (!isURLObject(b) || a.href !== b.href) return false;
  } else if (isWeakMap(a) || isWeakSet(a)) {
    return false;
  }
  return compareWithCycles(a, b, pairs, 'object');
}

function isURLObject(value) {
  const URLCtor = globalThis.URL;
  if (typeof URLCtor !== 'function') return false;
  try {
    return typeof value.href === 'string' && value instanceof URLCtor;
  } catch {
    return false;
  }
}

function enumerableOrEqual(a, b, prop, pairs) {
  // Enumerable properties are compared with the other keys.
  return hasEnumerable(b, prop) || deepEqual(a[prop], b[prop], pairs);
}

function compareWithCycles(a, b, pairs, kind, keysB) {
  // Compare the own enumerable string keys (and symbols) first.
  const isArrayLike = keysB !== undefined;
  let keysA;
  if (!isArrayLike) {
    keysB = ObjectKeys(b);
    keysA = ObjectKeys(a);
    if (keysA.length !== keysB.length) return false;
    const symbolsA = ObjectGetOwnPropertySymbols(a);
    let count = 0;
    for (let i = 0; i < symbolsA.length; i++) {
      const key = symbolsA[i];
      if (hasEnumerable(a, key)) {
        if (!hasEnumerable(b, key)) return false;
        ArrayPrototypePush(keysB, key);
        count++;
      } else if (hasEnumerable(b, key)) {
        return false;
      }
    }
    const symbolsB = ObjectGetOwnPropertySymbols(b);
    let countB = 0;
    for (let i = 0; i < symbolsB.length; i++) {
      if (hasEnumerable(b, symbolsB[i])) countB++;
    }
    if (countB !== count) return false;
  }

  if (keysB.length === 0 &&
      (kind === 'object' || (kind === 'array' && b.length === 0) || b.size === 0)) {
    return true;
  }

  // Cycle detection: a pair already being compared counts as equal.
  let partners = MapPrototypeGet(pairs, a);
  if (partners !== undefined && SetPrototypeHas(partners, b)) return true;
  if (partners === undefined) {
    partners = new SafeSet();
    MapPrototypeSet(pairs, a, partners);
  }
  SetPrototypeAdd(partners, b);
  try {
    return compareEntries(a, b, keysA, keysB, pairs, kind);
  } finally {
    SetPrototypeDelete(partners, b);
  }
}

function compareEntries(a, b, keysA, keysB, pairs, kind) {
  for (let i = 0; i < keysB.length; i++) {
    const key = keysB[i];
    if (keysA !== undefined && keysA[i] === key) {
      if (!deepEqual(a[key], b[key], pairs)) return false;
      continue;
    }
    const desc = ObjectGetOwnPropertyDescriptor(a, key);
    if (desc === undefined || !desc.enumerable ||
        !deepEqual(desc.value !== undefined ? desc.value : a[key], b[key], pairs)) {
      return false;
    }
  }

  if (kind === 'array') {
    for (let i = 0; i < a.length; i++) {
      const hasA = ObjectPrototypeHasOwnProperty(a, i);
      const hasB = ObjectPrototypeHasOwnProperty(b, i);
      if (hasA !== hasB) return false;
      if (hasA && !deepEqual(a[i], b[i], pairs)) return false;
    }
  } else if (kind === 'set') {
    return setsEqual(a, b, pairs);
  } else if (kind === 'map') {
    return mapsEqual(a, b, pairs);
  }
  return true;
}

function setsEqual(a, b, pairs) {
  // Primitives must be present in both sets; objects are matched pairwise.
  let pending;
  for (const val of SetPrototypeValues(b)) {
    if (!SetPrototypeHas(a, val)) {
      if (typeof val !== 'object' || val === null) return false;
      pending ??= [];
      ArrayPrototypePush(pending, val);
    }
  }
  if (pending === undefined) return true;
  for (const val of SetPrototypeValues(a)) {
    if (SetPrototypeHas(b, val)) continue;
    if (typeof val !== 'object' || val === null) return false;
    let found = false;
    for (let i = 0; i < pending.length; i++) {
      if (deepEqual(val, pending[i], pairs)) {
        ArrayPrototypeSplice(pending, i, 1);
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return pending.length === 0;
}

function mapsEqual(a, b, pairs) {
  let pending;
  for (const { 0: key, 1: item } of b) {
    if (typeof key === 'object' && key !== null) {
      pending ??= [];
      ArrayPrototypePush(pending, key);
    } else {
      const itemA = MapPrototypeGet(a, key);
      if ((itemA === undefined && !MapPrototypeHas(a, key)) || !deepEqual(itemA, item, pairs)) {
        return false;
      }
    }
  }
  if (pending === undefined) return true;
  for (const { 0: key, 1: item } of a) {
    if (typeof key !== 'object' || key === null) continue;
    let found = false;
    for (let i = 0; i < pending.length; i++) {
      const keyB = pending[i];
      if (deepEqual(key, keyB, pairs) && deepEqual(item, MapPrototypeGet(b, keyB), pairs)) {
        ArrayPrototypeSplice(pending, i, 1);
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return pending.length === 0;
}

function isDeepStrictEqual(a, b) {
  return deepEqual(a, b, new SafeMap());
}

// ---------------------------------------------------------------------------
// debuglog

let debugEnvTest;
function testDebugEnabled(section) {
  if (debugEnvTest === undefined) {
    let env;
    try {
      env = getProcess()?.env?.NODE_DEBUG;
    } catch {
      env = undefined;
    }
    if (env) {
      const pattern = StringPrototypeReplaceAll(StringPrototypeReplaceAll(
        RegExpPrototypeSymbolReplace(/[|\\{}()[\]^$+?.]/g, `${env}`, '\\$&'),
        '*', '.*'), ',', '$|^');
      const re = new RegExp(`^${pattern}$`, 'i');
      debugEnvTest = (str) => RegExpPrototypeExec(re, str) !== null;
    } else {
      debugEnvTest = () => false;
    }
  }
  return debugEnvTest(section);
}

const debugImpls = { __proto__: null };
function debuglogImpl(enabled, set) {
  if (debugImpls[set] === undefined) {
    if (enabled) {
      const pid = getProcess()?.pid ?? 0;
      debugImpls[set] = function debug(...args) {
        const msg = formatWithOptions({ colors: false }, ...args);
        const text = format('%s %s: %s\n', set, inspect(pid), msg);
        const stderr = getProcess()?.stderr;
        if (stderr && typeof stderr.write === 'function') {
          stderr.write(text);
        } else if (globalThis.console && typeof globalThis.console.error === 'function') {
          globalThis.console.error(StringPrototypeSlice(text, 0, -1));
        }
      };
    } else {
      debugImpls[set] = () => {};
    }
  }
  return debugImpls[set];
}

function debuglog(set, cb) {
  let enabled;
  function init() {
    set = StringPrototypeToUpperCase(set);
    enabled = testDebugEnabled(set);
  }
  let debug = (...args) => {
    init();
    debug = debuglogImpl(enabled, set);
    if (typeof cb === 'function') {
      ObjectDefineProperty(debug, 'enabled', {
        __proto__: null,
        get() {
          return enabled;
        },
        configurable: true,
        enumerable: true,
      });
      cb(debug);
    }
    return ReflectApply(debug, undefined, args);
  };
  let test = () => {
    init();
    test = () => enabled;
    return enabled;
  };
  const logger = (...args) => {
    if (enabled === false) return;
    return ReflectApply(debug, undefined, args);
  };
  ObjectDefineProperty(logger, 'enabled', {
    __proto__: null,
    get() {
      return test();
    },
    configurable: true,
    enumerable: true,
  });
  return logger;
}

// ---------------------------------------------------------------------------
// styleText

function shouldColorize(stream) {
  const env = getProcess()?.env;
  if (env !== undefined && env !== null && env.FORCE_COLOR !== undefined) {
    // FORCE_COLOR: '' / '1' / 'true' -> 16 colors, '0' / 'false' -> none.
    const force = env.FORCE_COLOR;
    return !(force === '0' || force === 'false');
  }
  return !!(stream?.isTTY && (
    typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true));
}

function escapeStyleCode(code) {
  if (code === undefined) return '';
  return `\u001b[${code}m`;
}

function styleText(format, text, { validateStream = true, stream = getProcess()?.stdout } = {}) {
  validateString(text, 'text');
  validateBoolean(validateStream, 'options.validateStream');

  let skipColorize;
  if (validateStream) {
    if (stream === null || typeof stream !== 'object' ||
        (typeof stream.write !== 'function' && typeof stream.getReader !== 'function' &&
         typeof stream.getWriter !== 'function' && typeof stream.pipe !== 'function')) {
      throw nodeError('ERR_INVALID_ARG_TYPE', 'stream',
                      ['ReadableStream', 'WritableStream', 'Stream'], stream);
    }
    skipColorize = !shouldColorize(stream);
  }

  const formatArray = ArrayIsArray(format) ? format : [format];
  const codes = [];
  for (let i = 0; i < formatArray.length; i++) {
    const key = formatArray[i];
    if (key === 'none') continue;
    const formatCodes = inspect.colors[key];
    if (formatCodes == null) {
      const allowed = ObjectKeys(inspect.colors);
      const list = [];
      for (let j = 0; j < allowed.length; j++) ArrayPrototypePush(list, `'${allowed[j]}'`);
      throw nodeError('ERR_INVALID_ARG_VALUE', 'format', key,
                      `must be one of: ${ArrayPrototypeJoin(list, ', ')}`);
    }
    if (skipColorize) continue;
    ArrayPrototypePush(codes, formatCodes);
  }

  if (skipColorize) return text;

  let openCodes = '';
  for (let i = 0; i < codes.length; i++) openCodes += escapeStyleCode(codes[i][0]);

  // Re-open each style after a nested reset of the same kind.
  let processed = text;
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i];
    const current = processed;
    processed = RegExpPrototypeSymbolReplace(
      new RegExp(`\\u001b\\[${code[1]}m`, 'g'),
      current,
      (match, offset) => {
        if (offset + match.length < current.length) {
          if (code[0] === inspect.colors.dim[0] || code[0] === inspect.colors.bold[0]) {
            return `${match}${escapeStyleCode(code[0])}`;
          }
          return escapeStyleCode(code[0]);
        }
        return match;
      });
  }

  let closeCodes = '';
  for (let i = codes.length - 1; i >= 0; i--) closeCodes += escapeStyleCode(codes[i][1]);
  return `${openCodes}${processed}${closeCodes}`;
}

// ---------------------------------------------------------------------------
// parseArgs

function objectGetOwn(obj, prop) {
  if (ObjectPrototypeHasOwnProperty(obj, prop)) return obj[prop];
}

function optionsGetOwn(options, longOption, prop) {
  if (ObjectPrototypeHasOwnProperty(options, longOption)) {
    return objectGetOwn(options[longOption], prop);
  }
}

function isOptionValue(value) {
  return value != null;
}

function isOptionLikeValue(value) {
  if (value == null) return false;
  return value.length > 1 && StringPrototypeCharAt(value, 0) === '-';
}

function isLoneShortOption(arg) {
  return arg.length === 2 && StringPrototypeCharAt(arg, 0) === '-' &&
    StringPrototypeCharAt(arg, 1) !== '-';
}

function isLoneLongOption(arg) {
  return arg.length > 2 && StringPrototypeStartsWith(arg, '--') &&
    !StringPrototypeIncludes(arg, '=', 3);
}

function isLongOptionAndValue(arg) {
  return arg.length > 2 && StringPrototypeStartsWith(arg, '--') &&
    StringPrototypeIncludes(arg, '=', 3);
}

function findLongOptionForShort(shortOption, options) {
  validateObject(options, 'options');
  const entries = ObjectEntries(options);
  for (let i = 0; i < entries.length; i++) {
    if (objectGetOwn(entries[i][1], 'short') === shortOption) return entries[i][0];
  }
  return shortOption;
}

function isShortOptionGroup(arg, options) {
  if (arg.length <= 2) return false;
  if (StringPrototypeCharAt(arg, 0) !== '-') return false;
  if (StringPrototypeCharAt(arg, 1) === '-') return false;
  const longOption = findLongOptionForShort(StringPrototypeCharAt(arg, 1), options);
  return optionsGetOwn(options, longOption, 'type') !== 'string';
}

function isShortOptionAndValue(arg, options) {
  validateObject(options, 'options');
  if (arg.length <= 2) return false;
  if (StringPrototypeCharAt(arg, 0) !== '-') return false;
  if (StringPrototypeCharAt(arg, 1) === '-') return false;
  const longOption = findLongOptionForShort(StringPrototypeCharAt(arg, 1), options);
  return optionsGetOwn(options, longOption, 'type') === 'string';
}

function checkOptionLikeValue(token) {
  if (!token.inlineValue && isOptionLikeValue(token.value)) {
    const example = StringPrototypeStartsWith(token.rawName, '--') ?
      `'${token.rawName}=-XYZ'` :
      `'--${token.name}=-XYZ' or '${token.rawName}-XYZ'`;
    const errorMessage = `Option '${token.rawName}' argument is ambiguous.
Did you forget to specify the option argument for '${token.rawName}'?
To specify an option argument starting with a dash use ${example}.`;
    throw nodeError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', errorMessage);
  }
}

function checkOptionUsage(config, token) {
  let tokenName = token.name;
  if (!ObjectPrototypeHasOwnProperty(config.options, tokenName)) {
    if (config.allowNegative && StringPrototypeStartsWith(tokenName, 'no-')) {
      tokenName = StringPrototypeSlice(tokenName, 3);
      if (!ObjectPrototypeHasOwnProperty(config.options, tokenName) ||
          optionsGetOwn(config.options, tokenName, 'type') !== 'boolean') {
        throw nodeError('ERR_PARSE_ARGS_UNKNOWN_OPTION', token.rawName, config.allowPositionals);
      }
    } else {
      throw nodeError('ERR_PARSE_ARGS_UNKNOWN_OPTION', token.rawName, config.allowPositionals);
    }
  }
  const short = optionsGetOwn(config.options, tokenName, 'short');
  const shortAndLong = `${short ? `-${short}, ` : ''}--${tokenName}`;
  const type = optionsGetOwn(config.options, tokenName, 'type');
  if (type === 'string' && typeof token.value !== 'string') {
    throw nodeError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
                    `Option '${shortAndLong} <value>' argument missing`);
  }
  if (type === 'boolean' && token.value != null) {
    throw nodeError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
                    `Option '${shortAndLong}' does not take an argument`);
  }
}

function storeOption(token, options, values, allowNegative) {
  let longOption = token.name;
  let optionValue = token.value;
  if (longOption === '__proto__') return;
  if (allowNegative && StringPrototypeStartsWith(longOption, 'no-') && optionValue === undefined) {
    longOption = StringPrototypeSlice(longOption, 3);
    token.name = longOption;
    optionValue = false;
  }
  const newValue = optionValue ?? true;
  if (optionsGetOwn(options, longOption, 'multiple')) {
    if (values[longOption]) {
      ArrayPrototypePush(values[longOption], newValue);
    } else {
      values[longOption] = [newValue];
    }
  } else {
    values[longOption] = newValue;
  }
}

function argsToTokens(args, options) {
  const tokens = [];
  let index = -1;
  let groupCount = 0;
  const remainingArgs = ArrayPrototypeSlice(args);
  while (remainingArgs.length > 0) {
    const arg = ArrayPrototypeShift(remainingArgs);
    const nextArg = remainingArgs[0];
    if (groupCount > 0) {
      groupCount--;
    } else {
      index++;
    }

    if (arg === '--') {
      ArrayPrototypePush(tokens, { kind: 'option-terminator', index });
      for (let i = 0; i < remainingArgs.length; i++) {
        ArrayPrototypePush(tokens, { kind: 'positional', index: ++index, value: remainingArgs[i] });
      }
      break;
    }

    if (isLoneShortOption(arg)) {
      const shortOption = StringPrototypeCharAt(arg, 1);
      const longOption = findLongOptionForShort(shortOption, options);
      let value;
      let inlineValue;
      if (optionsGetOwn(options, longOption, 'type') === 'string' && isOptionValue(nextArg)) {
        value = ArrayPrototypeShift(remainingArgs);
        inlineValue = false;
      }
      ArrayPrototypePush(tokens,
                         { kind: 'option', name: longOption, rawName: arg, index, value, inlineValue });
      if (value != null) ++index;
      continue;
    }

    if (isShortOptionGroup(arg, options)) {
      const expanded = [];
      for (let i = 1; i < arg.length; i++) {
        const shortOption = StringPrototypeCharAt(arg, i);
        const longOption = findLongOptionForShort(shortOption, options);
        if (optionsGetOwn(options, longOption, 'type') !== 'string' || i === arg.length - 1) {
          ArrayPrototypePush(expanded, `-${shortOption}`);
        } else {
          ArrayPrototypePush(expanded, `-${StringPrototypeSlice(arg, i)}`);
          break;
        }
      }
      ReflectApply(ArrayPrototypeUnshift, null, [remainingArgs, ...expanded]);
      groupCount = expanded.length;
      continue;
    }

    if (isShortOptionAndValue(arg, options)) {
      const shortOption = StringPrototypeCharAt(arg, 1);
      const longOption = findLongOptionForShort(shortOption, options);
      const value = StringPrototypeSlice(arg, 2);
      ArrayPrototypePush(tokens, { kind: 'option', name: longOption, rawName: `-${shortOption}`,
                                   index, value, inlineValue: true });
      continue;
    }

    if (isLoneLongOption(arg)) {
      const longOption = StringPrototypeSlice(arg, 2);
      let value;
      let inlineValue;
      if (optionsGetOwn(options, longOption, 'type') === 'string' && isOptionValue(nextArg)) {
        value = ArrayPrototypeShift(remainingArgs);
        inlineValue = false;
      }
      ArrayPrototypePush(tokens,
                         { kind: 'option', name: longOption, rawName: arg, index, value, inlineValue });
      if (value != null) ++index;
      continue;
    }

    if (isLongOptionAndValue(arg)) {
      const equalIndex = StringPrototypeIndexOf(arg, '=');
      const longOption = StringPrototypeSlice(arg, 2, equalIndex);
      const value = StringPrototypeSlice(arg, equalIndex + 1);
      ArrayPrototypePush(tokens, { kind: 'option', name: longOption, rawName: `--${longOption}`,
                                   index, value, inlineValue: true });
      continue;
    }

    ArrayPrototypePush(tokens, { kind: 'positional', index, value: arg });
  }
  return tokens;
}

function getMainArgs() {
  const argv = getProcess()?.argv;
  if (!ArrayIsArray(argv)) return [];
  const execArgv = getProcess()?.execArgv;
  if (ArrayIsArray(execArgv) &&
      (ArrayPrototypeIncludes(execArgv, '-e') || ArrayPrototypeIncludes(execArgv, '--eval') ||
       ArrayPrototypeIncludes(execArgv, '-p') || ArrayPrototypeIncludes(execArgv, '--print'))) {
    return ArrayPrototypeSlice(argv, 1);
  }
  return ArrayPrototypeSlice(argv, 2);
}

function parseArgs(config = { __proto__: null }) {
  const args = objectGetOwn(config, 'args') ?? getMainArgs();
  const strict = objectGetOwn(config, 'strict') ?? true;
  const allowPositionals = objectGetOwn(config, 'allowPositionals') ?? !strict;
  const returnTokens = objectGetOwn(config, 'tokens') ?? false;
  const allowNegative = objectGetOwn(config, 'allowNegative') ?? false;
  const options = objectGetOwn(config, 'options') ?? { __proto__: null };
  const parseConfig = { args, strict, options, allowPositionals, allowNegative };

  validateArray(args, 'args');
  validateBoolean(strict, 'strict');
  validateBoolean(allowPositionals, 'allowPositionals');
  validateBoolean(returnTokens, 'tokens');
  validateBoolean(allowNegative, 'allowNegative');
  validateObject(options, 'options');
  const optionEntries = ObjectEntries(options);
  for (let i = 0; i < optionEntries.length; i++) {
    const longOption = optionEntries[i][0];
    const optionConfig = optionEntries[i][1];
    validateObject(optionConfig, `options.${longOption}`);
    const optionType = objectGetOwn(optionConfig, 'type');
    validateUnion(optionType, `options.${longOption}.type`, ['string', 'boolean']);
    if (ObjectPrototypeHasOwnProperty(optionConfig, 'short')) {
      const shortOption = optionConfig.short;
      validateString(shortOption, `options.${longOption}.short`);
      if (shortOption.length !== 1) {
        throw nodeError('ERR_INVALID_ARG_VALUE', `options.${longOption}.short`, shortOption,
                        'must be a single character');
      }
    }
    const multipleOption = objectGetOwn(optionConfig, 'multiple');
    if (ObjectPrototypeHasOwnProperty(optionConfig, 'multiple')) {
      validateBoolean(multipleOption, `options.${longOption}.multiple`);
    }
    const defaultValue = objectGetOwn(optionConfig, 'default');
    if (defaultValue !== undefined) {
      let validator;
      if (optionType === 'string') {
        validator = multipleOption ? validateStringArray : validateString;
      } else {
        validator = multipleOption ? validateBooleanArray : validateBoolean;
      }
      validator(defaultValue, `options.${longOption}.default`);
    }
  }

  const tokens = argsToTokens(args, options);
  const result = {
    values: { __proto__: null },
    positionals: [],
  };
  if (returnTokens) result.tokens = tokens;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.kind === 'option') {
      if (strict) {
        checkOptionUsage(parseConfig, token);
        checkOptionLikeValue(token);
      }
      storeOption(token, options, result.values, parseConfig.allowNegative);
    } else if (token.kind === 'positional') {
      if (!allowPositionals) {
        throw nodeError('ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL', token.value);
      }
      ArrayPrototypePush(result.positionals, token.value);
    }
  }

  for (let i = 0; i < optionEntries.length; i++) {
    const longOption = optionEntries[i][0];
    const optionConfig = optionEntries[i][1];
    const defaultValue = objectGetOwn(optionConfig, 'default');
    if (defaultValue !== undefined && result.values[longOption] === undefined &&
        longOption !== '__proto__') {
      result.values[longOption] = defaultValue;
    }
  }
  return result;
}

// ---------------------------------------------------------------------------
// types

const types = {
  ...inspectTypes,
  // Named `value` like Node's (defined through a property descriptor there).
  isKeyObject: { value(obj) {
    const KeyObject = globalThis.crypto?.KeyObject;
    return typeof KeyObject === 'function' && obj instanceof KeyObject;
  } }.value,
  isCryptoKey: { value(obj) {
    const CryptoKey = globalThis.CryptoKey;
    return typeof CryptoKey === 'function' && obj instanceof CryptoKey;
  } }.value,
};

// ---------------------------------------------------------------------------
// Exports

function toUSVString(input) {
  const str = `${input}`;
  if (StringPrototypeToWellFormed !== undefined) return StringPrototypeToWellFormed(str);
  return RegExpPrototypeSymbolReplace(
    /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, str, '\ufffd');
}

// System error helpers live in internal/errors (libuv tables).
function lazyErrors() {
  return require('internal/errors');
}

function _errnoException(err, syscall, original) {
  return lazyErrors().errnoException(err, syscall, original);
}

function _exceptionWithHostPort(err, syscall, address, port, additional) {
  return lazyErrors().exceptionWithHostPort(err, syscall, address, port, additional);
}

function getSystemErrorMap() {
  return lazyErrors().getSystemErrorMap();
}

function getSystemErrorName(err) {
  return lazyErrors().getSystemErrorName(err);
}

function getSystemErrorMessage(err) {
  return lazyErrors().getSystemErrorMessage(err);
}

module.exports = {
  _errnoException,
  _exceptionWithHostPort,
  _extend: deprecate(_extend,
                     'The `util._extend` API is deprecated. Please use Object.assign() instead.',
                     'DEP0060'),
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  styleText,
  formatWithOptions,
  getSystemErrorMap,
  getSystemErrorName,
  getSystemErrorMessage,
  inherits,
  inspect,
  isArray: deprecate(ArrayIsArray,
                     'The `util.isArray` API is deprecated. Please use `Array.isArray()` instead.',
                     'DEP0044'),
  isBoolean: deprecate(isBoolean,
                       'The `util.isBoolean` API is deprecated.  Please use `typeof arg === "boolean"` instead.',
                       'DEP0045'),
  isBuffer: deprecate(isBuffer,
                      'The `util.isBuffer` API is deprecated. Please use `Buffer.isBuffer()` instead.',
                      'DEP0046'),
  isDeepStrictEqual(a, b) {
    return isDeepStrictEqual(a, b);
  },
  isNull: deprecate(isNull,
                    'The `util.isNull` API is deprecated. Please use `arg === null` instead.',
                    'DEP0050'),
  isNullOrUndefined: deprecate(isNullOrUndefined,
                               'The `util.isNullOrUndefined` API is deprecated. ' +
                               'Please use `arg === null || arg === undefined` instead.',
                               'DEP0051'),
  isNumber: deprecate(isNumber,
                      'The `util.isNumber` API is deprecated. Please use `typeof arg === "number"` instead.',
                      'DEP0052'),
  isString: deprecate(isString,
                      'The `util.isString` API is deprecated.  Please use `typeof arg === "string"` instead.',
                      'DEP0056'),
  isSymbol: deprecate(isSymbol,
                      'The `util.isSymbol` API is deprecated.  Please use `arg === "symbol"` instead.',
                      'DEP0057'),
  isUndefined: deprecate(isUndefined,
                         'The `util.isUndefined` API is deprecated. Please use `arg === undefined` instead.',
                         'DEP0058'),
  isRegExp: deprecate(types.isRegExp,
                      'The `util.isRegExp` API is deprecated. Please use `arg instanceof RegExp` instead.',
                      'DEP0055'),
  isObject: deprecate(isObject,
                      'The `util.isObject` API is deprecated. ' +
                      'Please use `arg !== null && typeof arg === "object"` instead.',
                      'DEP0053'),
  isDate: deprecate(types.isDate,
                    'The `util.isDate` API is deprecated.  Please use `arg instanceof Date` instead.',
                    'DEP0047'),
  isError: deprecate(isError,
                     'The `util.isError` API is deprecated. ' +
                     'Please use `ObjectPrototypeToString(e) === "[object Error]" ' +
                     '|| e instanceof Error` instead.',
                     'DEP0048'),
  isFunction: deprecate(isFunction,
                        'The `util.isFunction` API is deprecated.  Please use `typeof arg === "function"` instead.',
                        'DEP0049'),
  isPrimitive: deprecate(isPrimitive,
                         'The `util.isPrimitive` API is deprecated. ' +
                         'Please use `arg === null || ' +
                         '(typeof arg !== "object" && typeof arg !== "function")` instead.',
                         'DEP0054'),
  promisify,
  stripVTControlCharacters,
  toUSVString,
  types,
  parseArgs,
};

// Web encoding classes come from the global object when the runtime has them.
ObjectDefineProperty(module.exports, 'TextDecoder', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    return globalThis.TextDecoder;
  },
  set(value) {
    ObjectDefineProperty(module.exports, 'TextDecoder', {
      __proto__: null, value, writable: true, enumerable: true, configurable: true,
    });
  },
});
ObjectDefineProperty(module.exports, 'TextEncoder', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    return globalThis.TextEncoder;
  },
  set(value) {
    ObjectDefineProperty(module.exports, 'TextEncoder', {
      __proto__: null, value, writable: true, enumerable: true, configurable: true,
    });
  },
});
