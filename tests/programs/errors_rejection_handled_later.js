// A rejection whose handler is attached later in the same tick (microtask / nextTick) is fine.
process.on('exit', (code) => console.log('exit', code));
const p1 = Promise.reject(new Error('handled in a microtask'));
queueMicrotask(() => {
  p1.catch((e) => console.log('caught 1:', e.message));
});
const p2 = Promise.reject(new Error('handled in nextTick'));
process.nextTick(() => {
  p2.catch((e) => console.log('caught 2:', e.message));
});
const p3 = Promise.reject(new Error('handled synchronously later'));
console.log('sync work between');
p3.then(() => console.log('never'), (e) => console.log('caught 3:', e.message));
const p4 = Promise.reject(new Error('chained'));
p4.finally(() => console.log('finally runs')).catch((e) => console.log('caught 4:', e.message));
console.log('main done');
