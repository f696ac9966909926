'use strict';
// Whole-file and directory basics through the sync API: writeFile/readFile/appendFile with
// encodings and flags, exists, stat kinds and sizes, mkdir (recursive), readdir, unlink, rmdir, rm.
const fs = require('fs');
const path = require('path');

if (!fs.existsSync('/tmp')) fs.mkdirSync('/tmp', { recursive: true });
const dir = fs.mkdtempSync('/tmp/fsdiff-');
const rel = (s) => String(s).replaceAll(dir, '<dir>');
function show(label, fn) {
  try {
    const r = fn();
    console.log(label, typeof r === 'string' ? rel(r) : r);
  } catch (e) {
    console.log(label, 'ERR', e.code, rel(e.message));
  }
}
const p = (...xs) => path.join(dir, ...xs);

console.log('mkdtemp', path.dirname(dir), path.basename(dir).length, /^fsdiff-[A-Za-z0-9]{6}$/.test(path.basename(dir)));

// writeFile / readFile
fs.writeFileSync(p('a.txt'), 'hello world');
show('read utf8', () => fs.readFileSync(p('a.txt'), 'utf8'));
show('read buffer', () => fs.readFileSync(p('a.txt')));
show('read hex', () => fs.readFileSync(p('a.txt'), { encoding: 'hex' }));
show('read base64', () => fs.readFileSync(p('a.txt'), 'base64'));
show('read latin1 flag r', () => fs.readFileSync(p('a.txt'), { encoding: 'latin1', flag: 'r' }));
fs.writeFileSync(p('b.bin'), Buffer.from([0, 1, 2, 255]));
show('bin', () => fs.readFileSync(p('b.bin')));
fs.writeFileSync(p('c.txt'), new Uint16Array([0x6968, 0x2121]));
show('typed array', () => fs.readFileSync(p('c.txt'), 'utf8'));
fs.writeFileSync(p('d.txt'), new DataView(new Uint8Array([65, 66, 67]).buffer));
show('dataview', () => fs.readFileSync(p('d.txt'), 'utf8'));
fs.writeFileSync(p('e.txt'), '68656c6c6f', 'hex');
show('hex write', () => fs.readFileSync(p('e.txt'), 'utf8'));
fs.writeFileSync(p('f.txt'), 'aGk=', { encoding: 'base64' });
show('base64 write', () => fs.readFileSync(p('f.txt'), 'utf8'));
fs.writeFileSync(p('u.txt'), 'héllo ☃ 😀');
show('utf8 size', () => fs.statSync(p('u.txt')).size);
show('utf8 back', () => fs.readFileSync(p('u.txt'), 'utf8'));
show('utf16le', () => { fs.writeFileSync(p('w.txt'), 'ab', 'utf16le'); return fs.readFileSync(p('w.txt')); });

// flags
show('wx existing', () => fs.writeFileSync(p('a.txt'), 'x', { flag: 'wx' }));
show('wx new', () => fs.writeFileSync(p('new.txt'), 'x', { flag: 'wx' }));
show('a flag', () => { fs.writeFileSync(p('new.txt'), 'yz', { flag: 'a' }); return fs.readFileSync(p('new.txt'), 'utf8'); });
show('appendFile', () => { fs.appendFileSync(p('new.txt'), '!'); fs.appendFileSync(p('new.txt'), Buffer.from('?')); return fs.readFileSync(p('new.txt'), 'utf8'); });
show('appendFile creates', () => { fs.appendFileSync(p('app.txt'), 'first'); return fs.readFileSync(p('app.txt'), 'utf8'); });
show('ax existing', () => fs.appendFileSync(p('app.txt'), 'x', { flag: 'ax' }));
show('w+ truncates', () => { fs.writeFileSync(p('new.txt'), 'Q', { flag: 'w+' }); return fs.readFileSync(p('new.txt'), 'utf8'); });
show('r+ missing', () => fs.writeFileSync(p('nope.txt'), 'Q', { flag: 'r+' }));
show('readFile flag a+', () => fs.readFileSync(p('created-by-read.txt'), { flag: 'a+', encoding: 'utf8' }));
show('created', () => fs.existsSync(p('created-by-read.txt')));
show('mode option', () => { fs.writeFileSync(p('m.txt'), 'x', { mode: 0o600 }); return fs.statSync(p('m.txt')).isFile(); });

