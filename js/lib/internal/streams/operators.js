'use strict';

// The Readable iterator helpers (map, filter, forEach, toArray, some, every,
// find, reduce, flatMap, drop, take, compose). stream.js installs them on
// Readable.prototype; each one consumes `this` through for-await.

const {
  AbortError,
  codes: { ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS, ERR_OUT_OF_RANGE },
  validateAbortSignal,
  validateInteger,
  validateObject,
  validateFunction,
} = require('internal/errors');
const { finished } = require('internal/streams/end-of-stream');
const composeStreams = require('internal/streams/compose');
const { addAbortSignalNoValidate } = require('internal/streams/add-abort-signal');
const { isWritable, isNodeStream } = require('internal/streams/utils');

// A mapper result meaning "emit nothing for this item" (filter, forEach).
const SKIP = Symbol('kEmpty');
// Queued after the last mapped item.
const END = Symbol('kEof');

// Every operator accepts an optional options bag with an optional signal.
function checkOptions(options) {
  if (options == null) return;
  validateObject(options, 'options');
  if (options.signal != null) validateAbortSignal(options.signal, 'options.signal');
}

const aborted = (options) => options?.signal?.aborted === true;

function compose(stream, options) {
  checkOptions(options);
  if (isNodeStream(stream) && !isWritable(stream)) {
    throw new ERR_INVALID_ARG_VALUE('stream', stream, 'must be writable');
  }
  const result = composeStreams(this, stream);
  if (options?.signal) addAbortSignalNoValidate(options.signal, result);
  return result;
}

// Resolves options.concurrency / options.highWaterMark into the two limits
// map() works with: how many calls of fn may run at once, and how many
// results (finished or not) may wait for the consumer.
function mapLimits(options) {
  const concurrency = options?.concurrency != null ? Math.floor(options.concurrency) : 1;
  const extra = options?.highWaterMark != null ? Math.floor(options.highWaterMark) : concurrency - 1;
  validateInteger(concurrency, 'options.concurrency', 1);
  validateInteger(extra, 'options.highWaterMark', 0);
  return { concurrency, buffer: extra + concurrency };
}

function map(fn, options) {
  validateFunction(fn, 'fn');
  checkOptions(options);
  const limits = mapLimits(options);
  return mapGenerator.call(this, fn, options, limits);
}

// Producer/consumer pair: `produce` reads the source and starts fn on each
// item, queueing the result promises in order; the generator body awaits
// the head of the queue and yields it. Each side parks on a promise the
// other one releases.
async function* mapGenerator(fn, options, { concurrency, buffer }) {
  const signal = AbortSignal.any([options?.signal].filter(Boolean));
  const source = this;
  const fnOptions = { signal };
  const pending = [];
  let running = 0;
  let stopped = false;
  let wakeConsumer = null;
  let wakeProducer = null;

  const poke = (which) => {
    if (which === 'consumer' && wakeConsumer) {
      wakeConsumer();
      wakeConsumer = null;
    } else if (which === 'producer' && wakeProducer) {
      wakeProducer();
      wakeProducer = null;
    }
  };
  const mayProduce = () => !stopped && running < concurrency && pending.length < buffer;
  const settled = () => {
    running -= 1;
    if (mayProduce()) poke('producer');
  };
  const failed = () => {
    stopped = true;
    settled();
  };
  const enqueue = (promise) => {
    running += 1;
    promise.then(settled, failed);
    pending.push(promise);
  };

  async function produce() {
    try {
      for await (const item of source) {
        if (stopped) return;
        if (signal.aborted) throw new AbortError();
        let outcome;
        try {
          outcome = fn(item, fnOptions);
          if (outcome === SKIP) continue;
          outcome = Promise.resolve(outcome);
        } catch (err) {
          outcome = Promise.reject(err);
        }
        enqueue(outcome);
        poke('consumer');
        if (!stopped && (pending.length >= buffer || running >= concurrency)) {
          await new Promise((release) => {
            wakeProducer = release;
          });
        }
      }
      pending.push(END);
    } catch (err) {
      // Handed to the consumer in order, behind the results before it.
      const rejection = Promise.reject(err);
      rejection.then(settled, failed);
      pending.push(rejection);
    } finally {
      stopped = true;
      poke('consumer');
    }
  }

  produce();

  try {
    for (;;) {
      while (pending.length > 0) {
        const value = await pending[0];
        if (value === END) return;
        if (signal.aborted) throw new AbortError();
        if (value !== SKIP) yield value;
        pending.shift();
        if (mayProduce()) poke('producer');
      }
      await new Promise((release) => {
        wakeConsumer = release;
      });
    }
  } finally {
    stopped = true;
    poke('producer');
  }
}

