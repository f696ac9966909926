'use strict';

// Node 22's `buffer` module for the sandbox, in plain ECMAScript.
//
// `Buffer` is a function whose prototype is the prototype of an internal
// `FastBuffer extends Uint8Array` class, exactly like Node: `Buffer(…)`
// works with and without `new`, `buf instanceof Uint8Array`, and typed-array
// methods that use @@species (`map`, `filter`, `slice` of Uint8Array…)
// produce Buffers.
//
// Everything Node does in C++ (string codecs, search, compare, fill,
// transcode) is implemented here with the same observable behaviour,
// including error classes, codes and messages. Errors that Node throws from
// C++ are plain `RangeError`/`TypeError`s with an own `code` property (no
// `[CODE]` in their stack header); errors thrown from Node's JavaScript come
// from `internal/errors`.
//
// No time, randomness or host state is read here.

const {
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_BUFFER_SIZE,
    ERR_INVALID_THIS,
    ERR_MISSING_ARGS,
    ERR_OUT_OF_RANGE,
    ERR_UNKNOWN_ENCODING,
    ERR_BUFFER_TOO_LARGE,
  },
  genericNodeError,
  validateArray,
  validateBuffer,
  validateInteger,
  validateNumber,
  validateString,
  validateDictionary,
} = require('internal/errors');

// ---------------------------------------------------------------------------
// Captured built-ins (user code may patch the globals later).

const uncurryThis = Function.prototype.bind.bind(Function.prototype.call);

const ReflectApply = Reflect.apply;
const ObjectDefineProperty = Object.defineProperty;
const ObjectDefineProperties = Object.defineProperties;
const ObjectSetPrototypeOf = Object.setPrototypeOf;
const ObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
const ObjectPrototypeHasOwnProperty = uncurryThis(Object.prototype.hasOwnProperty);
const ObjectPrototypePropertyIsEnumerable = uncurryThis(Object.prototype.propertyIsEnumerable);
const ReflectOwnKeys = Reflect.ownKeys;
const ArrayIsArray = Array.isArray;
const ArrayFrom = Array.from;
const MathFloor = Math.floor;
const MathMin = Math.min;
const MathMax = Math.max;
const MathTrunc = Math.trunc;
const NumberIsInteger = Number.isInteger;
const NumberIsNaN = Number.isNaN;
const NumberMAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER;
const NumberMIN_SAFE_INTEGER = Number.MIN_SAFE_INTEGER;
const StringFromCharCode = String.fromCharCode;
const StringPrototypeToLowerCase = uncurryThis(String.prototype.toLowerCase);
const StringPrototypeCharCodeAt = uncurryThis(String.prototype.charCodeAt);
const StringPrototypeReplace = uncurryThis(String.prototype.replace);
const StringPrototypeSlice = uncurryThis(String.prototype.slice);
const StringPrototypeToWellFormed = uncurryThis(String.prototype.toWellFormed);
const RegExpPrototypeExec = uncurryThis(RegExp.prototype.exec);
const SymbolSpecies = Symbol.species;
const SymbolToPrimitive = Symbol.toPrimitive;
const SymbolIterator = Symbol.iterator;
const SymbolToStringTag = Symbol.toStringTag;
const BigIntCtor = BigInt;
const NumberCtor = Number;
const PromiseResolve = Promise.resolve.bind(Promise);
const PromiseReject = Promise.reject.bind(Promise);
const PromisePrototypeThen = uncurryThis(Promise.prototype.then);
const ArrayBufferIsView = ArrayBuffer.isView;
const Uint8ArrayCtor = Uint8Array;
const Uint16ArrayCtor = Uint16Array;
const Float32ArrayCtor = Float32Array;
const Float64ArrayCtor = Float64Array;

const TypedArray = Object.getPrototypeOf(Uint8Array);
const TypedArrayPrototype = TypedArray.prototype;
function getterOf(proto, name) {
  return uncurryThis(ObjectGetOwnPropertyDescriptor(proto, name).get);
}
const TypedArrayPrototypeGetSymbolToStringTag = getterOf(TypedArrayPrototype, SymbolToStringTag);
const TypedArrayPrototypeGetBuffer = getterOf(TypedArrayPrototype, 'buffer');
const TypedArrayPrototypeGetByteOffset = getterOf(TypedArrayPrototype, 'byteOffset');
const TypedArrayPrototypeGetByteLength = getterOf(TypedArrayPrototype, 'byteLength');
const TypedArrayPrototypeGetLength = getterOf(TypedArrayPrototype, 'length');
const TypedArrayPrototypeSet = uncurryThis(TypedArrayPrototype.set);
const TypedArrayPrototypeFill = uncurryThis(TypedArrayPrototype.fill);
const TypedArrayPrototypeSlice = uncurryThis(TypedArrayPrototype.slice);
const TypedArrayPrototypeSubarray = uncurryThis(TypedArrayPrototype.subarray);
const DataViewPrototypeGetBuffer = getterOf(DataView.prototype, 'buffer');
const DataViewPrototypeGetByteOffset = getterOf(DataView.prototype, 'byteOffset');
const DataViewPrototypeGetByteLength = getterOf(DataView.prototype, 'byteLength');
const ArrayBufferPrototypeGetByteLength = getterOf(ArrayBuffer.prototype, 'byteLength');
const ArrayBufferPrototypeSlice = uncurryThis(ArrayBuffer.prototype.slice);
const ArrayBufferPrototypeGetDetached = (() => {
  const d = ObjectGetOwnPropertyDescriptor(ArrayBuffer.prototype, 'detached');
  return d && d.get ? uncurryThis(d.get) : undefined;
})();
// SharedArrayBuffer may be installed only after the snapshot was taken:
// look it up lazily.
let sabGetByteLength;
function SharedArrayBufferPrototypeGetByteLength(value) {
  if (sabGetByteLength === undefined) {
    const SAB = globalThis.SharedArrayBuffer;
    const desc = typeof SAB === 'function' && SAB.prototype ?
      ObjectGetOwnPropertyDescriptor(SAB.prototype, 'byteLength') : undefined;
    if (desc === undefined || typeof desc.get !== 'function') {
      throw new TypeError('SharedArrayBuffer is not available');
    }
    sabGetByteLength = uncurryThis(desc.get);
  }
  return sabGetByteLength(value);
}

// Native base64/hex encoders (TC39 "Uint8Array to/from base64"), when the
// engine has them. Decoding keeps Node's own (lenient) rules, so it is
// always done here.
const U8ToBase64 = typeof Uint8Array.prototype.toBase64 === 'function' ?
  uncurryThis(Uint8Array.prototype.toBase64) : undefined;
const U8ToHex = typeof Uint8Array.prototype.toHex === 'function' ?
  uncurryThis(Uint8Array.prototype.toHex) : undefined;
const kBase64UrlOptions = Object.freeze({ __proto__: null, alphabet: 'base64url', omitPadding: true });

function succeeds(fn, value) {
  try {
    fn(value);
    return true;
  } catch {
    return false;
  }
}

function isUint8Array(value) {
  return ArrayBufferIsView(value) && TypedArrayPrototypeGetSymbolToStringTag(value) === 'Uint8Array';
}

function isTypedArray(value) {
  return ArrayBufferIsView(value) && TypedArrayPrototypeGetSymbolToStringTag(value) !== undefined;
}

function isArrayBuffer(value) {
  return value !== null && typeof value === 'object' &&
    succeeds(ArrayBufferPrototypeGetByteLength, value);
}

function isSharedArrayBuffer(value) {
  return value !== null && typeof value === 'object' &&
    !succeeds(ArrayBufferPrototypeGetByteLength, value) &&
    succeeds(SharedArrayBufferPrototypeGetByteLength, value);
}

function isAnyArrayBuffer(value) {
  return isArrayBuffer(value) || isSharedArrayBuffer(value);
}

// A Uint8Array over the bytes of any ArrayBufferView.
function bytesOf(view) {
  if (isUint8Array(view)) return view;
  if (isTypedArray(view)) {
    if (TypedArrayPrototypeGetByteLength(view) === 0) return new Uint8ArrayCtor(0);
    return new Uint8ArrayCtor(TypedArrayPrototypeGetBuffer(view),
                              TypedArrayPrototypeGetByteOffset(view),
                              TypedArrayPrototypeGetByteLength(view));
  }
  if (DataViewPrototypeGetByteLength(view) === 0) return new Uint8ArrayCtor(0);
  return new Uint8ArrayCtor(DataViewPrototypeGetBuffer(view),
                            DataViewPrototypeGetByteOffset(view),
                            DataViewPrototypeGetByteLength(view));
}

function viewByteLength(view) {
  return isTypedArray(view) ? TypedArrayPrototypeGetByteLength(view) :
    DataViewPrototypeGetByteLength(view);
}

// ---------------------------------------------------------------------------
// Errors Node raises from C++: plain errors with an own `code`.

function nativeError(Ctor, code, message) {
  const err = new Ctor(message);
  err.code = code;
  return err;
}
const indexOutOfRange = () => nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');
const notAString = () => nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
const notABuffer = () => nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a buffer');
const nativeOffsetOutOfBounds = () =>
  nativeError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS', '"offset" is outside of buffer bounds');

// ---------------------------------------------------------------------------
// Constants

const kMaxLength = 2 ** 53 - 1;
const kStringMaxLength = 536870888; // (1 << 29) - 24
const kMaxChunk = 8192;

const constants = ObjectDefineProperties({}, {
  MAX_LENGTH: { __proto__: null, value: kMaxLength, writable: false, enumerable: true },
  MAX_STRING_LENGTH: { __proto__: null, value: kStringMaxLength, writable: false, enumerable: true },
});

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

let inspectModule;
function lazyInspect() {
  if (inspectModule === undefined) inspectModule = require('internal/inspect');
  return inspectModule;
}

// ---------------------------------------------------------------------------
// String codecs. Decoders write into `buf` (a Uint8Array) from `off`, at most
// `max` bytes, and return the number of bytes written. Encoders turn
// buf[start, end) into a string.

// Scratch space for building strings in chunks.
const scratch16 = new Uint16ArrayCtor(kMaxChunk + 4);

function chunkToString(u16, n) {
  return ReflectApply(StringFromCharCode, null, TypedArrayPrototypeSubarray(u16, 0, n));
}

// ---- UTF-8

function utf8ByteLength(str) {
  const n = str.length;
  let len = n;
  for (let i = 0; i < n; i++) {
    const c = StringPrototypeCharCodeAt(str, i);
    if (c < 0x80) continue;
    if (c < 0x800) {
      len += 1;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = StringPrototypeCharCodeAt(str, i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        len += 2;
        i++;
        continue;
      }
    }
    len += 2;
  }
  return len;
}

// Writes whole characters only (like V8's String::WriteUtf8); lone
// surrogates become U+FFFD.
function utf8WriteRaw(buf, str, off, max) {
  const n = str.length;
  const limit = off + max;
  let p = off;
  for (let i = 0; i < n; i++) {
    let c = StringPrototypeCharCodeAt(str, i);
    if (c < 0x80) {
      if (p >= limit) break;
      buf[p++] = c;
    } else if (c < 0x800) {
      if (p + 2 > limit) break;
      buf[p++] = 0xc0 | (c >> 6);
      buf[p++] = 0x80 | (c & 0x3f);
    } else {
      if (c >= 0xd800 && c <= 0xdfff) {
        if (c <= 0xdbff && i + 1 < n) {
          const d = StringPrototypeCharCodeAt(str, i + 1);
          if (d >= 0xdc00 && d <= 0xdfff) {
            if (p + 4 > limit) break;
            const cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
            buf[p++] = 0xf0 | (cp >> 18);
            buf[p++] = 0x80 | ((cp >> 12) & 0x3f);
            buf[p++] = 0x80 | ((cp >> 6) & 0x3f);
            buf[p++] = 0x80 | (cp & 0x3f);
            i++;
            continue;
          }
        }
        c = 0xfffd;
      }
      if (p + 3 > limit) break;
      buf[p++] = 0xe0 | (c >> 12);
      buf[p++] = 0x80 | ((c >> 6) & 0x3f);
      buf[p++] = 0x80 | (c & 0x3f);
    }
  }
  return p - off;
}

// V8's String::Utf8Value (used by Node for indexOf() needles) keeps lone
// surrogates as three-byte sequences (WTF-8).
function wtf8Encode(str) {
  const n = str.length;
  const out = new Uint8ArrayCtor(utf8ByteLength(str));
  let p = 0;
  for (let i = 0; i < n; i++) {
    const c = StringPrototypeCharCodeAt(str, i);
    if (c < 0x80) {
      out[p++] = c;
    } else if (c < 0x800) {
      out[p++] = 0xc0 | (c >> 6);
      out[p++] = 0x80 | (c & 0x3f);
    } else {
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
        const d = StringPrototypeCharCodeAt(str, i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          const cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
          out[p++] = 0xf0 | (cp >> 18);
          out[p++] = 0x80 | ((cp >> 12) & 0x3f);
          out[p++] = 0x80 | ((cp >> 6) & 0x3f);
          out[p++] = 0x80 | (cp & 0x3f);
          i++;
          continue;
        }
      }
      out[p++] = 0xe0 | (c >> 12);
      out[p++] = 0x80 | ((c >> 6) & 0x3f);
      out[p++] = 0x80 | (c & 0x3f);
    }
  }
  return out;
}

