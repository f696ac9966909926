'use strict';
// The `vm` module. A context is a second V8 context in this isolate (natives vmCreateContext,
// vmRun, vmCompile, vmCompileFunction in src/isolate/vm.rs): its global starts with V8's
// built-ins only, and named properties forward to the "contextified" object the caller gave.
// Scripts are compiled again for each run (V8's compilation cache makes that cheap); `timeout`
// terminates the run and throws ERR_SCRIPT_EXECUTION_TIMEOUT, after which the sandbox goes on.
// Not supported: microtaskMode 'afterEvaluate', cached data (accepted, never produced or used),
// breakOnSigint (accepted, no effect), measureMemory.

const { natives } = internalBinding;
const errors = require('internal/errors');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_SCRIPT_EXECUTION_TIMEOUT, ERR_NOT_SUPPORTED_IN_SANDBOX },
  validateString,
  validateInt32,
  validateUint32,
  validateBoolean,
  validateObject,
  validateArray,
  validateOneOf,
  sandboxUnsupported,
} = errors;

const vmCreateContext = natives.vmCreateContext;
const vmCompile = natives.vmCompile;
const vmRun = natives.vmRun;
const vmCompileFunction = natives.vmCompileFunction;

// contextified object → the global of its context.
const contexts = new WeakMap();
const TIMED_OUT = Object.freeze({ __proto__: null });

const constants = Object.freeze({
  __proto__: null,
  USE_MAIN_CONTEXT_DEFAULT_LOADER: Symbol('vm_dynamic_import_main_context_default'),
  DONT_CONTEXTIFY: Symbol('vm_context_no_contextify'),
});

function isContext(object) {
  validateObject(object, 'object', errors.kValidateObjectAllowObjects);
  return contexts.has(object);
}

function validateContext(obj, name) {
  if (obj === null || typeof obj !== 'object' || !contexts.has(obj)) {
    throw new ERR_INVALID_ARG_TYPE(name, 'vm.Context', obj);
  }
  return contexts.get(obj);
}

function checkTimeout(timeout) {
  if (timeout !== undefined) validateUint32(timeout, 'options.timeout', true);
}

function runOptions(options) {
  if (options === undefined) options = {};
  validateObject(options, 'options');
  const { displayErrors = true, breakOnSigint = false, timeout } = options;
  validateBoolean(displayErrors, 'options.displayErrors');
  validateBoolean(breakOnSigint, 'options.breakOnSigint');
  checkTimeout(timeout);
  return { displayErrors, timeout };
}

function runIn(global, script, opts) {
  const r = vmRun(global, script._code, script._filename, script._lineOffset, script._columnOffset,
    opts.timeout, TIMED_OUT, opts.displayErrors);
  if (r === TIMED_OUT) throw new ERR_SCRIPT_EXECUTION_TIMEOUT(opts.timeout);
  return r;
}

class Script {
  constructor(code, options = {}) {
    code = `${code}`;
    if (typeof options === 'string') options = { filename: options };
    else validateObject(options, 'options');
    const {
      filename = 'evalmachine.<anonymous>',
      lineOffset = 0,
      columnOffset = 0,
      cachedData,
      produceCachedData = false,
    } = options;
    validateString(filename, 'options.filename');
    validateInt32(lineOffset, 'options.lineOffset');
    validateInt32(columnOffset, 'options.columnOffset');
    if (cachedData !== undefined && !ArrayBuffer.isView(cachedData)) {
      throw new ERR_INVALID_ARG_TYPE('options.cachedData', ['Buffer', 'TypedArray', 'DataView'], cachedData);
    }
    validateBoolean(produceCachedData, 'options.produceCachedData');
    vmCompile(code, filename, lineOffset, columnOffset, true);
    Object.defineProperties(this, {
      _code: { value: code },
      _filename: { value: filename },
      _lineOffset: { value: lineOffset },
      _columnOffset: { value: columnOffset },
    });
    if (cachedData !== undefined) this.cachedDataRejected = true;
    this.sourceMapURL = undefined;
  }

  runInThisContext(options) {
    return runIn(undefined, this, runOptions(options));
  }

  runInContext(contextifiedObject, options) {
    const global = validateContext(contextifiedObject, 'contextifiedObject');
    return runIn(global, this, runOptions(options));
  }

  runInNewContext(contextObject, options) {
    const context = createContext(contextObject, contextOptions(options));
    return this.runInContext(context, options);
  }

  createCachedData() {
    return require('buffer').Buffer.alloc(0);
  }
}

function contextOptions(options) {
  if (options === undefined || options === null || typeof options !== 'object') return undefined;
  return {
    name: options.contextName,
    origin: options.contextOrigin,
    codeGeneration: options.contextCodeGeneration,
    microtaskMode: options.microtaskMode,
  };
}

