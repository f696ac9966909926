// nextTick scheduled inside a promise callback runs after the whole microtask queue drains;
// promise scheduled inside nextTick runs after all pending ticks.
const log = (s) => console.log(s);
process.nextTick(() => {
  log('tick A');
  Promise.resolve().then(() => log('promise from tick A'));
  process.nextTick(() => log('tick from tick A'));
});
process.nextTick(() => log('tick B'));
Promise.resolve().then(() => {
  log('promise 1');
  process.nextTick(() => log('tick from promise 1'));
  Promise.resolve().then(() => log('promise from promise 1'));
});
Promise.resolve().then(() => {
  log('promise 2');
  queueMicrotask(() => {
    log('microtask from promise 2');
    process.nextTick(() => log('tick from microtask'));
  });
});
setTimeout(() => {
  log('timeout');
  process.nextTick(() => log('tick from timeout'));
  Promise.resolve().then(() => log('promise from timeout'));
}, 0);
setTimeout(() => log('timeout 2 (after timeout microtasks)'), 0);
log('sync');
