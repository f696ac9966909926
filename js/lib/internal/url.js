'use strict';

// WHATWG URL and URLSearchParams (the URL Standard's basic URL parser, as
// implemented by Ada in Node 22), Node's url helpers (fileURLToPath,
// pathToFileURL, urlToHttpOptions, domainToASCII/Unicode) and the legacy
// url.parse()/format()/resolve() API.
//
// IDNA: hostnames are mapped with NFKC + lowercasing (an approximation of
// UTS #46 mapping), checked for disallowed code points and punycode-encoded.

const {
  codes: {
    ERR_ARG_NOT_ITERABLE,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_FILE_URL_HOST,
    ERR_INVALID_FILE_URL_PATH,
    ERR_INVALID_THIS,
    ERR_INVALID_TUPLE,
    ERR_INVALID_URL,
    ERR_INVALID_URL_SCHEME,
    ERR_MISSING_ARGS,
  },
  validateFunction,
  validateObject,
  validateString,
  kValidateObjectAllowObjects,
} = require('internal/errors');

const kCustomInspect = Symbol.for('nodejs.util.inspect.custom');
const kEmptyObject = Object.freeze({ __proto__: null });
const kEnumerableProperty = Object.freeze({ __proto__: null, enumerable: true });
const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));

let inspectModule;
function lazyInspect() {
  inspectModule ??= require('internal/inspect');
  return inspectModule.inspect;
}

function platform() {
  const p = globalThis.process?.platform;
  return typeof p === 'string' ? p : 'linux';
}

function toWellFormed(str) {
  return typeof str.toWellFormed === 'function' ? str.toWellFormed() : str;
}

// ---------------------------------------------------------------------------
// UTF-8 helpers

function utf8Bytes(cp, out) {
  if (cp < 0x80) {
    out.push(cp);
  } else if (cp < 0x800) {
    out.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
  } else if (cp < 0x10000) {
    out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
  } else {
    out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f),
             0x80 | (cp & 0x3f));
  }
  return out;
}

// String -> UTF-8 bytes (lone surrogates become U+FFFD).
function utf8Encode(str) {
  const out = [];
  for (let i = 0; i < str.length; i++) {
    let cp = str.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdfff) {
      const next = str.charCodeAt(i + 1);
      if (cp <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (next - 0xdc00);
        i++;
      } else {
        cp = 0xfffd;
      }
    }
    utf8Bytes(cp, out);
  }
  return out;
}

// UTF-8 bytes -> string, replacing each maximal invalid subpart with U+FFFD.
function utf8Decode(bytes) {
  let out = '';
  const len = bytes.length;
  for (let i = 0; i < len;) {
    const b = bytes[i];
    if (b < 0x80) {
      out += String.fromCharCode(b);
      i++;
      continue;
    }
    let need = 0;
    let cp = 0;
    let lower = 0x80;
    let upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      cp = b & 0x1f;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      cp = b & 0xf;
      if (b === 0xe0) lower = 0xa0;
      if (b === 0xed) upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      cp = b & 0x7;
      if (b === 0xf0) lower = 0x90;
      if (b === 0xf4) upper = 0x8f;
    } else {
      out += '\ufffd';
      i++;
      continue;
    }
    let j = i + 1;
    let ok = true;
    for (let k = 0; k < need; k++, j++) {
      const c = bytes[j];
      if (j >= len || c < lower || c > upper) {
        ok = false;
        break;
      }
      lower = 0x80;
      upper = 0xbf;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (!ok) {
      out += '\ufffd';
      i = j;
      continue;
    }
    out += String.fromCodePoint(cp);
    i = j;
  }
  return out;
}

const kHex = [];
for (let i = 0; i < 256; i++) kHex.push('%' + (i < 16 ? '0' : '') + i.toString(16).toUpperCase());

function isHexDigit(c) {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}

function hexValue(c) {
  if (c <= 0x39) return c - 0x30;
  return (c | 0x20) - 0x61 + 10;
}

// Percent-decodes a byte sequence.
function percentDecodeBytes(bytes) {
  const out = [];
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x25 && i + 2 < bytes.length && isHexDigit(bytes[i + 1]) && isHexDigit(bytes[i + 2])) {
      out.push(hexValue(bytes[i + 1]) * 16 + hexValue(bytes[i + 2]));
      i += 2;
    } else {
      out.push(b);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// Percent-encode sets

function inC0ControlSet(c) {
  return c < 0x20 || c > 0x7e;
}
function inFragmentSet(c) {
  return inC0ControlSet(c) || c === 0x20 || c === 0x22 || c === 0x3c || c === 0x3e || c === 0x60;
}
function inQuerySet(c) {
  return inC0ControlSet(c) || c === 0x20 || c === 0x22 || c === 0x23 || c === 0x3c || c === 0x3e;
}
function inSpecialQuerySet(c) {
  return inQuerySet(c) || c === 0x27;
}
function inPathSet(c) {
  return inQuerySet(c) || c === 0x3f || c === 0x60 || c === 0x7b || c === 0x7d;
}
function inUserinfoSet(c) {
  return inPathSet(c) || c === 0x2f || c === 0x3a || c === 0x3b || c === 0x3d || c === 0x40 ||
    (c >= 0x5b && c <= 0x5e) || c === 0x7c;
}

function percentEncodeCodePoint(cp, inSet) {
  if (!inSet(cp)) return String.fromCodePoint(cp);
  const bytes = utf8Bytes(cp, []);
  let out = '';
  for (const b of bytes) out += kHex[b];
  return out;
}

function percentEncodeString(str, inSet) {
  let out = '';
  for (const cp of toCodePoints(str)) out += percentEncodeCodePoint(cp, inSet);
  return out;
}

// String -> array of code points, lone surrogates replaced by U+FFFD.
function toCodePoints(str) {
  const out = [];
  for (let i = 0; i < str.length; i++) {
    let cp = str.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdfff) {
      const next = str.charCodeAt(i + 1);
      if (cp <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (next - 0xdc00);
        i++;
      } else {
        cp = 0xfffd;
      }
    }
    out.push(cp);
  }
  return out;
}

// ---------------------------------------------------------------------------
// Punycode (RFC 3492)

const kBase = 36;
const kTMin = 1;
const kTMax = 26;
const kSkew = 38;
const kDamp = 700;
const kInitialBias = 72;
const kInitialN = 128;

function adaptBias(delta, numPoints, firstTime) {
  delta = firstTime ? Math.floor(delta / kDamp) : delta >> 1;
  delta += Math.floor(delta / numPoints);
  let k = 0;
  while (delta > ((kBase - kTMin) * kTMax) >> 1) {
    delta = Math.floor(delta / (kBase - kTMin));
    k += kBase;
  }
  return k + Math.floor(((kBase - kTMin + 1) * delta) / (delta + kSkew));
}

function digitToChar(d) {
  return String.fromCharCode(d < 26 ? d + 97 : d + 22);
}

// Encodes a label (string of code points) to its punycode form (no prefix).
function punycodeEncode(input) {
  const cps = toCodePoints(input);
  let output = '';
  for (const cp of cps) if (cp < 0x80) output += String.fromCharCode(cp);
  const basicLength = output.length;
  let handled = basicLength;
  if (basicLength > 0) output += '-';
  let n = kInitialN;
  let delta = 0;
  let bias = kInitialBias;
  while (handled < cps.length) {
    let m = 0x7fffffff;
    for (const cp of cps) if (cp >= n && cp < m) m = cp;
    if ((m - n) > Math.floor((0x7fffffff - delta) / (handled + 1))) return null;
    delta += (m - n) * (handled + 1);
    n = m;
    for (const cp of cps) {
      if (cp < n) {
        delta++;
        if (delta > 0x7fffffff) return null;
      }
      if (cp === n) {
        let q = delta;
        for (let k = kBase; ; k += kBase) {
          const t = k <= bias ? kTMin : (k >= bias + kTMax ? kTMax : k - bias);
          if (q < t) break;
          output += digitToChar(t + ((q - t) % (kBase - t)));
          q = Math.floor((q - t) / (kBase - t));
        }
        output += digitToChar(q);
        bias = adaptBias(delta, handled + 1, handled === basicLength);
        delta = 0;
        handled++;
      }
    }
    delta++;
    n++;
  }
  return output;
}

