'use strict';

// node:assert — Node 22 semantics and messages.

const {
  codes: {
    ERR_AMBIGUOUS_ARGUMENT,
    ERR_CONSTRUCT_CALL_REQUIRED,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_RETURN_VALUE,
    ERR_MISSING_ARGS,
    ERR_UNAVAILABLE_DURING_EXIT,
  },
  validateFunction,
  validateOneOf,
} = require('internal/errors');
const { inspect, isError, types } = require('internal/inspect');
const { AssertionError } = require('internal/assertion_error');

const { isPromise, isRegExp } = types;

let comparisons;
function cmp() {
  return comparisons || (comparisons = require('internal/deep_equal'));
}

const kOptions = Symbol('options');
const NO_EXCEPTION = {};

const regExpExec = (re, str) => RegExp.prototype.exec.call(re, str);

// Throws `message` itself when it is an Error, else an AssertionError from `info`.
function fail(info) {
  if (info.message instanceof Error) throw info.message;
  throw new AssertionError(info);
}

// ---------------------------------------------------------------- ok()
const CONTROL_CHARS = /[\x00-\x08\x0b\x0c\x0e-\x1f]/g; // eslint-disable-line no-control-regex
function escapeControl(ch) {
  const c = ch.charCodeAt(0);
  if (c === 8) return '\\b';
  if (c === 12) return '\\f';
  return `\\u${c.toString(16).padStart(4, '0')}`;
}

let sourceExpression;
function falsyMessage(fn) {
  sourceExpression ??= require('internal/source_expression').sourceExpressionOf;
  let src = sourceExpression(fn);
  if (src) {
    src = src.replace(CONTROL_CHARS, escapeControl);
    return `The expression evaluated to a falsy value:\n\n  ${src}\n`;
  }
  return undefined;
}

function checkTruthy(fn, argCount, value, message) {
  if (value) return;
  let generated = false;
  if (argCount === 0) {
    generated = true;
    message = 'No value argument passed to `assert.ok()`';
  } else if (message == null) {
    generated = true;
    message = falsyMessage(fn);
  } else if (isError(message)) {
    throw message;
  }
  const err = new AssertionError({ actual: value, expected: true, message, operator: '==', stackStartFn: fn });
  err.generatedMessage = generated;
  throw err;
}

// ---------------------------------------------------------------- Assert
function Assert(options) {
  if (!new.target) throw new ERR_CONSTRUCT_CALL_REQUIRED('Assert');
  options = Object.assign({ __proto__: null, strict: true }, options);
  if (options.diff !== undefined) validateOneOf(options.diff, 'options.diff', ['simple', 'full']);
  this.AssertionError = AssertionError;
  Object.defineProperty(this, kOptions, { value: options, enumerable: false, configurable: false, writable: false });
  if (options.strict) {
    this.equal = this.strictEqual;
    this.deepEqual = this.deepStrictEqual;
    this.notEqual = this.notStrictEqual;
    this.notDeepEqual = this.notDeepStrictEqual;
  }
}

const diffOf = (self) => self?.[kOptions]?.diff;

let failWarned = false;
Assert.prototype.fail = function fail(actual, expected, message, operator, stackStartFn) {
  const argc = arguments.length;
  let internal = false;
  if (actual == null && argc <= 1) {
    internal = true;
    message = 'Failed';
  } else if (argc === 1) {
    message = actual;
    actual = undefined;
  } else {
    if (!failWarned) {
      failWarned = true;
      process.emitWarning(
        'assert.fail() with more than one argument is deprecated. ' +
          'Please use assert.strictEqual() instead or only pass a message.',
        'DeprecationWarning',
        'DEP0094',
      );
    }
    if (argc === 2) operator = '!=';
  }
  if (message instanceof Error) throw message;
  const err = new AssertionError({
    actual,
    expected,
    operator: operator === undefined ? 'fail' : operator,
    stackStartFn: stackStartFn || fail,
    message,
    diff: diffOf(this),
  });
  if (internal) err.generatedMessage = true;
  throw err;
};

