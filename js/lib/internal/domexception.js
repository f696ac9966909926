'use strict';

// WHATWG DOMException, shaped like Node's: instances are real Error objects
// (with a stack) whose prototype is DOMException.prototype; `name`, `message`
// and `code` are getters on the prototype.

const internals = new WeakMap();
const nameToCode = new Map();
const disusedNames = new Set(['DOMStringSizeError', 'NoDataAllowedError', 'ValidationError']);

function throwInvalidThis() {
  const err = new TypeError('Value of "this" must be of DOMException');
  Object.defineProperty(err, 'toString', {
    __proto__: null,
    value() {
      return `${this.name} [ERR_INVALID_THIS]: ${this.message}`;
    },
    enumerable: false,
    writable: true,
    configurable: true,
  });
  err.code = 'ERR_INVALID_THIS';
  throw err;
}

function getInternals(self) {
  const data = internals.get(self);
  if (data === undefined) throwInvalidThis();
  return data;
}

class DOMException {
  constructor(message = '', options = 'Error') {
    message = `${message}`;
    let name;
    let cause;
    let hasCause = false;
    if (options && typeof options === 'object') {
      name = `${options.name}`;
      if ('cause' in options) {
        hasCause = true;
        cause = options.cause;
      }
    } else {
      name = `${options}`;
    }
    // The stack header is formatted from the constructor's message (V8), so
    // construct with it, then drop the own property: DOMException exposes
    // `message` through the prototype getter only.
    const self = new Error(message);
    if (Error.stackTraceLimit) Error.captureStackTrace(self, new.target);
    delete self.message;
    Object.setPrototypeOf(self, new.target.prototype);
    internals.set(self, { message, name });
    if (hasCause) {
      Object.defineProperty(self, 'cause', {
        __proto__: null, value: cause, configurable: true, writable: true, enumerable: false,
      });
    }
    return self;
  }

  get name() {
    return getInternals(this).name;
  }

  get message() {
    return getInternals(this).message;
  }

  get code() {
    const { name } = getInternals(this);
    if (disusedNames.has(name)) return 0;
    const code = nameToCode.get(name);
    return code === undefined ? 0 : code;
  }
}

Object.setPrototypeOf(DOMException.prototype, Error.prototype);
Object.defineProperties(DOMException.prototype, {
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'DOMException' },
  name: { __proto__: null, enumerable: true, configurable: true },
  message: { __proto__: null, enumerable: true, configurable: true },
  code: { __proto__: null, enumerable: true, configurable: true },
});

const kCodes = [
  ['IndexSizeError', 'INDEX_SIZE_ERR', 1],
  ['DOMStringSizeError', 'DOMSTRING_SIZE_ERR', 2],
  ['HierarchyRequestError', 'HIERARCHY_REQUEST_ERR', 3],
  ['WrongDocumentError', 'WRONG_DOCUMENT_ERR', 4],
  ['InvalidCharacterError', 'INVALID_CHARACTER_ERR', 5],
  ['NoDataAllowedError', 'NO_DATA_ALLOWED_ERR', 6],
  ['NoModificationAllowedError', 'NO_MODIFICATION_ALLOWED_ERR', 7],
  ['NotFoundError', 'NOT_FOUND_ERR', 8],
  ['NotSupportedError', 'NOT_SUPPORTED_ERR', 9],
  ['InUseAttributeError', 'INUSE_ATTRIBUTE_ERR', 10],
  ['InvalidStateError', 'INVALID_STATE_ERR', 11],
  ['SyntaxError', 'SYNTAX_ERR', 12],
  ['InvalidModificationError', 'INVALID_MODIFICATION_ERR', 13],
  ['NamespaceError', 'NAMESPACE_ERR', 14],
  ['InvalidAccessError', 'INVALID_ACCESS_ERR', 15],
  ['ValidationError', 'VALIDATION_ERR', 16],
  ['TypeMismatchError', 'TYPE_MISMATCH_ERR', 17],
  ['SecurityError', 'SECURITY_ERR', 18],
  ['NetworkError', 'NETWORK_ERR', 19],
  ['AbortError', 'ABORT_ERR', 20],
  ['URLMismatchError', 'URL_MISMATCH_ERR', 21],
  ['QuotaExceededError', 'QUOTA_EXCEEDED_ERR', 22],
  ['TimeoutError', 'TIMEOUT_ERR', 23],
  ['InvalidNodeTypeError', 'INVALID_NODE_TYPE_ERR', 24],
  ['DataCloneError', 'DATA_CLONE_ERR', 25],
];
for (const [name, codeName, value] of kCodes) {
  const desc = { __proto__: null, enumerable: true, value };
  Object.defineProperty(DOMException, codeName, desc);
  Object.defineProperty(DOMException.prototype, codeName, desc);
  nameToCode.set(name, value);
}

// Internal: the DOMException's data, or undefined for other values
// (structuredClone uses it).
function getDOMExceptionData(value) {
  const data = internals.get(value);
  return data === undefined ? undefined : { name: data.name, message: data.message };
}

module.exports = {
  DOMException,
  getDOMExceptionData,
};
