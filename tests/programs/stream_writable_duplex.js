// stream.Writable / Duplex / Transform / PassThrough: write/end/cork/writev, drain, finish/close order, errors, destroy, construct, Duplex.from.
'use strict';
const { Writable, Readable, Duplex, Transform, PassThrough } = require('stream');
const log = (...a) => console.log(...a);
function fmt(x) { return x === undefined ? '' : x === null ? 'null' : x instanceof Error ? `${x.name}|${x.code}|${x.message}` : Buffer.isBuffer(x) ? 'buf:' + x.toString() : JSON.stringify(x); }
function ev(name, s, events = ['drain', 'finish', 'prefinish', 'close', 'error', 'pipe', 'unpipe']) {
  for (const e of events) s.on(e, (x) => log(name, e, fmt(x)));
}

const scenarios = [];
function scenario(fn) { scenarios.push(fn); }
// Each scenario runs alone; the next one starts after 40 setImmediate turns
// (scenarios only use ticks, microtasks and immediates, never timers).
function settle(cb) { let n = 0; (function spin() { if (++n >= 40) cb(); else setImmediate(spin); })(); }
// 1 sync writes, callbacks, drain
scenario(() => {
  const w = new Writable({ highWaterMark: 3, write(c, e, cb) { log('w1 _write', fmt(c), e); cb(); } });
  ev('w1', w);
  log('w1 ret', w.write('ab', () => log('w1 cb1')), w.write('cd', () => log('w1 cb2')), w.writableLength, w.writableNeedDrain);
  w.end(() => log('w1 end cb'));
  log('w1 state', w.writable, w.writableEnded, w.writableFinished);
});
// 2 async writes + buffered + writev + cork
scenario(() => {
  const w = new Writable({
    write(c, e, cb) { log('w2 _write', fmt(c)); setImmediate(cb); },
    writev(chunks, cb) { log('w2 _writev', chunks.map((x) => fmt(x.chunk) + '/' + x.encoding).join(','), chunks.allBuffers); process.nextTick(cb); },
  });
  ev('w2', w);
  w.write('a', () => log('w2 cb a'));
  w.write('b', () => log('w2 cb b'));
  w.write('c', () => log('w2 cb c'));
  w.cork();
  log('w2 corked', w.writableCorked, w.writableBuffer.length);
  w.end('d', () => log('w2 end cb'));
});
// 3 write after end
scenario(() => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  ev('w3', w);
  w.end();
  log('w3 ret', w.write('x', (err) => log('w3 cb', fmt(err))));
  w.end(() => log('w3 second end'));
});
// 4 write errors via callback (sync and async)
scenario(() => {
  const w = new Writable({ write(c, e, cb) { cb(new Error('sync fail')); } });
  ev('w4', w);
  log('w4 ret', w.write('x', (err) => log('w4 cb', fmt(err))));
  w.write('y', (err) => log('w4 cb2', fmt(err)));
  log('w4 errored', fmt(w.errored), w.writable, w.destroyed);
});
scenario(() => {
  const w = new Writable({ write(c, e, cb) { setImmediate(() => cb(new Error('async fail'))); } });
  ev('w5', w);
  w.write('x', (err) => log('w5 cb', fmt(err)));
  w.write('y', (err) => log('w5 cb2', fmt(err)));
  w.end((err) => log('w5 end cb', fmt(err)));
});
// 6 _final error / final async
scenario(() => {
  const w = new Writable({ write(c, e, cb) { cb(); }, final(cb) { log('w6 final'); setImmediate(() => cb(new Error('final fail'))); } });
  ev('w6', w);
  w.end('z', (err) => log('w6 end cb', fmt(err)));
});
scenario(() => {
  const w = new Writable({ write(c, e, cb) { cb(); }, final(cb) { log('w7 final'); cb(); } });
  ev('w7', w);
  w.write('q');
  w.end();
});
// 8 multiple callback
scenario(() => {
  const w = new Writable({ write(c, e, cb) { cb(); cb(); } });
  ev('w8', w);
  w.write('x');
});
// 9 decodeStrings false, objectMode, encoding
scenario(() => {
  const w = new Writable({ decodeStrings: false, write(c, e, cb) { log('w9 _write', typeof c, fmt(c), e); cb(); } });
  w.write('héllo', 'latin1');
  w.write(Buffer.from('b'));
  w.write(new Uint8Array([65, 66]));
  w.setDefaultEncoding('hex');
  w.write('4142');
  try { w.write('x', 'nope'); } catch (e) { log('w9 err', fmt(e)); }
  try { w.write(null); } catch (e) { log('w9 err', fmt(e)); }
  try { w.write(42); } catch (e) { log('w9 err', fmt(e)); }
  try { w.setDefaultEncoding('bogus'); } catch (e) { log('w9 err', fmt(e)); }
  const o = new Writable({ objectMode: true, highWaterMark: 2, write(c, e, cb) { log('w9o _write', fmt(c), e); cb(); } });
  log('w9o', o.write({ k: 1 }), o.write(5), o.write('s'), o.writableObjectMode, o.writableHighWaterMark);
  o.on('finish', () => log('w9o finish'));
  o.end();
});
// 10 destroy with pending writes
scenario(() => {
  const w = new Writable({ write(c, e, cb) { setImmediate(cb); } });
  ev('w10', w);
  w.write('a', (err) => log('w10 cb a', fmt(err)));
  w.write('b', (err) => log('w10 cb b', fmt(err)));
  w.end((err) => log('w10 end cb', fmt(err)));
  w.destroy();
  log('w10', w.destroyed, w.writableAborted);
  w.write('c', (err) => log('w10 cb c', fmt(err)));
});
// 11 destroy with error and custom _destroy
scenario(() => {
  const w = new Writable({ write(c, e, cb) { cb(); }, destroy(err, cb) { log('w11 _destroy', fmt(err)); setImmediate(() => cb(err)); } });
  ev('w11', w);
  w.destroy(new Error('kaboom'), (err) => log('w11 destroy cb?'));
  log('w11 sync', w.destroyed, w.closed);
});
// 12 emitClose false, autoDestroy false
scenario(() => {
  const w = new Writable({ emitClose: false, autoDestroy: false, write(c, e, cb) { cb(); } });
  ev('w12', w);
  w.end('x');
  setImmediate(() => log('w12 later', w.destroyed, w.closed, w.writableFinished));
});
// 13 drain with hwm 0 and pipe into writable
scenario(() => {
  const w = new Writable({ highWaterMark: 0, write(c, e, cb) { log('w13 _write', fmt(c)); setImmediate(cb); } });
  ev('w13', w);
  const r = new Readable({ read() {} });
  r.pipe(w);
  r.push('1'); r.push('2'); r.push('3'); r.push(null);
});
// 14 construct
scenario(() => {
  const w = new Writable({ construct(cb) { log('w14 construct'); setImmediate(cb); }, write(c, e, cb) { log('w14 _write', fmt(c)); cb(); } });
  ev('w14', w);
  w.write('early');
  w.end('last');
});
// 15 pipe from Writable
scenario(() => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  ev('w15', w);
  w.pipe(new Writable());
});
// 16 _write missing
scenario(() => {
  const w = new Writable();
  ev('w16', w);
  try { w.write('a'); } catch (e) { log('w16 threw', fmt(e)); }
});
scenario(() => { log('instanceof', new (require('stream').Duplex)() instanceof Writable, {} instanceof Writable); });
scenario(() => {
  const t = new Transform({
    transform(c, e, cb) { log('t1 transform', fmt(c), e); this.push(c.toString().toUpperCase()); cb(); },
    flush(cb) { log('t1 flush'); this.push('!'); cb(); },
  });
  ev('t1', t, ['data', 'end', 'finish', 'prefinish', 'close', 'error']);
  t.write('a'); t.write('b');
  t.end('c');
  log('t1 sync done');
});
scenario(() => {
  const t = new Transform({ objectMode: true, transform(c, e, cb) { setImmediate(() => cb(null, { v: c })); }, flush(cb) { cb(null, 'flushed'); } });
  ev('t2', t, ['data', 'end', 'finish', 'close']);
  t.write(1); t.write(2); t.end();
});
scenario(() => {
  const t = new Transform({ transform(c, e, cb) { cb(new Error('tfail')); } });
  ev('t3', t, ['data', 'end', 'finish', 'close', 'error']);
  t.write('x', (err) => log('t3 write cb', fmt(err)));
});
scenario(() => {
  const t = new Transform({ transform(c, e, cb) { cb(null, c); }, flush(cb) { cb(new Error('flushfail')); } });
  ev('t4', t, ['data', 'end', 'finish', 'close', 'error']);
  t.end('x');
});
scenario(() => {
  const p = new PassThrough({ highWaterMark: 2 });
  log('t5 w', p.write('abc'), p.write('d'), p.writableLength, p.readableLength);
  ev('t5', p, ['drain', 'finish', 'end', 'close']);
  setImmediate(() => { log('t5 read', fmt(p.read())); setImmediate(() => { log('t5 read2', fmt(p.read())); p.end(); p.resume(); }); });
});
scenario(() => {
  let n = 0;
  const d = new Duplex({
    read() { if (n < 2) this.push('r' + n++); else this.push(null); },
    write(c, e, cb) { log('d1 write', fmt(c)); cb(); },
    final(cb) { log('d1 final'); cb(); },
  });
  ev('d1', d, ['data', 'end', 'finish', 'close']);
  d.write('w1');
  d.end();
});
scenario(() => {
  const d = new Duplex({ allowHalfOpen: false, read() {}, write(c, e, cb) { cb(); } });
  ev('d2', d, ['end', 'finish', 'close', 'data']);
  d.push('x'); d.push(null);
});
scenario(() => {
  const d = new Duplex({ readable: false, write(c, e, cb) { cb(); } });
  log('d3', d.readable, d.writable, d.readableEnded);
  ev('d3', d, ['end', 'finish', 'close']);
  d.end('q');
});
scenario(() => {
  const d = new Duplex({ writable: false, read() { this.push(null); } });
  log('d4', d.readable, d.writable, d.writableEnded, d.writableFinished);
  ev('d4', d, ['end', 'finish', 'close']);
  d.resume();
});
scenario(() => {
  const d = new Duplex({ readableObjectMode: true, read() {}, write(c, e, cb) { this.push({ got: c.toString() }); cb(); } });
  log('d5', d.readableObjectMode, d.writableObjectMode);
  d.on('data', (x) => log('d5 data', fmt(x)));
  d.write('hi');
  d.destroy();
  d.on('close', () => log('d5 close', d.destroyed));
});
scenario(() => {
  const d = Duplex.from({ readable: Readable.from(['x', 'y']), writable: new Writable({ write(c, e, cb) { log('d6 w', fmt(c)); cb(); } }) });
  d.on('data', (x) => log('d6 data', fmt(x)));
  d.on('end', () => log('d6 end'));
  d.write('in');
  d.end();
  d.on('finish', () => log('d6 finish'));
  d.on('close', () => log('d6 close'));
});
scenario(() => {
  const d = Duplex.from(async function* (src) { for await (const c of src) yield String(c).toUpperCase(); });
  d.on('data', (x) => log('d7 data', fmt(x)));
  d.on('end', () => log('d7 end'));
  d.write('aa'); d.write('bb'); d.end();
});
scenario(() => {
  const d = Duplex.from(Promise.resolve('promised'));
  d.on('data', (x) => log('d8 data', fmt(x)));
  d.on('end', () => log('d8 end'));
});
scenario(() => { log(Transform.prototype instanceof Duplex, new PassThrough() instanceof Writable, new PassThrough() instanceof Readable); });
(function run(i) {
  if (i >= scenarios.length) return;
  console.log('--- scenario', i);
  scenarios[i]();
  settle(() => run(i + 1));
})(0);
