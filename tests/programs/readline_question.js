// question() in callback and promise forms, prompt()/setPrompt, an aborted question,
// `for await` over lines, readline/promises' Readline, rl.write and emitKeypressEvents.
const readline = require('readline');
const rlp = require('readline/promises');
const { Readable, PassThrough } = require('stream');

const rl = readline.createInterface({ input: process.stdin, output: process.stdout, prompt: 'cmd> ' });
const rest = [];
rl.question('name? ', (answer) => {
  console.log(`[${answer}]`);
  rl.on('line', (line) => rest.push(line));
});
rl.on('close', async () => {
  console.log('stdin lines after the answer:', rest);
  await second();
});

async function second() {
  const input = new PassThrough();
  const r2 = rlp.createInterface({ input, output: process.stdout, prompt: 'p2> ' });
  const ask = r2.question('first? ');
  input.write('one\n');
  console.log(`<${await ask}>`);
  const ac = new AbortController();
  const p = r2.question('never? ', { signal: ac.signal });
  ac.abort();
  try { await p; } catch (e) { console.log(e.name, e.code, e.message); }
  const aborted = new AbortController();
  aborted.abort();
  try { await r2.question('pre-aborted', { signal: aborted.signal }); } catch (e) { console.log(e.name); }
  r2.setPrompt('color> ');
  console.log(JSON.stringify(r2.getPrompt()));
  r2.prompt();
  r2.write('typed\n');
  input.end('two\nthree\r\nfour');
  const lines = [];
  for await (const line of r2) lines.push(line);
  console.log(lines, r2.closed);
  try { await r2.question('x'); } catch (e) { console.log(e.code, e.message); }

  const r3 = readline.createInterface({ input: Readable.from(['a\nb', 'c\nd\n']) });
  const got = [];
  for await (const line of r3) got.push(line);
  console.log(got);

  const out = new PassThrough();
  let written = '';
  out.on('data', (d) => { written += d; });
  const rlw = new rlp.Readline(out);
  rlw.cursorTo(0, 2).moveCursor(3, -1).clearLine(1).clearScreenDown();
  await rlw.commit();
  console.log(JSON.stringify(written));

  const keys = new PassThrough();
  readline.emitKeypressEvents(keys);
  keys.on('keypress', (s, k) => console.log('key', JSON.stringify(s), k.name, k.ctrl, k.shift));
  keys.write('aZ\r\x03');
  await new Promise((r) => setImmediate(r));
}
