// A syntax error in a required file is a catchable SyntaxError; the module is not cached.
const path = require('path');
try {
  require('./fixtures/bad_syntax');
  console.log('never');
} catch (e) {
  console.log('name:', e.name);
  console.log('instanceof SyntaxError:', e instanceof SyntaxError);
  console.log('message:', e.message);
}
const bad = path.join(__dirname, 'fixtures', 'bad_syntax.js');
console.log('in cache after failure:', bad in require.cache);
try {
  require('./fixtures/throws_on_load');
} catch (e) {
  console.log('load-time throw:', e.message);
}
console.log('throwing module cached:', path.join(__dirname, 'fixtures', 'throws_on_load.js') in require.cache);
