// Namespace objects as util.inspect prints them, and errors from CommonJS imported by ESM.
import * as empty from './fixtures/esm/empty.mjs';
import * as lib from './fixtures/esm/lib.mjs';
import data from './fixtures/esm/data.json' with { type: 'json' };
import util from 'node:util';
console.log(empty, Object.keys(empty), util.types.isModuleNamespaceObject(empty));
console.log(util.inspect(lib, { depth: 0 }));
console.log(Object.getOwnPropertyDescriptor(lib, 'counter'));
console.log(Reflect.ownKeys(lib).map(String), Object.isFrozen(lib), Object.isSealed(lib));
try {
  lib.counter = 5;
} catch (e) {
  // (V8 15 words this message differently from Node 22's V8 12.)
  console.log(e.name);
}
console.log(data, Object.isFrozen(data));
try {
  await import('./fixtures/esm/cjs_throws.cjs');
} catch (e) {
  console.log(e.message, e.stack.split('\n')[1].includes('cjs_throws.cjs'));
}
const again = await import('./fixtures/esm/cjs_throws.cjs').catch((e) => e.message);
console.log('second import:', again);
