// TextEncoder / TextDecoder (UTF-8 incl. invalid sequences and streaming,
// UTF-16, single-byte encodings, labels, fatal/ignoreBOM) and atob/btoa.
function bytes(arr) {
  return new Uint8Array(arr);
}

function show(label, fn) {
  try {
    const r = fn();
    console.log(label, JSON.stringify(r instanceof Uint8Array ? Array.from(r) : r));
  } catch (e) {
    console.log(label, 'threw', e.code, e.name, e.message);
  }
}

const enc = new TextEncoder();
show('encoding', () => enc.encoding);
show('encode', () => enc.encode('héllo €😀'));
show('encode lone surrogate', () => enc.encode('a\ud800b\udc00'));
show('encode default', () => enc.encode());
show('encode number', () => enc.encode(12.5));
show('encodeInto', () => enc.encodeInto('a€b😀c', new Uint8Array(5)));
show('encodeInto exact', () => enc.encodeInto('😀', new Uint8Array(3)));
show('encodeInto bad dest', () => enc.encodeInto('x', new Uint16Array(2)));
show('encodeInto bad src', () => enc.encodeInto(5, new Uint8Array(2)));

const utf8Cases = [
  [0x68, 0x69], [0xef, 0xbb, 0xbf, 0x41], [0xe2, 0x82, 0xac], [0xf0, 0x9f, 0x98, 0x80], [0xe2, 0x82],
  [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xff, 0xfe, 0x41], [0x80, 0x41, 0xc3],
  [0xf0, 0x9f, 0x98], [0xe0, 0x80, 0x80], [0xc3, 0xa9, 0xc3],
];
for (const c of utf8Cases) {
  show(`utf8 ${JSON.stringify(c)}`, () => new TextDecoder().decode(bytes(c)));
  show(`utf8 fatal ${JSON.stringify(c)}`, () => new TextDecoder('utf-8', { fatal: true }).decode(bytes(c)));
  show(`utf8 ignoreBOM ${JSON.stringify(c)}`, () => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes(c)));
}

// streaming: a multi-byte character split across chunks
const stream = new TextDecoder();
const pieces = [[0xe2], [0x82], [0xac, 0xf0, 0x9f], [0x98, 0x80, 0xe2]];
const out = pieces.map((p) => stream.decode(bytes(p), { stream: true }));
out.push(stream.decode());
show('stream utf8', () => out);
const bomStream = new TextDecoder();
show('stream bom', () => [bomStream.decode(bytes([0xef, 0xbb]), { stream: true }), bomStream.decode(bytes([0xbf, 0x41]))]);

for (const [label, data] of [
  ['utf-16le', [0xff, 0xfe, 0x41, 0x00, 0x3d, 0xd8, 0x00, 0xde]], ['utf-16le', [0x41, 0x00, 0x00, 0xd8]],
  ['utf-16le', [0x41, 0x00, 0x42]], ['utf-16be', [0xfe, 0xff, 0x00, 0x41]], ['latin1', [0x41, 0x80, 0xe9, 0xff]],
  ['windows-1251', [0xc0, 0xe0, 0x88]], ['iso-8859-2', [0xa1, 0xb1]], ['koi8-r', [0xc1, 0xe1]],
  ['macintosh', [0x80, 0xa5]], ['iso-8859-6', [0xc1, 0xa1]], ['ascii', [0x41, 0x80]],
]) {
  show(`${label} ${JSON.stringify(data)}`, () => new TextDecoder(label).decode(bytes(data)));
  show(`${label} fatal ${JSON.stringify(data)}`, () => new TextDecoder(label, { fatal: true }).decode(bytes(data)));
}

for (const label of ['utf8', ' UTF-8 ', 'unicode-1-1-utf-8', 'utf-16', 'ucs-2', 'latin1', 'us-ascii', 'cp1252',
                     'ISO-8859-1', 'koi', 'x-mac-ukrainian', 'foo', 'utf-32', '']) {
  show(`label ${JSON.stringify(label)}`, () => {
    const d = new TextDecoder(label);
    return [d.encoding, d.fatal, d.ignoreBOM];
  });
}
show('decode string', () => new TextDecoder().decode('abc'));
show('decode DataView', () => new TextDecoder().decode(new DataView(bytes([0x68, 0x69]).buffer)));
show('decode ArrayBuffer', () => new TextDecoder().decode(bytes([0x68, 0x69]).buffer));
show('decode subarray', () => new TextDecoder().decode(bytes([1, 2, 0x68, 0x69]).subarray(2)));
show('options bad', () => new TextDecoder('utf-8', 5));
show('prototype', () => [Object.keys(TextDecoder.prototype), Object.keys(TextEncoder.prototype),
  Object.prototype.toString.call(new TextDecoder())]);

// atob / btoa
for (const s of ['aGVsbG8=', 'aGVsbG8', ' aG Vs\nbG8= ', 'YQ==', 'YQ=', 'a', 'abcde', 'ab!c', '====', '', '+/+/']) {
  show(`atob ${JSON.stringify(s)}`, () => atob(s));
}
for (const s of ['hello', '', 'ÿ\u0000', 'Ā', null, 123]) show(`btoa ${JSON.stringify(s)}`, () => btoa(s));
try { atob('a'); } catch (e) { console.log('atob error', e.name, e.code, e instanceof DOMException, e.message); }
show('btoa()', () => btoa());
