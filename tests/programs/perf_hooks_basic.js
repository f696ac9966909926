// perf_hooks: marks, measures, entry lists, observers and their delivery order, histograms.
const ph = require('perf_hooks');
const { performance, PerformanceObserver, PerformanceEntry, PerformanceMark, createHistogram } = ph;
console.log(Object.keys(ph).join(), performance === globalThis.performance, ph.PerformanceMark === globalThis.PerformanceMark);
console.log(typeof performance.now(), typeof performance.timeOrigin, performance.now() >= 0);
const obs = new PerformanceObserver((list, o) => {
  console.log('observed', list.getEntries().map((e) => `${e.name}:${e.entryType}`), o === obs);
  console.log('by type', list.getEntriesByType('measure').map((e) => e.name), list.getEntriesByName('a').length);
});
obs.observe({ entryTypes: ['mark', 'measure'] });
const a = performance.mark('a', { detail: { step: 1 }, startTime: 100 });
const b = performance.mark('b', { startTime: a.startTime + 5 });
const m = performance.measure('a-b', 'a', 'b');
console.log(a instanceof PerformanceMark, a instanceof PerformanceEntry, a.entryType, a.detail, b.detail, a.duration);
console.log(m.constructor.name, m.entryType, m.duration, m.detail, Object.keys(a), Object.keys(a.toJSON()));
const m2 = performance.measure('opts', { start: 'a', duration: 2, detail: 'd' });
console.log(m2.duration, m2.detail, m2.startTime === a.startTime);
const m3 = performance.measure('fixed', { start: 10, end: 15 });
console.log(m3.startTime, m3.duration);
console.log(performance.getEntries().map((e) => e.name), performance.getEntriesByType('mark').map((e) => e.name));
console.log(performance.getEntriesByName('a-b').length, performance.getEntriesByName('a', 'measure').length);
console.log('sync end');
process.nextTick(() => console.log('tick'));
setImmediate(() => {
  console.log('immediate');
  performance.clearMarks('a');
  console.log(performance.getEntriesByType('mark').map((e) => e.name));
  performance.clearMarks();
  performance.clearMeasures('opts');
  console.log(performance.getEntries().map((e) => e.name));
  performance.clearMeasures();
  console.log(performance.getEntries().length, obs.takeRecords().length);
  obs.disconnect();
  performance.mark('after-disconnect');
  const late = new PerformanceObserver((list) => console.log('buffered', list.getEntries().map((e) => e.name)));
  late.observe({ type: 'mark', buffered: true });
  setImmediate(() => late.disconnect());
});
for (const f of [
  () => performance.measure('x', 'nope'),
  () => performance.mark(),
  () => new PerformanceEntry(),
  () => obs.observe({}),
  () => new PerformanceObserver(1),
  () => performance.measure('x', { start: 'a', end: 'b', duration: 1 }),
]) {
  try { f(); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(PerformanceObserver.supportedEntryTypes);
const h = createHistogram();
console.log(h.min, h.max, h.mean, h.stddev, h.count, h.exceeds, h.percentiles);
for (const v of [1, 2, 3, 4, 5, 100, 7, 7]) h.record(v);
console.log(h.min, h.max, h.mean, h.stddev, h.count, h.percentile(50), h.percentile(99), h.percentiles);
console.log(h);
console.log(h.toJSON());
const h2 = createHistogram();
h2.record(3n);
h.add(h2);
console.log(h.count, h.minBigInt, h.percentileBigInt(10));
h.reset();
console.log(h.count, h.min);
try { h.record(0); } catch (e) { console.log(e.code, e.message); }
try { h.percentile(0); } catch (e) { console.log(e.code, e.message); }
const t = performance.timerify(function double(x) { return x * 2; });
console.log(t(21), t.name, t.length);
const eld = ph.monitorEventLoopDelay({ resolution: 20 });
console.log(eld.enable(), eld.enable(), eld.disable(), eld.disable(), eld.count);
console.log(Object.keys(performance.toJSON()), Object.keys(performance.nodeTiming.toJSON()).join());
console.log(Object.keys(ph.constants).length, ph.constants.NODE_PERFORMANCE_GC_MAJOR);
const elu = performance.eventLoopUtilization();
console.log(Object.keys(elu));