function utf8Encode(str) {
  const len = utf8ByteLength(str);
  const out = new Uint8ArrayCtor(len);
  utf8WriteRaw(out, str, 0, len);
  return out;
}

// WHATWG UTF-8 decoding (U+FFFD for each maximal invalid subpart), which is
// what V8's String::NewFromUtf8 does.
const nativeUtf8Decode = internalBinding && internalBinding.utf8Decode;

function utf8Slice(buf, start, end) {
  if (nativeUtf8Decode !== undefined && end - start >= 16) {
    const s = nativeUtf8Decode(buf, start, end);
    if (s !== undefined) return s;
  }
  // Leading ASCII is decoded as Latin-1 in bulk.
  let i = start;
  while (i < end && buf[i] < 0x80) i++;
  if (i === end) return latin1Slice(buf, start, end);
  let res = i > start ? latin1Slice(buf, start, i) : '';
  const u16 = scratch16;
  let n = 0;
  while (i < end) {
    const b = buf[i];
    if (b < 0x80) {
      u16[n++] = b;
      i++;
    } else {
      let cp = 0xfffd;
      let need = 0;
      let lower = 0x80;
      let upper = 0xbf;
      if (b >= 0xc2 && b <= 0xdf) {
        need = 1;
        cp = b & 0x1f;
      } else if (b >= 0xe0 && b <= 0xef) {
        need = 2;
        cp = b & 0x0f;
        if (b === 0xe0) lower = 0xa0;
        else if (b === 0xed) upper = 0x9f;
      } else if (b >= 0xf0 && b <= 0xf4) {
        need = 3;
        cp = b & 0x07;
        if (b === 0xf0) lower = 0x90;
        else if (b === 0xf4) upper = 0x8f;
      }
      i++;
      if (need === 0) {
        cp = 0xfffd;
      } else {
        let k = 0;
        for (; k < need; k++) {
          if (i >= end) break;
          const c = buf[i];
          if (c < lower || c > upper) break;
          lower = 0x80;
          upper = 0xbf;
          cp = (cp << 6) | (c & 0x3f);
          i++;
        }
        if (k !== need) cp = 0xfffd;
      }
      if (cp >= 0x10000) {
        cp -= 0x10000;
        u16[n++] = 0xd800 | (cp >> 10);
        u16[n++] = 0xdc00 | (cp & 0x3ff);
      } else {
        u16[n++] = cp;
      }
    }
    if (n >= kMaxChunk) {
      res += chunkToString(u16, n);
      n = 0;
    }
  }
  if (n > 0) res += chunkToString(u16, n);
  return res;
}

// Strict validation (isUtf8).
function isValidUtf8(buf) {
  const end = buf.length;
  let i = 0;
  while (i < end) {
    const b = buf[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need;
    let lower = 0x80;
    let upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lower = 0xa0;
      else if (b === 0xed) upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lower = 0x90;
      else if (b === 0xf4) upper = 0x8f;
    } else {
      return false;
    }
    i++;
    for (let k = 0; k < need; k++, i++) {
      if (i >= end) return false;
      const c = buf[i];
      if (c < lower || c > upper) return false;
      lower = 0x80;
      upper = 0xbf;
    }
  }
  return true;
}

// ---- Latin-1 / ASCII

function latin1WriteRaw(buf, str, off, max) {
  const n = MathMin(str.length, max);
  for (let i = 0; i < n; i++) buf[off + i] = StringPrototypeCharCodeAt(str, i);
  return n;
}

function latin1Slice(buf, start, end) {
  let res = '';
  const base = TypedArrayPrototypeGetByteOffset(buf);
  const ab = TypedArrayPrototypeGetBuffer(buf);
  for (let i = start; i < end; i += kMaxChunk) {
    const e = MathMin(end, i + kMaxChunk);
    res += ReflectApply(StringFromCharCode, null, new Uint8ArrayCtor(ab, base + i, e - i));
  }
  return res;
}

function asciiSlice(buf, start, end) {
  let i = start;
  for (; i < end; i++) if (buf[i] > 0x7f) break;
  if (i === end) return latin1Slice(buf, start, end);
  const u16 = scratch16;
  let res = '';
  let n = 0;
  for (i = start; i < end; i++) {
    u16[n++] = buf[i] & 0x7f;
    if (n >= kMaxChunk) {
      res += chunkToString(u16, n);
      n = 0;
    }
  }
  if (n > 0) res += chunkToString(u16, n);
  return res;
}

// ---- UTF-16LE

function ucs2WriteRaw(buf, str, off, max) {
  const n = MathMin(str.length, MathFloor(max / 2));
  let p = off;
  for (let i = 0; i < n; i++) {
    const c = StringPrototypeCharCodeAt(str, i);
    buf[p++] = c;
    buf[p++] = c >>> 8;
  }
  return n * 2;
}

function ucs2Slice(buf, start, end) {
  const u16 = scratch16;
  let res = '';
  let n = 0;
  const last = end - 1;
  for (let i = start; i < last; i += 2) {
    u16[n++] = buf[i] | (buf[i + 1] << 8);
    if (n >= kMaxChunk) {
      res += chunkToString(u16, n);
      n = 0;
    }
  }
  if (n > 0) res += chunkToString(u16, n);
  return res;
}

// ---- hex

const kHexDigits = '0123456789abcdef';
const kHexCodes = new Uint8ArrayCtor(16);
for (let i = 0; i < 16; i++) kHexCodes[i] = StringPrototypeCharCodeAt(kHexDigits, i);
const kUnhex = new Int8Array(256).fill(-1);
for (let i = 0; i < 10; i++) kUnhex[48 + i] = i;
for (let i = 0; i < 6; i++) {
  kUnhex[65 + i] = 10 + i;
  kUnhex[97 + i] = 10 + i;
}

function hexWriteRaw(buf, str, off, max) {
  const srcLen = str.length;
  let i = 0;
  for (; i < max && i * 2 + 1 < srcLen; i++) {
    const ca = StringPrototypeCharCodeAt(str, i * 2);
    const cb = StringPrototypeCharCodeAt(str, i * 2 + 1);
    // Node reads two-byte strings as their low bytes.
    const a = kUnhex[ca & 0xff];
    const b = kUnhex[cb & 0xff];
    if (a < 0 || b < 0) return i;
    buf[off + i] = (a << 4) | b;
  }
  return i;
}

function hexSlice(buf, start, end) {
  if (U8ToHex !== undefined) {
    return U8ToHex(new Uint8ArrayCtor(TypedArrayPrototypeGetBuffer(buf),
                                      TypedArrayPrototypeGetByteOffset(buf) + start,
                                      end - start));
  }
  const u16 = scratch16;
  let res = '';
  let n = 0;
  for (let i = start; i < end; i++) {
    const b = buf[i];
    u16[n++] = kHexCodes[b >> 4];
    u16[n++] = kHexCodes[b & 15];
    if (n >= kMaxChunk) {
      res += chunkToString(u16, n);
      n = 0;
    }
  }
  if (n > 0) res += chunkToString(u16, n);
  return res;
}

// ---- base64 / base64url

const kBase64Chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const kBase64UrlChars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const kBase64Codes = new Uint8ArrayCtor(64);
const kBase64UrlCodes = new Uint8ArrayCtor(64);
// Decoding accepts both alphabets; everything else is skipped.
const kUnbase64 = new Int8Array(256).fill(-1);
for (let i = 0; i < 64; i++) {
  kBase64Codes[i] = StringPrototypeCharCodeAt(kBase64Chars, i);
  kBase64UrlCodes[i] = StringPrototypeCharCodeAt(kBase64UrlChars, i);
  kUnbase64[kBase64Codes[i]] = i;
  kUnbase64[kBase64UrlCodes[i]] = i;
}

// Node's base64 decoder: characters outside both alphabets are skipped, the
// first '=' ends the data, a single trailing character is dropped.
function base64WriteRaw(buf, str, off, max) {
  const srcLen = str.length;
  let k = 0;
  let group = 0; // characters seen in the current group of four
  let hi = 0;
  for (let i = 0; i < srcLen && k < max; i++) {
    // Node reads two-byte strings as their low bytes.
    const c = StringPrototypeCharCodeAt(str, i) & 0xff;
    const v = kUnbase64[c];
    if (v < 0) {
      if (c === 61) break; // '='
      continue;
    }
    switch (group) {
      case 0:
        group = 1;
        break;
      case 1:
        buf[off + k++] = ((hi & 0x3f) << 2) | ((v & 0x30) >> 4);
        group = 2;
        break;
      case 2:
        buf[off + k++] = ((hi & 0x0f) << 4) | ((v & 0x3c) >> 2);
        group = 3;
        break;
      default:
        buf[off + k++] = ((hi & 0x03) << 6) | (v & 0x3f);
        group = 0;
        break;
    }
    hi = v;
  }
  return k;
}

function base64ByteLength(str, bytes) {
  if (StringPrototypeCharCodeAt(str, bytes - 1) === 0x3d) bytes--;
  if (bytes > 1 && StringPrototypeCharCodeAt(str, bytes - 1) === 0x3d) bytes--;
  return (bytes * 3) >>> 2;
}

function base64Encode(buf, start, end, codes, pad) {
  const u16 = scratch16;
  let res = '';
  let n = 0;
  let i = start;
  const full = start + MathFloor((end - start) / 3) * 3;
  for (; i < full; i += 3) {
    const v = (buf[i] << 16) | (buf[i + 1] << 8) | buf[i + 2];
    u16[n++] = codes[v >> 18];
    u16[n++] = codes[(v >> 12) & 63];
    u16[n++] = codes[(v >> 6) & 63];
    u16[n++] = codes[v & 63];
    if (n >= kMaxChunk) {
      res += chunkToString(u16, n);
      n = 0;
    }
  }
  const rem = end - i;
  if (rem === 1) {
    const v = buf[i] << 16;
    u16[n++] = codes[v >> 18];
    u16[n++] = codes[(v >> 12) & 63];
    if (pad) {
      u16[n++] = 61;
      u16[n++] = 61;
    }
  } else if (rem === 2) {
    const v = (buf[i] << 16) | (buf[i + 1] << 8);
    u16[n++] = codes[v >> 18];
    u16[n++] = codes[(v >> 12) & 63];
    u16[n++] = codes[(v >> 6) & 63];
    if (pad) u16[n++] = 61;
  }
  if (n > 0) res += chunkToString(u16, n);
  return res;
}

function base64Slice(buf, start, end) {
  if (U8ToBase64 !== undefined) {
    return U8ToBase64(new Uint8ArrayCtor(TypedArrayPrototypeGetBuffer(buf),
                                         TypedArrayPrototypeGetByteOffset(buf) + start,
                                         end - start));
  }
  return base64Encode(buf, start, end, kBase64Codes, true);
}

function base64urlSlice(buf, start, end) {
  if (U8ToBase64 !== undefined) {
    return U8ToBase64(new Uint8ArrayCtor(TypedArrayPrototypeGetBuffer(buf),
                                         TypedArrayPrototypeGetByteOffset(buf) + start,
                                         end - start), kBase64UrlOptions);
  }
  return base64Encode(buf, start, end, kBase64UrlCodes, false);
}

// ---------------------------------------------------------------------------
// Encoding operations (mirrors Node's `encodingOps`).

const kEncUtf8 = 1;
const kEncUcs2 = 3;
const kEncLatin1 = 4;
const kEncAscii = 0;
const kEncBase64 = 2;
const kEncBase64Url = 6;
const kEncHex = 5;

function makeOps(encoding, encodingVal, byteLength, writeRaw, slice) {
  return { encoding, encodingVal, byteLength, writeRaw, slice };
}

const encodingOps = {
  utf8: makeOps('utf8', kEncUtf8, utf8ByteLength, utf8WriteRaw, utf8Slice),
  ucs2: makeOps('ucs2', kEncUcs2, (s) => s.length * 2, ucs2WriteRaw, ucs2Slice),
  utf16le: makeOps('utf16le', kEncUcs2, (s) => s.length * 2, ucs2WriteRaw, ucs2Slice),
  latin1: makeOps('latin1', kEncLatin1, (s) => s.length, latin1WriteRaw, latin1Slice),
  ascii: makeOps('ascii', kEncAscii, (s) => s.length, latin1WriteRaw, asciiSlice),
  base64: makeOps('base64', kEncBase64, (s) => base64ByteLength(s, s.length), base64WriteRaw,
                  base64Slice),
  base64url: makeOps('base64url', kEncBase64Url, (s) => base64ByteLength(s, s.length),
                     base64WriteRaw, base64urlSlice),
  hex: makeOps('hex', kEncHex, (s) => s.length >>> 1, hexWriteRaw, hexSlice),
};

