queueMicrotask(() => { throw new Error('boom'); });
queueMicrotask(() => console.log('second'));
Promise.resolve().then(() => console.log('third'));
