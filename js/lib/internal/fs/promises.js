'use strict';
// fs.promises and fs.promises.FileHandle over the async fs.* syscalls.

const { Buffer } = require('buffer');
const EventEmitter = require('events');
const pathModule = require('path');
const {
  codes: {
    ERR_FS_FILE_TOO_LARGE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_STATE,
    ERR_METHOD_NOT_IMPLEMENTED,
  },
  AbortError,
  aggregateTwoErrors,
  parseFileMode,
  validateAbortSignal,
  validateBoolean,
  validateBuffer,
  validateInteger,
  validateObject,
  kValidateObjectAllowNullable,
} = require('internal/errors');
const U = require('internal/fs/utils');
const {
  constants,
  kIoMaxLength,
  kMaxUserId,
  kEmptyObject,
  statsFromKernel,
  statFsFromKernel,
  getOptions,
  copyObject,
  getValidatedPath,
  pathString,
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
} = U;

const kHandle = Symbol('kHandle');
const kFd = Symbol('kFd');
const kRefs = Symbol('kRefs');
const kClosePromise = Symbol('kClosePromise');
const kCloseResolve = Symbol('kCloseResolve');
const kCloseReject = Symbol('kCloseReject');
const kRef = Symbol('kRef');
const kUnref = Symbol('kUnref');
const kLocked = Symbol('kLocked');
const kAsyncDispose = Symbol.asyncDispose || Symbol.for('nodejs.asyncDispose');

