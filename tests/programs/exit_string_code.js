// process.exit('2') with an integer string is accepted.
process.on('exit', (code) => console.log('exit event code', JSON.stringify(code), typeof code));
console.log('exiting with "2"');
process.exit('2');