// exists / stat
show('exists file', () => fs.existsSync(p('a.txt')));
show('exists missing', () => fs.existsSync(p('zzz')));
show('exists bad arg', () => fs.existsSync());
show('exists null byte', () => fs.existsSync('a\0b'));
show('exists URL', () => fs.existsSync(new URL('file://' + p('a.txt'))));
show('exists Buffer', () => fs.existsSync(Buffer.from(p('a.txt'))));
const st = fs.statSync(p('a.txt'));
console.log('stat', st.isFile(), st.isDirectory(), st.isSymbolicLink(), st.size, st.nlink, typeof st.mtimeMs, st.mtime instanceof Date);
console.log('stat instanceof', st instanceof fs.Stats, Object.keys(st).join(','));
const bst = fs.statSync(p('a.txt'), { bigint: true });
console.log('bigint', typeof bst.size, bst.size, typeof bst.mtimeNs, bst.isFile(), bst.mtimeMs === bst.mtimeNs / 1000000n);
console.log('bigint keys', Object.keys(bst).join(','));
show('stat dir', () => fs.statSync(dir).isDirectory());
show('stat missing', () => fs.statSync(p('missing')));
show('stat missing no throw', () => fs.statSync(p('missing'), { throwIfNoEntry: false }));
show('lstat missing no throw', () => fs.lstatSync(p('missing', 'x'), { throwIfNoEntry: false }));
show('stat through file', () => fs.statSync(p('a.txt', 'x')));
show('stat through file no throw', () => fs.statSync(p('a.txt', 'x'), { throwIfNoEntry: false }));
show('stat trailing slash on file', () => fs.statSync(p('a.txt') + '/'));

// mkdir
show('mkdir', () => fs.mkdirSync(p('sub')));
show('mkdir again', () => fs.mkdirSync(p('sub')));
show('mkdir recursive new', () => fs.mkdirSync(p('r1', 'r2', 'r3'), { recursive: true }));
show('mkdir recursive existing', () => fs.mkdirSync(p('r1', 'r2'), { recursive: true }));
show('mkdir recursive through file', () => fs.mkdirSync(p('a.txt', 'x'), { recursive: true }));
show('mkdir missing parent', () => fs.mkdirSync(p('q1', 'q2')));
show('mkdir mode string', () => fs.mkdirSync(p('ms'), '755'));
show('mkdir bad recursive', () => fs.mkdirSync(p('x'), { recursive: 1 }));

// readdir
show('readdir', () => fs.readdirSync(dir).sort().join(','));
show('readdir types', () => fs.readdirSync(dir, { withFileTypes: true })
  .map((d) => `${d.name}:${d.isFile() ? 'f' : d.isDirectory() ? 'd' : '?'}:${rel(d.parentPath)}`).sort().join(' '));
show('readdir buffer', () => fs.readdirSync(p('r1'), 'buffer'));
show('readdir recursive', () => fs.readdirSync(p('r1'), { recursive: true }).sort());
show('readdir missing', () => fs.readdirSync(p('missing')));
show('readdir file', () => fs.readdirSync(p('a.txt')));

// unlink / rmdir / rm
show('unlink', () => fs.unlinkSync(p('b.bin')));
show('unlink missing', () => fs.unlinkSync(p('b.bin')));
show('unlink dir', () => fs.unlinkSync(p('sub')));
show('rmdir non-empty', () => fs.rmdirSync(p('r1')));
show('rmdir file', () => fs.rmdirSync(p('a.txt')));
show('rmdir', () => fs.rmdirSync(p('sub')));
show('rm dir no recursive', () => fs.rmSync(p('r1')));
show('rm missing', () => fs.rmSync(p('missing')));
show('rm missing force', () => fs.rmSync(p('missing'), { force: true }));
show('rm file', () => fs.rmSync(p('c.txt')));
show('rm recursive', () => fs.rmSync(p('r1'), { recursive: true }));
show('after rm', () => fs.readdirSync(dir).sort().join(','));

fs.rmSync(dir, { recursive: true });
console.log('cleaned', fs.existsSync(dir));