module.exports = function createPromises(internals, fs) {
  const {
    sysAsync,
    abs,
    absPrefix,
    nowMs,
    readFileError,
    encodeResult,
    decodeBytes,
    mkdtempResult,
    shapeEntries,
    fastWriteFlags,
    positionArg,
    intoBuffer,
    scatter,
    gather,
    totalLength,
    asBytes,
    watchUnsupported,
  } = internals;

  function P(path, name = 'path') {
    return pathString(getValidatedPath(path, name));
  }

  // The fd of an open file, closed once.
  class FdHandle {
    constructor(fd) {
      this.fd = fd;
    }

    close() {
      const fd = this.fd;
      this.fd = -1;
      return sysAsync('fs.close', { fd }).then(() => undefined);
    }
  }

  class FileHandle extends EventEmitter {
    constructor(filehandle) {
      super();
      this[kHandle] = filehandle;
      this[kFd] = filehandle ? filehandle.fd : -1;
      this[kRefs] = 1;
      this[kClosePromise] = null;
    }

    getAsyncId() {
      return -1;
    }

    get fd() {
      return this[kFd];
    }

    appendFile(data, options) {
      return fsCall(writeFile, this, data, options);
    }

    chmod(mode) {
      return fsCall(fchmod, this, mode);
    }

    chown(uid, gid) {
      return fsCall(fchown, this, uid, gid);
    }

    datasync() {
      return fsCall(fdatasync, this);
    }

    sync() {
      return fsCall(fsync, this);
    }

    read(buffer, offset, length, position) {
      return fsCall(read, this, buffer, offset, length, position);
    }

    readv(buffers, position) {
      return fsCall(readv, this, buffers, position);
    }

    readFile(options) {
      return fsCall(readFile, this, options);
    }

    readLines(options = undefined) {
      return makeLineReader(this.createReadStream(options));
    }

    stat(options) {
      return fsCall(fstat, this, options);
    }

    truncate(len = 0) {
      return fsCall(ftruncate, this, len);
    }

    utimes(atime, mtime) {
      return fsCall(futimes, this, atime, mtime);
    }

    write(buffer, offset, length, position) {
      return fsCall(write, this, buffer, offset, length, position);
    }

    writev(buffers, position) {
      return fsCall(writev, this, buffers, position);
    }

    writeFile(data, options) {
      return fsCall(writeFile, this, data, options);
    }

    close = () => {
      if (this[kFd] === -1) return Promise.resolve();
      if (this[kClosePromise]) return this[kClosePromise];
      this[kRefs]--;
      if (this[kRefs] === 0) {
        this[kFd] = -1;
        this[kClosePromise] = this[kHandle].close().finally(() => {
          this[kClosePromise] = undefined;
        });
      } else {
        this[kClosePromise] = new Promise((resolve, reject) => {
          this[kCloseResolve] = resolve;
          this[kCloseReject] = reject;
        }).finally(() => {
          this[kClosePromise] = undefined;
          this[kCloseReject] = undefined;
          this[kCloseResolve] = undefined;
        });
      }
      this.emit('close');
      return this[kClosePromise];
    };

    async [kAsyncDispose]() {
      await this.close();
    }

    readableWebStream(options = kEmptyObject) {
      if (this[kFd] === -1) throw new ERR_INVALID_STATE('The FileHandle is closed');
      if (this[kClosePromise]) throw new ERR_INVALID_STATE('The FileHandle is closing');
      if (this[kLocked]) throw new ERR_INVALID_STATE('The FileHandle is locked');
      this[kLocked] = true;
      validateObject(options, 'options');
      const { autoClose = false } = options;
      validateBoolean(autoClose, 'options.autoClose');
      const handle = this;
      const ondone = async () => {
        handle[kUnref]();
        if (autoClose) await handle.close();
      };
      const { ReadableStream } = require('stream/web');
      this[kRef]();
      return new ReadableStream({
        type: 'bytes',
        async pull(controller) {
          const { bytesRead, buffer } = await handle.read(Buffer.alloc(16384), 0, 16384, null);
          if (bytesRead === 0) {
            controller.close();
            await ondone();
            return;
          }
          controller.enqueue(new Uint8Array(buffer.buffer, buffer.byteOffset, bytesRead));
        },
        async cancel() {
          await ondone();
        },
      });
    }

    createReadStream(options = undefined) {
      const { ReadStream } = internals.lazyStreams();
      return new ReadStream(undefined, { ...options, fd: this });
    }

    createWriteStream(options = undefined) {
      const { WriteStream } = internals.lazyStreams();
      return new WriteStream(undefined, { ...options, fd: this });
    }

    [kRef]() {
      this[kRefs]++;
    }

    [kUnref]() {
      this[kRefs]--;
      if (this[kRefs] === 0) {
        this[kFd] = -1;
        this[kHandle].close().then(this[kCloseResolve], this[kCloseReject]);
      }
    }
  }

  async function fsCall(fn, handle, ...args) {
    if (handle[kRefs] === undefined) {
      throw new TypeError('handle must be an instance of FileHandle');
    }
    if (handle.fd === -1) {
      const err = new Error('file closed');
      err.code = 'EBADF';
      err.syscall = fn.name;
      throw err;
    }
    try {
      handle[kRef]();
      return await fn(handle, ...args);
    } finally {
      handle[kUnref]();
    }
  }

  function checkAborted(signal) {
    if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
  }

  async function handleFdClose(fileOpPromise, closeFunc) {
    return fileOpPromise.then(
      (result) => closeFunc().then(() => result),
      (opError) => closeFunc().then(
        () => Promise.reject(opError),
        (closeError) => Promise.reject(aggregateTwoErrors(closeError, opError))));
  }

  function isCustomIterable(obj) {
    return obj != null && typeof obj !== 'string' && !ArrayBuffer.isView(obj) &&
      (typeof obj[Symbol.iterator] === 'function' || typeof obj[Symbol.asyncIterator] === 'function');
  }

  // ---------------------------------------------------------------- FileHandle operations
  async function writeFileHandle(filehandle, data, signal, encoding) {
    checkAborted(signal);
    if (isCustomIterable(data)) {
      for await (const buf of data) {
        checkAborted(signal);
        const toWrite = ArrayBuffer.isView(buf) ? buf : Buffer.from(buf, encoding || 'utf8');
        let remaining = toWrite.byteLength;
        while (remaining > 0) {
          const { bytesWritten } = await write(filehandle, toWrite, toWrite.byteLength - remaining, remaining);
          remaining -= bytesWritten;
          checkAborted(signal);
        }
      }
      return;
    }
    let bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    while (bytes.length > 0) {
      checkAborted(signal);
      const n = await internals.writeBytesAsync(filehandle.fd, bytes, null);
      if (n <= 0) break;
      bytes = bytes.subarray(n);
    }
  }

  async function readFileHandle(filehandle, options) {
    const signal = options?.signal;
    const encoding = options?.encoding;
    checkAborted(signal);
    const st = await sysAsync('fs.fstat', { fd: filehandle.fd });
    checkAborted(signal);
    const size = st.kind === 'file' ? st.size : 0;
    if (size > kIoMaxLength) throw new ERR_FS_FILE_TOO_LARGE(size);
    const bytes = await internals.readAllFdAsync(filehandle.fd, signal);
    return decodeBytes(bytes, encoding);
  }

  // ---------------------------------------------------------------- fd-level functions
  async function read(handle, bufferOrParams, offset, length, position) {
    let buffer = bufferOrParams;
    if (!ArrayBuffer.isView(buffer)) {
      if (bufferOrParams !== undefined) validateObject(bufferOrParams, 'options', kValidateObjectAllowNullable);
      ({
        buffer = Buffer.alloc(16384),
        offset = 0,
        length = buffer.byteLength - offset,
        position = null,
      } = bufferOrParams ?? kEmptyObject);
      validateBuffer(buffer);
    }
    if (offset !== null && typeof offset === 'object') {
      ({
        offset = 0,
        length = buffer.byteLength - offset,
        position = null,
      } = offset);
    }
    if (offset == null) offset = 0;
    else validateInteger(offset, 'offset', 0);
    length ??= buffer.byteLength - offset;
    if (length === 0) return { __proto__: null, bytesRead: length, buffer };
    if (buffer.byteLength === 0) {
      throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
    }
    validateOffsetLengthRead(offset, length, buffer.byteLength);
    if (position == null) position = -1;
    else validatePosition(position, 'position', length);
    const bytes = await internals.readBytesAsync(handle.fd, length, positionArg(position));
    const bytesRead = intoBuffer(buffer, offset, bytes);
    return { __proto__: null, bytesRead, buffer };
  }

  async function readv(handle, buffers, position) {
    validateBufferArray(buffers);
    if (typeof position !== 'number') position = null;
    const bytes = await internals.readBytesAsync(handle.fd, totalLength(buffers), positionArg(position));
    return { __proto__: null, bytesRead: scatter(buffers, bytes), buffers };
  }

  async function write(handle, buffer, offsetOrOptions, length, position) {
    if (buffer?.byteLength === 0) return { __proto__: null, bytesWritten: 0, buffer };
    let offset = offsetOrOptions;
    if (ArrayBuffer.isView(buffer)) {
      if (typeof offset === 'object') {
        ({
          offset = 0,
          length = buffer.byteLength - offset,
          position = null,
        } = offsetOrOptions ?? kEmptyObject);
      }
      if (offset == null) offset = 0;
      else validateInteger(offset, 'offset', 0);
      if (typeof length !== 'number') length = buffer.byteLength - offset;
      if (typeof position !== 'number') position = null;
      validateOffsetLengthWrite(offset, length, buffer.byteLength);
      const bytesWritten = await internals.writeBytesAsync(handle.fd, asBytes(buffer, offset, length), positionArg(position));
      return { __proto__: null, bytesWritten, buffer };
    }
    validateStringAfterArrayBufferView(buffer, 'buffer');
    validateEncoding(buffer, length);
    const bytes = Buffer.from(buffer, internals.stringWriteEncoding(length));
    const bytesWritten = await internals.writeBytesAsync(handle.fd, bytes, positionArg(typeof offset === 'number' ? offset : null));
    return { __proto__: null, bytesWritten, buffer };
  }

  async function writev(handle, buffers, position) {
    validateBufferArray(buffers);
    if (typeof position !== 'number') position = null;
    if (buffers.length === 0) return { __proto__: null, bytesWritten: 0, buffers };
    const bytesWritten = await internals.writeBytesAsync(handle.fd, gather(buffers), positionArg(position));
    return { __proto__: null, bytesWritten, buffers };
  }

  async function ftruncate(handle, len = 0) {
    validateInteger(len, 'len');
    len = Math.max(0, len);
    await sysAsync('fs.ftruncate', { fd: handle.fd, len });
  }

  async function fdatasync(handle) {
    await sysAsync('fs.fsync', { fd: handle.fd, datasync: true });
  }

  async function fsync(handle) {
    await sysAsync('fs.fsync', { fd: handle.fd });
  }

  async function fstat(handle, options = { bigint: false }) {
    const s = await sysAsync('fs.fstat', { fd: handle.fd });
    return statsFromKernel(s, !!options?.bigint);
  }

  async function fchmod(handle, mode) {
    mode = parseFileMode(mode, 'mode');
    await sysAsync('fs.fchmod', { fd: handle.fd, mode });
  }

  async function fchown(handle, uid, gid) {
    validateInteger(uid, 'uid', -1, kMaxUserId);
    validateInteger(gid, 'gid', -1, kMaxUserId);
    await internals.fchownAsyncImpl(handle.fd, uid, gid);
  }

  async function futimes(handle, atime, mtime) {
    const a = U.toUnixTimestamp(atime, 'atime', nowMs) * 1000;
    const m = U.toUnixTimestamp(mtime, 'mtime', nowMs) * 1000;
    await sysAsync('fs.futimes', { fd: handle.fd, atime_ms: a, mtime_ms: m });
  }

  // ---------------------------------------------------------------- path functions
  async function access(path, mode = constants.F_OK) {
    const p = P(path);
    mode = getValidMode(mode, 'access');
    await sysAsync('fs.access', { path: abs(p), mode }, p);
  }

  async function cp(src, dest, options) {
    options = validateCpOptions(options);
    const s = P(src, 'src');
    const d = P(dest, 'dest');
    return internals.lazyCp().cpAsync(s, d, options);
  }

  async function copyFile(src, dest, mode) {
    const s = P(src, 'src');
    const d = P(dest, 'dest');
    mode = getValidMode(mode, 'copyFile');
    await internals.copyFileAsyncImpl(s, d, mode);
  }

  async function open(path, flags, mode) {
    const p = P(path);
    const flagsNumber = stringToFlags(flags);
    mode = parseFileMode(mode, 'mode', 0o666);
    const fd = await sysAsync('fs.open', { path: abs(p), flags: flagsNumber, mode }, p);
    return new FileHandle(new FdHandle(fd));
  }

  async function rename(oldPath, newPath) {
    const from = P(oldPath, 'oldPath');
    const to = P(newPath, 'newPath');
    await sysAsync('fs.rename', { from: abs(from), to: abs(to) }, from, to);
  }

  async function truncate(path, len = 0) {
    const fh = await open(path, 'r+');
    return handleFdClose(ftruncate(fh, len), fh.close);
  }

  async function rm(path, options) {
    const p = P(path);
    options = validateRmdirOptions(options, defaultRmOptions);
    validateBoolean(options.force, 'options.force');
    let st;
    try {
      st = await sysAsync('fs.stat', { path: abs(p), follow: false }, p);
    } catch (e) {
      if (!(options.force && e.code === 'ENOENT')) throw e;
    }
    if (st && st.kind === 'dir' && !options.recursive) throw rmIsDirError(p);
    return internals.lazyRimraf().rimrafPromises(p, options);
  }

  async function rmdir(path, options) {
    const p = P(path);
    options = validateRmdirOptions(options);
    if (options.recursive) {
      emitRecursiveRmdirWarning();
      const st = await sysAsync('fs.stat', { path: abs(p) }, p);
      if (st.kind === 'dir') {
        return internals.lazyRimraf().rimrafPromises(p, options);
      }
    }
    await sysAsync('fs.rmdir', { path: abs(p) }, p);
  }

  async function mkdir(path, options) {
    if (typeof options === 'number' || typeof options === 'string') options = { mode: options };
    const { recursive = false, mode = 0o777 } = options || kEmptyObject;
    const p = P(path);
    validateBoolean(recursive, 'options.recursive');
    const m = parseFileMode(mode, 'mode', 0o777);
    const a = abs(p);
    const first = await sysAsync('fs.mkdir', { path: a, recursive, mode: m }, p);
    return recursive ? internals.firstCreated(p, a, first) : undefined;
  }

  // Depth-first with a stack, as node's promise readdir({ recursive: true }).
  async function readdirRecursive(originalPath, options) {
    const result = [];
    const list = (dir) => sysAsync('fs.readdir', { path: abs(dir) }, dir);
    const queue = [[originalPath, await list(originalPath)]];
    if (options.withFileTypes) {
      while (queue.length > 0) {
        const [path, entries] = queue.pop();
        const dirents = shapeEntries(entries, path, { withFileTypes: true, encoding: options.encoding });
        for (const dirent of dirents) {
          result.push(dirent);
          if (dirent.isDirectory()) {
            const direntPath = pathModule.join(path, dirent.name);
            queue.push([direntPath, await list(direntPath)]);
          }
        }
      }
    } else {
      while (queue.length > 0) {
        const [path, entries] = queue.pop();
        for (const e of entries) {
          const direntPath = pathModule.join(path, e.name);
          result.push(pathModule.relative(originalPath, direntPath));
          if (await internals.isDirFollowAsync(direntPath, e.kind)) {
            queue.push([direntPath, await list(direntPath)]);
          }
        }
      }
    }
    return result;
  }

  async function readdir(path, options) {
    options = getOptions(options);
    options = copyObject(options);
    const v = getValidatedPath(path);
    const p = pathString(v);
    if (options.recursive) return readdirRecursive(p, options);
    const entries = await sysAsync('fs.readdir', { path: abs(p) }, p);
    return shapeEntries(entries, v, options);
  }

  async function readlink(path, options) {
    options = getOptions(options);
    const p = P(path, 'oldPath');
    return encodeResult(await sysAsync('fs.readlink', { path: abs(p) }, p), options.encoding);
  }

  async function symlink(target, path, type_) {
    const type = (typeof type_ === 'string' ? type_ : null);
    const t = P(target, 'target');
    const p = P(path);
    stringToSymlinkType(type);
    await sysAsync('fs.symlink', { target: t, path: abs(p) }, t, p);
  }

  async function lstat(path, options = { bigint: false }) {
    const p = P(path);
    const s = await sysAsync('fs.stat', { path: abs(p), follow: false }, p);
    return statsFromKernel(s, !!options?.bigint);
  }

  async function stat(path, options = { bigint: false }) {
    const p = P(path);
    const s = await sysAsync('fs.stat', { path: abs(p) }, p);
    return statsFromKernel(s, !!options?.bigint);
  }

  async function statfs(path, options = { bigint: false }) {
    const p = P(path);
    const s = await sysAsync('fs.statfs', { path: abs(p) }, p);
    return statFsFromKernel(s, !!options?.bigint);
  }

  async function link(existingPath, newPath) {
    const a = P(existingPath, 'existingPath');
    const b = P(newPath, 'newPath');
    await sysAsync('fs.link', { existing: abs(a), new: abs(b) }, a, b);
  }

  async function unlink(path) {
    const p = P(path);
    await sysAsync('fs.unlink', { path: abs(p) }, p);
  }

  async function chmod(path, mode) {
    const p = P(path);
    mode = parseFileMode(mode, 'mode');
    await sysAsync('fs.chmod', { path: abs(p), mode }, p);
  }

  async function lchmod(path, mode) {
    throw new ERR_METHOD_NOT_IMPLEMENTED('lchmod()');
  }

  async function lchown(path, uid, gid) {
    const p = P(path);
    validateInteger(uid, 'uid', -1, kMaxUserId);
    validateInteger(gid, 'gid', -1, kMaxUserId);
    await internals.chownAsyncImpl(p, uid, gid, false);
  }

  async function chown(path, uid, gid) {
    const p = P(path);
    validateInteger(uid, 'uid', -1, kMaxUserId);
    validateInteger(gid, 'gid', -1, kMaxUserId);
    await internals.chownAsyncImpl(p, uid, gid, true);
  }

  async function utimes(path, atime, mtime) {
    const p = P(path);
    const a = U.toUnixTimestamp(atime, 'time', nowMs) * 1000;
    const m = U.toUnixTimestamp(mtime, 'time', nowMs) * 1000;
    await sysAsync('fs.utimes', { path: abs(p), atime_ms: a, mtime_ms: m }, p);
  }

  async function lutimes(path, atime, mtime) {
    const p = P(path);
    const a = U.toUnixTimestamp(atime, 'time', nowMs) * 1000;
    const m = U.toUnixTimestamp(mtime, 'time', nowMs) * 1000;
    await sysAsync('fs.utimes', { path: abs(p), atime_ms: a, mtime_ms: m, follow: false }, p);
  }

  async function realpath(path, options) {
    options = getOptions(options);
    const p = P(path);
    return encodeResult(await sysAsync('fs.realpath', { path: abs(p) }, p), options.encoding);
  }

  async function mkdtemp(prefix, options) {
    options = getOptions(options);
    const v = getValidatedPath(prefix, 'prefix');
    warnOnNonPortableTemplate(v);
    const p = pathString(v);
    const created = await sysAsync('fs.mkdtemp', { prefix: absPrefix(p) }, p + 'XXXXXX');
    return mkdtempResult(p, created, options.encoding);
  }

  async function writeFile(path, data, options) {
    options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w', flush: false });
    const flag = options.flag || 'w';
    const flush = options.flush ?? false;
    validateBoolean(flush, 'options.flush');
    if (!ArrayBuffer.isView(data) && !isCustomIterable(data)) {
      validateStringAfterArrayBufferView(data, 'data');
      data = Buffer.from(data, options.encoding || 'utf8');
    }
    validateAbortSignal(options.signal);
    if (path instanceof FileHandle) return writeFileHandle(path, data, options.signal, options.encoding);
    checkAborted(options.signal);

    const p = P(path);
    const flags = stringToFlags(flag);
    const mode = parseFileMode(options.mode, 'mode', 0o666);
    const fast = fastWriteFlags(flags, mode);
    if (fast && !options.signal && ArrayBuffer.isView(data)) {
      const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
      await sysAsync('fs.write_file', { path: abs(p), data: bytes, append: fast.append, exclusive: fast.exclusive }, p);
      return;
    }
    const fd = await sysAsync('fs.open', { path: abs(p), flags, mode }, p);
    const fh = new FileHandle(new FdHandle(fd));
    let writeOp = writeFileHandle(fh, data, options.signal, options.encoding);
    if (flush) writeOp = writeOp.then((r) => fh.sync().then(() => r));
    return handleFdClose(writeOp, fh.close);
  }

  async function appendFile(path, data, options) {
    options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
    options = copyObject(options);
    options.flag ||= 'a';
    return writeFile(path, data, options);
  }

  async function readFile(path, options) {
    options = getOptions(options, { flag: 'r' });
    const flag = options.flag || 'r';
    if (path instanceof FileHandle) return readFileHandle(path, options);
    checkAborted(options.signal);
    const p = P(path);
    const flags = stringToFlags(flag);
    if ((flags & 3) === constants.O_RDONLY && (flags & (constants.O_CREAT | constants.O_TRUNC)) === 0) {
      let bytes;
      try {
        bytes = await sysAsync('fs.read_file', { path: abs(p) }, p);
      } catch (e) {
        throw readFileError(e);
      }
      checkAborted(options.signal);
      return decodeBytes(bytes, options.encoding);
    }
    const fd = await sysAsync('fs.open', { path: abs(p), flags, mode: 0o666 }, p);
    const fh = new FileHandle(new FdHandle(fd));
    return handleFdClose(readFileHandle(fh, options), fh.close);
  }

  function watch(filename, options) {
    return require('internal/fs_watch').promisesWatch(filename, options);
  }

  async function* glob(pattern, options) {
    const G = internals.lazyGlob();
    yield* new G.Glob(pattern, options).glob();
  }

  function opendir(path, options) {
    return internals.lazyDir().opendirPromise(path, options);
  }

  // ---------------------------------------------------------------- readLines
  // A small readline.Interface stand-in: 'line' and 'close' events and async iteration.
  function makeLineReader(input) {
    let readlineMod;
    try {
      readlineMod = require('readline');
    } catch {
      readlineMod = null;
    }
    if (readlineMod && typeof readlineMod.createInterface === 'function') {
      return readlineMod.createInterface({ input, crlfDelay: Infinity });
    }
    const { StringDecoder } = require('string_decoder');
    const rl = new EventEmitter();
    const decoder = new StringDecoder('utf8');
    let pending = '';
    let closed = false;
    const lines = [];
    const waiters = [];
    const emitLine = (line) => {
      if (waiters.length) waiters.shift().resolve({ value: line, done: false });
      else if (rl.listenerCount('line') === 0) lines.push(line);
      rl.emit('line', line);
    };
    const onData = (chunk) => {
      pending += typeof chunk === 'string' ? chunk : decoder.write(chunk);
      let idx;
      while ((idx = pending.search(/\r\n|\n|\r/)) !== -1) {
        if (pending[idx] === '\r' && idx === pending.length - 1) break;
        const line = pending.slice(0, idx);
        pending = pending.slice(idx + (pending.startsWith('\r\n', idx) ? 2 : 1));
        emitLine(line);
      }
    };
    const finish = () => {
      if (closed) return;
      pending += decoder.end();
      if (pending.endsWith('\r')) pending = pending.slice(0, -1);
      if (pending.length > 0) emitLine(pending);
      pending = '';
      closed = true;
      while (waiters.length) waiters.shift().resolve({ value: undefined, done: true });
      rl.emit('close');
    };
    input.on('data', onData);
    input.on('end', finish);
    input.on('error', (err) => {
      while (waiters.length) waiters.shift().reject(err);
      rl.emit('error', err);
    });
    rl.close = () => {
      if (typeof input.destroy === 'function') input.destroy();
      finish();
    };
    rl[Symbol.asyncIterator] = () => ({
      next() {
        if (lines.length) return Promise.resolve({ value: lines.shift(), done: false });
        if (closed) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve, reject) => waiters.push({ resolve, reject }));
      },
      return() {
        rl.close();
        return Promise.resolve({ value: undefined, done: true });
      },
      [Symbol.asyncIterator]() { return this; },
    });
    return rl;
  }

  const exports = {
    access,
    copyFile,
    cp,
    glob,
    open,
    opendir,
    rename,
    truncate,
    rm,
    rmdir,
    mkdir,
    readdir,
    readlink,
    symlink,
    lstat,
    stat,
    statfs,
    link,
    unlink,
    chmod,
    lchmod,
    lchown,
    chown,
    utimes,
    lutimes,
    realpath,
    mkdtemp,
    writeFile,
    appendFile,
    readFile,
    watch,
    constants,
  };

  return { exports, FileHandle, kRef, kUnref };
};
