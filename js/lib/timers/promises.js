'use strict';

// node:timers/promises — promise-returning timers (setTimeout, setImmediate), an async
// iterator over an interval (setInterval), and the experimental `scheduler`.
// Timers are the sandbox's own (the global functions as they were when this module was
// first loaded), so the event loop, ref/unref and ordering behave as for callback timers.

const {
  AbortError,
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS },
  validateAbortSignal,
  validateBoolean,
  validateObject,
  validateNumber,
} = require('internal/errors');

const timerSet = globalThis.setTimeout;
const timerClear = globalThis.clearTimeout;
const intervalSet = globalThis.setInterval;
const intervalClear = globalThis.clearInterval;
const immediateSet = globalThis.setImmediate;
const immediateClear = globalThis.clearImmediate;

const kEmptyObject = Object.freeze({ __proto__: null });
const kScheduler = Symbol('kScheduler');

let resistStopPropagation;
function listenerOptions(once) {
  if (resistStopPropagation === undefined) {
    try {
      resistStopPropagation = require('internal/abort').kResistStopPropagation || null;
    } catch {
      resistStopPropagation = null;
    }
  }
  const opts = { __proto__: null };
  if (once) opts.once = true;
  if (resistStopPropagation) opts[resistStopPropagation] = true;
  return opts;
}

function validateOptions(options, withDelay, after) {
  if (withDelay && typeof after !== 'undefined') validateNumber(after, 'delay');
  validateObject(options, 'options');
  if (typeof options?.signal !== 'undefined') validateAbortSignal(options.signal, 'options.signal');
  if (typeof options?.ref !== 'undefined') validateBoolean(options.ref, 'options.ref');
}

const abortError = (signal) => new AbortError(undefined, { cause: signal?.reason });

// Node runs the listener removal through a private promise subclass's finally(); this keeps
// the same number of microtask hops before the returned promise settles.
function settleThenCleanup(promise, cleanup) {
  return new Promise((resolve, reject) => {
    new Promise((a, b) => promise.then(a, b)).finally(cleanup).then(resolve, reject);
  });
}

// Resolve with `value` once `start(resolve)` fires; abortable through options.signal.
function schedule(options, start, clear) {
  const { signal, ref = true } = options;
  if (signal?.aborted) return Promise.reject(abortError(signal));
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  const handle = start(resolve);
  if (!ref) handle.unref();
  if (!signal) return promise;
  const onAbort = () => {
    if (!handle._destroyed) {
      clear(handle);
      reject(abortError(signal));
    }
  };
  signal.addEventListener('abort', onAbort, listenerOptions(false));
  return settleThenCleanup(promise, () => signal.removeEventListener('abort', onAbort));
}

function setTimeout(after, value, options = kEmptyObject) {
  try {
    validateOptions(options, true, after);
  } catch (err) {
    return Promise.reject(err);
  }
  return schedule(options, (resolve) => timerSet(resolve, after, value), timerClear);
}

function setImmediate(value, options = kEmptyObject) {
  try {
    validateOptions(options, false);
  } catch (err) {
    return Promise.reject(err);
  }
  return schedule(options, (resolve) => immediateSet(resolve, value), immediateClear);
}

async function* setInterval(after, value, options = kEmptyObject) {
  validateOptions(options, true, after);
  const { signal, ref = true } = options;
  if (signal?.aborted) throw abortError(signal);

  let onAbort;
  let interval;
  try {
    let pending = 0; // ticks not yielded yet
    let wake;
    interval = intervalSet(() => {
      pending++;
      if (wake) {
        wake();
        wake = undefined;
      }
    }, after);
    if (!ref) interval.unref();
    if (signal) {
      onAbort = () => {
        intervalClear(interval);
        if (wake) {
          wake(Promise.reject(abortError(signal)));
          wake = undefined;
        }
      };
      signal.addEventListener('abort', onAbort, listenerOptions(true));
    }
    while (!signal?.aborted) {
      if (pending === 0) {
        await new Promise((resolve) => {
          wake = resolve;
        });
      }
      for (; pending > 0; pending--) yield value;
    }
    throw abortError(signal);
  } finally {
    intervalClear(interval);
    signal?.removeEventListener('abort', onAbort);
  }
}

class Scheduler {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  yield() {
    if (!this[kScheduler]) throw new ERR_INVALID_THIS('Scheduler');
    return setImmediate();
  }

  wait(delay, options) {
    if (!this[kScheduler]) throw new ERR_INVALID_THIS('Scheduler');
    return setTimeout(delay, undefined, options);
  }
}

module.exports = {
  setTimeout,
  setImmediate,
  setInterval,
  scheduler: Reflect.construct(function() {
    this[kScheduler] = true;
  }, [], Scheduler),
};
