'use strict';
// Symbolic and hard links, realpath, lstat vs stat, chmod/fchmod, chown to the same owner,
// utimes/futimes/lutimes with Dates, numbers and numeric strings, access.
const fs = require('fs');
const path = require('path');

if (!fs.existsSync('/tmp')) fs.mkdirSync('/tmp', { recursive: true });
const dir = fs.realpathSync(fs.mkdtempSync('/tmp/fsdiff-'));
const rel = (s) => String(s).replaceAll(dir, '<dir>');
const p = (...xs) => path.join(dir, ...xs);
function show(label, fn) {
  try {
    const r = fn();
    console.log(label, typeof r === 'string' ? rel(r) : r);
  } catch (e) {
    console.log(label, 'ERR', e.code, rel(e.message));
  }
}
const kind = (s) => (s.isFile() ? 'file' : s.isDirectory() ? 'dir' : s.isSymbolicLink() ? 'link' : '?');

fs.mkdirSync(p('d', 'e'), { recursive: true });
fs.writeFileSync(p('d', 'e', 'f.txt'), 'target');

// symlinks
show('symlink rel', () => fs.symlinkSync('d/e/f.txt', p('l1')));
show('symlink abs', () => fs.symlinkSync(p('d'), p('l2'), 'dir'));
show('symlink dangling', () => fs.symlinkSync('nowhere', p('l3')));
show('symlink to link', () => fs.symlinkSync('l1', p('l4'), 'file'));
show('symlink loop a', () => fs.symlinkSync('loopb', p('loopa')));
show('symlink loop b', () => fs.symlinkSync('loopa', p('loopb')));
show('symlink exists', () => fs.symlinkSync('x', p('l1')));
show('readlink rel', () => fs.readlinkSync(p('l1')));
show('readlink abs', () => fs.readlinkSync(p('l2')));
show('readlink buffer', () => fs.readlinkSync(p('l3'), 'buffer'));
show('readlink enc', () => fs.readlinkSync(p('l3'), { encoding: 'hex' }));
show('readlink not link', () => fs.readlinkSync(p('d')));
show('read through link', () => fs.readFileSync(p('l1'), 'utf8'));
show('read through link chain', () => fs.readFileSync(p('l4'), 'utf8'));
show('read dangling', () => fs.readFileSync(p('l3')));
show('stat loop', () => fs.statSync(p('loopa')));
show('lstat loop', () => kind(fs.lstatSync(p('loopa'))));
show('stat l1', () => kind(fs.statSync(p('l1'))));
show('lstat l1', () => kind(fs.lstatSync(p('l1'))));
show('lstat l1 size', () => fs.lstatSync(p('l1')).size);
show('stat l2', () => kind(fs.statSync(p('l2'))));
show('lstat l2', () => kind(fs.lstatSync(p('l2'))));
show('readdir via link', () => fs.readdirSync(p('l2')).sort());
show('exists dangling', () => fs.existsSync(p('l3')));
show('lstat dangling', () => kind(fs.lstatSync(p('l3'))));
show('dirent kinds', () => fs.readdirSync(dir, { withFileTypes: true }).map((d) => d.name + ':' + (d.isSymbolicLink() ? 'link' : d.isDirectory() ? 'dir' : 'file')).sort().join(' '));
show('write through link', () => { fs.writeFileSync(p('l1'), 'changed'); return fs.readFileSync(p('d', 'e', 'f.txt'), 'utf8'); });
show('write dangling creates target', () => { fs.writeFileSync(p('l3'), 'made'); return fs.readFileSync(p('nowhere'), 'utf8'); });

// realpath
show('realpath file link', () => fs.realpathSync(p('l1')));
show('realpath chain', () => fs.realpathSync(p('l4')));
show('realpath dir link inside', () => fs.realpathSync(p('l2', 'e', 'f.txt')));
show('realpath dots', () => fs.realpathSync(p('d', 'e', '..', 'e', '.', 'f.txt')));
show('realpath native', () => fs.realpathSync.native(p('l2', 'e')));
show('realpath buffer', () => rel(fs.realpathSync(p('l1'), 'buffer').toString()));
show('realpath loop', () => fs.realpathSync(p('loopa')));
show('realpath native loop', () => fs.realpathSync.native(p('loopa')));
show('realpath missing under link', () => fs.realpathSync(p('l2', 'missing')));
process.chdir(dir);
show('realpath relative', () => fs.realpathSync('l2/e'));
show('realpath dot', () => fs.realpathSync('.'));

// hard links
show('link', () => fs.linkSync(p('d', 'e', 'f.txt'), p('hard')));
show('nlink', () => [fs.statSync(p('hard')).nlink, fs.statSync(p('d', 'e', 'f.txt')).nlink]);
show('same ino', () => fs.statSync(p('hard')).ino === fs.statSync(p('d', 'e', 'f.txt')).ino);
show('write via hard', () => { fs.appendFileSync(p('hard'), '+'); return fs.readFileSync(p('d', 'e', 'f.txt'), 'utf8'); });
show('unlink one', () => { fs.unlinkSync(p('hard')); return fs.statSync(p('d', 'e', 'f.txt')).nlink; });
show('link dir', () => fs.linkSync(p('d'), p('hd')));
show('unlink symlink keeps target', () => { fs.unlinkSync(p('l1')); return fs.existsSync(p('d', 'e', 'f.txt')); });
show('rm dir symlink', () => { fs.rmSync(p('l2')); return [fs.existsSync(p('l2')), fs.existsSync(p('d'))]; });

