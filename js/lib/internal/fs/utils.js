'use strict';
// Shared pieces of the fs module that need no host access: constants, the Stats/Dirent/StatFs
// classes, open-flag parsing and Node's argument validators for fs calls.

const { Buffer } = require('buffer');
const pathModule = require('path');
const errors = require('internal/errors');
const {
  codes: {
    ERR_FS_EISDIR,
    ERR_FS_INVALID_SYMLINK_TYPE,
    ERR_INCOMPATIBLE_OPTION_PAIR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_OUT_OF_RANGE,
  },
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateInt32,
  validateInteger,
  validateObject,
  validateUint32,
  isInt32,
} = errors;

// ---------------------------------------------------------------- constants (Linux values)
const constants = {
  UV_FS_SYMLINK_DIR: 1,
  UV_FS_SYMLINK_JUNCTION: 2,
  O_RDONLY: 0,
  O_WRONLY: 1,
  O_RDWR: 2,
  UV_DIRENT_UNKNOWN: 0,
  UV_DIRENT_FILE: 1,
  UV_DIRENT_DIR: 2,
  UV_DIRENT_LINK: 3,
  UV_DIRENT_FIFO: 4,
  UV_DIRENT_SOCKET: 5,
  UV_DIRENT_CHAR: 6,
  UV_DIRENT_BLOCK: 7,
  S_IFMT: 0o170000,
  S_IFREG: 0o100000,
  S_IFDIR: 0o040000,
  S_IFCHR: 0o020000,
  S_IFBLK: 0o060000,
  S_IFIFO: 0o010000,
  S_IFLNK: 0o120000,
  S_IFSOCK: 0o140000,
  O_CREAT: 0o100,
  O_EXCL: 0o200,
  UV_FS_O_FILEMAP: 0,
  O_NOCTTY: 0o400,
  O_TRUNC: 0o1000,
  O_APPEND: 0o2000,
  O_DIRECTORY: 0o200000,
  O_NOATIME: 0o1000000,
  O_NOFOLLOW: 0o400000,
  O_SYNC: 0o4010000,
  O_DSYNC: 0o10000,
  O_DIRECT: 0o40000,
  O_NONBLOCK: 0o4000,
  S_IRWXU: 0o700,
  S_IRUSR: 0o400,
  S_IWUSR: 0o200,
  S_IXUSR: 0o100,
  S_IRWXG: 0o70,
  S_IRGRP: 0o40,
  S_IWGRP: 0o20,
  S_IXGRP: 0o10,
  S_IRWXO: 0o7,
  S_IROTH: 0o4,
  S_IWOTH: 0o2,
  S_IXOTH: 0o1,
  F_OK: 0,
  R_OK: 4,
  W_OK: 2,
  X_OK: 1,
  UV_FS_COPYFILE_EXCL: 1,
  COPYFILE_EXCL: 1,
  UV_FS_COPYFILE_FICLONE: 2,
  COPYFILE_FICLONE: 2,
  UV_FS_COPYFILE_FICLONE_FORCE: 4,
  COPYFILE_FICLONE_FORCE: 4,
};


const {
  O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_TRUNC, O_APPEND, O_SYNC,
  S_IFMT, S_IFREG, S_IFDIR, S_IFCHR, S_IFBLK, S_IFIFO, S_IFLNK, S_IFSOCK,
  UV_DIRENT_FILE, UV_DIRENT_DIR, UV_DIRENT_LINK, UV_DIRENT_FIFO, UV_DIRENT_SOCKET,
  UV_DIRENT_CHAR, UV_DIRENT_BLOCK, UV_DIRENT_UNKNOWN,
} = constants;

const kIoMaxLength = 2 ** 31 - 1;
const kMaxUserId = 2 ** 32 - 1;
const kReadFileUnknownBufferLength = 64 * 1024;
const kReadFileBufferLength = 512 * 1024;
const kWriteFileMaxChunkSize = 512 * 1024;
const kEmptyObject = Object.freeze({ __proto__: null });
const EISDIR = 21;
const EEXIST = 17;
const EINVAL = 22;
const ENOTDIR = 20;

