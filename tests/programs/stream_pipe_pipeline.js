// stream.pipe/unpipe with backpressure, pipeline (callback and promise forms, generators, errors, abort),
// finished, addAbortSignal; then a fixed-seed sweep of event orderings (phase 2).
'use strict';
const { Readable, Writable, PassThrough, Transform, pipeline, finished, promises, addAbortSignal } = require('stream');
const log = (...a) => console.log(...a);
function fmt(x) { return x === undefined ? 'undefined' : x === null ? 'null' : x instanceof Error ? `${x.name}|${x.code}|${x.message}` : Buffer.isBuffer(x) ? 'buf:' + x.toString() : JSON.stringify(x); }
function slowWriter(name, hwm = 2) {
  return new Writable({ highWaterMark: hwm, write(c, e, cb) { log(name, 'write', fmt(c)); setImmediate(cb); } });
}

const scenarios = [];
function scenario(fn) { scenarios.push(fn); }
// Each scenario runs alone; the next one starts after 40 setImmediate turns
// (scenarios only use ticks, microtasks and immediates, never timers).
function settle(cb) { let n = 0; (function spin() { if (++n >= 40) cb(); else setImmediate(spin); })(); }
scenario(() => {
  // pipe with backpressure
  let i = 0;
  const r = new Readable({ highWaterMark: 2, read() { log('p1 _read', i); this.push(i < 5 ? 'c' + i++ : null); } });
  const w = slowWriter('p1');
  for (const e of ['pipe', 'unpipe', 'drain', 'finish', 'close']) w.on(e, () => log('p1 w', e));
  for (const e of ['end', 'close', 'pause', 'resume']) r.on(e, () => log('p1 r', e));
  r.pipe(w);
});
scenario(() => {
  // multiple destinations, unpipe
  const r = new PassThrough();
  const a = new PassThrough(), b = new PassThrough();
  r.pipe(a); r.pipe(b);
  a.on('data', (d) => log('p2 a', fmt(d)));
  b.on('data', (d) => log('p2 b', fmt(d)));
  a.on('unpipe', () => log('p2 a unpipe'));
  b.on('unpipe', () => log('p2 b unpipe'));
  r.write('1');
  setImmediate(() => { r.unpipe(a); r.write('2'); r.unpipe(); r.write('3'); log('p2 flowing', r.readableFlowing); });
});
scenario(() => {
  // pipe to dest that errors
  const r = new PassThrough();
  const w = new Writable({ write(c, e, cb) { cb(new Error('dest broke')); } });
  w.on('error', (e) => log('p3 w error', fmt(e)));
  w.on('unpipe', () => log('p3 unpipe'));
  r.pipe(w);
  r.write('x');
});
scenario(() => {
  pipeline(
    Readable.from(['a', 'b', 'c']),
    new Transform({ transform(c, e, cb) { cb(null, c.toString() + '!'); } }),
    new Writable({ write(c, e, cb) { log('p4 got', fmt(c)); cb(); } }),
    (err, val) => log('p4 done', fmt(err), fmt(val)),
  );
});
scenario(() => {
  const src = new Readable({ read() {} });
  const t = new PassThrough();
  const dst = new Writable({ write(c, e, cb) { cb(); } });
  for (const [n, s] of [['src', src], ['t', t], ['dst', dst]]) s.on('close', () => log('p5 close', n, s.destroyed));
  pipeline(src, t, dst, (err) => log('p5 done', fmt(err)));
  src.push('x');
  setImmediate(() => src.destroy(new Error('src failed')));
});
scenario(() => {
  const src = Readable.from(['x']);
  const dst = new Writable({ write(c, e, cb) { cb(new Error('write failed')); } });
  pipeline(src, dst, (err) => log('p6 done', fmt(err), src.destroyed, dst.destroyed));
});
scenario(() => {
  pipeline(
    async function* () { yield 'g1'; yield 'g2'; },
    async function* (source) { for await (const c of source) yield c + '-t'; },
    async function (source) { let acc = ''; for await (const c of source) acc += c; return acc; },
    (err, val) => log('p7 done', fmt(err), fmt(val)),
  );
});
scenario(() => {
  promises.pipeline(Readable.from(['q']), new Writable({ write(c, e, cb) { log('p8 w', fmt(c)); cb(); } }))
    .then((v) => log('p8 resolved', fmt(v)));
  promises.pipeline(Readable.from(['q']), async function* (s) { for await (const c of s) throw new Error('gen fail ' + c); }, new PassThrough())
    .catch((e) => log('p8b rejected', fmt(e)));
});
scenario(() => {
  const r = new Readable({ read() {} });
  finished(r, (err) => log('p9 finished r', fmt(err)));
  r.push(null);
  r.resume();
  const w = new Writable({ write(c, e, cb) { cb(); } });
  finished(w, (err) => log('p9 finished w', fmt(err)));
  w.end('x');
  const r2 = new Readable({ read() {} });
  finished(r2, (err) => log('p9 finished r2', fmt(err)));
  r2.destroy();
  const r3 = new Readable({ read() {} });
  promises.finished(r3).catch((e) => log('p9 finished r3', fmt(e)));
  r3.destroy(new Error('r3 err'));
  r3.on('error', () => {});
});
scenario(() => {
  const ac = new AbortController();
  const r = addAbortSignal(ac.signal, new Readable({ read() {} }));
  r.on('error', (e) => log('p10 error', e.name, e.code, e.message, e.cause && e.cause.name));
  r.on('close', () => log('p10 close'));
  ac.abort();
});
scenario(() => {
  try { pipeline(Readable.from(['x'])); } catch (e) { log('p11', fmt(e)); }
  try { pipeline([Readable.from(['x'])], () => {}); } catch (e) { log('p11b', fmt(e)); }
  const ac = new AbortController();
  promises.pipeline(new Readable({ read() {} }), new PassThrough(), { signal: ac.signal }).catch((e) => log('p11c', e.name, e.code, e.message));
  setImmediate(() => ac.abort());
});
(function run(i) {
  if (i >= scenarios.length) return fuzzPhase();
  console.log('--- scenario', i);
  scenarios[i]();
  settle(() => run(i + 1));
})(0);

