'use strict';

// require('events'): EventEmitter plus the static helpers once(), on(),
// addAbortListener(), getEventListeners() and getMaxListeners().
//
// What user code can observe is kept as in Node 22: the own properties
// `_events` (a null-prototype table: one listener is stored bare, several as
// an array), `_eventsCount`, `_maxListeners`, the Symbol(shapeMode) and
// Symbol(kCapture) keys util.inspect prints, the 'newListener' /
// 'removeListener' / 'error' protocol, leak warnings, captureRejections and
// the error messages.
//
// EventTarget, Event, CustomEvent, AbortController and AbortSignal live in
// internal/abort (Node exposes them as globals, not from `events`).

const {
  AbortError,
  codes: { ERR_INVALID_ARG_TYPE, ERR_UNHANDLED_ERROR },
  genericNodeError,
  kEnhanceStackBeforeInspector,
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateInteger,
  validateNumber,
  validateObject,
} = require('internal/errors');

// Symbol descriptions are visible (util.inspect), so they match Node's.
const kRejection = Symbol.for('nodejs.rejection');
const kCapture = Symbol('kCapture');
const kErrorMonitor = Symbol('events.errorMonitor');
const kShapeMode = Symbol('shapeMode');
const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
const kMaxEventTargetListenersWarned = Symbol('events.maxEventTargetListenersWarned');
const kWatermarkData = Symbol.for('nodejs.watermarkData');
// Also read by internal/abort; Symbol.for spares a load-time require cycle.
const kFirstEventParam = Symbol.for('secure-exec.events.kFirstEventParam');

const NO_OPTIONS = Object.freeze({ __proto__: null });
const DISPOSE = Symbol.dispose || Symbol.for('nodejs.dispose');
const ASYNC_ITERATOR_PROTO = Object.getPrototypeOf(
  Object.getPrototypeOf(async function* () {}).prototype);
const EMITTER_OR_TARGET = ['EventEmitter', 'EventTarget'];

// ---------------------------------------------------------------------------
// Late-bound collaborators. `events` loads early in the bootstrap, before
// util.inspect and process exist, so each is looked up when first needed.

let inspectLib; // undefined: not loaded yet; null: could not be loaded
function describe(value, opts) {
  if (inspectLib === undefined) {
    try {
      inspectLib = require('internal/inspect');
    } catch {
      inspectLib = null;
    }
  }
  // Checked on every call: during start-up the module may still be loading.
  if (typeof inspectLib?.inspect === 'function') return inspectLib.inspect(value, opts);
  // Bare-bones stand-in, enough for the leak warning's "[Name]".
  if (opts?.depth === -1 && value !== null && typeof value === 'object') {
    return `[${value.constructor?.name || 'Object'}]`;
  }
  return String(value);
}

let webEvents;
const web = () => (webEvents ??= require('internal/abort'));

function later(fn) {
  if (typeof globalThis.queueMicrotask === 'function') globalThis.queueMicrotask(fn);
  else Promise.resolve().then(fn);
}

function onNextTick(fn, ...args) {
  const tick = globalThis.process?.nextTick;
  if (typeof tick === 'function') globalThis.process.nextTick(fn, ...args);
  else later(() => fn(...args));
}

function warn(warning) {
  if (typeof globalThis.process?.emitWarning === 'function') globalThis.process.emitWarning(warning);
}

const newTable = () => ({ __proto__: null });
const abortErrorFor = (signal) => new AbortError(undefined, { cause: signal?.reason });

// ---------------------------------------------------------------------------
// The constructor and its static surface. Property order here is the order
// util.inspect(EventEmitter) lists them in.

function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}
module.exports = EventEmitter;
Object.assign(EventEmitter, {
  addAbortListener,
  once,
  on,
  getEventListeners,
  getMaxListeners,
  EventEmitter,
  usingDomains: false,
  captureRejectionSymbol: kRejection,
});

