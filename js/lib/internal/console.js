'use strict';

// The console object of the sandbox, behaving like Node 22's global console.
//
//   createConsole(write, options) -> console
//
// `write(fd, string)` writes to fd 1 (stdout) or fd 2 (stderr). Options:
//   now()      -> milliseconds (float), the clock used by time/timeEnd/timeLog
//   pid()      -> process id shown in warnings when `process.emitWarning` is
//                 not available
//   colors     -> boolean, or function (fd) -> boolean: colorize inspected
//                 values (Node's colorMode 'auto' on a TTY); default false
//   isTTY(fd)  -> boolean; console.clear() only writes to a TTY stdout
//   groupIndentation -> number of spaces per console.group() level (2)
//   ignoreErrors -> swallow exceptions thrown by write() (default true, as
//                 for Node's global console)
//
// Warnings (unknown timer labels, ...) go through `process.emitWarning` when
// `globalThis.process` provides it, otherwise they are written to stderr in
// the format Node uses.

const {
  inspect,
  formatWithOptions,
  getStringWidth,
  isBuffer,
  types,
  nodeError,
  previewEntries,
  takeWarningHelperLine,
  isStackOverflowError,
} = require('internal/inspect');

const uncurryThis = Function.prototype.bind.bind(Function.prototype.call);
const ArrayIsArray = Array.isArray;
const ArrayPrototypePush = uncurryThis(Array.prototype.push);
const ArrayPrototypeUnshift = uncurryThis(Array.prototype.unshift);
const ArrayPrototypeJoin = uncurryThis(Array.prototype.join);
const ObjectKeys = Object.keys;
const ObjectValues = Object.values;
const ObjectDefineProperty = Object.defineProperty;
const ObjectPrototypeHasOwnProperty = uncurryThis(Object.prototype.hasOwnProperty);
const ReflectApply = Reflect.apply;
const StringPrototypeIncludes = uncurryThis(String.prototype.includes);
const StringPrototypeRepeat = uncurryThis(String.prototype.repeat);
const StringPrototypeSlice = uncurryThis(String.prototype.slice);
const StringPrototypeSplit = uncurryThis(String.prototype.split);
const StringPrototypePadStart = uncurryThis(String.prototype.padStart);
const StringPrototypeReplaceAll = uncurryThis(String.prototype.replaceAll);
const NumberPrototypeToFixed = uncurryThis(Number.prototype.toFixed);
const MathCeil = Math.ceil;
const MathFloor = Math.floor;
const MathMax = Math.max;
const SafeMap = Map;
const MapPrototypeGet = uncurryThis(Map.prototype.get);
const MapPrototypeSet = uncurryThis(Map.prototype.set);
const MapPrototypeHas = uncurryThis(Map.prototype.has);
const MapPrototypeDelete = uncurryThis(Map.prototype.delete);
const ErrorCaptureStackTrace = Error.captureStackTrace;
const PromiseResolve = Promise.resolve.bind(Promise);
const PromisePrototypeThen = uncurryThis(Promise.prototype.then);

const kMaxGroupIndentation = 1000;

// ---------------------------------------------------------------------------
// Time formatting (console.timeEnd / console.timeLog).

const kSecond = 1000;
const kMinute = 60 * kSecond;
const kHour = 60 * kMinute;

function pad2(value) {
  return StringPrototypePadStart(`${value}`, 2, '0');
}

function formatTime(ms) {
  let hours = 0;
  let minutes = 0;
  let seconds = 0;

  if (ms >= kSecond) {
    if (ms >= kMinute) {
      if (ms >= kHour) {
        hours = MathFloor(ms / kHour);
        ms = ms % kHour;
      }
      minutes = MathFloor(ms / kMinute);
      ms = ms % kMinute;
    }
    seconds = ms / kSecond;
  }

  if (hours !== 0 || minutes !== 0) {
    const parts = StringPrototypeSplit(NumberPrototypeToFixed(seconds, 3), '.', 2);
    seconds = parts[0];
    ms = parts[1];
    const res = hours !== 0 ? `${hours}:${pad2(minutes)}` : minutes;
    return `${res}:${pad2(seconds)}.${ms} (${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`;
  }

  if (seconds !== 0) {
    return `${NumberPrototypeToFixed(seconds, 3)}s`;
  }

  return `${Number(NumberPrototypeToFixed(ms, 3))}ms`;
}

