// stream helpers: duplexPair, compose, legacy Stream#pipe, Transform flush / highWaterMark 0,
// PassThrough, iterator helpers (map/filter/flatMap/take/drop/reduce/toArray/some/every/find/forEach),
// Readable.from edge cases, stream.isReadable/isErrored/isDisturbed, addAbortSignal, promises.finished.
'use strict';
const stream = require('stream');
const { Readable, Writable, Duplex, Transform, PassThrough, compose, duplexPair, addAbortSignal } = stream;
const EventEmitter = require('events');
const log = (...a) => console.log(...a);
const fmt = (x) => x === undefined ? 'undef' : x === null ? 'null' : x instanceof Error ? `${x.name}|${x.code}|${x.message}` : Buffer.isBuffer(x) ? 'buf:' + x.toString() : JSON.stringify(x);

const scenarios = [];
function scenario(name, fn) { scenarios.push([name, fn]); }
function settle(cb) { let n = 0; (function spin() { if (++n >= 40) cb(); else setImmediate(spin); })(); }

scenario('duplexPair', (done) => {
  const [a, b] = duplexPair({ highWaterMark: 4 });
  log(a.constructor.name, typeof b._read, a instanceof Duplex);
  b.on('data', (c) => log('b data', fmt(c)));
  b.on('end', () => log('b end'));
  a.on('finish', () => log('a finish'));
  log('w1', a.write('hello'), 'w2', a.write(''), 'w3', a.write('world'));
  a.end(() => { log('a end cb'); });
  b.write('back');
  a.on('data', (c) => log('a data', fmt(c)));
  b.end();
  a.on('close', () => log('a close'));
  b.on('close', () => { log('b close'); done(); });
});

scenario('compose', async (done) => {
  const upper = new Transform({ transform(c, e, cb) { cb(null, c.toString().toUpperCase()); } });
  const c1 = compose(async function* (src) { for await (const x of src) yield x.toString() + '!'; }, upper);
  log('composed is duplex', c1 instanceof Duplex, c1.readable, c1.writable);
  const out = [];
  c1.on('data', (d) => out.push(d.toString()));
  c1.on('end', () => log('c1 out', out.join(',')));
  c1.write('a'); c1.write('b'); c1.end();
  await new Promise((r) => c1.on('close', r));
  // readable head + transforms
  const c2 = compose(Readable.from(['x', 'y']), async function* (src) { for await (const x of src) yield x + x; });
  log('c2 flags', c2.readable, c2.writable);
  log('c2', (await c2.toArray()).join('|'));
  // writable tail
  const got = [];
  const c3 = compose(new PassThrough(), new Writable({ write(ch, e, cb) { got.push(ch.toString()); cb(); } }));
  log('c3 flags', c3.readable, c3.writable);
  c3.end('tail', () => log('c3 got', got.join()));
  await new Promise((r) => c3.on('finish', r));
  // errors
  for (const args of [[], [1], [new PassThrough(), 5], [new Writable({ write(c, e, cb) { cb(); } }), new PassThrough()]]) {
    try { compose(...args); log('compose ok', args.length); } catch (e) { log('compose err', e.name, e.code, e.message.split('\n')[0].slice(0, 60)); }
  }
  // error inside a composed transform destroys the whole
  const c4 = compose(new PassThrough(), new Transform({ transform(c, e, cb) { cb(new Error('boom')); } }));
  c4.on('error', (e) => log('c4 error', fmt(e)));
  c4.on('close', () => { log('c4 close', c4.destroyed); done(); });
  c4.write('z');
});

