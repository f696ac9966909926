'use strict';
// Buffer API surface: construction, statics, numbers, errors, memory
// sharing, search, compare, fill, copy, inspect, Blob/File.

const buffer = require('buffer');
const { Buffer } = buffer;

function show(label, value) {
  let out;
  if (Buffer.isBuffer(value)) out = `buf(${value.length}):${value.toString('hex')}`;
  else if (typeof value === 'bigint') out = `${value}n`;
  else if (Object.is(value, -0)) out = '-0';
  else if (value === undefined) out = 'undefined';
  else if (typeof value === 'number' && !Number.isFinite(value)) out = String(value);
  else out = JSON.stringify(value, (k, v) => (typeof v === 'bigint' ? `${v}n` : v));
  console.log(`${label}: ${out}`);
}

function attempt(label, fn) {
  try {
    show(label, fn());
  } catch (e) {
    console.log(`${label}: THROWS ${e.name} ${e.code} ${e.message}`);
  }
}

// --- module shape
show('exports', Object.keys(buffer));
show('constants', buffer.constants);
show('kMaxLength', buffer.kMaxLength);
show('kStringMaxLength', buffer.kStringMaxLength);
show('INSPECT_MAX_BYTES', buffer.INSPECT_MAX_BYTES);
show('poolSize', Buffer.poolSize);
show('global Buffer', globalThis.Buffer === Buffer);
show('proto chain', Object.getPrototypeOf(Buffer.prototype) === Uint8Array.prototype);
show('static proto', Object.getPrototypeOf(Buffer) === Uint8Array);
show('statics', Object.getOwnPropertyNames(Buffer));
show('methods', Object.getOwnPropertyNames(Buffer.prototype));
show('SlowBuffer.name', buffer.SlowBuffer.name);

// --- construction
const hello = Buffer.from('hello');
show('from string', hello);
show('instanceof Uint8Array', hello instanceof Uint8Array);
show('isBuffer', [Buffer.isBuffer(hello), Buffer.isBuffer(new Uint8Array(2)), Buffer.isBuffer('x')]);
show('from array', Buffer.from([1, 2, 3, 256, -1, 1.9, '7']));
show('from array-like', Buffer.from({ length: 3, 0: 9, 1: 8 }));
show('from typed array', Buffer.from(new Uint16Array([0x102, 0x304])));
show('from JSON shape', Buffer.from({ type: 'Buffer', data: [104, 105] }));
show('from String object', Buffer.from(new String('str')));
show('from toPrimitive', Buffer.from({ [Symbol.toPrimitive]() { return 'prim'; } }));
show('from valueOf', Buffer.from({ valueOf() { return [1, 2]; } }));
show('Buffer.of', Buffer.of(1, 2, 3));
show('copyBytesFrom', Buffer.copyBytesFrom(new Uint16Array([1, 2, 3]), 1, 1));
show('alloc', Buffer.alloc(4));
show('alloc fill num', Buffer.alloc(4, 257));
show('alloc fill str', Buffer.alloc(5, 'ab'));
show('alloc fill hex', Buffer.alloc(5, 'a1b2', 'hex'));
show('alloc fill base64', Buffer.alloc(4, 'YWI=', 'base64'));
show('alloc fill buf', Buffer.alloc(5, Buffer.from([1, 2])));
show('allocUnsafe length', Buffer.allocUnsafe(10).length);
show('allocUnsafeSlow length', Buffer.allocUnsafeSlow(10).length);

attempt('from number', () => Buffer.from(5));
attempt('from null', () => Buffer.from(null));
attempt('from symbol', () => Buffer.from(Symbol('s')));
attempt('from bad encoding', () => Buffer.from('x', 'utf9'));
attempt('alloc negative', () => Buffer.alloc(-1));
attempt('alloc string', () => Buffer.alloc('5'));
attempt('alloc bad fill', () => Buffer.alloc(3, 'zz', 'hex'));
attempt('alloc bad encoding', () => Buffer.alloc(3, 'a', 'nope'));
attempt('copyBytesFrom bad', () => Buffer.copyBytesFrom([1, 2]));

// --- ArrayBuffer sharing
const ab = new ArrayBuffer(8);
const view = Buffer.from(ab, 2, 4);
view[0] = 0xaa;
show('arraybuffer shared', [view.length, view.byteOffset, Array.from(new Uint8Array(ab))]);
show('parent/offset', [view.parent === ab, view.offset]);
attempt('arraybuffer bad offset', () => Buffer.from(ab, 9));
attempt('arraybuffer bad length', () => Buffer.from(ab, 2, 7));