// Decodes a punycode label (no prefix); null when invalid.
function punycodeDecode(input) {
  const output = [];
  let basic = input.lastIndexOf('-');
  if (basic < 0) basic = 0;
  for (let j = 0; j < basic; j++) {
    const c = input.charCodeAt(j);
    if (c >= 0x80) return null;
    output.push(c);
  }
  let n = kInitialN;
  let bias = kInitialBias;
  let i = 0;
  for (let index = basic > 0 ? basic + 1 : 0; index < input.length;) {
    const oldi = i;
    let w = 1;
    for (let k = kBase; ; k += kBase) {
      if (index >= input.length) return null;
      const c = input.charCodeAt(index++);
      let digit;
      if (c >= 0x30 && c <= 0x39) digit = c - 22;
      else if (c >= 0x41 && c <= 0x5a) digit = c - 0x41;
      else if (c >= 0x61 && c <= 0x7a) digit = c - 0x61;
      else return null;
      if (digit > Math.floor((0x7fffffff - i) / w)) return null;
      i += digit * w;
      const t = k <= bias ? kTMin : (k >= bias + kTMax ? kTMax : k - bias);
      if (digit < t) break;
      if (w > Math.floor(0x7fffffff / (kBase - t))) return null;
      w *= kBase - t;
    }
    const out = output.length + 1;
    bias = adaptBias(i - oldi, out, oldi === 0);
    if (Math.floor(i / out) > 0x7fffffff - n) return null;
    n += Math.floor(i / out);
    i %= out;
    if (n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return null;
    output.splice(i, 0, n);
    i++;
  }
  return String.fromCodePoint(...output);
}

// ---------------------------------------------------------------------------
// IDNA (domain to ASCII / Unicode)

// Code points UTS #46 maps to nothing.
const kIgnored = /[\u00ad\u034f\u180b-\u180f\u200b\u2060\u2064\ufe00-\ufe0f\ufeff\u{1bca0}-\u{1bca3}\u{e0100}-\u{e01ef}]/gu;
const kDisallowed = /[\p{Cc}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\ufffd\u2028\u2029\u200e\u200f\u202a-\u202e\u2061-\u2063\u2066-\u206f]/u;
const kLeadingMark = /^\p{M}/u;
const kVirama = /[\u094d\u09cd\u0a4d\u0acd\u0b4d\u0bcd\u0c4d\u0ccd\u0d3b\u0d3c\u0d4d\u0dca\u0e3a\u0eba\u0f84\u1039\u103a\u1714\u1734\u17d2\u1a60\u1b44\u1baa\u1bab\u1bf2\u1bf3\u2d7f\ua806\ua8c4\ua953\ua9c0\uaaf6\uabed\u{10a3f}\u{11046}\u{1107f}\u{110b9}\u{11133}\u{11134}\u{111c0}\u{11235}\u{112ea}\u{1134d}\u{11442}\u{114c2}\u{115bf}\u{1163f}\u{116b6}\u{1172b}\u{11839}\u{119e0}\u{11a34}\u{11a47}\u{11a99}\u{11c3f}\u{11d44}\u{11d45}\u{11d97}]$/u;

function lowerEach(s) {
  // Per code point (UTS #46 maps Σ to σ, never to the final form ς).
  let out = '';
  for (const ch of s) out += ch.toLowerCase();
  return out;
}

// Returns the mapped domain, or null when it has a code point UTS #46
// disallows because its compatibility mapping contains a full stop (⒈).
function mapDomain(domain) {
  let s = domain.replace(kIgnored, '');
  s = s.replace(/\u1e9e/g, 'ss');
  for (const ch of s) {
    if (ch.charCodeAt(0) >= 0x80 && ch !== '\u3002' && ch !== '\uff0e' && ch !== '\uff61' &&
        ch.normalize('NFKC').includes('.')) {
      return null;
    }
  }
  s = lowerEach(s.normalize('NFKC')).normalize('NFC');
  return s.replace(/[\u3002\uff0e\uff61]/g, '.');
}

function isValidUnicodeLabel(label) {
  if (label === '') return true;
  if (kDisallowed.test(label)) return false;
  if (kLeadingMark.test(label)) return false;
  if (label.normalize('NFC') !== label) return false;
  // CONTEXTJ: ZWNJ / ZWJ only after a virama.
  for (let i = 0; i < label.length; i++) {
    const c = label.charCodeAt(i);
    if (c === 0x200c || c === 0x200d) {
      if (!kVirama.test(label.slice(0, i))) return false;
    }
  }
  return true;
}

// Bidi rule (RFC 5893), with bidi classes approximated from scripts and
// general categories.
const kBidiNSM = /[\p{Mn}\p{Me}]/u;
const kBidiAN = /[\u0600-\u0605\u0660-\u0669\u066b\u066c\u06dd\u0890\u0891\u08e2\u{10d30}-\u{10d39}\u{10e60}-\u{10e7e}]/u;
const kBidiEN = /[0-9\u00b2\u00b3\u00b9\u06f0-\u06f9\u2070\u2074-\u2079\u2080-\u2089\u2488-\u249b\uff10-\uff19\u{1d7ce}-\u{1d7ff}]/u;
const kBidiAL = /[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Hanifi_Rohingya}\p{Script=Sogdian}]/u;
const kBidiR = /[\p{Script=Hebrew}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Nko}\p{Script=Adlam}\p{Script=Kharoshthi}\p{Script=Phoenician}\p{Script=Imperial_Aramaic}\p{Script=Nabataean}\p{Script=Palmyrene}\p{Script=Hatran}\p{Script=Avestan}\p{Script=Lydian}\p{Script=Cypriot}\p{Script=Old_South_Arabian}\p{Script=Old_North_Arabian}\p{Script=Manichaean}\p{Script=Mende_Kikakui}\p{Script=Old_Hungarian}\p{Script=Old_Turkic}\p{Script=Yezidi}\p{Script=Elymaic}\p{Script=Chorasmian}\p{Script=Old_Sogdian}\p{Script=Psalter_Pahlavi}\p{Script=Inscriptional_Pahlavi}\p{Script=Inscriptional_Parthian}\p{Script=Meroitic_Cursive}\p{Script=Meroitic_Hieroglyphs}\u200f]/u;
const kBidiES = /[+\-\u207a\u207b\u208a\u208b\u2212\ufb29\ufe62\ufe63\uff0b\uff0d]/u;
const kBidiCS = /[,./:\u00a0\u060c\u202f\u2044\ufe50\ufe52\ufe55\uff0c\uff0e\uff0f\uff1a]/u;
const kBidiET = /[#$%\u00a2-\u00a5\u00b0\u00b1\u0609\u060a\u066a\u09f2\u09f3\u0af1\u0bf9\u0e3f\u17db\u2030-\u2034\u20a0-\u20cf\u212e\u2213\ua838\ua839\ufe5f\ufe69\ufe6a\uff03-\uff05\uffe0\uffe1\uffe5\uffe6]/u;
const kBidiON = /[\p{S}\p{P}\p{Z}]/u;

function bidiClass(ch) {
  if (kBidiNSM.test(ch)) return 'NSM';
  if (kBidiAN.test(ch)) return 'AN';
  if (kBidiEN.test(ch)) return 'EN';
  if (kBidiES.test(ch)) return 'ES';
  if (kBidiCS.test(ch)) return 'CS';
  if (kBidiET.test(ch)) return 'ET';
  if (kBidiAL.test(ch)) return kBidiON.test(ch) ? 'ON' : 'AL';
  if (kBidiR.test(ch)) return kBidiON.test(ch) ? 'ON' : 'R';
  if (kBidiON.test(ch)) return 'ON';
  return 'L';
}

// The bidi check as Ada 2.9 (Node 22) performs it: only labels containing
// R, AL or AN are checked; a label starting with L is checked as LTR except
// for its last character, any other label as RTL.
const kLTRAllowed = new Set(['L', 'EN', 'ES', 'CS', 'ET', 'ON', 'BN', 'NSM']);
const kRTLAllowed = new Set(['R', 'AL', 'AN', 'EN', 'ES', 'CS', 'ET', 'ON', 'BN', 'NSM']);

function satisfiesBidiRule(label) {
  if (label === '') return true;
  const classes = Array.from(label, bidiClass);
  let last = classes.length - 1;
  while (last >= 0 && classes[last] === 'NSM') last--;
  if (last < 0) return false;
  if (!classes.some((c) => c === 'R' || c === 'AL' || c === 'AN')) return true;
  if (classes[0] === 'L') {
    for (let i = 0; i < last; i++) if (!kLTRAllowed.has(classes[i])) return false;
    return true;
  }
  let hasEN = false;
  let hasAN = false;
  for (let i = 0; i <= last; i++) {
    const d = classes[i];
    if (d === 'EN') hasEN = true;
    if (d === 'AN') hasAN = true;
    if (hasEN && hasAN) return false;
    if (!kRTLAllowed.has(d)) return false;
  }
  const end = classes[last];
  return end === 'R' || end === 'AL' || end === 'AN' || end === 'EN';
}

function isForbiddenDomainCodePoint(c) {
  return c <= 0x20 || c === 0x23 || c === 0x25 || c === 0x2f || c === 0x3a || c === 0x3c ||
    c === 0x3e || c === 0x3f || c === 0x40 || c === 0x5b || c === 0x5c || c === 0x5d ||
    c === 0x5e || c === 0x7c || c === 0x7f;
}

// Returns the ASCII form of `domain`, or null on failure.
function domainToASCIIInternal(domain) {
  let mapped;
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(domain)) {
    mapped = domain.toLowerCase();
  } else {
    mapped = mapDomain(domain);
    if (mapped === null) return null;
  }
  const labels = mapped.split('.');
  const unicodeLabels = [];
  const out = [];
  for (const label of labels) {
    let ascii = label;
    if (label.startsWith('xn--')) {
      // eslint-disable-next-line no-control-regex
      if (!/^[\x00-\x7f]*$/.test(label)) return null;
      const decoded = punycodeDecode(label.slice(4));
      // eslint-disable-next-line no-control-regex
      if (decoded === null || decoded === '') return null;
      if (!isValidUnicodeLabel(decoded) || mapDomain(decoded) !== decoded) return null;
      unicodeLabels.push(decoded);
    // eslint-disable-next-line no-control-regex
    } else if (!/^[\x00-\x7f]*$/.test(label)) {
      if (!isValidUnicodeLabel(label)) return null;
      const encoded = punycodeEncode(label);
      if (encoded === null) return null;
      ascii = 'xn--' + encoded;
      unicodeLabels.push(label);
    } else {
      unicodeLabels.push(label);
    }
    out.push(ascii);
  }
  for (const label of unicodeLabels) {
    if (!satisfiesBidiRule(label)) return null;
  }
  const result = out.join('.');
  if (result === '') return null;
  for (let i = 0; i < result.length; i++) {
    if (isForbiddenDomainCodePoint(result.charCodeAt(i))) return null;
  }
  return result;
}

function domainToUnicodeInternal(domain) {
  const ascii = domainToASCIIInternal(domain);
  if (ascii === null) return null;
  return ascii.split('.').map((label) => {
    if (label.startsWith('xn--')) {
      const decoded = punycodeDecode(label.slice(4));
      return decoded === null ? label : decoded;
    }
    return label;
  }).join('.');
}

// ---------------------------------------------------------------------------
// Hosts

const kFailure = null;

function parseIPv4Number(str) {
  if (str === '') return NaN;
  let radix = 10;
  if (str.length >= 2 && str[0] === '0' && (str[1] === 'x' || str[1] === 'X')) {
    str = str.slice(2);
    radix = 16;
  } else if (str.length >= 2 && str[0] === '0') {
    str = str.slice(1);
    radix = 8;
  }
  if (str === '') return 0;
  const re = radix === 10 ? /^[0-9]+$/ : radix === 16 ? /^[0-9a-fA-F]+$/ : /^[0-7]+$/;
  if (!re.test(str)) return NaN;
  return parseInt(str, radix);
}

function endsInANumber(input) {
  const parts = input.split('.');
  if (parts[parts.length - 1] === '') {
    if (parts.length === 1) return false;
    parts.pop();
  }
  const last = parts[parts.length - 1];
  if (last !== '' && /^[0-9]+$/.test(last)) return true;
  return !Number.isNaN(parseIPv4Number(last));
}

// Returns the IPv4 address as a number, or null.
function parseIPv4(input) {
  const parts = input.split('.');
  if (parts[parts.length - 1] === '' && parts.length > 1) parts.pop();
  if (parts.length > 4) return kFailure;
  const numbers = [];
  for (const part of parts) {
    const n = parseIPv4Number(part);
    if (Number.isNaN(n)) return kFailure;
    numbers.push(n);
  }
  for (let i = 0; i < numbers.length - 1; i++) if (numbers[i] > 255) return kFailure;
  if (numbers[numbers.length - 1] >= 256 ** (5 - numbers.length)) return kFailure;
  let ipv4 = numbers[numbers.length - 1];
  for (let i = 0; i < numbers.length - 1; i++) ipv4 += numbers[i] * 256 ** (3 - i);
  return ipv4;
}

function serializeIPv4(n) {
  const out = [];
  for (let i = 0; i < 4; i++) {
    out.unshift(String(n % 256));
    n = Math.floor(n / 256);
  }
  return out.join('.');
}

// Returns the 8 pieces, or null.
function parseIPv6(input) {
  const address = [0, 0, 0, 0, 0, 0, 0, 0];
  let pieceIndex = 0;
  let compress = null;
  let p = 0;
  const cps = toCodePoints(input);
  const c = () => cps[p];
  if (c() === 0x3a) {
    if (cps[p + 1] !== 0x3a) return kFailure;
    p += 2;
    pieceIndex++;
    compress = pieceIndex;
  }
  while (c() !== undefined) {
    if (pieceIndex === 8) return kFailure;
    if (c() === 0x3a) {
      if (compress !== null) return kFailure;
      p++;
      pieceIndex++;
      compress = pieceIndex;
      continue;
    }
    let value = 0;
    let length = 0;
    while (length < 4 && c() !== undefined && isHexDigit(c())) {
      value = value * 0x10 + hexValue(c());
      p++;
      length++;
    }
    if (c() === 0x2e) {
      if (length === 0) return kFailure;
      p -= length;
      if (pieceIndex > 6) return kFailure;
      let numbersSeen = 0;
      while (c() !== undefined) {
        let ipv4Piece = null;
        if (numbersSeen > 0) {
          if (c() === 0x2e && numbersSeen < 4) p++;
          else return kFailure;
        }
        if (c() === undefined || c() < 0x30 || c() > 0x39) return kFailure;
        while (c() !== undefined && c() >= 0x30 && c() <= 0x39) {
          const number = c() - 0x30;
          if (ipv4Piece === null) ipv4Piece = number;
          else if (ipv4Piece === 0) return kFailure;
          else ipv4Piece = ipv4Piece * 10 + number;
          if (ipv4Piece > 255) return kFailure;
          p++;
        }
        address[pieceIndex] = address[pieceIndex] * 0x100 + ipv4Piece;
        numbersSeen++;
        if (numbersSeen === 2 || numbersSeen === 4) pieceIndex++;
      }
      if (numbersSeen !== 4) return kFailure;
      break;
    } else if (c() === 0x3a) {
      p++;
      if (c() === undefined) return kFailure;
    } else if (c() !== undefined) {
      return kFailure;
    }
    address[pieceIndex] = value;
    pieceIndex++;
  }
  if (compress !== null) {
    let swaps = pieceIndex - compress;
    pieceIndex = 7;
    while (pieceIndex !== 0 && swaps > 0) {
      const tmp = address[compress + swaps - 1];
      address[compress + swaps - 1] = address[pieceIndex];
      address[pieceIndex] = tmp;
      pieceIndex--;
      swaps--;
    }
  } else if (pieceIndex !== 8) {
    return kFailure;
  }
  return address;
}

