// util.inspect / console.log of errors. Stacks are made deterministic: either
// no frames at all (Error.stackTraceLimit = 0) or frames replaced by fixed text.
const util = require('util');
const show = (label, value, opts) => console.log(`${label}: ${util.inspect(value, opts)}`);

const frames = ['    at one (/app/main.js:1:1)', '    at two (/app/main.js:2:2)', '    at three (/app/lib.js:3:3)'];
function withFrames(err, list = frames) {
  const head = String(err.stack).split('\n    at ')[0];
  err.stack = [head, ...list].join('\n');
  return err;
}

Error.stackTraceLimit = 0;
show('plain', new Error('msg'));
show('types', [new TypeError('bad type'), new RangeError(), new SyntaxError('syn'), new EvalError('ev'), new URIError('uri'), new ReferenceError('ref')]);
show('empty message', new Error(''));
show('code prop', Object.assign(new Error('x'), { code: 'E_X' }));
show('extra props', Object.assign(new Error('x'), { extra: { a: 1 }, list: [1, 2] }));
show('renamed', (() => { const e = new Error('x'); e.name = 'CustomName'; return e; })());
show('renamed type', (() => { const e = new TypeError('x'); e.name = 'Foo'; return e; })());
// Not compared: a message changed after construction shows in `stack` only if the engine formats
// the stack lazily (V8 12, Node 22) rather than at construction (V8 15, the sandbox's engine).
show('cause', new Error('outer', { cause: new Error('inner') }));
show('cause string', new Error('outer', { cause: 'a string' }));
show('cause undefined', new Error('x', { cause: undefined }));
show('aggregate', new AggregateError([new Error('a'), new TypeError('b')], 'agg'));
show('aggregate prims', new AggregateError([1, 'two'], 'prims'));
show('subclass', (() => { class MyError extends Error {} return new MyError('mine'); })());
show('subclass named', (() => { class MyError extends Error { constructor(m) { super(m); this.name = 'MyError'; } } return new MyError('mine'); })());
show('subclass of TypeError', (() => { class ValidationError extends TypeError {} return new ValidationError('v'); })());
show('class field name', (() => { class Foo extends Error { name = 'Bar'; } return new Foo('m'); })());
show('null proto error', (() => { const e = new Error('np'); Object.setPrototypeOf(e, null); return e; })());
show('no stack', (() => { const e = new Error('no stack'); e.stack = undefined; return e; })());
show('custom stack', (() => { const e = new Error('s'); e.stack = 'custom stack'; return e; })());
show('object stack', (() => { const e = new Error('x'); e.stack = { not: 'a string' }; return e; })());
show('multiline message', new Error('multi\nline message'));
show('circular', (() => { const e = new Error('circ'); e.self = e; return e; })());
show('nested', { error: new Error('nested'), list: [new RangeError('in array')] });
show('deep', { a: { b: { c: new Error('deep') } } });
show('error like', Object.create(Error.prototype));
show('name is not string', (() => { const e = new Error('x'); e.name = 42; return e; })());
show('name empty', (() => { const e = new Error('x'); e.name = ''; return e; })());
show('tagged', (() => { const e = new Error('m'); e[Symbol.toStringTag] = 'Tagged'; return e; })());
show('compact', { e: new Error('e') }, { compact: true });
show('colors', new Error('colored'), { colors: true });

show('frames', withFrames(new Error('with frames')));
show('frames nested', { inner: { err: withFrames(new TypeError('nested frames')) } });
show('frames props', Object.assign(withFrames(new Error('p')), { code: 'ERR_P', errno: -2 }));
show('frames renamed', (() => { const e = withFrames(new Error('x')); e.name = 'Other'; return e; })());
show('frames cause', (() => {
  const inner = withFrames(new Error('inner'), ['    at a (f:1:1)', '    at b (f:2:2)', '    at c (f:3:3)', '    at d (f:4:4)', '    at e (f:5:5)']);
  return withFrames(new Error('outer', { cause: inner }), ['    at z (f:0:0)', '    at a (f:1:1)', '    at b (f:2:2)', '    at c (f:3:3)', '    at d (f:4:4)', '    at e (f:5:5)']);
})());
show('recursion', withFrames(new Error('rec'), Array.from({ length: 30 }, (_, i) => `    at f${i % 3} (file.js:${i % 3}:1)`)));
show('recursion 2', withFrames(new Error('rec2'), ['    at top (x:1:1)', ...Array.from({ length: 24 }, (_, i) => `    at g${i % 4} (file.js:${i % 4}:1)`), '    at bottom (x:9:9)']));
show('aggregate frames', withFrames(new AggregateError([withFrames(new Error('child'))], 'parent')));
show('in promise', (() => { const p = Promise.reject(withFrames(new Error('rejected'))); p.catch(() => {}); return p; })());

console.log(new Error('via console.log'));
console.log('%s', new Error('via %s'));
console.log([new Error('in array')], { e: new TypeError('in object') });
console.error(new Error('to stderr'));
console.log(util.format('%s | %O', new RangeError('r'), new Error('O')));
