'use strict';
// The `fs` module (Node 22's API) over the fs.* syscalls. `require('fs')` returns this module's
// exports and `require('fs/promises')` its `.promises`.
//
// Paths are validated as Node does (string, Buffer or file: URL, no null bytes), resolved against
// process.cwd() and sent to the kernel as absolute strings; errors carry the caller's own spelling.
// Sync calls use sys(), callback calls use sysAsync() and call back on a later tick (a callback
// runs from the nextTick queue, so what it queues runs in Node's order). The promise API, Dir,
// streams, rm, cp and glob live in internal/fs/*.js.

const { sys: rawSys, sysAsync: rawSysAsync } = internalBinding;

// An empty path: node's libuv says ENOENT and names it `''`; the kernel rejects it as not
// absolute, and the shared error builder leaves an empty path out of the message.
function emptyPathError(e) {
  if (!e || typeof e.syscall !== 'string') return e;
  const err = errors.uvException({ code: e.code === 'EINVAL' ? 'ENOENT' : e.code, syscall: e.syscall });
  err.message += " ''";
  err.path = '';
  if (typeof err.stack === 'string') {
    const nl = err.stack.indexOf('\n');
    err.stack = `Error: ${err.message}` + (nl === -1 ? '' : err.stack.slice(nl));
  }
  return err;
}

function sys(op, args, displayPath, displayDest) {
  if (displayPath !== '') return rawSys(op, args, displayPath, displayDest);
  try {
    return rawSys(op, args, displayPath, displayDest);
  } catch (e) {
    throw emptyPathError(e);
  }
}

function sysAsync(op, args, displayPath, displayDest) {
  const pr = rawSysAsync(op, args, displayPath, displayDest);
  if (displayPath !== '') return pr;
  return pr.then(undefined, (e) => { throw emptyPathError(e); });
}
const { Buffer } = require('buffer');
const pathModule = require('path');
const errors = require('internal/errors');
const U = require('internal/fs/utils');

const {
  codes: {
    ERR_INVALID_ARG_VALUE,
    ERR_FS_FILE_TOO_LARGE,
  },
  AbortError,
  aggregateTwoErrors,
  uvException,
  parseFileMode,
  validateBoolean,
  validateBuffer,
  validateFunction,
  validateInteger,
  validateObject,
  validateString,
  kValidateObjectAllowNullable,
} = errors;

const {
  constants,
  kIoMaxLength,
  kMaxUserId,
  kEmptyObject,
  Dirent,
  Stats: StatsImpl,
  statsFromKernel,
  statFsFromKernel,
  direntTypeOfKind,
  getOptions,
  copyObject,
  toPathIfFileURL,
  validatePath,
  getValidatedPath,
  pathString,
  getValidatedFd,
  isFd,
  stringToFlags,
  stringToSymlinkType,
  validateOffsetLengthRead,
  validateOffsetLengthWrite,
  validatePosition,
  validateBufferArray,
  validateStringAfterArrayBufferView,
  validateEncoding,
  getValidMode,
  validateRmdirOptions,
  defaultRmOptions,
  rmIsDirError,
  validateCpOptions,
  warnOnNonPortableTemplate,
  emitRecursiveRmdirWarning,
  deprecateOnce,
} = U;

const { O_RDONLY, O_WRONLY, O_CREAT, O_TRUNC, O_APPEND, O_EXCL, F_OK, R_OK, W_OK, X_OK } = constants;

const kCustomPromisified = Symbol.for('nodejs.util.promisify.custom');
const kCustomPromisifyArgs = require('internal/inspect').customPromisifyArgsSymbol;

function nextTick(fn, ...args) {
  globalThis.process.nextTick(fn, ...args);
}

function cwd() {
  return globalThis.process.cwd();
}

// Wall-clock milliseconds, for utimes(-1) ("now").
function nowMs() {
  const t = sys('clock.now');
  return typeof t === 'number' ? t : t.wall_ms ?? t.wallMs ?? t.wall ?? 0;
}

// ---------------------------------------------------------------- paths
// An absolute path for the kernel. A trailing slash is kept (it makes `file/` fail with ENOTDIR).
function abs(p) {
  if (p === '') return p; // ENOENT from the kernel, as for node
  if (p.charCodeAt(0) === 47 && !p.includes('//') && !p.includes('/.')) return p;
  let r = pathModule.resolve(cwd(), p);
  if (p.length > 1 && p.charCodeAt(p.length - 1) === 47 && r !== '/') r += '/';
  return r;
}

// A validated path argument as the string shown in errors (abs() makes the kernel's).
function P(path, name = 'path') {
  const v = getValidatedPath(path, name);
  const s = pathString(v);
  return s;
}

