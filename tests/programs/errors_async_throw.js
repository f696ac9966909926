// An async function that throws without a catch: unhandled rejection.
async function fails() {
  await null;
  throw new RangeError('async failure');
}
console.log('calling');
fails();
