'use strict';
// rm / rmdir (recursive, force), rename edge cases, copyFile (COPYFILE_EXCL), and cp / cpSync /
// fs.promises.cp (recursive, filter, force, errorOnExist, symlinks, preserveTimestamps).
const fs = require('fs');
const path = require('path');

if (!fs.existsSync('/tmp')) fs.mkdirSync('/tmp', { recursive: true });
const dir = fs.mkdtempSync('/tmp/fsdiff-');
const rel = (s) => String(s).replaceAll(dir, '<dir>');
const p = (...xs) => path.join(dir, ...xs);
function desc(e) {
  return `${e.name} ${e.code} ${rel(e.message)}` + (e.syscall ? ` [${e.syscall} ${rel(e.path)}]` : '');
}
function show(label, fn) {
  try {
    const r = fn();
    console.log(label, typeof r === 'string' ? rel(r) : r);
  } catch (e) {
    console.log(label, 'ERR', desc(e));
  }
}
function tree(root) {
  if (!fs.existsSync(root)) return '(none)';
  return fs.readdirSync(root, { recursive: true, withFileTypes: true })
    .map((d) => {
      const full = path.join(d.parentPath, d.name);
      const r = path.relative(root, full);
      if (d.isSymbolicLink()) return `${r}->${rel(fs.readlinkSync(full))}`;
      if (d.isDirectory()) return r + '/';
      return `${r}=${fs.readFileSync(full, 'utf8')}`;
    }).sort().join(' ');
}
function build(root) {
  fs.mkdirSync(path.join(root, 'sub', 'deep'), { recursive: true });
  fs.writeFileSync(path.join(root, 'a.txt'), 'A');
  fs.writeFileSync(path.join(root, 'sub', 'b.txt'), 'B');
  fs.writeFileSync(path.join(root, 'sub', 'deep', 'c.log'), 'C');
  fs.symlinkSync('a.txt', path.join(root, 'rel-link'));
  fs.symlinkSync('sub', path.join(root, 'dir-link'));
}
process.chdir(dir);
process.noDeprecation = true; // rmdir({ recursive }) warns with the pid in the message

// rm / rmdir
build(p('r'));
show('rm file', () => { fs.rmSync('r/a.txt'); return tree('r'); });
show('rm symlink to dir', () => { fs.rmSync('r/dir-link'); return tree('r'); });
show('rm dir without recursive', () => fs.rmSync('r/sub'));
show('rm missing', () => fs.rmSync('r/none'));
show('rm missing force', () => fs.rmSync('r/none', { force: true }));
show('rm missing parent force', () => fs.rmSync('r/none/deeper', { force: true }));
show('rm recursive', () => { fs.rmSync('r', { recursive: true, maxRetries: 2 }); return tree('r'); });
show('rm recursive missing', () => fs.rmSync('r', { recursive: true }));
show('rm recursive force missing', () => fs.rmSync('r', { recursive: true, force: true }));
build(p('r2'));
show('rmdir recursive', () => { fs.rmdirSync('r2', { recursive: true }); return fs.existsSync('r2'); });
fs.writeFileSync('plain', 'x');
show('rmdir recursive on file', () => fs.rmdirSync('plain', { recursive: true }));

// rename
build(p('n'));
show('rename file', () => { fs.renameSync('n/a.txt', 'n/a2.txt'); return tree('n'); });
show('rename over file', () => { fs.writeFileSync('n/z.txt', 'Z'); fs.renameSync('n/z.txt', 'n/a2.txt'); return fs.readFileSync('n/a2.txt', 'utf8'); });
show('rename dir', () => { fs.renameSync('n/sub', 'n/moved'); return tree('n'); });
show('rename dir into itself', () => fs.renameSync('n/moved', 'n/moved/deep/x'));
show('rename file over dir', () => fs.renameSync('n/a2.txt', 'n/moved'));
show('rename dir over file', () => fs.renameSync('n/moved', 'n/a2.txt'));
show('rename dir over non-empty dir', () => { fs.mkdirSync('n/other/inner', { recursive: true }); fs.renameSync('n/other', 'n/moved'); });
show('rename dir over empty dir', () => { fs.mkdirSync('n/empty'); fs.renameSync('n/other', 'n/empty'); return tree('n/empty'); });
show('rename same', () => { fs.renameSync('n/a2.txt', 'n/a2.txt'); return fs.readFileSync('n/a2.txt', 'utf8'); });
show('rename symlink', () => { fs.renameSync('n/rel-link', 'n/rl2'); return fs.readlinkSync('n/rl2'); });

