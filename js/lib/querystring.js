'use strict';

// node:querystring — the legacy query-string codec, with Node 22's exact results (including
// its handling of malformed percent-escapes and lone surrogates).

const { Buffer } = require('buffer');
const { codes: { ERR_INVALID_URI } } = require('internal/errors');

const HEX = '0123456789ABCDEF';
const PERCENT = [];
for (let i = 0; i < 256; i++) PERCENT.push('%' + HEX[i >> 4] + HEX[i & 15]);

function hexValue(c) {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

// ASCII characters left as they are by escape(): A-Z a-z 0-9 - . _ ~ ! * ' ( )
const UNRESERVED = new Uint8Array(128);
for (const ch of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!*'()") {
  UNRESERVED[ch.charCodeAt(0)] = 1;
}

// Percent-encode `str` as UTF-8. A high surrogate at the very end throws; any other
// surrogate is combined with the following code unit, as Node does.
function percentEncode(str) {
  const len = str.length;
  if (len === 0) return '';
  let out = '';
  let last = 0;
  for (let i = 0; i < len; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80) {
      if (UNRESERVED[c] === 1) continue;
      if (last < i) out += str.slice(last, i);
      out += PERCENT[c];
      last = i + 1;
      continue;
    }
    if (last < i) out += str.slice(last, i);
    if (c < 0x800) {
      out += PERCENT[0xc0 | (c >> 6)] + PERCENT[0x80 | (c & 0x3f)];
    } else if (c < 0xd800 || c >= 0xe000) {
      out += PERCENT[0xe0 | (c >> 12)] + PERCENT[0x80 | ((c >> 6) & 0x3f)] + PERCENT[0x80 | (c & 0x3f)];
    } else {
      i++;
      if (i >= len) throw new ERR_INVALID_URI();
      const low = str.charCodeAt(i) & 0x3ff;
      c = 0x10000 + (((c & 0x3ff) << 10) | low);
      out += PERCENT[0xf0 | (c >> 18)] + PERCENT[0x80 | ((c >> 12) & 0x3f)] +
        PERCENT[0x80 | ((c >> 6) & 0x3f)] + PERCENT[0x80 | (c & 0x3f)];
    }
    last = i + 1;
  }
  if (last === 0) return str;
  return last < len ? out + str.slice(last) : out;
}

function escape(str) {
  if (typeof str !== 'string') {
    str = typeof str === 'object' ? String(str) : str + '';
  }
  return percentEncode(str);
}

// Decode %XX escapes (and `+` as a space when asked) into bytes; anything else is kept as
// the low byte of its code unit.
function unescapeBuffer(s, decodeSpaces) {
  const len = s.length;
  const out = Buffer.allocUnsafe(len);
  let n = 0;
  let decoded = false;
  for (let i = 0; i < len; i++) {
    const c = s.charCodeAt(i);
    if (c === 43 && decodeSpaces) {
      out[n++] = 32;
      continue;
    }
    if (c === 37 && i < len - 2) {
      const hi = hexValue(s.charCodeAt(i + 1));
      const lo = hi < 0 ? -1 : hexValue(s.charCodeAt(i + 2));
      if (lo >= 0) {
        out[n++] = hi * 16 + lo;
        decoded = true;
        i += 2;
        continue;
      }
      out[n++] = 37;
      // Node resumes right after the '%' when the first digit is bad, and re-reads the
      // second digit when only that one is bad.
      if (hi >= 0) {
        out[n++] = s.charCodeAt(i + 1);
        i += 1;
      }
      continue;
    }
    out[n++] = c;
  }
  return decoded ? out.slice(0, n) : out;
}

function unescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch {
    return querystring.unescapeBuffer(s, decodeSpaces).toString();
  }
}

function primitiveText(v) {
  switch (typeof v) {
    case 'string': return v;
    case 'number': return Number.isFinite(v) ? '' + v : '';
    case 'bigint': return '' + v;
    case 'boolean': return v ? 'true' : 'false';
    default: return '';
  }
}

// With the default encoder: numbers below 1e21 need no escaping.
function encodeDefault(v, encode) {
  switch (typeof v) {
    case 'string': return v.length ? encode(v) : '';
    case 'number':
      if (!Number.isFinite(v)) return '';
      return Math.abs(v) < 1e21 ? '' + v : encode('' + v);
    case 'bigint': return '' + v;
    case 'boolean': return v ? 'true' : 'false';
    default: return '';
  }
}

function encodeCustom(v, encode) {
  return encode(primitiveText(v));
}