Assert.prototype.ok = function ok(...args) {
  checkTruthy(ok, args.length, ...args);
};

Assert.prototype.equal = function equal(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  // eslint-disable-next-line eqeqeq
  if (actual != expected && (!Number.isNaN(actual) || !Number.isNaN(expected))) {
    fail({ actual, expected, message, operator: '==', stackStartFn: equal, diff: diffOf(this) });
  }
};

Assert.prototype.notEqual = function notEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  // eslint-disable-next-line eqeqeq
  if (actual == expected || (Number.isNaN(actual) && Number.isNaN(expected))) {
    fail({ actual, expected, message, operator: '!=', stackStartFn: notEqual, diff: diffOf(this) });
  }
};

Assert.prototype.deepEqual = function deepEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (!cmp().isDeepEqual(actual, expected)) {
    fail({ actual, expected, message, operator: 'deepEqual', stackStartFn: deepEqual, diff: diffOf(this) });
  }
};

Assert.prototype.notDeepEqual = function notDeepEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (cmp().isDeepEqual(actual, expected)) {
    fail({ actual, expected, message, operator: 'notDeepEqual', stackStartFn: notDeepEqual, diff: diffOf(this) });
  }
};

Assert.prototype.deepStrictEqual = function deepStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (!cmp().isDeepStrictEqual(actual, expected)) {
    fail({ actual, expected, message, operator: 'deepStrictEqual', stackStartFn: deepStrictEqual, diff: diffOf(this) });
  }
};

function notDeepStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (cmp().isDeepStrictEqual(actual, expected)) {
    fail({ actual, expected, message, operator: 'notDeepStrictEqual', stackStartFn: notDeepStrictEqual, diff: diffOf(this) });
  }
}
Assert.prototype.notDeepStrictEqual = notDeepStrictEqual;

Assert.prototype.strictEqual = function strictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (!Object.is(actual, expected)) {
    fail({ actual, expected, message, operator: 'strictEqual', stackStartFn: strictEqual, diff: diffOf(this) });
  }
};

Assert.prototype.notStrictEqual = function notStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (Object.is(actual, expected)) {
    fail({ actual, expected, message, operator: 'notStrictEqual', stackStartFn: notStrictEqual, diff: diffOf(this) });
  }
};

Assert.prototype.partialDeepStrictEqual = function partialDeepStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (!cmp().isPartialStrictEqual(actual, expected)) {
    fail({
      actual, expected, message, operator: 'partialDeepStrictEqual', stackStartFn: partialDeepStrictEqual, diff: diffOf(this),
    });
  }
};

// ---------------------------------------------------------------- throws / rejects
// A view of `obj` holding only `keys` (values matched by a RegExp in `expected` show the
// actual string), for readable diffs of validation objects.
class Comparison {
  constructor(obj, keys, actual) {
    for (const key of keys) {
      if (key in obj) {
        if (actual !== undefined && typeof actual[key] === 'string' && isRegExp(obj[key]) &&
            regExpExec(obj[key], actual[key]) !== null) {
          this[key] = actual[key];
        } else {
          this[key] = obj[key];
        }
      }
    }
  }
}

function checkErrorKey(self, actual, expected, key, message, keys, fn) {
  if (key in actual && cmp().isDeepStrictEqual(actual[key], expected[key])) return;
  if (!message) {
    const err = new AssertionError({
      actual: new Comparison(actual, keys),
      expected: new Comparison(expected, keys, actual),
      operator: 'deepStrictEqual',
      stackStartFn: fn,
      diff: diffOf(self),
    });
    err.actual = actual;
    err.expected = expected;
    err.operator = fn.name;
    throw err;
  }
  fail({ actual, expected, message, operator: fn.name, stackStartFn: fn, diff: diffOf(self) });
}

