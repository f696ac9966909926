'use strict';

// Implementation of Duplex.from(body). Accepted inputs, tried in order:
// Node streams, web streams, functions (async generator transforms or
// async sinks), Blobs, (async) iterables, { readable, writable } pairs of
// web or Node streams, and promises.

const utils = require('internal/streams/utils');
const eos = require('internal/streams/end-of-stream');
const {
  AbortError,
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_RETURN_VALUE },
} = require('internal/errors');
const { destroyer } = require('internal/streams/destroy');
const Duplex = require('internal/streams/duplex');
const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');
const from = require('internal/streams/from');

const ACCEPTED_BODIES = [
  'Blob', 'ReadableStream', 'WritableStream', 'Stream', 'Iterable',
  'AsyncIterable', 'Function', '{ readable, writable } pair', 'Promise',
];

// Duplex itself only looks at readable/writable: false when it is given an
// options object; this subclass forces a disabled side to look finished.
class Duplexify extends Duplex {
  constructor(options) {
    super(options);
    if (options?.readable === false) {
      Object.assign(this._readableState, {
        readable: false,
        ended: true,
        endEmitted: true,
      });
    }
    if (options?.writable === false) {
      Object.assign(this._writableState, {
        writable: false,
        ending: true,
        ended: true,
        finished: true,
      });
    }
  }
}

function isBlobValue(value) {
  const BlobCtor = require('buffer').Blob;
  return typeof BlobCtor === 'function' && value instanceof BlobCtor;
}

function toDuplex(body, name) {
  const streamAdapter = adaptStreamObject(body);
  if (streamAdapter !== undefined) return streamAdapter;

  if (typeof body === 'function') return adaptFunction(body, name);

  // A Blob becomes the promise of its bytes (the name is not passed on).
  if (isBlobValue(body)) return toDuplex(body.arrayBuffer());

  if (utils.isIterable(body)) {
    return from(Duplexify, body, { objectMode: true, writable: false });
  }

  const inner = body?.readable;
  const outer = body?.writable;
  if (utils.isReadableStream(inner) && utils.isWritableStream(outer)) {
    return Duplexify.fromWeb(body);
  }
  if (typeof outer === 'object' || typeof inner === 'object') {
    return joinSides(
      inner ? sideAsNodeStream(inner, utils.isReadableNodeStream) : undefined,
      outer ? sideAsNodeStream(outer, utils.isWritableNodeStream) : undefined);
  }

  const then = body?.then;
  if (typeof then === 'function') return readableFromPromise(body, then);

  throw new ERR_INVALID_ARG_TYPE(name, ACCEPTED_BODIES, body);
}

// Node and web stream inputs; undefined when body is neither.
function adaptStreamObject(body) {
  if (utils.isDuplexNodeStream(body)) return body;
  if (utils.isReadableNodeStream(body)) return joinSides(body, undefined);
  if (utils.isWritableNodeStream(body)) return joinSides(undefined, body);
  if (utils.isNodeStream(body)) return joinSides(false, false);
  if (utils.isReadableStream(body)) return joinSides(Readable.fromWeb(body), undefined);
  if (utils.isWritableStream(body)) return joinSides(undefined, Writable.fromWeb(body));
  return undefined;
}

function sideAsNodeStream(side, isAlreadyNode) {
  return isAlreadyNode(side) ? side : toDuplex(side);
}

// body is `(source, { signal }) => result`. The result decides the shape:
// an iterable makes a transform, a promise makes a write-only sink.
function adaptFunction(fn, name) {
  const feed = feedFunction(fn);
  const result = feed.result;

  if (utils.isDuplexNodeStream(result)) return result;

  if (utils.isIterable(result)) {
    return from(Duplexify, result, {
      objectMode: true,
      write: feed.write,
      final: feed.final,
      destroy: feed.destroy,
    });
  }

  const then = result?.then;
  if (typeof then === 'function') return sinkFromPromise(result, then, feed);

  throw new ERR_INVALID_RETURN_VALUE(
    'Iterable, AsyncIterable or AsyncFunction', name, result);
}

// Write-only Duplex that finishes when the function's promise settles; the
// promise must resolve to null/undefined.
function sinkFromPromise(promise, then, feed) {
  let sink;
  const settled = then.call(
    promise,
    (val) => {
      if (val != null) throw new ERR_INVALID_RETURN_VALUE('nully', 'body', val);
    },
    (err) => destroyer(sink, err),
  );
  sink = new Duplexify({
    objectMode: true,
    readable: false,
    write: feed.write,
    final(cb) {
      feed.final(async () => {
        let outcome = null;
        try {
          await settled;
        } catch (err) {
          outcome = err;
        }
        process.nextTick(cb, outcome);
      });
    },
    destroy: feed.destroy,
  });
  return sink;
}

