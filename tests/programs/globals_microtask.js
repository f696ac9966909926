// queueMicrotask ordering relative to promises and nextTick; argument validation.
const log = (s) => console.log(s);
queueMicrotask(() => log('microtask 1'));
Promise.resolve().then(() => log('promise 1'));
queueMicrotask(() => {
  log('microtask 2');
  queueMicrotask(() => log('microtask from microtask 2'));
  Promise.resolve().then(() => log('promise from microtask 2'));
});
Promise.resolve().then(() => log('promise 2'));
process.nextTick(() => log('nextTick'));
console.log('queueMicrotask returns:', queueMicrotask(() => log('microtask 3')));
try {
  queueMicrotask('nope');
} catch (e) {
  log('invalid: ' + e.name + ' ' + e.code);
}
setTimeout(() => log('timeout'), 0);
log('sync');
