'use strict';
// System-error edge cases (ENOTDIR, EISDIR, ENOTEMPTY, EEXIST, EBADF…), bigint stats,
// readv/writev, fdatasync, Dir iteration and read streams with start/end/highWaterMark.
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x-'));
// Leave nothing behind (node runs this on the host's real temp directory).
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
process.chdir(dir);
const rel = (s) => String(s).replaceAll(dir, '<dir>');
function show(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', r === undefined ? '' : rel(typeof r === 'object' ? JSON.stringify(r) : r));
  } catch (e) {
    console.log(label, e.name, e.code, e.errno, e.syscall, rel(e.message));
  }
}

fs.writeFileSync('f', '0123456789');
fs.mkdirSync('d');
fs.writeFileSync('d/x', 'x');
fs.mkdirSync('empty');

show('mkdir existing file', () => fs.mkdirSync('f'));
show('mkdir existing dir', () => fs.mkdirSync('d'));
show('mkdir under file', () => fs.mkdirSync('f/sub'));
show('mkdir -p under file', () => fs.mkdirSync('f/sub/deeper', { recursive: true }));
show('mkdir -p existing', () => fs.mkdirSync('d', { recursive: true }));
show('mkdir -p file', () => fs.mkdirSync('f', { recursive: true }));
show('mkdir -p first', () => fs.mkdirSync('n1/n2/n3', { recursive: true }));
show('mkdir -p dot', () => fs.mkdirSync('./m1/m2', { recursive: true }));
show('mkdir -p slash', () => fs.mkdirSync('m3/m4/', { recursive: true }));
show('mkdir -p abs', () => fs.mkdirSync(path.join(dir, 'm5', 'm6'), { recursive: true }));
show('mkdir -p partial', () => fs.mkdirSync('m1/m2/m7/m8', { recursive: true }));
show('mkdir missing parent', () => fs.mkdirSync('nope/x'));
show('rmdir non-empty', () => fs.rmdirSync('d'));
show('rmdir file', () => fs.rmdirSync('f'));
show('rmdir missing', () => fs.rmdirSync('missing'));
show('unlink dir', () => fs.unlinkSync('d'));
show('readFile dir', () => fs.readFileSync('d'));
show('writeFile dir', () => fs.writeFileSync('d', 'x'));
show('open dir w', () => fs.openSync('d', 'w'));
show('open dir r', () => typeof fs.openSync('d', 'r'));
show('open wx existing', () => fs.openSync('f', 'wx'));
show('open missing r', () => fs.openSync('missing', 'r'));
show('open file/child', () => fs.openSync('f/child', 'r'));
show('rename dir over file', () => fs.renameSync('empty', 'f'));
show('rename file over dir', () => fs.renameSync('f', 'empty'));
show('rename dir over non-empty', () => fs.renameSync('empty', 'd'));
show('rename into itself', () => fs.renameSync('d', 'd/inside'));
show('rename missing', () => fs.renameSync('missing', 'other'));
show('link dir', () => fs.linkSync('d', 'dlink'));
show('link exists', () => fs.linkSync('f', 'd/x'));
show('symlink exists', () => fs.symlinkSync('f', 'd'));
show('copyFile to dir', () => fs.copyFileSync('f', 'd'));
show('copyFile from dir', () => fs.copyFileSync('d', 'g'));
show('copyFile excl', () => fs.copyFileSync('f', 'd/x', fs.constants.COPYFILE_EXCL));
show('readdir file', () => fs.readdirSync('f'));
show('readlink file', () => fs.readlinkSync('f'));
show('truncate dir', () => fs.truncateSync('d'));
show('rm dir no recursive', () => fs.rmSync('d'));
show('rm missing', () => fs.rmSync('missing'));
show('rm missing force', () => fs.rmSync('missing', { force: true }));
show('access missing', () => fs.accessSync('missing'));
show('access X', () => fs.accessSync('f', fs.constants.X_OK));
show('chdir file', () => process.chdir('f'));