// ---------------------------------------------------------------------------
// console.table rendering.

const tableChars = {
  middleMiddle: '─',
  rowMiddle: '┼',
  topRight: '┐',
  topLeft: '┌',
  leftMiddle: '├',
  topMiddle: '┬',
  bottomRight: '┘',
  bottomLeft: '└',
  bottomMiddle: '┴',
  rightMiddle: '┤',
  left: '│ ',
  right: ' │',
  middle: ' │ ',
};

function renderRow(row, columnWidths) {
  let out = tableChars.left;
  for (let i = 0; i < row.length; i++) {
    const cell = row[i];
    const needed = columnWidths[i] - getStringWidth(cell);
    // Cells are left aligned.
    out += cell + StringPrototypeRepeat(' ', MathCeil(needed));
    if (i !== row.length - 1) out += tableChars.middle;
  }
  out += tableChars.right;
  return out;
}

function renderTable(head, columns) {
  const rows = [];
  const columnWidths = [];
  for (let i = 0; i < head.length; i++) columnWidths[i] = getStringWidth(head[i]);
  let longestColumn = -Infinity;
  for (let i = 0; i < columns.length; i++) {
    if (columns[i].length > longestColumn) longestColumn = columns[i].length;
  }

  for (let i = 0; i < head.length; i++) {
    const column = columns[i];
    for (let j = 0; j < longestColumn; j++) {
      if (rows[j] === undefined) rows[j] = [];
      const value = rows[j][i] = ObjectPrototypeHasOwnProperty(column, j) ? column[j] : '';
      const width = columnWidths[i] || 0;
      columnWidths[i] = MathMax(width, getStringWidth(value));
    }
  }

  const divider = [];
  for (let i = 0; i < columnWidths.length; i++) {
    divider[i] = StringPrototypeRepeat(tableChars.middleMiddle, columnWidths[i] + 2);
  }

  let result = tableChars.topLeft +
    ArrayPrototypeJoin(divider, tableChars.topMiddle) +
    tableChars.topRight + '\n' +
    renderRow(head, columnWidths) + '\n' +
    tableChars.leftMiddle +
    ArrayPrototypeJoin(divider, tableChars.rowMiddle) +
    tableChars.rightMiddle + '\n';

  for (let i = 0; i < rows.length; i++) {
    result += `${renderRow(rows[i], columnWidths)}\n`;
  }

  result += tableChars.bottomLeft +
    ArrayPrototypeJoin(divider, tableChars.bottomMiddle) +
    tableChars.bottomRight;
  return result;
}

const keyKey = 'Key';
const valuesKey = 'Values';
const indexKey = '(index)';
const iterKey = '(iteration index)';

function isArrayLike(v) {
  return ArrayIsArray(v) || types.isTypedArray(v) || isBuffer(v);
}

// Entries of a Map/Set iterator without advancing it (needs the runtime's
// preview helper; otherwise the iterator is drained).
function previewIterator(iterator, isMap) {
  const res = previewEntries(iterator, true);
  if (res !== undefined) return res;
  const entries = [];
  let isKeyValue = isMap;
  for (const item of iterator) {
    if (!ArrayIsArray(item) || item.length !== 2) isKeyValue = false;
    if (isMap) {
      ArrayPrototypePush(entries, item);
    } else if (ArrayIsArray(item)) {
      ArrayPrototypePush(entries, item[0], item[1]);
    } else {
      ArrayPrototypePush(entries, item);
    }
  }
  if (!isMap) return [entries, false];
  if (isKeyValue) {
    const flat = [];
    for (let i = 0; i < entries.length; i++) ArrayPrototypePush(flat, entries[i][0], entries[i][1]);
    return [flat, true];
  }
  return [entries, false];
}

// ---------------------------------------------------------------------------
// Warnings.

function emitProcessWarning(state, message) {
  const proc = globalThis.process;
  if (proc !== undefined && proc !== null && typeof proc.emitWarning === 'function') {
    proc.emitWarning(message);
    return;
  }
  // Node emits warnings on the next tick and prints them with console.error.
  let pid = 0;
  try {
    pid = state.pid();
  } catch {
    // Keep 0.
  }
  const text = `(node:${pid}) Warning: ${message}${takeWarningHelperLine(false)}`;
  PromisePrototypeThen(PromiseResolve(), () => state.console.error(text));
}

