'use strict';

// stream.PassThrough: a Transform whose output is its input, unchanged.

const Transform = require('internal/streams/transform');

function PassThrough(options) {
  if (new.target === undefined && !(this instanceof PassThrough)) {
    return new PassThrough(options);
  }
  Reflect.apply(Transform, this, [options]);
}
Object.setPrototypeOf(PassThrough.prototype, Transform.prototype);
Object.setPrototypeOf(PassThrough, Transform);

function forwardUnchanged(chunk, _encoding, done) {
  done(null, chunk);
}
PassThrough.prototype._transform = forwardUnchanged;

module.exports = PassThrough;