// --- statics
show('byteLength', [Buffer.byteLength('héllo'), Buffer.byteLength('😀'), Buffer.byteLength('aGk=', 'base64'),
  Buffer.byteLength('abcd', 'hex'), Buffer.byteLength('ab', 'ucs2'), Buffer.byteLength(new ArrayBuffer(7)),
  Buffer.byteLength(new Uint32Array(2))]);
attempt('byteLength number', () => Buffer.byteLength(5));
show('compare', [Buffer.compare(Buffer.from('a'), Buffer.from('b')), Buffer.compare(Buffer.from('b'), Buffer.from('a')),
  Buffer.compare(Buffer.from('ab'), Buffer.from('a')), Buffer.compare(Buffer.from(''), Buffer.from(''))]);
attempt('compare bad', () => Buffer.compare('a', Buffer.from('a')));
show('sort', [Buffer.from('c'), Buffer.from('a'), Buffer.from('b')].sort(Buffer.compare).map(String));
show('isEncoding', ['utf8', 'UTF-8', 'ucs2', 'binary', 'base64url', 'hex', 'nope', '', null, 5].map((e) => Buffer.isEncoding(e)));
show('concat', Buffer.concat([Buffer.from('ab'), new Uint8Array([0x63]), Buffer.from('de')]));
show('concat length', Buffer.concat([Buffer.from('ab'), Buffer.from('cd')], 6));
show('concat short', Buffer.concat([Buffer.from('ab'), Buffer.from('cd')], 3));
show('concat empty', Buffer.concat([]));
attempt('concat not array', () => Buffer.concat('ab'));
attempt('concat bad item', () => Buffer.concat([Buffer.from('a'), 'b']));

// --- numbers
const nb = Buffer.from([0x01, 0x02, 0x03, 0x04, 0xff, 0xfe, 0x80, 0x7f, 0x00, 0x10]);
show('read8', [nb.readUInt8(4), nb.readInt8(4), nb.readUint8(0)]);
show('read16', [nb.readUInt16LE(0), nb.readUInt16BE(0), nb.readInt16LE(4), nb.readInt16BE(4)]);
show('read32', [nb.readUInt32LE(0), nb.readUInt32BE(0), nb.readInt32LE(4), nb.readInt32BE(3)]);
show('readUIntLE/BE', [1, 2, 3, 4, 5, 6].map((n) => [nb.readUIntLE(0, n), nb.readUIntBE(2, n), nb.readIntLE(3, n), nb.readIntBE(4, n)]));
show('readBig', [nb.readBigUInt64LE(0), nb.readBigUInt64BE(1), nb.readBigInt64LE(2), nb.readBigInt64BE(1)]);
show('readFloat/Double', [nb.readFloatLE(0), nb.readFloatBE(0), nb.readDoubleLE(0), nb.readDoubleBE(1)]);
attempt('readUInt8 out of range', () => Buffer.alloc(4).readUInt8(10));
attempt('readUInt32LE out of range', () => Buffer.alloc(4).readUInt32LE(1));
attempt('readInt16BE fractional', () => Buffer.alloc(4).readInt16BE(1.5));
attempt('readUInt16LE string', () => Buffer.alloc(4).readUInt16LE('1'));
attempt('readDoubleLE short', () => Buffer.alloc(4).readDoubleLE());
attempt('readUIntLE bad byteLength', () => Buffer.alloc(8).readUIntLE(0, 7));
attempt('readUIntLE no byteLength', () => Buffer.alloc(8).readUIntLE(0));
attempt('readIntBE no offset', () => Buffer.alloc(8).readIntBE());
attempt('readBigInt64LE negative', () => Buffer.alloc(8).readBigInt64LE(-1));

const wb = Buffer.alloc(16);
show('write returns', [wb.writeUInt8(0xab, 0), wb.writeUInt16LE(0x1234, 1), wb.writeUInt32BE(0xdeadbeef, 3),
  wb.writeInt16BE(-2, 7), wb.writeIntLE(-123456, 9, 3), wb.writeUIntBE(0x123456789a, 11, 5)]);
