'use strict';

// Readable.from(iterable[, options]): a Readable that pulls from a sync or
// async iterator only when the stream wants data. Strings and Buffers are
// emitted as a single chunk rather than iterated.

const { Buffer } = require('buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_STREAM_NULL_VALUES },
} = require('internal/errors');

const isThenable = (v) => Boolean(v) && typeof v.then === 'function';

function singleChunk(Readable, chunk, opts) {
  let sent = false;
  return new Readable({
    objectMode: true,
    ...opts,
    read() {
      if (sent) return;
      sent = true;
      this.push(chunk);
      this.push(null);
    },
  });
}

// Prefer the async protocol when both are offered.
function openIterator(iterable) {
  if (iterable?.[Symbol.asyncIterator]) {
    return { iterator: iterable[Symbol.asyncIterator](), isAsync: true };
  }
  if (iterable?.[Symbol.iterator]) {
    return { iterator: iterable[Symbol.iterator](), isAsync: false };
  }
  throw new ERR_INVALID_ARG_TYPE('iterable', ['Iterable'], iterable);
}

function from(Readable, iterable, opts) {
  if (typeof iterable === 'string' || iterable instanceof Buffer) {
    return singleChunk(Readable, iterable, opts);
  }
  const { iterator, isAsync } = openIterator(iterable);
  const readable = new Readable({ objectMode: true, highWaterMark: 1, ...opts });

  // `pulling` is set while a pull loop runs (extra _read() calls are no-ops);
  // `sawPromise` once a sync iterator produced a promise: from then on its
  // values are awaited.
  let pulling = false;
  let sawPromise = false;

  // Hand one value to the stream; returns whether to keep pulling.
  function deliver(value) {
    if (value === null) {
      pulling = false;
      throw new ERR_STREAM_NULL_VALUES();
    }
    if (readable.push(value)) return true;
    pulling = false;
    return false;
  }

  // Plain sync iteration, entirely within the _read() call.
  function pullNow() {
    try {
      for (;;) {
        const { value, done } = iterator.next();
        if (done) {
          readable.push(null);
          return;
        }
        if (isThenable(value)) {
          sawPromise = true;
          continueAfter(value);
          return;
        }
        if (!deliver(value)) return;
      }
    } catch (err) {
      readable.destroy(err);
    }
  }

  async function continueAfter(promise) {
    try {
      if (deliver(await promise)) pullAwaiting();
    } catch (err) {
      readable.destroy(err);
    }
  }

  // Async iterators: await each step. Sync iterators that yield promises:
  // await the promised values only.
  async function pullAwaiting() {
    try {
      for (;;) {
        const step = isAsync ? await iterator.next() : iterator.next();
        const { value, done } = step;
        if (done) {
          readable.push(null);
          return;
        }
        const chunk = !isAsync && isThenable(value) ? await value : value;
        if (!deliver(chunk)) return;
      }
    } catch (err) {
      readable.destroy(err);
    }
  }

  readable._read = function() {
    if (pulling) return;
    pulling = true;
    if (isAsync || sawPromise) pullAwaiting();
    else pullNow();
  };

  // On destroy the iterator is finished too: throw(error) into it when the
  // stream failed (unless that completes it), then return().
  async function finishIterator(error) {
    if (error !== undefined && error !== null && typeof iterator.throw === 'function') {
      const { value, done } = await iterator.throw(error);
      await value;
      if (done) return;
    }
    if (typeof iterator.return === 'function') {
      const { value } = await iterator.return();
      await value;
    }
  }

  readable._destroy = function(error, cb) {
    // The callback runs on a later tick so that an exception it throws does
    // not turn into a rejected promise here.
    finishIterator(error).then(
      () => process.nextTick(cb, error),
      (closeErr) => process.nextTick(cb, closeErr || error),
    );
  };

  return readable;
}

module.exports = from;