// copyFile
show('copyFile', () => { fs.copyFileSync('n/a2.txt', 'copy1'); return fs.readFileSync('copy1', 'utf8'); });
show('copyFile overwrite', () => { fs.writeFileSync('copy2', 'old'); fs.copyFileSync('copy1', 'copy2'); return fs.readFileSync('copy2', 'utf8'); });
show('copyFile excl', () => fs.copyFileSync('copy1', 'copy2', fs.constants.COPYFILE_EXCL));
show('copyFile ficlone', () => { fs.copyFileSync('copy1', 'copy3', fs.constants.COPYFILE_FICLONE); return fs.readFileSync('copy3', 'utf8'); });
show('copyFile dir', () => fs.copyFileSync('n', 'copy4'));
show('copyFile into missing dir', () => fs.copyFileSync('copy1', 'nodir/x'));
show('copyFile mode', () => { fs.chmodSync('copy1', 0o640); fs.copyFileSync('copy1', 'copy5'); return (fs.statSync('copy5').mode & 0o777).toString(8); });
show('copyFile via link', () => { fs.symlinkSync('copy1', 'cl'); fs.copyFileSync('cl', 'copy6'); return fs.lstatSync('copy6').isFile(); });

// cpSync
build(p('src'));
fs.chmodSync('src/sub/b.txt', 0o600);
show('cpSync file', () => { fs.cpSync('src/a.txt', 'out/one/a.txt'); return tree('out'); });
show('cpSync file mode kept', () => (fs.statSync('out/one/a.txt').mode & 0o777) === (fs.statSync('src/a.txt').mode & 0o777));
show('cpSync dir no recursive', () => fs.cpSync('src', 'out2'));
show('cpSync same', () => fs.cpSync('src', 'src', { recursive: true }));
show('cpSync into self', () => fs.cpSync('src', 'src/sub/x', { recursive: true }));
show('cpSync dir to file', () => fs.cpSync('src', 'copy1', { recursive: true }));
show('cpSync file to dir', () => fs.cpSync('copy1', 'src'));
show('cpSync missing', () => fs.cpSync('nope', 'out3'));
show('cpSync recursive', () => { fs.cpSync('src', 'out3', { recursive: true }); return tree('out3'); });
show('cpSync mode kept in tree', () => (fs.statSync('out3/sub/b.txt').mode & 0o777).toString(8));
show('cpSync link resolved', () => rel(fs.readlinkSync('out3/rel-link')));
show('cpSync verbatim', () => { fs.cpSync('src', 'out4', { recursive: true, verbatimSymlinks: true }); return tree('out4'); });
show('cpSync dereference', () => { fs.cpSync('src', 'out5', { recursive: true, dereference: true }); return tree('out5'); });
show('cpSync filter', () => { fs.cpSync('src', 'out6', { recursive: true, filter: (s) => !s.endsWith('.log') && !s.endsWith('link') }); return tree('out6'); });
show('cpSync filter root false', () => { fs.cpSync('src', 'out7', { recursive: true, filter: () => false }); return tree('out7'); });
show('cpSync filter promise', () => fs.cpSync('src', 'out8', { recursive: true, filter: async () => true }));
fs.writeFileSync('out3/a.txt', 'changed');
show('cpSync force false', () => { fs.cpSync('src/a.txt', 'out3/a.txt', { force: false }); return fs.readFileSync('out3/a.txt', 'utf8'); });
show('cpSync errorOnExist', () => fs.cpSync('src/a.txt', 'out3/a.txt', { force: false, errorOnExist: true }));
show('cpSync force', () => { fs.cpSync('src/a.txt', 'out3/a.txt'); return fs.readFileSync('out3/a.txt', 'utf8'); });
show('cpSync merge', () => { fs.writeFileSync('out3/extra', 'E'); fs.cpSync('src', 'out3', { recursive: true }); return tree('out3'); });
show('cpSync preserveTimestamps', () => {
  fs.utimesSync('src/a.txt', 1000, 2000);
  fs.cpSync('src/a.txt', 'ts.txt', { preserveTimestamps: true });
  return fs.statSync('ts.txt').mtimeMs;
});
show('cpSync mode excl', () => fs.cpSync('src/a.txt', 'ts.txt', { mode: fs.constants.COPYFILE_EXCL }));
show('cpSync symlink top', () => { fs.cpSync('src/rel-link', 'toplink'); return rel(fs.readlinkSync('toplink')); });

