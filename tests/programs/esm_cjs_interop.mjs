// Importing CommonJS from ESM (named exports found statically), and require() from ESM.
import cjs, { alpha, beta, gamma, delta } from './fixtures/esm/cjs_exports.cjs';
import * as cjsNs from './fixtures/esm/cjs_exports.cjs';
import obj, { one, two, three, four } from './fixtures/esm/cjs_object.cjs';
import * as reNs from './fixtures/esm/cjs_reexport.cjs';
import esmod, * as esmodNs from './fixtures/esm/cjs_esmodule.cjs';
import callable, { extra } from './fixtures/esm/cjs_function.cjs';
import { createRequire } from 'node:module';

console.log('named:', alpha, beta, gamma(), delta);
console.log('default is module.exports:', cjs === cjsNs.default, Object.keys(cjs));
console.log('namespace keys:', Object.keys(cjsNs));
console.log('object literal:', one, two(), three, four, Object.keys(obj));
console.log('re-export keys:', Object.keys(reNs));
console.log('__esModule default:', esmod, Object.keys(esmodNs));
console.log('function:', callable(), extra, Object.keys(await import('./fixtures/esm/cjs_function.cjs')));
const require = createRequire(import.meta.url);
console.log('createRequire same instance:', require('./fixtures/esm/cjs_exports.cjs') === cjs);
console.log('require(esm) from ESM:', Object.keys(require('./fixtures/esm/no_default.mjs')));
console.log('cjs requiring esm:', require('./fixtures/esm/cjs_requires_esm.cjs'));
console.log('require.cache has cjs:', Object.keys(require.cache).some((k) => k.endsWith('cjs_exports.cjs')));