// ---------------------------------------------------------------- kinds
// The kernel names entry types; these are the numbers libuv and Node use.
function direntTypeOfKind(kind) {
  switch (kind) {
    case 'file': return UV_DIRENT_FILE;
    case 'dir': return UV_DIRENT_DIR;
    case 'symlink': return UV_DIRENT_LINK;
    case 'fifo': return UV_DIRENT_FIFO;
    case 'socket': return UV_DIRENT_SOCKET;
    case 'char': return UV_DIRENT_CHAR;
    case 'block': return UV_DIRENT_BLOCK;
    default: return UV_DIRENT_UNKNOWN;
  }
}

function modeBitsOfKind(kind) {
  switch (kind) {
    case 'dir': return S_IFDIR;
    case 'symlink': return S_IFLNK;
    case 'fifo': return S_IFIFO;
    case 'socket': return S_IFSOCK;
    case 'char': return S_IFCHR;
    case 'block': return S_IFBLK;
    default: return S_IFREG;
  }
}

// ---------------------------------------------------------------- Dirent
const kType = Symbol('type');

class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this.path = path;
    this[kType] = type;
  }

  isDirectory() { return this[kType] === UV_DIRENT_DIR; }
  isFile() { return this[kType] === UV_DIRENT_FILE; }
  isBlockDevice() { return this[kType] === UV_DIRENT_BLOCK; }
  isCharacterDevice() { return this[kType] === UV_DIRENT_CHAR; }
  isSymbolicLink() { return this[kType] === UV_DIRENT_LINK; }
  isFIFO() { return this[kType] === UV_DIRENT_FIFO; }
  isSocket() { return this[kType] === UV_DIRENT_SOCKET; }
}

// ---------------------------------------------------------------- Stats
function StatsBase(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks) {
  this.dev = dev;
  this.mode = mode;
  this.nlink = nlink;
  this.uid = uid;
  this.gid = gid;
  this.rdev = rdev;
  this.blksize = blksize;
  this.ino = ino;
  this.size = size;
  this.blocks = blocks;
}

StatsBase.prototype.isDirectory = function() { return this._checkModeProperty(S_IFDIR); };
StatsBase.prototype.isFile = function() { return this._checkModeProperty(S_IFREG); };
StatsBase.prototype.isBlockDevice = function() { return this._checkModeProperty(S_IFBLK); };
StatsBase.prototype.isCharacterDevice = function() { return this._checkModeProperty(S_IFCHR); };
StatsBase.prototype.isSymbolicLink = function() { return this._checkModeProperty(S_IFLNK); };
StatsBase.prototype.isFIFO = function() { return this._checkModeProperty(S_IFIFO); };
StatsBase.prototype.isSocket = function() { return this._checkModeProperty(S_IFSOCK); };

function dateFromMs(ms) {
  return new Date(Math.round(Number(ms)));
}

function lazyDateField(name) {
  const msName = name + 'Ms';
  return {
    __proto__: null,
    enumerable: true,
    configurable: true,
    get() {
      const value = dateFromMs(this[msName]);
      Object.defineProperty(this, name, { __proto__: null, value, writable: true });
      return value;
    },
    set(value) {
      Object.defineProperty(this, name, { __proto__: null, value, writable: true });
    },
  };
}

const lazyDateFields = {
  __proto__: null,
  atime: lazyDateField('atime'),
  mtime: lazyDateField('mtime'),
  ctime: lazyDateField('ctime'),
  birthtime: lazyDateField('birthtime'),
};

function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
               atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
  StatsBase.call(this, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
  this.atimeMs = atimeMs;
  this.mtimeMs = mtimeMs;
  this.ctimeMs = ctimeMs;
  this.birthtimeMs = birthtimeMs;
}
Object.setPrototypeOf(Stats.prototype, StatsBase.prototype);
Object.setPrototypeOf(Stats, StatsBase);
Object.defineProperties(Stats.prototype, lazyDateFields);
Stats.prototype._checkModeProperty = function(property) {
  return (this.mode & S_IFMT) === property;
};

