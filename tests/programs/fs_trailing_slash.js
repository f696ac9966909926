'use strict';
// Trailing slashes and null bytes in paths: every fs entry point, the errors Linux gives.
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
    console.log(label, 'ok', r === undefined ? '' : rel(r));
  } catch (e) {
    console.log(label, e.name, e.code, rel(e.message));
  }
}

fs.writeFileSync('f', 'x');
fs.mkdirSync('d');
fs.symlinkSync('f', 'lf');
fs.symlinkSync('d', 'ld');

show('stat f/', () => fs.statSync('f/'));
show('stat d/', () => fs.statSync('d/').isDirectory());
show('lstat lf/', () => fs.lstatSync('lf/'));
show('lstat ld/', () => fs.lstatSync('ld/').isDirectory());
show('stat missing/', () => fs.statSync('missing/'));
show('stat throwIfNoEntry f/', () => fs.statSync('f/', { throwIfNoEntry: false }));
show('exists f/', () => fs.existsSync('f/'));
show('exists d/', () => fs.existsSync('d/'));
show('readFile f/', () => fs.readFileSync('f/'));
show('writeFile new/', () => fs.writeFileSync('new/', 'x'));
show('writeFile f/', () => fs.writeFileSync('f/', 'x'));
show('appendFile f/', () => fs.appendFileSync('f/', 'x'));
show('open f/ r', () => fs.openSync('f/', 'r'));
show('open f/ w', () => fs.openSync('f/', 'w'));
show('unlink f/', () => fs.unlinkSync('f/'));
show('unlink d/', () => fs.unlinkSync('d/'));
show('unlink ld/', () => fs.unlinkSync('ld/'));
show('unlink missing/', () => fs.unlinkSync('missing/'));
show('rmdir f/', () => fs.rmdirSync('f/'));
show('rmdir ld/', () => fs.rmdirSync('ld/'));
show('rename f/ g', () => fs.renameSync('f/', 'g'));
show('rename f g/', () => fs.renameSync('f', 'g/'));
show('link f n/', () => fs.linkSync('f', 'n/'));
show('link f/ n', () => fs.linkSync('f/', 'n'));
show('symlink f s/', () => fs.symlinkSync('f', 's/'));
show('readlink lf/', () => fs.readlinkSync('lf/'));
show('readlink ld/', () => fs.readlinkSync('ld/'));
show('chmod f/', () => fs.chmodSync('f/', 0o644));
show('chown f/', () => fs.chownSync('f/', -1, -1));
show('utimes f/', () => fs.utimesSync('f/', 1, 1));
show('truncate f/', () => fs.truncateSync('f/'));
show('access f/', () => fs.accessSync('f/'));
show('copyFile f/ c', () => fs.copyFileSync('f/', 'c'));
show('copyFile f c/', () => fs.copyFileSync('f', 'c/'));
show('readdir f/', () => fs.readdirSync('f/'));
show('mkdir f/', () => fs.mkdirSync('f/'));
show('mkdir nd/', () => fs.mkdirSync('nd/'));
show('mkdtemp f/', () => fs.mkdtempSync('f/'));
fs.mkdirSync('d2');
show('rename d2 d3/', () => { fs.renameSync('d2', 'd3/'); return fs.readdirSync('.').sort().join(','); });
show('opendir f/', () => fs.opendirSync('f/'));
show('chdir f/', () => process.chdir('f/'));

// Null bytes are refused before anything is asked.
for (const [name, fn] of [
  ['readFile', () => fs.readFileSync('f\0x')],
  ['stat', () => fs.statSync('a\0')],
  ['writeFile', () => fs.writeFileSync('\0', 'x')],
  ['mkdir', () => fs.mkdirSync('d\0')],
  ['rename dest', () => fs.renameSync('f', 'g\0')],
  ['symlink target', () => fs.symlinkSync('t\0', 'l')],
  ['buffer path', () => fs.statSync(Buffer.from('f\0'))],
  ['url path', () => fs.statSync(new URL('file:///a%00b'))],
  ['exists', () => fs.existsSync('f\0')],
]) show('null ' + name, fn);

// The same through callbacks and promises.
fs.stat('f/', (e) => console.log('cb stat f/', e.code, rel(e.message)));
fs.promises.stat('f/').catch((e) => console.log('promise stat f/', e.code, rel(e.message)));
fs.promises.readFile('f\0').catch((e) => console.log('promise null', e.code, e.name));
fs.lstat('ld/', (e, s) => console.log('cb lstat ld/', e, s.isDirectory()));
