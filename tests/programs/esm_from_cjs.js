// import() from CommonJS, and require() of ES modules.
const lib = require('./fixtures/esm/lib.mjs');
console.log('require(esm):', Object.keys(lib), lib.counter);
import('./fixtures/esm/lib.mjs').then((ns) => {
  console.log('import() from cjs:', Object.keys(ns));
  console.log('same module instance:', ns.counter === lib.counter, ns.default === lib.default);
  return import('node:os');
}).then((os) => console.log('builtin via import():', typeof os.platform, typeof os.default.platform));
try {
  require('./fixtures/esm/tla_async.mjs');
} catch (e) {
  console.log(e.code, e.message.split('\n')[0]);
}
import('./fixtures/esm/missing.mjs').catch((e) => console.log('missing:', e.code));