// Read-only Duplex yielding the promise's value (if any) and then ending.
function readableFromPromise(promise, then) {
  let source;
  then.call(
    promise,
    (val) => {
      if (val != null) source.push(val);
      source.push(null);
    },
    (err) => destroyer(source, err),
  );
  source = new Duplexify({ objectMode: true, writable: false, read() {} });
  return source;
}

// Calls fn with an async iterator fed by the Duplex's writes. Each write
// is handed over through a one-message mailbox: `delivery` is what the
// iterator waits on, `deliver` what the next write/final settles it with
// (a write may arrive before the iterator starts waiting). The write's
// callback runs once the iterator has taken the chunk.
function feedFunction(fn) {
  const controller = new AbortController();
  const { signal } = controller;
  let delivery;
  let deliver;
  const openMailbox = () => {
    ({ promise: delivery, resolve: deliver } = Promise.withResolvers());
  };
  openMailbox();

  const post = (message) => {
    const settle = deliver;
    deliver = null;
    settle(message);
  };

  async function* incoming() {
    for (;;) {
      const waitFor = delivery;
      delivery = null;
      const { chunk, done, cb } = await waitFor;
      process.nextTick(cb);
      if (done) return;
      if (signal.aborted) {
        throw new AbortError(undefined, { cause: signal.reason });
      }
      openMailbox();
      yield chunk;
    }
  }

  return {
    result: fn(incoming(), { signal }),
    write(chunk, encoding, cb) {
      post({ chunk, done: false, cb });
    },
    final(cb) {
      post({ done: true, cb });
    },
    destroy(err, cb) {
      controller.abort();
      cb(err);
    },
  };
}

// A callback slot that is emptied when it fires.
function oneShot() {
  let fn = null;
  return {
    arm(f) {
      fn = f;
    },
    clear() {
      fn = null;
    },
    fire() {
      const f = fn;
      fn = null;
      if (f) f();
    },
  };
}

// Glue a readable and/or a writable Node stream into one Duplexify.
function joinSides(readableSide, writableSide) {
  const src = readableSide && typeof readableSide.read !== 'function' ?
    Readable.wrap(readableSide) : readableSide;
  const dst = writableSide;
  const srcLive = !!utils.isReadable(src);
  const dstLive = !!utils.isWritable(dst);

  const drained = oneShot();
  const finished = oneShot();
  const readableAgain = oneShot();
  // Once either side has ended (or failed), no AbortError is invented on
  // destroy; until then a destroy waits for the sides to report back.
  let someSideEnded = false;
  let destroyDone = null;

  const duplex = new Duplexify({
    readableObjectMode: !!src?.readableObjectMode,
    writableObjectMode: !!dst?.writableObjectMode,
    readable: srcLive,
    writable: dstLive,
  });

  const sideEnded = (err) => {
    someSideEnded = true;
    const cb = destroyDone;
    destroyDone = null;
    if (cb) cb(err);
    else if (err) duplex.destroy(err);
  };

  if (dstLive) {
    eos(dst, (err) => {
      if (err) destroyer(src, err);
      sideEnded(err);
    });
    duplex._write = (chunk, encoding, callback) => {
      if (dst.write(chunk, encoding)) callback();
      else drained.arm(callback);
    };
    duplex._final = (callback) => {
      dst.end();
      finished.arm(callback);
    };
    dst.on('drain', () => drained.fire());
    dst.on('finish', () => finished.fire());
  }

  if (srcLive) {
    eos(src, (err) => {
      if (err) destroyer(src, err);
      sideEnded(err);
    });
    src.on('readable', () => readableAgain.fire());
    src.on('end', () => duplex.push(null));
    duplex._read = function pullFromSource() {
      for (let chunk = src.read(); chunk !== null; chunk = src.read()) {
        if (!duplex.push(chunk)) return;
      }
      readableAgain.arm(duplex._read);
    };
  }

  duplex._destroy = (err, callback) => {
    readableAgain.clear();
    drained.clear();
    finished.clear();
    if (someSideEnded) {
      callback(err);
      return;
    }
    const reason = err || new AbortError();
    destroyDone = callback;
    destroyer(dst, reason);
    destroyer(src, reason);
  };

  return duplex;
}

module.exports = toDuplex;
