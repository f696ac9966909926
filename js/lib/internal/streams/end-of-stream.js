'use strict';

// stream.finished(stream, [options], callback): call back exactly once when the
// stream has completed (ended / finished / closed) or failed. The return value
// detaches every listener that was added. The promise form lives at the end.

const {
  AbortError,
  codes: { ERR_INVALID_ARG_TYPE, ERR_STREAM_PREMATURE_CLOSE },
  validateAbortSignal,
  validateFunction,
  validateObject,
  validateBoolean,
} = require('internal/errors');
const probe = require('internal/streams/utils');

const DISPOSE = Symbol.dispose || Symbol.for('nodejs.dispose');
const NO_OPTIONS = Object.freeze({ __proto__: null });
const nop = () => {};

// Wraps fn so only its first invocation gets through.
function firstCallOnly(fn) {
  let spent = false;
  return function(...args) {
    if (spent) return undefined;
    spent = true;
    return Reflect.apply(fn, this, args);
  };
}

let abortListenerApi = null;
function listenForAbort(signal, handler) {
  abortListenerApi ??= require('events').addAbortListener;
  return abortListenerApi(signal, handler);
}

const abortErrorFor = (signal) => new AbortError(undefined, { cause: signal.reason });

// Hooks `onAbort` to the signal (next tick if it is already aborted). When the
// signal is still live, the returned reporter also drops the abort listener
// the moment the stream settles on its own.
function armSignal(signal, onAbort, report, stream) {
  if (signal.aborted) {
    process.nextTick(onAbort);
    return report;
  }
  const registration = listenForAbort(signal, onAbort);
  return firstCallOnly((...args) => {
    registration[DISPOSE]();
    report.apply(stream, args);
  });
}

// The exported function keeps Node's name (finished.name === 'eos').
function eos(stream, options, callback) {
  // finished(stream, callback) leaves the options out altogether.
  const opts = arguments.length === 2 ? NO_OPTIONS : checkedOptions(options);
  const cb = arguments.length === 2 ? options : callback;
  validateFunction(cb, 'callback');
  validateAbortSignal(opts.signal, 'options.signal');
  return watch(stream, opts, firstCallOnly(cb));
}

function checkedOptions(value) {
  if (value == null) return NO_OPTIONS;
  validateObject(value, 'options');
  return value;
}

function watch(stream, options, report) {
  if (probe.isReadableStream(stream) || probe.isWritableStream(stream)) {
    return watchWebStream(stream, options, report);
  }
  if (!probe.isNodeStream(stream)) {
    throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }
  return watchNodeStream(stream, options, report);
}

// An http.ClientRequest-like object (it finishes through its `req`).
const looksLikeRequest = (s) => s.setHeader && typeof s.abort === 'function';

