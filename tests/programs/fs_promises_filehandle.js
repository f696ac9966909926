'use strict';
// fs.promises: readFile/writeFile/appendFile (paths, FileHandles, iterables, signals) and the
// FileHandle returned by open(): read/write in all signatures, readv/writev, stat, truncate,
// chmod, utimes, sync, readFile/writeFile on the handle, readLines, close and asyncDispose.
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');

if (!fs.existsSync('/tmp')) fs.mkdirSync('/tmp', { recursive: true });
const dir = fs.mkdtempSync('/tmp/fsdiff-');
const rel = (s) => String(s).replaceAll(dir, '<dir>');
const p = (...xs) => path.join(dir, ...xs);
async function show(label, fn) {
  try {
    const r = await fn();
    console.log(label, typeof r === 'string' ? rel(r) : r);
  } catch (e) {
    console.log(label, 'ERR', e.name, e.code, rel(e.message));
  }
}

(async () => {
  console.log('same object', require('fs').promises === fsp, typeof fsp.constants.O_RDONLY);
  await show('writeFile', () => fsp.writeFile(p('a.txt'), 'hello'));
  await show('readFile', () => fsp.readFile(p('a.txt'), 'utf8'));
  await show('readFile buffer', () => fsp.readFile(p('a.txt')));
  await show('readFile options', () => fsp.readFile(p('a.txt'), { encoding: 'base64', flag: 'r' }));
  await show('appendFile', async () => { await fsp.appendFile(p('a.txt'), ' world'); return fsp.readFile(p('a.txt'), 'utf8'); });
  await show('writeFile wx', () => fsp.writeFile(p('a.txt'), 'x', { flag: 'wx' }));
  await show('writeFile iterable', async () => { await fsp.writeFile(p('it.txt'), ['a', 'b', Buffer.from('c')]); return fsp.readFile(p('it.txt'), 'utf8'); });
  await show('writeFile async iterable', async () => {
    async function* gen() { yield 'x'; yield 'y'; }
    await fsp.writeFile(p('it2.txt'), gen());
    return fsp.readFile(p('it2.txt'), 'utf8');
  });
  await show('writeFile typed', async () => { await fsp.writeFile(p('t.bin'), new Uint8Array([1, 2, 3])); return fsp.readFile(p('t.bin')); });
  await show('writeFile mode', async () => { await fsp.writeFile(p('m.txt'), 'm', { mode: 0o640 }); return fsp.readFile(p('m.txt'), 'utf8'); });
  await show('writeFile flush', async () => { await fsp.writeFile(p('fl.txt'), 'f', { flush: true }); return fsp.readFile(p('fl.txt'), 'utf8'); });
  const ac = new AbortController();
  ac.abort();
  await show('readFile aborted', () => fsp.readFile(p('a.txt'), { signal: ac.signal }));
  await show('writeFile aborted', () => fsp.writeFile(p('ab.txt'), 'x', { signal: ac.signal }));
  await show('aborted file not created', () => fs.existsSync(p('ab.txt')));

  // FileHandle
  const fh = await fsp.open(p('fh.txt'), 'w+');
  console.log('fh', typeof fh.fd, fh.constructor.name);
  await show('fh write buf', async () => (await fh.write(Buffer.from('0123456789'))).bytesWritten);
  await show('fh write str', async () => { const r = await fh.write('abc'); return [r.bytesWritten, r.buffer]; });
  await show('fh write str pos', async () => (await fh.write('XY', 0)).bytesWritten);
  await show('fh write hex', async () => (await fh.write('4142', 4, 'hex')).bytesWritten);
  await show('fh write buf off len pos', async () => (await fh.write(Buffer.from('__QR__'), 2, 2, 8)).bytesWritten);
  await show('fh write options', async () => (await fh.write(Buffer.from('..S.'), { offset: 2, length: 1, position: 2 })).bytesWritten);
  await show('fh write empty', async () => (await fh.write(Buffer.alloc(0))).bytesWritten);
  await show('fh read', async () => { const r = await fh.read(Buffer.alloc(5), 0, 5, 0); return [r.bytesRead, r.buffer.toString()]; });
  await show('fh read options', async () => { const r = await fh.read({ buffer: Buffer.alloc(4), position: 3 }); return [r.bytesRead, r.buffer.toString()]; });
  await show('fh read buffer options', async () => { const r = await fh.read(Buffer.alloc(4), { position: 6, length: 2 }); return [r.bytesRead, r.buffer.toString('utf8', 0, 2)]; });
  await show('fh read default', async () => { const r = await fh.read({ position: 0 }); return [r.bytesRead, r.buffer.length]; });
  await show('fh read eof', async () => (await fh.read(Buffer.alloc(4), 0, 4, 1000)).bytesRead);
  await show('fh read bad', () => fh.read(Buffer.alloc(4), 5, 1, 0));
  await show('fh stat', async () => { const s = await fh.stat(); return [s.size, s.isFile()]; });
  await show('fh stat bigint', async () => typeof (await fh.stat({ bigint: true })).size);
  await show('fh readFile', () => fh.readFile('utf8'));
  await show('fh readFile rest', async () => { const r = await fh.read(Buffer.alloc(3), 0, 3, null); return [r.bytesRead, await fh.readFile({ encoding: 'utf8' })]; });
  await show('fh truncate', async () => { await fh.truncate(4); return (await fh.stat()).size; });
  await show('fh writev', async () => { const r = await fh.writev([Buffer.from('ab'), Buffer.from('cd')], 4); return [r.bytesWritten, r.buffers.length]; });
  await show('fh readv', async () => { const a = Buffer.alloc(3); const b = Buffer.alloc(5); const r = await fh.readv([a, b], 0); return [r.bytesRead, a.toString(), b.toString('utf8', 0, r.bytesRead - 3)]; });
  await show('fh chmod', async () => { await fh.chmod(0o604); return ((await fh.stat()).mode & 0o777).toString(8); });
  await show('fh utimes', async () => { await fh.utimes(1000, 2000); return (await fh.stat()).mtimeMs; });
  await show('fh chown', async () => { const s = await fh.stat(); await fh.chown(s.uid, s.gid); });
  await show('fh sync', () => fh.sync());
  await show('fh datasync', () => fh.datasync());
  await show('fh appendFile', async () => { await fh.appendFile('!!'); return fs.readFileSync(p('fh.txt'), 'utf8'); });
  await show('fh writeFile', async () => { await fh.writeFile('W'); return fs.readFileSync(p('fh.txt'), 'utf8'); });
  let closeEvents = 0;
  fh.on('close', () => closeEvents++);
  await show('fh close', () => fh.close());
  await show('fh close again', () => fh.close());
  console.log('close events', closeEvents, fh.fd);
  await show('fh read closed', () => fh.read(Buffer.alloc(1), 0, 1, 0));
  await show('fh stat closed', () => fh.stat());

  // readFile/writeFile through a FileHandle passed as the path
  const fh2 = await fsp.open(p('fh2.txt'), 'w+');
  await show('writeFile(fh)', () => fsp.writeFile(fh2, 'via handle'));
  await show('readFile(fh) at end', () => fsp.readFile(fh2, 'utf8'));
  await show('appendFile(fh)', () => fsp.appendFile(fh2, '+'));
  await fh2.close();
  await show('fh2 content', () => fsp.readFile(p('fh2.txt'), 'utf8'));

  // readLines
  fs.writeFileSync(p('lines.txt'), 'one\ntwo\r\nthree\n\nfive');
  const fh3 = await fsp.open(p('lines.txt'));
  const lines = [];
  for await (const line of fh3.readLines()) lines.push(line);
  console.log('readLines', lines);
  console.log('readLines closed handle', fh3.fd);

  // asyncDispose
  const fh4 = await fsp.open(p('a.txt'));
  await fh4[Symbol.asyncDispose]();
  console.log('disposed', fh4.fd);

  // open flags / errors
  await show('open wx', () => fsp.open(p('a.txt'), 'wx'));
  await show('open bad flag', () => fsp.open(p('a.txt'), 'zz'));
  await show('open mode', async () => { const h = await fsp.open(p('n.txt'), 'a', 0o600); await h.write('n'); await h.close(); return fs.readFileSync(p('n.txt'), 'utf8'); });
  await show('truncate path', async () => { await fsp.truncate(p('a.txt'), 3); return fsp.readFile(p('a.txt'), 'utf8'); });
  await show('truncate path default', async () => { await fsp.truncate(p('a.txt')); return fs.statSync(p('a.txt')).size; });

  // misc promise functions
  await show('mkdir recursive', async () => rel(await fsp.mkdir(p('x', 'y', 'z'), { recursive: true })));
  await show('mkdir recursive existing', () => fsp.mkdir(p('x', 'y'), { recursive: true }));
  await show('rename', async () => { await fsp.rename(p('n.txt'), p('x', 'n2.txt')); return fs.readdirSync(p('x')).sort(); });
  await show('copyFile', async () => { await fsp.copyFile(p('x', 'n2.txt'), p('copy.txt')); return fsp.readFile(p('copy.txt'), 'utf8'); });
  await show('unlink', () => fsp.unlink(p('copy.txt')));
  await show('rm recursive', async () => { await fsp.rm(p('x'), { recursive: true }); return fs.existsSync(p('x')); });
  await show('rm force missing', () => fsp.rm(p('x'), { force: true }));
  await show('rmdir', async () => { await fsp.mkdir(p('empty')); await fsp.rmdir(p('empty')); return fs.existsSync(p('empty')); });
  await show('access', () => fsp.access(p('a.txt'), fs.constants.R_OK));
  await show('stat', async () => (await fsp.stat(p('a.txt'))).isFile());
  await show('mkdtemp', async () => { const t = await fsp.mkdtemp(p('tmp-')); return [path.basename(t).length, fs.statSync(t).isDirectory()]; });

  fs.rmSync(dir, { recursive: true });
  console.log('done');
})();