// chmod
const f = p('d', 'e', 'f.txt');
for (const m of [0o644, 0o600, 0o755, 0o400, '751', 0o4755]) {
  show('chmod ' + (typeof m === 'string' ? m : m.toString(8)), () => { fs.chmodSync(f, m); return (fs.statSync(f).mode & 0o7777).toString(8); });
}
show('fchmod', () => { const fd = fs.openSync(f, 'r'); fs.fchmodSync(fd, 0o640); fs.closeSync(fd); return (fs.statSync(f).mode & 0o777).toString(8); });
show('chmod dir', () => { fs.chmodSync(p('d'), 0o700); return (fs.statSync(p('d')).mode & 0o777).toString(8); });
show('chmod via link', () => { fs.symlinkSync(f, p('lf')); fs.chmodSync(p('lf'), 0o604); return (fs.statSync(f).mode & 0o777).toString(8); });
show('chmod missing', () => fs.chmodSync(p('missing'), 0o644));
show('mode type bits', () => [(fs.statSync(f).mode & 0o170000).toString(8), (fs.statSync(p('d')).mode & 0o170000).toString(8), (fs.lstatSync(p('lf')).mode & 0o170000).toString(8)]);
fs.chmodSync(f, 0o644);

// chown to the current owner
const st = fs.statSync(f);
show('chown same', () => fs.chownSync(f, st.uid, st.gid));
show('chown -1', () => fs.chownSync(f, -1, -1));
show('lchown', () => fs.lchownSync(p('lf'), st.uid, st.gid));
show('fchown', () => { const fd = fs.openSync(f, 'r'); fs.fchownSync(fd, st.uid, st.gid); fs.closeSync(fd); });
show('chown missing', () => fs.chownSync(p('missing'), st.uid, st.gid));

// utimes
show('utimes numbers', () => { fs.utimesSync(f, 1000000000, 1500000000); const s = fs.statSync(f); return [s.mtimeMs, s.atimeMs, s.mtime.toISOString()]; });
show('utimes fractional', () => { fs.utimesSync(f, 1000000000, 1500000000.25); return fs.statSync(f).mtimeMs; });
show('utimes dates', () => { fs.utimesSync(f, new Date('2001-02-03T04:05:06Z'), new Date('2011-12-13T14:15:16.500Z')); return fs.statSync(f).mtime.toISOString(); });
show('utimes strings', () => { fs.utimesSync(f, '1234567890', '1234567891'); return fs.statSync(f).mtimeMs; });
show('utimes bigint stat', () => { const s = fs.statSync(f, { bigint: true }); return [s.mtimeMs, s.mtimeNs]; });
show('futimes', () => { const fd = fs.openSync(f, 'r'); fs.futimesSync(fd, 100, 200); fs.closeSync(fd); return fs.statSync(f).mtimeMs; });
show('lutimes', () => {
  fs.lutimesSync(p('lf'), 300, 400);
  return [fs.lstatSync(p('lf')).mtimeMs, fs.statSync(f).mtimeMs];
});
show('utimes missing', () => fs.utimesSync(p('missing'), 1, 1));

// access
show('access F_OK', () => fs.accessSync(f));
show('access R_OK', () => fs.accessSync(f, fs.constants.R_OK));
show('access R|W', () => fs.accessSync(f, fs.R_OK | fs.W_OK));
show('access missing', () => fs.accessSync(p('missing'), fs.constants.F_OK));
show('access dangling', () => { fs.unlinkSync(p('nowhere')); return fs.accessSync(p('l3')); });

// callbacks and promises over the same
fs.symlink('d', p('cbl'), (err) => {
  console.log('cb symlink', err);
  fs.readlink(p('cbl'), (err, t) => {
    console.log('cb readlink', err, t);
    fs.lstat(p('cbl'), (err, s) => {
      console.log('cb lstat', err, kind(s));
      fs.realpath(p('cbl'), (err, r) => {
        console.log('cb realpath', err, rel(r));
        fs.realpath.native(p('cbl'), (err, r) => {
          console.log('cb realpath native', err, rel(r));
          fs.chmod(f, 0o611, (err) => {
            console.log('cb chmod', err, (fs.statSync(f).mode & 0o777).toString(8));
            fs.utimes(f, 5, 6, (err) => {
              console.log('cb utimes', err, fs.statSync(f).mtimeMs);
              fs.link(f, p('h2'), (err) => {
                console.log('cb link', err, fs.statSync(f).nlink);
                fs.access(f, fs.constants.R_OK, (err) => {
                  console.log('cb access', err);
                  promisesPart();
                });
              });
            });
          });
        });
      });
    });
  });
});

async function promisesPart() {
  const fsp = fs.promises;
  await fsp.symlink('d/e', p('pl'));
  console.log('p readlink', await fsp.readlink(p('pl')));
  console.log('p lstat', kind(await fsp.lstat(p('pl'))), kind(await fsp.stat(p('pl'))));
  console.log('p realpath', rel(await fsp.realpath(p('pl'))));
  await fsp.chmod(f, 0o612);
  console.log('p chmod', (fs.statSync(f).mode & 0o777).toString(8));
  await fsp.utimes(f, new Date(7000), new Date(8000));
  console.log('p utimes', fs.statSync(f).mtimeMs);
  await fsp.lutimes(p('pl'), 9, 10);
  console.log('p lutimes', fs.lstatSync(p('pl')).mtimeMs);
  await fsp.link(f, p('h3'));
  console.log('p link', fs.statSync(f).nlink);
  await fsp.chown(f, st.uid, st.gid);
  await fsp.lchown(p('pl'), st.uid, st.gid);
  await fsp.access(f);
  console.log('p done');
  process.chdir('/');
  fs.rmSync(dir, { recursive: true });
}
