// Unhandled rejection with an Error: printed like an uncaught exception, exit 1.
console.log('start');
Promise.reject(new Error('rejected for real'));
setTimeout(() => console.log('never: timer after unhandled rejection'), 10);
console.log('end of main');
