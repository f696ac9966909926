'use strict';

// The `crypto` module (Node 22's API) over the sandbox's crypto syscalls.
//
// REGISTRATION (for the lead):
//   * `require('crypto')` / `require('node:crypto')` → this module's exports
//     (bootstrap's builtinFactories already maps `crypto` to 'internal/crypto').
//   * `globalThis.crypto` → `require('internal/crypto').webcrypto` and
//     `globalThis.Crypto` → its constructor (bootstrap's defineLazyGlobal, already there);
//     `globalThis.CryptoKey` / `globalThis.SubtleCrypto` → `.CryptoKey` / `.SubtleCrypto`
//     exported below (non-enumerable), if wanted.
//   * 'internal/crypto_binding' must be in bootstrap's `hostModules` (it is) — this file itself
//     needs no internalBinding.
//
// Every digest/MAC/KDF/cipher is one syscall on the whole input; randomness comes only from
// `random.bytes`. Asymmetric APIs throw ERR_NOT_SUPPORTED_IN_SANDBOX.

const { sys, sysAsync } = require('internal/crypto_binding');
const { Buffer } = require('buffer');
const errors = require('internal/errors');
const {
  codes,
  E,
  validateString,
  validateNumber,
  validateInteger,
  validateInt32,
  validateUint32,
  validateFunction,
  validateObject,
  validateBoolean,
} = errors;
const { types } = require('util');
const { isAnyArrayBuffer, isArrayBufferView, isTypedArray } = types;

// ---------------------------------------------------------------------------
// Error codes Node's crypto uses (defined here if the shared table lacks them).

function defineCode(code, msg, cls) {
  if (!codes[code]) E(code, msg, cls);
}
defineCode('ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest: %s', 'T');
defineCode('ERR_CRYPTO_HASH_FINALIZED', 'Digest already called', 'E');
defineCode('ERR_CRYPTO_HASH_UPDATE_FAILED', 'Hash update failed', 'E');
defineCode('ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', 'Input buffers must have the same byte length', 'R');
defineCode('ERR_CRYPTO_INVALID_SCRYPT_PARAMS', 'Invalid scrypt params', 'R');
defineCode('ERR_CRYPTO_SCRYPT_INVALID_PARAMETER', 'Invalid scrypt parameter', 'E');
defineCode('ERR_CRYPTO_UNKNOWN_CIPHER', 'Unknown cipher', 'E');
defineCode('ERR_CRYPTO_INVALID_KEYLEN', 'Invalid key length', 'R');
defineCode('ERR_CRYPTO_INVALID_IV', 'Invalid initialization vector', 'T');
defineCode('ERR_CRYPTO_INVALID_STATE', 'Invalid state for operation %s', 'E');
defineCode('ERR_CRYPTO_INVALID_AUTH_TAG', 'Invalid authentication tag length: %s', 'T');
defineCode('ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', 'Invalid key object type %s, expected %s.', 'T');
defineCode('ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS', 'The selected key encoding %s %s.', 'E');
defineCode('ERR_CRYPTO_INVALID_JWK', 'Invalid JWK data', 'T');
defineCode('ERR_CRYPTO_INVALID_KEYTYPE', 'Invalid key type', 'R');
defineCode('ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest: %s', 'T');
defineCode('ERR_CRYPTO_UNKNOWN_DH_GROUP', 'Unknown DH group', 'E');
defineCode('ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor', 'T');
defineCode('ERR_INVALID_THIS', 'Value of "this" must be of type %s', 'T');

const {
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
  ERR_OUT_OF_RANGE,
  ERR_CRYPTO_INVALID_DIGEST,
  ERR_CRYPTO_HASH_FINALIZED,
  ERR_CRYPTO_HASH_UPDATE_FAILED,
  ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH,
  ERR_CRYPTO_INVALID_SCRYPT_PARAMS,
  ERR_CRYPTO_SCRYPT_INVALID_PARAMETER,
  ERR_CRYPTO_UNKNOWN_CIPHER,
  ERR_CRYPTO_INVALID_KEYLEN,
  ERR_CRYPTO_INVALID_IV,
  ERR_CRYPTO_INVALID_STATE,
  ERR_CRYPTO_INVALID_AUTH_TAG,
  ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE,
  ERR_CRYPTO_INVALID_JWK,
  ERR_ILLEGAL_CONSTRUCTOR,
  ERR_INVALID_THIS,
} = codes;

let DOMExceptionCtor;
function lazyDOMException(message, name) {
  if (DOMExceptionCtor === undefined) {
    const m = require('internal/domexception');
    DOMExceptionCtor = typeof m === 'function' ? m : m.DOMException;
  }
  return new DOMExceptionCtor(message, name);
}

// Replace a Node error's message (and the stack's first line).
function withMessage(err, msg) {
  Object.defineProperty(err, 'message', {
    __proto__: null, value: msg, writable: true, configurable: true, enumerable: false,
  });
  if (typeof err.stack === 'string') {
    const nl = err.stack.indexOf('\n    at');
    err.stack = `${err.name} [${err.code}]: ${msg}${nl === -1 ? '' : err.stack.slice(nl)}`;
  }
  return err;
}

// `crypto.<api> is not supported in sandbox` (ERR_NOT_SUPPORTED_IN_SANDBOX).
function unsupported(api) {
  return errors.sandboxUnsupported('crypto', api);
}

const kInspect = Symbol.for('nodejs.util.inspect.custom');
let utilInspect;
function inspect(v, opts) {
  if (utilInspect === undefined) utilInspect = require('util').inspect;
  return utilInspect(v, opts);
}

// ---------------------------------------------------------------------------
// Byte helpers

// A Uint8Array over the bytes of any ArrayBuffer / view (no copy).
function bytesOf(v) {
  if (v instanceof Uint8Array) return v;
  if (isAnyArrayBuffer(v)) return new Uint8Array(v);
  return new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
}

function copyBytes(v) {
  const b = bytesOf(v);
  const out = new Uint8Array(b.length);
  out.set(b);
  return out;
}

function concatBytes(chunks, total) {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(total);
  let off = 0;
  for (const c of chunks) {
    out.set(c, off);
    off += c.length;
  }
  return out;
}

function toBuffer(u8) {
  return Buffer.from(u8.buffer, u8.byteOffset, u8.byteLength);
}

function normalizeEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8') return 'utf8';
  switch (`${enc}`.toLowerCase()) {
    case 'utf8': case 'utf-8': return 'utf8';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    case 'latin1': case 'binary': return 'latin1';
    case 'base64': return 'base64';
    case 'base64url': return 'base64url';
    case 'hex': return 'hex';
    case 'ascii': return 'ascii';
    case '': return 'utf8';
    default: return undefined;
  }
}

// Encode a result the way Node's C++ StringBytes::Encode does: unknown → Buffer.
function encodeOutput(buf, enc) {
  if (enc === undefined || enc === null || enc === '' || enc === false) return buf;
  const e = normalizeEncoding(`${enc}`);
  if (e === undefined || `${enc}`.toLowerCase() === 'buffer') return buf;
  return buf.toString(e);
}

// A string with an encoding, as Node's C++ decodes it (unknown encodings → utf8).
function stringBytes(str, enc) {
  const e = enc === undefined || enc === null ? 'utf8' : (normalizeEncoding(`${enc}`) || 'utf8');
  return bytesOf(Buffer.from(str, e));
}

function validateEncoding(data, encoding) {
  const e = normalizeEncoding(encoding);
  if (e === 'hex' && data.length % 2 !== 0) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, `is invalid for data of length ${data.length}`);
  }
}