function BigIntStats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
                     atimeNs, mtimeNs, ctimeNs, birthtimeNs) {
  StatsBase.call(this, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
  this.atimeMs = atimeNs / 1000000n;
  this.mtimeMs = mtimeNs / 1000000n;
  this.ctimeMs = ctimeNs / 1000000n;
  this.birthtimeMs = birthtimeNs / 1000000n;
  this.atimeNs = atimeNs;
  this.mtimeNs = mtimeNs;
  this.ctimeNs = ctimeNs;
  this.birthtimeNs = birthtimeNs;
}
Object.setPrototypeOf(BigIntStats.prototype, StatsBase.prototype);
Object.setPrototypeOf(BigIntStats, StatsBase);
Object.defineProperties(BigIntStats.prototype, lazyDateFields);
BigIntStats.prototype._checkModeProperty = function(property) {
  return (this.mode & BigInt(S_IFMT)) === BigInt(property);
};

function nsFromMs(ms) {
  const whole = Math.floor(ms);
  return BigInt(whole) * 1000000n + BigInt(Math.round((ms - whole) * 1e6));
}

// A kernel stat record → Stats (or BigIntStats).
function statsFromKernel(s, bigint) {
  const mode = (s.mode & ~S_IFMT) | modeBitsOfKind(s.kind);
  const size = s.size;
  const blocks = Math.ceil(size / 4096) * 8;
  if (bigint) {
    return new BigIntStats(
      BigInt(s.dev ?? 1), BigInt(mode), BigInt(s.nlink), BigInt(s.uid), BigInt(s.gid), 0n, 4096n,
      BigInt(s.ino), BigInt(size), BigInt(blocks),
      nsFromMs(s.atime_ms), nsFromMs(s.mtime_ms), nsFromMs(s.ctime_ms), nsFromMs(s.birthtime_ms));
  }
  return new Stats(s.dev ?? 1, mode, s.nlink, s.uid, s.gid, 0, 4096, s.ino, size, blocks,
                   s.atime_ms, s.mtime_ms, s.ctime_ms, s.birthtime_ms);
}

class StatFs {
  constructor(type, bsize, blocks, bfree, bavail, files, ffree) {
    this.type = type;
    this.bsize = bsize;
    this.blocks = blocks;
    this.bfree = bfree;
    this.bavail = bavail;
    this.files = files;
    this.ffree = ffree;
  }
}

function statFsFromKernel(s, bigint) {
  const f = bigint ? BigInt : Number;
  return new StatFs(f(s.type), f(s.bsize), f(s.blocks), f(s.bfree), f(s.bavail), f(s.files), f(s.ffree));
}

// ---------------------------------------------------------------- options
function assertEncoding(encoding) {
  if (encoding && !Buffer.isEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding');
  }
}

function getOptions(options, defaultOptions = kEmptyObject) {
  if (options == null || typeof options === 'function') return defaultOptions;
  if (typeof options === 'string') {
    defaultOptions = { ...defaultOptions };
    defaultOptions.encoding = options;
    options = defaultOptions;
  } else if (typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  }
  if (options.encoding !== 'buffer') assertEncoding(options.encoding);
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  return options;
}

function copyObject(source) {
  const target = {};
  for (const key in source) target[key] = source[key];
  return target;
}

// ---------------------------------------------------------------- paths and fds
let urlModule;
function toPathIfFileURL(p) {
  if (p == null || typeof p !== 'object' || !p.href || !p.protocol ||
      p.auth !== undefined || p.path !== undefined) {
    return p;
  }
  urlModule ??= require('internal/url');
  return urlModule.fileURLToPath(p);
}

function validatePath(path, propName = 'path') {
  if (typeof path === 'string') {
    if (path.includes('\u0000')) {
      throw new ERR_INVALID_ARG_VALUE(propName, path, 'must be a string, Uint8Array, or URL without null bytes');
    }
    return;
  }
  if (!(path instanceof Uint8Array)) {
    throw new ERR_INVALID_ARG_TYPE(propName, ['string', 'Buffer', 'URL'], path);
  }
  if (path.includes(0)) {
    throw new ERR_INVALID_ARG_VALUE(propName, path, 'must be a string, Uint8Array, or URL without null bytes');
  }
}

// string | Buffer | URL → string | Uint8Array, validated.
function getValidatedPath(fileURLOrPath, propName = 'path') {
  const path = toPathIfFileURL(fileURLOrPath);
  validatePath(path, propName);
  return path;
}

// A validated path (string or bytes) as the string the kernel and error messages use.
function pathString(path) {
  if (typeof path === 'string') return path;
  return Buffer.from(path.buffer, path.byteOffset, path.byteLength).toString('utf8');
}

function getValidatedFd(fd, propName = 'fd') {
  if (Object.is(fd, -0)) return 0;
  validateInt32(fd, propName, 0);
  return fd;
}

const isFd = isInt32;

function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') {
    validateInt32(flags, name);
    return flags;
  }
  if (flags == null) return O_RDONLY;
  switch (flags) {
    case 'r': return O_RDONLY;
    case 'rs':
    case 'sr': return O_RDONLY | O_SYNC;
    case 'r+': return O_RDWR;
    case 'rs+':
    case 'sr+': return O_RDWR | O_SYNC;
    case 'w': return O_TRUNC | O_CREAT | O_WRONLY;
    case 'wx':
    case 'xw': return O_TRUNC | O_CREAT | O_WRONLY | O_EXCL;
    case 'w+': return O_TRUNC | O_CREAT | O_RDWR;
    case 'wx+':
    case 'xw+': return O_TRUNC | O_CREAT | O_RDWR | O_EXCL;
    case 'a': return O_APPEND | O_CREAT | O_WRONLY;
    case 'ax':
    case 'xa': return O_APPEND | O_CREAT | O_WRONLY | O_EXCL;
    case 'as':
    case 'sa': return O_APPEND | O_CREAT | O_WRONLY | O_SYNC;
    case 'a+': return O_APPEND | O_CREAT | O_RDWR;
    case 'ax+':
    case 'xa+': return O_APPEND | O_CREAT | O_RDWR | O_EXCL;
    case 'as+':
    case 'sa+': return O_APPEND | O_CREAT | O_RDWR | O_SYNC;
  }
  throw new ERR_INVALID_ARG_VALUE('flags', flags);
}

