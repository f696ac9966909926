// A top-level await that never settles: warning and exit code 13.
process.on('beforeExit', (c) => console.log('beforeExit', c));
process.on('exit', (c) => console.log('exit', c, process.exitCode));
console.log('waiting forever');
await new Promise(() => {});
console.log('never');
