'use strict';

const {
  codes: { ERR_MISSING_OPTION },
  validateObject,
} = require('internal/errors');
const {
  customInspect,
  getNonWritablePropertyDescriptor,
  kEnumerableProperty,
  kInspect,
} = require('internal/webstreams/util');

const byteSizeFunction = Object.defineProperty((chunk) => chunk.byteLength, 'name', { value: 'size' });
const countSizeFunction = Object.defineProperty(() => 1, 'name', { value: 'size' });

class ByteLengthQueuingStrategy {
  #highWaterMark;

  constructor(init) {
    validateObject(init, 'init');
    if (init.highWaterMark === undefined) throw new ERR_MISSING_OPTION('init.highWaterMark');
    this.#highWaterMark = +init.highWaterMark;
  }

  get highWaterMark() {
    return this.#highWaterMark;
  }

  get size() {
    return byteSizeFunction;
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, 'ByteLengthQueuingStrategy', {
      highWaterMark: this.highWaterMark,
    });
  }
}

Object.defineProperties(ByteLengthQueuingStrategy.prototype, {
  highWaterMark: kEnumerableProperty,
  size: kEnumerableProperty,
  [Symbol.toStringTag]: getNonWritablePropertyDescriptor(ByteLengthQueuingStrategy.name),
});

class CountQueuingStrategy {
  #highWaterMark;

  constructor(init) {
    validateObject(init, 'init');
    if (init.highWaterMark === undefined) throw new ERR_MISSING_OPTION('init.highWaterMark');
    this.#highWaterMark = +init.highWaterMark;
  }

  get highWaterMark() {
    return this.#highWaterMark;
  }

  get size() {
    return countSizeFunction;
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, 'CountQueuingStrategy', {
      highWaterMark: this.highWaterMark,
    });
  }
}

Object.defineProperties(CountQueuingStrategy.prototype, {
  highWaterMark: kEnumerableProperty,
  size: kEnumerableProperty,
  [Symbol.toStringTag]: getNonWritablePropertyDescriptor(CountQueuingStrategy.name),
});

module.exports = { ByteLengthQueuingStrategy, CountQueuingStrategy };