function stringToSymlinkType(type) {
  if (typeof type === 'string') {
    switch (type) {
      case 'dir': return constants.UV_FS_SYMLINK_DIR;
      case 'junction': return constants.UV_FS_SYMLINK_JUNCTION;
      case 'file': return 0;
      default: throw new ERR_FS_INVALID_SYMLINK_TYPE(type);
    }
  }
  return 0;
}

// Date | number (seconds) | numeric string → seconds (fractional). Negative numbers mean "now",
// which the caller supplies (read through the clock syscall).
function toUnixTimestamp(time, name = 'time', now) {
  // eslint-disable-next-line eqeqeq
  if (typeof time === 'string' && +time == time) return +time;
  if (Number.isFinite(time)) {
    if (time < 0) return now() / 1000;
    return time;
  }
  if (time instanceof Date || Object.prototype.toString.call(time) === '[object Date]') {
    return Date.prototype.getTime.call(time) / 1000;
  }
  throw new ERR_INVALID_ARG_TYPE(name, ['Date', 'Time in seconds'], time);
}

// ---------------------------------------------------------------- read/write arguments
function validateOffsetLengthRead(offset, length, bufferLength) {
  if (offset < 0) throw new ERR_OUT_OF_RANGE('offset', '>= 0', offset);
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  if (offset + length > bufferLength) {
    throw new ERR_OUT_OF_RANGE('length', `<= ${bufferLength - offset}`, length);
  }
}

