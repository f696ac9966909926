'use strict';
// mkdtemp forms, constants, Stats/Dirent classes, truncate, statfs shape, exists/promisify,
// openAsBlob, readFile/writeFile callbacks (fd, flags, AbortSignal), the order around a
// callback (its nextTicks before its microtasks) and a throwing callback.
const fs = require('fs');
const path = require('path');
const util = require('util');

if (!fs.existsSync('/tmp')) fs.mkdirSync('/tmp', { recursive: true });
const dir = fs.mkdtempSync('/tmp/fsdiff-');
const rel = (s) => String(s).replaceAll(dir, '<dir>');
const p = (...xs) => path.join(dir, ...xs);
function show(label, fn) {
  try {
    const r = fn();
    console.log(label, typeof r === 'string' ? rel(r) : r);
  } catch (e) {
    console.log(label, 'ERR', e.code, rel(e.message));
  }
}
const re6 = /^[A-Za-z0-9]{6}$/;

console.log('modules', require('node:fs') === fs, require('fs/promises') === fs.promises, require('node:fs/promises') === fs.promises);
console.log('constants', JSON.stringify(fs.constants));
console.log('access constants', fs.F_OK, fs.R_OK, fs.W_OK, fs.X_OK, Object.isFrozen(fs.constants));
console.log('promises constants', fs.promises.constants === fs.constants);
console.log('lchmod', fs.lchmod, fs.lchmodSync, typeof fs.promises.lchmod);
console.log('realpath native', typeof fs.realpathSync.native, typeof fs.realpath.native);
console.log('custom promisify', typeof fs.exists[util.promisify.custom]);

// mkdtemp
process.chdir(dir);
show('mkdtemp relative', () => { const t = fs.mkdtempSync('rel-'); return [t.startsWith('rel-'), re6.test(t.slice(4)), fs.statSync(t).isDirectory()]; });
fs.mkdirSync(p('x'));
show('mkdtemp in dir', () => { const t = fs.mkdtempSync(p('x') + path.sep + 'in-'); return [path.dirname(t) === p('x'), re6.test(path.basename(t).slice(3)), fs.statSync(t).isDirectory()]; });
show('mkdtemp buffer', () => { const t = fs.mkdtempSync('buf-', 'buffer'); return [Buffer.isBuffer(t), t.toString().startsWith('buf-')]; });
show('mkdtemp unique', () => fs.mkdtempSync('u-') !== fs.mkdtempSync('u-'));
show('mkdtemp missing', () => fs.mkdtempSync('nope/dir/x-'));

// Stats / Dirent
fs.writeFileSync(p('f'), '12345');
const st = fs.statSync(p('f'));
show('Stats proto', () => [st instanceof fs.Stats, typeof fs.Stats, Object.getPrototypeOf(st).constructor.name]);
show('Stats methods', () => ['isFile', 'isDirectory', 'isSymbolicLink', 'isFIFO', 'isSocket', 'isBlockDevice', 'isCharacterDevice'].map((m) => st[m]()));
show('Stats dates', () => [st.mtime instanceof Date, st.mtime.getTime() === Math.round(st.mtimeMs), st.atime instanceof Date, st.birthtime instanceof Date]);
show('Stats assign date', () => { st.mtime = 5; return st.mtime; });
show('BigIntStats', () => { const b = fs.statSync(p('f'), { bigint: true }); return [b instanceof fs.Stats, typeof b.ino, typeof b.atimeNs, b.isFile(), b.mtime instanceof Date, b.constructor.name]; });
show('Dirent', () => { const d = new fs.Dirent('n', 2, '/x'); return [d.isDirectory(), d.name, d.parentPath, d.path]; });
show('statfs', () => { const s = fs.statfsSync(dir); return [s.constructor.name, Object.keys(s), typeof s.bsize, s.bsize > 0, s.blocks >= s.bfree]; });
show('statfs bigint', () => typeof fs.statfsSync(dir, { bigint: true }).blocks);
show('statfs missing', () => fs.statfsSync(p('missing')));
show('_toUnixTimestamp', () => [fs._toUnixTimestamp(5), fs._toUnixTimestamp('6'), fs._toUnixTimestamp(new Date(7000))]);

// truncate
show('truncate', () => { fs.truncateSync(p('f'), 2); return fs.readFileSync(p('f'), 'utf8'); });
show('truncate grow', () => { fs.truncateSync(p('f'), 4); return fs.readFileSync(p('f')); });
show('truncate negative', () => { fs.truncateSync(p('f'), -3); return fs.statSync(p('f')).size; });
show('truncate default', () => { fs.writeFileSync(p('f'), 'abc'); fs.truncateSync(p('f')); return fs.statSync(p('f')).size; });

// openAsBlob
fs.writeFileSync(p('blob.txt'), 'blobby');
const blobPromise = fs.openAsBlob(p('blob.txt'), { type: 'text/plain' });
show('openAsBlob type', () => fs.openAsBlob(p('blob.txt'), { type: 5 }));