// ---------------------------------------------------------------------------
// The console object.

const kColorInspectOptions = { colors: true };
const kNoColorInspectOptions = {};

function defaultPid() {
  return 0;
}

function defaultNow() {
  return 0;
}

function buildConsole(write, options) {
  if (typeof write !== 'function') {
    throw new TypeError('createConsole: write must be a function');
  }
  options = options || {};
  let groupIndentation = options.groupIndentation;
  if (groupIndentation === undefined) groupIndentation = 2;

  const state = {
    now: typeof options.now === 'function' ? options.now : defaultNow,
    pid: typeof options.pid === 'function' ? options.pid : defaultPid,
    colors: options.colors,
    isTTY: options.isTTY,
    inspectOptions: options.inspectOptions,
    groupIndentation,
    ignoreErrors: options.ignoreErrors !== false,
    groupIndent: '',
    times: new SafeMap(),
    counts: new SafeMap(),
    console: undefined,
  };

  function useColors(fd) {
    const c = state.colors;
    if (typeof c === 'function') return !!c(fd);
    return !!c;
  }

  function getInspectOptions(fd) {
    const color = useColors(fd);
    const opts = state.inspectOptions;
    if (opts) {
      if (opts.colors === undefined) opts.colors = color;
      return opts;
    }
    return color ? kColorInspectOptions : kNoColorInspectOptions;
  }

  function formatFor(fd, args) {
    if (args.length === 1 && typeof args[0] === 'string') return args[0];
    const opts = getInspectOptions(fd);
    ArrayPrototypeUnshift(args, opts);
    return ReflectApply(formatWithOptions, null, args);
  }

  function writeToConsole(fd, string) {
    const indent = state.groupIndent;
    if (indent.length !== 0) {
      if (StringPrototypeIncludes(string, '\n')) {
        string = StringPrototypeReplaceAll(string, '\n', `\n${indent}`);
      }
      string = indent + string;
    }
    string += '\n';
    if (!state.ignoreErrors) {
      write(fd, string);
      return;
    }
    // Like Node's global console, write errors are swallowed (except a stack
    // overflow, which must propagate).
    try {
      write(fd, string);
    } catch (err) {
      if (isStackOverflowError(err)) throw err;
    }
  }

  function timeLogImpl(label, formatted, args) {
    if (args === undefined) {
      con.log('%s: %s', label, formatted);
    } else {
      ReflectApply(con.log, con, ['%s: %s', label, formatted, ...args]);
    }
  }

  function logTime(implementation, label, args) {
    const start = MapPrototypeGet(state.times, label);
    if (start === undefined) {
      emitProcessWarning(state, `No such label '${label}' for ${implementation}`);
      return;
    }
    const ms = state.now() - start;
    timeLogImpl(label, formatTime(ms), args);
  }

  const con = { __proto__: {} };
  state.console = con;

  const methods = {
    log(...args) {
      writeToConsole(1, formatFor(1, args));
    },
    info(...args) {
      writeToConsole(1, formatFor(1, args));
    },
    debug(...args) {
      writeToConsole(1, formatFor(1, args));
    },
    warn(...args) {
      writeToConsole(2, formatFor(2, args));
    },
    error(...args) {
      writeToConsole(2, formatFor(2, args));
    },
    dir(...args) {
      const object = args[0];
      const opts = args[1];
      writeToConsole(1, inspect(object, {
        customInspect: false,
        ...getInspectOptions(1),
        ...opts,
      }));
    },
    time(...args) {
      let label = args.length === 0 || args[0] === undefined ? 'default' : args[0];
      label = `${label}`;
      if (MapPrototypeHas(state.times, label)) {
        emitProcessWarning(state, `Label '${label}' already exists for console.time()`);
        return;
      }
      MapPrototypeSet(state.times, label, state.now());
    },
    timeEnd(...args) {
      let label = args.length === 0 || args[0] === undefined ? 'default' : args[0];
      label = `${label}`;
      logTime('console.timeEnd()', label);
      MapPrototypeDelete(state.times, label);
    },
    timeLog(...args) {
      let label = args.length === 0 || args[0] === undefined ? 'default' : args[0];
      label = `${label}`;
      const data = [];
      for (let i = 1; i < args.length; i++) ArrayPrototypePush(data, args[i]);
      logTime('console.timeLog()', label, data);
    },
    trace: function trace(...args) {
      const err = {
        name: 'Trace',
        message: formatFor(2, args),
      };
      if (typeof ErrorCaptureStackTrace === 'function') {
        ErrorCaptureStackTrace(err, trace);
      } else {
        err.stack = `Trace: ${err.message}`;
      }
      con.error(err.stack);
    },
    assert(...args) {
      const expression = args[0];
      if (!expression) {
        const rest = [];
        for (let i = 1; i < args.length; i++) ArrayPrototypePush(rest, args[i]);
        if (rest.length && typeof rest[0] === 'string') {
          rest[0] = `Assertion failed: ${rest[0]}`;
        } else {
          ArrayPrototypeUnshift(rest, 'Assertion failed');
        }
        ReflectApply(con.warn, con, rest);
      }
    },
    clear() {
      // Only a TTY stdout gets cleared.
      let tty = false;
      try {
        tty = typeof state.isTTY === 'function' && !!state.isTTY(1);
      } catch {
        tty = false;
      }
      if (!tty) return;
      let term;
      try {
        term = globalThis.process?.env?.TERM;
      } catch {
        term = undefined;
      }
      if (term === 'dumb') return;
      // cursorTo(0, 0) followed by clearScreenDown().
      write(1, '\x1b[1;1H');
      write(1, '\x1b[0J');
    },
    count(...args) {
      let label = args.length === 0 || args[0] === undefined ? 'default' : args[0];
      label = `${label}`;
      let count = MapPrototypeGet(state.counts, label);
      if (count === undefined) {
        count = 1;
      } else {
        count++;
      }
      MapPrototypeSet(state.counts, label, count);
      con.log(`${label}: ${count}`);
    },
    countReset(...args) {
      const label = args.length === 0 || args[0] === undefined ? 'default' : args[0];
      if (!MapPrototypeHas(state.counts, label)) {
        emitProcessWarning(state, `Count for '${label}' does not exist`);
        return;
      }
      MapPrototypeDelete(state.counts, `${label}`);
    },
    group(...data) {
      if (data.length > 0) {
        ReflectApply(con.log, con, data);
      }
      state.groupIndent += StringPrototypeRepeat(' ', state.groupIndentation);
    },
    groupEnd() {
      const current = state.groupIndent;
      state.groupIndent = StringPrototypeSlice(current, 0, current.length - state.groupIndentation);
    },
    table(...args) {
      let tabularData = args[0];
      const properties = args[1];
      if (properties !== undefined && !ArrayIsArray(properties)) {
        throwInvalidArgType('properties', 'Array', properties);
      }

      if (tabularData === null || typeof tabularData !== 'object') {
        return con.log(tabularData);
      }

      const final = (k, v) => con.log(renderTable(k, v));

      const inspectCell = (v) => {
        const depth = v !== null &&
          typeof v === 'object' &&
          !isArrayLike(v) &&
          ObjectKeys(v).length > 2 ? -1 : 0;
        const opt = {
          depth,
          maxArrayLength: 3,
          breakLength: Infinity,
          ...getInspectOptions(1),
        };
        return inspect(v, opt);
      };
      const getIndexArray = (length) => {
        const out = [];
        for (let i = 0; i < length; i++) out[i] = inspectCell(i);
        return out;
      };

      const mapIter = types.isMapIterator(tabularData);
      let isKeyValue = false;
      let i = 0;
      if (mapIter) {
        const res = previewIterator(tabularData, true);
        tabularData = res[0];
        isKeyValue = res[1];
      }

      if (isKeyValue || types.isMap(tabularData)) {
        const keys = [];
        const values = [];
        let length = 0;
        if (mapIter) {
          for (; i < tabularData.length / 2; ++i) {
            ArrayPrototypePush(keys, inspectCell(tabularData[i * 2]));
            ArrayPrototypePush(values, inspectCell(tabularData[i * 2 + 1]));
            length++;
          }
        } else {
          for (const { 0: k, 1: v } of tabularData) {
            ArrayPrototypePush(keys, inspectCell(k));
            ArrayPrototypePush(values, inspectCell(v));
            length++;
          }
        }
        return final([iterKey, keyKey, valuesKey], [getIndexArray(length), keys, values]);
      }

      const setIter = types.isSetIterator(tabularData);
      if (setIter) {
        tabularData = previewIterator(tabularData, false)[0];
      }

      const setlike = setIter || mapIter || types.isSet(tabularData);
      if (setlike) {
        const values = [];
        let length = 0;
        for (const v of tabularData) {
          ArrayPrototypePush(values, inspectCell(v));
          length++;
        }
        return final([iterKey, valuesKey], [getIndexArray(length), values]);
      }

      const map = { __proto__: null };
      let hasPrimitives = false;
      const valuesKeyArray = [];
      const indexKeyArray = ObjectKeys(tabularData);

      for (; i < indexKeyArray.length; i++) {
        const item = tabularData[indexKeyArray[i]];
        const primitive = item === null ||
          (typeof item !== 'function' && typeof item !== 'object');
        if (properties === undefined && primitive) {
          hasPrimitives = true;
          valuesKeyArray[i] = inspectCell(item);
        } else {
          const keys = properties || ObjectKeys(item);
          for (const key of keys) {
            map[key] ??= [];
            if ((primitive && properties) || !ObjectPrototypeHasOwnProperty(item, key)) {
              map[key][i] = '';
            } else {
              map[key][i] = inspectCell(item[key]);
            }
          }
        }
      }

      const keys = ObjectKeys(map);
      const values = ObjectValues(map);
      if (hasPrimitives) {
        ArrayPrototypePush(keys, valuesKey);
        ArrayPrototypePush(values, valuesKeyArray);
      }
      ArrayPrototypeUnshift(keys, indexKey);
      ArrayPrototypeUnshift(values, indexKeyArray);
      return final(keys, values);
    },
  };
  methods.dirxml = methods.log;
  methods.groupCollapsed = methods.group;

  const order = [
    'log', 'info', 'debug', 'warn', 'error', 'dir', 'time', 'timeEnd', 'timeLog',
    'trace', 'assert', 'clear', 'count', 'countReset', 'group', 'groupEnd', 'table',
    'dirxml', 'groupCollapsed',
  ];
  for (let i = 0; i < order.length; i++) {
    const name = order[i];
    const impl = methods[name];
    // Every method works detached from the console (`const { log } = console`).
    const fn = (0, impl).bind(con);
    ObjectDefineProperty(fn, 'name', { __proto__: null, value: name, configurable: true });
    ObjectDefineProperty(fn, 'length', { __proto__: null, value: 0, configurable: true });
    con[name] = fn;
  }
  return con;
}

