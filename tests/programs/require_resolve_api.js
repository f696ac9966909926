// The `module` builtin and require's API surface that tooling relies on.
const path = require('path');
const Module = require('module');
const root = path.join(__dirname, 'fixtures', 'resolve');
const rel = (p) => (typeof p === 'string' ? path.relative(__dirname, p) : p);

console.log('builtinModules length:', Module.builtinModules.length);
console.log('builtinModules sample:', Module.builtinModules.slice(0, 4), Module.builtinModules.includes('fs/promises'));
console.log('isBuiltin:', ['fs', 'node:fs', 'node:test', 'test', 'fs/promises', 'nope', 'node:nope'].map((n) => Module.isBuiltin(n)));
console.log('resolve builtins:', require.resolve('fs'), require.resolve('node:fs'), require.resolve('node:test'));
console.log('resolve.paths builtin:', require.resolve.paths('fs'));
console.log('resolve.paths relative:', require.resolve.paths('./x').map(rel));
console.log('resolve.paths bare (first 2):', require.resolve.paths('x').slice(0, 2).map(rel));
console.log('module.paths[0]:', rel(module.paths[0]));
console.log('_nodeModulePaths:', Module._nodeModulePaths('/a/node_modules/b/c'));
try {
  require('test');
} catch (e) {
  console.log('test without prefix:', e.code);
}
try {
  require('node:nope');
} catch (e) {
  console.log('node:nope:', e.code, e.message);
}

// createRequire: file path, directory with a trailing slash, file URL.
const r1 = Module.createRequire(path.join(root, 'lib', 'x.js'));
console.log('createRequire file:', r1('./internal'), rel(r1.resolve('./data')));
const r2 = Module.createRequire(path.join(root, 'lib') + '/');
console.log('createRequire dir:', r2('./conf/a'));
const r3 = Module.createRequire(require('url').pathToFileURL(path.join(root, 'app.js')));
console.log('createRequire url:', r3('flat-b'));
try {
  Module.createRequire('relative/path.js');
} catch (e) {
  console.log('createRequire relative:', e.code);
}

// require.resolve with paths.
console.log('resolve paths:', rel(require.resolve('flat-b', { paths: [root] })));
console.log('resolve paths relative:', rel(require.resolve('./lib/internal', { paths: [path.join(__dirname, 'nowhere'), root] })));
try {
  require.resolve('flat-b', { paths: [__dirname] });
} catch (e) {
  console.log('resolve paths miss:', e.code, e.message.split('\n')[0]);
}

// require.cache: deleting an entry reloads.
const counterPath = require.resolve('./fixtures/counter.js');
const c1 = require('./fixtures/counter.js');
console.log('cache has entry:', require.cache[counterPath] !== undefined, require.cache === Module._cache);
delete require.cache[counterPath];
const c2 = require('./fixtures/counter.js');
console.log('reloaded is new object:', c1 !== c2);

// module tree.
const flatA = Module.createRequire(path.join(root, 'app.js'))('flat-a');
const aMod = require.cache[path.join(root, 'node_modules/flat-a/lib/a.js')];
console.log('flat-a loaded:', aMod.loaded, aMod.children.map((m) => rel(m.id)), flatA.b);
console.log('main:', require.main === module, module.id, module.loaded, module.parent);

// Module._load, _resolveFilename override, _findPath.
console.log('_load:', Module._load('./fixtures/math.js', module, false) === require('./fixtures/math.js'));
const orig = Module._resolveFilename;
Module._resolveFilename = function (request, parent, isMain, options) {
  if (request === 'virtual-alias') request = './fixtures/math.js';
  return orig.call(this, request, parent, isMain, options);
};
console.log('override:', require('virtual-alias') === require('./fixtures/math.js'));
Module._resolveFilename = orig;
console.log('_findPath:', rel(Module._findPath('flat-b', [path.join(root, 'node_modules')])), Module._findPath('nope', [root]));

// A changed cwd does not change what relative requires mean.
process.chdir(root);
console.log('after chdir:', require('./fixtures/math.js') === require(path.join(__dirname, 'fixtures/math.js')));
