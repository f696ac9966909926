'use strict';
// Argument validation across the fs API: wrong types, out-of-range numbers, invalid flags,
// modes and encodings. Each must throw Node's error class, code and message.
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
    console.log(label, e.name, e.code, rel(e.message));
  }
}

fs.writeFileSync('f', 'hello world');
const fd = fs.openSync('f', 'r+');
const buf = Buffer.alloc(8);

// paths
for (const v of [undefined, null, 1, true, {}, [], () => {}, Symbol('s')]) {
  show(`readFile ${typeof v}`, () => fs.readFileSync(v));
}
show('stat number', () => fs.statSync(5));
show('mkdir object', () => fs.mkdirSync({ a: 1 }));
show('rename old', () => fs.renameSync(1, 'x'));
show('rename new', () => fs.renameSync('f', 2));
show('url not file', () => fs.readFileSync(new URL('http://x/y')));
show('url host', () => fs.readFileSync(new URL('file://host/y')));
show('url encoded slash', () => fs.readFileSync(new URL('file:///a%2fb')));

// descriptors
for (const v of [-1, 1.5, '3', 2 ** 31, null, NaN]) {
  show(`fstat ${String(v)}`, () => fs.fstatSync(v));
}
show('close string', () => fs.closeSync('x'));
show('close bad', () => fs.closeSync(99999));
show('read closed-ish', () => fs.readSync(99999, buf));

// flags and modes
for (const v of ['rw', 'x', 'r++', 7.5, {}, true]) {
  show(`open flags ${String(v)}`, () => fs.openSync('f', v));
}
show('open flags number ok', () => typeof fs.openSync('f', fs.constants.O_RDONLY));
for (const v of ['abc', '999', -1, 2 ** 32, 1.5, {}]) {
  show(`chmod mode ${String(v)}`, () => fs.chmodSync('f', v));
}
show('chmod string octal', () => fs.chmodSync('f', '644'));
show('mkdir mode string bad', () => fs.mkdirSync('m', { mode: 'rwx' }));
show('mkdir recursive type', () => fs.mkdirSync('m', { recursive: 'yes' }));
show('access mode bad', () => fs.accessSync('f', 8));
show('access mode type', () => fs.accessSync('f', 'r'));
show('copyFile mode bad', () => fs.copyFileSync('f', 'g', 8));

// encodings
for (const v of ['utf9', 'UTF-8', 'hex', 'buffer', 'latin1', 'ucs2', 7]) {
  show(`readFile enc ${String(v)}`, () => {
    const r = fs.readFileSync('f', v);
    return Buffer.isBuffer(r) ? 'buffer ' + r.length : r;
  });
}
show('readFile options enc bad', () => fs.readFileSync('f', { encoding: 'nope' }));
show('writeFile enc bad', () => fs.writeFileSync('g', 'x', 'nope'));
show('readdir enc bad', () => fs.readdirSync('.', 'nope'));
show('readdir enc buffer', () => fs.readdirSync('.', 'buffer').map(String).sort());
show('readlink enc bad', () => fs.readlinkSync('f', { encoding: 'bad' }));
show('mkdtemp enc bad', () => fs.mkdtempSync('t-', 'bad'));
show('createReadStream enc bad', () => fs.createReadStream('f', { encoding: 'bad' }));

// data
show('writeFile data number', () => fs.writeFileSync('g', 5));
show('writeFile data object', () => fs.writeFileSync('g', { a: 1 }));
show('writeFile data null', () => fs.writeFileSync('g', null));
show('appendFile data bool', () => fs.appendFileSync('g', true));
show('writeSync number', () => fs.writeSync(fd, 42));
show('writeSync object', () => fs.writeSync(fd, {}));