// ---------------------------------------------------------------- results
function bufferOf(bytes) {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function encodeResult(str, encoding) {
  if (!encoding || encoding === 'utf8' || encoding === 'utf-8') return str;
  const b = Buffer.from(str, 'utf8');
  if (encoding === 'buffer') return b;
  return b.toString(encoding);
}

// A string written through a descriptor: an encoding node does not know means utf8 there.
function stringWriteEncoding(enc) {
  return typeof enc === 'string' && Buffer.isEncoding(enc) ? enc : 'utf8';
}

function decodeBytes(bytes, encoding) {
  const b = bufferOf(bytes);
  if (!encoding) return b;
  return b.toString(encoding); // 'buffer' is no encoding here: ERR_UNKNOWN_ENCODING, as in node

}

function concatChunks(chunks, total) {
  if (chunks.length === 1) return chunks[0];
  const all = new Uint8Array(total);
  let off = 0;
  for (const c of chunks) {
    all.set(c, off);
    off += c.length;
  }
  return all;
}

// readFile on a directory: node opens it, then read(2) fails with EISDIR (no path in the message).
function readFileError(e) {
  if (e && e.code === 'EISDIR' && (e.syscall === 'open' || e.syscall === 'read')) {
    const err = uvException({ code: 'EISDIR', syscall: 'read' });
    return err;
  }
  return e;
}

// ---------------------------------------------------------------- callback plumbing
function makeCallback(cb) {
  validateFunction(cb, 'cb');
  return cb;
}

// Settle a callback from a syscall promise on a later tick: cb(err) / cb(null) / cb(null, value).
function settle(promise, cb, map) {
  promise.then((v) => {
    let r;
    try {
      r = map ? map(v) : v;
    } catch (e) {
      nextTick(cb, e);
      return;
    }
    if (r === undefined) nextTick(cb, null);
    else nextTick(cb, null, r);
  }, (e) => nextTick(cb, e));
}

// Run an async function and report to a node-style callback.
function settleAsync(fn, cb) {
  let p;
  try {
    p = fn();
  } catch (e) {
    p = Promise.reject(e);
  }
  settle(p, cb);
}

function checkAborted(signal, callback) {
  if (signal?.aborted) {
    callback(new AbortError(undefined, { cause: signal.reason }));
    return true;
  }
  return false;
}

// ---------------------------------------------------------------- low-level fd I/O
function positionArg(position) {
  if (position == null) return null;
  if (typeof position === 'bigint') position = Number(position);
  if (typeof position !== 'number' || position < 0) return null;
  return position;
}

function readBytesSync(fd, len, position) {
  if (fd === 0 && position === null) return sys('io.read_stdin', { max: Math.min(len, 65536) });
  return sys('fs.read', { fd, len, position });
}

function readBytesAsync(fd, len, position) {
  if (fd === 0 && position === null) return sysAsync('io.read_stdin', { max: Math.min(len, 65536) });
  return sysAsync('fs.read', { fd, len, position });
}

function asBytes(view, offset, length) {
  return new Uint8Array(view.buffer, view.byteOffset + offset, length);
}

function writeBytesSync(fd, bytes, position) {
  if ((fd === 1 || fd === 2) && position === null) {
    sys('io.write', { fd, data: bytes });
    return bytes.length;
  }
  return sys('fs.write', { fd, data: bytes, position });
}

function writeBytesAsync(fd, bytes, position) {
  if ((fd === 1 || fd === 2) && position === null) {
    return sysAsync('io.write', { fd, data: bytes }).then(() => bytes.length);
  }
  return sysAsync('fs.write', { fd, data: bytes, position });
}

// Copy the bytes read into buffer[offset..] and return how many there were.
function intoBuffer(buffer, offset, bytes) {
  const dst = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  dst.set(bytes, offset);
  return bytes.length;
}

function readAllFdSync(fd) {
  if (fd === 0) {
    const chunks = [];
    let total = 0;
    for (;;) {
      const c = sys('io.read_stdin', { max: 65536 });
      if (c.length === 0) break;
      chunks.push(c);
      total += c.length;
    }
    return concatChunks(chunks, total);
  }
  let size = 0;
  try {
    const st = sys('fs.fstat', { fd });
    if (st.kind === 'file') size = st.size;
  } catch {
    // Unknown size: read until EOF.
  }
  if (size > kIoMaxLength) throw new ERR_FS_FILE_TOO_LARGE(size);
  const chunks = [];
  let total = 0;
  const chunk = Math.max(size, 8192);
  for (;;) {
    const c = sys('fs.read', { fd, len: Math.min(chunk, 1 << 30), position: null });
    if (c.length === 0) break;
    chunks.push(c);
    total += c.length;
    if (size && total >= size) {
      // Most files end here; one more read tells EOF for files that grew.
      const more = sys('fs.read', { fd, len: 8192, position: null });
      if (more.length === 0) break;
      chunks.push(more);
      total += more.length;
    }
  }
  return concatChunks(chunks, total);
}

async function readAllFdAsync(fd, signal) {
  const chunks = [];
  let total = 0;
  if (fd === 0) {
    for (;;) {
      const c = await sysAsync('io.read_stdin', { max: 65536 });
      if (c.length === 0) break;
      chunks.push(c);
      total += c.length;
    }
    return concatChunks(chunks, total);
  }
  let size = 0;
  const st = await sysAsync('fs.fstat', { fd });
  if (st.kind === 'file') size = st.size;
  if (size > kIoMaxLength) throw new ERR_FS_FILE_TOO_LARGE(size);
  const chunk = Math.max(size, 8192);
  for (;;) {
    if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
    const c = await sysAsync('fs.read', { fd, len: Math.min(chunk, 1 << 30), position: null });
    if (c.length === 0) break;
    chunks.push(c);
    total += c.length;
  }
  return concatChunks(chunks, total);
}

// ---------------------------------------------------------------- access / exists
function access(path, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = F_OK;
  }
  const p = P(path);
  callback = makeCallback(callback);
  mode = getValidMode(mode, 'access');
  settle(sysAsync('fs.access', { path: abs(p), mode }, p), callback);
}

function accessSync(path, mode) {
  const p = P(path);
  mode = getValidMode(mode, 'access');
  sys('fs.access', { path: abs(p), mode }, p);
}

function exists(path, callback) {
  validateFunction(callback, 'cb');
  let p;
  try {
    p = P(path);
  } catch {
    callback(false);
    return;
  }
  sysAsync('fs.stat', { path: abs(p) }).then(() => nextTick(callback, true), () => nextTick(callback, false));
}

Object.defineProperty(exists, kCustomPromisified, {
  __proto__: null,
  value: function exists(path) {
    return new Promise((resolve) => module.exports.exists(path, resolve));
  },
});

function existsSync(path) {
  let p;
  try {
    p = P(path);
  } catch {
    return false;
  }
  try {
    sys('fs.stat', { path: abs(p) }, p);
    return true;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------- readFile
function readFile(path, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  options = getOptions(options, { flag: 'r' });
  const encoding = options.encoding;
  const signal = options.signal;
  const finish = (bytes) => decodeBytes(bytes, encoding);

  if (isFd(path)) {
    settle(readAllFdAsync(path, signal), callback, finish);
    return;
  }
  if (checkAborted(signal, callback)) return;

  const flags = stringToFlags(options.flag, 'options.flag');
  const p = P(path);
  if ((flags & 3) === O_RDONLY && (flags & (O_CREAT | O_TRUNC)) === 0) {
    const pr = sysAsync('fs.read_file', { path: abs(p) }, p).then((bytes) => {
      if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
      return bytes;
    }, (e) => { throw readFileError(e); });
    settle(pr, callback, finish);
    return;
  }
  settleAsync(async () => {
    const fd = await sysAsync('fs.open', { path: abs(p), flags, mode: 0o666 }, p);
    let bytes;
    try {
      bytes = await readAllFdAsync(fd, signal);
    } catch (e) {
      await sysAsync('fs.close', { fd }).catch(() => {});
      throw e;
    }
    await sysAsync('fs.close', { fd });
    return bytes;
  }, (err, bytes) => (err ? callback(err) : callback(null, finish(bytes))));
}

function readFileSync(path, options) {
  options = getOptions(options, { flag: 'r' });
  const encoding = options.encoding;
  if (isFd(path)) return decodeBytes(readAllFdSync(path), encoding);
  const p = P(path);
  const flags = stringToFlags(options.flag);
  if ((flags & 3) === O_RDONLY && (flags & (O_CREAT | O_TRUNC)) === 0) {
    let bytes;
    try {
      bytes = sys('fs.read_file', { path: abs(p) }, p);
    } catch (e) {
      throw readFileError(e);
    }
    return decodeBytes(bytes, encoding);
  }
  const fd = sys('fs.open', { path: abs(p), flags, mode: 0o666 }, p);
  let bytes;
  try {
    bytes = readAllFdSync(fd);
  } finally {
    sys('fs.close', { fd });
  }
  return decodeBytes(bytes, encoding);
}

// ---------------------------------------------------------------- open / close
function defaultCloseCallback(err) {
  if (err != null) throw err;
}

function close(fd, callback = defaultCloseCallback) {
  if (callback !== defaultCloseCallback) callback = makeCallback(callback);
  fd = getValidatedFd(fd);
  settle(sysAsync('fs.close', { fd }), callback);
}

function closeSync(fd) {
  fd = getValidatedFd(fd);
  sys('fs.close', { fd });
}

function open(path, flags, mode, callback) {
  const p = P(path);
  if (arguments.length < 3) {
    callback = flags;
    flags = 'r';
    mode = 0o666;
  } else if (typeof mode === 'function') {
    callback = mode;
    mode = 0o666;
  } else {
    mode = parseFileMode(mode, 'mode', 0o666);
  }
  const flagsNumber = stringToFlags(flags);
  callback = makeCallback(callback);
  settle(sysAsync('fs.open', { path: abs(p), flags: flagsNumber, mode }, p), callback);
}

function openSync(path, flags, mode) {
  const p = P(path);
  const flagsNumber = stringToFlags(flags);
  mode = parseFileMode(mode, 'mode', 0o666);
  return sys('fs.open', { path: abs(p), flags: flagsNumber, mode }, p);
}

function openAsBlob(path, options = kEmptyObject) {
  validateObject(options, 'options');
  const type = options.type || '';
  validateString(type, 'options.type');
  const p = P(path);
  const bytes = sys('fs.read_file', { path: abs(p) }, p);
  const { Blob } = require('buffer');
  return Promise.resolve(new Blob([bytes], { type }));
}

// ---------------------------------------------------------------- read
function read(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  let params = null;
  if (arguments.length <= 4) {
    if (arguments.length === 4) {
      // fs.read(fd, buffer, options, callback)
      validateObject(offsetOrOptions, 'options', kValidateObjectAllowNullable);
      callback = length;
      params = offsetOrOptions;
    } else if (arguments.length === 3) {
      // fs.read(fd, bufferOrParams, callback)
      if (!ArrayBuffer.isView(buffer)) {
        params = buffer;
        ({ buffer = Buffer.alloc(16384) } = params ?? kEmptyObject);
      }
      callback = offsetOrOptions;
    } else {
      // fs.read(fd, callback)
      callback = buffer;
      buffer = Buffer.alloc(16384);
    }
    if (params !== undefined) validateObject(params, 'options', kValidateObjectAllowNullable);
    ({
      offset = 0,
      length = buffer?.byteLength - offset,
      position = null,
    } = params ?? kEmptyObject);
  }

  validateBuffer(buffer);
  validateFunction(callback, 'cb');

  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);

  length |= 0;
  if (length === 0) {
    nextTick(function tick() { callback(null, 0, buffer); });
    return;
  }
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) position = -1;
  else validatePosition(position, 'position', length);

  readBytesAsync(fd, length, positionArg(position)).then(
    (bytes) => nextTick(callback, null, intoBuffer(buffer, offset, bytes), buffer),
    (err) => nextTick(callback, err, 0, buffer));
}
Object.defineProperty(read, kCustomPromisifyArgs, { __proto__: null, value: ['bytesRead', 'buffer'], enumerable: false });

function readSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  validateBuffer(buffer);
  let offset = offsetOrOptions;
  if (arguments.length <= 3 || typeof offsetOrOptions === 'object') {
    if (offsetOrOptions !== undefined) validateObject(offsetOrOptions, 'options', kValidateObjectAllowNullable);
    ({
      offset = 0,
      length = buffer.byteLength - offset,
      position = null,
    } = offsetOrOptions ?? kEmptyObject);
  }
  if (offset === undefined) offset = 0;
  else validateInteger(offset, 'offset', 0);

  length |= 0;
  if (length === 0) return 0;
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) position = -1;
  else validatePosition(position, 'position', length);

  return intoBuffer(buffer, offset, readBytesSync(fd, length, positionArg(position)));
}

function scatter(buffers, bytes) {
  let off = 0;
  for (let i = 0; i < buffers.length && off < bytes.length; i++) {
    const b = buffers[i];
    const n = Math.min(b.byteLength, bytes.length - off);
    new Uint8Array(b.buffer, b.byteOffset, b.byteLength).set(bytes.subarray(off, off + n));
    off += n;
  }
  return bytes.length;
}

function totalLength(buffers) {
  let n = 0;
  for (const b of buffers) n += b.byteLength;
  return n;
}

function readv(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  callback ||= position;
  validateFunction(callback, 'cb');
  if (typeof position !== 'number') position = null;
  readBytesAsync(fd, totalLength(buffers), positionArg(position)).then(
    (bytes) => nextTick(callback, null, scatter(buffers, bytes), buffers),
    (err) => nextTick(callback, err, 0, buffers));
}
Object.defineProperty(readv, kCustomPromisifyArgs, { __proto__: null, value: ['bytesRead', 'buffers'], enumerable: false });

function readvSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (typeof position !== 'number') position = null;
  return scatter(buffers, readBytesSync(fd, totalLength(buffers), positionArg(position)));
}

// ---------------------------------------------------------------- write
function write(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  let bytes;
  if (ArrayBuffer.isView(buffer)) {
    callback ||= position || length || offset;
    validateFunction(callback, 'cb');
    if (typeof offset === 'object') {
      ({
        offset = 0,
        length = buffer.byteLength - offset,
        position = null,
      } = offsetOrOptions ?? kEmptyObject);
    }
    if (offset == null || typeof offset === 'function') offset = 0;
    else validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number') position = null;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    bytes = asBytes(buffer, offset, length);
  } else {
    validateStringAfterArrayBufferView(buffer, 'buffer');
    if (typeof position !== 'function') {
      if (typeof offset === 'function') {
        position = offset;
        offset = null;
      } else {
        position = length;
      }
      length = 'utf8';
    }
    validateEncoding(buffer, length);
    callback = position;
    validateFunction(callback, 'cb');
    bytes = Buffer.from(buffer, stringWriteEncoding(length));
    position = typeof offset === 'number' ? offset : null;
  }
  writeBytesAsync(fd, bytes, positionArg(position)).then(
    (n) => nextTick(callback, null, n, buffer),
    (err) => nextTick(callback, err, 0, buffer));
}
Object.defineProperty(write, kCustomPromisifyArgs, { __proto__: null, value: ['bytesWritten', 'buffer'], enumerable: false });

function writeSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  if (ArrayBuffer.isView(buffer)) {
    if (typeof offset === 'object') {
      ({
        offset = 0,
        length = buffer.byteLength - offset,
        position = null,
      } = offsetOrOptions ?? kEmptyObject);
    }
    if (position === undefined) position = null;
    if (offset == null) offset = 0;
    else validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    return writeBytesSync(fd, asBytes(buffer, offset, length), positionArg(position));
  }
  validateStringAfterArrayBufferView(buffer, 'buffer');
  validateEncoding(buffer, length);
  const bytes = Buffer.from(buffer, stringWriteEncoding(length));
  return writeBytesSync(fd, bytes, positionArg(typeof offset === 'number' ? offset : null));
}

function gather(buffers) {
  const total = totalLength(buffers);
  const all = new Uint8Array(total);
  let off = 0;
  for (const b of buffers) {
    all.set(new Uint8Array(b.buffer, b.byteOffset, b.byteLength), off);
    off += b.byteLength;
  }
  return all;
}

function writev(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  callback ||= position;
  validateFunction(callback, 'cb');
  if (buffers.length === 0) {
    nextTick(callback, null, 0, buffers);
    return;
  }
  if (typeof position !== 'number') position = null;
  writeBytesAsync(fd, gather(buffers), positionArg(position)).then(
    (n) => nextTick(callback, null, n, buffers),
    (err) => nextTick(callback, err, 0, buffers));
}
Object.defineProperty(writev, kCustomPromisifyArgs, { __proto__: null, value: ['bytesWritten', 'buffer'], enumerable: false });

function writevSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (buffers.length === 0) return 0;
  if (typeof position !== 'number') position = null;
  return writeBytesSync(fd, gather(buffers), positionArg(position));
}

