'use strict';
// createCipheriv / createDecipheriv with aes-*-gcm: fixed vectors, chunked updates, encodings,
// AAD, auth tags (full and truncated), tampering, state errors and streams.
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

const iv = Buffer.from('000102030405060708090a0b', 'hex');
const keys = {
  'aes-128-gcm': Buffer.alloc(16, 1),
  'aes-192-gcm': Buffer.alloc(24, 2),
  'aes-256-gcm': Buffer.alloc(32, 3),
};
const plain = 'The quick brown fox jumps over the lazy dog. '.repeat(3);

for (const [alg, key] of Object.entries(keys)) {
  const c = crypto.createCipheriv(alg, key, iv);
  c.setAAD(Buffer.from('header'));
  const p1 = c.update(plain.slice(0, 7), 'utf8', 'hex');
  const p2 = c.update(plain.slice(7), 'utf8', 'hex');
  const p3 = c.final('hex');
  const tag = c.getAuthTag();
  console.log(alg, p1.length, p2.length, JSON.stringify(p3), p1 + p2, tag.toString('hex'));

  const d = crypto.createDecipheriv(alg, key, iv);
  d.setAAD(Buffer.from('header'));
  d.setAuthTag(tag);
  const out = d.update(p1 + p2, 'hex', 'utf8') + d.final('utf8');
  console.log(alg, 'round trip', out === plain);
}

// Buffers in and out, base64 output across updates.
{
  const key = keys['aes-256-gcm'];
  const c = crypto.createCipheriv('aes-256-gcm', key, iv);
  const parts = [c.update(Buffer.from('a')), c.update(new Uint8Array([98, 99, 100, 101])), c.final()];
  console.log('buffers', parts.map((p) => p.length), Buffer.concat(parts).toString('hex'), c.getAuthTag().toString('base64'));
  const c2 = crypto.createCipheriv('aes-256-gcm', key, iv);
  console.log('base64 chunks', c2.update('abcd', 'utf8', 'base64') + c2.update('efgh', 'latin1', 'base64') + c2.final('base64'));
  const c3 = crypto.createCipheriv('aes-256-gcm', key, iv);
  console.log('base64 whole', c3.update('abcdefgh', 'utf8', 'base64') + c3.final('base64'));
  const empty = crypto.createCipheriv('aes-128-gcm', keys['aes-128-gcm'], iv);
  console.log('empty', empty.final(), empty.getAuthTag().toString('hex'));
}

// Truncated tags.
{
  const key = keys['aes-128-gcm'];
  const c = crypto.createCipheriv('aes-128-gcm', key, iv, { authTagLength: 8 });
  const ct = Buffer.concat([c.update('short tag'), c.final()]);
  const tag = c.getAuthTag();
  console.log('tag8', ct.toString('hex'), tag.toString('hex'));
  const d = crypto.createDecipheriv('aes-128-gcm', key, iv, { authTagLength: 8 });
  d.setAuthTag(tag);
  console.log('tag8 round trip', Buffer.concat([d.update(ct), d.final()]).toString());
  const bad = crypto.createDecipheriv('aes-128-gcm', key, iv, { authTagLength: 8 });
  const t2 = Buffer.from(tag);
  t2[0] ^= 1;
  bad.setAuthTag(t2);
  bad.update(ct);
  show('tag8 tampered', () => bad.final());
}

