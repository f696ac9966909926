'use strict';
// Directory listings: readdir (names, Dirents, 'buffer' and other encodings, recursive) in the
// sync, callback and promise forms, and fs.Dir from opendir/opendirSync/fs.promises.opendir
// (readSync, read callback and promise, async iteration, recursive, close errors).
const fs = require('fs');
const path = require('path');

if (!fs.existsSync('/tmp')) fs.mkdirSync('/tmp', { recursive: true });
const dir = fs.mkdtempSync('/tmp/fsdiff-');
const rel = (s) => String(s).replaceAll(dir, '<dir>');
const p = (...xs) => path.join(dir, ...xs);
const sorted = (a) => a.slice().sort();
const dshow = (d) => `${rel(d.parentPath)}|${d.name}|${d.isFile() ? 'f' : d.isDirectory() ? 'd' : d.isSymbolicLink() ? 'l' : '?'}`;

for (const d of ['a', 'a/b', 'a/b/c', 'e', '.hidden']) fs.mkdirSync(p(d));
for (const f of ['top.txt', 'a/one.txt', 'a/b/two.txt', 'a/b/c/three.txt', '.hidden/h', 'e/ü.txt']) fs.writeFileSync(p(f), f);
fs.symlinkSync('a/b', p('lnk'));

console.log('names', sorted(fs.readdirSync(dir)));
console.log('url', sorted(fs.readdirSync(new URL('file://' + dir))));
console.log('buffer path', sorted(fs.readdirSync(Buffer.from(p('a')))));
console.log('dirents', sorted(fs.readdirSync(dir, { withFileTypes: true }).map(dshow)));
console.log('dirent class', fs.readdirSync(p('a'), { withFileTypes: true })[0] instanceof fs.Dirent);
console.log('dirent keys', Object.keys(fs.readdirSync(p('a'), { withFileTypes: true })[0]));
console.log('encoding buffer', fs.readdirSync(p('e'), { encoding: 'buffer' }));
console.log('encoding hex', fs.readdirSync(p('e'), 'hex'));
console.log('dirent buffer', fs.readdirSync(p('e'), { encoding: 'buffer', withFileTypes: true }).map((d) => [d.name, d.isFile()]));
console.log('recursive', sorted(fs.readdirSync(dir, { recursive: true })));
console.log('recursive dirents', sorted(fs.readdirSync(p('a'), { recursive: true, withFileTypes: true }).map(dshow)));
console.log('recursive relative', sorted(fs.readdirSync(path.relative(process.cwd(), p('a')), { recursive: true })));
console.log('empty', fs.readdirSync(p('a', 'b', 'c', 'three.txt', '..')).length);
process.chdir(dir);
console.log('relative dirents', sorted(fs.readdirSync('a', { withFileTypes: true }).map(dshow)));
console.log('recursive via link', sorted(fs.readdirSync('lnk', { recursive: true })));

// Dir
const d = fs.opendirSync(p('a'));
console.log('dir path', rel(d.path), d instanceof fs.Dir);
const got = [];
let ent;
while ((ent = d.readSync()) !== null) got.push(dshow(ent));
console.log('dir readSync', sorted(got));
console.log('dir end again', d.readSync());
d.closeSync();
for (const [label, fn] of [['closeSync twice', () => d.closeSync()], ['readSync closed', () => d.readSync()], ['read closed', () => d.read(() => {})]]) {
  try { fn(); } catch (e) { console.log(label, e.code, e.message); }
}
const small = fs.opendirSync(dir, { bufferSize: 1 });
const smallGot = [];
while ((ent = small.readSync()) !== null) smallGot.push(ent.name);
small.closeSync();
console.log('bufferSize 1', sorted(smallGot));
const rec = fs.opendirSync(dir, { recursive: true });
const recGot = [];
while ((ent = rec.readSync()) !== null) recGot.push(dshow(ent));
rec.closeSync();
console.log('dir recursive', sorted(recGot));
const enc = fs.opendirSync(p('e'), { encoding: 'buffer' });
console.log('dir buffer', enc.readSync().name);
enc.closeSync();

