'use strict';
// fs.globSync / fs.glob / fs.promises.glob (experimental in Node 22): *, **, ?, [..], {a,b},
// dotfiles, trailing slashes, cwd, exclude (function and patterns), withFileTypes, arrays of
// patterns, absolute patterns. Results are sorted: the traversal order is not specified.
const fs = require('fs');
const path = require('path');

if (!fs.existsSync('/tmp')) fs.mkdirSync('/tmp', { recursive: true });
const dir = fs.mkdtempSync('/tmp/fsdiff-');
const rel = (s) => String(s).replaceAll(dir, '<dir>');
const p = (...xs) => path.join(dir, ...xs);

for (const d of ['a/b', '.hid', 'c', 'n1', 'n2', 'n10']) fs.mkdirSync(p(d), { recursive: true });
for (const f of ['a/x.js', 'a/b/y.js', 'a/b/z.txt', '.hid/h.js', 'c/.dot.js', 'top.js', 'a/.e.js', 'README.md', 'n1/f', 'n10/f']) fs.writeFileSync(p(f), f);
fs.symlinkSync('../a', p('c', 'link'));
process.chdir(dir);

const show = (label, r) => console.log(label, JSON.stringify(r.map(rel).sort()));
const patterns = ['**', '**/*.js', 'a/**', 'a/*', '*', 'a/b/*.{js,txt}', 'a/?.js', '**/b', 'c/*', 'c/**',
  'a/b', 'nonexist', 'a/b/', '*/', './a/*.js', '**/*.js/', 'a/[xy].js', 'a/[!x].js', 'a/**/y.js', '.hid/*',
  '**/.*', 'a/../top.js', 'n{1..2}', 'n{1,10}/f', '*.md', '**/*.{md,txt}', 'a/b/**/*', 'c/link/*.js',
  '+(a|c)', 'a/@(x|y).js', '*(n1)', 'n!(1)', 'a/b/?.*', '[a-c]', '**/', 'a//b', '**/**/y.js'];
for (const pat of patterns) show(JSON.stringify(pat), fs.globSync(pat));
show('abs', fs.globSync(p('a', '*.js')));
show('cwd option', fs.globSync('*.js', { cwd: p('a') }));
show('cwd URL', fs.globSync('*', { cwd: new URL('file://' + p('a')) }));
show('array', fs.globSync(['a/*.js', 'top.js', 'a/x.js']));
show('exclude fn', fs.globSync('**/*.js', { exclude: (f) => f === 'a/b' || f.endsWith('top.js') }));
show('exclude patterns', fs.globSync('**/*.js', { exclude: ['a/b/**'] }));
show('exclude patterns glob', fs.globSync('**', { exclude: ['**/*.txt', 'n*'] }));
console.log('withFileTypes', fs.globSync('a/*', { withFileTypes: true })
  .map((d) => [d.name, rel(d.parentPath), d.isDirectory(), d instanceof fs.Dirent]).sort());
console.log('withFileTypes cwd', fs.globSync('*.js', { withFileTypes: true, cwd: p('a') })
  .map((d) => [d.name, rel(d.parentPath), d.isFile()]));
for (const [label, fn] of [
  ['bad pattern', () => fs.globSync(5)],
  ['bad array', () => fs.globSync(['a', 5])],
  ['bad exclude', () => fs.globSync('*', { exclude: 5 })],
  ['bad options', () => fs.globSync('*', 5)],
  ['no cb', () => fs.glob('*')],
]) {
  try { fn(); console.log(label, 'ok'); } catch (e) { console.log(label, e.code, e.message); }
}

fs.glob('**/*.txt', (err, r) => {
  show('cb ' + err, r);
  fs.glob('a/*', { withFileTypes: true }, (err, r) => {
    console.log('cb withFileTypes', err, r.map((d) => d.name).sort());
    (async () => {
      const out = [];
      for await (const f of fs.promises.glob('a/**')) out.push(f);
      show('promises', out);
      const out2 = [];
      for await (const f of fs.promises.glob(['*.md', 'c/*'], { cwd: dir })) out2.push(f);
      show('promises array', out2);
      process.chdir('/');
      fs.rmSync(dir, { recursive: true });
      console.log('done');
    })();
  });
});
