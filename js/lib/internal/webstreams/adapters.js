'use strict';

// Bridges between classic Node streams and web streams: the conversions
// behind Readable/Writable/Duplex .toWeb() and .fromWeb().
//
// Two directions:
//   node -> web: a web stream whose source / sink forwards to the Node
//                stream and watches it with finished();
//   web -> node: a Node stream whose _read / _write / _final / _destroy
//                talk to a locked reader or writer.

const {
  AbortError,
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_STREAM_PREMATURE_CLOSE },
  validateBoolean,
  validateObject,
} = require('internal/errors');
const { ReadableStream, isReadableStream } = require('internal/webstreams/readablestream');
const { WritableStream, isWritableStream } = require('internal/webstreams/writablestream');
const { CountQueuingStrategy, ByteLengthQueuingStrategy } = require('internal/webstreams/queuingstrategies');
const { deferred } = require('internal/webstreams/util');
const { Buffer } = require('buffer');
const { isDestroyed, isReadable, isWritable, isWritableEnded } = require('internal/streams/utils');
const finished = require('internal/streams/end-of-stream');
const { destroyer: destroy } = require('internal/streams/destroy');

const NO_OPTIONS = Object.freeze({ __proto__: null });
const ignore = () => {};
let utf8Encoder;

const nodeStreams = () => require('stream');

// A premature close of the Node side shows up on the web side as an abort.
function webFacingError(cause) {
  return cause?.code === 'ERR_STREAM_PREMATURE_CLOSE' ? new AbortError(undefined, { cause }) : cause;
}

