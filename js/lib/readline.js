'use strict';
// `readline` over any readable input (process.stdin, streams): the line splitter, prompts,
// questions (callback form here, promise form in readline/promises), async iteration, and the
// ANSI cursor helpers. Terminal mode (raw keys, history, completion, line editing) is not
// supported: the sandbox's streams are never TTYs, so `terminal` is taken as false.

const EventEmitter = require('events');
const { StringDecoder } = require('string_decoder');
const errors = require('internal/errors');
const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_USE_AFTER_CLOSE },
  validateFunction,
  validateAbortSignal,
  validateUint32,
  validateString,
  AbortError,
} = errors;

const kFirstEventParam = Symbol.for('secure-exec.events.kFirstEventParam');
const kQuestion = Symbol('question');
const kQuestionCancel = Symbol('questionCancel');
const ESC = '\x1b';
const CSI = `${ESC}[`;
const MIN_CRLF_DELAY = 100;
const LINE_END = /\r?\n|\r(?!\n)/g;

class Interface extends EventEmitter {
  constructor(input, output, completer, terminal) {
    super();
    let options = {};
    if (input && input.input) {
      options = input;
      ({ input, output, completer, terminal } = options);
    }
    if (completer !== undefined && typeof completer !== 'function') {
      throw new ERR_INVALID_ARG_VALUE('completer', completer);
    }
    const { prompt = '> ', crlfDelay, signal, historySize, tabSize } = options;
    if (historySize !== undefined) validateUint32(historySize, 'historySize');
    if (tabSize !== undefined) validateUint32(tabSize, 'tabSize', true);
    if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
    this.input = input;
    this.output = output;
    this.completer = completer;
    this.terminal = false;
    this.crlfDelay = crlfDelay ? Math.max(MIN_CRLF_DELAY, crlfDelay) : MIN_CRLF_DELAY;
    this.line = '';
    this.cursor = 0;
    this.history = [];
    this.historySize = historySize === undefined ? 30 : historySize;
    this.closed = false;
    this.paused = false;
    this._prompt = '';
    this.setPrompt(prompt);
    this._partial = null;
    this._afterReturn = false;
    this._questionCb = null;
    this._oldPrompt = '';
    this._decoder = new StringDecoder('utf8');

    const onData = (data) => this._feed(data);
    const onEnd = () => {
      if (typeof this._partial === 'string' && this._partial.length > 0) this.emit('line', this._partial);
      this._partial = null;
      this.close();
    };
    const onError = (err) => this.emit('error', err);
    if (input) {
      input.on('error', onError);
      input.on('data', onData);
      input.on('end', onEnd);
      this.once('close', () => {
        input.removeListener('data', onData);
        input.removeListener('error', onError);
        input.removeListener('end', onEnd);
      });
    }
    if (signal) {
      const onAbort = () => this.close();
      if (signal.aborted) process.nextTick(onAbort);
      else {
        signal.addEventListener('abort', onAbort, { once: true });
        this.once('close', () => signal.removeEventListener('abort', onAbort));
      }
    }
    if (input && typeof input.resume === 'function') input.resume();
  }

  get columns() {
    return this.output && this.output.columns ? this.output.columns : Infinity;
  }

  setPrompt(prompt) {
    this._prompt = prompt;
  }

  getPrompt() {
    return this._prompt;
  }

  _out(s) {
    if (this.output !== null && this.output !== undefined) this.output.write(s);
  }

  prompt() {
    if (this.paused) this.resume();
    if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
    this._out(this._prompt);
  }

  [kQuestion](query, cb) {
    if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
    if (this._questionCb) {
      this.prompt();
      return;
    }
    this._oldPrompt = this._prompt;
    this.setPrompt(query);
    this._questionCb = cb;
    this.prompt();
  }

  [kQuestionCancel]() {
    if (!this._questionCb) return;
    this._questionCb = null;
    this.setPrompt(this._oldPrompt);
    this._out('\r\n');
    this.line = '';
    this.cursor = 0;
  }

  question(query, options, cb) {
    cb = typeof options === 'function' ? options : cb;
    if (options !== null && typeof options === 'object' && options.signal) {
      const { signal } = options;
      validateAbortSignal(signal, 'options.signal');
      if (signal.aborted) return;
      const onAbort = () => this[kQuestionCancel]();
      signal.addEventListener('abort', onAbort, { once: true });
      const done = cb;
      cb = (answer) => {
        signal.removeEventListener('abort', onAbort);
        done(answer);
      };
    }
    if (typeof cb === 'function') this[kQuestion](query, cb);
  }

  _onLine(line) {
    if (this._questionCb) {
      const cb = this._questionCb;
      this._questionCb = null;
      this.setPrompt(this._oldPrompt);
      cb(line);
    } else {
      this.emit('line', line);
    }
  }

  _feed(data) {
    if (data === undefined) return;
    let s = typeof data === 'string' ? data : this._decoder.write(data);
    if (this._afterReturn) {
      // "\r" then "\n" in the next chunk is one line end.
      if (s.charCodeAt(0) === 10) s = s.slice(1);
      this._afterReturn = false;
    }
    LINE_END.lastIndex = 0;
    if (!LINE_END.test(s)) {
      if (s) this._partial = this._partial ? this._partial + s : s;
      return;
    }
    if (this._partial) {
      s = this._partial + s;
      this._partial = null;
    }
    this._afterReturn = s.endsWith('\r');
    const lines = [];
    let from = 0;
    LINE_END.lastIndex = 0;
    let m;
    while ((m = LINE_END.exec(s)) !== null) {
      lines.push(s.slice(from, m.index));
      from = LINE_END.lastIndex;
    }
    this._partial = s.slice(from);
    for (const line of lines) this._onLine(line);
  }

