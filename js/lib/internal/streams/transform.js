'use strict';

// stream.Transform: a Duplex whose readable output is produced from what is
// written to it. Subclasses (or options) supply _transform(chunk, encoding,
// done) and optionally _flush(done), which runs once the writable side ends.

const {
  codes: { ERR_METHOD_NOT_IMPLEMENTED },
} = require('internal/errors');
const Duplex = require('internal/streams/duplex');
const { getHighWaterMark } = require('internal/streams/state');

// The write callback parked while the readable buffer is full.
const kParkedWrite = Symbol('kCallback');

// With readableHighWaterMark 0 the writable side must not buffer either,
// or data would wait forever for a read that never asks for it.
function adjustOptions(self, options) {
  if (!options) return options;
  const readableHwm = getHighWaterMark(self, options, 'readableHighWaterMark', true);
  if (readableHwm !== 0) return options;
  return Object.assign({}, options, {
    highWaterMark: null,
    readableHighWaterMark: readableHwm,
    writableHighWaterMark: options.writableHighWaterMark || 0,
  });
}

function Transform(options) {
  if (!(this instanceof Transform)) return new Transform(options);
  options = adjustOptions(this, options);
  Reflect.apply(Duplex, this, [options]);

  // Output produced during write() must not be delivered synchronously.
  this._readableState.sync = false;
  this[kParkedWrite] = null;

  if (options) {
    const { transform, flush } = options;
    if (typeof transform === 'function') this._transform = transform;
    if (typeof flush === 'function') this._flush = flush;
  }

  // A subclass that replaces _final still needs the flush step; it then
  // happens on 'prefinish'.
  this.on('prefinish', onPrefinish);
}
Object.setPrototypeOf(Transform.prototype, Duplex.prototype);
Object.setPrototypeOf(Transform, Duplex);

// Run _flush (if any), push its result and end the readable side.
function flushAndEnd(done) {
  const finish = (err) => {
    if (done) done(err);
    else if (err) this.destroy(err);
  };
  if (typeof this._flush !== 'function' || this.destroyed) {
    this.push(null);
    finish();
    return;
  }
  this._flush((err, data) => {
    if (err) return finish(err);
    if (data !== undefined && data !== null) this.push(data);
    this.push(null);
    finish();
  });
}

function onPrefinish() {
  if (this._final !== flushAndEnd) Reflect.apply(flushAndEnd, this, []);
}

Transform.prototype._final = flushAndEnd;

Transform.prototype._transform = function(chunk, encoding, callback) {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_transform()');
};

Transform.prototype._write = function(chunk, encoding, callback) {
  const readable = this._readableState;
  const writable = this._writableState;
  const before = readable.length;

  this._transform(chunk, encoding, (err, output) => {
    if (err) {
      callback(err);
      return;
    }
    if (output !== undefined && output !== null) this.push(output);

    const roomLeft = readable.length < readable.highWaterMark;
    const nothingQueued = readable.length === before;
    if (readable.ended) {
      process.nextTick(callback);
    } else if (writable.ended || nothingQueued || roomLeft) {
      callback();
    } else {
      // Back-pressure: the next _read() releases this write.
      this[kParkedWrite] = callback;
    }
  });
};

Transform.prototype._read = function() {
  const parked = this[kParkedWrite];
  if (parked === null || parked === undefined) return;
  this[kParkedWrite] = null;
  parked();
};

module.exports = Transform;
