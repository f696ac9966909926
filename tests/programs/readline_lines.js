// readline over process.stdin: 'line' events (LF, CRLF, empty lines, a last line without a
// newline), then 'pause' and 'close'; the ANSI helpers writing to stdout.
const readline = require('readline');
const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity, terminal: false });
let n = 0;
rl.on('line', (line) => console.log(`line ${++n}: ${JSON.stringify(line)}`));
rl.on('pause', () => console.log('pause'));
rl.on('close', () => {
  console.log('close', rl.closed, n);
  console.log(rl instanceof readline.Interface, typeof readline.promises.createInterface);
  console.log(readline.cursorTo(process.stdout, 2), readline.cursorTo(process.stdout, 1, 3));
  console.log(readline.moveCursor(process.stdout, -2, 1), readline.moveCursor(process.stdout, 0, 0));
  console.log(readline.clearLine(process.stdout, 0), readline.clearLine(process.stdout, -1), readline.clearScreenDown(process.stdout));
  console.log(readline.cursorTo(null, 1), readline.cursorTo(process.stdout));
  try { readline.cursorTo(process.stdout, NaN); } catch (e) { console.log(e.code, e.message); }
  try { rl.question('q?', () => {}); } catch (e) { console.log(e.code, e.message); }
  console.log(Object.keys(readline).sort().join());
});
console.log('sync done', rl.getPrompt());
