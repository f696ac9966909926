// A syntax error in an imported module stops the program before it runs.
import { x } from './fixtures/esm/bad_syntax.mjs';
console.log('never', x);
