// process.stdout.write / process.stderr.write return true for small writes and keep order.
const r1 = process.stdout.write('out line 1\n');
const r2 = process.stderr.write('err line 1\n');
process.stdout.write('no newline, ');
process.stdout.write('then newline\n');
const r3 = process.stdout.write(Buffer.from('from a buffer\n'));
const r4 = process.stdout.write(new Uint8Array([0x75, 0x38, 0x0a]));
process.stdout.write('');
process.stdout.write('unicode: héllo 🌍\n');
console.log('return values:', r1, r2, r3, r4);
console.log('typeof process.stdout.write:', typeof process.stdout.write);
console.log('stdout fd:', process.stdout.fd, 'stderr fd:', process.stderr.fd);
console.log('stdout writable:', process.stdout.writable);
process.stderr.write('err line 2\n');
process.stdout.write('callback next\n', () => {
  setTimeout(() => console.log('write callback was called'), 0);
});
