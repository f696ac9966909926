// Same as errors_require_missing_uncaught but the missing module is required from a nested function.
function load() {
  return require('./fixtures/missing-module');
}
console.log('loading');
load();
