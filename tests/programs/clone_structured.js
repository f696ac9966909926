// structuredClone: supported types, identity/cycles, errors, transfer and
// the DataCloneError messages.
function show(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, 'threw', e.code, e.name, e.message);
  }
}

const c = (v, o) => structuredClone(v, o);
show('primitives', () => c([1, 'a', true, null, 1.5]));
show('bigint/-0/NaN', () => { const r = c([10n, -0, NaN, undefined]); return [typeof r[0], String(r[0]), Object.is(r[1], -0), Number.isNaN(r[2]), r.length, 3 in r]; });
show('date', () => c(new Date(86400000)).toISOString());
show('regexp', () => { const r = c(Object.assign(/ab+c/gimsuy, { lastIndex: 5 })); return [r.source, r.flags, r.lastIndex]; });
show('wrappers', () => [typeof c(Object(5)), c(Object(5)).valueOf(), c(Object('s')).valueOf(), c(Object(false)).valueOf(), String(c(Object(7n)).valueOf())]);
show('map/set', () => { const r = c(new Map([[1, { a: 1 }], ['k', new Set([1, 2])]])); return [r.size, r.get(1), [...r.get('k')]]; });
show('array holes', () => { const r = c([1, , 3]); return [r.length, 1 in r, r[2]]; });
show('array props', () => { const r = c(Object.assign([1, 2], { extra: 'x' })); return [r.length, r.extra]; });
show('class instance', () => { class P { constructor() { this.x = 1; } get y() { return 2; } } const r = c(new P()); return [r.x, r.y, r.constructor === Object]; });
show('symbol keys dropped', () => Object.keys(c({ [Symbol('s')]: 1, a: 2 })));
show('null prototype', () => Object.getPrototypeOf(c(Object.create(null))) === Object.prototype);
show('property order', () => Object.keys(c({ b: 1, a: 2, 2: 'x', 1: 'y' })));
show('typed arrays', () => { const r = c({ u8: new Uint8Array([1, 2]), f64: new Float64Array([0.5]), dv: new DataView(new ArrayBuffer(4), 1, 2) }); return [Array.from(r.u8), Array.from(r.f64), r.dv.byteOffset, r.dv.byteLength]; });
show('shared buffer', () => { const ab = new ArrayBuffer(8); const r = c({ a: new Uint8Array(ab), b: new Uint32Array(ab, 4, 1), ab }); return [r.a.buffer === r.b.buffer, r.ab === r.a.buffer, r.b.byteOffset]; });
show('cycles', () => { const o = { name: 'root' }; o.self = o; o.list = [o, { back: o }]; const r = c(o); return [r.self === r, r.list[0] === r, r.list[1].back === r, r !== o]; });
show('shared refs', () => { const s = { v: 1 }; const r = c({ a: s, b: s }); return [r.a === r.b, r.a !== s]; });
show('error', () => { const r = c(new TypeError('bad', { cause: { why: 1 } })); return [r instanceof TypeError, r.name, r.message, r.cause, r.stack.split('\n')[0], Object.getOwnPropertyNames(r)]; });
show('error custom', () => { class MyError extends Error {} const r = c(new MyError('m')); return [r.constructor.name, r.name, r.message]; });
show('error renamed', () => { const e = new Error('x'); e.name = 'RangeError'; const r = c(e); return [r instanceof RangeError, r.name]; });
show('error extra props', () => Object.keys(c(Object.assign(new Error('e'), { code: 'E1' }))));
show('transfer', () => { const ab = new ArrayBuffer(4); new Uint8Array(ab)[0] = 42; const r = c({ buf: ab }, { transfer: [ab] }); return [ab.byteLength, r.buf.byteLength, new Uint8Array(r.buf)[0]]; });
show('transfer duplicate', () => { const ab = new ArrayBuffer(1); return c(1, { transfer: [ab, ab] }); });
show('transfer invalid', () => c(1, { transfer: [new Uint8Array(1)] }));
show('transfer not iterable', () => c(1, { transfer: 5 }));
show('options not object', () => c(1, 'x'));
show('no args', () => structuredClone());
for (const [label, v] of [
  ['function', function foo() { return 1; }], ['arrow', () => 1], ['symbol', Symbol('s')],
  ['nested method', { m() {} }], ['WeakMap', new WeakMap()], ['WeakSet', new WeakSet()],
  ['Promise', Promise.resolve()], ['generator', (function* gen() {})()], ['arguments', (function () { return arguments; })()],
  ['Symbol object', Object(Symbol('x'))],
]) {
  show(`uncloneable ${label}`, () => c(v));
}
try {
  structuredClone(() => {});
} catch (e) {
  console.log('DataCloneError', e instanceof DOMException, e.name, e.code, e.message);
}
show('getter throws', () => c({ get x() { throw new Error('from getter'); } }));
