'use strict';

// util.inspect / util.format for the sandbox.
//
// The output is meant to be byte-for-byte identical to Node 22's
// `util.inspect()` for everything a program is likely to print. Node relies on
// a few V8 internals that plain ECMAScript cannot reach (promise state, proxy
// targets, iterator previews, the "real" constructor name of an object whose
// prototype chain was cut). The runtime should install native helpers with
// `require('internal/inspect').setHooks({ ... })`. (They may also be assigned
// as `inspect.__<name>` properties, but those would show up when user code
// prints `util.inspect`.)
//
//   getPromiseDetails(value)
//       -> undefined when `value` is not a promise, otherwise
//          { state: 'pending' | 'fulfilled' | 'rejected', result }
//   getProxyDetails(value)
//       -> undefined when `value` is not a proxy, otherwise
//          { target, handler } (target null for a revoked proxy)
//   previewEntries(value, isIterator)
//       -> [entries, isKeyValue] for Map/Set iterators and WeakMap/WeakSet
//          (v8::Object::PreviewEntries; key/value pairs are flattened as
//          [k1, v1, k2, v2, ...] when isKeyValue), undefined if unsupported.
//   getConstructorName(value)
//       -> v8::Object::GetConstructorName() string
//
// Without the helpers, fallbacks are used: a promise prints as
// `Promise { <pending> }`, a proxy looks like its target (a revoked proxy
// throws), iterators and weak collections print `<items unknown>`.

// ---------------------------------------------------------------------------
// Captured built-ins, so user code that patches prototypes cannot break or
// observe the formatter.

const uncurryThis = Function.prototype.bind.bind(Function.prototype.call);

const ReflectApply = Reflect.apply;
const ReflectOwnKeys = Reflect.ownKeys;
const ObjectKeys = Object.keys;
const ObjectIs = Object.is;
const ObjectGetPrototypeOf = Object.getPrototypeOf;
const ObjectSetPrototypeOf = Object.setPrototypeOf;
const ObjectGetOwnPropertyNames = Object.getOwnPropertyNames;
const ObjectGetOwnPropertySymbols = Object.getOwnPropertySymbols;
const ObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
const ObjectDefineProperty = Object.defineProperty;
const ObjectAssign = Object.assign;
const ObjectSeal = Object.seal;
const ObjectIsExtensible = Object.isExtensible;
const ObjectPrototypeHasOwnProperty = uncurryThis(Object.prototype.hasOwnProperty);
const ObjectPrototypePropertyIsEnumerable = uncurryThis(Object.prototype.propertyIsEnumerable);
const ObjectPrototypeToString = uncurryThis(Object.prototype.toString);
const ArrayIsArray = Array.isArray;
const ArrayPrototypePush = uncurryThis(Array.prototype.push);
const ArrayPrototypePop = uncurryThis(Array.prototype.pop);
const ArrayPrototypeSlice = uncurryThis(Array.prototype.slice);
const ArrayPrototypeSplice = uncurryThis(Array.prototype.splice);
const ArrayPrototypeSort = uncurryThis(Array.prototype.sort);
const ArrayPrototypeIndexOf = uncurryThis(Array.prototype.indexOf);
const ArrayPrototypeIncludes = uncurryThis(Array.prototype.includes);
const StringPrototypeSlice = uncurryThis(String.prototype.slice);
const StringPrototypeCharCodeAt = uncurryThis(String.prototype.charCodeAt);
const StringPrototypeCodePointAt = uncurryThis(String.prototype.codePointAt);
const StringPrototypeIncludes = uncurryThis(String.prototype.includes);
const StringPrototypeIndexOf = uncurryThis(String.prototype.indexOf);
const StringPrototypeStartsWith = uncurryThis(String.prototype.startsWith);
const StringPrototypeEndsWith = uncurryThis(String.prototype.endsWith);
const StringPrototypeRepeat = uncurryThis(String.prototype.repeat);
const StringPrototypePadStart = uncurryThis(String.prototype.padStart);
const StringPrototypePadEnd = uncurryThis(String.prototype.padEnd);
const StringPrototypeSplit = uncurryThis(String.prototype.split);
const StringPrototypeReplace = uncurryThis(String.prototype.replace);
const StringPrototypeReplaceAll = uncurryThis(String.prototype.replaceAll);
const StringPrototypeToLowerCase = uncurryThis(String.prototype.toLowerCase);
const StringPrototypeNormalize = uncurryThis(String.prototype.normalize);
const StringPrototypeValueOf = uncurryThis(String.prototype.valueOf);
const RegExpPrototypeExec = uncurryThis(RegExp.prototype.exec);
const RegExpPrototypeToString = uncurryThis(RegExp.prototype.toString);
const RegExpPrototypeSymbolReplace = uncurryThis(RegExp.prototype[Symbol.replace]);
const RegExpPrototypeSymbolSplit = uncurryThis(RegExp.prototype[Symbol.split]);
const NumberPrototypeToString = uncurryThis(Number.prototype.toString);
const NumberPrototypeValueOf = uncurryThis(Number.prototype.valueOf);
const BooleanPrototypeValueOf = uncurryThis(Boolean.prototype.valueOf);
const BigIntPrototypeValueOf = uncurryThis(BigInt.prototype.valueOf);
const SymbolPrototypeValueOf = uncurryThis(Symbol.prototype.valueOf);
const SymbolPrototypeToString = uncurryThis(Symbol.prototype.toString);
const DatePrototypeGetTime = uncurryThis(Date.prototype.getTime);
const DatePrototypeToISOString = uncurryThis(Date.prototype.toISOString);
const DatePrototypeToString = uncurryThis(Date.prototype.toString);
const ErrorPrototypeToString = uncurryThis(Error.prototype.toString);
const FunctionPrototypeToString = uncurryThis(Function.prototype.toString);
const FunctionPrototypeCall = uncurryThis(Function.prototype.call);
const FunctionPrototypeSymbolHasInstance = uncurryThis(Function.prototype[Symbol.hasInstance]);
const JSONStringify = JSON.stringify;
const MathFloor = Math.floor;
const MathMax = Math.max;
const MathMin = Math.min;
const MathRound = Math.round;
const MathSqrt = Math.sqrt;
const MathTrunc = Math.trunc;
const NumberIsNaN = Number.isNaN;
const NumberIsFinite = Number.isFinite;
const NumberParseInt = Number.parseInt;
const NumberParseFloat = Number.parseFloat;
const SafeMap = Map;
const SafeSet = Set;
const MapPrototypeGet = uncurryThis(Map.prototype.get);
const MapPrototypeSet = uncurryThis(Map.prototype.set);
const SetPrototypeHas = uncurryThis(Set.prototype.has);
const SetPrototypeAdd = uncurryThis(Set.prototype.add);
const MapPrototypeEntries = uncurryThis(Map.prototype.entries);
const SetPrototypeValues = uncurryThis(Set.prototype.values);
const SymbolIterator = Symbol.iterator;
const SymbolToStringTag = Symbol.toStringTag;
const SymbolToPrimitive = Symbol.toPrimitive;

function getterOf(proto, name) {
  return uncurryThis(ObjectGetOwnPropertyDescriptor(proto, name).get);
}

const TypedArrayPrototype = ObjectGetPrototypeOf(Uint8Array.prototype);
const TypedArray = ObjectGetPrototypeOf(Uint8Array);
const TypedArrayPrototypeGetSymbolToStringTag = getterOf(TypedArrayPrototype, SymbolToStringTag);
const TypedArrayPrototypeGetLength = getterOf(TypedArrayPrototype, 'length');
const MapPrototypeGetSize = getterOf(Map.prototype, 'size');
const SetPrototypeGetSize = getterOf(Set.prototype, 'size');
const ArrayBufferPrototypeGetByteLength = getterOf(ArrayBuffer.prototype, 'byteLength');
const SharedArrayBufferPrototypeGetByteLength = typeof SharedArrayBuffer === 'function' ?
  getterOf(SharedArrayBuffer.prototype, 'byteLength') : undefined;
const DataViewPrototypeGetBuffer = getterOf(DataView.prototype, 'buffer');
const RegExpPrototypeGetSource = getterOf(RegExp.prototype, 'source');
const WeakMapPrototypeHas = uncurryThis(WeakMap.prototype.has);
const WeakSetPrototypeHas = uncurryThis(WeakSet.prototype.has);
const ErrorIsError = typeof Error.isError === 'function' ? Error.isError : undefined;

const MapIteratorPrototype = ObjectGetPrototypeOf(new Map()[SymbolIterator]());
const SetIteratorPrototype = ObjectGetPrototypeOf(new Set()[SymbolIterator]());
// eslint-disable-next-line no-empty-function
const GeneratorPrototype = ObjectGetPrototypeOf(ObjectGetPrototypeOf((function* () {})()));

const typedArrayConstructors = {
  __proto__: null,
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array,
  Int32Array, Uint32Array, Float32Array, Float64Array, BigInt64Array,
  BigUint64Array,
};
if (typeof globalThis.Float16Array === 'function') {
  typedArrayConstructors.Float16Array = globalThis.Float16Array;
}

// ---------------------------------------------------------------------------
// Type checks that do not need V8 internals.

function isObjectLike(value) {
  return (typeof value === 'object' && value !== null) || typeof value === 'function';
}

function succeeds(fn, value) {
  try {
    fn(value);
    return true;
  } catch {
    return false;
  }
}

const weakProbeKey = {};

function isTypedArray(value) {
  return TypedArrayPrototypeGetSymbolToStringTag(value) !== undefined;
}
function typedArrayIs(name) {
  return (value) => TypedArrayPrototypeGetSymbolToStringTag(value) === name;
}
function isArrayBuffer(value) {
  return isObjectLike(value) && succeeds(ArrayBufferPrototypeGetByteLength, value);
}
function isSharedArrayBuffer(value) {
  return SharedArrayBufferPrototypeGetByteLength !== undefined && isObjectLike(value) &&
    succeeds(SharedArrayBufferPrototypeGetByteLength, value);
}
function isAnyArrayBuffer(value) {
  return isArrayBuffer(value) || isSharedArrayBuffer(value);
}
function isDataView(value) {
  return isObjectLike(value) && succeeds(DataViewPrototypeGetBuffer, value);
}
function isArrayBufferView(value) {
  return isTypedArray(value) || isDataView(value);
}
function isMap(value) {
  return isObjectLike(value) && succeeds(MapPrototypeGetSize, value);
}
function isSet(value) {
  return isObjectLike(value) && succeeds(SetPrototypeGetSize, value);
}
function isWeakMap(value) {
  return isObjectLike(value) && succeeds((v) => WeakMapPrototypeHas(v, weakProbeKey), value);
}
function isWeakSet(value) {
  return isObjectLike(value) && succeeds((v) => WeakSetPrototypeHas(v, weakProbeKey), value);
}
function isDate(value) {
  return isObjectLike(value) && succeeds(DatePrototypeGetTime, value);
}
function isRegExp(value) {
  return isObjectLike(value) && value !== RegExp.prototype &&
    succeeds(RegExpPrototypeGetSource, value);
}
function isNumberObject(value) {
  return typeof value === 'object' && value !== null && succeeds(NumberPrototypeValueOf, value);
}
function isStringObject(value) {
  return typeof value === 'object' && value !== null && succeeds(StringPrototypeValueOf, value);
}
function isBooleanObject(value) {
  return typeof value === 'object' && value !== null && succeeds(BooleanPrototypeValueOf, value);
}
function isBigIntObject(value) {
  return typeof value === 'object' && value !== null && succeeds(BigIntPrototypeValueOf, value);
}
function isSymbolObject(value) {
  return typeof value === 'object' && value !== null && succeeds(SymbolPrototypeValueOf, value);
}
function isBoxedPrimitive(value) {
  return isNumberObject(value) || isStringObject(value) || isBooleanObject(value) ||
    isBigIntObject(value) || isSymbolObject(value);
}
function protoChainIncludes(value, proto) {
  try {
    let p = ObjectGetPrototypeOf(value);
    while (p !== null) {
      if (p === proto) return true;
      p = ObjectGetPrototypeOf(p);
    }
  } catch {
    // Proxy traps may throw.
  }
  return false;
}
function isPromise(value) {
  if (!isObjectLike(value)) return false;
  const hook = getHook('getPromiseDetails');
  if (hook !== undefined) return hook(value) !== undefined;
  return FunctionPrototypeSymbolHasInstance(Promise, value);
}
function isProxy(value) {
  if (!isObjectLike(value)) return false;
  const hook = getHook('getProxyDetails');
  return hook !== undefined && hook(value) !== undefined;
}
function isMapIterator(value) {
  return typeof value === 'object' && value !== null &&
    protoChainIncludes(value, MapIteratorPrototype);
}
function isSetIterator(value) {
  return typeof value === 'object' && value !== null &&
    protoChainIncludes(value, SetIteratorPrototype);
}
function isGeneratorObject(value) {
  return typeof value === 'object' && value !== null &&
    protoChainIncludes(value, GeneratorPrototype);
}
function isArgumentsObject(value) {
  if (typeof value !== 'object' || value === null) return false;
  if (ObjectPrototypeToString(value) !== '[object Arguments]') return false;
  // Reject objects that merely claim to be arguments through @@toStringTag.
  const tag = value[SymbolToStringTag];
  return typeof tag !== 'string';
}
function isModuleNamespaceObject(value) {
  if (typeof value !== 'object' || value === null) return false;
  try {
    if (ObjectGetPrototypeOf(value) !== null || ObjectIsExtensible(value)) return false;
    const desc = ObjectGetOwnPropertyDescriptor(value, SymbolToStringTag);
    return desc !== undefined && desc.value === 'Module' && desc.writable === false &&
      desc.enumerable === false && desc.configurable === false;
  } catch {
    return false;
  }
}
function isNativeError(value) {
  if (ErrorIsError !== undefined) return ErrorIsError(value);
  if (typeof value !== 'object' || value === null) return false;
  try {
    if (ObjectPrototypeToString(value) !== '[object Error]') return false;
    const desc = ObjectGetOwnPropertyDescriptor(value, SymbolToStringTag);
    return desc === undefined;
  } catch {
    return false;
  }
}
function isError(value) {
  return isNativeError(value) || FunctionPrototypeSymbolHasInstance(Error, value);
}