Object.defineProperty(EventEmitter, 'captureRejections', {
  __proto__: null,
  enumerable: true,
  get: () => EventEmitter.prototype[kCapture],
  set(value) {
    validateBoolean(value, 'EventEmitter.captureRejections');
    EventEmitter.prototype[kCapture] = value;
  },
});
Object.defineProperty(EventEmitter, 'EventEmitterAsyncResource', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get: () => require('async_hooks').EventEmitterAsyncResource,
  set: undefined,
});
EventEmitter.errorMonitor = kErrorMonitor;

// The process-wide default for emitters without their own limit.
let fallbackLimit = 10;
Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
  __proto__: null,
  enumerable: true,
  get: () => fallbackLimit,
  set(value) {
    validateNumber(value, 'defaultMaxListeners', 0);
    fallbackLimit = value;
  },
});
for (const [key, sym] of [['kMaxEventTargetListeners', kMaxEventTargetListeners],
  ['kMaxEventTargetListenersWarned', kMaxEventTargetListenersWarned]]) {
  Object.defineProperty(EventEmitter, key, {
    __proto__: null, value: sym, writable: false, enumerable: false, configurable: false,
  });
}

// setMaxListeners(n) sets the default; with targets it sets each one's limit.
EventEmitter.setMaxListeners = function(n = fallbackLimit, ...targets) {
  validateNumber(n, 'setMaxListeners', 0);
  if (targets.length === 0) {
    fallbackLimit = n;
    return;
  }
  for (const target of targets) {
    if (web().isEventTarget(target)) {
      target[kMaxEventTargetListeners] = n;
      target[kMaxEventTargetListenersWarned] = false;
      continue;
    }
    if (typeof target.setMaxListeners !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('eventTargets', EMITTER_OR_TARGET, target);
    }
    target.setMaxListeners(n);
  }
};

EventEmitter.init = function(opts) {
  // A subclass may install its own `_events` before calling us; then its
  // table is kept and removals leave `undefined` slots ("shape mode").
  const existing = this._events;
  if (existing !== undefined && existing !== Object.getPrototypeOf(this)._events) {
    this[kShapeMode] = true;
  } else {
    this._events = newTable();
    this._eventsCount = 0;
    this[kShapeMode] = false;
  }
  this._maxListeners ||= undefined;

  let capture = EventEmitter.prototype[kCapture];
  if (opts?.captureRejections) {
    validateBoolean(opts.captureRejections, 'options.captureRejections');
    capture = Boolean(opts.captureRejections);
  }
  this[kCapture] = capture;
};

// ---------------------------------------------------------------------------
// Helpers working on an emitter's listener table.

const limitOf = (emitter) =>
  (emitter._maxListeners === undefined ? EventEmitter.defaultMaxListeners : emitter._maxListeners);

// A listener registered through once() is a wrapper remembering the original
// in `.listener`; lookups by the original must find it.
const isFor = (stored, fn) => stored === fn || stored.listener === fn;

// With captureRejections on, a listener's rejected promise comes back to the
// emitter as 'error' (or through its Symbol.for('nodejs.rejection') method).
function routeRejection(emitter, maybePromise, type, args) {
  if (!emitter[kCapture]) return;
  try {
    const then = maybePromise.then;
    if (typeof then !== 'function') return;
    then.call(maybePromise, undefined, (reason) => {
      onNextTick(deliverRejection, emitter, reason, type, args);
    });
  } catch (thrown) {
    emitter.emit('error', thrown);
  }
}

function deliverRejection(emitter, reason, type, args) {
  if (typeof emitter[kRejection] === 'function') {
    emitter[kRejection](reason, type, ...args);
    return;
  }
  // Emit with capture off so a rejecting 'error' listener cannot loop.
  const saved = emitter[kCapture];
  emitter[kCapture] = false;
  try {
    emitter.emit('error', reason);
  } finally {
    emitter[kCapture] = saved;
  }
}

function callListener(emitter, fn, args, type) {
  const result = Reflect.apply(fn, emitter, args);
  if (result !== undefined && result !== null) routeRejection(emitter, result, type, args);
}

