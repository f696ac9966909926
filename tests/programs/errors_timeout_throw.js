// Uncaught error inside a timer callback: exit 1, later timers never run.
console.log('scheduling');
setTimeout(function onTimer() {
  console.log('in timer');
  throw new TypeError('late failure');
}, 1);
setTimeout(() => console.log('never: later timer'), 50);
process.on('exit', (code) => console.log('exit code', code));
