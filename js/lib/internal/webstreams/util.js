'use strict';

// Shared helpers for the WHATWG streams implementation.

const {
  codes: { ERR_ARG_NOT_ITERABLE, ERR_INVALID_ARG_VALUE, ERR_INVALID_STATE },
  validateFunction,
} = require('internal/errors');

const kState = Symbol('kState');
const kType = Symbol('kType');
const kInspect = Symbol.for('nodejs.util.inspect.custom');

const AsyncIteratorPrototype = Object.getPrototypeOf(
  Object.getPrototypeOf(async function* () {}).prototype);

// Prototype of the objects returned by ReadableStream.prototype.values().
const AsyncIterator = {
  __proto__: AsyncIteratorPrototype,
  next: undefined,
  return: undefined,
};

// A promise plus the functions that settle it. `pending` turns false as
// soon as either function is called.
function deferred() {
  const { promise, resolve, reject } = Promise.withResolvers();
  const record = { promise, resolve: undefined, reject: undefined, pending: true };
  record.resolve = (value) => {
    record.pending = false;
    resolve(value);
  };
  record.reject = (reason) => {
    record.pending = false;
    reject(reason);
  };
  return record;
}

// Same shape for a promise that is already settled (nothing left to call)
// and for an empty slot with no promise at all.
function settled(promise) {
  return { promise, resolve: undefined, reject: undefined, pending: false };
}

function emptyDeferred() {
  return settled(undefined);
}

function extractHighWaterMark(value, fallback) {
  if (value === undefined) return fallback;
  const hwm = +value;
  // NaN fails both comparisons below.
  if (!(hwm >= 0)) throw new ERR_INVALID_ARG_VALUE.RangeError('strategy.highWaterMark', hwm);
  return hwm;
}

const countOne = () => 1;

function extractSizeAlgorithm(size) {
  if (size !== undefined) validateFunction(size, 'strategy.size');
  return size ?? countOne;
}

let lazyInspect;
// Renders `name { ...fields }` one level deeper than the caller.
function customInspect(depth, options, name, fields) {
  if (depth < 0) return undefined;
  lazyInspect ??= require('internal/inspect').inspect;
  const nested = { ...options };
  nested.depth = options.depth == null ? null : options.depth - 1;
  return `${name} ${lazyInspect(fields, nested)}`;
}

// Typed array / DataView fields read through the intrinsic getters, so an
// own property shadowing `buffer` etc. is ignored.
function intrinsicField(view, field) {
  return Reflect.get(view.constructor.prototype, field, view);
}

const viewBuffer = (view) => intrinsicField(view, 'buffer');
const viewByteLength = (view) => intrinsicField(view, 'byteLength');
const viewByteOffset = (view) => intrinsicField(view, 'byteOffset');

function cloneAsUint8Array(view) {
  const start = viewByteOffset(view);
  const copy = viewBuffer(view).slice(start, start + viewByteLength(view));
  return new Uint8Array(copy);
}

function copyArrayBuffer(target, targetOffset, source, sourceOffset, length) {
  const bytes = new Uint8Array(source, sourceOffset, length);
  new Uint8Array(target, targetOffset, length).set(bytes);
}

// Returns a predicate telling whether a value is one of our objects of the
// given interface (its kType tag, plus internal state present).
function isBrandCheck(tag) {
  return (value) => value != null && value[kState] !== undefined && value[kType] === tag;
}

// Controllers keep their chunks as { value, size } entries in
// controller[kState].queue, with the running total in queueTotalSize.
function dequeueValue(controller) {
  const cs = controller[kState];
  const entry = cs.queue.shift();
  // Floating-point sums can drift slightly below zero.
  cs.queueTotalSize = Math.max(0, cs.queueTotalSize - entry.size);
  return entry.value;
}

function resetQueue(controller) {
  const cs = controller[kState];
  cs.queue = [];
  cs.queueTotalSize = 0;
}

function peekQueueValue(controller) {
  return controller[kState].queue[0].value;
}

function enqueueValueWithSize(controller, value, rawSize) {
  const size = +rawSize;
  const usable = size >= 0 && size !== Infinity;
  if (!usable) throw new ERR_INVALID_ARG_VALUE.RangeError('size', size);
  const cs = controller[kState];
  cs.queue.push({ value, size });
  cs.queueTotalSize += size;
}

