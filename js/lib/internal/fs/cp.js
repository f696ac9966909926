'use strict';
// fs.cp / fs.cpSync / fs.promises.cp in JS over lstat/stat, mkdir, copyFile, symlink, chmod and
// utimes. The checks and messages follow node 22 (the async form's SystemErrors and the sync
// form's plain errors from its C++ path checks).

const pathModule = require('path');
const {
  codes: {
    ERR_FS_CP_DIR_TO_NON_DIR,
    ERR_FS_CP_EEXIST,
    ERR_FS_CP_EINVAL,
    ERR_FS_CP_FIFO_PIPE,
    ERR_FS_CP_NON_DIR_TO_DIR,
    ERR_FS_CP_SOCKET,
    ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY,
    ERR_FS_CP_UNKNOWN,
    ERR_FS_EISDIR,
    ERR_INVALID_RETURN_VALUE,
  },
} = require('internal/errors');
const { EEXIST, EISDIR, EINVAL, ENOTDIR } = require('internal/fs/utils');

const { dirname, isAbsolute, join, parse, resolve, sep } = pathModule;

function isPromise(v) {
  return v != null && typeof v.then === 'function' && Object.prototype.toString.call(v) === '[object Promise]';
}

function areIdentical(srcStat, destStat) {
  return destStat.ino && destStat.dev && destStat.ino === srcStat.ino && destStat.dev === srcStat.dev;
}

const normalizePathToArray = (path) => resolve(path).split(sep).filter(Boolean);

function isSrcSubdir(src, dest) {
  const srcArr = normalizePathToArray(src);
  const destArr = normalizePathToArray(dest);
  return srcArr.every((cur, i) => destArr[i] === cur);
}

// The plain errors node's C++ cpSync checks throw: message and code only.
function plainError(code, message) {
  const err = new Error(message);
  err.code = code;
  return err;
}

