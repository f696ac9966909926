// 'beforeExit' fires when the loop drains, may schedule more work; 'exit' fires once.
let beforeExitCount = 0;
process.on('beforeExit', (code) => {
  beforeExitCount++;
  console.log('beforeExit', beforeExitCount, 'code', code);
  if (beforeExitCount < 3) {
    setTimeout(() => console.log('timer scheduled from beforeExit', beforeExitCount), 0);
  }
});
process.on('exit', (code) => {
  console.log('exit 1', code);
  setTimeout(() => console.log('never: timer in exit handler'), 0);
  process.nextTick(() => console.log('never: tick in exit handler'));
});
process.once('exit', (code) => console.log('exit 2 (once)', code));
console.log('listeners exit:', process.listenerCount('exit'));
console.log('main done');
