'use strict';
// The `zlib` module. The bytes are computed in Rust behind the `zlib.*` syscalls
// (src/actors/zlib.rs): `zlib.process` for a whole buffer (the *Sync and callback forms), and
// `zlib.open`/`zlib.write`/`zlib.close` for a stream. This file validates options as Node does,
// shapes errors as Node does, and gives the streams Node's Transform behaviour.

const { sys, sysAsync } = require('internal/zlib_binding');
const { Buffer } = require('buffer');
const { Transform, finished } = require('stream');
const errors = require('internal/errors');
const { types } = require('util');
const { isAnyArrayBuffer, isArrayBufferView } = types;

const {
  ERR_BROTLI_INVALID_PARAM,
  ERR_BUFFER_TOO_LARGE,
  ERR_INVALID_ARG_TYPE,
  ERR_OUT_OF_RANGE,
  ERR_ZLIB_INITIALIZATION_FAILED,
} = errors.codes;
const { validateFunction, validateUint32, validateFiniteNumber, checkRangesOrGetDefault } = errors;

const kMaxLength = 2 ** 53 - 1;

// ------------------------------------------------------------------ constants (Node 22's values)
const constants = {
  Z_NO_FLUSH: 0, Z_PARTIAL_FLUSH: 1, Z_SYNC_FLUSH: 2, Z_FULL_FLUSH: 3, Z_FINISH: 4, Z_BLOCK: 5,
  Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3,
  Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6,
  Z_NO_COMPRESSION: 0, Z_BEST_SPEED: 1, Z_BEST_COMPRESSION: 9, Z_DEFAULT_COMPRESSION: -1,
  Z_FILTERED: 1, Z_HUFFMAN_ONLY: 2, Z_RLE: 3, Z_FIXED: 4, Z_DEFAULT_STRATEGY: 0, ZLIB_VERNUM: 4880,
  DEFLATE: 1, INFLATE: 2, GZIP: 3, GUNZIP: 4, DEFLATERAW: 5, INFLATERAW: 6, UNZIP: 7,
  BROTLI_DECODE: 8, BROTLI_ENCODE: 9, ZSTD_DECOMPRESS: 11, ZSTD_COMPRESS: 10,
  Z_MIN_WINDOWBITS: 8, Z_MAX_WINDOWBITS: 15, Z_DEFAULT_WINDOWBITS: 15,
  Z_MIN_CHUNK: 64, Z_MAX_CHUNK: Infinity, Z_DEFAULT_CHUNK: 16384,
  Z_MIN_MEMLEVEL: 1, Z_MAX_MEMLEVEL: 9, Z_DEFAULT_MEMLEVEL: 8,
  Z_MIN_LEVEL: -1, Z_MAX_LEVEL: 9, Z_DEFAULT_LEVEL: -1,
  BROTLI_OPERATION_PROCESS: 0, BROTLI_OPERATION_FLUSH: 1, BROTLI_OPERATION_FINISH: 2,
  BROTLI_OPERATION_EMIT_METADATA: 3,
  BROTLI_PARAM_MODE: 0, BROTLI_MODE_GENERIC: 0, BROTLI_MODE_TEXT: 1, BROTLI_MODE_FONT: 2,
  BROTLI_DEFAULT_MODE: 0, BROTLI_PARAM_QUALITY: 1, BROTLI_MIN_QUALITY: 0, BROTLI_MAX_QUALITY: 11,
  BROTLI_DEFAULT_QUALITY: 11, BROTLI_PARAM_LGWIN: 2, BROTLI_MIN_WINDOW_BITS: 10,
  BROTLI_MAX_WINDOW_BITS: 24, BROTLI_LARGE_MAX_WINDOW_BITS: 30, BROTLI_DEFAULT_WINDOW: 22,
  BROTLI_PARAM_LGBLOCK: 3, BROTLI_MIN_INPUT_BLOCK_BITS: 16, BROTLI_MAX_INPUT_BLOCK_BITS: 24,
  BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING: 4, BROTLI_PARAM_SIZE_HINT: 5,
  BROTLI_PARAM_LARGE_WINDOW: 6, BROTLI_PARAM_NPOSTFIX: 7, BROTLI_PARAM_NDIRECT: 8,
  BROTLI_DECODER_RESULT_ERROR: 0, BROTLI_DECODER_RESULT_SUCCESS: 1,
  BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT: 2, BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT: 3,
  BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION: 0, BROTLI_DECODER_PARAM_LARGE_WINDOW: 1,
  BROTLI_DECODER_NO_ERROR: 0, BROTLI_DECODER_SUCCESS: 1, BROTLI_DECODER_NEEDS_MORE_INPUT: 2,
  BROTLI_DECODER_NEEDS_MORE_OUTPUT: 3,
  BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_NIBBLE: -1, BROTLI_DECODER_ERROR_FORMAT_RESERVED: -2,
  BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_META_NIBBLE: -3,
  BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET: -4,
  BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME: -5, BROTLI_DECODER_ERROR_FORMAT_CL_SPACE: -6,
  BROTLI_DECODER_ERROR_FORMAT_HUFFMAN_SPACE: -7,
  BROTLI_DECODER_ERROR_FORMAT_CONTEXT_MAP_REPEAT: -8,
  BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_1: -9, BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_2: -10,
  BROTLI_DECODER_ERROR_FORMAT_TRANSFORM: -11, BROTLI_DECODER_ERROR_FORMAT_DICTIONARY: -12,
  BROTLI_DECODER_ERROR_FORMAT_WINDOW_BITS: -13, BROTLI_DECODER_ERROR_FORMAT_PADDING_1: -14,
  BROTLI_DECODER_ERROR_FORMAT_PADDING_2: -15, BROTLI_DECODER_ERROR_FORMAT_DISTANCE: -16,
  BROTLI_DECODER_ERROR_DICTIONARY_NOT_SET: -19, BROTLI_DECODER_ERROR_INVALID_ARGUMENTS: -20,
  BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES: -21, BROTLI_DECODER_ERROR_ALLOC_TREE_GROUPS: -22,
  BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MAP: -25, BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_1: -26,
  BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_2: -27, BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES: -30,
  BROTLI_DECODER_ERROR_UNREACHABLE: -31,
  ZSTD_e_continue: 0, ZSTD_e_flush: 1, ZSTD_e_end: 2, ZSTD_fast: 1, ZSTD_dfast: 2, ZSTD_greedy: 3,
  ZSTD_lazy: 4, ZSTD_lazy2: 5, ZSTD_btlazy2: 6, ZSTD_btopt: 7, ZSTD_btultra: 8, ZSTD_btultra2: 9,
  ZSTD_c_compressionLevel: 100, ZSTD_c_windowLog: 101, ZSTD_c_hashLog: 102, ZSTD_c_chainLog: 103,
  ZSTD_c_searchLog: 104, ZSTD_c_minMatch: 105, ZSTD_c_targetLength: 106, ZSTD_c_strategy: 107,
  ZSTD_c_enableLongDistanceMatching: 160, ZSTD_c_ldmHashLog: 161, ZSTD_c_ldmMinMatch: 162,
  ZSTD_c_ldmBucketSizeLog: 163, ZSTD_c_ldmHashRateLog: 164, ZSTD_c_contentSizeFlag: 200,
  ZSTD_c_checksumFlag: 201, ZSTD_c_dictIDFlag: 202, ZSTD_c_nbWorkers: 400, ZSTD_c_jobSize: 401,
  ZSTD_c_overlapLog: 402, ZSTD_d_windowLogMax: 100, ZSTD_CLEVEL_DEFAULT: 3,
  ZSTD_error_no_error: 0, ZSTD_error_GENERIC: 1, ZSTD_error_prefix_unknown: 10,
  ZSTD_error_version_unsupported: 12, ZSTD_error_frameParameter_unsupported: 14,
  ZSTD_error_frameParameter_windowTooLarge: 16, ZSTD_error_corruption_detected: 20,
  ZSTD_error_checksum_wrong: 22, ZSTD_error_literals_headerWrong: 24,
  ZSTD_error_dictionary_corrupted: 30, ZSTD_error_dictionary_wrong: 32,
  ZSTD_error_dictionaryCreation_failed: 34, ZSTD_error_parameter_unsupported: 40,
  ZSTD_error_parameter_combination_unsupported: 41, ZSTD_error_parameter_outOfBound: 42,
  ZSTD_error_tableLog_tooLarge: 44, ZSTD_error_maxSymbolValue_tooLarge: 46,
  ZSTD_error_maxSymbolValue_tooSmall: 48, ZSTD_error_stabilityCondition_notRespected: 50,
  ZSTD_error_stage_wrong: 60, ZSTD_error_init_missing: 62, ZSTD_error_memory_allocation: 64,
  ZSTD_error_workSpace_tooSmall: 66, ZSTD_error_dstSize_tooSmall: 70, ZSTD_error_srcSize_wrong: 72,
  ZSTD_error_dstBuffer_null: 74, ZSTD_error_noForwardProgress_destFull: 80,
  ZSTD_error_noForwardProgress_inputEmpty: 82,
};