function watchNodeStream(stream, options, report) {
  const ws = stream._writableState;
  const rs = stream._readableState;
  // Which sides the caller cares about, whether each has completed, and the
  // stream's live flag for it.
  const read = {
    want: options.readable ?? probe.isReadableNodeStream(stream),
    done: false,
    open: () => stream.readable,
  };
  const write = {
    want: options.writable ?? probe.isWritableNodeStream(stream),
    done: false,
    open: () => stream.writable,
  };
  // When 'close' is certain to follow, completion is reported from 'close'
  // rather than from 'end' / 'finish'.
  let closeComesLater = probe.willEmitClose(stream) &&
    probe.isReadableNodeStream(stream) === read.want &&
    probe.isWritableNodeStream(stream) === write.want;
  write.done = probe.isWritableFinished(stream, false);
  read.done = probe.isReadableFinished(stream, false);
  let sawClose = probe.isClosed(stream);

  const succeed = () => report.call(stream);
  const fail = (err) => report.call(stream, err);
  const recordedError = () => {
    const err = probe.isWritableErrored(stream) || probe.isReadableErrored(stream);
    return err && typeof err !== 'boolean' ? err : null;
  };

  // 'end' completes the read side and 'finish' the write side; either one
  // reports success once the other side is done or not wanted.
  const sideCompleted = (self, other) => () => {
    self.done = true;
    if (stream.destroyed) closeComesLater = false;
    if (closeComesLater && (!other.open() || other.want)) return;
    if (!other.want || other.done) succeed();
  };
  const onEnd = sideCompleted(read, write);
  const onFinish = sideCompleted(write, read);
  const onError = (err) => fail(err);

  const onClose = () => {
    sawClose = true;
    const err = recordedError();
    if (err) return fail(err);
    const cutShort =
      (read.want && !read.done && probe.isReadableNodeStream(stream, true) &&
        !probe.isReadableFinished(stream, false)) ||
      (write.want && !write.done && !probe.isWritableFinished(stream, false));
    if (cutShort) return fail(new ERR_STREAM_PREMATURE_CLOSE());
    succeed();
  };
  // Used when the stream was already over before we started watching.
  const settleNow = () => {
    sawClose = true;
    const err = recordedError();
    if (err) fail(err);
    else succeed();
  };
  const onLegacyEnd = () => {
    if (!stream.writable) onFinish();
  };
  const onRequest = () => {
    stream.req.on('finish', onFinish);
  };

  if (looksLikeRequest(stream)) {
    stream.on('complete', onFinish);
    if (!closeComesLater) stream.on('abort', onClose);
    if (stream.req) onRequest();
    else stream.on('request', onRequest);
  } else if (write.want && !ws) {
    // Pre-streams2 writables only tell us through 'end' / 'close'.
    stream.on('end', onLegacyEnd);
    stream.on('close', onLegacyEnd);
  }
  if (!closeComesLater && typeof stream.aborted === 'boolean') stream.on('aborted', onClose);
  stream.on('end', onEnd);
  stream.on('finish', onFinish);
  if (options.error !== false) stream.on('error', onError);
  stream.on('close', onClose);

  if (sawClose) {
    process.nextTick(onClose);
  } else if (ws?.errorEmitted || rs?.errorEmitted) {
    if (!closeComesLater) process.nextTick(settleNow);
  } else if (alreadyOver(stream, read, write, closeComesLater)) {
    process.nextTick(settleNow);
  }

  const detach = () => {
    report = nop;
    const before = [['aborted', onClose], ['complete', onFinish], ['abort', onClose], ['request', onRequest]];
    for (const [event, fn] of before) stream.removeListener(event, fn);
    if (stream.req) stream.req.removeListener('finish', onFinish);
    const after = [
      ['end', onLegacyEnd], ['close', onLegacyEnd], ['finish', onFinish],
      ['end', onEnd], ['error', onError], ['close', onClose],
    ];
    for (const [event, fn] of after) stream.removeListener(event, fn);
  };

  if (options.signal && !sawClose) {
    const { signal } = options;
    report = armSignal(signal, () => {
      const last = report;
      detach();
      last.call(stream, abortErrorFor(signal));
    }, report, stream);
  }
  return detach;
}

// Nothing more will happen on the sides we watch, so there is no event left
// to wait for.
function alreadyOver(stream, read, write, closeComesLater) {
  const ws = stream._writableState;
  if (!read.want &&
      (!closeComesLater || probe.isReadable(stream)) &&
      (write.done || probe.isWritable(stream) === false) &&
      (ws == null || ws.pendingcb === undefined || ws.pendingcb === 0)) {
    return true;
  }
  if (!write.want &&
      (!closeComesLater || probe.isWritable(stream)) &&
      (read.done || probe.isReadable(stream) === false)) {
    return true;
  }
  return Boolean(stream._readableState && stream.req && stream.aborted);
}

// WHATWG streams carry a promise that settles when they close.
function watchWebStream(stream, options, report) {
  let abortedFirst = false;
  const { signal } = options;
  if (signal) {
    report = armSignal(signal, () => {
      abortedFirst = true;
      report.call(stream, abortErrorFor(signal));
    }, report, stream);
  }
  const relay = (...args) => {
    if (!abortedFirst) process.nextTick(() => report.apply(stream, args));
  };
  stream[probe.kIsClosedPromise].promise.then(relay, relay);
  return nop;
}

// stream/promises finished(): resolves/rejects instead of calling back;
// { cleanup: true } also detaches the listeners once settled.
function finished(stream, opts) {
  if (opts === null) opts = NO_OPTIONS;
  let detachWhenDone = false;
  if (opts?.cleanup) {
    validateBoolean(opts.cleanup, 'cleanup');
    detachWhenDone = opts.cleanup;
  }
  return new Promise((resolve, reject) => {
    const detach = eos(stream, opts, (err) => {
      if (detachWhenDone) detach();
      if (err) reject(err);
      else resolve();
    });
  });
}

module.exports = eos;
module.exports.finished = finished;
