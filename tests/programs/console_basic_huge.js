// One very large string on stdout and one on stderr.
const big = 'x'.repeat(1e6);
console.log(big);
console.log('length printed:', big.length);
console.error('y'.repeat(200000));
process.stdout.write('z'.repeat(300000) + '\n');
console.log('end');
