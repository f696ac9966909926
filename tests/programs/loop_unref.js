// An unref'd timer does not keep the process alive; ref()/hasRef() toggle it.
const t = setTimeout(() => console.log('never: unref timer'), 100000);
console.log('hasRef initially:', t.hasRef());
console.log('unref returns same object:', t.unref() === t);
console.log('hasRef after unref:', t.hasRef());
t.ref();
console.log('hasRef after ref:', t.hasRef());
t.unref();
const iv = setInterval(() => console.log('never: unref interval'), 100000);
iv.unref();
const im = setImmediate(() => {
  console.log('immediate still runs');
  setTimeout(() => console.log('ref timer runs, then process exits'), 5);
});
console.log('immediate hasRef:', im.hasRef());
const im2 = setImmediate(() => console.log('unref immediate still runs: loop was alive anyway')).unref();
console.log('unref immediate hasRef:', im2.hasRef());
process.on('exit', (c) => console.log('exit', c));
