// sync < nextTick < promise/queueMicrotask (FIFO together) < timers/immediates.
const log = (s) => console.log(s);
setTimeout(() => log('timeout 0'), 0);
setTimeout(() => log('timeout 5'), 5);
Promise.resolve().then(() => log('promise 1'));
queueMicrotask(() => log('microtask 1'));
process.nextTick(() => log('nextTick 1'));
Promise.resolve().then(() => log('promise 2'));
process.nextTick(() => log('nextTick 2'));
queueMicrotask(() => log('microtask 2'));
(async () => {
  log('async fn body (sync)');
  await null;
  log('after await 1');
  await null;
  log('after await 2');
})();
log('sync end');
