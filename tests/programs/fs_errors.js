'use strict';
// Argument validation errors (code, class, message) and system errors (code, errno, syscall,
// message with the caller's own spelling of the path) in sync, callback and promise forms.
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');

if (!fs.existsSync('/tmp')) fs.mkdirSync('/tmp', { recursive: true });
const dir = fs.mkdtempSync('/tmp/fsdiff-');
const rel = (s) => String(s).replaceAll(dir, '<dir>');
const p = (...xs) => path.join(dir, ...xs);
function desc(e) {
  return `${e.name} ${e.code} ${rel(e.message)}` + (e.syscall ? ` [${e.errno} ${e.syscall} ${rel(e.path)}${e.dest ? ' ' + rel(e.dest) : ''}]` : '');
}
function show(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', r === undefined ? '' : rel(r));
  } catch (e) {
    console.log(label, desc(e));
  }
}

fs.writeFileSync(p('file'), 'data');
fs.mkdirSync(p('d'));
fs.writeFileSync(p('d', 'x'), 'x');
process.chdir(dir);

// path validation
show('path number', () => fs.readFileSync(123.5));
show('path object', () => fs.statSync({}));
show('path null byte', () => fs.statSync('a\0b'));
show('path buffer null byte', () => fs.statSync(Buffer.from('a\0b')));
show('url scheme', () => fs.readFileSync(new URL('http://x/y')));
show('url host', () => fs.readFileSync(new URL('file://host/y')));
show('url encoded slash', () => fs.readFileSync(new URL('file:///y%2Fz')));
show('url ok', () => fs.readFileSync(new URL('file://' + p('file')), 'utf8'));
show('buffer path', () => fs.readFileSync(Buffer.from('file'), 'utf8'));
show('rename old', () => fs.renameSync(5, 'x'));
show('rename new', () => fs.renameSync('file', 5));
show('link existing', () => fs.linkSync(null, 'x'));
show('symlink target', () => fs.symlinkSync(1, 'x'));
show('copyFile src', () => fs.copyFileSync(1, 'x'));
show('copyFile dest', () => fs.copyFileSync('file', {}));
show('mkdtemp prefix', () => fs.mkdtempSync(5));

// options / modes / flags
show('options number', () => fs.readFileSync('file', 5));
show('bad encoding', () => fs.readFileSync('file', 'bogus'));
show('bad flag', () => fs.readFileSync('file', { flag: 'bogus' }));
show('flag number float', () => fs.openSync('file', 1.5));
show('flag object', () => fs.openSync('file', {}));
show('mode string', () => fs.openSync('file', 'r', 'abc'));
show('mode negative', () => fs.openSync('file', 'r', -1));
show('chmod mode', () => fs.chmodSync('file', 'zz'));
show('chmod mode object', () => fs.chmodSync('file', {}));
show('mkdir mode', () => fs.mkdirSync('m', { mode: 'zz' }));
show('access mode', () => fs.accessSync('file', 'x'));
show('access mode range', () => fs.accessSync('file', 8));
show('copyFile mode', () => fs.copyFileSync('file', 'c', 8));
show('chown uid type', () => fs.chownSync('file', 'a', 1));
show('chown uid range', () => fs.chownSync('file', -2, 1));
show('utimes atime', () => fs.utimesSync('file', 'abc', 1));
show('futimes atime', () => fs.futimesSync(1, {}, 1));
show('symlink type', () => fs.symlinkSync('a', 'l', 'bogus'));
show('ftruncate len', () => fs.ftruncateSync(1, 'a'));
show('rm force type', () => fs.rmSync('zz', { force: 'yes' }));
show('rm maxRetries', () => fs.rmSync('zz', { maxRetries: -1 }));
show('readdir recursive type', () => fs.readdirSync('.', { recursive: 1 }));
show('writeFile data', () => fs.writeFileSync('w', 123));
show('writeFile flush', () => fs.writeFileSync('w', 'x', { flush: 1 }));
show('opendir bufferSize', () => fs.opendirSync('.', { bufferSize: 0 }));
show('cp options', () => fs.cpSync('file', 'c2', 5));
show('cp filter', () => fs.cpSync('file', 'c2', { filter: 5 }));
show('cp pair', () => fs.cpSync('file', 'c2', { dereference: true, verbatimSymlinks: true }));

