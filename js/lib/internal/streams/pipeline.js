'use strict';

// pipeline(...streams, callback): pipes streams (and iterables / async
// generator functions) together, forwards errors, destroys every stream on
// failure and calls back once when everything is done.

const eos = require('internal/streams/end-of-stream');
const destroyImpl = require('internal/streams/destroy');
const Duplex = require('internal/streams/duplex');
const {
  AbortError,
  aggregateTwoErrors,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_RETURN_VALUE,
    ERR_MISSING_ARGS,
    ERR_STREAM_DESTROYED,
    ERR_STREAM_PREMATURE_CLOSE,
  },
  validateFunction,
  validateAbortSignal,
} = require('internal/errors');
const {
  isIterable,
  isReadable,
  isReadableNodeStream,
  isNodeStream,
  isTransformStream,
  isWebStream,
  isReadableStream,
  isReadableFinished,
} = require('internal/streams/utils');

const SymbolDispose = Symbol.dispose || Symbol.for('nodejs.dispose');

let PassThrough;
let Readable;

// The user's callback runs at most once, whatever happens afterwards.
function once(fn) {
  let spent = false;
  return function onceWrapper(...args) {
    if (spent) return undefined;
    spent = true;
    return Reflect.apply(fn, this, args);
  };
}

// Watch one Node stream of the pipeline. Returns `kill` (destroy it unless it
// already completed cleanly) and `detach` (stop watching).
function watchStream(stream, reading, writing) {
  let settled = false;
  stream.on('close', () => {
    settled = true;
  });
  const detach = eos(stream, { readable: reading, writable: writing }, (err) => {
    settled = !err;
  });
  const kill = (err) => {
    if (settled) return;
    settled = true;
    destroyImpl.destroyer(stream, err || new ERR_STREAM_DESTROYED('pipe'));
  };
  return { kill, detach };
}

// The trailing callback is mandatory (Node spells the argument this way).
function takeCallback(args) {
  validateFunction(args[args.length - 1], 'streams[stream.length - 1]');
  return args.pop();
}

async function* iterateReadable(readable) {
  Readable ??= require('internal/streams/readable');
  yield* Reflect.apply(Readable.prototype[Symbol.asyncIterator], readable, []);
}

// What a function stage receives: an (async) iterable over the previous output.
function asIterableSource(previous) {
  if (isIterable(previous)) return previous;
  if (isReadableNodeStream(previous)) return iterateReadable(previous);
  throw new ERR_INVALID_ARG_TYPE('val', ['Readable', 'Iterable', 'AsyncIterable'], previous);
}

// Write everything `source` yields into a Node writable, respecting
// back-pressure, optionally end() it, then report through `done`.
async function drainInto(source, writable, done, { end }) {
  let failure;
  let wake = null;
  const signalled = (err) => {
    if (err) failure = err;
    const waiter = wake;
    wake = null;
    if (waiter) waiter();
  };
  const until = () => new Promise((resolve, reject) => {
    if (failure) {
      reject(failure);
      return;
    }
    wake = () => (failure ? reject(failure) : resolve());
  });

  writable.on('drain', signalled);
  const stopWatching = eos(writable, { readable: false }, signalled);
  try {
    if (writable.writableNeedDrain) await until();
    for await (const chunk of source) {
      if (!writable.write(chunk)) await until();
    }
    if (end) {
      writable.end();
      await until();
    }
    done();
  } catch (err) {
    done(failure === err ? err : aggregateTwoErrors(failure, err));
  } finally {
    stopWatching();
    writable.off('drain', signalled);
  }
}

// Same for a WritableStream (or the writable half of a TransformStream).
async function drainIntoWeb(source, target, done, { end }) {
  const writer = (isTransformStream(target) ? target.writable : target).getWriter();
  try {
    for await (const chunk of source) {
      await writer.ready;
      writer.write(chunk).catch(() => {});
    }
    await writer.ready;
    if (end) await writer.close();
    done();
  } catch (err) {
    let reported = err;
    try {
      await writer.abort(err);
    } catch (abortErr) {
      reported = abortErr;
    }
    done(reported);
  }
}

function pipeline(...streams) {
  const callback = once(takeCallback(streams));
  return pipelineImpl(streams, callback);
}