function matchException(self, actual, expected, message, fn) {
  let generated = false;
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) {
      const str = String(actual);
      if (regExpExec(expected, str) !== null) return;
      if (!message) {
        generated = true;
        message = `The input did not match the regular expression ${inspect(expected)}. Input:\n\n${inspect(str)}\n`;
      }
    } else if (typeof actual !== 'object' || actual === null) {
      const err = new AssertionError({
        actual, expected, message, operator: 'deepStrictEqual', stackStartFn: fn, diff: diffOf(self),
      });
      err.operator = fn.name;
      throw err;
    } else {
      // A validation object: each of its keys must match.
      const keys = Object.keys(expected);
      if (expected instanceof Error) {
        keys.push('name', 'message');
      } else if (keys.length === 0) {
        throw new ERR_INVALID_ARG_VALUE('error', expected, 'may not be an empty object');
      }
      for (const key of keys) {
        if (typeof actual[key] === 'string' && isRegExp(expected[key]) &&
            regExpExec(expected[key], actual[key]) !== null) {
          continue;
        }
        checkErrorKey(self, actual, expected, key, message, keys, fn);
      }
      return;
    }
  } else if (expected.prototype !== undefined && actual instanceof expected) {
    return;
  } else if (Object.prototype.isPrototypeOf.call(Error, expected)) {
    if (!message) {
      generated = true;
      message = `The error is expected to be an instance of "${expected.name}". Received `;
      if (isError(actual)) {
        const name = actual.constructor?.name || actual.name;
        if (expected.name === name) {
          message += 'an error with identical name but a different prototype.';
        } else {
          message += `"${name}"`;
        }
        if (actual.message) message += `\n\nError message:\n\n${actual.message}`;
      } else {
        message += `"${inspect(actual, { depth: -1 })}"`;
      }
    }
  } else {
    const res = Reflect.apply(expected, {}, [actual]);
    if (res === true) return;
    if (!message) {
      generated = true;
      const name = expected.name ? `"${expected.name}" ` : '';
      message = `The ${name}validation function is expected to return "true". Received ${inspect(res)}`;
      if (isError(actual)) message += `\n\nCaught error:\n\n${actual}`;
    }
  }
  const err = new AssertionError({ actual, expected, message, operator: fn.name, stackStartFn: fn, diff: diffOf(self) });
  err.generatedMessage = generated;
  throw err;
}