const {
  Z_NO_FLUSH, Z_BLOCK, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH,
  Z_MIN_CHUNK, Z_DEFAULT_CHUNK, Z_MIN_WINDOWBITS, Z_MAX_WINDOWBITS, Z_DEFAULT_WINDOWBITS,
  Z_MIN_LEVEL, Z_MAX_LEVEL, Z_DEFAULT_COMPRESSION, Z_MIN_MEMLEVEL, Z_MAX_MEMLEVEL,
  Z_DEFAULT_MEMLEVEL, Z_DEFAULT_STRATEGY, Z_FIXED,
  DEFLATE, INFLATE, GZIP, GUNZIP, DEFLATERAW, INFLATERAW, UNZIP, BROTLI_DECODE, BROTLI_ENCODE,
  BROTLI_OPERATION_PROCESS, BROTLI_OPERATION_FLUSH, BROTLI_OPERATION_FINISH,
  BROTLI_OPERATION_EMIT_METADATA,
} = constants;

// `codes`: the zlib return codes by name and by number.
const codes = {
  Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3,
  Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6,
};
for (const name of Object.keys(codes)) codes[codes[name]] = name;
Object.freeze(codes);


// The highest brotli parameter key either side accepts.
const kMaxBrotliParam = 8;
// Output asked for per syscall; a bigger result continues in further calls. Replies count
// against the sandbox's ArrayBuffer budget, so a stream asks for little at a time.
const kMaxOutPerCall = 32 * 1024 * 1024;
const kStreamOutPerCall = 1024 * 1024;

