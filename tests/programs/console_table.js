// console.table rendering.
console.table([{ a: 1, b: 'x' }, { a: 2, c: [1, 2, 3, 4, 5] }]);
console.table(new Map([['k', { a: 1 }], [{ o: 1 }, 'v']]));
console.table(new Map([['k', { a: 1 }]]).entries());
console.table(new Map([['k', 1]]).keys());
console.table(new Map([['k', 1]]).values());
console.table(new Set([1, 'two', { three: 3 }]));
console.table(new Set([1, 2]).values());
console.table(new Set([1, 2]).entries());
console.table([1, 'a', [1, 2]]);
console.table({ x: { a: 1 }, y: 5 });
console.table([[1, 2], [3, 4, 5]]);
console.table([{ a: 1 }], ['a', 'z']);
console.table([{ a: 1, b: 2 }, 3], ['b']);
console.table(5);
console.table('str');
console.table(null);
console.table(undefined);
console.table([{ '中文': '値', b: { x: { y: 1 } }, c: { p: 1, q: 2, r: 3 } }]);
console.table([]);
console.table({});
console.table(new Uint8Array([1, 2]));
console.table([new Uint8Array([1, 2])]);
console.table([{ a: 'x\ny' }, { a: '😀😀', b: 'é' }]);
console.table({ r1: { c1: 1, c2: 2 }, r2: { c2: 3, c3: 4 } });
console.table([function f() {}, Symbol('s'), 10n, null, undefined, true]);
console.table([{ nested: [1, [2, [3]]], obj: { a: { b: 1 } }, big: { a: 1, b: 2, c: 3 }, two: { a: 1, b: 2 } }]);
console.table(Array.from({ length: 12 }, (_, i) => ({ id: i, sq: i * i, name: 'n' + i })));
console.table([['apples', 1], ['bananas', 22], ['cherries', 333]]);
console.table({ alice: { age: 30, city: 'Paris' }, bob: { age: 4, city: 'Rome' } }, ['city']);
console.table([new Date(0), /re/g, new Error('e').message]);
try {
  console.table([{ a: 1 }], 'notarray');
} catch (e) {
  console.log(e.name, e.code, e.message);
}
console.group('grouped');
console.table([{ inside: 'group' }]);
console.groupEnd();