// Used by the fatal-exception printer: the error's own stack followed by
// where the 'error' event was emitted from.
function stackWithEmitSite(err, site) {
  let where = '';
  try {
    const ctorName = this.constructor.name;
    if (ctorName !== 'EventEmitter') where = ` on ${ctorName} instance`;
  } catch {
    // A hostile constructor getter only loses the suffix.
  }
  const siteFrames = String(site.stack).split('\n').slice(1).join('\n');
  return `${err.stack}\nEmitted 'error' event${where} at:\n${siteFrames}`;
}

function markEmitSite(emitter, err) {
  try {
    const site = {};
    Error.captureStackTrace(site, EventEmitter.prototype.emit);
    Object.defineProperty(err, kEnhanceStackBeforeInspector, {
      __proto__: null,
      configurable: true,
      value: stackWithEmitSite.bind(emitter, err, site),
    });
  } catch {
    // Frozen or exotic error objects are thrown as they are.
  }
}

function warnIfLeaking(emitter, type, list) {
  const limit = limitOf(emitter);
  if (limit <= 0 || list.length <= limit || list.warned) return;
  list.warned = true;
  const count = list.length;
  const text = `Possible EventEmitter memory leak detected. ${count} ${String(type)} listeners ` +
    `added to ${describe(emitter, { depth: -1 })}. MaxListeners is ${limit}. ` +
    'Use emitter.setMaxListeners() to increase limit';
  warn(genericNodeError(text, { name: 'MaxListenersExceededWarning', emitter, type, count }));
}

function insertListener(emitter, type, fn, atFront) {
  validateFunction(fn, 'listener');
  let table = emitter._events;
  if (table === undefined) {
    table = emitter._events = newTable();
    emitter._eventsCount = 0;
  } else if (table.newListener !== undefined) {
    // Announced before insertion, so a 'newListener' listener never sees
    // itself; the listener may have replaced the table.
    emitter.emit('newListener', type, fn.listener ?? fn);
    table = emitter._events;
  }

  const current = table[type];
  if (current === undefined) {
    table[type] = fn;
    emitter._eventsCount++;
    return emitter;
  }
  let list = current;
  if (typeof current === 'function') {
    list = table[type] = atFront ? [fn, current] : [current, fn];
  } else if (atFront) {
    current.unshift(fn);
  } else {
    current.push(fn);
  }
  warnIfLeaking(emitter, type, list);
  return emitter;
}

// Bound to a small record; the bound function's name ('bound onceWrapper')
// shows in rawListeners(), as in Node.
function onceWrapper(...args) {
  if (this.fired) return undefined;
  this.target.removeListener(this.type, this.wrapFn);
  this.fired = true;
  return Reflect.apply(this.listener, this.target, args);
}

function wrapForOnce(target, type, listener) {
  const record = { fired: false, wrapFn: undefined, target, type, listener };
  record.wrapFn = onceWrapper.bind(record);
  record.wrapFn.listener = listener;
  return record.wrapFn;
}

function dropSingle(emitter, table, type) {
  emitter._eventsCount -= 1;
  if (emitter[kShapeMode]) table[type] = undefined;
  else if (emitter._eventsCount === 0) emitter._events = newTable();
  else delete table[type];
}

function copyListeners(emitter, type, unwrap) {
  const stored = emitter._events?.[type];
  if (stored === undefined) return [];
  if (typeof stored === 'function') return [unwrap ? stored.listener || stored : stored];
  if (!unwrap) return stored.slice();
  return stored.map((fn) => (typeof fn.listener === 'function' ? fn.listener : fn));
}

function countListeners(type, listener) {
  const stored = this._events?.[type];
  if (stored === undefined) return 0;
  if (typeof stored === 'function') return listener == null || isFor(stored, listener) ? 1 : 0;
  if (listener == null) return stored.length;
  let hits = 0;
  for (let i = 0; i < stored.length; i++) {
    if (isFor(stored[i], listener)) hits++;
  }
  return hits;
}

// ---------------------------------------------------------------------------
// EventEmitter.prototype. The assignment order is the order
// Object.keys(EventEmitter.prototype) reports.

const proto = EventEmitter.prototype;
Object.defineProperty(proto, kCapture, {
  __proto__: null, value: false, writable: true, enumerable: false,
});
proto._events = undefined;
proto._eventsCount = 0;
proto._maxListeners = undefined;

