// require.cache is keyed by absolute filenames; deleting an entry forces re-evaluation.
const path = require('path');
const keys = () => Object.keys(require.cache);
console.log('all keys absolute:', keys().every((k) => path.isAbsolute(k)));
console.log('main file in cache:', keys().includes(__filename));
console.log('cache entry is this module:', require.cache[__filename] === module);
console.log('relative keys:', keys().map((k) => path.relative(__dirname, k)));
const c1 = require('./fixtures/counter');
const c2 = require('./fixtures/counter');
console.log('cached:', c1 === c2, c1.loads);
const counterPath = require.resolve('./fixtures/counter');
console.log('resolved path relative:', path.relative(__dirname, counterPath));
console.log('counter in cache:', counterPath in require.cache);
console.log('cache entry fields:', require.cache[counterPath].id === counterPath, require.cache[counterPath].loaded);
delete require.cache[counterPath];
const c3 = require('./fixtures/counter');
console.log('after delete, new object:', c3 !== c1, c3.loads);
console.log('builtins not in cache:', 'path' in require.cache, 'node:path' in require.cache);
console.log('relative keys now:', keys().map((k) => path.relative(__dirname, k)));
