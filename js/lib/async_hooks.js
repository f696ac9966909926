'use strict';

// node:async_hooks — AsyncLocalStorage, AsyncResource, createHook and the execution ids.
//
// The sandbox cannot see V8's promise hooks, so asynchronous context is carried by wrapping.
// The first time this module is loaded it installs thin wrappers around
//   Promise.prototype.then (hence also .catch, .finally and Promise.all & co., which call it),
//   setTimeout, setInterval, setImmediate, queueMicrotask and process.nextTick,
// which capture the current context when a callback is scheduled and restore it while the
// callback runs. `await p` never calls then(), but V8 reads `p.constructor` at that moment;
// Promise.prototype.constructor becomes an accessor that (once an AsyncLocalStorage exists)
// adds a reaction to `p` right before V8 adds the continuation, and that reaction restores
// the awaiting context (see below).
// Not propagated: the continuation after awaiting a non-promise value or a foreign thenable,
// callbacks the bridge schedules through functions it captured before this module was
// loaded (e.g. `require('timers')`'s own copies), the context of an 'unhandledRejection'
// handler, and promise resources for createHook (no PROMISE init/before/after events).

const {
  codes: { ERR_ASYNC_CALLBACK, ERR_ASYNC_TYPE, ERR_INVALID_ASYNC_ID },
  validateFunction,
  validateString,
} = require('internal/errors');

// ---------------------------------------------------------------- execution contexts
// A context: the AsyncLocalStorage stores (an immutable Map, copied on write), the async id
// and trigger id, and the resource, as seen by executionAsyncResource().
const topLevelResource = {};
const EMPTY_FRAME = new Map();
let current = { frame: EMPTY_FRAME, asyncId: 1, triggerAsyncId: 0, resource: topLevelResource };
let nextAsyncId = 2; // the first id handed out is 3, as in a fresh Node process

function newAsyncId() {
  return ++nextAsyncId;
}

function enter(ctx, fn, thisArg, args) {
  const saved = current;
  current = ctx;
  try {
    return Reflect.apply(fn, thisArg, args);
  } finally {
    current = saved;
  }
}

// ---------------------------------------------------------------- hooks
const init_symbol = Symbol('init');
const before_symbol = Symbol('before');
const after_symbol = Symbol('after');
const destroy_symbol = Symbol('destroy');
const promise_resolve_symbol = Symbol('promiseResolve');
const kNoPromiseHook = Symbol('kNoPromiseHook');

const activeHooks = [];
let inHook = false; // no events for what hook callbacks themselves do

function emit(symbol, ...args) {
  if (activeHooks.length === 0 || inHook) return;
  inHook = true;
  try {
    for (const hook of activeHooks.slice()) {
      const fn = hook[symbol];
      if (typeof fn === 'function') Reflect.apply(fn, hook, args);
    }
  } finally {
    inHook = false;
  }
}

const hasHook = (symbol) => activeHooks.some((h) => typeof h[symbol] === 'function');

// Node reports destroys in a batch, after the current callback (from the immediate phase);
// the batch goes to the hooks enabled at that time.
const originalSetImmediate = globalThis.setImmediate;
let destroyQueue = [];
function emitDestroyLater(asyncId) {
  if (!hasHook(destroy_symbol)) return;
  destroyQueue.push(asyncId);
  if (destroyQueue.length > 1) return;
  const im = originalSetImmediate(() => {
    const ids = destroyQueue;
    destroyQueue = [];
    for (const id of ids) emit(destroy_symbol, id);
  });
  im?.unref?.();
}

class AsyncHook {
  constructor({ init, before, after, destroy, promiseResolve }) {
    if (init !== undefined && typeof init !== 'function') throw new ERR_ASYNC_CALLBACK('hook.init');
    if (before !== undefined && typeof before !== 'function') throw new ERR_ASYNC_CALLBACK('hook.before');
    if (after !== undefined && typeof after !== 'function') throw new ERR_ASYNC_CALLBACK('hook.after');
    if (destroy !== undefined && typeof destroy !== 'function') throw new ERR_ASYNC_CALLBACK('hook.destroy');
    if (promiseResolve !== undefined && typeof promiseResolve !== 'function') {
      throw new ERR_ASYNC_CALLBACK('hook.promiseResolve');
    }
    this[init_symbol] = init;
    this[before_symbol] = before;
    this[after_symbol] = after;
    this[destroy_symbol] = destroy;
    this[promise_resolve_symbol] = promiseResolve;
    this[kNoPromiseHook] = false;
  }