function getEncodingOps(encoding) {
  encoding += '';
  switch (encoding.length) {
    case 4:
      if (encoding === 'utf8') return encodingOps.utf8;
      if (encoding === 'ucs2') return encodingOps.ucs2;
      encoding = StringPrototypeToLowerCase(encoding);
      if (encoding === 'utf8') return encodingOps.utf8;
      if (encoding === 'ucs2') return encodingOps.ucs2;
      break;
    case 5:
      if (encoding === 'utf-8') return encodingOps.utf8;
      if (encoding === 'ascii') return encodingOps.ascii;
      if (encoding === 'ucs-2') return encodingOps.ucs2;
      encoding = StringPrototypeToLowerCase(encoding);
      if (encoding === 'utf-8') return encodingOps.utf8;
      if (encoding === 'ascii') return encodingOps.ascii;
      if (encoding === 'ucs-2') return encodingOps.ucs2;
      break;
    case 7:
      if (encoding === 'utf16le' || StringPrototypeToLowerCase(encoding) === 'utf16le') {
        return encodingOps.utf16le;
      }
      break;
    case 8:
      if (encoding === 'utf-16le' || StringPrototypeToLowerCase(encoding) === 'utf-16le') {
        return encodingOps.utf16le;
      }
      break;
    case 6:
      if (encoding === 'latin1' || encoding === 'binary') return encodingOps.latin1;
      if (encoding === 'base64') return encodingOps.base64;
      encoding = StringPrototypeToLowerCase(encoding);
      if (encoding === 'latin1' || encoding === 'binary') return encodingOps.latin1;
      if (encoding === 'base64') return encodingOps.base64;
      break;
    case 3:
      if (encoding === 'hex' || StringPrototypeToLowerCase(encoding) === 'hex') {
        return encodingOps.hex;
      }
      break;
    case 9:
      if (encoding === 'base64url' || StringPrototypeToLowerCase(encoding) === 'base64url') {
        return encodingOps.base64url;
      }
      break;
    default:
      break;
  }
  return undefined;
}

// Node's internal/util normalizeEncoding().
function normalizeEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8') return 'utf8';
  switch (enc.length) {
    case 4:
      if (enc === 'UTF8') return 'utf8';
      if (enc === 'ucs2' || enc === 'UCS2') return 'utf16le';
      enc = StringPrototypeToLowerCase(enc);
      if (enc === 'utf8') return 'utf8';
      if (enc === 'ucs2') return 'utf16le';
      break;
    case 3:
      if (enc === 'hex' || enc === 'HEX' || StringPrototypeToLowerCase(enc) === 'hex') return 'hex';
      break;
    case 5:
      if (enc === 'ascii') return 'ascii';
      if (enc === 'ucs-2') return 'utf16le';
      if (enc === 'UTF-8') return 'utf8';
      if (enc === 'ASCII') return 'ascii';
      if (enc === 'UCS-2') return 'utf16le';
      enc = StringPrototypeToLowerCase(enc);
      if (enc === 'utf-8') return 'utf8';
      if (enc === 'ascii') return 'ascii';
      if (enc === 'ucs-2') return 'utf16le';
      break;
    case 6:
      if (enc === 'base64') return 'base64';
      if (enc === 'latin1' || enc === 'binary') return 'latin1';
      if (enc === 'BASE64') return 'base64';
      if (enc === 'LATIN1' || enc === 'BINARY') return 'latin1';
      enc = StringPrototypeToLowerCase(enc);
      if (enc === 'base64') return 'base64';
      if (enc === 'latin1' || enc === 'binary') return 'latin1';
      break;
    case 7:
      if (enc === 'utf16le' || enc === 'UTF16LE' ||
          StringPrototypeToLowerCase(enc) === 'utf16le') return 'utf16le';
      break;
    case 8:
      if (enc === 'utf-16le' || enc === 'UTF-16LE' ||
          StringPrototypeToLowerCase(enc) === 'utf-16le') return 'utf16le';
      break;
    case 9:
      if (enc === 'base64url' || enc === 'BASE64URL' ||
          StringPrototypeToLowerCase(enc) === 'base64url') return 'base64url';
      break;
    default:
      if (enc === '') return 'utf8';
  }
  return undefined;
}

const kNormalizedToOps = {
  __proto__: null,
  utf8: encodingOps.utf8,
  utf16le: encodingOps.utf16le,
  latin1: encodingOps.latin1,
  ascii: encodingOps.ascii,
  base64: encodingOps.base64,
  base64url: encodingOps.base64url,
  hex: encodingOps.hex,
};

// ---------------------------------------------------------------------------
// The "binding" layer: Node's C++ StringSlice / StringWrite semantics.

// ParseArrayIndex(): undefined -> default, otherwise ToInteger; negative
// values are out of range.
function parseArrayIndex(arg, def) {
  if (arg === undefined) return def;
  let n = +arg;
  n = NumberIsNaN(n) ? 0 : MathTrunc(n);
  if (n < 0) throw indexOutOfRange();
  return n;
}

function bindingSlice(self, start, end, slice) {
  if (!ArrayBufferIsView(self)) throw notABuffer();
  const buf = bytesOf(self);
  const len = buf.length;
  if (len === 0) return '';
  start = parseArrayIndex(start, 0);
  end = parseArrayIndex(end, len);
  if (end < start) end = start;
  if (end > len) throw indexOutOfRange();
  return slice(buf, start, end);
}

function bindingWrite(self, string, offset, length, writeRaw) {
  if (!isUint8Array(self)) throw notABuffer();
  if (typeof string !== 'string') throw notAString();
  const len = TypedArrayPrototypeGetLength(self);
  offset = parseArrayIndex(offset, 0);
  if (offset > len) throw nativeOffsetOutOfBounds();
  let max = parseArrayIndex(length, len - offset);
  max = MathMin(len - offset, max);
  if (max === 0) return 0;
  return writeRaw(self, string, offset, max);
}

// JS wrappers Node puts around asciiWrite/latin1Write/utf8Write.
function checkedWrite(self, string, offset, length, writeRaw) {
  if (offset < 0 || offset > self.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (length < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
  return bindingWrite(self, string, offset, length, writeRaw);
}

// ---------------------------------------------------------------------------
// FastBuffer / Buffer

class FastBuffer extends Uint8ArrayCtor {}

function Buffer(arg, encodingOrOffset, length) {
  showFlaggedDeprecation();
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') {
      throw new ERR_INVALID_ARG_TYPE('string', 'string', arg);
    }
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

FastBuffer.prototype.constructor = Buffer;
Buffer.prototype = FastBuffer.prototype;
const BufferPrototype = FastBuffer.prototype;

ObjectDefineProperty(Buffer, SymbolSpecies, {
  __proto__: null,
  enumerable: false,
  configurable: true,
  get() { return FastBuffer; },
});

// DEP0005: `Buffer()` called from outside node_modules.
let bufferWarningAlreadyEmitted = false;
let nodeModulesCheckCounter = 0;
const bufferWarning = 'Buffer() is deprecated due to security and usability ' +
                      'issues. Please use the Buffer.alloc(), ' +
                      'Buffer.allocUnsafe(), or Buffer.from() methods instead.';

function calledFromNodeModules() {
  let stack;
  try {
    stack = new Error().stack;
  } catch {
    return false;
  }
  if (typeof stack !== 'string') return false;
  const lines = stack.split('\n');
  // lines[0] is the header, lines[1] this function, lines[2]
  // showFlaggedDeprecation, lines[3] Buffer; the caller follows.
  let own;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (!/^\s+at /.test(line)) continue;
    const m = /\(?([^\s()]+?):\d+:\d+\)?$/.exec(line);
    const file = m ? m[1] : '';
    if (own === undefined) {
      own = file;
      continue;
    }
    if (file === own) continue;
    return file.includes('/node_modules/') || file.includes('\\node_modules\\');
  }
  return false;
}

function showFlaggedDeprecation() {
  if (bufferWarningAlreadyEmitted || ++nodeModulesCheckCounter > 10000) return;
  if (calledFromNodeModules()) return;
  const proc = globalThis.process;
  if (proc && typeof proc.emitWarning === 'function') {
    proc.emitWarning(bufferWarning, 'DeprecationWarning', 'DEP0005');
  }
  bufferWarningAlreadyEmitted = true;
}

// ---- the pool

Buffer.poolSize = 8 * 1024;
let poolSize;
let poolOffset;
let allocPool;
let allocBuffer;

function createUnsafeBuffer(size) {
  return new FastBuffer(size);
}

function createPool() {
  poolSize = Buffer.poolSize;
  allocBuffer = createUnsafeBuffer(poolSize);
  allocPool = TypedArrayPrototypeGetBuffer(allocBuffer);
  poolOffset = 0;
}
createPool();

function alignPool() {
  if (poolOffset & 0x7) {
    poolOffset |= 0x7;
    poolOffset++;
  }
}

function allocate(size) {
  if (size <= 0) return new FastBuffer();
  if (size < (Buffer.poolSize >>> 1)) {
    if (size > (poolSize - poolOffset)) createPool();
    const b = new FastBuffer(allocPool, poolOffset, size);
    poolOffset += size;
    alignPool();
    return b;
  }
  return createUnsafeBuffer(size);
}

// ---- from()

function opsWrite(ops, buf, string, offset, length) {
  // Mirrors buf.<enc>Write(string, offset, length) from the pool/slow paths.
  const len = TypedArrayPrototypeGetLength(buf);
  const max = MathMin(len - offset, length);
  if (max <= 0) return 0;
  return ops.writeRaw(buf, string, offset, max);
}

function fromStringFast(string, ops) {
  const maxLength = Buffer.poolSize >>> 1;
  let length = string.length;
  if (length >= maxLength) return createFromString(string, ops);
  length *= 4;
  if (length >= maxLength) length = ops.byteLength(string);
  if (length >= maxLength) return createFromString(string, ops, length);
  if (length > (poolSize - poolOffset)) createPool();
  const actual = opsWrite(ops, allocBuffer, string, poolOffset, length);
  const b = new FastBuffer(allocPool, poolOffset, actual);
  poolOffset += actual;
  alignPool();
  return b;
}

function createFromString(string, ops, length = ops.byteLength(string)) {
  const buf = Buffer.allocUnsafeSlow(length);
  const actual = opsWrite(ops, buf, string, 0, length);
  return actual < length ? new FastBuffer(TypedArrayPrototypeGetBuffer(buf), 0, actual) : buf;
}

function fromString(string, encoding) {
  let ops;
  if (!encoding || encoding === 'utf8' || typeof encoding !== 'string') {
    ops = encodingOps.utf8;
  } else {
    ops = getEncodingOps(encoding);
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  }
  return string.length === 0 ? new FastBuffer() : fromStringFast(string, ops);
}

function fromArrayBuffer(obj, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (NumberIsNaN(byteOffset)) byteOffset = 0;
  }
  const maxLength = obj.byteLength - byteOffset;
  if (maxLength < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (length !== undefined) {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
    } else {
      length = 0;
    }
  }
  return new FastBuffer(obj, byteOffset, length);
}

function fromArrayLike(obj) {
  if (obj.length <= 0) return new FastBuffer();
  if (obj.length < (Buffer.poolSize >>> 1)) {
    if (obj.length > (poolSize - poolOffset)) createPool();
    const b = new FastBuffer(allocPool, poolOffset, obj.length);
    TypedArrayPrototypeSet(b, obj, 0);
    poolOffset += obj.length;
    alignPool();
    return b;
  }
  return new FastBuffer(obj);
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return new FastBuffer();
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && ArrayIsArray(obj.data)) return fromArrayLike(obj.data);
  return undefined;
}

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);

  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);

    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value &&
        (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }

    const b = fromObject(value);
    if (b) return b;

    if (typeof value[SymbolToPrimitive] === 'function') {
      const primitive = value[SymbolToPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }

  throw new ERR_INVALID_ARG_TYPE(
    'first argument',
    ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'],
    value,
  );
};

Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!isTypedArray(view)) throw new ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);

  const viewLength = TypedArrayPrototypeGetLength(view);
  if (viewLength === 0) return new FastBuffer();

  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateInteger(offset, 'offset', 0);
      if (offset >= viewLength) return new FastBuffer();
    } else {
      offset = 0;
    }
    let end;
    if (length !== undefined) {
      validateInteger(length, 'length', 0);
      end = offset + length;
    } else {
      end = viewLength;
    }
    view = TypedArrayPrototypeSlice(view, offset, end);
  }

  return fromArrayLike(new Uint8ArrayCtor(
    TypedArrayPrototypeGetBuffer(view),
    TypedArrayPrototypeGetByteOffset(view),
    TypedArrayPrototypeGetByteLength(view)));
};

const of = (...items) => {
  const len = items.length;
  const newObj = new FastBuffer(len);
  for (let k = 0; k < len; k++) newObj[k] = items[k];
  return newObj;
};
Buffer.of = of;

ObjectSetPrototypeOf(Buffer, Uint8ArrayCtor);