// How strongly each flush value flushes (the stronger of two wins at the end of a stream).
const kFlushStrength = [];
[Z_NO_FLUSH, Z_BLOCK, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH].forEach((f, i) => {
  kFlushStrength[f] = i;
});
function strongerFlush(a, b) {
  return kFlushStrength[a] > kFlushStrength[b] ? a : b;
}

// Zero-length chunks written by `.flush(kind)`; `_transform` recognises them.
const kFlushKind = Symbol('kFlushKind');
const flushChunks = [];
for (let kind = 0; kind <= Z_BLOCK; kind++) {
  const b = Buffer.alloc(0);
  b[kFlushKind] = kind;
  flushChunks[kind] = b;
}

const kError = Symbol('kError');
const kHandle = Symbol('kHandle');
const kMode = Symbol('kMode');
const kOpts = Symbol('kOpts');
const kOutOffset = Symbol('kOutOffset');

function zlibError(e) {
  const err = new Error(e.message);
  err.errno = e.errno;
  err.code = e.code;
  return err;
}

function toBuffer(u8) {
  return Buffer.from(u8.buffer, u8.byteOffset, u8.byteLength);
}

function concat(list, total) {
  if (list.length === 1) return list[0];
  return Buffer.concat(list, total);
}

// ------------------------------------------------------------------ the streams
function ZlibBase(opts, mode, rustOpts, flushes) {
  let chunkSize = Z_DEFAULT_CHUNK;
  let maxOutputLength = kMaxLength;
  const [flushMin, flushMax, flushDefault, finishDefault, fullDefault] = flushes;
  let flush = flushDefault;
  let finishFlush = finishDefault;
  if (opts) {
    chunkSize = opts.chunkSize;
    if (!validateFiniteNumber(chunkSize, 'options.chunkSize')) {
      chunkSize = Z_DEFAULT_CHUNK;
    } else if (chunkSize < Z_MIN_CHUNK) {
      throw new ERR_OUT_OF_RANGE('options.chunkSize', `>= ${Z_MIN_CHUNK}`, chunkSize);
    }
    flush = checkRangesOrGetDefault(opts.flush, 'options.flush', flushMin, flushMax, flushDefault);
    finishFlush = checkRangesOrGetDefault(opts.finishFlush, 'options.finishFlush', flushMin, flushMax, finishDefault);
    maxOutputLength = checkRangesOrGetDefault(opts.maxOutputLength, 'options.maxOutputLength', 1, kMaxLength, kMaxLength);
    if (opts.encoding || opts.objectMode || opts.writableObjectMode) {
      opts = { ...opts, encoding: null, objectMode: false, writableObjectMode: false };
    }
  }
  Transform.call(this, { autoDestroy: true, ...opts });
  this[kError] = null;
  this.bytesWritten = 0;
  // Bridge state, kept out of util.inspect's view.
  hidden(this, kHandle, null);
  hidden(this, kMode, mode);
  hidden(this, kOpts, rustOpts);
  hidden(this, kOutOffset, 0);
  this._handle = true; // Node exposes a handle object here; null once closed.
  this._outBuffer = null;
  this._outOffset = 0;
  this._chunkSize = chunkSize;
  this._defaultFlushFlag = flush;
  this._finishFlushFlag = finishFlush;
  this._defaultFullFlushFlag = fullDefault;
  this._info = opts && opts.info;
  this._maxOutputLength = maxOutputLength;
  this._rejectGarbageAfterEnd = false;
}

