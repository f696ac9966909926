'use strict';

// stream.duplexPair([options]): two connected Duplex ends. Bytes written to
// one end become readable on the other; a write is acknowledged once the
// receiving end asks for more data, which gives back-pressure across the pair.

const Duplex = require('internal/streams/duplex');

// The waiting write callback lives in an own symbol property (as in Node, where
// it shows up in util.inspect output); the description is kept for that reason.
const kAck = Symbol('Callback');

// (The class name is visible through util.inspect, so it matches Node's.)
class DuplexSide extends Duplex {
  #peer = null;

  constructor(options) {
    super(options);
    this[kAck] = null;
  }

  static connect(a, b) {
    a.#peer = b;
    b.#peer = a;
  }

  // The reader wants more: release the writer on the other end, if waiting.
  _read() {
    const ack = this[kAck];
    if (!ack) return;
    this[kAck] = null;
    ack();
  }

  _write(chunk, encoding, callback) {
    const peer = this.#peer;
    if (chunk.length === 0) {
      process.nextTick(callback);
      return;
    }
    peer.push(chunk);
    peer[kAck] = callback;
  }

  // end() here ends the peer's readable side; we are done once it is read out.
  _final(callback) {
    const peer = this.#peer;
    peer.on('end', callback);
    peer.push(null);
  }
}

function duplexPair(options) {
  const ends = [new DuplexSide(options), new DuplexSide(options)];
  DuplexSide.connect(ends[0], ends[1]);
  return ends;
}

module.exports = duplexPair;