Buffer.alloc = function alloc(size, fill, encoding) {
  validateNumber(size, 'size', 0, kMaxLength);
  if (fill !== undefined && fill !== 0 && size > 0) {
    const buf = createUnsafeBuffer(size);
    return _fill(buf, fill, 0, buf.length, encoding);
  }
  return new FastBuffer(size);
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return allocate(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return createUnsafeBuffer(size);
};

function SlowBuffer(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return createUnsafeBuffer(size);
}
ObjectSetPrototypeOf(SlowBuffer.prototype, Uint8ArrayCtor.prototype);
ObjectSetPrototypeOf(SlowBuffer, Uint8ArrayCtor);

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};

function compareBytes(a, aStart, aEnd, b, bStart, bEnd) {
  const aLen = aEnd - aStart;
  const bLen = bEnd - bStart;
  const n = MathMin(aLen, bLen);
  for (let i = 0; i < n; i++) {
    const x = a[aStart + i];
    const y = b[bStart + i];
    if (x !== y) return x < y ? -1 : 1;
  }
  if (aLen > bLen) return 1;
  if (aLen < bLen) return -1;
  return 0;
}

function _compare(a, b) {
  return compareBytes(a, 0, TypedArrayPrototypeGetLength(a), b, 0, TypedArrayPrototypeGetLength(b));
}

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw new ERR_INVALID_ARG_TYPE('buf1', ['Buffer', 'Uint8Array'], buf1);
  if (!isUint8Array(buf2)) throw new ERR_INVALID_ARG_TYPE('buf2', ['Buffer', 'Uint8Array'], buf2);
  if (buf1 === buf2) return 0;
  return _compare(buf1, buf2);
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 &&
         normalizeEncoding(encoding) !== undefined;
};

const validateOffset = (value, name, min = 0, max = kMaxLength) =>
  validateInteger(value, name, min, max);

Buffer.concat = function concat(list, length) {
  validateArray(list, 'list');

  if (list.length === 0) return new FastBuffer();

  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      if (list[i].length) length += list[i].length;
    }
  } else {
    validateOffset(length, 'length');
  }

  const buffer = Buffer.allocUnsafe(length);
  let pos = 0;
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (!isUint8Array(buf)) {
      throw new ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], list[i]);
    }
    pos += _copyActual(buf, buffer, pos, 0, buf.length, true);
  }

  if (pos < length) TypedArrayPrototypeFill(buffer, 0, pos, length);

  return buffer;
};

function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (ArrayBufferIsView(string)) return viewByteLength(string);
    if (isArrayBuffer(string)) return ArrayBufferPrototypeGetByteLength(string);
    if (isSharedArrayBuffer(string)) return SharedArrayBufferPrototypeGetByteLength(string);
    throw new ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }

  const len = string.length;
  if (len === 0) return 0;

  if (!encoding || encoding === 'utf8') return utf8ByteLength(string);
  if (encoding === 'ascii') return len;

  const ops = getEncodingOps(encoding);
  if (ops === undefined) return utf8ByteLength(string);
  return ops.byteLength(string);
}

Buffer.byteLength = byteLength;

// ---------------------------------------------------------------------------
// Prototype: legacy `parent` / `offset`

ObjectDefineProperty(BufferPrototype, 'parent', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.buffer;
  },
});
ObjectDefineProperty(BufferPrototype, 'offset', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.byteOffset;
  },
});

// ---------------------------------------------------------------------------
// Prototype: number readers / writers (Node's lib/internal/buffer.js rules)

const float32Array = new Float32ArrayCtor(1);
const uInt8Float32Array = new Uint8ArrayCtor(float32Array.buffer);
const float64Array = new Float64ArrayCtor(1);
const uInt8Float64Array = new Uint8ArrayCtor(float64Array.buffer);
float32Array[0] = -1;
const bigEndian = uInt8Float32Array[3] === 0;

function boundsError(value, length, type) {
  if (MathFloor(value) !== value) {
    validateNumber(value, type);
    throw new ERR_OUT_OF_RANGE(type || 'offset', 'an integer', value);
  }
  if (length < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  throw new ERR_OUT_OF_RANGE(type || 'offset', `>= ${type ? 1 : 0} and <= ${length}`, value);
}

// Validates `offset` for an access of `size` bytes; returns nothing.
function checkRead(buf, offset, size) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + size - 1] === undefined) {
    boundsError(offset, buf.length - size);
  }
}

function checkBounds(buf, offset, byteLength1) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + byteLength1] === undefined) {
    boundsError(offset, buf.length - (byteLength1 + 1));
  }
}

function checkInt(value, min, max, buf, offset, byteLength1) {
  if (value > max || value < min) {
    const n = typeof min === 'bigint' ? 'n' : '';
    let range;
    if (byteLength1 > 3) {
      if (min === 0 || min === 0n) {
        range = `>= 0${n} and < 2${n} ** ${(byteLength1 + 1) * 8}${n}`;
      } else {
        range = `>= -(2${n} ** ${(byteLength1 + 1) * 8 - 1}${n}) and ` +
                `< 2${n} ** ${(byteLength1 + 1) * 8 - 1}${n}`;
      }
    } else {
      range = `>= ${min}${n} and <= ${max}${n}`;
    }
    throw new ERR_OUT_OF_RANGE('value', range, value);
  }
  checkBounds(buf, offset, byteLength1);
}

// Unsigned little/big-endian value of `size` (<= 6) bytes at a checked offset.
function uintLE(buf, offset, size) {
  let v = 0;
  let mul = 1;
  for (let i = 0; i < size; i++) {
    v += buf[offset + i] * mul;
    mul *= 256;
  }
  return v;
}

function uintBE(buf, offset, size) {
  let v = 0;
  for (let i = 0; i < size; i++) v = v * 256 + buf[offset + i];
  return v;
}

function toSigned(v, size) {
  const limit = 2 ** (size * 8 - 1);
  return v >= limit ? v - limit * 2 : v;
}

function readUInt8(offset = 0) {
  validateNumber(offset, 'offset');
  const val = this[offset];
  if (val === undefined) boundsError(offset, this.length - 1);
  return val;
}

function readInt8(offset = 0) {
  validateNumber(offset, 'offset');
  const val = this[offset];
  if (val === undefined) boundsError(offset, this.length - 1);
  return val | (val & 2 ** 7) * 0x1fffffe;
}

function makeReader(size, le, signed) {
  return function(offset = 0) {
    checkRead(this, offset, size);
    const v = le ? uintLE(this, offset, size) : uintBE(this, offset, size);
    return signed ? toSigned(v, size) : v;
  };
}

const readUInt16LE = makeReader(2, true, false);
const readUInt16BE = makeReader(2, false, false);
const readUInt32LE = makeReader(4, true, false);
const readUInt32BE = makeReader(4, false, false);
const readInt16LE = makeReader(2, true, true);
const readInt16BE = makeReader(2, false, true);
const readInt32LE = makeReader(4, true, true);
const readInt32BE = makeReader(4, false, true);
const readSizedLE = [null, null, null, makeReader(3, true, false), null,
                     makeReader(5, true, false), makeReader(6, true, false)];
const readSizedBE = [null, null, null, makeReader(3, false, false), null,
                     makeReader(5, false, false), makeReader(6, false, false)];
const readSizedIntLE = [null, null, null, makeReader(3, true, true), null,
                        makeReader(5, true, true), makeReader(6, true, true)];
const readSizedIntBE = [null, null, null, makeReader(3, false, true), null,
                        makeReader(5, false, true), makeReader(6, false, true)];

function readUIntLE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  if (byteLength === 6 || byteLength === 5 || byteLength === 3) {
    return ReflectApply(readSizedLE[byteLength], this, [offset]);
  }
  if (byteLength === 4) return ReflectApply(readUInt32LE, this, [offset]);
  if (byteLength === 2) return ReflectApply(readUInt16LE, this, [offset]);
  if (byteLength === 1) return ReflectApply(readUInt8, this, [offset]);
  boundsError(byteLength, 6, 'byteLength');
}

function readUIntBE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  if (byteLength === 6 || byteLength === 5 || byteLength === 3) {
    return ReflectApply(readSizedBE[byteLength], this, [offset]);
  }
  if (byteLength === 4) return ReflectApply(readUInt32BE, this, [offset]);
  if (byteLength === 2) return ReflectApply(readUInt16BE, this, [offset]);
  if (byteLength === 1) return ReflectApply(readUInt8, this, [offset]);
  boundsError(byteLength, 6, 'byteLength');
}

function readIntLE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  if (byteLength === 6 || byteLength === 5 || byteLength === 3) {
    return ReflectApply(readSizedIntLE[byteLength], this, [offset]);
  }
  if (byteLength === 4) return ReflectApply(readInt32LE, this, [offset]);
  if (byteLength === 2) return ReflectApply(readInt16LE, this, [offset]);
  if (byteLength === 1) return ReflectApply(readInt8, this, [offset]);
  boundsError(byteLength, 6, 'byteLength');
}

function readIntBE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  if (byteLength === 6 || byteLength === 5 || byteLength === 3) {
    return ReflectApply(readSizedIntBE[byteLength], this, [offset]);
  }
  if (byteLength === 4) return ReflectApply(readInt32BE, this, [offset]);
  if (byteLength === 2) return ReflectApply(readInt16BE, this, [offset]);
  if (byteLength === 1) return ReflectApply(readInt8, this, [offset]);
  boundsError(byteLength, 6, 'byteLength');
}

function readBigUInt64LE(offset = 0) {
  checkRead(this, offset, 8);
  const lo = uintLE(this, offset, 4);
  const hi = uintLE(this, offset + 4, 4);
  return BigIntCtor(lo) + (BigIntCtor(hi) << 32n);
}

function readBigUInt64BE(offset = 0) {
  checkRead(this, offset, 8);
  const hi = uintBE(this, offset, 4);
  const lo = uintBE(this, offset + 4, 4);
  return (BigIntCtor(hi) << 32n) + BigIntCtor(lo);
}

function readBigInt64LE(offset = 0) {
  checkRead(this, offset, 8);
  const lo = uintLE(this, offset, 4);
  const hi = toSigned(uintLE(this, offset + 4, 4), 4);
  return (BigIntCtor(hi) << 32n) + BigIntCtor(lo);
}

function readBigInt64BE(offset = 0) {
  checkRead(this, offset, 8);
  const hi = toSigned(uintBE(this, offset, 4), 4);
  const lo = uintBE(this, offset + 4, 4);
  return (BigIntCtor(hi) << 32n) + BigIntCtor(lo);
}

function makeFloatReader(size, le) {
  const scratch = size === 4 ? uInt8Float32Array : uInt8Float64Array;
  const arr = size === 4 ? float32Array : float64Array;
  const forward = le !== bigEndian;
  return function(offset = 0) {
    checkRead(this, offset, size);
    for (let i = 0; i < size; i++) {
      scratch[forward ? i : size - 1 - i] = this[offset + i];
    }
    return arr[0];
  };
}

const readFloatLE = makeFloatReader(4, true);
const readFloatBE = makeFloatReader(4, false);
const readDoubleLE = makeFloatReader(8, true);
const readDoubleBE = makeFloatReader(8, false);

// Writers. `value` is already a number within range.
function putLE(buf, value, offset, size) {
  if (size > 4) {
    const high = MathFloor(value * 2 ** -32);
    let lo = value;
    for (let i = 0; i < 4; i++) {
      buf[offset + i] = lo;
      lo = lo >>> 8;
    }
    buf[offset + 4] = high;
    if (size === 6) buf[offset + 5] = high >>> 8;
    return offset + size;
  }
  let v = value;
  for (let i = 0; i < size; i++) {
    buf[offset + i] = v;
    v = v >>> 8;
  }
  return offset + size;
}

function putBE(buf, value, offset, size) {
  if (size > 4) {
    const high = MathFloor(value * 2 ** -32);
    if (size === 6) {
      buf[offset] = high >>> 8;
      buf[offset + 1] = high;
    } else {
      buf[offset] = high;
    }
    let lo = value;
    for (let i = size - 1; i >= size - 4; i--) {
      buf[offset + i] = lo;
      lo = lo >>> 8;
    }
    return offset + size;
  }
  let v = value;
  for (let i = size - 1; i >= 0; i--) {
    buf[offset + i] = v;
    v = v >>> 8;
  }
  return offset + size;
}

function writeU_Int8(buf, value, offset, min, max) {
  value = +value;
  validateNumber(offset, 'offset');
  if (value > max || value < min) {
    throw new ERR_OUT_OF_RANGE('value', `>= ${min} and <= ${max}`, value);
  }
  if (buf[offset] === undefined) boundsError(offset, buf.length - 1);
  buf[offset] = value;
  return offset + 1;
}

function writeSized(buf, value, offset, size, le, min, max) {
  if (size === 1) return writeU_Int8(buf, value, offset, min, max);
  value = +value;
  checkInt(value, min, max, buf, offset, size - 1);
  return le ? putLE(buf, value, offset, size) : putBE(buf, value, offset, size);
}

