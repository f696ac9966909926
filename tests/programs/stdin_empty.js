// No .stdin file: the harness gives empty stdin, so 'end' fires with nothing read.
let total = 0;
let dataEvents = 0;
process.stdin.on('data', (c) => { dataEvents++; total += c.length; });
process.stdin.on('end', () => {
  console.log('end: data events =', dataEvents, 'bytes =', total);
});
console.log('waiting for stdin');
