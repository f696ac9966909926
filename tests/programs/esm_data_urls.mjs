// data: URL modules, unsupported schemes and odd specifiers for import() and import.meta.resolve.
for (const f of [() => import.meta.resolve(), () => import.meta.resolve(42), () => import.meta.resolve('')]) {
  try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message); }
}
for (const s of [undefined, '', 'data:text/javascript,export default 1', 'http://x/y.js', './nope dir/x.mjs']) {
  try { const m = await import(s); console.log('ok', Object.keys(m)); } catch (e) { console.log(e.name, e.code, e.message.split('\n')[0]); }
}
const j = await import('data:application/json,{"a":1}', { with: { type: 'json' } });
console.log(j.default);
const b = await import('data:text/javascript;base64,' + Buffer.from('import { sep } from "node:path"; export const s = sep; export const u = import.meta.url.slice(0, 20);').toString('base64'));
console.log(b.s, b.u);
try { await import('data:text/plain,hello'); } catch (e) { console.log(e.name, e.code, e.message); }
