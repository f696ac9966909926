'use strict';

// Text codecs as web streams: TextEncoderStream turns strings into UTF-8
// bytes, TextDecoderStream turns bytes into strings. Both are thin shells
// around a TransformStream plus the plain TextEncoder / TextDecoder.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS },
} = require('internal/errors');
const { customInspect, kEnumerableProperty, kInspect } = require('internal/webstreams/util');
const { TransformStream } = require('internal/webstreams/transformstream');

const NO_OPTIONS = Object.freeze({ __proto__: null });
// UTF-8 for U+FFFD, written out when the input ends in half a surrogate pair.
const REPLACEMENT_BYTES = [0xEF, 0xBF, 0xBD];

function isLeadSurrogate(unit) {
  return unit >= 0xD800 && unit <= 0xDBFF;
}

// inspect() on a bare prototype call must fail the same way for both classes.
function guardReceiver(self, label) {
  if (self == null) throw new ERR_INVALID_THIS(label);
}

// The accessors show up as enumerable on each prototype.
function markEnumerable(proto, names) {
  const table = { __proto__: null };
  for (const name of names) table[name] = kEnumerableProperty;
  Object.defineProperties(proto, table);
}

class TextEncoderStream {
  // A lead surrogate seen as the last code unit of a chunk; it is joined
  // with the first unit of the next chunk before encoding.
  #carry = '';
  #encoder = new TextEncoder();
  #pair;

  constructor() {
    this.#pair = new TransformStream({
      transform: (chunk, controller) => this.#encodeChunk(String(chunk), controller),
      flush: (controller) => {
        if (this.#carry !== '') controller.enqueue(new Uint8Array(REPLACEMENT_BYTES));
      },
    });
  }

  #encodeChunk(text, controller) {
    let input = this.#carry + text;
    this.#carry = '';
    const tail = input.length - 1;
    if (tail >= 0 && isLeadSurrogate(input.charCodeAt(tail))) {
      this.#carry = input[tail];
      input = input.slice(0, tail);
    }
    // Anything left unpaired is not representable: encode() and
    // toWellFormed() both replace it with U+FFFD.
    if (input.length > 0) controller.enqueue(this.#encoder.encode(input.toWellFormed()));
  }

  get encoding() {
    return this.#encoder.encoding;
  }

  get readable() {
    return this.#pair.readable;
  }

  get writable() {
    return this.#pair.writable;
  }

  [kInspect](depth, options) {
    guardReceiver(this, 'TextEncoderStream');
    const fields = {
      encoding: this.#encoder.encoding,
      readable: this.#pair.readable,
      writable: this.#pair.writable,
    };
    return customInspect(depth, options, 'TextEncoderStream', fields);
  }
}

class TextDecoderStream {
  #decoder;
  #pair;

  constructor(encoding = 'utf-8', options = NO_OPTIONS) {
    const decoder = new TextDecoder(encoding, options);
    this.#decoder = decoder;
    const emit = (controller, text) => {
      if (text !== '') controller.enqueue(text);
    };
    this.#pair = new TransformStream({
      transform(chunk, controller) {
        if (chunk === undefined) throw new ERR_INVALID_ARG_TYPE('chunk', 'string', chunk);
        emit(controller, decoder.decode(chunk, { stream: true }));
      },
      flush(controller) {
        emit(controller, decoder.decode());
        controller.terminate();
      },
    });
  }

  get encoding() {
    return this.#decoder.encoding;
  }

  get fatal() {
    return this.#decoder.fatal;
  }

  get ignoreBOM() {
    return this.#decoder.ignoreBOM;
  }

  get readable() {
    return this.#pair.readable;
  }

  get writable() {
    return this.#pair.writable;
  }

  [kInspect](depth, options) {
    guardReceiver(this, 'TextDecoderStream');
    const d = this.#decoder;
    const fields = {
      encoding: d.encoding,
      fatal: d.fatal,
      ignoreBOM: d.ignoreBOM,
      readable: this.#pair.readable,
      writable: this.#pair.writable,
    };
    return customInspect(depth, options, 'TextDecoderStream', fields);
  }
}

markEnumerable(TextEncoderStream.prototype, ['encoding', 'readable', 'writable']);
markEnumerable(TextDecoderStream.prototype, ['encoding', 'fatal', 'ignoreBOM', 'readable', 'writable']);

module.exports = { TextEncoderStream, TextDecoderStream };
