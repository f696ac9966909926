// stream.Readable: paused/flowing modes, read(n), setEncoding, unshift, errors, from(), async iteration, operators, construct, wrap.
'use strict';
const stream = require('stream');
const { Readable, Writable, PassThrough, Duplex } = stream;
const log = (...a) => console.log(...a);
function fmt(x) { return x === undefined ? 'undefined' : x === null ? 'null' : x instanceof Error ? `${x.name}|${x.code}|${x.message}` : Buffer.isBuffer(x) ? 'buf:' + x.toString() : JSON.stringify(x); }
function ev(name, s, events = ['data', 'end', 'close', 'error', 'pause', 'resume', 'readable']) {
  for (const e of events) s.on(e, (x) => log(name, e, x === undefined ? '' : (Buffer.isBuffer(x) ? 'buf:' + x.toString() : (x instanceof Error ? x.code + ' ' + x.message : JSON.stringify(x)))));
}

const scenarios = [];
function scenario(fn) { scenarios.push(fn); }
// Each scenario runs alone; the next one starts after 40 setImmediate turns
// (scenarios only use ticks, microtasks and immediates, never timers).
function settle(cb) { let n = 0; (function spin() { if (++n >= 40) cb(); else setImmediate(spin); })(); }
// 1 paused mode with readable
scenario(() => {
  let i = 0;
  const r = new Readable({ highWaterMark: 4, read(n) { log('r1 _read', n, i); if (i < 3) this.push('ab' + i++); else this.push(null); } });
  r.on('readable', () => { let c; log('r1 readable len', r.readableLength); while ((c = r.read(3)) !== null) log('r1 got', c.toString()); });
  r.on('end', () => log('r1 end'));
  r.on('close', () => log('r1 close'));
});
// 2 async pushes
scenario(() => {
  let i = 0;
  const r = new Readable({ read() { setImmediate(() => { this.push(i < 2 ? 'x' + i++ : null); }); } });
  ev('r2', r, ['data', 'end', 'close']);
});
// 3 setEncoding multibyte
scenario(() => {
  const r = new Readable({ read() {} });
  r.setEncoding('utf8');
  const b = Buffer.from('h€llo');
  r.push(b.subarray(0, 2)); r.push(b.subarray(2, 4)); r.push(b.subarray(4)); r.push(null);
  ev('r3', r, ['data', 'end']);
  log('r3 enc', r.readableEncoding);
});
// 4 objectMode + unshift + read(0)
scenario(() => {
  const r = new Readable({ objectMode: true, read() {} });
  log('r4 push', r.push({ a: 1 }), r.push(2), r.push('s'));
  log('r4 len', r.readableLength, r.readableFlowing, r.isPaused());
  log('r4 read', r.read());
  r.unshift('u');
  log('r4 read', r.read(), r.read(0), r.readableLength);
  r.push(null);
  r.on('end', () => log('r4 end'));
  r.resume();
  log('r4 flowing', r.readableFlowing);
});
// 5 pause/resume and flowing
scenario(() => {
  const r = new Readable({ read() {} });
  ev('r5', r, ['data', 'pause', 'resume', 'end']);
  r.push('1');
  r.pause();
  r.push('2');
  process.nextTick(() => { log('r5 resume'); r.resume(); r.push('3'); r.push(null); });
});
// 6 push after EOF, invalid chunk
scenario(() => {
  const r = new Readable({ read() {} });
  ev('r6', r, ['error', 'close', 'end']);
  r.push(null);
  r.push('late');
});
scenario(() => {
  const r = new Readable({ read() {} });
  ev('r7', r, ['error', 'close']);
  r.push(42);
});
// 8 destroy with error
scenario(() => {
  const r = new Readable({ read() {} });
  ev('r8', r, ['error', 'close', 'end', 'data']);
  r.push('x');
  r.destroy(new Error('boom'));
  log('r8 destroyed', r.destroyed, r.errored && r.errored.message, r.readableAborted);
  r.destroy(new Error('again'));
});
// 9 read past hwm, highWaterMark growth
scenario(() => {
  const r = new Readable({ highWaterMark: 2, read() {} });
  r.push('abcdef');
  log('r9', r.read(5).toString(), r.readableHighWaterMark, r.read(10), r.readableLength);
  r.push(null);
  log('r9', r.read(10).toString());
  r.on('end', () => log('r9 end'));
  log('r9', r.read());
});
// 10 _read throws
scenario(() => {
  const r = new Readable({ read() { throw new Error('read throws'); } });
  ev('r10', r, ['error', 'close']);
  r.resume();
});
// 11 Readable.from string, buffer, array w/ promise, async gen
scenario(() => {
  Readable.from('str').on('data', (d) => log('r11 str', d));
  Readable.from(Buffer.from('bf')).on('data', (d) => log('r11 buf', d));
  Readable.from([1, Promise.resolve(2), 3]).on('data', (d) => log('r11 arr', d)).on('end', () => log('r11 arr end'));
  Readable.from((async function* () { yield 'g1'; yield 'g2'; })()).on('data', (d) => log('r11 gen', d)).on('end', () => log('r11 gen end'));
  try { Readable.from(5); } catch (e) { log('r11 err', e.code, e.message); }
  Readable.from([1, null, 3]).on('error', (e) => log('r11 null', e.code, e.message)).on('data', (d) => log('r11 nd', d));
});
// 12 readable once cycles
scenario(() => {
  const r = new Readable({ read() {} });
  r.push('a');
  r.once('readable', () => { log('r12 once readable', r.read().toString()); r.push('b'); r.once('readable', () => { log('r12 again', String(r.read())); r.push(null); r.once('readable', () => log('r12 at end', r.read())); }); });
  r.on('end', () => log('r12 end'));
});
// 13 state props
scenario(() => {
  const r = new Readable({ read() {} , highWaterMark: 10, encoding: 'hex'});
  log('r13', r.readable, r.readableHighWaterMark, r.readableObjectMode, r.readableEncoding, r.readableEnded, r.destroyed, r.closed, r.errored, r.readableDidRead, r.readableFlowing);
  r.push(Buffer.from([1, 255]));
  log('r13 read', r.read());
  log('r13 didread', r.readableDidRead);
});
// 14 data + readable listeners
scenario(() => {
  const r = new Readable({ read() {} });
  r.on('readable', () => log('r14 readable'));
  r.on('data', (d) => log('r14 data', d.toString()));
  r.push('q');
  r.push(null);
  r.on('end', () => log('r14 end'));
  log('r14 flowing', r.readableFlowing);
});
scenario(() => {
  (async () => {
    const r = Readable.from(['a', 'b', 'c']);
    for await (const c of r) log('i1', c);
    log('i1 done', r.destroyed);
  })();
  Promise.resolve().then(() => log('i1 micro1')).then(() => log('i1 micro2')).then(() => log('i1 micro3'));
  process.nextTick(() => log('i1 tick'));
});
scenario(() => {
  (async () => {
    const r = new Readable({ read() {} });
    r.push('x');
    setImmediate(() => r.destroy(new Error('iter fail')));
    try { for await (const c of r) log('i2', fmt(c)); } catch (e) { log('i2 caught', fmt(e)); }
  })();
});
scenario(() => {
  (async () => {
    const r = Readable.from([1, 2, 3, 4]);
    for await (const c of r) { log('i3', c); if (c === 2) break; }
    log('i3 after break', r.destroyed);
    const r2 = Readable.from([1, 2, 3]);
    for await (const c of r2.iterator({ destroyOnReturn: false })) { log('i3b', c); break; }
    log('i3b', r2.destroyed, r2.read());
  })();
});
scenario(() => {
  (async () => {
    log('i4 map', await Readable.from([1, 2, 3]).map((x) => x * 2).toArray());
    log('i4 filter', await Readable.from([1, 2, 3, 4]).filter(async (x) => x % 2 === 0).toArray());
    log('i4 reduce', await Readable.from([1, 2, 3]).reduce((a, b) => a + b, 0));
    log('i4 some', await Readable.from([1, 2, 3]).some((x) => x > 2), await Readable.from([1]).every((x) => x > 2));
    log('i4 find', await Readable.from([1, 2, 3]).find((x) => x > 1));
    log('i4 take/drop', await Readable.from([1, 2, 3, 4, 5]).drop(1).take(2).toArray());
    log('i4 flatMap', await Readable.from([1, 2]).flatMap((x) => [x, x]).toArray());
    await Readable.from(['f']).forEach((x) => log('i4 forEach', x));
    try { await Readable.from([]).reduce((a, b) => a + b); } catch (e) { log('i4 reduce err', fmt(e)); }
    try { new (Readable.prototype.map)(); } catch (e) { log('i4 ctor', fmt(e)); }
    log('i4 concurrency', await Readable.from([3, 1, 2]).map(async (x) => { await new Promise((r) => setImmediate(r)); return x; }, { concurrency: 2 }).toArray());
  })();
});
scenario(() => {
  const r = new Readable({
    construct(cb) { log('i5 construct'); setImmediate(() => { log('i5 constructed'); cb(); }); },
    read() { log('i5 read'); this.push('c'); this.push(null); },
    destroy(err, cb) { log('i5 destroy', fmt(err)); cb(err); },
  });
  r.on('data', (d) => log('i5 data', fmt(d)));
  r.on('end', () => log('i5 end'));
  r.on('close', () => log('i5 close'));
});
scenario(() => {
  const r = new Readable({ construct(cb) { cb(new Error('ctor fail')); }, read() {} });
  r.on('error', (e) => log('i6 error', fmt(e)));
  r.on('close', () => log('i6 close'));
  const r2 = new Readable({ construct(cb) { setImmediate(cb); }, read() {} });
  r2.on('close', () => log('i6b close'));
  r2.destroy();
  log('i6b destroyed sync', r2.destroyed);
});
scenario(() => {
  log('i7', stream.isReadable(Readable.from([])), stream.isErrored(new Readable()), stream.isDisturbed(Readable.from([])));
  const r = Readable.from(['a']);
  r.read();
  log('i7 disturbed', stream.isDisturbed(r));
  log('i7 hwm', stream.getDefaultHighWaterMark(false), stream.getDefaultHighWaterMark(true));
  stream.setDefaultHighWaterMark(false, 1024);
  log('i7 hwm2', new Readable().readableHighWaterMark, new Writable().writableHighWaterMark);
  stream.setDefaultHighWaterMark(false, 65536);
  try { stream.setDefaultHighWaterMark(false, -1); } catch (e) { log('i7', fmt(e)); }
  try { new Readable({ highWaterMark: -1 }); } catch (e) { log('i7', fmt(e)); }
  try { new Duplex({ readableHighWaterMark: 'x' }); } catch (e) { log('i7', fmt(e)); }
  log('i7 keys', Object.keys(stream).sort().join(','));
  log('i7 types', typeof stream, stream.Stream === stream, stream.promises === require('stream/promises'), typeof stream.Readable.fromWeb);
  log(require('util').promisify(stream.pipeline) === stream.promises.pipeline, require('util').promisify(stream.finished) === stream.promises.finished);
  const legacy = new stream();
  log('i7 legacy', legacy instanceof require('events'), typeof legacy.pipe);
});
scenario(() => {
  // legacy wrap
  const EE = require('events');
  const old = new EE();
  old.pause = () => log('i8 old pause');
  old.resume = () => log('i8 old resume');
  const r = new Readable({ highWaterMark: 2 }).wrap(old);
  r.on('data', (d) => log('i8 data', fmt(d)));
  r.on('end', () => log('i8 end'));
  old.emit('data', Buffer.from('abc'));
  old.emit('data', Buffer.from('def'));
  old.emit('end');
});
scenario(() => {
  // async dispose + Readable.from objects + toArray of buffer stream
  (async () => {
    const r = new Readable({ read() {} });
    r.on('close', () => log('i9 close'));
    r.on('error', (e) => log('i9 error', fmt(e)));
    await r[Symbol.asyncDispose]();
    log('i9 disposed', r.destroyed);
    const chunks = await new PassThrough().end('xyz').toArray();
    log('i9 chunks', chunks.map(fmt));
  })();
});
(function run(i) {
  if (i >= scenarios.length) return;
  console.log('--- scenario', i);
  scenarios[i]();
  settle(() => run(i + 1));
})(0);
