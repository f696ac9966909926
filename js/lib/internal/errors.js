'use strict';

// Node-style errors for the bridge: `codes.ERR_*` constructors whose message,
// `code`, `name`, `toString()` and `stack` header match Node 22, validators
// with Node's messages, libuv errno tables and system-error builders.
//
// Stack headers: V8 formats `err.stack` lazily on first access from the
// error's `name` and `message`. Node's errors read `TypeError [ERR_X]: msg`
// there, so each error is stamped right after construction: the name is
// temporarily set to `TypeError [ERR_X]`, the stack is materialised and the own
// name is removed again (so `err.name` is still `TypeError`).

const kIsNodeError = Symbol('kIsNodeError');
// Set by events.emit('error') on unhandled errors: a function returning the
// stack with "Emitted 'error' event at:" appended, for the fatal printer.
const kEnhanceStackBeforeInspector = Symbol('kEnhanceStackBeforeInspector');
const kCustomInspect = Symbol.for('nodejs.util.inspect.custom');

const ObjectDefineProperty = Object.defineProperty;
const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);

let inspectModule;
function lazyInspect() {
  if (inspectModule === undefined) {
    try {
      inspectModule = require('internal/inspect');
    } catch {
      inspectModule = null;
    }
  }
  return inspectModule;
}

// ---------------------------------------------------------------------------
// Minimal formatting used when the value is primitive (exactly what
// util.inspect / util.format print for primitives), otherwise delegated to
// internal/inspect.

const kEscapes = [
  '\\x00', '\\x01', '\\x02', '\\x03', '\\x04', '\\x05', '\\x06', '\\x07',
  '\\b', '\\t', '\\n', '\\x0B', '\\f', '\\r', '\\x0E', '\\x0F',
  '\\x10', '\\x11', '\\x12', '\\x13', '\\x14', '\\x15', '\\x16', '\\x17',
  '\\x18', '\\x19', '\\x1A', '\\x1B', '\\x1C', '\\x1D', '\\x1E', '\\x1F',
];

function quoteString(str) {
  let quote = "'";
  if (str.includes("'")) {
    if (!str.includes('"')) quote = '"';
    else if (!str.includes('`') && !str.includes('${')) quote = '`';
  }
  let out = '';
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    const ch = str[i];
    if (c < 0x20) out += kEscapes[c];
    else if (c === 0x7f) out += '\\x7F';
    else if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (c >= 0xd800 && c <= 0xdfff) {
      const next = str.charCodeAt(i + 1);
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        out += ch + str[i + 1];
        i++;
      } else {
        out += `\\u${c.toString(16).toUpperCase()}`;
      }
    } else out += ch;
  }
  return quote + out + quote;
}

function formatNumber(n) {
  return Object.is(n, -0) ? '-0' : `${n}`;
}

function inspectPrimitive(value) {
  switch (typeof value) {
    case 'string': return quoteString(value);
    case 'number': return formatNumber(value);
    case 'bigint': return `${value}n`;
    case 'symbol': return value.toString();
    default: return String(value);
  }
}

function isPrimitive(v) {
  return v === null || (typeof v !== 'object' && typeof v !== 'function');
}

