// process.nextTick passes extra arguments through, runs FIFO, before promise callbacks.
process.nextTick((a, b, c) => console.log('tick args:', a, b, c), 1, 'two', { three: 3 });
process.nextTick(function () { console.log('tick arguments.length:', arguments.length); });
process.nextTick((...rest) => console.log('rest:', rest), null, undefined, [1, 2]);
Promise.resolve().then(() => console.log('promise'));
process.nextTick(() => {
  console.log('tick 4');
  process.nextTick(() => console.log('nested tick (still before promise)'));
});
try {
  process.nextTick('not a function');
} catch (e) {
  console.log('bad callback:', e.name, e.code);
}
console.log('sync');