function filter(fn, options) {
  validateFunction(fn, 'fn');
  const keepIf = async (value, opts) => ((await fn(value, opts)) ? value : SKIP);
  return map.call(this, keepIf, options);
}

async function some(fn, options = undefined) {
  const matches = filter.call(this, fn, options);
  for await (const _ of matches) return true; // eslint-disable-line no-unused-vars
  return false;
}

async function every(fn, options = undefined) {
  validateFunction(fn, 'fn');
  const fails = async (...args) => !(await fn(...args));
  return !(await some.call(this, fails, options));
}

async function find(fn, options) {
  const matches = filter.call(this, fn, options);
  for await (const hit of matches) return hit;
  return undefined;
}

async function forEach(fn, options) {
  validateFunction(fn, 'fn');
  const visit = async (value, opts) => {
    await fn(value, opts);
    return SKIP;
  };
  const drain = map.call(this, visit, options);
  for await (const _ of drain); // eslint-disable-line no-unused-vars
}

// ERR_MISSING_ARGS with the wording Node uses for reduce() on an empty
// stream without a seed.
class EmptyReduceError extends ERR_MISSING_ARGS {
  constructor() {
    super('reduce');
    this.message = 'Reduce of an empty stream requires an initial value';
  }
}

async function reduce(reducer, initialValue, options) {
  validateFunction(reducer, 'reducer');
  checkOptions(options);
  let seeded = arguments.length > 1;
  let acc = initialValue;

  if (aborted(options)) {
    const err = new AbortError(undefined, { cause: options.signal.reason });
    this.once('error', () => {}); // the error is reported by our rejection
    await finished(this.destroy(err));
    throw err;
  }

  // The reducer gets a signal of its own that also fires when we stop.
  const inner = new AbortController();
  if (options?.signal) {
    options.signal.addEventListener('abort', () => inner.abort(), { once: true });
  }
  let sawItem = false;
  try {
    for await (const value of this) {
      sawItem = true;
      if (aborted(options)) throw new AbortError();
      if (seeded) {
        acc = await reducer(acc, value, { signal: inner.signal });
      } else {
        acc = value;
        seeded = true;
      }
    }
    if (!sawItem && !seeded) throw new EmptyReduceError();
  } finally {
    inner.abort();
  }
  return acc;
}

async function toArray(options) {
  checkOptions(options);
  const collected = [];
  for await (const value of this) {
    if (aborted(options)) throw new AbortError(undefined, { cause: options.signal.reason });
    collected.push(value);
  }
  return collected;
}

function flatMap(fn, options) {
  const mapped = map.call(this, fn, options);
  return (async function* flatMap() {
    for await (const inner of mapped) yield* inner;
  }).call(this);
}

// drop()/take() counts: NaN counts as 0, negatives are refused.
function countArg(value) {
  const n = Number(value);
  if (Number.isNaN(n)) return 0;
  if (n < 0) throw new ERR_OUT_OF_RANGE('number', '>= 0', n);
  return n;
}

function drop(number, options = undefined) {
  checkOptions(options);
  let toSkip = countArg(number);
  return (async function* drop() {
    if (aborted(options)) throw new AbortError();
    for await (const value of this) {
      if (aborted(options)) throw new AbortError();
      if (toSkip > 0) toSkip--;
      else yield value;
    }
  }).call(this);
}

function take(number, options = undefined) {
  checkOptions(options);
  let left = countArg(number);
  return (async function* take() {
    if (aborted(options)) throw new AbortError();
    for await (const value of this) {
      if (aborted(options)) throw new AbortError();
      if (left > 0) {
        left--;
        yield value;
      }
      if (left <= 0) return;
    }
  }).call(this);
}

module.exports.streamReturningOperators = { drop, filter, flatMap, map, take, compose };
module.exports.promiseReturningOperators = { every, forEach, reduce, toArray, some, find };
