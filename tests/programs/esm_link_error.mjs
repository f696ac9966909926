// An import of a name the module does not export: a link error before anything runs.
import { before } from './fixtures/esm/lib.mjs';
process.on('exit', (c) => console.log('exit', c));
console.log('before throw', before);
function fail() {
  throw new RangeError('out of range in module');
}
fail();
