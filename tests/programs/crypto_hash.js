'use strict';
// createHash / createHmac / crypto.hash: digests of fixed inputs, encodings, copy(),
// stream use, and the validation errors.
const crypto = require('crypto');

function show(label, f) {
  try {
    const r = f();
    console.log(label, typeof r === 'string' ? r : require('util').inspect(r));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}

const algs = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512-224', 'sha512-256'];
for (const a of algs) {
  show(a, () => crypto.createHash(a).update('The quick brown fox ').update('jumps over the lazy dog').digest('hex'));
  show(a + ' empty', () => crypto.createHash(a).digest('base64'));
}
show('aliases', () => ['SHA256', 'sha-256', 'RSA-SHA256', 'sha256WithRSAEncryption', 'SHA2-256']
  .map((n) => crypto.createHash(n).update('x').digest('hex').slice(0, 16)).join(' '));

const inputs = [
  ['string', 'héllo wörld'],
  ['buffer', Buffer.from('héllo wörld')],
  ['u16', new Uint16Array([1, 2, 3, 0xffff])],
  ['dataview', new DataView(new Uint8Array([9, 8, 7, 6, 5]).buffer, 1, 3)],
  ['sub', Buffer.from('0123456789').subarray(3, 7)],
];
for (const [n, v] of inputs) show('input ' + n, () => crypto.createHash('sha256').update(v).digest('hex'));
show('latin1 in', () => crypto.createHash('sha1').update('héllo', 'latin1').digest('hex'));
show('hex in', () => crypto.createHash('sha1').update('deadbeef', 'hex').digest('hex'));
show('base64 in', () => crypto.createHash('sha1').update('3q2+7w==', 'base64').digest('hex'));
show('utf16 in', () => crypto.createHash('sha1').update('hi', 'utf16le').digest('hex'));
for (const enc of ['hex', 'base64', 'base64url', 'latin1', 'binary', 'buffer', undefined, 'HEX', 'bogus']) {
  show('out ' + enc, () => crypto.createHash('md5').update('abc').digest(enc));
}

const h = crypto.createHash('sha256').update('part one, ');
const c = h.copy();
show('orig', () => h.update('A').digest('hex'));
show('copy', () => c.update('B').digest('hex'));
show('digest twice', () => h.digest());
show('update after', () => h.update('x'));
show('copy after', () => h.copy());
show('bad data', () => crypto.createHash('sha256').update(42));
show('bad data null', () => crypto.createHash('sha256').update(null));
show('odd hex', () => crypto.createHash('sha256').update('abc', 'hex'));
show('bad alg', () => crypto.createHash('sha3-999'));
show('alg type', () => crypto.createHash(5));
show('outputLength ok', () => crypto.createHash('sha1', { outputLength: 20 }).digest('hex'));
show('outputLength bad', () => crypto.createHash('sha1', { outputLength: 5 }));
show('instanceof', () => [crypto.createHash('md5') instanceof crypto.Hash, crypto.createHmac('md5', 'k') instanceof crypto.Hmac]);

// crypto.hash (Node 22 one-shot)
show('hash default', () => crypto.hash('sha1', 'abc'));
show('hash base64', () => crypto.hash('sha256', Buffer.from('abc'), 'base64'));
show('hash buffer', () => crypto.hash('md5', 'abc', 'buffer'));
show('hash bad enc', () => crypto.hash('md5', 'abc', 'nope'));
show('hash bad input', () => crypto.hash('md5', 12));
show('hash bad alg', () => crypto.hash('nope', 'x'));

// HMAC
for (const a of ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']) {
  show('hmac ' + a, () => crypto.createHmac(a, 'key').update('The quick brown fox jumps over the lazy dog').digest('hex'));
}
show('hmac long key', () => crypto.createHmac('sha256', 'k'.repeat(200)).update('x').digest('base64'));
show('hmac buffer key', () => crypto.createHmac('sha1', Buffer.from([1, 2, 3])).update('x').digest('hex'));
show('hmac keyobject', () => crypto.createHmac('sha256', crypto.createSecretKey(Buffer.from('key'))).update('x').digest('hex'));
show('hmac enc key', () => crypto.createHmac('sha256', '6b6579', { encoding: 'hex' }).update('x').digest('hex'));
const m = crypto.createHmac('sha256', 'k');
m.update('data');
show('hmac first', () => m.digest('hex'));
show('hmac second', () => m.digest('hex'));
show('hmac second buf', () => m.digest());
show('hmac update after', () => m.update('x'));
show('hmac bad digest', () => crypto.createHmac('nope', 'k'));
show('hmac bad key', () => crypto.createHmac('sha256', 12));
show('hmac missing key', () => crypto.createHmac('sha256'));

// Streams
const hs = crypto.createHash('sha256');
hs.write('stream ');
hs.end('data');
hs.on('readable', () => {
  const d = hs.read();
  if (d) console.log('stream digest', d.toString('hex'));
});
const hm = crypto.createHmac('sha1', 'k');
hm.setEncoding('hex');
hm.on('data', (d) => console.log('hmac stream', d));
hm.end('abc');

show('getHashes', () => ['md5', 'sha1', 'sha256', 'sha512'].every((x) => crypto.getHashes().includes(x)));
show('getCiphers', () => ['aes-128-gcm', 'aes-256-gcm'].every((x) => crypto.getCiphers().includes(x)));
