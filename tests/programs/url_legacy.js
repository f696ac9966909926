// The url module: url.parse/format/resolve, fileURLToPath, pathToFileURL,
// urlToHttpOptions, domainToASCII/Unicode.
const url = require('url');

function show(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, 'threw', e.code, e.name, e.message);
  }
}

const parseInputs = [
  'http://user:pass@host.com:8080/p/a/t/h?query=string#hash', 'https://example.com', 'HTTP://A.COM/X?Y#Z',
  '/p/a?x=1', '//host/path', 'mailto:a@b.com', 'javascript:alert(1)', 'file:///etc/passwd', 'file://host/x',
  'http://[::1]:8080/x', 'http://ünicode.com/p', 'http://a.com/ x"y\'z<>`{|}^', '  http://a.com/  ',
  'http:\\\\a.com\\b\\c?d\\e', 'http://user@a.com', 'http://a@b@c/', 'http://a.com?x', 'http://a.com#x',
  '?x=1&y=2&x=3', '#frag', 'a/b/c', 'ftp://x.y/z', 'xmpp:user@host', 'http://x.com/?a=1&a=2&b=%E2%82%AC+c',
];
for (const input of parseInputs) {
  show(`parse ${JSON.stringify(input)}`, () => url.parse(input));
  show(`parse+query ${JSON.stringify(input)}`, () => url.parse(input, true).query);
  show(`parse slashes ${JSON.stringify(input)}`, () => url.parse(input, false, true).host);
  show(`format ${JSON.stringify(input)}`, () => url.format(input));
}
show('parse bad', () => url.parse(5));
show('format bad', () => url.format(null));
show('format obj', () => url.format({ protocol: 'https', hostname: 'example.com', port: 8443, pathname: 'x y', query: { a: [1, 2], b: 'c d' }, hash: 'h' }));
show('format URL options', () => url.format(new URL('https://u:p@xn--mnchen-3ya.de/p?q#h'), { unicode: true, auth: false, search: false, fragment: false }));

for (const [from, to] of [
  ['http://a/b/c/d;p?q', 'g'], ['http://a/b/c/d;p?q', '../g'], ['http://a/b/c/d;p?q', '../../../g'],
  ['http://a/b/c/d;p?q', '//g'], ['http://a/b/c/d;p?q', '?y'], ['http://a/b/c/d;p?q', '#s'],
  ['http://a/b/c/d;p?q', 'https://x/y'], ['/one/two/three', 'four'], ['http://example.com/', '/one'],
  ['http://example.com/one', '/two'], ['mailto:local1@domain1', 'local2@domain2'],
]) {
  show(`resolve ${from} + ${to}`, () => url.resolve(from, to));
}

for (const u of ['file:///a%20b/c', 'file:///a%2Fb', 'file://host/a', 'http://x/', 'file:///%E2%82%AC']) {
  show(`fileURLToPath ${u}`, () => url.fileURLToPath(u));
  show(`fileURLToPath win ${u}`, () => url.fileURLToPath(u, { windows: true }));
}
show('fileURLToPath bad', () => url.fileURLToPath(5));
for (const p of ['/a b#c?d%e', '/tmp/dir/', '/ü/€', 'relative/x']) {
  show(`pathToFileURL ${p}`, () => url.pathToFileURL(p).href.replace(process.cwd(), '<cwd>'));
}
show('pathToFileURL win', () => url.pathToFileURL('C:\\x\\y z', { windows: true }).href);
show('pathToFileURL unc', () => url.pathToFileURL('\\\\server\\share\\f', { windows: true }).href);
show('pathToFileURL bad', () => url.pathToFileURL(5));
show('urlToHttpOptions', () => url.urlToHttpOptions(new URL('http://u:p@[::1]:80/x?y#z')));
for (const d of ['español.com', 'xn--n3h.com', 'EXAMPLE.com', 'xn--iñvalid.com', '日本.jp', 'a..b', '[::1]', '']) {
  show(`domainToASCII ${d}`, () => url.domainToASCII(d));
  show(`domainToUnicode ${d}`, () => url.domainToUnicode(d));
}
show('keys', () => Object.keys(url));
