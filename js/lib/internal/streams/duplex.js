'use strict';

// stream.Duplex: one object with a readable and a writable side. It inherits
// from Readable and borrows Writable's prototype methods (instanceof Writable
// still holds through Writable's Symbol.hasInstance).

module.exports = Duplex;

const { Stream } = require('internal/streams/legacy');
const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');
const { addAbortSignal } = require('internal/streams/add-abort-signal');
const lifecycle = require('internal/streams/destroy');
const { kOnConstructed } = require('internal/streams/utils');

Object.setPrototypeOf(Duplex.prototype, Readable.prototype);
Object.setPrototypeOf(Duplex, Readable);

// Writable methods Readable does not already provide; destroy() is always
// Writable's.
for (const name of Object.keys(Writable.prototype)) {
  if (!Duplex.prototype[name]) Duplex.prototype[name] = Writable.prototype[name];
}
Duplex.prototype.destroy = Writable.prototype.destroy;

// Listener slots the stream machinery uses, pre-created so every Duplex
// starts with the same `_events` layout.
const EVENT_SLOTS = ['close', 'error', 'prefinish', 'finish', 'drain', 'data', 'end', 'readable'];

// Implementation hooks that may be passed as options (in this order: it is
// the order the own properties appear in).
const HOOKS = [
  ['read', '_read'], ['write', '_write'], ['writev', '_writev'],
  ['destroy', '_destroy'], ['final', '_final'], ['construct', '_construct'],
];

// A side switched off by { readable: false } / { writable: false } starts
// out as if it had already ended.
function closeReadSide(state) {
  state.readable = false;
  state.ended = true;
  state.endEmitted = true;
}

function closeWriteSide(state) {
  state.writable = false;
  state.ending = true;
  state.ended = true;
  state.finished = true;
}

function Duplex(options) {
  if (!(this instanceof Duplex)) return new Duplex(options);

  if (this._events == null) {
    const slots = {};
    for (const name of EVENT_SLOTS) slots[name] = undefined;
    this._events = slots;
  }
  this._readableState = new Readable.ReadableState(options, this, true);
  this._writableState = new Writable.WritableState(options, this, true);
  this.allowHalfOpen = options ? options.allowHalfOpen !== false : true;

  if (options) {
    if (options.readable === false) closeReadSide(this._readableState);
    if (options.writable === false) closeWriteSide(this._writableState);
    for (const [option, hook] of HOOKS) {
      if (typeof options[option] === 'function') this[hook] = options[option];
    }
    if (options.signal) addAbortSignal(options.signal, this);
  }

  Stream.call(this, options);

  if (this._construct != null) {
    lifecycle.construct(this, () => {
      this._readableState[kOnConstructed](this);
      this._writableState[kOnConstructed](this);
    });
  }
}

// The writable-side getters are Writable's own.
const borrowed = {};
for (const name of ['writable', 'writableHighWaterMark', 'writableObjectMode', 'writableBuffer',
  'writableLength', 'writableFinished', 'writableCorked', 'writableEnded', 'writableNeedDrain']) {
  borrowed[name] = { __proto__: null, ...Object.getOwnPropertyDescriptor(Writable.prototype, name) };
}
// Destroyed only once both sides are.
borrowed.destroyed = {
  __proto__: null,
  get() {
    const r = this._readableState;
    const w = this._writableState;
    return r !== undefined && w !== undefined ? r.destroyed && w.destroyed : false;
  },
  set(value) {
    if (!this._readableState || !this._writableState) return;
    this._readableState.destroyed = value;
    this._writableState.destroyed = value;
  },
};
Object.defineProperties(Duplex.prototype, borrowed);

// Web stream interop and Duplex.from() load their code on first use.
let webAdapters = null;
const adapters = () => (webAdapters ??= require('internal/webstreams/adapters'));
let toDuplex = null;

Duplex.fromWeb = function(pair, options) {
  return adapters().newStreamDuplexFromReadableWritablePair(pair, options);
};
Duplex.toWeb = function(duplex) {
  return adapters().newReadableWritablePairFromDuplex(duplex);
};
Duplex.from = function(body) {
  toDuplex ??= require('internal/streams/duplexify');
  return toDuplex(body, 'body');
};
