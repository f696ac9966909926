// Dynamic import(): success, caching, and the real errors.
const show = (e) => console.log(' ', e.name, e.code, e.message.replace(import.meta.dirname, '<dir>').replace(import.meta.dirname, '<dir>'));
const lib = await import('./fixtures/esm/lib.mjs');
console.log('namespace:', Object.keys(lib));
console.log('same namespace twice:', lib === (await import('./fixtures/esm/lib.mjs')));
const fsNs = await import('node:fs');
console.log('builtin namespace has default:', typeof fsNs.default.readFileSync, typeof fsNs.readFileSync);
const json = await import('./fixtures/esm/data.json', { with: { type: 'json' } });
console.log('json:', json.default, Object.keys(json));
for (const [what, load] of [
  ['missing file', () => import('./fixtures/esm/nope.mjs')],
  ['missing package', () => import('no-such-package')],
  ['unknown builtin', () => import('node:nope')],
  ['syntax error', () => import('./fixtures/esm/bad_syntax.mjs')],
  ['evaluation error', () => import('./fixtures/esm/throws.mjs')],
  ['json without attribute', () => import('./fixtures/esm/data.json')],
  ['bad attribute', () => import('./fixtures/esm/lib.mjs', { with: { type: 'json' } })],
  ['directory', () => import('./fixtures/esm/')],
]) {
  try {
    await load();
    console.log(what, 'loaded?!');
  } catch (e) {
    console.log(what);
    show(e);
  }
}
// The same failing module rejects with the same error again.
const e1 = await import('./fixtures/esm/throws.mjs').catch((e) => e);
const e2 = await import('./fixtures/esm/throws.mjs').catch((e) => e);
console.log('evaluation error cached:', e1 === e2, e1.message);
console.log('import() of a string-able:', Object.keys(await import({ toString: () => './fixtures/esm/no_default.mjs' })));
