// process.exit() inside a nextTick callback: no further output of any kind.
process.on('exit', (code) => console.log('exit event', code));
console.log('a');
process.nextTick(() => {
  console.log('tick 1');
  process.exit();
  console.log('never: after exit');
});
process.nextTick(() => console.log('never: tick 2'));
Promise.resolve().then(() => console.log('never: promise'));
queueMicrotask(() => console.log('never: microtask'));
setTimeout(() => console.log('never: timeout'), 0);
setImmediate(() => console.log('never: immediate'));
console.log('b');
