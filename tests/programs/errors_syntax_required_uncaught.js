console.log('requiring a file with a syntax error');
require('./fixtures/bad_syntax.js');
console.log('never');
