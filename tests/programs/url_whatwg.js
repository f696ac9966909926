// WHATWG URL: parsing (relative, special schemes, IPv4/IPv6, IDNA, file:,
// percent-encoding, dot segments), setters, URLSearchParams and errors.
const props = ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port',
               'pathname', 'search', 'hash'];

function parse(input, base) {
  try {
    const u = base === undefined ? new URL(input) : new URL(input, base);
    console.log(JSON.stringify([input, base]), JSON.stringify(props.map((p) => u[p])));
  } catch (e) {
    console.log(JSON.stringify([input, base]), 'threw', e.code, e.name, e.message, JSON.stringify(e.input));
  }
}

const inputs = [
  'https://user:pass@sub.example.com:8080/p/a/t/h?query=string#hash',
  'HTTP://EXAMPLE.COM:80/./a/../b/%2e%2E/c', 'http://example.com/foo/%2e%2', 'http://f:00000000000000000000080/c',
  'http://f:999999/c', 'http://[1::2]:3:4', 'http://[::127.0.0.1]', 'http://[0:0:0:0:0:0:13.1.68.3]',
  'http://[2001:db8::1:0:0:1]/', 'http://[::ffff:192.168.0.1]', 'http://192.0x00A80001', 'http://0x7f.1',
  'http://256.256.256.256', 'http://4294967295', 'http://1.2.3.08', 'http://foo.09', 'http://foo.0x4',
  'http://ExAmPlE.CoM', 'http://münchen.de/', 'http://faß.de/', 'http://☃.net/', 'http://xn--n3h.net/',
  'http://Ｅｘａｍｐｌｅ.com/', 'http://a..b/', 'http://%41.com', 'http://%zz/', 'http://xn--/',
  'file:///C:/x/../y', 'file:c:\\foo\\bar.html', 'file://localhost/etc/passwd', 'file://host/share',
  'file:///a%20b', 'file:', 'foo://///////bar.com/', 'sc://ñ.test/', 'sc:opaque path?q#f',
  'data:text/plain,hello world', 'javascript:alert(1)', 'mailto:user@example.com', 'about:blank',
  'blob:https://example.com:443/uuid', 'non-spec:/.//p', 'http://example.com/你好?q=你好#你好',
  'http://example.com/ !"$&\'()*+,;=@[]^`{|}~', 'http://h/?a=\'b"c', 'foo://h/?a=\'b"c',
  ' \t http://trim.me/\n ', 'http://user@/', 'http://:@www.example.com', 'http:\\\\a\\b:c\\d@foo.com\\',
  'nope', '', '//no-scheme',
];
for (const input of inputs) parse(input);

const bases = ['http://example.org/foo/bar?q#f', 'file:///tmp/mock/path', 'sc://host/a/b'];
const relatives = ['', '.', '..', '../..', '/x', '//h2/y', '?z', '#w', 'g;x?y#s', 'C|/foo', '\\x\\y', 'http:g', 'x:y'];
for (const base of bases) for (const rel of relatives) parse(rel, base);
parse('a', 'not a url');
parse('#frag', 'about:blank');

// setters
const setters = [
  ['protocol', 'https'], ['protocol', 'file'], ['protocol', 'ftp:'], ['protocol', 'x y'],
  ['username', 'us er'], ['password', 'p@ss:word'], ['host', 'other.org:99'], ['host', 'h2:'],
  ['hostname', 'only.host:55'], ['hostname', '[::1]'], ['port', '8080'], ['port', '80'], ['port', '12ab'],
  ['port', 'x1'], ['port', '70000'], ['port', ''], ['pathname', '/a b/../c'], ['pathname', 'noslash'],
  ['search', '?a=1&b= 2'], ['search', ''], ['hash', '#x y'], ['hash', ''], ['href', 'http://new.example/'],
];
for (const [prop, value] of setters) {
  for (const start of ['http://user:pw@host.com:81/p/q?s=1#h', 'foo://h/p', 'mailto:me@example.com']) {
    const u = new URL(start);
    try {
      u[prop] = value;
      console.log('set', prop, JSON.stringify(value), 'on', start, '=>', u.href);
    } catch (e) {
      console.log('set', prop, JSON.stringify(value), 'on', start, 'threw', e.code, e.message);
    }
  }
}

// URLSearchParams
const sp = new URLSearchParams('?a=1&b=2&a=3&c=%20x+y&d=%zz&&e');
console.log('sp', sp.toString(), sp.size, JSON.stringify([...sp]));
console.log('get', sp.get('a'), JSON.stringify(sp.getAll('a')), sp.get('missing'), sp.has('a'), sp.has('a', '3'), sp.has('a', '9'));
sp.append('z', 'é & ü=');
sp.set('a', 'only');
sp.delete('b');
sp.delete('c', 'nope');
console.log('after edits', sp.toString());
sp.sort();
console.log('sorted', sp.toString(), JSON.stringify([...sp.keys()]), JSON.stringify([...sp.values()]));
const forEachOut = [];
sp.forEach((v, k) => forEachOut.push(`${k}=${v}`));
console.log('forEach', forEachOut.join('|'));
console.log('from object', new URLSearchParams({ x: 1, y: 'two' }).toString());
console.log('from pairs', new URLSearchParams([['p', 'q'], ['r', 's']]).toString());
try { new URLSearchParams([['only']]); } catch (e) { console.log('bad pairs threw', e.code, e.name, e.message); }
try { sp.get(); } catch (e) { console.log('get() threw', e.code, e.message); }

const linked = new URL('http://h/p?x=1#frag');
linked.searchParams.append('y', '2 3');
console.log('linked', linked.href);
linked.searchParams.delete('x');
linked.searchParams.delete('y');
console.log('emptied', linked.href);
linked.search = '?k=v';
console.log('search->params', linked.searchParams.get('k'));

console.log('canParse', URL.canParse('http://a'), URL.canParse('nope'), URL.canParse('/p', 'http://b'));
console.log('parse', URL.parse('nope'), URL.parse('/p', 'http://b').href);
console.log('json', JSON.stringify({ u: new URL('http://a/b') }), String(new URL('http://c')));
try { new URL(); } catch (e) { console.log('URL() threw', e.code, e.name, e.message); }
