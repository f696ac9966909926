// TextEncoder / TextDecoder, including emoji and invalid bytes.
const enc = new TextEncoder();
const dec = new TextDecoder();
console.log('encoding:', enc.encoding, dec.encoding, dec.fatal, dec.ignoreBOM);
for (const s of ['', 'abc', 'héllo', '日本語', '🌍🚀', 'mixed a é 日 🌍']) {
  const bytes = enc.encode(s);
  console.log(JSON.stringify(s), bytes.length, Array.from(bytes).join(','), dec.decode(bytes) === s);
}
console.log('encode returns Uint8Array:', enc.encode('x') instanceof Uint8Array);
console.log('lone surrogate encodes to EF BF BD:', Array.from(enc.encode('\ud800')).join(','));
const invalid = new Uint8Array([0x61, 0xff, 0x62, 0xc3, 0x28, 0xe2, 0x82]);
console.log('invalid decoded:', JSON.stringify(dec.decode(invalid)));
try {
  new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xff]));
} catch (e) {
  console.log('fatal:', e.name, e.code);
}
console.log('BOM stripped:', JSON.stringify(dec.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))));
console.log('BOM kept:', JSON.stringify(new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))));
// streaming decode across a split multi-byte sequence
const globe = enc.encode('🌍');
const sd = new TextDecoder();
const part1 = sd.decode(globe.subarray(0, 2), { stream: true });
const part2 = sd.decode(globe.subarray(2));
console.log('stream:', JSON.stringify(part1), JSON.stringify(part2), part1 + part2 === '🌍');
const into = new Uint8Array(5);
console.log('encodeInto:', JSON.stringify(enc.encodeInto('héllo', into)), Array.from(into).join(','));
console.log('decode ArrayBuffer:', dec.decode(enc.encode('buf').buffer));
console.log('decode DataView:', dec.decode(new DataView(enc.encode('dv').buffer)));
console.log('decode undefined:', JSON.stringify(dec.decode()));
console.log('latin1 label:', new TextDecoder('latin1').encoding);
console.log('utf-16le:', new TextDecoder('utf-16le').decode(new Uint8Array([0x68, 0, 0x69, 0])));
try {
  new TextDecoder('no-such-encoding');
} catch (e) {
  console.log('bad label:', e.name, e.code);
}
