'use strict';

// AssertionError and the message/diff rendering used by `assert` (Node 22 wording).

const { inspect, isError } = require('internal/inspect');
const { validateObject, isErrorStackTraceLimitWritable } = require('internal/errors');

const HEADERS = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  partialDeepStrictEqual: 'Expected values to be partially and strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

const SHORT_LIMIT = 12;
const LONG_LIMIT = 512;
const DIFF_OPERATORS = new Set(['deepStrictEqual', 'strictEqual', 'partialDeepStrictEqual']);
const CONTEXT_LINES = 5;

// The sandbox never writes colour codes: every colour is the empty string.
const colors = { green: '', red: '', white: '', blue: '', gray: '', hasColors: false };

function render(value) {
  return inspect(value, {
    compact: false,
    customInspect: false,
    depth: 1000,
    maxArrayLength: Infinity,
    showHidden: false,
    showProxy: false,
    sorted: true,
    getters: true,
  });
}

// A shallow copy of an error that keeps its message (and cause) as own non-enumerable values,
// so that the rendering does not show the original stack.
function cloneError(err) {
  const copy = Object.assign({ __proto__: Object.getPrototypeOf(err) }, err);
  Object.defineProperty(copy, 'message', { value: err.message });
  if (Object.prototype.hasOwnProperty.call(err, 'cause')) {
    let cause = err.cause;
    if (isError(cause)) cause = cloneError(cause);
    Object.defineProperty(copy, 'cause', { value: cause });
  }
  return copy;
}

// ---------------------------------------------------------------- line diff (Myers)
const SAME = 0;
const ADDED = 1; // a line only in `actual`
const REMOVED = -1; // a line only in `expected`

function linesMatch(a, b, commaTolerant) {
  if (a === b) return true;
  return commaTolerant && (a + ',' === b || a === b + ',');
}

// Shortest edit script between two line arrays; returns [op, line] in order.
function diffLines(actual, expected, commaTolerant) {
  const n = actual.length;
  const m = expected.length;
  const offset = n + m;
  const frontier = new Int32Array(2 * offset + 2);
  const history = [];
  let found = false;
  for (let d = 0; d <= offset && !found; d++) {
    history.push(frontier.slice());
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && frontier[offset + k - 1] < frontier[offset + k + 1]);
      let x = down ? frontier[offset + k + 1] : frontier[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && linesMatch(actual[x], expected[y], commaTolerant)) {
        x++;
        y++;
      }
      frontier[offset + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  // Walk back through the recorded frontiers.
  const ops = [];
  let x = n;
  let y = m;
  for (let d = history.length - 1; d >= 0; d--) {
    const v = history[d];
    const k = x - y;
    const down = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]);
    const prevK = down ? k + 1 : k - 1;
    const prevX = v[offset + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      const line = actual[x - 1];
      ops.push([SAME, commaTolerant && !line.endsWith(',') ? expected[y - 1] : line]);
      x--;
      y--;
    }
    if (d > 0) {
      if (x > prevX) ops.push([ADDED, actual[--x]]);
      else ops.push([REMOVED, expected[--y]]);
    }
  }
  return ops.reverse();
}

function formatLineDiff(ops, operator) {
  let out = '';
  let skipped = false;
  let run = 0; // unchanged lines in the current stretch
  for (let i = 0; i < ops.length; i++) {
    const [op, line] = ops[i];
    if (i > 0 && ops[i - 1][0] === SAME && op !== SAME) {
      // Close a stretch of unchanged lines: the first CONTEXT_LINES were printed; show the
      // rest only when that is at most two more lines, else an ellipsis and the last one.
      if (run === CONTEXT_LINES + 1) {
        out += `${colors.white}  ${ops[i - 1][1]}\n`;
      } else if (run === CONTEXT_LINES + 2) {
        out += `${colors.white}  ${ops[i - 2][1]}\n`;
        out += `${colors.white}  ${ops[i - 1][1]}\n`;
      } else if (run > CONTEXT_LINES + 2) {
        out += `${colors.blue}...${colors.white}\n`;
        out += `${colors.white}  ${ops[i - 1][1]}\n`;
        skipped = true;
      }
      run = 0;
    }
    if (op === ADDED) {
      if (operator === 'partialDeepStrictEqual') out += `${colors.gray}+ ${line}${colors.white}\n`;
      else out += `${colors.green}+${colors.white} ${line}\n`;
    } else if (op === REMOVED) {
      out += `${colors.red}-${colors.white} ${line}\n`;
    } else {
      if (run < CONTEXT_LINES) out += `${colors.white}  ${line}\n`;
      run++;
    }
  }
  return { text: `\n${out.trimEnd()}`, skipped };
}

