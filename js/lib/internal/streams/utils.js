'use strict';

// Stream predicates shared by the stream implementation. The Symbol.for keys
// are the ones Node and the readable-stream package agree on.

const kIsDestroyed = Symbol.for('nodejs.stream.destroyed');
const kIsErrored = Symbol.for('nodejs.stream.errored');
const kIsReadable = Symbol.for('nodejs.stream.readable');
const kIsWritable = Symbol.for('nodejs.stream.writable');
const kIsDisturbed = Symbol.for('nodejs.stream.disturbed');
const kIsClosedPromise = Symbol.for('nodejs.webstream.isClosedPromise');
const kControllerErrorFunction = Symbol.for('nodejs.webstream.controllerErrorFunction');
const kOnConstructed = Symbol('kOnConstructed');

// Bits shared by ReadableState and WritableState bit fields.
const kState = Symbol('kState');
const kObjectMode = 1 << 0;
const kErrorEmitted = 1 << 1;
const kAutoDestroy = 1 << 2;
const kEmitClose = 1 << 3;
const kDestroyed = 1 << 4;
const kClosed = 1 << 5;
const kCloseEmitted = 1 << 6;
const kErrored = 1 << 7;
const kConstructed = 1 << 8;

const isFn = (v) => typeof v === 'function';
const isBool = (v) => typeof v === 'boolean';
// Does `obj` have a callable property for every name given?
const hasMethods = (obj, ...names) => names.every((name) => isFn(obj[name]));

// ---- What kind of stream is it? -------------------------------------------
// Node streams are recognised by shape (their state objects or their
// methods), web streams by their method set, and only when they are not Node
// streams.

function isNodeStream(obj) {
  if (!obj) return false;
  if (obj._readableState || obj._writableState) return true;
  return isFn(obj.on) && (isFn(obj.write) || isFn(obj.pipe));
}

// A Duplex whose readable side was switched off does not count as readable.
function isReadableNodeStream(obj, strict = false) {
  if (!obj || !hasMethods(obj, 'pipe', 'on')) return false;
  if (strict && !hasMethods(obj, 'pause', 'resume')) return false;
  if (!obj._writableState) return true;
  const readableSide = obj._readableState;
  return Boolean(readableSide) && readableSide.readable !== false;
}

function isWritableNodeStream(obj) {
  if (!obj || !hasMethods(obj, 'write', 'on')) return false;
  if (!obj._readableState) return true;
  return obj._writableState?.writable !== false;
}

function isDuplexNodeStream(obj) {
  return Boolean(obj && obj._readableState) && hasMethods(obj, 'pipe', 'on', 'write');
}

function isReadableStream(obj) {
  return Boolean(obj) && !isNodeStream(obj) && hasMethods(obj, 'pipeThrough', 'getReader', 'cancel');
}

function isWritableStream(obj) {
  return Boolean(obj) && !isNodeStream(obj) && hasMethods(obj, 'getWriter', 'abort');
}

function isTransformStream(obj) {
  if (!obj || isNodeStream(obj)) return false;
  return typeof obj.readable === 'object' && typeof obj.writable === 'object';
}

function isWebStream(obj) {
  return isReadableStream(obj) || isWritableStream(obj) || isTransformStream(obj);
}

// isAsync: true = async iterables only, false = sync only, omitted = either.
function isIterable(obj, isAsync) {
  if (obj === null || obj === undefined) return false;
  const asyncOk = isAsync !== false && isFn(obj[Symbol.asyncIterator]);
  const syncOk = isAsync !== true && isFn(obj[Symbol.iterator]);
  return asyncOk || syncOk;
}

// ---- Where is it in its life cycle? -----------------------------------------
// Each returns null when the answer cannot be told from the object.

function isDestroyed(stream) {
  if (!isNodeStream(stream)) return null;
  if (stream.destroyed || stream[kIsDestroyed]) return true;
  const state = stream._writableState || stream._readableState;
  return Boolean(state && state.destroyed);
}

// Shared shape of the ended/finished questions: a public shortcut flag, then
// the state object (an errored side is never "done"), then a lenient variant
// (strict === false) that also accepts "ended with nothing left buffered".
function sideReached(state, flag, strict) {
  if (state?.errored) return false;
  if (!isBool(state?.[flag])) return null;
  if (state[flag]) return true;
  return strict === false && state.ended === true && state.length === 0;
}

function isWritableEnded(stream) {
  if (!isWritableNodeStream(stream)) return null;
  if (stream.writableEnded === true) return true;
  return sideReached(stream._writableState, 'ended', true);
}

function isWritableFinished(stream, strict) {
  if (!isWritableNodeStream(stream)) return null;
  if (stream.writableFinished === true) return true;
  return sideReached(stream._writableState, 'finished', strict);
}

