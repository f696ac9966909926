'use strict';
// fs.Dir, fs.opendir, fs.opendirSync, fs.promises.opendir. A directory "handle" is the kernel's
// listing taken when the directory is opened, handed out `bufferSize` entries at a time as
// node's libuv handle does.

const pathModule = require('path');
const {
  codes: {
    ERR_DIR_CLOSED,
    ERR_DIR_CONCURRENT_OPERATION,
    ERR_INVALID_THIS,
    ERR_MISSING_ARGS,
  },
  uvException,
  validateFunction,
  validateUint32,
} = require('internal/errors');
const {
  Dirent,
  direntTypeOfKind,
  getOptions,
  getValidatedPath,
  pathString,
} = require('internal/fs/utils');

const kDispose = Symbol.dispose || Symbol.for('nodejs.dispose');
const kAsyncDispose = Symbol.asyncDispose || Symbol.for('nodejs.asyncDispose');

module.exports = function createDir(internals) {
  const { sys, sysAsync, abs, encodeResult } = internals;

  class DirHandle {
    constructor(entries) {
      this.entries = entries;
      this.pos = 0;
      this.closed = false;
    }

    // The next batch as [name, type, name, type, ...], or null at the end.
    read(encoding, bufferSize) {
      if (this.pos >= this.entries.length) return null;
      const out = [];
      const end = Math.min(this.entries.length, this.pos + bufferSize);
      for (; this.pos < end; this.pos++) {
        const e = this.entries[this.pos];
        out.push(encodeResult(e.name, encoding), direntTypeOfKind(e.kind));
      }
      return out;
    }

    close() {
      this.closed = true;
      this.entries = [];
    }
  }

  // Sync opening names no path in its error, as node's opendirSync.
  function openHandleSync(p) {
    try {
      return new DirHandle(sys('fs.readdir', { path: abs(p) }, p));
    } catch (e) {
      if (e && typeof e.code === 'string' && e.syscall) {
        throw uvException({ errno: e.errno, code: e.code, syscall: 'opendir' });
      }
      throw e;
    }
  }

  function opendirError(e, p) {
    if (e && typeof e.code === 'string' && e.syscall) {
      return uvException({ errno: e.errno, code: e.code, syscall: 'opendir', path: p });
    }
    return e;
  }

  class Dir {
    #handle;
    #path;
    #bufferedEntries = [];
    #closed = false;
    #options;
    #operationQueue = null;
    #handlerQueue = [];

    constructor(handle, path, options) {
      if (handle == null) throw new ERR_MISSING_ARGS('handle');
      this.#handle = handle;
      this.#path = path;
      this.#options = {
        bufferSize: 32,
        ...getOptions(options, { encoding: 'utf8' }),
      };
      try {
        validateUint32(this.#options.bufferSize, 'options.bufferSize', true);
      } catch (validationError) {
        this.#handle.close();
        throw validationError;
      }
    }

    get path() {
      if (!(#path in this)) throw new ERR_INVALID_THIS('Dir');
      return this.#path;
    }

    #processHandlerQueue() {
      while (this.#handlerQueue.length > 0) {
        const handler = this.#handlerQueue.shift();
        const { handle, path } = handler;
        const result = handle.read(this.#options.encoding, this.#options.bufferSize);
        if (result !== null) {
          this.#processReadResult(path, result);
          if (result.length > 0) this.#handlerQueue.push(handler);
        } else {
          handle.close();
        }
        if (this.#bufferedEntries.length > 0) break;
      }
      return this.#bufferedEntries.length > 0;
    }

    #processReadResult(path, result) {
      for (let i = 0; i < result.length; i += 2) {
        this.#bufferedEntries.push(new Dirent(result[i], result[i + 1], path));
      }
    }

    #readSyncRecursive(dirent) {
      const path = pathModule.join(dirent.parentPath, dirent.name);
      let handle;
      try {
        handle = new DirHandle(sys('fs.readdir', { path: abs(path) }, path));
      } catch {
        return;
      }
      this.#handlerQueue.push({ handle, path });
    }

    #nextEntry() {
      const dirent = this.#bufferedEntries.shift();
      if (this.#options.recursive && dirent.isDirectory()) this.#readSyncRecursive(dirent);
      return dirent;
    }

    read(callback) {
      if (arguments.length === 0) return this.#readPromise();
      return this.#readImpl(true, callback);
    }

    #readPromise() {
      return new Promise((resolve, reject) => {
        this.#readImpl(false, (err, dirent) => (err ? reject(err) : resolve(dirent)));
      });
    }

    #readImpl(maybeSync, callback) {
      if (this.#closed === true) throw new ERR_DIR_CLOSED();
      if (callback === undefined) return this.#readPromise();
      validateFunction(callback, 'callback');

      if (this.#operationQueue !== null) {
        this.#operationQueue.push(() => this.#readImpl(maybeSync, callback));
        return;
      }

      if (this.#processHandlerQueue()) {
        let dirent;
        try {
          dirent = this.#nextEntry();
        } catch (error) {
          callback(error);
          return;
        }
        if (maybeSync) process.nextTick(callback, null, dirent);
        else callback(null, dirent);
        return;
      }

      // A batch from the handle: asynchronous, like a libuv request.
      this.#operationQueue = [];
      process.nextTick(() => {
        process.nextTick(() => {
          const queue = this.#operationQueue;
          this.#operationQueue = null;
          for (const op of queue) op();
        });
        const result = this.#handle.read(this.#options.encoding, this.#options.bufferSize);
        if (result === null) {
          callback(null, null);
          return;
        }
        let dirent;
        try {
          this.#processReadResult(this.#path, result);
          dirent = this.#nextEntry();
        } catch (error) {
          callback(error);
          return;
        }
        callback(null, dirent);
      });
    }

    readSync() {
      if (this.#closed === true) throw new ERR_DIR_CLOSED();
      if (this.#operationQueue !== null) throw new ERR_DIR_CONCURRENT_OPERATION();
      if (this.#processHandlerQueue()) return this.#nextEntry();
      const result = this.#handle.read(this.#options.encoding, this.#options.bufferSize);
      if (result === null) return result;
      this.#processReadResult(this.#path, result);
      return this.#nextEntry();
    }

    close(callback) {
      if (callback === undefined) {
        if (this.#closed === true) return Promise.reject(new ERR_DIR_CLOSED());
        return new Promise((resolve, reject) => {
          this.close((err) => (err ? reject(err) : resolve()));
        });
      }
      validateFunction(callback, 'callback');
      if (this.#closed === true) {
        process.nextTick(callback, new ERR_DIR_CLOSED());
        return;
      }
      if (this.#operationQueue !== null) {
        this.#operationQueue.push(() => this.close(callback));
        return;
      }
      while (this.#handlerQueue.length > 0) this.#handlerQueue.shift().handle.close();
      this.#closed = true;
      this.#handle.close();
      process.nextTick(callback, null);
    }

    closeSync() {
      if (this.#closed === true) throw new ERR_DIR_CLOSED();
      if (this.#operationQueue !== null) throw new ERR_DIR_CONCURRENT_OPERATION();
      while (this.#handlerQueue.length > 0) this.#handlerQueue.shift().handle.close();
      this.#closed = true;
      this.#handle.close();
    }

    async* entries() {
      try {
        while (true) {
          const result = await this.#readPromise();
          if (result === null) break;
          yield result;
        }
      } finally {
        await new Promise((resolve, reject) => {
          this.close((err) => (err ? reject(err) : resolve()));
        });
      }
    }

    [kDispose]() {
      if (this.#closed) return;
      this.closeSync();
    }

    async [kAsyncDispose]() {
      if (this.#closed) return;
      await this.close();
    }
  }

  Object.defineProperty(Dir.prototype, Symbol.asyncIterator, {
    __proto__: null,
    enumerable: false,
    writable: true,
    configurable: true,
    value: Dir.prototype.entries,
  });

  function opendir(path, options, callback) {
    callback = typeof options === 'function' ? options : callback;
    validateFunction(callback, 'callback');
    const v = getValidatedPath(path);
    const p = pathString(v);
    options = getOptions(options, { encoding: 'utf8' });
    sysAsync('fs.readdir', { path: abs(p) }, p).then((entries) => {
      let dir;
      try {
        dir = new Dir(new DirHandle(entries), v, options);
      } catch (e) {
        process.nextTick(callback, e);
        return;
      }
      process.nextTick(callback, null, dir);
    }, (e) => process.nextTick(callback, opendirError(e, p)));
  }

  function opendirSync(path, options) {
    const v = getValidatedPath(path);
    const p = pathString(v);
    options = getOptions(options, { encoding: 'utf8' });
    return new Dir(openHandleSync(p), v, options);
  }

  async function opendirPromise(path, options) {
    const v = getValidatedPath(path);
    const p = pathString(v);
    options = getOptions(options, { encoding: 'utf8' });
    let entries;
    try {
      entries = await sysAsync('fs.readdir', { path: abs(p) }, p);
    } catch (e) {
      throw opendirError(e, p);
    }
    return new Dir(new DirHandle(entries), v, options);
  }

  return { Dir, opendir, opendirSync, opendirPromise };
};
