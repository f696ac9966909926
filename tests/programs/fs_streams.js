'use strict';
// fs.ReadStream / fs.WriteStream: events and their order, start/end/highWaterMark/encoding,
// flags, fd and autoClose, bytesRead/bytesWritten/path/pending, errors, pipe and pipeline,
// async iteration, and streams made from a FileHandle.
const fs = require('fs');
const path = require('path');
const { pipeline } = require('stream/promises');

if (!fs.existsSync('/tmp')) fs.mkdirSync('/tmp', { recursive: true });
const dir = fs.mkdtempSync('/tmp/fsdiff-');
const rel = (s) => String(s).replaceAll(dir, '<dir>');
const p = (...xs) => path.join(dir, ...xs);

function collect(rs, until = 'close') {
  return new Promise((resolve) => {
    const log = [];
    rs.on('open', (fd) => log.push('open:' + typeof fd));
    rs.on('ready', () => log.push('ready'));
    rs.on('data', (c) => log.push('data:' + (typeof c === 'string' ? JSON.stringify(c) : c.length)));
    rs.on('end', () => log.push('end'));
    rs.on('error', (e) => log.push('error:' + e.code + ':' + rel(e.message)));
    rs.on('close', () => log.push('close'));
    rs.on(until, () => setTimeout(() => resolve(log), 5));
  });
}

