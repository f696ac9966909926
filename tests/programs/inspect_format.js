// util.format / formatWithOptions and console.log placeholder handling.
const util = require('util');
const cases = [
  ['%s', 'a'], ['%s', 1], ['%s', -0], ['%s', 1n], ['%s', null], ['%s', undefined], ['%s', Symbol('x')], ['%s', { a: 1 }],
  ['%s', { a: { b: { c: 1 } } }], ['%s', [1, [2, [3]]]], ['%s', { toString() { return 'custom'; } }],
  ['%s', new (class A { toString() { return 'fromclass'; } })()], ['%s', new Date(0)], ['%s', /x/], ['%s', function f() {}],
  ['%s', new Map([[1, 2]])], ['%s', Object.create(null)], ['%s', { [Symbol.toPrimitive]() { return 'prim'; } }],
  ['%s', new (class B { [Symbol.toPrimitive]() { return 'prim2'; } })()], ['%s', new String('boxed')], ['%s', new Number(5)],
  ['%s', new Set([1])], ['%s', Promise.resolve(1)], ['%s', 'x'.repeat(100)], ['%s', 'a\nb'],
  ['%s', Array.from({ length: 30 }, (_, i) => i + 1)], ['%s', { long: 'x'.repeat(100), b: 2 }],
  ['%d', 42], ['%d', '42'], ['%d', 1.5], ['%d', -0], ['%d', 10n], ['%d', Symbol('s')], ['%d', {}], ['%d', '0x10'], ['%d', null], ['%d', 1234567],
  ['%i', 42.9], ['%i', '42.9abc'], ['%i', -0.5], ['%i', 5n], ['%i', Symbol()], ['%i', 'abc'],
  ['%f', '3.14abc'], ['%f', 2], ['%f', Symbol()], ['%f', -0], ['%f', 'x'],
  ['%j', { a: 1 }], ['%j', 'str'], ['%j', undefined], ['%j', (() => { const o = {}; o.o = o; return o; })()], ['%j', { toJSON() { return 'tj'; } }],
  ['%o', { a: [1, 2, { b: 3 }] }], ['%o', [1, 2]], ['%o', 'str'], ['%o', { f() {} }],
  ['%O', { a: { b: { c: { d: 1 } } } }], ['%O', 'str'],
  ['%c', 'color: red'], ['a%cb', 'css', 'extra'],
  ['%%'], ['%%', 1], ['%% %s', 'x'], ['100%'], ['%', 1], ['%x', 1], ['%s%s', 'a'], ['%s %s %s', 1, 2], ['%s', 'a', 'b', { c: 1 }],
  ['no placeholders', 1, 'two', { three: 3 }], [1, 2, 3], [{ a: 1 }, 'str'], ['a', 'b'], [], [''], ['%s'], ['%d'],
  [undefined], [null, undefined], [Symbol('x'), 'y'], ['%s:%s', 'k'], ['%s', '%s', 'x'], ['%%s', 'x'], ['%-s', 1],
  ['trailing %', 'x'], ['%s %d %i %f %j %o %O %c %%', 's', 1, 2, 3, {}, [], {}, 'c'], ['a\nb', { c: [1, 2] }],
];
for (const args of cases) {
  console.log(JSON.stringify(util.format(...args)));
}
for (const opts of [{ numericSeparator: true }, { colors: true }, { depth: 0, compact: false }, { breakLength: 20 }]) {
  console.log(JSON.stringify(opts));
  console.log(JSON.stringify(util.formatWithOptions(opts, '%s %d %i %O', 1234567, 7654321, '1234567', { n: 1234567.891, a: [1, { b: { c: 1 } }] })));
  console.log(JSON.stringify(util.formatWithOptions(opts, { plain: 12345, list: ['abc', 'def', 'ghi'] }, 98765n)));
}
for (const bad of [null, 1, 'x', undefined]) {
  try {
    util.formatWithOptions(bad, 'x');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
// The same through console.log (format is applied when the first argument is a string).
console.log('%s is %d years and %i days', 'Bob', 42.5, 3.9);
console.log('%o / %O', { a: [1, 2] }, { a: [1, 2] });
console.log('%j', { json: true }, 'extra', 5);
console.log('%c%s', 'color: blue', 'styled text');
console.log('50%', 'done');
console.log(5, '%s', 'not a format');
console.log();
console.log('');
console.log('a', '', 'b');
console.log(util.stripVTControlCharacters('\u001b[31mred\u001b[39m and \u001b[1mbold\u001b[22m'));
console.log(JSON.stringify(util.styleText(['bold', 'red'], 'styled', { validateStream: false })));
console.log(JSON.stringify(util.styleText('none', 'plain', { validateStream: false })));
