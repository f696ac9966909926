// Normal completion: exit code 0, 'exit' fires with 0.
process.on('exit', (code) => console.log('exit code', code, 'exitCode', process.exitCode));
console.log('hello');
setTimeout(() => console.log('timer done'), 1);
