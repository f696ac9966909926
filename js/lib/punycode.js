'use strict';

// node:punycode — the deprecated Punycode (RFC 3492) module: encode/decode, IDNA-style
// toASCII/toUnicode over domain labels, and UCS-2 helpers. API and messages as Node 22's
// bundled punycode.js 2.1.0.

// Node warns unless the requiring code lives under node_modules.
function requiredFromNodeModules() {
  const savedPrepare = Error.prepareStackTrace;
  const savedLimit = Error.stackTraceLimit;
  let sites;
  try {
    Error.prepareStackTrace = (_, s) => s;
    Error.stackTraceLimit = 50;
    const holder = {};
    Error.captureStackTrace(holder);
    sites = holder.stack;
  } catch {
    sites = undefined;
  } finally {
    Error.prepareStackTrace = savedPrepare;
    Error.stackTraceLimit = savedLimit;
  }
  if (!Array.isArray(sites)) return false;
  for (const site of sites) {
    const file = site.getFileName?.();
    if (!file || file.startsWith('node:')) continue;
    return file.includes('/node_modules/') || file.includes('\\node_modules\\');
  }
  return false;
}

if (!requiredFromNodeModules()) {
  process.emitWarning(
    'The `punycode` module is deprecated. Please use a userland alternative instead.',
    'DeprecationWarning',
    'DEP0040',
  );
}

const MAX_INT = 0x7fffffff;
const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 0x80;

const MESSAGES = {
  overflow: 'Overflow: input needs wider integers to process',
  'not-basic': 'Illegal input >= 0x80 (not a basic code point)',
  'invalid-input': 'Invalid input',
};
function fail(kind) {
  throw new RangeError(MESSAGES[kind]);
}

// UTF-16 string -> code points (unpaired surrogates kept as they are).
function ucs2decode(string) {
  const out = [];
  const len = string.length;
  for (let i = 0; i < len; i++) {
    const hi = string.charCodeAt(i);
    if (hi >= 0xd800 && hi <= 0xdbff && i + 1 < len) {
      const lo = string.charCodeAt(i + 1);
      if ((lo & 0xfc00) === 0xdc00) {
        out.push(((hi & 0x3ff) << 10) + (lo & 0x3ff) + 0x10000);
        i++;
        continue;
      }
    }
    out.push(hi);
  }
  return out;
}

function ucs2encode(codePoints) {
  return String.fromCodePoint(...codePoints);
}

// Digit value of a basic code point: a-z/A-Z are 0-25, 0-9 are 26-35, anything else BASE.
function digitOf(cp) {
  if (cp >= 0x30 && cp <= 0x39) return cp - 0x30 + 26;
  if (cp >= 0x41 && cp <= 0x5a) return cp - 0x41;
  if (cp >= 0x61 && cp <= 0x7a) return cp - 0x61;
  return BASE;
}

// The (lowercase) basic code point for a digit.
function charOf(digit) {
  return String.fromCharCode(digit < 26 ? digit + 0x61 : digit - 26 + 0x30);
}

function threshold(k, bias) {
  if (k <= bias) return T_MIN;
  if (k >= bias + T_MAX) return T_MAX;
  return k - bias;
}

function adapt(delta, count, first) {
  delta = first ? Math.floor(delta / DAMP) : delta >> 1;
  delta += Math.floor(delta / count);
  let k = 0;
  const limit = ((BASE - T_MIN) * T_MAX) >> 1;
  while (delta > limit) {
    delta = Math.floor(delta / (BASE - T_MIN));
    k += BASE;
  }
  return Math.floor(k + ((BASE - T_MIN + 1) * delta) / (delta + SKEW));
}

function decode(input) {
  const out = [];
  const len = input.length;
  let basic = input.lastIndexOf('-');
  if (basic < 0) basic = 0;
  for (let j = 0; j < basic; j++) {
    const c = input.charCodeAt(j);
    if (c >= 0x80) fail('not-basic');
    out.push(c);
  }
  let n = INITIAL_N;
  let bias = INITIAL_BIAS;
  let i = 0;
  let pos = basic > 0 ? basic + 1 : 0;
  while (pos < len) {
    const start = i;
    let w = 1;
    for (let k = BASE; ; k += BASE) {
      if (pos >= len) fail('invalid-input');
      const digit = digitOf(input.charCodeAt(pos++));
      if (digit >= BASE) fail('invalid-input');
      if (digit > Math.floor((MAX_INT - i) / w)) fail('overflow');
      i += digit * w;
      const t = threshold(k, bias);
      if (digit < t) break;
      if (w > Math.floor(MAX_INT / (BASE - t))) fail('overflow');
      w *= BASE - t;
    }
    const size = out.length + 1;
    bias = adapt(i - start, size, start === 0);
    if (Math.floor(i / size) > MAX_INT - n) fail('overflow');
    n += Math.floor(i / size);
    i %= size;
    out.splice(i++, 0, n);
  }
  return String.fromCodePoint(...out);
}

function encode(input) {
  const cps = ucs2decode(input);
  const len = cps.length;
  let out = '';
  for (const cp of cps) {
    if (cp < 0x80) out += String.fromCharCode(cp);
  }
  const basicCount = out.length;
  let handled = basicCount;
  if (basicCount) out += '-';

  let n = INITIAL_N;
  let delta = 0;
  let bias = INITIAL_BIAS;
  while (handled < len) {
    // The smallest code point not handled yet.
    let m = MAX_INT;
    for (const cp of cps) {
      if (cp >= n && cp < m) m = cp;
    }
    if (m - n > Math.floor((MAX_INT - delta) / (handled + 1))) fail('overflow');
    delta += (m - n) * (handled + 1);
    n = m;
    for (const cp of cps) {
      if (cp < n && ++delta > MAX_INT) fail('overflow');
      if (cp !== n) continue;
      // Emit delta as a variable-length integer.
      let q = delta;
      for (let k = BASE; ; k += BASE) {
        const t = threshold(k, bias);
        if (q < t) break;
        out += charOf(t + ((q - t) % (BASE - t)));
        q = Math.floor((q - t) / (BASE - t));
      }
      out += charOf(q);
      bias = adapt(delta, handled + 1, handled === basicCount);
      delta = 0;
      handled++;
    }
    delta++;
    n++;
  }
  return out;
}

const SEPARATORS = /[\x2E\u3002\uFF0E\uFF61]/g;

// Apply `fn` to each label of a domain; for an email address only the part after '@'.
function eachLabel(domain, fn) {
  const parts = domain.split('@');
  let prefix = '';
  if (parts.length > 1) {
    prefix = parts[0] + '@';
    domain = parts[1];
  }
  const labels = domain.replace(SEPARATORS, '.').split('.');
  const mapped = new Array(labels.length);
  for (let i = labels.length - 1; i >= 0; i--) mapped[i] = fn(labels[i]);
  return prefix + mapped.join('.');
}

function toUnicode(input) {
  return eachLabel(input, (label) => (/^xn--/.test(label) ? decode(label.slice(4).toLowerCase()) : label));
}

function toASCII(input) {
  return eachLabel(input, (label) => (/[^\0-\x7F]/.test(label) ? 'xn--' + encode(label) : label));
}

module.exports = {
  version: '2.1.0',
  ucs2: { decode: ucs2decode, encode: ucs2encode },
  decode,
  encode,
  toASCII,
  toUnicode,
};