// ---------------------------------------------------------------- writeFile / appendFile
// A whole-file write the kernel does in one call: plain 'w' / 'a' / 'wx' / 'ax' with mode 0o666.
function fastWriteFlags(flags, mode) {
  if (mode !== 0o666) return null;
  const base = flags & ~constants.O_SYNC;
  if (base === (O_TRUNC | O_CREAT | O_WRONLY)) return { append: false, exclusive: false };
  if (base === (O_TRUNC | O_CREAT | O_WRONLY | O_EXCL)) return { append: false, exclusive: true };
  if (base === (O_APPEND | O_CREAT | O_WRONLY)) return { append: true, exclusive: false };
  if (base === (O_APPEND | O_CREAT | O_WRONLY | O_EXCL)) return { append: true, exclusive: true };
  return null;
}

function dataBytes(data, encoding) {
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  validateStringAfterArrayBufferView(data, 'data');
  return Buffer.from(data, encoding || 'utf8');
}

function writeAllSync(fd, bytes) {
  let off = 0;
  while (off < bytes.length) {
    const n = writeBytesSync(fd, off === 0 ? bytes : bytes.subarray(off), null);
    if (n <= 0) break;
    off += n;
  }
}

async function writeAllAsync(fd, bytes, signal) {
  let off = 0;
  do {
    if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
    if (bytes.length === 0) break;
    const n = await writeBytesAsync(fd, off === 0 ? bytes : bytes.subarray(off), null);
    if (n <= 0) break;
    off += n;
  } while (off < bytes.length);
}

function writeFile(path, data, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w', flush: false });
  const flag = options.flag || 'w';
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  const bytes = dataBytes(data, options.encoding);
  const signal = options.signal;

  if (isFd(path)) {
    settleAsync(async () => {
      await writeAllAsync(path, bytes, signal);
      if (flush) await sysAsync('fs.fsync', { fd: path });
    }, callback);
    return;
  }
  if (checkAborted(signal, callback)) return;

  const p = P(path);
  const flags = stringToFlags(flag);
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  const fast = fastWriteFlags(flags, mode);
  if (fast && !signal) {
    settle(sysAsync('fs.write_file', { path: abs(p), data: bytes, append: fast.append, exclusive: fast.exclusive }, p), callback);
    return;
  }
  settleAsync(async () => {
    const fd = await sysAsync('fs.open', { path: abs(p), flags, mode }, p);
    try {
      await writeAllAsync(fd, bytes, signal);
      if (flush) await sysAsync('fs.fsync', { fd });
    } catch (e) {
      let closeErr;
      await sysAsync('fs.close', { fd }).catch((e2) => { closeErr = e2; });
      throw aggregateTwoErrors(closeErr, e);
    }
    await sysAsync('fs.close', { fd });
  }, callback);
}

function writeFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w', flush: false });
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  const flag = options.flag || 'w';

  let bytes;
  let p;
  if (typeof data === 'string' && (options.encoding === 'utf8' || options.encoding === 'utf-8')) {
    if (!isFd(path)) p = P(path);
    bytes = Buffer.from(data, 'utf8');
  } else {
    bytes = dataBytes(data, options.encoding);
  }

  if (isFd(path)) {
    writeAllSync(path, bytes);
    if (flush) sys('fs.fsync', { fd: path });
    return;
  }
  p ??= P(path);
  const flags = stringToFlags(flag);
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  const fast = fastWriteFlags(flags, mode);
  if (fast) {
    sys('fs.write_file', { path: abs(p), data: bytes, append: fast.append, exclusive: fast.exclusive }, p);
    return;
  }
  const fd = sys('fs.open', { path: abs(p), flags, mode }, p);
  try {
    writeAllSync(fd, bytes);
    if (flush) sys('fs.fsync', { fd });
  } finally {
    sys('fs.close', { fd });
  }
}

function appendFile(path, data, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = copyObject(options);
  if (!options.flag || isFd(path)) options.flag = 'a';
  module.exports.writeFile(path, data, options, callback);
}

function appendFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = copyObject(options);
  if (!options.flag || isFd(path)) options.flag = 'a';
  module.exports.writeFileSync(path, data, options);
}

// ---------------------------------------------------------------- rename / truncate / sync
function rename(oldPath, newPath, callback) {
  callback = makeCallback(callback);
  const from = P(oldPath, 'oldPath');
  const to = P(newPath, 'newPath');
  settle(sysAsync('fs.rename', { from: abs(from), to: abs(to) }, from, to), callback);
}

function renameSync(oldPath, newPath) {
  const from = P(oldPath, 'oldPath');
  const to = P(newPath, 'newPath');
  sys('fs.rename', { from: abs(from), to: abs(to) }, from, to);
}

let truncateWarn = true;
function showTruncateDeprecation() {
  if (truncateWarn) {
    globalThis.process.emitWarning(
      'Using fs.truncate with a file descriptor is deprecated. Please use ' +
      'fs.ftruncate with a file descriptor instead.',
      'DeprecationWarning', 'DEP0081');
    truncateWarn = false;
  }
}

function truncate(path, len, callback) {
  if (typeof path === 'number') {
    showTruncateDeprecation();
    return module.exports.ftruncate(path, len, callback);
  }
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  } else if (len === undefined) {
    len = 0;
  }
  validateInteger(len, 'len');
  len = Math.max(0, len);
  validateFunction(callback, 'cb');
  const p = P(path);
  settleAsync(async () => {
    const fd = await sysAsync('fs.open', { path: abs(p), flags: constants.O_RDWR, mode: 0o666 }, p);
    let err;
    try {
      await sysAsync('fs.ftruncate', { fd, len });
    } catch (e) {
      err = e;
    }
    let err2;
    await sysAsync('fs.close', { fd }).catch((e) => { err2 = e; });
    const agg = aggregateTwoErrors(err2, err);
    if (agg) throw agg;
  }, callback);
}

function truncateSync(path, len) {
  if (typeof path === 'number') {
    showTruncateDeprecation();
    return module.exports.ftruncateSync(path, len);
  }
  if (len === undefined) len = 0;
  const fd = openSync(path, 'r+');
  try {
    ftruncateSync(fd, len);
  } finally {
    closeSync(fd);
  }
}

function ftruncate(fd, len = 0, callback) {
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  }
  validateInteger(len, 'len');
  len = Math.max(0, len);
  callback = makeCallback(callback);
  fd = getValidatedFd(fd);
  settle(sysAsync('fs.ftruncate', { fd, len }), callback);
}

function ftruncateSync(fd, len = 0) {
  validateInteger(len, 'len');
  fd = getValidatedFd(fd);
  sys('fs.ftruncate', { fd, len: len < 0 ? 0 : len });
}

function fdatasync(fd, callback) {
  callback = makeCallback(callback);
  fd = getValidatedFd(fd);
  settle(sysAsync('fs.fsync', { fd, datasync: true }), callback);
}

function fdatasyncSync(fd) {
  fd = getValidatedFd(fd);
  sys('fs.fsync', { fd, datasync: true });
}

function fsync(fd, callback) {
  callback = makeCallback(callback);
  fd = getValidatedFd(fd);
  settle(sysAsync('fs.fsync', { fd }), callback);
}

function fsyncSync(fd) {
  fd = getValidatedFd(fd);
  sys('fs.fsync', { fd });
}

// ---------------------------------------------------------------- rmdir / rm
let rimrafMod;
function lazyRimraf() {
  return rimrafMod ??= require('internal/fs/rimraf')(internals, module.exports);
}

function rmdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  const p = P(path);
  if (options?.recursive) {
    emitRecursiveRmdirWarning();
    options = validateRmdirOptions({ ...options, force: false }, defaultRmOptions);
    settleAsync(async () => {
      const st = await sysAsync('fs.stat', { path: abs(p), follow: false }, p);
      if (st.kind !== 'dir') {
        await sysAsync('fs.rmdir', { path: abs(p) }, p);
        return;
      }
      await lazyRimraf().rimrafPromises(p, options);
    }, callback);
    return;
  }
  validateRmdirOptions(options);
  settle(sysAsync('fs.rmdir', { path: abs(p) }, p), callback);
}

function rmdirSync(path, options) {
  const p = P(path);
  if (options?.recursive) {
    emitRecursiveRmdirWarning();
    options = validateRmdirOptions({ ...options, force: false }, defaultRmOptions);
    const st = sys('fs.stat', { path: abs(p), follow: false }, p);
    if (st.kind === 'dir') {
      lazyRimraf().rimrafSync(p, options);
      return;
    }
  } else {
    validateRmdirOptions(options);
  }
  sys('fs.rmdir', { path: abs(p) }, p);
}

function validateRmOptionsSync(p, options) {
  options = validateRmdirOptions(options, defaultRmOptions);
  validateBoolean(options.force, 'options.force');
  if (!options.force || !options.recursive) {
    let st;
    try {
      st = sys('fs.stat', { path: abs(p), follow: false }, p);
    } catch (e) {
      if (!(options.force && (e.code === 'ENOENT' || e.code === 'ENOTDIR'))) throw e;
    }
    if (st && st.kind === 'dir' && !options.recursive) throw rmIsDirError(p);
  }
  return options;
}

async function checkRmTarget(p, options) {
  let st;
  try {
    st = await sysAsync('fs.stat', { path: abs(p), follow: false }, p);
  } catch (e) {
    if (options.force && e.code === 'ENOENT') return options;
    throw e;
  }
  if (st.kind === 'dir' && !options.recursive) throw rmIsDirError(p);
  return options;
}

function rm(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  const p = P(path);
  const opts = validateRmdirOptions(options, defaultRmOptions);
  validateBoolean(opts.force, 'options.force');
  settleAsync(async () => {
    await checkRmTarget(p, opts);
    await lazyRimraf().rimrafPromises(p, opts);
  }, callback);
}

function rmSync(path, options) {
  const p = P(path);
  options = validateRmOptionsSync(p, options);
  lazyRimraf().rimrafSync(p, options);
}

// ---------------------------------------------------------------- mkdir / mkdtemp
function parseMkdirOptions(options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = parseFileMode(options, 'mode');
  } else if (options) {
    if (options.recursive !== undefined) {
      recursive = options.recursive;
      validateBoolean(recursive, 'options.recursive');
    }
    if (options.mode !== undefined) mode = parseFileMode(options.mode, 'options.mode');
  }
  return { mode, recursive };
}

function mkdir(path, options, callback) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'function') {
    callback = options;
  } else {
    ({ mode, recursive } = parseMkdirOptions(options));
  }
  callback = makeCallback(callback);
  const p = P(path);
  const a = abs(p);
  settle(sysAsync('fs.mkdir', { path: a, recursive, mode }, p), callback,
         (first) => (recursive ? firstCreated(p, a, first) : undefined));
}

function mkdirSync(path, options) {
  const { mode, recursive } = parseMkdirOptions(options);
  const p = P(path);
  const a = abs(p);
  const first = sys('fs.mkdir', { path: a, recursive, mode }, p);
  if (recursive) return firstCreated(p, a, first);
}

// The first directory `mkdir -p` created, spelled as the caller spelled the path (node reports
// `a` for a relative `a/b/c`): drop as many trailing components as the kernel's answer lacks.
function firstCreated(p, a, first) {
  if (first == null) return undefined;
  if (p === a) return first;
  const count = (s) => s.split('/').filter(Boolean).length;
  let drop = count(a) - count(first);
  let r = p.length > 1 ? p.replace(/\/+$/, '') : p;
  while (drop-- > 0) {
    const i = r.lastIndexOf('/');
    r = i > 0 ? r.slice(0, i) : (i === 0 ? '/' : '.');
  }
  return r;
}

// The kernel creates `<abs prefix>XXXXXX`; the caller gets its own prefix with the suffix.
function mkdtempResult(prefix, created, encoding) {
  const suffix = created.slice(created.length - 6);
  return encodeResult(prefix + suffix, encoding);
}

function mkdtemp(prefix, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  const v = getValidatedPath(prefix, 'prefix');
  warnOnNonPortableTemplate(v);
  const p = pathString(v);
  settle(sysAsync('fs.mkdtemp', { prefix: absPrefix(p) }, p + 'XXXXXX'), callback,
         (created) => mkdtempResult(p, created, options.encoding));
}

function mkdtempSync(prefix, options) {
  options = getOptions(options);
  const v = getValidatedPath(prefix, 'prefix');
  warnOnNonPortableTemplate(v);
  const p = pathString(v);
  const created = sys('fs.mkdtemp', { prefix: absPrefix(p) }, p + 'XXXXXX');
  return mkdtempResult(p, created, options.encoding);
}

function absPrefix(p) {
  if (p.charCodeAt(0) === 47 && !p.includes('//') && !p.includes('/.')) return p;
  const r = pathModule.resolve(cwd(), p);
  if (p === '' || p.endsWith('/')) return r === '/' ? '/' : r + '/';
  return r;
}

// ---------------------------------------------------------------- readdir
function direntName(name, encoding) {
  return encodeResult(name, encoding);
}

function listSync(dir, displayPath) {
  return sys('fs.readdir', { path: abs(dir) }, displayPath);
}

function isDirFollowSync(full, kind) {
  if (kind === 'dir') return true;
  if (kind !== 'symlink') return false;
  try {
    return sys('fs.stat', { path: abs(full) }).kind === 'dir';
  } catch {
    return false;
  }
}

async function isDirFollowAsync(full, kind) {
  if (kind === 'dir') return true;
  if (kind !== 'symlink') return false;
  try {
    return (await sysAsync('fs.stat', { path: abs(full) })).kind === 'dir';
  } catch {
    return false;
  }
}

function shapeEntries(entries, dirPath, options) {
  const encoding = options.encoding;
  if (options.withFileTypes) {
    return entries.map((e) => new Dirent(direntName(e.name, encoding), direntTypeOfKind(e.kind), dirPath));
  }
  return entries.map((e) => direntName(e.name, encoding));
}

// Breadth-first, as node's readdirSync/readdir with recursive: true.
function readdirRecursiveSync(basePath, options) {
  const results = [];
  const queue = [basePath];
  for (let i = 0; i < queue.length; i++) {
    const dir = queue[i];
    const entries = listSync(dir, dir);
    for (const e of entries) {
      const full = pathModule.join(dir, e.name);
      if (options.withFileTypes) {
        results.push(new Dirent(direntName(e.name, options.encoding), direntTypeOfKind(e.kind), dir));
      } else {
        results.push(pathModule.relative(basePath, full));
      }
      if (isDirFollowSync(full, e.kind)) queue.push(full);
    }
  }
  return results;
}

async function readdirRecursiveAsync(basePath, options) {
  const results = [];
  const queue = [basePath];
  for (let i = 0; i < queue.length; i++) {
    const dir = queue[i];
    const entries = await sysAsync('fs.readdir', { path: abs(dir) }, dir);
    for (const e of entries) {
      const full = pathModule.join(dir, e.name);
      if (options.withFileTypes) {
        results.push(new Dirent(direntName(e.name, options.encoding), direntTypeOfKind(e.kind), dir));
      } else {
        results.push(pathModule.relative(basePath, full));
      }
      if (await isDirFollowAsync(full, e.kind)) queue.push(full);
    }
  }
  return results;
}