// Determine what kind of function `fn` is from its source text. The source
// text always reflects the function kind (it cannot be spoofed the way the
// prototype chain can).
const kAsync = 1;
const kGenerator = 2;
const functionKindCache = new WeakMap();
const WeakMapPrototypeGet = uncurryThis(WeakMap.prototype.get);
const WeakMapPrototypeSet = uncurryThis(WeakMap.prototype.set);
const asyncPrefixRegExp = /^async(?=[\s/])(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*/;
const functionKeywordRegExp = /^function(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*(\*)?/;
function functionKind(fn) {
  if (typeof fn !== 'function') return 0;
  const cached = WeakMapPrototypeGet(functionKindCache, fn);
  if (cached !== undefined) return cached;
  let kind = 0;
  let src;
  try {
    src = FunctionPrototypeToString(fn);
  } catch {
    src = '';
  }
  if (!StringPrototypeEndsWith(src, '{ [native code] }')) {
    const asyncMatch = RegExpPrototypeExec(asyncPrefixRegExp, src);
    if (asyncMatch !== null) {
      const rest = StringPrototypeSlice(src, asyncMatch[0].length);
      // `async => x` is an arrow function with a parameter named `async`.
      if (!StringPrototypeStartsWith(rest, '=>')) {
        kind |= kAsync;
        src = rest;
      }
    }
    if (src[0] === '*') {
      kind |= kGenerator;
    } else {
      const fnMatch = RegExpPrototypeExec(functionKeywordRegExp, src);
      if (fnMatch !== null && fnMatch[1] === '*') kind |= kGenerator;
    }
  }
  WeakMapPrototypeSet(functionKindCache, fn, kind);
  return kind;
}
function isAsyncFunction(value) {
  return (functionKind(value) & kAsync) !== 0;
}
function isGeneratorFunction(value) {
  return (functionKind(value) & kGenerator) !== 0;
}

function isBuffer(value) {
  try {
    return TypedArrayPrototypeGetSymbolToStringTag(value) === 'Uint8Array' &&
      typeof value.constructor === 'function' && value.constructor.name === 'Buffer';
  } catch {
    return false;
  }
}

// Node's brand checks come from C++ and have empty names.
function anonymous(fn) {
  ObjectDefineProperty(fn, 'name', { __proto__: null, value: '', configurable: true });
  return fn;
}
function namedTypedArrayCheck(name) {
  const fn = typedArrayIs(name);
  ObjectDefineProperty(fn, 'name', { __proto__: null, value: `is${name}`, configurable: true });
  return fn;
}

const types = {
  isArgumentsObject: anonymous((v) => isArgumentsObject(v)),
  isArrayBuffer: anonymous((v) => isArrayBuffer(v)),
  isAsyncFunction: anonymous((v) => isAsyncFunction(v)),
  isBigIntObject: anonymous((v) => isBigIntObject(v)),
  isBooleanObject: anonymous((v) => isBooleanObject(v)),
  isDataView: anonymous((v) => isDataView(v)),
  isDate: anonymous((v) => isDate(v)),
  isExternal: anonymous((v) => false), // eslint-disable-line no-unused-vars
  isGeneratorFunction: anonymous((v) => isGeneratorFunction(v)),
  isGeneratorObject: anonymous((v) => isGeneratorObject(v)),
  isMap: anonymous((v) => isMap(v)),
  isMapIterator: anonymous((v) => isMapIterator(v)),
  isModuleNamespaceObject: anonymous((v) => isModuleNamespaceObject(v)),
  isNativeError: anonymous((v) => isNativeError(v)),
  isNumberObject: anonymous((v) => isNumberObject(v)),
  isPromise: anonymous((v) => isPromise(v)),
  isProxy: anonymous((v) => isProxy(v)),
  isRegExp: anonymous((v) => isRegExp(v)),
  isSet: anonymous((v) => isSet(v)),
  isSetIterator: anonymous((v) => isSetIterator(v)),
  isSharedArrayBuffer: anonymous((v) => isSharedArrayBuffer(v)),
  isStringObject: anonymous((v) => isStringObject(v)),
  isSymbolObject: anonymous((v) => isSymbolObject(v)),
  isWeakMap: anonymous((v) => isWeakMap(v)),
  isWeakSet: anonymous((v) => isWeakSet(v)),
  isAnyArrayBuffer: anonymous((v) => isAnyArrayBuffer(v)),
  isBoxedPrimitive: anonymous((v) => isBoxedPrimitive(v)),
  isArrayBufferView: ArrayBuffer.isView,
  isTypedArray,
  isUint8Array: namedTypedArrayCheck('Uint8Array'),
  isUint8ClampedArray: namedTypedArrayCheck('Uint8ClampedArray'),
  isUint16Array: namedTypedArrayCheck('Uint16Array'),
  isUint32Array: namedTypedArrayCheck('Uint32Array'),
  isInt8Array: namedTypedArrayCheck('Int8Array'),
  isInt16Array: namedTypedArrayCheck('Int16Array'),
  isInt32Array: namedTypedArrayCheck('Int32Array'),
  isFloat16Array: namedTypedArrayCheck('Float16Array'),
  isFloat32Array: namedTypedArrayCheck('Float32Array'),
  isFloat64Array: namedTypedArrayCheck('Float64Array'),
  isBigInt64Array: namedTypedArrayCheck('BigInt64Array'),
  isBigUint64Array: namedTypedArrayCheck('BigUint64Array'),
};

// ---------------------------------------------------------------------------
// Native helper access with fallbacks.

const hooks = {
  __proto__: null,
  getPromiseDetails: undefined,
  getProxyDetails: undefined,
  previewEntries: undefined,
  getConstructorName: undefined,
};

function setHooks(newHooks) {
  const names = ObjectKeys(hooks);
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    if (newHooks !== null && typeof newHooks === 'object' &&
        ObjectPrototypeHasOwnProperty(newHooks, name)) {
      hooks[name] = newHooks[name];
    }
  }
}

function getHook(name) {
  const fn = hooks[name];
  if (typeof fn === 'function') return fn;
  const legacy = inspect[`__${name}`];
  return typeof legacy === 'function' ? legacy : undefined;
}

function getProxyDetails(value) {
  const hook = getHook('getProxyDetails');
  if (hook === undefined) return undefined;
  return hook(value);
}

function getPromiseDetails(value) {
  const hook = getHook('getPromiseDetails');
  if (hook === undefined) return undefined;
  return hook(value);
}

function previewEntries(value, isIterator) {
  const hook = getHook('previewEntries');
  if (hook === undefined) return undefined;
  return hook(value, isIterator);
}

function fallbackConstructorName(value) {
  if (ArrayIsArray(value)) return 'Array';
  if (typeof value === 'function') return 'Function';
  const tag = TypedArrayPrototypeGetSymbolToStringTag(value);
  if (tag !== undefined) return tag;
  if (isMap(value)) return 'Map';
  if (isSet(value)) return 'Set';
  if (isWeakMap(value)) return 'WeakMap';
  if (isWeakSet(value)) return 'WeakSet';
  if (isDate(value)) return 'Date';
  if (isRegExp(value)) return 'RegExp';
  if (isArrayBuffer(value)) return 'ArrayBuffer';
  if (isSharedArrayBuffer(value)) return 'SharedArrayBuffer';
  if (isDataView(value)) return 'DataView';
  if (isNumberObject(value)) return 'Number';
  if (isStringObject(value)) return 'String';
  if (isBooleanObject(value)) return 'Boolean';
  if (isBigIntObject(value)) return 'BigInt';
  if (isSymbolObject(value)) return 'Symbol';
  if (isNativeError(value)) return 'Error';
  return 'Object';
}

function internalGetConstructorName(value) {
  const hook = getHook('getConstructorName');
  if (hook !== undefined) {
    const name = hook(value);
    if (typeof name === 'string') return name;
  }
  return fallbackConstructorName(value);
}

// ---------------------------------------------------------------------------
// Options and constants.

// Node treats constructors with these names as "built in" (their prototype
// properties are not listed with showHidden, `%s` does not call their
// `toString`). In Node 22 this is the set of capitalised globals that exist
// when its inspect module loads: the ECMAScript ones, without the web APIs
// installed later. A fixed list keeps the output independent of the sandbox's
// global object.
const builtInObjects = new SafeSet(StringPrototypeSplit(
  'Object Function Array Number Infinity NaN Boolean String Symbol Date Promise RegExp ' +
  'Error AggregateError EvalError RangeError ReferenceError SyntaxError TypeError URIError ' +
  'JSON Math Intl ArrayBuffer Atomics Uint8Array Int8Array Uint16Array Int16Array ' +
  'Uint32Array Int32Array Float32Array Float64Array Uint8ClampedArray BigUint64Array ' +
  'BigInt64Array DataView Map BigInt Set WeakMap WeakSet Proxy Reflect ' +
  'FinalizationRegistry WeakRef',
  ' '));
function isBuiltInName(name) {
  return SetPrototypeHas(builtInObjects, name);
}

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

const inspectDefaultOptions = ObjectSeal({
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
});

const kObjectType = 0;
const kArrayType = 1;
const kArrayExtrasType = 2;

const kMinLineLength = 16;

const kWeak = 0;
const kIterator = 1;
const kMapEntries = 2;

/* eslint-disable no-control-regex */
// Characters that must be escaped inside a quoted string: C0 and C1 controls,
// the backslash, lone surrogates and (unless another quote is used) `'`.
const escapeTestQuote =
  /[\x00-\x1f\x27\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const escapeAllQuote =
  /[\x00-\x1f\x27\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const escapeTestNoQuote =
  /[\x00-\x1f\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const escapeAllNoQuote =
  /[\x00-\x1f\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/* eslint-enable no-control-regex */

const identifierKeyRegExp = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
const indexKeyRegExp = /^(0|[1-9][0-9]*)$/;
const classBodyRegExp = /^(\s+[^(]*?)\s*{/;
// eslint-disable-next-line node-core/no-unescaped-regexp-dot
const commentsRegExp = /(\/\/.*?\n)|(\/\*(.|\n)*?\*\/)/g;

// Escape sequence for each code unit below 0xa0 that needs one.
const escapeTable = [];
for (let i = 0; i < 0xa0; i++) {
  let s = '';
  if (i < 0x20 || (i >= 0x7f && i < 0xa0)) {
    s = `\\x${StringPrototypePadStart(NumberPrototypeToString(i, 16).toUpperCase(), 2, '0')}`;
  }
  escapeTable[i] = s;
}
escapeTable[8] = '\\b';
escapeTable[9] = '\\t';
escapeTable[10] = '\\n';
escapeTable[12] = '\\f';
escapeTable[13] = '\\r';
escapeTable[0x27] = "\\'";
escapeTable[0x5c] = '\\\\';

// ANSI escape sequences (same pattern as chalk/ansi-regex, used by Node).
const ansiRegExp = new RegExp(
  '[\\u001B\\u009B][[\\]()#;?]*' +
  '(?:(?:(?:(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]+)*' +
  '|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]*)*)?' +
  '(?:\\u0007|\\u001B\\u005C|\\u009C))' +
  '|(?:(?:\\d{1,4}(?:;\\d{0,4})*)?' +
  '[\\dA-PR-TZcf-nq-uy=><~]))', 'g');

const colorRegExp = /\u001b\[\d\d?m/g; // eslint-disable-line no-control-regex

function removeColors(str) {
  return StringPrototypeReplace(str, colorRegExp, '');
}

function joinOutput(output, separator) {
  let str = '';
  if (output.length !== 0) {
    const last = output.length - 1;
    for (let i = 0; i < last; i++) {
      str += output[i];
      str += separator;
    }
    str += output[last];
  }
  return str;
}

// ---------------------------------------------------------------------------
// Column width of strings (mirrors Node's ICU based implementation).

// Code point ranges ICU reports as two columns wide (East Asian Wide /
// Fullwidth, plus emoji presentation characters), as start-end hex pairs.
const wideRangesSource =
  '1100-115f,231a-231b,23e9-23ec,23f0,23f3,25fd-25fe,2614-2615,2630-2637,2648-2653,267f,' +
  '268a-268f,2693,26a1,26aa-26ab,26bd-26be,26c4-26c5,26ce,26d4,26ea,26f2-26f3,26f5,26fa,' +
  '26fd,2705,270a-270b,2728,274c,274e,2753-2755,2757,2795-2797,27b0,27bf,2b1b-2b1c,2b50,' +
  '2b55,2e80-2e99,2e9b-2ef3,2f00-2fd5,2ff0-303e,3041-3096,3099-30ff,3105-312f,3131-318e,' +
  '3190-31e5,31ef-321e,3220-3247,3250-a48c,a490-a4c6,a960-a97c,ac00-d7a3,fa0e-faff,' +
  'fe10-fe19,fe30-fe52,fe54-fe66,fe68-fe6b,ff01-ff60,ffe0-ffe6,16fe0-16fe4,16ff0-16ff6,' +
  '17000-18cd5,18cff-18d1e,18d80-18df2,1aff0-1aff3,1aff5-1affb,1affd-1affe,1b000-1b122,' +
  '1b132,1b150-1b152,1b155,1b164-1b167,1b170-1b2fb,1d300-1d356,1d360-1d376,1f004,1f0cf,' +
  '1f18e,1f191-1f19a,1f1e6-1f202,1f210-1f23b,1f240-1f248,1f250-1f251,1f260-1f265,' +
  '1f300-1f320,1f32d-1f335,1f337-1f37c,1f37e-1f393,1f3a0-1f3ca,1f3cf-1f3d3,1f3e0-1f3f0,' +
  '1f3f4,1f3f8-1f43e,1f440,1f442-1f4fc,1f4ff-1f53d,1f54b-1f54e,1f550-1f567,1f57a,' +
  '1f595-1f596,1f5a4,1f5fb-1f64f,1f680-1f6c5,1f6cc,1f6d0-1f6d2,1f6d5-1f6d8,1f6dc-1f6df,' +
  '1f6eb-1f6ec,1f6f4-1f6fc,1f7e0-1f7eb,1f7f0,1f90c-1f93a,1f93c-1f945,1f947-1f9ff,' +
  '1fa70-1fa7c,1fa80-1fa8a,1fa8e-1fac6,1fac8,1facd-1fadc,1fadf-1faea,1faef-1faf8,' +
  '20000-2fffd,30000-3fffd';
const wideRanges = [];
{
  const parts = StringPrototypeSplit(wideRangesSource, ',');
  for (let i = 0; i < parts.length; i++) {
    const pair = StringPrototypeSplit(parts[i], '-');
    const start = NumberParseInt(pair[0], 16);
    ArrayPrototypePush(wideRanges, start,
                       pair.length > 1 ? NumberParseInt(pair[1], 16) : start);
  }
}

function isWideCodePoint(code) {
  if (code < 0x1100) return false;
  let lo = 0;
  let hi = wideRanges.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (code < wideRanges[mid * 2]) {
      hi = mid - 1;
    } else if (code > wideRanges[mid * 2 + 1]) {
      lo = mid + 1;
    } else {
      return true;
    }
  }
  return false;
}

const zeroWidthRegExp = /^[\p{Cc}\p{Cf}\p{Me}\p{Mn}\p{Emoji_Modifier}]$/u;

function codePointWidth(code, char) {
  if (isWideCodePoint(code)) return 2;
  if (code !== 0xad && RegExpPrototypeExec(zeroWidthRegExp, char) !== null) return 0;
  return 1;
}

function getStringWidth(str, removeControlChars = true) {
  let width = 0;
  if (removeControlChars) str = RegExpPrototypeSymbolReplace(ansiRegExp, str, '');
  for (let i = 0; i < str.length; i++) {
    const code = StringPrototypeCharCodeAt(str, i);
    if (code >= 127) {
      const rest = StringPrototypeNormalize(StringPrototypeSlice(str, i), 'NFC');
      for (let j = 0; j < rest.length; j++) {
        const cp = StringPrototypeCodePointAt(rest, j);
        const len = cp > 0xffff ? 2 : 1;
        width += codePointWidth(cp, StringPrototypeSlice(rest, j, j + len));
        j += len - 1;
      }
      break;
    }
    width += code >= 32 ? 1 : 0;
  }
  return width;
}

function isZeroWidthCodePoint(code) {
  return code <= 0x1F ||
    (code >= 0x7F && code <= 0x9F) ||
    (code >= 0x300 && code <= 0x36F) ||
    (code >= 0x200B && code <= 0x200F) ||
    (code >= 0x20D0 && code <= 0x20FF) ||
    (code >= 0xFE00 && code <= 0xFE0F) ||
    (code >= 0xFE20 && code <= 0xFE2F) ||
    (code >= 0xE0100 && code <= 0xE01EF);
}

function stripVTControlCharacters(str) {
  if (typeof str !== 'string') {
    throwInvalidArgType('str', 'string', str);
  }
  return RegExpPrototypeSymbolReplace(ansiRegExp, str, '');
}

// ---------------------------------------------------------------------------
// Errors thrown for invalid arguments.
//
// The bridge's `internal/errors` provides Node's error classes. Should it be
// missing, an equivalent error (same class, code and message) is built here.

function formatList(array, type) {
  switch (array.length) {
    case 0: return '';
    case 1: return `${array[0]}`;
    case 2: return `${array[0]} ${type} ${array[1]}`;
    case 3: return `${array[0]}, ${array[1]}, ${type} ${array[2]}`;
    default:
      return `${joinOutput(ArrayPrototypeSlice(array, 0, -1), ', ')}, ${type} ${array[array.length - 1]}`;
  }
}

function describeReceived(value) {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  switch (typeof value) {
    case 'bigint':
      return `type bigint (${value}n)`;
    case 'number':
      if (value === 0) return 1 / value === -Infinity ? 'type number (-0)' : 'type number (0)';
      return `type number (${value})`;
    case 'boolean':
      return `type boolean (${value})`;
    case 'symbol':
      return `type symbol (${SymbolPrototypeToString(value)})`;
    case 'function':
      return `function ${value.name}`;
    case 'object':
      if (value.constructor && 'name' in value.constructor) {
        return `an instance of ${value.constructor.name}`;
      }
      return `${inspect(value, { depth: -1 })}`;
    case 'string':
      if (value.length > 28) value = `${StringPrototypeSlice(value, 0, 25)}...`;
      if (StringPrototypeIndexOf(value, "'") === -1) return `type string ('${value}')`;
      return `type string (${JSONStringify(value)})`;
    default:
      return `${value}`;
  }
}

const kPrimitiveTypeNames = ['string', 'function', 'number', 'object', 'Function', 'Object',
                             'boolean', 'bigint', 'symbol'];
const classNameRegExp = /^([A-Z][a-z0-9]*)+$/;

function invalidArgTypeMessage(name, expected, actual) {
  if (!ArrayIsArray(expected)) expected = [expected];
  let msg = 'The ';
  if (StringPrototypeEndsWith(name, ' argument')) {
    msg += `${name} `;
  } else {
    msg += `"${name}" ${StringPrototypeIncludes(name, '.') ? 'property' : 'argument'} `;
  }
  msg += 'must be ';
  const typeNames = [];
  const instances = [];
  const other = [];
  for (let i = 0; i < expected.length; i++) {
    const value = expected[i];
    if (ArrayPrototypeIncludes(kPrimitiveTypeNames, value)) {
      ArrayPrototypePush(typeNames, StringPrototypeToLowerCase(value));
    } else if (RegExpPrototypeExec(classNameRegExp, value) !== null) {
      ArrayPrototypePush(instances, value);
    } else {
      ArrayPrototypePush(other, value);
    }
  }
  if (instances.length > 0) {
    const pos = ArrayPrototypeIndexOf(typeNames, 'object');
    if (pos !== -1) {
      ArrayPrototypeSplice(typeNames, pos, 1);
      ArrayPrototypePush(instances, 'Object');
    }
  }
  if (typeNames.length > 0) {
    msg += `${typeNames.length > 1 ? 'one of type' : 'of type'} ${formatList(typeNames, 'or')}`;
    if (instances.length > 0 || other.length > 0) msg += ' or ';
  }
  if (instances.length > 0) {
    msg += `an instance of ${formatList(instances, 'or')}`;
    if (other.length > 0) msg += ' or ';
  }
  if (other.length > 0) {
    if (other.length > 1) {
      msg += `one of ${formatList(other, 'or')}`;
    } else {
      if (StringPrototypeToLowerCase(other[0]) !== other[0]) msg += 'an ';
      msg += `${other[0]}`;
    }
  }
  return `${msg}. Received ${describeReceived(actual)}`;
}

const fallbackErrors = {
  __proto__: null,
  ERR_INVALID_ARG_TYPE: [TypeError, invalidArgTypeMessage],
  ERR_INVALID_ARG_VALUE: [TypeError, (name, value, reason = 'is invalid') => {
    let inspected = inspect(value);
    if (inspected.length > 128) inspected = `${StringPrototypeSlice(inspected, 0, 128)}...`;
    const type = StringPrototypeIncludes(name, '.') ? 'property' : 'argument';
    return `The ${type} '${name}' ${reason}. Received ${inspected}`;
  }],
  ERR_OUT_OF_RANGE: [RangeError, (str, range, input, replaceDefaultBoolean = false) => {
    let msg = replaceDefaultBoolean ? str : `The value of "${str}" is out of range.`;
    let received;
    if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) {
      received = addNumericSeparator(`${input}`);
    } else if (typeof input === 'bigint') {
      received = `${input}`;
      if (input > 2n ** 32n || input < -(2n ** 32n)) received = addNumericSeparator(received);
      received += 'n';
    } else {
      received = inspect(input);
    }
    msg += ` It must be ${range}. Received ${received}`;
    return msg;
  }],
  ERR_FALSY_VALUE_REJECTION: [Error, function(reason) {
    this.reason = reason;
    return 'Promise was rejected with falsy value';
  }],
  ERR_CONSOLE_WRITABLE_STREAM: [TypeError,
    (name) => `Console expects a writable stream instance for ${name}`],
  ERR_INCOMPATIBLE_OPTION_PAIR: [TypeError,
    (a, b) => `Option "${a}" cannot be used in combination with option "${b}"`],
  ERR_PARSE_ARGS_INVALID_OPTION_VALUE: [TypeError, (msg) => `${msg}`],
  ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL: [TypeError, (arg) =>
    `Unexpected argument '${arg}'. This command does not take positional arguments`],
  ERR_PARSE_ARGS_UNKNOWN_OPTION: [TypeError, (option, allowPositionals) => {
    const suggestDashDash = allowPositionals ? '. To specify a positional ' +
      "argument starting with a '-', place it at the end of the command after " +
      `'--', as in '-- ${JSONStringify(option)}` : '';
    return `Unknown option '${option}'${suggestDashDash}`;
  }],
};

// new codes[code](...args), with the arguments in Node's order.
function nodeError(code, ...args) {
  let codes;
  try {
    codes = require('internal/errors').codes;
  } catch {
    codes = undefined;
  }
  if (codes !== undefined && codes !== null && typeof codes[code] === 'function') {
    return new codes[code](...args);
  }
  const spec = fallbackErrors[code];
  const Base = spec === undefined ? Error : spec[0];
  const err = new Base();
  ObjectDefineProperty(err, 'code', {
    __proto__: null, value: code, writable: true, enumerable: true, configurable: true,
  });
  const message = spec === undefined ? code : ReflectApply(spec[1], err, args);
  ObjectDefineProperty(err, 'message', {
    __proto__: null, value: message, writable: true, enumerable: false, configurable: true,
  });
  try {
    const stack = err.stack;
    if (typeof stack === 'string') {
      const nl = StringPrototypeIndexOf(stack, '\n');
      err.stack = `${Base.name} [${code}]: ${message}` +
        (nl === -1 ? '' : StringPrototypeSlice(stack, nl));
    }
  } catch {
    // Ignore.
  }
  return err;
}

function throwInvalidArgType(name, expected, actual) {
  throw nodeError('ERR_INVALID_ARG_TYPE', name, expected, actual);
}

function validateObjectArg(value, name, allowArray) {
  if (value === null || typeof value !== 'object' || (!allowArray && ArrayIsArray(value))) {
    throwInvalidArgType(name, 'object', value);
  }
}

// ---------------------------------------------------------------------------
// inspect()

function inspect(value, opts) {
  const ctx = {
    budget: {},
    indentationLvl: 0,
    seen: [],
    currentDepth: 0,
    stylize: stylizeNoColor,
    showHidden: inspectDefaultOptions.showHidden,
    depth: inspectDefaultOptions.depth,
    colors: inspectDefaultOptions.colors,
    customInspect: inspectDefaultOptions.customInspect,
    showProxy: inspectDefaultOptions.showProxy,
    maxArrayLength: inspectDefaultOptions.maxArrayLength,
    maxStringLength: inspectDefaultOptions.maxStringLength,
    breakLength: inspectDefaultOptions.breakLength,
    compact: inspectDefaultOptions.compact,
    sorted: inspectDefaultOptions.sorted,
    getters: inspectDefaultOptions.getters,
    numericSeparator: inspectDefaultOptions.numericSeparator,
  };
  const argc = arguments.length;
  if (argc > 1) {
    // Legacy signature: inspect(value, showHidden, depth, colors).
    if (argc > 2) {
      if (arguments[2] !== undefined) ctx.depth = arguments[2];
      if (argc > 3 && arguments[3] !== undefined) ctx.colors = arguments[3];
    }
    if (typeof opts === 'boolean') {
      ctx.showHidden = opts;
    } else if (opts) {
      const keys = ObjectKeys(opts);
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        if (ObjectPrototypeHasOwnProperty(inspectDefaultOptions, key) || key === 'stylize') {
          ctx[key] = opts[key];
        } else if (ctx.userOptions === undefined) {
          // Pass unknown options on to custom inspect functions.
          ctx.userOptions = opts;
        }
      }
    }
  }
  if (ctx.colors) ctx.stylize = stylizeWithColor;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  return formatValue(ctx, value, 0);
}
inspect.custom = customInspectSymbol;

ObjectDefineProperty(inspect, 'defaultOptions', {
  __proto__: null,
  get() {
    return inspectDefaultOptions;
  },
  set(options) {
    validateObjectArg(options, 'options', false);
    return ObjectAssign(inspectDefaultOptions, options);
  },
});

const defaultFG = 39;
const defaultBG = 49;
inspect.colors = {
  __proto__: null,
  reset: [0, 0],
  bold: [1, 22],
  dim: [2, 22],
  italic: [3, 23],
  underline: [4, 24],
  blink: [5, 25],
  inverse: [7, 27],
  hidden: [8, 28],
  strikethrough: [9, 29],
  doubleunderline: [21, 24],
  black: [30, defaultFG],
  red: [31, defaultFG],
  green: [32, defaultFG],
  yellow: [33, defaultFG],
  blue: [34, defaultFG],
  magenta: [35, defaultFG],
  cyan: [36, defaultFG],
  white: [37, defaultFG],
  bgBlack: [40, defaultBG],
  bgRed: [41, defaultBG],
  bgGreen: [42, defaultBG],
  bgYellow: [43, defaultBG],
  bgBlue: [44, defaultBG],
  bgMagenta: [45, defaultBG],
  bgCyan: [46, defaultBG],
  bgWhite: [47, defaultBG],
  framed: [51, 54],
  overlined: [53, 55],
  gray: [90, defaultFG],
  redBright: [91, defaultFG],
  greenBright: [92, defaultFG],
  yellowBright: [93, defaultFG],
  blueBright: [94, defaultFG],
  magentaBright: [95, defaultFG],
  cyanBright: [96, defaultFG],
  whiteBright: [97, defaultFG],
  bgGray: [100, defaultBG],
  bgRedBright: [101, defaultBG],
  bgGreenBright: [102, defaultBG],
  bgYellowBright: [103, defaultBG],
  bgBlueBright: [104, defaultBG],
  bgMagentaBright: [105, defaultBG],
  bgCyanBright: [106, defaultBG],
  bgWhiteBright: [107, defaultBG],
};

function defineColorAlias(target, alias) {
  ObjectDefineProperty(inspect.colors, alias, {
    __proto__: null,
    get() {
      return this[target];
    },
    set(value) {
      this[target] = value;
    },
    configurable: true,
    enumerable: false,
  });
}

defineColorAlias('gray', 'grey');
defineColorAlias('gray', 'blackBright');
defineColorAlias('bgGray', 'bgGrey');
defineColorAlias('bgGray', 'bgBlackBright');
defineColorAlias('dim', 'faint');
defineColorAlias('strikethrough', 'crossedout');
defineColorAlias('strikethrough', 'strikeThrough');
defineColorAlias('strikethrough', 'crossedOut');
defineColorAlias('hidden', 'conceal');
defineColorAlias('inverse', 'swapColors');
defineColorAlias('inverse', 'swapcolors');
defineColorAlias('doubleunderline', 'doubleUnderline');

inspect.styles = ObjectAssign({ __proto__: null }, {
  special: 'cyan',
  number: 'yellow',
  bigint: 'yellow',
  boolean: 'yellow',
  undefined: 'grey',
  null: 'bold',
  string: 'green',
  symbol: 'green',
  date: 'magenta',
  regexp: 'red',
  module: 'underline',
});

function stylizeWithColor(str, styleType) {
  const style = inspect.styles[styleType];
  if (style !== undefined) {
    const color = inspect.colors[style];
    if (color !== undefined) {
      return `\u001b[${color[0]}m${str}\u001b[${color[1]}m`;
    }
  }
  return str;
}

function stylizeNoColor(str) {
  return str;
}

// The options object handed to user `[inspect.custom]` functions.
function getUserOptions(ctx, isCrossContext) {
  const ret = {
    stylize: ctx.stylize,
    showHidden: ctx.showHidden,
    depth: ctx.depth,
    colors: ctx.colors,
    customInspect: ctx.customInspect,
    showProxy: ctx.showProxy,
    maxArrayLength: ctx.maxArrayLength,
    maxStringLength: ctx.maxStringLength,
    breakLength: ctx.breakLength,
    compact: ctx.compact,
    sorted: ctx.sorted,
    getters: ctx.getters,
    numericSeparator: ctx.numericSeparator,
    ...ctx.userOptions,
  };
  if (isCrossContext) {
    // Objects not inheriting from this realm's Object get a prototype-less
    // options object containing primitives only, plus a guarded stylize().
    ObjectSetPrototypeOf(ret, null);
    const keys = ObjectKeys(ret);
    for (let i = 0; i < keys.length; i++) {
      const v = ret[keys[i]];
      if ((typeof v === 'object' || typeof v === 'function') && v !== null) {
        delete ret[keys[i]];
      }
    }
    ret.stylize = ObjectSetPrototypeOf((value, flavour) => {
      let stylized;
      try {
        stylized = `${ctx.stylize(value, flavour)}`;
      } catch {
        // Ignore.
      }
      if (typeof stylized !== 'string') return value;
      return stylized;
    }, null);
  }
  return ret;
}

// ---------------------------------------------------------------------------
// Strings and numbers.

function quote(str, kind) {
  if (kind === -1) return `"${str}"`;
  if (kind === -2) return `\`${str}\``;
  return `'${str}'`;
}

function escapeChar(ch) {
  const code = StringPrototypeCharCodeAt(ch, 0);
  return code < escapeTable.length ? escapeTable[code] : `\\u${NumberPrototypeToString(code, 16)}`;
}

function strEscape(str) {
  let test = escapeTestQuote;
  let replacer = escapeAllQuote;
  let quoteKind = 39; // single quote

  // Prefer single quotes. If the text contains one, switch to double quotes,
  // or to backticks when it contains double quotes too (and nothing that
  // would look like a template substitution).
  if (StringPrototypeIncludes(str, "'")) {
    if (!StringPrototypeIncludes(str, '"')) {
      quoteKind = -1;
    } else if (!StringPrototypeIncludes(str, '`') && !StringPrototypeIncludes(str, '${')) {
      quoteKind = -2;
    }
    if (quoteKind !== 39) {
      test = escapeTestNoQuote;
      replacer = escapeAllNoQuote;
    }
  }

  if (str.length < 5000 && RegExpPrototypeExec(test, str) === null) {
    return quote(str, quoteKind);
  }
  if (str.length > 100) {
    return quote(RegExpPrototypeSymbolReplace(replacer, str, escapeChar), quoteKind);
  }

  let result = '';
  let last = 0;
  for (let i = 0; i < str.length; i++) {
    const code = StringPrototypeCharCodeAt(str, i);
    if (code === quoteKind || code === 92 || code < 32 || (code > 126 && code < 160)) {
      result += StringPrototypeSlice(str, last, i) + escapeTable[code];
      last = i + 1;
    } else if (code >= 0xd800 && code <= 0xdfff) {
      if (code <= 0xdbff && i + 1 < str.length) {
        const next = StringPrototypeCharCodeAt(str, i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          i++;
          continue;
        }
      }
      result += `${StringPrototypeSlice(str, last, i)}\\u${NumberPrototypeToString(code, 16)}`;
      last = i + 1;
    }
  }
  if (last !== str.length) {
    result += StringPrototypeSlice(str, last);
  }
  return quote(result, quoteKind);
}

function addNumericSeparator(integerString) {
  let result = '';
  let i = integerString.length;
  const start = integerString[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) {
    result = `_${StringPrototypeSlice(integerString, i - 3, i)}${result}`;
  }
  return i === integerString.length ?
    integerString :
    `${StringPrototypeSlice(integerString, 0, i)}${result}`;
}

function addNumericSeparatorEnd(integerString) {
  let result = '';
  let i = 0;
  for (; i < integerString.length - 3; i += 3) {
    result += `${StringPrototypeSlice(integerString, i, i + 3)}_`;
  }
  return i === 0 ?
    integerString :
    `${result}${StringPrototypeSlice(integerString, i)}`;
}

function remainingText(remaining) {
  return `... ${remaining} more item${remaining > 1 ? 's' : ''}`;
}

function formatNumber(fn, number, numericSeparator) {
  if (!numericSeparator) {
    if (ObjectIs(number, -0)) return fn('-0', 'number');
    return fn(`${number}`, 'number');
  }
  const numberString = `${number}`;
  const integer = MathTrunc(number);
  if (integer === number) {
    if (!NumberIsFinite(number) || StringPrototypeIncludes(numberString, 'e')) {
      return fn(numberString, 'number');
    }
    return fn(addNumericSeparator(numberString), 'number');
  }
  if (NumberIsNaN(number)) return fn(numberString, 'number');
  const dot = StringPrototypeIndexOf(numberString, '.');
  const intPart = StringPrototypeSlice(numberString, 0, dot);
  const fracPart = StringPrototypeSlice(numberString, dot + 1);
  return fn(`${addNumericSeparator(intPart)}.${addNumericSeparatorEnd(fracPart)}`, 'number');
}

function formatBigInt(fn, bigint, numericSeparator) {
  const string = `${bigint}`;
  if (!numericSeparator) return fn(`${string}n`, 'bigint');
  return fn(`${addNumericSeparator(string)}n`, 'bigint');
}

const splitAfterNewlineRegExp = /(?<=\n)/;

function formatPrimitive(fn, value, ctx) {
  if (typeof value === 'string') {
    let trailer = '';
    if (value.length > ctx.maxStringLength) {
      const remaining = value.length - ctx.maxStringLength;
      value = StringPrototypeSlice(value, 0, ctx.maxStringLength);
      trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`;
    }
    if (ctx.compact !== true &&
        value.length > kMinLineLength &&
        value.length > ctx.breakLength - ctx.indentationLvl - 4) {
      // Long strings are split after each line break and joined with `+`.
      const lines = RegExpPrototypeSymbolSplit(splitAfterNewlineRegExp, value);
      const parts = [];
      for (let i = 0; i < lines.length; i++) {
        ArrayPrototypePush(parts, fn(strEscape(lines[i]), 'string'));
      }
      return joinOutput(parts, ` +\n${StringPrototypeRepeat(' ', ctx.indentationLvl + 2)}`) +
        trailer;
    }
    return fn(strEscape(value), 'string') + trailer;
  }
  if (typeof value === 'number') return formatNumber(fn, value, ctx.numericSeparator);
  if (typeof value === 'bigint') return formatBigInt(fn, value, ctx.numericSeparator);
  if (typeof value === 'boolean') return fn(`${value}`, 'boolean');
  if (typeof value === 'undefined') return fn('undefined', 'undefined');
  return fn(SymbolPrototypeToString(value), 'symbol');
}

// ---------------------------------------------------------------------------
// Constructor names and prefixes.

const wellKnownPrototypes = new SafeMap();
function addWellKnown(ctor) {
  if (typeof ctor === 'function' && ctor.prototype) {
    MapPrototypeSet(wellKnownPrototypes, ctor.prototype, { name: ctor.name, constructor: ctor });
  }
}
addWellKnown(Array);
addWellKnown(ArrayBuffer);
addWellKnown(Function);
addWellKnown(Map);
addWellKnown(Set);
addWellKnown(Object);
MapPrototypeSet(wellKnownPrototypes, TypedArrayPrototype,
                { name: 'TypedArray', constructor: TypedArray });
addWellKnown(RegExp);
addWellKnown(Date);
addWellKnown(DataView);
addWellKnown(Error);
addWellKnown(AggregateError);
addWellKnown(RangeError);
addWellKnown(TypeError);
addWellKnown(Boolean);
addWellKnown(Number);
addWellKnown(String);
addWellKnown(Promise);
addWellKnown(WeakMap);
addWellKnown(WeakSet);

function isInstanceof(object, ctor) {
  try {
    return object instanceof ctor;
  } catch {
    return false;
  }
}

function getConstructorName(obj, ctx, recurseTimes, protoProps) {
  let firstProto;
  const original = obj;
  while (obj) {
    const known = MapPrototypeGet(wellKnownPrototypes, obj);
    if (known !== undefined && FunctionPrototypeSymbolHasInstance(known.constructor, original)) {
      if (protoProps !== undefined && firstProto !== obj) {
        addPrototypeProperties(ctx, original, firstProto || original, recurseTimes, protoProps);
      }
      return known.name;
    }
    const descriptor = ObjectGetOwnPropertyDescriptor(obj, 'constructor');
    if (descriptor !== undefined &&
        typeof descriptor.value === 'function' &&
        descriptor.value.name !== '' &&
        isInstanceof(original, descriptor.value)) {
      if (protoProps !== undefined &&
          (firstProto !== obj || !isBuiltInName(descriptor.value.name))) {
        addPrototypeProperties(ctx, original, firstProto || original, recurseTimes, protoProps);
      }
      return `${descriptor.value.name}`;
    }
    obj = ObjectGetPrototypeOf(obj);
    if (firstProto === undefined) firstProto = obj;
  }

  if (firstProto === null) return null;

  const res = internalGetConstructorName(original);
  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    return `${res} <Complex prototype>`;
  }
  const protoConstr = getConstructorName(firstProto, ctx, recurseTimes + 1, protoProps);
  if (protoConstr === null) {
    return `${res} <${inspect(firstProto, {
      ...ctx,
      customInspect: false,
      depth: -1,
    })}>`;
  }
  return `${res} <${protoConstr}>`;
}

// With `showHidden`, list user defined (non-function) properties found on up
// to three prototype levels.
function addPrototypeProperties(ctx, main, obj, recurseTimes, output) {
  let depth = 0;
  let keys;
  let keySet;
  do {
    if (depth !== 0 || main === obj) {
      obj = ObjectGetPrototypeOf(obj);
      if (obj === null) return;
      const descriptor = ObjectGetOwnPropertyDescriptor(obj, 'constructor');
      if (descriptor !== undefined &&
          typeof descriptor.value === 'function' &&
          isBuiltInName(descriptor.value.name)) {
        return;
      }
    }
    if (depth === 0) {
      keySet = new SafeSet();
    } else {
      for (let i = 0; i < keys.length; i++) SetPrototypeAdd(keySet, keys[i]);
    }
    keys = ReflectOwnKeys(obj);
    ArrayPrototypePush(ctx.seen, main);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key === 'constructor' ||
          ObjectPrototypeHasOwnProperty(main, key) ||
          (depth !== 0 && SetPrototypeHas(keySet, key))) {
        continue;
      }
      const desc = ObjectGetOwnPropertyDescriptor(obj, key);
      if (typeof desc.value === 'function') continue;
      const value = formatProperty(ctx, obj, recurseTimes, key, kObjectType, desc, main);
      if (ctx.colors) {
        ArrayPrototypePush(output, `\u001b[2m${value}\u001b[22m`);
      } else {
        ArrayPrototypePush(output, value);
      }
    }
    ArrayPrototypePop(ctx.seen);
  } while (++depth !== 3);
}

function getPrefix(constructor, tag, fallback, size = '') {
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) {
      return `[${fallback}${size}: null prototype] [${tag}] `;
    }
    return `[${fallback}${size}: null prototype] `;
  }
  let result = `${constructor}${size} `;
  if (tag !== '') {
    const position = StringPrototypeIndexOf(constructor, tag);
    if (position === -1) {
      result += `[${tag}] `;
    } else {
      const endPos = position + tag.length;
      if (endPos !== constructor.length &&
          constructor[endPos] === StringPrototypeToLowerCase(constructor[endPos])) {
        result += `[${tag}] `;
      }
    }
  }
  return result;
}

function getKeys(value, showHidden) {
  let keys;
  const symbols = ObjectGetOwnPropertySymbols(value);
  if (showHidden) {
    keys = ObjectGetOwnPropertyNames(value);
    for (let i = 0; i < symbols.length; i++) ArrayPrototypePush(keys, symbols[i]);
  } else {
    try {
      keys = ObjectKeys(value);
    } catch (err) {
      // Namespace objects of modules that are not evaluated yet.
      if (!isModuleNamespaceObject(value)) throw err;
      keys = ObjectGetOwnPropertyNames(value);
    }
    for (let i = 0; i < symbols.length; i++) {
      if (ObjectPrototypePropertyIsEnumerable(value, symbols[i])) {
        ArrayPrototypePush(keys, symbols[i]);
      }
    }
  }
  return keys;
}

function isArrayIndexKey(key) {
  return RegExpPrototypeExec(indexKeyRegExp, key) !== null && +key < 4294967295;
}

// Own keys of an array-like object, without the element indices.
function getOwnNonIndexProperties(obj, onlyEnumerable) {
  const all = ReflectOwnKeys(obj);
  const result = [];
  for (let i = 0; i < all.length; i++) {
    const key = all[i];
    if (typeof key === 'string' && isArrayIndexKey(key)) continue;
    if (onlyEnumerable && !ObjectPrototypePropertyIsEnumerable(obj, key)) continue;
    ArrayPrototypePush(result, key);
  }
  return result;
}

function getCtxStyle(value, constructor, tag) {
  let fallback = '';
  if (constructor === null) {
    fallback = internalGetConstructorName(value);
    if (fallback === tag) fallback = 'Object';
  }
  return getPrefix(constructor, tag, fallback);
}

// ---------------------------------------------------------------------------
// The main dispatch.

function formatProxy(ctx, proxy, recurseTimes) {
  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    return ctx.stylize('Proxy [Array]', 'special');
  }
  recurseTimes += 1;
  ctx.indentationLvl += 2;
  const res = [
    formatValue(ctx, proxy.target, recurseTimes),
    formatValue(ctx, proxy.handler, recurseTimes),
  ];
  ctx.indentationLvl -= 2;
  return reduceToSingleString(ctx, res, '', ['Proxy [', ']'], kArrayExtrasType, recurseTimes);
}

function formatValue(ctx, value, recurseTimes, typedArray) {
  if (typeof value !== 'object' && typeof value !== 'function') {
    return formatPrimitive(ctx.stylize, value, ctx);
  }
  if (value === null) {
    return ctx.stylize('null', 'null');
  }

  const context = value;
  const proxy = getProxyDetails(value);
  if (proxy !== undefined) {
    if (proxy === null || proxy.target === null) {
      return ctx.stylize('<Revoked Proxy>', 'special');
    }
    if (ctx.showProxy) {
      return formatProxy(ctx, proxy, recurseTimes);
    }
    value = proxy.target;
  }

  if (ctx.customInspect) {
    let maybeCustom = value[customInspectSymbol];
    if (maybeCustom === undefined && isBuffer(value)) {
      maybeCustom = inspectBuffer;
    }
    if (typeof maybeCustom === 'function' &&
        maybeCustom !== inspect &&
        ObjectGetOwnPropertyDescriptor(value, 'constructor')?.value?.prototype !== value) {
      const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
      const isCrossContext =
        proxy !== undefined || !FunctionPrototypeSymbolHasInstance(Object, context);
      const ret = FunctionPrototypeCall(
        maybeCustom, context, depth, getUserOptions(ctx, isCrossContext), inspect);
      if (ret !== context) {
        if (typeof ret !== 'string') {
          return formatValue(ctx, ret, recurseTimes);
        }
        return StringPrototypeReplaceAll(
          ret, '\n', `\n${StringPrototypeRepeat(' ', ctx.indentationLvl)}`);
      }
    }
  }

  if (ArrayPrototypeIncludes(ctx.seen, value)) {
    let index = 1;
    if (ctx.circular === undefined) {
      ctx.circular = new SafeMap();
      MapPrototypeSet(ctx.circular, value, index);
    } else {
      index = MapPrototypeGet(ctx.circular, value);
      if (index === undefined) {
        index = ctx.circular.size + 1;
        MapPrototypeSet(ctx.circular, value, index);
      }
    }
    return ctx.stylize(`[Circular *${index}]`, 'special');
  }

  return formatRaw(ctx, value, recurseTimes, typedArray);
}

function getEmptyFormatArray() {
  return [];
}

function isURL(value) {
  const URLCtor = globalThis.URL;
  if (typeof URLCtor !== 'function') return false;
  try {
    return typeof value.href === 'string' && value instanceof URLCtor;
  } catch {
    return false;
  }
}

function formatRaw(ctx, value, recurseTimes, typedArray) {
  let keys;
  let protoProps;
  if (ctx.showHidden && (recurseTimes <= ctx.depth || ctx.depth === null)) {
    protoProps = [];
  }

  const constructor = getConstructorName(value, ctx, recurseTimes, protoProps);
  if (protoProps !== undefined && protoProps.length === 0) {
    protoProps = undefined;
  }

  let tag = value[SymbolToStringTag];
  // Only show the tag when it is not already visible as a property.
  if (typeof tag !== 'string' ||
      (tag !== '' &&
       (ctx.showHidden ?
         ObjectPrototypeHasOwnProperty(value, SymbolToStringTag) :
         ObjectPrototypePropertyIsEnumerable(value, SymbolToStringTag)))) {
    tag = '';
  }

  let base = '';
  let formatter = getEmptyFormatArray;
  let braces;
  let noIterator = true;
  let extrasType = kObjectType;
  let extraKeys;
  const onlyEnumerable = !ctx.showHidden;

  if (SymbolIterator in value || constructor === null) {
    noIterator = false;
    if (ArrayIsArray(value)) {
      const prefix = (constructor !== 'Array' || tag !== '') ?
        getPrefix(constructor, tag, 'Array', `(${value.length})`) :
        '';
      keys = getOwnNonIndexProperties(value, onlyEnumerable);
      braces = [`${prefix}[`, ']'];
      if (value.length === 0 && keys.length === 0 && protoProps === undefined) {
        return `${braces[0]}]`;
      }
      extrasType = kArrayExtrasType;
      formatter = formatArray;
    } else if (isSet(value)) {
      const size = SetPrototypeGetSize(value);
      const prefix = getPrefix(constructor, tag, 'Set', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      const target = constructor !== null ? value : SetPrototypeValues(value);
      formatter = (c, v, r) => formatSet(target, c, v, r);
      if (size === 0 && keys.length === 0 && protoProps === undefined) {
        return `${prefix}{}`;
      }
      braces = [`${prefix}{`, '}'];
    } else if (isMap(value)) {
      const size = MapPrototypeGetSize(value);
      const prefix = getPrefix(constructor, tag, 'Map', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      const target = constructor !== null ? value : MapPrototypeEntries(value);
      formatter = (c, v, r) => formatMap(target, c, v, r);
      if (size === 0 && keys.length === 0 && protoProps === undefined) {
        return `${prefix}{}`;
      }
      braces = [`${prefix}{`, '}'];
    } else if (isTypedArray(value)) {
      keys = getOwnNonIndexProperties(value, onlyEnumerable);
      let bound = value;
      let fallback = '';
      if (constructor === null) {
        fallback = TypedArrayPrototypeGetSymbolToStringTag(value);
        bound = new typedArrayConstructors[fallback](value);
      }
      const size = TypedArrayPrototypeGetLength(value);
      const prefix = getPrefix(constructor, tag, fallback, `(${size})`);
      braces = [`${prefix}[`, ']'];
      if (value.length === 0 && keys.length === 0 && !ctx.showHidden) {
        return `${braces[0]}]`;
      }
      formatter = (c) => formatTypedArray(bound, size, c);
      extrasType = kArrayExtrasType;
      if (ctx.showHidden) {
        extraKeys = ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer'];
        typedArray = true;
      }
    } else if (isMapIterator(value)) {
      keys = getKeys(value, ctx.showHidden);
      braces = getIteratorBraces('Map', tag);
      const b = braces;
      formatter = (c, v, r) => formatIterator(b, c, v, r);
    } else if (isSetIterator(value)) {
      keys = getKeys(value, ctx.showHidden);
      braces = getIteratorBraces('Set', tag);
      const b = braces;
      formatter = (c, v, r) => formatIterator(b, c, v, r);
    } else {
      noIterator = true;
    }
  }
  if (noIterator) {
    keys = getKeys(value, ctx.showHidden);
    braces = ['{', '}'];
    if (typeof value === 'function') {
      base = getFunctionBase(ctx, value, constructor, tag);
      if (keys.length === 0 && protoProps === undefined) {
        return ctx.stylize(base, 'special');
      }
    } else if (constructor === 'Object') {
      if (isArgumentsObject(value)) {
        braces[0] = '[Arguments] {';
      } else if (tag !== '') {
        braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
      }
      if (keys.length === 0 && protoProps === undefined) {
        return `${braces[0]}}`;
      }
    } else if (isRegExp(value)) {
      base = RegExpPrototypeToString(constructor !== null ? value : new RegExp(value));
      const prefix = getPrefix(constructor, tag, 'RegExp');
      if (prefix !== 'RegExp ') base = `${prefix}${base}`;
      if ((keys.length === 0 && protoProps === undefined) ||
          (recurseTimes > ctx.depth && ctx.depth !== null)) {
        return ctx.stylize(base, 'regexp');
      }
    } else if (isDate(value)) {
      base = NumberIsNaN(DatePrototypeGetTime(value)) ?
        DatePrototypeToString(value) :
        DatePrototypeToISOString(value);
      const prefix = getPrefix(constructor, tag, 'Date');
      if (prefix !== 'Date ') base = `${prefix}${base}`;
      if (keys.length === 0 && protoProps === undefined) {
        return ctx.stylize(base, 'date');
      }
    } else if (isError(value)) {
      base = formatError(value, constructor, tag, ctx, keys);
      if (keys.length === 0 && protoProps === undefined) {
        return base;
      }
    } else if (isAnyArrayBuffer(value)) {
      const arrayType = isArrayBuffer(value) ? 'ArrayBuffer' : 'SharedArrayBuffer';
      const prefix = getPrefix(constructor, tag, arrayType);
      if (typedArray === undefined) {
        formatter = formatArrayBuffer;
      } else if (keys.length === 0 && protoProps === undefined) {
        return prefix +
          `{ [byteLength]: ${formatNumber(ctx.stylize, value.byteLength, false)} }`;
      }
      braces[0] = `${prefix}{`;
      extraKeys = ['byteLength'];
    } else if (isDataView(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'DataView')}{`;
      extraKeys = ['byteLength', 'byteOffset', 'buffer'];
    } else if (isPromise(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'Promise')}{`;
      formatter = formatPromise;
    } else if (isWeakSet(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'WeakSet')}{`;
      formatter = ctx.showHidden ? formatWeakSet : formatWeakCollection;
    } else if (isWeakMap(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'WeakMap')}{`;
      formatter = ctx.showHidden ? formatWeakMap : formatWeakCollection;
    } else if (isModuleNamespaceObject(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'Module')}{`;
      const nsKeys = keys;
      formatter = (c, v, r) => formatNamespaceObject(nsKeys, c, v, r);
    } else if (isBoxedPrimitive(value)) {
      base = getBoxedBase(value, ctx, keys, constructor, tag);
      if (keys.length === 0 && protoProps === undefined) {
        return base;
      }
    } else if (isURL(value) && !(recurseTimes > ctx.depth && ctx.depth !== null)) {
      base = value.href;
      if (keys.length === 0 && protoProps === undefined) {
        return base;
      }
    } else {
      if (keys.length === 0 && protoProps === undefined) {
        return `${getCtxStyle(value, constructor, tag)}{}`;
      }
      braces[0] = `${getCtxStyle(value, constructor, tag)}{`;
    }
  }

  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    let constructorName = StringPrototypeSlice(getCtxStyle(value, constructor, tag), 0, -1);
    if (constructor !== null) constructorName = `[${constructorName}]`;
    return ctx.stylize(constructorName, 'special');
  }
  recurseTimes += 1;

  ArrayPrototypePush(ctx.seen, value);
  ctx.currentDepth = recurseTimes;
  let output;
  const indentationLvl = ctx.indentationLvl;
  try {
    output = formatter(ctx, value, recurseTimes);
    if (extraKeys !== undefined) {
      for (let i = 0; i < extraKeys.length; i++) {
        let formatted;
        try {
          formatted = formatExtraProperty(ctx, value, recurseTimes, extraKeys[i], typedArray);
        } catch {
          const tmp = { [extraKeys[i]]: value.buffer[extraKeys[i]] };
          formatted = formatExtraProperty(ctx, tmp, recurseTimes, extraKeys[i], typedArray);
        }
        ArrayPrototypePush(output, formatted);
      }
    }
    for (let i = 0; i < keys.length; i++) {
      ArrayPrototypePush(output, formatProperty(ctx, value, recurseTimes, keys[i], extrasType));
    }
    if (protoProps !== undefined) {
      for (let i = 0; i < protoProps.length; i++) ArrayPrototypePush(output, protoProps[i]);
    }
  } catch (err) {
    if (!isStackOverflowError(err)) throw err;
    const constructorName = StringPrototypeSlice(getCtxStyle(value, constructor, tag), 0, -1);
    ArrayPrototypePop(ctx.seen);
    ctx.indentationLvl = indentationLvl;
    return ctx.stylize(
      `[${constructorName}: Inspection interrupted prematurely. ` +
      'Maximum call stack size exceeded.]',
      'special');
  }

  if (ctx.circular !== undefined) {
    const index = MapPrototypeGet(ctx.circular, value);
    if (index !== undefined) {
      const reference = ctx.stylize(`<ref *${index}>`, 'special');
      if (ctx.compact !== true) {
        base = base === '' ? reference : `${reference} ${base}`;
      } else {
        braces[0] = `${reference} ${braces[0]}`;
      }
    }
  }
  ArrayPrototypePop(ctx.seen);

  if (ctx.sorted) {
    const comparator = ctx.sorted === true ? undefined : ctx.sorted;
    if (extrasType === kObjectType) {
      ArrayPrototypeSort(output, comparator);
    } else if (keys.length > 1) {
      // Only the named properties after the entries are sorted.
      const start = output.length - keys.length;
      const sorted = ArrayPrototypeSort(ArrayPrototypeSlice(output, start), comparator);
      for (let i = 0; i < sorted.length; i++) output[start + i] = sorted[i];
    }
  }

  const res = reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
  const budget = ctx.budget[ctx.indentationLvl] || 0;
  const newLength = budget + res.length;
  ctx.budget[ctx.indentationLvl] = newLength;
  // Stop descending when the output is getting absurdly large.
  if (newLength > 2 ** 27) {
    ctx.depth = -1;
  }
  return res;
}

let stackOverflowMessage;
let stackOverflowName;
function isStackOverflowError(err) {
  if (stackOverflowMessage === undefined) {
    try {
      const overflow = () => overflow() + 1;
      overflow();
    } catch (e) {
      stackOverflowMessage = e.message;
      stackOverflowName = e.name;
    }
  }
  return err != null && err.name === stackOverflowName && err.message === stackOverflowMessage;
}

function getIteratorBraces(type, tag) {
  if (tag !== `${type} Iterator`) {
    if (tag !== '') tag += '] [';
    tag += `${type} Iterator`;
  }
  return [`[${tag}] {`, '}'];
}

function getBoxedBase(value, ctx, keys, constructor, tag) {
  let primitive;
  let type;
  if (isNumberObject(value)) {
    primitive = NumberPrototypeValueOf(value);
    type = 'Number';
  } else if (isStringObject(value)) {
    primitive = StringPrototypeValueOf(value);
    type = 'String';
    // The index keys of a String object only repeat its characters.
    ArrayPrototypeSplice(keys, 0, value.length);
  } else if (isBooleanObject(value)) {
    primitive = BooleanPrototypeValueOf(value);
    type = 'Boolean';
  } else if (isBigIntObject(value)) {
    primitive = BigIntPrototypeValueOf(value);
    type = 'BigInt';
  } else {
    primitive = SymbolPrototypeValueOf(value);
    type = 'Symbol';
  }
  let base = `[${type}`;
  if (type !== constructor) {
    base += constructor === null ? ' (null prototype)' : ` (${constructor})`;
  }
  base += `: ${formatPrimitive(stylizeNoColor, primitive, ctx)}]`;
  if (tag !== '' && tag !== constructor) {
    base += ` [${tag}]`;
  }
  if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return base;
  return ctx.stylize(base, StringPrototypeToLowerCase(type));
}

function getClassBase(value, constructor, tag) {
  const hasName = ObjectPrototypeHasOwnProperty(value, 'name');
  const name = (hasName && value.name) || '(anonymous)';
  let base = `class ${name}`;
  if (constructor !== 'Function' && constructor !== null) {
    base += ` [${constructor}]`;
  }
  if (tag !== '' && constructor !== tag) {
    base += ` [${tag}]`;
  }
  if (constructor !== null) {
    const superName = ObjectGetPrototypeOf(value).name;
    if (superName) base += ` extends ${superName}`;
  } else {
    base += ' extends [null prototype]';
  }
  return `[${base}]`;
}

function getFunctionBase(ctx, value, constructor, tag) {
  const source = FunctionPrototypeToString(value);
  if (StringPrototypeStartsWith(source, 'class') && source[source.length - 1] === '}') {
    const body = StringPrototypeSlice(source, 5, -1);
    const brace = StringPrototypeIndexOf(body, '{');
    if (brace !== -1 &&
        (!StringPrototypeIncludes(StringPrototypeSlice(body, 0, brace), '(') ||
         RegExpPrototypeExec(classBodyRegExp,
                             RegExpPrototypeSymbolReplace(commentsRegExp, body, '')) !== null)) {
      return getClassBase(value, constructor, tag);
    }
  }
  let type = 'Function';
  if (isGeneratorFunction(value)) type = `Generator${type}`;
  if (isAsyncFunction(value)) type = `Async${type}`;
  let base = `[${type}`;
  if (constructor === null) base += ' (null prototype)';
  if (value.name === '') {
    base += ' (anonymous)';
  } else {
    base += `: ${typeof value.name === 'string' ? value.name : formatValue(ctx, value.name)}`;
  }
  base += ']';
  if (constructor !== type && constructor !== null) {
    base += ` ${constructor}`;
  }
  if (tag !== '' && constructor !== tag) {
    base += ` [${tag}]`;
  }
  return base;
}

// ---------------------------------------------------------------------------
// Errors.

function identicalSequenceRange(a, b) {
  for (let i = 0; i < a.length - 3; i++) {
    const pos = ArrayPrototypeIndexOf(b, a[i]);
    if (pos !== -1) {
      const rest = b.length - pos;
      if (rest > 3) {
        let len = 1;
        const maxLen = MathMin(a.length - i, rest);
        while (maxLen > len && a[i + len] === b[pos + len]) len++;
        if (len > 3) return [len, i];
      }
    }
  }
  return [0, 0];
}

// Find runs of repeated stack frame blocks (recursion) that can be collapsed.
// Returns a flat list of [offset, blockLength, repetitions] triples.
function getDuplicateErrorFrameRanges(frames) {
  const result = [];
  const positionsByLine = new SafeMap();
  for (let i = 0; i < frames.length; i++) {
    const positions = MapPrototypeGet(positionsByLine, frames[i]);
    if (positions === undefined) {
      MapPrototypeSet(positionsByLine, frames[i], [i]);
    } else {
      positions[positions.length] = i;
    }
  }
  const minimumDuplicateRange = 3;
  if (frames.length - positionsByLine.size <= minimumDuplicateRange) {
    return result;
  }

  for (let i = 0; i < frames.length - minimumDuplicateRange; i++) {
    const positions = MapPrototypeGet(positionsByLine, frames[i]);
    if (positions.length === 1 || positions[positions.length - 1] === i) continue;
    const current = ArrayPrototypeIndexOf(positions, i) + 1;
    if (current === positions.length) continue;

    let range = positions[positions.length - 1] - i;
    if (range < minimumDuplicateRange) continue;

    let extraSteps;
    if (current + 1 < positions.length) {
      // Start with the greatest common divisor of the distances to the later
      // occurrences, keeping the intermediate values as alternatives.
      let gcdRange = 0;
      for (let j = current; j < positions.length; j++) {
        let distance = positions[j] - i;
        while (distance !== 0) {
          const remainder = gcdRange % distance;
          if (gcdRange !== 0) {
            extraSteps ??= new SafeSet();
            SetPrototypeAdd(extraSteps, gcdRange);
          }
          gcdRange = distance;
          distance = remainder;
        }
        if (gcdRange === 1) break;
      }
      range = gcdRange;
      if (extraSteps) {
        extraSteps.delete(range);
        const list = [];
        extraSteps.forEach((v) => ArrayPrototypePush(list, v));
        extraSteps = list;
      }
    }
    let maxRange = range;
    let maxDuplicates = 0;
    let duplicateRanges = 0;

    for (let nextStart = i + range; ; nextStart += range) {
      let equalFrames = 0;
      for (let j = 0; j < range; j++) {
        if (frames[i + j] !== frames[nextStart + j]) break;
        equalFrames++;
      }
      if (equalFrames !== range) {
        if (!extraSteps?.length) break;
        if (duplicateRanges !== 0 && maxRange * maxDuplicates < range * duplicateRanges) {
          maxRange = range;
          maxDuplicates = duplicateRanges;
        }
        range = ArrayPrototypePop(extraSteps);
        nextStart = i;
        duplicateRanges = 0;
        continue;
      }
      duplicateRanges++;
    }

    if (maxDuplicates !== 0 && maxRange * maxDuplicates >= range * duplicateRanges) {
      range = maxRange;
      duplicateRanges = maxDuplicates;
    }

    if (duplicateRanges * range >= 3) {
      ArrayPrototypePush(result, i + range, range, duplicateRanges);
      i += range * (duplicateRanges + 1) - 1;
    }
  }
  return result;
}

function getStackString(ctx, error) {
  let stack;
  try {
    stack = error.stack;
  } catch {
    // A throwing `stack` getter is ignored.
  }
  if (stack) {
    if (typeof stack === 'string') return stack;
    ArrayPrototypePush(ctx.seen, error);
    ctx.indentationLvl += 4;
    const result = formatValue(ctx, stack);
    ctx.indentationLvl -= 4;
    ArrayPrototypePop(ctx.seen);
    return `${ErrorPrototypeToString(error)}\n    ${result}`;
  }
  return ErrorPrototypeToString(error);
}

function getStackFrames(ctx, err, stack) {
  const frames = StringPrototypeSplit(stack, '\n');

  let cause;
  try {
    ({ cause } = err);
  } catch {
    // A throwing `cause` getter is ignored.
  }

  // Frames shared with the cause are printed only once.
  if (cause != null && isError(cause)) {
    const causeStack = getStackString(ctx, cause);
    const causeStackStart = StringPrototypeIndexOf(causeStack, '\n    at');
    if (causeStackStart !== -1) {
      const causeFrames = StringPrototypeSplit(
        StringPrototypeSlice(causeStack, causeStackStart + 1), '\n');
      const range = identicalSequenceRange(frames, causeFrames);
      const len = range[0];
      const offset = range[1];
      if (len > 0) {
        const skipped = len - 2;
        const msg = `    ... ${skipped} lines matching cause stack trace ...`;
        ArrayPrototypeSplice(frames, offset + 1, skipped, ctx.stylize(msg, 'undefined'));
      }
    }
  }

  if (frames.length > 10) {
    const ranges = getDuplicateErrorFrameRanges(frames);
    for (let i = ranges.length - 3; i >= 0; i -= 3) {
      const offset = ranges[i];
      const length = ranges[i + 1];
      const duplicateRanges = ranges[i + 2];
      const msg = `    ... collapsed ${length * duplicateRanges} duplicate lines ` +
        'matching above ' +
        (duplicateRanges > 1 ?
          `${length} lines ${duplicateRanges} times...` :
          'lines ...');
      ArrayPrototypeSplice(frames, offset, length * duplicateRanges,
                           ctx.stylize(msg, 'undefined'));
    }
  }
  return frames;
}

const errorNameAtStartRegExp = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n {4}at)/;
const errorNameOnlyRegExp = /^([a-z_A-Z0-9-]*Error)$/;

// Make sure the first line of the stack names the actual class of the error.
function improveStack(stack, constructor, name, tag) {
  let len = name.length;

  if (typeof name !== 'string') {
    stack = StringPrototypeReplace(
      stack,
      `${name}`,
      `${name} [${StringPrototypeSlice(getPrefix(constructor, tag, 'Error'), 0, -1)}]`,
    );
  }

  if (constructor === null ||
      (StringPrototypeEndsWith(name, 'Error') &&
       StringPrototypeStartsWith(stack, name) &&
       (stack.length === len || stack[len] === ':' || stack[len] === '\n'))) {
    let fallback = 'Error';
    if (constructor === null) {
      const start = RegExpPrototypeExec(errorNameAtStartRegExp, stack) ||
        RegExpPrototypeExec(errorNameOnlyRegExp, stack);
      fallback = (start?.[1]) || '';
      len = fallback.length;
      fallback ||= 'Error';
    }
    const prefix = StringPrototypeSlice(getPrefix(constructor, tag, fallback), 0, -1);
    if (name !== prefix) {
      if (StringPrototypeIncludes(prefix, name)) {
        if (len === 0) {
          stack = `${prefix}: ${stack}`;
        } else {
          stack = `${prefix}${StringPrototypeSlice(stack, len)}`;
        }
      } else {
        stack = `${prefix} [${name}]${StringPrototypeSlice(stack, len)}`;
      }
    }
  }
  return stack;
}

function formatError(err, constructor, tag, ctx, keys) {
  let message;
  let name;
  let stack;
  try {
    stack = getStackString(ctx, err);
  } catch {
    return ObjectPrototypeToString(err);
  }

  let messageThrows = false;
  try {
    message = err.message;
  } catch {
    messageThrows = true;
  }
  let nameThrows = false;
  try {
    name = err.name;
  } catch {
    nameThrows = true;
  }

  if (!ctx.showHidden && keys.length !== 0) {
    const stackIndex = ArrayPrototypeIndexOf(keys, 'stack');
    if (stackIndex !== -1) ArrayPrototypeSplice(keys, stackIndex, 1);

    // `message` and `name` are hidden when they are already part of the stack.
    if (!messageThrows) {
      const index = ArrayPrototypeIndexOf(keys, 'message');
      if (index !== -1 &&
          (typeof message !== 'string' || StringPrototypeIncludes(stack, message))) {
        ArrayPrototypeSplice(keys, index, 1);
      }
    }
    if (!nameThrows) {
      const index = ArrayPrototypeIndexOf(keys, 'name');
      if (index !== -1 && (typeof name !== 'string' || StringPrototypeIncludes(stack, name))) {
        ArrayPrototypeSplice(keys, index, 1);
      }
    }
  }
  name ??= 'Error';

  if (ObjectPrototypeHasOwnProperty(err, 'cause') &&
      (keys.length === 0 || !ArrayPrototypeIncludes(keys, 'cause'))) {
    ArrayPrototypePush(keys, 'cause');
  }

  try {
    const errors = err.errors;
    if (ArrayIsArray(errors) && ObjectPrototypeHasOwnProperty(err, 'errors') &&
        (keys.length === 0 || !ArrayPrototypeIncludes(keys, 'errors'))) {
      ArrayPrototypePush(keys, 'errors');
    }
  } catch {
    // A throwing `errors` getter is ignored.
  }

  stack = improveStack(stack, constructor, name, tag);

  let pos = (message && StringPrototypeIndexOf(stack, message)) || -1;
  if (pos !== -1) pos += message.length;
  const stackStart = StringPrototypeIndexOf(stack, '\n    at', pos);
  if (stackStart === -1) {
    // No stack frames: wrap the text in brackets.
    stack = `[${stack}]`;
  } else {
    let newStack = StringPrototypeSlice(stack, 0, stackStart);
    const lines = getStackFrames(ctx, err, StringPrototypeSlice(stack, stackStart + 1));
    if (ctx.colors) {
      // Dim frames of built-in modules, underline package names and dim the
      // working directory part of paths.
      const workingDirectory = safeGetCWD();
      let esmWorkingDirectory;
      for (let i = 0; i < lines.length; i++) {
        let line = lines[i];
        if (RegExpPrototypeExec(coreModuleRegExp, line) !== null) {
          newStack += `\n${ctx.stylize(line, 'undefined')}`;
        } else {
          newStack += '\n';
          line = markNodeModules(ctx, line);
          if (workingDirectory !== undefined) {
            let newLine = markCwd(ctx, line, workingDirectory);
            if (newLine === line) {
              esmWorkingDirectory ??= pathToFileUrlHref(workingDirectory);
              newLine = markCwd(ctx, line, esmWorkingDirectory);
            }
            line = newLine;
          }
          newStack += line;
        }
      }
    } else {
      newStack += `\n${joinOutput(lines, '\n')}`;
    }
    stack = newStack;
  }
  if (ctx.indentationLvl !== 0) {
    const indentation = StringPrototypeRepeat(' ', ctx.indentationLvl);
    stack = StringPrototypeReplaceAll(stack, '\n', `\n${indentation}`);
  }
  return stack;
}

const coreModuleRegExp = /^ {4}at (?:[^/\\(]+ \(|)node:(.+):\d+:\d+\)?$/;

function safeGetCWD() {
  try {
    const proc = globalThis.process;
    if (proc && typeof proc.cwd === 'function') {
      const cwd = proc.cwd();
      if (typeof cwd === 'string') return cwd;
    }
  } catch {
    // Ignore.
  }
  return undefined;
}

const fileUrlEscapeRegExp = /[%\\\n\r\t?#]/g;
const fileUrlEscapes = {
  __proto__: null, '%': '%25', '\\': '%5C', '\n': '%0A', '\r': '%0D', '\t': '%09', '?': '%3F', '#': '%23',
};
function pathToFileUrlHref(path) {
  let href = RegExpPrototypeSymbolReplace(fileUrlEscapeRegExp, path, (c) => fileUrlEscapes[c]);
  try {
    href = encodeURI(href);
  } catch {
    // Keep the partially escaped value.
  }
  return `file://${href}`;
}

function markCwd(ctx, line, workingDirectory) {
  let cwdStartPos = StringPrototypeIndexOf(line, workingDirectory);
  let tempLine = '';
  let cwdLength = workingDirectory.length;
  if (cwdStartPos !== -1) {
    if (StringPrototypeSlice(line, cwdStartPos - 7, cwdStartPos) === 'file://') {
      cwdLength += 7;
      cwdStartPos -= 7;
    }
    const start = line[cwdStartPos - 1] === '(' ? cwdStartPos - 1 : cwdStartPos;
    const end = start !== cwdStartPos && StringPrototypeEndsWith(line, ')') ? -1 : line.length;
    const workingDirectoryEndPos = cwdStartPos + cwdLength + 1;
    const cwdSlice = StringPrototypeSlice(line, start, workingDirectoryEndPos);
    tempLine += StringPrototypeSlice(line, 0, start);
    tempLine += ctx.stylize(cwdSlice, 'undefined');
    tempLine += StringPrototypeSlice(line, workingDirectoryEndPos, end);
    if (end === -1) {
      tempLine += ctx.stylize(')', 'undefined');
    }
  } else {
    tempLine += line;
  }
  return tempLine;
}

// Underline the package name of `node_modules` paths in colored stacks.
function markNodeModules(ctx, line) {
  let tempLine = '';
  let lastPos = 0;
  let searchFrom = 0;
  while (true) {
    const position = StringPrototypeIndexOf(line, 'node_modules', searchFrom);
    if (position === -1) break;
    const separator = line[position - 1];
    const after = line[position + 12];
    if ((after !== '/' && after !== '\\') || (separator !== '/' && separator !== '\\')) {
      searchFrom = position + 1;
      continue;
    }
    const moduleStart = position + 13;
    tempLine += StringPrototypeSlice(line, lastPos, moduleStart);
    let moduleEnd = StringPrototypeIndexOf(line, separator, moduleStart);
    if (line[moduleStart] === '@') {
      moduleEnd = StringPrototypeIndexOf(line, separator, moduleEnd + 1);
    }
    tempLine += ctx.stylize(StringPrototypeSlice(line, moduleStart, moduleEnd), 'module');
    lastPos = moduleEnd;
    searchFrom = moduleEnd;
  }
  if (lastPos !== 0) {
    line = tempLine + StringPrototypeSlice(line, lastPos);
  }
  return line;
}

// ---------------------------------------------------------------------------
// Entry formatters.

function formatNamespaceObject(keys, ctx, value, recurseTimes) {
  const output = new Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    try {
      output[i] = formatProperty(ctx, value, recurseTimes, keys[i], kObjectType);
    } catch (err) {
      if (!(isNativeError(err) && err.name === 'ReferenceError')) throw err;
      // Uninitialized binding (TDZ): reuse the property formatting for the
      // key and replace the value.
      const tmp = { [keys[i]]: '' };
      output[i] = formatProperty(ctx, tmp, recurseTimes, keys[i], kObjectType);
      const pos = output[i].lastIndexOf(' ');
      output[i] = StringPrototypeSlice(output[i], 0, pos + 1) +
        ctx.stylize('<uninitialized>', 'special');
    }
  }
  keys.length = 0;
  return output;
}

// Arrays with holes, or with enumerable index keys out of order.
function formatSpecialArray(ctx, value, recurseTimes, maxLength, output, i) {
  const keys = ObjectKeys(value);
  let index = i;
  for (; i < keys.length && output.length < maxLength; i++) {
    const key = keys[i];
    const tmp = +key;
    if (tmp > 2 ** 32 - 2) break;
    if (`${index}` !== key) {
      if (RegExpPrototypeExec(indexKeyRegExp, key) === null) break;
      const emptyItems = tmp - index;
      const message = `<${emptyItems} empty item${emptyItems > 1 ? 's' : ''}>`;
      ArrayPrototypePush(output, ctx.stylize(message, 'undefined'));
      index = tmp;
      if (output.length === maxLength) break;
    }
    ArrayPrototypePush(output, formatProperty(ctx, value, recurseTimes, key, kArrayType));
    index++;
  }
  const remaining = value.length - index;
  if (output.length !== maxLength) {
    if (remaining > 0) {
      const message = `<${remaining} empty item${remaining > 1 ? 's' : ''}>`;
      ArrayPrototypePush(output, ctx.stylize(message, 'undefined'));
    }
  } else if (remaining > 0) {
    ArrayPrototypePush(output, remainingText(remaining));
  }
  return output;
}

const hexDigits = '0123456789abcdef';
function hexByte(b) {
  return hexDigits[b >> 4] + hexDigits[b & 15];
}

function formatArrayBuffer(ctx, value) {
  let bytes;
  try {
    bytes = new Uint8Array(value);
  } catch {
    return [ctx.stylize('(detached)', 'special')];
  }
  const count = MathMin(ctx.maxArrayLength, bytes.length);
  let str = '';
  for (let i = 0; i < count; i++) {
    if (i !== 0) str += ' ';
    str += hexByte(bytes[i]);
  }
  const remaining = bytes.length - ctx.maxArrayLength;
  if (remaining > 0) {
    str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  }
  return [`${ctx.stylize('[Uint8Contents]', 'special')}: <${str}>`];
}

function formatArray(ctx, value, recurseTimes) {
  const valLen = value.length;
  const len = MathMin(MathMax(0, ctx.maxArrayLength), valLen);
  const remaining = valLen - len;
  const output = [];
  for (let i = 0; i < len; i++) {
    const desc = ObjectGetOwnPropertyDescriptor(value, i);
    if (desc === undefined) {
      return formatSpecialArray(ctx, value, recurseTimes, len, output, i);
    }
    ArrayPrototypePush(output, formatProperty(ctx, value, recurseTimes, i, kArrayType, desc));
  }
  if (remaining > 0) {
    ArrayPrototypePush(output, remainingText(remaining));
  }
  return output;
}

function formatTypedArray(value, length, ctx) {
  const maxLength = MathMin(MathMax(0, ctx.maxArrayLength), length);
  const remaining = value.length - maxLength;
  const output = new Array(maxLength);
  const elementFormatter = value.length > 0 && typeof value[0] === 'number' ?
    formatNumber :
    formatBigInt;
  for (let i = 0; i < maxLength; ++i) {
    output[i] = elementFormatter(ctx.stylize, value[i], ctx.numericSeparator);
  }
  if (remaining > 0) {
    output[maxLength] = remainingText(remaining);
  }
  return output;
}

function formatSet(value, ctx, ignored, recurseTimes) {
  const length = value.size;
  const maxLength = MathMin(MathMax(0, ctx.maxArrayLength), length);
  const remaining = length - maxLength;
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const v of value) {
    if (i >= maxLength) break;
    ArrayPrototypePush(output, formatValue(ctx, v, recurseTimes));
    i++;
  }
  if (remaining > 0) {
    ArrayPrototypePush(output, remainingText(remaining));
  }
  ctx.indentationLvl -= 2;
  return output;
}

function formatMap(value, ctx, ignored, recurseTimes) {
  const length = value.size;
  const maxLength = MathMin(MathMax(0, ctx.maxArrayLength), length);
  const remaining = length - maxLength;
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const { 0: k, 1: v } of value) {
    if (i >= maxLength) break;
    ArrayPrototypePush(
      output,
      `${formatValue(ctx, k, recurseTimes)} => ${formatValue(ctx, v, recurseTimes)}`,
    );
    i++;
  }
  if (remaining > 0) {
    ArrayPrototypePush(output, remainingText(remaining));
  }
  ctx.indentationLvl -= 2;
  return output;
}

function formatSetIterInner(ctx, recurseTimes, entries, state) {
  const maxArrayLength = MathMax(ctx.maxArrayLength, 0);
  const maxLength = MathMin(maxArrayLength, entries.length);
  const output = new Array(maxLength);
  ctx.indentationLvl += 2;
  for (let i = 0; i < maxLength; i++) {
    output[i] = formatValue(ctx, entries[i], recurseTimes);
  }
  ctx.indentationLvl -= 2;
  if (state === kWeak && !ctx.sorted) {
    // Weak collections have no stable order; sort for a reproducible output.
    ArrayPrototypeSort(output);
  }
  const remaining = entries.length - maxLength;
  if (remaining > 0) {
    ArrayPrototypePush(output, remainingText(remaining));
  }
  return output;
}

function formatMapIterInner(ctx, recurseTimes, entries, state) {
  const maxArrayLength = MathMax(ctx.maxArrayLength, 0);
  const len = entries.length / 2;
  const remaining = len - maxArrayLength;
  const maxLength = MathMin(maxArrayLength, len);
  const output = new Array(maxLength);
  let i = 0;
  ctx.indentationLvl += 2;
  if (state === kWeak) {
    for (; i < maxLength; i++) {
      const pos = i * 2;
      output[i] =
        `${formatValue(ctx, entries[pos], recurseTimes)} => ${formatValue(ctx, entries[pos + 1], recurseTimes)}`;
    }
    if (!ctx.sorted) ArrayPrototypeSort(output);
  } else {
    for (; i < maxLength; i++) {
      const pos = i * 2;
      const res = [
        formatValue(ctx, entries[pos], recurseTimes),
        formatValue(ctx, entries[pos + 1], recurseTimes),
      ];
      output[i] = reduceToSingleString(ctx, res, '', ['[', ']'], kArrayExtrasType, recurseTimes);
    }
  }
  ctx.indentationLvl -= 2;
  if (remaining > 0) {
    ArrayPrototypePush(output, remainingText(remaining));
  }
  return output;
}

function formatWeakCollection(ctx) {
  return [ctx.stylize('<items unknown>', 'special')];
}

function formatWeakSet(ctx, value, recurseTimes) {
  const preview = previewEntries(value, false);
  if (preview === undefined) return formatWeakCollection(ctx);
  return formatSetIterInner(ctx, recurseTimes, preview[0], kWeak);
}

function formatWeakMap(ctx, value, recurseTimes) {
  const preview = previewEntries(value, false);
  if (preview === undefined) return formatWeakCollection(ctx);
  return formatMapIterInner(ctx, recurseTimes, preview[0], kWeak);
}

const iteratorBraceRegExp = / Iterator] {$/;

function formatIterator(braces, ctx, value, recurseTimes) {
  const preview = previewEntries(value, true);
  if (preview === undefined) return formatWeakCollection(ctx);
  const entries = preview[0];
  const isKeyValue = preview[1];
  if (isKeyValue) {
    braces[0] = RegExpPrototypeSymbolReplace(iteratorBraceRegExp, braces[0], ' Entries] {');
    return formatMapIterInner(ctx, recurseTimes, entries, kMapEntries);
  }
  return formatSetIterInner(ctx, recurseTimes, entries, kIterator);
}

function formatPromise(ctx, value, recurseTimes) {
  const details = getPromiseDetails(value);
  if (details === undefined || details.state === 'pending') {
    return [ctx.stylize('<pending>', 'special')];
  }
  ctx.indentationLvl += 2;
  const str = formatValue(ctx, details.result, recurseTimes);
  ctx.indentationLvl -= 2;
  return [
    details.state === 'rejected' ? `${ctx.stylize('<rejected>', 'special')} ${str}` : str,
  ];
}

function formatExtraProperty(ctx, value, recurseTimes, key, typedArray) {
  ctx.indentationLvl += 2;
  const str = formatValue(ctx, value[key], recurseTimes, typedArray);
  ctx.indentationLvl -= 2;
  return `${ctx.stylize(`[${key}]`, 'string')}: ${str}`;
}

function formatProperty(ctx, value, recurseTimes, key, type, desc, original = value) {
  let name;
  let str;
  let extra = ' ';
  desc ??= ObjectGetOwnPropertyDescriptor(value, key);
  if (desc.value !== undefined) {
    const diff = (ctx.compact !== true || type !== kObjectType) ? 2 : 3;
    ctx.indentationLvl += diff;
    str = formatValue(ctx, desc.value, recurseTimes);
    if (diff === 3 && ctx.breakLength < getStringWidth(str, ctx.colors)) {
      extra = `\n${StringPrototypeRepeat(' ', ctx.indentationLvl)}`;
    }
    ctx.indentationLvl -= diff;
  } else if (desc.get !== undefined) {
    const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
    const s = ctx.stylize;
    const sp = 'special';
    if (ctx.getters && (ctx.getters === true ||
          (ctx.getters === 'get' && desc.set === undefined) ||
          (ctx.getters === 'set' && desc.set !== undefined))) {
      try {
        const tmp = FunctionPrototypeCall(desc.get, original);
        ctx.indentationLvl += 2;
        if (tmp === null) {
          str = `${s(`[${label}:`, sp)} ${s('null', 'null')}${s(']', sp)}`;
        } else if (typeof tmp === 'object') {
          str = `${s(`[${label}]`, sp)} ${formatValue(ctx, tmp, recurseTimes)}`;
        } else {
          const primitive = formatPrimitive(s, tmp, ctx);
          str = `${s(`[${label}:`, sp)} ${primitive}${s(']', sp)}`;
        }
        ctx.indentationLvl -= 2;
      } catch (err) {
        const message = `<Inspection threw (${err.message})>`;
        str = `${s(`[${label}:`, sp)} ${message}${s(']', sp)}`;
      }
    } else {
      str = ctx.stylize(`[${label}]`, sp);
    }
  } else if (desc.set !== undefined) {
    str = ctx.stylize('[Setter]', 'special');
  } else {
    str = ctx.stylize('undefined', 'undefined');
  }
  if (type === kArrayType) return str;
  if (typeof key === 'symbol') {
    const tmp = RegExpPrototypeSymbolReplace(escapeAllQuote, SymbolPrototypeToString(key),
                                             escapeChar);
    name = `[${ctx.stylize(tmp, 'symbol')}]`;
  } else if (key === '__proto__') {
    name = "['__proto__']";
  } else if (desc.enumerable === false) {
    const tmp = RegExpPrototypeSymbolReplace(escapeAllQuote, key, escapeChar);
    name = `[${tmp}]`;
  } else if (RegExpPrototypeExec(identifierKeyRegExp, key) !== null) {
    name = ctx.stylize(key, 'name');
  } else {
    name = ctx.stylize(strEscape(key), 'string');
  }
  return `${name}:${extra}${str}`;
}

// ---------------------------------------------------------------------------
// Layout.

function groupArrayElements(ctx, output, value) {
  let totalLength = 0;
  let maxLength = 0;
  let i = 0;
  let outputLength = output.length;
  if (ctx.maxArrayLength < output.length) {
    // Leave the "... more items" entry out of the calculation.
    outputLength--;
  }
  const separatorSpace = 2; // ", "
  const dataLen = new Array(outputLength);
  for (; i < outputLength; i++) {
    const len = getStringWidth(output[i], ctx.colors);
    dataLen[i] = len;
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  const actualMax = maxLength + separatorSpace;
  // Group only if at least three entries fit on a line and the entries are of
  // similar length.
  if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength &&
      (totalLength / actualMax > 5 || maxLength <= 6)) {
    const approxCharHeights = 2.5;
    const averageBias = MathSqrt(actualMax - totalLength / output.length);
    const biasedMax = MathMax(actualMax - 3 - averageBias, 1);
    // Aim for a roughly square block of text, within the line width, the
    // compact setting and at most 15 columns.
    const columns = MathMin(
      MathRound(MathSqrt(approxCharHeights * biasedMax * outputLength) / biasedMax),
      MathFloor((ctx.breakLength - ctx.indentationLvl) / actualMax),
      ctx.compact * 4,
      15,
    );
    if (columns <= 1) return output;
    const tmp = [];
    const maxLineLength = [];
    for (let c = 0; c < columns; c++) {
      let lineMaxLength = 0;
      for (let j = c; j < output.length; j += columns) {
        if (dataLen[j] > lineMaxLength) lineMaxLength = dataLen[j];
      }
      maxLineLength[c] = lineMaxLength + separatorSpace;
    }
    // Numbers are right aligned, everything else left aligned.
    let padStart = true;
    if (value !== undefined) {
      for (let k = 0; k < output.length; k++) {
        if (typeof value[k] !== 'number' && typeof value[k] !== 'bigint') {
          padStart = false;
          break;
        }
      }
    }
    for (let k = 0; k < outputLength; k += columns) {
      const max = MathMin(k + columns, outputLength);
      let str = '';
      let j = k;
      for (; j < max - 1; j++) {
        const padding = maxLineLength[j - k] + output[j].length - dataLen[j];
        str += padStart ?
          StringPrototypePadStart(`${output[j]}, `, padding, ' ') :
          StringPrototypePadEnd(`${output[j]}, `, padding, ' ');
      }
      if (padStart) {
        const padding = maxLineLength[j - k] + output[j].length - dataLen[j] - separatorSpace;
        str += StringPrototypePadStart(output[j], padding, ' ');
      } else {
        str += output[j];
      }
      ArrayPrototypePush(tmp, str);
    }
    if (ctx.maxArrayLength < output.length) {
      ArrayPrototypePush(tmp, output[outputLength]);
    }
    output = tmp;
  }
  return output;
}

function isBelowBreakLength(ctx, output, start, base) {
  // Every entry is followed by a comma (and a space), hence the start value.
  let totalLength = output.length + start;
  if (totalLength + output.length > ctx.breakLength) return false;
  for (let i = 0; i < output.length; i++) {
    if (ctx.colors) {
      totalLength += removeColors(output[i]).length;
    } else {
      totalLength += output[i].length;
    }
    if (totalLength > ctx.breakLength) return false;
  }
  return base === '' || !StringPrototypeIncludes(base, '\n');
}

function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
  if (ctx.compact !== true) {
    if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
      const entries = output.length;
      if (extrasType === kArrayExtrasType && entries > 6) {
        output = groupArrayElements(ctx, output, value);
      }
      // Put the innermost `compact` levels on a single line when they fit.
      if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
        const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
        if (isBelowBreakLength(ctx, output, start, base)) {
          const joined = joinOutput(output, ', ');
          if (!StringPrototypeIncludes(joined, '\n')) {
            return `${base ? `${base} ` : ''}${braces[0]} ${joined}` + ` ${braces[1]}`;
          }
        }
      }
    }
    const indentation = `\n${StringPrototypeRepeat(' ', ctx.indentationLvl)}`;
    return `${base ? `${base} ` : ''}${braces[0]}${indentation}  ` +
      `${joinOutput(output, `,${indentation}  `)}${indentation}${braces[1]}`;
  }
  if (isBelowBreakLength(ctx, output, 0, base)) {
    return `${braces[0]}${base ? ` ${base}` : ''} ${joinOutput(output, ', ')} ` + braces[1];
  }
  const indentation = StringPrototypeRepeat(' ', ctx.indentationLvl);
  const ln = base === '' && braces[0].length === 1 ?
    ' ' : `${base ? ` ${base}` : ''}\n${indentation}  `;
  return `${braces[0]}${ln}${joinOutput(output, `,\n${indentation}  `)} ${braces[1]}`;
}

// ---------------------------------------------------------------------------
// Buffers (used when the Buffer class does not bring its own inspect method).

function inspectBuffer(recurseTimes, ctx) {
  const max = inspectBuffer.maxBytes;
  const actualMax = MathMin(max, this.length);
  const remaining = this.length - max;
  let str = '';
  for (let i = 0; i < actualMax; i++) {
    if (i !== 0) str += ' ';
    str += hexByte(this[i]);
  }
  if (remaining > 0) {
    str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  }
  if (ctx) {
    let extras = false;
    const obj = { __proto__: null };
    const keys = getOwnNonIndexProperties(this, !ctx.showHidden);
    for (let i = 0; i < keys.length; i++) {
      extras = true;
      obj[keys[i]] = this[keys[i]];
    }
    if (extras) {
      if (this.length !== 0) str += ', ';
      // Drop the '[Object: null prototype] {' prefix and the ' }' suffix.
      str += StringPrototypeSlice(inspect(obj, {
        ...ctx,
        breakLength: Infinity,
        compact: true,
      }), 27, -2);
    }
  }
  let constructorName = 'Buffer';
  try {
    const ctor = this.constructor;
    if (typeof ctor === 'function' && ObjectPrototypeHasOwnProperty(ctor, 'name')) {
      constructorName = ctor.name;
    }
  } catch {
    // Use the default name.
  }
  return `<${constructorName} ${str}>`;
}
inspectBuffer.maxBytes = 50;

// ---------------------------------------------------------------------------
// format()

// Whether `%s` should use inspect() rather than String() for this object.
function hasBuiltInToString(value) {
  const proxy = getProxyDetails(value);
  if (proxy !== undefined) {
    if (proxy === null || proxy.target === null) return true;
    value = proxy.target;
  }

  let checkToString = true;
  let checkToPrimitive = true;

  if (typeof value.toString !== 'function') {
    if (typeof value[SymbolToPrimitive] !== 'function') return true;
    if (ObjectPrototypeHasOwnProperty(value, SymbolToPrimitive)) return false;
    checkToString = false;
  } else if (ObjectPrototypeHasOwnProperty(value, 'toString')) {
    return false;
  } else if (typeof value[SymbolToPrimitive] !== 'function') {
    checkToPrimitive = false;
  } else if (ObjectPrototypeHasOwnProperty(value, SymbolToPrimitive)) {
    return false;
  }

  // Find the prototype providing the conversion and check whether it belongs
  // to a built-in class.
  let pointer = value;
  do {
    pointer = ObjectGetPrototypeOf(pointer);
  } while (!(checkToString && ObjectPrototypeHasOwnProperty(pointer, 'toString')) &&
           !(checkToPrimitive && ObjectPrototypeHasOwnProperty(pointer, SymbolToPrimitive)));

  const descriptor = ObjectGetOwnPropertyDescriptor(pointer, 'constructor');
  return descriptor !== undefined &&
    typeof descriptor.value === 'function' &&
    isBuiltInName(descriptor.value.name);
}

let circularErrorMessage;
function firstErrorLine(error) {
  return StringPrototypeSplit(error.message, '\n', 1)[0];
}
function tryStringify(arg) {
  try {
    return JSONStringify(arg);
  } catch (err) {
    if (circularErrorMessage === undefined) {
      try {
        const a = {};
        a.a = a;
        JSONStringify(a);
      } catch (circularError) {
        circularErrorMessage = firstErrorLine(circularError);
      }
    }
    if (err.name === 'TypeError' && firstErrorLine(err) === circularErrorMessage) {
      return '[Circular]';
    }
    throw err;
  }
}

function format(...args) {
  return formatWithOptionsInternal(undefined, args);
}

function formatWithOptions(inspectOptions, ...args) {
  validateObjectArg(inspectOptions, 'inspectOptions', true);
  return formatWithOptionsInternal(inspectOptions, args);
}

function formatNumberNoColor(number, options) {
  return formatNumber(
    stylizeNoColor, number,
    options?.numericSeparator ?? inspectDefaultOptions.numericSeparator);
}

function formatBigIntNoColor(bigint, options) {
  return formatBigInt(
    stylizeNoColor, bigint,
    options?.numericSeparator ?? inspectDefaultOptions.numericSeparator);
}

function formatWithOptionsInternal(inspectOptions, args) {
  const first = args[0];
  let a = 0;
  let str = '';
  let join = '';

  if (typeof first === 'string') {
    if (args.length === 1) return first;
    let tempStr;
    let lastPos = 0;
    for (let i = 0; i < first.length - 1; i++) {
      if (StringPrototypeCharCodeAt(first, i) !== 37) continue; // '%'
      const nextChar = StringPrototypeCharCodeAt(first, ++i);
      if (a + 1 !== args.length) {
        switch (nextChar) {
          case 115: { // 's'
            const arg = args[++a];
            if (typeof arg === 'number') {
              tempStr = formatNumberNoColor(arg, inspectOptions);
            } else if (typeof arg === 'bigint') {
              tempStr = formatBigIntNoColor(arg, inspectOptions);
            } else if (typeof arg !== 'object' || arg === null || !hasBuiltInToString(arg)) {
              tempStr = String(arg);
            } else {
              tempStr = inspect(arg, {
                ...inspectOptions,
                compact: 3,
                colors: false,
                depth: 0,
              });
            }
            break;
          }
          case 106: // 'j'
            tempStr = tryStringify(args[++a]);
            break;
          case 100: { // 'd'
            const arg = args[++a];
            if (typeof arg === 'bigint') {
              tempStr = formatBigIntNoColor(arg, inspectOptions);
            } else if (typeof arg === 'symbol') {
              tempStr = 'NaN';
            } else {
              tempStr = formatNumberNoColor(Number(arg), inspectOptions);
            }
            break;
          }
          case 79: // 'O'
            tempStr = inspect(args[++a], inspectOptions);
            break;
          case 111: // 'o'
            tempStr = inspect(args[++a], {
              ...inspectOptions,
              showHidden: true,
              showProxy: true,
              depth: 4,
            });
            break;
          case 105: { // 'i'
            const arg = args[++a];
            if (typeof arg === 'bigint') {
              tempStr = formatBigIntNoColor(arg, inspectOptions);
            } else if (typeof arg === 'symbol') {
              tempStr = 'NaN';
            } else {
              tempStr = formatNumberNoColor(NumberParseInt(arg), inspectOptions);
            }
            break;
          }
          case 102: { // 'f'
            const arg = args[++a];
            if (typeof arg === 'symbol') {
              tempStr = 'NaN';
            } else {
              tempStr = formatNumberNoColor(NumberParseFloat(arg), inspectOptions);
            }
            break;
          }
          case 99: // 'c'
            a += 1;
            tempStr = '';
            break;
          case 37: // '%'
            str += StringPrototypeSlice(first, lastPos, i);
            lastPos = i + 1;
            continue;
          default:
            continue;
        }
        if (lastPos !== i - 1) {
          str += StringPrototypeSlice(first, lastPos, i - 1);
        }
        str += tempStr;
        lastPos = i + 1;
      } else if (nextChar === 37) {
        str += StringPrototypeSlice(first, lastPos, i);
        lastPos = i + 1;
      }
    }
    if (lastPos !== 0) {
      a++;
      join = ' ';
      if (lastPos < first.length) {
        str += StringPrototypeSlice(first, lastPos);
      }
    }
  }

  while (a < args.length) {
    const value = args[a];
    str += join;
    str += typeof value !== 'string' ? inspect(value, inspectOptions) : value;
    join = ' ';
    a++;
  }
  return str;
}

// When `process.emitWarning` is not available, console and util print
// warnings themselves; Node adds this hint to the first warning of a process.
let traceWarningHelperShown = false;
function takeWarningHelperLine(isDeprecation) {
  if (traceWarningHelperShown) return '';
  traceWarningHelperShown = true;
  const flag = isDeprecation ? '--trace-deprecation' : '--trace-warnings';
  return `\n(Use \`node ${flag} ...\` to show where the warning was created)`;
}

module.exports = {
  takeWarningHelperLine,
  inspect,
  inspectDefaultOptions,
  format,
  formatWithOptions,
  stripVTControlCharacters,
  getStringWidth,
  isZeroWidthCodePoint,
  identicalSequenceRange,
  inspectBuffer,
  isError,
  isBuffer,
  types,
  customInspectSymbol,
  nodeError,
  isStackOverflowError,
  setHooks,
  previewEntries,
  // Set on callback APIs whose callback receives several values, to name them
  // in the object util.promisify() resolves with (Node's customPromisifyArgs).
  customPromisifyArgsSymbol: Symbol('customPromisifyArgs'),
};
