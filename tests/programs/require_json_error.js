// Invalid JSON: SyntaxError whose message is prefixed with the file path.
const path = require('path');
const file = path.join(__dirname, 'fixtures', 'bad.json');
try {
  require('./fixtures/bad.json');
  console.log('never');
} catch (e) {
  console.log('name:', e.name);
  console.log('instanceof SyntaxError:', e instanceof SyntaxError);
  console.log('message starts with path:', e.message.startsWith(file + ': '));
  console.log('message includes path:', e.message.includes(file));
}
console.log('not cached:', file in require.cache);