function inspect(value, opts) {
  const mod = lazyInspect();
  if (mod && typeof mod.inspect === 'function') return mod.inspect(value, opts);
  if (isPrimitive(value)) return inspectPrimitive(value);
  if (typeof value === 'function') {
    return value.name ? `[Function: ${value.name}]` : '[Function (anonymous)]';
  }
  try {
    return JSON.stringify(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

// util.format() restricted to what error messages need.
function format(msg, args) {
  if (!args.every((a) => isPrimitive(a) || typeof a === 'function' ||
                         a instanceof Error)) {
    const mod = lazyInspect();
    if (mod && typeof mod.format === 'function') return mod.format(msg, ...args);
  }
  let a = 0;
  let out = '';
  let last = 0;
  for (let i = 0; i < msg.length - 1; i++) {
    if (msg.charCodeAt(i) !== 37) continue; // '%'
    const c = msg[i + 1];
    if (c === '%') {
      out += msg.slice(last, i) + '%';
      last = i + 2;
      i++;
      continue;
    }
    if (a >= args.length) continue;
    let s;
    const arg = args[a];
    switch (c) {
      case 's':
        if (typeof arg === 'number') s = formatNumber(arg);
        else if (typeof arg === 'bigint') s = `${arg}n`;
        else if (isPrimitive(arg) || typeof arg === 'function') s = String(arg);
        else s = inspect(arg, { depth: 0, colors: false, compact: 3 });
        break;
      case 'd':
        if (typeof arg === 'bigint') s = `${arg}n`;
        else if (typeof arg === 'symbol') s = 'NaN';
        else s = formatNumber(Number(arg));
        break;
      case 'i':
        if (typeof arg === 'bigint') s = `${arg}n`;
        else if (typeof arg === 'symbol') s = 'NaN';
        else s = formatNumber(Number.parseInt(arg));
        break;
      case 'f':
        s = typeof arg === 'symbol' ? 'NaN' : formatNumber(Number.parseFloat(arg));
        break;
      case 'j':
        try {
          s = `${JSON.stringify(arg)}`;
        } catch {
          s = '[Circular]';
        }
        break;
      case 'o':
      case 'O':
        s = inspect(arg);
        break;
      default:
        continue;
    }
    out += msg.slice(last, i) + s;
    last = i + 2;
    i++;
    a++;
  }
  out += msg.slice(last);
  for (; a < args.length; a++) {
    const arg = args[a];
    out += ' ' + (typeof arg === 'string' ? arg : inspect(arg));
  }
  return out;
}

// ---------------------------------------------------------------------------
// Stack stamping

function isErrorStackTraceLimitWritable() {
  const desc = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
  if (desc === undefined) return Object.isExtensible(Error);
  return hasOwn(desc, 'writable') ? desc.writable : desc.set !== undefined;
}

// Make the (lazily formatted) stack header read `${displayName}: ${message}`.
// When `captureFrom` is a function, the stack is re-captured above it.
function stampStack(err, displayName, captureFrom) {
  const nameDesc = Object.getOwnPropertyDescriptor(err, 'name');
  try {
    ObjectDefineProperty(err, 'name', {
      __proto__: null, value: displayName, writable: true, enumerable: false, configurable: true,
    });
    if (typeof captureFrom === 'function' && Error.stackTraceLimit) {
      Error.captureStackTrace(err, captureFrom);
    }
    // eslint-disable-next-line no-unused-expressions
    err.stack;
  } catch {
    // A frozen or exotic error: leave it as it is.
  } finally {
    try {
      if (nameDesc === undefined) delete err.name;
      else ObjectDefineProperty(err, 'name', nameDesc);
    } catch {
      // ignore
    }
  }
  return err;
}

function stackHeaderName(err) {
  if (err === null || typeof err !== 'object') return undefined;
  if (!(kIsNodeError in err)) return undefined;
  return `${err.name} [${err.code}]`;
}

// Re-capture the stack of `err` above `fn`, keeping Node's header.
function captureLargerStackTrace(err, fn) {
  const header = stackHeaderName(err);
  if (header !== undefined) return stampStack(err, header, fn);
  if (Error.stackTraceLimit && err !== null && typeof err === 'object') {
    try {
      Error.captureStackTrace(err, fn);
    } catch {
      // ignore
    }
  }
  return err;
}

function hideStackFrames(fn) {
  function wrappedFn(...args) {
    try {
      return Reflect.apply(fn, this, args);
    } catch (error) {
      captureLargerStackTrace(error, wrappedFn);
      throw error;
    }
  }
  wrappedFn.withoutStackTrace = fn;
  return wrappedFn;
}

// ---------------------------------------------------------------------------
// Error classes

const messages = new Map();
const codes = {};

function getExpectedArgumentLength(msg) {
  let n = 0;
  const re = /%[dfijoOs]/g;
  while (re.exec(msg) !== null) n++;
  return n;
}

function getMessage(key, args, self) {
  const msg = messages.get(key);
  if (typeof msg === 'function') {
    if (msg.length > args.length) {
      throw new Error(`Code: ${key}; The provided arguments length (${args.length}) ` +
                      `does not match the required ones (${msg.length}).`);
    }
    return Reflect.apply(msg, self, args);
  }
  const expected = getExpectedArgumentLength(msg);
  if (expected !== args.length) {
    throw new Error(`Code: ${key}; The provided arguments length (${args.length}) ` +
                    `does not match the required ones (${expected}).`);
  }
  if (args.length === 0) return msg;
  return format(msg, args);
}

function makeNodeErrorWithCode(Base, key) {
  const baseName = Base.name;
  class NodeError extends Base {
    constructor(...args) {
      // The message goes to the base constructor: V8 (>= 13) formats the
      // stack header from the message the error was constructed with.
      // Message functions may set extra properties on `this`; collect them on
      // a stand-in and copy them after `code`, giving Node's property order.
      const extra = typeof messages.get(key) === 'function' ? {} : undefined;
      const message = getMessage(key, args, extra);
      super(message);
      ObjectDefineProperty(this, 'code', {
        __proto__: null, value: key, writable: true, enumerable: true, configurable: true,
      });
      if (extra !== undefined) {
        for (const k of Reflect.ownKeys(extra)) {
          ObjectDefineProperty(this, k, Object.getOwnPropertyDescriptor(extra, k));
        }
        // Node defines `message` last for computed messages.
        delete this.message;
        ObjectDefineProperty(this, 'message', {
          __proto__: null, value: message, writable: true, enumerable: false, configurable: true,
        });
      }
      stampStack(this, `${baseName} [${key}]`);
    }

    // util.inspect and friends look at `constructor`: report the base class.
    get ['constructor']() {
      return Base;
    }

    get [kIsNodeError]() {
      return true;
    }

    toString() {
      return `${this.name} [${key}]: ${this.message}`;
    }
  }
  return NodeError;
}

class SystemError extends Error {
  constructor(key, context) {
    const prefix = getMessage(key, [], undefined);
    let message = `${prefix}: ${context.syscall} returned ` +
                  `${context.code} (${context.message})`;
    if (context.path !== undefined) message += ` ${context.path}`;
    if (context.dest !== undefined) message += ` => ${context.dest}`;
    super(message);

    this.code = key;
    delete this.message; // re-added below, after `name` (Node's order)
    Object.defineProperties(this, {
      [kIsNodeError]: {
        __proto__: null, value: true, enumerable: false, writable: false, configurable: true,
      },
      name: {
        __proto__: null, value: 'SystemError', enumerable: false, writable: true, configurable: true,
      },
      message: {
        __proto__: null, value: message, enumerable: false, writable: true, configurable: true,
      },
      info: {
        __proto__: null, value: context, enumerable: true, configurable: true, writable: false,
      },
      errno: {
        __proto__: null,
        get() { return context.errno; },
        set: (value) => { context.errno = value; },
        enumerable: true,
        configurable: true,
      },
      syscall: {
        __proto__: null,
        get() { return context.syscall; },
        set: (value) => { context.syscall = value; },
        enumerable: true,
        configurable: true,
      },
    });
    if (context.path !== undefined) {
      ObjectDefineProperty(this, 'path', {
        __proto__: null,
        get() { return context.path != null ? context.path.toString() : context.path; },
        set: (value) => { context.path = value ? `${value}` : undefined; },
        enumerable: true,
        configurable: true,
      });
    }
    if (context.dest !== undefined) {
      ObjectDefineProperty(this, 'dest', {
        __proto__: null,
        get() { return context.dest != null ? context.dest.toString() : context.dest; },
        set: (value) => { context.dest = value ? `${value}` : undefined; },
        enumerable: true,
        configurable: true,
      });
    }
    stampStack(this, `SystemError [${key}]`);
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [kCustomInspect](recurseTimes, ctx) {
    const mod = lazyInspect();
    return mod.inspect(this, { ...ctx, getters: true, customInspect: false });
  }
}

function makeSystemErrorWithCode(key) {
  return class NodeError extends SystemError {
    constructor(ctx) {
      super(key, ctx);
    }
  };
}

const kBaseClasses = {
  E: Error, T: TypeError, R: RangeError, S: SyntaxError, U: URIError,
};

// Registers an error code. `classes` is a string of class letters (see
// kBaseClasses, 'Y' = SystemError); the first is the main class, the others
// are exposed as e.g. `codes.ERR_X.RangeError`.
function E(sym, val, classes) {
  messages.set(sym, val);
  let Main;
  if (classes[0] === 'Y') {
    Main = makeSystemErrorWithCode(sym);
  } else {
    Main = makeNodeErrorWithCode(kBaseClasses[classes[0]], sym);
    for (let i = 1; i < classes.length; i++) {
      const Base = kBaseClasses[classes[i]];
      const Other = makeNodeErrorWithCode(Base, sym);
      Other.HideStackFramesError = Other;
      Main[Base.name] = Other;
    }
  }
  // Node's internal code sometimes uses the HideStackFramesError variants;
  // here they are the same class (hideStackFrames() re-captures the stack).
  Main.HideStackFramesError = Main;
  codes[sym] = Main;
}

// ---------------------------------------------------------------------------
// Message helpers

function formatList(array, type = 'and') {
  switch (array.length) {
    case 0: return '';
    case 1: return `${array[0]}`;
    case 2: return `${array[0]} ${type} ${array[1]}`;
    case 3: return `${array[0]}, ${array[1]}, ${type} ${array[2]}`;
    default:
      return `${array.slice(0, -1).join(', ')}, ${type} ${array[array.length - 1]}`;
  }
}

// Describes `value` for "Received ..." suffixes.
function determineSpecificType(value) {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  const type = typeof value;
  switch (type) {
    case 'bigint':
      return `type bigint (${value}n)`;
    case 'number':
      return `type number (${formatNumber(value)})`;
    case 'boolean':
      return `type boolean (${value})`;
    case 'symbol':
      return `type symbol (${String(value)})`;
    case 'function':
      return `function ${value.name}`;
    case 'object':
      if (value.constructor && 'name' in value.constructor) {
        return `an instance of ${value.constructor.name}`;
      }
      return `${inspect(value, { depth: -1 })}`;
    case 'string': {
      let s = value;
      if (s.length > 28) s = `${s.slice(0, 25)}...`;
      return s.includes("'") ? `type string (${JSON.stringify(s)})` : `type string ('${s}')`;
    }
    default: {
      let s = inspect(value, { colors: false });
      if (s.length > 28) s = `${s.slice(0, 25)}...`;
      return `type ${type} (${s})`;
    }
  }
}

// Only for integers (as strings).
function addNumericalSeparator(val) {
  let res = '';
  let i = val.length;
  const start = val[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) res = `_${val.slice(i - 3, i)}${res}`;
  return `${val.slice(0, i)}${res}`;
}

const kTypes = ['string', 'function', 'number', 'object', 'Function', 'Object',
                'boolean', 'bigint', 'symbol'];
const classRegExp = /^[A-Z][a-zA-Z0-9]*$/;

function invalidArgTypeMessage(name, expected, actual) {
  if (!Array.isArray(expected)) expected = [expected];
  let msg = 'The ';
  if (name.endsWith(' argument')) {
    msg += `${name} `;
  } else {
    msg += `"${name}" ${name.includes('.') ? 'property' : 'argument'} `;
  }
  msg += 'must be ';
  const types = [];
  const instances = [];
  const other = [];
  for (const value of expected) {
    if (kTypes.includes(value)) types.push(value.toLowerCase());
    else if (classRegExp.test(value)) instances.push(value);
    else other.push(value);
  }
  if (instances.length > 0) {
    const pos = types.indexOf('object');
    if (pos !== -1) {
      types.splice(pos, 1);
      instances.push('Object');
    }
  }
  if (types.length > 0) {
    msg += `${types.length > 1 ? 'one of type' : 'of type'} ${formatList(types, 'or')}`;
    if (instances.length > 0 || other.length > 0) msg += ' or ';
  }
  if (instances.length > 0) {
    msg += `an instance of ${formatList(instances, 'or')}`;
    if (other.length > 0) msg += ' or ';
  }
  if (other.length > 0) {
    if (other.length > 1) {
      msg += `one of ${formatList(other, 'or')}`;
    } else {
      if (other[0].toLowerCase() !== other[0]) msg += 'an ';
      msg += `${other[0]}`;
    }
  }
  return `${msg}. Received ${determineSpecificType(actual)}`;
}

// ---------------------------------------------------------------------------
// Error codes whose message is computed.

E('ERR_ACCESS_DENIED', function(msg, permission = '', resource = '') {
  this.permission = permission;
  this.resource = resource;
  return msg;
}, 'E');
E('ERR_BUFFER_OUT_OF_BOUNDS', (name = undefined) => (name ?
  `"${name}" is outside of buffer bounds` :
  'Attempt to access memory outside buffer bounds'), 'R');
E('ERR_ENCODING_INVALID_ENCODED_DATA', function(encoding, ret) {
  this.errno = ret;
  return `The encoded data was not valid for encoding ${encoding}`;
}, 'T');
E('ERR_FALSY_VALUE_REJECTION', function(reason) {
  this.reason = reason;
  return 'Promise was rejected with falsy value';
}, 'E');
E('ERR_IMPORT_ATTRIBUTE_UNSUPPORTED', (attribute, value, url) =>
  `Import attribute "${attribute}" with value "${value}" is not supported in ${url}`, 'T');
E('ERR_INTERNAL_ASSERTION', (message) => {
  const suffix = 'This is caused by either a bug in Node.js ' +
    'or incorrect usage of Node.js internals.\n' +
    'Please open an issue with this stack trace at ' +
    'https://github.com/nodejs/node/issues\n';
  return message === undefined ? suffix : `${message}\n${suffix}`;
}, 'E');
E('ERR_INVALID_ADDRESS_FAMILY', function(addressType, host, port) {
  this.host = host;
  this.port = port;
  return `Invalid address family: ${addressType} ${host}:${port}`;
}, 'R');
E('ERR_INVALID_ARG_TYPE', invalidArgTypeMessage, 'T');
E('ERR_INVALID_ARG_VALUE', (name, value, reason = 'is invalid') => {
  let inspected = inspect(value);
  if (inspected.length > 128) inspected = `${inspected.slice(0, 128)}...`;
  const type = name.includes('.') ? 'property' : 'argument';
  return `The ${type} '${name}' ${reason}. Received ${inspected}`;
}, 'TR');
E('ERR_INVALID_CHAR', (name, field = undefined) => {
  let msg = `Invalid character in ${name}`;
  if (field !== undefined) msg += ` ["${field}"]`;
  return msg;
}, 'T');
E('ERR_INVALID_FILE_URL_PATH', function(reason, input = undefined) {
  this.input = input;
  return `File URL path ${reason}`;
}, 'T');
E('ERR_INVALID_MIME_SYNTAX', (production, str, invalidIndex) => {
  const msg = invalidIndex !== -1 ? ` at ${invalidIndex}` : '';
  return `The MIME syntax for a ${production} in "${str}" is invalid` + msg;
}, 'T');
E('ERR_INVALID_MODULE_SPECIFIER', (request, reason, base = undefined) =>
  `Invalid module "${request}" ${reason}${base ? ` imported from ${base}` : ''}`, 'T');
E('ERR_INVALID_PACKAGE_CONFIG', (path, base, message) =>
  `Invalid package config ${path}${base ? ` while importing ${base}` : ''}` +
  `${message ? `. ${message}` : ''}`, 'E');
E('ERR_INVALID_PACKAGE_TARGET',
  (pkgPath, key, target, isImport = false, base = undefined) => {
    const relError = typeof target === 'string' && !isImport &&
      target.length && !target.startsWith('./');
    const from = base ? ` imported from ${base}` : '';
    const rel = relError ? '; targets must start with "./"' : '';
    if (key === '.') {
      return `Invalid "exports" main target ${JSON.stringify(target)} defined ` +
        `in the package config ${pkgPath}package.json${from}${rel}`;
    }
    return `Invalid "${isImport ? 'imports' : 'exports'}" target ${JSON.stringify(target)} ` +
      `defined for '${key}' in the package config ${pkgPath}package.json${from}${rel}`;
  }, 'E');
E('ERR_INVALID_RETURN_PROPERTY', (input, name, prop, value) =>
  `Expected a valid ${input} to be returned for the "${prop}" from the` +
  ` "${name}" hook but got ${determineSpecificType(value)}.`, 'T');
E('ERR_INVALID_RETURN_PROPERTY_VALUE', (input, name, prop, value) =>
  `Expected ${input} to be returned for the "${prop}" from the` +
  ` "${name}" hook but got ${determineSpecificType(value)}.`, 'T');
E('ERR_INVALID_RETURN_VALUE', (input, name, value) =>
  `Expected ${input} to be returned from the "${name}"` +
  ` function but got ${determineSpecificType(value)}.`, 'TR');
E('ERR_INVALID_URL', function(input, base = null) {
  this.input = input;
  if (base != null) this.base = base;
  return 'Invalid URL';
}, 'T');
E('ERR_INVALID_URL_SCHEME', (expected) => {
  if (typeof expected === 'string') expected = [expected];
  const res = expected.length === 2 ?
    `one of scheme ${expected[0]} or ${expected[1]}` :
    `of scheme ${expected[0]}`;
  return `The URL must be ${res}`;
}, 'T');
E('ERR_IP_BLOCKED', (ip) => `IP(${ip}) is blocked by net.BlockList`, 'E');
E('ERR_MISSING_ARGS', (...args) => {
  const len = args.length;
  const wrap = (a) => `"${a}"`;
  args = args.map((a) => (Array.isArray(a) ? a.map(wrap).join(' or ') : wrap(a)));
  return `The ${formatList(args)} argument${len > 1 ? 's' : ''} must be specified`;
}, 'T');
E('ERR_MODULE_NOT_FOUND', function(path, base, exactUrl = undefined) {
  if (exactUrl) {
    ObjectDefineProperty(this, 'url', {
      __proto__: null, value: `${exactUrl}`, writable: true, enumerable: true, configurable: true,
    });
  }
  return `Cannot find ${exactUrl ? 'module' : 'package'} '${path}' imported from ${base}`;
}, 'E');
E('ERR_OUT_OF_RANGE', (str, range, input, replaceDefaultBoolean = false) => {
  let msg = replaceDefaultBoolean ? str : `The value of "${str}" is out of range.`;
  let received;
  if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) {
    received = addNumericalSeparator(String(input));
  } else if (typeof input === 'bigint') {
    received = String(input);
    if (input > 2n ** 32n || input < -(2n ** 32n)) received = addNumericalSeparator(received);
    received += 'n';
  } else {
    received = inspect(input);
  }
  msg += ` It must be ${range}. Received ${received}`;
  return msg;
}, 'R');
E('ERR_PACKAGE_IMPORT_NOT_DEFINED', (specifier, packagePath, base) =>
  `Package import specifier "${specifier}" is not defined${packagePath ?
    ` in package ${packagePath}package.json` : ''} imported from ${base}`, 'T');
E('ERR_PACKAGE_PATH_NOT_EXPORTED', (pkgPath, subpath, base = undefined) => {
  const from = base ? ` imported from ${base}` : '';
  if (subpath === '.') return `No "exports" main defined in ${pkgPath}package.json${from}`;
  return `Package subpath '${subpath}' is not defined by "exports" in ${pkgPath}package.json${from}`;
}, 'E');
E('ERR_PARSE_ARGS_UNKNOWN_OPTION', (option, allowPositionals) => {
  const suggestDashDash = allowPositionals ? '. To specify a positional ' +
    "argument starting with a '-', place it at the end of the command after " +
    `'--', as in '-- ${JSON.stringify(option)}` : '';
  return `Unknown option '${option}'${suggestDashDash}`;
}, 'T');
E('ERR_REQUIRE_ASYNC_MODULE', (filename = undefined, parentFilename = undefined) => {
  let message = 'require() cannot be used on an ESM ' +
    'graph with top-level await. Use import() instead. To see where the' +
    ' top-level await comes from, use --experimental-print-required-tla.';
  if (parentFilename) message += `\n  From ${parentFilename} `;
  if (filename) message += `\n  Requiring ${filename} `;
  return message;
}, 'E');
E('ERR_REQUIRE_ESM',
  (filename, hasEsmSyntax, parentPath = null, packageJsonPath = null) => {
    let msg = `require() of ES Module ${filename}${parentPath ? ` from ${parentPath}` : ''} not supported.`;
    if (!packageJsonPath) {
      if (filename.endsWith('.mjs')) {
        msg += `\nInstead change the require of ${filename} to a dynamic ` +
          'import() which is available in all CommonJS modules.';
      }
      return msg;
    }
    const path = require('path');
    const basename = parentPath && path.basename(filename) === path.basename(parentPath) ?
      filename : path.basename(filename);
    if (hasEsmSyntax) {
      msg += `\nInstead change the require of ${basename} in ${parentPath} to` +
        ' a dynamic import() which is available in all CommonJS modules.';
      return msg;
    }
    msg += `\n${basename} is treated as an ES module file as it is a .js ` +
      'file whose nearest parent package.json contains "type": "module" ' +
      'which declares all .js files in that package scope as ES modules.' +
      `\nInstead either rename ${basename} to end in .cjs, change the requiring ` +
      'code to use dynamic import() which is available in all CommonJS ' +
      'modules, or change "type": "module" to "type": "commonjs" in ' +
      `${packageJsonPath} to treat all .js files as CommonJS (using .mjs for ` +
      'all ES modules instead).\n';
    return msg;
  }, 'E');
E('ERR_SOCKET_BAD_PORT', (name, port, allowZero = true) => {
  const operator = allowZero ? '>=' : '>';
  return `${name} should be ${operator} 0 and < 65536. Received ${determineSpecificType(port)}.`;
}, 'R');
E('ERR_TLS_CERT_ALTNAME_INVALID', function(reason, host, cert) {
  this.reason = reason;
  this.host = host;
  this.cert = cert;
  return `Hostname/IP does not match certificate's altnames: ${reason}`;
}, 'E');
E('ERR_UNHANDLED_ERROR', (err = undefined) => {
  const msg = 'Unhandled error.';
  if (err === undefined) return msg;
  return `${msg} (${err})`;
}, 'E');
E('ERR_UNSUPPORTED_DIR_IMPORT', function(path, base, exactUrl) {
  ObjectDefineProperty(this, 'url', {
    __proto__: null, value: exactUrl, writable: true, enumerable: true, configurable: true,
  });
  return `Directory import '${path}' is not supported ` +
    `resolving ES modules imported from ${base}`;
}, 'E');
E('ERR_UNSUPPORTED_ESM_URL_SCHEME', (url, supported) =>
  `Only URLs with a scheme in: ${formatList(supported)} are supported by the default ` +
  `ESM loader. Received protocol '${url.protocol}'`, 'E');
E('ERR_VM_MODULE_LINK_FAILURE', function(message, cause) {
  this.cause = cause;
  return message;
}, 'E');
E('ERR_WORKER_INVALID_EXEC_ARGV', (errors, msg = 'invalid execArgv flags') =>
  `Initiated Worker with ${msg}: ${errors.join(', ')}`, 'E');
E('ERR_WORKER_PATH', (filename) =>
  'The worker script or module filename must be an absolute path or a ' +
  'relative path starting with \'./\' or \'../\'.' +
  (filename.startsWith('file://') ? ' Wrap file:// URLs with `new URL`.' : '') +
  (filename.startsWith('data:text/javascript') ? ' Wrap data: URLs with `new URL`.' : '') +
  ` Received "${filename}"`, 'T');
// Sandbox-specific.
E('ERR_NOT_SUPPORTED_IN_SANDBOX', (what) => `${what} is not supported in sandbox`, 'E');
E('ERR_SCRIPT_EXECUTION_TIMEOUT', (timeout) => `Script execution timed out after ${timeout}ms`, 'E');

// Error codes with fixed (util.format-style) messages:
// [code, classes, message]; classes as in E().
const kSimpleMessages = [
  ['ERR_AMBIGUOUS_ARGUMENT', 'T', 'The "%s" argument is ambiguous. %s'],
  ['ERR_ARG_NOT_ITERABLE', 'T', '%s must be iterable'],
  ['ERR_ASSERTION', 'E', '%s'],
  ['ERR_ASYNC_CALLBACK', 'T', '%s must be a function'],
  ['ERR_ASYNC_TYPE', 'T', 'Invalid name for async "type": %s'],
  ['ERR_BROTLI_INVALID_PARAM', 'R', '%s is not a valid Brotli parameter'],
  ['ERR_BUFFER_TOO_LARGE', 'R', 'Cannot create a Buffer larger than %s bytes'],
  ['ERR_ZLIB_INITIALIZATION_FAILED', 'E', 'Initialization failed'],
  ['ERR_CANNOT_WATCH_SIGINT', 'E', 'Cannot watch for SIGINT signals'],
  ['ERR_CHILD_CLOSED_BEFORE_REPLY', 'E', 'Child closed before reply received'],
  ['ERR_CHILD_PROCESS_IPC_REQUIRED', 'E', "Forked processes must have an IPC channel, missing value 'ipc' in %s"],
  ['ERR_CHILD_PROCESS_STDIO_MAXBUFFER', 'R', '%s maxBuffer length exceeded'],
  ['ERR_CONSOLE_WRITABLE_STREAM', 'T', 'Console expects a writable stream instance for %s'],
  ['ERR_CONSTRUCT_CALL_REQUIRED', 'T', 'Class constructor %s cannot be invoked without `new`'],
  ['ERR_CONTEXT_NOT_INITIALIZED', 'E', 'context used is not initialized'],
  ['ERR_CRYPTO_CUSTOM_ENGINE_NOT_SUPPORTED', 'E', 'Custom engines not supported by this OpenSSL'],
  ['ERR_CRYPTO_ECDH_INVALID_FORMAT', 'T', 'Invalid ECDH format: %s'],
  ['ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY', 'E', 'Public key is not valid for specified curve'],
  ['ERR_CRYPTO_ENGINE_UNKNOWN', 'E', 'Engine "%s" was not found'],
  ['ERR_CRYPTO_FIPS_FORCED', 'E', 'Cannot set FIPS mode, it was forced with --force-fips at startup.'],
  ['ERR_CRYPTO_FIPS_UNAVAILABLE', 'E', 'Cannot set FIPS mode in a non-FIPS build.'],
  ['ERR_CRYPTO_HASH_FINALIZED', 'E', 'Digest already called'],
  ['ERR_CRYPTO_HASH_UPDATE_FAILED', 'E', 'Hash update failed'],
  ['ERR_CRYPTO_INCOMPATIBLE_KEY', 'E', 'Incompatible %s: %s'],
  ['ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS', 'E', 'The selected key encoding %s %s.'],
  ['ERR_CRYPTO_INVALID_DIGEST', 'T', 'Invalid digest: %s'],
  ['ERR_CRYPTO_INVALID_JWK', 'T', 'Invalid JWK data'],
  ['ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', 'T', 'Invalid key object type %s, expected %s.'],
  ['ERR_CRYPTO_INVALID_STATE', 'E', 'Invalid state for operation %s'],
  ['ERR_CRYPTO_PBKDF2_ERROR', 'E', 'PBKDF2 error'],
  ['ERR_CRYPTO_SCRYPT_INVALID_PARAMETER', 'E', 'Invalid scrypt parameter'],
  ['ERR_CRYPTO_SCRYPT_NOT_SUPPORTED', 'E', 'Scrypt algorithm not supported'],
  ['ERR_CRYPTO_SIGN_KEY_REQUIRED', 'E', 'No key provided to sign'],
  ['ERR_DEBUGGER_ERROR', 'E', '%s'],
  ['ERR_DEBUGGER_STARTUP_ERROR', 'E', '%s'],
  ['ERR_DIR_CLOSED', 'E', 'Directory handle was closed'],
  ['ERR_DIR_CONCURRENT_OPERATION', 'E', 'Cannot do synchronous work on directory handle with concurrent asynchronous operations'],
  ['ERR_DNS_SET_SERVERS_FAILED', 'E', 'c-ares failed to set servers: "%s" [%s]'],
  ['ERR_DOMAIN_CALLBACK_NOT_AVAILABLE', 'E', 'A callback was registered through process.setUncaughtExceptionCaptureCallback(), which is mutually exclusive with using the `domain` module'],
  ['ERR_DOMAIN_CANNOT_SET_UNCAUGHT_EXCEPTION_CAPTURE', 'E', 'The `domain` module is in use, which is mutually exclusive with calling process.setUncaughtExceptionCaptureCallback()'],
  ['ERR_DUPLICATE_STARTUP_SNAPSHOT_MAIN_FUNCTION', 'E', 'Deserialize main function is already configured.'],
  ['ERR_ENCODING_NOT_SUPPORTED', 'R', 'The "%s" encoding is not supported'],
  ['ERR_EVAL_ESM_CANNOT_PRINT', 'E', '--print cannot be used with ESM input'],
  ['ERR_EVENT_RECURSION', 'E', 'The event "%s" is already being dispatched'],
  ['ERR_FEATURE_UNAVAILABLE_ON_PLATFORM', 'T', 'The feature %s is unavailable on the current platform, which is being used to run Node.js'],
  ['ERR_FS_CP_DIR_TO_NON_DIR', 'Y', 'Cannot overwrite non-directory with directory'],
  ['ERR_FS_CP_EEXIST', 'Y', 'Target already exists'],
  ['ERR_FS_CP_EINVAL', 'Y', 'Invalid src or dest'],
  ['ERR_FS_CP_FIFO_PIPE', 'Y', 'Cannot copy a FIFO pipe'],
  ['ERR_FS_CP_NON_DIR_TO_DIR', 'Y', 'Cannot overwrite directory with non-directory'],
  ['ERR_FS_CP_SOCKET', 'Y', 'Cannot copy a socket file'],
  ['ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY', 'Y', 'Cannot overwrite symlink in subdirectory of self'],
  ['ERR_FS_CP_UNKNOWN', 'Y', 'Cannot copy an unknown file type'],
  ['ERR_FS_EISDIR', 'Y', 'Path is a directory'],
  ['ERR_FS_FILE_TOO_LARGE', 'R', 'File size (%s) is greater than 2 GiB'],
  ['ERR_FS_INVALID_SYMLINK_TYPE', 'E', 'Symlink type must be one of "dir", "file", or "junction". Received "%s"'],
  ['ERR_FS_WATCH_QUEUE_OVERFLOW', 'E', 'fs.watch() queued more than %d events'],
  ['ERR_HTTP2_ALTSVC_INVALID_ORIGIN', 'T', 'HTTP/2 ALTSVC frames require a valid origin'],
  ['ERR_HTTP2_ALTSVC_LENGTH', 'T', 'HTTP/2 ALTSVC frames are limited to 16382 bytes'],
  ['ERR_HTTP2_CONNECT_AUTHORITY', 'E', ':authority header is required for CONNECT requests'],
  ['ERR_HTTP2_CONNECT_PATH', 'E', 'The :path header is forbidden for CONNECT requests'],
  ['ERR_HTTP2_CONNECT_SCHEME', 'E', 'The :scheme header is forbidden for CONNECT requests'],
  ['ERR_HTTP2_GOAWAY_SESSION', 'E', 'New streams cannot be created after receiving a GOAWAY'],
  ['ERR_HTTP2_HEADERS_AFTER_RESPOND', 'E', 'Cannot specify additional headers after response initiated'],
  ['ERR_HTTP2_HEADERS_SENT', 'E', 'Response has already been initiated.'],
  ['ERR_HTTP2_HEADER_SINGLE_VALUE', 'T', 'Header field "%s" must only have a single value'],
  ['ERR_HTTP2_INFO_STATUS_NOT_ALLOWED', 'R', 'Informational status codes cannot be used'],
  ['ERR_HTTP2_INVALID_CONNECTION_HEADERS', 'T', 'HTTP/1 Connection specific headers are forbidden: "%s"'],
  ['ERR_HTTP2_INVALID_HEADER_VALUE', 'T', 'Invalid value "%s" for header "%s"'],
  ['ERR_HTTP2_INVALID_INFO_STATUS', 'R', 'Invalid informational status code: %s'],
  ['ERR_HTTP2_INVALID_ORIGIN', 'T', 'HTTP/2 ORIGIN frames require a valid origin'],
  ['ERR_HTTP2_INVALID_PACKED_SETTINGS_LENGTH', 'R', 'Packed settings length must be a multiple of six'],
  ['ERR_HTTP2_INVALID_PSEUDOHEADER', 'T', '"%s" is an invalid pseudoheader or is used incorrectly'],
  ['ERR_HTTP2_INVALID_SESSION', 'E', 'The session has been destroyed'],
  ['ERR_HTTP2_INVALID_STREAM', 'E', 'The stream has been destroyed'],
  ['ERR_HTTP2_MAX_PENDING_SETTINGS_ACK', 'E', 'Maximum number of pending settings acknowledgements'],
  ['ERR_HTTP2_NESTED_PUSH', 'E', 'A push stream cannot initiate another push stream.'],
  ['ERR_HTTP2_NO_MEM', 'E', 'Out of memory'],
  ['ERR_HTTP2_NO_SOCKET_MANIPULATION', 'E', 'HTTP/2 sockets should not be directly manipulated (e.g. read and written)'],
  ['ERR_HTTP2_ORIGIN_LENGTH', 'T', 'HTTP/2 ORIGIN frames are limited to 16382 bytes'],
  ['ERR_HTTP2_OUT_OF_STREAMS', 'E', 'No stream ID is available because maximum stream ID has been reached'],
  ['ERR_HTTP2_PAYLOAD_FORBIDDEN', 'E', 'Responses with %s status must not have a payload'],
  ['ERR_HTTP2_PING_CANCEL', 'E', 'HTTP2 ping cancelled'],
  ['ERR_HTTP2_PING_LENGTH', 'R', 'HTTP2 ping payload must be 8 bytes'],
  ['ERR_HTTP2_PSEUDOHEADER_NOT_ALLOWED', 'T', 'Cannot set HTTP/2 pseudo-headers'],
  ['ERR_HTTP2_PUSH_DISABLED', 'E', 'HTTP/2 client has disabled push streams'],
  ['ERR_HTTP2_SEND_FILE', 'E', 'Directories cannot be sent'],
  ['ERR_HTTP2_SEND_FILE_NOSEEK', 'E', 'Offset or length can only be specified for regular files'],
  ['ERR_HTTP2_SESSION_ERROR', 'E', 'Session closed with error code %s'],
  ['ERR_HTTP2_SETTINGS_CANCEL', 'E', 'HTTP2 session settings canceled'],
  ['ERR_HTTP2_SOCKET_BOUND', 'E', 'The socket is already bound to an Http2Session'],
  ['ERR_HTTP2_SOCKET_UNBOUND', 'E', 'The socket has been disconnected from the Http2Session'],
  ['ERR_HTTP2_STATUS_101', 'E', 'HTTP status code 101 (Switching Protocols) is forbidden in HTTP/2'],
  ['ERR_HTTP2_STATUS_INVALID', 'R', 'Invalid status code: %s'],
  ['ERR_HTTP2_STREAM_ERROR', 'E', 'Stream closed with error code %s'],
  ['ERR_HTTP2_STREAM_SELF_DEPENDENCY', 'E', 'A stream cannot depend on itself'],
  ['ERR_HTTP2_TOO_MANY_CUSTOM_SETTINGS', 'E', 'Number of custom settings exceeds MAX_ADDITIONAL_SETTINGS'],
  ['ERR_HTTP2_TOO_MANY_INVALID_FRAMES', 'E', 'Too many invalid HTTP/2 frames'],
  ['ERR_HTTP2_TOO_MANY_ORIGINS', 'E', 'The server sent more ORIGIN frames than the allowed number of %s'],
  ['ERR_HTTP2_TRAILERS_ALREADY_SENT', 'E', 'Trailing headers have already been sent'],
  ['ERR_HTTP2_TRAILERS_NOT_READY', 'E', 'Trailing headers cannot be sent until after the wantTrailers event is emitted'],
  ['ERR_HTTP2_UNSUPPORTED_PROTOCOL', 'E', 'protocol "%s" is unsupported.'],
  ['ERR_HTTP_BODY_NOT_ALLOWED', 'E', 'Adding content for this request method or response status is not allowed.'],
  ['ERR_HTTP_CONTENT_LENGTH_MISMATCH', 'E', "Response body's content-length of %s byte(s) does not match the content-length of %s byte(s) set in header"],
  ['ERR_HTTP_HEADERS_SENT', 'E', 'Cannot %s headers after they are sent to the client'],
  ['ERR_HTTP_INVALID_HEADER_VALUE', 'T', 'Invalid value "%s" for header "%s"'],
  ['ERR_HTTP_INVALID_STATUS_CODE', 'R', 'Invalid status code: %s'],
  ['ERR_HTTP_REQUEST_TIMEOUT', 'E', 'Request timeout'],
  ['ERR_HTTP_SOCKET_ASSIGNED', 'E', 'ServerResponse has an already assigned socket'],
  ['ERR_HTTP_SOCKET_ENCODING', 'E', 'Changing the socket encoding is not allowed per RFC7230 Section 3.'],
  ['ERR_HTTP_TRAILER_INVALID', 'E', 'Trailers are invalid with this transfer encoding'],
  ['ERR_ILLEGAL_CONSTRUCTOR', 'T', 'Illegal constructor'],
  ['ERR_IMPORT_ATTRIBUTE_MISSING', 'T', 'Module "%s" needs an import attribute of "%s: %s"'],
  ['ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE', 'T', 'Module "%s" is not of type "%s"'],
  ['ERR_INCOMPATIBLE_OPTION_PAIR', 'T', 'Option "%s" cannot be used in combination with option "%s"'],
  ['ERR_INPUT_TYPE_NOT_ALLOWED', 'E', '--input-type can only be used with string input via --eval, --print, or STDIN'],
  ['ERR_INSPECTOR_ALREADY_ACTIVATED', 'E', 'Inspector is already activated. Close it with inspector.close() before activating it again.'],
  ['ERR_INSPECTOR_ALREADY_CONNECTED', 'E', '%s is already connected'],
  ['ERR_INSPECTOR_CLOSED', 'E', 'Session was closed'],
  ['ERR_INSPECTOR_COMMAND', 'E', 'Inspector error %d: %s'],
  ['ERR_INSPECTOR_NOT_ACTIVE', 'E', 'Inspector is not active'],
  ['ERR_INSPECTOR_NOT_AVAILABLE', 'E', 'Inspector is not available'],
  ['ERR_INSPECTOR_NOT_CONNECTED', 'E', 'Session is not connected'],
  ['ERR_INSPECTOR_NOT_WORKER', 'E', 'Current thread is not a worker'],
  ['ERR_INVALID_ASYNC_ID', 'R', 'Invalid %s value: %s'],
  ['ERR_INVALID_BUFFER_SIZE', 'R', 'Buffer size must be a multiple of %s'],
  ['ERR_INVALID_CURSOR_POS', 'T', 'Cannot set cursor row without setting its column'],
  ['ERR_INVALID_FD', 'R', '"fd" must be a positive integer: %s'],
  ['ERR_INVALID_FD_TYPE', 'T', 'Unsupported fd type: %s'],
  ['ERR_INVALID_FILE_URL_HOST', 'T', 'File URL host must be "localhost" or empty on %s'],
  ['ERR_INVALID_HANDLE_TYPE', 'T', 'This handle type cannot be sent'],
  ['ERR_INVALID_HTTP_TOKEN', 'T', '%s must be a valid HTTP token ["%s"]'],
  ['ERR_INVALID_IP_ADDRESS', 'T', 'Invalid IP address: %s'],
  ['ERR_INVALID_PROTOCOL', 'T', 'Protocol "%s" not supported. Expected "%s"'],
  ['ERR_INVALID_REPL_EVAL_CONFIG', 'T', 'Cannot specify both "breakEvalOnSigint" and "eval" for REPL'],
  ['ERR_INVALID_REPL_INPUT', 'T', '%s'],
  ['ERR_INVALID_STATE', 'ETR', 'Invalid state: %s'],
  ['ERR_INVALID_SYNC_FORK_INPUT', 'T', 'Asynchronous forks do not support Buffer, TypedArray, DataView or string input: %s'],
  ['ERR_INVALID_THIS', 'T', 'Value of "this" must be of type %s'],
  ['ERR_INVALID_TUPLE', 'T', '%s must be an iterable %s tuple'],
  ['ERR_INVALID_TYPESCRIPT_SYNTAX', 'S', '%s'],
  ['ERR_INVALID_URI', 'U', 'URI malformed'],
  ['ERR_IPC_CHANNEL_CLOSED', 'E', 'Channel closed'],
  ['ERR_IPC_DISCONNECTED', 'E', 'IPC channel is already disconnected'],
  ['ERR_IPC_ONE_PIPE', 'E', 'Child process can have only one IPC pipe'],
  ['ERR_IPC_SYNC_FORK', 'E', 'IPC cannot be used with synchronous forks'],
  ['ERR_LOADER_CHAIN_INCOMPLETE', 'E', "\"%s\" did not call the next hook in its chain and did not explicitly signal a short circuit. If this is intentional, include `shortCircuit: true` in the hook's return."],
  ['ERR_METHOD_NOT_IMPLEMENTED', 'E', 'The %s method is not implemented'],
  ['ERR_MISSING_OPTION', 'T', '%s is required'],
  ['ERR_MODULE_LINK_MISMATCH', 'T', '%s'],
  ['ERR_MULTIPLE_CALLBACK', 'E', 'Callback called multiple times'],
  ['ERR_NAPI_CONS_FUNCTION', 'T', 'Constructor must be a function'],
  ['ERR_NAPI_INVALID_DATAVIEW_ARGS', 'R', 'byte_offset + byte_length should be less than or equal to the size in bytes of the array passed in'],
  ['ERR_NAPI_INVALID_TYPEDARRAY_ALIGNMENT', 'R', 'start offset of %s should be a multiple of %s'],
  ['ERR_NAPI_INVALID_TYPEDARRAY_LENGTH', 'R', 'Invalid typed array length'],
  ['ERR_NOT_BUILDING_SNAPSHOT', 'E', 'Operation cannot be invoked when not building startup snapshot'],
  ['ERR_NOT_IN_SINGLE_EXECUTABLE_APPLICATION', 'E', 'Operation cannot be invoked when not in a single-executable application'],
  ['ERR_NOT_SUPPORTED_IN_SNAPSHOT', 'E', '%s is not supported in startup snapshot'],
  ['ERR_NO_CRYPTO', 'E', 'Node.js is not compiled with OpenSSL crypto support'],
  ['ERR_NO_ICU', 'T', '%s is not supported on Node.js compiled without ICU'],
  ['ERR_NO_TYPESCRIPT', 'E', 'Node.js is not compiled with TypeScript support'],
  ['ERR_OPERATION_FAILED', 'ET', 'Operation failed: %s'],
  ['ERR_PARSE_ARGS_INVALID_OPTION_VALUE', 'T', '%s'],
  ['ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL', 'T', "Unexpected argument '%s'. This command does not take positional arguments"],
  ['ERR_PERFORMANCE_INVALID_TIMESTAMP', 'T', '%d is not a valid timestamp'],
  ['ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS', 'T', '%s'],
  ['ERR_PROXY_INVALID_CONFIG', 'E', '%s'],
  ['ERR_PROXY_TUNNEL', 'E', '%s'],
  ['ERR_QUIC_APPLICATION_ERROR', 'E', 'A QUIC application error occurred. %d [%s]'],
  ['ERR_QUIC_CONNECTION_FAILED', 'E', 'QUIC connection failed'],
  ['ERR_QUIC_ENDPOINT_CLOSED', 'E', 'QUIC endpoint closed: %s (%d)'],
  ['ERR_QUIC_OPEN_STREAM_FAILED', 'E', 'Failed to open QUIC stream'],
  ['ERR_QUIC_TRANSPORT_ERROR', 'E', 'A QUIC transport error occurred. %d [%s]'],
  ['ERR_QUIC_VERSION_NEGOTIATION_ERROR', 'E', 'The QUIC session requires version negotiation'],
  ['ERR_REQUIRE_CYCLE_MODULE', 'E', '%s'],
  ['ERR_SCRIPT_EXECUTION_INTERRUPTED', 'E', 'Script execution was interrupted by `SIGINT`'],
  ['ERR_SERVER_ALREADY_LISTEN', 'E', 'Listen method has been called more than once without closing.'],
  ['ERR_SERVER_NOT_RUNNING', 'E', 'Server is not running.'],
  ['ERR_SINGLE_EXECUTABLE_APPLICATION_ASSET_NOT_FOUND', 'E', 'Cannot find asset %s for the single executable application'],
  ['ERR_SOCKET_ALREADY_BOUND', 'E', 'Socket is already bound'],
  ['ERR_SOCKET_BAD_BUFFER_SIZE', 'T', 'Buffer size must be a positive integer'],
  ['ERR_SOCKET_BAD_TYPE', 'T', 'Bad socket type specified. Valid types are: udp4, udp6'],
  ['ERR_SOCKET_BUFFER_SIZE', 'Y', 'Could not get or set buffer size'],
  ['ERR_SOCKET_CLOSED', 'E', 'Socket is closed'],
  ['ERR_SOCKET_CLOSED_BEFORE_CONNECTION', 'E', 'Socket closed before the connection was established'],
  ['ERR_SOCKET_CONNECTION_TIMEOUT', 'E', 'Socket connection timeout'],
  ['ERR_SOCKET_DGRAM_IS_CONNECTED', 'E', 'Already connected'],
  ['ERR_SOCKET_DGRAM_NOT_CONNECTED', 'E', 'Not connected'],
  ['ERR_SOCKET_DGRAM_NOT_RUNNING', 'E', 'Not running'],
  ['ERR_SOURCE_MAP_CORRUPT', 'E', "The source map for '%s' does not exist or is corrupt."],
  ['ERR_SOURCE_MAP_MISSING_SOURCE', 'E', "Cannot find '%s' imported from the source map for '%s'"],
  ['ERR_SRI_PARSE', 'S', 'Subresource Integrity string %j had an unexpected %j at position %d'],
  ['ERR_STREAM_ALREADY_FINISHED', 'E', 'Cannot call %s after a stream was finished'],
  ['ERR_STREAM_CANNOT_PIPE', 'E', 'Cannot pipe, not readable'],
  ['ERR_STREAM_DESTROYED', 'E', 'Cannot call %s after a stream was destroyed'],
  ['ERR_STREAM_NULL_VALUES', 'T', 'May not write null values to stream'],
  ['ERR_STREAM_PREMATURE_CLOSE', 'E', 'Premature close'],
  ['ERR_STREAM_PUSH_AFTER_EOF', 'E', 'stream.push() after EOF'],
  ['ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'E', 'stream.unshift() after end event'],
  ['ERR_STREAM_WRAP', 'E', 'Stream has StringDecoder set or is in objectMode'],
  ['ERR_STREAM_WRITE_AFTER_END', 'E', 'write after end'],
  ['ERR_SYNTHETIC', 'E', 'JavaScript Callstack'],
  ['ERR_SYSTEM_ERROR', 'Y', 'A system error occurred'],
  ['ERR_TLS_ALPN_CALLBACK_WITH_PROTOCOLS', 'T', 'The ALPNCallback and ALPNProtocols TLS options are mutually exclusive'],
  ['ERR_TLS_CERT_ALTNAME_FORMAT', 'S', 'Invalid subject alternative name string'],
  ['ERR_TLS_DH_PARAM_SIZE', 'E', 'DH parameter size %s is less than 2048'],
  ['ERR_TLS_HANDSHAKE_TIMEOUT', 'E', 'TLS handshake timeout'],
  ['ERR_TLS_INVALID_CONTEXT', 'T', '%s must be a SecureContext'],
  ['ERR_TLS_INVALID_PROTOCOL_VERSION', 'T', '%j is not a valid %s TLS protocol version'],
  ['ERR_TLS_INVALID_STATE', 'E', 'TLS socket connection must be securely established'],
  ['ERR_TLS_PROTOCOL_VERSION_CONFLICT', 'T', 'TLS protocol version %j conflicts with secureProtocol %j'],
  ['ERR_TLS_RENEGOTIATION_DISABLED', 'E', 'TLS session renegotiation disabled for this socket'],
  ['ERR_TLS_REQUIRED_SERVER_NAME', 'E', '"servername" is required parameter for Server.addContext'],
  ['ERR_TLS_SESSION_ATTACK', 'E', 'TLS session renegotiation attack detected'],
  ['ERR_TLS_SNI_FROM_SERVER', 'E', 'Cannot issue SNI from a TLS server-side socket'],
  ['ERR_TRACE_EVENTS_CATEGORY_REQUIRED', 'T', 'At least one category is required'],
  ['ERR_TRACE_EVENTS_UNAVAILABLE', 'E', 'Trace events are unavailable'],
  ['ERR_TRAILING_JUNK_AFTER_STREAM_END', 'T', 'Trailing junk found after the end of the compressed stream'],
  ['ERR_TTY_INIT_FAILED', 'Y', 'TTY initialization failed'],
  ['ERR_UNAVAILABLE_DURING_EXIT', 'E', 'Cannot call function in process exit handler'],
  ['ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET', 'E', '`process.setupUncaughtExceptionCapture()` was called while a capture callback was already active'],
  ['ERR_UNESCAPED_CHARACTERS', 'T', '%s contains unescaped characters'],
  ['ERR_UNKNOWN_BUILTIN_MODULE', 'E', 'No such built-in module: %s'],
  ['ERR_UNKNOWN_CREDENTIAL', 'E', '%s identifier does not exist: %s'],
  ['ERR_UNKNOWN_ENCODING', 'T', 'Unknown encoding: %s'],
  ['ERR_UNKNOWN_FILE_EXTENSION', 'T', 'Unknown file extension "%s" for %s'],
  ['ERR_UNKNOWN_MODULE_FORMAT', 'R', 'Unknown module format: %s for URL %s'],
  ['ERR_UNKNOWN_SIGNAL', 'T', 'Unknown signal: %s'],
  ['ERR_UNSUPPORTED_NODE_MODULES_TYPE_STRIPPING', 'E', 'Stripping types is currently unsupported for files under node_modules, for "%s"'],
  ['ERR_UNSUPPORTED_RESOLVE_REQUEST', 'T', 'Failed to resolve module specifier "%s" from "%s": Invalid relative URL or base scheme is not hierarchical.'],
  ['ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX', 'S', '%s'],
  ['ERR_USE_AFTER_CLOSE', 'E', '%s was closed'],
  ['ERR_VALID_PERFORMANCE_ENTRY_TYPE', 'E', 'At least one valid performance entry type is required'],
  ['ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING', 'T', 'A dynamic import callback was not specified.'],
  ['ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG', 'T', 'A dynamic import callback was invoked without --experimental-vm-modules'],
  ['ERR_VM_MODULE_ALREADY_LINKED', 'E', 'Module has already been linked'],
  ['ERR_VM_MODULE_CANNOT_CREATE_CACHED_DATA', 'E', 'Cached data cannot be created for a module which has been evaluated'],
  ['ERR_VM_MODULE_DIFFERENT_CONTEXT', 'E', 'Linked modules must use the same context'],
  ['ERR_VM_MODULE_NOT_MODULE', 'E', 'Provided module is not an instance of Module'],
  ['ERR_VM_MODULE_STATUS', 'E', 'Module status %s'],
  ['ERR_WASI_ALREADY_STARTED', 'E', 'WASI instance has already started'],
  ['ERR_WEBASSEMBLY_NOT_SUPPORTED', 'E', 'WebAssembly is not supported in this environment, but is required for %s'],
  ['ERR_WEBASSEMBLY_RESPONSE', 'T', 'WebAssembly response %s'],
  ['ERR_WORKER_INIT_FAILED', 'E', 'Worker initialization failure: %s'],
  ['ERR_WORKER_MESSAGING_ERRORED', 'E', 'The destination thread threw an error while processing the message'],
  ['ERR_WORKER_MESSAGING_FAILED', 'E', 'Cannot find the destination thread or listener'],
  ['ERR_WORKER_MESSAGING_SAME_THREAD', 'E', 'Cannot sent a message to the same thread'],
  ['ERR_WORKER_MESSAGING_TIMEOUT', 'E', 'Sending a message to another thread timed out'],
  ['ERR_WORKER_NOT_RUNNING', 'E', 'Worker instance not running'],
  ['ERR_WORKER_OUT_OF_MEMORY', 'E', 'Worker terminated due to reaching memory limit: %s'],
  ['ERR_WORKER_UNSERIALIZABLE_ERROR', 'E', 'Serializing an uncaught exception failed'],
  ['ERR_WORKER_UNSUPPORTED_OPERATION', 'T', '%s is not supported in workers'],
  ['ERR_ZSTD_INVALID_PARAM', 'R', '%s is not a valid zstd parameter'],];
for (const entry of kSimpleMessages) E(entry[0], entry[2], entry[1]);


// ---------------------------------------------------------------------------
// libuv error numbers (Linux), as returned by util.getSystemErrorMap().

const kUvErrors = [
  [-7, 'E2BIG', 'argument list too long'],
  [-13, 'EACCES', 'permission denied'],
  [-98, 'EADDRINUSE', 'address already in use'],
  [-99, 'EADDRNOTAVAIL', 'address not available'],
  [-97, 'EAFNOSUPPORT', 'address family not supported'],
  [-11, 'EAGAIN', 'resource temporarily unavailable'],
  [-3000, 'EAI_ADDRFAMILY', 'address family not supported'],
  [-3001, 'EAI_AGAIN', 'temporary failure'],
  [-3002, 'EAI_BADFLAGS', 'bad ai_flags value'],
  [-3013, 'EAI_BADHINTS', 'invalid value for hints'],
  [-3003, 'EAI_CANCELED', 'request canceled'],
  [-3004, 'EAI_FAIL', 'permanent failure'],
  [-3005, 'EAI_FAMILY', 'ai_family not supported'],
  [-3006, 'EAI_MEMORY', 'out of memory'],
  [-3007, 'EAI_NODATA', 'no address'],
  [-3008, 'EAI_NONAME', 'unknown node or service'],
  [-3009, 'EAI_OVERFLOW', 'argument buffer overflow'],
  [-3014, 'EAI_PROTOCOL', 'resolved protocol is unknown'],
  [-3010, 'EAI_SERVICE', 'service not available for socket type'],
  [-3011, 'EAI_SOCKTYPE', 'socket type not supported'],
  [-114, 'EALREADY', 'connection already in progress'],
  [-9, 'EBADF', 'bad file descriptor'],
  [-16, 'EBUSY', 'resource busy or locked'],
  [-125, 'ECANCELED', 'operation canceled'],
  [-4080, 'ECHARSET', 'invalid Unicode character'],
  [-103, 'ECONNABORTED', 'software caused connection abort'],
  [-111, 'ECONNREFUSED', 'connection refused'],
  [-104, 'ECONNRESET', 'connection reset by peer'],
  [-89, 'EDESTADDRREQ', 'destination address required'],
  [-17, 'EEXIST', 'file already exists'],
  [-14, 'EFAULT', 'bad address in system call argument'],
  [-27, 'EFBIG', 'file too large'],
  [-113, 'EHOSTUNREACH', 'host is unreachable'],
  [-4, 'EINTR', 'interrupted system call'],
  [-22, 'EINVAL', 'invalid argument'],
  [-5, 'EIO', 'i/o error'],
  [-106, 'EISCONN', 'socket is already connected'],
  [-21, 'EISDIR', 'illegal operation on a directory'],
  [-40, 'ELOOP', 'too many symbolic links encountered'],
  [-24, 'EMFILE', 'too many open files'],
  [-90, 'EMSGSIZE', 'message too long'],
  [-36, 'ENAMETOOLONG', 'name too long'],
  [-100, 'ENETDOWN', 'network is down'],
  [-101, 'ENETUNREACH', 'network is unreachable'],
  [-23, 'ENFILE', 'file table overflow'],
  [-105, 'ENOBUFS', 'no buffer space available'],
  [-19, 'ENODEV', 'no such device'],
  [-2, 'ENOENT', 'no such file or directory'],
  [-12, 'ENOMEM', 'not enough memory'],
  [-64, 'ENONET', 'machine is not on the network'],
  [-92, 'ENOPROTOOPT', 'protocol not available'],
  [-28, 'ENOSPC', 'no space left on device'],
  [-38, 'ENOSYS', 'function not implemented'],
  [-107, 'ENOTCONN', 'socket is not connected'],
  [-20, 'ENOTDIR', 'not a directory'],
  [-39, 'ENOTEMPTY', 'directory not empty'],
  [-88, 'ENOTSOCK', 'socket operation on non-socket'],
  [-95, 'ENOTSUP', 'operation not supported on socket'],
  [-75, 'EOVERFLOW', 'value too large for defined data type'],
  [-1, 'EPERM', 'operation not permitted'],
  [-32, 'EPIPE', 'broken pipe'],
  [-71, 'EPROTO', 'protocol error'],
  [-93, 'EPROTONOSUPPORT', 'protocol not supported'],
  [-91, 'EPROTOTYPE', 'protocol wrong type for socket'],
  [-34, 'ERANGE', 'result too large'],
  [-30, 'EROFS', 'read-only file system'],
  [-108, 'ESHUTDOWN', 'cannot send after transport endpoint shutdown'],
  [-29, 'ESPIPE', 'invalid seek'],
  [-3, 'ESRCH', 'no such process'],
  [-110, 'ETIMEDOUT', 'connection timed out'],
  [-26, 'ETXTBSY', 'text file is busy'],
  [-18, 'EXDEV', 'cross-device link not permitted'],
  [-4094, 'UNKNOWN', 'unknown error'],
  [-4095, 'EOF', 'end of file'],
  [-6, 'ENXIO', 'no such device or address'],
  [-31, 'EMLINK', 'too many links'],
  [-112, 'EHOSTDOWN', 'host is down'],
  [-121, 'EREMOTEIO', 'remote I/O error'],
  [-25, 'ENOTTY', 'inappropriate ioctl for device'],
  [-4028, 'EFTYPE', 'inappropriate file type or format'],
  [-84, 'EILSEQ', 'illegal byte sequence'],
  [-94, 'ESOCKTNOSUPPORT', 'socket type not supported'],
  [-61, 'ENODATA', 'no data available'],
  [-49, 'EUNATCH', 'protocol driver not attached'],
  [-8, 'ENOEXEC', 'exec format error'],
];

const uvByErrno = new Map();
const uvByName = new Map();
for (const [errno, name, desc] of kUvErrors) {
  uvByErrno.set(errno, [name, desc]);
  uvByName.set(name, [errno, desc]);
}
// Constants such as UV_ENOENT, like internalBinding('uv').
const uvConstants = {};
for (const [errno, name] of kUvErrors) uvConstants[`UV_${name}`] = errno;

const uvUnmappedError = ['UNKNOWN', 'unknown error'];

// Node's uvErrmapGet(errno) -> [name, description]; given a name instead,
// returns [errno, description].
function uvErrmapGet(key) {
  if (typeof key === 'string') {
    const e = uvByName.get(key);
    return e === undefined ? undefined : [e[0], e[1]];
  }
  const e = uvByErrno.get(key);
  return e === undefined ? undefined : [e[0], e[1]];
}

function uvErrnoFromName(name) {
  const e = uvByName.get(name);
  return e === undefined ? undefined : e[0];
}

function getSystemErrorMap() {
  const map = new Map();
  for (const [errno, name, desc] of kUvErrors) map.set(errno, [name, desc]);
  return map;
}

const validateSystemErrno = hideStackFrames((err) => {
  validateNumber(err, 'err');
  if (err >= 0 || !Number.isSafeInteger(err)) {
    throw new codes.ERR_OUT_OF_RANGE('err', 'a negative integer', err);
  }
});

function getSystemErrorName(err) {
  validateSystemErrno(err);
  const e = uvByErrno.get(err);
  return e ? e[0] : `Unknown system error ${err}`;
}

function getSystemErrorMessage(err) {
  validateSystemErrno(err);
  const e = uvByErrno.get(err);
  return e ? e[1] : `Unknown system error ${err}`;
}

function newErrorWithoutStack(message) {
  if (!isErrorStackTraceLimitWritable()) return new Error(message);
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return new Error(message);
  } finally {
    Error.stackTraceLimit = limit;
  }
}

function captureFrom(err, fn) {
  if (Error.stackTraceLimit) Error.captureStackTrace(err, fn);
  return err;
}

// A filesystem-style system error, like the ones Node's fs bindings throw:
//   uvException({ errno: -2, syscall: 'open', path: '/x' })
//   uvException({ code: 'ENOENT', syscall: 'rename', path: 'a', dest: 'b' })
// message: `ENOENT: no such file or directory, open '/x'`, own properties in
// Node's order: errno, code, syscall, path, dest.
function uvException(ctx) {
  let errno = ctx.errno;
  let code = ctx.code;
  let desc;
  if (typeof errno === 'number' && uvByErrno.has(errno)) {
    const e = uvByErrno.get(errno);
    code ??= e[0];
    desc = e[1];
  } else if (typeof code === 'string' && uvByName.has(code)) {
    const e = uvByName.get(code);
    if (typeof errno !== 'number') errno = e[0];
    desc = e[1];
  } else {
    code ??= uvUnmappedError[0];
    desc = uvUnmappedError[1];
  }
  let message = `${code}: ${ctx.message || desc}, ${ctx.syscall}`;
  let path;
  let dest;
  if (ctx.path) {
    path = ctx.path.toString();
    message += ` '${path}'`;
  }
  if (ctx.dest) {
    dest = ctx.dest.toString();
    message += ` -> '${dest}'`;
  }
  const err = newErrorWithoutStack(message);
  err.errno = errno;
  err.code = code;
  err.syscall = ctx.syscall;
  if (path) err.path = path;
  if (dest) err.dest = dest;
  for (const key of Object.keys(ctx)) {
    if (key === 'message' || key === 'path' || key === 'dest' || key === 'errno' ||
        key === 'code' || key === 'syscall') continue;
    err[key] = ctx[key];
  }
  return captureFrom(err, uvException);
}

// `connect ECONNREFUSED 127.0.0.1:80`
function uvExceptionWithHostPort(err, syscall, address, port) {
  const [code, uvmsg] = uvByErrno.get(err) || uvUnmappedError;
  let details = '';
  if (port && port > 0) details = ` ${address}:${port}`;
  else if (address) details = ` ${address}`;
  const ex = newErrorWithoutStack(`${syscall} ${code}: ${uvmsg}${details}`);
  ex.code = code;
  ex.errno = err;
  ex.syscall = syscall;
  ex.address = address;
  if (port) ex.port = port;
  return captureFrom(ex, uvExceptionWithHostPort);
}

// The old util._errnoException(): `${syscall} ${code}[ ${original}]`.
function errnoException(err, syscall, original) {
  const code = getSystemErrorName(err);
  const ex = newErrorWithoutStack(original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`);
  ex.errno = err;
  ex.code = code;
  ex.syscall = syscall;
  return captureFrom(ex, errnoException);
}

function exceptionWithHostPort(err, syscall, address, port, additional) {
  const code = getSystemErrorName(err);
  let details = '';
  if (port && port > 0) details = ` ${address}:${port}`;
  else if (address) details = ` ${address}`;
  if (additional) details += ` - Local (${additional})`;
  const ex = newErrorWithoutStack(`${syscall} ${code}${details}`);
  ex.errno = err;
  ex.code = code;
  ex.syscall = syscall;
  ex.address = address;
  if (port) ex.port = port;
  return captureFrom(ex, exceptionWithHostPort);
}

// DNS errors: `getaddrinfo ENOTFOUND example.invalid`.
function dnsException(code, syscall, hostname) {
  let errno;
  if (typeof code === 'number') {
    errno = code;
    if (code === uvConstants.UV_EAI_NODATA || code === uvConstants.UV_EAI_NONAME) {
      code = 'ENOTFOUND';
    } else {
      const e = uvByErrno.get(code);
      code = e ? e[0] : `Unknown system error ${code}`;
    }
  }
  const ex = newErrorWithoutStack(`${syscall} ${code}${hostname ? ` ${hostname}` : ''}`);
  ex.errno = errno;
  ex.code = code;
  ex.syscall = syscall;
  if (hostname) ex.hostname = hostname;
  return captureFrom(ex, dnsException);
}

class ConnResetException extends Error {
  constructor(msg) {
    super(msg);
    this.code = 'ECONNRESET';
  }

  get ['constructor']() {
    return Error;
  }
}

// ---------------------------------------------------------------------------
// Other errors

class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    if (options !== undefined && typeof options !== 'object') {
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

const genericNodeError = hideStackFrames(function genericNodeError(message, errorProperties) {
  const err = new Error(message);
  Object.assign(err, errorProperties);
  return err;
});

function aggregateTwoErrors(innerError, outerError) {
  if (innerError && outerError && innerError !== outerError) {
    if (Array.isArray(outerError.errors)) {
      outerError.errors.push(innerError);
      return outerError;
    }
    const err = new AggregateError([outerError, innerError], outerError.message);
    captureFrom(err, aggregateTwoErrors);
    err.code = outerError.code;
    return err;
  }
  return innerError || outerError;
}

// V8's side-effect-free ToString, as Node uses for unhandled rejections.
function noSideEffectsToString(value) {
  if (value === null || value === undefined) return String(value);
  switch (typeof value) {
    case 'string': return value;
    case 'symbol': return value.toString();
    case 'number':
    case 'bigint':
    case 'boolean': return String(value);
    case 'function':
      try {
        return Function.prototype.toString.call(value);
      } catch {
        return 'function () { [native code] }';
      }
    default: break;
  }
  const tag = Object.prototype.toString.call(value);
  if (value instanceof Error || tag === '[object Error]') {
    const getData = (key, def) => {
      for (let o = value; o !== null; o = Object.getPrototypeOf(o)) {
        const d = Object.getOwnPropertyDescriptor(o, key);
        if (d !== undefined) return 'value' in d ? d.value : def;
      }
      return def;
    };
    let name = getData('name', 'Error');
    let msg = getData('message', '');
    name = name === undefined ? 'Error' : `${name}`;
    msg = msg === undefined ? '' : `${msg}`;
    if (name === '') return msg;
    if (msg === '') return name;
    return `${name}: ${msg}`;
  }
  if (tag === '[object Object]') {
    const proto = Object.getPrototypeOf(value);
    if (proto !== null) {
      const d = Object.getOwnPropertyDescriptor(proto, 'constructor');
      const ctor = d && d.value;
      if (typeof ctor === 'function') {
        const nd = Object.getOwnPropertyDescriptor(ctor, 'name');
        if (nd && typeof nd.value === 'string' && nd.value !== '') return `#<${nd.value}>`;
      }
    }
  }
  return tag;
}

class UnhandledPromiseRejection extends Error {
  code = 'ERR_UNHANDLED_REJECTION';
  name = 'UnhandledPromiseRejection';

  constructor(reason) {
    super('This error originated either by throwing inside of an ' +
      'async function without a catch block, or by rejecting a promise which ' +
      'was not handled with .catch(). The promise rejected with the reason "' +
      noSideEffectsToString(reason) + '".');
  }
}

// Node has no codes.ERR_UNHANDLED_REJECTION; offered here for the runtime.
codes.ERR_UNHANDLED_REJECTION = UnhandledPromiseRejection;

// Errors for APIs the sandbox deliberately does not provide.
function sandboxUnsupported(module, api) {
  const err = new codes.ERR_NOT_SUPPORTED_IN_SANDBOX(`${module}.${api}`);
  return captureLargerStackTrace(err, sandboxUnsupported);
}

function moduleUnsupported(module) {
  const err = new codes.ERR_NOT_SUPPORTED_IN_SANDBOX(`${module}`);
  return captureLargerStackTrace(err, moduleUnsupported);
}

// ---------------------------------------------------------------------------
// Validators (internal/validators in Node)

const {
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
  ERR_OUT_OF_RANGE,
  ERR_INVALID_THIS,
  ERR_SOCKET_BAD_PORT,
} = codes;

function isInt32(value) {
  return value === (value | 0);
}

function isUint32(value) {
  return value === (value >>> 0);
}

const validateString = hideStackFrames((value, name) => {
  if (typeof value !== 'string') throw new ERR_INVALID_ARG_TYPE(name, 'string', value);
});

const validateStringWithoutNullBytes = hideStackFrames((value, name) => {
  validateString.withoutStackTrace(value, name);
  if (value.includes('\u0000')) {
    throw new ERR_INVALID_ARG_VALUE(name, value, 'must be a string without null bytes');
  }
});

const validateNumber = hideStackFrames((value, name, min = undefined, max) => {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if ((min != null && value < min) || (max != null && value > max) ||
      ((min != null || max != null) && Number.isNaN(value))) {
    throw new ERR_OUT_OF_RANGE(
      name,
      `${min != null ? `>= ${min}` : ''}${min != null && max != null ? ' && ' : ''}` +
      `${max != null ? `<= ${max}` : ''}`,
      value);
  }
});

const validateInteger = hideStackFrames(
  (value, name, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) => {
    if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
    if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
    if (value < min || value > max) {
      throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
    }
  });

const validateInt32 = hideStackFrames(
  (value, name, min = -2147483648, max = 2147483647) => {
    if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
    if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
    if (value < min || value > max) {
      throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
    }
  });

const validateUint32 = hideStackFrames((value, name, positive = false) => {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  const min = positive ? 1 : 0;
  const max = 4294967295;
  if (value < min || value > max) {
    throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
  }
});

const validateOneOf = hideStackFrames((value, name, oneOf) => {
  if (!oneOf.includes(value)) {
    const allowed = oneOf.map((v) => (typeof v === 'string' ? `'${v}'` : String(v))).join(', ');
    throw new ERR_INVALID_ARG_VALUE(name, value, 'must be one of: ' + allowed);
  }
});

const validateBoolean = hideStackFrames((value, name) => {
  if (typeof value !== 'boolean') throw new ERR_INVALID_ARG_TYPE(name, 'boolean', value);
});

const kValidateObjectNone = 0;
const kValidateObjectAllowNullable = 1 << 0;
const kValidateObjectAllowArray = 1 << 1;
const kValidateObjectAllowFunction = 1 << 2;
const kValidateObjectAllowObjects = kValidateObjectAllowArray | kValidateObjectAllowFunction;
const kValidateObjectAllowObjectsAndNull = kValidateObjectAllowNullable |
  kValidateObjectAllowArray | kValidateObjectAllowFunction;

const validateObject = hideStackFrames((value, name, options = kValidateObjectNone) => {
  if (options === kValidateObjectNone) {
    if (value === null || Array.isArray(value) || typeof value !== 'object') {
      throw new ERR_INVALID_ARG_TYPE(name, 'Object', value);
    }
    return;
  }
  if ((kValidateObjectAllowNullable & options) === 0 && value === null) {
    throw new ERR_INVALID_ARG_TYPE(name, 'Object', value);
  }
  if ((kValidateObjectAllowArray & options) === 0 && Array.isArray(value)) {
    throw new ERR_INVALID_ARG_TYPE(name, 'Object', value);
  }
  const t = typeof value;
  if (t !== 'object' && ((kValidateObjectAllowFunction & options) === 0 || t !== 'function')) {
    throw new ERR_INVALID_ARG_TYPE(name, 'Object', value);
  }
});

const validateDictionary = hideStackFrames((value, name) => {
  if (value != null && typeof value !== 'object' && typeof value !== 'function') {
    throw new ERR_INVALID_ARG_TYPE(name, 'a dictionary', value);
  }
});

const validateArray = hideStackFrames((value, name, minLength = 0) => {
  if (!Array.isArray(value)) throw new ERR_INVALID_ARG_TYPE(name, 'Array', value);
  if (value.length < minLength) {
    throw new ERR_INVALID_ARG_VALUE(name, value, `must be longer than ${minLength}`);
  }
});

const validateStringArray = hideStackFrames((value, name) => {
  validateArray.withoutStackTrace(value, name);
  for (let i = 0; i < value.length; ++i) {
    if (typeof value[i] !== 'string') {
      throw new ERR_INVALID_ARG_TYPE(`${name}[${i}]`, 'string', value[i]);
    }
  }
});

const validateBooleanArray = hideStackFrames((value, name) => {
  validateArray.withoutStackTrace(value, name);
  for (let i = 0; i < value.length; ++i) {
    if (value[i] !== true && value[i] !== false) {
      throw new ERR_INVALID_ARG_TYPE(`${name}[${i}]`, 'boolean', value[i]);
    }
  }
});

const validateAbortSignal = hideStackFrames((signal, name) => {
  if (signal !== undefined &&
      (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw new ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal);
  }
});

const validateAbortSignalArray = hideStackFrames((value, name) => {
  validateArray.withoutStackTrace(value, name);
  for (let i = 0; i < value.length; i++) {
    const signal = value[i];
    const indexedName = `${name}[${i}]`;
    if (signal == null) throw new ERR_INVALID_ARG_TYPE(indexedName, 'AbortSignal', signal);
    validateAbortSignal.withoutStackTrace(signal, indexedName);
  }
});

const validateFunction = hideStackFrames((value, name) => {
  if (typeof value !== 'function') throw new ERR_INVALID_ARG_TYPE(name, 'Function', value);
});

const AsyncFunctionPrototype = Object.getPrototypeOf(async function() {});
const validatePlainFunction = hideStackFrames((value, name) => {
  if (typeof value !== 'function' || Object.getPrototypeOf(value) === AsyncFunctionPrototype) {
    throw new ERR_INVALID_ARG_TYPE(name, 'Function', value);
  }
});

const validateUndefined = hideStackFrames((value, name) => {
  if (value !== undefined) throw new ERR_INVALID_ARG_TYPE(name, 'undefined', value);
});

const validateUnion = hideStackFrames((value, name, union) => {
  if (!union.includes(value)) {
    throw new ERR_INVALID_ARG_TYPE(name, `('${union.join('|')}')`, value);
  }
});

const validatePort = hideStackFrames((port, name = 'Port', allowZero = true) => {
  if ((typeof port !== 'number' && typeof port !== 'string') ||
      (typeof port === 'string' && port.trim().length === 0) ||
      +port !== (+port >>> 0) ||
      port > 0xFFFF ||
      (port === 0 && !allowZero)) {
    throw new ERR_SOCKET_BAD_PORT(name, port, allowZero);
  }
  return port | 0;
});

const validateBuffer = hideStackFrames((buffer, name = 'buffer') => {
  if (!ArrayBuffer.isView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
});

const validateThisInternalField = hideStackFrames((object, fieldKey, className) => {
  if (typeof object !== 'object' || object === null || !hasOwn(object, fieldKey)) {
    throw new ERR_INVALID_THIS(className);
  }
});

const validateFiniteNumber = hideStackFrames((number, name) => {
  if (number === undefined) return false;
  if (Number.isFinite(number)) return true;
  if (Number.isNaN(number)) return false;
  validateNumber.withoutStackTrace(number, name);
  throw new ERR_OUT_OF_RANGE(name, 'a finite number', number);
});

const checkRangesOrGetDefault = hideStackFrames((number, name, lower, upper, def) => {
  if (!validateFiniteNumber.withoutStackTrace(number, name)) return def;
  if (number < lower || number > upper) {
    throw new ERR_OUT_OF_RANGE(name, `>= ${lower} and <= ${upper}`, number);
  }
  return number;
});

const octalReg = /^[0-7]+$/;
function parseFileMode(value, name, def) {
  value ??= def;
  if (typeof value === 'string') {
    if (!octalReg.test(value)) {
      throw new ERR_INVALID_ARG_VALUE(name, value,
                                      'must be a 32-bit unsigned integer or an octal string');
    }
    value = Number.parseInt(value, 8);
  }
  validateUint32(value, name);
  return value;
}

module.exports = {
  codes,
  E,
  kIsNodeError,
  kEnhanceStackBeforeInspector,
  SystemError,
  AbortError,
  ConnResetException,
  UnhandledPromiseRejection,
  getMessage,
  hideStackFrames,
  captureLargerStackTrace,
  isErrorStackTraceLimitWritable,
  determineSpecificType,
  formatList,
  addNumericalSeparator,
  genericNodeError,
  aggregateTwoErrors,
  noSideEffectsToString,
  // system errors
  uvErrmapGet,
  uvErrnoFromName,
  uvConstants,
  uvException,
  UVException: uvException,
  uvExceptionWithHostPort,
  errnoException,
  exceptionWithHostPort,
  dnsException,
  getSystemErrorName,
  getSystemErrorMessage,
  getSystemErrorMap,
  // sandbox
  sandboxUnsupported,
  moduleUnsupported,
  // validators
  isInt32,
  isUint32,
  parseFileMode,
  validateString,
  validateStringWithoutNullBytes,
  validateNumber,
  validateInteger,
  validateInt32,
  validateUint32,
  validateOneOf,
  validateBoolean,
  validateObject,
  kValidateObjectNone,
  kValidateObjectAllowNullable,
  kValidateObjectAllowArray,
  kValidateObjectAllowFunction,
  kValidateObjectAllowObjects,
  kValidateObjectAllowObjectsAndNull,
  validateDictionary,
  validateArray,
  validateStringArray,
  validateBooleanArray,
  validateAbortSignal,
  validateAbortSignalArray,
  validateFunction,
  validatePlainFunction,
  validateUndefined,
  validateUnion,
  validatePort,
  validateBuffer,
  validateThisInternalField,
  validateFiniteNumber,
  checkRangesOrGetDefault,
};