const getArrayBufferOrView = (buffer, name, encoding) => {
  if (isAnyArrayBuffer(buffer)) return buffer;
  if (typeof buffer === 'string') {
    if (encoding === 'buffer') encoding = 'utf8';
    return Buffer.from(buffer, encoding);
  }
  if (!isArrayBufferView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE(name,
      ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
  return buffer;
};

// ---------------------------------------------------------------------------
// Algorithms

// Node digest names (as getHashes spells them) → the syscall's name and output size.
const HASH_INFO = {
  __proto__: null,
  'md5': { alg: 'md5', size: 16, block: 64 },
  'sha1': { alg: 'sha1', size: 20, block: 64 },
  'sha224': { alg: 'sha224', size: 28, block: 64 },
  'sha256': { alg: 'sha256', size: 32, block: 64 },
  'sha384': { alg: 'sha384', size: 48, block: 128 },
  'sha512': { alg: 'sha512', size: 64, block: 128 },
  'sha512-224': { alg: 'sha512-224', size: 28, block: 128 },
  'sha512-256': { alg: 'sha512-256', size: 32, block: 128 },
};
// What the HMAC / PBKDF2 syscalls accept.
const HMAC_OK = new Set(['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']);
const PBKDF2_OK = new Set(['md5', 'sha1', 'sha256', 'sha384', 'sha512']);

// OpenSSL's spellings (case-insensitive).
function canonicalHash(name) {
  if (typeof name !== 'string') return undefined;
  let n = name.toLowerCase();
  if (n.startsWith('rsa-')) n = n.slice(4);
  switch (n) {
    case 'md5': case 'ssl3-md5': case 'md5withrsaencryption': return 'md5';
    case 'sha1': case 'sha-1': case 'ssl3-sha1': case 'sha1withrsaencryption': return 'sha1';
    case 'sha224': case 'sha-224': case 'sha2-224': case 'sha224withrsaencryption': return 'sha224';
    case 'sha256': case 'sha-256': case 'sha2-256': case 'sha256withrsaencryption': return 'sha256';
    case 'sha384': case 'sha-384': case 'sha2-384': case 'sha384withrsaencryption': return 'sha384';
    case 'sha512': case 'sha-512': case 'sha2-512': case 'sha512withrsaencryption': return 'sha512';
    case 'sha512-224': case 'sha-512/224': case 'sha2-512/224': case 'sha512/224':
    case 'sha512-224withrsaencryption': return 'sha512-224';
    case 'sha512-256': case 'sha-512/256': case 'sha2-512/256': case 'sha512/256':
    case 'sha512-256withrsaencryption': return 'sha512-256';
    default: return undefined;
  }
}

function hashBytes(alg, data) {
  return sys('crypto.hash', { alg, data });
}

function hmacBytes(alg, key, data) {
  return sys('crypto.hmac', { alg, key, data });
}

// ---------------------------------------------------------------------------
// LazyTransform: Hash, Hmac, Cipheriv and Decipheriv are streams, made on first use.

let TransformCtor;
function lazyTransform() {
  if (TransformCtor === undefined) TransformCtor = require('stream').Transform;
  return TransformCtor;
}

function LazyTransform(options) {
  this._options = options;
}

let lazyProtoReady = false;
function ensureLazyProto() {
  if (lazyProtoReady) return;
  lazyProtoReady = true;
  Object.setPrototypeOf(LazyTransform.prototype, lazyTransform().prototype);
}

function makeLazyGetter(name) {
  return function() {
    ensureLazyProto();
    lazyTransform().call(this, this._options);
    this._writableState.decodeStrings = false;
    return this[name];
  };
}
function makeLazySetter(name) {
  return function(val) {
    Object.defineProperty(this, name, {
      __proto__: null, value: val, enumerable: true, configurable: true, writable: true,
    });
  };
}
for (const name of ['_readableState', '_writableState', '_transformState']) {
  Object.defineProperty(LazyTransform.prototype, name, {
    __proto__: null,
    get: makeLazyGetter(name),
    set: makeLazySetter(name),
    configurable: true,
    enumerable: true,
  });
}


// ---------------------------------------------------------------------------
// Hash

const kState = Symbol('kState');
const kFinalized = Symbol('kFinalized');
const kHandle = Symbol('kHandle');
// Handles shown by util.inspect like Node's native ones (`Hash {}`, `CipherBase {}`).
const HashHandle = class Hash {};
const HmacHandle = class Hmac {};
const CipherBase = class CipherBase {};

// State object whose data fields are hidden from util.inspect (only kFinalized shows).
function hiddenState(fields) {
  const st = { [kFinalized]: false };
  for (const k of Object.keys(fields)) {
    Object.defineProperty(st, k, {
      __proto__: null, value: fields[k], writable: true, enumerable: false, configurable: true,
    });
  }
  return st;
}

function Hash(algorithm, options) {
  if (!(this instanceof Hash)) return new Hash(algorithm, options);
  ensureLazyProto();
  let alg;
  let chunks;
  let total = 0;
  if (algorithm instanceof Hash) {
    const src = algorithm[kState];
    alg = src.alg;
    chunks = src.chunks.slice();
    total = src.total;
  } else {
    validateString(algorithm, 'algorithm');
    alg = canonicalHash(algorithm);
    if (alg === undefined) throw new Error('Digest method not supported');
    chunks = [];
  }
  const xofLen = (options !== null && typeof options === 'object') ? options.outputLength : undefined;
  if (xofLen !== undefined) {
    validateUint32(xofLen, 'options.outputLength');
    if (xofLen !== HASH_INFO[alg].size) {
      const err = new Error('error:030000B2:digital envelope routines::not XOF or invalid length');
      err.library = 'digital envelope routines';
      err.reason = 'not XOF or invalid length';
      err.code = 'ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH';
      throw err;
    }
  }
  this[kHandle] = new HashHandle();
  this[kState] = hiddenState({ alg, chunks, total });
  LazyTransform.call(this, options);
}
Object.setPrototypeOf(Hash.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hash, LazyTransform);

function appendData(state, data, encoding) {
  let bytes;
  if (typeof data === 'string') {
    bytes = stringBytes(data, encoding);
  } else {
    bytes = copyBytes(data);
  }
  if (bytes.length) {
    state.chunks.push(bytes);
    state.total += bytes.length;
  }
}

Hash.prototype.copy = function copy(options) {
  const state = this[kState];
  if (state[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  return new Hash(this, options);
};

Hash.prototype._transform = function _transform(chunk, encoding, callback) {
  this.update(chunk, encoding);
  callback();
};

Hash.prototype._flush = function _flush(callback) {
  this.push(this.digest());
  callback();
};

Hash.prototype.update = function update(data, encoding) {
  const state = this[kState];
  if (state[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  if (typeof data === 'string') {
    validateEncoding(data, encoding);
  } else if (!isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  appendData(state, data, encoding);
  return this;
};

function finishDigest(state) {
  const data = concatBytes(state.chunks, state.total);
  state.chunks = [];
  state.total = 0;
  return toBuffer(hashBytes(HASH_INFO[state.alg].alg, data));
}

Hash.prototype.digest = function digest(outputEncoding) {
  const state = this[kState];
  if (state[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  const out = finishDigest(state);
  state[kFinalized] = true;
  return encodeOutput(out, outputEncoding);
};

// ---------------------------------------------------------------------------
// Hmac

function Hmac(hmac, key, options) {
  if (!(this instanceof Hmac)) return new Hmac(hmac, key, options);
  ensureLazyProto();
  validateString(hmac, 'hmac');
  const encoding = (options !== null && typeof options === 'object') ? options.encoding : undefined;
  const keyBytes = prepareSecretKey(key, encoding);
  const alg = canonicalHash(hmac);
  if (alg === undefined || !HMAC_OK.has(alg)) throw new ERR_CRYPTO_INVALID_DIGEST(hmac);
  this[kHandle] = new HmacHandle();
  this[kState] = hiddenState({ alg, key: keyBytes, chunks: [], total: 0 });
  LazyTransform.call(this, options);
}
Object.setPrototypeOf(Hmac.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hmac, LazyTransform);

Hmac.prototype.update = Hash.prototype.update;

Hmac.prototype.digest = function digest(outputEncoding) {
  const state = this[kState];
  if (state[kFinalized]) {
    const buf = Buffer.from('');
    return encodeOutput(buf, outputEncoding);
  }
  const data = concatBytes(state.chunks, state.total);
  state.chunks = [];
  state[kFinalized] = true;
  return encodeOutput(toBuffer(hmacBytes(state.alg, state.key, data)), outputEncoding);
};

Hmac.prototype._flush = Hash.prototype._flush;
Hmac.prototype._transform = Hash.prototype._transform;

function createHash(algorithm, options) {
  return new Hash(algorithm, options);
}

function createHmac(hmac, key, options) {
  return new Hmac(hmac, key, options);
}

// crypto.hash(algorithm, input, outputEncoding = 'hex') — Node 22's one-shot digest.
function hash(algorithm, input, outputEncoding = 'hex') {
  validateString(algorithm, 'algorithm');
  if (typeof input !== 'string' && !isArrayBufferView(input)) {
    throw new ERR_INVALID_ARG_TYPE('input', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
  }
  let normalized = outputEncoding;
  if (outputEncoding !== 'hex') {
    validateString(outputEncoding, 'outputEncoding');
    normalized = normalizeEncoding(outputEncoding);
    if (normalized === undefined) {
      if (outputEncoding.toLowerCase() === 'buffer') {
        normalized = 'buffer';
      } else {
        throw new ERR_INVALID_ARG_VALUE('outputEncoding', outputEncoding);
      }
    }
  }
  const alg = canonicalHash(algorithm);
  if (alg === undefined) throw new Error(`Digest method ${algorithm} is not supported`);
  const data = typeof input === 'string' ? stringBytes(input, 'utf8') : bytesOf(input);
  const out = toBuffer(hashBytes(HASH_INFO[alg].alg, data));
  return normalized === 'buffer' ? out : out.toString(normalized);
}

function getHashes() {
  return [
    'RSA-MD5', 'RSA-SHA1', 'RSA-SHA1-2', 'RSA-SHA224', 'RSA-SHA256', 'RSA-SHA384', 'RSA-SHA512',
    'RSA-SHA512/224', 'RSA-SHA512/256', 'md5', 'md5WithRSAEncryption', 'sha1',
    'sha1WithRSAEncryption', 'sha224', 'sha224WithRSAEncryption', 'sha256',
    'sha256WithRSAEncryption', 'sha384', 'sha384WithRSAEncryption', 'sha512', 'sha512-224',
    'sha512-224WithRSAEncryption', 'sha512-256', 'sha512-256WithRSAEncryption',
    'sha512WithRSAEncryption', 'ssl3-md5', 'ssl3-sha1',
  ];
}

function getCiphers() {
  return ['aes-128-gcm', 'aes-192-gcm', 'aes-256-gcm', 'id-aes128-gcm', 'id-aes192-gcm', 'id-aes256-gcm'];
}

function getCurves() {
  return [];
}

// ---------------------------------------------------------------------------
// Randomness

const kMaxRandomChunk = 65536;
const kMaxPossibleLength = 2147483647;

// Fill `u8` with random bytes (synchronously, 64 KiB per syscall).
function fillRandomSync(u8) {
  for (let off = 0; off < u8.length; off += kMaxRandomChunk) {
    const n = Math.min(kMaxRandomChunk, u8.length - off);
    const r = sys('random.bytes', { len: n });
    u8.set(r.length === n ? r : r.subarray(0, n), off);
  }
}

async function fillRandomAsync(u8) {
  for (let off = 0; off < u8.length; off += kMaxRandomChunk) {
    const n = Math.min(kMaxRandomChunk, u8.length - off);
    const r = await sysAsync('random.bytes', { len: n });
    u8.set(r.length === n ? r : r.subarray(0, n), off);
  }
}

function assertOffset(offset, elementSize, length) {
  validateNumber(offset, 'offset');
  offset *= elementSize;
  const maxLength = Math.min(length, kMaxPossibleLength);
  if (Number.isNaN(offset) || offset > maxLength || offset < 0) {
    throw new ERR_OUT_OF_RANGE('offset', `>= 0 && <= ${maxLength}`, offset);
  }
  return offset >>> 0;
}

function assertSize(size, elementSize, offset, length) {
  validateNumber(size, 'size');
  size *= elementSize;
  if (Number.isNaN(size) || size > kMaxPossibleLength || size < 0) {
    throw new ERR_OUT_OF_RANGE('size', `>= 0 && <= ${kMaxPossibleLength}`, size);
  }
  if (size + offset > length) {
    throw new ERR_OUT_OF_RANGE('size + offset', `<= ${length}`, size + offset);
  }
  return size >>> 0;
}

function viewRange(buf, offset, size) {
  if (isAnyArrayBuffer(buf)) return new Uint8Array(buf, offset, size);
  return new Uint8Array(buf.buffer, buf.byteOffset + offset, size);
}

function randomBytes(size, callback) {
  size = assertSize(size, 1, 0, Infinity);
  if (callback !== undefined) validateFunction(callback, 'callback');
  const buf = Buffer.alloc(size);
  if (callback === undefined) {
    fillRandomSync(bytesOf(buf));
    return buf;
  }
  runJob(fillRandomAsync(bytesOf(buf)), (err) => {
    if (err) return callback(err);
    callback(null, buf);
  });
}

// Run the callback of an async job from the event loop (never synchronously).
function runJob(promise, done) {
  promise.then(
    (v) => process.nextTick(done, null, v),
    (e) => process.nextTick(done, e));
}

function randomFillSync(buf, offset = 0, size) {
  if (!isAnyArrayBuffer(buf) && !isArrayBufferView(buf)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
  }
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  offset = assertOffset(offset, elementSize, buf.byteLength);
  if (size === undefined) {
    size = buf.byteLength - offset;
  } else {
    size = assertSize(size, elementSize, offset, buf.byteLength);
  }
  if (size === 0) return buf;
  fillRandomSync(viewRange(buf, offset, size));
  return buf;
}

function randomFill(buf, offset, size, callback) {
  if (!isAnyArrayBuffer(buf) && !isArrayBufferView(buf)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
  }
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  if (typeof offset === 'function') {
    callback = offset;
    offset = 0;
    size = buf.byteLength;
  } else if (typeof size === 'function') {
    validateFunction(size, 'callback');
    callback = size;
    offset = assertOffset(offset, elementSize, buf.byteLength);
    size = buf.byteLength - offset;
  } else {
    validateFunction(callback, 'callback');
    offset = assertOffset(offset, elementSize, buf.byteLength);
    if (size === undefined) {
      size = buf.byteLength - offset;
    } else {
      size = assertSize(size, elementSize, offset, buf.byteLength);
    }
  }
  if (size === 0) {
    callback(null, buf);
    return;
  }
  runJob(fillRandomAsync(viewRange(buf, offset, size)), (err) => {
    if (err) return callback(err);
    callback(null, buf);
  });
}

// randomInt: Node's rejection sampling over 48-bit values from a 6 KiB cache.
const RAND_MAX = 0xFFFF_FFFF_FFFF;
const randomCache = Buffer.alloc(6 * 1024);
let randomCacheOffset = randomCache.length;
let asyncCacheFillInProgress = false;
const asyncCachePendingTasks = [];

function randomInt(min, max, callback) {
  const minNotSpecified = typeof max === 'undefined' || typeof max === 'function';
  if (minNotSpecified) {
    callback = max;
    max = min;
    min = 0;
  }
  const isSync = typeof callback === 'undefined';
  if (!isSync) validateFunction(callback, 'callback');
  if (!Number.isSafeInteger(min)) throw new ERR_INVALID_ARG_TYPE('min', 'a safe integer', min);
  if (!Number.isSafeInteger(max)) throw new ERR_INVALID_ARG_TYPE('max', 'a safe integer', max);
  if (max <= min) {
    throw new ERR_OUT_OF_RANGE('max', `greater than the value of "min" (${min})`, max);
  }
  const range = max - min;
  if (!(range <= RAND_MAX)) {
    throw new ERR_OUT_OF_RANGE(`max${minNotSpecified ? '' : ' - min'}`, `<= ${RAND_MAX}`, range);
  }
  const randLimit = RAND_MAX - (RAND_MAX % range);
  while (isSync || (randomCacheOffset < randomCache.length)) {
    if (randomCacheOffset === randomCache.length) {
      fillRandomSync(randomCache);
      randomCacheOffset = 0;
    }
    const x = randomCache.readUIntBE(randomCacheOffset, 6);
    randomCacheOffset += 6;
    if (x < randLimit) {
      const n = (x % range) + min;
      if (isSync) return n;
      process.nextTick(callback, undefined, n);
      return;
    }
  }
  asyncCachePendingTasks.push({ min, max, callback });
  asyncRefillRandomIntCache();
}

function asyncRefillRandomIntCache() {
  if (asyncCacheFillInProgress) return;
  asyncCacheFillInProgress = true;
  randomFill(randomCache, (err) => {
    asyncCacheFillInProgress = false;
    const tasks = asyncCachePendingTasks.splice(0);
    const errorReceiver = err && tasks.shift();
    if (!err) randomCacheOffset = 0;
    for (const { min, max, callback } of tasks) randomInt(min, max, callback);
    if (errorReceiver) errorReceiver.callback(err);
  });
}

// randomUUID: v4 from a cache of random bytes (like Node's 128-UUID cache).
const kHexBytes = [];
for (let i = 0; i < 256; i++) kHexBytes[i] = i.toString(16).padStart(2, '0');
let uuidData;
let uuidBatch = 0;
const kBatchSize = 128;

function serializeUUID(buf, offset = 0) {
  const h = kHexBytes;
  return h[buf[offset]] + h[buf[offset + 1]] + h[buf[offset + 2]] + h[buf[offset + 3]] + '-' +
    h[buf[offset + 4]] + h[buf[offset + 5]] + '-' +
    h[(buf[offset + 6] & 0x0f) | 0x40] + h[buf[offset + 7]] + '-' +
    h[(buf[offset + 8] & 0x3f) | 0x80] + h[buf[offset + 9]] + '-' +
    h[buf[offset + 10]] + h[buf[offset + 11]] + h[buf[offset + 12]] +
    h[buf[offset + 13]] + h[buf[offset + 14]] + h[buf[offset + 15]];
}

function randomUUID(options) {
  if (options !== undefined) validateObject(options, 'options');
  const { disableEntropyCache = false } = options || {};
  validateBoolean(disableEntropyCache, 'options.disableEntropyCache');
  if (disableEntropyCache) {
    const b = new Uint8Array(16);
    fillRandomSync(b);
    return serializeUUID(b, 0);
  }
  if (uuidData === undefined) uuidData = new Uint8Array(16 * kBatchSize);
  if (uuidBatch === 0) fillRandomSync(uuidData);
  uuidBatch = (uuidBatch + 1) % kBatchSize;
  return serializeUUID(uuidData, uuidBatch * 16);
}

function isFloatArray(v) {
  const tag = Object.prototype.toString.call(v);
  return tag === '[object Float32Array]' || tag === '[object Float64Array]' ||
    tag === '[object Float16Array]';
}

function getRandomValuesImpl(data) {
  if (!isTypedArray(data) || isFloatArray(data)) {
    throw lazyDOMException('The data argument must be an integer-type TypedArray', 'TypeMismatchError');
  }
  if (data.byteLength > 65536) {
    throw lazyDOMException('The requested length exceeds 65,536 bytes', 'QuotaExceededError');
  }
  randomFillSync(data, 0);
  return data;
}

// ---------------------------------------------------------------------------
// timingSafeEqual

function timingSafeEqual(buf1, buf2) {
  if (!isAnyArrayBuffer(buf1) && !isArrayBufferView(buf1)) {
    throw typeErrorNoReceived('buf1', buf1);
  }
  if (!isAnyArrayBuffer(buf2) && !isArrayBufferView(buf2)) {
    throw typeErrorNoReceived('buf2', buf2);
  }
  const a = bytesOf(buf1);
  const b = bytesOf(buf2);
  if (a.length !== b.length) throw new ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH();
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i] ^ b[i];
  return diff === 0;
}

// Node's C++ ERR_INVALID_ARG_TYPE (no "Received …" part).
function typeErrorNoReceived(name, value) {
  const err = new ERR_INVALID_ARG_TYPE(name, ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], value);
  const msg = `The "${name}" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.`;
  Object.defineProperty(err, 'message', {
    __proto__: null, value: msg, writable: true, configurable: true, enumerable: false,
  });
  if (typeof err.stack === 'string') {
    const nl = err.stack.indexOf('\n    at');
    err.stack = `${err.name} [${err.code}]: ${msg}${nl === -1 ? '' : err.stack.slice(nl)}`;
  }
  return err;
}

// ---------------------------------------------------------------------------
// pbkdf2

function checkPbkdf2(password, salt, iterations, keylen, digest) {
  validateString(digest, 'digest');
  password = getArrayBufferOrView(password, 'password');
  salt = getArrayBufferOrView(salt, 'salt');
  validateInt32(iterations, 'iterations', 1);
  validateInt32(keylen, 'keylen', 0);
  const alg = canonicalHash(digest);
  if (alg === undefined) throw new ERR_CRYPTO_INVALID_DIGEST(digest);
  return { password: copyBytes(password), salt: copyBytes(salt), iterations, keylen, digest: alg };
}

function pbkdf2Compute(o) {
  if (o.keylen === 0) throw new Error('Deriving bits failed');
  if (!PBKDF2_OK.has(o.digest)) return pbkdf2Generic(o);
  return sys('crypto.pbkdf2', { digest: o.digest, password: o.password, salt: o.salt, iterations: o.iterations, keylen: o.keylen });
}

async function pbkdf2ComputeAsync(o) {
  if (o.keylen === 0) throw new Error('Deriving bits failed');
  if (!PBKDF2_OK.has(o.digest)) return pbkdf2Generic(o);
  return sysAsync('crypto.pbkdf2', { digest: o.digest, password: o.password, salt: o.salt, iterations: o.iterations, keylen: o.keylen });
}

// PBKDF2 over the HMAC syscall, for digests the pbkdf2 syscall lacks (few iterations only).
function pbkdf2Generic(o) {
  if (!HMAC_OK.has(o.digest)) throw unsupported(`pbkdf2 with digest ${o.digest}`);
  const size = HASH_INFO[o.digest].size;
  const out = new Uint8Array(o.keylen);
  const blocks = Math.ceil(o.keylen / size);
  for (let i = 1; i <= blocks; i++) {
    const s = new Uint8Array(o.salt.length + 4);
    s.set(o.salt);
    s[o.salt.length] = (i >>> 24) & 0xff;
    s[o.salt.length + 1] = (i >>> 16) & 0xff;
    s[o.salt.length + 2] = (i >>> 8) & 0xff;
    s[o.salt.length + 3] = i & 0xff;
    let u = hmacBytes(o.digest, o.password, s);
    const t = u.slice();
    for (let j = 1; j < o.iterations; j++) {
      u = hmacBytes(o.digest, o.password, u);
      for (let k = 0; k < t.length; k++) t[k] ^= u[k];
    }
    out.set(t.subarray(0, Math.min(size, o.keylen - (i - 1) * size)), (i - 1) * size);
  }
  return out;
}

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') {
    callback = digest;
    digest = undefined;
  }
  const o = checkPbkdf2(password, salt, iterations, keylen, digest);
  validateFunction(callback, 'callback');
  runJob(pbkdf2ComputeAsync(o), (err, result) => {
    if (err) return callback(err);
    callback(null, toBuffer(result));
  });
}

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  const o = checkPbkdf2(password, salt, iterations, keylen, digest);
  return toBuffer(pbkdf2Compute(o));
}

// ---------------------------------------------------------------------------
// scrypt

const scryptDefaults = { N: 16384, r: 8, p: 1, maxmem: 32 << 20 };

function checkScrypt(password, salt, keylen, options) {
  password = getArrayBufferOrView(password, 'password');
  salt = getArrayBufferOrView(salt, 'salt');
  validateInt32(keylen, 'keylen', 0);
  let { N, r, p, maxmem } = scryptDefaults;
  if (options && options !== scryptDefaults) {
    const hasN = options.N !== undefined;
    if (hasN) {
      N = options.N;
      validateUint32(N, 'N');
    }
    if (options.cost !== undefined) {
      if (hasN) throw new ERR_CRYPTO_SCRYPT_INVALID_PARAMETER();
      N = options.cost;
      validateUint32(N, 'cost');
    }
    const hasR = options.r !== undefined;
    if (hasR) {
      r = options.r;
      validateUint32(r, 'r');
    }
    if (options.blockSize !== undefined) {
      if (hasR) throw new ERR_CRYPTO_SCRYPT_INVALID_PARAMETER();
      r = options.blockSize;
      validateUint32(r, 'blockSize');
    }
    const hasP = options.p !== undefined;
    if (hasP) {
      p = options.p;
      validateUint32(p, 'p');
    }
    if (options.parallelization !== undefined) {
      if (hasP) throw new ERR_CRYPTO_SCRYPT_INVALID_PARAMETER();
      p = options.parallelization;
      validateUint32(p, 'parallelization');
    }
    if (options.maxmem !== undefined) {
      maxmem = options.maxmem;
      validateInteger(maxmem, 'maxmem', 0);
    }
    if (N === 0) N = scryptDefaults.N;
    if (r === 0) r = scryptDefaults.r;
    if (p === 0) p = scryptDefaults.p;
    if (maxmem === 0) maxmem = scryptDefaults.maxmem;
  }
  // OpenSSL's EVP_PBE_scrypt parameter and memory checks.
  if (N < 2 || (N & (N - 1)) !== 0) throw new ERR_CRYPTO_INVALID_SCRYPT_PARAMS();
  if (p > ((2 ** 30 - 1) / r)) throw new ERR_CRYPTO_INVALID_SCRYPT_PARAMS();
  if (16 * r <= 63 && N >= 2 ** (16 * r)) throw new ERR_CRYPTO_INVALID_SCRYPT_PARAMS();
  const blen = p * 128 * r;
  const vlen = 32 * r * (N + 2) * 4;
  if (blen > 2147483647 || blen + vlen > maxmem) {
    const err = new ERR_CRYPTO_INVALID_SCRYPT_PARAMS();
    Object.defineProperty(err, 'message', {
      __proto__: null,
      value: 'Invalid scrypt params: error:030000AC:digital envelope routines::memory limit exceeded',
      writable: true, configurable: true, enumerable: false,
    });
    if (typeof err.stack === 'string') {
      const nl = err.stack.indexOf('\n    at');
      err.stack = `${err.name} [${err.code}]: ${err.message}${nl === -1 ? '' : err.stack.slice(nl)}`;
    }
    throw err;
  }
  return { password: copyBytes(password), salt: copyBytes(salt), keylen, n: N, r, p, maxmem };
}

function scryptArgs(o) {
  // The host applies its own 128·N·r ≤ maxmem rule; the OpenSSL rule above is stricter.
  // The host wants at least 10 bytes; scrypt's output is a PBKDF2 output, so a prefix of a
  // longer key is the shorter key.
  return { password: o.password, salt: o.salt, keylen: Math.max(o.keylen, 16), n: o.n, r: o.r, p: o.p, maxmem: Math.max(o.maxmem, 128 * o.n * o.r) };
}

function scrypt(password, salt, keylen, options, callback = scryptDefaults) {
  if (callback === scryptDefaults) {
    callback = options;
    options = scryptDefaults;
  }
  const o = checkScrypt(password, salt, keylen, options);
  validateFunction(callback, 'callback');
  const p = o.keylen === 0 ? Promise.resolve(new Uint8Array(0)) : sysAsync('crypto.scrypt', scryptArgs(o));
  runJob(p, (err, result) => {
    if (err) return callback(err);
    callback(null, toBuffer(result.subarray(0, o.keylen)));
  });
}

function scryptSync(password, salt, keylen, options = scryptDefaults) {
  const o = checkScrypt(password, salt, keylen, options);
  if (o.keylen === 0) return Buffer.alloc(0);
  return toBuffer(sys('crypto.scrypt', scryptArgs(o)).subarray(0, o.keylen));
}

// ---------------------------------------------------------------------------
// hkdf (over HMAC)

function hkdfCompute(digest, ikm, salt, info, keylen) {
  const size = HASH_INFO[digest].size;
  const prk = hmacBytes(digest, salt.length ? salt : new Uint8Array(size), ikm);
  const out = new Uint8Array(keylen);
  let prev = new Uint8Array(0);
  for (let i = 1, off = 0; off < keylen; i++) {
    const input = new Uint8Array(prev.length + info.length + 1);
    input.set(prev);
    input.set(info, prev.length);
    input[input.length - 1] = i;
    prev = hmacBytes(digest, prk, input);
    out.set(prev.subarray(0, Math.min(prev.length, keylen - off)), off);
    off += prev.length;
  }
  return out.buffer;
}

function checkHkdf(digest, key, salt, info, length) {
  validateString(digest, 'digest');
  const keyBytes = prepareSecretKey(key, undefined, true);
  salt = getArrayBufferOrView(salt, 'salt');
  info = getArrayBufferOrView(info, 'info');
  validateInteger(length, 'length', 0, kMaxPossibleLength);
  if (info.byteLength > 1024) {
    throw new ERR_OUT_OF_RANGE('info', 'must not contain more than 1024 bytes', info.byteLength);
  }
  const alg = canonicalHash(digest);
  if (alg === undefined || !HMAC_OK.has(alg)) throw new ERR_CRYPTO_INVALID_DIGEST(digest);
  if (length > HASH_INFO[alg].size * 255) {
    const err = new RangeError('Invalid key length');
    err.code = 'ERR_CRYPTO_INVALID_KEYLEN';
    throw err;
  }
  return { alg, key: keyBytes, salt: copyBytes(salt), info: copyBytes(info), length };
}

function hkdfSync(digest, key, salt, info, length) {
  const o = checkHkdf(digest, key, salt, info, length);
  return hkdfCompute(o.alg, o.key, o.salt, o.info, o.length);
}

function hkdf(digest, key, salt, info, length, callback) {
  const o = checkHkdf(digest, key, salt, info, length);
  validateFunction(callback, 'callback');
  runJob(Promise.resolve().then(() => hkdfCompute(o.alg, o.key, o.salt, o.info, o.length)),
         (err, result) => {
           if (err) return callback(err);
           callback(null, result);
         });
}

// ---------------------------------------------------------------------------
// KeyObject (secret keys only)

const kKeyType = Symbol('kKeyType');
const kKeyBytes = Symbol('kKeyBytes');

class KeyObject {
  constructor(type, handle) {
    if (type !== 'secret' && type !== 'public' && type !== 'private') {
      throw new ERR_INVALID_ARG_VALUE('type', type);
    }
    if (typeof handle !== 'object' || handle === null || !(kKeyBytes in handle)) {
      throw new ERR_INVALID_ARG_TYPE('handle', 'object', handle);
    }
    this[kKeyType] = type;
    Object.defineProperty(this, kKeyBytes, {
      __proto__: null, value: handle[kKeyBytes], enumerable: false, configurable: false, writable: false,
    });
  }

  get type() {
    return this[kKeyType];
  }

  static from(key) {
    if (!(key instanceof CryptoKey)) throw new ERR_INVALID_ARG_TYPE('key', 'CryptoKey', key);
    return key[kKeyObject];
  }

  equals(otherKeyObject) {
    if (!(otherKeyObject instanceof KeyObject)) {
      throw new ERR_INVALID_ARG_TYPE('otherKeyObject', 'KeyObject', otherKeyObject);
    }
    if (otherKeyObject.type !== this.type) return false;
    const a = this[kKeyBytes];
    const b = otherKeyObject[kKeyBytes];
    return a.length === b.length && timingSafeEqual(a, b);
  }
}

class SecretKeyObject extends KeyObject {
  constructor(handle) {
    super('secret', handle);
  }

  get symmetricKeySize() {
    return this[kKeyBytes].length;
  }

  get asymmetricKeyType() {
    return undefined;
  }

  export(options) {
    if (options !== undefined) {
      validateObject(options, 'options');
      validateOneOfFormat(options.format);
      if (options.format === 'jwk') {
        return { kty: 'oct', k: toBuffer(this[kKeyBytes]).toString('base64url') };
      }
    }
    return Buffer.from(this[kKeyBytes]);
  }
}

function validateOneOfFormat(format) {
  if (format !== undefined && format !== 'buffer' && format !== 'jwk') {
    throw new ERR_INVALID_ARG_VALUE('options.format', format);
  }
}

function makeSecretKeyObject(bytes) {
  return new SecretKeyObject({ [kKeyBytes]: bytes });
}

// Key material for HMAC/ciphers/hkdf: string, buffer-ish, KeyObject or CryptoKey → bytes (a copy).
function prepareSecretKey(key, encoding, bufferOnly = false) {
  if (!bufferOnly) {
    if (key instanceof KeyObject) {
      if (key.type !== 'secret') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'secret');
      return key[kKeyBytes];
    }
    if (key instanceof CryptoKey) {
      if (key.type !== 'secret') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'secret');
      return key[kKeyObject][kKeyBytes];
    }
  }
  if (typeof key === 'string') return copyBytes(Buffer.from(key, normalizeEncoding(encoding === 'buffer' ? 'utf8' : encoding) || 'utf8'));
  if (isAnyArrayBuffer(key) || isArrayBufferView(key)) return copyBytes(key);
  throw new ERR_INVALID_ARG_TYPE('key',
    bufferOnly ? ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'] :
      ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'KeyObject', 'CryptoKey'],
    key);
}

function createSecretKey(key, encoding) {
  return makeSecretKeyObject(prepareSecretKey(key, encoding, true));
}

function generateKeySyncImpl(type, options) {
  validateString(type, 'type');
  validateObject(options, 'options');
  const { length } = options;
  if (type === 'hmac') {
    validateInteger(length, 'options.length', 8, 2 ** 31 - 1);
  } else if (type === 'aes') {
    if (length !== 128 && length !== 192 && length !== 256) {
      throw new ERR_INVALID_ARG_VALUE('options.length', length, 'must be one of: 128, 192, 256');
    }
  } else {
    throw new ERR_INVALID_ARG_VALUE('type', type, "must be a supported key type");
  }
  const bytes = new Uint8Array(Math.floor(length / 8));
  fillRandomSync(bytes);
  return makeSecretKeyObject(bytes);
}

function generateKeySync(type, options) {
  return generateKeySyncImpl(type, options);
}

function generateKey(type, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  const key = generateKeySyncImpl(type, options);
  process.nextTick(callback, null, key);
}

// ---------------------------------------------------------------------------
// Cipheriv / Decipheriv: AES-GCM only. GCM is CTR mode, so update() returns its share of the
// output at once, computed from a keystream (the encryption of zero bytes, grown by doubling);
// the tag is computed (and checked) in final() with one syscall over the whole message.

const GCM_CIPHERS = {
  __proto__: null,
  'aes-128-gcm': 16, 'aes-192-gcm': 24, 'aes-256-gcm': 32,
  'id-aes128-gcm': 16, 'id-aes192-gcm': 24, 'id-aes256-gcm': 32,
};

const kCipherState = Symbol('kCipherState');

function getUIntOption(options, key) {
  let value;
  if (options && (value = options[key]) != null) {
    if (value >>> 0 !== value) throw new ERR_INVALID_ARG_VALUE(`options.${key}`, value);
    return value;
  }
  return -1;
}

function initCipher(self, encrypt, cipher, key, iv, options) {
  validateString(cipher, 'cipher');
  const encoding = (options !== null && typeof options === 'object') ? options.encoding : undefined;
  const keyBytes = prepareSecretKey(key, encoding);
  if (iv !== null) iv = getArrayBufferOrView(iv, 'iv', encoding);
  const authTagLength = getUIntOption(options, 'authTagLength');
  const keyLen = GCM_CIPHERS[cipher.toLowerCase()];
  if (keyLen === undefined) {
    if (/^(aes|des|chacha|camellia|aria|bf|cast|rc|seed|sm4|id-)/i.test(cipher)) {
      throw unsupported(`createCipheriv with ${cipher} (only aes-*-gcm)`);
    }
    throw new ERR_CRYPTO_UNKNOWN_CIPHER();
  }
  if (keyBytes.length !== keyLen) throw new ERR_CRYPTO_INVALID_KEYLEN();
  if (iv === null || iv.byteLength === 0) throw new ERR_CRYPTO_INVALID_IV();
  if (authTagLength !== -1 && !(authTagLength === 4 || authTagLength === 8 ||
      (authTagLength >= 12 && authTagLength <= 16))) {
    throw new ERR_CRYPTO_INVALID_AUTH_TAG(authTagLength);
  }
  const ivBytes = copyBytes(iv);
  if (ivBytes.length !== 12) throw unsupported(`createCipheriv with a ${ivBytes.length}-byte GCM IV (only 12)`);
  self._decoder = null;
  self[kHandle] = new CipherBase();
  Object.defineProperty(self, kCipherState, { __proto__: null, enumerable: false, writable: true, value: {
    encrypt,
    key: keyBytes,
    iv: ivBytes,
    aad: [],
    aadTotal: 0,
    chunks: [], // input so far
    total: 0,
    keystream: new Uint8Array(0),
    started: false,
    finished: false,
    authTag: undefined,
    authTagLength: authTagLength === -1 ? 16 : authTagLength,
    authTagLengthSet: authTagLength !== -1,
    decoder: undefined,
  } });
  LazyTransform.call(self, options);
}

function gcmKeystream(state, need) {
  if (state.keystream.length >= need) return;
  let n = Math.max(need, state.keystream.length * 2, 64);
  const r = sys('crypto.aes_gcm', {
    encrypt: true, key: state.key, iv: state.iv, data: new Uint8Array(n), aad: new Uint8Array(0),
  });
  state.keystream = r.subarray(0, n);
}

function gcmXor(state, bytes) {
  const start = state.total;
  gcmKeystream(state, start + bytes.length);
  const out = Buffer.allocUnsafe(bytes.length);
  const ks = state.keystream;
  for (let i = 0; i < bytes.length; i++) out[i] = bytes[i] ^ ks[start + i];
  return out;
}

function cipherOutput(state, buf, outputEncoding) {
  if (outputEncoding == null || outputEncoding === 'buffer') return buf;
  const enc = normalizeEncoding(outputEncoding);
  if (enc === undefined) return buf;
  if (enc === 'utf8' || enc === 'utf16le') {
    if (state.decoder === undefined || state.decoderEnc !== enc) {
      const { StringDecoder } = require('string_decoder');
      state.decoder = new StringDecoder(enc);
      state.decoderEnc = enc;
    }
    return state.decoder.write(buf);
  }
  if (enc === 'base64' || enc === 'base64url') {
    // Keep whole 3-byte groups, like Node's base64 output for a stream of updates.
    const pending = state.b64pending ? Buffer.concat([state.b64pending, buf]) : buf;
    const keep = pending.length - (pending.length % 3);
    state.b64pending = pending.subarray(keep);
    return pending.subarray(0, keep).toString(enc);
  }
  return buf.toString(enc);
}

function cipherFinalOutput(state, buf, outputEncoding) {
  if (outputEncoding == null || outputEncoding === 'buffer') return buf;
  const enc = normalizeEncoding(outputEncoding);
  if (enc === undefined) return buf;
  if ((enc === 'utf8' || enc === 'utf16le') && state.decoder !== undefined) {
    return state.decoder.end(buf);
  }
  if ((enc === 'base64' || enc === 'base64url') && state.b64pending) {
    const all = Buffer.concat([state.b64pending, buf]);
    state.b64pending = undefined;
    return all.toString(enc);
  }
  return buf.toString(enc);
}

function cipherUpdate(data, inputEncoding, outputEncoding) {
  const state = this[kCipherState];
  if (typeof data === 'string') {
    validateEncoding(data, inputEncoding);
  } else if (!isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  if (state.finished) throw new Error('Trying to add data in unsupported state');
  const bytes = typeof data === 'string' ? stringBytes(data, inputEncoding) : copyBytes(data);
  state.started = true;
  const out = gcmXor(state, bytes);
  if (bytes.length) {
    state.chunks.push(bytes);
    state.total += bytes.length;
  }
  return cipherOutput(state, out, outputEncoding);
}

function cipherFinal(outputEncoding) {
  const state = this[kCipherState];
  if (state.finished) throw withMessage(new ERR_CRYPTO_INVALID_STATE('final'), 'Invalid state');
  state.finished = true;
  const data = concatBytes(state.chunks, state.total);
  const aad = concatBytes(state.aad, state.aadTotal);
  state.chunks = [];
  state.keystream = new Uint8Array(0);
  if (state.encrypt) {
    const r = sys('crypto.aes_gcm', { encrypt: true, key: state.key, iv: state.iv, data, aad });
    state.authTag = Buffer.from(r.subarray(r.length - 16, r.length - 16 + state.authTagLength));
  } else {
    const fail = () => new Error('Unsupported state or unable to authenticate data');
    if (state.authTag === undefined) throw fail();
    if (state.authTag.length === 16) {
      const input = new Uint8Array(data.length + 16);
      input.set(data);
      input.set(state.authTag, data.length);
      try {
        sys('crypto.aes_gcm', { encrypt: false, key: state.key, iv: state.iv, data: input, aad });
      } catch {
        throw fail();
      }
    } else {
      // A truncated tag: recompute the full tag from the plaintext and compare its prefix.
      const plain = sys('crypto.aes_gcm', {
        encrypt: true, key: state.key, iv: state.iv, data, aad: new Uint8Array(0),
      }).subarray(0, data.length);
      const full = sys('crypto.aes_gcm', { encrypt: true, key: state.key, iv: state.iv, data: plain, aad });
      const tag = full.subarray(full.length - 16, full.length - 16 + state.authTag.length);
      if (!timingSafeEqual(tag, state.authTag)) throw fail();
    }
  }
  return cipherFinalOutput(state, Buffer.alloc(0), outputEncoding);
}

function cipherSetAAD(aadbuf, options) {
  const state = this[kCipherState];
  const encoding = (options !== null && typeof options === 'object') ? options.encoding : undefined;
  const buf = getArrayBufferOrView(aadbuf, 'aadbuf', encoding);
  if (options !== undefined && options !== null && typeof options === 'object' &&
      options.plaintextLength !== undefined) {
    getUIntOption(options, 'plaintextLength');
  }
  if (state.started || state.finished) throw new ERR_CRYPTO_INVALID_STATE('setAAD');
  const b = copyBytes(buf);
  state.aad.push(b);
  state.aadTotal += b.length;
  return this;
}

function cipherSetAutoPadding(ap) {
  const state = this[kCipherState];
  if (state.finished) throw new ERR_CRYPTO_INVALID_STATE('setAutoPadding');
  return this;
}

function Cipheriv(cipher, key, iv, options) {
  if (!(this instanceof Cipheriv)) return new Cipheriv(cipher, key, iv, options);
  ensureLazyProto();
  initCipher(this, true, cipher, key, iv, options);
}
Object.setPrototypeOf(Cipheriv.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Cipheriv, LazyTransform);

function Decipheriv(cipher, key, iv, options) {
  if (!(this instanceof Decipheriv)) return new Decipheriv(cipher, key, iv, options);
  ensureLazyProto();
  initCipher(this, false, cipher, key, iv, options);
}
Object.setPrototypeOf(Decipheriv.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Decipheriv, LazyTransform);

for (const C of [Cipheriv, Decipheriv]) {
  C.prototype._transform = function _transform(chunk, encoding, callback) {
    this.push(this.update(chunk, encoding));
    callback();
  };
  C.prototype._flush = function _flush(callback) {
    try {
      this.push(this.final());
    } catch (e) {
      callback(e);
      return;
    }
    callback();
  };
  C.prototype.update = cipherUpdate;
  C.prototype.final = cipherFinal;
  C.prototype.setAutoPadding = cipherSetAutoPadding;
  C.prototype.setAAD = cipherSetAAD;
}

Cipheriv.prototype.getAuthTag = function getAuthTag() {
  const state = this[kCipherState];
  if (!state.finished || state.authTag === undefined) throw new ERR_CRYPTO_INVALID_STATE('getAuthTag');
  return Buffer.from(state.authTag);
};

Decipheriv.prototype.setAuthTag = function setAuthTag(tagbuf, encoding) {
  const state = this[kCipherState];
  tagbuf = getArrayBufferOrView(tagbuf, 'buffer', encoding);
  const len = tagbuf.byteLength;
  if (state.finished || state.authTag !== undefined) throw new ERR_CRYPTO_INVALID_STATE('setAuthTag');
  if (!(len === 4 || len === 8 || (len >= 12 && len <= 16))) throw new ERR_CRYPTO_INVALID_AUTH_TAG(len);
  if (state.authTagLengthSet && len !== state.authTagLength) throw new ERR_CRYPTO_INVALID_AUTH_TAG(len);
  state.authTag = Buffer.from(copyBytes(tagbuf));
  return this;
};

function createCipheriv(cipher, key, iv, options) {
  return new Cipheriv(cipher, key, iv, options);
}

function createDecipheriv(cipher, key, iv, options) {
  return new Decipheriv(cipher, key, iv, options);
}

function getCipherInfo(nameOrNid, options) {
  if (typeof nameOrNid !== 'string' && typeof nameOrNid !== 'number') {
    throw new ERR_INVALID_ARG_TYPE('nameOrNid', ['string', 'number'], nameOrNid);
  }
  if (typeof nameOrNid === 'number') validateInt32(nameOrNid, 'nameOrNid');
  const info = {
    'aes-128-gcm': { name: 'id-aes128-gcm', nid: 895, keyLength: 16 },
    'aes-192-gcm': { name: 'id-aes192-gcm', nid: 898, keyLength: 24 },
    'aes-256-gcm': { name: 'id-aes256-gcm', nid: 901, keyLength: 32 },
  };
  let entry;
  if (typeof nameOrNid === 'string') {
    const n = nameOrNid.toLowerCase().replace(/^id-aes(\d+)-gcm$/, 'aes-$1-gcm');
    entry = info[n];
  } else {
    entry = Object.values(info).find((e) => e.nid === nameOrNid);
  }
  let ivLength = 12;
  if (options !== undefined) {
    validateObject(options, 'options');
    if (options.keyLength !== undefined) validateInt32(options.keyLength, 'options.keyLength');
    if (options.ivLength !== undefined) validateInt32(options.ivLength, 'options.ivLength');
  }
  if (entry === undefined) return undefined;
  if (options !== undefined) {
    if (options.keyLength !== undefined && options.keyLength !== entry.keyLength) return undefined;
    if (options.ivLength !== undefined) {
      if (!(options.ivLength >= 1 && options.ivLength <= 128)) return undefined;
      ivLength = options.ivLength;
    }
  }
  return { mode: 'gcm', name: entry.name, nid: entry.nid, blockSize: 1, ivLength, keyLength: entry.keyLength };
}

// ---------------------------------------------------------------------------
// Web Crypto

const kKeyObject = Symbol('kKeyObject');
const kAlgorithm = Symbol('kAlgorithm');
const kExtractable = Symbol('kExtractable');
const kKeyUsages = Symbol('kKeyUsages');
let internalCreate = false;

class CryptoKey {
  constructor() {
    if (!internalCreate) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `CryptoKey ${inspect({
      type: this.type,
      extractable: this.extractable,
      algorithm: this.algorithm,
      usages: this.usages,
    }, opts)}`;
  }

  get type() {
    if (!(this instanceof CryptoKey)) throw new ERR_INVALID_THIS('CryptoKey');
    return this[kKeyObject].type;
  }

  get extractable() {
    if (!(this instanceof CryptoKey)) throw new ERR_INVALID_THIS('CryptoKey');
    return this[kExtractable];
  }

  get algorithm() {
    if (!(this instanceof CryptoKey)) throw new ERR_INVALID_THIS('CryptoKey');
    return this[kAlgorithm];
  }

  get usages() {
    if (!(this instanceof CryptoKey)) throw new ERR_INVALID_THIS('CryptoKey');
    return this[kKeyUsages];
  }
}
Object.defineProperties(CryptoKey.prototype, {
  type: { __proto__: null, enumerable: true },
  extractable: { __proto__: null, enumerable: true },
  algorithm: { __proto__: null, enumerable: true },
  usages: { __proto__: null, enumerable: true },
  [Symbol.toStringTag]: { __proto__: null, value: 'CryptoKey', configurable: true },
});

function makeCryptoKey(keyObject, algorithm, extractable, usages) {
  internalCreate = true;
  let key;
  try {
    key = new CryptoKey();
  } finally {
    internalCreate = false;
  }
  key[kKeyObject] = keyObject;
  key[kAlgorithm] = algorithm;
  key[kExtractable] = extractable;
  key[kKeyUsages] = usages;
  return key;
}

const WEB_HASHES = { 'sha-1': 'SHA-1', 'sha-256': 'SHA-256', 'sha-384': 'SHA-384', 'sha-512': 'SHA-512' };
const WEB_HASH_ALG = { 'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512' };
const ASYMMETRIC = ['rsassa-pkcs1-v1_5', 'rsa-pss', 'rsa-oaep', 'ecdsa', 'ecdh', 'ed25519', 'ed448', 'x25519', 'x448'];
const KNOWN_OTHER = ['aes-ctr', 'aes-cbc', 'aes-kw', 'hkdf', 'pbkdf2'];

function webidlError(prefix, message, code) {
  const err = new TypeError(`${prefix}: ${message}`);
  if (code) err.code = code;
  return err;
}

function bufferSource(value, prefix, ordinal) {
  if (isAnyArrayBuffer(value) || isArrayBufferView(value)) return copyBytes(value);
  throw webidlError(prefix,
    `${ordinal} argument is not instance of ArrayBuffer, Buffer, TypedArray, or DataView.`,
    'ERR_INVALID_ARG_TYPE');
}

function notSupported() {
  return lazyDOMException('Unrecognized algorithm name', 'NotSupportedError');
}

// Normalize an AlgorithmIdentifier to { name, ... } with the canonical name.
function normalizeAlgorithm(algorithm, op) {
  if (typeof algorithm === 'string') algorithm = { name: algorithm };
  if (algorithm === null || (typeof algorithm !== 'object' && typeof algorithm !== 'function')) {
    throw new TypeError('Algorithm: name: Required member is undefined.');
  }
  if (algorithm.name === undefined) {
    const err = new TypeError('Algorithm: name: Required member is undefined.');
    err.code = 'ERR_MISSING_OPTION';
    throw err;
  }
  const raw = `${algorithm.name}`;
  const lower = raw.toLowerCase();
  let name;
  if (WEB_HASHES[lower]) name = WEB_HASHES[lower];
  else if (lower === 'hmac') name = 'HMAC';
  else if (lower === 'aes-gcm') name = 'AES-GCM';
  else if (lower === 'pbkdf2') name = 'PBKDF2';
  else if (lower === 'hkdf') name = 'HKDF';
  else if (ASYMMETRIC.includes(lower) || KNOWN_OTHER.includes(lower)) {
    throw unsupported(`subtle.${op} with ${raw}`);
  } else {
    throw notSupported();
  }
  return { ...algorithm, name };
}

function missingMember(dict, member) {
  const err = new TypeError(`Failed to normalize algorithm: passed algorithm can not be converted to '${dict}' because '${member}' is required in '${dict}'.`);
  err.code = 'ERR_MISSING_OPTION';
  return err;
}

function normalizeHash(hashAlg, op, dict = 'HmacImportParams') {
  if (hashAlg === undefined) throw missingMember(dict, 'hash');
  const h = normalizeAlgorithm(hashAlg, op);
  if (!WEB_HASH_ALG[h.name]) throw notSupported();
  return h.name;
}

function checkUsages(usages, allowed, what) {
  if (!Array.isArray(usages) && (usages == null || typeof usages[Symbol.iterator] !== 'function')) {
    throw new TypeError("Failed to execute 'importKey' on 'SubtleCrypto': 5th argument can not be converted to sequence.");
  }
  const list = [];
  for (const u of usages) {
    const s = `${u}`;
    if (!['encrypt', 'decrypt', 'sign', 'verify', 'deriveKey', 'deriveBits', 'wrapKey', 'unwrapKey'].includes(s)) {
      throw new TypeError(`Failed to execute 'importKey' on 'SubtleCrypto': 5th argument value '${s}' is not a valid enum value of type KeyUsage.`);
    }
    if (!allowed.includes(s)) throw lazyDOMException(`Unsupported key usage for ${what}`, 'SyntaxError');
    if (!list.includes(s)) list.push(s);
  }
  return list;
}

const HMAC_USAGES = ['sign', 'verify'];
const AES_USAGES = ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'];
const KDF_USAGES = ['deriveKey', 'deriveBits'];

// Build a secret CryptoKey for `alg` from raw bytes.
function secretCryptoKey(alg, bytes, extractable, usages, op) {
  if (alg.name === 'HMAC') {
    const hashName = normalizeHash(alg.hash, op, op === 'deriveKey' ? 'HmacImportParams' : 'HmacImportParams');
    let length = bytes.length * 8;
    if (alg.length !== undefined) {
      const l = Number(alg.length);
      if (l === 0 || l > length || l <= length - 8) {
        throw lazyDOMException('Invalid key length', 'DataError');
      }
      length = l;
    }
    if (bytes.length === 0) throw lazyDOMException('Zero-length key is not supported', 'DataError');
    const u = checkUsages(usages, HMAC_USAGES, 'an HMAC key');
    return makeCryptoKey(makeSecretKeyObject(bytes),
      { name: 'HMAC', hash: { name: hashName }, length }, extractable, u);
  }
  if (alg.name === 'AES-GCM') {
    const u = checkUsages(usages, AES_USAGES, 'an AES key');
    if (![16, 24, 32].includes(bytes.length)) throw lazyDOMException('Invalid key length', 'DataError');
    return makeCryptoKey(makeSecretKeyObject(bytes),
      { name: 'AES-GCM', length: bytes.length * 8 }, extractable, u);
  }
  if (alg.name === 'PBKDF2' || alg.name === 'HKDF') {
    const u = checkUsages(usages, KDF_USAGES, `a ${alg.name} key`);
    if (extractable) throw lazyDOMException(`${alg.name} keys are not extractable`, 'SyntaxError');
    return makeCryptoKey(makeSecretKeyObject(bytes), { name: alg.name }, false, u);
  }
  throw notSupported();
}

const kSubtle = Symbol('kSubtle');

class SubtleCrypto {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }
}

function requiredArgs(args, n, op) {
  if (args.length < n) {
    const err = new TypeError(`Failed to execute '${op}' on 'SubtleCrypto': ${n} argument${n === 1 ? '' : 's'} required, but only ${args.length} present.`);
    err.code = 'ERR_MISSING_ARGS';
    throw err;
  }
}

function checkSubtleThis(self) {
  if (self !== subtle) throw new ERR_INVALID_THIS('SubtleCrypto');
}

function checkKey(key, prefix, ordinal) {
  if (!(key instanceof CryptoKey)) {
    throw webidlError(prefix, `${ordinal} argument is not of type CryptoKey.`, 'ERR_INVALID_ARG_TYPE');
  }
}

const subtleMethods = {
  async digest(algorithm, data) {
    checkSubtleThis(this);
    requiredArgs(arguments, 2, 'digest');
    const prefix = "Failed to execute 'digest' on 'SubtleCrypto'";
    const bytes = bufferSource(data, prefix, '2nd');
    const alg = normalizeAlgorithm(algorithm, 'digest');
    const h = WEB_HASH_ALG[alg.name];
    if (!h) throw notSupported();
    const r = await sysAsync('crypto.hash', { alg: h, data: bytes });
    return copyBytes(r).buffer;
  },

  async importKey(format, keyData, algorithm, extractable, keyUsages) {
    checkSubtleThis(this);
    requiredArgs(arguments, 5, 'importKey');
    const prefix = "Failed to execute 'importKey' on 'SubtleCrypto'";
    format = `${format}`;
    if (!['raw', 'pkcs8', 'spki', 'jwk'].includes(format)) {
      throw new TypeError(`${prefix}: 1st argument value '${format}' is not a valid enum value of type KeyFormat.`);
    }
    const alg = normalizeAlgorithm(algorithm, 'importKey');
    extractable = !!extractable;
    let bytes;
    if (format === 'raw') {
      bytes = bufferSource(keyData, prefix, '2nd');
    } else if (format === 'jwk') {
      if (keyData === null || typeof keyData !== 'object') {
        throw webidlError(prefix, '2nd argument is not of type JsonWebKey.', 'ERR_INVALID_ARG_TYPE');
      }
      if (keyData.kty !== 'oct') throw lazyDOMException('Invalid JWK "kty" Parameter', 'DataError');
      if (typeof keyData.k !== 'string') throw lazyDOMException('Invalid JWK secret key format', 'DataError');
      if (keyData.ext === false && extractable) {
        throw lazyDOMException('JWK "ext" Parameter and extractable mismatch', 'DataError');
      }
      bytes = copyBytes(Buffer.from(keyData.k, 'base64url'));
    } else {
      throw lazyDOMException(`Unable to import ${alg.name} key with format ${format}`, 'NotSupportedError');
    }
    const key = secretCryptoKey(alg, bytes, extractable, keyUsages, 'importKey');
    if (key.usages.length === 0) {
      throw lazyDOMException('Usages cannot be empty when importing a secret key.', 'SyntaxError');
    }
    return key;
  },

  async exportKey(format, key) {
    checkSubtleThis(this);
    requiredArgs(arguments, 2, 'exportKey');
    const prefix = "Failed to execute 'exportKey' on 'SubtleCrypto'";
    format = `${format}`;
    if (!['raw', 'pkcs8', 'spki', 'jwk'].includes(format)) {
      throw new TypeError(`${prefix}: 1st argument value '${format}' is not a valid enum value of type KeyFormat.`);
    }
    checkKey(key, prefix, '2nd');
    if (!key.extractable) throw lazyDOMException('key is not extractable', 'InvalidAccessException');
    const bytes = key[kKeyObject][kKeyBytes];
    if (format === 'raw') return copyBytes(bytes).buffer;
    if (format === 'jwk') {
      const alg = key.algorithm;
      const jwk = { key_ops: key.usages.slice(), ext: key.extractable };
      if (alg.name === 'HMAC') jwk.alg = `HS${alg.hash.name.slice(4)}`;
      else if (alg.name === 'AES-GCM') jwk.alg = `A${alg.length}GCM`;
      jwk.kty = 'oct';
      jwk.k = toBuffer(bytes).toString('base64url');
      return jwk;
    }
    throw lazyDOMException(`Unable to export a raw ${key.algorithm.name} key`, 'InvalidAccessError');
  },

  async generateKey(algorithm, extractable, keyUsages) {
    checkSubtleThis(this);
    requiredArgs(arguments, 3, 'generateKey');
    const alg = normalizeAlgorithm(algorithm, 'generateKey');
    extractable = !!extractable;
    let len;
    if (alg.name === 'HMAC') {
      const hashName = normalizeHash(alg.hash, 'generateKey', 'HmacKeyGenParams');
      len = alg.length === undefined ? (hashName === 'SHA-384' || hashName === 'SHA-512' ? 1024 : 512) : Number(alg.length);
      if (len === 0) throw lazyDOMException('Zero-length key is not supported', 'OperationError');
    } else if (alg.name === 'AES-GCM') {
      if (alg.length === undefined) throw missingMember('AesKeyGenParams', 'length');
      len = Number(alg.length);
      if (len !== 128 && len !== 192 && len !== 256) {
        throw lazyDOMException('AES key length must be 128, 192, or 256 bits', 'OperationError');
      }
    } else {
      throw notSupported();
    }
    const u = checkUsages(keyUsages, alg.name === 'HMAC' ? HMAC_USAGES : AES_USAGES,
      alg.name === 'HMAC' ? 'an HMAC key' : 'an AES key');
    if (u.length === 0) {
      throw lazyDOMException('Usages cannot be empty when creating a key.', 'SyntaxError');
    }
    const bytes = new Uint8Array(Math.ceil(len / 8));
    await fillRandomAsync(bytes);
    if (alg.name === 'HMAC') {
      return makeCryptoKey(makeSecretKeyObject(bytes),
        { name: 'HMAC', length: len, hash: { name: WEB_HASHES[`${alg.hash.name || alg.hash}`.toLowerCase()] } }, extractable, u);
    }
    return makeCryptoKey(makeSecretKeyObject(bytes), { name: 'AES-GCM', length: len }, extractable, u);
  },

  async sign(algorithm, key, data) {
    checkSubtleThis(this);
    requiredArgs(arguments, 3, 'sign');
    const prefix = "Failed to execute 'sign' on 'SubtleCrypto'";
    const alg = normalizeAlgorithm(algorithm, 'sign');
    checkKey(key, prefix, '2nd');
    const bytes = bufferSource(data, prefix, '3rd');
    if (alg.name !== key.algorithm.name || !key.usages.includes('sign')) {
      throw lazyDOMException('Unable to use this key to sign', 'InvalidAccessError');
    }
    if (alg.name !== 'HMAC') throw notSupported();
    const h = WEB_HASH_ALG[key.algorithm.hash.name];
    const r = await sysAsync('crypto.hmac', { alg: h, key: key[kKeyObject][kKeyBytes], data: bytes });
    return copyBytes(r).buffer;
  },

  async verify(algorithm, key, signature, data) {
    checkSubtleThis(this);
    requiredArgs(arguments, 4, 'verify');
    const prefix = "Failed to execute 'verify' on 'SubtleCrypto'";
    const alg = normalizeAlgorithm(algorithm, 'verify');
    checkKey(key, prefix, '2nd');
    const sig = bufferSource(signature, prefix, '3rd');
    const bytes = bufferSource(data, prefix, '4th');
    if (alg.name !== key.algorithm.name || !key.usages.includes('verify')) {
      throw lazyDOMException('Unable to use this key to verify', 'InvalidAccessError');
    }
    if (alg.name !== 'HMAC') throw notSupported();
    const h = WEB_HASH_ALG[key.algorithm.hash.name];
    const r = await sysAsync('crypto.hmac', { alg: h, key: key[kKeyObject][kKeyBytes], data: bytes });
    return r.length === sig.length && timingSafeEqual(r, sig);
  },

  async encrypt(algorithm, key, data) {
    checkSubtleThis(this);
    requiredArgs(arguments, 3, 'encrypt');
    return aesGcmWeb(true, algorithm, key, data, 'encrypt');
  },

  async decrypt(algorithm, key, data) {
    checkSubtleThis(this);
    requiredArgs(arguments, 3, 'decrypt');
    return aesGcmWeb(false, algorithm, key, data, 'decrypt');
  },

  async deriveBits(algorithm, baseKey, length) {
    checkSubtleThis(this);
    requiredArgs(arguments, 2, 'deriveBits');
    const prefix = "Failed to execute 'deriveBits' on 'SubtleCrypto'";
    const alg = normalizeAlgorithm(algorithm, 'deriveBits');
    checkKey(baseKey, prefix, '2nd');
    if (alg.name !== baseKey.algorithm.name) {
      throw lazyDOMException('The requested operation is not valid for the provided key', 'InvalidAccessError');
    }
    if (!baseKey.usages.includes('deriveBits')) {
      throw lazyDOMException('baseKey does not have deriveBits usage', 'InvalidAccessError');
    }
    return deriveBitsImpl(alg, baseKey, length);
  },

  async deriveKey(algorithm, baseKey, derivedKeyAlgorithm, extractable, keyUsages) {
    checkSubtleThis(this);
    requiredArgs(arguments, 5, 'deriveKey');
    const prefix = "Failed to execute 'deriveKey' on 'SubtleCrypto'";
    const alg = normalizeAlgorithm(algorithm, 'deriveKey');
    checkKey(baseKey, prefix, '2nd');
    const dAlg = normalizeAlgorithm(derivedKeyAlgorithm, 'deriveKey');
    if (alg.name !== baseKey.algorithm.name) {
      throw lazyDOMException('The requested operation is not valid for the provided key', 'InvalidAccessError');
    }
    if (!baseKey.usages.includes('deriveKey')) {
      throw lazyDOMException('baseKey does not have deriveKey usage', 'InvalidAccessError');
    }
    let length;
    if (dAlg.name === 'AES-GCM') length = Number(dAlg.length);
    else if (dAlg.name === 'HMAC') {
      const hn = normalizeHash(dAlg.hash, 'deriveKey');
      length = dAlg.length !== undefined ? Number(dAlg.length) :
        (hn === 'SHA-384' || hn === 'SHA-512' ? 1024 : 512);
    } else {
      throw notSupported();
    }
    const bits = await deriveBitsImpl(alg, baseKey, length);
    return secretCryptoKey(dAlg, new Uint8Array(bits), !!extractable, keyUsages, 'deriveKey');
  },

  async wrapKey() {
    checkSubtleThis(this);
    throw unsupported('subtle.wrapKey');
  },

  async unwrapKey() {
    checkSubtleThis(this);
    throw unsupported('subtle.unwrapKey');
  },
};

async function deriveBitsImpl(alg, baseKey, length) {
  if (length === null || length === undefined) {
    throw lazyDOMException('length cannot be null', 'OperationError');
  }
  length = Number(length);
  if (length % 8 !== 0) throw lazyDOMException('length must be a multiple of 8', 'OperationError');
  const keyBytes = baseKey[kKeyObject][kKeyBytes];
  const hashName = normalizeHash(alg.hash, 'deriveBits');
  const h = WEB_HASH_ALG[hashName];
  const salt = bufferSource(alg.salt, 'Algorithm: salt', 'salt');
  if (alg.name === 'PBKDF2') {
    const iterations = Number(alg.iterations);
    if (!(iterations > 0)) throw lazyDOMException('iterations cannot be zero', 'OperationError');
    if (length === 0) return new ArrayBuffer(0);
    const r = await pbkdf2ComputeAsync({ digest: h, password: keyBytes, salt, iterations, keylen: length / 8 });
    return copyBytes(r).buffer;
  }
  // HKDF
  const info = bufferSource(alg.info, 'Algorithm: info', 'info');
  if (length === 0) return new ArrayBuffer(0);
  return hkdfCompute(h, keyBytes, salt, info, length / 8);
}

const GCM_TAG_LENGTHS = [32, 64, 96, 104, 112, 120, 128];

async function aesGcmWeb(encrypt, algorithm, key, data, op) {
  const prefix = `Failed to execute '${op}' on 'SubtleCrypto'`;
  const alg = normalizeAlgorithm(algorithm, op);
  checkKey(key, prefix, '2nd');
  const bytes = bufferSource(data, prefix, '3rd');
  if (alg.name !== 'AES-GCM') throw notSupported();
  if (alg.iv === undefined) throw missingMember('AesGcmParams', 'iv');
  const iv = bufferSource(alg.iv, 'Algorithm: iv', 'iv');
  const aad = alg.additionalData === undefined ? new Uint8Array(0) :
    bufferSource(alg.additionalData, 'Algorithm: additionalData', 'additionalData');
  if (alg.name !== key.algorithm.name || !key.usages.includes(op)) {
    throw lazyDOMException('The requested operation is not valid for the provided key', 'InvalidAccessError');
  }
  const tagLength = alg.tagLength === undefined ? 128 : Number(alg.tagLength);
  if (!GCM_TAG_LENGTHS.includes(tagLength)) {
    throw lazyDOMException(`${tagLength} is not a valid AES-GCM tag length`, 'OperationError');
  }
  if (iv.length !== 12) throw unsupported(`subtle.${op} with a ${iv.length}-byte AES-GCM iv (only 12)`);
  const k = key[kKeyObject][kKeyBytes];
  const tagBytes = tagLength / 8;
  if (encrypt) {
    const r = await sysAsync('crypto.aes_gcm', { encrypt: true, key: k, iv, data: bytes, aad });
    return copyBytes(r.subarray(0, r.length - 16 + tagBytes)).buffer;
  }
  if (bytes.length < tagBytes) throw lazyDOMException('The provided data is too small.', 'OperationError');
  const fail = () => lazyDOMException('The operation failed for an operation-specific reason', 'OperationError');
  const ct = bytes.subarray(0, bytes.length - tagBytes);
  const tag = bytes.subarray(bytes.length - tagBytes);
  if (tagBytes === 16) {
    try {
      const r = await sysAsync('crypto.aes_gcm', { encrypt: false, key: k, iv, data: bytes, aad });
      return copyBytes(r).buffer;
    } catch {
      throw fail();
    }
  }
  // Truncated tag: decrypt via the keystream, recompute the tag and compare its prefix.
  const plain = (await sysAsync('crypto.aes_gcm', { encrypt: true, key: k, iv, data: ct, aad: new Uint8Array(0) })).subarray(0, ct.length);
  const full = await sysAsync('crypto.aes_gcm', { encrypt: true, key: k, iv, data: plain, aad });
  if (!timingSafeEqual(full.subarray(full.length - 16, full.length - 16 + tagBytes), tag)) throw fail();
  return copyBytes(plain).buffer;
}

const subtle = Object.create(SubtleCrypto.prototype);
for (const name of ['encrypt', 'decrypt', 'sign', 'verify', 'digest', 'generateKey', 'deriveKey',
  'deriveBits', 'importKey', 'exportKey', 'wrapKey', 'unwrapKey']) {
  Object.defineProperty(SubtleCrypto.prototype, name, {
    __proto__: null,
    value: subtleMethods[name],
    enumerable: true,
    writable: true,
    configurable: true,
  });
}
Object.defineProperty(SubtleCrypto.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'SubtleCrypto', configurable: true,
});

class Crypto {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get subtle() {
    if (this !== webcrypto) throw new ERR_INVALID_THIS('Crypto');
    return subtle;
  }

  getRandomValues(array) {
    if (this !== webcrypto) throw new ERR_INVALID_THIS('Crypto');
    if (arguments.length < 1) {
      const err = new TypeError("Failed to execute 'getRandomValues' on 'Crypto': 1 argument required, but only 0 present.");
      err.code = 'ERR_MISSING_ARGS';
      throw err;
    }
    return getRandomValuesImpl(array);
  }

  randomUUID() {
    if (this !== webcrypto) throw new ERR_INVALID_THIS('Crypto');
    return randomUUID();
  }
}
Object.defineProperties(Crypto.prototype, {
  subtle: { __proto__: null, enumerable: true },
  getRandomValues: { __proto__: null, enumerable: true },
  randomUUID: { __proto__: null, enumerable: true },
  [Symbol.toStringTag]: { __proto__: null, value: 'Crypto', configurable: true },
});

const webcrypto = Object.create(Crypto.prototype);

function getRandomValues(array) {
  return webcrypto.getRandomValues(array);
}

// ---------------------------------------------------------------------------
// Unsupported (asymmetric) APIs

function unsupportedApi(name) {
  const f = {
    [name](...args) {
      throw unsupported(name);
    },
  }[name];
  return f;
}

function UnsupportedClass(name) {
  const C = {
    [name]: function() {
      throw unsupported(name);
    },
  }[name];
  return C;
}

const constants = Object.setPrototypeOf({
  OPENSSL_VERSION_NUMBER: 810549376,
  SSL_OP_ALL: 2147485776,
  SSL_OP_ALLOW_NO_DHE_KEX: 1024,
  SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION: 262144,
  SSL_OP_CIPHER_SERVER_PREFERENCE: 4194304,
  SSL_OP_CISCO_ANYCONNECT: 32768,
  SSL_OP_COOKIE_EXCHANGE: 8192,
  SSL_OP_CRYPTOPRO_TLSEXT_BUG: 2147483648,
  SSL_OP_DONT_INSERT_EMPTY_FRAGMENTS: 2048,
  SSL_OP_LEGACY_SERVER_CONNECT: 4,
  SSL_OP_NO_COMPRESSION: 131072,
  SSL_OP_NO_ENCRYPT_THEN_MAC: 524288,
  SSL_OP_NO_QUERY_MTU: 4096,
  SSL_OP_NO_RENEGOTIATION: 1073741824,
  SSL_OP_NO_SESSION_RESUMPTION_ON_RENEGOTIATION: 65536,
  SSL_OP_NO_SSLv2: 0,
  SSL_OP_NO_SSLv3: 33554432,
  SSL_OP_NO_TICKET: 16384,
  SSL_OP_NO_TLSv1: 67108864,
  SSL_OP_NO_TLSv1_1: 268435456,
  SSL_OP_NO_TLSv1_2: 134217728,
  SSL_OP_NO_TLSv1_3: 536870912,
  SSL_OP_PRIORITIZE_CHACHA: 2097152,
  SSL_OP_TLS_ROLLBACK_BUG: 8388608,
  ENGINE_METHOD_RSA: 1,
  ENGINE_METHOD_DSA: 2,
  ENGINE_METHOD_DH: 4,
  ENGINE_METHOD_RAND: 8,
  ENGINE_METHOD_EC: 2048,
  ENGINE_METHOD_CIPHERS: 64,
  ENGINE_METHOD_DIGESTS: 128,
  ENGINE_METHOD_PKEY_METHS: 512,
  ENGINE_METHOD_PKEY_ASN1_METHS: 1024,
  ENGINE_METHOD_ALL: 65535,
  ENGINE_METHOD_NONE: 0,
  DH_CHECK_P_NOT_SAFE_PRIME: 2,
  DH_CHECK_P_NOT_PRIME: 1,
  DH_UNABLE_TO_CHECK_GENERATOR: 4,
  DH_NOT_SUITABLE_GENERATOR: 8,
  RSA_PKCS1_PADDING: 1,
  RSA_NO_PADDING: 3,
  RSA_PKCS1_OAEP_PADDING: 4,
  RSA_X931_PADDING: 5,
  RSA_PKCS1_PSS_PADDING: 6,
  RSA_PSS_SALTLEN_DIGEST: -1,
  RSA_PSS_SALTLEN_MAX_SIGN: -2,
  RSA_PSS_SALTLEN_AUTO: -2,
  defaultCoreCipherList: "TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA256:DHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384:DHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA256:DHE-RSA-AES256-SHA256:HIGH:!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA",
  TLS1_VERSION: 769,
  TLS1_1_VERSION: 770,
  TLS1_2_VERSION: 771,
  TLS1_3_VERSION: 772,
  POINT_CONVERSION_COMPRESSED: 2,
  POINT_CONVERSION_UNCOMPRESSED: 4,
  POINT_CONVERSION_HYBRID: 6,
}, null);
{
  let defaultCipherList = constants.defaultCoreCipherList;
  Object.defineProperty(constants, 'defaultCipherList', {
    __proto__: null,
    get() {
      return defaultCipherList;
    },
    set(val) {
      defaultCipherList = val;
    },
    enumerable: true,
    configurable: true,
  });
}

module.exports = {
  checkPrime: unsupportedApi('checkPrime'),
  checkPrimeSync: unsupportedApi('checkPrimeSync'),
  createCipheriv,
  createDecipheriv,
  createDiffieHellman: unsupportedApi('createDiffieHellman'),
  createDiffieHellmanGroup: unsupportedApi('createDiffieHellmanGroup'),
  createECDH: unsupportedApi('createECDH'),
  createHash,
  createHmac,
  createPrivateKey: unsupportedApi('createPrivateKey'),
  createPublicKey: unsupportedApi('createPublicKey'),
  createSecretKey,
  createSign: unsupportedApi('createSign'),
  createVerify: unsupportedApi('createVerify'),
  diffieHellman: unsupportedApi('diffieHellman'),
  generatePrime: unsupportedApi('generatePrime'),
  generatePrimeSync: unsupportedApi('generatePrimeSync'),
  getCiphers,
  getCipherInfo,
  getCurves,
  getDiffieHellman: unsupportedApi('getDiffieHellman'),
  getHashes,
  hkdf,
  hkdfSync,
  pbkdf2,
  pbkdf2Sync,
  generateKeyPair: unsupportedApi('generateKeyPair'),
  generateKeyPairSync: unsupportedApi('generateKeyPairSync'),
  generateKey,
  generateKeySync,
  privateDecrypt: unsupportedApi('privateDecrypt'),
  privateEncrypt: unsupportedApi('privateEncrypt'),
  publicDecrypt: unsupportedApi('publicDecrypt'),
  publicEncrypt: unsupportedApi('publicEncrypt'),
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  scrypt,
  scryptSync,
  sign: unsupportedApi('sign'),
  setEngine: unsupportedApi('setEngine'),
  timingSafeEqual,
  getFips() {
    return 0;
  },
  setFips: unsupportedApi('setFips'),
  verify: unsupportedApi('verify'),
  hash,
  Certificate: UnsupportedClass('Certificate'),
  Cipher: UnsupportedClass('Cipher'),
  Cipheriv,
  Decipher: UnsupportedClass('Decipher'),
  Decipheriv,
  DiffieHellman: UnsupportedClass('DiffieHellman'),
  DiffieHellmanGroup: UnsupportedClass('DiffieHellmanGroup'),
  ECDH: UnsupportedClass('ECDH'),
  Hash: require('util').deprecate(Hash, 'crypto.Hash constructor is deprecated.', 'DEP0179'),
  Hmac: require('util').deprecate(Hmac, 'crypto.Hmac constructor is deprecated.', 'DEP0181'),
  KeyObject,
  Sign: UnsupportedClass('Sign'),
  Verify: UnsupportedClass('Verify'),
  X509Certificate: UnsupportedClass('X509Certificate'),
  secureHeapUsed() {
    return { total: 0, min: 0, used: 0, utilization: 0 };
  },
  constants,
  webcrypto,
  subtle,
  getRandomValues,
};

// Deprecated aliases (non-enumerable, like Node's).
for (const [name, value] of [['prng', randomBytes], ['pseudoRandomBytes', randomBytes], ['rng', randomBytes]]) {
  Object.defineProperty(module.exports, name, {
    __proto__: null, value, enumerable: false, writable: true, configurable: true,
  });
}
// For the lead's globals: CryptoKey, SubtleCrypto (non-enumerable).
for (const [name, value] of [['CryptoKey', CryptoKey], ['SubtleCrypto', SubtleCrypto], ['Crypto', Crypto]]) {
  Object.defineProperty(module.exports, name, {
    __proto__: null, value, enumerable: false, writable: true, configurable: true,
  });
}