  enable() {
    if (!activeHooks.includes(this)) activeHooks.push(this);
    return this;
  }

  disable() {
    const i = activeHooks.indexOf(this);
    if (i !== -1) activeHooks.splice(i, 1);
    return this;
  }
}

function createHook(fns) {
  return new AsyncHook(fns);
}

function executionAsyncId() {
  return current.asyncId;
}

function triggerAsyncId() {
  return current.triggerAsyncId;
}

function executionAsyncResource() {
  return current.resource;
}

// ---------------------------------------------------------------- scheduling wrappers
// A new asynchronous resource of `type`, created now: its callbacks run in the current
// context's stores, under a fresh async id.
function childContext(resource) {
  return { frame: current.frame, asyncId: newAsyncId(), triggerAsyncId: current.asyncId, resource };
}

function emitInit(ctx, type) {
  if (hasHook(init_symbol)) emit(init_symbol, ctx.asyncId, type, ctx.triggerAsyncId, ctx.resource);
}

function runInContext(ctx, fn, thisArg, args, once) {
  emit(before_symbol, ctx.asyncId);
  try {
    return enter(ctx, fn, thisArg, args);
  } finally {
    emit(after_symbol, ctx.asyncId);
    if (once) emitDestroyLater(ctx.asyncId);
  }
}

function copyProps(from, to) {
  for (const key of Reflect.ownKeys(from)) {
    if (key === 'length' || key === 'name' || key === 'prototype' || key === 'arguments' || key === 'caller') continue;
    try {
      Object.defineProperty(to, key, Object.getOwnPropertyDescriptor(from, key));
    } catch {
      // non-configurable on the wrapper: keep the wrapper's
    }
  }
}

function wrapTimer(original, type, repeat) {
  const wrapped = {
    [original.name](callback, ...rest) {
      if (typeof callback !== 'function') return Reflect.apply(original, this, [callback, ...rest]);
      const ctx = childContext(undefined);
      const wrapper = function() {
        // A one-shot timer's callback becomes its _onTimeout, as in Node: V8 names the stack
        // frame after that property ("at Timeout._onTimeout") when the stack is rendered.
        // (An interval keeps the wrapper, which it needs for its next runs.)
        if (!repeat && type === 'Timeout' && this !== null && typeof this === 'object') this._onTimeout = callback;
        return runInContext(ctx, callback, this, arguments, !repeat);
      };
      const handle = Reflect.apply(original, this, [wrapper, ...rest]);
      ctx.resource = handle;
      emitInit(ctx, type);
      return handle;
    },
  }[original.name];
  Object.defineProperty(wrapped, 'length', Object.getOwnPropertyDescriptor(original, 'length'));
  copyProps(original, wrapped);
  return wrapped;
}

