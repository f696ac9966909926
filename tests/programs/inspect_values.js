// util.inspect on primitives, arrays, objects, collections and options.
const util = require('util');
const show = (label, value, opts) => console.log(`${label}: ${util.inspect(value, opts)}`);

show('num', [1, -0, 0, NaN, Infinity, -Infinity, 1.5e300, 2 ** 53, 1e-7, 0.1 + 0.2]);
show('bigint', [1n, -12345678901234567890n]);
show('strings', ['abc', "it's", 'a"b\'c', 'a"b\'c`d', 'tab\there', 'nl\nx', '\x00\x7f\x9f', '\u2028', '\ud800', '😀', '\\', '']);
show('symbols', [Symbol('foo'), Symbol(), Symbol.iterator, Symbol.for('reg'), Symbol('a\nb')]);
show('misc', [true, false, undefined, null]);
show('long string', 'x'.repeat(120));
show('multiline', 'line1\nline2\nline3 is a long line that makes this exceed the limit of eighty chars');
show('in array', ['a'.repeat(90)]);
show('maxStringLength', { s: 'x'.repeat(30) }, { maxStringLength: 5 });
show('numericSeparator', [1234567.891, -1234567, 12300000n, 0.0001234, 1e21], { numericSeparator: true });

show('holes', [1, , 3]);
show('holes2', [, , ,]);
show('sparse', (() => { const a = []; a[5] = 1; a[10] = 2; a.extra = 'x'; return a; })());
show('101 items', Array.from({ length: 101 }, (_, i) => i));
show('150 numbers', Array.from({ length: 150 }, (_, i) => i * 1000));
show('30 strings', Array.from({ length: 30 }, (_, i) => 'item' + i));
show('mixed widths', Array.from({ length: 26 }, (_, i) => String.fromCharCode(97 + i).repeat(i % 7 + 1)));
show('nested arrays', [[1, [2, [3, [4, [5]]]]]]);
show('array of objects', Array.from({ length: 7 }, (_, i) => ({ i })));
show('floats', Array.from({ length: 40 }, (_, i) => (i % 3 ? i : -i * 1.5)));
show('bigint column', Array.from({ length: 12 }, (_, i) => 10n ** BigInt(i)));
show('mixed', Array.from({ length: 20 }, (_, i) => (i % 2 ? 'x' : i)));
show('maxArrayLength', Array.from({ length: 50 }, (_, i) => i), { maxArrayLength: 10 });
show('maxArrayLength 0', [1, 2, 3], { maxArrayLength: 0 });
show('compact 1', Array.from({ length: 30 }, (_, i) => i), { compact: 1 });
show('breakLength 40', Array.from({ length: 30 }, (_, i) => i), { breakLength: 40 });
show('unicode widths', ['中文', '日本語', '한국어', 'English', 'emoji😀', 'mixed中a', 'x', 'yy', 'zzz']);
show('array symbol key', Object.assign([1, 2], { [Symbol('s')]: 3 }));
show('array subclass', (() => { class MyArr extends Array {} return MyArr.from([1, 2]); })());
show('null proto array', Object.setPrototypeOf([1, 2], null));

show('typed', [new Uint8Array([1, 2, 3]), new Float64Array(3), new BigInt64Array([1n, -2n]), new Uint8Array(0)]);
show('typed long', new Int16Array([1000, -2000, 3000, 4000, 5000, 6000, 7000, 8000]));
show('typed 120', new Uint8Array(120));
show('ArrayBuffer', new Uint8Array([1, 2, 255]).buffer);
show('ArrayBuffer big', new ArrayBuffer(60));
show('DataView', new DataView(new ArrayBuffer(3), 1));
show('typed hidden', new Uint8Array([5, 6]), { showHidden: true });

