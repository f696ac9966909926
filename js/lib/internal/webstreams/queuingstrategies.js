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

// Both strategies are the same shape: a stored highWaterMark plus a fixed
// `size` function (named "size", shared by every instance). They are built
// by one factory; the computed key gives each class its proper name.
function makeStrategy(className, measure) {
  const size = Object.defineProperty(measure, 'name', { value: 'size' });
  const { [className]: Strategy } = {
    [className]: class {
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
        return size;
      }

      [kInspect](depth, options) {
        return customInspect(depth, options, className, { highWaterMark: this.highWaterMark });
      }
    },
  };
  Object.defineProperties(Strategy.prototype, {
    highWaterMark: kEnumerableProperty,
    size: kEnumerableProperty,
    [Symbol.toStringTag]: getNonWritablePropertyDescriptor(className),
  });
  return Strategy;
}

const ByteLengthQueuingStrategy = makeStrategy('ByteLengthQueuingStrategy', (chunk) => chunk.byteLength);
const CountQueuingStrategy = makeStrategy('CountQueuingStrategy', () => 1);

module.exports = { ByteLengthQueuingStrategy, CountQueuingStrategy };
