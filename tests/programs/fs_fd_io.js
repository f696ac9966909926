'use strict';
// File descriptors: open flags, read/write at positions and at the current offset, both read
// signatures, string writes with encodings, readv/writev, fstat, ftruncate, fsync, close, and the
// same through callbacks (chained, one request at a time).
const fs = require('fs');
const path = require('path');

if (!fs.existsSync('/tmp')) fs.mkdirSync('/tmp', { recursive: true });
const dir = fs.mkdtempSync('/tmp/fsdiff-');
const rel = (s) => String(s).replaceAll(dir, '<dir>');
const p = (...xs) => path.join(dir, ...xs);
function show(label, fn) {
  try {
    const r = fn();
    console.log(label, r);
  } catch (e) {
    console.log(label, 'ERR', e.code, rel(e.message));
  }
}

// sync
const fd = fs.openSync(p('f.txt'), 'w+');
console.log('fd type', typeof fd, Number.isInteger(fd));
show('write buf', () => fs.writeSync(fd, Buffer.from('0123456789')));
show('write str', () => fs.writeSync(fd, 'abc'));
show('write str pos', () => fs.writeSync(fd, 'XY', 2));
show('write str pos enc', () => fs.writeSync(fd, '4142', 5, 'hex'));
show('write buf off len pos', () => fs.writeSync(fd, Buffer.from('zzQRzz'), 2, 2, 7));
show('write options object', () => fs.writeSync(fd, Buffer.from('__ST__'), { offset: 2, length: 2, position: 0 }));
show('write typed array', () => fs.writeSync(fd, new Uint8Array([33, 34])));
show('content', () => fs.readFileSync(p('f.txt'), 'utf8'));
show('fstat size', () => fs.fstatSync(fd).size);
show('fstat isFile', () => fs.fstatSync(fd).isFile());
show('fstat bigint', () => typeof fs.fstatSync(fd, { bigint: true }).size);
const buf = Buffer.alloc(8, '.');
show('read at 0', () => [fs.readSync(fd, buf, 0, 4, 0), buf.toString()]);
show('read offset 4 pos 10', () => [fs.readSync(fd, buf, 4, 4, 10), buf.toString()]);
show('read past end', () => fs.readSync(fd, buf, 0, 8, 100));
show('read options', () => [fs.readSync(fd, buf, { offset: 1, length: 3, position: 1 }), buf.toString()]);
show('read options default', () => { const b = Buffer.alloc(4); return [fs.readSync(fd, b, { position: 3 }), b.toString()]; });
show('read bigint pos', () => [fs.readSync(fd, buf, 0, 2, 4n), buf.toString()]);
show('read into Uint8Array', () => { const u = new Uint8Array(3); fs.readSync(fd, u, 0, 3, 0); return Array.from(u); });
show('ftruncate', () => { fs.ftruncateSync(fd, 5); return fs.fstatSync(fd).size; });
show('ftruncate grow', () => { fs.ftruncateSync(fd, 7); return fs.readFileSync(p('f.txt')); });
show('ftruncate default', () => { fs.ftruncateSync(fd); return fs.fstatSync(fd).size; });
show('fsync', () => fs.fsyncSync(fd));
show('fdatasync', () => fs.fdatasyncSync(fd));
show('close', () => fs.closeSync(fd));
show('close again', () => fs.closeSync(fd));

// current position
fs.writeFileSync(p('seq.txt'), 'abcdefghij');
const r = fs.openSync(p('seq.txt'), 'r');
const b3 = Buffer.alloc(3);
show('seq 1', () => [fs.readSync(r, b3), b3.toString()]);
show('seq 2', () => [fs.readSync(r, b3, 0, 3, null), b3.toString()]);
show('pread does not move', () => [fs.readSync(r, b3, 0, 3, 0), b3.toString()]);
show('seq 3', () => [fs.readSync(r, b3), b3.toString()]);
show('seq 4', () => [fs.readSync(r, b3), b3.toString('utf8', 0, 1)]);
show('seq eof', () => fs.readSync(r, b3));
show('readFileSync fd', () => fs.readFileSync(r, 'utf8'));
show('write on r fd', () => fs.writeSync(r, 'x'));
fs.closeSync(r);
const r2 = fs.openSync(p('seq.txt'), 'r');
fs.readSync(r2, b3);
show('readFileSync fd rest', () => fs.readFileSync(r2, 'utf8'));
fs.closeSync(r2);

