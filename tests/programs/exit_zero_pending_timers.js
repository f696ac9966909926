// process.exit(0) with pending timers, intervals, immediates and promises: nothing more runs.
setTimeout(() => console.log('never: timeout'), 1000);
setInterval(() => console.log('never: interval'), 500);
setImmediate(() => {
  console.log('immediate runs, then exit(0)');
  Promise.resolve().then(() => console.log('never: microtask after exit'));
  process.exit(0);
});
setImmediate(() => console.log('never: second immediate'));
new Promise((r) => setTimeout(r, 1000)).then(() => console.log('never: promise after timer'));
process.on('exit', (code) => console.log('exit', code));
console.log('main');
