'use strict';

// stream/promises: promise-returning pipeline() and finished().

const { isIterable, isNodeStream, isWebStream } = require('internal/streams/utils');
const { pipelineImpl } = require('internal/streams/pipeline');
const { finished } = require('internal/streams/end-of-stream');

require('stream');

// A trailing plain object (not a stream or iterable) is the options bag.
function splitOptions(args) {
  const candidate = args[args.length - 1];
  const isOptions = candidate !== null && typeof candidate === 'object' &&
    !isNodeStream(candidate) && !isIterable(candidate) && !isWebStream(candidate);
  if (!isOptions) return {};
  const { signal, end } = args.pop();
  return { signal, end };
}

function pipeline(...streams) {
  return new Promise((resolve, reject) => {
    const { signal, end } = splitOptions(streams);
    const settle = (err, value) => (err ? reject(err) : resolve(value));
    pipelineImpl(streams, settle, { signal, end });
  });
}

module.exports = { finished, pipeline };
