// URL / URLSearchParams basics.
const u = new URL('https://user:pa%20ss@example.com:8080/a/b/../c?x=1&y=two%20words&x=3#frag');
for (const k of ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search', 'hash']) {
  console.log(k.padEnd(9), JSON.stringify(u[k]));
}
console.log('get x:', u.searchParams.get('x'), 'getAll x:', u.searchParams.getAll('x'));
console.log('get y:', u.searchParams.get('y'), 'has z:', u.searchParams.has('z'));
u.searchParams.append('z', 'a&b=c');
u.searchParams.delete('x');
console.log('after edits:', u.href);
u.pathname = '/new path';
u.hash = '';
u.port = '443';
console.log('after setters:', u.toString());
console.log('default port dropped:', new URL('https://h.com:443/').href);
console.log('relative:', new URL('../up?q', 'http://h.com/a/b/c').href);
console.log('toJSON:', JSON.stringify({ u: new URL('http://h.com') }));
console.log('idn:', new URL('http://münchen.de/').hostname);
console.log('file url:', new URL('file:///tmp/x y.txt').pathname);
try {
  new URL('not a url');
} catch (e) {
  console.log('invalid:', e.name, e.code, e.message);
}
console.log('canParse:', URL.canParse('http://x'), URL.canParse('nope'));
const sp = new URLSearchParams('b=2&a=1&c=3&a=0');
sp.sort();
console.log('sorted:', sp.toString());
console.log('from object:', new URLSearchParams({ k: 'v w', n: 1 }).toString());
console.log('from entries:', new URLSearchParams([['x', '1'], ['x', '2']]).toString());
console.log('iterate:', [...new URLSearchParams('p=1&q=2')].map(([k, v]) => k + ':' + v).join(' '));
console.log('plus decoding:', new URLSearchParams('s=a+b%2Bc').get('s'));
console.log('size:', new URLSearchParams('a=1&b=2').size);