proto.setMaxListeners = function setMaxListeners(n) {
  validateNumber(n, 'setMaxListeners', 0);
  this._maxListeners = n;
  return this;
};

proto.getMaxListeners = function getMaxListeners() {
  return limitOf(this);
};

proto.emit = function emit(type, ...args) {
  const table = this._events;
  let unhandled = false;
  if (type === 'error') {
    if (table !== undefined && table[kErrorMonitor] !== undefined) this.emit(kErrorMonitor, ...args);
    unhandled = table === undefined || table.error === undefined;
  } else if (table === undefined) {
    return false;
  }

  if (unhandled) {
    const reason = args.length > 0 ? args[0] : undefined;
    if (reason instanceof Error) {
      markEmitSite(this, reason);
      throw reason;
    }
    let shown = reason;
    try {
      shown = describe(reason);
    } catch {
      // Keep the raw value when it cannot be inspected.
    }
    const wrapped = new ERR_UNHANDLED_ERROR(shown);
    wrapped.context = reason;
    throw wrapped;
  }

  const stored = table[type];
  if (stored === undefined) return false;
  if (typeof stored === 'function') {
    callListener(this, stored, args, type);
    return true;
  }
  // Listeners added or removed while emitting do not affect this emit.
  const snapshot = stored.slice();
  for (let i = 0; i < snapshot.length; i++) callListener(this, snapshot[i], args, type);
  return true;
};

proto.addListener = function addListener(type, listener) {
  return insertListener(this, type, listener, false);
};
proto.on = proto.addListener;

proto.prependListener = function prependListener(type, listener) {
  return insertListener(this, type, listener, true);
};

proto.once = function once(type, listener) {
  validateFunction(listener, 'listener');
  this.on(type, wrapForOnce(this, type, listener));
  return this;
};

proto.prependOnceListener = function prependOnceListener(type, listener) {
  validateFunction(listener, 'listener');
  this.prependListener(type, wrapForOnce(this, type, listener));
  return this;
};

proto.removeListener = function removeListener(type, listener) {
  validateFunction(listener, 'listener');
  const table = this._events;
  const stored = table?.[type];
  if (stored === undefined) return this;

  if (isFor(stored, listener)) {
    dropSingle(this, table, type);
    if (table.removeListener !== undefined) {
      this.emit('removeListener', type, stored.listener || listener);
    }
    return this;
  }
  if (typeof stored === 'function') return this;

  // The most recently added match goes first.
  let at = stored.length - 1;
  while (at >= 0 && !isFor(stored[at], listener)) at--;
  if (at < 0) return this;
  if (at === 0) stored.shift();
  else stored.splice(at, 1);
  if (stored.length === 1) table[type] = stored[0];
  if (table.removeListener !== undefined) this.emit('removeListener', type, listener);
  return this;
};
proto.off = proto.removeListener;

proto.removeAllListeners = function removeAllListeners(type) {
  const table = this._events;
  if (table === undefined) return this;
  const everything = arguments.length === 0;

  // Nobody listens for 'removeListener': just forget the listeners.
  if (table.removeListener === undefined) {
    if (everything) {
      this._events = newTable();
      this._eventsCount = 0;
    } else if (table[type] !== undefined) {
      this._eventsCount -= 1;
      if (this._eventsCount === 0) this._events = newTable();
      else delete table[type];
    }
    this[kShapeMode] = false;
    return this;
  }

  // Otherwise every removal is announced, 'removeListener' ones last.
  if (everything) {
    for (const key of Reflect.ownKeys(table)) {
      if (key !== 'removeListener') this.removeAllListeners(key);
    }
    this.removeAllListeners('removeListener');
    this._events = newTable();
    this._eventsCount = 0;
    this[kShapeMode] = false;
    return this;
  }

  const stored = table[type];
  if (typeof stored === 'function') {
    this.removeListener(type, stored);
  } else if (stored !== undefined) {
    for (let i = stored.length - 1; i >= 0; i--) this.removeListener(type, stored[i]);
  }
  return this;
};