function throwInvalidArgType(name, expected, actual) {
  throw nodeError('ERR_INVALID_ARG_TYPE', name, expected, actual);
}

// Methods V8's inspector adds to Node's global console; no-ops here.
function addInspectorMethods(con) {
  const noop = () => {};
  con.profile = noop.bind(null);
  ObjectDefineProperty(con.profile, 'name', { __proto__: null, value: 'profile' });
  con.profileEnd = noop.bind(null);
  ObjectDefineProperty(con.profileEnd, 'name', { __proto__: null, value: 'profileEnd' });
  con.timeStamp = noop.bind(null);
  ObjectDefineProperty(con.timeStamp, 'name', { __proto__: null, value: 'timeStamp' });
  con.context = function context(name) { // eslint-disable-line no-unused-vars
    const ctx = {};
    const keys = ObjectKeys(con);
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (typeof con[k] === 'function' && k !== 'Console' && k !== 'context' &&
          k !== 'createTask') {
        ctx[k] = con[k];
      }
    }
    return ctx;
  };
  con.createTask = function createTask(name) { // eslint-disable-line no-unused-vars
    return {
      run(fn) {
        return fn();
      },
    };
  };
  ObjectDefineProperty(con.createTask, 'length', { __proto__: null, value: 0 });
}

// console.Console: a console writing to stream-like objects with write().
function Console(options /* or: stdout, stderr, ignoreErrors */) {
  if (new.target === undefined) {
    return ReflectApply(ConsoleConstruct, null, arguments);
  }
  if (!options || typeof options.write === 'function') {
    options = {
      stdout: options,
      stderr: arguments[1],
      ignoreErrors: arguments[2],
    };
  }
  const {
    stdout,
    stderr = stdout,
    ignoreErrors = true,
    colorMode = 'auto',
    inspectOptions,
    groupIndentation,
  } = options;
  if (!stdout || typeof stdout.write !== 'function') {
    throwConsoleWritable('stdout');
  }
  if (!stderr || typeof stderr.write !== 'function') {
    throwConsoleWritable('stderr');
  }
  if (colorMode !== 'auto' && colorMode !== true && colorMode !== false) {
    throwInvalidArgValue('colorMode', colorMode, "must be one of: 'auto', true, false");
  }
  if (groupIndentation !== undefined) {
    if (typeof groupIndentation !== 'number') {
      throwInvalidArgType('groupIndentation', 'number', groupIndentation);
    }
    if (!Number.isInteger(groupIndentation)) {
      throw nodeError('ERR_OUT_OF_RANGE', 'groupIndentation', 'an integer', groupIndentation);
    }
    if (groupIndentation < 0 || groupIndentation > kMaxGroupIndentation) {
      throw nodeError('ERR_OUT_OF_RANGE', 'groupIndentation',
                      `>= 0 && <= ${kMaxGroupIndentation}`, groupIndentation);
    }
  }
  if (inspectOptions !== undefined) {
    if (inspectOptions === null || typeof inspectOptions !== 'object' ||
        ArrayIsArray(inspectOptions)) {
      throwInvalidArgType('options.inspectOptions', 'object', inspectOptions);
    }
    if (inspectOptions.colors !== undefined && options.colorMode !== undefined) {
      throw nodeError('ERR_INCOMPATIBLE_OPTION_PAIR', 'options.inspectOptions.color', 'colorMode');
    }
  }
  const write = (fd, string) => {
    const stream = fd === 2 ? stderr : stdout;
    stream.write(string);
  };
  const colors = colorMode === 'auto' ?
    (fd) => {
      const stream = fd === 2 ? stderr : stdout;
      return !!(stream && stream.isTTY &&
        (typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true));
    } :
    colorMode;
  const con = buildConsole(write, {
    ...consoleDefaults,
    colors,
    inspectOptions,
    groupIndentation,
    ignoreErrors: Boolean(ignoreErrors),
    isTTY: (fd) => !!(fd === 2 ? stderr : stdout).isTTY,
  });
  const keys = ObjectKeys(con);
  for (let i = 0; i < keys.length; i++) {
    this[keys[i]] = con[keys[i]];
  }
  ObjectDefineProperty(this, '_stdout', {
    __proto__: null, value: stdout, writable: true, enumerable: false, configurable: true,
  });
  ObjectDefineProperty(this, '_stderr', {
    __proto__: null, value: stderr, writable: true, enumerable: false, configurable: true,
  });
}

