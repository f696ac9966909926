'use strict';
// The same operations through sync, callback and promise forms and FileHandle: results and
// errors must agree with node's, including symlink loops, long names and lchown/lutimes.
const fs = require('fs');
const fsp = require('fs/promises');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x-'));
// Leave nothing behind (node runs this on the host's real temp directory).
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
process.chdir(dir);
const rel = (s) => String(s).replaceAll(dir, '<dir>');
const desc = (e) => `${e.name} ${e.code} ${e.errno} ${e.syscall} ${rel(e.message)}`;
function show(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', r === undefined ? '' : rel(typeof r === 'object' ? JSON.stringify(r) : r));
  } catch (e) {
    console.log(label, desc(e));
  }
}

fs.writeFileSync('f', 'abcdef');
fs.symlinkSync('loop2', 'loop1');
fs.symlinkSync('loop1', 'loop2');
fs.symlinkSync('f', 'lf');
fs.symlinkSync('missing', 'dangling');

show('stat loop', () => fs.statSync('loop1'));
show('readFile loop', () => fs.readFileSync('loop1'));
show('lstat loop', () => fs.lstatSync('loop1').isSymbolicLink());
show('open nofollow', () => fs.openSync('lf', fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW));
show('long name', () => fs.statSync('n'.repeat(256)));
show('long name write', () => fs.writeFileSync('n'.repeat(256), 'x'));
show('realpath loop', () => fs.realpathSync('loop1'));
show('realpath dangling', () => fs.realpathSync('dangling'));
show('realpath native', () => fs.realpathSync.native('lf'));
show('realpath native missing', () => fs.realpathSync.native('missing'));
show('write through dangling', () => { fs.writeFileSync('dangling', 'made'); return fs.readFileSync('missing', 'utf8'); });
show('exists loop', () => fs.existsSync('loop1'));
show('lchown', () => fs.lchownSync('lf', -1, -1));
show('lutimes', () => { fs.lutimesSync('lf', 1, 2); return fs.lstatSync('lf').mtimeMs; });
show('utimes via link', () => { fs.utimesSync('lf', 3, 4); return fs.statSync('f').mtimeMs; });
show('symlink type bad', () => fs.symlinkSync('f', 'l2', 'bogus'));
show('symlink type ok', () => fs.symlinkSync('f', 'l3', 'file'));
show('readdir types', () => fs.readdirSync('.', { withFileTypes: true })
  .map((d) => `${d.name}:${d.isSymbolicLink() ? 'l' : d.isFile() ? 'f' : d.isDirectory() ? 'd' : '?'}`).sort().join(','));
show('writeFile flag a', () => { fs.writeFileSync('f', 'gh', { flag: 'a' }); return fs.readFileSync('f', 'utf8'); });
show('writeFile flag wx', () => fs.writeFileSync('f', 'x', { flag: 'wx' }));
show('writeFile flag r', () => fs.writeFileSync('f', 'x', { flag: 'r' }));
show('readFile flag w+', () => fs.readFileSync('g', { flag: 'w+', encoding: 'utf8' }));
show('readFile flag a+', () => fs.readFileSync('f', { flag: 'a+', encoding: 'utf8' }));
show('open mode string', () => { const fd = fs.openSync('h', 'w', '640'); fs.closeSync(fd); return (fs.statSync('h').mode & 0o777).toString(8); });
show('appendFile mode', () => { fs.appendFileSync('i', 'x', { mode: 0o600 }); return (fs.statSync('i').mode & 0o777).toString(8); });
show('copyFile ficlone', () => { fs.copyFileSync('f', 'j', fs.constants.COPYFILE_FICLONE); return fs.readFileSync('j', 'utf8'); });

function cb(label) {
  return new Promise((resolve) => {
    const done = (e, r) => {
      console.log(label, e ? desc(e) : 'ok', r === undefined ? '' : rel(typeof r === 'object' && !Buffer.isBuffer(r) ? JSON.stringify(r) : r));
      resolve();
    };
    return done;
  });
}

