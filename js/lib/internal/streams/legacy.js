'use strict';

// `Stream`, the original (streams1) base class: an EventEmitter plus a
// minimal pipe() that forwards 'data' and honours back-pressure via
// pause()/resume(). Readable and Writable inherit from it.

const EventEmitter = require('events');

function Stream(opts) {
  EventEmitter.call(this, opts);
}
Object.setPrototypeOf(Stream.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Stream, EventEmitter);

// Put `fn` first in `emitter`'s listener list for `event`, also for
// emitters that predate prependListener().
function prependListener(emitter, event, fn) {
  if (typeof emitter.prependListener === 'function') {
    return emitter.prependListener(event, fn);
  }
  const events = emitter._events;
  const existing = events ? events[event] : undefined;
  if (!existing) {
    emitter.on(event, fn);
  } else if (Array.isArray(existing)) {
    existing.unshift(fn);
  } else {
    events[event] = [fn, existing];
  }
}

Stream.prototype.pipe = function pipe(dest, options) {
  const src = this;
  const subscriptions = [];
  const listen = (target, event, handler, first) => {
    if (first) prependListener(target, event, handler);
    else target.on(event, handler);
    subscriptions.push([target, event, handler]);
  };
  const detach = () => {
    for (const [target, event, handler] of subscriptions) {
      target.removeListener(event, handler);
    }
  };

  listen(src, 'data', (chunk) => {
    const accepted = dest.writable ? dest.write(chunk) : true;
    if (accepted === false && src.pause) src.pause();
  });
  listen(dest, 'drain', () => {
    if (src.readable && src.resume) src.resume();
  });

  // stdout/stderr are never ended by a pipe, and { end: false } opts out.
  const propagateEnd = !dest._isStdio && !(options && options.end === false);
  if (propagateEnd) {
    let done = false;
    listen(src, 'end', () => {
      if (done) return;
      done = true;
      dest.end();
    });
    listen(src, 'close', () => {
      if (done) return;
      done = true;
      if (typeof dest.destroy === 'function') dest.destroy();
    });
  }

  // An error on either end tears the pipe down; if nothing else handles
  // it, it is re-emitted so that it surfaces as unhandled.
  function failed(err) {
    detach();
    if (EventEmitter.listenerCount(this, 'error') === 0) this.emit('error', err);
  }
  listen(src, 'error', failed, true);
  listen(dest, 'error', failed, true);

  listen(src, 'end', detach);
  listen(src, 'close', detach);
  listen(dest, 'close', detach);

  dest.emit('pipe', src);
  return dest;
};

// Readable/Writable pre-create some event slots holding `undefined`; those
// are not real listeners and are left out.
Stream.prototype.eventNames = function eventNames() {
  const table = this._events;
  return Reflect.ownKeys(table).filter((name) => {
    const entry = table[name];
    return typeof entry === 'function' || (Array.isArray(entry) && entry.length !== 0);
  });
};

module.exports = { Stream, prependListener };