let contextCount = 0;
function createContext(contextObject = {}, options = {}) {
  if (contextObject !== constants.DONT_CONTEXTIFY && isContext(contextObject)) return contextObject;
  validateObject(options, 'options');
  const {
    name = `VM Context ${++contextCount}`,
    origin,
    codeGeneration,
    microtaskMode,
  } = options;
  validateString(name, 'options.name');
  if (origin !== undefined) validateString(origin, 'options.origin');
  if (codeGeneration !== undefined) {
    validateObject(codeGeneration, 'options.codeGeneration');
    const { strings, wasm } = codeGeneration;
    if (strings !== undefined) validateBoolean(strings, 'options.codeGeneration.strings');
    if (wasm !== undefined) validateBoolean(wasm, 'options.codeGeneration.wasm');
  }
  if (microtaskMode !== undefined) {
    validateOneOf(microtaskMode, 'options.microtaskMode', ['afterEvaluate', undefined]);
    throw new ERR_NOT_SUPPORTED_IN_SANDBOX("vm microtaskMode 'afterEvaluate'");
  }
  if (contextObject === constants.DONT_CONTEXTIFY) {
    const global = vmCreateContext(undefined);
    contexts.set(global, global);
    return global;
  }
  validateObject(contextObject, 'contextObject', errors.kValidateObjectAllowObjects);
  contexts.set(contextObject, vmCreateContext(contextObject));
  return contextObject;
}

function scriptOptions(options) {
  if (typeof options === 'string') return { filename: options };
  if (options === undefined || options === null || typeof options !== 'object') return options;
  const { filename, lineOffset, columnOffset, cachedData, produceCachedData } = options;
  const out = {};
  if (filename !== undefined) out.filename = filename;
  if (lineOffset !== undefined) out.lineOffset = lineOffset;
  if (columnOffset !== undefined) out.columnOffset = columnOffset;
  if (cachedData !== undefined) out.cachedData = cachedData;
  if (produceCachedData !== undefined) out.produceCachedData = produceCachedData;
  return out;
}

function runOpts(options) {
  return typeof options === 'string' ? undefined : options;
}

function createScript(code, options) {
  return new Script(code, options);
}

function runInContext(code, contextifiedObject, options) {
  validateContext(contextifiedObject, 'contextifiedObject');
  return new Script(code, scriptOptions(options)).runInContext(contextifiedObject, runOpts(options));
}

function runInNewContext(code, contextObject, options) {
  const script = new Script(code, scriptOptions(options));
  const context = createContext(contextObject, contextOptions(runOpts(options)));
  return script.runInContext(context, runOpts(options));
}

function runInThisContext(code, options) {
  return new Script(code, scriptOptions(options)).runInThisContext(runOpts(options));
}

function compileFunction(code, params, options = {}) {
  validateString(code, 'code');
  if (params !== undefined) {
    validateArray(params, 'params');
    for (let i = 0; i < params.length; i++) validateString(params[i], `params[${i}]`);
  }
  validateObject(options, 'options');
  const {
    filename = '',
    columnOffset = 0,
    lineOffset = 0,
    cachedData,
    produceCachedData = false,
    parsingContext,
    contextExtensions = [],
  } = options;
  validateString(filename, 'options.filename');
  validateInt32(columnOffset, 'options.columnOffset');
  validateInt32(lineOffset, 'options.lineOffset');
  if (cachedData !== undefined && !ArrayBuffer.isView(cachedData)) {
    throw new ERR_INVALID_ARG_TYPE('options.cachedData', ['Buffer', 'TypedArray', 'DataView'], cachedData);
  }
  validateBoolean(produceCachedData, 'options.produceCachedData');
  let global;
  if (parsingContext !== undefined) {
    if (parsingContext === null || typeof parsingContext !== 'object' || !contexts.has(parsingContext)) {
      throw new ERR_INVALID_ARG_TYPE('options.parsingContext', 'Context', parsingContext);
    }
    global = contexts.get(parsingContext);
  }
  validateArray(contextExtensions, 'options.contextExtensions');
  for (let i = 0; i < contextExtensions.length; i++) {
    validateObject(contextExtensions[i], `options.contextExtensions[${i}]`, errors.kValidateObjectAllowObjects);
  }
  return vmCompileFunction(global, code, filename, lineOffset, columnOffset, params || [], contextExtensions);
}

function measureMemory() {
  throw sandboxUnsupported('vm', 'measureMemory');
}

module.exports = {
  Script,
  createContext,
  createScript,
  runInContext,
  runInNewContext,
  runInThisContext,
  isContext,
  compileFunction,
  measureMemory,
  constants,
};
