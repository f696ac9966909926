// unhandledRejection, then the handler attached in a later timer: 'rejectionHandled' fires.
process.on('unhandledRejection', (reason) => console.log('unhandledRejection:', reason.message));
process.on('rejectionHandled', (p) => console.log('rejectionHandled, is promise:', p instanceof Promise));
const p = Promise.reject(new Error('late'));
setTimeout(() => {
  p.catch((e) => console.log('caught late:', e.message));
}, 5);