// Runs a user hook so that the caller always gets a promise back, a throw
// included. Being an async function matters: it fixes how many microtask
// turns pass before the result is seen.
async function invokePromiseCallback(fn, thisArg, ...args) {
  return Reflect.apply(fn, thisArg, args);
}

function createPromiseCallback(name, fn, thisArg) {
  validateFunction(fn, name);
  return (...args) => invokePromiseCallback(fn, thisArg, ...args);
}

const ignoreOutcome = () => {};
// Marks a promise as handled so its rejection is never reported.
function setPromiseHandled(promise) {
  promise.then(ignoreOutcome, ignoreOutcome);
}

// Default hooks when the user supplied none.
function nonOpStart() {}
async function nonOpFlush() {}
async function nonOpPull() {}
async function nonOpCancel() {}
async function nonOpWrite() {}

// Iterator records: { iterator, nextMethod, done }.
function makeRecord(iterator) {
  return { iterator, nextMethod: iterator.next, done: false };
}

// Lifts a sync iterator record to an async one through an async generator
// (which awaits each yielded value, like the spec's wrapper does).
function asyncFromSync(syncRecord) {
  const source = { [Symbol.iterator]: () => syncRecord.iterator };
  async function* lift() {
    return yield* source;
  }
  return makeRecord(lift());
}

function getIterator(obj, kind = 'sync', method) {
  let fn = method;
  if (fn === undefined && kind === 'async') {
    fn = obj[Symbol.asyncIterator];
    if (fn == null) {
      const syncFn = obj[Symbol.iterator];
      if (syncFn === undefined) throw new ERR_ARG_NOT_ITERABLE(obj);
      return asyncFromSync(getIterator(obj, 'sync', syncFn));
    }
  } else if (fn === undefined) {
    fn = obj[Symbol.iterator];
  }
  if (fn === undefined) throw new ERR_ARG_NOT_ITERABLE(obj);
  const iterator = Reflect.apply(fn, obj, []);
  if (iterator === null || typeof iterator !== 'object') {
    throw new ERR_INVALID_STATE.TypeError('The iterator method must return an object');
  }
  return makeRecord(iterator);
}

function iteratorNext(record, value) {
  const args = value === undefined ? [] : [value];
  const result = Reflect.apply(record.nextMethod, record.iterator, args);
  if (result === null || typeof result !== 'object') {
    throw new ERR_INVALID_STATE.TypeError('The iterator.next() method must return an object');
  }
  return result;
}

// Errors created once and shared (e.g. "Writer has been released") would
// otherwise carry the stack of whichever user code happened to create
// them. Frames of the form "    at fn (file...)" that are not node:
// internals are blanked out (the line stays, empty).
const callerFrame = /^ {4}at [^/\\(]+ \((?!node:.+:\d+:\d+\)$)/;
function stripUserFrames(err) {
  const lines = String(err.stack).split('\n');
  err.stack = lines.map((line) => (callerFrame.test(line) ? '' : line)).join('\n');
  return err;
}

const kEnumerableProperty = { __proto__: null, enumerable: true };

function getNonWritablePropertyDescriptor(value) {
  return { __proto__: null, configurable: true, value };
}

// Web IDL members are enumerable on the prototype, and the class name is
// its Symbol.toStringTag (configurable, not writable).
function exposeInterface(klass, members) {
  const table = { __proto__: null };
  for (const key of members) table[key] = kEnumerableProperty;
  table[Symbol.toStringTag] = getNonWritablePropertyDescriptor(klass.name);
  Object.defineProperties(klass.prototype, table);
}

module.exports = {
  AsyncIterator,
  exposeInterface,
  cloneAsUint8Array,
  copyArrayBuffer,
  createPromiseCallback,
  customInspect,
  deferred,
  dequeueValue,
  emptyDeferred,
  enqueueValueWithSize,
  extractHighWaterMark,
  extractSizeAlgorithm,
  getIterator,
  getNonWritablePropertyDescriptor,
  invokePromiseCallback,
  isBrandCheck,
  iteratorNext,
  kEnumerableProperty,
  kInspect,
  kState,
  kType,
  nonOpCancel,
  nonOpFlush,
  nonOpPull,
  nonOpStart,
  nonOpWrite,
  peekQueueValue,
  resetQueue,
  setPromiseHandled,
  settled,
  stripUserFrames,
  viewBuffer,
  viewByteLength,
  viewByteOffset,
};