// fds
show('fd string', () => fs.closeSync('x'));
show('fd negative', () => fs.closeSync(-1));
show('fd float', () => fs.closeSync(1.5));
show('fd closed', () => fs.closeSync(99999));
show('fstat bad fd', () => fs.fstatSync(99999));
show('read bad fd', () => fs.readSync(99999, Buffer.alloc(3)));
show('write bad fd', () => fs.writeSync(99999, 'abc'));
show('write bad data', () => fs.writeSync(1, 123));
show('write offset', () => fs.writeSync(1, Buffer.from('abc'), 5));
show('write length', () => fs.writeSync(1, Buffer.from('abc'), 1, 5));
show('write offset negative', () => fs.writeSync(1, Buffer.from('abc'), -1));
show('write hex odd', () => fs.writeSync(1, 'abc', 0, 'hex'));
show('read buffer type', () => fs.readSync(0, 'abc'));
show('read offset', () => fs.readSync(0, Buffer.alloc(3), 4, 1));
show('read length', () => fs.readSync(0, Buffer.alloc(3), 1, 5));
show('read position', () => fs.readSync(0, Buffer.alloc(3), 0, 1, -2));
show('read position type', () => fs.readSync(0, Buffer.alloc(3), 0, 1, 'x'));
show('read empty buffer', () => fs.readSync(0, Buffer.alloc(0), 0, 1, 0));
show('read zero length', () => fs.readSync(0, Buffer.alloc(3), 0, 0, 0));
show('fsync bad fd', () => fs.fsyncSync(99999));
show('fchmod bad fd', () => fs.fchmodSync(99999, 0o644));

// system errors with the caller's spelling
show('open missing', () => fs.openSync('nope/x', 'r'));
show('read dir', () => fs.readFileSync('d'));
show('read dir utf8', () => fs.readFileSync('./d', 'utf8'));
show('write dir', () => fs.writeFileSync('d', 'x'));
show('access missing', () => fs.accessSync('missing'));
show('mkdir exists', () => fs.mkdirSync('d'));
show('mkdir exists abs', () => fs.mkdirSync(p('d')));
show('unlink dir', () => fs.unlinkSync('d'));
show('rmdir file', () => fs.rmdirSync('file'));
show('rmdir missing', () => fs.rmdirSync('missing'));
show('rmdir not empty', () => fs.rmdirSync('d'));
show('rm dir', () => fs.rmSync('d'));
show('rm missing', () => fs.rmSync('missing'));
show('readdir missing', () => fs.readdirSync('missing'));
show('readdir file', () => fs.readdirSync('file'));
show('readlink file', () => fs.readlinkSync('file'));
show('rename missing', () => fs.renameSync('missing', 'x'));
show('rename into file', () => fs.renameSync('file', 'file/x'));
show('link missing', () => fs.linkSync('missing', 'x'));
show('link exists', () => fs.linkSync('file', 'd/x'));
show('symlink exists', () => fs.symlinkSync('whatever', 'd'));
show('copyFile missing', () => fs.copyFileSync('missing', 'x'));
show('copyFile excl', () => fs.copyFileSync('file', 'd/x', fs.constants.COPYFILE_EXCL));
show('realpath missing', () => fs.realpathSync('missing/a/b'));
show('realpath native missing', () => fs.realpathSync.native('missing/a/b'));
show('truncate missing', () => fs.truncateSync('missing', 'a'));
show('truncate dir', () => fs.truncateSync('d'));
show('opendir missing', () => fs.opendirSync('missing'));
show('opendir file', () => fs.opendirSync('file'));
show('mkdtemp missing', () => fs.mkdtempSync('nope/foo'));
show('stat through file', () => fs.statSync('file/x'));
show('empty stat', () => fs.statSync(''));
show('empty read', () => fs.readFileSync(''));
show('empty readdir', () => fs.readdirSync(''));
show('empty exists', () => fs.existsSync(''));
show('empty realpath', () => fs.realpathSync('') === process.cwd());
show('lchmod', () => typeof fs.lchmod + ' ' + typeof fs.lchmodSync);

