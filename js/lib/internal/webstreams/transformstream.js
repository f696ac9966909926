'use strict';

// TransformStream: a writable side whose chunks go through a user
// `transform` hook and come out of a readable side. The two halves are
// ordinary WritableStream / ReadableStream objects built from internal
// algorithms defined below; this file only wires them together and keeps
// the backpressure flag that holds writes back while the reader is full.

const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
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
  extractHighWaterMark,
  extractSizeAlgorithm,
  exposeInterface,
  isBrandCheck,
  kInspect,
  kState,
  kType,
  nonOpCancel,
  nonOpFlush,
} = require('internal/webstreams/util');
const {
  createReadableStream,
  readableStreamDefaultControllerCanCloseOrEnqueue: canPushTo,
  readableStreamDefaultControllerClose: closeReadableSide,
  readableStreamDefaultControllerEnqueue: pushTo,
  readableStreamDefaultControllerError: errorReadableSide,
  readableStreamDefaultControllerGetDesiredSize: readableDesiredSize,
  readableStreamDefaultControllerHasBackpressure: readableIsFull,
} = require('internal/webstreams/readablestream');
const {
  createWritableStream,
  writableStreamDefaultControllerErrorIfNeeded: errorWritableSide,
} = require('internal/webstreams/writablestream');

// Only this module may construct a controller.
const kInternalToken = Symbol('transform controller token');
const NO_OPTIONS = Object.freeze({ __proto__: null });

const isTransformStream = isBrandCheck('TransformStream');
const isTransformStreamDefaultController = isBrandCheck('TransformStreamDefaultController');

function checkStream(self) {
  if (!isTransformStream(self)) throw new ERR_INVALID_THIS('TransformStream');
  return self[kState];
}

function checkController(self) {
  if (!isTransformStreamDefaultController(self)) {
    throw new ERR_INVALID_THIS('TransformStreamDefaultController');
  }
  return self;
}

class TransformStream {
  [kType] = 'TransformStream';

  constructor(transformer = NO_OPTIONS, writableStrategy = NO_OPTIONS,
              readableStrategy = NO_OPTIONS) {
    validateObject(transformer, 'transformer', kValidateObjectAllowObjects);
    validateObject(writableStrategy, 'writableStrategy', kValidateObjectAllowObjectsAndNull);
    validateObject(readableStrategy, 'readableStrategy', kValidateObjectAllowObjectsAndNull);
    // Both "type" members are reserved by the spec; any value is refused.
    const { readableType, writableType, start } = transformer;
    const reserved = [['readableType', readableType], ['writableType', writableType]];
    for (const [key, value] of reserved) {
      if (value !== undefined) throw new ERR_INVALID_ARG_VALUE.RangeError(`transformer.${key}`, value);
    }

    const outHwm = extractHighWaterMark(readableStrategy?.highWaterMark, 0);
    const outSize = extractSizeAlgorithm(readableStrategy?.size);
    const inHwm = extractHighWaterMark(writableStrategy?.highWaterMark, 1);
    const inSize = extractSizeAlgorithm(writableStrategy?.size);

    const started = deferred();
    buildHalves(this, started.promise, inHwm, inSize, outHwm, outSize);
    const controller = attachController(this, transformer);
    started.resolve(start === undefined ? undefined : Reflect.apply(start, transformer, [controller]));
  }

  get readable() {
    return checkStream(this).readable;
  }

  get writable() {
    return checkStream(this).writable;
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, this[kType], {
      readable: this.readable,
      writable: this.writable,
      backpressure: this[kState].backpressure,
    });
  }
}

exposeInterface(TransformStream, ['readable', 'writable']);

class TransformStreamDefaultController {
  [kType] = 'TransformStreamDefaultController';

  constructor(token = undefined) {
    if (token !== kInternalToken) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get desiredSize() {
    const owner = checkController(this)[kState].stream;
    return readableDesiredSize(outputController(owner));
  }

  enqueue(chunk = undefined) {
    emitChunk(checkController(this), chunk);
  }

  error(reason = undefined) {
    failBothSides(checkController(this)[kState].stream, reason);
  }

  terminate() {
    endEarly(checkController(this));
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, this[kType], { stream: this[kState].stream });
  }
}

exposeInterface(TransformStreamDefaultController, ['desiredSize', 'enqueue', 'error', 'terminate']);

// --- plumbing ------------------------------------------------------------

function outputController(stream) {
  return stream[kState].readable[kState].controller;
}

function inputController(stream) {
  return stream[kState].writable[kState].controller;
}

// Creates both halves. They share one start promise so that neither side
// runs its algorithms before the user's start() has settled.
function buildHalves(stream, startPromise, inHwm, inSize, outHwm, outSize) {
  const waitForStart = () => startPromise;
  const writable = createWritableStream(
    waitForStart,
    (chunk) => sinkWrite(stream, chunk),
    () => sinkClose(stream),
    (reason) => sinkAbort(stream, reason),
    inHwm,
    inSize);
  const readable = createReadableStream(
    waitForStart,
    () => sourcePull(stream),
    (reason) => sourceCancel(stream, reason),
    outHwm,
    outSize);
  stream[kState] = {
    __proto__: null,
    readable,
    writable,
    controller: undefined,
    backpressure: undefined,
    // Settled (and replaced) every time `backpressure` flips; writes that
    // arrive while backpressure is on wait for it.
    flip: undefined,
  };
  // A fresh stream starts "full" so the first write waits for a pull.
  setBackpressure(stream, true);
}

