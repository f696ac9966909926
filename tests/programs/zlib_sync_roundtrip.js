'use strict';
// Every kind round-trips synchronously; small inputs give Node's exact bytes.
const zlib = require('zlib');

const text = Buffer.from('The quick brown fox jumps over the lazy dog. '.repeat(50));
const bin = Buffer.alloc(5000);
for (let i = 0; i < bin.length; i++) bin[i] = (i * 31 + (i >> 3)) & 0xff;
const pairs = [
  ['deflateSync', 'inflateSync'],
  ['gzipSync', 'gunzipSync'],
  ['deflateRawSync', 'inflateRawSync'],
  ['gzipSync', 'unzipSync'],
  ['deflateSync', 'unzipSync'],
  ['brotliCompressSync', 'brotliDecompressSync'],
];
for (const [c, d] of pairs) {
  for (const [name, input] of [['empty', Buffer.alloc(0)], ['text', text], ['bin', bin], ['str', 'héllo wörld']]) {
    const z = zlib[c](input);
    const back = zlib[d](z);
    const same = Buffer.compare(back, Buffer.from(input)) === 0;
    console.log(c, d, name, same, Buffer.isBuffer(z), Buffer.isBuffer(back));
  }
}

// Small inputs: the compressed bytes themselves.
for (const s of ['', 'a', 'hello world', 'abcabcabcabcabcabc', 'zlib in a sandbox']) {
  // (Level 1 is left out: Chromium's zlib, which Node uses, matches differently there.)
  for (const level of [-1, 0, 2, 6, 9]) {
    console.log('deflate', JSON.stringify(s), level, zlib.deflateSync(s, { level }).toString('hex'));
    console.log('gzip', JSON.stringify(s), level, zlib.gzipSync(s, { level }).toString('base64'));
    console.log('raw', JSON.stringify(s), level, zlib.deflateRawSync(s, { level }).toString('hex'));
  }
  console.log('brotli', JSON.stringify(s), zlib.brotliCompressSync(s).toString('hex'));
  console.log('strategy', zlib.deflateSync(s, { strategy: zlib.constants.Z_HUFFMAN_ONLY }).toString('hex'),
    zlib.deflateSync(s, { strategy: zlib.constants.Z_FIXED }).toString('hex'));
  console.log('window', zlib.deflateSync(s, { windowBits: 9, memLevel: 1 }).toString('hex'),
    zlib.deflateRawSync(s, { windowBits: 8 }).toString('hex'));
}
// Brotli at its default quality gives Node's bytes for larger inputs too.
console.log('brotli text', zlib.brotliCompressSync(text).toString('base64'));
console.log('brotli bin', zlib.crc32(zlib.brotliCompressSync(bin)));
const q = zlib.brotliCompressSync(text, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5, [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT } });
console.log('brotli q5', zlib.brotliDecompressSync(q).equals(text));

// Data Node produced decompresses here (gzip of 'node made this\n' x 3, two members).
const member = Buffer.from('H4sIAAAAAAAAA8vLT0lVyE1MSVUoycgs5srDywUAR9LMeS0AAAA=', 'base64');
console.log(zlib.gunzipSync(Buffer.concat([member, member])).toString());
console.log(zlib.unzipSync(Buffer.concat([member, member, Buffer.alloc(4)])).toString());
console.log(zlib.inflateSync(Buffer.from('eJzLSM3JyQcABiwCFQ==', 'base64')).toString());

// ArrayBuffer, DataView and typed-array input.
const ab = new TextEncoder().encode('typed input').buffer;
console.log(zlib.inflateSync(zlib.deflateSync(ab)).toString());
console.log(zlib.inflateSync(zlib.deflateSync(new DataView(ab))).toString());
console.log(zlib.inflateSync(zlib.deflateSync(new Uint16Array(ab, 0, 4))).toString());

// Truncated input with a forgiving finishFlush gives what it can.
const g = zlib.gzipSync(text);
const part = zlib.gunzipSync(g.subarray(0, 60), { finishFlush: zlib.constants.Z_SYNC_FLUSH });
console.log('partial', part.length > 0, text.subarray(0, part.length).equals(part));

// info: true
const { buffer, engine } = zlib.inflateSync(zlib.deflateSync('info'), { info: true });
console.log(buffer.toString(), engine.constructor.name, engine instanceof zlib.Inflate, engine.bytesWritten);

console.log(Object.keys(zlib).join(','));
console.log(Object.isFrozen(zlib.constants), zlib.constants.Z_MAX_CHUNK, zlib.codes.Z_DATA_ERROR, zlib.codes['-3']);
console.log(zlib.crc32('hello'), zlib.crc32('hello', 12), zlib.crc32(Buffer.from('')), zlib.crc32(new Uint8Array([1, 2, 3])));
console.log(zlib.crc32(' world', zlib.crc32('hello')) === zlib.crc32('hello world'));