function validateOffsetLengthWrite(offset, length, byteLength) {
  if (offset > byteLength) throw new ERR_OUT_OF_RANGE('offset', `<= ${byteLength}`, offset);
  if (length > byteLength - offset) throw new ERR_OUT_OF_RANGE('length', `<= ${byteLength - offset}`, length);
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  validateInt32(length, 'length', 0);
}

function validatePosition(position, name, length) {
  if (typeof position === 'number') {
    validateInteger(position, name, -1);
  } else if (typeof position === 'bigint') {
    const maxPosition = 2n ** 63n - 1n - BigInt(length);
    if (!(position >= -1n && position <= maxPosition)) {
      throw new ERR_OUT_OF_RANGE(name, `>= -1 && <= ${maxPosition}`, position);
    }
  } else {
    throw new ERR_INVALID_ARG_TYPE(name, ['integer', 'bigint'], position);
  }
}

function validateBufferArray(buffers, propName = 'buffers') {
  if (!Array.isArray(buffers)) throw new ERR_INVALID_ARG_TYPE(propName, 'ArrayBufferView[]', buffers);
  for (let i = 0; i < buffers.length; i++) {
    if (!ArrayBuffer.isView(buffers[i])) throw new ERR_INVALID_ARG_TYPE(propName, 'ArrayBufferView[]', buffers);
  }
  return buffers;
}

function validateStringAfterArrayBufferView(buffer, name) {
  if (typeof buffer !== 'string') {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
}

function validateEncoding(data, encoding) {
  const normalized = normalizeEncoding(encoding);
  const length = data.length;
  if (normalized === 'hex' && length % 2 !== 0) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, `is invalid for data of length ${length}`);
  }
}

function normalizeEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8') return 'utf8';
  const lower = String(enc).toLowerCase();
  switch (lower) {
    case 'utf8': case 'utf-8': return 'utf8';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    case 'latin1': case 'binary': return 'latin1';
    case 'base64': case 'base64url': case 'hex': case 'ascii': return lower;
    default: return undefined;
  }
}

function toBuffer(view) {
  if (Buffer.isBuffer(view)) return view;
  return Buffer.from(view.buffer, view.byteOffset, view.byteLength);
}

// ---------------------------------------------------------------- modes
const kMinimumAccessMode = 0;
const kMaximumAccessMode = 7;
const kMinimumCopyMode = 0;
const kMaximumCopyMode = 7;

// The C++ side of node validates access()/copyFile() modes with these messages.
function getValidMode(mode, type) {
  if (mode == null) return 0;
  if (typeof mode !== 'number' || !Number.isInteger(mode) || !isInt32(mode)) {
    const e = new ERR_INVALID_ARG_TYPE('mode', 'number', mode);
    e.message = 'mode must be int32 or null/undefined';
    throw e;
  }
  const min = type === 'copyFile' ? kMinimumCopyMode : kMinimumAccessMode;
  const max = type === 'copyFile' ? kMaximumCopyMode : kMaximumAccessMode;
  if (mode < min || mode > max) {
    const e = new ERR_OUT_OF_RANGE('mode', `>= ${min} && <= ${max}`, mode);
    e.message = `mode is out of range: >= ${min} && <= ${max}`;
    throw e;
  }
  return mode;
}

// ---------------------------------------------------------------- rm / rmdir / cp options
const defaultRmOptions = { recursive: false, force: false, retryDelay: 100, maxRetries: 0 };
const defaultRmdirOptions = { retryDelay: 100, maxRetries: 0, recursive: false };
const defaultCpOptions = {
  dereference: false,
  errorOnExist: false,
  filter: undefined,
  force: true,
  preserveTimestamps: false,
  recursive: false,
  verbatimSymlinks: false,
};

