// setInterval runs until cleared from inside its callback; clearTimeout also clears intervals.
let n = 0;
const iv = setInterval(() => {
  n++;
  console.log('interval tick', n);
  if (n === 4) {
    clearInterval(iv);
    console.log('cleared');
    setTimeout(second, 30);
  }
}, 2);
console.log('interval object:', iv.constructor.name, typeof iv.hasRef());

function second() {
  console.log('after clear, ticks =', n);
  let m = 0;
  const iv2 = setInterval((a, b) => {
    m++;
    console.log('interval with args', a, b, m);
    if (m === 2) clearTimeout(iv2);
  }, 3, 'x', 'y');
}
