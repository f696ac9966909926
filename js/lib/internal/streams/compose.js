'use strict';

// stream.compose(...streams): a Duplex that writes into the first stream and
// reads from the last one of a pipeline.

const { pipeline } = require('internal/streams/pipeline');
const Duplex = require('internal/streams/duplex');
const { destroyer } = require('internal/streams/destroy');
const {
  isNodeStream,
  isReadable,
  isWritable,
  isWebStream,
  isTransformStream,
  isWritableStream,
  isReadableStream,
} = require('internal/streams/utils');
const {
  AbortError,
  codes: { ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS },
} = require('internal/errors');
const eos = require('internal/streams/end-of-stream');

// A one-shot callback holder: fire() calls what was stored, at most once.
function oneShot() {
  let stored = null;
  return {
    set(fn) { stored = fn; },
    clear() { stored = null; },
    fire(...args) {
      const fn = stored;
      stored = null;
      if (fn) fn(...args);
    },
  };
}

const canRead = (s) => Boolean(isReadable(s) || isReadableStream(s) || isTransformStream(s));
const canWrite = (s) => Boolean(isWritable(s) || isWritableStream(s) || isTransformStream(s));

// Every stream except the last must be readable, every one except the first
// writable. Non-stream entries (iterables, functions) are checked by pipeline.
function checkRoles(streams, original) {
  const last = streams.length - 1;
  streams.forEach((s, i) => {
    if (!isNodeStream(s) && !isWebStream(s)) return;
    if (i < last && !canRead(s)) {
      throw new ERR_INVALID_ARG_VALUE(`streams[${i}]`, original[i], 'must be readable');
    }
    if (i > 0 && !canWrite(s)) {
      throw new ERR_INVALID_ARG_VALUE(`streams[${i}]`, original[i], 'must be writable');
    }
  });
}

// Writes to the composed Duplex go into `head`.
function feedHead(outer, head, pendingWrite, pendingFinal) {
  if (isNodeStream(head)) {
    outer._write = (chunk, encoding, callback) => {
      if (head.write(chunk, encoding)) callback();
      else pendingWrite.set(callback);
    };
    outer._final = (callback) => {
      head.end();
      pendingFinal.set(callback);
    };
    head.on('drain', () => pendingWrite.fire());
    return;
  }
  if (!isWebStream(head)) return;
  const writer = (isTransformStream(head) ? head.writable : head).getWriter();
  outer._write = async (chunk, encoding, callback) => {
    try {
      await writer.ready;
      writer.write(chunk).catch(() => {});
      callback();
    } catch (err) {
      callback(err);
    }
  };
  outer._final = async (callback) => {
    try {
      await writer.ready;
      writer.close().catch(() => {});
      pendingFinal.set(callback);
    } catch (err) {
      callback(err);
    }
  };
}

// Reads from the composed Duplex come out of `tail`.
function drainTail(outer, tail, pendingRead) {
  if (isNodeStream(tail)) {
    tail.on('readable', () => pendingRead.fire());
    tail.on('end', () => outer.push(null));
    outer._read = function pullFromTail() {
      for (;;) {
        const chunk = tail.read();
        if (chunk === null) {
          pendingRead.set(pullFromTail);
          return;
        }
        if (!outer.push(chunk)) return;
      }
    };
    return;
  }
  if (!isWebStream(tail)) return;
  const reader = (isTransformStream(tail) ? tail.readable : tail).getReader();
  outer._read = async () => {
    for (;;) {
      let step;
      try {
        step = await reader.read();
      } catch {
        return;
      }
      if (!outer.push(step.value)) return;
      if (step.done) {
        outer.push(null);
        return;
      }
    }
  };
}

module.exports = function compose(...streams) {
  if (streams.length === 0) throw new ERR_MISSING_ARGS('streams');
  if (streams.length === 1) return Duplex.from(streams[0]);

  const original = [...streams];
  const last = streams.length - 1;
  // Functions at either end become Duplexes; in the middle pipeline handles them.
  if (typeof streams[0] === 'function') streams[0] = Duplex.from(streams[0]);
  if (typeof streams[last] === 'function') streams[last] = Duplex.from(streams[last]);
  checkRoles(streams, original);

  const pendingWrite = oneShot();
  const pendingFinal = oneShot();
  const pendingRead = oneShot();
  // Until the inner pipeline completes, destroying the Duplex waits for it.
  let pipelineDone = false;
  let destroyCallback = null;
  let outer;

  const head = streams[0];
  const tail = pipeline(streams, (err) => {
    const waiting = destroyCallback;
    pipelineDone = true;
    destroyCallback = null;
    if (waiting) waiting(err);
    else if (err) outer.destroy(err);
    else if (!readable && !writable) outer.destroy();
  });

  const writable = canWrite(head);
  const readable = canRead(tail);
  outer = new Duplex({
    writableObjectMode: Boolean(head?.writableObjectMode),
    readableObjectMode: Boolean(tail?.readableObjectMode),
    writable,
    readable,
  });

  if (writable) {
    feedHead(outer, head, pendingWrite, pendingFinal);
    // Writing is finished once the far end has completed.
    eos(isTransformStream(tail) ? tail.readable : tail, () => pendingFinal.fire());
  }
  if (readable) drainTail(outer, tail, pendingRead);

  outer._destroy = (err, callback) => {
    if (!err && !pipelineDone) err = new AbortError();
    pendingRead.clear();
    pendingWrite.clear();
    pendingFinal.clear();
    if (isNodeStream(tail)) destroyer(tail, err);
    if (pipelineDone) callback(err);
    else destroyCallback = callback;
  };

  return outer;
};
