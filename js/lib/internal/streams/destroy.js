'use strict';

// Tear-down and start-up machinery shared by Readable, Writable and Duplex.
// A stream carries one or two state objects (_writableState and/or
// _readableState); every flag below is kept in step across both, so most of
// the work here goes through the small "side" helpers at the top.
//
// Exported (names fixed by the callers): destroy, undestroy, construct,
// errorOrDestroy, destroyer, kDestroy, kConstruct.

const {
  AbortError,
  aggregateTwoErrors,
  codes: { ERR_MULTIPLE_CALLBACK },
} = require('internal/errors');
const streamUtils = require('internal/streams/utils');

// Private events: kDestroy fires when a destroy() requested during
// construction may proceed; kConstruct when _construct() completed cleanly.
const kDestroy = Symbol('kDestroy');
const kConstruct = Symbol('kConstruct');

// ---- side helpers -------------------------------------------------------

// The state objects of a stream, writable side first (that side is the one
// consulted when only one answer is wanted, e.g. "is it constructed?").
function sides(stream) {
  const out = [];
  const ws = stream._writableState;
  const rs = stream._readableState;
  if (ws) out.push(ws);
  if (rs) out.push(rs);
  return out;
}

function someSide(stream, flag) {
  for (const st of sides(stream)) {
    if (st[flag]) return true;
  }
  return false;
}

function markSides(stream, flag, value) {
  for (const st of sides(stream)) st[flag] = value;
}

// Remember the first error seen on each side. Reading .stack right away
// pins the trace to where the failure happened, not where it is reported.
function keepFirstError(stream, err) {
  if (!err) return;
  void err.stack;
  for (const st of sides(stream)) {
    if (!st.errored) st.errored = err;
  }
}

// ---- event emission (always run from a tick) ----------------------------

function fireError(stream, err) {
  if (someSide(stream, 'errorEmitted')) return;
  markSides(stream, 'errorEmitted', true);
  stream.emit('error', err);
}

function fireClose(stream) {
  markSides(stream, 'closeEmitted', true);
  if (someSide(stream, 'emitClose')) stream.emit('close');
}

function fireErrorThenClose(stream, err) {
  fireError(stream, err);
  fireClose(stream);
}

// ---- destroy ------------------------------------------------------------

// Stream.prototype.destroy(err, cb)
function destroyStream(err, cb) {
  const stream = this;
  if (someSide(stream, 'destroyed')) {
    if (typeof cb === 'function') cb();
    return stream;
  }

  keepFirstError(stream, err);
  markSides(stream, 'destroyed', true);

  const [primary] = sides(stream);
  if (primary.constructed) {
    callUserDestroy(stream, err, cb);
  } else {
    // _construct() is still pending; finish destroying once it reports back,
    // merging any error it produced with ours.
    stream.once(kDestroy, function(constructErr) {
      callUserDestroy(this, aggregateTwoErrors(constructErr, err), cb);
    });
  }
  return stream;
}

// Invoke the implementation's _destroy() and, when it answers (once), mark
// the stream closed and schedule 'error'/'close'.
function callUserDestroy(stream, err, cb) {
  let answered = false;
  const done = (finalErr) => {
    if (answered) return;
    answered = true;
    keepFirstError(stream, finalErr);
    markSides(stream, 'closed', true);
    if (typeof cb === 'function') cb(finalErr);
    if (finalErr) process.nextTick(fireErrorThenClose, stream, finalErr);
    else process.nextTick(fireClose, stream);
  };
  try {
    stream._destroy(err || null, done);
  } catch (thrown) {
    done(thrown);
  }
}