proto.listeners = function listeners(type) {
  return copyListeners(this, type, true);
};

proto.rawListeners = function rawListeners(type) {
  return copyListeners(this, type, false);
};

EventEmitter.listenerCount = function(emitter, type) {
  return typeof emitter.listenerCount === 'function' ?
    emitter.listenerCount(type) :
    Reflect.apply(countListeners, emitter, [type]);
};

Object.defineProperty(countListeners, 'name', { __proto__: null, value: 'listenerCount' });
proto.listenerCount = countListeners;

proto.eventNames = function eventNames() {
  return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
};

// ---------------------------------------------------------------------------
// Module-level helpers.

function getEventListeners(emitterOrTarget, type) {
  if (typeof emitterOrTarget.listeners === 'function') return emitterOrTarget.listeners(type);
  if (web().isEventTarget(emitterOrTarget)) return web().getEventTargetListeners(emitterOrTarget, type);
  throw new ERR_INVALID_ARG_TYPE('emitter', EMITTER_OR_TARGET, emitterOrTarget);
}

function getMaxListeners(emitterOrTarget) {
  if (typeof emitterOrTarget?.getMaxListeners === 'function') return limitOf(emitterOrTarget);
  const targetLimit = emitterOrTarget?.[kMaxEventTargetListeners];
  if (typeof targetLimit === 'number') return targetLimit;
  throw new ERR_INVALID_ARG_TYPE('emitter', EMITTER_OR_TARGET, emitterOrTarget);
}

function addAbortListener(signal, listener) {
  if (signal === undefined) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  validateFunction(listener, 'listener');
  let undo = null;
  if (signal.aborted) {
    later(() => listener());
  } else {
    // Registered so that stopImmediatePropagation() by others cannot skip it.
    signal.addEventListener('abort', listener, {
      __proto__: null, once: true, [web().kResistStopPropagation]: true,
    });
    undo = () => signal.removeEventListener('abort', listener);
  }
  return {
    __proto__: null,
    [DISPOSE]() {
      if (undo !== null) undo();
    },
  };
}

// Listening that works for EventEmitters (on/once/removeListener) and
// EventTargets (addEventListener/removeEventListener) alike.
function listenAny(source, name, fn, flags) {
  if (typeof source.on === 'function') {
    if (flags?.once) source.once(name, fn);
    else source.on(name, fn);
    return;
  }
  if (typeof source.addEventListener !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', source);
  }
  source.addEventListener(name, fn, flags);
}

function unlistenAny(source, name, fn, flags) {
  if (typeof source.removeListener === 'function') {
    source.removeListener(name, fn);
    return;
  }
  if (typeof source.removeEventListener !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', source);
  }
  source.removeEventListener(name, fn, flags);
}

function readSignal(options) {
  validateObject(options, 'options');
  const { signal } = options;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw abortErrorFor(signal);
  return signal;
}

// events.once(emitter, name): a promise for the arguments of the next `name`
// event; rejects on 'error' (EventEmitters only) or when the signal aborts.
async function once(emitter, name, options = NO_OPTIONS) {
  const signal = readSignal(options);
  return new Promise((resolve, reject) => {
    const flags = { __proto__: null, once: true, [web().kResistStopPropagation]: true };
    const stopWatchingSignal = () => {
      if (signal != null) unlistenAny(signal, 'abort', onAbort);
    };
    const onError = (err) => {
      emitter.removeListener(name, onEvent);
      stopWatchingSignal();
      reject(err);
    };
    const onEvent = (...args) => {
      if (typeof emitter.removeListener === 'function') emitter.removeListener('error', onError);
      stopWatchingSignal();
      resolve(args);
    };
    function onAbort() {
      unlistenAny(emitter, name, onEvent);
      unlistenAny(emitter, 'error', onError);
      reject(abortErrorFor(signal));
    }
    listenAny(emitter, name, onEvent, flags);
    if (name !== 'error' && typeof emitter.once === 'function') emitter.once('error', onError);
    if (signal != null) listenAny(signal, 'abort', onAbort, flags);
  });
}

