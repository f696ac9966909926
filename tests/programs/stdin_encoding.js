// setEncoding('utf8') yields strings; 'end' then 'close' without stdin.pause() trouble.
let text = '';
let types = new Set();
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => {
  types.add(typeof chunk);
  text += chunk;
});
process.stdin.on('end', () => {
  console.log('chunk types:', [...types]);
  const words = text.split(/\s+/).filter(Boolean);
  console.log('words:', words.length);
  console.log('numbers sum:', words.map(Number).filter((n) => !Number.isNaN(n)).reduce((a, b) => a + b, 0));
  console.log('reversed lines:');
  console.log(text.trimEnd().split('\n').reverse().join('\n'));
});