// Tampering and state errors.
{
  const key = keys['aes-128-gcm'];
  const c = crypto.createCipheriv('aes-128-gcm', key, iv);
  const ct = Buffer.concat([c.update('secret'), c.final()]);
  const tag = c.getAuthTag();
  const d1 = crypto.createDecipheriv('aes-128-gcm', key, iv);
  d1.setAuthTag(tag);
  ct[0] ^= 1;
  show('tampered update', () => d1.update(ct).length);
  show('tampered final', () => d1.final());
  const d2 = crypto.createDecipheriv('aes-128-gcm', key, iv);
  d2.update(ct);
  show('no tag', () => d2.final());
  const d3 = crypto.createDecipheriv('aes-128-gcm', key, iv);
  d3.setAuthTag(tag);
  d3.setAAD(Buffer.from('wrong'));
  ct[0] ^= 1;
  d3.update(ct);
  show('wrong aad', () => d3.final());
  show('final twice', () => c.final());
  show('update after final', () => c.update('x'));
  const c4 = crypto.createCipheriv('aes-128-gcm', key, iv);
  show('tag before final', () => c4.getAuthTag());
  c4.update('x');
  show('aad after update', () => c4.setAAD(Buffer.from('x')));
  show('setAutoPadding', () => c4.setAutoPadding(false) === c4);
  show('setAuthTag on cipher', () => typeof c4.setAuthTag);
  show('getAuthTag on decipher', () => typeof crypto.createDecipheriv('aes-128-gcm', key, iv).getAuthTag);
  show('bad tag len', () => crypto.createDecipheriv('aes-128-gcm', key, iv).setAuthTag(Buffer.alloc(3)));
  show('bad authTagLength', () => crypto.createCipheriv('aes-128-gcm', key, iv, { authTagLength: 7 }));
  show('unknown cipher', () => crypto.createCipheriv('nope-cipher', key, iv));
  show('key length', () => crypto.createCipheriv('aes-128-gcm', Buffer.alloc(15), iv));
  show('empty iv', () => crypto.createCipheriv('aes-128-gcm', key, Buffer.alloc(0)));
  show('bad key type', () => crypto.createCipheriv('aes-128-gcm', 5, iv));
  show('bad iv type', () => crypto.createCipheriv('aes-128-gcm', key, 5));
  show('bad data', () => crypto.createCipheriv('aes-128-gcm', key, iv).update(5));
  show('secret key obj', () => {
    const k = crypto.createSecretKey(key);
    const x = crypto.createCipheriv('aes-128-gcm', k, iv);
    return Buffer.concat([x.update('hi'), x.final()]).toString('hex');
  });
  show('cipher info', () => crypto.getCipherInfo('aes-256-gcm'));
}

// KeyObject
{
  const k = crypto.createSecretKey(Buffer.from('0123456789abcdef'));
  show('keyobject', () => [k.type, k.symmetricKeySize, k.asymmetricKeyType, k.export().toString()]);
  show('keyobject jwk', () => k.export({ format: 'jwk' }));
  show('keyobject equals', () => [k.equals(crypto.createSecretKey(Buffer.from('0123456789abcdef'))), k.equals(crypto.createSecretKey(Buffer.from('x')))]);
  show('keyobject str', () => crypto.createSecretKey('6869', 'hex').export());
  show('keyobject instance', () => k instanceof crypto.KeyObject);
  show('keyobject bad', () => crypto.createSecretKey(5));
  show('generateKeySync', () => { const g = crypto.generateKeySync('hmac', { length: 64 }); return [g.type, g.symmetricKeySize]; });
  show('generateKeySync aes', () => crypto.generateKeySync('aes', { length: 256 }).symmetricKeySize);
}

// Stream use.
{
  const key = keys['aes-256-gcm'];
  const c = crypto.createCipheriv('aes-256-gcm', key, iv);
  const chunks = [];
  c.on('data', (d) => chunks.push(d));
  c.on('end', () => {
    const ct = Buffer.concat(chunks);
    console.log('stream cipher', ct.toString('hex'), c.getAuthTag().toString('hex'));
    const d = crypto.createDecipheriv('aes-256-gcm', key, iv);
    d.setAuthTag(c.getAuthTag());
    d.setEncoding('utf8');
    let s = '';
    d.on('data', (x) => { s += x; });
    d.on('end', () => console.log('stream decipher', s));
    d.write(ct.subarray(0, 5));
    d.end(ct.subarray(5));
  });
  c.write('streamed ');
  c.end('text');
}

show('cipher info 2', () => [crypto.getCipherInfo('id-aes128-GCM'), crypto.getCipherInfo(898), crypto.getCipherInfo('aes-128-gcm', { keyLength: 5 })]);