scenario('legacy pipe', (done) => {
  const src = new stream.Stream();
  const dst = new EventEmitter();
  dst.writable = true;
  let n = 0;
  dst.write = (c) => { log('dst write', c); return ++n < 2; };
  dst.end = () => log('dst end');
  src.pause = () => log('src pause');
  src.resume = () => log('src resume');
  src.readable = true;
  dst.on('pipe', (s) => log('pipe event', s === src));
  log('pipe returns dest', src.pipe(dst) === dst);
  log('listeners', src.listenerCount('data'), src.listenerCount('end'), src.listenerCount('error'), dst.listenerCount('drain'));
  src.emit('data', 'one'); src.emit('data', 'two');
  dst.emit('drain');
  src.emit('end'); src.emit('close');
  log('after end listeners', src.listenerCount('data'), src.listenerCount('end'), dst.listenerCount('drain'), dst.listenerCount('error'));
  // error with no other listener is rethrown
  const s2 = new stream.Stream();
  const d2 = new EventEmitter(); d2.write = () => true; d2.end = () => {};
  s2.pipe(d2, { end: false });
  log('end:false listeners', s2.listenerCount('end'), s2.listenerCount('close'));
  try { s2.emit('error', new Error('unhandled')); } catch (e) { log('rethrown', e.message); }
  const s3 = new stream.Stream();
  s3.on('foo', () => {});
  log('eventNames', s3.eventNames());
  log('new Readable eventNames', new Readable().eventNames());
  done();
});

scenario('transform', async (done) => {
  const t = new Transform({
    transform(c, e, cb) { cb(null, '[' + c + ']'); },
    flush(cb) { cb(null, 'END'); },
  });
  t.setEncoding('utf8');
  const parts = [];
  t.on('data', (d) => parts.push(d));
  t.on('end', () => log('t parts', parts.join('')));
  t.write('a'); t.end('b');
  await new Promise((r) => t.on('close', r));
  const t0 = new Transform({ readableHighWaterMark: 0, transform(c, e, cb) { cb(null, c); } });
  log('hwm0', t0.readableHighWaterMark, t0.writableHighWaterMark);
  const t1 = new Transform({ highWaterMark: 0, writableHighWaterMark: 5, transform(c, e, cb) { cb(null, c); } });
  log('hwm0b', t1.readableHighWaterMark, t1.writableHighWaterMark);
  const bad = new Transform();
  bad.on('error', (e) => log('no _transform', fmt(e)));
  try { bad.write('x'); } catch (e) { log('no _transform throws', fmt(e)); }
  const fe = new Transform({ transform(c, e, cb) { cb(); }, flush(cb) { cb(new Error('flush failed')); } });
  fe.on('error', (e) => log('flush err', fmt(e)));
  fe.resume();
  fe.end('q');
  class Sub extends Transform {
    _transform(c, e, cb) { cb(null, c); }
    _final(cb) { log('sub _final'); cb(); }
    _flush(cb) { log('sub _flush'); cb(null, 'F'); }
  }
  const s = new Sub();
  s.on('data', (d) => log('sub data', d.toString()));
  s.on('end', () => log('sub end'));
  s.end('in');
  const p = PassThrough();
  log('PassThrough without new', p instanceof PassThrough, p instanceof Transform);
  p.end('pt');
  log('pt read', p.read().toString());
  // back-pressure: writes wait until the readable side is read from
  const bp = new Transform({ highWaterMark: 1, objectMode: true, transform(c, e, cb) { cb(null, c); } });
  log('bp', bp.write(1), bp.write(2), bp.write(3), bp.readableLength, bp.writableLength);
  log('bp read', bp.read(), bp.read(), bp.readableLength);
  setImmediate(() => { log('bp later', bp.readableLength, bp.writableLength); done(); });
});