// callbacks: validation throws synchronously, system errors arrive in the callback
show('cb missing', () => fs.stat('file'));
show('cb not function', () => fs.readFile('file', 'utf8', 5));
show('cb access path first', () => fs.access(5));
show('exists no cb', () => fs.exists('file'));
// One at a time: node's thread pool does not order concurrent requests.
const steps = [
  (next) => fs.stat('missing', (e) => { console.log('cb stat', desc(e)); next(); }),
  (next) => fs.readFile('d', (e) => { console.log('cb readFile dir', desc(e)); next(); }),
  (next) => fs.open('missing', 'r', (e, fd) => { console.log('cb open', desc(e), fd); next(); }),
  (next) => fs.mkdir('d', (e) => { console.log('cb mkdir', desc(e)); next(); }),
  (next) => fs.rename('missing', 'x', (e) => { console.log('cb rename', desc(e)); next(); }),
  (next) => fs.rm('d', (e) => { console.log('cb rm', desc(e)); next(); }),
  (next) => fs.opendir('missing', (e) => { console.log('cb opendir', desc(e)); next(); }),
  (next) => fs.close(99999, (e) => { console.log('cb close', desc(e)); next(); }),
  (next) => fs.read(99999, Buffer.alloc(3), 0, 3, 0, (e, n, b) => { console.log('cb read', desc(e), n, b.length); next(); }),
  (next) => fs.write(99999, 'x', (e, n, s) => { console.log('cb write', desc(e), n, s); next(); }),
  (next) => fs.exists('missing', (r) => { console.log('cb exists', r); next(); }),
  (next) => fs.exists(p('file'), (r) => { console.log('cb exists', r); next(); }),
  (next) => fs.readdir('file', (e) => { console.log('cb readdir', desc(e)); next(); }),
  (next) => fs.unlink('missing', (e) => { console.log('cb unlink', desc(e)); next(); }),
  (next) => fs.copyFile('missing', 'x', (e) => { console.log('cb copyFile', desc(e)); next(); }),
  (next) => fs.rmdir('d', (e) => { console.log('cb rmdir', desc(e)); next(); }),
  (next) => fs.readlink('file', (e) => { console.log('cb readlink', desc(e)); next(); }),
  (next) => fs.realpath('missing/x', (e) => { console.log('cb realpath', desc(e)); next(); }),
  (next) => fs.realpath.native('missing/x', (e) => { console.log('cb realpath native', desc(e)); next(); }),
  (next) => fs.truncate('missing', (e) => { console.log('cb truncate', desc(e)); next(); }),
  (next) => fs.symlink('t', 'file', (e) => { console.log('cb symlink', desc(e)); next(); }),
  (next) => fs.link('file', 'd', (e) => { console.log('cb link', desc(e)); next(); }),
  (next) => fs.writeFile('d', 'x', (e) => { console.log('cb writeFile dir', desc(e)); next(); }),
  (next) => fs.appendFile('nope/x', 'x', (e) => { console.log('cb appendFile', desc(e)); next(); }),
];
let stepIndex = 0;
function runSteps() {
  if (stepIndex < steps.length) steps[stepIndex++](runSteps);
  else promisesPart();
}
runSteps();

function promisesPart() {
(async () => {
  const tries = {
    readFile: () => fsp.readFile('missing'),
    readFileDir: () => fsp.readFile('d'),
    writeFileDir: () => fsp.writeFile('d', 'x'),
    stat: () => fsp.stat('missing'),
    lstatBad: () => fsp.lstat(5),
    mkdir: () => fsp.mkdir('d'),
    open: () => fsp.open('missing'),
    rm: () => fsp.rm('d'),
    rmdir: () => fsp.rmdir('missing'),
    readdir: () => fsp.readdir('missing'),
    access: () => fsp.access('missing', fs.constants.R_OK),
    copyFile: () => fsp.copyFile('file', 'd/x', fs.constants.COPYFILE_EXCL),
    realpath: () => fsp.realpath('missing'),
    readlink: () => fsp.readlink('file'),
    opendir: () => fsp.opendir('missing'),
    lchmod: () => fsp.lchmod('file', 0o644),
    truncate: () => fsp.truncate('missing'),
    chmodBad: () => fsp.chmod('file', 'zz'),
    symlinkExists: () => fsp.symlink('x', 'file'),
    link: () => fsp.link('missing', 'y'),
  };
  for (const [k, f] of Object.entries(tries)) {
    try {
      await f();
      console.log('p', k, 'ok');
    } catch (e) {
      console.log('p', k, desc(e));
    }
  }
  process.chdir('/');
  fs.rmSync(dir, { recursive: true });
  console.log('done');
})();
}