show('write result', wb);
const fb = Buffer.alloc(12);
fb.writeFloatLE(1.5, 0);
fb.writeDoubleBE(-0.1, 4);
show('write float/double', [fb, fb.readFloatLE(0), fb.readDoubleBE(4)]);
const bb = Buffer.alloc(16);
bb.writeBigInt64LE(-2n, 0);
bb.writeBigUInt64BE(0x0102030405060708n, 8);
show('write bigint', [bb, bb.readBigInt64LE(0), bb.readBigUInt64BE(8)]);
attempt('writeUInt8 too big', () => Buffer.alloc(2).writeUInt8(256));
attempt('writeInt8 too small', () => Buffer.alloc(2).writeInt8(-129));
attempt('writeUInt16LE out of range', () => Buffer.alloc(2).writeUInt16LE(70000));
attempt('writeInt32BE out of range', () => Buffer.alloc(4).writeInt32BE(2 ** 31));
attempt('writeUIntLE 6 out of range', () => Buffer.alloc(8).writeUIntLE(2 ** 48, 0, 6));
attempt('writeIntBE 5 out of range', () => Buffer.alloc(8).writeIntBE(-(2 ** 39) - 1, 0, 5));
attempt('writeUInt32LE offset', () => Buffer.alloc(4).writeUInt32LE(1, 1));
attempt('writeDoubleLE offset', () => Buffer.alloc(4).writeDoubleLE(1));
attempt('writeBigInt64LE range', () => Buffer.alloc(8).writeBigInt64LE(2n ** 63n));
attempt('writeBigUInt64BE negative', () => Buffer.alloc(8).writeBigUInt64BE(-1n));
attempt('writeBigInt64LE number', () => Buffer.alloc(8).writeBigInt64LE(1));
attempt('writeUIntBE bad byteLength', () => Buffer.alloc(8).writeUIntBE(1, 0, 0));
attempt('writeUInt16BE NaN offset', () => Buffer.alloc(4).writeUInt16BE(1, NaN));

// --- memory sharing: slice / subarray
const base = Buffer.from('abcdef');
const sl = base.slice(1, 4);
sl[0] = 0x58;
show('slice shares', [base.toString(), sl.toString(), sl.length]);
show('subarray negative', base.subarray(-3, -1).toString());
show('slice out of range', [base.slice(10).length, base.slice(4, 2).length, base.slice('1', '3').toString()]);
show('Uint8Array slice copies', (() => {
  const c = Uint8Array.prototype.slice.call(base, 0, 2);
  c[0] = 0x21;
  return [base.toString(), Buffer.isBuffer(c)];
})());
show('map gives Buffer', Buffer.isBuffer(base.map((x) => x + 1)));

// --- toString / write / toJSON
show('toString ranges', [hello.toString('utf8', 1, 3), hello.toString(undefined, 2), hello.toString('hex', -5, 100), hello.toString('ascii', 4, 2)]);
attempt('toString bad encoding', () => hello.toString('nope'));
const tw = Buffer.alloc(8, '.');
show('write', [tw.write('hi'), tw.write('xyz', 3), tw.write('6162', 6, 'hex'), tw.write('€€', 0, 4), tw]);
attempt('write offset out of range', () => Buffer.alloc(4).write('a', 5));
attempt('write negative length', () => Buffer.alloc(4).write('a', 0, -1));
attempt('write non-string', () => Buffer.alloc(4).write(5));
attempt('write bad encoding', () => Buffer.alloc(4).write('a', 'nope'));
show('toJSON', hello.toJSON());
show('JSON.stringify', JSON.stringify({ b: Buffer.from([1, 2]) }));
show('String()', String(Buffer.from('plain')));

// --- equals / compare
const e1 = Buffer.from('abcd');
show('equals', [e1.equals(Buffer.from('abcd')), e1.equals(Buffer.from('abce')), e1.equals(new Uint8Array([97, 98, 99, 100]))]);
attempt('equals bad', () => e1.equals('abcd'));
show('compare ranges', [e1.compare(Buffer.from('bcd'), 0, 3, 1), e1.compare(Buffer.from('xbc'), 1, 3, 1, 3), e1.compare(Buffer.from('a'), 0, 0)]);
attempt('compare bad range', () => e1.compare(Buffer.from('a'), 0, 5));
attempt('compare bad target', () => e1.compare([1]));

// --- copy
const src = Buffer.from('0123456789');
const dst = Buffer.alloc(6, '.');
show('copy', [src.copy(dst, 1, 2, 5), dst.toString()]);
show('copy overlap', (() => { const s = Buffer.from('abcdef'); s.copy(s, 2, 0, 4); return s.toString(); })());
show('copy clamps', [src.copy(Buffer.alloc(3)), src.copy(Buffer.alloc(3), 5)]);
attempt('copy negative targetStart', () => src.copy(dst, -1));
attempt('copy bad sourceStart', () => src.copy(dst, 0, 20));
attempt('copy bad target', () => src.copy('x'));

