'use strict';
// globalThis.crypto / require('crypto').webcrypto: subtle.digest, HMAC and AES-GCM keys
// (import, export, generate, sign/verify, encrypt/decrypt), PBKDF2/HKDF deriveBits, errors.
const nodeCrypto = require('crypto');
const { subtle } = globalThis.crypto;
const hex = (ab) => Buffer.from(ab).toString('hex');

async function show(label, f) {
  try {
    const r = await f();
    console.log(label, r);
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}

(async () => {
  console.log(globalThis.crypto === nodeCrypto.webcrypto, nodeCrypto.subtle === subtle);
  console.log(Object.prototype.toString.call(globalThis.crypto), Object.prototype.toString.call(subtle));
  console.log(globalThis.crypto, subtle);
  await show('Crypto ctor', () => new globalThis.crypto.constructor());
  const data = new TextEncoder().encode('hello webcrypto');
  for (const a of ['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512', 'sha-256', { name: 'SHA-256' }]) {
    await show('digest ' + JSON.stringify(a), async () => {
      const d = await subtle.digest(a, data);
      return [d instanceof ArrayBuffer, hex(d)];
    });
  }
  await show('digest buffer', async () => hex(await subtle.digest('SHA-256', Buffer.from('abc'))));
  await show('digest dataview', async () => hex(await subtle.digest('SHA-1', new DataView(new ArrayBuffer(3)))));
  await show('digest bad alg', () => subtle.digest('SHA-7', data));
  await show('digest md5', () => subtle.digest('MD5', data));
  await show('digest bad data', () => subtle.digest('SHA-256', 'str'));
  await show('digest missing', () => subtle.digest('SHA-256'));
  await show('digest this', () => subtle.digest.call({}, 'SHA-256', data));

  // HMAC
  const raw = new Uint8Array(32).map((_, i) => i);
  const hk = await subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, true, ['sign', 'verify']);
  console.log(hk);
  console.log(hk.type, hk.extractable, hk.algorithm, hk.usages, hk.constructor.name, Object.getOwnPropertyNames(Object.getPrototypeOf(subtle)).join());
  const sig = await subtle.sign('HMAC', hk, data);
  console.log('hmac sig', hex(sig));
  console.log('hmac node', nodeCrypto.createHmac('sha256', Buffer.from(raw)).update(data).digest('hex'));
  await show('verify ok', () => subtle.verify('HMAC', hk, sig, data));
  await show('verify bad', () => subtle.verify({ name: 'HMAC' }, hk, new Uint8Array(32), data));
  await show('verify short', () => subtle.verify('HMAC', hk, new Uint8Array(3), data));
  await show('export raw', async () => hex(await subtle.exportKey('raw', hk)));
  await show('export jwk', () => subtle.exportKey('jwk', hk));
  await show('import jwk', async () => {
    const k = await subtle.importKey('jwk', { kty: 'oct', k: 'AAECAw', alg: 'HS1' }, { name: 'HMAC', hash: 'SHA-1' }, false, ['sign']);
    return [k.algorithm, hex(await subtle.sign('HMAC', k, data))];
  });
  await show('hmac 512', async () => {
    const k = await subtle.importKey('raw', raw, { name: 'HMAC', hash: { name: 'SHA-512' } }, false, ['sign']);
    return hex(await subtle.sign('HMAC', k, data));
  });
  await show('hmac no hash', () => subtle.importKey('raw', raw, { name: 'HMAC' }, false, ['sign']));
  await show('hmac bad usage', () => subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, ['encrypt']));
  await show('hmac empty usage', () => subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, []));
  await show('sign no usage', async () => {
    const k = await subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']);
    return subtle.sign('HMAC', k, data);
  });
  await show('sign bad data', () => subtle.sign('HMAC', hk, 'x'));
  await show('gen hmac', async () => {
    const k = await subtle.generateKey({ name: 'HMAC', hash: 'SHA-384' }, true, ['sign']);
    return [k.algorithm, k.usages, (await subtle.exportKey('raw', k)).byteLength];
  });
  await show('gen hmac len', async () => {
    const k = await subtle.generateKey({ name: 'HMAC', hash: 'SHA-256', length: 128 }, false, ['sign', 'verify']);
    return [k.algorithm, k.extractable];
  });

  // AES-GCM
  const ak = await subtle.importKey('raw', raw, 'AES-GCM', true, ['encrypt', 'decrypt']);
  console.log(ak);
  const iv = new Uint8Array(12).fill(7);
  const aad = new TextEncoder().encode('aad');
  const ct = await subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad }, ak, data);
  console.log('gcm ct', hex(ct));
  const c = nodeCrypto.createCipheriv('aes-256-gcm', Buffer.from(raw), iv);
  c.setAAD(aad);
  console.log('gcm node', Buffer.concat([c.update(data), c.final(), c.getAuthTag()]).toString('hex'));
  await show('gcm dec', async () => new TextDecoder().decode(await subtle.decrypt({ name: 'AES-GCM', iv, additionalData: aad }, ak, ct)));
  await show('gcm dec bad aad', () => subtle.decrypt({ name: 'AES-GCM', iv }, ak, ct));
  await show('gcm tag96', async () => {
    const e = await subtle.encrypt({ name: 'AES-GCM', iv, tagLength: 96 }, ak, data);
    const d = await subtle.decrypt({ name: 'AES-GCM', iv, tagLength: 96 }, ak, e);
    return [hex(e), new TextDecoder().decode(d)];
  });
  await show('gcm bad tagLength', () => subtle.encrypt({ name: 'AES-GCM', iv, tagLength: 100 }, ak, data));
  await show('gcm no iv', () => subtle.encrypt({ name: 'AES-GCM' }, ak, data));
  await show('gcm too small', () => subtle.decrypt({ name: 'AES-GCM', iv }, ak, new Uint8Array(3)));
  await show('gcm wrong key', () => subtle.encrypt({ name: 'AES-GCM', iv }, hk, data));
  await show('aes bad len', () => subtle.importKey('raw', new Uint8Array(10), 'AES-GCM', false, ['encrypt']));
  await show('aes bad usage', () => subtle.importKey('raw', raw, 'AES-GCM', false, ['sign']));
  await show('aes nonextractable', async () => subtle.exportKey('raw', await subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt'])));
  await show('gen aes', async () => {
    const k = await subtle.generateKey({ name: 'AES-GCM', length: 192 }, true, ['encrypt']);
    return [k.algorithm, (await subtle.exportKey('raw', k)).byteLength];
  });
  await show('gen aes bad', () => subtle.generateKey({ name: 'AES-GCM', length: 100 }, true, ['encrypt']));
  await show('aes jwk', async () => subtle.exportKey('jwk', ak));
  await show('unknown alg', () => subtle.importKey('raw', raw, 'FOO', false, ['sign']));

  // PBKDF2 / HKDF
  await show('pbkdf2 bits', async () => {
    const base = await subtle.importKey('raw', new TextEncoder().encode('password'), 'PBKDF2', false, ['deriveBits', 'deriveKey']);
    const bits = await subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: new TextEncoder().encode('salt'), iterations: 1000 }, base, 256);
    const k = await subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-1', salt: new Uint8Array(8), iterations: 10 }, base, { name: 'AES-GCM', length: 128 }, true, ['encrypt']);
    return [hex(bits), k.algorithm, hex(await subtle.exportKey('raw', k))];
  });
  await show('hkdf bits', async () => {
    const base = await subtle.importKey('raw', new Uint8Array(22).fill(11), 'HKDF', false, ['deriveBits']);
    return hex(await subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(13).map((_, i) => i), info: new Uint8Array(10).map((_, i) => 0xf0 + i) }, base, 336));
  });

  // KeyObject <-> CryptoKey
  await show('KeyObject.from', () => nodeCrypto.KeyObject.from(hk).export().toString('hex'));
  await show('hmac with CryptoKey', () => nodeCrypto.createHmac('sha256', hk).update(data).digest('hex'));
  await show('CryptoKey ctor', () => new hk.constructor());
})();