scenario('operators', async (done) => {
  const nums = () => Readable.from([1, 2, 3, 4, 5, 6]);
  log('map', await nums().map((x) => x * 2).toArray());
  log('map conc', await nums().map(async (x) => x * 3, { concurrency: 3 }).toArray());
  log('filter', await nums().filter((x) => x % 2).toArray());
  log('flatMap', await nums().flatMap((x) => [x, -x]).take(5).toArray());
  log('take/drop', await nums().drop(2).take(2).toArray());
  log('reduce', await nums().reduce((a, b) => a + b), await nums().reduce((a, b) => a + b, 100));
  log('some/every/find', await nums().some((x) => x > 5), await nums().every((x) => x > 0), await nums().find((x) => x > 3));
  let s = 0; await nums().forEach((x) => { s += x; }); log('forEach', s);
  try { await Readable.from([]).reduce((a, b) => a + b); } catch (e) { log('reduce empty', fmt(e)); }
  for (const f of [() => nums().map(1), () => nums().take(-1), () => nums().drop('x'), () => nums().map((x) => x, { concurrency: 0 }), () => nums().map((x) => x, 5)]) {
    try { f(); log('no throw'); } catch (e) { log('op err', fmt(e)); }
  }
  const ac = new AbortController();
  const p = nums().map(async (x) => { await new Promise((r) => setImmediate(r)); return x; }, { signal: ac.signal }).toArray();
  ac.abort();
  try { await p; } catch (e) { log('aborted', e.name, e.code); }
  try { await nums().toArray({ signal: 'nope' }); } catch (e) { log('bad signal', fmt(e)); }
  done();
});

scenario('from & predicates', async (done) => {
  log('from string', await Readable.from('abc').toArray());
  log('from buffer', (await Readable.from(Buffer.from('xy')).toArray()).map(fmt));
  log('from promise iter', await Readable.from([Promise.resolve(1), 2]).toArray());
  try { Readable.from(5); } catch (e) { log('from bad', fmt(e)); }
  const r = Readable.from((function* () { yield 1; yield null; yield 3; })());
  r.on('error', (e) => log('null chunk', fmt(e)));
  r.resume();
  const it = (async function* () { try { yield 'a'; yield 'b'; } finally { log('gen finally'); } })();
  const r2 = Readable.from(it);
  r2.once('data', (d) => { log('r2 data', d); r2.destroy(); });
  r2.on('close', () => log('r2 close'));
  await new Promise((res) => setImmediate(res));
  await new Promise((res) => setImmediate(res));
  const fresh = new PassThrough();
  log('isReadable', stream.isReadable(fresh), stream.isErrored(fresh), stream.isDisturbed(fresh));
  fresh.resume();
  log('disturbed after resume', stream.isDisturbed(fresh));
  fresh.destroy(new Error('x'));
  fresh.on('error', () => {});
  log('after destroy', stream.isReadable(fresh), stream.isErrored(fresh));
  log('isReadable(non-stream)', stream.isReadable({}), stream.isWritable?.(new PassThrough()));
  const ac = new AbortController();
  const pt = addAbortSignal(ac.signal, new PassThrough());
  pt.on('error', (e) => log('abort error', e.name, e.code, e.cause && e.cause.name));
  ac.abort();
  try { addAbortSignal({}, new PassThrough()); } catch (e) { log('addAbortSignal bad', fmt(e)); }
  try { addAbortSignal(ac.signal, {}); } catch (e) { log('addAbortSignal bad stream', fmt(e)); }
  const pre = addAbortSignal(AbortSignal.abort(), new PassThrough());
  pre.on('error', (e) => log('pre-aborted', e.code));
  await require('stream/promises').finished(Readable.from(['q']).resume());
  log('promises.finished ok');
  log('hwm defaults', stream.getDefaultHighWaterMark(false), stream.getDefaultHighWaterMark(true));
  stream.setDefaultHighWaterMark(true, 3);
  log('object hwm now', new Readable({ objectMode: true }).readableHighWaterMark);
  stream.setDefaultHighWaterMark(true, 16);
  try { stream.setDefaultHighWaterMark(false, -1); } catch (e) { log('hwm bad', fmt(e)); }
  try { new Readable({ highWaterMark: 1.5 }); } catch (e) { log('hwm float', fmt(e)); }
  try { new Duplex({ readableHighWaterMark: -2 }); } catch (e) { log('hwm duplex', fmt(e)); }
  done();
});

(function next(i) {
  if (i >= scenarios.length) return;
  const [name, fn] = scenarios[i];
  log(`--- ${name}`);
  fn(() => settle(() => next(i + 1)));
})(0);