function hidden(obj, key, value) {
  Object.defineProperty(obj, key, { __proto__: null, value, writable: true, enumerable: false, configurable: true });
}
Object.setPrototypeOf(ZlibBase.prototype, Transform.prototype);
Object.setPrototypeOf(ZlibBase, Transform);

Object.defineProperty(ZlibBase.prototype, '_closed', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() { return !this._handle; },
});

// The kernel stream, opened on first use (a *Sync call never needs one).
function handleOf(self) {
  if (self[kHandle] === null && self._handle) {
    self[kHandle] = sys('zlib.open', { mode: self[kMode], opts: self[kOpts] });
  }
  return self[kHandle];
}

function closeHandle(self) {
  if (self[kHandle] !== null) {
    const h = self[kHandle];
    self[kHandle] = null;
    sys('zlib.close', { handle: h });
  }
  self._handle = null;
}

ZlibBase.prototype.reset = function reset() {
  if (!this._handle) throw new Error('zlib binding closed');
  if (this[kHandle] !== null) sys('zlib.reset', { handle: this[kHandle] });
};

ZlibBase.prototype.flush = function flush(kind, callback) {
  if (typeof kind === 'function' || (kind === undefined && !callback)) {
    callback = kind;
    kind = this._defaultFullFlushFlag;
  }
  if (this.writableFinished) {
    if (callback) process.nextTick(callback);
  } else if (this.writableEnded) {
    if (callback) this.once('end', callback);
  } else {
    this.write(flushChunks[kind], '', callback);
  }
};

ZlibBase.prototype.close = function close(callback) {
  if (callback) finished(this, callback);
  this.destroy();
};

ZlibBase.prototype._destroy = function _destroy(err, callback) {
  closeHandle(this);
  callback(err);
};

ZlibBase.prototype._final = function _final(callback) {
  callback();
};

ZlibBase.prototype._flush = function _flush(callback) {
  this._transform(Buffer.alloc(0), '', callback);
};

ZlibBase.prototype._transform = function _transform(chunk, encoding, cb) {
  let flushFlag = this._defaultFlushFlag;
  if (typeof chunk[kFlushKind] === 'number') flushFlag = chunk[kFlushKind];
  const ws = this._writableState;
  if (ws.ending && ws.length === chunk.byteLength) {
    flushFlag = strongerFlush(flushFlag, this._finishFlushFlag);
  }
  processChunk(this, chunk, flushFlag, cb);
};

// Push output in the pieces Node's fixed-size output buffer would have made.
function pushOut(self, data) {
  let off = 0;
  const size = self._chunkSize;
  while (off < data.length) {
    const n = Math.min(size - self[kOutOffset], data.length - off);
    self.push(toBuffer(data.subarray(off, off + n)));
    off += n;
    self[kOutOffset] += n;
    if (self[kOutOffset] >= size) self[kOutOffset] = 0;
  }
}

function processChunk(self, chunk, flush, cb) {
  if (!self._handle) {
    process.nextTick(cb);
    return;
  }
  let handle;
  try {
    handle = handleOf(self);
  } catch (e) {
    process.nextTick(cb, e);
    return;
  }
  const step = (data) => {
    sysAsync('zlib.write', { handle, data, flush, max_out: Math.max(self._chunkSize, kStreamOutPerCall) }).then(
      (r) => process.nextTick(after, null, r),
      (e) => process.nextTick(after, e));
  };
  const after = (err, r) => {
    if (self.destroyed || !self._handle) {
      cb();
      return;
    }
    if (err) {
      self.destroy(err);
      return;
    }
    if (r.error) {
      const e = zlibError(r.error);
      self[kError] = e;
      self.destroy(e);
      return;
    }
    if (r.data.length > 0) pushOut(self, r.data);
    if (r.more) {
      step(new Uint8Array(0));
      return;
    }
    cb();
  };
  self.bytesWritten += chunk.byteLength;
  step(chunk);
}

