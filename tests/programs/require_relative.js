// Relative requires of .js and .json, with and without extension; module caching.
const math = require('./fixtures/math.js');
console.log('add:', math.add(2, 3), 'mul:', math.mul(4, 5), 'file:', math.loadedAs);
const math2 = require('./fixtures/math');
console.log('without extension is same object:', math === math2);
const math3 = require(__dirname + '/fixtures/math.js');
console.log('absolute path is same object:', math === math3);
const math4 = require('./fixtures/../fixtures/./math');
console.log('non-normalized path is same object:', math === math4);
const data = require('./fixtures/data.json');
console.log('json:', data);
console.log('json nested:', data.nested.ok, data.list.length);
console.log('json require cached:', data === require('./fixtures/data'));
console.log('json without extension:', require('./fixtures/only_json'));
console.log('.js preferred over .json:', require('./fixtures/both'));
console.log('explicit .json:', require('./fixtures/both.json'));
data.mutated = true;
console.log('mutation visible through cache:', require('./fixtures/data.json').mutated);
