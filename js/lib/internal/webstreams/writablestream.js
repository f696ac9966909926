'use strict';

// WritableStream and its writer / controller classes.
//
// Layout of the internal state (other webstreams files read some of it):
//   stream[kState]  state ('writable' | 'erroring' | 'errored' | 'closed'),
//                   storedError, controller, writer, backpressure, plus the
//                   bookkeeping of outstanding requests (see newStreamState).
//   writer[kState]  stream, ready, close  (each promise slot is a deferred)
//   controller[kState]  the sink hooks, the chunk queue and `started`.
//
// Chunks and the close marker share one queue; `pump` feeds them to the
// sink one at a time once start() has settled.

const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_STATE,
    ERR_INVALID_THIS,
  },
  validateObject,
  kValidateObjectAllowObjects,
  kValidateObjectAllowObjectsAndNull,
} = require('internal/errors');
const {
  createPromiseCallback,
  customInspect,
  deferred,
  dequeueValue,
  emptyDeferred,
  enqueueValueWithSize,
  extractHighWaterMark,
  extractSizeAlgorithm,
  exposeInterface,
  isBrandCheck,
  kInspect,
  kState,
  kType,
  nonOpCancel,
  nonOpStart,
  nonOpWrite,
  peekQueueValue,
  resetQueue,
  setPromiseHandled,
  settled,
  stripUserFrames,
} = require('internal/webstreams/util');
const {
  kIsClosedPromise,
  kControllerErrorFunction,
  kIsErrored,
  kIsWritable,
} = require('internal/streams/utils');

// Queue entry standing for "close the sink once everything before it is written".
const CLOSE_MARK = Symbol('close marker');
const kInternalToken = Symbol('writable controller token');
const NO_OPTIONS = Object.freeze({ __proto__: null });

const isWritableStream = isBrandCheck('WritableStream');
const isWritableStreamDefaultWriter = isBrandCheck('WritableStreamDefaultWriter');
const isWritableStreamDefaultController = isBrandCheck('WritableStreamDefaultController');

const lockedError = () => new ERR_INVALID_STATE.TypeError('WritableStream is locked');
const closedError = () => new ERR_INVALID_STATE.TypeError('WritableStream is closed');
const unboundError = () => new ERR_INVALID_STATE.TypeError('Writer is not bound to a WritableStream');

// One error object is shared by every released writer.
let sharedReleaseError;
function releaseError() {
  sharedReleaseError ??= stripUserFrames(new ERR_INVALID_STATE.TypeError('Writer has been released'));
  return sharedReleaseError;
}

// Promise-returning methods report a bad receiver as a rejection; getters
// and releaseLock() throw instead.
function badStream() {
  return Promise.reject(new ERR_INVALID_THIS('WritableStream'));
}

function badWriter() {
  return Promise.reject(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
}

function newStreamState() {
  return {
    __proto__: null,
    state: 'writable',
    storedError: undefined,
    controller: undefined,
    writer: undefined,
    backpressure: false,
    close: deferred(),
    // Deferreds of write() calls not yet handed to the sink.
    writeRequests: [],
    // The write / close currently running in the sink, if any.
    activeWrite: undefined,
    activeClose: undefined,
    // close() accepted but not yet started.
    queuedClose: undefined,
    // { done, reason, wasAlreadyErroring } while an abort is outstanding.
    abortRequest: undefined,
  };
}

class WritableStream {
  [kType] = 'WritableStream';

  constructor(sink = NO_OPTIONS, strategy = NO_OPTIONS) {
    validateObject(sink, 'sink', kValidateObjectAllowObjects);
    validateObject(strategy, 'strategy', kValidateObjectAllowObjectsAndNull);
    const type = sink?.type;
    if (type !== undefined) throw new ERR_INVALID_ARG_VALUE.RangeError('type', type);

    this[kState] = newStreamState();
    this[kIsClosedPromise] = deferred();
    this[kControllerErrorFunction] = () => {};

    const size = extractSizeAlgorithm(strategy?.size);
    const hwm = extractHighWaterMark(strategy?.highWaterMark, 1);
    connectSink(this, sink, hwm, size);
  }

  get [kIsErrored]() {
    return this[kState].state === 'errored';
  }

  get [kIsWritable]() {
    return this[kState].state === 'writable';
  }

  get locked() {
    if (!isWritableStream(this)) throw new ERR_INVALID_THIS('WritableStream');
    return isWritableStreamLocked(this);
  }

  abort(reason = undefined) {
    if (!isWritableStream(this)) return badStream();
    if (isWritableStreamLocked(this)) return Promise.reject(lockedError());
    return abortStream(this, reason);
  }

  close() {
    if (!isWritableStream(this)) return badStream();
    if (isWritableStreamLocked(this)) return Promise.reject(lockedError());
    if (closingOrClosed(this)) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError('Failure closing WritableStream'));
    }
    return requestClose(this);
  }

  getWriter() {
    if (!isWritableStream(this)) throw new ERR_INVALID_THIS('WritableStream');
    return new WritableStreamDefaultWriter(this);
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, this[kType], {
      locked: this.locked,
      state: this[kState].state,
    });
  }
}