(async () => {
  console.log('classes', typeof fs.ReadStream, typeof fs.WriteStream, fs.ReadStream === fs.FileReadStream);

  // WriteStream
  const ws = fs.createWriteStream(p('w.txt'));
  console.log('ws pending', ws.pending, rel(ws.path), ws.bytesWritten, ws instanceof fs.WriteStream, ws instanceof require('stream').Writable);
  const wlog = [];
  ws.on('open', (fd) => wlog.push('open:' + typeof fd));
  ws.on('ready', () => wlog.push('ready'));
  ws.on('finish', () => wlog.push('finish:' + ws.bytesWritten));
  const wclosed = new Promise((r) => ws.on('close', () => { wlog.push('close'); r(); }));
  console.log('write returns', ws.write('hello '), ws.write(Buffer.from('world')));
  ws.write('!', () => wlog.push('write cb'));
  ws.end('\n', () => wlog.push('end cb'));
  await wclosed;
  console.log('ws events', wlog, ws.pending, ws.closed);
  console.log('ws content', JSON.stringify(fs.readFileSync(p('w.txt'), 'utf8')));

  const ws2 = fs.createWriteStream(p('w.txt'), { flags: 'a', encoding: 'hex' });
  ws2.end('414243');
  await new Promise((r) => ws2.on('close', r));
  console.log('append hex', JSON.stringify(fs.readFileSync(p('w.txt'), 'utf8')));

  const ws3 = fs.createWriteStream(p('w.txt'), { flags: 'r+', start: 2 });
  ws3.end('XY');
  await new Promise((r) => ws3.on('close', r));
  console.log('start', JSON.stringify(fs.readFileSync(p('w.txt'), 'utf8')), ws3.bytesWritten);

  const wsErr = fs.createWriteStream(p('no', 'such', 'file'));
  console.log('ws error', await new Promise((r) => wsErr.on('error', (e) => r(e.code + ' ' + rel(e.message)))));

  // ReadStream
  fs.writeFileSync(p('r.txt'), 'abcdefghijklmnopqrstuvwxyz');
  console.log('rs basic', await collect(fs.createReadStream(p('r.txt'))));
  console.log('rs hwm', await collect(fs.createReadStream(p('r.txt'), { highWaterMark: 10 })));
  console.log('rs start end', await collect(fs.createReadStream(p('r.txt'), { start: 3, end: 7, encoding: 'utf8' })));
  console.log('rs start only', await collect(fs.createReadStream(p('r.txt'), { start: 20, encoding: 'latin1' })));
  console.log('rs end 0', await collect(fs.createReadStream(p('r.txt'), { end: 0, encoding: 'utf8' })));
  console.log('rs string options', await collect(fs.createReadStream(p('r.txt'), 'hex')));
  console.log('rs missing', await collect(fs.createReadStream(p('missing'))));
  console.log('rs dir', await collect(fs.createReadStream(dir)));
  const rsx = fs.createReadStream(p('r.txt'), { emitClose: false });
  const noClose = await new Promise((r) => { let n = 0; rsx.on('data', (c) => { n += c.length; }); rsx.on('end', () => setTimeout(() => r(n + ' ' + rsx.destroyed), 10)); rsx.on('close', () => r('closed')); });
  console.log('rs emitClose false', noClose);

  const rs = fs.createReadStream(p('r.txt'), { highWaterMark: 8 });
  console.log('rs props', rs.pending, rel(rs.path), rs.bytesRead, rs.start, rs.end, rs.flags, rs.mode.toString(8), rs.autoClose);
  let text = '';
  for await (const chunk of rs) text += chunk;
  console.log('rs iterate', text, rs.bytesRead, rs.pending, rs.destroyed);

  // validation
  for (const [label, fn] of [
    ['start > end', () => fs.createReadStream(p('r.txt'), { start: 5, end: 2 })],
    ['start negative', () => fs.createReadStream(p('r.txt'), { start: -1 })],
    ['end type', () => fs.createReadStream(p('r.txt'), { end: 'x' })],
    ['path type', () => fs.createReadStream(5)],
    ['fd type', () => fs.createReadStream(null, { fd: 'x' })],
    ['ws start', () => fs.createWriteStream(p('x'), { start: -2 })],
    ['ws flush', () => fs.createWriteStream(p('x'), { flush: 'yes' })],
    ['options type', () => fs.createReadStream(p('r.txt'), 5)],
  ]) {
    try { fn(); console.log(label, 'ok'); } catch (e) { console.log(label, e.code, e.message); }
  }

  // fd option, autoClose false
  const fd = fs.openSync(p('r.txt'), 'r');
  const rsFd = fs.createReadStream(null, { fd, start: 10, end: 12, autoClose: false });
  console.log('rs fd', rsFd.pending, await collect(rsFd, 'end'), rsFd.destroyed);
  console.log('fd still open', fs.fstatSync(fd).size);
  fs.closeSync(fd);
  const wfd = fs.openSync(p('wfd.txt'), 'w');
  const wsFd = fs.createWriteStream(null, { fd: wfd });
  wsFd.end('by fd');
  await new Promise((r) => wsFd.on('close', r));
  console.log('ws fd', fs.readFileSync(p('wfd.txt'), 'utf8'));
  try { fs.closeSync(wfd); } catch (e) { console.log('ws fd closed', e.code); }

  // destroy / close
  const rsd = fs.createReadStream(p('r.txt'));
  await new Promise((r) => rsd.on('open', r));
  await new Promise((r) => rsd.close(r));
  console.log('rs close', rsd.destroyed, rsd.closed);
  const wsd = fs.createWriteStream(p('d.txt'));
  wsd.write('partial');
  await new Promise((r) => wsd.close(r));
  console.log('ws close', fs.readFileSync(p('d.txt'), 'utf8'), wsd.closed);

  // pipe and pipeline
  await new Promise((resolve) => {
    fs.createReadStream(p('r.txt'), { highWaterMark: 4 }).pipe(fs.createWriteStream(p('piped.txt'))).on('close', resolve);
  });
  console.log('pipe', fs.readFileSync(p('piped.txt'), 'utf8'));
  await pipeline(fs.createReadStream(p('r.txt'), { start: 13 }), fs.createWriteStream(p('pl.txt')));
  console.log('pipeline', fs.readFileSync(p('pl.txt'), 'utf8'));
  try {
    await pipeline(fs.createReadStream(p('missing')), fs.createWriteStream(p('pl2.txt')));
  } catch (e) {
    console.log('pipeline error', e.code, rel(e.message));
  }

  // FileHandle streams
  const fh = await fs.promises.open(p('r.txt'));
  const fhr = fh.createReadStream({ start: 0, end: 4, encoding: 'utf8' });
  console.log('fh stream', await collect(fhr), fh.fd);
  const fh2 = await fs.promises.open(p('fhw.txt'), 'w');
  const fhw = fh2.createWriteStream();
  fhw.end('via filehandle');
  await new Promise((r) => fhw.on('close', r));
  console.log('fh write stream', fs.readFileSync(p('fhw.txt'), 'utf8'), fh2.fd);

  fs.rmSync(dir, { recursive: true });
  console.log('done');
})();