function ConsoleConstruct(...args) {
  return new Console(...args);
}

const kIsConsole = Symbol('kIsConsole');
ObjectDefineProperty(Console, Symbol.hasInstance, {
  __proto__: null,
  value(instance) {
    return instance !== null && typeof instance === 'object' && instance[kIsConsole] === true;
  },
});
ObjectDefineProperty(Console.prototype, kIsConsole, {
  __proto__: null, value: true, writable: true, enumerable: false, configurable: true,
});

function throwConsoleWritable(name) {
  throw nodeError('ERR_CONSOLE_WRITABLE_STREAM', name);
}

function throwInvalidArgValue(name, value, reason) {
  throw nodeError('ERR_INVALID_ARG_VALUE', name, value, reason);
}

// Settings of the last createConsole() call (clock, pid) shared with
// consoles created through `new console.Console()`.
let consoleDefaults = {};

function createConsole(write, options) {
  options = options || {};
  consoleDefaults = { now: options.now, pid: options.pid };
  const con = buildConsole(write, options);
  con.Console = Console;
  addInspectorMethods(con);
  ObjectDefineProperty(con, kIsConsole, {
    __proto__: null, value: true, writable: true, enumerable: false, configurable: true,
  });
  ObjectDefineProperty(con, Symbol.toStringTag, {
    __proto__: null, value: 'console', writable: false, enumerable: false, configurable: true,
  });
  return con;
}

module.exports = {
  createConsole,
  Console,
  formatTime,
};