exposeInterface(WritableStream, ['locked', 'abort', 'close', 'getWriter']);

// The stream a writer is bound to, or undefined when it was released.
function boundStream(writer) {
  return writer[kState].stream;
}

class WritableStreamDefaultWriter {
  [kType] = 'WritableStreamDefaultWriter';

  constructor(stream) {
    if (!isWritableStream(stream)) throw new ERR_INVALID_ARG_TYPE('stream', 'WritableStream', stream);
    this[kState] = { stream: undefined, close: emptyDeferred(), ready: emptyDeferred() };
    lockTo(this, stream);
  }

  get closed() {
    if (!isWritableStreamDefaultWriter(this)) return badWriter();
    return this[kState].close.promise;
  }

  get desiredSize() {
    if (!isWritableStreamDefaultWriter(this)) throw new ERR_INVALID_THIS('WritableStreamDefaultWriter');
    const stream = boundStream(this);
    if (stream === undefined) throw unboundError();
    return writerDesiredSize(stream);
  }

  get ready() {
    if (!isWritableStreamDefaultWriter(this)) return badWriter();
    return this[kState].ready.promise;
  }

  abort(reason = undefined) {
    if (!isWritableStreamDefaultWriter(this)) return badWriter();
    const stream = boundStream(this);
    if (stream === undefined) return Promise.reject(unboundError());
    return abortStream(stream, reason);
  }

  close() {
    if (!isWritableStreamDefaultWriter(this)) return badWriter();
    const stream = boundStream(this);
    if (stream === undefined) return Promise.reject(unboundError());
    if (closingOrClosed(stream)) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError('Failure to close WritableStream'));
    }
    return requestClose(stream);
  }

  releaseLock() {
    if (!isWritableStreamDefaultWriter(this)) throw new ERR_INVALID_THIS('WritableStreamDefaultWriter');
    if (boundStream(this) !== undefined) unlockWriter(this);
  }

  write(chunk = undefined) {
    if (!isWritableStreamDefaultWriter(this)) return badWriter();
    if (boundStream(this) === undefined) return Promise.reject(unboundError());
    return writeThrough(this, chunk);
  }

  [kInspect](depth, options) {
    const { stream, close, ready } = this[kState];
    return customInspect(depth, options, this[kType], {
      stream,
      close: close.promise,
      ready: ready.promise,
      desiredSize: this.desiredSize,
    });
  }
}

exposeInterface(WritableStreamDefaultWriter,
  ['closed', 'ready', 'desiredSize', 'abort', 'close', 'releaseLock', 'write']);

class WritableStreamDefaultController {
  [kType] = 'WritableStreamDefaultController';

  constructor(token = undefined) {
    if (token !== kInternalToken) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get signal() {
    if (!isWritableStreamDefaultController(this)) {
      throw new ERR_INVALID_THIS('WritableStreamDefaultController');
    }
    return this[kState].abortController.signal;
  }

  error(error = undefined) {
    if (!isWritableStreamDefaultController(this)) {
      throw new ERR_INVALID_THIS('WritableStreamDefaultController');
    }
    if (this[kState].stream[kState].state === 'writable') failController(this, error);
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, this[kType], { stream: this[kState].stream });
  }
}

exposeInterface(WritableStreamDefaultController, ['signal', 'error']);

// A WritableStream driven by internal algorithms instead of a user sink
// (used by TransformStream).
function createWritableStream(start, write, close, abort, highWaterMark = 1, size = () => 1) {
  const stream = Object.create(WritableStream.prototype);
  stream[kType] = 'WritableStream';
  stream[kState] = newStreamState();
  stream[kIsClosedPromise] = deferred();
  const controller = new WritableStreamDefaultController(kInternalToken);
  installController(stream, controller, { start, write, close, abort }, highWaterMark, size);
  return stream;
}

