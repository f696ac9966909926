// util.inspect on functions, classes, prototypes, tags, getters, custom inspect, proxies, promises.
const util = require('util');
const show = (label, value, opts) => console.log(`${label}: ${util.inspect(value, opts)}`);

show('functions', [function foo() {}, function () {}, () => {}, async function af() {}, function* gf() {}, async function* agf() {}, async (x) => x]);
show('classes', [class A {}, class extends Object {}, class { constructor() {} }]);
show('extends', (() => { class A {} class B extends A {} return B; })());
show('fn props', Object.assign(function f() {}, { prop: 1 }));
show('static', (() => { class A { static x = 1; } return A; })());
show('builtins', [Math.max, Function.prototype, Symbol, Array]);
show('renamed', (() => { const f = () => {}; Object.defineProperty(f, 'name', { value: 'renamed' }); return f; })());
show('bound', function orig() {}.bind(null));
show('null proto fn', Object.setPrototypeOf(function named() {}, null));
show('tagged fn', Object.assign(function f() {}, { [Symbol.toStringTag]: 'Tagged' }));
show('methods', { f() {}, g: function () {}, h: () => {}, async *gen() {}, async meth() {} });
// A strict function: sloppy functions have own `arguments`/`caller` in V8 12 (Node 22) but not in
// V8 15 (the sandbox's engine), an engine difference rather than an inspect one.
show('hidden fn', function foo() { 'use strict'; }, { showHidden: true });

class Foo { constructor() { this.a = 1; } }
show('instance', new Foo());
show('empty instance', new (class Empty {})());
show('nested instance', { a: { b: { c: new Foo() } } });
show('subclass', (() => { class A {} class B extends A { constructor() { super(); this.x = [1, 2]; } } return new B(); })());
show('function ctor', (() => { function Legacy() { this.v = 1; } Legacy.prototype.m = function () {}; return new Legacy(); })());
show('anon ctor', (() => { const F = function () {}; return new F(); })());
show('null proto', Object.create(null));
show('null proto props', Object.assign(Object.create(null), { a: 1, b: [2] }));
show('null proto chain', Object.create(Object.create(null)));
show('proto props', Object.create({ inherited: 1 }));
show('array proto', Object.create(Array.prototype));
show('tag own enumerable', { [Symbol.toStringTag]: 'foo', a: 1 });
show('tag non-enumerable', (() => { const o = { a: 1 }; Object.defineProperty(o, Symbol.toStringTag, { value: 'foo' }); return o; })());
show('tag empty object', (() => { const o = {}; Object.defineProperty(o, Symbol.toStringTag, { value: 'bar' }); return o; })());
show('class tag', (() => { class Foo2 { get [Symbol.toStringTag]() { return 'Bar'; } } return new Foo2(); })());
show('tag same as ctor', (() => { class Baz { get [Symbol.toStringTag]() { return 'Baz'; } } return new Baz(); })());
show('tag prefix', (() => { class FooTag {} FooTag.prototype[Symbol.toStringTag] = 'Foo'; return new FooTag(); })());
show('arguments', (function () { return arguments; })(1, 'two'));
show('showHidden class', (() => { class A { constructor() { this.x = 1; } get y() { return 2; } } A.prototype.z = 3; return new A(); })(), { showHidden: true });
show('non-enumerable', Object.defineProperty({ v: 1 }, 'hidden', { value: 1, enumerable: false }), { showHidden: true });

const accessors = {
  get a() { return 1; },
  set b(v) {},
  get c() { return { x: 1 }; },
  set c(v) {},
  get d() { throw new Error('boom'); },
  get e() { return null; },
};
show('getters', accessors);
show('getters true', accessors, { getters: true });
show('getters get', accessors, { getters: 'get' });
show('getters set', accessors, { getters: 'set' });

const custom = Symbol.for('nodejs.util.inspect.custom');
show('custom string', { [custom]() { return 'CUSTOM'; } });
show('custom object', { [custom]() { return { replaced: true }; } });
show('custom depth', { a: { [custom](depth, opts) { return `depth=${depth} compact=${opts.compact} ${typeof opts.stylize}`; } } });
show('custom nested', { a: { b: { [custom](depth, opts, inspect) { return inspect({ x: 1, y: [1, 2] }, opts) + '\nline2'; } } } });
show('custom disabled', { [custom]() { return 'CUSTOM'; }, v: 1 }, { customInspect: false });
show('custom this', (() => { const o = { x: 1 }; o[custom] = function () { return this; }; return o; })());
show('custom class', (() => { class C { [custom]() { return 'C!'; } } return [new C(), C.prototype]; })());
show('custom user option', { [custom](d, o) { return `opt=${o.myOption}`; } }, { myOption: 'yes' });
show('util.inspect.custom', util.inspect.custom === custom);

show('proxy', new Proxy({ a: 1 }, {}));
show('proxy array', new Proxy([1, 2], {}));
show('proxy fn', new Proxy(function f() {}, {}));
show('showProxy', new Proxy({ a: 1 }, { get() { return 5; } }), { showProxy: true });
show('revoked', (() => { const p = Proxy.revocable({}, {}); p.revoke(); return p.proxy; })());

show('promise resolved', Promise.resolve(1));
show('promise object', Promise.resolve({ a: 1 }));
show('promise pending', new Promise(() => {}));
show('promise rejected', (() => { const p = Promise.reject(3); p.catch(() => {}); return p; })());
show('promise props', Object.assign(Promise.resolve(2), { extra: 'x' }));
show('promise subclass', (() => { class MyPromise extends Promise {} return MyPromise.resolve(5); })());
show('nested promise', { p: Promise.resolve([1, 2]) });

show('namespaces', [Math, JSON, Reflect]);
show('generator object', (function* () { yield 1; })());
show('prototypes', [Array.prototype, Object.prototype, Map.prototype, Date.prototype, Function.prototype, Promise.prototype]);
show('null proto builtins', [Object.setPrototypeOf(new Map([[1, 2]]), null), Object.setPrototypeOf(new Set([1]), null), Object.setPrototypeOf(/a/, null), Object.setPrototypeOf(new Date(0), null), Object.setPrototypeOf(new Number(1), null)]);