// flags
show('open r missing', () => fs.openSync(p('missing'), 'r'));
show('open wx existing', () => fs.openSync(p('seq.txt'), 'wx'));
show('open dir r', () => { const d = fs.openSync(dir, 'r'); const s = fs.fstatSync(d).isDirectory(); fs.closeSync(d); return s; });
show('open dir w', () => fs.openSync(dir, 'w'));
show('read dir fd', () => { const d = fs.openSync(dir, 'r'); try { return fs.readSync(d, Buffer.alloc(4)); } finally { fs.closeSync(d); } });
show('open numeric flags', () => {
  const { O_CREAT, O_WRONLY, O_EXCL } = fs.constants;
  const f = fs.openSync(p('num.txt'), O_CREAT | O_WRONLY | O_EXCL, 0o644);
  fs.writeSync(f, 'n');
  fs.closeSync(f);
  return fs.readFileSync(p('num.txt'), 'utf8');
});
show('append fd', () => {
  const f = fs.openSync(p('seq.txt'), 'a');
  fs.writeSync(f, 'K', 0);
  fs.writeSync(f, 'L');
  fs.closeSync(f);
  return fs.readFileSync(p('seq.txt'), 'utf8');
});
show('a+ read', () => {
  const f = fs.openSync(p('seq.txt'), 'a+');
  const b = Buffer.alloc(3);
  const n = fs.readSync(f, b, 0, 3, 0);
  fs.closeSync(f);
  return b.toString('utf8', 0, n);
});
show('r+ overwrite', () => {
  const f = fs.openSync(p('seq.txt'), 'r+');
  fs.writeSync(f, 'AB');
  fs.closeSync(f);
  return fs.readFileSync(p('seq.txt'), 'utf8');
});
show('writeFileSync fd', () => {
  const f = fs.openSync(p('wf.txt'), 'w');
  fs.writeFileSync(f, 'one');
  fs.writeFileSync(f, 'two');
  fs.appendFileSync(f, '!');
  fs.closeSync(f);
  return fs.readFileSync(p('wf.txt'), 'utf8');
});

// readv / writev
show('writev', () => {
  const f = fs.openSync(p('v.txt'), 'w+');
  const n = fs.writevSync(f, [Buffer.from('ab'), Buffer.from('cde'), new Uint8Array([70])]);
  const n2 = fs.writevSync(f, [Buffer.from('Z')], 1);
  const a = Buffer.alloc(2);
  const c = Buffer.alloc(10);
  const m = fs.readvSync(f, [a, c], 0);
  fs.closeSync(f);
  return [n, n2, m, a.toString(), c.toString('utf8', 0, m - 2)];
});
show('writev empty', () => { const f = fs.openSync(p('v.txt'), 'r'); const n = fs.writevSync(f, []); fs.closeSync(f); return n; });
show('readv bad', () => fs.readvSync(0, [1]));

// callbacks, chained
const steps = [];
steps.push((next) => fs.open(p('cb.txt'), 'w+', 0o644, (err, cfd) => {
  console.log('cb open', err, typeof cfd);
  fs.write(cfd, Buffer.from('hello world'), 0, 11, 0, (err, n, b) => {
    console.log('cb write', err, n, b.toString());
    fs.write(cfd, 'HELLO', 0, 'utf8', (err, n, s) => {
      console.log('cb write str', err, n, s);
      fs.read(cfd, Buffer.alloc(5), 0, 5, 6, (err, n, b) => {
        console.log('cb read', err, n, b.toString());
        fs.read(cfd, { buffer: Buffer.alloc(4), position: 0 }, (err, n, b) => {
          console.log('cb read params', err, n, b.toString());
          fs.read(cfd, Buffer.alloc(3), { position: 2 }, (err, n, b) => {
            console.log('cb read options', err, n, b.toString());
            fs.read(cfd, Buffer.alloc(3), 0, 0, 0, (err, n) => {
              console.log('cb read zero', err, n);
              fs.fstat(cfd, (err, st) => {
                console.log('cb fstat', err, st.size, st.isFile());
                fs.ftruncate(cfd, 4, (err) => {
                  console.log('cb ftruncate', err);
                  fs.fsync(cfd, (err) => {
                    console.log('cb fsync', err);
                    fs.writev(cfd, [Buffer.from('1'), Buffer.from('2')], 4, (err, n, bufs) => {
                      console.log('cb writev', err, n, bufs.length);
                      fs.readv(cfd, [Buffer.alloc(3), Buffer.alloc(3)], 0, (err, n, bufs) => {
                        console.log('cb readv', err, n, bufs.map(String));
                        fs.close(cfd, (err) => {
                          console.log('cb close', err, arguments.length);
                          next();
                        });
                      });
                    });
                  });
                });
              });
            });
          });
        });
      });
    });
  });
}));
steps.push((next) => {
  const util = require('util');
  (async () => {
    const open = util.promisify(fs.open);
    const read = util.promisify(fs.read);
    const write = util.promisify(fs.write);
    const f = await open(p('cb.txt'), 'r+');
    console.log('promisified write', await write(f, Buffer.from('W'), 0, 1, 0));
    const res = await read(f, Buffer.alloc(6), 0, 6, 0);
    console.log('promisified read', res.bytesRead, res.buffer.toString());
    console.log('promisified exists', await util.promisify(fs.exists)(p('cb.txt')));
    fs.closeSync(f);
    next();
  })();
});
steps.push((next) => {
  fs.readFile(p('cb.txt'), 'utf8', (err, s) => {
    console.log('final', err, s);
    fs.rmSync(dir, { recursive: true });
    next();
  });
});
let i = 0;
(function run() { if (i < steps.length) steps[i++](run); })();
