'use strict';
// Streams: pipeline through gzip and gunzip, data chunking, flush(), params(), reset(), close().
const zlib = require('zlib');
const { Readable, Writable, PassThrough, pipeline } = require('stream');
const streamPromises = require('stream/promises');

function collect(stream) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    stream.on('data', (c) => chunks.push(c));
    stream.on('end', () => resolve(chunks));
    stream.on('error', reject);
  });
}

const lines = [];
for (let i = 0; i < 2000; i++) lines.push(`line ${i}: ${'x'.repeat(i % 50)}\n`);
const all = lines.join('');

async function main() {
  // pipeline of a readable through gzip and gunzip
  const out = [];
  await streamPromises.pipeline(
    Readable.from(lines),
    zlib.createGzip(),
    zlib.createGunzip(),
    new Writable({ write(c, e, cb) { out.push(c); cb(); } }),
  );
  console.log('pipeline', Buffer.concat(out).toString() === all);

  // every kind through a stream, small chunk size: the chunks come in chunkSize pieces
  for (const [C, D] of [['Deflate', 'Inflate'], ['Gzip', 'Gunzip'], ['DeflateRaw', 'InflateRaw'],
    ['Gzip', 'Unzip'], ['BrotliCompress', 'BrotliDecompress']]) {
    const c = zlib[`create${C}`]({ chunkSize: 1024 });
    const p = collect(c);
    for (let i = 0; i < lines.length; i += 100) c.write(lines.slice(i, i + 100).join(''));
    c.end();
    const compressed = Buffer.concat(await p);
    const d = new zlib[D]({ chunkSize: 4096 });
    const q = collect(d);
    d.end(compressed);
    const chunks = await q;
    const sizes = chunks.map((x) => x.length);
    console.log(C, D, Buffer.concat(chunks).toString() === all, sizes.length, sizes.slice(0, 3), sizes.every((n) => n <= 4096),
      c.bytesWritten, d.bytesWritten === compressed.length);
  }

  // flush(): output for everything written so far, without ending the stream
  const def = zlib.createDeflate();
  const inf = zlib.createInflate();
  def.pipe(inf);
  const seen = [];
  inf.on('data', (c) => seen.push(c.toString()));
  const nextData = () => new Promise((r) => inf.once('data', () => r()));
  def.write('first part ');
  let arrived = nextData();
  await new Promise((r) => def.flush(r));
  await arrived;
  console.log('after flush', JSON.stringify(seen.join('')));
  arrived = nextData();
  def.write('second part');
  await new Promise((r) => def.flush(zlib.constants.Z_SYNC_FLUSH, r));
  await arrived;
  console.log('after sync flush', JSON.stringify(seen.join('')));
  def.end();
  await new Promise((r) => inf.on('end', r));
  console.log('ended', JSON.stringify(seen.join('')));

  // Z_SYNC_FLUSH output ends with the empty stored block
  const f = zlib.createDeflateRaw();
  const fp = collect(f);
  f.write('abc');
  f.flush(zlib.constants.Z_SYNC_FLUSH, () => {
    f.end();
  });
  console.log('sync flush bytes', Buffer.concat(await fp).toString('hex'));

  // params() between writes
  const pz = zlib.createDeflate({ level: 1 });
  const pp = collect(pz);
  pz.write('a'.repeat(1000));
  await new Promise((r) => pz.params(9, zlib.constants.Z_DEFAULT_STRATEGY, r));
  console.log('params', pz._level, pz._strategy);
  pz.end('b'.repeat(1000));
  console.log('params round trip', zlib.inflateSync(Buffer.concat(await pp)).toString() === 'a'.repeat(1000) + 'b'.repeat(1000));

  // reset() starts over
  const r = zlib.createGzip();
  r.reset();
  const rp = collect(r);
  r.end('after reset');
  console.log('reset', zlib.gunzipSync(Buffer.concat(await rp)).toString());

  // close(): the stream is destroyed and 'close' fires
  const cl = zlib.createGunzip();
  await new Promise((res) => cl.close(() => res()));
  console.log('closed', cl.destroyed, cl._closed);

  // the callback pipeline, with a corrupt source
  pipeline(Readable.from([Buffer.from('definitely not gzip')]), zlib.createGunzip(), new PassThrough(), (err) => {
    console.log('pipeline error', err.message, err.code, err.errno);
  });
  await new Promise((r) => setTimeout(r, 10));

  // async iteration over a decompressing stream
  const it = zlib.createBrotliDecompress();
  it.end(zlib.brotliCompressSync(all));
  let n = 0;
  for await (const chunk of it) n += chunk.length;
  console.log('iterated', n === all.length);
}
main().then(() => console.log('done'));