// First-in first-out buffer; the consumed prefix is trimmed now and then.
class Queue {
  #items = [];
  #head = 0;
  push(v) {
    this.#items.push(v);
  }
  shift() {
    const v = this.#items[this.#head];
    this.#items[this.#head++] = undefined;
    if (this.#head > 1024 && this.#head * 2 > this.#items.length) {
      this.#items = this.#items.slice(this.#head);
      this.#head = 0;
    }
    return v;
  }
  isEmpty() {
    return this.#head >= this.#items.length;
  }
}

const step = (value) => ({ value, done: false });
const DONE = () => ({ value: undefined, done: true });

// events.on(emitter, event): an async iterator over `event` occurrences.
// Events arriving with nobody waiting are buffered; past the high watermark
// the emitter is paused, and resumed once the buffer drains below the low one.
function on(emitter, event, options = NO_OPTIONS) {
  const signal = readSignal(options);
  const high = options.highWaterMark ?? options.highWatermark ?? Number.MAX_SAFE_INTEGER;
  validateInteger(high, 'options.highWaterMark', 1);
  const low = options.lowWaterMark ?? options.lowWatermark ?? 1;
  validateInteger(low, 'options.lowWaterMark', 1);

  const buffered = new Queue(); // events nobody has asked for yet
  const waiting = new Queue(); // next() calls nobody has answered yet
  let bufferedCount = 0;
  let paused = false;
  let pendingError = null;
  let over = false;
  const attached = [];
  let signalHook = null;

  const push = (value) => {
    if (!waiting.isEmpty()) {
      waiting.shift().resolve(step(value));
      return;
    }
    bufferedCount++;
    if (!paused && bufferedCount > high) {
      paused = true;
      emitter.pause();
    }
    buffered.push(value);
  };
  const stop = () => {
    signalHook?.[DISPOSE]();
    while (attached.length > 0) Reflect.apply(unlistenAny, undefined, attached.pop());
    over = true;
    const result = DONE();
    while (!waiting.isEmpty()) waiting.shift().resolve(result);
    return Promise.resolve(result);
  };
  const fail = (err) => {
    if (waiting.isEmpty()) pendingError = err;
    else waiting.shift().reject(err);
    stop();
  };
  const attach = (name, fn) => {
    listenAny(emitter, name, fn, undefined);
    attached.push([emitter, name, fn, undefined]);
  };

  const iterator = Object.setPrototypeOf({
    next() {
      if (bufferedCount > 0) {
        const value = buffered.shift();
        bufferedCount--;
        if (paused && bufferedCount < low) {
          emitter.resume();
          paused = false;
        }
        return Promise.resolve(step(value));
      }
      if (pendingError) {
        const rejected = Promise.reject(pendingError);
        pendingError = null;
        return rejected;
      }
      if (over) return stop();
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    return() {
      return stop();
    },
    throw(err) {
      if (!err || !(err instanceof Error)) {
        throw new ERR_INVALID_ARG_TYPE('EventEmitter.AsyncIterator', 'Error', err);
      }
      fail(err);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
    [kWatermarkData]: {
      get size() {
        return bufferedCount;
      },
      get low() {
        return low;
      },
      get high() {
        return high;
      },
      get isPaused() {
        return paused;
      },
    },
  }, ASYNC_ITERATOR_PROTO);

  // internal/abort asks for the first argument only; everyone else gets the
  // argument array.
  attach(event, options[kFirstEventParam] ? push : (...args) => push(args));
  if (event !== 'error' && typeof emitter.on === 'function') attach('error', fail);
  const closers = options?.close;
  if (closers?.length) {
    for (let i = 0; i < closers.length; i++) attach(closers[i], stop);
  }
  if (signal) signalHook = addAbortListener(signal, () => fail(abortErrorFor(signal)));
  return iterator;
}

// For the runtime's bootstrap, which installs these as globals: the web event
// classes of internal/abort, loaded on first access. Non-enumerable and
// configurable so the bootstrap can delete them again (Node's `events` has
// no such properties).
for (const name of ['EventTarget', 'Event', 'CustomEvent']) {
  Object.defineProperty(EventEmitter, name, {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get: () => web()[name],
  });
}
