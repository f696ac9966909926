// __filename, __dirname, module.*, require.main, require.resolve.
const path = require('path');
console.log('basename:', path.basename(__filename));
console.log('dirname basename:', path.basename(__dirname));
console.log('__filename absolute:', path.isAbsolute(__filename));
console.log('__dirname === dirname(__filename):', __dirname === path.dirname(__filename));
console.log('relative to cwd:', path.relative(process.cwd(), __filename));
console.log('resolve(self) === __filename:', require.resolve('./require_module_info.js') === __filename);
console.log('resolve fixture:', require.resolve('./fixtures/math') === path.join(__dirname, 'fixtures', 'math.js'));
console.log('module.id:', JSON.stringify(module.id));
console.log('module.filename === __filename:', module.filename === __filename);
console.log('require.main === module:', require.main === module);
console.log('module.loaded during eval:', module.loaded);
console.log('module.children before:', module.children.length);
const info = require('./fixtures/module_info');
require('./fixtures/math');
require('./fixtures/math'); // cached: not added twice
require('path'); // builtins are not children
console.log('module.children after:', module.children.length);
console.log('children files:', module.children.map((m) => path.basename(m.filename)));
console.log('fixture view:', info);
console.log('module.paths[0]:', path.relative(__dirname, module.paths[0]));
console.log('module.paths all end in node_modules:', module.paths.every((p) => p.endsWith('node_modules')));
console.log('typeof require.resolve.paths:', typeof require.resolve.paths);
console.log('require.resolve.paths("path"):', require.resolve.paths('path'));
console.log('typeof require.extensions:', typeof require.extensions, Object.keys(require.extensions));
console.log('module.exports === exports:', module.exports === exports);
console.log('this === exports:', this === exports);
console.log('wrapper arguments:', arguments.length);
setImmediate(() => console.log('module.loaded later:', module.loaded));