function stringify(obj, sep, eq, options) {
  sep ||= '&';
  eq ||= '=';
  let encode = querystring.escape;
  if (options && typeof options.encodeURIComponent === 'function') encode = options.encodeURIComponent;
  const convert = encode === escape ? encodeDefault : encodeCustom;
  if (obj === null || typeof obj !== 'object') return '';
  let out = '';
  for (const key of Object.keys(obj)) {
    const value = obj[key];
    const prefix = convert(key, encode) + eq;
    if (Array.isArray(value)) {
      if (value.length === 0) continue;
      for (let j = 0; j < value.length; j++) {
        if (out) out += sep;
        out += prefix + convert(value[j], encode);
      }
    } else {
      if (out) out += sep;
      out += prefix + convert(value, encode);
    }
  }
  return out;
}

function decodeWith(s, decoder) {
  try {
    return decoder(s);
  } catch {
    return querystring.unescape(s, true);
  }
}

function store(obj, key, value, keyEscaped, valueEscaped, decoder) {
  if (key.length > 0 && keyEscaped) key = decodeWith(key, decoder);
  if (value.length > 0 && valueEscaped) value = decodeWith(value, decoder);
  const prev = obj[key];
  if (prev === undefined) obj[key] = value;
  else if (prev.pop) prev[prev.length] = value;
  else obj[key] = [prev, value];
}

const isHexDigit = (c) => hexValue(c) >= 0;

function parse(qs, sep, eq, options) {
  const obj = { __proto__: null };
  if (typeof qs !== 'string' || qs.length === 0) return obj;

  const sepStr = sep ? String(sep) : '&';
  const eqStr = eq ? String(eq) : '=';
  const sepLen = sepStr.length;
  const eqLen = eqStr.length;

  let budget = 1000;
  if (options && typeof options.maxKeys === 'number') budget = options.maxKeys > 0 ? options.maxKeys : -1;

  let decoder = querystring.unescape;
  if (options && typeof options.decodeURIComponent === 'function') decoder = options.decodeURIComponent;
  const custom = decoder !== unescape;
  const space = custom ? '%20' : ' ';

  let key = '';
  let value = '';
  let keyEscaped = custom;
  let valueEscaped = custom;
  let lastPos = 0;
  let sepMatched = 0; // characters of the separator matched so far
  let eqMatched = 0; // characters of `eq` matched so far (eqLen once the key is complete)
  let escapeProgress = 0; // 1 after '%', 2 and 3 after hex digits

  for (let i = 0; i < qs.length; i++) {
    const c = qs.charCodeAt(i);
    if (c === sepStr.charCodeAt(sepMatched)) {
      if (++sepMatched !== sepLen) continue;
      const end = i - sepMatched + 1;
      if (eqMatched < eqLen) {
        if (lastPos < end) {
          key += qs.slice(lastPos, end);
        } else if (key.length === 0) {
          // An empty pair ("&&"): it only counts towards maxKeys.
          if (--budget === 0) return obj;
          lastPos = i + 1;
          sepMatched = eqMatched = 0;
          continue;
        }
      } else if (lastPos < end) {
        value += qs.slice(lastPos, end);
      }
      store(obj, key, value, keyEscaped, valueEscaped, decoder);
      if (--budget === 0) return obj;
      keyEscaped = valueEscaped = custom;
      key = value = '';
      escapeProgress = 0;
      lastPos = i + 1;
      sepMatched = eqMatched = 0;
      continue;
    }
    sepMatched = 0;
    if (eqMatched < eqLen) {
      // Still in the key.
      if (c === eqStr.charCodeAt(eqMatched)) {
        if (++eqMatched === eqLen) {
          const end = i - eqMatched + 1;
          if (lastPos < end) key += qs.slice(lastPos, end);
          escapeProgress = 0;
          lastPos = i + 1;
        }
        continue;
      }
      eqMatched = 0;
      if (!keyEscaped) {
        if (c === 37) {
          escapeProgress = 1;
          continue;
        }
        if (escapeProgress > 0) {
          if (isHexDigit(c)) {
            if (++escapeProgress === 3) keyEscaped = true;
            continue;
          }
          escapeProgress = 0;
        }
      }
      if (c === 43) {
        if (lastPos < i) key += qs.slice(lastPos, i);
        key += space;
        lastPos = i + 1;
        continue;
      }
    }
    if (c === 43) {
      if (lastPos < i) value += qs.slice(lastPos, i);
      value += space;
      lastPos = i + 1;
    } else if (!valueEscaped) {
      if (c === 37) {
        escapeProgress = 1;
      } else if (escapeProgress > 0) {
        if (isHexDigit(c)) {
          if (++escapeProgress === 3) valueEscaped = true;
        } else {
          escapeProgress = 0;
        }
      }
    }
  }

  if (lastPos < qs.length) {
    if (eqMatched < eqLen) key += qs.slice(lastPos);
    else if (sepMatched < sepLen) value += qs.slice(lastPos);
  } else if (eqMatched === 0 && key.length === 0) {
    return obj;
  }
  store(obj, key, value, keyEscaped, valueEscaped, decoder);
  return obj;
}

const querystring = module.exports = {
  unescapeBuffer,
  unescape,
  escape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};
