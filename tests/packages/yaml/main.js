import YAML, { parse, stringify, parseDocument } from 'yaml';
const doc = parse('a: 1\nb: [x, y]\nc:\n  d: true\n  e: null\n');
console.log(doc);
console.log(stringify({ name: 'app', list: [1, 'two', { three: 3 }], nested: { ok: true } }));
const d = parseDocument('# comment\nkey: value # inline\n');
d.set('added', [1, 2]);
console.log(String(d));
console.log(YAML.parse('- 1\n- 2') .length, typeof YAML.Document);
try {
  parse('a: [1, 2\nb: 3');
} catch (e) {
  console.log(e.name, e.code, e.message.split('\n')[0]);
}
