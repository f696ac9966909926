// process.exit() without a code uses process.exitCode; exit listeners run with this === process and cannot schedule work.
process.on('exit', function (code) {
  console.log('exit listener this === process:', this === process, 'code:', code);
  setTimeout(() => console.log('never'), 0);
});
setTimeout(() => process.exit(), 1);
process.exitCode = 6;
