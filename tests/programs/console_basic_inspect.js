// util.inspect formatting rules that console.log relies on.
console.log({ a: { b: { c: { d: { e: 1 } } } } });
console.log([[[[['too deep']]]]]);
console.log(Array.from({ length: 120 }, (_, i) => i));
console.log(Array.from({ length: 30 }, (_, i) => 'item' + i));
console.log({ longKeyNumberOne: 'value one', longKeyNumberTwo: 'value two', longKeyNumberThree: 'value three' });
console.log('x'.repeat(200).split('').map((c, i) => (i % 7 === 0 ? 'abc' : c)).slice(0, 40));
const circular = { name: 'root', list: [] };
circular.list.push(circular);
circular.me = circular;
console.log(circular);
console.log(new Map([['k1', { v: 1 }], [{ o: 1 }, 'obj key']]));
console.log(new Set([[1, 2], 'x', { y: 1 }]));
console.log(Object.assign([1, 2], { extra: 'prop' }));
class Animal { constructor() { this.legs = 4; } }
class Dog extends Animal { constructor() { super(); this.name = 'rex'; } speak() {} }
console.log(new Dog(), [new Dog()]);
console.log({ fn: function () {}, arrow: () => 1, named: function nm() {}, cls: class {}, asyncFn: async () => {}, gen: function* g() {} });
console.log({ getter: 1, get computed() { return 2; }, set setter(v) {} });
console.log(Object.defineProperty({}, 'hidden', { value: 1, enumerable: false }));
console.log({ s: 'single \'quote\'', d: "double \"quote\"", both: `it's "both"`, nl: 'a\nb', tab: 'a\tb', uni: 'é\u0001' });
console.log(['a'.repeat(20), 'b'.repeat(20), 'c'.repeat(20), 'd'.repeat(20)]);
console.log({ nested: [{ a: 1, b: [{ c: 2 }] }], other: new Map([[1, new Set([2])]]) });
console.log([1.5, -0, 0, 1e-7, 2 ** 53, -1e300]);
console.log(new Int16Array([1, -2, 3]), new Float64Array(2), new BigInt64Array([5n]));
console.log([new Date(Date.UTC(1999, 11, 31, 23, 59, 59)), new Date(NaN)]);
console.log(Symbol('desc'), { [Symbol.for('reg')]: 1 }, [Symbol()]);
console.log(Object.freeze({ frozen: true }), Object.seal([1]));
console.log(new Proxy({ target: 1 }, {}), new Proxy([], {}));
console.log(new Boolean(true), new Number(3), new String('boxed'), Object(1n), Object(Symbol('bx')));
console.log(Array(5).fill({ same: 'ref' }));
console.log({ a: 1, b: 'two', c: [3], d: { e: 4 }, f: null, g: undefined, h: true, i: 5n, j: Symbol('j') });
console.log(process.argv.slice(2), { argv: process.argv.slice(2) });
console.log(new (class extends Array {})(1, 2), new (class Custom extends Map {})([[1, 2]]));
console.log(Object.create({ inherited: 1 }), Object.create(Array.prototype));
console.log(arguments.length, typeof arguments);
console.log([function () {}, function named() {}, Math.max, console.log]);
console.log(globalThis === global ? 'ok' : 'no', [globalThis].length);
