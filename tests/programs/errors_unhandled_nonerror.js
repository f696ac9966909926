// Unhandled rejection with a non-Error value: ERR_UNHANDLED_REJECTION wrapper.
console.log('start');
Promise.reject(42);