function serializeIPv6(address) {
  // Longest run (>= 2) of zero pieces, first one wins.
  let compress = null;
  let bestLen = 1;
  for (let i = 0; i < 8;) {
    if (address[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && address[j] === 0) j++;
    if (j - i > bestLen) {
      bestLen = j - i;
      compress = i;
    }
    i = j;
  }
  let out = '';
  let ignore0 = false;
  for (let i = 0; i < 8; i++) {
    if (ignore0 && address[i] === 0) continue;
    ignore0 = false;
    if (compress === i) {
      out += i === 0 ? '::' : ':';
      ignore0 = true;
      continue;
    }
    out += address[i].toString(16);
    if (i !== 7) out += ':';
  }
  return `[${out}]`;
}

function isForbiddenHostCodePoint(c) {
  return c === 0 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x20 || c === 0x23 ||
    c === 0x2f || c === 0x3a || c === 0x3c || c === 0x3e || c === 0x3f || c === 0x40 ||
    c === 0x5b || c === 0x5c || c === 0x5d || c === 0x5e || c === 0x7c;
}

// Host parser: returns the serialized host string or null.
function parseHost(input, isOpaque) {
  if (input.startsWith('[')) {
    if (!input.endsWith(']')) return kFailure;
    const address = parseIPv6(input.slice(1, -1));
    return address === null ? kFailure : serializeIPv6(address);
  }
  if (isOpaque) {
    for (let i = 0; i < input.length; i++) {
      if (isForbiddenHostCodePoint(input.charCodeAt(i))) return kFailure;
    }
    return percentEncodeString(input, inC0ControlSet);
  }
  const domain = utf8Decode(percentDecodeBytes(utf8Encode(input)));
  const asciiDomain = domainToASCIIInternal(domain);
  if (asciiDomain === null) return kFailure;
  if (endsInANumber(asciiDomain)) {
    const ipv4 = parseIPv4(asciiDomain);
    return ipv4 === null ? kFailure : serializeIPv4(ipv4);
  }
  return asciiDomain;
}

// ---------------------------------------------------------------------------
// URL records and the basic URL parser

const kSpecialSchemes = { __proto__: null, ftp: 21, file: null, http: 80, https: 443, ws: 80, wss: 443 };

function isSpecialScheme(scheme) {
  return scheme in kSpecialSchemes;
}

function defaultPort(scheme) {
  const p = kSpecialSchemes[scheme];
  return p === undefined ? null : p;
}

class URLRecord {
  constructor() {
    this.scheme = '';
    this.username = '';
    this.password = '';
    this.host = null;
    this.port = null;
    this.path = []; // a string for opaque paths
    this.query = null;
    this.fragment = null;
    // Set only when a URL was resolved against an opaque-path base (an Ada
    // quirk, see ST_NO_SCHEME): serialized verbatim before the segments.
    this.pathPrefix = undefined;
  }

  clone() {
    const r = new URLRecord();
    r.scheme = this.scheme;
    r.username = this.username;
    r.password = this.password;
    r.host = this.host;
    r.port = this.port;
    r.path = typeof this.path === 'string' ? this.path : this.path.slice();
    r.query = this.query;
    r.fragment = this.fragment;
    r.pathPrefix = this.pathPrefix;
    return r;
  }

  get special() {
    return isSpecialScheme(this.scheme);
  }

  get hasOpaquePath() {
    return typeof this.path === 'string';
  }

  get includesCredentials() {
    return this.username !== '' || this.password !== '';
  }

  get cannotHaveUsernamePasswordPort() {
    return this.host === null || this.host === '' || this.scheme === 'file';
  }
}

const ST_SCHEME_START = 1;
const ST_SCHEME = 2;
const ST_NO_SCHEME = 3;
const ST_SPECIAL_RELATIVE_OR_AUTHORITY = 4;
const ST_PATH_OR_AUTHORITY = 5;
const ST_RELATIVE = 6;
const ST_RELATIVE_SLASH = 7;
const ST_SPECIAL_AUTHORITY_SLASHES = 8;
const ST_SPECIAL_AUTHORITY_IGNORE_SLASHES = 9;
const ST_AUTHORITY = 10;
const ST_HOST = 11;
const ST_HOSTNAME = 12;
const ST_PORT = 13;
const ST_FILE = 14;
const ST_FILE_SLASH = 15;
const ST_FILE_HOST = 16;
const ST_PATH_START = 17;
const ST_PATH = 18;
const ST_OPAQUE_PATH = 19;
const ST_QUERY = 20;
const ST_FRAGMENT = 21;

const EOF = undefined;

function isASCIIAlpha(c) {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function isASCIIDigit(c) {
  return c >= 0x30 && c <= 0x39;
}

function isWindowsDriveLetterCps(cps, i, normalizedOnly) {
  const a = cps[i];
  const b = cps[i + 1];
  return a !== undefined && isASCIIAlpha(a) && (b === 0x3a || (!normalizedOnly && b === 0x7c));
}

function isWindowsDriveLetterString(s, normalizedOnly) {
  return s.length === 2 && isASCIIAlpha(s.charCodeAt(0)) &&
    (s[1] === ':' || (!normalizedOnly && s[1] === '|'));
}

// "starts with a Windows drive letter" for the code points from `i`.
function startsWithWindowsDriveLetter(cps, i) {
  if (cps.length - i < 2) return false;
  if (!isWindowsDriveLetterCps(cps, i, false)) return false;
  if (cps.length - i === 2) return true;
  const c = cps[i + 2];
  return c === 0x2f || c === 0x5c || c === 0x3f || c === 0x23;
}

// Ada (Node) skips dot-segment processing for paths it considers trivial:
// paths with a '.' but no character needing percent-encoding, no '%' and no
// backslash, which do not start with '.', and whose first "/." is not a dot
// segment (so a later "/." segment is kept verbatim, e.g. "a/.b/.").
function isTrivialPath(cps, start, stateOverride, url) {
  if (url.scheme === 'file') return false;
  let end = start;
  while (end < cps.length && (stateOverride || (cps[end] !== 0x3f && cps[end] !== 0x23))) end++;
  if (end === start) return false;
  let hasDot = false;
  for (let i = start; i < end; i++) {
    const c = cps[i];
    if (c === 0x2e) hasDot = true;
    else if (c === 0x25 || c === 0x5c || inPathSet(c)) return false;
  }
  if (!hasDot || cps[start] === 0x2e) return false;
  for (let i = start; i + 1 < end; i++) {
    if (cps[i] === 0x2f && cps[i + 1] === 0x2e) {
      const next = i + 2 < end ? cps[i + 2] : EOF;
      return !(next === 0x2e || next === 0x2f || next === EOF);
    }
  }
  return true;
}

function isSingleDot(s) {
  return s === '.' || s.toLowerCase() === '%2e';
}

function isDoubleDot(s) {
  switch (s.toLowerCase()) {
    case '..':
    case '.%2e':
    case '%2e.':
    case '%2e%2e':
      return true;
    default:
      return false;
  }
}

function shortenPath(url) {
  const path = url.path;
  if (url.scheme === 'file' && path.length === 1 && isWindowsDriveLetterString(path[0], true)) {
    return;
  }
  if (path.length === 0 && url.pathPrefix !== undefined) {
    const slash = url.pathPrefix.lastIndexOf('/');
    if (slash !== -1) url.pathPrefix = url.pathPrefix.slice(0, slash);
    return;
  }
  path.pop();
}

function trimControlAndSpace(str) {
  let start = 0;
  let end = str.length;
  while (start < end && str.charCodeAt(start) <= 0x20) start++;
  while (end > start && str.charCodeAt(end - 1) <= 0x20) end--;
  return start === 0 && end === str.length ? str : str.slice(start, end);
}

// The basic URL parser. Returns the URL record, or null on failure. With a
// state override the record is modified in place (and the return value only
// tells whether the parser failed).
function basicURLParse(input, base, url, stateOverride) {
  if (url === undefined) {
    url = new URLRecord();
    input = trimControlAndSpace(input);
  }
  input = input.replace(/[\t\n\r]/g, '');
  const cps = toCodePoints(input);
  const len = cps.length;

  let state = stateOverride || ST_SCHEME_START;
  let buffer = '';
  let atSignSeen = false;
  let insideBrackets = false;
  let passwordTokenSeen = false;
  let trivialPath; // decided when the path state is entered

  for (let pointer = 0; pointer <= len; pointer++) {
    const c = pointer < len ? cps[pointer] : EOF;
    switch (state) {
      case ST_SCHEME_START:
        if (c !== EOF && isASCIIAlpha(c)) {
          buffer += String.fromCharCode(c).toLowerCase();
          state = ST_SCHEME;
        } else if (!stateOverride) {
          state = ST_NO_SCHEME;
          pointer--;
        } else {
          return kFailure;
        }
        break;

      case ST_SCHEME:
        if (c !== EOF && (isASCIIAlpha(c) || isASCIIDigit(c) || c === 0x2b || c === 0x2d ||
                          c === 0x2e)) {
          buffer += String.fromCharCode(c).toLowerCase();
        } else if (c === 0x3a) {
          if (stateOverride) {
            const bufferSpecial = isSpecialScheme(buffer);
            if (url.special !== bufferSpecial) return url;
            if ((url.includesCredentials || url.port !== null) && buffer === 'file') return url;
            if (url.scheme === 'file' && url.host === '') return url;
          }
          url.scheme = buffer;
          if (stateOverride) {
            if (url.port === defaultPort(url.scheme)) url.port = null;
            return url;
          }
          buffer = '';
          if (url.scheme === 'file') {
            state = ST_FILE;
          } else if (url.special && base && base.scheme === url.scheme) {
            state = ST_SPECIAL_RELATIVE_OR_AUTHORITY;
          } else if (url.special) {
            state = ST_SPECIAL_AUTHORITY_SLASHES;
          } else if (cps[pointer + 1] === 0x2f) {
            state = ST_PATH_OR_AUTHORITY;
            pointer++;
          } else {
            url.path = '';
            state = ST_OPAQUE_PATH;
          }
        } else if (!stateOverride) {
          buffer = '';
          state = ST_NO_SCHEME;
          pointer = -1;
        } else {
          return kFailure;
        }
        break;

      case ST_NO_SCHEME:
        // Ada (Node) only fails for an opaque-path base when the input has
        // no fragment at all; with a fragment later in the input it resolves
        // against the opaque path as if it were a list of segments.
        if (!base || (base.hasOpaquePath && c !== 0x23 && !cps.includes(0x23))) {
          return kFailure;
        } else if (base.hasOpaquePath && c === 0x23) {
          url.scheme = base.scheme;
          url.path = base.path;
          url.query = base.query;
          url.fragment = '';
          state = ST_FRAGMENT;
        } else if (base.scheme !== 'file') {
          state = ST_RELATIVE;
          pointer--;
        } else {
          state = ST_FILE;
          pointer--;
        }
        break;

      case ST_SPECIAL_RELATIVE_OR_AUTHORITY:
        if (c === 0x2f && cps[pointer + 1] === 0x2f) {
          state = ST_SPECIAL_AUTHORITY_IGNORE_SLASHES;
          pointer++;
        } else {
          state = ST_RELATIVE;
          pointer--;
        }
        break;

      case ST_PATH_OR_AUTHORITY:
        if (c === 0x2f) {
          state = ST_AUTHORITY;
        } else {
          state = ST_PATH;
          pointer--;
        }
        break;

      case ST_RELATIVE:
        url.scheme = base.scheme;
        if (c === 0x2f) {
          state = ST_RELATIVE_SLASH;
        } else if (url.special && c === 0x5c) {
          state = ST_RELATIVE_SLASH;
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          if (base.hasOpaquePath) {
            url.path = [];
            url.pathPrefix = base.path;
          } else {
            url.path = base.path.slice();
            url.pathPrefix = base.pathPrefix;
          }
          url.query = base.query;
          if (c === 0x3f) {
            url.query = '';
            state = ST_QUERY;
          } else if (c === 0x23) {
            url.fragment = '';
            state = ST_FRAGMENT;
          } else if (c !== EOF) {
            url.query = null;
            shortenPath(url);
            state = ST_PATH;
            pointer--;
          }
        }
        break;

      case ST_RELATIVE_SLASH:
        if (url.special && (c === 0x2f || c === 0x5c)) {
          state = ST_SPECIAL_AUTHORITY_IGNORE_SLASHES;
        } else if (c === 0x2f) {
          state = ST_AUTHORITY;
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          state = ST_PATH;
          pointer--;
        }
        break;

      case ST_SPECIAL_AUTHORITY_SLASHES:
        if (c === 0x2f && cps[pointer + 1] === 0x2f) {
          state = ST_SPECIAL_AUTHORITY_IGNORE_SLASHES;
          pointer++;
        } else {
          state = ST_SPECIAL_AUTHORITY_IGNORE_SLASHES;
          pointer--;
        }
        break;

      case ST_SPECIAL_AUTHORITY_IGNORE_SLASHES:
        if (c !== 0x2f && c !== 0x5c) {
          state = ST_AUTHORITY;
          pointer--;
        }
        break;

      case ST_AUTHORITY:
        if (c === 0x40) {
          if (atSignSeen) buffer = '%40' + buffer;
          atSignSeen = true;
          for (const bc of toCodePoints(buffer)) {
            if (bc === 0x3a && !passwordTokenSeen) {
              passwordTokenSeen = true;
              continue;
            }
            const encoded = percentEncodeCodePoint(bc, inUserinfoSet);
            if (passwordTokenSeen) url.password += encoded;
            else url.username += encoded;
          }
          buffer = '';
        } else if (c === EOF || c === 0x2f || c === 0x3f || c === 0x23 ||
                   (url.special && c === 0x5c)) {
          if (atSignSeen && buffer === '') return kFailure;
          pointer -= toCodePoints(buffer).length + 1;
          buffer = '';
          state = ST_HOST;
        } else {
          buffer += String.fromCodePoint(c);
        }
        break;

      case ST_HOST:
      case ST_HOSTNAME:
        if (stateOverride && url.scheme === 'file') {
          pointer--;
          state = ST_FILE_HOST;
        } else if (c === 0x3a && !insideBrackets) {
          if (buffer === '') return kFailure;
          if (stateOverride === ST_HOSTNAME) return kFailure;
          const host = parseHost(buffer, !url.special);
          if (host === null) return kFailure;
          url.host = host;
          buffer = '';
          state = ST_PORT;
        } else if (c === EOF || c === 0x2f || c === 0x3f || c === 0x23 ||
                   (url.special && c === 0x5c)) {
          pointer--;
          if (url.special && buffer === '') return kFailure;
          if (stateOverride && buffer === '' &&
              (url.includesCredentials || url.port !== null)) {
            return kFailure;
          }
          const host = parseHost(buffer, !url.special);
          if (host === null) return kFailure;
          url.host = host;
          buffer = '';
          state = ST_PATH_START;
          if (stateOverride) return url;
        } else {
          if (c === 0x5b) insideBrackets = true;
          if (c === 0x5d) insideBrackets = false;
          buffer += String.fromCodePoint(c);
        }
        break;

      case ST_PORT:
        if (c !== EOF && isASCIIDigit(c)) {
          buffer += String.fromCharCode(c);
        } else if (c === EOF || c === 0x2f || c === 0x3f || c === 0x23 ||
                   (url.special && c === 0x5c) || stateOverride) {
          if (buffer !== '') {
            const port = parseInt(buffer, 10);
            if (port > 65535) return kFailure;
            url.port = port === defaultPort(url.scheme) ? null : port;
            buffer = '';
            if (stateOverride) return url;
          }
          if (stateOverride) return kFailure;
          state = ST_PATH_START;
          pointer--;
        } else {
          return kFailure;
        }
        break;

      case ST_FILE:
        url.scheme = 'file';
        url.host = '';
        if (c === 0x2f || c === 0x5c) {
          state = ST_FILE_SLASH;
        } else if (base && base.scheme === 'file') {
          url.host = base.host;
          url.path = base.path.slice();
          url.query = base.query;
          if (c === 0x3f) {
            url.query = '';
            state = ST_QUERY;
          } else if (c === 0x23) {
            url.fragment = '';
            state = ST_FRAGMENT;
          } else if (c !== EOF) {
            url.query = null;
            if (!startsWithWindowsDriveLetter(cps, pointer)) shortenPath(url);
            else url.path = [];
            state = ST_PATH;
            pointer--;
          }
        } else {
          state = ST_PATH;
          pointer--;
        }
        break;

      case ST_FILE_SLASH:
        if (c === 0x2f || c === 0x5c) {
          state = ST_FILE_HOST;
        } else {
          if (base && base.scheme === 'file') {
            url.host = base.host;
            if (!startsWithWindowsDriveLetter(cps, pointer) && base.path.length > 0 &&
                isWindowsDriveLetterString(base.path[0], true)) {
              url.path.push(base.path[0]);
            }
          }
          state = ST_PATH;
          pointer--;
        }
        break;

      case ST_FILE_HOST:
        if (c === EOF || c === 0x2f || c === 0x5c || c === 0x3f || c === 0x23) {
          pointer--;
          if (!stateOverride && isWindowsDriveLetterString(buffer, false)) {
            state = ST_PATH;
          } else if (buffer === '') {
            url.host = '';
            if (stateOverride) return url;
            state = ST_PATH_START;
          } else {
            let host = parseHost(buffer, !url.special);
            if (host === null) return kFailure;
            if (host === 'localhost') host = '';
            url.host = host;
            if (stateOverride) return url;
            buffer = '';
            state = ST_PATH_START;
          }
        } else {
          buffer += String.fromCodePoint(c);
        }
        break;

      case ST_PATH_START:
        if (url.special) {
          state = ST_PATH;
          if (c !== 0x2f && c !== 0x5c) pointer--;
        } else if (!stateOverride && c === 0x3f) {
          url.query = '';
          state = ST_QUERY;
        } else if (!stateOverride && c === 0x23) {
          url.fragment = '';
          state = ST_FRAGMENT;
        } else if (c !== EOF) {
          state = ST_PATH;
          if (c !== 0x2f) pointer--;
        } else if (stateOverride && url.host === null) {
          url.path.push('');
        }
        break;

      case ST_PATH: {
        if (trivialPath === undefined) trivialPath = isTrivialPath(cps, pointer, stateOverride, url);
        const slashLike = c === 0x2f || (url.special && c === 0x5c);
        if (c === EOF || slashLike || (!stateOverride && (c === 0x3f || c === 0x23))) {
          if (trivialPath) {
            url.path.push(buffer);
          } else if (isDoubleDot(buffer)) {
            // Ada (Node): a trailing `..` on an empty non-special path keeps
            // the path empty instead of making it `/`.
            if (url.special || slashLike || url.path.length > 0) {
              shortenPath(url);
              if (!slashLike) url.path.push('');
            }
          } else if (isSingleDot(buffer) && !slashLike) {
            url.path.push('');
          } else if (!isSingleDot(buffer)) {
            if (url.scheme === 'file' && url.path.length === 0 &&
                isWindowsDriveLetterString(buffer, false)) {
              buffer = buffer[0] + ':';
            }
            url.path.push(buffer);
          }
          buffer = '';
          if (c === 0x3f) {
            url.query = '';
            state = ST_QUERY;
          }
          if (c === 0x23) {
            url.fragment = '';
            state = ST_FRAGMENT;
          }
        } else {
          buffer += percentEncodeCodePoint(c, inPathSet);
        }
        break;
      }

      case ST_OPAQUE_PATH:
        if (c === 0x3f) {
          url.query = '';
          state = ST_QUERY;
        } else if (c === 0x23) {
          url.fragment = '';
          state = ST_FRAGMENT;
        } else if (c !== EOF) {
          url.path += percentEncodeCodePoint(c, inC0ControlSet);
        }
        break;

      case ST_QUERY:
        if ((!stateOverride && c === 0x23) || c === EOF) {
          const set = url.special ? inSpecialQuerySet : inQuerySet;
          url.query += percentEncodeString(buffer, set);
          buffer = '';
          if (c === 0x23) {
            url.fragment = '';
            state = ST_FRAGMENT;
          }
        } else if (c !== EOF) {
          buffer += String.fromCodePoint(c);
        }
        break;

      case ST_FRAGMENT:
        if (c !== EOF) url.fragment += percentEncodeCodePoint(c, inFragmentSet);
        break;

      default:
        throw new Error('unreachable');
    }
  }
  return url;
}

// The port setter, as Ada implements it: a leading non-digit clears the
// port (when the value has a digit somewhere), a leading '-' or space or an
// out-of-range value leaves it unchanged.
function setPort(url, value) {
  if (url.cannotHaveUsernamePasswordPort) return;
  const trimmed = value.replace(/[\t\n\r]/g, '');
  if (trimmed === '') {
    url.port = null;
    return;
  }
  if (trimmed.charCodeAt(0) <= 0x20) return;
  if (!/[0-9]/.test(value)) return;
  if (trimmed[0] === '-') return;
  const m = /^[0-9]+/.exec(trimmed);
  if (m === null) {
    url.port = null;
    return;
  }
  const port = Number(m[0]);
  if (port > 65535) return;
  url.port = port === defaultPort(url.scheme) ? null : port;
}

// The host and hostname setters, as Ada implements them.
function setHost(url, value, hostnameOnly) {
  if (url.hasOpaquePath) return;
  const hash = value.indexOf('#');
  let input = hash === -1 ? value : value.slice(0, hash);
  input = input.replace(/[\t\n\r]/g, '');
  if (url.scheme === 'file') {
    basicURLParse(input, null, url, hostnameOnly ? ST_HOSTNAME : ST_HOST);
    return;
  }
  const special = url.special;
  let location = input.length;
  let foundColon = false;
  let insideBrackets = false;
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (c === '[') insideBrackets = true;
    else if (c === ']') insideBrackets = false;
    else if (c === ':' && !insideBrackets) {
      foundColon = true;
      location = i;
      break;
    } else if (c === '/' || c === '?' || (special && c === '\\')) {
      location = i;
      break;
    }
  }
  const hostView = input.slice(0, location);
  const previousHost = url.host;
  const previousPort = url.port;
  if (foundColon) {
    if (hostnameOnly) return;
    const portInput = input.slice(location + 1);
    if (portInput !== '') setPort(url, portInput);
    if (hostView === '' && !special) {
      if (url.host !== null) url.host = '';
      return;
    }
  } else if (hostView === '' && !special) {
    if (url.includesCredentials || url.port !== null) return;
    if (url.host !== null) url.host = '';
    return;
  }
  if (special && hostView === '') {
    url.port = previousPort;
    return;
  }
  const host = parseHost(hostView, !special);
  if (host === null) {
    url.host = previousHost;
    url.port = previousPort;
    return;
  }
  url.host = host;
}

function serializePath(url) {
  if (url.hasOpaquePath) return url.path;
  let out = url.pathPrefix === undefined ? '' : url.pathPrefix;
  for (const segment of url.path) out += '/' + segment;
  return out;
}

function serializeURL(url, excludeFragment = false) {
  let out = url.scheme + ':';
  if (url.host !== null) {
    out += '//';
    if (url.includesCredentials) {
      out += url.username;
      if (url.password !== '') out += ':' + url.password;
      out += '@';
    }
    out += url.host;
    if (url.port !== null) out += ':' + url.port;
  } else if (!url.hasOpaquePath && url.path.length > 1 && url.path[0] === '') {
    out += '/.';
  }
  out += serializePath(url);
  if (url.query !== null) out += '?' + url.query;
  if (!excludeFragment && url.fragment !== null) out += '#' + url.fragment;
  return out;
}

function parseURL(input, base) {
  let baseRecord = null;
  if (base !== undefined) {
    baseRecord = basicURLParse(base, null);
    if (baseRecord === null) return null;
  }
  return basicURLParse(input, baseRecord);
}

function stripTrailingSpacesFromOpaquePath(url) {
  if (!url.hasOpaquePath) return;
  if (url.fragment !== null) return;
  if (url.query !== null) return;
  url.path = url.path.replace(/ +$/, '');
}

function serializeOrigin(url) {
  switch (url.scheme) {
    case 'blob': {
      const pathURL = url.hasOpaquePath || url.path.length > 0 ?
        basicURLParse(serializePath(url), null) : null;
      if (pathURL !== null && (pathURL.scheme === 'http' || pathURL.scheme === 'https')) {
        return serializeOrigin(pathURL);
      }
      return 'null';
    }
    case 'ftp':
    case 'http':
    case 'https':
    case 'ws':
    case 'wss':
      return `${url.scheme}://${url.host}${url.port === null ? '' : ':' + url.port}`;
    default:
      return 'null';
  }
}

// ---------------------------------------------------------------------------
// application/x-www-form-urlencoded

function parseParams(qs) {
  const out = [];
  if (qs === '') return out;
  let i = qs[0] === '?' ? 1 : 0;
  for (const sequence of qs.slice(i).split('&')) {
    if (sequence === '') continue;
    let name;
    let value;
    const eq = sequence.indexOf('=');
    if (eq === -1) {
      name = sequence;
      value = '';
    } else {
      name = sequence.slice(0, eq);
      value = sequence.slice(eq + 1);
    }
    out.push(decodeFormComponent(name), decodeFormComponent(value));
  }
  return out;
}

function decodeFormComponent(s) {
  s = s.replace(/\+/g, ' ');
  if (!s.includes('%')) return s;
  try {
    return decodeURIComponent(s);
  } catch {
    return utf8Decode(percentDecodeBytes(utf8Encode(s)));
  }
}

// Bytes not escaped by the urlencoded serializer: *-._ and alphanumerics.
function formNoEscape(b) {
  return b === 0x2a || b === 0x2d || b === 0x2e || b === 0x5f ||
    (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a);
}

function encodeFormComponent(str) {
  let out = '';
  for (const b of utf8Encode(str)) {
    if (b === 0x20) out += '+';
    else if (formNoEscape(b)) out += String.fromCharCode(b);
    else out += kHex[b];
  }
  return out;
}

function serializeParams(list) {
  let out = '';
  for (let i = 0; i < list.length; i += 2) {
    if (i > 0) out += '&';
    out += `${encodeFormComponent(list[i])}=${encodeFormComponent(list[i + 1])}`;
  }
  return out;
}

// ---------------------------------------------------------------------------
// URLSearchParams

let getParamsList;
let setParamsList;
let setParamsOwner;
let paramsUpdated;

class URLSearchParamsIterator {
  #target;
  #kind;
  #index;

  constructor(target, kind) {
    this.#target = target;
    this.#kind = kind;
    this.#index = 0;
  }

  next() {
    if (typeof this !== 'object' || this === null || !(#target in this)) {
      throw new ERR_INVALID_THIS('URLSearchParamsIterator');
    }
    const index = this.#index;
    const values = getParamsList(this.#target);
    if (index >= values.length) return { value: undefined, done: true };
    const name = values[index];
    const value = values[index + 1];
    this.#index = index + 2;
    let result;
    if (this.#kind === 'key') result = name;
    else if (this.#kind === 'value') result = value;
    else result = [name, value];
    return { value: result, done: false };
  }

  [kCustomInspect](recurseTimes, ctx, inspectFn) {
    if (!this || typeof this !== 'object' || !(#target in this)) {
      throw new ERR_INVALID_THIS('URLSearchParamsIterator');
    }
    if (typeof recurseTimes === 'number' && recurseTimes < 0) {
      return ctx.stylize('[Object]', 'special');
    }
    const inspect = inspectFn || lazyInspect();
    const innerOpts = { ...ctx };
    if (recurseTimes !== null) innerOpts.depth = recurseTimes - 1;
    const index = this.#index;
    const values = getParamsList(this.#target);
    const output = [];
    for (let i = index; i < values.length; i++) {
      const isKey = ((i - index) % 2) === 0;
      if (this.#kind === 'key') {
        if (isKey) output.push(values[i]);
      } else if (!isKey) {
        output.push(this.#kind === 'value' ? values[i] : [values[i - 1], values[i]]);
      }
    }
    const hasBreak = inspect(output, innerOpts).includes('\n');
    const outputStrs = output.map((p) => inspect(p, innerOpts));
    const outputStr = hasBreak ?
      `\n  ${outputStrs.join(',\n  ')}` :
      ` ${outputStrs.join(', ')}`;
    return `${this[Symbol.toStringTag]} {${outputStr} }`;
  }
}

delete URLSearchParamsIterator.prototype.constructor;
Object.setPrototypeOf(URLSearchParamsIterator.prototype, IteratorPrototype);
Object.defineProperties(URLSearchParamsIterator.prototype, {
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'URLSearchParams Iterator' },
  next: kEnumerableProperty,
});

function removeColors(str) {
  // eslint-disable-next-line no-control-regex
  return str.replace(/\u001b\[\d\d?m/g, '');
}

class URLSearchParams {
  #list = [];
  #owner = null; // the associated URL, if any

  static {
    getParamsList = (obj) => obj.#list;
    setParamsList = (obj, list) => {
      obj.#list = list;
    };
    setParamsOwner = (obj, owner) => {
      obj.#owner = owner;
    };
  }

  constructor(init = undefined) {
    if (init == null) {
      // nothing
    } else if (typeof init === 'object' || typeof init === 'function') {
      const method = init[Symbol.iterator];
      if (method === this[Symbol.iterator] && #list in init) {
        this.#list = init.#list.slice();
      } else if (method != null) {
        if (typeof method !== 'function') throw new ERR_ARG_NOT_ITERABLE('Query pairs');
        for (const pair of init) {
          if (pair == null) {
            throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          } else if (Array.isArray(pair)) {
            if (pair.length !== 2) throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
            this.#list.push(toWellFormed(`${pair[0]}`), toWellFormed(`${pair[1]}`));
          } else {
            if ((typeof pair !== 'object' && typeof pair !== 'function') ||
                typeof pair[Symbol.iterator] !== 'function') {
              throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
            }
            let length = 0;
            for (const element of pair) {
              length++;
              this.#list.push(toWellFormed(`${element}`));
            }
            if (length !== 2) throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          }
        }
      } else {
        const visited = new Map();
        for (const key of Reflect.ownKeys(init)) {
          const desc = Reflect.getOwnPropertyDescriptor(init, key);
          if (desc !== undefined && desc.enumerable) {
            const typedKey = toWellFormed(key);
            const typedValue = toWellFormed(`${init[key]}`);
            const idx = visited.get(typedKey);
            if (idx !== undefined) {
              this.#list[idx] = typedValue;
            } else {
              visited.set(typedKey, this.#list.push(typedKey, typedValue) - 1);
            }
          }
        }
      }
    } else {
      init = toWellFormed(`${init}`);
      this.#list = init ? parseParams(init) : [];
    }
  }

  #update() {
    if (this.#owner !== null) paramsUpdated(this.#owner);
  }

  [kCustomInspect](recurseTimes, ctx, inspectFn) {
    if (typeof this !== 'object' || this === null || !(#list in this)) {
      throw new ERR_INVALID_THIS('URLSearchParams');
    }
    if (typeof recurseTimes === 'number' && recurseTimes < 0) {
      return ctx.stylize('[Object]', 'special');
    }
    const inspect = inspectFn || lazyInspect();
    const separator = ', ';
    const innerOpts = { ...ctx };
    if (recurseTimes !== null) innerOpts.depth = recurseTimes - 1;
    const list = this.#list;
    const output = [];
    for (let i = 0; i < list.length; i += 2) {
      output.push(`${inspect(list[i], innerOpts)} => ${inspect(list[i + 1], innerOpts)}`);
    }
    let length = -separator.length;
    for (let i = 0; i < output.length; i++) length += removeColors(output[i]).length + separator.length;
    const name = this.constructor.name;
    if (length > ctx.breakLength) return `${name} {\n  ${output.join(',\n  ')} }`;
    if (output.length) return `${name} { ${output.join(separator)} }`;
    return `${name} {}`;
  }

  get size() {
    if (typeof this !== 'object' || this === null || !(#list in this)) {
      throw new ERR_INVALID_THIS('URLSearchParams');
    }
    return this.#list.length / 2;
  }

  append(name, value) {
    if (typeof this !== 'object' || this === null || !(#list in this)) {
      throw new ERR_INVALID_THIS('URLSearchParams');
    }
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    this.#list.push(toWellFormed(`${name}`), toWellFormed(`${value}`));
    this.#update();
  }

  delete(name, value = undefined) {
    if (typeof this !== 'object' || this === null || !(#list in this)) {
      throw new ERR_INVALID_THIS('URLSearchParams');
    }
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#list;
    name = toWellFormed(`${name}`);
    if (value !== undefined) {
      value = toWellFormed(`${value}`);
      for (let i = 0; i < list.length;) {
        if (list[i] === name && list[i + 1] === value) list.splice(i, 2);
        else i += 2;
      }
    } else {
      for (let i = 0; i < list.length;) {
        if (list[i] === name) list.splice(i, 2);
        else i += 2;
      }
    }
    this.#update();
  }

  get(name) {
    if (typeof this !== 'object' || this === null || !(#list in this)) {
      throw new ERR_INVALID_THIS('URLSearchParams');
    }
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#list;
    name = toWellFormed(`${name}`);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name) return list[i + 1];
    }
    return null;
  }

  getAll(name) {
    if (typeof this !== 'object' || this === null || !(#list in this)) {
      throw new ERR_INVALID_THIS('URLSearchParams');
    }
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#list;
    const values = [];
    name = toWellFormed(`${name}`);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name) values.push(list[i + 1]);
    }
    return values;
  }

  has(name, value = undefined) {
    if (typeof this !== 'object' || this === null || !(#list in this)) {
      throw new ERR_INVALID_THIS('URLSearchParams');
    }
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#list;
    name = toWellFormed(`${name}`);
    if (value !== undefined) value = toWellFormed(`${value}`);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name && (value === undefined || list[i + 1] === value)) return true;
    }
    return false;
  }

  set(name, value) {
    if (typeof this !== 'object' || this === null || !(#list in this)) {
      throw new ERR_INVALID_THIS('URLSearchParams');
    }
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    const list = this.#list;
    name = toWellFormed(`${name}`);
    value = toWellFormed(`${value}`);
    let found = false;
    for (let i = 0; i < list.length;) {
      if (list[i] === name) {
        if (!found) {
          list[i + 1] = value;
          found = true;
          i += 2;
        } else {
          list.splice(i, 2);
        }
      } else {
        i += 2;
      }
    }
    if (!found) list.push(name, value);
    this.#update();
  }

  sort() {
    if (typeof this !== 'object' || this === null || !(#list in this)) {
      throw new ERR_INVALID_THIS('URLSearchParams');
    }
    const list = this.#list;
    const pairs = [];
    for (let i = 0; i < list.length; i += 2) pairs.push([list[i], list[i + 1]]);
    // Stable sort by UTF-16 code units of the names.
    pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    for (let i = 0; i < pairs.length; i++) {
      list[2 * i] = pairs[i][0];
      list[2 * i + 1] = pairs[i][1];
    }
    this.#update();
  }

  entries() {
    if (typeof this !== 'object' || this === null || !(#list in this)) {
      throw new ERR_INVALID_THIS('URLSearchParams');
    }
    return new URLSearchParamsIterator(this, 'key+value');
  }

  forEach(callback, thisArg = undefined) {
    if (typeof this !== 'object' || this === null || !(#list in this)) {
      throw new ERR_INVALID_THIS('URLSearchParams');
    }
    validateFunction(callback, 'callback');
    let list = this.#list;
    let i = 0;
    while (i < list.length) {
      const key = list[i];
      const value = list[i + 1];
      callback.call(thisArg, value, key, this);
      list = this.#list;
      i += 2;
    }
  }

  keys() {
    if (typeof this !== 'object' || this === null || !(#list in this)) {
      throw new ERR_INVALID_THIS('URLSearchParams');
    }
    return new URLSearchParamsIterator(this, 'key');
  }

  values() {
    if (typeof this !== 'object' || this === null || !(#list in this)) {
      throw new ERR_INVALID_THIS('URLSearchParams');
    }
    return new URLSearchParamsIterator(this, 'value');
  }

  toString() {
    if (typeof this !== 'object' || this === null || !(#list in this)) {
      throw new ERR_INVALID_THIS('URLSearchParams');
    }
    return serializeParams(this.#list);
  }
}

Object.defineProperties(URLSearchParams.prototype, {
  append: kEnumerableProperty,
  delete: kEnumerableProperty,
  get: kEnumerableProperty,
  getAll: kEnumerableProperty,
  has: kEnumerableProperty,
  set: kEnumerableProperty,
  size: kEnumerableProperty,
  sort: kEnumerableProperty,
  entries: kEnumerableProperty,
  forEach: kEnumerableProperty,
  keys: kEnumerableProperty,
  values: kEnumerableProperty,
  toString: kEnumerableProperty,
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'URLSearchParams' },
  [Symbol.iterator]: {
    __proto__: null, configurable: true, writable: true, value: URLSearchParams.prototype.entries,
  },
});

// ---------------------------------------------------------------------------
// URL

// A URL-shaped value (also recognises URL objects from other realms).
function isURL(self) {
  return Boolean(self?.href && self.protocol && self.auth === undefined && self.path === undefined);
}

const kParseNoThrow = Symbol('kParseNoThrow');
const kFromRecord = Symbol('kFromRecord');

class URL {
  #url;
  #searchParams = null;

  static {
    paramsUpdated = (obj) => {
      const query = serializeParams(getParamsList(obj.#searchParams));
      obj.#url.query = query === '' ? null : query;
      if (query === '') stripTrailingSpacesFromOpaquePath(obj.#url);
    };
  }

  constructor(input, base = undefined, internal = undefined) {
    if (internal === kFromRecord) {
      this.#url = input;
      return;
    }
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = `${input}`;
    if (base !== undefined) base = `${base}`;
    const url = parseURL(input, base);
    if (url === null) {
      if (internal === kParseNoThrow) return;
      throw new ERR_INVALID_URL(input, base);
    }
    this.#url = url;
  }

  static parse(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    const parsed = new URL(input, base, kParseNoThrow);
    return #url in parsed && parsed.#url !== undefined ? parsed : null;
  }

  static canParse(url, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    url = `${url}`;
    if (base !== undefined) base = `${base}`;
    return parseURL(url, base) !== null;
  }

  [kCustomInspect](depth, opts, inspectFn) {
    if (typeof depth === 'number' && depth < 0) return this;
    const inspect = inspectFn || lazyInspect();
    const obj = {
      href: this.href,
      origin: this.origin,
      protocol: this.protocol,
      username: this.username,
      password: this.password,
      host: this.host,
      hostname: this.hostname,
      port: this.port,
      pathname: this.pathname,
      search: this.search,
      searchParams: this.searchParams,
      hash: this.hash,
    };
    let name = 'URL';
    try {
      const ctor = this.constructor;
      if (typeof ctor === 'function' && typeof ctor.name === 'string') name = ctor.name;
    } catch {
      // ignore
    }
    return `${name} ${inspect(obj, opts)}`;
  }

  #record() {
    if (!(#url in this)) throw new ERR_INVALID_THIS('URL');
    return this.#url;
  }

  #syncSearchParams() {
    if (this.#searchParams !== null) {
      setParamsList(this.#searchParams, this.#url.query === null ? [] : parseParams(this.#url.query));
    }
  }

  toString() {
    return serializeURL(this.#record());
  }

  get href() {
    return serializeURL(this.#record());
  }

  set href(value) {
    this.#record();
    value = `${value}`;
    const url = parseURL(value);
    if (url === null) throw new ERR_INVALID_URL(value);
    this.#url = url;
    this.#syncSearchParams();
  }

  get origin() {
    return serializeOrigin(this.#record());
  }

  get protocol() {
    return this.#record().scheme + ':';
  }

  set protocol(value) {
    basicURLParse(`${value}:`, null, this.#record(), ST_SCHEME_START);
  }

  get username() {
    return this.#record().username;
  }

  set username(value) {
    const url = this.#record();
    if (url.cannotHaveUsernamePasswordPort) return;
    url.username = percentEncodeString(`${value}`, inUserinfoSet);
  }

  get password() {
    return this.#record().password;
  }

  set password(value) {
    const url = this.#record();
    if (url.cannotHaveUsernamePasswordPort) return;
    url.password = percentEncodeString(`${value}`, inUserinfoSet);
  }

  get host() {
    const url = this.#record();
    // Like Node (Ada): an empty host hides the port too.
    if (url.host === null || url.host === '') return '';
    if (url.port === null) return url.host;
    return `${url.host}:${url.port}`;
  }

  set host(value) {
    setHost(this.#record(), `${value}`, false);
  }

  get hostname() {
    const url = this.#record();
    return url.host === null ? '' : url.host;
  }

  set hostname(value) {
    setHost(this.#record(), `${value}`, true);
  }

  get port() {
    const url = this.#record();
    return url.port === null ? '' : `${url.port}`;
  }

  set port(value) {
    setPort(this.#record(), `${value}`);
  }

  get pathname() {
    return serializePath(this.#record());
  }

  set pathname(value) {
    const url = this.#record();
    if (url.hasOpaquePath) return;
    url.path = [];
    basicURLParse(`${value}`, null, url, ST_PATH_START);
  }

  get search() {
    const url = this.#record();
    if (url.query === null || url.query === '') return '';
    return '?' + url.query;
  }

  set search(value) {
    const url = this.#record();
    value = toWellFormed(`${value}`);
    if (value === '') {
      url.query = null;
      if (this.#searchParams !== null) setParamsList(this.#searchParams, []);
      stripTrailingSpacesFromOpaquePath(url);
      return;
    }
    const input = value[0] === '?' ? value.slice(1) : value;
    url.query = '';
    basicURLParse(input, null, url, ST_QUERY);
    this.#syncSearchParams();
  }

  get searchParams() {
    const url = this.#record();
    if (this.#searchParams === null) {
      this.#searchParams = new URLSearchParams(url.query === null ? '' : url.query);
      setParamsOwner(this.#searchParams, this);
    }
    return this.#searchParams;
  }

  get hash() {
    const url = this.#record();
    if (url.fragment === null || url.fragment === '') return '';
    return '#' + url.fragment;
  }

  set hash(value) {
    const url = this.#record();
    value = `${value}`;
    if (value === '') {
      url.fragment = null;
      stripTrailingSpacesFromOpaquePath(url);
      return;
    }
    const input = value[0] === '#' ? value.slice(1) : value;
    url.fragment = '';
    basicURLParse(input, null, url, ST_FRAGMENT);
  }

  toJSON() {
    return serializeURL(this.#record());
  }

  // Internal: the URL record of a URL object (undefined for other values).
  static getRecord(obj) {
    return obj !== null && typeof obj === 'object' && #url in obj ? obj.#url : undefined;
  }
}

const getURLRecord = URL.getRecord;
delete URL.getRecord;

Object.defineProperties(URL.prototype, {
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'URL' },
  toString: kEnumerableProperty,
  href: kEnumerableProperty,
  origin: kEnumerableProperty,
  protocol: kEnumerableProperty,
  username: kEnumerableProperty,
  password: kEnumerableProperty,
  host: kEnumerableProperty,
  hostname: kEnumerableProperty,
  port: kEnumerableProperty,
  pathname: kEnumerableProperty,
  search: kEnumerableProperty,
  searchParams: kEnumerableProperty,
  hash: kEnumerableProperty,
  toJSON: kEnumerableProperty,
});

Object.defineProperties(URL, {
  canParse: { __proto__: null, configurable: true, writable: true, enumerable: true },
  parse: { __proto__: null, configurable: true, writable: true, enumerable: true },
});

// Blob URLs: the sandbox keeps no Blob registry.
function createObjectURL(obj) {
  const Blob = globalThis.Blob;
  if (typeof Blob !== 'function' || !(obj instanceof Blob)) {
    throw new ERR_INVALID_ARG_TYPE('obj', 'Blob', obj);
  }
  throw require('internal/errors').sandboxUnsupported('URL', 'createObjectURL');
}

function revokeObjectURL(url) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
}

Object.defineProperties(URL, {
  createObjectURL: {
    __proto__: null, configurable: true, writable: true, enumerable: true, value: createObjectURL,
  },
  revokeObjectURL: {
    __proto__: null, configurable: true, writable: true, enumerable: true, value: revokeObjectURL,
  },
});

// ---------------------------------------------------------------------------
// Helpers of the `url` module

// Like Node: the hostname a "ws://x" URL gets when `domain` is set as its
// hostname ('' when that fails).
function hostnameOf(domain) {
  if (domain === '') return '';
  const url = basicURLParse('ws://x', null);
  setHost(url, domain, true);
  if (url.host === 'x' && domain !== 'x' && domainToASCIIInternal(domain) !== 'x') return '';
  return url.host;
}

function domainToASCII(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  return hostnameOf(`${domain}`);
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  const host = hostnameOf(`${domain}`);
  if (host === '' || host.startsWith('[')) return host;
  return host.split('.').map((label) => {
    if (label.startsWith('xn--')) {
      const decoded = punycodeDecode(label.slice(4));
      return decoded === null ? label : decoded;
    }
    return label;
  }).join('.');
}

function urlToHttpOptions(url) {
  validateObject(url, 'url', kValidateObjectAllowObjects);
  const { hostname, pathname, port, username, password, search } = url;
  const options = {
    __proto__: null,
    ...url,
    protocol: url.protocol,
    hostname: hostname && hostname[0] === '[' ? hostname.slice(1, -1) : hostname,
    hash: url.hash,
    search: search,
    pathname: pathname,
    path: `${pathname || ''}${search || ''}`,
    href: url.href,
  };
  if (port !== '') options.port = Number(port);
  if (username || password) {
    options.auth = `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
  }
  return options;
}

function getPathFromURLPosix(url) {
  if (url.hostname !== '') throw new ERR_INVALID_FILE_URL_HOST(platform());
  const pathname = url.pathname;
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === '%') {
      const third = pathname.codePointAt(n + 2) | 0x20;
      if (pathname[n + 1] === '2' && third === 102) {
        throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters', url);
      }
    }
  }
  return pathname.includes('%') ? decodeURIComponent(pathname) : pathname;
}

function getPathFromURLWin32(url) {
  const hostname = url.hostname;
  let pathname = url.pathname;
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === '%') {
      const third = pathname.codePointAt(n + 2) | 0x20;
      if ((pathname[n + 1] === '2' && third === 102) || (pathname[n + 1] === '5' && third === 99)) {
        throw new ERR_INVALID_FILE_URL_PATH('must not include encoded \\ or / characters', url);
      }
    }
  }
  pathname = pathname.replace(/\//g, '\\');
  if (pathname.includes('%')) pathname = decodeURIComponent(pathname);
  if (hostname !== '') return `\\\\${domainToUnicode(hostname)}${pathname}`;
  const letter = pathname.codePointAt(1) | 0x20;
  const sep = pathname.charAt(2);
  if (letter < 0x61 || letter > 0x7a || sep !== ':') {
    throw new ERR_INVALID_FILE_URL_PATH('must be absolute', url);
  }
  return pathname.slice(1);
}

function fileURLToPath(path, options = kEmptyObject) {
  const windows = options?.windows;
  if (typeof path === 'string') path = new URL(path);
  else if (!isURL(path)) throw new ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path);
  if (path.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  return (windows ?? platform() === 'win32') ? getPathFromURLWin32(path) : getPathFromURLPosix(path);
}

// Like fileURLToPath(), but the percent-decoded bytes are kept as they are
// (a Buffer when the runtime has one, else a Uint8Array).
function fileURLToPathBuffer(path, options = kEmptyObject) {
  const windows = options?.windows;
  if (typeof path === 'string') path = new URL(path);
  else if (!isURL(path)) throw new ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path);
  if (path.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  const hostname = path.hostname;
  let bytes;
  if (windows ?? platform() === 'win32') {
    const decoded = percentDecodeBytes(utf8Encode(path.pathname.replace(/\//g, '\\')));
    if (hostname !== '') {
      bytes = [0x5c, 0x5c, ...utf8Encode(domainToUnicode(hostname)), ...decoded];
    } else {
      const letter = decoded[1] | 0x20;
      if (letter < 0x61 || letter > 0x7a || decoded[2] !== 0x3a) {
        throw new ERR_INVALID_FILE_URL_PATH('must be absolute', path);
      }
      bytes = decoded.slice(1);
    }
  } else {
    if (hostname !== '') throw new ERR_INVALID_FILE_URL_HOST(platform());
    bytes = percentDecodeBytes(utf8Encode(path.pathname));
  }
  const B = globalThis.Buffer;
  return typeof B === 'function' && typeof B.from === 'function' ?
    B.from(bytes) : new Uint8Array(bytes);
}

// Characters pathToFileURL escapes before URL parsing.
function escapeFilePath(filepath, windows) {
  let out = '';
  for (const ch of filepath) {
    switch (ch) {
      case '%': out += '%25'; break;
      case '\\': out += windows ? '/' : '%5C'; break;
      case '\n': out += '%0A'; break;
      case '\r': out += '%0D'; break;
      case '\t': out += '%09'; break;
      case '#': out += '%23'; break;
      case '?': out += '%3F'; break;
      default: out += ch;
    }
  }
  return out;
}

function fileURLFromPath(resolvedPath, windows, hostname) {
  const url = new URLRecord();
  url.scheme = 'file';
  url.host = '';
  if (hostname !== undefined) {
    const host = parseHost(hostname, false);
    url.host = host === null ? hostname : host;
    if (url.host === 'localhost') url.host = '';
  }
  let p = escapeFilePath(resolvedPath, windows);
  if (windows && !p.startsWith('/')) p = '/' + p;
  basicURLParse(p, null, url, ST_PATH_START);
  return new URL(url, undefined, kFromRecord);
}

function pathToFileURL(filepath, options = kEmptyObject) {
  const windows = options?.windows ?? platform() === 'win32';
  const path = require('path');
  const isUNC = windows && filepath.startsWith('\\\\');
  let resolved = isUNC ? filepath : (windows ? path.win32.resolve(filepath) : path.posix.resolve(filepath));
  if (isUNC || (windows && resolved.startsWith('\\\\'))) {
    const isExtendedUNC = resolved.startsWith('\\\\?\\UNC\\');
    const prefixLength = isExtendedUNC ? 8 : 2;
    const hostnameEndIndex = resolved.indexOf('\\', prefixLength);
    if (hostnameEndIndex === -1) {
      throw new ERR_INVALID_ARG_VALUE('path', resolved, 'Missing UNC resource path');
    }
    if (hostnameEndIndex === 2) {
      throw new ERR_INVALID_ARG_VALUE('path', resolved, 'Empty UNC servername');
    }
    const hostname = resolved.slice(prefixLength, hostnameEndIndex);
    return fileURLFromPath(resolved.slice(hostnameEndIndex), true, hostname);
  }
  const last = filepath.charCodeAt(filepath.length - 1);
  const platformSep = platform() === 'win32' ? '\\' : '/';
  if ((last === 0x2f || (windows && last === 0x5c)) &&
      resolved[resolved.length - 1] !== platformSep) {
    resolved += '/';
  }
  return fileURLFromPath(resolved, windows, undefined);
}

function toPathIfFileURL(fileURLOrPath) {
  if (!isURL(fileURLOrPath)) return fileURLOrPath;
  return fileURLToPath(fileURLOrPath);
}

// url.format(URL, options)
function formatWHATWG(urlObject, options) {
  let fragment = true;
  let unicode = false;
  let search = true;
  let auth = true;
  if (options) {
    validateObject(options, 'options');
    if (options.fragment != null) fragment = Boolean(options.fragment);
    if (options.unicode != null) unicode = Boolean(options.unicode);
    if (options.search != null) search = Boolean(options.search);
    if (options.auth != null) auth = Boolean(options.auth);
  }
  const record = parseURL(urlObject.href);
  if (record === null) return urlObject.href;
  if (!fragment) record.fragment = null;
  if (!search) record.query = null;
  if (!auth) {
    record.username = '';
    record.password = '';
  }
  if (unicode && record.host !== null && record.host !== '' && !record.host.startsWith('[')) {
    const u = domainToUnicodeInternal(record.host);
    if (u !== null) record.host = u;
  }
  return serializeURL(record);
}

// ---------------------------------------------------------------------------
// querystring pieces used by the legacy API (querystring.parse/stringify
// semantics with the default separators).

let querystringModule;
function lazyQuerystring() {
  if (querystringModule === undefined) {
    try {
      querystringModule = require('querystring');
    } catch {
      querystringModule = null;
    }
  }
  return querystringModule;
}

function qsUnescape(s) {
  try {
    return decodeURIComponent(s);
  } catch {
    return utf8Decode(percentDecodeBytes(utf8Encode(s)));
  }
}

const kHasValidPercent = /%[0-9a-fA-F]{2}/;

function qsParse(qs) {
  const mod = lazyQuerystring();
  if (mod && typeof mod.parse === 'function') return mod.parse(qs);
  const obj = { __proto__: null };
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  const pieces = qs.split('&');
  if (pieces[pieces.length - 1] === '') pieces.pop();
  let pairs = 1000;
  for (const piece of pieces) {
    if (piece === '') {
      if (--pairs === 0) return obj;
      continue;
    }
    const eq = piece.indexOf('=');
    let key = (eq === -1 ? piece : piece.slice(0, eq)).replace(/\+/g, ' ');
    let value = (eq === -1 ? '' : piece.slice(eq + 1)).replace(/\+/g, ' ');
    if (kHasValidPercent.test(key)) key = qsUnescape(key);
    if (kHasValidPercent.test(value)) value = qsUnescape(value);
    const cur = obj[key];
    if (cur === undefined) obj[key] = value;
    else if (typeof cur === 'string') obj[key] = [cur, value];
    else cur.push(value);
    if (--pairs === 0) return obj;
  }
  return obj;
}

// querystring.escape: everything but alphanumerics and !'()*-._~
function qsEscape(str) {
  if (typeof str !== 'string') str = typeof str === 'object' ? String(str) : str + '';
  let out = '';
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ||
        c === 0x21 || (c >= 0x27 && c <= 0x2a) || c === 0x2d || c === 0x2e || c === 0x5f ||
        c === 0x7e) {
      out += str[i];
      continue;
    }
    let cp = c;
    if (c >= 0xd800 && c <= 0xdfff) {
      const next = str.charCodeAt(i + 1);
      if (c > 0xdbff || !(next >= 0xdc00 && next <= 0xdfff)) {
        throw new (require('internal/errors').codes.ERR_INVALID_URI)();
      }
      cp = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
      i++;
    }
    for (const b of utf8Bytes(cp, [])) out += kHex[b];
  }
  return out;
}

function qsStringifyValue(v) {
  if (typeof v === 'string') return v.length ? qsEscape(v) : '';
  if (typeof v === 'number' && Number.isFinite(v)) return Math.abs(v) < 1e21 ? '' + v : qsEscape('' + v);
  if (typeof v === 'bigint') return '' + v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function qsStringify(obj) {
  const mod = lazyQuerystring();
  if (mod && typeof mod.stringify === 'function') return mod.stringify(obj);
  if (obj === null || typeof obj !== 'object') return '';
  let fields = '';
  for (const k of Object.keys(obj)) {
    const v = obj[k];
    const ks = qsStringifyValue(k) + '=';
    if (Array.isArray(v)) {
      if (v.length === 0) continue;
      if (fields) fields += '&';
      for (let j = 0; j < v.length; j++) {
        if (j) fields += '&';
        fields += ks + qsStringifyValue(v[j]);
      }
    } else {
      if (fields) fields += '&';
      fields += ks + qsStringifyValue(v);
    }
  }
  return fields;
}

// ---------------------------------------------------------------------------
// Legacy API: url.parse(), url.format(), url.resolve(), url.resolveObject()

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

const kProtocolPattern = /^[a-z0-9.+-]+:/i;
const kPortPattern = /:[0-9]*$/;
const kHostPattern = /^\/\/[^@/]+@[^@/]+/;
const kSimplePathPattern = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
const kHostnameMaxLen = 255;
// eslint-disable-next-line no-control-regex
const kForbiddenHostChars = /[\0\t\n\r #%/:<>?@[\\\]^|]/;
// eslint-disable-next-line no-control-regex
const kForbiddenHostCharsIpv6 = /[\0\t\n\r #%/<>?@\\^|]/;

const kUnsafeProtocol = new Set(['javascript', 'javascript:']);
const kHostlessProtocol = new Set(['javascript', 'javascript:']);
const kSlashedProtocol = new Set(['http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher',
                                  'gopher:', 'file', 'file:', 'ws', 'ws:', 'wss', 'wss:']);

function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (url instanceof Url) return url;
  const urlObject = new Url();
  urlObject.parse(url, parseQueryString, slashesDenoteHost);
  return urlObject;
}

function isIpv6Hostname(hostname) {
  return hostname.charCodeAt(0) === 0x5b && hostname.charCodeAt(hostname.length - 1) === 0x5d;
}

function isLegacyWhitespace(code) {
  return code < 33 || code === 0xa0 || code === 0xfeff;
}

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  validateString(url, 'url');

  // Trim whitespace and turn backslashes before the first ? or # into
  // slashes (like browsers do).
  let start = 0;
  while (start < url.length && isLegacyWhitespace(url.charCodeAt(start))) start++;
  let end = url.length;
  while (end > start && isLegacyWhitespace(url.charCodeAt(end - 1))) end--;
  let rest = '';
  let hasHash = false;
  let hasAt = false;
  let split = false;
  for (let i = start; i < end; i++) {
    const ch = url[i];
    if (!split) {
      if (ch === '@') hasAt = true;
      else if (ch === '#') {
        hasHash = true;
        split = true;
      } else if (ch === '?') {
        split = true;
      } else if (ch === '\\') {
        rest += '/';
        continue;
      }
    } else if (!hasHash && ch === '#') {
      hasHash = true;
    }
    rest += ch;
  }

  if (!slashesDenoteHost && !hasHash && !hasAt) {
    const simplePath = kSimplePathPattern.exec(rest);
    if (simplePath) {
      this.path = rest;
      this.href = rest;
      this.pathname = simplePath[1];
      if (simplePath[2]) {
        this.search = simplePath[2];
        this.query = parseQueryString ? qsParse(this.search.slice(1)) : this.search.slice(1);
      } else if (parseQueryString) {
        this.search = null;
        this.query = { __proto__: null };
      }
      return this;
    }
  }

  let proto = kProtocolPattern.exec(rest);
  let lowerProto;
  if (proto) {
    proto = proto[0];
    lowerProto = proto.toLowerCase();
    this.protocol = lowerProto;
    rest = rest.slice(proto.length);
  }

  // `user@server` is always a host; `//foo/bar` is a host when
  // slashesDenoteHost.
  let slashes;
  if (slashesDenoteHost || proto || kHostPattern.test(rest)) {
    slashes = rest.charCodeAt(0) === 0x2f && rest.charCodeAt(1) === 0x2f;
    if (slashes && !(proto && kHostlessProtocol.has(lowerProto))) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }

  if (!kHostlessProtocol.has(lowerProto) &&
      (slashes || (proto && !kSlashedProtocol.has(proto)))) {
    // The host ends at the first /, ? or #. Characters never valid in a host
    // end it too, unless an @ follows (then they belong to the auth).
    let hostEnd = -1;
    let atSign = -1;
    let nonHost = -1;
    for (let i = 0; i < rest.length; ++i) {
      switch (rest.charCodeAt(i)) {
        case 0x09:
        case 0x0a:
        case 0x0d:
          rest = rest.slice(0, i) + rest.slice(i + 1);
          i -= 1;
          break;
        case 0x20: case 0x22: case 0x25: case 0x27: case 0x3b: case 0x3c: case 0x3e:
        case 0x5c: case 0x5e: case 0x60: case 0x7b: case 0x7c: case 0x7d:
          if (nonHost === -1) nonHost = i;
          break;
        case 0x23:
        case 0x2f:
        case 0x3f:
          if (nonHost === -1) nonHost = i;
          hostEnd = i;
          break;
        case 0x40:
          atSign = i;
          nonHost = -1;
          break;
      }
      if (hostEnd !== -1) break;
    }
    let hostStart = 0;
    if (atSign !== -1) {
      this.auth = decodeURIComponent(rest.slice(0, atSign));
      hostStart = atSign + 1;
    }
    if (nonHost === -1) {
      this.host = rest.slice(hostStart);
      rest = '';
    } else {
      this.host = rest.slice(hostStart, nonHost);
      rest = rest.slice(nonHost);
    }

    this.parseHost();

    if (typeof this.hostname !== 'string') this.hostname = '';
    const hostname = this.hostname;
    const ipv6Hostname = isIpv6Hostname(hostname);

    if (!ipv6Hostname) rest = legacyValidateHostname(this, rest, hostname, url);

    if (this.hostname.length > kHostnameMaxLen) this.hostname = '';
    else this.hostname = this.hostname.toLowerCase();

    if (this.hostname !== '') {
      if (ipv6Hostname) {
        if (kForbiddenHostCharsIpv6.test(this.hostname)) throw new ERR_INVALID_URL(url);
      } else {
        // IDNA: punycode non-ASCII labels.
        this.hostname = legacyToASCII(this.hostname);
        if (this.hostname === '' || kForbiddenHostChars.test(this.hostname)) {
          throw new ERR_INVALID_URL(url);
        }
      }
    }

    const p = this.port ? ':' + this.port : '';
    const h = this.hostname || '';
    this.host = h + p;

    if (ipv6Hostname) {
      this.hostname = this.hostname.slice(1, -1);
      if (rest[0] !== '/') rest = '/' + rest;
    }
  }

  if (!kUnsafeProtocol.has(lowerProto)) rest = autoEscapeStr(rest);

  let questionIdx = -1;
  let hashIdx = -1;
  for (let i = 0; i < rest.length; ++i) {
    const code = rest.charCodeAt(i);
    if (code === 0x23) {
      this.hash = rest.slice(i);
      hashIdx = i;
      break;
    } else if (code === 0x3f && questionIdx === -1) {
      questionIdx = i;
    }
  }

  if (questionIdx !== -1) {
    if (hashIdx === -1) {
      this.search = rest.slice(questionIdx);
      this.query = rest.slice(questionIdx + 1);
    } else {
      this.search = rest.slice(questionIdx, hashIdx);
      this.query = rest.slice(questionIdx + 1, hashIdx);
    }
    if (parseQueryString) this.query = qsParse(this.query);
  } else if (parseQueryString) {
    this.search = null;
    this.query = { __proto__: null };
  }

  const useQuestionIdx = questionIdx !== -1 && (hashIdx === -1 || questionIdx < hashIdx);
  const firstIdx = useQuestionIdx ? questionIdx : hashIdx;
  if (firstIdx === -1) {
    if (rest.length > 0) this.pathname = rest;
  } else if (firstIdx > 0) {
    this.pathname = rest.slice(0, firstIdx);
  }
  if (kSlashedProtocol.has(lowerProto) && this.hostname && !this.pathname) {
    this.pathname = '/';
  }

  if (this.pathname || this.search) {
    this.path = (this.pathname || '') + (this.search || '');
  }

  this.href = this.format();
  return this;
};

// Non-ASCII hostnames to punycode, like ICU's lenient toASCII.
function legacyToASCII(hostname) {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(hostname)) return hostname;
  const mapped = mapDomain(hostname);
  if (mapped === null) return '';
  return mapped.split('.').map((label) => {
    // eslint-disable-next-line no-control-regex
    if (/^[\x00-\x7f]*$/.test(label)) return label;
    const encoded = punycodeEncode(label);
    return encoded === null ? label : 'xn--' + encoded;
  }).join('.');
}

let warnInvalidPort = true;
function legacyValidateHostname(self, rest, hostname, url) {
  for (let i = 0; i < hostname.length; ++i) {
    const code = hostname.charCodeAt(i);
    if (code === 0x2f || code === 0x5c || code === 0x23 || code === 0x3f || code === 0x3a) {
      if (warnInvalidPort && code === 0x3a) {
        const proc = globalThis.process;
        if (proc && typeof proc.emitWarning === 'function') {
          proc.emitWarning(`The URL ${url} is invalid. Future versions of Node.js will throw an error.`,
                           'DeprecationWarning', 'DEP0170');
        }
        warnInvalidPort = false;
      }
      self.hostname = hostname.slice(0, i);
      return `/${hostname.slice(i)}${rest}`;
    }
  }
  return rest;
}

// Characters url.parse() escapes in the path, query and hash.
const kAutoEscape = {
  __proto__: null,
  '\t': '%09', '\n': '%0A', '\r': '%0D', ' ': '%20', '"': '%22', "'": '%27', '<': '%3C',
  '>': '%3E', '\\': '%5C', '^': '%5E', '`': '%60', '{': '%7B', '|': '%7C', '}': '%7D',
};

function autoEscapeStr(rest) {
  let out = '';
  let changed = false;
  for (const ch of rest) {
    const esc = kAutoEscape[ch];
    if (esc !== undefined) {
      out += esc;
      changed = true;
    } else {
      out += ch;
    }
  }
  return changed ? out : rest;
}

// Auth escaping for format(): everything but alphanumerics and !'()*-.:_~
function escapeAuth(str) {
  let out = '';
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ||
        c === 0x21 || (c >= 0x27 && c <= 0x2a) || c === 0x2d || c === 0x2e || c === 0x3a ||
        c === 0x5f || c === 0x7e) {
      out += str[i];
      continue;
    }
    let cp = c;
    if (c >= 0xd800 && c <= 0xdfff) {
      const next = str.charCodeAt(i + 1);
      if (c > 0xdbff || !(next >= 0xdc00 && next <= 0xdfff)) {
        throw new (require('internal/errors').codes.ERR_INVALID_URI)();
      }
      cp = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
      i++;
    }
    for (const b of utf8Bytes(cp, [])) out += kHex[b];
  }
  return out;
}

function urlFormat(urlObject, options) {
  if (typeof urlObject === 'string') {
    urlObject = urlParse(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw new ERR_INVALID_ARG_TYPE('urlObject', ['Object', 'string'], urlObject);
  } else if (getURLRecord(urlObject) !== undefined) {
    return formatWHATWG(urlObject, options);
  }
  return Url.prototype.format.call(urlObject);
}

Url.prototype.format = function format() {
  let auth = this.auth || '';
  if (auth) auth = escapeAuth(auth) + '@';

  let protocol = this.protocol || '';
  if (protocol && protocol.charCodeAt(protocol.length - 1) !== 0x3a) protocol += ':';

  let pathname = this.pathname || '';
  let hash = this.hash || '';
  let host = '';
  let query = '';

  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    host = auth + (this.hostname.includes(':') && !isIpv6Hostname(this.hostname) ?
      '[' + this.hostname + ']' : this.hostname);
    if (this.port) host += ':' + this.port;
  }

  if (this.query !== null && typeof this.query === 'object') query = qsStringify(this.query);
  let search = this.search || (query && ('?' + query)) || '';

  if (pathname.includes('#') || pathname.includes('?')) {
    pathname = pathname.replace(/[#?]/g, (ch) => (ch === '#' ? '%23' : '%3F'));
  }

  if (this.slashes || kSlashedProtocol.has(protocol)) {
    if (this.slashes || host) {
      if (pathname && pathname.charCodeAt(0) !== 0x2f) pathname = '/' + pathname;
      host = '//' + host;
    } else if (protocol.length >= 4 && protocol.startsWith('file')) {
      host = '//';
    }
  }

  search = search.replaceAll('#', '%23');

  if (hash && hash.charCodeAt(0) !== 0x23) hash = '#' + hash;
  if (search && search.charCodeAt(0) !== 0x3f) search = '?' + search;

  return protocol + host + pathname + search + hash;
};

function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

Url.prototype.resolve = function resolve(relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
};

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

Url.prototype.resolveObject = function resolveObject(relative) {
  if (typeof relative === 'string') {
    const rel = new Url();
    rel.parse(relative, false, true);
    relative = rel;
  }

  const result = new Url();
  Object.assign(result, this);

  // The hash always comes from the relative URL.
  result.hash = relative.hash;

  if (relative.href === '') {
    result.href = result.format();
    return result;
  }

  // `//foo/bar`: everything but the protocol comes from the relative URL.
  if (relative.slashes && !relative.protocol) {
    for (const key of Object.keys(relative)) {
      if (key !== 'protocol') result[key] = relative[key];
    }
    if (kSlashedProtocol.has(result.protocol) && result.hostname && !result.pathname) {
      result.path = result.pathname = '/';
    }
    result.href = result.format();
    return result;
  }

  if (relative.protocol && relative.protocol !== result.protocol) {
    if (!kSlashedProtocol.has(relative.protocol)) {
      Object.assign(result, relative);
      result.href = result.format();
      return result;
    }

    result.protocol = relative.protocol;
    if (!relative.host && !/^file:?$/.test(relative.protocol) &&
        !kHostlessProtocol.has(relative.protocol)) {
      const relPath = (relative.pathname || '').split('/');
      while (relPath.length && !(relative.host = relPath.shift()));
      relative.host ||= '';
      relative.hostname ||= '';
      if (relPath[0] !== '') relPath.unshift('');
      if (relPath.length < 2) relPath.unshift('');
      result.pathname = relPath.join('/');
    } else {
      result.pathname = relative.pathname;
    }
    result.search = relative.search;
    result.query = relative.query;
    result.host = relative.host || '';
    result.auth = relative.auth;
    result.hostname = relative.hostname || relative.host;
    result.port = relative.port;
    if (result.pathname || result.search) {
      result.path = (result.pathname || '') + (result.search || '');
    }
    result.slashes ||= relative.slashes;
    result.href = result.format();
    return result;
  }

  const isSourceAbs = result.pathname && result.pathname.charAt(0) === '/';
  const isRelAbs = relative.host || (relative.pathname && relative.pathname.charAt(0) === '/');
  let mustEndAbs = isRelAbs || isSourceAbs || (result.host && relative.pathname);
  const removeAllDots = mustEndAbs;
  let srcPath = (result.pathname && result.pathname.split('/')) || [];
  const relPath = (relative.pathname && relative.pathname.split('/')) || [];
  const noLeadingSlashes = result.protocol && !kSlashedProtocol.has(result.protocol);

  // For non-slashed protocols the host is handled as the first path part.
  if (noLeadingSlashes) {
    result.hostname = '';
    result.port = null;
    if (result.host) {
      if (srcPath[0] === '') srcPath[0] = result.host;
      else srcPath.unshift(result.host);
    }
    result.host = '';
    if (relative.protocol) {
      relative.hostname = null;
      relative.port = null;
      result.auth = null;
      if (relative.host) {
        if (relPath[0] === '') relPath[0] = relative.host;
        else relPath.unshift(relative.host);
      }
      relative.host = null;
    }
    mustEndAbs &&= (relPath[0] === '' || srcPath[0] === '');
  }

  if (isRelAbs) {
    if (relative.host || relative.host === '') {
      if (result.host !== relative.host) result.auth = null;
      result.host = relative.host;
      result.port = relative.port;
    }
    if (relative.hostname || relative.hostname === '') {
      if (result.hostname !== relative.hostname) result.auth = null;
      result.hostname = relative.hostname;
    }
    result.search = relative.search;
    result.query = relative.query;
    srcPath = relPath;
  } else if (relPath.length) {
    srcPath ||= [];
    srcPath.pop();
    srcPath = srcPath.concat(relPath);
    result.search = relative.search;
    result.query = relative.query;
  } else if (relative.search !== null && relative.search !== undefined) {
    if (noLeadingSlashes) {
      result.hostname = result.host = srcPath.shift();
      const authInHost = result.host && result.host.indexOf('@') > 0 && result.host.split('@');
      if (authInHost) {
        result.auth = authInHost.shift();
        result.host = result.hostname = authInHost.shift();
      }
    }
    result.search = relative.search;
    result.query = relative.query;
    if (result.pathname !== null || result.search !== null) {
      result.path = (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
    }
    result.href = result.format();
    return result;
  }

  if (!srcPath.length) {
    result.pathname = null;
    result.path = result.search ? '/' + result.search : null;
    result.href = result.format();
    return result;
  }

  // A path ending in . or .. gets a trailing slash.
  let last = srcPath[srcPath.length - 1];
  const hasTrailingSlash = (((result.host || relative.host || srcPath.length > 1) &&
    (last === '.' || last === '..')) || last === '');

  let up = 0;
  for (let i = srcPath.length - 1; i >= 0; i--) {
    last = srcPath[i];
    if (last === '.') {
      srcPath.splice(i, 1);
    } else if (last === '..') {
      srcPath.splice(i, 1);
      up++;
    } else if (up) {
      srcPath.splice(i, 1);
      up--;
    }
  }

  if (!mustEndAbs && !removeAllDots) {
    while (up--) srcPath.unshift('..');
  }

  if (mustEndAbs && srcPath[0] !== '' && (!srcPath[0] || srcPath[0].charAt(0) !== '/')) {
    srcPath.unshift('');
  }

  if (hasTrailingSlash && srcPath.join('/').at(-1) !== '/') srcPath.push('');

  const isAbsolute = srcPath[0] === '' || (srcPath[0] && srcPath[0].charAt(0) === '/');

  if (noLeadingSlashes) {
    result.hostname = result.host = isAbsolute ? '' : srcPath.length ? srcPath.shift() : '';
    const authInHost = result.host && result.host.indexOf('@') > 0 ? result.host.split('@') : false;
    if (authInHost) {
      result.auth = authInHost.shift();
      result.host = result.hostname = authInHost.shift();
    }
  }

  mustEndAbs ||= (result.host && srcPath.length);

  if (mustEndAbs && !isAbsolute) srcPath.unshift('');

  if (!srcPath.length) {
    result.pathname = null;
    result.path = null;
  } else {
    result.pathname = srcPath.join('/');
  }

  if (result.pathname !== null || result.search !== null) {
    result.path = (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
  }
  result.auth = relative.auth || result.auth;
  result.slashes ||= relative.slashes;
  result.href = result.format();
  return result;
};

Url.prototype.parseHost = function parseHost() {
  let host = this.host;
  let port = kPortPattern.exec(host);
  if (port) {
    port = port[0];
    if (port !== ':') this.port = port.slice(1);
    host = host.slice(0, host.length - port.length);
  }
  if (host) this.hostname = host;
};

// url.pathToFileURL validates its argument (internal callers do not).
function pathToFileURLChecked(path, options) {
  validateString(path, 'path');
  return pathToFileURL(path, options);
}

module.exports = {
  URL,
  URLSearchParams,
  URLParse: URL.parse,
  isURL,
  fileURLToPath,
  fileURLToPathBuffer,
  pathToFileURL,
  toPathIfFileURL,
  urlToHttpOptions,
  domainToASCII,
  domainToUnicode,
  formatWHATWG,
  getURLRecord,
  // legacy API
  Url,
  urlParse,
  urlFormat,
  urlResolve,
  urlResolveObject,
  pathToFileURLChecked,
  // shared with the legacy parser and other bridge files
  domainToASCIIInternal,
  punycodeEncode,
  punycodeDecode,
  utf8Encode,
  utf8Decode,
  percentDecodeBytes,
  serializeParams,
  parseParams,
};