// --- fill
show('fill', [Buffer.alloc(5).fill('ab'), Buffer.alloc(5).fill(0x41, 1, 3), Buffer.alloc(5).fill('€'),
  Buffer.alloc(4).fill('6162', 'hex'), Buffer.alloc(4).fill('x', 2), Buffer.alloc(4).fill('', 1)]);
attempt('fill bad offset', () => Buffer.alloc(4).fill(1, -1));
attempt('fill bad end', () => Buffer.alloc(4).fill(1, 0, 5));
attempt('fill bad hex', () => Buffer.alloc(4).fill('zz', 'hex'));
attempt('fill empty buffer', () => Buffer.alloc(4).fill(Buffer.alloc(0)));
attempt('fill bad encoding type', () => Buffer.alloc(4).fill('a', 0, 4, 5));

// --- search
const hay = Buffer.from('this is a buffer, a buffer!');
show('indexOf', [hay.indexOf('buffer'), hay.indexOf('buffer', 11), hay.indexOf(Buffer.from('a b')), hay.indexOf(0x61),
  hay.indexOf('is', -20), hay.indexOf(''), hay.indexOf('', 100), hay.indexOf('7a', 'hex'), hay.indexOf('nope')]);
show('lastIndexOf', [hay.lastIndexOf('buffer'), hay.lastIndexOf('buffer', 15), hay.lastIndexOf(0x61, -3), hay.lastIndexOf('')]);
show('includes', [hay.includes('a b'), hay.includes('zzz'), hay.includes(0x21)]);
show('ucs2 search', Buffer.from('abcd', 'ucs2').indexOf('cd', 0, 'ucs2'));
attempt('indexOf bad value', () => hay.indexOf({}));
attempt('indexOf bad encoding', () => hay.indexOf('a', 0, 'nope'));

// --- swap
show('swap16', Buffer.from([1, 2, 3, 4]).swap16());
show('swap32', Buffer.from([1, 2, 3, 4]).swap32());
show('swap64', Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]).swap64());
attempt('swap16 odd', () => Buffer.alloc(3).swap16());
attempt('swap64 bad', () => Buffer.alloc(12).swap64());

// --- iteration
show('keys', [...Buffer.from('ab').keys()]);
show('values', [...Buffer.from('ab').values()]);
show('entries', [...Buffer.from('ab').entries()]);
show('for-of', (() => { const r = []; for (const x of Buffer.from('xyz')) r.push(x); return r; })());

// --- inspect
console.log(Buffer.from('hello'));
console.log(Buffer.alloc(0));
console.log(Buffer.alloc(60, 7));
console.log([Buffer.from('a'), { nested: Buffer.from('bc') }]);
const extra = Buffer.from('xy');
extra.tag = 'custom';
console.log(extra);
console.log('%s|%o', Buffer.from('fmt'), Buffer.from([1]));
show('inspect()', Buffer.from('abc').inspect());
buffer.INSPECT_MAX_BYTES = 3;
console.log(Buffer.from('abcdef'));
buffer.INSPECT_MAX_BYTES = 50;
attempt('INSPECT_MAX_BYTES bad', () => { buffer.INSPECT_MAX_BYTES = -1; });

// --- validation helpers
show('isUtf8', [buffer.isUtf8(Buffer.from('héllo')), buffer.isUtf8(Buffer.from([0xc3])), buffer.isUtf8(new ArrayBuffer(2))]);
show('isAscii', [buffer.isAscii(Buffer.from('abc')), buffer.isAscii(Buffer.from('é'))]);
attempt('isUtf8 bad', () => buffer.isUtf8('abc'));

// --- Blob / File
const blob = new buffer.Blob(['héllo ', Buffer.from('wörld'), new Uint8Array([0x21])], { type: 'Text/Plain' });
show('blob', [blob.size, blob.type, Object.prototype.toString.call(blob), blob instanceof Blob]);
console.log(blob);
const part = blob.slice(1, 5, 'X/Y');
show('blob slice', [part.size, part.type]);
const file = new buffer.File(['abc'], 'name.txt', { type: 'text/plain', lastModified: 1234 });
show('file', [file.name, file.size, file.type, file.lastModified, file instanceof buffer.Blob]);
console.log(file);
attempt('blob bad sources', () => new buffer.Blob('abc'));
attempt('file missing args', () => new buffer.File(['a']));
show('resolveObjectURL', buffer.resolveObjectURL('blob:nodedata:1234'));

(async () => {
  show('blob text', await blob.text());
  show('blob arrayBuffer', Buffer.from(await blob.arrayBuffer()).toString('hex'));
  show('blob bytes', Array.from(await part.bytes()));
  show('file text', await file.text());
  console.log('done');
})();
