'use strict';
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
const sleep = (ms, v) => new Promise((resolve) => setTimeout(resolve, ms, v));
// Logs are grouped per request so that timer races cannot reorder the output.
const logs = { A: [], B: [], main: [] };
const log = (label, ...args) => logs[label].push(args.map((a) => JSON.stringify(a)).join(' '));

async function inner(label) {
  log(label, 'inner start', als.getStore());
  await sleep(5);
  log(label, 'inner after sleep', als.getStore());
  return label;
}

async function handler(label, delay) {
  log(label, 'start', als.getStore());
  await Promise.resolve();
  log(label, 'after resolved', als.getStore());
  await sleep(delay);
  log(label, 'after sleep', als.getStore());
  const r = await inner(label);
  log(label, 'after inner', r, als.getStore());
  try {
    await Promise.reject(new Error('nope'));
  } catch (e) {
    log(label, 'in catch', e.message, als.getStore());
  }
  const all = await Promise.all([sleep(1, 1), sleep(2, 2)]);
  log(label, 'after all', all, als.getStore());
  for await (const v of (async function* () { yield 1; await sleep(1); yield 2; })()) {
    log(label, 'for await', v, als.getStore());
  }
  return als.getStore();
}

(async () => {
  const results = await Promise.all([
    als.run({ req: 1 }, () => handler('A', 10)),
    als.run({ req: 2 }, () => handler('B', 3)),
  ]);
  log('main', 'results', results, als.getStore());
  log('main', Promise.prototype.constructor === Promise, Promise.resolve(2).constructor === Promise);
  class MyPromise extends Promise {}
  log('main', MyPromise.resolve(3) instanceof MyPromise, await MyPromise.resolve(4));
  // a non-promise await and a foreign thenable are outside what the sandbox propagates:
  // only check that they still work
  log('main', await 5, await { then(r) { r(6); } });
  for (const k of Object.keys(logs)) console.log(k + ':\n  ' + logs[k].join('\n  '));
})();
