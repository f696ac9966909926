// Top-level await: ordering with timers, async dependencies, siblings.
import { value } from './fixtures/esm/tla_child.mjs';
import { s } from './fixtures/esm/sibling.mjs';
console.log('main after deps:', value, s);
setTimeout(() => console.log('timer fired'), 0);
await new Promise((r) => setTimeout(r, 10));
console.log('after own await');
const r = await Promise.all([1, Promise.resolve(2), new Promise((r) => setImmediate(() => r(3)))]);
console.log('all:', r);
process.on('exit', (c) => console.log('exit', c));
