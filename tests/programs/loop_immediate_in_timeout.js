// Phase 1 (no timers pending): immediates scheduled from an immediate run in the next check phase.
// Phase 2: an immediate scheduled from a timer callback always runs before a timer scheduled there.
// (setTimeout(0) vs setImmediate from the main module is racy in node, so it is not tested.)
const log = (s) => console.log(s);
setImmediate(() => {
  log('immediate A');
  setImmediate(() => {
    log('immediate from immediate A');
    setTimeout(phase2, 0);
  });
  process.nextTick(() => log('tick from immediate A'));
  Promise.resolve().then(() => log('promise from immediate A'));
});
setImmediate(() => log('immediate B'));

function phase2() {
  log('timeout 1');
  setTimeout(() => log('timeout from timeout 1'), 0);
  setImmediate(() => {
    log('immediate X from timeout 1');
    process.nextTick(() => log('tick from immediate X'));
  });
  setImmediate(() => log('immediate Y from timeout 1'));
  process.nextTick(() => log('tick from timeout 1'));
}