const kWrongSource = ['Readable', 'Iterable', 'AsyncIterable', 'ReadableStream', 'TransformStream'];

// The bookkeeping of one pipeline run: pending completions, the first error,
// the streams to tear down, and the value a final async function produced.
class PipelineRun {
  constructor(callback, outerSignal) {
    this.callback = callback;
    this.outerSignal = outerSignal;
    this.controller = new AbortController();
    this.pending = 0;
    this.error = undefined;
    this.value = undefined;
    this.killers = [];
    this.onCleanSuccess = [];
    this.abortSubscription = undefined;
    this.onOuterAbort = () => {
      this.settle(new AbortError(undefined, { cause: outerSignal?.reason }));
    };
    if (outerSignal) {
      this.abortSubscription = require('events').addAbortListener(outerSignal, this.onOuterAbort);
    }
    // Bound once: these are handed to streams and pumps as plain callbacks.
    this.completed = (err) => this.settle(err, --this.pending === 0);
    this.failed = (err) => this.settle(err, false);
  }

  // Record `err` (a premature-close is replaced by any more telling error);
  // on the first error, or when everything completed, tear down and report.
  settle(err, last) {
    if (err && (!this.error || this.error.code === 'ERR_STREAM_PREMATURE_CLOSE')) {
      this.error = err;
    }
    if (!this.error && !last) return;
    while (this.killers.length > 0) this.killers.shift()(this.error);
    this.abortSubscription?.[SymbolDispose]();
    this.controller.abort();
    if (!last) return;
    if (!this.error) {
      for (const fn of this.onCleanSuccess) fn();
    }
    process.nextTick(this.callback, this.error, this.value);
  }

  // Node streams: destroy on failure and surface early errors.
  adopt(stream, reading, writing, end, isLast) {
    const keepsReading = () => isLast && isReadable(stream);
    if (end) {
      const { kill, detach } = watchStream(stream, reading, writing);
      this.killers.push(kill);
      if (keepsReading()) this.onCleanSuccess.push(detach);
    }
    // Errors before the streams are connected would otherwise go unnoticed.
    const earlyError = (err) => {
      if (!err || err.name === 'AbortError' || err.code === 'ERR_STREAM_PREMATURE_CLOSE') return;
      this.failed(err);
    };
    stream.on('error', earlyError);
    if (keepsReading()) {
      this.onCleanSuccess.push(() => stream.removeListener('error', earlyError));
    }
  }

  pump(source, target, end) {
    this.pending++;
    drainInto(source, target, this.completed, { end });
  }

  pumpWeb(source, target, end) {
    this.pending++;
    drainIntoWeb(source, target, this.completed, { end });
  }

  // The first element: a stream, an iterable or a generator function.
  source(first) {
    if (typeof first !== 'function') {
      const direct = isIterable(first) || isReadableNodeStream(first) || isTransformStream(first);
      return direct ? first : Duplex.from(first);
    }
    const produced = first({ signal: this.controller.signal });
    if (!isIterable(produced)) {
      throw new ERR_INVALID_RETURN_VALUE('Iterable, AsyncIterable or Stream', 'source', produced);
    }
    return produced;
  }

  // A function after the first element transforms an async iterable; the last
  // one may instead return a promise, whose value the callback receives.
  functionStage(fn, previous, index, reading, end, isLast) {
    const input = asIterableSource(isTransformStream(previous) ? previous?.readable : previous);
    const result = fn(input, { signal: this.controller.signal });
    if (reading) {
      if (!isIterable(result, true)) {
        throw new ERR_INVALID_RETURN_VALUE('AsyncIterable', `transform[${index - 1}]`, result);
      }
      return result;
    }

    PassThrough ??= require('internal/streams/passthrough');
    const sink = new PassThrough({ objectMode: true });
    const then = result?.then;
    if (typeof then === 'function') {
      this.pending++;
      const onValue = (val) => {
        this.value = val;
        if (val !== null && val !== undefined) sink.write(val);
        if (end) sink.end();
        process.nextTick(this.completed);
      };
      const onError = (err) => {
        sink.destroy(err);
        process.nextTick(this.completed, err);
      };
      Reflect.apply(then, result, [onValue, onError]);
    } else if (isIterable(result, true)) {
      this.pump(result, sink, end);
    } else if (isReadableStream(result) || isTransformStream(result)) {
      this.pump(result.readable || result, sink, end);
    } else {
      throw new ERR_INVALID_RETURN_VALUE('AsyncIterable or Promise', 'destination', result);
    }

    const { kill, detach } = watchStream(sink, false, true);
    this.killers.push(kill);
    if (isLast) this.onCleanSuccess.push(detach);
    return sink;
  }

