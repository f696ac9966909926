'use strict';
// Recursive removal for fs.rm / fs.rmdir({ recursive }) (the behaviour of node's bundled rimraf:
// directories are emptied child by child, a vanished entry is not an error, and EBUSY-like
// failures are retried `maxRetries` times).

const pathModule = require('path');

const notEmptyErrorCodes = new Set(['ENOTEMPTY', 'EEXIST', 'EPERM']);
const retryErrorCodes = new Set(['EBUSY', 'EMFILE', 'ENFILE', 'ENOTEMPTY', 'EPERM']);

module.exports = function createRimraf(internals) {
  const { sys, sysAsync, abs } = internals;

  // ---------------------------------------------------------------- sync
  function lstatKind(path) {
    return sys('fs.stat', { path: abs(path), follow: false }, path).kind;
  }

  function unlinkSync(path) {
    sys('fs.unlink', { path: abs(path) }, path);
  }

  function rmdirSync(path) {
    sys('fs.rmdir', { path: abs(path) }, path);
  }

  function withRetries(fn, options) {
    const tries = options.maxRetries + 1;
    for (let i = 1; i <= tries; i++) {
      try {
        return fn();
      } catch (err) {
        if (err.code === 'ENOENT') return undefined;
        if (!(retryErrorCodes.has(err.code) && i < tries)) throw err;
      }
    }
    return undefined;
  }

  function rimrafSync(path, options) {
    let kind;
    try {
      kind = lstatKind(path);
    } catch (err) {
      if (err.code === 'ENOENT') return;
      throw err;
    }
    try {
      if (kind === 'dir') rmdirTreeSync(path, options, null);
      else withRetries(() => unlinkSync(path), options);
    } catch (err) {
      if (err.code === 'ENOENT') return;
      if (err.code !== 'EISDIR') throw err;
      rmdirTreeSync(path, options, err);
    }
  }

  function rmdirTreeSync(path, options, originalErr) {
    try {
      rmdirSync(path);
    } catch (err) {
      if (err.code === 'ENOENT') return;
      if (err.code === 'ENOTDIR') throw originalErr || err;
      if (!notEmptyErrorCodes.has(err.code)) throw originalErr || err;
      const entries = sys('fs.readdir', { path: abs(path) }, path);
      for (const e of entries) {
        const child = pathModule.join(path, e.name);
        if (e.kind === 'dir') {
          rmdirTreeSync(child, options, null);
        } else {
          try {
            withRetries(() => unlinkSync(child), options);
          } catch (err2) {
            if (err2.code === 'EISDIR') rmdirTreeSync(child, options, err2);
            else throw err2;
          }
        }
      }
      withRetries(() => rmdirSync(path), options);
    }
  }

  // ---------------------------------------------------------------- async
  async function withRetriesAsync(fn, options) {
    let retries = 0;
    for (;;) {
      try {
        return await fn();
      } catch (err) {
        if (err.code === 'ENOENT') return undefined;
        if (retryErrorCodes.has(err.code) && retries < options.maxRetries) {
          retries++;
          await new Promise((resolve) => setTimeout(resolve, retries * options.retryDelay));
          continue;
        }
        throw err;
      }
    }
  }

  async function rimrafAsync(path, options) {
    let st;
    try {
      st = await sysAsync('fs.stat', { path: abs(path), follow: false }, path);
    } catch (err) {
      if (err.code === 'ENOENT') return;
      throw err;
    }
    if (st.kind === 'dir') {
      await rmdirTreeAsync(path, options, null);
      return;
    }
    try {
      await withRetriesAsync(() => sysAsync('fs.unlink', { path: abs(path) }, path), options);
    } catch (err) {
      if (err.code !== 'EISDIR') throw err;
      await rmdirTreeAsync(path, options, err);
    }
  }

  async function rmdirTreeAsync(path, options, originalErr) {
    try {
      await sysAsync('fs.rmdir', { path: abs(path) }, path);
    } catch (err) {
      if (err.code === 'ENOENT') return;
      if (err.code === 'ENOTDIR') throw originalErr || err;
      if (!notEmptyErrorCodes.has(err.code)) throw err;
      const entries = await sysAsync('fs.readdir', { path: abs(path) }, path);
      await Promise.all(entries.map((e) => rimrafAsync(pathModule.join(path, e.name), options)));
      await withRetriesAsync(() => sysAsync('fs.rmdir', { path: abs(path) }, path), options);
    }
  }

  return { rimrafSync, rimrafPromises: rimrafAsync };
};
