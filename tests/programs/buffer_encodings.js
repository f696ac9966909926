'use strict';
// Buffer encodings: every encoding both ways, Node's decoding rules for
// invalid input, partial writes, transcode, atob/btoa and large strings.

const buffer = require('buffer');
const { Buffer } = buffer;

function show(label, value) {
  console.log(`${label}: ${JSON.stringify(value)}`);
}

function attempt(label, fn) {
  try {
    show(label, fn());
  } catch (e) {
    console.log(`${label}: THROWS ${e.name} ${e.code} ${e.message}`);
  }
}

const hex = (b) => b.toString('hex');
const codes = (s) => Array.from(s, (c) => c.codePointAt(0).toString(16)).join(' ');

const encodings = ['utf8', 'utf-8', 'UTF8', 'ucs2', 'ucs-2', 'utf16le', 'utf-16le', 'latin1', 'binary',
  'ascii', 'base64', 'base64url', 'hex', 'HEX', 'Latin1'];
const samples = ['', 'hello', 'héllo wörld', '€uro', '😀 emoji', 'a\u0000b', '\u00ff\u0100\u07ff\u0800\uffff',
  'lone \ud800 high', 'lone \udc00 low', 'tail \ud83d'];

for (const s of samples) {
  for (const enc of encodings) {
    const b = Buffer.from(s, enc);
    show(`from ${JSON.stringify(s)} ${enc}`, [hex(b), Buffer.byteLength(s, enc)]);
  }
}

// Decoding every byte value with every encoding.
const all = Buffer.alloc(256);
for (let i = 0; i < 256; i++) all[i] = i;
for (const enc of ['utf8', 'ucs2', 'latin1', 'ascii', 'base64', 'base64url', 'hex']) {
  show(`all bytes ${enc}`, enc === 'utf8' || enc === 'ucs2' || enc === 'latin1' || enc === 'ascii' ?
    codes(all.toString(enc)) : all.toString(enc));
}

// UTF-8: replacement characters for invalid sequences (WHATWG rules).
const utf8Cases = ['c0af', 'e080', 'e0a0', 'eda080', 'f09f98', 'f4908080', 'f890808080', '80bf41', 'c2', 'e282',
  'efbbbf41', 'fe', 'ff41', 'f09f9880', 'e282ac', 'c3a9c3', 'ed9fbf', 'f08f8080', 'f48fbfbf'];
for (const h of utf8Cases) show(`utf8 ${h}`, codes(Buffer.from(h, 'hex').toString()));

// hex: stops at the first invalid pair, odd trailing digit ignored.
for (const s of ['abcdef', 'ABCDEF', 'abc', 'abzz12', 'zz', '1', '0g12', ' 12', '12 34', 'ffff\u0100ff']) {
  show(`hex ${JSON.stringify(s)}`, hex(Buffer.from(s, 'hex')));
}

// base64: whitespace and junk skipped, both alphabets, '=' ends the data.
for (const s of ['aGVsbG8=', 'aGVsbG8', 'aGVs bG8=\n', 'aGVs\tbG8', 'QQ==QQ==', 'QQ=', 'Q', 'Q===', '-_-_', '+/+/',
  '!!aGk=!!', 'YW Jj\r\nZA==', 'YWJjZA=', '=YWJj', 'a\u00e9GVsbG8=', 'SGVsbG8gV29ybGQ']) {
  show(`base64 ${JSON.stringify(s)}`, [hex(Buffer.from(s, 'base64')), hex(Buffer.from(s, 'base64url')),
    Buffer.byteLength(s, 'base64')]);
}
for (const n of [0, 1, 2, 3, 4, 5, 6, 7]) {
  const b = Buffer.alloc(n, 0xfb);
  show(`base64 enc ${n}`, [b.toString('base64'), b.toString('base64url')]);
}

// Partial writes never split a character.
for (const n of [0, 1, 2, 3, 4, 5, 6, 7]) {
  const b = Buffer.alloc(n, '.');
  const w = b.write('a€😀b');
  show(`utf8 partial ${n}`, [w, hex(b)]);
}
for (const enc of ['ucs2', 'latin1', 'ascii', 'hex', 'base64']) {
  const b = Buffer.alloc(5, '.');
  const w = b.write(enc === 'hex' ? 'a1b2c3d4e5f6' : enc === 'base64' ? 'YWJjZGVmZ2g=' : 'wxyzé€', 1, 3, enc);
  show(`partial ${enc}`, [w, hex(b)]);
}
for (const enc of ['ucs2', 'utf16le']) {
  const b = Buffer.alloc(5, '.');
  show(`odd ucs2 ${enc}`, [b.write('abc', enc), hex(b), Buffer.from('abc').toString(enc)]);
}