let installed = false;
let trackAwaits = false; // set by the first AsyncLocalStorage
function installWrappers() {
  if (installed) return;
  installed = true;

  // Promise reactions run in the context that was current when then() was called.
  const originalThen = Promise.prototype.then;
  const bindContext = (fn, ctx) => function() {
    return enter(ctx, fn, this, arguments);
  };
  // While our own promise machinery runs, reads of `promise.constructor` are not awaits.
  let internalRead = false;
  const then = {
    then(onFulfilled, onRejected) {
      // The reactions' resource is the promise then() returns, as with Node's promise hooks.
      const ctx = { frame: current.frame, asyncId: newAsyncId(), triggerAsyncId: current.asyncId, resource: undefined };
      const outer = internalRead;
      internalRead = true;
      let derived;
      try {
        derived = Reflect.apply(originalThen, this, [
          typeof onFulfilled === 'function' ? bindContext(onFulfilled, ctx) : onFulfilled,
          typeof onRejected === 'function' ? bindContext(onRejected, ctx) : onRejected,
        ]);
      } finally {
        internalRead = outer;
      }
      ctx.resource = derived;
      return derived;
    },
  }.then;
  Object.defineProperty(Promise.prototype, 'then', { value: then, writable: true, enumerable: false, configurable: true });

  // `await p` (p a native promise) never calls then(), but it does read `p.constructor`
  // synchronously, just before V8 adds the continuation as p's next reaction. Turning
  // Promise.prototype.constructor into an accessor gives that moment: a reaction added right
  // there runs immediately before the continuation and restores the awaiting context.
  // Promise.resolve() and finally() also read `constructor`; they are marked as internal.
  // (Awaiting a non-promise value or a foreign thenable still loses the context.)
  // The extra reaction costs V8's async stack frames ("at async f"), which V8 only follows
  // through promises with a single reaction, so it is added only once an AsyncLocalStorage
  // exists.
  const ctorDesc = Object.getOwnPropertyDescriptor(Promise.prototype, 'constructor');
  if (ctorDesc && ctorDesc.configurable && 'value' in ctorDesc) {
    let ctorValue = ctorDesc.value;
    Object.defineProperty(Promise.prototype, 'constructor', {
      configurable: true,
      enumerable: ctorDesc.enumerable,
      get() {
        if (!internalRead && trackAwaits) {
          const ctx = current;
          const restore = () => {
            current = ctx;
          };
          internalRead = true;
          try {
            Reflect.apply(originalThen, this, [restore, restore]);
          } catch {
            // not a real promise: nothing to follow
          } finally {
            internalRead = false;
          }
        }
        return ctorValue;
      },
      set(value) {
        if (this === Promise.prototype) ctorValue = value;
        else Object.defineProperty(this, 'constructor', { value, writable: true, enumerable: true, configurable: true });
      },
    });
    const markInternal = (owner, name) => {
      const original = owner[name];
      if (typeof original !== 'function') return;
      const wrapper = {
        [name](...args) {
          const outer = internalRead;
          internalRead = true;
          try {
            return Reflect.apply(original, this, args);
          } finally {
            internalRead = outer;
          }
        },
      }[name];
      Object.defineProperty(wrapper, 'length', { value: original.length });
      const desc = Object.getOwnPropertyDescriptor(owner, name);
      Object.defineProperty(owner, name, { ...desc, value: wrapper });
    };
    markInternal(Promise, 'resolve');
    markInternal(Promise.prototype, 'finally');
  }

  for (const [name, type, repeat] of [['setTimeout', 'Timeout', false], ['setInterval', 'Timeout', true],
    ['setImmediate', 'Immediate', false]]) {
    const original = globalThis[name];
    if (typeof original !== 'function') continue;
    const desc = Object.getOwnPropertyDescriptor(globalThis, name);
    Object.defineProperty(globalThis, name, { ...desc, value: wrapTimer(original, type, repeat) });
  }

  const originalQueueMicrotask = globalThis.queueMicrotask;
  if (typeof originalQueueMicrotask === 'function') {
    const queueMicrotask = function queueMicrotask(callback) {
      if (typeof callback !== 'function') return Reflect.apply(originalQueueMicrotask, this, arguments);
      // As in Node: an AsyncResource('Microtask') carries the callback.
      const resource = new AsyncResource('Microtask', { requireManualDestroy: true }); // eslint-disable-line no-use-before-define
      resource.callback = callback;
      return Reflect.apply(originalQueueMicrotask, this, [() => {
        try {
          resource.runInAsyncScope(callback);
        } finally {
          resource.emitDestroy();
        }
      }]);
    };
    const desc = Object.getOwnPropertyDescriptor(globalThis, 'queueMicrotask');
    Object.defineProperty(globalThis, 'queueMicrotask', { ...desc, value: queueMicrotask });
  }

  const originalNextTick = process.nextTick;
  if (typeof originalNextTick === 'function') {
    process.nextTick = function nextTick(callback, ...args) {
      if (typeof callback !== 'function') return Reflect.apply(originalNextTick, this, [callback, ...args]);
      const ctx = childContext({ callback, args });
      emitInit(ctx, 'TickObject');
      return Reflect.apply(originalNextTick, this, [() => runInContext(ctx, callback, undefined, args, true)]);
    };
  }
}

// ---------------------------------------------------------------- AsyncResource
const contextFrameSymbol = Symbol('context_frame');
const async_id_symbol = Symbol('async_id_symbol');
const trigger_async_id_symbol = Symbol('trigger_async_id_symbol');
const kEmptyObject = Object.freeze({ __proto__: null });

let bindDeprecation;
function deprecatedAccessor(fn) {
  bindDeprecation ??= require('util').deprecate;
  return bindDeprecation(fn, 'The asyncResource property on bound functions is deprecated', 'DEP0172', false, false);
}

