// path.win32 and path.matchesGlob.
const path = require('path');
const w = path.win32;

function show(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, 'threw', e.code, e.name, e.message);
  }
}

const samples = [
  'C:\\', 'C:', 'C:foo', 'c:\\foo\\bar\\', 'C:\\foo\\..\\..\\bar', '\\\\server\\share',
  '\\\\server\\share\\dir\\file.txt', '//server/share/x', '\\\\?\\C:\\x', '\\\\.\\pipe\\name',
  'a\\b/c', '\\foo', '/foo/bar', 'foo\\..\\..\\bar', 'file.ext.', '\\\\', 'C:\\a.b\\c',
];
for (const p of samples) {
  show(`w normalize ${JSON.stringify(p)}`, () => w.normalize(p));
  show(`w dirname ${JSON.stringify(p)}`, () => w.dirname(p));
  show(`w basename ${JSON.stringify(p)}`, () => w.basename(p));
  show(`w extname ${JSON.stringify(p)}`, () => w.extname(p));
  show(`w parse ${JSON.stringify(p)}`, () => w.parse(p));
  show(`w isAbsolute ${JSON.stringify(p)}`, () => w.isAbsolute(p));
}
show('w join', () => w.join('C:\\a', 'b', '..', 'c.txt'));
show('w join unc', () => w.join('//server', 'share'));
show('w resolve', () => w.resolve('C:\\a', 'b', '..\\c'));
show('w resolve other drive', () => w.resolve('C:\\a', 'D:\\b', 'c'));
show('w relative', () => w.relative('C:\\orandea\\test\\aaa', 'C:\\orandea\\impl\\bbb'));
show('w relative case', () => w.relative('C:\\Foo\\Bar', 'c:\\foo\\bar\\baz'));
show('w relative drives', () => w.relative('C:\\a', 'D:\\b'));
show('w toNamespacedPath', () => w.toNamespacedPath('C:\\a\\b'));
show('w toNamespacedPath unc', () => w.toNamespacedPath('\\\\server\\share\\x'));
show('w format', () => w.format({ dir: 'C:\\dir', base: 'f.txt' }));
show('w sep', () => [w.sep, w.delimiter, w.win32 === w, w.posix === path.posix]);

const globs = [
  ['a/b.js', '**/*.js'], ['a/b.js', '*.js'], ['b.js', '*.js'], ['.a.js', '*.js'], ['a/.b.js', '**/*.js'],
  ['x/y/z', 'x/**'], ['x', 'x/**'], ['x/', 'x/**'], ['abc', 'a?c'], ['ab', 'a?c'], ['a1', 'a[0-9]'],
  ['ab', 'a[!b]'], ['foo.txt', '*.{js,txt}'], ['a/b', 'a/{b,c}'], ['a2', 'a{1..3}'], ['a/b/c', 'a/**/c'],
  ['a/c', 'a/**/c'], ['a\\b', 'a/b'], ['A', 'a'],
];
for (const [p, g] of globs) {
  show(`glob ${p} ${g}`, () => path.matchesGlob(p, g));
  show(`glob win32 ${p} ${g}`, () => w.matchesGlob(p, g));
}
show('glob bad', () => path.matchesGlob(1, '*'));
show('glob bad pattern', () => path.matchesGlob('a', null));
