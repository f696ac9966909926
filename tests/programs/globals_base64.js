// atob/btoa round trips and errors.
const samples = ['', 'a', 'ab', 'abc', 'hello world', '\x00\x01\x02\xff', 'Latin1: \xe9\xe8'];
for (const s of samples) {
  const enc = btoa(s);
  console.log(JSON.stringify(s), '->', enc, '->', JSON.stringify(atob(enc)), atob(enc) === s);
}
console.log('atob ignores whitespace:', atob(' aGVs\nbG8= '));
console.log('atob without padding:', atob('aGVsbG8'));
console.log('btoa number:', btoa(123));
try {
  btoa('emoji 🌍');
} catch (e) {
  console.log('btoa non-latin1:', e.name, e instanceof DOMException, e.code);
}
try {
  atob('%%%');
} catch (e) {
  console.log('atob invalid:', e.name, e instanceof DOMException, e.code);
}
try {
  atob('abcde');
} catch (e) {
  console.log('atob bad length:', e.name);
}
try {
  atob();
} catch (e) {
  console.log('atob no args:', e.name, e.code);
}
console.log('Buffer agrees:', Buffer.from('hello world').toString('base64') === btoa('hello world'));
