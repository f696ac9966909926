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

// A promise with its resolvers; `pending` tracks whether it is settled.
function deferred() {
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  const d = {
    promise,
    resolve(v) {
      d.pending = false;
      resolve(v);
    },
    reject(e) {
      d.pending = false;
      reject(e);
    },
    pending: true,
  };
  return d;
}

function settled(promise) {
  return { promise, resolve: undefined, reject: undefined, pending: false };
}

function emptyDeferred() {
  return { promise: undefined, resolve: undefined, reject: undefined, pending: false };
}

function extractHighWaterMark(value, defaultHWM) {
  if (value === undefined) return defaultHWM;
  value = +value;
  if (typeof value !== 'number' || Number.isNaN(value) || value < 0) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('strategy.highWaterMark', value);
  }
  return value;
}

function extractSizeAlgorithm(size) {
  if (size === undefined) return () => 1;
  validateFunction(size, 'strategy.size');
  return size;
}

let inspectFn;
function customInspect(depth, options, name, data) {
  if (depth < 0) return this;
  inspectFn ??= require('internal/inspect').inspect;
  const opts = {
    ...options,
    depth: options.depth == null ? null : options.depth - 1,
  };
  return `${name} ${inspectFn(data, opts)}`;
}

function viewBuffer(view) {
  return Reflect.get(view.constructor.prototype, 'buffer', view);
}

function viewByteLength(view) {
  return Reflect.get(view.constructor.prototype, 'byteLength', view);
}

function viewByteOffset(view) {
  return Reflect.get(view.constructor.prototype, 'byteOffset', view);
}

function cloneAsUint8Array(view) {
  const buffer = viewBuffer(view);
  const byteOffset = viewByteOffset(view);
  const byteLength = viewByteLength(view);
  return new Uint8Array(buffer.slice(byteOffset, byteOffset + byteLength));
}

function copyArrayBuffer(to, toIndex, from, fromIndex, count) {
  new Uint8Array(to, toIndex, count).set(new Uint8Array(from, fromIndex, count));
}

function isBrandCheck(brand) {
  return (value) => value != null && value[kState] !== undefined && value[kType] === brand;
}

// Queue-with-sizes operations on a controller's state.
function dequeueValue(controller) {
  const { value, size } = controller[kState].queue.shift();
  controller[kState].queueTotalSize = Math.max(0, controller[kState].queueTotalSize - size);
  return value;
}

function resetQueue(controller) {
  controller[kState].queue = [];
  controller[kState].queueTotalSize = 0;
}

function peekQueueValue(controller) {
  return controller[kState].queue[0].value;
}

function enqueueValueWithSize(controller, value, size) {
  size = +size;
  if (typeof size !== 'number' || size < 0 || Number.isNaN(size) || size === Infinity) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('size', size);
  }
  controller[kState].queue.push({ value, size });
  controller[kState].queueTotalSize += size;
}

// Calls a user callback so that it always yields a promise (like Node's,
// through an async function: same number of microtask hops).
async function invokePromiseCallback(fn, thisArg, ...args) {
  return Reflect.apply(fn, thisArg, args);
}

function createPromiseCallback(name, fn, thisArg) {
  validateFunction(fn, name);
  return (...args) => invokePromiseCallback(fn, thisArg, ...args);
}

function setPromiseHandled(promise) {
  promise.then(() => {}, () => {});
}

async function nonOpFlush() {}
function nonOpStart() {}
async function nonOpPull() {}
async function nonOpCancel() {}
async function nonOpWrite() {}

function createAsyncFromSyncIterator(syncIteratorRecord) {
  const syncIterable = {
    [Symbol.iterator]: () => syncIteratorRecord.iterator,
  };
  const asyncIterator = (async function* () {
    return yield* syncIterable;
  }());
  return { iterator: asyncIterator, nextMethod: asyncIterator.next, done: false };
}

function getIterator(obj, kind = 'sync', method) {
  if (method === undefined) {
    if (kind === 'async') {
      method = obj[Symbol.asyncIterator];
      if (method == null) {
        const syncMethod = obj[Symbol.iterator];
        if (syncMethod === undefined) throw new ERR_ARG_NOT_ITERABLE(obj);
        return createAsyncFromSyncIterator(getIterator(obj, 'sync', syncMethod));
      }
    } else {
      method = obj[Symbol.iterator];
    }
  }
  if (method === undefined) throw new ERR_ARG_NOT_ITERABLE(obj);
  const iterator = Reflect.apply(method, obj, []);
  if (typeof iterator !== 'object' || iterator === null) {
    throw new ERR_INVALID_STATE.TypeError('The iterator method must return an object');
  }
  return { iterator, nextMethod: iterator.next, done: false };
}

function iteratorNext(record, value) {
  const result = value === undefined ?
    Reflect.apply(record.nextMethod, record.iterator, []) :
    Reflect.apply(record.nextMethod, record.iterator, [value]);
  if (typeof result !== 'object' || result === null) {
    throw new ERR_INVALID_STATE.TypeError('The iterator.next() method must return an object');
  }
  return result;
}

// Shared, lazily created errors drop the user frames of their stack (the
// stack would only point at whoever triggered the creation), as in Node.
const userModuleRegExp = /^ {4}at (?:[^/\\(]+ \()(?!node:(.+):\d+:\d+\)$).*/gm;
function stripUserFrames(err) {
  err.stack = String(err.stack).replace(userModuleRegExp, '');
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
