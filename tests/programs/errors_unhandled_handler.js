// process.on('unhandledRejection') receives the reason and the promise; no crash.
process.on('unhandledRejection', (reason, promise) => {
  const r = reason instanceof Error ? 'Error(' + reason.message + ')' : JSON.stringify(reason);
  console.log('unhandledRejection:', r, 'promise is Promise:', promise instanceof Promise);
});
process.on('exit', (code) => console.log('exit', code));
Promise.reject(new Error('first'));
Promise.reject(42);
Promise.reject({ obj: true });
Promise.reject(undefined);
new Promise((_, reject) => setTimeout(() => reject(new Error('later')), 1));
(async () => { throw new Error('from async fn'); })();
console.log('main done');
