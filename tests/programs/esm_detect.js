// A .js file with no package "type" that uses module syntax runs as an ES module (Node 22).
import { basename } from 'node:path';
import Thing from './fixtures/esm/lib.mjs';
console.log('detected as module:', typeof require, typeof module, basename(import.meta.filename));
console.log(new Thing('x').name);
