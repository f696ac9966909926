// process.exitCode = 3, then an uncaught error: the uncaught error wins, exit code 1.
process.on('exit', (code) => console.log('exit event code', code));
process.exitCode = 3;
console.log('exitCode set to', process.exitCode);
setTimeout(() => {
  throw new Error('uncaught after exitCode');
}, 1);