function readdir(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  const v = getValidatedPath(path);
  const p = pathString(v);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  if (options.recursive) {
    options = copyObject(options);
    settleAsync(() => readdirRecursiveAsync(p, options), callback);
    return;
  }
  const opts = { encoding: options.encoding, withFileTypes: options.withFileTypes };
  settle(sysAsync('fs.readdir', { path: abs(p) }, p), callback, (entries) => shapeEntries(entries, v, opts));
}

function readdirSync(path, options) {
  options = getOptions(options);
  const v = getValidatedPath(path);
  const p = pathString(v);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  if (options.recursive) return readdirRecursiveSync(p, options);
  return shapeEntries(listSync(p, p), v, options);
}

// ---------------------------------------------------------------- stat
function statCallbackArgs(options, callback) {
  if (typeof options === 'function') return [kEmptyObject, options];
  return [options ?? kEmptyObject, callback];
}

function fstat(fd, options = { bigint: false }, callback) {
  [options, callback] = statCallbackArgs(options, callback);
  callback = makeCallback(callback);
  fd = getValidatedFd(fd);
  const bigint = !!options.bigint;
  settle(sysAsync('fs.fstat', { fd }), callback, (s) => statsFromKernel(s, bigint));
}

function lstat(path, options = { bigint: false }, callback) {
  [options, callback] = statCallbackArgs(options, callback);
  callback = makeCallback(callback);
  const p = P(path);
  const bigint = !!options.bigint;
  settle(sysAsync('fs.stat', { path: abs(p), follow: false }, p), callback,
         (s) => statsFromKernel(s, bigint));
}

function stat(path, options = { bigint: false }, callback) {
  [options, callback] = statCallbackArgs(options, callback);
  callback = makeCallback(callback);
  const p = P(path);
  const bigint = !!options.bigint;
  settle(sysAsync('fs.stat', { path: abs(p) }, p), callback,
         (s) => statsFromKernel(s, bigint));
}

function statfs(path, options = { bigint: false }, callback) {
  [options, callback] = statCallbackArgs(options, callback);
  validateFunction(callback, 'cb');
  const p = P(path);
  const bigint = !!options.bigint;
  settle(sysAsync('fs.statfs', { path: abs(p) }, p), callback, (s) => statFsFromKernel(s, bigint));
}

function fstatSync(fd, options = { bigint: false }) {
  fd = getValidatedFd(fd);
  return statsFromKernel(sys('fs.fstat', { fd }), !!options?.bigint);
}

function statPathSync(path, options, follow) {
  const p = P(path);
  let s;
  try {
    s = sys('fs.stat', follow ? { path: abs(p) } : { path: abs(p), follow: false }, p);
  } catch (e) {
    if (options?.throwIfNoEntry === false && (e.code === 'ENOENT' || e.code === 'ENOTDIR')) return undefined;
    throw e;
  }
  return statsFromKernel(s, !!options?.bigint);
}

function lstatSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  return statPathSync(path, options, false);
}

function statSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  return statPathSync(path, options, true);
}

function statfsSync(path, options = { bigint: false }) {
  const p = P(path);
  return statFsFromKernel(sys('fs.statfs', { path: abs(p) }, p), !!options?.bigint);
}

// ---------------------------------------------------------------- links
function readlink(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  const p = P(path);
  settle(sysAsync('fs.readlink', { path: abs(p) }, p), callback, (t) => encodeResult(t, options.encoding));
}

function readlinkSync(path, options) {
  options = getOptions(options);
  const p = P(path);
  return encodeResult(sys('fs.readlink', { path: abs(p) }, p), options.encoding);
}

function symlink(target, path, type_, callback_) {
  const type = (typeof type_ === 'string' ? type_ : null);
  const callback = makeCallback(arguments[arguments.length - 1]);
  const t = P(target, 'target');
  const p = P(path);
  stringToSymlinkType(type);
  settle(sysAsync('fs.symlink', { target: t, path: abs(p) }, t, p), callback);
}

function symlinkSync(target, path, type) {
  type = (typeof type === 'string' ? type : null);
  const t = P(target, 'target');
  const p = P(path);
  stringToSymlinkType(type);
  sys('fs.symlink', { target: t, path: abs(p) }, t, p);
}

function link(existingPath, newPath, callback) {
  callback = makeCallback(callback);
  const a = P(existingPath, 'existingPath');
  const b = P(newPath, 'newPath');
  settle(sysAsync('fs.link', { existing: abs(a), new: abs(b) }, a, b), callback);
}

function linkSync(existingPath, newPath) {
  const a = P(existingPath, 'existingPath');
  const b = P(newPath, 'newPath');
  sys('fs.link', { existing: abs(a), new: abs(b) }, a, b);
}

function unlink(path, callback) {
  callback = makeCallback(callback);
  const p = P(path);
  settle(sysAsync('fs.unlink', { path: abs(p) }, p), callback);
}

function unlinkSync(path) {
  const p = P(path);
  sys('fs.unlink', { path: abs(p) }, p);
}

// ---------------------------------------------------------------- chmod / chown
function fchmod(fd, mode, callback) {
  mode = parseFileMode(mode, 'mode');
  callback = makeCallback(callback);
  fd = getValidatedFd(fd);
  settle(sysAsync('fs.fchmod', { fd, mode }), callback);
}

function fchmodSync(fd, mode) {
  mode = parseFileMode(mode, 'mode');
  fd = getValidatedFd(fd);
  sys('fs.fchmod', { fd, mode });
}

function chmod(path, mode, callback) {
  const p = P(path);
  mode = parseFileMode(mode, 'mode');
  callback = makeCallback(callback);
  settle(sysAsync('fs.chmod', { path: abs(p), mode }, p), callback);
}

function chmodSync(path, mode) {
  const p = P(path);
  mode = parseFileMode(mode, 'mode');
  sys('fs.chmod', { path: abs(p), mode }, p);
}

function validateIds(uid, gid) {
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
}

// -1 keeps an id as it is; the kernel does that.
function chownSyncImpl(p, uid, gid, follow) {
  sys('fs.chown', follow ? { path: abs(p), uid, gid } : { path: abs(p), uid, gid, follow: false }, p);
}

async function chownAsyncImpl(p, uid, gid, follow) {
  await sysAsync('fs.chown', follow ? { path: abs(p), uid, gid } : { path: abs(p), uid, gid, follow: false }, p);
}

function fchownSyncImpl(fd, uid, gid) {
  sys('fs.fchown', { fd, uid, gid });
}

async function fchownAsyncImpl(fd, uid, gid) {
  await sysAsync('fs.fchown', { fd, uid, gid });
}

function lchown(path, uid, gid, callback) {
  callback = makeCallback(callback);
  const p = P(path);
  validateIds(uid, gid);
  settleAsync(() => chownAsyncImpl(p, uid, gid, false), callback);
}

function lchownSync(path, uid, gid) {
  const p = P(path);
  validateIds(uid, gid);
  chownSyncImpl(p, uid, gid, false);
}

function fchown(fd, uid, gid, callback) {
  validateIds(uid, gid);
  callback = makeCallback(callback);
  fd = getValidatedFd(fd);
  settleAsync(() => fchownAsyncImpl(fd, uid, gid), callback);
}

