// path (POSIX): normalize/join/resolve/relative/dirname/basename/extname/
// parse/format/isAbsolute and argument validation.
const path = require('path');

function show(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, 'threw', e.code, e.name, e.message);
  }
}

const samples = [
  '', '.', '..', '/', '//', '///', 'a', '/a', '//a', 'a/', '/a/', 'a//b', '/a//b/',
  './a', '../a', 'a/./b', 'a/../b', 'a/b/../../..', '/..', '/../a', 'a/.b', '.a', '.a.',
  'a.', '..a', 'a..', '...', '/foo/bar/baz/asdf/quux.html', 'foo.tar.gz', '.bashrc',
  '/x/y/.hidden', 'dir/file.', 'C:\\x\\y.txt', 'a b/c d.e', '/ü/€.txt',
];

for (const p of samples) {
  show(`normalize ${JSON.stringify(p)}`, () => path.normalize(p));
  show(`dirname ${JSON.stringify(p)}`, () => path.dirname(p));
  show(`basename ${JSON.stringify(p)}`, () => path.basename(p));
  show(`basename+ext ${JSON.stringify(p)}`, () => path.basename(p, '.html'));
  show(`extname ${JSON.stringify(p)}`, () => path.extname(p));
  show(`parse ${JSON.stringify(p)}`, () => path.parse(p));
  show(`isAbsolute ${JSON.stringify(p)}`, () => path.isAbsolute(p));
}

show('basename suffix quirk 1', () => path.basename('/a/bc/', 'xbc'));
show('basename suffix quirk 2', () => path.basename('///', 'x'));
show('basename equal', () => path.basename('aaa', 'aaa'));
show('basename whole comp', () => path.basename('/a/bc', 'bc'));

show('join', () => path.join('/foo', 'bar', 'baz/asdf', 'quux', '..'));
show('join empty', () => path.join('', ''));
show('join none', () => path.join());
show('join dots', () => path.join('a', '.', '..', '..', 'b'));

show('resolve abs', () => path.resolve('/foo/bar', './baz'));
show('resolve abs2', () => path.resolve('/foo/bar', '/tmp/file/'));
show('resolve rel', () => path.relative(process.cwd(), path.resolve('wwwroot', 'static_files/png/', '../gif/image.gif')));
show('resolve empty == cwd', () => path.resolve('') === process.cwd());
show('resolve skips invalid before absolute', () => path.resolve(5, '/abs'));

for (const [from, to] of [
  ['/data/orandea/test/aaa', '/data/orandea/impl/bbb'], ['/a', '/a'], ['/', '/a/b'], ['/a/b', '/'],
  ['/foo/bar', '/foo/barbaz'], ['/foo/barbaz', '/foo/bar'], ['/a/b/c', '/a/b'], ['/a/b', '/a/b/c/d'],
]) {
  show(`relative ${from} -> ${to}`, () => path.relative(from, to));
}

for (const obj of [
  { root: '/ignored', dir: '/home/user/dir', base: 'file.txt' },
  { root: '/', base: 'file.txt', ext: 'ignored' },
  { root: '/', name: 'file', ext: '.txt' },
  { name: 'x', ext: 'js' },
  { dir: 'a', name: 'b' },
  {},
]) {
  show(`format ${JSON.stringify(obj)}`, () => path.format(obj));
}

show('sep/delimiter', () => [path.sep, path.delimiter, path.posix === path, path.win32.sep]);
show('toNamespacedPath', () => path.toNamespacedPath('/a/b'));

for (const bad of [null, undefined, 42, {}, true]) {
  show(`join bad ${String(bad)}`, () => path.join('a', bad));
  show(`basename bad ${String(bad)}`, () => path.basename(bad));
  show(`basename bad suffix ${String(bad)}`, () => path.basename('a', bad === undefined ? 1 : bad));
  show(`relative bad ${String(bad)}`, () => path.relative('a', bad));
  show(`resolve bad ${String(bad)}`, () => path.resolve(bad));
  show(`format bad ${String(bad)}`, () => path.format(bad));
}
