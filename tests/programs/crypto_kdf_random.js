'use strict';
// pbkdf2 / scrypt / hkdf of fixed inputs, timingSafeEqual, and the shapes (never values) of
// random outputs, with the validation errors of each.
const crypto = require('crypto');
const { inspect } = require('util');

function show(label, f) {
  try {
    const r = f();
    console.log(label, typeof r === 'string' ? r : inspect(r));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
const hex = (b) => Buffer.from(b).toString('hex');

// pbkdf2
for (const d of ['sha1', 'sha256', 'sha512', 'md5', 'sha384', 'sha224']) {
  show('pbkdf2 ' + d, () => hex(crypto.pbkdf2Sync('password', 'salt', 1000, 40, d)));
}
show('pbkdf2 keylen 0', () => crypto.pbkdf2Sync('p', 's', 1, 0, 'sha256'));
show('pbkdf2 buffers', () => hex(crypto.pbkdf2Sync(Buffer.from('pw'), new Uint8Array([1, 2, 3]), 2, 16, 'SHA256')));
show('pbkdf2 bad digest', () => crypto.pbkdf2Sync('a', 'b', 1, 10, 'nope'));
show('pbkdf2 no digest', () => crypto.pbkdf2Sync('a', 'b', 1, 10));
show('pbkdf2 iterations 0', () => crypto.pbkdf2Sync('a', 'b', 0, 10, 'sha1'));
show('pbkdf2 keylen -1', () => crypto.pbkdf2Sync('a', 'b', 1, -1, 'sha1'));
show('pbkdf2 keylen 1.5', () => crypto.pbkdf2Sync('a', 'b', 1, 1.5, 'sha1'));
show('pbkdf2 bad password', () => crypto.pbkdf2Sync(1, 'b', 1, 1, 'sha1'));
show('pbkdf2 no callback', () => crypto.pbkdf2('a', 'b', 1, 1, 'sha1'));

// scrypt
show('scrypt default', () => hex(crypto.scryptSync('password', 'salt', 32)));
show('scrypt N=16', () => hex(crypto.scryptSync('password', 'salt', 64, { N: 16, r: 1, p: 1 })));
show('scrypt aliases', () => hex(crypto.scryptSync('pw', 'NaCl', 16, { cost: 1024, blockSize: 8, parallelization: 2 })));
show('scrypt keylen 0', () => crypto.scryptSync('a', 'b', 0));
show('scrypt N=3', () => crypto.scryptSync('a', 'b', 16, { N: 3 }));
show('scrypt memory', () => crypto.scryptSync('a', 'b', 16, { N: 1 << 20 }));
show('scrypt maxmem ok', () => crypto.scryptSync('a', 'b', 8, { N: 1 << 15, maxmem: 64 << 20 }).length);
show('scrypt both N', () => crypto.scryptSync('a', 'b', 16, { N: 16, cost: 16 }));
show('scrypt bad N', () => crypto.scryptSync('a', 'b', 16, { N: -1 }));
show('scrypt bad keylen', () => crypto.scryptSync('a', 'b', 'x'));

// hkdf
show('hkdf', () => hex(crypto.hkdfSync('sha256', 'key', 'salt', 'info', 42)));
show('hkdf no salt', () => hex(crypto.hkdfSync('sha512', Buffer.from('key'), '', '', 70)));
show('hkdf too long', () => crypto.hkdfSync('sha1', 'k', 's', 'i', 20 * 255 + 1));
show('hkdf bad digest', () => crypto.hkdfSync('nope', 'k', 's', 'i', 10));

// timingSafeEqual
show('tse equal', () => crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abc')));
show('tse differ', () => crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abd')));
show('tse views', () => crypto.timingSafeEqual(new Uint16Array([1]), new Uint8Array([1, 0])));
show('tse length', () => crypto.timingSafeEqual(Buffer.alloc(2), Buffer.alloc(3)));
show('tse type', () => crypto.timingSafeEqual('a', Buffer.alloc(1)));
show('tse type2', () => crypto.timingSafeEqual(Buffer.alloc(1), 1));

// random shapes
show('randomBytes', () => { const b = crypto.randomBytes(16); return [Buffer.isBuffer(b), b.length]; });
show('randomBytes big', () => crypto.randomBytes(200000).length);
show('randomBytes 0', () => crypto.randomBytes(0));
show('randomBytes -1', () => crypto.randomBytes(-1));
show('randomBytes str', () => crypto.randomBytes('1'));
show('randomBytes cb', () => crypto.randomBytes(1, 'x'));
const fill = new Uint8Array(20);
show('randomFillSync', () => crypto.randomFillSync(fill, 5, 10) === fill);
show('randomFillSync untouched', () => [fill[0], fill[1], fill[2], fill[3], fill[4], fill[15], fill[19]]);
show('randomFillSync u32', () => crypto.randomFillSync(new Uint32Array(4), 1, 2).length);
show('randomFillSync ab', () => crypto.randomFillSync(new ArrayBuffer(8)).byteLength);
show('randomFillSync offset', () => crypto.randomFillSync(new Uint8Array(4), 5));
show('randomFillSync size', () => crypto.randomFillSync(new Uint8Array(4), 1, 4));
show('randomFillSync type', () => crypto.randomFillSync([1, 2]));
show('randomInt', () => { const n = crypto.randomInt(10); return Number.isInteger(n) && n >= 0 && n < 10; });
show('randomInt range', () => { for (let i = 0; i < 2000; i++) { const n = crypto.randomInt(-5, 5); if (n < -5 || n >= 5) return n; } return 'ok'; });
show('randomInt order', () => crypto.randomInt(5, 1));
show('randomInt big', () => crypto.randomInt(2 ** 49));
show('randomInt big2', () => crypto.randomInt(-1, 2 ** 48));
show('randomInt float', () => crypto.randomInt(1.5));
show('randomInt cb', () => crypto.randomInt(1, 2, 3));
const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
show('randomUUID', () => { for (let i = 0; i < 300; i++) if (!uuidRe.test(crypto.randomUUID())) return 'bad'; return 'ok'; });
show('randomUUID nocache', () => uuidRe.test(crypto.randomUUID({ disableEntropyCache: true })));
show('randomUUID bad', () => crypto.randomUUID(1));
show('randomUUID bad opt', () => crypto.randomUUID({ disableEntropyCache: 1 }));
show('getRandomValues', () => { const a = new Int32Array(4); return crypto.getRandomValues(a) === a; });
show('getRandomValues float', () => crypto.getRandomValues(new Float64Array(1)));
show('getRandomValues quota', () => crypto.getRandomValues(new Uint8Array(65537)));
show('getRandomValues max', () => crypto.getRandomValues(new Uint8Array(65536)).length);
show('getRandomValues dv', () => crypto.getRandomValues(new DataView(new ArrayBuffer(4))));
show('webcrypto grv this', () => crypto.webcrypto.getRandomValues.call({}, new Uint8Array(1)));
show('webcrypto grv none', () => globalThis.crypto.getRandomValues());
show('webcrypto uuid', () => uuidRe.test(globalThis.crypto.randomUUID()));

// async forms, in sequence
const steps = [
  (next) => crypto.pbkdf2('password', 'salt', 1, 20, 'sha1', (err, key) => { console.log('pbkdf2 cb', err, hex(key)); next(); }),
  (next) => crypto.scrypt('password', 'salt', 16, { N: 16 }, (err, key) => { console.log('scrypt cb', err, hex(key)); next(); }),
  (next) => crypto.scrypt('password', 'salt', 16, (err, key) => { console.log('scrypt cb default', err, hex(key)); next(); }),
  (next) => crypto.randomBytes(70000, (err, b) => { console.log('randomBytes cb', err, b.length); next(); }),
  (next) => crypto.randomFill(new Uint8Array(8), 2, (err, b) => { console.log('randomFill cb', err, b.length, b[0], b[1]); next(); }),
  (next) => crypto.randomInt(3, 7, (err, n) => { console.log('randomInt cb', err, n >= 3 && n < 7); next(); }),
  (next) => crypto.hkdf('sha256', 'key', 'salt', 'info', 16, (err, ab) => { console.log('hkdf cb', err, hex(ab)); next(); }),
];
(function run(i) { if (i < steps.length) steps[i](() => run(i + 1)); })(0);
show('scrypt short', () => hex(crypto.scryptSync('pw', 'salt', 3, { N: 16 })));
