'use strict';
// v8.serialize bytes (wire format 15, as Node 22 writes) and round trips through v8.deserialize.
const v8 = require('v8');
const util = require('util');

function hex(label, value) {
  const bytes = v8.serialize(value);
  const back = v8.deserialize(bytes);
  console.log(label, Buffer.isBuffer(bytes), bytes.toString('hex'));
  console.log('  ->', util.inspect(back, { depth: 4, showHidden: false }));
}

hex('undefined', undefined);
hex('null', null);
hex('true', true);
hex('false', false);
hex('int', 42);
hex('negative int', -7);
hex('big int32', 2 ** 31 - 1);
hex('double', 3.25);
hex('NaN', NaN);
hex('-0', -0);
hex('Infinity', -Infinity);
hex('one-byte string', 'hello');
hex('latin1 string', 'caf\u00e9');
hex('two-byte string', 'h\u20ac\u4e2d');
hex('emoji', '\u{1f600}');
hex('empty string', '');
hex('bigint', 12345678901234567890n);
hex('negative bigint', -1n);
hex('object', { a: 1, b: 'two', c: [3] });
hex('integer keys', { 2: 'x', 1: 'y', z: 0 });
hex('nested', { outer: { inner: { deep: true } } });
hex('dense array', [1, 2, 3]);
hex('sparse array', [1, , 3]);
hex('holey big', (() => { const a = []; a[5] = 'five'; return a; })());
hex('array with props', Object.assign([1, 2], { extra: 'yes' }));
hex('undefined in array', [undefined, null]);
hex('Map', new Map([[1, 'one'], ['k', { v: 2 }]]));
hex('Set', new Set([1, 'a', 1]));
hex('Date', new Date(Date.UTC(2020, 1, 29, 12, 0, 0)));
hex('RegExp', /ab+c/gi);
hex('RegExp flags', /x/msuy);
hex('Number object', new Number(5));
hex('String object', new String('boxed'));
hex('Boolean object', new Boolean(false));
hex('BigInt object', Object(5n));
hex('ArrayBuffer', new Uint8Array([9, 8, 7]).buffer);
hex('empty ArrayBuffer', new ArrayBuffer(0));
hex('Buffer', Buffer.from('hi there'));
hex('Uint8Array', new Uint8Array([1, 2, 255]));
hex('Int8Array', new Int8Array([-1, 1]));
hex('Uint8ClampedArray', new Uint8ClampedArray([300, -5]));
hex('Int16Array', new Int16Array([-2, 2]));
hex('Uint16Array', new Uint16Array([65535]));
hex('Int32Array', new Int32Array([-1]));
hex('Uint32Array', new Uint32Array([4294967295]));
hex('Float32Array', new Float32Array([1.5]));
hex('Float64Array', new Float64Array([Math.PI]));
hex('BigInt64Array', new BigInt64Array([-5n]));
hex('BigUint64Array', new BigUint64Array([5n]));
hex('DataView', new DataView(new Uint8Array([1, 2, 3, 4]).buffer, 1, 2));
hex('subarray', new Uint8Array([1, 2, 3, 4]).subarray(1, 3));
hex('misaligned view', { pad: 'x', v: new Uint16Array([258, 772]) });
hex('views in object', { a: Buffer.from([1]), b: new Float64Array([2]) });

// Circular and shared references.
const circ = { name: 'root' };
circ.self = circ;
const back = v8.deserialize(v8.serialize(circ));
console.log('circular', v8.serialize(circ).toString('hex'), back.self === back, back.name);
const shared = { s: 1 };
const two = v8.deserialize(v8.serialize([shared, shared]));
console.log('shared', v8.serialize([shared, shared]).toString('hex'), two[0] === two[1]);
const arr = [];
arr.push(arr);
const arrBack = v8.deserialize(v8.serialize(arr));
console.log('circular array', arrBack[0] === arrBack);

// Errors: the stack is part of the bytes (and differs by host), so compare the round trip.
for (const e of [new Error('plain'), new TypeError('typed'), new RangeError('ranged'), new Error('with cause', { cause: { why: 1 } })]) {
  const r = v8.deserialize(v8.serialize(e));
  console.log('error', r instanceof Error, r.constructor.name, r.name, r.message, util.inspect(r.cause), typeof r.stack);
}

// Prototypes and non-enumerable properties are not kept.
class Point { constructor() { this.x = 1; } get y() { return 2; } }
const p = v8.deserialize(v8.serialize(new Point()));
console.log('class instance', Object.getPrototypeOf(p) === Object.prototype, JSON.stringify(p));

// Deserializing bytes written by Node 22 (format 15).
console.log('node bytes', util.inspect(v8.deserialize(Buffer.from('ff0f6f220161490222016222016322016441024902490424000222016d3b49025c040207003a027b04', 'hex'))));
console.log('from Uint8Array', v8.deserialize(new Uint8Array([0xff, 0x0f, 0x49, 0x54])));
console.log('from DataView', v8.deserialize(new DataView(new Uint8Array([0xff, 0x0f, 0x54]).buffer)));