function fchownSync(fd, uid, gid) {
  validateIds(uid, gid);
  fd = getValidatedFd(fd);
  fchownSyncImpl(fd, uid, gid);
}

function chown(path, uid, gid, callback) {
  callback = makeCallback(callback);
  const p = P(path);
  validateIds(uid, gid);
  settleAsync(() => chownAsyncImpl(p, uid, gid, true), callback);
}

function chownSync(path, uid, gid) {
  const p = P(path);
  validateIds(uid, gid);
  chownSyncImpl(p, uid, gid, true);
}

// ---------------------------------------------------------------- utimes
function toMs(time, name) {
  return U.toUnixTimestamp(time, name, nowMs) * 1000;
}

function utimes(path, atime, mtime, callback) {
  callback = makeCallback(callback);
  const p = P(path);
  const a = toMs(atime);
  const m = toMs(mtime);
  settle(sysAsync('fs.utimes', { path: abs(p), atime_ms: a, mtime_ms: m }, p), callback);
}

function utimesSync(path, atime, mtime) {
  const p = P(path);
  sys('fs.utimes', { path: abs(p), atime_ms: toMs(atime), mtime_ms: toMs(mtime) }, p);
}

function futimes(fd, atime, mtime, callback) {
  const a = toMs(atime, 'atime');
  const m = toMs(mtime, 'mtime');
  callback = makeCallback(callback);
  fd = getValidatedFd(fd);
  settle(sysAsync('fs.futimes', { fd, atime_ms: a, mtime_ms: m }), callback);
}

function futimesSync(fd, atime, mtime) {
  const a = toMs(atime, 'atime');
  const m = toMs(mtime, 'mtime');
  fd = getValidatedFd(fd);
  sys('fs.futimes', { fd, atime_ms: a, mtime_ms: m });
}

function lutimes(path, atime, mtime, callback) {
  callback = makeCallback(callback);
  const p = P(path);
  const a = toMs(atime);
  const m = toMs(mtime);
  settle(sysAsync('fs.utimes', { path: abs(p), atime_ms: a, mtime_ms: m, follow: false }, p), callback);
}

function lutimesSync(path, atime, mtime) {
  const p = P(path);
  sys('fs.utimes', { path: abs(p), atime_ms: toMs(atime), mtime_ms: toMs(mtime), follow: false }, p);
}

// ---------------------------------------------------------------- realpath
// Node's JS realpath walks the path with lstat/readlink, so its errors name `lstat` and the
// partial absolute path. The kernel resolves in one call; on failure the walk is replayed to
// produce the same error.
function realpathWalkError(p) {
  const seen = new Map();
  let pos;
  let current;
  let base;
  let previous;
  const splitRoot = (s) => {
    let i = 0;
    while (i < s.length && s.charCodeAt(i) === 47) i++;
    return s.slice(0, i);
  };
  current = base = splitRoot(p);
  pos = current.length;
  let steps = 0;
  while (pos < p.length) {
    if (++steps > 4096) break;
    const result = p.indexOf('/', pos);
    previous = current;
    if (result === -1) {
      const last = p.slice(pos);
      current += last;
      base = previous + last;
      pos = p.length;
    } else {
      current += p.slice(pos, result + 1);
      base = previous + p.slice(pos, result);
      pos = result + 1;
    }
    const st = sys('fs.stat', { path: base, follow: false }, base);
    if (st.kind !== 'symlink') continue;
    const id = `${st.dev ?? 1}:${st.ino}`;
    let linkTarget = seen.get(id);
    if (linkTarget === undefined) {
      sys('fs.stat', { path: base }, base);
      linkTarget = sys('fs.readlink', { path: base }, base);
      seen.set(id, linkTarget);
    }
    const resolvedLink = pathModule.resolve(previous, linkTarget);
    p = pathModule.resolve(resolvedLink, p.slice(pos));
    current = base = splitRoot(p);
    pos = current.length;
  }
  return null;
}

function realpathArg(p) {
  p = toPathIfFileURL(p);
  if (typeof p !== 'string') p += '';
  validatePath(p);
  return p;
}

function realpathSync(p, options) {
  options = getOptions(options);
  p = realpathArg(p);
  const full = pathModule.resolve(cwd(), p);
  let r;
  try {
    r = sys('fs.realpath', { path: full }, p);
  } catch (e) {
    realpathWalkError(full);
    throw e;
  }
  return encodeResult(r, options.encoding);
}

realpathSync.native = (path, options) => {
  options = getOptions(options);
  const p = P(path);
  return encodeResult(sys('fs.realpath', { path: abs(p) }, p), options.encoding);
};

function realpath(p, options, callback) {
  if (typeof options === 'function') callback = options;
  else validateFunction(callback, 'cb');
  options = getOptions(options);
  p = realpathArg(p);
  const full = pathModule.resolve(cwd(), p);
  const pr = sysAsync('fs.realpath', { path: full }, p).then(
    (r) => encodeResult(r, options.encoding),
    (e) => {
      realpathWalkError(full);
      throw e;
    });
  settle(pr, callback);
}

realpath.native = (path, options, callback) => {
  callback = makeCallback(callback || options);
  options = getOptions(options);
  const p = P(path);
  settle(sysAsync('fs.realpath', { path: abs(p) }, p), callback, (r) => encodeResult(r, options.encoding));
};

// ---------------------------------------------------------------- copyFile / cp
// Like libuv's copyfile, the copy gets the source's permission bits.
function copyFileSyncImpl(s, d, mode) {
  sys('fs.copy_file', { from: abs(s), to: abs(d), exclusive: (mode & constants.COPYFILE_EXCL) !== 0 }, s, d);
  copyModeSync(s, d);
}

function copyModeSync(s, d) {
  try {
    const st = sys('fs.stat', { path: abs(s) });
    const dt = sys('fs.stat', { path: abs(d) });
    if ((st.mode & 0o7777) !== (dt.mode & 0o7777)) sys('fs.chmod', { path: abs(d), mode: st.mode & 0o7777 });
  } catch {
    // The copy itself succeeded.
  }
}

async function copyFileAsyncImpl(s, d, mode) {
  await sysAsync('fs.copy_file', { from: abs(s), to: abs(d), exclusive: (mode & constants.COPYFILE_EXCL) !== 0 }, s, d);
  try {
    const [st, dt] = await Promise.all([sysAsync('fs.stat', { path: abs(s) }), sysAsync('fs.stat', { path: abs(d) })]);
    if ((st.mode & 0o7777) !== (dt.mode & 0o7777)) await sysAsync('fs.chmod', { path: abs(d), mode: st.mode & 0o7777 });
  } catch {
    // The copy itself succeeded.
  }
}

function copyFile(src, dest, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = 0;
  }
  const s = P(src, 'src');
  const d = P(dest, 'dest');
  callback = makeCallback(callback);
  mode = getValidMode(mode, 'copyFile');
  settleAsync(() => copyFileAsyncImpl(s, d, mode), callback);
}

function copyFileSync(src, dest, mode) {
  const s = P(src, 'src');
  const d = P(dest, 'dest');
  mode = getValidMode(mode, 'copyFile');
  copyFileSyncImpl(s, d, mode);
}

let cpMod;
function lazyCp() {
  return cpMod ??= require('internal/fs/cp')(internals, module.exports);
}

