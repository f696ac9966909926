'use strict';
// Bad options, bad input, corrupt and truncated data, maxOutputLength, dictionaries: Node's errors.
const zlib = require('zlib');

function show(label, f) {
  try {
    const r = f();
    console.log(label, 'ok', Buffer.isBuffer(r) ? r.toString('hex') : r);
  } catch (e) {
    console.log(label, e.name, e.code, e.errno, e.message);
  }
}

const g = zlib.gzipSync('hello world, hello zlib');
const d = zlib.deflateSync('hello world, hello zlib');
const b = zlib.brotliCompressSync('hello world, hello brotli, hello again');

show('truncated gzip', () => zlib.gunzipSync(g.subarray(0, 12)));
show('truncated deflate', () => zlib.inflateSync(d.subarray(0, d.length - 3)));
show('truncated brotli', () => zlib.brotliDecompressSync(b.subarray(0, 6)));
show('empty inflate', () => zlib.inflateSync(Buffer.alloc(0)));
show('empty gunzip', () => zlib.gunzipSync(''));
show('empty brotli', () => zlib.brotliDecompressSync(Buffer.alloc(0)));
show('not gzip', () => zlib.gunzipSync(Buffer.from('plain text, no header')));
show('not zlib', () => zlib.inflateSync(Buffer.from('plain text, no header')));
show('bad block', () => zlib.inflateRawSync(Buffer.from([0xff, 0xff, 0xff])));
const badCrc = Buffer.from(g);
badCrc[badCrc.length - 6] ^= 0xff;
show('bad crc', () => zlib.gunzipSync(badCrc));
const badAdler = Buffer.from(d);
badAdler[badAdler.length - 1] ^= 0xff;
show('bad adler', () => zlib.inflateSync(badAdler));
show('trailing garbage', () => zlib.gunzipSync(Buffer.concat([g, Buffer.from('xyz')])));
show('trailing zeros', () => zlib.gunzipSync(Buffer.concat([g, Buffer.alloc(8)])).toString());
show('trailing after zlib', () => zlib.inflateSync(Buffer.concat([d, Buffer.from('junk')])).toString());
show('unzip of raw', () => zlib.unzipSync(zlib.deflateRawSync('x')));

// dictionaries
const dict = Buffer.from('hello world, hello ');
const withDict = zlib.deflateSync('hello world, hello zlib', { dictionary: dict });
show('dict round trip', () => zlib.inflateSync(withDict, { dictionary: dict }).toString());
show('missing dict', () => zlib.inflateSync(withDict));
show('wrong dict', () => zlib.inflateSync(withDict, { dictionary: Buffer.from('nope') }));
const rawDict = zlib.deflateRawSync('hello world, hello zlib', { dictionary: dict });
show('raw dict', () => zlib.inflateRawSync(rawDict, { dictionary: dict }).toString());
show('dict type', () => zlib.deflateSync('x', { dictionary: 'str' }));

// maxOutputLength
show('max small', () => zlib.gunzipSync(g, { maxOutputLength: 5 }));
show('max exact', () => zlib.gunzipSync(g, { maxOutputLength: 23 }).toString());
show('max brotli', () => zlib.brotliDecompressSync(b, { maxOutputLength: 10 }));
show('max zero', () => zlib.gzipSync('x', { maxOutputLength: 0 }));

// option validation
for (const [name, opts] of [
  ['level 10', { level: 10 }], ['level -2', { level: -2 }], ['level str', { level: '1' }],
  ['level NaN', { level: NaN }], ['level Infinity', { level: Infinity }],
  ['windowBits 7', { windowBits: 7 }], ['windowBits 16', { windowBits: 16 }],
  ['memLevel 0', { memLevel: 0 }], ['strategy 5', { strategy: 5 }],
  ['chunkSize 10', { chunkSize: 10 }], ['chunkSize str', { chunkSize: 'big' }],
  ['flush 9', { flush: 9 }], ['finishFlush -1', { finishFlush: -1 }],
  ['maxOutputLength str', { maxOutputLength: '1' }],
]) {
  show(`gzip ${name}`, () => zlib.gzipSync('x', opts).length);
}
show('deflateRaw windowBits 8', () => zlib.deflateRawSync('x', { windowBits: 8 }));
show('deflate windowBits 8', () => zlib.inflateSync(zlib.deflateSync('x', { windowBits: 8 })).toString());
show('inflate windowBits 0', () => zlib.inflateSync(d, { windowBits: 0 }).toString());
show('gunzip windowBits 0', () => zlib.gunzipSync(g, { windowBits: 0 }).toString());
show('inflate small window', () => zlib.inflateSync(zlib.deflateSync('y'.repeat(3000)), { windowBits: 9 }));
show('brotli bad key', () => zlib.brotliCompressSync('x', { params: { 99: 1 } }));
show('brotli bad key str', () => zlib.brotliCompressSync('x', { params: { abc: 1 } }));
show('brotli bad value', () => zlib.brotliCompressSync('x', { params: { 1: 'high' } }));
show('brotli bool value', () => zlib.brotliCompressSync('x', { params: { 4: true } }).length > 0);
show('brotli flush 4', () => zlib.brotliCompressSync('x', { flush: 4 }));
show('brotli decoder param', () => zlib.brotliDecompressSync(b, { params: { 2: 1 } }));

// bad input types
for (const v of [123, null, undefined, {}, [1, 2]]) show(`input ${typeof v}`, () => zlib.deflateSync(v));
show('callback missing', () => zlib.gzip('x'));
show('callback not fn', () => zlib.gzip('x', {}, 'nope'));
show('crc32 bad data', () => zlib.crc32(5));
show('crc32 bad value', () => zlib.crc32('x', -1));
show('crc32 bad value type', () => zlib.crc32('x', 'y'));
show('params bad', () => zlib.createDeflate().params(12, 0));

// an error on a stream becomes an 'error' event, then 'close'
const s = zlib.createInflate();
s.on('error', (e) => console.log('stream error', e.name, e.code, e.errno, e.message));
s.on('close', () => console.log('stream close', s.destroyed));
s.end(Buffer.from('bad data'));

// the callback forms report errors to the callback
// (one after another: Node's thread pool does not order independent calls)
zlib.gunzip(Buffer.from('bad'), (err, res) => {
  console.log('gunzip cb', err.code, err.message, res);
  zlib.brotliDecompress(b.subarray(0, 5), (err) => {
    console.log('brotli cb', err.code, err.message);
    zlib.inflate(d, { maxOutputLength: 4 }, (err) => console.log('max cb', err.code, err.message));
  });
});
