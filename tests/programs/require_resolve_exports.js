// Package "exports": conditions (require/import/node/default, nested), patterns, null targets,
// arrays, the string shorthand, and Node's errors for what is not exported or invalid.
const path = require('path');
const { createRequire } = require('module');
const root = path.join(__dirname, 'fixtures', 'resolve');
const req = createRequire(path.join(root, 'app.js'));
const rel = (p) => path.relative(__dirname, p);
const show = (label, fn) => {
  try {
    console.log(label, '=>', fn());
  } catch (e) {
    console.log(label, '!!', e.code, '|', e.message.split(root).join('<root>').split('\n')[0]);
  }
};

show('cond', () => req('cond'));
show('cond resolve', () => rel(req.resolve('cond')));
show('cond/features/alpha', () => req('cond/features/alpha'));
show('cond/features/private/secret', () => req('cond/features/private/secret'));
show('cond/hidden', () => req('cond/hidden'));
show('cond/arr', () => req('cond/arr'));
show('cond/default-only', () => req('cond/default-only'));
show('cond/import-only', () => req('cond/import-only'));
show('cond/out', () => req('cond/out'));
show('cond/missing', () => req('cond/missing'));
show('cond/features/nope', () => req('cond/features/nope'));
show('cond/cjs/node.js (not exported)', () => req('cond/cjs/node.js'));
show('cond/package.json', () => req('cond/package.json').name);
show('cond-main', () => req('cond-main'));
show('sugar', () => req('sugar'));
show('noexp-main', () => req('noexp-main'));
show('noexp-main/x', () => req('noexp-main/x'));
show('resolve cond/features/alpha', () => rel(req.resolve('cond/features/alpha')));
