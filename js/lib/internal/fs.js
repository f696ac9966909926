'use strict';
// The fs operations available so far, over the fs.* syscalls. Relative paths are resolved
// against process.cwd(); errors carry the caller's own spelling of the path, as in Node.

const { sys, sysAsync, utf8Encode, utf8Decode } = internalBinding;
const pathMod = require('path');
const errors = require('internal/errors');

function toPath(p, name = 'path') {
  if (p !== null && typeof p === 'object' && typeof p.href === 'string' && p.protocol === 'file:') {
    p = require('internal/url').fileURLToPath(p);
  } else if (p instanceof Uint8Array) {
    p = utf8Decode(p);
  }
  if (typeof p !== 'string') {
    throw new errors.codes.ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'URL'], p);
  }
  if (p.includes('\u0000')) {
    throw new errors.codes.ERR_INVALID_ARG_VALUE(name, p, 'must be a string, Uint8Array, or URL without null bytes');
  }
  return p;
}

function abs(p) {
  // Already absolute and normal: nothing to resolve (the common case).
  if (p.charCodeAt(0) === 47 && !p.includes('//') && !p.includes('/.') && (p.length === 1 || !p.endsWith('/'))) return p;
  return pathMod.resolve(globalThis.process.cwd(), p);
}

function encodingOf(options) {
  if (typeof options === 'string') return options;
  if (options && typeof options === 'object') return options.encoding || null;
  return null;
}

function decode(bytes, encoding) {
  if (!encoding || encoding === 'buffer') {
    const B = globalThis.Buffer;
    return B ? B.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) : bytes;
  }
  const enc = String(encoding).toLowerCase();
  if (enc === 'utf8' || enc === 'utf-8') return utf8Decode(bytes);
  if (globalThis.Buffer) return globalThis.Buffer.from(bytes).toString(enc);
  throw new errors.codes.ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding');
}