function optionsForRust(mode, level, windowBits, memLevel, strategy, dictionary) {
  const o = { level, window_bits: windowBits, mem_level: memLevel, strategy };
  if (dictionary !== undefined) o.dictionary = dictionary;
  return o;
}

const zlibFlushes = [Z_NO_FLUSH, Z_BLOCK, Z_NO_FLUSH, Z_FINISH, Z_FULL_FLUSH];
const brotliFlushes = [BROTLI_OPERATION_PROCESS, BROTLI_OPERATION_EMIT_METADATA,
  BROTLI_OPERATION_PROCESS, BROTLI_OPERATION_FINISH, BROTLI_OPERATION_FLUSH];

function Zlib(opts, mode) {
  let windowBits = Z_DEFAULT_WINDOWBITS;
  let level = Z_DEFAULT_COMPRESSION;
  let memLevel = Z_DEFAULT_MEMLEVEL;
  let strategy = Z_DEFAULT_STRATEGY;
  let dictionary;
  if (opts) {
    // For decompression 0 means: take the window size from the stream's header.
    if ((opts.windowBits == null || opts.windowBits === 0) &&
        (mode === INFLATE || mode === GUNZIP || mode === UNZIP)) {
      windowBits = 0;
    } else {
      // 8 is a valid deflate window (zlib makes it 9) but not a gzip one.
      windowBits = checkRangesOrGetDefault(opts.windowBits, 'options.windowBits',
        Z_MIN_WINDOWBITS + (mode === GZIP ? 1 : 0), Z_MAX_WINDOWBITS, Z_DEFAULT_WINDOWBITS);
    }
    level = checkRangesOrGetDefault(opts.level, 'options.level', Z_MIN_LEVEL, Z_MAX_LEVEL, Z_DEFAULT_COMPRESSION);
    memLevel = checkRangesOrGetDefault(opts.memLevel, 'options.memLevel', Z_MIN_MEMLEVEL, Z_MAX_MEMLEVEL, Z_DEFAULT_MEMLEVEL);
    strategy = checkRangesOrGetDefault(opts.strategy, 'options.strategy', Z_DEFAULT_STRATEGY, Z_FIXED, Z_DEFAULT_STRATEGY);
    dictionary = opts.dictionary;
    if (dictionary !== undefined && !isArrayBufferView(dictionary)) {
      if (isAnyArrayBuffer(dictionary)) {
        dictionary = Buffer.from(dictionary);
      } else {
        throw new ERR_INVALID_ARG_TYPE('options.dictionary', ['Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], dictionary);
      }
    }
    if (dictionary !== undefined && !(dictionary instanceof Uint8Array)) {
      dictionary = new Uint8Array(dictionary.buffer, dictionary.byteOffset, dictionary.byteLength);
    }
  }
  // zlib turns a raw deflate window of 8 into 9.
  const wb = windowBits === 8 && mode === DEFLATERAW ? 9 : windowBits;
  ZlibBase.call(this, opts, mode, optionsForRust(mode, level, wb, memLevel, strategy, dictionary), zlibFlushes);
  this._level = level;
  this._strategy = strategy;
  this._mode = mode;
}
Object.setPrototypeOf(Zlib.prototype, ZlibBase.prototype);
Object.setPrototypeOf(Zlib, ZlibBase);

Zlib.prototype.params = function params(level, strategy, callback) {
  checkRangesOrGetDefault(level, 'level', Z_MIN_LEVEL, Z_MAX_LEVEL);
  checkRangesOrGetDefault(strategy, 'strategy', Z_DEFAULT_STRATEGY, Z_FIXED);
  if (this._level !== level || this._strategy !== strategy) {
    this.flush(Z_SYNC_FLUSH, () => {
      if (!this._handle) throw new Error('zlib binding closed');
      const r = sys('zlib.params', { handle: handleOf(this), level, strategy });
      if (r.error) throw zlibError(r.error);
      if (r.data.length > 0) pushOut(this, r.data);
      if (!this.destroyed) {
        this._level = level;
        this._strategy = strategy;
        if (callback) callback();
      }
    });
  } else {
    process.nextTick(callback);
  }
};

function Brotli(opts, mode) {
  const params = [];
  if (opts && opts.params) {
    const seen = new Set();
    for (const origKey of Object.keys(opts.params)) {
      const key = +origKey;
      if (Number.isNaN(key) || key < 0 || key > kMaxBrotliParam || seen.has(key)) {
        throw new ERR_BROTLI_INVALID_PARAM(origKey);
      }
      const value = opts.params[origKey];
      if (typeof value !== 'number' && typeof value !== 'boolean') {
        throw new ERR_INVALID_ARG_TYPE('options.params[key]', 'number', opts.params[origKey]);
      }
      // Stored as Node stores it: a uint32, with 0xFFFFFFFF meaning "not set".
      const v = Number(value) >>> 0;
      if (v !== 0xFFFFFFFF) {
        seen.add(key);
        params.push([key, v]);
      }
    }
  }
  if (mode === BROTLI_DECODE && params.some(([k]) => k > 1)) {
    throw new ERR_ZLIB_INITIALIZATION_FAILED();
  }
  ZlibBase.call(this, opts, mode, { brotli: params }, brotliFlushes);
}
Object.setPrototypeOf(Brotli.prototype, ZlibBase.prototype);
Object.setPrototypeOf(Brotli, ZlibBase);

function makeClass(name, Base, mode) {
  const C = {
    [name]: function(opts) {
      if (!(this instanceof C)) return new C(opts);
      Base.call(this, opts, mode);
    },
  }[name];
  Object.setPrototypeOf(C.prototype, Base.prototype);
  Object.setPrototypeOf(C, Base);
  return C;
}

const Deflate = makeClass('Deflate', Zlib, DEFLATE);
const Inflate = makeClass('Inflate', Zlib, INFLATE);
const Gzip = makeClass('Gzip', Zlib, GZIP);
const Gunzip = makeClass('Gunzip', Zlib, GUNZIP);
const DeflateRaw = makeClass('DeflateRaw', Zlib, DEFLATERAW);
const InflateRaw = makeClass('InflateRaw', Zlib, INFLATERAW);
const Unzip = makeClass('Unzip', Zlib, UNZIP);
const BrotliCompress = makeClass('BrotliCompress', Brotli, BROTLI_ENCODE);
const BrotliDecompress = makeClass('BrotliDecompress', Brotli, BROTLI_DECODE);

// ------------------------------------------------------------------ whole-buffer forms
function toInput(buffer) {
  if (typeof buffer === 'string') return Buffer.from(buffer);
  if (!isArrayBufferView(buffer)) {
    if (isAnyArrayBuffer(buffer)) return Buffer.from(buffer);
    throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], buffer);
  }
  if (buffer instanceof Uint8Array) return buffer;
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

function processRequest(engine, data) {
  return {
    mode: engine[kMode],
    opts: engine[kOpts],
    data,
    flush: engine._finishFlushFlag,
    max_out: Math.min(engine._maxOutputLength + 1, kMaxOutPerCall),
  };
}

// Output larger than one reply: run the rest through a kernel stream, synchronously.
function streamSync(engine, data) {
  const handle = handleOf(engine);
  const list = [];
  let total = 0;
  let input = data;
  try {
    for (;;) {
      const r = sys('zlib.write', { handle, data: input, flush: engine._finishFlushFlag, max_out: kMaxOutPerCall });
      input = new Uint8Array(0);
      if (r.error) throw zlibError(r.error);
      total += r.data.length;
      if (total > engine._maxOutputLength) throw new ERR_BUFFER_TOO_LARGE(engine._maxOutputLength);
      list.push(toBuffer(r.data));
      if (!r.more) break;
    }
  } finally {
    closeHandle(engine);
  }
  return concat(list, total);
}

function finishSync(engine, r, data) {
  if (r.error) throw zlibError(r.error);
  if (r.data.length > engine._maxOutputLength) throw new ERR_BUFFER_TOO_LARGE(engine._maxOutputLength);
  if (r.more) return streamSync(engine, data);
  return toBuffer(r.data);
}

function zlibBufferSync(engine, buffer) {
  const data = toInput(buffer);
  engine.bytesWritten = data.byteLength;
  let out;
  try {
    out = finishSync(engine, sys('zlib.process', processRequest(engine, data)), data);
  } finally {
    closeHandle(engine);
  }
  return engine._info ? { buffer: out, engine } : out;
}

function zlibBuffer(engine, buffer, callback) {
  validateFunction(callback, 'callback');
  const data = toInput(buffer);
  engine.bytesWritten = data.byteLength;
  const done = (err, r) => {
    let out;
    try {
      if (err) throw err;
      out = finishSync(engine, r, data);
    } catch (e) {
      closeHandle(engine);
      callback(e);
      return;
    }
    closeHandle(engine);
    callback(null, engine._info ? { buffer: out, engine } : out);
  };
  sysAsync('zlib.process', processRequest(engine, data)).then(
    (r) => process.nextTick(done, null, r),
    (e) => process.nextTick(done, e));
}

function syncForm(C) {
  return function(buffer, opts) {
    return zlibBufferSync(new C(opts), buffer);
  };
}

function callbackForm(C) {
  return function(buffer, opts, callback) {
    if (typeof opts === 'function') {
      callback = opts;
      opts = {};
    }
    return zlibBuffer(new C(opts), buffer, callback);
  };
}

// ------------------------------------------------------------------ crc32
let crcTable;
function crc32(data, value = 0) {
  if (typeof data !== 'string' && !isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['Buffer', 'TypedArray', 'DataView', 'string'], data);
  }
  validateUint32(value, 'value');
  if (crcTable === undefined) {
    crcTable = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c;
    }
  }
  const bytes = typeof data === 'string' ? Buffer.from(data) :
    new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  let c = ~value;
  for (let i = 0; i < bytes.length; i++) c = crcTable[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

// ------------------------------------------------------------------ zstd (not here yet)
function zstdUnsupported() {
  const e = new Error('zlib zstd is not supported in sandbox yet');
  e.code = 'ERR_NOT_SUPPORTED_IN_SANDBOX';
  throw e;
}
const ZstdCompress = function ZstdCompress() { zstdUnsupported(); };
const ZstdDecompress = function ZstdDecompress() { zstdUnsupported(); };

function lazyEnumerable(obj, name, value) {
  Object.defineProperty(obj, name, { __proto__: null, value, enumerable: true, writable: true, configurable: true });
}

module.exports = {
  crc32,
  Deflate, Inflate, Gzip, Gunzip, DeflateRaw, InflateRaw, Unzip, BrotliCompress, BrotliDecompress,
  ZstdCompress, ZstdDecompress,
  deflate: callbackForm(Deflate), deflateSync: syncForm(Deflate),
  gzip: callbackForm(Gzip), gzipSync: syncForm(Gzip),
  deflateRaw: callbackForm(DeflateRaw), deflateRawSync: syncForm(DeflateRaw),
  unzip: callbackForm(Unzip), unzipSync: syncForm(Unzip),
  inflate: callbackForm(Inflate), inflateSync: syncForm(Inflate),
  gunzip: callbackForm(Gunzip), gunzipSync: syncForm(Gunzip),
  inflateRaw: callbackForm(InflateRaw), inflateRawSync: syncForm(InflateRaw),
  brotliCompress: callbackForm(BrotliCompress), brotliCompressSync: syncForm(BrotliCompress),
  brotliDecompress: callbackForm(BrotliDecompress), brotliDecompressSync: syncForm(BrotliDecompress),
  zstdCompress: zstdUnsupported, zstdCompressSync: zstdUnsupported,
  zstdDecompress: zstdUnsupported, zstdDecompressSync: zstdUnsupported,
};
for (const [name, C] of [['Deflate', Deflate], ['Inflate', Inflate], ['DeflateRaw', DeflateRaw],
  ['InflateRaw', InflateRaw], ['Gzip', Gzip], ['Gunzip', Gunzip], ['Unzip', Unzip],
  ['BrotliCompress', BrotliCompress], ['BrotliDecompress', BrotliDecompress],
  ['ZstdCompress', ZstdCompress], ['ZstdDecompress', ZstdDecompress]]) {
  lazyEnumerable(module.exports, `create${name}`, function(opts) { return new C(opts); });
}
Object.defineProperty(module.exports, 'constants', {
  __proto__: null, value: constants, enumerable: true, configurable: false, writable: false,
});
Object.defineProperty(module.exports, 'codes', {
  __proto__: null, value: codes, enumerable: true, configurable: false, writable: false,
});