// Encoding names.
show('isEncoding', encodings.concat(['utf16', 'utf32', 'base32', 'raw', '']).map((e) => [e, Buffer.isEncoding(e)]));
attempt('unknown encoding from', () => Buffer.from('x', 'utf16'));
attempt('unknown encoding toString', () => Buffer.from('x').toString('utf32'));
attempt('unknown encoding write', () => Buffer.alloc(2).write('x', 'latin2'));
show('unknown encoding byteLength', Buffer.byteLength('héllo', 'nope'));

// Slicing decoders.
const sb = Buffer.from('héllo wörld');
show('slices', [sb.toString('utf8', 1, 3), sb.toString('latin1', 1, 3), sb.toString('hex', 2, 4),
  sb.toString('base64', 0, 4), sb.toString('ucs2', 1), sb.toString('utf8', 2, 2)]);
show('raw slices', [sb.utf8Slice(0, 3), sb.latin1Slice(1, 3), sb.hexSlice(), sb.asciiSlice(1, 2)]);
attempt('raw slice out of range', () => sb.hexSlice(0, 100));

// transcode
const tc = [['héllo €', 'utf8', 'latin1'], ['héllo €', 'utf8', 'ascii'], ['héllo €', 'utf8', 'ucs2'],
  ['héllo 😀', 'ucs2', 'utf8'], ['héllo 😀', 'ucs2', 'latin1'], ['héllo', 'latin1', 'utf8'], ['h\u00e9', 'latin1', 'ucs2'],
  ['\ufeffbom', 'utf8', 'ascii']];
for (const [s, from, to] of tc) {
  const src = Buffer.from(s, from === 'ucs2' ? 'ucs2' : from);
  show(`transcode ${from}->${to}`, hex(buffer.transcode(src, from, to)));
}
attempt('transcode invalid utf8', () => buffer.transcode(Buffer.from([0xff, 0x41]), 'utf8', 'ucs2'));
attempt('transcode lone surrogate', () => buffer.transcode(Buffer.from('\ud800', 'ucs2'), 'ucs2', 'utf8'));
attempt('transcode unsupported', () => buffer.transcode(Buffer.from('a'), 'utf8', 'hex'));
attempt('transcode bad source', () => buffer.transcode('a', 'utf8', 'ucs2'));

// atob / btoa (the module's functions are the globals in Node)
show('atob/btoa globals', [typeof globalThis.atob, typeof globalThis.btoa,
  buffer.atob === globalThis.atob, buffer.btoa === globalThis.btoa]);
show('btoa', [buffer.btoa('hello'), buffer.btoa('\u00ff\u00fe'), buffer.btoa('')]);
show('atob', [buffer.atob('aGVsbG8='), buffer.atob(' aGVs bG8 '), buffer.atob('aGk')]);
for (const s of ['a', 'aGk==', 'a-b_', 'aG\u0100k']) {
  try {
    buffer.atob(s);
    console.log(`atob ${JSON.stringify(s)}: ok`);
  } catch (e) {
    console.log(`atob ${JSON.stringify(s)}: ${e.name} ${e.message}`);
  }
}
try {
  buffer.btoa('\u0100');
} catch (e) {
  console.log(`btoa wide: ${e.name} ${e.message}`);
}

// Large strings (1 MB and more) round-trip.
function checksum(b) {
  let h = 0;
  for (let i = 0; i < b.length; i++) h = (h * 31 + b[i]) >>> 0;
  return h;
}
const big = 'Lorem ipsum dolor sit amet, héllo wörld € 😀 日本語 '.repeat(20000);
const bigBuf = Buffer.from(big);
show('big utf8', [big.length, bigBuf.length, checksum(bigBuf), bigBuf.toString() === big]);
const bigB64 = bigBuf.toString('base64');
show('big base64', [bigB64.length, Buffer.from(bigB64, 'base64').equals(bigBuf)]);
const bigHex = bigBuf.toString('hex');
show('big hex', [bigHex.length, Buffer.from(bigHex, 'hex').equals(bigBuf)]);
const bigUcs2 = Buffer.from(big, 'ucs2');
show('big ucs2', [bigUcs2.length, checksum(bigUcs2), bigUcs2.toString('ucs2') === big]);
const bigLatin = Buffer.from(big, 'latin1');
show('big latin1', [bigLatin.length, checksum(bigLatin), bigLatin.toString('latin1').length]);
show('big search', [bigBuf.indexOf('日本語'), bigBuf.lastIndexOf('Lorem'), bigBuf.indexOf('absent')]);
