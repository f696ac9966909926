// The harness runs with cwd = tests/programs.
const path = require('path');
console.log('cwd === __dirname:', process.cwd() === __dirname);
console.log('cwd is absolute:', path.isAbsolute(process.cwd()));
const before = process.cwd();
process.chdir('..');
console.log('after chdir(..) cwd === dirname(__dirname):', process.cwd() === path.dirname(__dirname));
console.log('relative(cwd, __dirname):', path.relative(process.cwd(), __dirname));
console.log('path.resolve("programs") === __dirname:', path.resolve('programs') === __dirname);
process.chdir('programs');
console.log('back:', process.cwd() === before);
process.chdir(path.join(__dirname, 'fixtures'));
console.log('absolute chdir, basename:', path.basename(process.cwd()));
process.chdir(before);
console.log('restored:', process.cwd() === __dirname);
// require is relative to the module, not the cwd
process.chdir('..');
console.log('require after chdir:', require('./fixtures/math').add(2, 3));
process.chdir(before);