function isWritableStreamLocked(stream) {
  return stream[kState].writer !== undefined;
}

function closingOrClosed(stream) {
  const st = stream[kState];
  return st.queuedClose !== undefined || st.activeClose !== undefined;
}

// --- writer side ------------------------------------------------------------

const resolvedSlot = () => settled(Promise.resolve());

function rejectedSlot(reason) {
  const slot = settled(Promise.reject(reason));
  setPromiseHandled(slot.promise);
  return slot;
}

function lockTo(writer, stream) {
  if (isWritableStreamLocked(stream)) throw lockedError();
  const ws = writer[kState];
  const st = stream[kState];
  ws.stream = stream;
  st.writer = writer;
  const { state, storedError } = st;
  if (state === 'writable') {
    const mustWait = !closingOrClosed(stream) && st.backpressure;
    ws.ready = mustWait ? deferred() : resolvedSlot();
    ws.close = deferred();
  } else if (state === 'erroring') {
    ws.ready = rejectedSlot(storedError);
    ws.close = deferred();
  } else if (state === 'closed') {
    ws.ready = resolvedSlot();
    ws.close = resolvedSlot();
  } else {
    ws.ready = rejectedSlot(storedError);
    ws.close = rejectedSlot(storedError);
  }
}

// Rejects a writer's `ready` or `closed` slot, replacing it when it has
// already settled so the new rejection is still observable.
function forceReject(writer, slotName, error) {
  const ws = writer[kState];
  if (ws[slotName].pending) ws[slotName].reject?.(error);
  else ws[slotName] = settled(Promise.reject(error));
  setPromiseHandled(ws[slotName].promise);
}

function unlockWriter(writer) {
  const stream = boundStream(writer);
  const error = releaseError();
  forceReject(writer, 'ready', error);
  forceReject(writer, 'close', error);
  stream[kState].writer = undefined;
  writer[kState].stream = undefined;
}

function writerDesiredSize(stream) {
  const { state, controller } = stream[kState];
  if (state === 'errored' || state === 'erroring') return null;
  if (state === 'closed') return 0;
  return spaceLeft(controller);
}

function writeThrough(writer, chunk) {
  const stream = boundStream(writer);
  const { controller } = stream[kState];
  // size() runs first: it is user code and may release or error things.
  const size = measure(controller, chunk);
  if (stream !== boundStream(writer)) {
    return Promise.reject(new ERR_INVALID_STATE.TypeError('Mismatched WritableStreams'));
  }
  const { state, storedError } = stream[kState];
  if (state === 'errored') return Promise.reject(storedError);
  if (closingOrClosed(stream) || state === 'closed') return Promise.reject(closedError());
  if (state === 'erroring') return Promise.reject(storedError);

  const request = deferred();
  stream[kState].writeRequests.push(request);
  enqueueChunk(controller, chunk, size);
  return request.promise;
}

// close() for pipeTo: an already closing / closed destination is fine.
function closeForPipe(writer) {
  const stream = boundStream(writer);
  const { state, storedError } = stream[kState];
  if (closingOrClosed(stream) || state === 'closed') return Promise.resolve();
  if (state === 'errored') return Promise.reject(storedError);
  return requestClose(stream);
}

// --- stream state machine ------------------------------------------------------

function abortStream(stream, reason) {
  const st = stream[kState];
  const { state, controller } = st;
  if (state === 'closed' || state === 'errored') return Promise.resolve();

  controller[kState].abortController.abort(reason);
  if (st.abortRequest !== undefined) return st.abortRequest.done.promise;

  const wasAlreadyErroring = state === 'erroring';
  const done = deferred();
  st.abortRequest = { done, reason: wasAlreadyErroring ? undefined : reason, wasAlreadyErroring };
  if (!wasAlreadyErroring) beginErroring(stream, reason);
  return done.promise;
}

function requestClose(stream) {
  const st = stream[kState];
  const { state, writer, backpressure, controller } = st;
  if (state === 'closed' || state === 'errored') return Promise.reject(closedError());
  const request = deferred();
  st.queuedClose = request;
  // A closing stream never applies backpressure again.
  if (writer !== undefined && backpressure && state === 'writable') writer[kState].ready.resolve?.();
  enqueueValueWithSize(controller, CLOSE_MARK, 0);
  pump(controller);
  return request.promise;
}