const steps = [
  (next) => blobPromise.then(async (b) => { console.log('blob', b.size, b.type, await b.text()); next(); }),
  (next) => fs.mkdtemp(p('cb-'), (err, t) => { console.log('cb mkdtemp', err, re6.test(path.basename(t).slice(3))); next(); }),
  (next) => fs.mkdtemp(p('cb-'), { encoding: 'buffer' }, (err, t) => { console.log('cb mkdtemp buffer', err, Buffer.isBuffer(t)); next(); }),
  (next) => fs.promises.mkdtemp(p('pr-')).then((t) => { console.log('p mkdtemp', rel(path.dirname(t)), re6.test(path.basename(t).slice(3))); next(); }),
  (next) => fs.truncate(p('f'), 1, (err) => { console.log('cb truncate', err, fs.statSync(p('f')).size); next(); }),
  (next) => fs.truncate(p('f'), (err) => { console.log('cb truncate default', err, fs.statSync(p('f')).size); next(); }),
  (next) => fs.statfs(dir, (err, s) => { console.log('cb statfs', err, s.constructor.name); next(); }),
  (next) => fs.writeFile(p('w'), 'abc', (err) => { console.log('cb writeFile', err, arguments.length); next(); }),
  (next) => fs.writeFile(p('w'), 'def', { flag: 'a' }, (err) => { console.log('cb writeFile a', err, fs.readFileSync(p('w'), 'utf8')); next(); }),
  (next) => fs.writeFile(p('w'), '6869', 'hex', (err) => { console.log('cb writeFile hex', err, fs.readFileSync(p('w'), 'utf8')); next(); }),
  (next) => fs.appendFile(p('w'), '!', (err) => { console.log('cb appendFile', err, fs.readFileSync(p('w'), 'utf8')); next(); }),
  (next) => fs.writeFile(p('w'), 'x', { flag: 'wx' }, (err) => { console.log('cb writeFile wx', err.code); next(); }),
  (next) => fs.readFile(p('w'), (err, b) => { console.log('cb readFile', err, b); next(); }),
  (next) => fs.readFile(p('w'), { encoding: 'base64' }, (err, s) => { console.log('cb readFile base64', err, s); next(); }),
  (next) => {
    const fd = fs.openSync(p('w'), 'r+');
    fs.readFile(fd, 'utf8', (err, s) => {
      console.log('cb readFile fd', err, s);
      fs.writeFile(fd, 'Z', (err) => {
        console.log('cb writeFile fd', err, fs.readFileSync(p('w'), 'utf8'));
        fs.closeSync(fd);
        next();
      });
    });
  },
  (next) => {
    const ac = new AbortController();
    ac.abort();
    let sync = true;
    fs.readFile(p('w'), { signal: ac.signal }, (err) => { console.log('cb readFile aborted', err.name, err.code, sync); next(); });
    sync = false;
  },
  (next) => {
    const ac = new AbortController();
    fs.writeFile(p('w2'), 'data', { signal: ac.signal }, (err) => { console.log('cb writeFile signal', err, fs.readFileSync(p('w2'), 'utf8')); next(); });
  },
  (next) => fs.mkdir(p('m', 'n'), { recursive: true }, (err, first) => { console.log('cb mkdir recursive', err, rel(first)); next(); }),
  (next) => fs.mkdir(p('m', 'n'), { recursive: true }, (err, first) => { console.log('cb mkdir recursive existing', err, first); next(); }),
  (next) => fs.mkdir(p('m', 'o'), (err, r) => { console.log('cb mkdir', err, r); next(); }),
  (next) => fs.access(p('w'), fs.constants.R_OK, (err) => { console.log('cb access', err); next(); }),
  (next) => util.promisify(fs.exists)(p('w')).then((r) => { console.log('promisified exists', r); next(); }),
  (next) => util.promisify(fs.stat)(p('w')).then((s) => { console.log('promisified stat', s.size); next(); }),
  (next) => {
    const order = [];
    fs.stat(p('w'), () => {
      order.push('cb');
      process.nextTick(() => order.push('tick in cb'));
      Promise.resolve().then(() => order.push('microtask in cb'));
      queueMicrotask(() => order.push('queueMicrotask in cb'));
      process.nextTick(() => order.push('tick 2 in cb'));
      setTimeout(() => { console.log('order', order); next(); }, 5);
    });
    process.nextTick(() => order.push('tick'));
    Promise.resolve().then(() => order.push('microtask'));
    order.push('sync');
  },
  (next) => {
    const seen = [];
    fs.stat(p('w'), () => {
      seen.push('first');
      fs.stat(p('w'), () => {
        seen.push('second');
        fs.promises.stat(p('w')).then(() => {
          seen.push('third');
          console.log('chain', seen);
          next();
        });
      });
    });
  },
  (next) => {
    process.once('uncaughtException', (err, origin) => {
      console.log('uncaught', err.message, origin);
      next();
    });
    fs.stat(p('w'), () => { throw new Error('boom from callback'); });
  },
  () => {
    process.chdir('/');
    fs.rmSync(dir, { recursive: true });
    console.log('done');
  },
];
let i = 0;
(function run() { if (i < steps.length) steps[i++](run); })();
