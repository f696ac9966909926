// A static import that does not resolve: ERR_MODULE_NOT_FOUND before anything runs.
import './fixtures/esm/sibling.mjs';
import './fixtures/esm/does_not_exist.mjs';
console.log('never printed');