const steps = [
  (next) => fs.readdir(dir, (err, names) => { console.log('cb readdir', err, sorted(names)); next(); }),
  (next) => fs.readdir(p('a'), { withFileTypes: true }, (err, ds) => { console.log('cb dirents', err, sorted(ds.map(dshow))); next(); }),
  (next) => fs.readdir(dir, { recursive: true }, (err, names) => { console.log('cb recursive', err, sorted(names)); next(); }),
  (next) => fs.readdir(p('a'), { recursive: true, withFileTypes: true }, (err, ds) => { console.log('cb recursive dirents', err, sorted(ds.map(dshow))); next(); }),
  (next) => fs.readdir(p('e'), 'buffer', (err, names) => { console.log('cb buffer', err, names); next(); }),
  (next) => fs.opendir(p('a', 'b'), (err, dd) => {
    console.log('cb opendir', err, rel(dd.path));
    const seen = [];
    const more = () => dd.read((err, e) => {
      if (err) throw err;
      if (e === null) {
        console.log('cb dir read', sorted(seen));
        dd.close((err) => {
          console.log('cb dir close', err);
          dd.close((err) => { console.log('cb dir close again', err.code); next(); });
        });
        return;
      }
      seen.push(dshow(e));
      more();
    });
    more();
  }),
  (next) => {
    const dd = fs.opendirSync(p('a'));
    dd.read((err, e) => {
      console.log('read cb', err, typeof e.name);
      try { dd.readSync(); } catch (e2) { console.log('readSync during callback', e2.code); }
      dd.close(() => { console.log('closed after queued op'); next(); });
    });
    try { dd.readSync(); } catch (e) { console.log('readSync while pending', e.code, e.message); }
    try { dd.closeSync(); } catch (e) { console.log('closeSync while pending', e.code); }
  },
  (next) => (async () => {
    const fsp = fs.promises;
    console.log('p readdir', sorted(await fsp.readdir(dir)));
    console.log('p dirents', sorted((await fsp.readdir(p('a'), { withFileTypes: true })).map(dshow)));
    console.log('p recursive', sorted(await fsp.readdir(dir, { recursive: true })));
    console.log('p recursive dirents', sorted((await fsp.readdir(dir, { recursive: true, withFileTypes: true })).map(dshow)));
    const pd = await fsp.opendir(p('a'));
    const names = [];
    for await (const e of pd) names.push(dshow(e));
    console.log('p iterate', sorted(names));
    try { await pd.close(); } catch (e) { console.log('p close after iterate', e.code); }
    const pd2 = await fsp.opendir(dir, { recursive: true });
    const all = [];
    for await (const e of pd2) all.push(dshow(e));
    console.log('p iterate recursive', sorted(all));
    const pd3 = fs.opendirSync(p('a'));
    const first = await pd3.read();
    const second = await pd3.read();
    const third = await pd3.read();
    console.log('p read', sorted([first.name, second.name]), third);
    await pd3.close();
    const pd4 = fs.opendirSync(p('a'));
    const it = pd4.entries();
    console.log('entries', typeof (await it.next()).value.name);
    await it.return();
    try { pd4.closeSync(); } catch (e) { console.log('closed by return', e.code); }
    const pd5 = await fsp.opendir(p('a'));
    console.log('asyncDispose', typeof (await pd5.read()).name, typeof pd5[Symbol.asyncDispose]);
    await pd5[Symbol.asyncDispose]();
    await pd5[Symbol.asyncDispose]();
    const pd6 = fs.opendirSync(p('a'));
    pd6[Symbol.dispose]();
    try { pd6.readSync(); } catch (e) { console.log('dispose closed', e.code); }
    next();
  })(),
  () => {
    process.chdir('/');
    fs.rmSync(dir, { recursive: true });
    console.log('done');
  },
];
let i = 0;
(function run() { if (i < steps.length) steps[i++](run); })();