function toBytes(data, encoding) {
  if (typeof data === 'string') {
    const enc = encoding ? String(encoding).toLowerCase() : 'utf8';
    if (enc === 'utf8' || enc === 'utf-8' || !globalThis.Buffer) return utf8Encode(data);
    return globalThis.Buffer.from(data, enc);
  }
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  throw new errors.codes.ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

class Stats {
  constructor(s) {
    const kindBits = s.kind === 'dir' ? 0o040000 : s.kind === 'symlink' ? 0o120000 : 0o100000;
    this.dev = 1;
    this.mode = (s.mode & ~0o170000) | kindBits;
    this.nlink = s.nlink;
    this.uid = s.uid;
    this.gid = s.gid;
    this.rdev = 0;
    this.blksize = 4096;
    this.ino = s.ino;
    this.size = s.size;
    this.blocks = Math.ceil(s.size / 512);
    this.atimeMs = s.atime_ms;
    this.mtimeMs = s.mtime_ms;
    this.ctimeMs = s.ctime_ms;
    this.birthtimeMs = s.birthtime_ms;
  }
  isFile() { return (this.mode & 0o170000) === 0o100000; }
  isDirectory() { return (this.mode & 0o170000) === 0o040000; }
  isSymbolicLink() { return (this.mode & 0o170000) === 0o120000; }
  isBlockDevice() { return false; }
  isCharacterDevice() { return false; }
  isFIFO() { return false; }
  isSocket() { return false; }
}

// The Date fields are made on first use, as in Node 22.
for (const name of ['atime', 'mtime', 'ctime', 'birthtime']) {
  const ms = name + 'Ms';
  Object.defineProperty(Stats.prototype, name, {
    enumerable: true,
    configurable: true,
    get() {
      const d = new Date(this[ms]);
      Object.defineProperty(this, name, { value: d, writable: true, enumerable: true, configurable: true });
      return d;
    },
    set(v) {
      Object.defineProperty(this, name, { value: v, writable: true, enumerable: true, configurable: true });
    },
  });
}

class Dirent {
  constructor(name, kind, parentPath) {
    this.name = name;
    this.parentPath = parentPath;
    this.path = parentPath;
    this._kind = kind;
  }
  isFile() { return this._kind === 'file'; }
  isDirectory() { return this._kind === 'dir'; }
  isSymbolicLink() { return this._kind === 'symlink'; }
  isBlockDevice() { return false; }
  isCharacterDevice() { return false; }
  isFIFO() { return false; }
  isSocket() { return false; }
}
Object.defineProperty(Dirent.prototype, '_kind', { enumerable: false, writable: true });

function readFileSync(path, options) {
  if (path === 0) {
    // stdin, as a whole.
    const chunks = [];
    let total = 0;
    for (;;) {
      const c = sys('io.read_stdin', { max: 65536 });
      if (c.length === 0) break;
      chunks.push(c);
      total += c.length;
    }
    const all = new Uint8Array(total);
    let off = 0;
    for (const c of chunks) { all.set(c, off); off += c.length; }
    return decode(all, encodingOf(options));
  }
  const p = toPath(path);
  return decode(sys('fs.read_file', { path: abs(p) }, p), encodingOf(options));
}

function flagOf(options) {
  return (options && typeof options === 'object' && options.flag) || 'w';
}

function writeFileSync(path, data, options) {
  const p = toPath(path);
  const flag = flagOf(options);
  sys('fs.write_file', { path: abs(p), data: toBytes(data, encodingOf(options)), append: flag[0] === 'a', exclusive: flag.includes('x') }, p);
}

function appendFileSync(path, data, options) {
  const p = toPath(path);
  sys('fs.write_file', { path: abs(p), data: toBytes(data, encodingOf(options)), append: true }, p);
}

function statSync(path, options) {
  const p = toPath(path);
  try {
    return new Stats(sys('fs.stat', { path: abs(p) }, p));
  } catch (e) {
    if (options && options.throwIfNoEntry === false && e.code === 'ENOENT') return undefined;
    throw e;
  }
}

function lstatSync(path, options) {
  const p = toPath(path);
  try {
    return new Stats(sys('fs.stat', { path: abs(p), follow: false }, p));
  } catch (e) {
    if (options && options.throwIfNoEntry === false && e.code === 'ENOENT') return undefined;
    throw e;
  }
}

function existsSync(path) {
  try {
    const p = toPath(path);
    sys('fs.stat', { path: abs(p) });
    return true;
  } catch {
    return false;
  }
}

function readdirSync(path, options) {
  const p = toPath(path);
  const full = abs(p);
  const entries = sys('fs.readdir', { path: full }, p);
  if (options && typeof options === 'object' && options.withFileTypes) {
    return entries.map((e) => new Dirent(e.name, e.kind, p));
  }
  return entries.map((e) => e.name);
}

function mkdirSync(path, options) {
  const p = toPath(path);
  const recursive = !!(options && typeof options === 'object' && options.recursive);
  const mode = options && typeof options === 'object' && options.mode !== undefined ? options.mode : typeof options === 'number' ? options : 0o777;
  const first = sys('fs.mkdir', { path: abs(p), recursive, mode }, p);
  return recursive ? (first === null ? undefined : first) : undefined;
}

function realpathSync(path) {
  const p = toPath(path);
  return sys('fs.realpath', { path: abs(p) }, p);
}

function unlinkSync(path) {
  const p = toPath(path);
  sys('fs.unlink', { path: abs(p) }, p);
}

function rmdirSync(path) {
  const p = toPath(path);
  sys('fs.rmdir', { path: abs(p) }, p);
}

function accessSync(path) {
  const p = toPath(path);
  sys('fs.stat', { path: abs(p) }, p).kind;
}

// Async forms run the same syscall asynchronously (the event loop delivers the reply).
const promises = {
  async readFile(path, options) {
    const p = toPath(path);
    return decode(await sysAsync('fs.read_file', { path: abs(p) }, p), encodingOf(options));
  },
  async writeFile(path, data, options) {
    const p = toPath(path);
    const flag = flagOf(options);
    await sysAsync('fs.write_file', { path: abs(p), data: toBytes(data, encodingOf(options)), append: flag[0] === 'a', exclusive: flag.includes('x') }, p);
  },
  async appendFile(path, data, options) {
    const p = toPath(path);
    await sysAsync('fs.write_file', { path: abs(p), data: toBytes(data, encodingOf(options)), append: true }, p);
  },
  async stat(path) {
    const p = toPath(path);
    return new Stats(await sysAsync('fs.stat', { path: abs(p) }, p));
  },
  async lstat(path) {
    const p = toPath(path);
    return new Stats(await sysAsync('fs.stat', { path: abs(p), follow: false }, p));
  },
  async readdir(path, options) {
    const p = toPath(path);
    const entries = await sysAsync('fs.readdir', { path: abs(p) }, p);
    if (options && typeof options === 'object' && options.withFileTypes) return entries.map((e) => new Dirent(e.name, e.kind, p));
    return entries.map((e) => e.name);
  },
  async mkdir(path, options) {
    const p = toPath(path);
    const recursive = !!(options && typeof options === 'object' && options.recursive);
    const first = await sysAsync('fs.mkdir', { path: abs(p), recursive, mode: 0o777 }, p);
    return recursive ? (first === null ? undefined : first) : undefined;
  },
  async realpath(path) {
    const p = toPath(path);
    return sysAsync('fs.realpath', { path: abs(p) }, p);
  },
  async unlink(path) {
    const p = toPath(path);
    await sysAsync('fs.unlink', { path: abs(p) }, p);
  },
  async rmdir(path) {
    const p = toPath(path);
    await sysAsync('fs.rmdir', { path: abs(p) }, p);
  },
  async access(path) {
    const p = toPath(path);
    await sysAsync('fs.stat', { path: abs(p) }, p);
  },
};

function callbackify(name) {
  return function (...args) {
    const cb = args.pop();
    if (typeof cb !== 'function') throw new errors.codes.ERR_INVALID_ARG_TYPE('cb', 'function', cb);
    promises[name](...args).then((v) => cb(null, v), (e) => cb(e));
  };
}

function exists(path, cb) {
  promises.access(path).then(() => cb(true), () => cb(false));
}

module.exports = {
  readFileSync, writeFileSync, appendFileSync, statSync, lstatSync, existsSync, readdirSync,
  mkdirSync, realpathSync, unlinkSync, rmdirSync, accessSync,
  readFile: callbackify('readFile'), writeFile: callbackify('writeFile'), appendFile: callbackify('appendFile'),
  stat: callbackify('stat'), lstat: callbackify('lstat'), readdir: callbackify('readdir'), mkdir: callbackify('mkdir'),
  realpath: callbackify('realpath'), unlink: callbackify('unlink'), rmdir: callbackify('rmdir'), access: callbackify('access'),
  exists, promises, Stats, Dirent,
  constants: { F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1 },
};