  write(data) {
    if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
    if (this.paused) this.resume();
    this._feed(data);
  }

  pause() {
    if (this.paused) return;
    if (this.input && typeof this.input.pause === 'function') this.input.pause();
    this.paused = true;
    this.emit('pause');
    return this;
  }

  resume() {
    if (!this.paused) return;
    if (this.input && typeof this.input.resume === 'function') this.input.resume();
    this.paused = false;
    this.emit('resume');
    return this;
  }

  close() {
    if (this.closed) return;
    this.pause();
    this.closed = true;
    this.emit('close');
  }

  getCursorPos() {
    const cols = this.columns;
    const pos = this._prompt.length + this.cursor;
    return { rows: cols === Infinity ? 0 : Math.floor(pos / cols), cols: cols === Infinity ? pos : pos % cols };
  }

  [Symbol.asyncIterator]() {
    if (this._lineIterator === undefined) {
      this._lineIterator = EventEmitter.on(this, 'line', { close: ['close'], highWaterMark: 1024, [kFirstEventParam]: true });
    }
    return this._lineIterator;
  }
}
Object.defineProperty(Interface.prototype, '_lineIterator', { value: undefined, writable: true });

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

function done(stream, data, callback) {
  if (stream === null || stream === undefined) {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  return stream.write(data, callback);
}

function clearLine(stream, dir, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  const code = dir < 0 ? '1K' : dir > 0 ? '0K' : '2K';
  return done(stream, CSI + code, callback);
}

function clearScreenDown(stream, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  return done(stream, `${CSI}0J`, callback);
}

function cursorTo(stream, x, y, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (typeof y === 'function') {
    callback = y;
    y = undefined;
  }
  if (Number.isNaN(x)) throw new ERR_INVALID_ARG_VALUE('x', x);
  if (Number.isNaN(y)) throw new ERR_INVALID_ARG_VALUE('y', y);
  if (stream == null || (typeof x !== 'number' && typeof y !== 'number')) return done(null, '', callback);
  const data = typeof y !== 'number' ? `${CSI}${x + 1}G` : `${CSI}${y + 1};${x + 1}H`;
  return done(stream, data, callback);
}

function moveCursor(stream, dx, dy, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream == null || !(dx || dy)) return done(null, '', callback);
  let data = '';
  if (dx < 0) data += `${CSI}${-dx}D`;
  else if (dx > 0) data += `${CSI}${dx}C`;
  if (dy < 0) data += `${CSI}${-dy}A`;
  else if (dy > 0) data += `${CSI}${dy}B`;
  return done(stream, data, callback);
}

// Key names for single characters and the common escape sequences.
function keyFor(seq) {
  const key = { sequence: seq, name: undefined, ctrl: false, meta: false, shift: false };
  const arrows = { A: 'up', B: 'down', C: 'right', D: 'left', H: 'home', F: 'end' };
  if (seq.length === 3 && seq.startsWith(CSI) && arrows[seq[2]]) {
    key.name = arrows[seq[2]];
    key.code = `[${seq[2]}`;
    return key;
  }
  const c = seq;
  if (c === '\r') key.name = 'return';
  else if (c === '\n') key.name = 'enter';
  else if (c === '\t') key.name = 'tab';
  else if (c === '\b' || c === '\x7f') key.name = 'backspace';
  else if (c === ESC) key.name = 'escape';
  else if (c === ' ') key.name = 'space';
  else if (c.length === 1 && c <= '\x1a') {
    key.name = String.fromCharCode(c.charCodeAt(0) + 96);
    key.ctrl = true;
  } else if (/^[0-9]$/.test(c)) key.name = 'number';
  else if (/^[a-z]$/.test(c)) key.name = c;
  else if (/^[A-Z]$/.test(c)) {
    key.name = c.toLowerCase();
    key.shift = true;
  }
  return key;
}

const kKeypressDecoder = Symbol('keypress-decoder');
function emitKeypressEvents(stream, iface = {}) {
  if (stream[kKeypressDecoder]) return;
  stream[kKeypressDecoder] = new StringDecoder('utf8');
  const onData = (data) => {
    if (stream.listenerCount('keypress') === 0) return;
    const s = typeof data === 'string' ? data : stream[kKeypressDecoder].write(data);
    for (let i = 0; i < s.length;) {
      let seq = s[i];
      if (seq === ESC && s[i + 1] === '[' && i + 2 < s.length) seq = s.slice(i, i + 3);
      else if (s.codePointAt(i) > 0xffff) seq = s.slice(i, i + 2);
      i += seq.length;
      const key = keyFor(seq);
      stream.emit('keypress', key.name === undefined && seq.length === 1 ? seq : seq.length === 1 || key.name ? seq : undefined, key);
    }
  };
  stream.on('data', onData);
  void iface;
}

module.exports = {
  Interface,
  clearLine,
  clearScreenDown,
  createInterface,
  cursorTo,
  emitKeypressEvents,
  moveCursor,
  promises: undefined,
};
Object.defineProperty(module.exports, 'promises', {
  get: () => require('readline/promises'),
  enumerable: true,
  configurable: true,
});
module.exports._kQuestion = kQuestion;
module.exports._kQuestionCancel = kQuestionCancel;
Object.defineProperty(module.exports, '_kQuestion', { enumerable: false });
Object.defineProperty(module.exports, '_kQuestionCancel', { enumerable: false });