show('empty', [{}, [], new Map(), new Set(), Object.create(null)]);
show('object', { a: 1, b: 'two', c: [3], d: { e: null } });
show('keys', { 'a-b': 1, 'c d': 2, 3: 3, _x: 4, $y: 5, 'é': 6, '': 7, "it's": 8, __proto__x: 9 });
show('proto key', { ['__proto__']: 5 });
show('symbol keys', { [Symbol('s')]: 1, [Symbol.for('t')]: 2 });
show('deep', { a: { b: { c: { d: { e: 1 } } } } });
show('deep arrays', { a: [[[[1]]]] });
show('depth 0', { a: { b: 1 }, c: [1], d: new Map([[1, 2]]) }, { depth: 0 });
show('depth Infinity', { a: { b: { c: { d: { e: 1 } } } } }, { depth: Infinity });
show('depth null', { a: { b: { c: { d: { e: 1 } } } } }, { depth: null });
show('27 keys', Object.fromEntries(Array.from({ length: 27 }, (_, i) => ['k' + i, i])));
show('long values', { longPropertyNameNumberOne: 'value one', longPropertyNameNumberTwo: 'value two', three: 3 });
show('sorted', { z: 1, a: 2, m: { y: 1, b: 2 } }, { sorted: true });
show('compact false', { a: 1, b: { c: 2, d: [1, 2, 3] } }, { compact: false });
show('compact true', { a: 1, b: { c: 2, d: [1, 2, 3] } }, { compact: true });
show('compact true long', { a: 'x'.repeat(50), b: { c: 'y'.repeat(50), d: [1, 2, 3] } }, { compact: true });
show('breakLength 10', { a: 1, b: { c: { d: 2 } } }, { breakLength: 10 });
show('breakLength Infinity', Object.fromEntries(Array.from({ length: 20 }, (_, i) => ['key' + i, i])), { breakLength: Infinity });

show('map', new Map([[1, 'a'], ['b', { c: 2 }]]));
show('set', new Set([1, 'two', [3]]));
show('nested collections', new Map([[new Map([[1, 2]]), new Set([1])]]));
show('map extra', Object.assign(new Map([[1, 2]]), { extra: true }));
show('big set', new Set(Array.from({ length: 120 }, (_, i) => i)));
show('map maxArrayLength', new Map(Array.from({ length: 5 }, (_, i) => [i, i])), { maxArrayLength: 2 });
show('iterators', [new Map([[1, 2]]).entries(), new Map([[1, 2], [3, 4]]).keys(), new Map([[1, 2]]).values(), new Set([1, 2]).values(), new Set([1, 2]).entries()]);
show('advanced iterator', (() => { const it = new Set([1, 2, 3]).values(); it.next(); return it; })());
show('map subclass', (() => { class MyMap extends Map {} return new MyMap([[1, 2]]); })());
show('weak', [new WeakMap(), new WeakSet()]);

show('dates', [new Date(0), new Date(1e12), new Date(NaN)]);
show('date props', Object.assign(new Date(0), { foo: 1 }));
show('regexps', [/abc/gi, /a\/b/, new RegExp(''), Object.assign(/x/, { y: 1 })]);

show('boxed', [new Number(3), new Number(-0), new String('abc'), new Boolean(false), Object(1n), Object(Symbol('s'))]);
show('boxed props', Object.assign(new String('ab'), { x: 1 }));

show('circular', (() => { const o = { a: 1 }; o.self = o; return o; })());
show('circular 2', (() => { const o = { a: 1 }; o.x = { y: o }; o.arr = [o]; return o; })());
show('circular 3', (() => { const a = {}; const b = {}; a.b = b; b.b = b; a.a = a; return a; })());
show('circular map', (() => { const m = new Map(); m.set('self', m); return m; })());
show('same ref', (() => { const o = { a: 1 }; return [o, o, { o }]; })());

show('colors', { a: 1, b: 'str', c: null, d: undefined, e: Symbol('s'), f: true, g: 1n, h: new Date(0), i: /re/, j: function f() {}, k: [1, , 3] }, { colors: true });
show('colors circular', (() => { const o = {}; o.o = o; return o; })(), { colors: true });
show('legacy args', { a: { b: { c: { d: 1 } } } }, false);
console.log(util.inspect({ a: { b: { c: { d: 1 } } } }, false, 0));
console.log(util.inspect({ a: { b: { c: { d: 1 } } } }, false, null, false));
console.log(util.inspect('str'), util.inspect(), util.inspect(null, { depth: 0 }));
