// Requiring a directory: index.js, or package.json "main" (with or without extension).
const path = require('path');
console.log('index.js:', require('./fixtures/dir_index'));
console.log('index.js with slash:', require('./fixtures/dir_index/') === require('./fixtures/dir_index'));
console.log('package main:', require('./fixtures/dir_main'));
console.log('package main no ext:', require('./fixtures/dir_main_noext'));
console.log('resolve dir_index:', path.relative(__dirname, require.resolve('./fixtures/dir_index')));
console.log('resolve dir_main:', path.relative(__dirname, require.resolve('./fixtures/dir_main')));
console.log('resolve dir_main_noext:', path.relative(__dirname, require.resolve('./fixtures/dir_main_noext')));
console.log('package.json itself:', require('./fixtures/dir_main/package.json').name);
