// Extra arguments to setTimeout/setImmediate; refresh() re-arms a fired timer.
const steps = [
  (next) => setTimeout((a, b, c) => { console.log('timeout args:', a, b, c); next(); }, 0, 'one', 2, [3]),
  (next) => setImmediate((...args) => { console.log('immediate args:', args); next(); }, 'i1', { i: 2 }),
  (next) => setTimeout(function () { console.log('this is the Timeout:', this.constructor.name); next(); }, 0),
  (next) => {
    let count = 0;
    const t = setTimeout(() => {
      count++;
      console.log('refreshable fired', count);
      if (count < 3) console.log('refresh returns this:', t.refresh() === t);
      else next();
    }, 1);
  },
  (next) => {
    const t2 = setTimeout(() => { console.log('refreshed before firing, fires once'); next(); }, 5);
    t2.refresh();
    t2.refresh();
  },
];
function run(i) { if (i < steps.length) steps[i](() => run(i + 1)); else console.log('done'); }
run(0);
const t = setTimeout(() => {}, 0);
console.log('Timeout:', t.constructor.name, 'has Symbol.toPrimitive:', typeof t[Symbol.toPrimitive]);
console.log('Immediate:', setImmediate(() => {}).constructor.name);
try {
  setTimeout('console.log(1)', 0);
} catch (e) {
  console.log('string callback:', e.name, e.code);
}
try {
  setImmediate(null);
} catch (e) {
  console.log('null immediate:', e.name, e.code);
}
