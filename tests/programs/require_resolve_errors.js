// Missing modules with require stacks, a package.json with bad JSON, cyclic symlinks,
// native addons, JSON parse errors.
const path = require('path');
const { createRequire } = require('module');
const root = path.join(__dirname, 'fixtures', 'resolve');
const req = createRequire(path.join(root, 'app.js'));
const clean = (s) => s.split(root).join('<root>').split(__dirname).join('<here>');
const show = (label, fn) => {
  try {
    console.log(label, '=>', fn());
  } catch (e) {
    console.log(label, '!!', e.code, '|', clean(e.message));
    if (e.requireStack) console.log('  requireStack:', e.requireStack.map(clean));
  }
};

show('missing relative', () => req('./lib/none'));
show('missing package', () => req('no-such-package'));
show('missing scoped', () => req('@scope/none/sub'));
show('chain', () => req('./lib/requires_chain'));
show('from here', () => require('./fixtures/resolve/lib/requires_missing.js'));
show('bad package.json', () => req('badjson'));
show('cyclic symlink', () => req('./lib/loop-a'));
show('native addon code', () => {
  try {
    return req('./lib/addon.node');
  } catch (e) {
    throw Object.assign(new Error('(addon refused)'), { code: e.code });
  }
});
show('bad json file', () => require('./fixtures/bad.json'));
show('resolve missing', () => req.resolve('./nothing'));
show('trailing slash dir', () => path.relative(root, req.resolve('./lib/dir/')));
show('dir with main', () => req('./lib/withmain'));
show('json by extension probe', () => req('./lib/data').answer);
