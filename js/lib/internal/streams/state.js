'use strict';

// Default and per-stream buffering limits (highWaterMark).

const { codes, validateInteger } = require('internal/errors');

// Process-wide defaults, changeable through stream.setDefaultHighWaterMark().
const defaults = { bytes: 64 * 1024, objects: 16 };

function getDefaultHighWaterMark(objectMode) {
  return objectMode ? defaults.objects : defaults.bytes;
}

function setDefaultHighWaterMark(objectMode, value) {
  validateInteger(value, 'value', 0);
  defaults[objectMode ? 'objects' : 'bytes'] = value;
}

// A stream's limit: options.highWaterMark first; a Duplex may instead give
// one side its own limit through readableHighWaterMark/writableHighWaterMark
// (sideKey). Anything that is not a non-negative integer is refused and the
// message names the option that supplied it.
function getHighWaterMark(state, options, sideKey, isDuplex) {
  let limit = options.highWaterMark;
  if (limit == null && isDuplex) limit = options[sideKey];
  if (limit == null) return getDefaultHighWaterMark(state.objectMode);
  if (Number.isInteger(limit) && limit >= 0) return limit;
  throw new codes.ERR_INVALID_ARG_VALUE(isDuplex ? `options.${sideKey}` : 'options.highWaterMark', limit);
}

module.exports = { getHighWaterMark, getDefaultHighWaterMark, setDefaultHighWaterMark };
