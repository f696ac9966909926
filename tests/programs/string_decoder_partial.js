// string_decoder: every encoding, multi-byte characters split at every byte position across write()/end(), lastNeed/lastTotal/lastChar, invalid sequences, errors.
'use strict';
const { StringDecoder } = require('string_decoder');
function show(s) { return JSON.stringify(s) + ' ' + [...s].map(c => c.codePointAt(0).toString(16)).join(','); }
const encs = ['utf8', 'utf16le', 'base64', 'base64url', 'hex', 'latin1', 'ascii', 'ucs2', 'binary', 'UTF-8', undefined, null];
const inputs = [
  [0xe2, 0x82, 0xac], [0xf0, 0x9f, 0x98, 0x80], [0xc3, 0xa9, 0x41], [0xe2, 0x82, 0x41], [0xff, 0xfe, 0x41],
  [0x3d, 0xd8, 0x00, 0xde], [0x41, 0x00, 0x42], [0x80, 0x80, 0x80, 0x80, 0x80], [0xf0, 0x9f], [0xf8, 0x88, 0x80],
  [1,2,3,4,5,6,7], [0xed, 0xa0, 0x80], [0xc0, 0x80], [0xe2], [0xf4, 0x90, 0x80, 0x80],
];
for (const enc of encs) {
  const d0 = new StringDecoder(enc);
  console.log('enc', enc, d0.encoding);
  for (const inp of inputs) {
    const full = Buffer.from(inp);
    // every split into 1-byte writes and 2-way splits
    const d = new StringDecoder(enc);
    let out = [];
    for (const b of full) out.push(d.write(Buffer.from([b])));
    out.push('|' + d.end());
    console.log(' bytes', show(out.join(',')), d.lastNeed, d.lastTotal);
    for (let i = 1; i < full.length; i++) {
      const d2 = new StringDecoder(enc);
      const a = d2.write(full.subarray(0, i));
      const n1 = d2.lastNeed, t1 = d2.lastTotal, lc = [...d2.lastChar];
      const b = d2.write(full.subarray(i));
      const e = d2.end();
      console.log('  split', i, show(a), n1, t1, lc.join('.'), show(b), show(e));
    }
  }
}
const d = new StringDecoder('utf8');
console.log(d.write('str'), d.end(Buffer.from([0xe2, 0x82])), d.end(), d.write(new Uint16Array([0x4141])));
for (const bad of ['foo', 123, 'utf-16']) { try { new StringDecoder(bad); } catch (e) { console.log(e.name, e.code, e.message); } }
try { d.write(123); } catch (e) { console.log(e.name, e.code, e.message); }
try { d.write({}); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(d.text(Buffer.from('hello'), 2));
console.log(Object.keys(d), d instanceof StringDecoder);
