'use strict';
const tp = require('timers/promises');
const { setTimeout: sleep, setImmediate: immediate, setInterval: every, scheduler } = tp;

function show(label, p) {
  return p.then((v) => console.log(label, 'resolved', v), (e) => console.log(label, 'rejected', e.name, e.code, e.message, e.cause instanceof Error ? `${e.cause.name}: ${e.cause.message}` : e.cause));
}

(async () => {
  console.log(Object.keys(tp).join(','), typeof scheduler.wait, typeof scheduler.yield);
  console.log(await sleep(5, 'value'));
  console.log(await sleep());
  console.log(await immediate('imm'));
  await show('bad-delay', sleep('x'));
  await show('bad-options', sleep(1, 1, null));
  await show('bad-options2', sleep(1, 1, 'str'));
  await show('bad-signal', sleep(1, 1, { signal: {} }));
  await show('bad-ref', sleep(1, 1, { ref: 1 }));
  await show('imm-bad-options', immediate(1, 5));

  const ac = new AbortController();
  const p = sleep(1000, 'never', { signal: ac.signal });
  ac.abort();
  await show('abort-timeout', p);

  const ac2 = new AbortController();
  ac2.abort('why');
  await show('pre-aborted', sleep(10, 1, { signal: ac2.signal }));
  await show('pre-aborted-imm', immediate(1, { signal: ac2.signal }));

  const ac3 = new AbortController();
  const p3 = immediate('x', { signal: ac3.signal });
  ac3.abort(new Error('reason'));
  await show('abort-immediate', p3);

  const ac4 = new AbortController();
  await show('signal-not-aborted', sleep(1, 'ok', { signal: ac4.signal }));
  ac4.abort();

  // ordering: immediate vs timeout vs microtasks
  const order = [];
  await Promise.all([
    sleep(200).then(() => order.push('t200')),
    sleep(100).then(() => order.push('t100')),
    immediate().then(() => order.push('imm')),
    Promise.resolve().then(() => order.push('micro')),
  ]);
  console.log(order.join(','));

  let n = 0;
  for await (const v of every(5, 'tick')) {
    console.log('interval', ++n, v);
    if (n === 3) break;
  }

  const ac5 = new AbortController();
  let m = 0;
  try {
    for await (const v of every(5, m, { signal: ac5.signal })) {
      m++;
      console.log('interval2', m, v);
      if (m === 2) ac5.abort();
    }
  } catch (e) {
    console.log('interval aborted', e.name, e.code, e.message);
  }

  try {
    const it = every('bad');
    await it.next();
  } catch (e) {
    console.log('interval bad', e.code, e.message);
  }

  console.log(await scheduler.wait(5), await scheduler.yield());
  try { scheduler.wait.call({}, 1); } catch (e) { console.log(e.name, e.code, e.message); }
  try { new scheduler.constructor(); } catch (e) { console.log(e.name, e.code, e.message); }
  const ac6 = new AbortController();
  const w = scheduler.wait(1000, { signal: ac6.signal });
  ac6.abort();
  await show('scheduler-abort', w);

  // microtask hops between an abort and the rejection being observed
  {
    const log = [];
    const ac7 = new AbortController();
    const p7 = sleep(1000, 'x', { signal: ac7.signal });
    p7.catch(() => log.push('rejected'));
    ac7.abort();
    let i = 0;
    const step = () => { log.push('tick' + i); if (++i < 8) Promise.resolve().then(step); };
    Promise.resolve().then(step);
    await sleep(5);
    console.log(log.join(' '));
  }

  // unref'd timer does not keep the process alive
  sleep(100000, null, { ref: false }).then(() => console.log('never printed'));
  console.log('done');
})();