class AsyncResource {
  #ctx;

  constructor(type, opts = kEmptyObject) {
    validateString(type, 'type');
    // (requireManualDestroy needs no handling: destroy is only ever reported by emitDestroy().)
    let trigger = opts;
    if (typeof opts !== 'number') {
      trigger = opts.triggerAsyncId === undefined ? current.asyncId : opts.triggerAsyncId;
    }
    if (!Number.isSafeInteger(trigger) || trigger < -1) throw new ERR_INVALID_ASYNC_ID('triggerAsyncId', trigger);

    this[contextFrameSymbol] = undefined;
    const asyncId = newAsyncId();
    this[async_id_symbol] = asyncId;
    this[trigger_async_id_symbol] = trigger;
    this.#ctx = { frame: current.frame, asyncId, triggerAsyncId: trigger, resource: this };
    if (hasHook(init_symbol)) {
      if (type.length === 0) throw new ERR_ASYNC_TYPE(type);
      emit(init_symbol, asyncId, type, trigger, this);
    }
  }

  runInAsyncScope(fn, thisArg, ...args) {
    return runInContext(this.#ctx, fn, thisArg, args, false);
  }

  emitDestroy() {
    emitDestroyLater(this[async_id_symbol]);
    return this;
  }

  asyncId() {
    return this[async_id_symbol];
  }

  triggerAsyncId() {
    return this[trigger_async_id_symbol];
  }

  bind(fn, thisArg) {
    validateFunction(fn, 'fn');
    let bound;
    if (thisArg === undefined) {
      const resource = this;
      bound = function(...args) {
        return Reflect.apply(resource.runInAsyncScope, resource, [fn, this, ...args]);
      };
    } else {
      bound = this.runInAsyncScope.bind(this, fn, thisArg);
    }
    let self = this;
    Object.defineProperties(bound, {
      length: { configurable: true, enumerable: false, value: fn.length, writable: false },
      asyncResource: {
        configurable: true,
        enumerable: true,
        get: deprecatedAccessor(function() {
          return self;
        }),
        set: deprecatedAccessor(function(val) {
          self = val;
        }),
      },
    });
    return bound;
  }

  static bind(fn, type, thisArg) {
    type ||= fn.name;
    return (new AsyncResource(type || 'bound-anonymous-fn')).bind(fn, thisArg);
  }
}

// ---------------------------------------------------------------- AsyncLocalStorage
class AsyncLocalStorage {
  constructor() {
    trackAwaits = true;
    this.kResourceStore = Symbol('kResourceStore');
    this.enabled = false;
  }

  static bind(fn) {
    return AsyncResource.bind(fn);
  }

  static snapshot() {
    return AsyncLocalStorage.bind((cb, ...args) => cb(...args));
  }

  disable() {
    this.enabled = false;
  }

  _enable() {
    this.enabled = true;
  }

  _propagate() {}

  enterWith(store) {
    this._enable();
    const frame = new Map(current.frame);
    frame.set(this, store);
    current = { ...current, frame };
  }

  run(store, callback, ...args) {
    if (Object.is(store, this.getStore())) return Reflect.apply(callback, null, args);
    this._enable();
    const frame = new Map(current.frame);
    frame.set(this, store);
    return enter({ ...current, frame }, callback, null, args);
  }

  exit(callback, ...args) {
    if (!this.enabled) return Reflect.apply(callback, null, args);
    this.disable();
    try {
      let ctx = current;
      if (ctx.frame.has(this)) {
        const frame = new Map(ctx.frame);
        frame.delete(this);
        ctx = { ...ctx, frame };
      }
      return enter(ctx, callback, null, args);
    } finally {
      this._enable();
    }
  }

