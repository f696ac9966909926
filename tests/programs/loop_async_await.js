// async/await ordering relative to plain promises and ticks.
const log = (s) => console.log(s);
async function a1() {
  log('a1 start');
  await a2();
  log('a1 end');
}
async function a2() {
  log('a2');
}
log('script start');
setTimeout(() => log('setTimeout'), 0);
a1();
new Promise((resolve) => {
  log('promise executor');
  resolve();
}).then(() => log('promise then 1')).then(() => log('promise then 2'));
process.nextTick(() => log('nextTick'));
(async () => {
  try {
    await Promise.reject(new Error('awaited rejection'));
  } catch (e) {
    log('caught: ' + e.message);
  } finally {
    log('finally');
  }
})();
const thenable = { then(res) { log('thenable.then called'); res('thenable value'); } };
Promise.resolve(thenable).then((v) => log(v));
Promise.all([1, Promise.resolve(2), new Promise((r) => setTimeout(() => r(3), 1))])
  .then((v) => log('all: ' + v.join(',')));
Promise.race([new Promise((r) => setTimeout(() => r('slow'), 20)), Promise.resolve('fast')])
  .then((v) => log('race: ' + v));
Promise.allSettled([Promise.reject(new Error('no')), 1])
  .then((r) => log('allSettled: ' + r.map((x) => x.status).join(',')));
Promise.any([Promise.reject(1), Promise.reject(2)]).catch((e) => log('any: ' + e.constructor.name + ' ' + e.errors.join(',')));
log('script end');
