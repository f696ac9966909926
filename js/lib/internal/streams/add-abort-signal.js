'use strict';

// stream.addAbortSignal(signal, stream): destroy (or, for a web stream,
// error) `stream` with an AbortError when `signal` aborts.

const {
  AbortError,
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const {
  isNodeStream,
  isWebStream,
  kControllerErrorFunction,
} = require('internal/streams/utils');
const eos = require('internal/streams/end-of-stream');

const SymbolDispose = Symbol.dispose || Symbol.for('nodejs.dispose');

// Anything with an `aborted` property is accepted, as in Node.
const isSignalLike = (value) => value !== null && typeof value === 'object' && 'aborted' in value;

function addAbortSignal(signal, stream) {
  if (!isSignalLike(signal)) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  if (!isNodeStream(stream) && !isWebStream(stream)) {
    throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }
  return addAbortSignalNoValidate(signal, stream);
}

// Used by the stream constructors, which have validated their options.
function addAbortSignalNoValidate(signal, stream) {
  if (!isSignalLike(signal)) return stream;
  const nodeStream = isNodeStream(stream);
  const fail = () => {
    const reason = new AbortError(undefined, { cause: signal.reason });
    if (nodeStream) stream.destroy(reason);
    else stream[kControllerErrorFunction](reason);
  };
  if (signal.aborted) {
    fail();
    return stream;
  }
  // Stop listening once the stream is done, whichever way.
  const subscription = require('events').addAbortListener(signal, fail);
  eos(stream, subscription[SymbolDispose]);
  return stream;
}

module.exports = { addAbortSignal, addAbortSignalNoValidate };
