// process.exitCode decides the exit status when the loop drains; 'exit' listeners see it.
process.on('exit', (code) => {
  console.log('exit event, code =', code, 'exitCode =', process.exitCode);
});
console.log('initial exitCode:', process.exitCode);
process.exitCode = 3;
console.log('set exitCode:', process.exitCode);
setTimeout(() => console.log('timer still runs'), 1);