function isReadableEnded(stream) {
  if (!isReadableNodeStream(stream)) return null;
  if (stream.readableEnded === true) return true;
  const state = stream._readableState;
  // Unlike the writable side, a missing state means "not ended".
  if (!state) return false;
  return sideReached(state, 'ended', true);
}

function isReadableFinished(stream, strict) {
  if (!isReadableNodeStream(stream)) return null;
  return sideReached(stream._readableState, 'endEmitted', strict);
}

function isReadable(stream) {
  const declared = stream ? stream[kIsReadable] : undefined;
  if (declared !== undefined && declared !== null) return declared;
  if (!isBool(stream?.readable)) return null;
  if (isDestroyed(stream)) return false;
  return isReadableNodeStream(stream) && stream.readable && !isReadableFinished(stream);
}

function isWritable(stream) {
  const declared = stream ? stream[kIsWritable] : undefined;
  if (declared !== undefined && declared !== null) return declared;
  if (!isBool(stream?.writable)) return null;
  if (isDestroyed(stream)) return false;
  return isWritableNodeStream(stream) && stream.writable && !isWritableEnded(stream);
}

function isFinished(stream, opts) {
  if (!isNodeStream(stream)) return null;
  if (isDestroyed(stream)) return true;
  const stillReading = opts?.readable !== false && isReadable(stream);
  const stillWriting = opts?.writable !== false && isWritable(stream);
  return !(stillReading || stillWriting);
}

function isWritableErrored(stream) {
  if (!isNodeStream(stream)) return null;
  return stream.writableErrored || (stream._writableState?.errored ?? null);
}

function isReadableErrored(stream) {
  if (!isNodeStream(stream)) return null;
  return stream.readableErrored || (stream._readableState?.errored ?? null);
}

// http.OutgoingMessage / ServerResponse / IncomingMessage are told apart by
// the private fields they carry.
const allBooleans = (obj, keys) => keys.every((key) => isBool(obj[key]));

function isOutgoingMessage(stream) {
  return allBooleans(stream, ['_closed', '_defaultKeepAlive', '_removedConnection', '_removedContLen']);
}

function isServerResponse(stream) {
  return isBool(stream._sent100) && isOutgoingMessage(stream);
}

function isServerRequest(stream) {
  return allBooleans(stream, ['_consuming', '_dumped']) && stream.req?.upgradeOrConnect === undefined;
}

function isClosed(stream) {
  if (!isNodeStream(stream)) return null;
  if (isBool(stream.closed)) return stream.closed;
  const w = stream._writableState;
  const r = stream._readableState;
  if (isBool(w?.closed) || isBool(r?.closed)) return w?.closed || r?.closed;
  if (isBool(stream._closed) && isOutgoingMessage(stream)) return stream._closed;
  return null;
}

function willEmitClose(stream) {
  if (!isNodeStream(stream)) return null;
  const state = stream._writableState || stream._readableState;
  if (!state) return isServerResponse(stream);
  return Boolean(state.autoDestroy && state.emitClose && state.closed === false);
}

function isDisturbed(stream) {
  if (!stream) return false;
  const declared = stream[kIsDisturbed];
  if (declared !== undefined && declared !== null) return Boolean(declared);
  return Boolean(stream.readableDidRead || stream.readableAborted);
}

// The first of these that is not null/undefined decides.
const erroredSources = [
  (s) => s[kIsErrored],
  (s) => s.readableErrored,
  (s) => s.writableErrored,
  (s) => s._readableState?.errorEmitted,
  (s) => s._writableState?.errorEmitted,
  (s) => s._readableState?.errored,
  (s) => s._writableState?.errored,
];

function isErrored(stream) {
  if (!stream) return false;
  for (const source of erroredSources) {
    const value = source(stream);
    if (value !== undefined && value !== null) return Boolean(value);
  }
  return false;
}

module.exports = {
  kOnConstructed,
  kState,
  kObjectMode,
  kErrorEmitted,
  kAutoDestroy,
  kEmitClose,
  kDestroyed,
  kClosed,
  kCloseEmitted,
  kErrored,
  kConstructed,
  kIsDestroyed,
  kIsDisturbed,
  kIsErrored,
  kIsReadable,
  kIsWritable,
  kIsClosedPromise,
  kControllerErrorFunction,
  isClosed,
  isDestroyed,
  isDisturbed,
  isDuplexNodeStream,
  isErrored,
  isFinished,
  isIterable,
  isNodeStream,
  isReadable,
  isReadableEnded,
  isReadableErrored,
  isReadableFinished,
  isReadableNodeStream,
  isReadableStream,
  isServerRequest,
  isServerResponse,
  isTransformStream,
  isWebStream,
  isWritable,
  isWritableEnded,
  isWritableErrored,
  isWritableFinished,
  isWritableNodeStream,
  isWritableStream,
  willEmitClose,
};
