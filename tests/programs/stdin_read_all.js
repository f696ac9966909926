// Reads all of stdin (fed from stdin_read_all.stdin) and reports it.
const chunks = [];
process.stdin.on('data', (chunk) => {
  chunks.push(chunk);
});
process.stdin.on('end', () => {
  const buf = Buffer.concat(chunks);
  const text = buf.toString('utf8');
  console.log('chunks are buffers:', chunks.every((c) => Buffer.isBuffer(c)));
  console.log('byte length:', buf.length);
  console.log('char length:', text.length);
  console.log('line count:', text.split('\n').length - 1);
  console.log('content:');
  process.stdout.write(text);
  console.log('--- end of content');
  console.log('upper first line:', text.split('\n')[0].toUpperCase());
});
console.log('listening (sync part done)');