function setBackpressure(stream, on) {
  const st = stream[kState];
  if (st.writer !== undefined && st.backpressure !== on) {
    const ws = st.writer[kState];
    if (on) ws.ready = deferred();
    else ws.ready.resolve?.();
  }
  st.backpressure = on;
}

function refreshBackpressure(stream, controller) {
  if (!closingOrClosed(stream) && stream[kState].state === 'writable') {
    setBackpressure(stream, spaceLeft(controller) <= 0);
  }
}

function beginErroring(stream, reason) {
  const st = stream[kState];
  st.state = 'erroring';
  st.storedError = reason;
  if (st.writer !== undefined) forceReject(st.writer, 'ready', reason);
  const busy = st.activeWrite !== undefined || st.activeClose !== undefined;
  if (!busy && st.controller[kState].started) completeErroring(stream);
}

// Last step of erroring: everything still waiting on the stream learns
// about the stored error.
function settleClosedAsErrored(stream) {
  const st = stream[kState];
  if (st.queuedClose !== undefined) {
    st.queuedClose.reject(st.storedError);
    st.queuedClose = undefined;
  }
  setPromiseHandled(stream[kIsClosedPromise].promise);
  stream[kIsClosedPromise].reject(st.storedError);
  if (st.writer !== undefined) {
    const slot = st.writer[kState].close;
    setPromiseHandled(slot.promise);
    slot.reject?.(st.storedError);
  }
}

function completeErroring(stream) {
  const st = stream[kState];
  st.state = 'errored';
  resetQueue(st.controller);
  const { storedError } = st;
  const waiting = st.writeRequests;
  st.writeRequests = [];
  for (const request of waiting) request.reject(storedError);

  const pendingAbort = st.abortRequest;
  st.abortRequest = undefined;
  if (pendingAbort === undefined) {
    settleClosedAsErrored(stream);
    return;
  }
  if (pendingAbort.wasAlreadyErroring) {
    pendingAbort.done.reject(storedError);
    settleClosedAsErrored(stream);
    return;
  }
  const { controller } = st;
  const sinkAbort = controller[kState].abortAlgorithm(pendingAbort.reason);
  forgetHooks(controller);
  sinkAbort.then(
    () => {
      pendingAbort.done.resolve();
      settleClosedAsErrored(stream);
    },
    (error) => {
      pendingAbort.done.reject(error);
      settleClosedAsErrored(stream);
    });
}

// A sink hook (or start) failed.
function onSinkFailure(stream, error) {
  if (stream[kState].state === 'writable') beginErroring(stream, error);
  else completeErroring(stream);
}

function writeSucceeded(stream) {
  const st = stream[kState];
  const request = st.activeWrite;
  st.activeWrite = undefined;
  request?.resolve();
}

function writeFailed(stream, error) {
  const st = stream[kState];
  const request = st.activeWrite;
  st.activeWrite = undefined;
  request?.reject(error);
  onSinkFailure(stream, error);
}

function closeSucceeded(stream) {
  const st = stream[kState];
  const request = st.activeClose;
  st.activeClose = undefined;
  request.resolve();
  if (st.state === 'erroring') {
    // The close won the race against a pending abort.
    st.storedError = undefined;
    const pendingAbort = st.abortRequest;
    st.abortRequest = undefined;
    pendingAbort?.done.resolve();
  }
  st.state = 'closed';
  st.writer?.[kState].close.resolve?.();
  stream[kIsClosedPromise].resolve?.();
}

function closeFailed(stream, error) {
  const st = stream[kState];
  const request = st.activeClose;
  st.activeClose = undefined;
  request.reject(error);
  const pendingAbort = st.abortRequest;
  st.abortRequest = undefined;
  pendingAbort?.done.reject(error);
  onSinkFailure(stream, error);
}

// --- controller: queue and sink calls ------------------------------------------

function spaceLeft(controller) {
  const { highWaterMark, queueTotalSize } = controller[kState];
  return highWaterMark - queueTotalSize;
}

function measure(controller, chunk) {
  const sizeFn = controller[kState].sizeAlgorithm;
  if (sizeFn === undefined) return 1;
  try {
    return Reflect.apply(sizeFn, undefined, [chunk]);
  } catch (error) {
    writableStreamDefaultControllerErrorIfNeeded(controller, error);
    return 1;
  }
}

