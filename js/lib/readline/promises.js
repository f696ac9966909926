'use strict';
// `readline/promises`: the same Interface with a promise-returning question(), and Readline,
// which queues cursor/clear escape sequences and writes them on commit().

const base = require('readline');
const errors = require('internal/errors');
const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_USE_AFTER_CLOSE },
  validateAbortSignal,
  validateBoolean,
  validateInteger,
  AbortError,
} = errors;

const kQuestion = base._kQuestion;
const kQuestionCancel = base._kQuestionCancel;
const CSI = '\x1b[';

class Interface extends base.Interface {
  question(query, options = {}) {
    return new Promise((resolve, reject) => {
      let cb = resolve;
      if (options !== null && typeof options === 'object' && options.signal) {
        const { signal } = options;
        validateAbortSignal(signal, 'options.signal');
        if (signal.aborted) {
          reject(new AbortError(undefined, { cause: signal.reason }));
          return;
        }
        const onAbort = () => {
          this[kQuestionCancel]();
          reject(new AbortError(undefined, { cause: signal.reason }));
        };
        signal.addEventListener('abort', onAbort, { once: true });
        cb = (answer) => {
          signal.removeEventListener('abort', onAbort);
          resolve(answer);
        };
      }
      if (this.closed) {
        reject(new ERR_USE_AFTER_CLOSE('readline'));
        return;
      }
      this[kQuestion](query, cb);
    });
  }
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

class Readline {
  constructor(stream, options = undefined) {
    if (stream === null || typeof stream !== 'object' || typeof stream.write !== 'function') {
      throw new errors.codes.ERR_INVALID_ARG_TYPE('stream', 'Writable', stream);
    }
    this._stream = stream;
    this._todo = [];
    this._autoCommit = false;
    if (options && options.autoCommit !== undefined) {
      validateBoolean(options.autoCommit, 'options.autoCommit');
      this._autoCommit = options.autoCommit;
    }
  }
  _add(s) {
    if (this._autoCommit) process.nextTick(() => this._stream.write(s));
    else this._todo.push(s);
    return this;
  }
  cursorTo(x, y = undefined) {
    validateInteger(x, 'x');
    if (y !== undefined) validateInteger(y, 'y');
    return this._add(y === undefined ? `${CSI}${x + 1}G` : `${CSI}${y + 1};${x + 1}H`);
  }
  moveCursor(dx, dy) {
    if (dx || dy) {
      validateInteger(dx, 'dx');
      validateInteger(dy, 'dy');
      let data = '';
      if (dx < 0) data += `${CSI}${-dx}D`;
      else if (dx > 0) data += `${CSI}${dx}C`;
      if (dy < 0) data += `${CSI}${-dy}A`;
      else if (dy > 0) data += `${CSI}${dy}B`;
      this._add(data);
    }
    return this;
  }
  clearLine(dir) {
    validateInteger(dir, 'dir', -1, 1);
    return this._add(`${CSI}${dir < 0 ? '1K' : dir > 0 ? '0K' : '2K'}`);
  }
  clearScreenDown() {
    return this._add(`${CSI}0J`);
  }
  commit() {
    return new Promise((resolve) => {
      this._stream.write(this._todo.join(''), resolve);
      this._todo = [];
    });
  }
  rollback() {
    this._todo = [];
    return this;
  }
}
void ERR_INVALID_ARG_VALUE;

module.exports = { Interface, Readline, createInterface };