(async () => {
  const call = (label, f) => new Promise((resolve) => f((e, r) => {
    console.log(label, e ? desc(e) : 'ok', r === undefined ? '' : rel(Buffer.isBuffer(r) ? r.toString() : r));
    resolve();
  }));
  await call('cb readFile loop', (k) => fs.readFile('loop1', k));
  await call('cb open missing', (k) => fs.open('missing-x', 'r', k));
  await call('cb mkdir exists', (k) => fs.mkdir('f', k));
  await call('cb readFile enc', (k) => fs.readFile('f', 'hex', k));
  await call('cb rename missing', (k) => fs.rename('nope', 'x', k));
  await call('cb copyFile missing', (k) => fs.copyFile('nope', 'x', k));
  await call('cb access', (k) => fs.access('nope', fs.constants.R_OK, k));
  // node's message shows the random name it tried: mask it.
  await call('cb mkdtemp', (k) => fs.mkdtemp('nope/t-', (e) => k({ ...e, name: e.name, message: e.message.replace(/t-\w{6}'/, "t-??????'") })));
  await new Promise((resolve) => fs.exists('f', (x) => { console.log('cb exists', x); resolve(); }));
  const fd = fs.openSync('f', 'r');
  await call('cb read', (k) => fs.read(fd, Buffer.alloc(3), 0, 3, 1, (e, n, b) => k(e, `${n} ${b}`)));
  await call('cb read options', (k) => fs.read(fd, { buffer: Buffer.alloc(4), position: 2 }, (e, n, b) => k(e, `${n} ${b}`)));
  await call('cb read no buffer', (k) => fs.read(fd, (e, n, b) => k(e, `${n} ${b.length}`)));
  await call('cb readv', (k) => fs.readv(fd, [Buffer.alloc(2), Buffer.alloc(2)], 0, (e, n, bs) => k(e, `${n} ${bs.join('|')}`)));
  fs.closeSync(fd);
  await call('cb read closed', (k) => fs.read(fd, Buffer.alloc(1), 0, 1, 0, k));

  for (const [label, fn] of [
    ['p stat loop', () => fsp.stat('loop1')],
    ['p readlink file', () => fsp.readlink('f')],
    ['p rmdir file', () => fsp.rmdir('f')],
    ['p unlink missing', () => fsp.unlink('missing-y')],
    ['p link exists', () => fsp.link('f', 'lf')],
    ['p opendir file', () => fsp.opendir('f')],
    ['p readdir missing', () => fsp.readdir('missing-z')],
    ['p access X', () => fsp.access('f', fs.constants.X_OK)],
    ['p copyFile excl', () => fsp.copyFile('f', 'g', fs.constants.COPYFILE_EXCL)],
    ['p lchown', () => fsp.lchown('lf', -1, -1)],
    ['p rm dir', () => { fs.mkdirSync('rd'); return fsp.rm('rd'); }],
  ]) {
    try {
      const r = await fn();
      console.log(label, 'ok', r === undefined ? '' : rel(r));
    } catch (e) {
      console.log(label, desc(e));
    }
  }
  const h = await fsp.open('w', 'w+');
  console.log('h writev', (await h.writev([Buffer.from('12'), Buffer.from('345')])).bytesWritten);
  const bufs = [Buffer.alloc(2), Buffer.alloc(2)];
  console.log('h readv', (await h.readv(bufs, 1)).bytesRead, bufs.join('|'));
  await h.datasync();
  await h.sync();
  console.log('h stat bigint', typeof (await h.stat({ bigint: true })).size);
  console.log('h read default', (await h.read()).bytesRead);
  console.log('h read position', JSON.stringify((await h.read({ buffer: Buffer.alloc(3), position: 2 })).buffer.toString()));
  await h.truncate(2);
  console.log('h readFile', await h.readFile('utf8'));
  await h.close();
  for (const [label, fn] of [
    ['h closed read', () => h.read()],
    ['h closed stat', () => h.stat()],
    ['h closed datasync', () => h.datasync()],
  ]) {
    try {
      await fn();
      console.log(label, 'ok');
    } catch (e) {
      console.log(label, e.name, e.code, e.message);
    }
  }
})();