const kUnsignedMax = [0, 0xff, 0xffff, 0xffffff, 0xffffffff, 0xffffffffff, 0xffffffffffff];
const kSignedMin = [0, -0x80, -0x8000, -0x800000, -0x80000000, -0x8000000000, -0x800000000000];
const kSignedMax = [0, 0x7f, 0x7fff, 0x7fffff, 0x7fffffff, 0x7fffffffff, 0x7fffffffffff];

function writeUInt8(value, offset = 0) {
  return writeU_Int8(this, value, offset, 0, 0xff);
}
function writeInt8(value, offset = 0) {
  return writeU_Int8(this, value, offset, -0x80, 0x7f);
}
function writeUInt16LE(value, offset = 0) {
  return writeSized(this, value, offset, 2, true, 0, 0xffff);
}
function writeUInt16BE(value, offset = 0) {
  return writeSized(this, value, offset, 2, false, 0, 0xffff);
}
function writeUInt32LE(value, offset = 0) {
  return writeSized(this, value, offset, 4, true, 0, 0xffffffff);
}
function writeUInt32BE(value, offset = 0) {
  return writeSized(this, value, offset, 4, false, 0, 0xffffffff);
}
function writeInt16LE(value, offset = 0) {
  return writeSized(this, value, offset, 2, true, -0x8000, 0x7fff);
}
function writeInt16BE(value, offset = 0) {
  return writeSized(this, value, offset, 2, false, -0x8000, 0x7fff);
}
function writeInt32LE(value, offset = 0) {
  return writeSized(this, value, offset, 4, true, -0x80000000, 0x7fffffff);
}
function writeInt32BE(value, offset = 0) {
  return writeSized(this, value, offset, 4, false, -0x80000000, 0x7fffffff);
}

function isValidByteLength(byteLength) {
  return byteLength === 1 || byteLength === 2 || byteLength === 3 ||
    byteLength === 4 || byteLength === 5 || byteLength === 6;
}

function writeUIntLE(value, offset, byteLength) {
  if (isValidByteLength(byteLength)) {
    return writeSized(this, value, offset, byteLength, true, 0, kUnsignedMax[byteLength]);
  }
  boundsError(byteLength, 6, 'byteLength');
}
function writeUIntBE(value, offset, byteLength) {
  if (isValidByteLength(byteLength)) {
    return writeSized(this, value, offset, byteLength, false, 0, kUnsignedMax[byteLength]);
  }
  boundsError(byteLength, 6, 'byteLength');
}
function writeIntLE(value, offset, byteLength) {
  if (isValidByteLength(byteLength)) {
    return writeSized(this, value, offset, byteLength, true,
                      kSignedMin[byteLength], kSignedMax[byteLength]);
  }
  boundsError(byteLength, 6, 'byteLength');
}
function writeIntBE(value, offset, byteLength) {
  if (isValidByteLength(byteLength)) {
    return writeSized(this, value, offset, byteLength, false,
                      kSignedMin[byteLength], kSignedMax[byteLength]);
  }
  boundsError(byteLength, 6, 'byteLength');
}

function writeBigU_Int64(buf, value, offset, min, max, le) {
  checkInt(value, min, max, buf, offset, 7);
  let lo = NumberCtor(value & 0xffffffffn);
  let hi = NumberCtor(value >> 32n & 0xffffffffn);
  for (let i = 0; i < 4; i++) {
    buf[le ? offset + i : offset + 7 - i] = lo;
    lo = lo >> 8;
  }
  for (let i = 0; i < 4; i++) {
    buf[le ? offset + 4 + i : offset + 3 - i] = hi;
    hi = hi >> 8;
  }
  return offset + 8;
}

function writeBigUInt64LE(value, offset = 0) {
  return writeBigU_Int64(this, value, offset, 0n, 0xffffffffffffffffn, true);
}
function writeBigUInt64BE(value, offset = 0) {
  return writeBigU_Int64(this, value, offset, 0n, 0xffffffffffffffffn, false);
}
function writeBigInt64LE(value, offset = 0) {
  return writeBigU_Int64(this, value, offset, -0x8000000000000000n, 0x7fffffffffffffffn, true);
}
function writeBigInt64BE(value, offset = 0) {
  return writeBigU_Int64(this, value, offset, -0x8000000000000000n, 0x7fffffffffffffffn, false);
}

function makeFloatWriter(size, le) {
  const scratch = size === 4 ? uInt8Float32Array : uInt8Float64Array;
  const arr = size === 4 ? float32Array : float64Array;
  const forward = le !== bigEndian;
  return function(val, offset = 0) {
    val = +val;
    checkBounds(this, offset, size - 1);
    arr[0] = val;
    for (let i = 0; i < size; i++) {
      this[offset + i] = scratch[forward ? i : size - 1 - i];
    }
    return offset + size;
  };
}

const writeFloatLE = makeFloatWriter(4, true);
const writeFloatBE = makeFloatWriter(4, false);
const writeDoubleLE = makeFloatWriter(8, true);
const writeDoubleBE = makeFloatWriter(8, false);

function defineMethods(proto, methods) {
  for (const name of ReflectOwnKeys(methods)) {
    const fn = methods[name];
    if (typeof fn === 'function' && fn.name !== name && typeof name === 'string') {
      ObjectDefineProperty(fn, 'name', { __proto__: null, value: name, configurable: true });
    }
    proto[name] = fn;
  }
}

function nameFn(fn, name) {
  ObjectDefineProperty(fn, 'name', { __proto__: null, value: name, configurable: true });
  return fn;
}

nameFn(readUInt16LE, 'readUInt16LE');
nameFn(readUInt16BE, 'readUInt16BE');
nameFn(readUInt32LE, 'readUInt32LE');
nameFn(readUInt32BE, 'readUInt32BE');
nameFn(readInt16LE, 'readInt16LE');
nameFn(readInt16BE, 'readInt16BE');
nameFn(readInt32LE, 'readInt32LE');
nameFn(readInt32BE, 'readInt32BE');
nameFn(readFloatLE, bigEndian ? 'readFloatBackwards' : 'readFloatForwards');
nameFn(readFloatBE, bigEndian ? 'readFloatForwards' : 'readFloatBackwards');
nameFn(readDoubleLE, bigEndian ? 'readDoubleBackwards' : 'readDoubleForwards');
nameFn(readDoubleBE, bigEndian ? 'readDoubleForwards' : 'readDoubleBackwards');
nameFn(writeFloatLE, bigEndian ? 'writeFloatBackwards' : 'writeFloatForwards');
nameFn(writeFloatBE, bigEndian ? 'writeFloatForwards' : 'writeFloatBackwards');
nameFn(writeDoubleLE, bigEndian ? 'writeDoubleBackwards' : 'writeDoubleForwards');
nameFn(writeDoubleBE, bigEndian ? 'writeDoubleForwards' : 'writeDoubleBackwards');

// Same property order as Node (Object.getOwnPropertyNames(Buffer.prototype)).
const P = BufferPrototype;
P.readBigUInt64LE = readBigUInt64LE;
P.readBigUInt64BE = readBigUInt64BE;
P.readBigUint64LE = readBigUInt64LE;
P.readBigUint64BE = readBigUInt64BE;
P.readBigInt64LE = readBigInt64LE;
P.readBigInt64BE = readBigInt64BE;
P.writeBigUInt64LE = writeBigUInt64LE;
P.writeBigUInt64BE = writeBigUInt64BE;
P.writeBigUint64LE = writeBigUInt64LE;
P.writeBigUint64BE = writeBigUInt64BE;
P.writeBigInt64LE = writeBigInt64LE;
P.writeBigInt64BE = writeBigInt64BE;

P.readUIntLE = readUIntLE;
P.readUInt32LE = readUInt32LE;
P.readUInt16LE = readUInt16LE;
P.readUInt8 = readUInt8;
P.readUIntBE = readUIntBE;
P.readUInt32BE = readUInt32BE;
P.readUInt16BE = readUInt16BE;
P.readUintLE = readUIntLE;
P.readUint32LE = readUInt32LE;
P.readUint16LE = readUInt16LE;
P.readUint8 = readUInt8;
P.readUintBE = readUIntBE;
P.readUint32BE = readUInt32BE;
P.readUint16BE = readUInt16BE;
P.readIntLE = readIntLE;
P.readInt32LE = readInt32LE;
P.readInt16LE = readInt16LE;
P.readInt8 = readInt8;
P.readIntBE = readIntBE;
P.readInt32BE = readInt32BE;
P.readInt16BE = readInt16BE;

P.writeUIntLE = writeUIntLE;
P.writeUInt32LE = writeUInt32LE;
P.writeUInt16LE = writeUInt16LE;
P.writeUInt8 = writeUInt8;
P.writeUIntBE = writeUIntBE;
P.writeUInt32BE = writeUInt32BE;
P.writeUInt16BE = writeUInt16BE;
P.writeUintLE = writeUIntLE;
P.writeUint32LE = writeUInt32LE;
P.writeUint16LE = writeUInt16LE;
P.writeUint8 = writeUInt8;
P.writeUintBE = writeUIntBE;
P.writeUint32BE = writeUInt32BE;
P.writeUint16BE = writeUInt16BE;
P.writeIntLE = writeIntLE;
P.writeInt32LE = writeInt32LE;
P.writeInt16LE = writeInt16LE;
P.writeInt8 = writeInt8;
P.writeIntBE = writeIntBE;
P.writeInt32BE = writeInt32BE;
P.writeInt16BE = writeInt16BE;

P.readFloatLE = readFloatLE;
P.readFloatBE = readFloatBE;
P.readDoubleLE = readDoubleLE;
P.readDoubleBE = readDoubleBE;
P.writeFloatLE = writeFloatLE;
P.writeFloatBE = writeFloatBE;
P.writeDoubleLE = writeDoubleLE;
P.writeDoubleBE = writeDoubleBE;

// Raw codec methods (Node exposes its C++ bindings under these names).
defineMethods(P, {
  asciiSlice(start, end) { return bindingSlice(this, start, end, asciiSlice); },
  base64Slice(start, end) { return bindingSlice(this, start, end, base64Slice); },
  base64urlSlice(start, end) { return bindingSlice(this, start, end, base64urlSlice); },
  latin1Slice(start, end) { return bindingSlice(this, start, end, latin1Slice); },
  hexSlice(start, end) { return bindingSlice(this, start, end, hexSlice); },
  ucs2Slice(start, end) { return bindingSlice(this, start, end, ucs2Slice); },
  utf8Slice(start, end) { return bindingSlice(this, start, end, utf8Slice); },
  asciiWrite(string, offset = 0, length = this.byteLength) {
    return checkedWrite(this, string, offset, length, latin1WriteRaw);
  },
  base64Write(string, offset, length) {
    return bindingWrite(this, string, offset, length, base64WriteRaw);
  },
  base64urlWrite(string, offset, length) {
    return bindingWrite(this, string, offset, length, base64WriteRaw);
  },
  latin1Write(string, offset = 0, length = this.byteLength) {
    return checkedWrite(this, string, offset, length, latin1WriteRaw);
  },
  hexWrite(string, offset, length) {
    return bindingWrite(this, string, offset, length, hexWriteRaw);
  },
  ucs2Write(string, offset, length) {
    return bindingWrite(this, string, offset, length, ucs2WriteRaw);
  },
  utf8Write(string, offset = 0, length = this.byteLength) {
    return checkedWrite(this, string, offset, length, utf8WriteRaw);
  },
});

// Node's C++ bindings report a length of 0.
for (const name of ['asciiSlice', 'base64Slice', 'base64urlSlice', 'latin1Slice', 'hexSlice',
                    'ucs2Slice', 'utf8Slice', 'base64Write', 'base64urlWrite', 'hexWrite',
                    'ucs2Write']) {
  ObjectDefineProperty(P[name], 'length', { __proto__: null, value: 0, configurable: true });
}

// `parent` and `offset` were defined above; re-add them here so that the
// own-property order matches Node's.
{
  const parentDesc = ObjectGetOwnPropertyDescriptor(P, 'parent');
  const offsetDesc = ObjectGetOwnPropertyDescriptor(P, 'offset');
  delete P.parent;
  delete P.offset;
  parentDesc.configurable = false;
  offsetDesc.configurable = false;
  ObjectDefineProperty(P, 'parent', parentDesc);
  ObjectDefineProperty(P, 'offset', offsetDesc);
}

// ---------------------------------------------------------------------------
// Prototype: copy / toString / equals / inspect / compare / search / fill /
// write / toJSON / subarray / swap

function toInteger(n, defaultVal) {
  n = +n;
  if (!NumberIsNaN(n) && n >= NumberMIN_SAFE_INTEGER && n <= NumberMAX_SAFE_INTEGER) {
    return ((n % 1) === 0 ? n : MathFloor(n));
  }
  return defaultVal;
}

