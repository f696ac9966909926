// process.exit(7) inside an 'exit' handler changes the code and stops the other listeners.
process.on('exit', (code) => {
  console.log('first exit listener, code', code);
  process.exit(7);
  console.log('never: after exit in exit handler');
});
process.on('exit', (code) => console.log('never: second exit listener', code));
process.exitCode = 2;
console.log('main done');
