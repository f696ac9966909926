// require of a missing relative file / package: MODULE_NOT_FOUND, catchable.
const path = require('path');
try {
  require('./fixtures/nope');
} catch (e) {
  console.log('code:', e.code);
  console.log('first line:', e.message.split('\n')[0]);
  console.log('requireStack:', e.requireStack.map((p) => path.relative(__dirname, p)));
  console.log('instanceof Error:', e instanceof Error);
}
try {
  require('definitely-not-installed-pkg-xyz');
} catch (e) {
  console.log('package code:', e.code);
  console.log('package first line:', e.message.split('\n')[0]);
}
try {
  require.resolve('./fixtures/nope.js');
} catch (e) {
  console.log('resolve code:', e.code);
}
try {
  require('node:not-a-builtin');
} catch (e) {
  console.log('node: prefix code:', e.code);
  console.log('node: prefix message:', e.message);
}