// ---------------------------------------------------------------- messages
function stackedDiff(actualLine, expectedLine) {
  let text = `\n${colors.green}+${colors.white} ${actualLine}\n${colors.red}- ${colors.white}${expectedLine}`;
  let width = 80;
  try {
    const err = process.stderr;
    if (err.isTTY) width = err.columns;
  } catch {
    // no stderr: assume 80 columns
  }
  if (actualLine.length + expectedLine.length <= width) {
    for (let i = 0; i < actualLine.length; i++) {
      if (actualLine[i] !== expectedLine[i]) {
        // The first characters (quote included) make a difference obvious already.
        if (i >= 3) text += `\n${' '.repeat(i + 2)}^`;
        break;
      }
    }
  }
  return text;
}

function diffMessage(actual, expected, operator, custom, diffMode) {
  if (operator === 'strictEqual' &&
      ((typeof actual === 'object' && actual !== null && typeof expected === 'object' && expected !== null) ||
       (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }
  const actualText = render(actual);
  const expectedText = render(expected);
  const actualLines = actualText.split('\n');
  const expectedLines = expectedText.split('\n');
  let header = `${colors.green}+ actual${colors.white} ${colors.red}- expected${colors.white}`;
  let body;
  let skipped = false;

  const singleLine = actualLines.length === 1 && expectedLines.length === 1 &&
    (typeof actual !== 'object' || actual === null || typeof expected !== 'object' || expected === null);
  if (singleLine) {
    const a = actualLines[0];
    const e = expectedLines[0];
    let len = a.length + e.length;
    if (typeof actual === 'string') len -= 2;
    if (typeof expected === 'string') len -= 2;
    if (len <= SHORT_LIMIT && (actual !== 0 || expected !== 0)) {
      body = `${a} !== ${e}`;
      header = '';
    } else {
      body = stackedDiff(a, e);
    }
  } else if (actualText === expectedText) {
    operator = 'notIdentical';
    if (actualLines.length > 50 && diffMode !== 'full') {
      body = `${actualLines.slice(0, 50).join('\n')}\n...}`;
      skipped = true;
    } else {
      body = actualLines.join('\n');
    }
    header = '';
  } else {
    const ops = diffLines(actualLines, expectedLines, actual != null && typeof actual === 'object');
    const res = formatLineDiff(ops, operator);
    body = res.text;
    skipped = res.skipped;
    if (operator === 'partialDeepStrictEqual') {
      header = `${colors.gray}+ actual${colors.white} ${colors.red}- expected${colors.white}`;
    }
  }
  const title = custom || HEADERS[operator];
  return `${title}\n${header}${skipped ? '\n... Skipped lines' : ''}\n${body}\n`;
}

function unequalMessage(actual, operator, diffMode) {
  let title = HEADERS[operator];
  const lines = render(actual).split('\n');
  if (operator === 'notStrictEqual' &&
      ((typeof actual === 'object' && actual !== null) || typeof actual === 'function')) {
    title = HEADERS.notStrictEqualObject;
  }
  if (lines.length > 50 && diffMode !== 'full') {
    lines[46] = `${colors.blue}...${colors.white}`;
    lines.length = 47;
  }
  if (lines.length === 1) return `${title}${lines[0].length > 5 ? '\n\n' : ' '}${lines[0]}`;
  return `${title}\n\n${lines.join('\n')}\n`;
}

function otherMessage(actual, expected, operator, diffMode) {
  let a = render(actual);
  let e = render(expected);
  const title = HEADERS[operator];
  if (operator === 'notDeepEqual' && a === e) {
    let msg = `${title}\n\n${a}`;
    if (msg.length > 1024 && diffMode !== 'full') msg = `${msg.slice(0, 1021)}...`;
    return msg;
  }
  if (a.length > LONG_LIMIT && diffMode !== 'full') a = `${a.slice(0, 509)}...`;
  if (e.length > LONG_LIMIT && diffMode !== 'full') e = `${e.slice(0, 509)}...`;
  if (operator === 'deepEqual') return `${title}\n\n${a}\n\nshould loosely deep-equal\n\n${e}`;
  const unequal = HEADERS[`${operator}Unequal`];
  if (unequal) return `${unequal}\n\n${a}\n\nshould not loosely deep-equal\n\n${e}`;
  return `${a} ${operator} ${e}`;
}

function truncateForInspect(str) {
  const lines = str.split('\n', 11);
  if (lines.length > 10) {
    lines.length = 10;
    return `${lines.join('\n')}\n...`;
  }
  if (str.length > LONG_LIMIT) return `${str.slice(LONG_LIMIT)}...`;
  return str;
}

class AssertionError extends Error {
  constructor(options) {
    validateObject(options, 'options');
    const { message, operator, stackStartFn, details, stackStartFunction, diff = 'simple' } = options;
    let { actual, expected } = options;

    const limitWritable = isErrorStackTraceLimitWritable();
    const savedLimit = Error.stackTraceLimit;
    if (limitWritable) Error.stackTraceLimit = 0;

    let text;
    if (message != null) {
      text = DIFF_OPERATORS.has(operator) ? diffMessage(actual, expected, operator, message, diff) : String(message);
    } else {
      if (typeof actual === 'object' && actual !== null && typeof expected === 'object' && expected !== null &&
          'stack' in actual && actual instanceof Error && 'stack' in expected && expected instanceof Error) {
        actual = cloneError(actual);
        expected = cloneError(expected);
      }
      if (DIFF_OPERATORS.has(operator)) {
        text = diffMessage(actual, expected, operator, message, diff);
      } else if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
        text = unequalMessage(actual, operator, diff);
      } else {
        text = otherMessage(actual, expected, operator, diff);
      }
    }
    super(text);

    if (limitWritable) Error.stackTraceLimit = savedLimit;

    this.generatedMessage = !message;
    Object.defineProperty(this, 'name', {
      value: 'AssertionError [ERR_ASSERTION]',
      enumerable: false,
      writable: true,
      configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    if (details) {
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
      for (let i = 0; i < details.length; i++) {
        this['message ' + i] = details[i].message;
        this['actual ' + i] = details[i].actual;
        this['expected ' + i] = details[i].expected;
        this['operator ' + i] = details[i].operator;
        this['stack trace ' + i] = details[i].stack;
      }
    } else {
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
    }
    Error.captureStackTrace(this, stackStartFn || stackStartFunction);
    // Render the stack now, while the name still carries the code.
    this.stack; // eslint-disable-line no-unused-expressions
    this.name = 'AssertionError';
    this.diff = diff;
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [inspect.custom](recurseTimes, ctx) {
    const savedActual = this.actual;
    const savedExpected = this.expected;
    if (typeof this.actual === 'string') this.actual = truncateForInspect(this.actual);
    if (typeof this.expected === 'string') this.expected = truncateForInspect(this.expected);
    const out = inspect(this, { ...ctx, customInspect: false, depth: 0 });
    this.actual = savedActual;
    this.expected = savedExpected;
    return out;
  }
}

module.exports = { AssertionError, render };
