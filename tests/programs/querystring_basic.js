'use strict';
const qs = require('querystring');
const { inspect } = require('util');
const show = (v) => console.log(inspect(v, { depth: 5 }));

const parses = [
  'a=1&b=2&a=3', 'foo=bar&baz', '&&a=1&&', 'a', '=', '=x', 'x=', 'a=b=c', 'a+b=c+d', 'a%20b=%41%42',
  '%', '%4', '%zz=%G1', 'a=%E4%BD%A0%E5%A5%BD', 'a=%E4%BD', 'a=%ZZ%41', '%41%=%', 'a[]=1&a[]=2',
  '__proto__=1&constructor=2&hasOwnProperty=3', 'a=1;b=2', 'x=%u0041', 'é=ü', 'a=1&&b=2&', '+=+',
  'a%2Bb=c%2Bd', 'k=%25', 'k=%%41', 'k=%4g',
];
for (const s of parses) show(qs.parse(s));
show(qs.parse('a:1;b:2;a:3', ';', ':'));
show(qs.parse('a==1&&b==2', '&&', '=='));
show(qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 2 }));
show(qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 0 }));
show(qs.parse('a=%41+b', null, null, { decodeURIComponent: (s) => s.toUpperCase() }));
show(qs.parse('a=%41', null, null, { decodeURIComponent: (s) => { throw new Error('x'); } }));
show(qs.decode('x=1'));
show(qs.parse(123));
show(qs.parse(''));

const objs = [
  { a: 1, b: 'two', c: [3, 'x y'], d: true, e: null, f: undefined, g: NaN, h: Infinity, i: 10n },
  { 'a b': 'c&d', 'é': '你好', emoji: '😀' },
  { empty: [], s: '' , n: 1e21, m: -0, big: 12345678901234567890 },
  { nested: { x: 1 }, fn() {} },
  { "!'()*~-._": "!'()*~-._" },
];
for (const o of objs) console.log(qs.stringify(o));
console.log(qs.stringify({ a: 1, b: 2 }, ';', ':'));
console.log(qs.stringify({ a: 'x y', b: [1, 2] }, null, null, { encodeURIComponent: (s) => `<${s}>` }));
console.log(qs.encode('notobj'), JSON.stringify(qs.stringify(null)));

for (const s of ['abc', 'a b&c=d/e?f#g', '\u00e9', '\u4f60', '\ud83d\ude00', 123, { toString() { return 'obj'; } }, "!'()*-._~", '\x00\x7f']) {
  console.log(qs.escape(s));
}
try { qs.escape('\ud83d'); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(qs.escape('\ud83dx'), qs.escape('\ude00x'));
for (const s of ['%41%42', 'a+b', '%E4%BD%A0', '%E4%BD', '%', '%zz', 'abc%', '%4', '%%41']) {
  console.log(JSON.stringify(qs.unescape(s)), JSON.stringify(qs.unescape(s, true)));
}
console.log(qs.unescapeBuffer('%41%42c+d'), qs.unescapeBuffer('%41%42c+d', true), qs.unescapeBuffer('abc'));
console.log(qs.unescapeBuffer('é%zz'));
console.log(Object.keys(qs).join(','));
const orig = qs.unescape;
qs.unescape = (s) => `[${s}]`;
show(qs.parse('a=%41&b=c'));
qs.unescape = orig;
const origEsc = qs.escape;
qs.escape = (s) => `{${s}}`;
console.log(qs.stringify({ a: 'b' }));
qs.escape = origEsc;