module.exports = function createCp(_internals, fs) {
  const fsp = fs.promises;

  // ---------------------------------------------------------------- async (node's cp.js)
  async function cpAsync(src, dest, opts) {
    const { srcStat, destStat, skipped } = await checkPaths(src, dest, opts);
    if (skipped) return;
    await checkParentPaths(src, srcStat, dest);
    return checkParentDir(destStat, src, dest, opts);
  }

  async function checkPaths(src, dest, opts) {
    if (opts.filter && !(await opts.filter(src, dest))) return { __proto__: null, skipped: true };
    const [srcStat, destStat] = await getStats(src, dest, opts);
    if (destStat) {
      if (areIdentical(srcStat, destStat)) {
        throw new ERR_FS_CP_EINVAL({
          message: 'src and dest cannot be the same', path: dest, syscall: 'cp', errno: EINVAL, code: 'EINVAL',
        });
      }
      if (srcStat.isDirectory() && !destStat.isDirectory()) {
        throw new ERR_FS_CP_DIR_TO_NON_DIR({
          message: `cannot overwrite non-directory ${dest} with directory ${src}`,
          path: dest, syscall: 'cp', errno: EISDIR, code: 'EISDIR',
        });
      }
      if (!srcStat.isDirectory() && destStat.isDirectory()) {
        throw new ERR_FS_CP_NON_DIR_TO_DIR({
          message: `cannot overwrite directory ${dest} with non-directory ${src}`,
          path: dest, syscall: 'cp', errno: ENOTDIR, code: 'ENOTDIR',
        });
      }
    }
    if (srcStat.isDirectory() && isSrcSubdir(src, dest)) {
      throw new ERR_FS_CP_EINVAL({
        message: `cannot copy ${src} to a subdirectory of self ${dest}`,
        path: dest, syscall: 'cp', errno: EINVAL, code: 'EINVAL',
      });
    }
    return { __proto__: null, srcStat, destStat, skipped: false };
  }

  function getStats(src, dest, opts) {
    const statFunc = opts.dereference ?
      (file) => fsp.stat(file, { bigint: true }) :
      (file) => fsp.lstat(file, { bigint: true });
    return Promise.all([
      statFunc(src),
      statFunc(dest).then(undefined, (err) => {
        if (err.code === 'ENOENT') return null;
        throw err;
      }),
    ]);
  }

  async function checkParentDir(destStat, src, dest, opts) {
    const destParent = dirname(dest);
    const dirExists = await pathExists(destParent);
    if (dirExists) return getStatsForCopy(destStat, src, dest, opts);
    await fsp.mkdir(destParent, { recursive: true });
    return getStatsForCopy(destStat, src, dest, opts);
  }

  function pathExists(dest) {
    return fsp.stat(dest).then(() => true, (err) => (err.code === 'ENOENT' ? false : Promise.reject(err)));
  }

  async function checkParentPaths(src, srcStat, dest) {
    const srcParent = resolve(dirname(src));
    const destParent = resolve(dirname(dest));
    if (destParent === srcParent || destParent === parse(destParent).root) return;
    let destStat;
    try {
      destStat = await fsp.stat(destParent, { bigint: true });
    } catch (err) {
      if (err.code === 'ENOENT') return;
      throw err;
    }
    if (areIdentical(srcStat, destStat)) {
      throw new ERR_FS_CP_EINVAL({
        message: `cannot copy ${src} to a subdirectory of self ${dest}`,
        path: dest, syscall: 'cp', errno: EINVAL, code: 'EINVAL',
      });
    }
    return checkParentPaths(src, srcStat, destParent);
  }

  async function getStatsForCopy(destStat, src, dest, opts) {
    const statFn = opts.dereference ? fsp.stat : fsp.lstat;
    const srcStat = await statFn(src);
    if (srcStat.isDirectory() && opts.recursive) return onDir(srcStat, destStat, src, dest, opts);
    if (srcStat.isDirectory()) {
      throw new ERR_FS_EISDIR({
        message: `${src} is a directory (not copied)`, path: src, syscall: 'cp', errno: EISDIR, code: 'EISDIR',
      });
    }
    if (srcStat.isFile() || srcStat.isCharacterDevice() || srcStat.isBlockDevice()) {
      return onFile(srcStat, destStat, src, dest, opts);
    }
    if (srcStat.isSymbolicLink()) return onLink(destStat, src, dest, opts);
    if (srcStat.isSocket()) {
      throw new ERR_FS_CP_SOCKET({
        message: `cannot copy a socket file: ${dest}`, path: dest, syscall: 'cp', errno: EINVAL, code: 'EINVAL',
      });
    }
    if (srcStat.isFIFO()) {
      throw new ERR_FS_CP_FIFO_PIPE({
        message: `cannot copy a FIFO pipe: ${dest}`, path: dest, syscall: 'cp', errno: EINVAL, code: 'EINVAL',
      });
    }
    throw new ERR_FS_CP_UNKNOWN({
      message: `cannot copy an unknown file type: ${dest}`, path: dest, syscall: 'cp', errno: EINVAL, code: 'EINVAL',
    });
  }

  function onFile(srcStat, destStat, src, dest, opts) {
    if (!destStat) return copyFileAsync(srcStat, src, dest, opts);
    return mayCopyFile(srcStat, src, dest, opts);
  }

  async function mayCopyFile(srcStat, src, dest, opts) {
    if (opts.force) {
      await fsp.unlink(dest);
      return copyFileAsync(srcStat, src, dest, opts);
    } else if (opts.errorOnExist) {
      throw new ERR_FS_CP_EEXIST({
        message: `${dest} already exists`, path: dest, syscall: 'cp', errno: EEXIST, code: 'EEXIST',
      });
    }
  }

  async function copyFileAsync(srcStat, src, dest, opts) {
    await fsp.copyFile(src, dest, opts.mode);
    if (opts.preserveTimestamps) {
      if ((srcStat.mode & 0o200) === 0) await fsp.chmod(dest, srcStat.mode | 0o200);
      const updated = await fsp.stat(src);
      await fsp.utimes(dest, updated.atime, updated.mtime);
    }
    return fsp.chmod(dest, srcStat.mode);
  }

  async function onDir(srcStat, destStat, src, dest, opts) {
    if (!destStat) {
      await fsp.mkdir(dest);
      await copyDir(src, dest, opts);
      return fsp.chmod(dest, srcStat.mode);
    }
    if (opts.errorOnExist && !opts.force) {
      throw new ERR_FS_CP_EEXIST({
        message: `${dest} already exists`, path: dest, syscall: 'cp', errno: EEXIST, code: 'EEXIST',
      });
    }
    return copyDir(src, dest, opts);
  }

  async function copyDir(src, dest, opts) {
    const dir = await fsp.opendir(src);
    for await (const { name } of dir) {
      const srcItem = join(src, name);
      const destItem = join(dest, name);
      const { destStat, skipped } = await checkPaths(srcItem, destItem, opts);
      if (!skipped) await getStatsForCopy(destStat, srcItem, destItem, opts);
    }
  }

  async function onLink(destStat, src, dest, opts) {
    let resolvedSrc = await fsp.readlink(src);
    if (!opts.verbatimSymlinks && !isAbsolute(resolvedSrc)) resolvedSrc = resolve(dirname(src), resolvedSrc);
    if (!destStat) return fsp.symlink(resolvedSrc, dest);
    let resolvedDest;
    try {
      resolvedDest = await fsp.readlink(dest);
    } catch (err) {
      if (err.code === 'EINVAL' || err.code === 'UNKNOWN') return fsp.symlink(resolvedSrc, dest);
      throw err;
    }
    if (!isAbsolute(resolvedDest)) resolvedDest = resolve(dirname(dest), resolvedDest);
    if (isSrcSubdir(resolvedSrc, resolvedDest)) {
      throw new ERR_FS_CP_EINVAL({
        message: `cannot copy ${resolvedSrc} to a subdirectory of self ${resolvedDest}`,
        path: dest, syscall: 'cp', errno: EINVAL, code: 'EINVAL',
      });
    }
    const srcStat = await fsp.stat(src);
    if (srcStat.isDirectory() && isSrcSubdir(resolvedDest, resolvedSrc)) {
      throw new ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY({
        message: `cannot overwrite ${resolvedDest} with ${resolvedSrc}`,
        path: dest, syscall: 'cp', errno: EINVAL, code: 'EINVAL',
      });
    }
    await fsp.unlink(dest);
    return fsp.symlink(resolvedSrc, dest);
  }

  // ---------------------------------------------------------------- sync
  function cpSync(src, dest, opts) {
    if (opts.filter) {
      const shouldCopy = opts.filter(src, dest);
      if (isPromise(shouldCopy)) throw new ERR_INVALID_RETURN_VALUE('boolean', 'filter', shouldCopy);
      if (!shouldCopy) return;
    }
    checkPathsSync(src, dest, opts);
    return getStatsSync(src, dest, opts);
  }

  // node's C++ cpSyncCheckPaths.
  function checkPathsSync(src, dest, opts) {
    const statFn = opts.dereference ? fs.statSync : fs.lstatSync;
    const srcStat = statFn(src, { bigint: true });
    const destStat = statFn(dest, { bigint: true, throwIfNoEntry: false });
    const srcIsDir = srcStat.isDirectory();
    if (destStat) {
      if (areIdentical(srcStat, destStat)) {
        throw plainError('ERR_FS_CP_EINVAL', `src and dest cannot be the same ${dest}`);
      }
      const destIsDir = destStat.isDirectory();
      if (srcIsDir && !destIsDir) {
        throw plainError('ERR_FS_CP_DIR_TO_NON_DIR', `Cannot overwrite non-directory ${dest} with directory ${src}`);
      }
      if (!srcIsDir && destIsDir) {
        throw plainError('ERR_FS_CP_NON_DIR_TO_DIR', `Cannot overwrite directory ${dest} with non-directory ${src}`);
      }
    }
    const srcSlash = src.endsWith(sep) ? src : src + sep;
    if (srcIsDir && (resolve(dest) + sep).startsWith(resolve(src) + sep)) {
      throw plainError('ERR_FS_CP_EINVAL', `Cannot copy ${srcSlash} to a subdirectory of self ${dest}`);
    }
    // A parent of dest that is src itself (through links).
    const srcParent = resolve(dirname(src));
    let destParent = resolve(dirname(dest));
    while (destParent !== srcParent && destParent !== parse(destParent).root) {
      const st = fs.statSync(destParent, { bigint: true, throwIfNoEntry: false });
      if (!st) break;
      if (areIdentical(srcStat, st)) {
        throw plainError('ERR_FS_CP_EINVAL', `Cannot copy ${srcSlash} to a subdirectory of self ${dest}`);
      }
      destParent = dirname(destParent);
    }
    if (srcIsDir && !opts.recursive) {
      throw plainError('ERR_FS_EISDIR', `Recursive option not enabled, cannot copy a directory: ${srcSlash}`);
    }
    const parent = dirname(dest);
    if (!fs.existsSync(parent)) fs.mkdirSync(parent, { recursive: true });
  }

  function getStatsSync(src, dest, opts) {
    const statSyncFn = opts.dereference ? fs.statSync : fs.lstatSync;
    const srcStat = statSyncFn(src);
    const destStat = statSyncFn(dest, { bigint: true, throwIfNoEntry: false });
    if (srcStat.isDirectory() && opts.recursive) return onDirSync(srcStat, destStat, src, dest, opts);
    if (srcStat.isFile() || srcStat.isCharacterDevice() || srcStat.isBlockDevice()) {
      return onFileSync(srcStat, destStat, src, dest, opts);
    }
    if (srcStat.isSymbolicLink()) return onLinkSync(destStat, src, dest, opts.verbatimSymlinks);
    if (srcStat.isDirectory()) {
      throw plainError('ERR_FS_EISDIR', `Recursive option not enabled, cannot copy a directory: ${src}`);
    }
    throw plainError('ERR_FS_CP_UNKNOWN', `Cannot copy an unknown file type: ${dest}`);
  }

  function onFileSync(srcStat, destStat, src, dest, opts) {
    if (!destStat) return copyFileSync(srcStat, src, dest, opts);
    if (opts.force) {
      fs.unlinkSync(dest);
      return copyFileSync(srcStat, src, dest, opts);
    }
    if (opts.errorOnExist) {
      throw new ERR_FS_CP_EEXIST({
        message: `${dest} already exists`, path: dest, syscall: 'cp', errno: EEXIST, code: 'EEXIST',
      });
    }
  }

  function copyFileSync(srcStat, src, dest, opts) {
    fs.copyFileSync(src, dest, opts.mode);
    if (opts.preserveTimestamps) {
      if ((srcStat.mode & 0o200) === 0) fs.chmodSync(dest, srcStat.mode | 0o200);
      const updated = fs.statSync(src);
      fs.utimesSync(dest, updated.atime, updated.mtime);
    }
    return fs.chmodSync(dest, srcStat.mode);
  }

  function onDirSync(srcStat, destStat, src, dest, opts) {
    // Without a filter node copies the whole tree in C++ (no chmod of the directories it makes,
    // links recreated whatever `dereference` says).
    if (!opts.filter) return copyDirNativeSync(src, dest, opts);
    if (!destStat) {
      fs.mkdirSync(dest);
      try {
        copyDirSync(src, dest, opts);
      } finally {
        fs.chmodSync(dest, srcStat.mode);
      }
      return;
    }
    return copyDirSync(src, dest, opts);
  }

  function copyDirSync(src, dest, opts) {
    const dir = fs.opendirSync(src);
    try {
      let dirent;
      while ((dirent = dir.readSync()) !== null) {
        const { name } = dirent;
        const srcItem = join(src, name);
        const destItem = join(dest, name);
        let shouldCopy = true;
        if (opts.filter) {
          shouldCopy = opts.filter(srcItem, destItem);
          if (isPromise(shouldCopy)) throw new ERR_INVALID_RETURN_VALUE('boolean', 'filter', shouldCopy);
        }
        if (shouldCopy) getStatsSync(srcItem, destItem, opts);
      }
    } finally {
      dir.closeSync();
    }
  }

  // `inner` strictly below `outer` (lexically).
  function isInsideDir(outer, inner) {
    const o = resolve(outer);
    const i = resolve(inner);
    return i !== o && i.startsWith(o === '/' ? o : o + sep);
  }

  function nativeError(code, message) {
    return plainError(code, `[${code}]: ${message}`);
  }

  function copyDirNativeSync(src, dest, opts) {
    fs.mkdirSync(dest, { recursive: true });
    const entries = fs.readdirSync(src, { withFileTypes: true });
    for (const entry of entries) {
      const srcItem = join(src, entry.name);
      const destItem = join(dest, entry.name);
      if (entry.isSymbolicLink()) {
        let target = fs.readlinkSync(srcItem);
        if (!opts.verbatimSymlinks && !isAbsolute(target)) target = resolve(src, target);
        const destLst = fs.lstatSync(destItem, { throwIfNoEntry: false });
        if (destLst) {
          if (destLst.isSymbolicLink()) {
            const current = fs.readlinkSync(destItem);
            const targetIsDir = fs.statSync(target, { throwIfNoEntry: false })?.isDirectory();
            if (!opts.dereference && targetIsDir && isInsideDir(target, current)) {
              throw nativeError('ERR_FS_CP_EINVAL', `Invalid src or dest: cp returned EINVAL (cannot copy ${target} to a subdirectory of self ${current}) ${destItem}`);
            }
            const destIsDir = fs.statSync(destItem, { throwIfNoEntry: false })?.isDirectory();
            if (destIsDir && isInsideDir(current, target)) {
              throw nativeError('ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY', `Cannot overwrite symlink in subdirectory of self: cp returned EINVAL (cannot overwrite ${current} with ${target}) ${destItem}`);
            }
          }
          fs.rmSync(destItem, { recursive: true, force: true });
        }
        fs.symlinkSync(target, destItem);
      } else if (entry.isDirectory()) {
        copyDirNativeSync(srcItem, destItem, opts);
      } else {
        const exists = fs.existsSync(destItem);
        if (exists) {
          if (!opts.force) {
            if (opts.errorOnExist) {
              throw nativeError('ERR_FS_CP_EEXIST', `Target already exists: cp returned EEXIST (${destItem} already exists)`);
            }
            continue;
          }
          fs.unlinkSync(destItem);
        }
        fs.copyFileSync(srcItem, destItem, opts.mode);
        if (opts.preserveTimestamps) {
          const st = fs.statSync(srcItem);
          fs.utimesSync(destItem, st.atime, st.mtime);
        }
      }
    }
  }

  function onLinkSync(destStat, src, dest, verbatimSymlinks) {
    let resolvedSrc = fs.readlinkSync(src);
    if (!verbatimSymlinks && !isAbsolute(resolvedSrc)) resolvedSrc = resolve(dirname(src), resolvedSrc);
    if (!destStat) return fs.symlinkSync(resolvedSrc, dest);
    let resolvedDest;
    try {
      resolvedDest = fs.readlinkSync(dest);
    } catch (err) {
      if (err.code === 'EINVAL' || err.code === 'UNKNOWN') return fs.symlinkSync(resolvedSrc, dest);
      throw err;
    }
    if (!isAbsolute(resolvedDest)) resolvedDest = resolve(dirname(dest), resolvedDest);
    if (isSrcSubdir(resolvedSrc, resolvedDest)) {
      throw new ERR_FS_CP_EINVAL({
        message: `cannot copy ${resolvedSrc} to a subdirectory of self ${resolvedDest}`,
        path: dest, syscall: 'cp', errno: EINVAL, code: 'EINVAL',
      });
    }
    if (fs.statSync(dest).isDirectory() && isSrcSubdir(resolvedDest, resolvedSrc)) {
      throw new ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY({
        message: `cannot overwrite ${resolvedDest} with ${resolvedSrc}`,
        path: dest, syscall: 'cp', errno: EINVAL, code: 'EINVAL',
      });
    }
    fs.unlinkSync(dest);
    return fs.symlinkSync(resolvedSrc, dest);
  }

  return { cpAsync, cpSync, isSrcSubdir, areIdentical };
};
