// stream/web: ReadableStream (default, bytes/BYOB), readers, tee, pipeTo/pipeThrough, from, async iteration, WritableStream, TransformStream, queuing strategies, TextEncoderStream/TextDecoderStream, Node<->web adapters.
'use strict';
const { ReadableStream, WritableStream, TransformStream, CountQueuingStrategy, ByteLengthQueuingStrategy, TextEncoderStream, TextDecoderStream } = require('stream/web');
const { Readable, Writable, Duplex, pipeline, finished } = require('stream');
const log = (...a) => console.log(...a);
function fmt(x) { return x instanceof Error || (x && x.name === 'AbortError') ? `${x.name}|${x.code}|${x.message}` : JSON.stringify(x); }

const scenarios = [];
function scenario(fn) { scenarios.push(fn); }
// Each scenario runs alone; the next one starts after 40 setImmediate turns
// (scenarios only use ticks, microtasks and immediates, never timers).
function settle(cb) { let n = 0; (function spin() { if (++n >= 40) cb(); else setImmediate(spin); })(); }
scenario(() => {
  let n = 0;
  const rs = new ReadableStream({
    start(c) { log('rs1 start', c.desiredSize); },
    pull(c) { log('rs1 pull', n, c.desiredSize); if (n < 3) c.enqueue('c' + n++); else c.close(); },
    cancel(r) { log('rs1 cancel', r); },
  }, { highWaterMark: 2 });
  log('rs1 locked', rs.locked);
  const reader = rs.getReader();
  log('rs1 locked', rs.locked);
  (async () => {
    while (true) { const { value, done } = await reader.read(); log('rs1 read', value, done); if (done) break; }
    await reader.closed; log('rs1 closed');
  })();
  Promise.resolve().then(() => log('rs1 m1')).then(() => log('rs1 m2')).then(() => log('rs1 m3')).then(() => log('rs1 m4'));
});
scenario(() => {
  const rs = new ReadableStream({ start(c) { c.enqueue(1); c.enqueue(2); c.close(); } });
  (async () => { for await (const v of rs) log('rs2 iter', v); log('rs2 done', rs.locked); })();
});
scenario(() => {
  const rs = new ReadableStream({ start(c) { c.enqueue('a'); c.error(new Error('rs3 fail')); } });
  const r = rs.getReader();
  r.read().then((x) => log('rs3 read', x), (e) => log('rs3 read err', fmt(e)));
  r.closed.catch((e) => log('rs3 closed err', fmt(e)));
  try { rs.getReader(); } catch (e) { log('rs3 lock', fmt(e)); }
  rs.cancel().catch((e) => log('rs3 cancel', fmt(e)));
});
scenario(() => {
  const chunks = [];
  const ws = new WritableStream({
    start(c) { log('ws1 start'); },
    write(chunk, c) { log('ws1 write', chunk); chunks.push(chunk); return new Promise((r) => setImmediate(r)); },
    close() { log('ws1 close', chunks.join()); },
    abort(r) { log('ws1 abort', r); },
  }, new CountQueuingStrategy({ highWaterMark: 2 }));
  const w = ws.getWriter();
  log('ws1 desired', w.desiredSize);
  w.write('x').then(() => log('ws1 x written'));
  log('ws1 desired', w.desiredSize);
  w.write('y').then(() => log('ws1 y written'));
  log('ws1 desired', w.desiredSize);
  w.ready.then(() => log('ws1 ready'));
  w.close().then(() => log('ws1 closed'));
  w.closed.then(() => log('ws1 closed promise'));
});
scenario(() => {
  const ws = new WritableStream({ write() { throw new Error('sink fail'); } });
  const w = ws.getWriter();
  w.write('a').catch((e) => log('ws2 write err', fmt(e)));
  w.write('b').catch((e) => log('ws2 write2 err', fmt(e)));
  w.closed.catch((e) => log('ws2 closed err', fmt(e)));
  w.ready.catch((e) => log('ws2 ready err', fmt(e)));
});
scenario(() => {
  const ws = new WritableStream({ abort(r) { log('ws3 abort called', r); } });
  const w = ws.getWriter();
  w.abort('why').then(() => log('ws3 aborted'));
  w.closed.catch((e) => log('ws3 closed', fmt(e)));
  w.releaseLock();
  w.write('x').catch((e) => log('ws3 released write', fmt(e)));
});
scenario(() => {
  const ts = new TransformStream({
    transform(chunk, c) { c.enqueue(chunk.toUpperCase()); c.enqueue('!'); },
    flush(c) { c.enqueue('END'); },
  });
  const rs = new ReadableStream({ start(c) { c.enqueue('a'); c.enqueue('b'); c.close(); } });
  (async () => {
    const out = [];
    for await (const v of rs.pipeThrough(ts)) out.push(v);
    log('ts1', out.join(','));
  })();
});
scenario(() => {
  const rs = new ReadableStream({ start(c) { ['p', 'q', 'r'].forEach((x) => c.enqueue(x)); c.close(); } });
  const got = [];
  const ws = new WritableStream({ write(c) { got.push(c); }, close() { log('pipe ws closed', got.join()); } });
  rs.pipeTo(ws).then(() => log('pipeTo resolved'));
});
scenario(() => {
  const rs = new ReadableStream({ start(c) { c.enqueue(1); c.enqueue(2); c.close(); } });
  const [a, b] = rs.tee();
  (async () => { for await (const v of a) log('tee a', v); log('tee a done'); })();
  (async () => { for await (const v of b) log('tee b', v); log('tee b done'); })();
});
scenario(() => {
  (async () => {
    const rs = ReadableStream.from([1, Promise.resolve(2), 3]);
    for await (const v of rs) log('from', v);
    const rs2 = ReadableStream.from((async function* () { yield 'x'; yield 'y'; })());
    const r = rs2.getReader();
    log('from2', await r.read(), await r.read(), await r.read());
    try { ReadableStream.from(5); } catch (e) { log('from err', fmt(e)); }
  })();
});
scenario(() => {
  (async () => {
    const enc = new TextEncoderStream();
    const dec = new TextDecoderStream();
    const rs = new ReadableStream({ start(c) { c.enqueue('héllo '); c.enqueue('wörld'); c.close(); } });
    const out = [];
    for await (const v of rs.pipeThrough(enc).pipeThrough(dec)) out.push(v);
    log('textstreams', JSON.stringify(out), enc.encoding, dec.encoding, dec.fatal);
  })();
});
scenario(() => {
  const s = new ByteLengthQueuingStrategy({ highWaterMark: 10 });
  const c = new CountQueuingStrategy({ highWaterMark: 3 });
  log('qs', s.highWaterMark, s.size(new Uint8Array(4)), c.highWaterMark, c.size(), s.size.name, Object.prototype.toString.call(s));
  try { new CountQueuingStrategy({}); } catch (e) { log('qs err', fmt(e)); }
  log(new ReadableStream(), new WritableStream(), new TransformStream());
  log(Object.prototype.toString.call(new ReadableStream()), typeof ReadableStream.prototype[Symbol.asyncIterator]);
  try { new ReadableStream({ type: 'foo' }); } catch (e) { log('rs type', fmt(e)); }
  try { new ReadableStream({}, { highWaterMark: -1 }); } catch (e) { log('rs hwm', fmt(e)); }
  try { new (require('stream/web').ReadableStreamDefaultController)(); } catch (e) { log('ctor', fmt(e)); }
});
scenario(() => {
  // BYOB
  let i = 0;
  const rs = new ReadableStream({
    type: 'bytes',
    pull(c) {
      const req = c.byobRequest;
      log('byob pull', !!req, req && req.view.byteLength);
      if (i++ >= 2) { c.close(); if (req) req.respond(0); return; }
      if (req) { req.view[0] = 65 + i; req.view[1] = 66 + i; req.respond(2); }
      else c.enqueue(new Uint8Array([1, 2, 3]));
    },
  });
  const reader = rs.getReader({ mode: 'byob' });
  (async () => {
    let buf = new Uint8Array(8);
    while (true) {
      const { value, done } = await reader.read(buf);
      log('byob read', done, value && Array.from(value), value && value.byteLength);
      if (done) break;
      buf = new Uint8Array(value.buffer);
    }
  })();
});
scenario(() => {
  const rs = new ReadableStream({ type: 'bytes', start(c) { c.enqueue(new Uint8Array([9, 8, 7, 6])); c.close(); } });
  const r = rs.getReader();
  r.read().then((x) => log('bytes default read', Array.from(x.value), x.done)).then(() => r.read()).then((x) => log('bytes default 2', x.done));
  log('bytes inspect', rs);
});
scenario(() => {
  const rs = new ReadableStream({ type: 'bytes', autoAllocateChunkSize: 4, pull(c) { log('auto pull', c.byobRequest.view.byteLength); c.byobRequest.view.set([1, 2]); c.byobRequest.respond(2); c.close(); } });
  rs.getReader().read().then((x) => log('auto read', Array.from(x.value)));
});
scenario(() => {
  // pipeTo errors & abort signal
  const ac = new AbortController();
  const rs = new ReadableStream({ pull(c) { c.enqueue('tick'); return new Promise((r) => setImmediate(r)); }, cancel(r) { log('pa cancel', r && r.name); } });
  const ws = new WritableStream({ write(c) { log('pa write', c); }, abort(r) { log('pa abort', r && r.name); } });
  rs.pipeTo(ws, { signal: ac.signal }).catch((e) => log('pa rejected', e.name, e.message));
  setImmediate(() => setImmediate(() => ac.abort()));
});
scenario(() => {
  const rs = new ReadableStream({ start(c) { c.error(new Error('src broke')); } });
  const ws = new WritableStream({ abort(r) { log('pe abort', fmt(r)); } });
  rs.pipeTo(ws).catch((e) => log('pe rejected', fmt(e)));
  const rs2 = new ReadableStream({ start(c) { c.enqueue(1); }, cancel(r) { log('pe2 cancel', fmt(r)); } });
  const ws2 = new WritableStream({ write() { throw new Error('dst broke'); } });
  rs2.pipeTo(ws2).catch((e) => log('pe2 rejected', fmt(e)));
  const rs3 = new ReadableStream({ start(c) { c.enqueue(1); c.close(); } });
  const ws3 = new WritableStream({ close() { log('pe3 close not called?'); } });
  rs3.pipeTo(ws3, { preventClose: true }).then(() => log('pe3 done', ws3.locked));
});
scenario(() => {
  // Readable.toWeb / fromWeb
  (async () => {
    const web = Readable.toWeb(Readable.from(['a', 'b']));
    const out = [];
    for await (const c of web) out.push(c);
    log('toWeb', out);
    const node = Readable.fromWeb(new ReadableStream({ start(c) { c.enqueue('x'); c.enqueue('y'); c.close(); } }), { objectMode: true });
    const out2 = [];
    for await (const c of node) out2.push(c);
    log('fromWeb', out2);
    const got = [];
    const w = Writable.fromWeb(new WritableStream({ write(c) { got.push(Buffer.from(c).toString()); } }));
    w.write('hello');
    w.end('!', () => log('fromWeb writable', got));
    const ws = Writable.toWeb(new Writable({ write(c, e, cb) { log('toWeb writable got', c.toString()); cb(); } }));
    const wr = ws.getWriter();
    await wr.write(new TextEncoder().encode('web->node'));
    await wr.close();
    log('toWeb writable closed');
  })();
});
scenario(() => {
  // pipeline with web streams
  const rs = new ReadableStream({ start(c) { c.enqueue('w1'); c.enqueue('w2'); c.close(); } });
  const ts = new TransformStream({ transform(ch, c) { c.enqueue(String(ch).toUpperCase()); } });
  const got = [];
  pipeline(rs, ts, new Writable({ objectMode: true, write(c, e, cb) { got.push(c); cb(); } }), (err) => log('web pipeline', fmt(err), got));
  const rs2 = new ReadableStream({ start(c) { c.close(); } });
  finished(rs2, (err) => log('finished web', err));
});
scenario(() => {
  const d = Duplex.fromWeb({ readable: new ReadableStream({ start(c) { c.enqueue('dr'); c.close(); } }), writable: new WritableStream({ write(c) { log('dfw write', Buffer.from(c).toString()); } }) }, { encoding: 'utf8' });
  d.on('data', (x) => log('dfw data', x));
  d.write('dw');
  d.end();
  d.on('close', () => log('dfw close'));
});
scenario(() => {
  const ts = new TransformStream({ start(c) { log('ts start', c.desiredSize); }, transform(ch, c) { if (ch === 'bad') throw new Error('bad chunk'); c.enqueue(ch); } });
  const w = ts.writable.getWriter();
  const r = ts.readable.getReader();
  w.write('ok').then(() => log('ts ok written'));
  r.read().then((x) => log('ts read', x));
  w.write('bad').catch((e) => log('ts bad', fmt(e)));
  r.read().catch((e) => log('ts read err', fmt(e)));
});
scenario(() => {
  const ts = new TransformStream();
  const w = ts.writable.getWriter();
  const r = ts.readable.getReader();
  w.write(1); w.write(2); w.close();
  (async () => { let x; while (!(x = await r.read()).done) log('id ts', x.value); log('id ts done'); })();
});
(function run(i) {
  if (i >= scenarios.length) return;
  console.log('--- scenario', i);
  scenarios[i]();
  settle(() => run(i + 1));
})(0);
