'use strict';

// string_decoder: turns a series of byte chunks into strings without cutting
// multi-byte characters apart. The state machine follows Node's native
// decoder (src/string_decoder.cc): up to 4 bytes of an incomplete character
// are kept between write() calls, `lastNeed` counts the bytes still missing
// and `lastTotal` the bytes the pending character needs in all.

const { Buffer } = require('buffer');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
    ERR_UNKNOWN_ENCODING,
  },
} = require('internal/errors');

const kState = Symbol('kNativeDecoder');
const kMissingBytes = 4;
const kBufferedBytes = 5;
const kEncodingField = 6;
const kSize = 7;
const kEncodingIds = {
  __proto__: null,
  ascii: 0, utf8: 1, base64: 2, utf16le: 3, latin1: 4, hex: 5, buffer: 6, base64url: 7,
};

// Encodings that may keep an incomplete character between calls.
const kBuffering = new Set(['utf8', 'utf16le', 'base64', 'base64url']);

function normalize(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8') return 'utf8';
  const lower = `${enc}`.toLowerCase();
  switch (lower) {
    case 'utf8':
    case 'utf-8':
      return 'utf8';
    case 'ucs2':
    case 'ucs-2':
    case 'utf16le':
    case 'utf-16le':
      return 'utf16le';
    case 'latin1':
    case 'binary':
      return 'latin1';
    case 'base64':
    case 'base64url':
    case 'hex':
    case 'ascii':
      return lower;
    case '':
      return 'utf8';
    default:
      break;
  }
  // A user-patched Buffer.isEncoding may accept more names, as in Node.
  if (typeof Buffer.isEncoding === 'function' && Buffer.isEncoding !== kOrigIsEncoding &&
      Buffer.isEncoding(enc)) {
    return enc;
  }
  throw new ERR_UNKNOWN_ENCODING(enc);
}
const kOrigIsEncoding = Buffer.isEncoding;

function toStr(bytes, start, end, encoding) {
  if (end <= start) return '';
  const view = Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start);
  return view.toString(encoding);
}

function asBytes(buf) {
  if (buf instanceof Uint8Array) return buf;
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

function StringDecoder(encoding) {
  this.encoding = normalize(encoding);
  // Same layout as Node's native decoder state (so util.inspect matches):
  // bytes 0-3 the incomplete character, 4 the bytes still missing, 5 the
  // bytes buffered, 6 the encoding id.
  this[kState] = Buffer.alloc(kSize);
  this[kState][kEncodingField] = kEncodingIds[this.encoding] ?? 1;
}

function decode(self, buf) {
  const st = self[kState];
  const enc = self.encoding;
  let data = asBytes(buf);
  if (!kBuffering.has(enc)) return toStr(data, 0, data.length, enc);

  let pos = 0;
  let n = data.length;
  let prefix = null;

  if (st[kMissingBytes] > 0) {
    if (enc === 'utf8') {
      // A byte that should continue the character but does not: the pending
      // bytes are decoded as they are (the engine turns them into U+FFFD) and
      // the new byte starts a new character.
      for (let i = 0; i < n && i < st[kMissingBytes]; i++) {
        if ((data[pos + i] & 0xC0) !== 0x80) {
          st[kMissingBytes] = 0;
          for (let j = 0; j < i; j++) st[st[kBufferedBytes] + j] = data[pos + j];
          st[kBufferedBytes] += i;
          pos += i;
          n -= i;
          break;
        }
      }
    }
    const take = Math.min(n, st[kMissingBytes]);
    for (let j = 0; j < take; j++) st[st[kBufferedBytes] + j] = data[pos + j];
    pos += take;
    n -= take;
    st[kMissingBytes] -= take;
    st[kBufferedBytes] += take;
    if (st[kMissingBytes] === 0) {
      prefix = toStr(st, 0, st[kBufferedBytes], enc);
      st[kBufferedBytes] = 0;
    }
  }

  if (n === 0) return prefix === null ? '' : prefix;

  // Find an incomplete character at the end of this chunk.
  if (enc === 'utf8') {
    if (data[pos + n - 1] & 0x80) {
      for (let i = n - 1; ; i--) {
        st[kBufferedBytes]++;
        const b = data[pos + i];
        if ((b & 0xC0) === 0x80) {
          if (st[kBufferedBytes] >= 4 || i === 0) {
            st[kBufferedBytes] = 0;
            break;
          }
        } else {
          if ((b & 0xE0) === 0xC0) st[kMissingBytes] = 2;
          else if ((b & 0xF0) === 0xE0) st[kMissingBytes] = 3;
          else if ((b & 0xF8) === 0xF0) st[kMissingBytes] = 4;
          else {
            st[kBufferedBytes] = 0;
            break;
          }
          if (st[kBufferedBytes] >= st[kMissingBytes]) {
            st[kMissingBytes] = 0;
            st[kBufferedBytes] = 0;
          }
          st[kMissingBytes] -= st[kBufferedBytes];
          break;
        }
      }
    }
  } else if (enc === 'utf16le') {
    if (n % 2 === 1) {
      st[kBufferedBytes] = 1;
      st[kMissingBytes] = 1;
    } else if ((data[pos + n - 1] & 0xFC) === 0xD8) {
      st[kBufferedBytes] = 2;
      st[kMissingBytes] = 2;
    }
  } else {
    st[kBufferedBytes] = n % 3;
    if (st[kBufferedBytes] > 0) st[kMissingBytes] = 3 - st[kBufferedBytes];
  }

  if (st[kBufferedBytes] > 0) {
    n -= st[kBufferedBytes];
    for (let j = 0; j < st[kBufferedBytes]; j++) st[j] = data[pos + n + j];
  }
  const body = toStr(data, pos, pos + n, enc);
  return prefix === null ? body : prefix + body;
}

function flush(self) {
  const st = self[kState];
  const enc = self.encoding;
  if (enc === 'utf16le' && st[kBufferedBytes] % 2 === 1) {
    st[kMissingBytes]--;
    st[kBufferedBytes]--;
  }
  if (st[kBufferedBytes] === 0) return '';
  const ret = toStr(st, 0, st[kBufferedBytes], enc);
  st[kMissingBytes] = 0;
  st[kBufferedBytes] = 0;
  return ret;
}

StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  if (!ArrayBuffer.isView(buf)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
  }
  if (!this[kState]) throw new ERR_INVALID_THIS('StringDecoder');
  return decode(this, buf);
};

StringDecoder.prototype.end = function end(buf) {
  let ret = '';
  if (buf !== undefined) ret = this.write(buf);
  if (this[kState][kBufferedBytes] > 0) ret += flush(this);
  return ret;
};

// Undocumented legacy API.
StringDecoder.prototype.text = function text(buf, offset) {
  this[kState][kMissingBytes] = 0;
  this[kState][kBufferedBytes] = 0;
  return this.write(buf.slice(offset));
};

Object.defineProperties(StringDecoder.prototype, {
  lastChar: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return this[kState].subarray(0, 4);
    },
  },
  lastNeed: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return this[kState][kMissingBytes];
    },
  },
  lastTotal: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return this[kState][kBufferedBytes] + this[kState][kMissingBytes];
    },
  },
});

exports.StringDecoder = StringDecoder;
