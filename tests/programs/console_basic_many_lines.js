// 10,000 lines, interleaving console.log and process.stdout.write.
for (let i = 0; i < 10000; i++) {
  if (i % 3 === 0) process.stdout.write('write ' + i + '\n');
  else console.log('line', i, i % 2 === 0 ? 'even' : 'odd');
}
for (let i = 0; i < 1000; i++) console.error('err', i);
console.log('done');