  getStore() {
    if (this.enabled) return current.frame.get(this);
    return undefined;
  }
}

installWrappers();

const PROVIDERS = ['NONE', 'DIRHANDLE', 'DNSCHANNEL', 'ELDHISTOGRAM', 'FILEHANDLE', 'FILEHANDLECLOSEREQ',
  'BLOBREADER', 'FSEVENTWRAP', 'FSREQCALLBACK', 'FSREQPROMISE', 'GETADDRINFOREQWRAP', 'GETNAMEINFOREQWRAP',
  'HEAPSNAPSHOT', 'HTTP2SESSION', 'HTTP2STREAM', 'HTTP2PING', 'HTTP2SETTINGS', 'HTTPINCOMINGMESSAGE',
  'HTTPCLIENTREQUEST', 'JSSTREAM', 'JSUDPWRAP', 'MESSAGEPORT', 'PIPECONNECTWRAP', 'PIPESERVERWRAP', 'PIPEWRAP',
  'PROCESSWRAP', 'PROMISE', 'QUERYWRAP', 'QUIC_ENDPOINT', 'QUIC_LOGSTREAM', 'QUIC_PACKET', 'QUIC_SESSION',
  'QUIC_STREAM', 'QUIC_UDP', 'SHUTDOWNWRAP', 'SIGNALWRAP', 'STATWATCHER', 'STREAMPIPE', 'TCPCONNECTWRAP',
  'TCPSERVERWRAP', 'TCPWRAP', 'TTYWRAP', 'UDPSENDWRAP', 'UDPWRAP', 'SIGINTWATCHDOG', 'WORKER',
  'WORKERCPUPROFILE', 'WORKERCPUUSAGE', 'WORKERHEAPSNAPSHOT', 'WORKERHEAPSTATISTICS', 'WRITEWRAP', 'ZLIB',
  'CHECKPRIMEREQUEST', 'PBKDF2REQUEST', 'KEYPAIRGENREQUEST', 'KEYGENREQUEST', 'KEYEXPORTREQUEST',
  'CIPHERREQUEST', 'DERIVEBITSREQUEST', 'HASHREQUEST', 'RANDOMBYTESREQUEST', 'RANDOMPRIMEREQUEST',
  'SCRYPTREQUEST', 'SIGNREQUEST', 'TLSWRAP', 'VERIFYREQUEST'];
const asyncWrapProviders = { __proto__: null };
PROVIDERS.forEach((name, i) => {
  asyncWrapProviders[name] = i;
});

module.exports = {
  AsyncLocalStorage,
  createHook,
  executionAsyncId,
  triggerAsyncId,
  executionAsyncResource,
  asyncWrapProviders: Object.freeze(asyncWrapProviders),
  AsyncResource,
};

// events.EventEmitterAsyncResource (the bridge's events module takes it from here; it is not
// one of node:async_hooks' own exports, hence non-enumerable).
let EventEmitterAsyncResource;
function makeEventEmitterAsyncResource() {
  const EventEmitter = require('events');
  const { codes: { ERR_INVALID_THIS } } = require('internal/errors');
  const kEventEmitter = Symbol('kEventEmitter');
  const kAsyncResource = Symbol('kAsyncResource');

  class EventEmitterReferencingAsyncResource extends AsyncResource {
    constructor(ee, type, options) {
      super(type, options);
      this[kEventEmitter] = ee;
    }

    get eventEmitter() {
      if (this[kEventEmitter] === undefined) throw new ERR_INVALID_THIS('EventEmitterReferencingAsyncResource');
      return this[kEventEmitter];
    }
  }

  const checked = (self) => {
    if (self[kAsyncResource] === undefined) throw new ERR_INVALID_THIS('EventEmitterAsyncResource');
    return self[kAsyncResource];
  };

  return class EventEmitterAsyncResource extends EventEmitter {
    constructor(options = undefined) {
      let name;
      if (typeof options === 'string') {
        name = options;
        options = undefined;
      } else {
        if (new.target === EventEmitterAsyncResource) validateString(options?.name, 'options.name');
        name = options?.name || new.target.name;
      }
      super(options);
      this[kAsyncResource] = new EventEmitterReferencingAsyncResource(this, name, options);
    }

    // Listeners run in the emitter's async scope (its creation context).
    emit(event, ...args) {
      const resource = checked(this);
      return resource.runInAsyncScope(super.emit, this, event, ...args);
    }

    emitDestroy() {
      checked(this).emitDestroy();
    }

    get asyncId() {
      return checked(this).asyncId();
    }

    get triggerAsyncId() {
      return checked(this).triggerAsyncId();
    }

    get asyncResource() {
      return checked(this);
    }
  };
}
Object.defineProperty(module.exports, 'EventEmitterAsyncResource', {
  enumerable: false,
  configurable: true,
  get() {
    EventEmitterAsyncResource ??= makeEventEmitterAsyncResource();
    return EventEmitterAsyncResource;
  },
});
