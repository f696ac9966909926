'use strict';

// TextEncoderStream / TextDecoderStream.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS },
} = require('internal/errors');
const { customInspect, kEnumerableProperty, kInspect } = require('internal/webstreams/util');
const { TransformStream } = require('internal/webstreams/transformstream');

const kEmptyObject = Object.freeze({ __proto__: null });

class TextEncoderStream {
  #pendingHighSurrogate = null;
  #handle;
  #transform;

  constructor() {
    this.#handle = new TextEncoder();
    this.#transform = new TransformStream({
      transform: (chunk, controller) => {
        // Lone surrogates become U+FFFD; a high surrogate at the end of a
        // chunk waits for the next one.
        chunk = String(chunk);
        let out = '';
        for (let i = 0; i < chunk.length; i++) {
          const item = chunk[i];
          const code = item.charCodeAt(0);
          if (this.#pendingHighSurrogate !== null) {
            const high = this.#pendingHighSurrogate;
            this.#pendingHighSurrogate = null;
            if (code >= 0xDC00 && code <= 0xDFFF) {
              out += high + item;
              continue;
            }
            out += '\uFFFD';
          }
          if (code >= 0xD800 && code <= 0xDBFF) {
            this.#pendingHighSurrogate = item;
            continue;
          }
          if (code >= 0xDC00 && code <= 0xDFFF) {
            out += '\uFFFD';
            continue;
          }
          out += item;
        }
        if (out) controller.enqueue(this.#handle.encode(out));
      },
      flush: (controller) => {
        if (this.#pendingHighSurrogate !== null) controller.enqueue(new Uint8Array([0xEF, 0xBF, 0xBD]));
      },
    });
  }

  get encoding() {
    return this.#handle.encoding;
  }

  get readable() {
    return this.#transform.readable;
  }

  get writable() {
    return this.#transform.writable;
  }

  [kInspect](depth, options) {
    if (this == null) throw new ERR_INVALID_THIS('TextEncoderStream');
    return customInspect(depth, options, 'TextEncoderStream', {
      encoding: this.#handle.encoding,
      readable: this.#transform.readable,
      writable: this.#transform.writable,
    });
  }
}

class TextDecoderStream {
  #handle;
  #transform;

  constructor(encoding = 'utf-8', options = kEmptyObject) {
    this.#handle = new TextDecoder(encoding, options);
    this.#transform = new TransformStream({
      transform: (chunk, controller) => {
        if (chunk === undefined) throw new ERR_INVALID_ARG_TYPE('chunk', 'string', chunk);
        const value = this.#handle.decode(chunk, { stream: true });
        if (value) controller.enqueue(value);
      },
      flush: (controller) => {
        const value = this.#handle.decode();
        if (value) controller.enqueue(value);
        controller.terminate();
      },
    });
  }

  get encoding() {
    return this.#handle.encoding;
  }

  get fatal() {
    return this.#handle.fatal;
  }

  get ignoreBOM() {
    return this.#handle.ignoreBOM;
  }

  get readable() {
    return this.#transform.readable;
  }

  get writable() {
    return this.#transform.writable;
  }

  [kInspect](depth, options) {
    if (this == null) throw new ERR_INVALID_THIS('TextDecoderStream');
    return customInspect(depth, options, 'TextDecoderStream', {
      encoding: this.#handle.encoding,
      fatal: this.#handle.fatal,
      ignoreBOM: this.#handle.ignoreBOM,
      readable: this.#transform.readable,
      writable: this.#transform.writable,
    });
  }
}

Object.defineProperties(TextEncoderStream.prototype, {
  encoding: kEnumerableProperty,
  readable: kEnumerableProperty,
  writable: kEnumerableProperty,
});

Object.defineProperties(TextDecoderStream.prototype, {
  encoding: kEnumerableProperty,
  fatal: kEnumerableProperty,
  ignoreBOM: kEnumerableProperty,
  readable: kEnumerableProperty,
  writable: kEnumerableProperty,
});

module.exports = { TextEncoderStream, TextDecoderStream };
