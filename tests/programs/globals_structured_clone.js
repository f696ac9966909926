// structuredClone of Map/Set/Date/RegExp/typed arrays/circular objects; errors.
const date = new Date(Date.UTC(2020, 1, 29, 12, 30));
const src = {
  map: new Map([['k', { deep: [1, 2] }], [1, 'one']]),
  set: new Set([1, 'two', 3n]),
  date,
  re: /ab+c/gi,
  bytes: new Uint8Array([1, 2, 3]),
  nested: { arr: [undefined, null, NaN, -0, Infinity] },
  big: 10n ** 20n,
  err: new RangeError('cloned error'),
};
src.self = src;
src.nested.parent = src;
const c = structuredClone(src);
console.log('new object:', c !== src, 'circular preserved:', c.self === c, c.nested.parent === c);
console.log('map:', c.map instanceof Map, c.map !== src.map, c.map.get('k').deep, c.map.get(1));
console.log('map value deep-copied:', c.map.get('k') !== src.map.get('k'));
console.log('set:', [...c.set]);
console.log('date:', c.date instanceof Date, c.date !== date, c.date.toISOString());
console.log('regexp:', c.re instanceof RegExp, c.re.source, c.re.flags);
console.log('bytes:', c.bytes instanceof Uint8Array, Array.from(c.bytes), c.bytes.buffer !== src.bytes.buffer);
console.log('nested arr:', c.nested.arr, Object.is(c.nested.arr[3], -0));
console.log('bigint:', c.big);
console.log('error:', c.err instanceof RangeError, c.err.name, c.err.message);
console.log('primitives:', structuredClone(1), structuredClone('s'), structuredClone(null), structuredClone(undefined));
class Point { constructor() { this.x = 1; } get y() { return 2; } }
const p = structuredClone(new Point());
console.log('class instance loses prototype:', p instanceof Point, Object.getPrototypeOf(p) === Object.prototype, p);
for (const bad of [() => {}, Symbol('s'), { f() {} }]) {
  try {
    structuredClone(bad);
    console.log('no throw?!');
  } catch (e) {
    console.log('uncloneable:', e.name, e instanceof DOMException);
  }
}
const buf = new ArrayBuffer(4);
const moved = structuredClone(buf, { transfer: [buf] });
console.log('transfer:', buf.byteLength, moved.byteLength);
try {
  structuredClone();
} catch (e) {
  console.log('no args:', e.name);
}
