// Package layouts: npm flat node_modules, a pnpm symlinked store, workspaces linked into
// node_modules, optional and peer dependencies, the require side of a dual CJS/ESM package.
const path = require('path');
const { createRequire } = require('module');
const root = path.join(__dirname, 'fixtures', 'resolve');
const req = createRequire(path.join(root, 'app.js'));
const rel = (p) => path.relative(__dirname, p);

console.log('flat:', JSON.stringify(req('flat-a')));
console.log('flat resolve:', rel(req.resolve('flat-a')), rel(req.resolve('flat-b')));
console.log('flat subpath:', rel(req.resolve('flat-a/lib/a')), rel(req.resolve('flat-a/package.json')));

// pnpm: node_modules/pn -> .pnpm/pn@1.0.0/node_modules/pn; its dependency is a sibling symlink.
const pn = req('pn');
console.log('pnpm:', pn.name, pn.dep, rel(pn.file));
console.log('pnpm resolve (real path):', rel(req.resolve('pn')));
const pnModule = req.cache[req.resolve('pn')];
console.log('pnpm module.paths[0..2]:', pnModule.paths.slice(0, 3).map(rel));

// workspaces: node_modules/ws-a -> ../packages/ws-a (exports), ws-b (main).
console.log('workspace:', JSON.stringify(req('ws-a')));
console.log('workspace resolve:', rel(req.resolve('ws-a')), rel(req.resolve('ws-a/helper')), rel(req.resolve('ws-b')));

// peer and optional dependencies.
console.log('peer/optional:', JSON.stringify(req('peer-user')));

// dual package, require side.
const dual = req('dual');
console.log('dual:', dual.kind, dual.file, rel(req.resolve('dual')));
console.log('dual package.json type:', req('dual/package.json').type);
