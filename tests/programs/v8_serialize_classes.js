'use strict';
// v8.Serializer / Deserializer and the Default* classes: raw writes and reads, host-object
// hooks, transfers, and the errors for values that cannot be cloned or bytes that cannot be read.
const v8 = require('v8');
const util = require('util');

function attempt(label, fn) {
  try {
    console.log(label, util.inspect(fn(), { depth: 3 }));
  } catch (e) {
    console.log(label, 'threw', e.constructor.name, e.name, e.code, JSON.stringify(e.message), Object.keys(e));
  }
}

console.log(Object.getOwnPropertyNames(v8.Serializer.prototype));
console.log(Object.getOwnPropertyNames(v8.Deserializer.prototype));
console.log(Object.getOwnPropertyNames(v8.DefaultSerializer.prototype));
console.log(Object.getOwnPropertyNames(v8.DefaultDeserializer.prototype));
console.log(v8.Serializer.name, v8.Deserializer.name, v8.DefaultSerializer.name, v8.DefaultDeserializer.name);
console.log(Object.getPrototypeOf(v8.DefaultSerializer) === v8.Serializer, v8.Serializer.prototype._getDataCloneError === Error);

// Raw writes and reads.
const s = new v8.Serializer();
console.log('instance', util.inspect(s), Object.keys(s));
s.writeHeader();
s.writeUint32(5);
s.writeUint32(2 ** 32 - 1);
s.writeUint64(1, 2);
s.writeDouble(1.5);
s.writeRawBytes(Buffer.from('hi'));
s.writeRawBytes(new Uint16Array([0x4142]));
console.log('writeValue', s.writeValue({ k: [1, 'two'] }));
const out = s.releaseBuffer();
console.log('bytes', Buffer.isBuffer(out), out.toString('hex'));
console.log('released again', s.releaseBuffer().length);
const d = new v8.Deserializer(out);
console.log('deserializer keys', Object.keys(d), d.buffer === out);
console.log('readHeader', d.readHeader(), 'version', d.getWireFormatVersion());
console.log('u32', d.readUint32(), d.readUint32());
console.log('u64', d.readUint64());
console.log('double', d.readDouble());
const raw = d.readRawBytes(2);
console.log('raw', Buffer.isBuffer(raw), raw.toString(), raw.buffer === out.buffer);
console.log('raw offset', d._readRawBytes(2));
console.log('value', util.inspect(d.readValue()));
attempt('read past end u32', () => d.readUint32());
attempt('read past end u64', () => d.readUint64());
attempt('read past end double', () => d.readDouble());
attempt('read past end raw', () => d.readRawBytes(10));

// Plain Serializer writes views through V8 itself; DefaultSerializer as host objects.
const plain = new v8.Serializer();
plain.writeHeader();
plain.writeValue(new Uint16Array(new ArrayBuffer(8), 2, 2));
plain.writeValue(new DataView(new ArrayBuffer(3)));
console.log('plain views', plain.releaseBuffer().toString('hex'));
const plainRead = new v8.Deserializer(Buffer.from('ff0f420800000000000000005657020400', 'hex'));
plainRead.readHeader();
console.log('plain view back', util.inspect(plainRead.readValue()));

// A custom host-object protocol.
class MySerializer extends v8.Serializer {
  constructor() { super(); this._setTreatArrayBufferViewsAsHostObjects(true); }
  _writeHostObject(view) { this.writeUint32(view.length); this.writeUint32(77); }
}
// (Reading custom host objects back is refused in the sandbox — V8 forbids running JavaScript
// during a read — and is tested in tests/all/builtins.rs.)
const ms = new MySerializer();
ms.writeHeader();
ms.writeValue([new Float32Array(3), 'after']);
const mbytes = ms.releaseBuffer();
console.log('custom host bytes', mbytes.toString('hex'));
attempt('no host reader', () => { const b = new v8.Deserializer(mbytes); b.readHeader(); return b.readValue(); });
class ThrowingSerializer extends v8.Serializer {
  constructor() { super(); this._setTreatArrayBufferViewsAsHostObjects(true); }
  _writeHostObject() { throw new Error('no host'); }
}
attempt('host writer throws', () => new ThrowingSerializer().writeValue(Buffer.alloc(1)));
attempt('no host writer', () => { const x = new v8.Serializer(); x._setTreatArrayBufferViewsAsHostObjects(true); return x.writeValue(Buffer.alloc(1)); });
attempt('default non-view host', () => new v8.DefaultSerializer()._writeHostObject({}));

// Custom data-clone errors.
class CustomError extends v8.Serializer { _getDataCloneError(message) { return new TypeError('custom: ' + message); } }
attempt('custom clone error', () => new CustomError().writeValue(() => 1));

// Transfers.
const ab = new Uint8Array([5, 6, 7]).buffer;
const ts = new v8.Serializer();
ts.writeHeader();
ts.transferArrayBuffer(3, ab);
ts.writeValue({ buf: ab });
const tbytes = ts.releaseBuffer();
console.log('transfer bytes', tbytes.toString('hex'));
const td = new v8.Deserializer(tbytes);
const target = new Uint8Array([1, 1, 1]).buffer;
td.transferArrayBuffer(3, target);
td.readHeader();
const tv = td.readValue();
console.log('transferred', tv.buf === target, [...new Uint8Array(tv.buf)]);
class SabSerializer extends v8.Serializer { _getSharedArrayBufferId() { return 9; } }
const ss = new SabSerializer();
ss.writeHeader();
ss.writeValue(new SharedArrayBuffer(4));
console.log('sab id bytes', ss.releaseBuffer().toString('hex'));

// Values that cannot be cloned.
attempt('function', () => v8.serialize(function foo() {}));
attempt('arrow', () => v8.serialize(() => 1));
attempt('symbol', () => v8.serialize(Symbol('s')));
attempt('WeakMap', () => v8.serialize(new WeakMap()));
attempt('WeakSet', () => v8.serialize(new WeakSet()));
attempt('Promise', () => v8.serialize(Promise.resolve()));
attempt('SharedArrayBuffer', () => v8.serialize(new SharedArrayBuffer(2)));
attempt('nested function', () => v8.serialize({ a: [1, { f() {} }] }));
attempt('getter throws', () => v8.serialize({ get x() { throw new Error('getter'); } }));

// Bad input.
for (const bad of [1, 'str', null, undefined, {}, [1, 2], new ArrayBuffer(2)]) {
  attempt('deserialize ' + util.inspect(bad), () => v8.deserialize(bad));
}
attempt('empty', () => v8.deserialize(Buffer.alloc(0)));
attempt('bad version', () => v8.deserialize(Buffer.from([0xff, 0x20, 0x49, 0x02])));
attempt('truncated', () => v8.deserialize(Buffer.from([0xff, 0x0f])));
attempt('bad tag', () => v8.deserialize(Buffer.from([0xff, 0x0f, 0x01])));
attempt('truncated string', () => v8.deserialize(Buffer.from([0xff, 0x0f, 0x22, 0x09, 0x61])));
attempt('readHeader bad', () => new v8.Deserializer(Buffer.from([1])).readHeader());
attempt('Serializer()', () => v8.Serializer());
attempt('Deserializer()', () => v8.Deserializer(Buffer.alloc(1)));
attempt('new Deserializer()', () => new v8.Deserializer());
attempt('writeRawBytes string', () => new v8.Serializer().writeRawBytes('x'));
attempt('illegal invocation', () => v8.Serializer.prototype.writeHeader.call({}));
