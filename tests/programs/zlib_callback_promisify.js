'use strict';
// The callback forms, util.promisify, info: true, and the order they complete in.
const zlib = require('zlib');
const util = require('util');

const input = Buffer.from('callback and promise forms of zlib '.repeat(20));

zlib.deflate(input, (err, z) => {
  console.log('deflate cb', err, Buffer.isBuffer(z));
  zlib.inflate(z, (err, back) => console.log('inflate cb', err, back.equals(input)));
});
console.log('after deflate call (callback is async)');

zlib.gzip(input, { level: 9 }, (err, z) => {
  console.log('gzip cb', err, z[0], z[1]);
});

async function main() {
  const gzip = util.promisify(zlib.gzip);
  const gunzip = util.promisify(zlib.gunzip);
  const z = await gzip(input);
  console.log('promisified', (await gunzip(z)).equals(input));
  for (const [c, d] of [['deflateRaw', 'inflateRaw'], ['brotliCompress', 'brotliDecompress'], ['deflate', 'unzip']]) {
    const cz = await util.promisify(zlib[c])(input);
    const back = await util.promisify(zlib[d])(cz);
    console.log('promisified', c, d, back.equals(input));
  }
  try {
    await gunzip(Buffer.from('not gzip'));
  } catch (e) {
    console.log('rejected', e.code, e.errno, e.message);
  }
  const info = await util.promisify(zlib.inflate)(zlib.deflateSync('hi'), { info: true });
  console.log('info', info.buffer.toString(), info.engine instanceof zlib.Inflate, Object.keys(info));
  const br = await util.promisify(zlib.brotliCompress)(input, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_LGWIN]: 22 },
  });
  console.log('brotli q11', zlib.brotliDecompressSync(br).equals(input));
  // (a size hint changes the encoder's choices; the bytes differ from Node's, the data does not)
  const hinted = await util.promisify(zlib.brotliCompress)(input, { params: { [zlib.constants.BROTLI_PARAM_SIZE_HINT]: input.length } });
  console.log('size hint', zlib.brotliDecompressSync(hinted).equals(input));
  // many at once all complete
  const results = await Promise.all(Array.from({ length: 20 }, (_, i) => gzip(`item ${i}`).then((b) => gunzip(b))));
  console.log('parallel', results.map(String).join(','));
  // strings, ArrayBuffers and typed arrays as input
  console.log((await gunzip(await gzip('a string'))).toString());
  console.log((await gunzip(await gzip(new Uint8Array([104, 105]).buffer))).toString());
  // constructors without new, and the create* factories
  console.log(zlib.Gzip() instanceof zlib.Gzip, zlib.createGzip() instanceof zlib.Gzip, zlib.createBrotliCompress().constructor.name);
  const deflater = new zlib.Deflate();
  console.log(deflater instanceof require('stream').Transform, typeof deflater.flush, typeof deflater.params, deflater._closed);
  deflater.close();
}
main();