  intoNodeStream(previous, stream, end, isLast) {
    if (isReadableNodeStream(previous)) {
      this.pending += 2;
      const detach = connect(previous, stream, this.completed, this.failed, { end });
      if (isLast && isReadable(stream)) this.onCleanSuccess.push(detach);
    } else if (isTransformStream(previous) || isReadableStream(previous)) {
      this.pump(previous.readable || previous, stream, end);
    } else if (isIterable(previous)) {
      this.pump(previous, stream, end);
    } else {
      throw new ERR_INVALID_ARG_TYPE('val', kWrongSource, previous);
    }
    return stream;
  }

  intoWebStream(previous, stream, end) {
    if (isReadableNodeStream(previous)) {
      this.pumpWeb(asIterableSource(previous), stream, end);
    } else if (isReadableStream(previous) || isIterable(previous)) {
      this.pumpWeb(previous, stream, end);
    } else if (isTransformStream(previous)) {
      this.pumpWeb(previous.readable, stream, end);
    } else {
      throw new ERR_INVALID_ARG_TYPE('val', kWrongSource, previous);
    }
    return stream;
  }
}

function pipelineImpl(streams, callback, opts) {
  if (streams.length === 1 && Array.isArray(streams[0])) streams = streams[0];
  if (streams.length < 2) throw new ERR_MISSING_ARGS('streams');

  const outerSignal = opts?.signal;
  validateAbortSignal(outerSignal, 'options.signal');
  const run = new PipelineRun(callback, outerSignal);

  const lastIndex = streams.length - 1;
  let current;
  for (let index = 0; index <= lastIndex; index++) {
    const stream = streams[index];
    const isLast = index === lastIndex;
    const reading = !isLast;
    const writing = index > 0;
    const end = reading || opts?.end !== false;

    if (isNodeStream(stream)) run.adopt(stream, reading, writing, end, isLast);

    if (index === 0) {
      current = run.source(stream);
    } else if (typeof stream === 'function') {
      current = run.functionStage(stream, current, index, reading, end, isLast);
    } else if (isNodeStream(stream)) {
      current = run.intoNodeStream(current, stream, end, isLast);
    } else if (isWebStream(stream)) {
      current = run.intoWebStream(current, stream, end);
    } else {
      current = Duplex.from(stream);
    }
  }

  if (run.controller.signal.aborted || outerSignal?.aborted) process.nextTick(run.onOuterAbort);
  return current;
}

// Connect two Node streams with pipe(), but handle ending ourselves so that a
// source that ends early, or a destination that closes early, is noticed.
function connect(src, dst, completed, failed, { end }) {
  let endedBySource = false;
  dst.on('close', () => {
    if (!endedBySource) failed(new ERR_STREAM_PREMATURE_CLOSE());
  });

  src.pipe(dst, { end: false });

  if (!end) {
    completed();
  } else {
    const endDestination = () => {
      endedBySource = true;
      dst.end();
    };
    if (isReadableFinished(src)) process.nextTick(endDestination);
    else src.once('end', endDestination);
  }

  eos(src, { readable: true, writable: false }, (err) => {
    const state = src._readableState;
    // A source that ended but closed before emitting 'end' (autoDestroy off)
    // is not premature: wait for its 'end' (or 'error').
    const endedQuietly = state?.ended && !state.errored && !state.errorEmitted;
    if (err && err.code === 'ERR_STREAM_PREMATURE_CLOSE' && endedQuietly) {
      src.once('end', completed).once('error', completed);
    } else {
      completed(err);
    }
  });
  return eos(dst, { readable: false, writable: true }, completed);
}

module.exports = { pipelineImpl, pipeline };
