// Package "imports" (#specifiers, patterns, conditions) and self-reference by package name.
const path = require('path');
const { createRequire } = require('module');
const root = path.join(__dirname, 'fixtures', 'resolve');
const req = createRequire(path.join(root, 'app.js'));
const show = (label, fn) => {
  try {
    console.log(label, '=>', fn());
  } catch (e) {
    console.log(label, '!!', e.code, '|', e.message.split(root).join('<root>').split('\n')[0]);
  }
};

show('#internal', () => req('#internal'));
show('#conf/a', () => req('#conf/a'));
show('#cond', () => req('#cond'));
show('#nope', () => req('#nope'));
show('#conf/zz', () => req('#conf/zz'));
show('selfref', () => JSON.stringify(req('selfref')));
show('selfref/bad', () => req(path.join(root, 'node_modules/selfref/bad.js')));
