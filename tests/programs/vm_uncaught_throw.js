const vm = require('vm');
console.log(vm.runInThisContext('1 + 1', { filename: 'x.js' }));
vm.runInThisContext('\n  throw new TypeError("bad")', { filename: 'x.js', lineOffset: 3 });