function stringToBytes(text, encoding) {
  const name = `${encoding || 'utf8'}`.toLowerCase();
  if (name === 'utf8' || name === 'utf-8') {
    utf8Encoder ??= new TextEncoder();
    return utf8Encoder.encode(text);
  }
  const buf = Buffer.from(text, encoding);
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

function checkEncoding(encoding) {
  if (encoding !== undefined && !Buffer.isEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE(encoding, 'options.encoding');
  }
}

// Calls a Node stream callback; a throw from it is reported in the way
// `onThrow` chooses (it must not escape into the promise chain).
function invokeCallback(callback, arg, onThrow) {
  try {
    callback(arg);
  } catch (err) {
    onThrow(err);
  }
}

const laterDestroy = (box) => (err) => process.nextTick(() => destroy(box.stream, err));
const laterThrow = (err) => process.nextTick(() => {
  throw err;
});

// --- web -> node: hook builders shared by Writable and Duplex ----------------

// _write / _writev / _final that forward to a WritableStream writer.
// `box.stream` is the Node stream (assigned once it exists);
// `box.writerDone` turns true once writer.closed has settled.
function writerHooks(writer, box, decodeStrings, objectMode) {
  return {
    writev(chunks, callback) {
      const report = (errors) => {
        const real = errors.filter((e) => e);
        invokeCallback(callback, real.length === 0 ? undefined : real, laterDestroy(box));
      };
      writer.ready.then(
        () => Promise.all(chunks.map((entry) => writer.write(entry.chunk))).then(report, report),
        report);
    },

    write(chunk, encoding, callback) {
      if (typeof chunk === 'string' && decodeStrings && !objectMode) chunk = stringToBytes(chunk, encoding);
      const report = (error) => invokeCallback(callback, error, (err) => destroy(box.stream, err));
      writer.ready.then(() => writer.write(chunk).then(report, report), report);
    },

    final(callback) {
      const report = (error) => invokeCallback(callback, error, laterDestroy(box));
      if (!box.writerDone) writer.close().then(report, report);
    },
  };
}

// _read that pulls one chunk from a ReadableStream reader.
function readerHook(reader, box) {
  return function read() {
    reader.read().then(
      (result) => box.stream.push(result.done ? null : result.value),
      (error) => destroy(box.stream, error));
  };
}

function finishDestroy(callback, error) {
  return () => invokeCallback(callback, error, laterThrow);
}

// Stand-ins for a side that is already finished.
function closedWritable() {
  const stream = new WritableStream();
  stream.close();
  return stream;
}

function cancelledReadable() {
  const stream = new ReadableStream();
  stream.cancel();
  return stream;
}

// --- node -> web ------------------------------------------------------------------

function newWritableStreamFromStreamWritable(streamWritable) {
  const looksWritable = streamWritable && typeof streamWritable.write === 'function' &&
    typeof streamWritable.on === 'function';
  if (!looksWritable) throw new ERR_INVALID_ARG_TYPE('streamWritable', 'stream.Writable', streamWritable);
  if (isDestroyed(streamWritable) || !isWritable(streamWritable)) {
    return closedWritable();
  }

  const highWaterMark = streamWritable.writableHighWaterMark;
  const strategy = streamWritable.writableObjectMode ?
    new CountQueuingStrategy({ highWaterMark }) :
    { highWaterMark };

  let controller;
  let drained; // deferred while a write waits for 'drain'
  let ending; // deferred while close() waits for 'finish'

  const stopWatching = finished(streamWritable, (rawError) => {
    const error = webFacingError(rawError);
    stopWatching();
    // From here on the web stream carries any later error.
    streamWritable.on('error', ignore);
    if (error == null && ending !== undefined) {
      ending.resolve();
      ending = undefined;
      return;
    }
    if (error != null) {
      drained?.reject(error);
      ending?.reject(error);
      ending = undefined;
    }
    controller.error(error ?? new AbortError());
    controller = undefined;
  });

  streamWritable.on('drain', () => drained?.resolve());

  return new WritableStream({
    start(c) {
      controller = c;
    },
    write(chunk) {
      if (!streamWritable.writableNeedDrain && streamWritable.write(chunk)) return;
      drained = deferred();
      return drained.promise.finally(() => {
        drained = undefined;
      });
    },
    abort(reason) {
      destroy(streamWritable, reason);
    },
    close() {
      if (ending !== undefined || isWritableEnded(streamWritable)) {
        controller = undefined;
        return Promise.resolve();
      }
      ending = deferred();
      streamWritable.end();
      return ending.promise;
    },
  }, strategy);
}

function newReadableStreamFromStreamReadable(streamReadable, options = NO_OPTIONS) {
  if (typeof streamReadable?._readableState !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('streamReadable', 'stream.Readable', streamReadable);
  }
  if (isDestroyed(streamReadable) || !isReadable(streamReadable)) {
    return cancelledReadable();
  }

  const objectMode = streamReadable.readableObjectMode;
  const highWaterMark = streamReadable.readableHighWaterMark;
  let strategy = options?.strategy;
  if (!strategy) {
    const Strategy = objectMode ? CountQueuingStrategy : ByteLengthQueuingStrategy;
    strategy = new Strategy({ highWaterMark });
  }

  let controller;
  let cancelled = false;

  streamReadable.pause();

  const stopWatching = finished(streamReadable, (rawError) => {
    const error = webFacingError(rawError);
    stopWatching();
    streamReadable.on('error', ignore);
    if (error) return controller.error(error);
    if (!cancelled) controller.close();
  });

  streamReadable.on('data', (chunk) => {
    // Byte streams hand out plain Uint8Arrays, not Buffers.
    controller.enqueue(Buffer.isBuffer(chunk) && !objectMode ? new Uint8Array(chunk) : chunk);
    if (controller.desiredSize <= 0) streamReadable.pause();
  });

  return new ReadableStream({
    start(c) {
      controller = c;
    },
    pull() {
      streamReadable.resume();
    },
    cancel(reason) {
      cancelled = true;
      destroy(streamReadable, reason);
    },
  }, strategy);
}

function newReadableWritablePairFromDuplex(duplex) {
  if (typeof duplex?._writableState !== 'object' || typeof duplex?._readableState !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('duplex', 'stream.Duplex', duplex);
  }
  if (isDestroyed(duplex)) {
    const writable = closedWritable();
    return { readable: cancelledReadable(), writable };
  }
  const writable = isWritable(duplex) ? newWritableStreamFromStreamWritable(duplex) : closedWritable();
  const readable = isReadable(duplex) ? newReadableStreamFromStreamReadable(duplex) : cancelledReadable();
  return { writable, readable };
}

// --- web -> node ------------------------------------------------------------------

function newStreamWritableFromWritableStream(writableStream, options = NO_OPTIONS) {
  if (!isWritableStream(writableStream)) {
    throw new ERR_INVALID_ARG_TYPE('writableStream', 'WritableStream', writableStream);
  }
  validateObject(options, 'options');
  const { highWaterMark, decodeStrings = true, objectMode = false, signal } = options;
  validateBoolean(objectMode, 'options.objectMode');
  validateBoolean(decodeStrings, 'options.decodeStrings');

  const writer = writableStream.getWriter();
  const box = { stream: undefined, writerDone: false };
  const hooks = writerHooks(writer, box, decodeStrings, objectMode);

  box.stream = new (nodeStreams().Writable)({
    highWaterMark,
    objectMode,
    decodeStrings,
    signal,
    writev: hooks.writev,
    write: hooks.write,
    final: hooks.final,
    destroy(error, callback) {
      const done = finishDestroy(callback, error);
      if (box.writerDone) return done();
      const settling = error != null ? writer.abort(error) : writer.close();
      settling.then(done, done);
    },
  });

  const writable = box.stream;
  writer.closed.then(
    () => {
      box.writerDone = true;
      if (!isWritableEnded(writable)) destroy(writable, new ERR_STREAM_PREMATURE_CLOSE());
    },
    (error) => {
      box.writerDone = true;
      destroy(writable, error);
    });
  return writable;
}

function newStreamReadableFromReadableStream(readableStream, options = NO_OPTIONS) {
  if (!isReadableStream(readableStream)) {
    throw new ERR_INVALID_ARG_TYPE('readableStream', 'ReadableStream', readableStream);
  }
  validateObject(options, 'options');
  const { highWaterMark, encoding, objectMode = false, signal } = options;
  checkEncoding(encoding);
  validateBoolean(objectMode, 'options.objectMode');

  const reader = readableStream.getReader();
  const box = { stream: undefined };
  let readerDone = false;

  box.stream = new (nodeStreams().Readable)({
    objectMode,
    highWaterMark,
    encoding,
    signal,
    read: readerHook(reader, box),
    destroy(error, callback) {
      const done = finishDestroy(callback, error);
      if (readerDone) return done();
      reader.cancel(error).then(done, done);
    },
  });

  const readable = box.stream;
  reader.closed.then(
    () => {
      readerDone = true;
    },
    (error) => {
      readerDone = true;
      destroy(readable, error);
    });
  return readable;
}

function newStreamDuplexFromReadableWritablePair(pair = NO_OPTIONS, options = NO_OPTIONS) {
  validateObject(pair, 'pair');
  const { readable: readableStream, writable: writableStream } = pair;
  if (!isReadableStream(readableStream)) {
    throw new ERR_INVALID_ARG_TYPE('pair.readable', 'ReadableStream', readableStream);
  }
  if (!isWritableStream(writableStream)) {
    throw new ERR_INVALID_ARG_TYPE('pair.writable', 'WritableStream', writableStream);
  }
  validateObject(options, 'options');
  const {
    allowHalfOpen = false,
    objectMode = false,
    encoding,
    decodeStrings = true,
    highWaterMark,
    signal,
  } = options;
  validateBoolean(objectMode, 'options.objectMode');
  checkEncoding(encoding);

  const writer = writableStream.getWriter();
  const reader = readableStream.getReader();
  const box = { stream: undefined, writerDone: false };
  let readerDone = false;
  const hooks = writerHooks(writer, box, decodeStrings, objectMode);

  box.stream = new (nodeStreams().Duplex)({
    allowHalfOpen,
    highWaterMark,
    objectMode,
    encoding,
    decodeStrings,
    signal,
    writev: hooks.writev,
    write: hooks.write,
    final: hooks.final,
    read: readerHook(reader, box),
    destroy(error, callback) {
      const done = finishDestroy(callback, error);
      if (box.writerDone && readerDone) return done();
      // Each side is shut in its own async step, as two awaits would be.
      const shutWriter = async () => {
        if (!box.writerDone) await writer.abort(error);
      };
      const shutReader = async () => {
        if (!readerDone) await reader.cancel(error);
      };
      Promise.all([shutWriter(), shutReader()]).then(done, done);
    },
  });

  const duplex = box.stream;
  const failBoth = (error) => {
    box.writerDone = true;
    readerDone = true;
    destroy(duplex, error);
  };
  writer.closed.then(
    () => {
      box.writerDone = true;
      if (!isWritableEnded(duplex)) destroy(duplex, new ERR_STREAM_PREMATURE_CLOSE());
    },
    failBoth);
  reader.closed.then(
    () => {
      readerDone = true;
    },
    failBoth);
  return duplex;
}

module.exports = {
  newWritableStreamFromStreamWritable,
  newStreamWritableFromWritableStream,
  newReadableStreamFromStreamReadable,
  newStreamReadableFromReadableStream,
  newReadableWritablePairFromDuplex,
  newStreamDuplexFromReadableWritablePair,
};
