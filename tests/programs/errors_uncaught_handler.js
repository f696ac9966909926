// process.on('uncaughtException') catches and the process continues; exit code stays 0.
process.on('uncaughtException', (err, origin) => {
  console.log('caught:', err instanceof Error ? err.message : err, '| origin:', origin);
});
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => {
  throw new Error('from timer 1');
}, 1);
setTimeout(() => {
  console.log('timer 2 still runs');
  throw 'string from timer 2';
}, 5);
setTimeout(() => {
  console.log('timer 3: rejecting without handler');
  Promise.reject(new Error('rejection goes to uncaughtException'));
}, 10);
setTimeout(() => console.log('timer 4 done'), 20);
console.log('throwing synchronously at top level');
throw new Error('top level');