// offsets, lengths, positions
show('read offset neg', () => fs.readSync(fd, buf, -1, 1, 0));
show('read offset big', () => fs.readSync(fd, buf, 9, 1, 0));
show('read offset float', () => fs.readSync(fd, buf, 1.5, 1, 0));
show('read length neg', () => fs.readSync(fd, buf, 0, -1, 0));
show('read length big', () => fs.readSync(fd, buf, 0, 9, 0));
show('read length+offset', () => fs.readSync(fd, buf, 4, 5, 0));
show('read position neg2', () => fs.readSync(fd, buf, 0, 1, -2));
show('read position float', () => fs.readSync(fd, buf, 0, 1, 1.5));
show('read position string', () => fs.readSync(fd, buf, 0, 1, '1'));
show('read position bigint', () => fs.readSync(fd, buf, 0, 2, 1n));
show('read position big bigint', () => fs.readSync(fd, buf, 0, 2, 2n ** 63n));
show('read position -1', () => fs.readSync(fd, buf, 0, 1, -1));
show('read buffer type', () => fs.readSync(fd, 'abc', 0, 1, 0));
show('read options', () => fs.readSync(fd, buf, { offset: 2, length: 3, position: 0 }) + ' ' + buf.toString('latin1', 2, 5));
show('read options bad', () => fs.readSync(fd, buf, { offset: -1 }));
show('write offset neg', () => fs.writeSync(fd, buf, -1));
show('write length big', () => fs.writeSync(fd, buf, 0, 20));
show('write position neg', () => fs.writeSync(fd, buf, 0, 1, -5));
show('write string position', () => fs.writeSync(fd, 'abc', 'x'));
show('write string enc bad', () => fs.writeSync(fd, 'abc', 0, 'nope'));
show('truncate len neg', () => fs.truncateSync('f', -1));
show('truncate len string', () => fs.truncateSync('f', '1'));
show('truncate len float', () => fs.truncateSync('f', 1.5));
show('ftruncate len neg', () => fs.ftruncateSync(fd, -1));
show('ftruncate len float', () => fs.ftruncateSync(fd, 2.5));

// ids and times
show('chown uid -2', () => fs.chownSync('f', -2, 0));
show('chown uid float', () => fs.chownSync('f', 1.5, 0));
show('chown gid string', () => fs.chownSync('f', 0, '0'));
show('chown big', () => fs.chownSync('f', 2 ** 32, 0));
show('utimes string bad', () => fs.utimesSync('f', 'abc', 1));
show('utimes object', () => fs.utimesSync('f', {}, 1));
show('utimes date ok', () => fs.utimesSync('f', new Date(0), '1000'));
show('futimes fd bad', () => fs.futimesSync(-1, 0, 0));

// callbacks
show('readFile no cb', () => fs.readFile('f'));
show('stat cb not fn', () => fs.stat('f', 'x'));
show('open cb missing', () => fs.open('f', 'r'));
show('mkdtemp prefix type', () => fs.mkdtempSync(5));
show('rm options', () => fs.rmSync('f', { recursive: 'x' }));
show('rm maxRetries', () => fs.rmSync('f', { maxRetries: -1 }));
show('readdir options', () => fs.readdirSync('.', { withFileTypes: 1 }));
show('watch persistent', () => { const w = fs.watch('f', { persistent: 'x' }); w.close(); return typeof w; });
show('opendir bufferSize', () => fs.opendirSync('.', { bufferSize: 0 }));
show('createReadStream start string', () => fs.createReadStream('f', { start: '1' }));
show('createReadStream start neg', () => fs.createReadStream('f', { start: -1 }));
show('createReadStream end < start', () => fs.createReadStream('f', { start: 5, end: 2 }));
show('createReadStream hwm', () => fs.createReadStream('f', { highWaterMark: -1 }));
show('createWriteStream start neg', () => fs.createWriteStream('g', { start: -1 }));
show('createWriteStream flags', () => {
  fs.createWriteStream('g', { flags: 'q' }).on('error', (e) => console.log('stream flags error', e.name, e.code, e.message));
});
fs.closeSync(fd);

// promises
(async () => {
  for (const [label, fn] of [
    ['p readFile type', () => fs.promises.readFile(1.5)],
    ['p open flags', () => fs.promises.open('f', 'zz')],
    ['p writeFile enc', () => fs.promises.writeFile('g', 'x', { encoding: 'bad' })],
    ['p chmod mode', () => fs.promises.chmod('f', 'zz')],
    ['p truncate neg', () => fs.promises.truncate('f', -1)],
    ['p mkdir mode', () => fs.promises.mkdir('m', { mode: {} })],
  ]) {
    try {
      await fn();
      console.log(label, 'ok');
    } catch (e) {
      console.log(label, e.name, e.code, rel(e.message));
    }
  }
  const h = await fs.promises.open('f', 'r');
  for (const [label, fn] of [
    ['h read offset', () => h.read(Buffer.alloc(4), -1)],
    ['h read length', () => h.read(Buffer.alloc(4), 0, 10)],
    ['h read position', () => h.read(Buffer.alloc(4), 0, 1, -3)],
    ['h write type', () => h.write(5)],
    ['h truncate', () => h.truncate(-1)],
    ['h chmod', () => h.chmod('zz')],
  ]) {
    try {
      await fn();
      console.log(label, 'ok');
    } catch (e) {
      console.log(label, e.name, e.code, rel(e.message));
    }
  }
  await h.close();
})();