// Phase 2: event and callback ordering of Readable / Writable / Transform / pipe / pipeline / async
// iteration under many configurations (hwm, objectMode, sync vs nextTick vs microtask vs setImmediate
// implementations), chosen by a fixed-seed generator; every event is printed with a state snapshot.
function fuzzPhase() {
  const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
  let seed = 20240601;
  function rnd(n) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; }
  function pick(a) { return a[rnd(a.length)]; }
  const out = [];
  const log = (...a) => console.log(...a);
  function fmt(x) {
    if (x === undefined) return 'u';
    if (x === null) return 'null';
    if (x instanceof Error) return `E(${x.code || x.message})`;
    if (Buffer.isBuffer(x)) return 'b:' + x.toString('latin1');
    return JSON.stringify(x);
  }
  function st(s) {
    const r = s._readableState, w = s._writableState;
    let o = '';
    if (r) o += ` rl=${r.length} fl=${r.flowing} ended=${r.ended} ee=${r.endEmitted} rd=${s.readable}`;
    if (w) o += ` wl=${w.length} nd=${s.writableNeedDrain} we=${s.writableEnded} wf=${s.writableFinished} wr=${s.writable}`;
    return o + ` d=${s.destroyed} c=${s.closed}`;
  }
  const when = ['sync', 'tick', 'micro', 'immediate'];
  function later(kind, fn) {
    switch (kind) {
      case 'sync': fn(); break;
      case 'tick': process.nextTick(fn); break;
      case 'micro': queueMicrotask(fn); break;
      case 'immediate': setImmediate(fn); break;
    }
  }
  function watch(name, s) {
    for (const e of ['data', 'end', 'finish', 'prefinish', 'close', 'error', 'drain', 'pause', 'resume', 'pipe', 'unpipe']) {
      s.on(e, (x) => log(`${name} ev:${e} ${e === 'pipe' || e === 'unpipe' ? '' : fmt(x)}${st(s)}`));
    }
  }

  function makeReadable(name) {
    const objectMode = rnd(3) === 0;
    const hwm = pick([0, 1, 2, 4, 16, undefined]);
    const total = rnd(6);
    const mode = pick(when);
    let i = 0;
    const enc = !objectMode && rnd(4) === 0 ? pick(['utf8', 'hex', 'latin1']) : undefined;
    const r = new Readable({
      objectMode, highWaterMark: hwm, encoding: enc,
      autoDestroy: rnd(5) !== 0, emitClose: rnd(6) !== 0,
      read(n) {
        log(`${name} _read(${n}) i=${i}`);
        const doit = () => {
          if (i < total) this.push('ab' + (i++));
          else if (i++ === total) this.push(null);
        };
        later(mode, doit);
      },
    });
    log(`${name} = Readable om=${objectMode} hwm=${hwm} total=${total} mode=${mode} enc=${enc}`);
    return r;
  }

  function makeWritable(name) {
    const objectMode = rnd(3) === 0;
    const hwm = pick([0, 1, 3, 16, undefined]);
    const mode = pick(when);
    const failAt = rnd(8) === 0 ? rnd(4) : -1;
    let n = 0;
    const useV = rnd(3) === 0;
    const opts = {
      objectMode, highWaterMark: hwm, decodeStrings: rnd(4) !== 0,
      autoDestroy: rnd(5) !== 0, emitClose: rnd(6) !== 0,
      write(c, e, cb) {
        const k = n++;
        log(`${name} _write ${fmt(c)} ${e}`);
        later(mode, () => cb(k === failAt ? new Error('wfail' + k) : null));
      },
    };
    if (useV) opts.writev = function(chunks, cb) { log(`${name} _writev ${chunks.length}`); later(mode, () => cb()); };
    if (rnd(2)) opts.final = function(cb) { log(`${name} _final`); later(pick(when), () => cb()); };
    const w = new Writable(opts);
    log(`${name} = Writable om=${objectMode} hwm=${hwm} mode=${mode} failAt=${failAt} writev=${useV}`);
    return w;
  }

  function makeTransform(name) {
    const objectMode = rnd(2) === 0;
    const mode = pick(when);
    const t = new Transform({
      objectMode, highWaterMark: pick([0, 1, 2, undefined]),
      allowHalfOpen: rnd(3) !== 0,
      transform(c, e, cb) {
        log(`${name} _transform ${fmt(c)}`);
        later(mode, () => cb(null, String(c).toUpperCase()));
      },
      flush: rnd(2) ? function(cb) { log(`${name} _flush`); later(mode, () => cb(null, objectMode ? 'F' : 'f')); } : undefined,
    });
    log(`${name} = Transform om=${objectMode} mode=${mode}`);
    return t;
  }

  function scenario(k, done) {
    log(`=== scenario ${k} seed=${seed}`);
    const kind = rnd(6);
    if (kind === 0) {
      // readable consumed via data / readable / read(n)
      const r = makeReadable('R');
      watch('R', r);
      const how = rnd(4);
      if (how === 0) r.on('data', () => {});
      else if (how === 1) r.on('readable', () => { let c; while ((c = r.read(pick([undefined, 1, 3]))) !== null) log('R read', fmt(c)); log('R read null' + st(r)); });
      else if (how === 2) later(pick(when), () => r.resume());
      else later(pick(when), () => { log('R read()', fmt(r.read())); r.on('data', () => {}); });
      if (rnd(4) === 0) later(pick(when), () => { log('R pause'); r.pause(); later(pick(when), () => { log('R resume'); r.resume(); }); });
      if (rnd(6) === 0) later(pick(when), () => { log('R destroy'); r.destroy(rnd(2) ? new Error('rd') : undefined); });
    } else if (kind === 1) {
      const w = makeWritable('W');
      watch('W', w);
      const m = rnd(6);
      for (let i = 0; i < m; i++) {
        later(pick(when), () => {
          const ret = w.write('w' + i, (err) => log(`W cb${i} ${fmt(err)}`));
          log(`W write${i} -> ${ret}${st(w)}`);
        });
      }
      if (rnd(4) === 0) later('sync', () => { w.cork(); log('W cork'); later(pick(when), () => { w.uncork(); log('W uncork'); }); });
      if (rnd(5) === 0) later(pick(when), () => { log('W destroy'); w.destroy(rnd(2) ? new Error('wd') : undefined); });
      later(pick(when), () => { later(pick(when), () => { log('W end'); w.end((err) => log(`W end cb ${fmt(err)}`)); }); });
      if (rnd(6) === 0) setImmediate(() => setImmediate(() => { log('W late write'); w.write('late', (err) => log('W late cb', fmt(err))); }));
    } else if (kind === 2) {
      const r = makeReadable('R');
      const w = makeWritable('W');
      watch('R', r); watch('W', w);
      r.pipe(w);
      if (rnd(5) === 0) later(pick(when), () => { log('unpipe'); r.unpipe(w); });
    } else if (kind === 3) {
      const r = makeReadable('R');
      const t = makeTransform('T');
      const w = makeWritable('W');
      watch('R', r); watch('T', t); watch('W', w);
      pipeline(r, t, w, (err) => log('pipeline cb', fmt(err)));
      if (rnd(6) === 0) later(pick(when), () => { log('T destroy'); t.destroy(new Error('td')); });
    } else if (kind === 4) {
      const t = makeTransform('T');
      watch('T', t);
      const m = rnd(4);
      for (let i = 0; i < m; i++) later(pick(when), () => log(`T write${i} -> ${t.write(t.writableObjectMode ? i : 't' + i)}${st(t)}`));
      later(pick(when), () => { log('T end'); t.end(); });
      if (rnd(2)) later(pick(when), () => t.resume());
      else t.on('readable', () => { let c; while ((c = t.read()) !== null) log('T read', fmt(c)); });
    } else {
      const r = makeReadable('R');
      watch('R', r);
      finished(r, (err) => log('finished', fmt(err)));
      (async () => {
        try {
          for await (const c of r) { log('iter', fmt(c)); if (rnd(5) === 0) { log('iter break'); break; } }
          log('iter done' + st(r));
        } catch (e) { log('iter err', fmt(e)); }
      })();
    }
    // give it time to settle (only immediates/ticks used inside)
    let spins = 0;
    (function spin() { if (++spins < 30) setImmediate(spin); else done(); })();
  }

  const N = 60;
  (function run(k) { if (k >= N) return; scenario(k, () => run(k + 1)); })(0);

}
