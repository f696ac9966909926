'use strict';

// require('stream'): the legacy Stream constructor doubles as the module
// namespace. The stream classes and helpers hang off it as properties; the
// order in which they are attached is the order util.inspect shows them.

const { codes } = require('internal/errors');
const ops = require('internal/streams/operators');
const compose = require('internal/streams/compose');
const hwm = require('internal/streams/state');
const { pipeline } = require('internal/streams/pipeline');
const { destroyer } = require('internal/streams/destroy');
const finished = require('internal/streams/end-of-stream');
const checks = require('internal/streams/utils');
const { Buffer } = require('buffer');

const PROMISIFY = Symbol.for('nodejs.util.promisify.custom');

const Stream = require('internal/streams/legacy').Stream;
module.exports = Stream;

for (const name of ['isDestroyed', 'isDisturbed', 'isErrored', 'isReadable', 'isWritable']) {
  Stream[name] = checks[name];
}

const Readable = require('internal/streams/readable');
Stream.Readable = Readable;

// Readable.prototype.map/filter/... : plain methods (not constructors) whose
// name and length mirror the operator they forward to. Stream-returning
// operators hand back a Readable built from the async generator.
function installOperators(table, finish) {
  for (const name of Object.keys(table)) {
    const impl = table[name];
    const method = function(...args) {
      if (new.target !== undefined) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
      return finish(Reflect.apply(impl, this, args));
    };
    Object.defineProperties(method, {
      name: { __proto__: null, value: impl.name },
      length: { __proto__: null, value: impl.length },
    });
    Object.defineProperty(Readable.prototype, name, {
      __proto__: null, value: method, writable: true, enumerable: false, configurable: true,
    });
  }
}
installOperators(ops.streamReturningOperators, (gen) => Readable.from(gen));
installOperators(ops.promiseReturningOperators, (result) => result);

Object.assign(Stream, {
  Writable: require('internal/streams/writable'),
  Duplex: require('internal/streams/duplex'),
  Transform: require('internal/streams/transform'),
  PassThrough: require('internal/streams/passthrough'),
  duplexPair: require('internal/streams/duplexpair'),
  pipeline,
  addAbortSignal: require('internal/streams/add-abort-signal').addAbortSignal,
  finished,
  destroy: destroyer,
  compose,
  setDefaultHighWaterMark: hwm.setDefaultHighWaterMark,
  getDefaultHighWaterMark: hwm.getDefaultHighWaterMark,
});

// stream/promises is loaded on first use only.
let promiseApi = null;
const promiseApiNow = () => (promiseApi ??= require('stream/promises'));

Object.defineProperty(Stream, 'promises', {
  __proto__: null, enumerable: true, configurable: true, get: promiseApiNow,
});
// util.promisify(pipeline) / util.promisify(finished) pick the promise forms.
for (const [fn, key] of [[pipeline, 'pipeline'], [finished, 'finished']]) {
  Object.defineProperty(fn, PROMISIFY, {
    __proto__: null, enumerable: true, get: () => promiseApiNow()[key],
  });
}

Stream.Stream = Stream;

// Old private helpers that some userland packages still reach for.
Stream._isArrayBufferView = ArrayBuffer.isView;
Stream._isUint8Array = function isUint8Array(value) {
  return value instanceof Uint8Array;
};
Stream._uint8ArrayToBuffer = function _uint8ArrayToBuffer(chunk) {
  return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
};