function cp(src, dest, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  options = validateCpOptions(options);
  const s = P(src, 'src');
  const d = P(dest, 'dest');
  settleAsync(() => lazyCp().cpAsync(s, d, options), callback);
}

function cpSync(src, dest, options) {
  options = validateCpOptions(options);
  const s = P(src, 'src');
  const d = P(dest, 'dest');
  lazyCp().cpSync(s, d, options);
}

// ---------------------------------------------------------------- watch (not yet)
function watchUnsupported(name) {
  const { codes } = errors;
  if (codes.ERR_NOT_SUPPORTED_IN_SANDBOX) return new codes.ERR_NOT_SUPPORTED_IN_SANDBOX(name);
  const e = new Error(`${name} is not supported in sandbox yet`);
  e.code = 'ERR_NOT_SUPPORTED_IN_SANDBOX';
  return e;
}

// The VFS produces the events (internal/fs_watch).
function watch(filename, options, listener) {
  return require('internal/fs_watch').watch(filename, options, listener);
}

function watchFile(filename, options, listener) {
  return require('internal/fs_watch').watchFile(filename, options, listener);
}

function unwatchFile(filename, listener) {
  return require('internal/fs_watch').unwatchFile(filename, listener);
}

// ---------------------------------------------------------------- streams / glob / dir
// The sibling modules are factories: they get these internals and this module, never
// internalBinding itself.
let streamsMod;
function lazyStreams() {
  return streamsMod ??= require('internal/fs/streams')(internals, module.exports);
}

let promisesMod;
function lazyPromisesMod() {
  return promisesMod ??= require('internal/fs/promises')(internals, module.exports);
}

function createReadStream(path, options) {
  return new (lazyStreams().ReadStream)(path, options);
}

function createWriteStream(path, options) {
  return new (lazyStreams().WriteStream)(path, options);
}

let globMod;
function lazyGlob() {
  return globMod ??= require('internal/fs/glob')(internals, module.exports);
}

function glob(pattern, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  const G = lazyGlob();
  settleAsync(async () => {
    const res = [];
    for await (const entry of new G.Glob(pattern, options).glob()) res.push(entry);
    return res;
  }, callback);
}

function globSync(pattern, options) {
  const G = lazyGlob();
  return new G.Glob(pattern, options).globSync();
}

let dirMod;
function lazyDir() {
  return dirMod ??= require('internal/fs/dir')(internals, module.exports);
}

// ---------------------------------------------------------------- Stats (deprecated constructor)
function Stats(...args) {
  deprecateOnce('DEP0180', 'fs.Stats constructor is deprecated.');
  if (new.target) return Reflect.construct(StatsImpl, args, new.target);
  return Reflect.apply(StatsImpl, this, args);
}
Stats.prototype = StatsImpl.prototype;
Object.setPrototypeOf(Stats, StatsImpl);

// ---------------------------------------------------------------- internals for sibling modules
// (internal/fs/promises, streams, dir, rimraf, cp and glob take these instead of internalBinding)
const internals = {
  sys,
  sysAsync,
  abs,
  absPrefix,
  nowMs,
  readBytesAsync,
  writeBytesAsync,
  readAllFdAsync,
  readFileError,
  realpathWalkError,
  chownAsyncImpl,
  fchownAsyncImpl,
  copyFileAsyncImpl,
  encodeResult,
  decodeBytes,
  firstCreated,
  stringWriteEncoding,
  mkdtempResult,
  shapeEntries,
  readdirRecursiveAsync,
  isDirFollowAsync,
  fastWriteFlags,
  dataBytes,
  positionArg,
  intoBuffer,
  scatter,
  gather,
  totalLength,
  asBytes,
  watchUnsupported,
};

let promises;
let ReadStream;
let WriteStream;
let FileReadStream;
let FileWriteStream;

function lazyLoadStreams() {
  if (!ReadStream) {
    ({ ReadStream, WriteStream } = lazyStreams());
    FileReadStream = ReadStream;
    FileWriteStream = WriteStream;
  }
}

module.exports = {
  appendFile,
  appendFileSync,
  access,
  accessSync,
  chown,
  chownSync,
  chmod,
  chmodSync,
  close,
  closeSync,
  copyFile,
  copyFileSync,
  cp,
  cpSync,
  createReadStream,
  createWriteStream,
  exists,
  existsSync,
  fchown,
  fchownSync,
  fchmod,
  fchmodSync,
  fdatasync,
  fdatasyncSync,
  fstat,
  fstatSync,
  fsync,
  fsyncSync,
  ftruncate,
  ftruncateSync,
  futimes,
  futimesSync,
  glob,
  globSync,
  lchown,
  lchownSync,
  lchmod: undefined,
  lchmodSync: undefined,
  link,
  linkSync,
  lstat,
  lstatSync,
  lutimes,
  lutimesSync,
  mkdir,
  mkdirSync,
  mkdtemp,
  mkdtempSync,
  open,
  openSync,
  openAsBlob,
  readdir,
  readdirSync,
  read,
  readSync,
  readv,
  readvSync,
  readFile,
  readFileSync,
  readlink,
  readlinkSync,
  realpath,
  realpathSync,
  rename,
  renameSync,
  rm,
  rmSync,
  rmdir,
  rmdirSync,
  stat,
  statfs,
  statSync,
  statfsSync,
  symlink,
  symlinkSync,
  truncate,
  truncateSync,
  unwatchFile,
  unlink,
  unlinkSync,
  utimes,
  utimesSync,
  watch,
  watchFile,
  writeFile,
  writeFileSync,
  write,
  writeSync,
  writev,
  writevSync,
  Dirent,
  Stats,

  get ReadStream() {
    lazyLoadStreams();
    return ReadStream;
  },
  set ReadStream(val) {
    ReadStream = val;
  },
  get WriteStream() {
    lazyLoadStreams();
    return WriteStream;
  },
  set WriteStream(val) {
    WriteStream = val;
  },
  get FileReadStream() {
    lazyLoadStreams();
    return FileReadStream;
  },
  set FileReadStream(val) {
    FileReadStream = val;
  },
  get FileWriteStream() {
    lazyLoadStreams();
    return FileWriteStream;
  },
  set FileWriteStream(val) {
    FileWriteStream = val;
  },

  _toUnixTimestamp: (time, name) => U.toUnixTimestamp(time, name, nowMs),
};

// Dir, opendir and opendirSync load on first use (enumerable, like node's lazy properties).
for (const name of ['Dir', 'opendir', 'opendirSync']) {
  let value;
  Object.defineProperty(module.exports, name, {
    __proto__: null,
    enumerable: true,
    configurable: true,
    get() {
      return value ??= lazyDir()[name];
    },
    set(v) {
      value = v;
    },
  });
}

Object.defineProperties(module.exports, {
  F_OK: { __proto__: null, enumerable: true, value: F_OK },
  R_OK: { __proto__: null, enumerable: true, value: R_OK },
  W_OK: { __proto__: null, enumerable: true, value: W_OK },
  X_OK: { __proto__: null, enumerable: true, value: X_OK },
  constants: { __proto__: null, configurable: false, enumerable: true, value: constants },
  promises: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      promises ??= lazyPromisesMod().exports;
      return promises;
    },
  },
});

internals.lazyDir = lazyDir;
internals.lazyCp = lazyCp;
internals.lazyRimraf = lazyRimraf;
internals.lazyGlob = lazyGlob;
internals.lazyStreams = lazyStreams;
internals.lazyPromisesMod = lazyPromisesMod;