// Stream.prototype._undestroy(): bring a destroyed stream back to a fresh
// state. A side that was created non-readable/non-writable stays finished.
function resetStream() {
  const rs = this._readableState;
  const ws = this._writableState;
  for (const st of sides(this)) {
    Object.assign(st, {
      constructed: true,
      destroyed: false,
      closed: false,
      closeEmitted: false,
      errored: null,
      errorEmitted: false,
    });
  }
  if (rs) {
    const off = rs.readable === false;
    rs.reading = false;
    rs.ended = off;
    rs.endEmitted = off;
  }
  if (ws) {
    const off = ws.writable === false;
    ws.finalCalled = false;
    ws.prefinished = false;
    ws.ended = off;
    ws.ending = off;
    ws.finished = off;
  }
}

// Failures detected by the stream machinery itself. With autoDestroy the
// stream is destroyed; otherwise the error is only recorded and emitted
// (deferred a tick when raised synchronously inside a user call).
function reportStreamError(stream, err, sync) {
  if (someSide(stream, 'destroyed')) return;

  const rs = stream._readableState;
  const ws = stream._writableState;
  if (rs?.autoDestroy || ws?.autoDestroy) {
    stream.destroy(err);
    return;
  }
  if (!err) return;
  keepFirstError(stream, err);
  if (sync) process.nextTick(fireError, stream, err);
  else fireError(stream, err);
}

// ---- construct ----------------------------------------------------------

// Called from the constructors: if the implementation has _construct(),
// hold both sides "unconstructed" and run it on the next tick. A Duplex
// calls this from both parents; only the first call schedules the work.
function startConstruct(stream, onReady) {
  if (typeof stream._construct !== 'function') return;
  markSides(stream, 'constructed', false);
  stream.once(kConstruct, onReady);
  if (stream.listenerCount(kConstruct) === 1) {
    process.nextTick(runUserConstruct, stream);
  }
}

function runUserConstruct(stream) {
  let settled = false;
  const settle = (err) => {
    if (settled) {
      reportStreamError(stream, err ?? new ERR_MULTIPLE_CALLBACK());
      return;
    }
    settled = true;
    markSides(stream, 'constructed', true);
    const [primary] = sides(stream);
    if (primary.destroyed) {
      stream.emit(kDestroy, err);
    } else if (err) {
      reportStreamError(stream, err, true);
    } else {
      stream.emit(kConstruct);
    }
  };
  // The callback is always honoured asynchronously, even if called inline.
  const later = (err) => process.nextTick(settle, err);
  try {
    stream._construct(later);
  } catch (thrown) {
    later(thrown);
  }
}

// ---- destroyer: tear down anything stream-shaped ------------------------

// An http.ClientRequest-like object (aborted rather than destroyed).
function looksLikeClientRequest(obj) {
  return Boolean(obj?.setHeader) && typeof obj.abort === 'function';
}

function emitPlainClose(obj) {
  obj.emit('close');
}

function emitPlainErrorThenClose(obj, err) {
  obj.emit('error', err);
  process.nextTick(emitPlainClose, obj);
}

// Used by pipeline/compose/duplexify to stop a participant, whatever kind
// of stream (or legacy emitter) it is. A stream that had not finished gets
// an AbortError when no explicit error is given.
function tearDown(stream, err) {
  if (!stream || streamUtils.isDestroyed(stream)) return;
  const reason = err || (streamUtils.isFinished(stream) ? err : new AbortError());

  if (streamUtils.isServerRequest(stream)) {
    stream.socket = null;
    stream.destroy(reason);
  } else if (looksLikeClientRequest(stream)) {
    stream.abort();
  } else if (looksLikeClientRequest(stream.req)) {
    stream.req.abort();
  } else if (typeof stream.destroy === 'function') {
    stream.destroy(reason);
  } else if (typeof stream.close === 'function') {
    stream.close();
  } else if (reason) {
    process.nextTick(emitPlainErrorThenClose, stream, reason);
  } else {
    process.nextTick(emitPlainClose, stream);
  }

  if (!stream.destroyed) stream[streamUtils.kIsDestroyed] = true;
}

module.exports = {
  construct: startConstruct,
  destroyer: tearDown,
  destroy: destroyStream,
  undestroy: resetStream,
  errorOrDestroy: reportStreamError,
  kDestroy,
  kConstruct,
};
