process.stdout.write('before\n');
process.stdout.end('last\n');
process.stdout.on('error', (e) => console.error('error event:', e.code));
const r = process.stdout.write('after end\n', (err) => console.error('callback:', err && err.code));
console.error('write returned', r);