const fsp = fs.promises;
function cbCp(src, dest, opts) {
  return new Promise((resolve) => fs.cp(src, dest, opts ?? {}, (err) => resolve(err)));
}
(async () => {
  const tries = [
    ['cp dir no recursive', () => fsp.cp('src', 'pout')],
    ['cp same', () => fsp.cp('src', 'src', { recursive: true })],
    ['cp into self', () => fsp.cp('src', 'src/sub/q', { recursive: true })],
    ['cp file to dir', () => fsp.cp('copy1', 'src')],
    ['cp dir to file', () => fsp.cp('src', 'copy1', { recursive: true })],
    ['cp missing', () => fsp.cp('nope', 'pout')],
    ['cp errorOnExist', () => fsp.cp('src/a.txt', 'out3/a.txt', { force: false, errorOnExist: true })],
    ['cp recursive', async () => { await fsp.cp('src', 'pout', { recursive: true }); return tree('pout'); }],
    ['cp filter async', async () => { await fsp.cp('src', 'pout2', { recursive: true, filter: async (s) => !s.includes('deep') }); return tree('pout2'); }],
    ['cp verbatim', async () => { await fsp.cp('src', 'pout3', { recursive: true, verbatimSymlinks: true }); return tree('pout3'); }],
    ['cp dereference', async () => { await fsp.cp('src', 'pout4', { recursive: true, dereference: true }); return tree('pout4'); }],
    ['cp parent created', async () => { await fsp.cp('src/a.txt', 'pnew/x/y.txt'); return tree('pnew'); }],
    ['cp dir errorOnExist', () => fsp.cp('src', 'pout', { recursive: true, force: false, errorOnExist: true })],
    ['cb cp', async () => { const e = await cbCp('src', 'cbout', { recursive: true }); return [e, tree('cbout')]; }],
    ['cb cp error', async () => { const e = await cbCp('src', 'cbout2'); return desc(e); }],
    ['cb cp no options', async () => { const e = await new Promise((r) => fs.cp('src/a.txt', 'cbfile', r)); return [e, fs.readFileSync('cbfile', 'utf8')]; }],
    ['cb rm', () => new Promise((r) => fs.rm('cbout', { recursive: true }, (e) => r([e, fs.existsSync('cbout')])))],
    ['cb rm dir', () => new Promise((r) => fs.rm('pout', (e) => r(desc(e))))],
    ['cb rm missing', () => new Promise((r) => fs.rm('nope', (e) => r(desc(e))))],
    ['cb rm force', () => new Promise((r) => fs.rm('nope', { force: true }, (e) => r(e)))],
    ['cb rmdir recursive', () => new Promise((r) => fs.rmdir('pout2', { recursive: true }, (e) => r([e, fs.existsSync('pout2')])))],
    ['cb rename', () => new Promise((r) => fs.rename('cbfile', 'cbfile2', (e) => r([e, fs.existsSync('cbfile2')])))],
    ['cb copyFile', () => new Promise((r) => fs.copyFile('cbfile2', 'cbfile3', fs.constants.COPYFILE_EXCL, (e) => r([e, fs.readFileSync('cbfile3', 'utf8')])))],
    ['cb copyFile excl', () => new Promise((r) => fs.copyFile('cbfile2', 'cbfile3', fs.constants.COPYFILE_EXCL, (e) => r(desc(e))))],
    ['p rm recursive', async () => { await fsp.rm('pout', { recursive: true }); return fs.existsSync('pout'); }],
    ['p rmdir recursive', async () => { await fsp.rmdir('pout3', { recursive: true }); return fs.existsSync('pout3'); }],
  ];
  for (const [label, fn] of tries) {
    try {
      const r = await fn();
      console.log(label, typeof r === 'string' ? rel(r) : r);
    } catch (e) {
      console.log(label, 'ERR', desc(e));
    }
  }
  process.chdir('/');
  fs.rmSync(dir, { recursive: true, force: true });
  console.log('done', fs.existsSync(dir));
})();