function copyImpl(source, target, targetStart, sourceStart, sourceEnd) {
  if (!ArrayBufferIsView(source)) {
    throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  }
  if (!ArrayBufferIsView(target)) {
    throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  }

  if (targetStart === undefined) {
    targetStart = 0;
  } else {
    targetStart = NumberIsInteger(targetStart) ? targetStart : toInteger(targetStart, 0);
    if (targetStart < 0) throw new ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
  }

  if (sourceStart === undefined) {
    sourceStart = 0;
  } else {
    sourceStart = NumberIsInteger(sourceStart) ? sourceStart : toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > source.byteLength) {
      throw new ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${source.byteLength}`, sourceStart);
    }
  }

  if (sourceEnd === undefined) {
    sourceEnd = source.byteLength;
  } else {
    sourceEnd = NumberIsInteger(sourceEnd) ? sourceEnd : toInteger(sourceEnd, 0);
    if (sourceEnd < 0) throw new ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
  }

  if (targetStart >= target.byteLength || sourceStart >= sourceEnd) return 0;

  return _copyActual(source, target, targetStart, sourceStart, sourceEnd);
}

function _copyActual(source, target, targetStart, sourceStart, sourceEnd, isUint8Copy = false) {
  if (sourceEnd - sourceStart > target.byteLength - targetStart) {
    sourceEnd = sourceStart + target.byteLength - targetStart;
  }

  let nb = sourceEnd - sourceStart;
  const sourceLen = source.byteLength - sourceStart;
  if (nb > sourceLen) nb = sourceLen;

  if (nb <= 0) return 0;

  if (sourceStart === 0 && nb === sourceLen && (isUint8Copy || isUint8Array(target))) {
    TypedArrayPrototypeSet(target, source, targetStart);
  } else {
    // Byte-wise memmove between any two views (TypedArray#set copes with
    // overlapping memory).
    const src = bytesOf(source);
    const dst = bytesOf(target);
    TypedArrayPrototypeSet(dst, TypedArrayPrototypeSubarray(src, sourceStart, sourceStart + nb),
                           targetStart);
  }
  return nb;
}

P.copy = function copy(target, targetStart, sourceStart, sourceEnd) {
  return copyImpl(this, target, targetStart, sourceStart, sourceEnd);
};

P.toString = function toString(encoding, start, end) {
  if (arguments.length === 0) return utf8Slice(this, 0, this.length);

  const len = this.length;

  if (start <= 0) start = 0;
  else if (start >= len) return '';
  else start = MathTrunc(start) || 0;

  if (end === undefined || end > len) end = len;
  else end = MathTrunc(end) || 0;

  if (end <= start) return '';

  if (encoding === undefined) return utf8Slice(this, start, end);

  const ops = getEncodingOps(encoding);
  if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);

  return ops.slice(this, start, end);
};

P.equals = function equals(otherBuffer) {
  if (!isUint8Array(otherBuffer)) {
    throw new ERR_INVALID_ARG_TYPE('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
  }
  if (this === otherBuffer) return true;
  const len = TypedArrayPrototypeGetByteLength(this);
  if (len !== TypedArrayPrototypeGetByteLength(otherBuffer)) return false;
  return len === 0 || _compare(this, otherBuffer) === 0;
};

let INSPECT_MAX_BYTES = 50;

function getOwnNonIndexProperties(obj, onlyEnumerable) {
  const keys = ReflectOwnKeys(obj);
  const result = [];
  // A typed array's own keys start with its indices.
  const start = isTypedArray(obj) ? TypedArrayPrototypeGetLength(obj) : 0;
  for (let i = start; i < keys.length; i++) {
    const key = keys[i];
    if (onlyEnumerable && !ObjectPrototypePropertyIsEnumerable(obj, key)) continue;
    result.push(key);
  }
  return result;
}

P[customInspectSymbol] = function inspect(recurseTimes, ctx) {
  const max = INSPECT_MAX_BYTES;
  const actualMax = MathMin(max, this.length);
  const remaining = this.length - max;
  let str = '';
  const hex = bindingSlice(this, 0, actualMax, hexSlice);
  for (let i = 0; i < hex.length; i += 2) {
    if (i !== 0) str += ' ';
    str += StringPrototypeSlice(hex, i, i + 2);
  }
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
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
      str += StringPrototypeSlice(lazyInspect().inspect(obj, {
        ...ctx,
        breakLength: Infinity,
        compact: true,
      }), 27, -2);
    }
  }
  let constructorName = 'Buffer';
  try {
    const { constructor } = this;
    if (typeof constructor === 'function' && ObjectPrototypeHasOwnProperty(constructor, 'name')) {
      constructorName = constructor.name;
    }
  } catch {
    // Use the default name.
  }
  return `<${constructorName} ${str}>`;
};
P.inspect = P[customInspectSymbol];

function compareOffset(source, target, targetStart, sourceStart, targetEnd, sourceEnd) {
  const srcLen = TypedArrayPrototypeGetLength(source);
  const tgtLen = TypedArrayPrototypeGetLength(target);
  if (sourceStart > srcLen) {
    throw nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'The value of "sourceStart" is out of range.');
  }
  if (targetStart > tgtLen) {
    throw nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'The value of "targetStart" is out of range.');
  }
  const toCmp = MathMin(sourceEnd - sourceStart, targetEnd - targetStart, srcLen - sourceStart);
  for (let i = 0; i < toCmp; i++) {
    const x = source[sourceStart + i];
    const y = target[targetStart + i];
    if (x !== y) return x < y ? -1 : 1;
  }
  const a = sourceEnd - sourceStart;
  const b = targetEnd - targetStart;
  if (a > b) return 1;
  if (a < b) return -1;
  return 0;
}

P.compare = function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  if (!isUint8Array(target)) {
    throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  }
  if (arguments.length === 1) return _compare(this, target);

  if (targetStart === undefined) targetStart = 0;
  else validateOffset(targetStart, 'targetStart');

  if (targetEnd === undefined) targetEnd = target.length;
  else validateOffset(targetEnd, 'targetEnd', 0, target.length);

  if (sourceStart === undefined) sourceStart = 0;
  else validateOffset(sourceStart, 'sourceStart');

  if (sourceEnd === undefined) sourceEnd = this.length;
  else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);

  if (sourceStart >= sourceEnd) return (targetStart >= targetEnd ? 0 : -1);
  if (targetStart >= targetEnd) return 1;

  return compareOffset(this, target, targetStart, sourceStart, targetEnd, sourceEnd);
};

// ---- search (Node's IndexOfOffset / SearchString semantics)

function indexOfOffset(length, offset, needleLength, isForward) {
  if (offset < 0) {
    if (offset + length >= 0) return length + offset;
    if (isForward || needleLength === 0) return 0;
    return -1;
  }
  if (offset + needleLength <= length) return offset;
  if (needleLength === 0) return length;
  if (isForward) return -1;
  return length - 1;
}

// Searches units get(i) for the `needle` array of units; returns the match
// position or `hayLen` when there is none.
function searchUnits(hay, hayLen, needle, needleLen, startIndex, isForward, wide) {
  if (hayLen < needleLen) return hayLen;
  const diff = hayLen - needleLen;
  const unit = wide ?
    (i) => hay[2 * i] | (hay[2 * i + 1] << 8) :
    (i) => hay[i];
  const first = needle[0];
  if (isForward) {
    for (let pos = startIndex; pos <= diff; pos++) {
      if (unit(pos) !== first) continue;
      let k = 1;
      while (k < needleLen && unit(pos + k) === needle[k]) k++;
      if (k === needleLen) return pos;
    }
    return hayLen;
  }
  for (let pos = MathMin(startIndex, diff); pos >= 0; pos--) {
    if (unit(pos) !== first) continue;
    let k = 1;
    while (k < needleLen && unit(pos + k) === needle[k]) k++;
    if (k === needleLen) return pos;
  }
  return hayLen;
}

// Byte search specialised for speed.
function searchBytes(hay, hayLen, needle, needleLen, startIndex, isForward) {
  if (hayLen < needleLen) return hayLen;
  const diff = hayLen - needleLen;
  const first = needle[0];
  if (isForward) {
    for (let pos = startIndex; pos <= diff; pos++) {
      if (hay[pos] !== first) continue;
      let k = 1;
      while (k < needleLen && hay[pos + k] === needle[k]) k++;
      if (k === needleLen) return pos;
    }
    return hayLen;
  }
  for (let pos = MathMin(startIndex, diff); pos >= 0; pos--) {
    if (hay[pos] !== first) continue;
    let k = 1;
    while (k < needleLen && hay[pos + k] === needle[k]) k++;
    if (k === needleLen) return pos;
  }
  return hayLen;
}

function indexOfNumber(buffer, needle, byteOffset, dir) {
  const hay = bytesOf(buffer);
  const len = hay.length;
  const opt = indexOfOffset(len, MathTrunc(byteOffset), 1, dir);
  if (opt <= -1 || len === 0) return -1;
  needle &= 255;
  if (dir) {
    for (let i = opt; i < len; i++) if (hay[i] === needle) return i;
  } else {
    for (let i = opt; i >= 0; i--) if (hay[i] === needle) return i;
  }
  return -1;
}

// needle: Uint8Array of bytes, or (for UCS-2 strings) an array of code units.
function indexOfBytes(buffer, needle, needleByteLength, byteOffset, isUcs2, dir, needleUnits) {
  const hay = bytesOf(buffer);
  const hayLen = hay.length;
  const opt = indexOfOffset(hayLen, MathTrunc(byteOffset), needleByteLength, dir);
  if (needleByteLength === 0) return opt;
  if (hayLen === 0) return -1;
  if (opt <= -1) return -1;
  if ((dir && needleByteLength + opt > hayLen) || needleByteLength > hayLen) return -1;
  let result;
  if (isUcs2) {
    const units = needleUnits;
    if (hayLen < 2 || units.length < 1) return -1;
    const hay16Len = MathFloor(hayLen / 2);
    result = searchUnits(hay, hay16Len, units, units.length, MathFloor(opt / 2), dir, true);
    if (result === hay16Len) return -1;
    result *= 2;
  } else {
    result = searchBytes(hay, hayLen, needle, needle.length, opt, dir);
  }
  return result === hayLen ? -1 : result;
}

function stringToUnits(str) {
  const units = new Uint16ArrayCtor(str.length);
  for (let i = 0; i < str.length; i++) units[i] = StringPrototypeCharCodeAt(str, i);
  return units;
}

function bufferToUnits(buf) {
  const n = MathFloor(buf.length / 2);
  const units = new Uint16ArrayCtor(n);
  for (let i = 0; i < n; i++) units[i] = buf[2 * i] | (buf[2 * i + 1] << 8);
  return units;
}

function indexOfString(buffer, val, byteOffset, ops, dir) {
  switch (ops.encodingVal) {
    case kEncUtf8: {
      const bytes = wtf8Encode(val);
      return indexOfBytes(buffer, bytes, bytes.length, byteOffset, false, dir);
    }
    case kEncUcs2:
      return indexOfBytes(buffer, null, val.length * 2, byteOffset, true, dir, stringToUnits(val));
    case kEncLatin1: {
      const bytes = new Uint8ArrayCtor(val.length);
      latin1WriteRaw(bytes, val, 0, val.length);
      return indexOfBytes(buffer, bytes, bytes.length, byteOffset, false, dir);
    }
    default: {
      // ascii, base64, base64url, hex: converted to a Buffer first.
      const bytes = fromStringFast(val, ops);
      return indexOfBytes(buffer, bytes, bytes.length, byteOffset, false, dir);
    }
  }
}

function indexOfBuffer(buffer, val, byteOffset, encodingVal, dir) {
  const needle = bytesOf(val);
  if (encodingVal === kEncUcs2) {
    const hayLen = viewByteLength(buffer);
    // Node checks the needle's byte length before building units.
    const opt = indexOfOffset(hayLen, MathTrunc(byteOffset), needle.length, dir);
    if (needle.length === 0) return opt;
    if (hayLen === 0 || opt <= -1) return -1;
    if ((dir && needle.length + opt > hayLen) || needle.length > hayLen) return -1;
    if (hayLen < 2 || needle.length < 2) return -1;
    const hay = bytesOf(buffer);
    const units = bufferToUnits(needle);
    let result = searchUnits(hay, MathFloor(hayLen / 2), units, units.length,
                             MathFloor(opt / 2), dir, true);
    result *= 2;
    return result === hayLen ? -1 : result;
  }
  return indexOfBytes(buffer, needle, needle.length, byteOffset, false, dir);
}

function bidirectionalIndexOf(buffer, val, byteOffset, encoding, dir) {
  validateBuffer(buffer);

  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = +byteOffset;
  if (NumberIsNaN(byteOffset)) {
    byteOffset = dir ? 0 : (buffer.length || buffer.byteLength);
  }
  dir = !!dir;

  if (typeof val === 'number') return indexOfNumber(buffer, val >>> 0, byteOffset, dir);

  let ops;
  if (encoding === undefined) ops = encodingOps.utf8;
  else ops = getEncodingOps(encoding);

  if (typeof val === 'string') {
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    return indexOfString(buffer, val, byteOffset, ops, dir);
  }

  if (isUint8Array(val)) {
    const encodingVal = ops === undefined ? kEncUtf8 : ops.encodingVal;
    return indexOfBuffer(buffer, val, byteOffset, encodingVal, dir);
  }

  throw new ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], val);
}

P.indexOf = function indexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, true);
};

P.lastIndexOf = function lastIndexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
};

P.includes = function includes(val, byteOffset, encoding) {
  return this.indexOf(val, byteOffset, encoding) !== -1;
};

// ---- fill

// Node's C++ Fill(): returns -1 (invalid value) / -2 (out of bounds) or
// undefined on success.
function bindingFill(buf, value, start, end, encoding) {
  if (!ArrayBufferIsView(buf)) throw notABuffer();
  const bytes = bytesOf(buf);
  start = parseArrayIndex(start, 0);
  end = parseArrayIndex(end, 0);
  const fillLength = end - start;
  if (start > end || fillLength + start > bytes.length) return -2;

  let strLength;
  if (ArrayBufferIsView(value)) {
    const src = bytesOf(value);
    strLength = src.length;
    TypedArrayPrototypeSet(bytes, TypedArrayPrototypeSubarray(src, 0, MathMin(strLength, fillLength)),
                           start);
  } else if (typeof value !== 'string') {
    const v = (+value) >>> 0; // V8's Uint32Value()
    TypedArrayPrototypeFill(bytes, v & 255, start, end);
    return undefined;
  } else {
    const ops = kNormalizedToOps[normalizeEncoding(encoding)] || encodingOps.utf8;
    if (ops.encodingVal === kEncUtf8) {
      const enc = utf8Encode(value);
      strLength = enc.length;
      TypedArrayPrototypeSet(bytes, TypedArrayPrototypeSubarray(enc, 0, MathMin(strLength, fillLength)),
                             start);
    } else if (ops.encodingVal === kEncUcs2) {
      strLength = value.length * 2;
      const enc = new Uint8ArrayCtor(strLength);
      ucs2WriteRaw(enc, value, 0, strLength);
      TypedArrayPrototypeSet(bytes, TypedArrayPrototypeSubarray(enc, 0, MathMin(strLength, fillLength)),
                             start);
    } else {
      strLength = fillLength === 0 ? 0 : ops.writeRaw(bytes, value, start, fillLength);
    }
  }

  if (strLength >= fillLength) return undefined;
  if (strLength === 0) return -1;

  let inThere = strLength;
  let ptr = start + strLength;
  while (inThere < fillLength - inThere) {
    bytes.copyWithin(ptr, start, start + inThere);
    ptr += inThere;
    inThere *= 2;
  }
  if (inThere < fillLength) bytes.copyWithin(ptr, start, start + (fillLength - inThere));
  return undefined;
}

function _fill(buf, value, offset, end, encoding) {
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }

    const normalizedEncoding = normalizeEncoding(encoding);
    if (normalizedEncoding === undefined) {
      validateString(encoding, 'encoding');
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }

    if (value.length === 0) {
      value = 0;
    } else if (value.length === 1) {
      if (normalizedEncoding === 'utf8') {
        const code = StringPrototypeCharCodeAt(value, 0);
        if (code < 128) value = code;
      } else if (normalizedEncoding === 'latin1') {
        value = StringPrototypeCharCodeAt(value, 0);
      }
    }
  } else {
    encoding = undefined;
  }

  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) {
      end = buf.length;
    } else {
      validateOffset(end, 'end', 0, buf.length);
    }
    if (offset >= end) return buf;
  }

  if (typeof value === 'number') {
    const byteLen = TypedArrayPrototypeGetByteLength(buf);
    const fillLength = end - offset;
    if (offset > end || fillLength + offset > byteLen) throw new ERR_BUFFER_OUT_OF_BOUNDS();
    TypedArrayPrototypeFill(buf, value, offset, end);
  } else {
    const res = bindingFill(buf, value, offset, end, encoding);
    if (res < 0) {
      if (res === -1) throw new ERR_INVALID_ARG_VALUE('value', value);
      throw new ERR_BUFFER_OUT_OF_BOUNDS();
    }
  }

  return buf;
}

P.fill = function fill(value, offset, end, encoding) {
  return _fill(this, value, offset, end, encoding);
};

// ---- write

P.write = function write(string, offset, length, encoding) {
  if (offset === undefined) {
    return checkedWrite(this, string, 0, this.length, utf8WriteRaw);
  }
  if (length === undefined && typeof offset === 'string') {
    encoding = offset;
    length = this.length;
    offset = 0;
  } else {
    validateOffset(offset, 'offset', 0, this.length);

    const remaining = this.length - offset;

    if (length === undefined) {
      length = remaining;
    } else if (typeof length === 'string') {
      encoding = length;
      length = remaining;
    } else {
      validateOffset(length, 'length', 0, this.length);
      if (length > remaining) length = remaining;
    }
  }

  if (!encoding || encoding === 'utf8') {
    return checkedWrite(this, string, offset, length, utf8WriteRaw);
  }
  if (encoding === 'ascii') return checkedWrite(this, string, offset, length, latin1WriteRaw);

  const ops = getEncodingOps(encoding);
  if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  if (ops.encodingVal === kEncUtf8 || ops.encodingVal === kEncAscii ||
      ops.encodingVal === kEncLatin1) {
    return checkedWrite(this, string, offset, length, ops.writeRaw);
  }
  return bindingWrite(this, string, offset, length, ops.writeRaw);
};

P.toJSON = function toJSON() {
  if (this.length > 0) {
    const data = new Array(this.length);
    for (let i = 0; i < this.length; ++i) data[i] = this[i];
    return { type: 'Buffer', data };
  }
  return { type: 'Buffer', data: [] };
};

function adjustOffset(offset, length) {
  offset = MathTrunc(offset);
  if (offset === 0) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  if (offset < length) return offset;
  return NumberIsNaN(offset) ? 0 : length;
}

P.subarray = function subarray(start, end) {
  const srcLength = this.length;
  start = adjustOffset(start, srcLength);
  end = end !== undefined ? adjustOffset(end, srcLength) : srcLength;
  const newLength = end > start ? end - start : 0;
  return new FastBuffer(this.buffer, this.byteOffset + start, newLength);
};

P.slice = function slice(start, end) {
  return this.subarray(start, end);
};

function swap(b, n, m) {
  const i = b[n];
  b[n] = b[m];
  b[m] = i;
}

P.swap16 = function swap16() {
  const len = this.length;
  if (len % 2 !== 0) throw new ERR_INVALID_BUFFER_SIZE('16-bits');
  for (let i = 0; i < len; i += 2) swap(this, i, i + 1);
  return this;
};

P.swap32 = function swap32() {
  const len = this.length;
  if (len % 4 !== 0) throw new ERR_INVALID_BUFFER_SIZE('32-bits');
  for (let i = 0; i < len; i += 4) {
    swap(this, i, i + 3);
    swap(this, i + 1, i + 2);
  }
  return this;
};

P.swap64 = function swap64() {
  const len = this.length;
  if (len % 8 !== 0) throw new ERR_INVALID_BUFFER_SIZE('64-bits');
  for (let i = 0; i < len; i += 8) {
    swap(this, i, i + 7);
    swap(this, i + 1, i + 6);
    swap(this, i + 2, i + 5);
    swap(this, i + 3, i + 4);
  }
  return this;
};

P.toLocaleString = P.toString;

// ---------------------------------------------------------------------------
// transcode (Node uses ICU; these are the conversions between the four
// encodings it supports, with ICU's substitution behaviour).

const kTranscodable = { __proto__: null, ascii: true, latin1: true, utf16le: true, utf8: true };

function transcodeError(code, errno) {
  return genericNodeError(`Unable to transcode Buffer [${code}]`, { code, errno });
}

// Code units (UTF-16) of the decoded source, with U+FFFD for invalid input.
function decodeForTranscode(source, from) {
  switch (from) {
    case 'latin1':
      return latin1Slice(source, 0, source.length);
    case 'ascii': {
      const u16 = new Uint16ArrayCtor(source.length);
      for (let i = 0; i < source.length; i++) {
        const b = source[i];
        u16[i] = b < 0x80 ? b : 0xfffd;
      }
      return unitsToString(u16);
    }
    case 'utf8':
      return utf8Slice(source, 0, source.length);
    default: { // utf16le, ICU's UTF-16LE converter
      const n = source.length;
      const units = [];
      let i = 0;
      for (; i + 1 < n; i += 2) {
        const c = source[i] | (source[i + 1] << 8);
        if (c >= 0xd800 && c <= 0xdbff) {
          if (i + 3 < n) {
            const d = source[i + 2] | (source[i + 3] << 8);
            if (d >= 0xdc00 && d <= 0xdfff) {
              units.push(c, d);
              i += 2;
              continue;
            }
          }
          units.push(0xfffd);
        } else if (c >= 0xdc00 && c <= 0xdfff) {
          units.push(0xfffd);
        } else {
          units.push(c);
        }
      }
      if (i < n) units.push(0xfffd); // incomplete trailing byte
      return unitsToString(units);
    }
  }
}

function unitsToString(units) {
  let res = '';
  for (let i = 0; i < units.length; i += kMaxChunk) {
    res += ReflectApply(StringFromCharCode, null,
                        ArrayIsArray(units) ? units.slice(i, i + kMaxChunk) :
                          TypedArrayPrototypeSubarray(units, i, i + kMaxChunk));
  }
  return res;
}

// ICU drops unmappable default-ignorable code points instead of
// substituting them.
function isDefaultIgnorable(c) {
  return c === 0xad || c === 0x34f || c === 0x61c || c === 0x115f || c === 0x1160 ||
    (c >= 0x17b4 && c <= 0x17b5) || (c >= 0x180b && c <= 0x180f) ||
    (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2060 && c <= 0x206f) || c === 0x3164 || (c >= 0xfe00 && c <= 0xfe0f) ||
    c === 0xfeff || c === 0xffa0 || (c >= 0xfff0 && c <= 0xfff8) ||
    (c >= 0x1bca0 && c <= 0x1bca3) || (c >= 0x1d173 && c <= 0x1d17a) ||
    (c >= 0xe0000 && c <= 0xe0fff);
}

// Encodes a string into a one-byte charset: '?' for each unmappable code
// point (lone surrogates included).
function encodeOneByte(str, maxCode) {
  const out = [];
  const n = str.length;
  for (let i = 0; i < n; i++) {
    let c = StringPrototypeCharCodeAt(str, i);
    if (c <= maxCode) {
      out.push(c);
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = StringPrototypeCharCodeAt(str, i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        i++;
        c = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
      }
    }
    if (isDefaultIgnorable(c)) continue;
    out.push(0x3f);
  }
  return fromArrayLikeFresh(out);
}

function fromArrayLikeFresh(arr) {
  const b = new FastBuffer(arr.length);
  TypedArrayPrototypeSet(b, arr, 0);
  return b;
}

function hasLoneSurrogate(units) {
  for (let i = 0; i < units.length; i++) {
    const c = units[i];
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = units[i + 1];
      if (d >= 0xdc00 && d <= 0xdfff) {
        i++;
        continue;
      }
      return true;
    }
    if (c >= 0xdc00 && c <= 0xdfff) return true;
  }
  return false;
}

function transcodeImpl(source, from, to) {
  if ((from === 'ascii' || from === 'latin1') && to === 'utf16le') {
    const out = new FastBuffer(source.length * 2);
    for (let i = 0; i < source.length; i++) out[2 * i] = source[i];
    return out;
  }
  if (from === 'utf8' && to === 'utf16le') {
    if (!isValidUtf8(source)) throw transcodeError('U_INVALID_CHAR_FOUND', 10);
    const str = utf8Slice(source, 0, source.length);
    const out = new FastBuffer(str.length * 2);
    ucs2WriteRaw(out, str, 0, out.length);
    return out;
  }
  if (from === 'utf16le' && to === 'utf8') {
    const nChars = MathFloor(source.length / 2);
    const units = bufferToUnits(source);
    if (nChars === 0 || hasLoneSurrogate(units)) throw transcodeError('U_INVALID_CHAR_FOUND', 10);
    const str = unitsToString(units);
    return fromArrayLikeFresh(utf8Encode(str));
  }
  if (from === 'utf16le' && to !== 'utf16le') {
    // ucnv_fromUChars: the odd trailing byte is ignored.
    const str = unitsToString(bufferToUnits(source));
    return encodeOneByte(str, to === 'latin1' ? 0xff : 0x7f);
  }
  // Generic ICU conversion.
  const str = decodeForTranscode(source, from);
  switch (to) {
    case 'utf8':
      return fromArrayLikeFresh(utf8Encode(str));
    case 'utf16le': {
      const out = new FastBuffer(str.length * 2);
      ucs2WriteRaw(out, str, 0, out.length);
      return out;
    }
    case 'latin1':
      return encodeOneByte(str, 0xff);
    default:
      return encodeOneByte(str, 0x7f);
  }
}

function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) {
    throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  }
  if (source.length === 0) return new FastBuffer();

  fromEncoding = normalizeEncoding(fromEncoding) || fromEncoding;
  toEncoding = normalizeEncoding(toEncoding) || toEncoding;
  if (typeof fromEncoding !== 'string' || !kTranscodable[fromEncoding] ||
      typeof toEncoding !== 'string' || !kTranscodable[toEncoding]) {
    throw transcodeError('U_ILLEGAL_ARGUMENT_ERROR', 1);
  }
  return transcodeImpl(source, fromEncoding, toEncoding);
}

// ---------------------------------------------------------------------------
// isUtf8 / isAscii

function isDetached(input) {
  return isArrayBuffer(input) && ArrayBufferPrototypeGetDetached !== undefined &&
    ArrayBufferPrototypeGetDetached(input);
}

function validationBytes(input, name) {
  if (!(isTypedArray(input) || isAnyArrayBuffer(input))) {
    throw new ERR_INVALID_ARG_TYPE(name, ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
  }
  if (isDetached(input)) {
    throw nativeError(Error, 'ERR_INVALID_STATE', 'Cannot validate on a detached buffer');
  }
  return isTypedArray(input) ? bytesOf(input) : new Uint8ArrayCtor(input);
}

function isUtf8(input) {
  return isValidUtf8(validationBytes(input, 'input'));
}

function isAscii(input) {
  const bytes = validationBytes(input, 'input');
  for (let i = 0; i < bytes.length; i++) if (bytes[i] > 0x7f) return false;
  return true;
}

// ---------------------------------------------------------------------------
// atob / btoa (the globals' implementation when the runtime provides one).

let DOMExceptionCtor;
function lazyDOMException(message, name) {
  if (DOMExceptionCtor === undefined) {
    try {
      const mod = require('internal/domexception');
      DOMExceptionCtor = mod.DOMException || mod;
    } catch {
      DOMExceptionCtor = globalThis.DOMException;
    }
  }
  if (typeof DOMExceptionCtor === 'function') return new DOMExceptionCtor(message, name);
  const err = new Error(message);
  err.name = name;
  return err;
}

function ownBtoa(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  const n = input.length;
  const bytes = new Uint8ArrayCtor(n);
  for (let i = 0; i < n; i++) {
    const c = StringPrototypeCharCodeAt(input, i);
    if (c > 0xff) throw lazyDOMException('Invalid character', 'InvalidCharacterError');
    bytes[i] = c;
  }
  return base64Slice(bytes, 0, n);
}

function ownAtob(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  // Forgiving-base64: drop ASCII whitespace, then at most two '=' when the
  // length is a multiple of four.
  const chars = new Uint8ArrayCtor(input.length);
  let len = 0;
  let invalid = false;
  for (let i = 0; i < input.length; i++) {
    const c = StringPrototypeCharCodeAt(input, i);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d) continue;
    if (c > 0xff) invalid = true;
    chars[len++] = c;
  }
  if (len % 4 === 0 && len > 0) {
    if (chars[len - 1] === 61) {
      len--;
      if (chars[len - 1] === 61) len--;
    }
  }
  if (!invalid) {
    for (let i = 0; i < len; i++) {
      const c = chars[i];
      const v = kUnbase64[c];
      if (v < 0 || c === 45 || c === 95) { // '-' and '_' are not in the base64 alphabet
        invalid = true;
        break;
      }
    }
  }
  if (invalid) throw lazyDOMException('Invalid character', 'InvalidCharacterError');
  if (len % 4 === 1) {
    throw lazyDOMException('The string to be decoded is not correctly encoded.',
                           'InvalidCharacterError');
  }
  const out = new Uint8ArrayCtor(MathFloor(len * 3 / 4));
  let k = 0;
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < len; i++) {
    acc = (acc << 6) | kUnbase64[chars[i]];
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[k++] = (acc >> bits) & 0xff;
    }
  }
  return latin1Slice(out, 0, k);
}

const atob = nameFn(ownAtob, 'atob');
const btoa = nameFn(ownBtoa, 'btoa');

// In Node, `buffer.atob`/`btoa` are the global functions. The runtime takes
// the globals from `internal/encoding`; use that module's functions when it
// has them (looked up once the exports exist, in case it requires 'buffer'),
// else the globals, else the implementations above.
function adoptSharedBase64Functions(target) {
  let mod;
  try {
    mod = require('internal/encoding');
  } catch {
    mod = undefined;
  }
  for (const name of ['atob', 'btoa']) {
    let fn;
    if (mod && typeof mod[name] === 'function') fn = mod[name];
    else if (typeof globalThis[name] === 'function') fn = globalThis[name];
    if (fn !== undefined) target[name] = fn;
  }
}

// ---------------------------------------------------------------------------
// Blob / File

const disallowedTypeCharacters = /[^\u{0020}-\u{007E}]/u;

function blobType(type) {
  type = `${type}`;
  return RegExpPrototypeExec(disallowedTypeCharacters, type) !== null ?
    '' : StringPrototypeToLowerCase(type);
}

function toIntClamp64(value) {
  // WebIDL `long long` conversion (no [EnforceRange]).
  let x = +value;
  if (!Number.isFinite(x)) return 0;
  x = MathTrunc(x);
  if (x === 0) return 0;
  return x;
}

let kBlobInternal;

class Blob {
  #bytes;
  #type;

  constructor(sources = [], options) {
    if (sources === null ||
        typeof sources[SymbolIterator] !== 'function' ||
        typeof sources === 'string') {
      throw new ERR_INVALID_ARG_TYPE('sources', 'a sequence', sources);
    }
    validateDictionary(options, 'options');
    let { type = '', endings = 'transparent' } = options ?? {};

    endings = `${endings}`;
    if (endings !== 'transparent' && endings !== 'native') {
      throw new ERR_INVALID_ARG_VALUE('options.endings', endings);
    }

    let length = 0;
    const parts = ArrayFrom(sources, (source) => {
      let bytes;
      if (source !== null && typeof source === 'object' && #bytes in source) {
        bytes = source.#bytes;
      } else if (isAnyArrayBuffer(source)) {
        bytes = new Uint8ArrayCtor(ArrayBufferPrototypeSlice(source, 0));
      } else if (ArrayBufferIsView(source)) {
        const view = bytesOf(source);
        bytes = new Uint8ArrayCtor(view.length);
        TypedArrayPrototypeSet(bytes, view, 0);
      } else {
        let str = `${source}`;
        if (endings === 'native') str = StringPrototypeReplace(str, /\n|\r\n/g, '\n');
        bytes = utf8Encode(str);
      }
      length += bytes.length;
      return bytes;
    });

    if (length > kMaxLength) throw new ERR_BUFFER_TOO_LARGE(kMaxLength);

    const all = new Uint8ArrayCtor(length);
    let pos = 0;
    for (let i = 0; i < parts.length; i++) {
      TypedArrayPrototypeSet(all, parts[i], pos);
      pos += parts[i].length;
    }
    this.#bytes = all;
    this.#type = blobType(type);
  }

  static {
    kBlobInternal = {
      isBlob: (obj) => obj !== null && typeof obj === 'object' && #bytes in obj,
      bytes: (obj) => obj.#bytes,
      create(bytes, type) {
        const blob = new Blob();
        blob.#bytes = bytes;
        blob.#type = type;
        return blob;
      },
    };
  }

  [customInspectSymbol](depth, options) {
    if (depth < 0) return this;
    const opts = {
      ...options,
      depth: options.depth == null ? null : options.depth - 1,
    };
    return `Blob ${lazyInspect().inspect({ size: this.size, type: this.type }, opts)}`;
  }

  get type() {
    if (!kBlobInternal.isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return this.#type;
  }

  get size() {
    if (!kBlobInternal.isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return this.#bytes.length;
  }

  slice(start = 0, end = kBlobInternal.isBlob(this) ? this.#bytes.length : 0, contentType = '') {
    if (!kBlobInternal.isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    const size = this.#bytes.length;
    start = toIntClamp64(start);
    end = toIntClamp64(end);
    if (start < 0) start = MathMax(size + start, 0);
    else start = MathMin(start, size);
    if (end < 0) end = MathMax(size + end, 0);
    else end = MathMin(end, size);
    contentType = blobType(contentType);
    const span = MathMax(end - start, 0);
    const bytes = new Uint8ArrayCtor(span);
    TypedArrayPrototypeSet(bytes, TypedArrayPrototypeSubarray(this.#bytes, start, start + span), 0);
    return kBlobInternal.create(bytes, contentType);
  }

  arrayBuffer() {
    if (!kBlobInternal.isBlob(this)) return PromiseReject(new ERR_INVALID_THIS('Blob'));
    const copy = new Uint8ArrayCtor(this.#bytes.length);
    TypedArrayPrototypeSet(copy, this.#bytes, 0);
    return PromiseResolve(copy.buffer);
  }

  text() {
    if (!kBlobInternal.isBlob(this)) return PromiseReject(new ERR_INVALID_THIS('Blob'));
    const bytes = this.#bytes;
    return PromisePrototypeThen(PromiseResolve(undefined), () => {
      // TextDecoder('utf-8'): the BOM is dropped.
      const start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb &&
        bytes[2] === 0xbf ? 3 : 0;
      return utf8Slice(bytes, start, bytes.length);
    });
  }

  bytes() {
    if (!kBlobInternal.isBlob(this)) return PromiseReject(new ERR_INVALID_THIS('Blob'));
    return PromisePrototypeThen(this.arrayBuffer(), (ab) => new Uint8ArrayCtor(ab));
  }

  stream() {
    if (!kBlobInternal.isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    const RS = globalThis.ReadableStream;
    if (typeof RS !== 'function') {
      const errors = require('internal/errors');
      throw errors.sandboxUnsupported('Blob.prototype', 'stream');
    }
    const bytes = this.#bytes;
    let done = false;
    return new RS({
      type: 'bytes',
      pull(c) {
        if (!done && bytes.length !== 0) {
          const copy = new Uint8ArrayCtor(bytes.length);
          TypedArrayPrototypeSet(copy, bytes, 0);
          c.enqueue(copy);
        }
        done = true;
        c.close();
        if (c.byobRequest) c.byobRequest.respond(0);
      },
    });
  }
}

ObjectDefineProperty(Blob.prototype, SymbolToStringTag, {
  __proto__: null,
  configurable: true,
  value: 'Blob',
});

{
  const enumerable = { __proto__: null, enumerable: true };
  ObjectDefineProperties(Blob.prototype, {
    size: enumerable,
    type: enumerable,
    slice: enumerable,
    stream: enumerable,
    text: enumerable,
    arrayBuffer: enumerable,
    bytes: enumerable,
  });
}

class File extends Blob {
  #name;
  #lastModified;

  constructor(fileBits, fileName, options = {}) {
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('fileBits', 'fileName');

    super(fileBits, options);

    let { lastModified } = options ?? {};

    if (lastModified !== undefined) {
      lastModified = +lastModified;
      if (NumberIsNaN(lastModified)) lastModified = 0;
    } else {
      // Node uses Date.now(); the bridge must not read the clock itself.
      lastModified = 0;
    }

    this.#name = StringPrototypeToWellFormed(`${fileName}`);
    this.#lastModified = lastModified;
  }

  get name() {
    return this.#name;
  }

  get lastModified() {
    return this.#lastModified;
  }

  [customInspectSymbol](depth, options) {
    if (depth < 0) return this;
    const opts = {
      ...options,
      depth: options.depth == null ? null : options.depth - 1,
    };
    return `File ${lazyInspect().inspect({
      size: this.size,
      type: this.type,
      name: this.#name,
      lastModified: this.#lastModified,
    }, opts)}`;
  }
}

ObjectDefineProperties(File.prototype, {
  name: { __proto__: null, enumerable: true },
  lastModified: { __proto__: null, enumerable: true },
  [SymbolToStringTag]: { __proto__: null, configurable: true, value: 'File' },
});

function resolveObjectURL(url) {
  url = `${url}`;
  return undefined;
}

// ---------------------------------------------------------------------------
// Exports

module.exports = {
  Buffer,
  SlowBuffer,
  transcode,
  isUtf8,
  isAscii,

  // Legacy
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
};

ObjectDefineProperties(module.exports, {
  constants: {
    __proto__: null,
    configurable: false,
    enumerable: true,
    value: constants,
  },
  INSPECT_MAX_BYTES: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return INSPECT_MAX_BYTES; },
    set(val) {
      validateNumber(val, 'INSPECT_MAX_BYTES', 0);
      INSPECT_MAX_BYTES = val;
    },
  },
});

// Node defines these lazily (accessors that turn into data properties).
function defineLazyExports(target, values) {
  const descriptors = { __proto__: null };
  for (const key of ReflectOwnKeys(values)) {
    const value = values[key];
    const set = nameFn(function(v) {
      ObjectDefineProperty(target, key, { __proto__: null, writable: true, value: v });
    }, `set ${key}`);
    const get = nameFn(function() {
      set(value);
      return value;
    }, `get ${key}`);
    descriptors[key] = { __proto__: null, configurable: true, enumerable: true, get, set };
  }
  ObjectDefineProperties(target, descriptors);
}

defineLazyExports(module.exports, { Blob, resolveObjectURL });
defineLazyExports(module.exports, { File });

adoptSharedBase64Functions(module.exports);