function enqueueChunk(controller, chunk, size) {
  try {
    enqueueValueWithSize(controller, chunk, size);
  } catch (error) {
    writableStreamDefaultControllerErrorIfNeeded(controller, error);
    return;
  }
  refreshBackpressure(controller[kState].stream, controller);
  pump(controller);
}

function forgetHooks(controller) {
  const cs = controller[kState];
  cs.writeAlgorithm = undefined;
  cs.closeAlgorithm = undefined;
  cs.abortAlgorithm = undefined;
  cs.sizeAlgorithm = undefined;
}

function failController(controller, error) {
  forgetHooks(controller);
  beginErroring(controller[kState].stream, error);
}

function writableStreamDefaultControllerErrorIfNeeded(controller, error) {
  if (controller[kState].stream[kState].state === 'writable') failController(controller, error);
}

// Hands the next queued item to the sink when nothing is running.
function pump(controller) {
  const { queue, started, stream } = controller[kState];
  const st = stream[kState];
  if (!started || st.activeWrite !== undefined) return;
  if (st.state === 'erroring') {
    completeErroring(stream);
    return;
  }
  if (queue.length === 0) return;
  const next = peekQueueValue(controller);
  if (next === CLOSE_MARK) runClose(controller);
  else runWrite(controller, next);
}

function runWrite(controller, chunk) {
  const { stream, writeAlgorithm } = controller[kState];
  const st = stream[kState];
  st.activeWrite = st.writeRequests.shift();
  writeAlgorithm(chunk, controller).then(
    () => {
      writeSucceeded(stream);
      const stateNow = st.state;
      dequeueValue(controller);
      if (!closingOrClosed(stream) && stateNow === 'writable') {
        setBackpressure(stream, spaceLeft(controller) <= 0);
      }
      pump(controller);
    },
    (error) => {
      if (st.state === 'writable') forgetHooks(controller);
      writeFailed(stream, error);
    });
}

function runClose(controller) {
  const { closeAlgorithm, stream } = controller[kState];
  const st = stream[kState];
  st.activeClose = st.queuedClose;
  st.queuedClose = undefined;
  dequeueValue(controller);
  const sinkClose = closeAlgorithm();
  forgetHooks(controller);
  sinkClose.then(() => closeSucceeded(stream), (error) => closeFailed(stream, error));
}

// --- construction ----------------------------------------------------------------

function connectSink(stream, sink, hwm, size) {
  const controller = new WritableStreamDefaultController(kInternalToken);
  const { start, write, close, abort } = sink;
  const wrap = (fn, label, fallback) => (fn ? createPromiseCallback(label, fn, sink) : fallback);
  installController(stream, controller, {
    start: start ? start.bind(sink, controller) : nonOpStart,
    write: wrap(write, 'sink.write', nonOpWrite),
    close: wrap(close, 'sink.close', nonOpCancel),
    abort: wrap(abort, 'sink.abort', nonOpCancel),
  }, hwm, size);
}

function installController(stream, controller, hooks, highWaterMark, sizeAlgorithm) {
  controller[kState] = {
    stream,
    started: false,
    highWaterMark,
    sizeAlgorithm,
    writeAlgorithm: hooks.write,
    closeAlgorithm: hooks.close,
    abortAlgorithm: hooks.abort,
    queue: [],
    queueTotalSize: 0,
    abortController: new AbortController(),
  };
  stream[kState].controller = controller;
  stream[kControllerErrorFunction] = controller.error.bind(controller);
  setBackpressure(stream, spaceLeft(controller) <= 0);

  const startResult = hooks.start();
  new Promise((resolve) => resolve(startResult)).then(
    () => {
      controller[kState].started = true;
      pump(controller);
    },
    (error) => {
      controller[kState].started = true;
      onSinkFailure(stream, error);
    });
}

module.exports = {
  WritableStream,
  WritableStreamDefaultWriter,
  WritableStreamDefaultController,
  isWritableStream,
  isWritableStreamDefaultController,
  isWritableStreamDefaultWriter,
  isWritableStreamLocked,
  writableStreamAbort: abortStream,
  writableStreamClose: requestClose,
  writableStreamCloseQueuedOrInFlight: closingOrClosed,
  writableStreamDefaultWriterWrite: writeThrough,
  writableStreamDefaultWriterRelease: unlockWriter,
  writableStreamDefaultWriterCloseWithErrorPropagation: closeForPipe,
  writableStreamDefaultControllerErrorIfNeeded,
  writableStreamDefaultControllerError: failController,
  createWritableStream,
};