// Wraps the user's hooks; missing ones fall back to pass-through / no-op.
function attachController(stream, transformer) {
  const controller = new TransformStreamDefaultController(kInternalToken);
  const hook = (name, fallback) => {
    const fn = transformer[name];
    return fn ? createPromiseCallback(`transformer.${name}`, fn, transformer) : fallback;
  };
  controller[kState] = {
    __proto__: null,
    stream,
    transformAlgorithm: hook('transform', passThrough),
    flushAlgorithm: hook('flush', nonOpFlush),
    cancelAlgorithm: hook('cancel', nonOpCancel),
    // Set once close, abort or cancel has begun; later requests share it.
    finishPromise: undefined,
  };
  stream[kState].controller = controller;
  return controller;
}

async function passThrough(chunk, controller) {
  emitChunk(controller, chunk);
}

function dropHooks(controller) {
  const state = controller[kState];
  state.transformAlgorithm = undefined;
  state.flushAlgorithm = undefined;
  state.cancelAlgorithm = undefined;
}

function setBackpressure(stream, on) {
  const state = stream[kState];
  state.flip?.resolve();
  state.flip = deferred();
  state.backpressure = on;
}

function releaseWrites(stream) {
  if (stream[kState].backpressure) setBackpressure(stream, false);
}

// The writable half fails; pending writes are let go so they observe it.
function failInputSide(stream, error) {
  dropHooks(stream[kState].controller);
  errorWritableSide(inputController(stream), error);
  releaseWrites(stream);
}

function failBothSides(stream, error) {
  errorReadableSide(outputController(stream), error);
  failInputSide(stream, error);
}

function emitChunk(controller, chunk) {
  const { stream } = controller[kState];
  const out = outputController(stream);
  if (!canPushTo(out)) throw new ERR_INVALID_STATE.TypeError('Unable to enqueue');
  try {
    pushTo(out, chunk);
  } catch (error) {
    // Typically a throwing size() from the readable strategy.
    failInputSide(stream, error);
    throw stream[kState].readable[kState].storedError;
  }
  if (readableIsFull(out) !== stream[kState].backpressure) setBackpressure(stream, true);
}

function endEarly(controller) {
  const { stream } = controller[kState];
  closeReadableSide(outputController(stream));
  failInputSide(stream, new ERR_INVALID_STATE.TypeError('TransformStream has been terminated'));
}

async function applyTransform(controller, chunk) {
  try {
    return await controller[kState].transformAlgorithm(chunk, controller);
  } catch (error) {
    failBothSides(controller[kState].stream, error);
    throw error;
  }
}

// Close, abort and cancel all run one user hook exactly once and settle a
// shared promise; `settle` decides what the hook's outcome means.
function finishOnce(controller, runHook, settle) {
  const state = controller[kState];
  if (state.finishPromise !== undefined) return state.finishPromise;
  const done = deferred();
  state.finishPromise = done.promise;
  const hookResult = runHook(state);
  dropHooks(controller);
  hookResult.then(
    () => settle(done, false, undefined),
    (error) => settle(done, true, error));
  return state.finishPromise;
}

// --- algorithms handed to the writable half -------------------------------

function sinkWrite(stream, chunk) {
  const state = stream[kState];
  const { controller } = state;
  if (!state.backpressure) return applyTransform(controller, chunk);
  return state.flip.promise.then(() => {
    const input = state.writable[kState];
    if (input.state === 'erroring') throw input.storedError;
    return applyTransform(controller, chunk);
  });
}

function sinkClose(stream) {
  const { controller, readable } = stream[kState];
  return finishOnce(controller, (s) => s.flushAlgorithm(controller), (done, failed, error) =>
    settleSink(readable, done, failed, error, () => closeReadableSide(readable[kState].controller)));
}

// How a sink close or abort ends: a failed hook errors the readable side; an already errored
// readable side wins; otherwise `onSuccess` finishes the readable side.
function settleSink(readable, done, failed, error, onSuccess) {
  if (failed) {
    errorReadableSide(readable[kState].controller, error);
    done.reject(error);
  } else if (readable[kState].state === 'errored') {
    done.reject(readable[kState].storedError);
  } else {
    onSuccess();
    done.resolve();
  }
}

async function sinkAbort(stream, reason) {
  const { controller, readable } = stream[kState];
  return finishOnce(controller, (s) => s.cancelAlgorithm(reason), (done, failed, error) =>
    settleSink(readable, done, failed, error, () => errorReadableSide(readable[kState].controller, reason)));
}

// --- algorithms handed to the readable half -------------------------------

function sourcePull(stream) {
  setBackpressure(stream, false);
  return stream[kState].flip.promise;
}

function sourceCancel(stream, reason) {
  const { controller, writable } = stream[kState];
  return finishOnce(controller, (s) => s.cancelAlgorithm(reason), (done, failed, error) => {
    if (!failed && writable[kState].state === 'errored') {
      done.reject(writable[kState].storedError);
      return;
    }
    const cause = failed ? error : reason;
    errorWritableSide(writable[kState].controller, cause);
    releaseWrites(stream);
    if (failed) done.reject(cause);
    else done.resolve();
  });
}

module.exports = {
  TransformStream,
  TransformStreamDefaultController,
  isTransformStream,
  isTransformStreamDefaultController,
};
