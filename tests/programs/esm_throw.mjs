// An uncaught error in a module: node's arrow, stack and exit code.
import { counter as before } from './fixtures/esm/lib.mjs';
process.on('exit', (c) => console.log('exit', c));
console.log('before throw', before);
function fail() {
  throw new RangeError('out of range in module');
}
fail();
