'use strict';
// fs.watch, fs.watchFile and fs.promises.watch. The VFS produces the events (for changes made
// inside the sandbox): `fs.watch_add` starts a watch, `fs.watch_next` is an async syscall that
// completes with the next batch of events, `fs.watch_remove` ends it.

const { sys, sysAsync } = internalBinding;
const EventEmitter = require('events');
const pathMod = require('path');
const errors = require('internal/errors');
const { codes } = errors;

function toPath(p, name) {
  if (p !== null && typeof p === 'object' && typeof p.href === 'string' && p.protocol === 'file:') {
    p = require('internal/url').fileURLToPath(p);
  } else if (p instanceof Uint8Array) {
    p = Buffer.from(p).toString();
  }
  if (typeof p !== 'string') throw new codes.ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'URL'], p);
  if (p.includes('\u0000')) {
    throw new codes.ERR_INVALID_ARG_VALUE(name, p, 'must be a string, Uint8Array, or URL without null bytes');
  }
  return p;
}

const abs = (p) => pathMod.resolve(globalThis.process.cwd(), p);

class FSWatcher extends EventEmitter {
  constructor() {
    super();
    this._id = null;
    this._closed = false;
    this._ref = true;
    this._encoding = 'utf8';
  }
  _start(filename, recursive, encoding) {
    this._encoding = encoding || 'utf8';
    this._id = sys('fs.watch_add', { path: abs(filename), recursive: !!recursive }, filename);
    // The first wait is issued after the current tick, so an immediate unref() applies to it.
    queueMicrotask(() => this._pump());
  }
  _pump() {
    if (this._closed) return;
    sysAsync('fs.watch_next', { id: this._id }, undefined, undefined, this._ref).then(
      (events) => {
        if (this._closed || events.length === 0) return;
        for (const ev of events) {
          if (this._closed) return;
          const name = this._encoding === 'buffer' ? Buffer.from(ev.filename) : ev.filename;
          this.emit('change', ev.event_type, name);
        }
        this._pump();
      },
      (err) => {
        if (!this._closed) this.emit('error', err);
      },
    );
  }
  close() {
    if (this._closed) return;
    this._closed = true;
    if (this._id !== null) {
      try {
        sys('fs.watch_remove', { id: this._id });
      } catch {
        // Already gone with its process.
      }
    }
    globalThis.process.nextTick(() => this.emit('close'));
  }
  ref() {
    this._ref = true;
    return this;
  }
  unref() {
    this._ref = false;
    return this;
  }
  [Symbol.dispose]() {
    this.close();
  }
}

function watch(filename, options, listener) {
  const path = toPath(filename, 'filename');
  if (typeof options === 'function') {
    listener = options;
    options = {};
  } else if (typeof options === 'string') {
    options = { encoding: options };
  } else if (options == null) {
    options = {};
  }
  errors.validateObject(options, 'options');
  if (options.recursive !== undefined) errors.validateBoolean(options.recursive, 'options.recursive');
  const w = new FSWatcher();
  if (options.persistent === false) w.unref();
  w._start(path, options.recursive, options.encoding);
  if (listener) w.on('change', listener);
  if (options.signal) {
    errors.validateAbortSignal(options.signal, 'options.signal');
    if (options.signal.aborted) globalThis.process.nextTick(() => w.close());
    else options.signal.addEventListener('abort', () => w.close(), { once: true });
  }
  return w;
}

// watchFile: polling, as Node's StatWatcher does.
const statWatchers = new Map();

class StatWatcher extends EventEmitter {
  constructor(path, interval, persistent) {
    super();
    this._path = path;
    this._prev = statOrZero(path);
    this._timer = setInterval(() => this._check(), interval);
    if (!persistent) this._timer.unref();
  }
  _check() {
    const curr = statOrZero(this._path);
    const prev = this._prev;
    if (curr.mtimeMs !== prev.mtimeMs || curr.size !== prev.size || curr.ino !== prev.ino || curr.nlink !== prev.nlink || curr.mode !== prev.mode) {
      this._prev = curr;
      this.emit('change', curr, prev);
    }
  }
  stop() {
    clearInterval(this._timer);
    globalThis.process.nextTick(() => this.emit('stop'));
  }
  ref() {
    this._timer.ref();
    return this;
  }
  unref() {
    this._timer.unref();
    return this;
  }
}

function statOrZero(path) {
  const fs = require('internal/fs');
  const s = fs.statSync(path, { throwIfNoEntry: false });
  if (s) return s;
  const z = Object.create(fs.Stats.prototype);
  for (const k of ['dev', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'blksize', 'ino', 'size', 'blocks', 'atimeMs', 'mtimeMs', 'ctimeMs', 'birthtimeMs']) z[k] = 0;
  for (const k of ['atime', 'mtime', 'ctime', 'birthtime']) z[k] = new Date(0);
  return z;
}

function watchFile(filename, options, listener) {
  const path = abs(toPath(filename, 'filename'));
  if (typeof options === 'function') {
    listener = options;
    options = {};
  }
  options = { interval: 5007, persistent: true, ...options };
  errors.validateFunction(listener, 'listener');
  let w = statWatchers.get(path);
  if (!w) {
    w = new StatWatcher(path, options.interval, options.persistent);
    statWatchers.set(path, w);
  }
  w.on('change', listener);
  return w;
}

function unwatchFile(filename, listener) {
  const path = abs(toPath(filename, 'filename'));
  const w = statWatchers.get(path);
  if (!w) return;
  if (typeof listener === 'function') w.removeListener('change', listener);
  else w.removeAllListeners('change');
  if (w.listenerCount('change') === 0) {
    w.stop();
    statWatchers.delete(path);
  }
}

// fs.promises.watch: an async iterator of { eventType, filename }.
function promisesWatch(filename, options = {}) {
  const path = toPath(filename, 'filename');
  if (typeof options === 'string') options = { encoding: options };
  errors.validateObject(options, 'options');
  const { signal } = options;
  if (signal) errors.validateAbortSignal(signal, 'options.signal');
  const queue = [];
  let wake = null;
  let done = false;
  let failure = null;
  const w = watch(path, { recursive: options.recursive, persistent: options.persistent, encoding: options.encoding });
  w.on('change', (eventType, name) => {
    queue.push({ eventType, filename: name });
    if (wake) wake();
  });
  const finish = () => {
    done = true;
    w.close();
    if (wake) wake();
  };
  if (signal) {
    if (signal.aborted) {
      failure = new errors.AbortError(undefined, { cause: signal.reason });
      finish();
    } else {
      signal.addEventListener('abort', () => {
        failure = new errors.AbortError(undefined, { cause: signal.reason });
        finish();
      }, { once: true });
    }
  }
  return {
    async next() {
      for (;;) {
        if (queue.length) return { value: queue.shift(), done: false };
        if (failure) throw failure;
        if (done) return { value: undefined, done: true };
        await new Promise((r) => (wake = r));
        wake = null;
      }
    },
    async return() {
      finish();
      return { value: undefined, done: true };
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

module.exports = { watch, watchFile, unwatchFile, promisesWatch, FSWatcher, StatWatcher };
