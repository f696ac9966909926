// Package layouts and conditional exports, import side: flat, pnpm store, workspaces, peer deps,
// dual packages (import condition), pattern exports, and the errors import mode gives.
import { results } from './fixtures/resolve/esm_app.mjs';
const rel = (s) => s.split(import.meta.dirname).join('<dir>');
for (const [k, v] of Object.entries(results)) console.log(k + ':', JSON.stringify(v));
const base = './fixtures/resolve/';
for (const spec of ['cond/hidden', 'cond/features/private/x', 'cond/out', 'cond/missing', 'nope-pkg', 'cond/nope', '#nope', 'badjson']) {
  try {
    const r = import.meta.resolve(spec);
    console.log(spec, '->', rel(r));
  } catch (e) {
    console.log(spec, 'threw', e.name, e.code, rel(e.message));
  }
}
for (const spec of ['cond/hidden', 'cond/missing', 'badjson']) {
  try {
    await import(base + 'node_modules/' + spec);
    console.log(spec, 'imported by path');
  } catch (e) {
    console.log(spec, 'by path:', e.code, rel(e.message));
  }
}
// import.meta.resolve names missing files and directories instead of throwing.
console.log(rel(import.meta.resolve('./fixtures/resolve/nope.mjs')), rel(import.meta.resolve('./fixtures/resolve/packages/')));
console.log(rel(import.meta.resolve('./fixtures/resolve/node_modules/flat-a/lib/a')), rel(import.meta.resolve('./fixtures/resolve/node_modules/flat-a/lib/a.js')));