// descriptors
const ro = fs.openSync('f', 'r');
const wo = fs.openSync('w.txt', 'w');
show('write to read-only fd', () => fs.writeSync(ro, 'x'));
show('read from write-only fd', () => fs.readSync(wo, Buffer.alloc(1)));
show('ftruncate read-only fd', () => fs.ftruncateSync(ro, 1));
show('fdatasync', () => fs.fdatasyncSync(wo));
show('fsync', () => fs.fsyncSync(ro));
show('writev', () => fs.writevSync(wo, [Buffer.from('ab'), Buffer.from('cd'), new Uint8Array([101])]));
show('writev at position', () => fs.writevSync(wo, [Buffer.from('XY')], 1));
show('writev bad', () => fs.writevSync(wo, ['ab']));
show('writev not array', () => fs.writevSync(wo, Buffer.from('ab')));
fs.closeSync(wo);
show('content', () => fs.readFileSync('w.txt', 'latin1'));
const a = Buffer.alloc(3), b = Buffer.alloc(4);
show('readv', () => fs.readvSync(ro, [a, b], 2) + ' ' + a.toString() + '|' + b.toString());
show('readv again (position kept)', () => fs.readvSync(ro, [a]) + ' ' + a.toString());
show('readv bad', () => fs.readvSync(ro, [1]));
fs.closeSync(ro);
show('closed fd', () => fs.fstatSync(ro));
show('close twice', () => fs.closeSync(ro));
show('fdatasync bad', () => fs.fdatasyncSync(ro));

// bigint stats
const s = fs.statSync('f', { bigint: true });
show('bigint types', () => [typeof s.size, typeof s.mtimeMs, typeof s.mtimeNs, typeof s.ino, typeof s.mode, s.mtime instanceof Date].join(','));
show('bigint values', () => [s.size, s.isFile(), s.isDirectory(), s.mtimeNs / 1000000n === s.mtimeMs].join(','));
show('bigint lstat missing', () => fs.lstatSync('missing', { bigint: true }));
show('bigint fstat', () => {
  const fd = fs.openSync('f', 'r');
  try { return typeof fs.fstatSync(fd, { bigint: true }).blocks; } finally { fs.closeSync(fd); }
});
show('statfs bigint', () => typeof fs.statfsSync('.', { bigint: true }).bsize);

// Dir
fs.mkdirSync('it');
for (const n of ['c', 'a', 'b']) fs.writeFileSync(`it/${n}`, n);
fs.mkdirSync('it/sub');
const dh = fs.opendirSync('it');
const seen = [];
let e;
while ((e = dh.readSync()) !== null) seen.push(`${e.name}:${e.isDirectory() ? 'd' : 'f'}:${rel(e.parentPath)}`);
console.log('dir entries', seen.sort().join(' '));
show('dir path', () => rel(dh.path));
dh.closeSync();
show('dir read after close', () => dh.readSync());
show('dir close twice', () => dh.closeSync());
show('opendir missing', () => fs.opendirSync('missing'));

(async () => {
  const names = [];
  for await (const ent of await fs.promises.opendir('it')) names.push(ent.name);
  console.log('for await', names.sort().join(','));
  const d2 = fs.opendirSync('it', { bufferSize: 1 });
  const first = await d2.read();
  console.log('async read', typeof first.name);
  await d2.close();
  try { await d2.close(); } catch (err) { console.log('async close twice', err.code, err.message); }
  const rec = fs.readdirSync('.', { recursive: true }).sort();
  console.log('recursive', rec.join(','));

  // read streams
  const chunks = (opts) => new Promise((resolve) => {
    const out = [];
    fs.createReadStream('f', opts)
      .on('data', (c) => out.push(String(c)))
      .on('error', (err) => resolve(`error ${err.code}`))
      .on('end', () => resolve(out.join('|')));
  });
  console.log('stream all', await chunks({}));
  console.log('stream start/end', await chunks({ start: 2, end: 5 }));
  console.log('stream end only', await chunks({ end: 0 }));
  console.log('stream start past end', await chunks({ start: 20 }));
  console.log('stream hwm 3', await chunks({ highWaterMark: 3 }));
  console.log('stream hwm 4 start 1 end 8', await chunks({ highWaterMark: 4, start: 1, end: 8 }));
  console.log('stream encoding', await chunks({ encoding: 'hex', start: 0, end: 2 }));
  console.log('stream missing', await new Promise((resolve) => {
    fs.createReadStream('missing').on('error', (err) => resolve(`${err.code} ${rel(err.message)}`));
  }));
  console.log('stream dir', await new Promise((resolve) => {
    fs.createReadStream('d').on('error', (err) => resolve(`${err.code} ${err.syscall} ${rel(err.message)}`));
  }));
  const ws = fs.createWriteStream('ws.txt', { start: 0 });
  ws.write('abc');
  ws.end('def', () => {
    console.log('write stream', fs.readFileSync('ws.txt', 'utf8'), ws.bytesWritten);
    const ws2 = fs.createWriteStream('ws.txt', { flags: 'r+', start: 2 });
    ws2.end('ZZ', () => console.log('write stream start', fs.readFileSync('ws.txt', 'utf8')));
  });
})();