function runForThrow(fn) {
  validateFunction(fn, 'fn');
  try {
    fn();
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

function isPromiseLike(obj) {
  return isPromise(obj) ||
    (obj !== null && typeof obj === 'object' && typeof obj.then === 'function' && typeof obj.catch === 'function');
}

async function runForRejection(promiseFn) {
  let promise;
  if (typeof promiseFn === 'function') {
    promise = promiseFn();
    if (!isPromiseLike(promise)) {
      throw new ERR_INVALID_RETURN_VALUE('instance of Promise', 'promiseFn', promise);
    }
  } else if (isPromiseLike(promiseFn)) {
    promise = promiseFn;
  } else {
    throw new ERR_INVALID_ARG_TYPE('promiseFn', ['Function', 'Promise'], promiseFn);
  }
  try {
    await promise;
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

// `args` are what the caller passed after the function/promise: [error[, message]].
function expectError(self, fn, actual, args) {
  let [error, message] = args;
  if (typeof error === 'string') {
    if (args.length === 2) {
      throw new ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
    }
    if (typeof actual === 'object' && actual !== null) {
      if (actual.message === error) {
        throw new ERR_AMBIGUOUS_ARGUMENT('error/message', `The error message "${actual.message}" is identical to the message.`);
      }
    } else if (actual === error) {
      throw new ERR_AMBIGUOUS_ARGUMENT('error/message', `The error "${actual}" is identical to the message.`);
    }
    message = error;
    error = undefined;
  } else if (error != null && typeof error !== 'object' && typeof error !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
  }

  if (actual === NO_EXCEPTION) {
    let details = '';
    if (error?.name) details += ` (${error.name})`;
    details += message ? `: ${message}` : '.';
    const kind = fn === Assert.prototype.rejects ? 'rejection' : 'exception';
    fail({
      actual: undefined,
      expected: error,
      operator: fn.name,
      message: `Missing expected ${kind}${details}`,
      stackStartFn: fn,
      diff: diffOf(self),
    });
  }
  if (!error) return;
  matchException(self, actual, error, message, fn);
}

function errorMatches(actual, expected) {
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) return regExpExec(expected, String(actual)) !== null;
    throw new ERR_INVALID_ARG_TYPE('expected', ['Function', 'RegExp'], expected);
  }
  if (expected.prototype !== undefined && actual instanceof expected) return true;
  if (Object.prototype.isPrototypeOf.call(Error, expected)) return false;
  return Reflect.apply(expected, {}, [actual]) === true;
}

function expectNoError(self, fn, actual, error, message) {
  if (actual === NO_EXCEPTION) return;
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  if (!error || errorMatches(actual, error)) {
    const details = message ? `: ${message}` : '.';
    const kind = fn === Assert.prototype.doesNotReject ? 'rejection' : 'exception';
    fail({
      actual,
      expected: error,
      operator: fn.name,
      message: `Got unwanted ${kind}${details}\nActual message: "${actual?.message}"`,
      stackStartFn: fn,
      diff: diffOf(self),
    });
  }
  throw actual;
}

Assert.prototype.throws = function throws(promiseFn, ...args) {
  expectError(this, throws, runForThrow(promiseFn), args);
};

Assert.prototype.rejects = async function rejects(promiseFn, ...args) {
  expectError(this, rejects, await runForRejection(promiseFn), args);
};

Assert.prototype.doesNotThrow = function doesNotThrow(fn, ...args) {
  expectNoError(this, doesNotThrow, runForThrow(fn), ...args);
};

Assert.prototype.doesNotReject = async function doesNotReject(fn, ...args) {
  expectNoError(this, doesNotReject, await runForRejection(fn), ...args);
};

Assert.prototype.ifError = function ifError(err) {
  if (err === null || err === undefined) return;
  let message = 'ifError got unwanted exception: ';
  if (typeof err === 'object' && typeof err.message === 'string') {
    if (err.message.length === 0 && err.constructor) message += err.constructor.name;
    else message += err.message;
  } else {
    message += inspect(err);
  }
  const newErr = new AssertionError({
    actual: err, expected: null, operator: 'ifError', message, stackStartFn: ifError, diff: diffOf(this),
  });
  // Splice the original error's frames under the new error's own ones.
  const origStack = err.stack;
  if (typeof origStack === 'string') {
    const at = origStack.indexOf('\n    at');
    if (at !== -1) {
      const origFrames = origStack.slice(at + 1).split('\n');
      let ownFrames = newErr.stack.split('\n');
      for (const frame of origFrames) {
        const pos = ownFrames.indexOf(frame);
        if (pos !== -1) {
          ownFrames = ownFrames.slice(0, pos);
          break;
        }
      }
      newErr.stack = `${ownFrames.join('\n')}\n${origFrames.join('\n')}`;
    }
  }
  throw newErr;
};

function checkMatch(self, string, regexp, message, fn) {
  if (!isRegExp(regexp)) throw new ERR_INVALID_ARG_TYPE('regexp', 'RegExp', regexp);
  const wantMatch = fn === Assert.prototype.match;
  if (typeof string === 'string' && (regExpExec(regexp, string) !== null) === wantMatch) return;
  if (message instanceof Error) throw message;
  const generated = !message;
  message ||= typeof string !== 'string' ?
    `The "string" argument must be of type string. Received type ${typeof string} (${inspect(string)})` :
    `${wantMatch ? 'The input did not match the regular expression ' :
      'The input was expected to not match the regular expression '}${inspect(regexp)}. Input:\n\n${inspect(string)}\n`;
  const err = new AssertionError({ actual: string, expected: regexp, message, operator: fn.name, stackStartFn: fn, diff: diffOf(self) });
  err.generatedMessage = generated;
  throw err;
}

Assert.prototype.match = function match(string, regexp, message) {
  checkMatch(this, string, regexp, message, match);
};

Assert.prototype.doesNotMatch = function doesNotMatch(string, regexp, message) {
  checkMatch(this, string, regexp, message, doesNotMatch);
};

// ---------------------------------------------------------------- CallTracker (deprecated)
class CallTracker {
  #contexts = new Set();
  #tracked = new WeakMap();

  #contextOf(tracked) {
    const ctx = this.#tracked.get(tracked);
    if (ctx === undefined) throw new ERR_INVALID_ARG_VALUE('tracked', tracked, 'is not a tracked function');
    return ctx;
  }

  reset(tracked) {
    if (tracked === undefined) {
      for (const ctx of this.#contexts) ctx.calls = [];
      return;
    }
    this.#contextOf(tracked).calls = [];
  }

  getCalls(tracked) {
    return Object.freeze(this.#contextOf(tracked).calls.slice());
  }

  calls(fn, expected = 1) {
    if (process._exiting) throw new ERR_UNAVAILABLE_DURING_EXIT();
    if (typeof fn === 'number') {
      expected = fn;
      fn = Function.prototype;
    } else if (fn === undefined) {
      fn = Function.prototype;
    }
    require('internal/errors').validateUint32(expected, 'expected', true);
    const ctx = { expected, calls: [], stack: new Error(), name: fn.name || 'calls' };
    const tracked = new Proxy(fn, {
      apply(target, thisArg, argList) {
        ctx.calls.push(Object.freeze({ thisArg, arguments: Object.freeze(argList.slice()) }));
        return Reflect.apply(target, thisArg, argList);
      },
    });
    this.#contexts.add(ctx);
    this.#tracked.set(tracked, ctx);
    return tracked;
  }

  report() {
    const out = [];
    for (const ctx of this.#contexts) {
      if (ctx.calls.length !== ctx.expected) {
        out.push({
          message: `Expected the ${ctx.name} function to be executed ${ctx.expected} time(s) but was ` +
            `executed ${ctx.calls.length} time(s).`,
          actual: ctx.calls.length,
          expected: ctx.expected,
          operator: ctx.name,
          stack: ctx.stack,
        });
      }
    }
    return out;
  }

  verify() {
    const errors = this.report();
    if (errors.length === 0) return;
    const message = errors.length === 1 ? errors[0].message : 'Functions were not called the expected number of times';
    throw new AssertionError({ message, details: errors });
  }
}

// ---------------------------------------------------------------- exports
function ok(...args) {
  checkTruthy(ok, args.length, ...args);
}

function strict(...args) {
  checkTruthy(strict, args.length, ...args);
}

const assert = ok;
assert.AssertionError = AssertionError;
assert.CallTracker = require('util').deprecate(CallTracker, 'assert.CallTracker is deprecated.', 'DEP0173');
assert.ok = assert;
for (const name of ['fail', 'equal', 'notEqual', 'deepEqual', 'notDeepEqual', 'deepStrictEqual',
  'notDeepStrictEqual', 'strictEqual', 'notStrictEqual', 'partialDeepStrictEqual', 'match',
  'doesNotMatch', 'throws', 'rejects', 'doesNotThrow', 'doesNotReject', 'ifError']) {
  assert[name] = Assert.prototype[name];
}

assert.strict = Object.assign(strict, assert, {
  equal: assert.strictEqual,
  deepEqual: assert.deepStrictEqual,
  notEqual: assert.notStrictEqual,
  notDeepEqual: assert.notDeepStrictEqual,
});
assert.strict.Assert = Assert;
assert.strict.strict = assert.strict;
assert.Assert = Assert;

module.exports = assert;
