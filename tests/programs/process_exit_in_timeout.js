// process.exit(5) inside a timer stops everything else.
process.on('exit', (code) => console.log('exit handler code', code));
console.log('start');
setTimeout(() => {
  console.log('in timeout');
  process.exit(5);
  console.log('not printed after exit');
}, 1);
setTimeout(() => console.log('later timer must not run'), 200);
setInterval(() => {}, 1000);
console.log('end of main');
