'use strict';
// `perf_hooks` and the global `performance`. Time comes from the bootstrap's clock (the
// `clock.now` syscall), so it is virtual under --deterministic and recorded in traces.
// Observers get their entries from a setImmediate, as in Node. Histograms keep every distinct
// value exactly (Node's HDR histogram is exact below 2048 and approximate above); the
// event-loop delay monitor samples on an unref'd timer, and eventLoopUtilization reports the
// loop as always active (the bridge does not measure idle time).

const { now, timeOrigin, setImmediate, setInterval, clearInterval } = internalBinding;
const errors = require('internal/errors');
const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_MISSING_ARGS, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
  validateFunction,
  validateObject,
  validateInteger,
} = errors;
const EventTarget = require('events').EventTarget || Object;
const kInspect = Symbol.for('nodejs.util.inspect.custom');

const kToken = Symbol('perf entry token');
const kFields = Symbol('fields');

function domError(message, name) {
  const D = globalThis.DOMException;
  return new D(message, name);
}

class PerformanceEntry {
  constructor(token, name, type, start, duration, detail) {
    if (token !== kToken) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kFields] = { name, type, start, duration, detail };
  }
  get name() { return this[kFields].name; }
  get entryType() { return this[kFields].type; }
  get startTime() { return this[kFields].start; }
  get duration() { return this[kFields].duration; }
  toJSON() {
    return { name: this.name, entryType: this.entryType, startTime: this.startTime, duration: this.duration };
  }
  [kInspect](depth, options, inspect) {
    if (depth < 0) return this;
    return `${this.constructor.name} ${inspect(this.toJSON(), { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}
Object.defineProperty(PerformanceEntry.prototype, Symbol.toStringTag, { value: 'PerformanceEntry', configurable: true });
Object.defineProperty(PerformanceEntry.prototype, kFields, { value: undefined, writable: true });

function cloneDetail(detail) {
  if (detail === undefined || detail === null) return null;
  return globalThis.structuredClone(detail);
}

class PerformanceMark extends PerformanceEntry {
  constructor(name, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = `${name}`;
    if (options !== undefined) validateObject(options, 'options');
    let start = options && options.startTime;
    if (start === undefined) start = now();
    else if (typeof start !== 'number') throw new ERR_INVALID_ARG_TYPE('options.startTime', 'number', start);
    else if (start < 0) throw new errors.codes.ERR_PERFORMANCE_INVALID_TIMESTAMP(start);
    super(kToken, name, 'mark', start, 0, cloneDetail(options && options.detail));
  }
  get detail() { return this[kFields].detail; }
  toJSON() {
    return { ...super.toJSON(), detail: this.detail };
  }
}

class PerformanceMeasure extends PerformanceEntry {
  constructor(token, name, start, duration, detail) {
    super(token, name, 'measure', start, duration, detail);
  }
  get detail() { return this[kFields].detail; }
  toJSON() {
    return { ...super.toJSON(), detail: this.detail };
  }
}

class PerformanceResourceTiming extends PerformanceEntry {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }
}

// ------------------------------------------------------------------ buffers and observers
let marks = [];
let measures = [];
const observers = new Set();
const pending = new Set();
let dispatchQueued = false;

function enqueue(entry) {
  for (const o of observers) o._offer(entry);
}

function queueDispatch(observer) {
  pending.add(observer);
  if (dispatchQueued) return;
  dispatchQueued = true;
  setImmediate(() => {
    dispatchQueued = false;
    const list = Array.from(pending);
    pending.clear();
    for (const o of list) o._dispatch();
  });
}

const supportedEntryTypes = Object.freeze(['dns', 'function', 'gc', 'http', 'http2', 'mark', 'measure', 'net', 'resource']);

function byStart(a, b) {
  return a.startTime - b.startTime;
}

function filterEntries(list, name, type) {
  let out = list;
  if (type !== undefined) out = out.filter((e) => e.entryType === type);
  if (name !== undefined) out = out.filter((e) => e.name === name);
  return out.slice().sort(byStart);
}

class PerformanceObserverEntryList {
  constructor(token, entries) {
    if (token !== kToken) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this._entries = entries;
  }
  getEntries() {
    return filterEntries(this._entries);
  }
  getEntriesByType(type) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    return filterEntries(this._entries, undefined, `${type}`);
  }
  getEntriesByName(name, type) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    return filterEntries(this._entries, `${name}`, type === undefined ? undefined : `${type}`);
  }
}

class PerformanceObserver {
  constructor(callback) {
    validateFunction(callback, 'callback');
    Object.defineProperties(this, {
      _callback: { value: callback },
      _types: { value: new Set(), writable: true },
      _buffer: { value: [], writable: true },
    });
  }
  static get supportedEntryTypes() {
    return supportedEntryTypes;
  }
  observe(options = {}) {
    validateObject(options, 'options');
    const { entryTypes, type, buffered } = options;
    if (entryTypes === undefined && type === undefined) throw new ERR_MISSING_ARGS('options.entryTypes', 'options.type');
    if (entryTypes !== undefined && type !== undefined) {
      throw new ERR_INVALID_ARG_VALUE('options.entryTypes', entryTypes, 'options.entryTypes can not set with options.type together');
    }
    this._types = new Set();
    if (entryTypes !== undefined) {
      if (!Array.isArray(entryTypes)) throw new ERR_INVALID_ARG_TYPE('options.entryTypes', 'string[]', entryTypes);
      for (const t of entryTypes) if (supportedEntryTypes.includes(t)) this._types.add(t);
    } else {
      if (!supportedEntryTypes.includes(type)) return;
      this._types.add(type);
      if (buffered) {
        const old = type === 'mark' ? marks : type === 'measure' ? measures : [];
        if (old.length) {
          this._buffer.push(...filterEntries(old));
          queueDispatch(this);
        }
      }
    }
    if (this._types.size) observers.add(this);
    else this.disconnect();
  }
  disconnect() {
    observers.delete(this);
    pending.delete(this);
    this._buffer = [];
  }
  takeRecords() {
    const list = this._buffer;
    this._buffer = [];
    return list;
  }
  _offer(entry) {
    if (!this._types.has(entry.entryType)) return;
    this._buffer.push(entry);
    queueDispatch(this);
  }
  _dispatch() {
    const entries = this.takeRecords();
    if (entries.length === 0) return;
    this._callback.call(this, new PerformanceObserverEntryList(kToken, entries), this);
  }
  [kInspect](depth, options, inspect) {
    return `PerformanceObserver ${inspect({ connected: observers.has(this), pending: pending.has(this), entryTypes: Array.from(this._types), buffer: this._buffer }, options)}`;
  }
}

// ------------------------------------------------------------------ performance
function findMark(name) {
  if (typeof name === 'number') {
    if (name < 0) throw new errors.codes.ERR_PERFORMANCE_INVALID_TIMESTAMP(name);
    return name;
  }
  for (let i = marks.length - 1; i >= 0; i--) if (marks[i].name === name) return marks[i].startTime;
  throw domError(`The "${name}" performance mark has not been set`, 'SyntaxError');
}

class PerformanceNodeTiming {
  constructor(token) {
    if (token !== kToken) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }
  get name() { return 'node'; }
  get entryType() { return 'node'; }
  get startTime() { return 0; }
  get duration() { return now(); }
  get nodeStart() { return 0; }
  get v8Start() { return 0; }
  get environment() { return 0; }
  get bootstrapComplete() { return 0; }
  get loopStart() { return 0; }
  get loopExit() { return -1; }
  get idleTime() { return 0; }
  toJSON() {
    return {
      name: 'node', entryType: 'node', startTime: 0, duration: this.duration, nodeStart: 0, v8Start: 0,
      bootstrapComplete: 0, environment: 0, loopStart: 0, loopExit: -1, idleTime: 0,
    };
  }
}
const nodeTiming = new PerformanceNodeTiming(kToken);

function eventLoopUtilization(util1, util2) {
  // The bridge does not measure idle time: the loop counts as always active.
  const active = now();
  const cur = { idle: 0, active, utilization: active > 0 ? 1 : 0 };
  if (util1 === undefined) return cur;
  const base = util2 !== undefined ? util2 : cur;
  const end = util2 !== undefined ? util1 : cur;
  const from = util2 !== undefined ? util2 : util1;
  const idle = end.idle - from.idle;
  const act = end.active - from.active;
  void base;
  return { idle, active: act, utilization: act / (idle + act) };
}

function timerify(fn, options = {}) {
  validateFunction(fn, 'fn');
  validateObject(options, 'options');
  function timerified(...args) {
    const start = now();
    const result = new.target ? Reflect.construct(fn, args, fn) : Reflect.apply(fn, this, args);
    const end = now();
    const entry = new PerformanceEntry(kToken, fn.name, 'function', start, end - start, args);
    if (options.histogram) options.histogram.record(Math.max(1, Math.round((end - start) * 1e6)));
    enqueue(entry);
    return result;
  }
  Object.defineProperties(timerified, {
    length: { configurable: false, enumerable: true, value: fn.length },
    name: { configurable: false, enumerable: true, value: `timerified ${fn.name}` },
  });
  return timerified;
}

class Performance extends EventTarget {
  constructor(token) {
    if (token !== kToken) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
  }
  now() {
    return now();
  }
  get timeOrigin() {
    return timeOrigin();
  }
  mark(name, options) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    const m = new PerformanceMark(name, options);
    marks.push(m);
    enqueue(m);
    return m;
  }
  measure(name, startOrOptions, endMark) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = `${name}`;
    let start;
    let end;
    let detail = null;
    if (startOrOptions !== null && typeof startOrOptions === 'object') {
      const { start: s, end: e, duration, detail: d } = startOrOptions;
      if (endMark !== undefined) {
        throw new errors.codes.ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS('endMark must not be specified when startOrMeasureOptions is an object');
      }
      if (s === undefined && e === undefined) {
        throw new errors.codes.ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS('One of options.start or options.end is required');
      }
      if (s !== undefined && e !== undefined && duration !== undefined) {
        throw new errors.codes.ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS('Must not have options.start, options.end, and options.duration specified');
      }
      if (e !== undefined) end = findMark(e);
      else if (s !== undefined && duration !== undefined) end = findMark(s) + duration;
      else end = now();
      if (s !== undefined) start = findMark(s);
      else if (duration !== undefined) start = end - duration;
      else start = 0;
      detail = cloneDetail(d);
    } else {
      end = endMark !== undefined ? findMark(endMark) : now();
      start = startOrOptions !== undefined ? findMark(startOrOptions) : 0;
    }
    const m = new PerformanceMeasure(kToken, name, start, end - start, detail);
    measures.push(m);
    enqueue(m);
    return m;
  }
  clearMarks(name) {
    marks = name === undefined ? [] : marks.filter((e) => e.name !== `${name}`);
  }
  clearMeasures(name) {
    measures = name === undefined ? [] : measures.filter((e) => e.name !== `${name}`);
  }
  clearResourceTimings() {}
  setResourceTimingBufferSize() {}
  markResourceTiming() {
    throw errors.sandboxUnsupported('performance', 'markResourceTiming');
  }
  getEntries() {
    return filterEntries(marks.concat(measures));
  }
  getEntriesByName(name, type) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = `${name}`;
    if (type === undefined) return filterEntries(marks.concat(measures), name);
    type = `${type}`;
    return filterEntries(type === 'mark' ? marks : type === 'measure' ? measures : [], name);
  }
  getEntriesByType(type) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    type = `${type}`;
    return filterEntries(type === 'mark' ? marks : type === 'measure' ? measures : []);
  }
  get nodeTiming() {
    return nodeTiming;
  }
  eventLoopUtilization(util1, util2) {
    return eventLoopUtilization(util1, util2);
  }
  timerify(fn, options) {
    return timerify(fn, options);
  }
  toJSON() {
    return { nodeTiming: nodeTiming.toJSON(), timeOrigin: this.timeOrigin, eventLoopUtilization: eventLoopUtilization() };
  }
  [kInspect](depth, options, inspect) {
    if (depth < 0) return this;
    return `Performance ${inspect({ nodeTiming, timeOrigin: this.timeOrigin, eventLoopUtilization: eventLoopUtilization() }, options)}`;
  }
}
Object.defineProperty(Performance.prototype, Symbol.toStringTag, { value: 'Performance', configurable: true });
const performance = new Performance(kToken);

// ------------------------------------------------------------------ histograms
const INT64_MAX = 9223372036854775807;

function percentileOf(values, total, p) {
  let want = Math.floor((Math.min(p, 100) / 100) * total + 0.5);
  if (want < 1) want = 1;
  let seen = 0;
  for (const [v, c] of values) {
    seen += c;
    if (seen >= want) return v;
  }
  return 0;
}

class Histogram {
  constructor(token) {
    if (token !== kToken) throw new ERR_ILLEGAL_CONSTRUCTOR();
    Object.defineProperty(this, '_h', { value: { counts: new Map(), total: 0, min: INT64_MAX, max: 0, exceeds: 0 }, writable: true });
  }
  _sorted() {
    return Array.from(this._h.counts).sort((a, b) => a[0] - b[0]);
  }
  _record(v) {
    const h = this._h;
    h.counts.set(v, (h.counts.get(v) || 0) + 1);
    h.total++;
    if (v < h.min) h.min = v;
    if (v > h.max) h.max = v;
  }
  get count() { return this._h.total; }
  get countBigInt() { return BigInt(this._h.total); }
  get min() { return this._h.min; }
  get minBigInt() { return BigInt(this._h.min); }
  get max() { return this._h.max; }
  get maxBigInt() { return BigInt(this._h.max); }
  get exceeds() { return this._h.exceeds; }
  get exceedsBigInt() { return BigInt(this._h.exceeds); }
  get mean() {
    const h = this._h;
    if (h.total === 0) return NaN;
    let sum = 0;
    for (const [v, c] of h.counts) sum += v * c;
    return sum / h.total;
  }
  get stddev() {
    const h = this._h;
    if (h.total === 0) return NaN;
    const mean = this.mean;
    let sq = 0;
    for (const [v, c] of h.counts) sq += c * (v - mean) * (v - mean);
    return Math.sqrt(sq / h.total);
  }
  percentile(percentile) {
    if (typeof percentile !== 'number') throw new ERR_INVALID_ARG_TYPE('percentile', 'number', percentile);
    if (!(percentile > 0 && percentile <= 100)) throw new errors.codes.ERR_OUT_OF_RANGE('percentile', '> 0 && <= 100', percentile);
    return percentileOf(this._sorted(), this._h.total, percentile);
  }
  percentileBigInt(percentile) {
    return BigInt(this.percentile(percentile));
  }
  get percentiles() {
    // The percentile iteration of an HDR histogram with one tick per half distance.
    const out = new Map();
    const total = this._h.total;
    const sorted = this._sorted();
    let target = 0;
    let cum = 0;
    let last = 0;
    for (const [v, c] of sorted) {
      cum += c;
      last = v;
      while (target <= (100 * cum) / total) {
        out.set(target, v);
        const half = 2 ** (Math.trunc(Math.log(100 / (100 - target)) / Math.log(2)) + 1);
        target += 100 / half;
        if (cum >= total) break;
      }
      if (cum >= total) break;
    }
    out.set(100, last);
    return out;
  }
  get percentilesBigInt() {
    const out = new Map();
    for (const [k, v] of this.percentiles) out.set(k, BigInt(v));
    return out;
  }
  reset() {
    this._h = { counts: new Map(), total: 0, min: INT64_MAX, max: 0, exceeds: 0 };
  }
  toJSON() {
    return {
      count: this.count, min: this.min, max: this.max, mean: this.mean, exceeds: this.exceeds,
      stddev: this.stddev, percentiles: Object.fromEntries(this.percentiles),
    };
  }
  [kInspect](depth, options, inspect) {
    if (depth < 0) return this;
    const o = { min: this.min, max: this.max, mean: this.mean, exceeds: this.exceeds, stddev: this.stddev, count: this.count, percentiles: this.percentiles };
    return `Histogram ${inspect(o, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}

class RecordableHistogram extends Histogram {
  record(val) {
    if (typeof val === 'bigint') {
      if (val < 1n) throw new errors.codes.ERR_OUT_OF_RANGE('val', '>= 1', val);
      this._record(Number(val));
      return;
    }
    validateInteger(val, 'val', 1);
    this._record(val);
  }
  recordDelta() {
    const t = now();
    if (this._prev !== undefined) this._record(Math.max(1, Math.round((t - this._prev) * 1e6)));
    Object.defineProperty(this, '_prev', { value: t, writable: true, configurable: true });
  }
  add(other) {
    if (!(other instanceof RecordableHistogram)) throw new ERR_INVALID_ARG_TYPE('other', 'RecordableHistogram', other);
    for (const [v, c] of other._h.counts) for (let i = 0; i < c; i++) this._record(v);
    this._h.exceeds += other._h.exceeds;
  }
}

function createHistogram(options = {}) {
  validateObject(options, 'options');
  const { lowest = 1, highest = Number.MAX_SAFE_INTEGER, figures = 3 } = options;
  if (typeof lowest !== 'bigint') validateInteger(lowest, 'options.lowest', 1, Number.MAX_SAFE_INTEGER);
  if (typeof highest !== 'bigint') validateInteger(highest, 'options.highest', 2 * Number(lowest), Number.MAX_SAFE_INTEGER);
  validateInteger(figures, 'options.figures', 1, 5);
  return new RecordableHistogram(kToken);
}

class IntervalHistogram extends Histogram {
  constructor(token, resolution) {
    super(token);
    Object.defineProperties(this, {
      _resolution: { value: resolution },
      _timer: { value: undefined, writable: true },
    });
  }
  enable() {
    if (this._timer !== undefined) return false;
    let expected = now() + this._resolution;
    this._timer = setInterval(() => {
      const t = now();
      this._record(Math.max(1, Math.round((t - expected) * 1e6)));
      expected = t + this._resolution;
    }, this._resolution);
    if (this._timer && typeof this._timer.unref === 'function') this._timer.unref();
    return true;
  }
  disable() {
    if (this._timer === undefined) return false;
    clearInterval(this._timer);
    this._timer = undefined;
    return true;
  }
}

function monitorEventLoopDelay(options = {}) {
  validateObject(options, 'options');
  const { resolution = 10 } = options;
  validateInteger(resolution, 'options.resolution', 1);
  return new IntervalHistogram(kToken, resolution);
}

const constants = {
  NODE_PERFORMANCE_GC_MAJOR: 4,
  NODE_PERFORMANCE_GC_MINOR: 1,
  NODE_PERFORMANCE_GC_INCREMENTAL: 8,
  NODE_PERFORMANCE_GC_WEAKCB: 16,
  NODE_PERFORMANCE_GC_FLAGS_NO: 0,
  NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2,
  NODE_PERFORMANCE_GC_FLAGS_FORCED: 4,
  NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING: 8,
  NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16,
  NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
  NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64,
};

module.exports = {
  Performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  PerformanceObserver,
  PerformanceObserverEntryList,
  PerformanceResourceTiming,
  monitorEventLoopDelay,
  createHistogram,
  performance,
  constants,
};