function validateRmdirOptions(options, defaults = defaultRmdirOptions) {
  if (options === undefined) return defaults;
  validateObject(options, 'options');
  options = { ...defaults, ...options };
  validateBoolean(options.recursive, 'options.recursive');
  validateInt32(options.retryDelay, 'options.retryDelay', 0);
  validateUint32(options.maxRetries, 'options.maxRetries');
  return options;
}

function rmIsDirError(path) {
  return new ERR_FS_EISDIR({
    code: 'EISDIR',
    message: 'is a directory',
    path,
    syscall: 'rm',
    errno: EISDIR,
  });
}

function validateCpOptions(options) {
  if (options === undefined) return { ...defaultCpOptions };
  validateObject(options, 'options');
  options = { ...defaultCpOptions, ...options };
  validateBoolean(options.dereference, 'options.dereference');
  validateBoolean(options.errorOnExist, 'options.errorOnExist');
  validateBoolean(options.force, 'options.force');
  validateBoolean(options.preserveTimestamps, 'options.preserveTimestamps');
  validateBoolean(options.recursive, 'options.recursive');
  validateBoolean(options.verbatimSymlinks, 'options.verbatimSymlinks');
  if (options.mode == null) {
    options.mode = 0;
  } else {
    validateInteger(options.mode, 'mode', kMinimumCopyMode, kMaximumCopyMode);
  }
  if (options.dereference === true && options.verbatimSymlinks === true) {
    throw new ERR_INCOMPATIBLE_OPTION_PAIR('dereference', 'verbatimSymlinks');
  }
  if (options.filter !== undefined) validateFunction(options.filter, 'options.filter');
  return options;
}

// ---------------------------------------------------------------- warnings
let nonPortableTemplateWarn = true;
function warnOnNonPortableTemplate(template) {
  if (nonPortableTemplateWarn &&
      ((typeof template === 'string' && template.endsWith('X')) ||
       (typeof template !== 'string' && template[template.length - 1] === 0x58))) {
    globalThis.process.emitWarning('mkdtemp() templates ending with X are not portable. ' +
                                   'For details see: https://nodejs.org/api/fs.html');
    nonPortableTemplateWarn = false;
  }
}

let recursiveRmdirWarned;
function emitRecursiveRmdirWarning() {
  if (recursiveRmdirWarned === undefined) recursiveRmdirWarned = !!globalThis.process.noDeprecation;
  if (!recursiveRmdirWarned) {
    globalThis.process.emitWarning(
      'In future versions of Node.js, fs.rmdir(path, { recursive: true }) ' +
      'will be removed. Use fs.rm(path, { recursive: true }) instead',
      'DeprecationWarning',
      'DEP0147',
    );
    recursiveRmdirWarned = true;
  }
}

const warned = new Set();
function deprecateOnce(code, message) {
  if (warned.has(code)) return;
  warned.add(code);
  if (globalThis.process.noDeprecation) return;
  globalThis.process.emitWarning(message, 'DeprecationWarning', code);
}

module.exports = {
  constants,
  kIoMaxLength,
  kMaxUserId,
  kReadFileUnknownBufferLength,
  kReadFileBufferLength,
  kWriteFileMaxChunkSize,
  kEmptyObject,
  EISDIR,
  EEXIST,
  EINVAL,
  ENOTDIR,
  kType,
  Dirent,
  Stats,
  BigIntStats,
  StatFs,
  statsFromKernel,
  statFsFromKernel,
  direntTypeOfKind,
  assertEncoding,
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
  toUnixTimestamp,
  validateOffsetLengthRead,
  validateOffsetLengthWrite,
  validatePosition,
  validateBufferArray,
  validateStringAfterArrayBufferView,
  validateEncoding,
  normalizeEncoding,
  toBuffer,
  getValidMode,
  defaultRmOptions,
  defaultRmdirOptions,
  validateRmdirOptions,
  rmIsDirError,
  validateCpOptions,
  warnOnNonPortableTemplate,
  emitRecursiveRmdirWarning,
  deprecateOnce,
};
