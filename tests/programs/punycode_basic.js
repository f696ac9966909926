'use strict';
process.removeAllListeners('warning');
process.on('warning', (w) => console.log('warning:', w.name, w.code, w.message));
const punycode = require('punycode');
console.log(punycode.version, Object.keys(punycode).join(','), Object.keys(punycode.ucs2).join(','));
const words = ['mañana', 'bücher', 'ü', '你好', 'Bahnhof', '', 'abc-', '-abc', 'ĄąĆć', 'he\u0301llo', '😀 smile', 'ü-ü', 'A-Z'];
for (const w of words) {
  const e = punycode.encode(w);
  console.log(JSON.stringify(w), JSON.stringify(e), JSON.stringify(punycode.decode(e)));
}
for (const d of ['mañana.com', 'джумла@джpумлатест.bрфa', 'example.com', '☃-⌘.com', 'a\u3002b\uff0ec\uff61d', 'xn--maana-pta.com', 'UPPER.ü']) {
  const a = punycode.toASCII(d);
  console.log(JSON.stringify(d), a, JSON.stringify(punycode.toUnicode(a)));
}
console.log(punycode.toUnicode('xn--BCHER-KVA.example'));
for (const bad of ['ü-abc', 'abc-9999999999', 'a-$', 'zzzzzzzzzzzzzzzz']) {
  try { console.log(punycode.decode(bad)); } catch (e) { console.log(e.name, e.message); }
}
try { punycode.toUnicode('xn--\u0100'); } catch (e) { console.log(e.name, e.message); }
console.log(punycode.ucs2.decode('a\ud83d\ude00\ud800b\udc00'), punycode.ucs2.encode([0x61, 0x1f600, 0x62]));
try { punycode.ucs2.encode([0x110000]); } catch (e) { console.log(e.name, e.message); }
console.log(require('punycode') === punycode);
process.on('exit', () => console.log('exit'));
