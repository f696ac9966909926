// events.once / events.on, captureRejections, EventTarget, AbortController.
const EventEmitter = require('events');
const { once, on } = EventEmitter;

function err(label, e) {
  console.log(label, 'threw', e.code, e.name, e.message);
}

async function main() {
  const e = new EventEmitter();
  setTimeout(() => e.emit('ready', 1, 2), 1);
  console.log('once', JSON.stringify(await once(e, 'ready')));

  setTimeout(() => e.emit('error', new Error('failed')), 1);
  try { await once(e, 'never'); } catch (caught) { err('once error', caught); }
  console.log('listeners cleaned', e.listenerCount('never'), e.listenerCount('error'));

  const ac = new AbortController();
  const pending = once(e, 'never', { signal: ac.signal });
  ac.abort();
  try { await pending; } catch (caught) { err('once aborted', caught); console.log('cause', caught.cause.name); }
  try { await once(e, 'x', { signal: AbortSignal.abort('why') }); } catch (caught) { err('pre-aborted', caught); console.log('cause', caught.cause); }
  try { await once(e, 'x', 5); } catch (caught) { err('bad options', caught); }

  // events.on async iterator
  const it = new EventEmitter();
  setTimeout(() => { it.emit('data', 'a'); it.emit('data', 'b', 'c'); it.emit('end'); }, 1);
  for await (const args of on(it, 'data', { close: ['end'] })) console.log('on data', JSON.stringify(args));
  console.log('iterator done', it.listenerCount('data'));

  const bad = new EventEmitter();
  setTimeout(() => { bad.emit('data', 1); bad.emit('error', new Error('iter error')); }, 1);
  try {
    for await (const args of on(bad, 'data')) console.log('bad data', JSON.stringify(args));
  } catch (caught) { err('on error', caught); }

  // captureRejections
  const cap = new EventEmitter({ captureRejections: true });
  cap.on('job', async () => { throw new Error('async failure'); });
  cap.on('error', (er) => console.log('captured', er.message));
  cap.emit('job');
  await new Promise((resolve) => setTimeout(resolve, 5));

  // EventTarget / Event / CustomEvent
  const t = new EventTarget();
  const calls = [];
  const h = (evt) => calls.push(`h:${evt.type}:${evt.eventPhase}:${evt.target === t}`);
  t.addEventListener('a', h);
  t.addEventListener('a', h);
  t.addEventListener('a', { handleEvent(evt) { calls.push(`obj:${evt.type}`); } });
  t.addEventListener('a', (evt) => { calls.push('stopper'); evt.stopImmediatePropagation(); });
  t.addEventListener('a', () => calls.push('not reached'));
  t.addEventListener('b', () => calls.push('once b'), { once: true });
  console.log('dispatch a', t.dispatchEvent(new Event('a')));
  t.dispatchEvent(new Event('b'));
  t.dispatchEvent(new Event('b'));
  console.log('calls', JSON.stringify(calls));
  const cancelable = new Event('c', { cancelable: true });
  t.addEventListener('c', (evt) => evt.preventDefault());
  console.log('prevented', t.dispatchEvent(cancelable), cancelable.defaultPrevented);
  const custom = new CustomEvent('cu', { detail: { x: 1 } });
  console.log('custom', JSON.stringify(custom.detail), custom.type, custom instanceof Event);
  try { new Event(); } catch (caught) { err('Event()', caught); }
  try { t.dispatchEvent('x'); } catch (caught) { err('dispatch string', caught); }

  // AbortController / AbortSignal
  const ctl = new AbortController();
  ctl.signal.onabort = (evt) => console.log('onabort', evt.type);
  ctl.signal.addEventListener('abort', () => console.log('abort listener'));
  console.log('aborted before', ctl.signal.aborted);
  ctl.abort();
  ctl.abort();
  console.log('aborted after', ctl.signal.aborted, ctl.signal.reason.name, ctl.signal.reason.message);
  try { ctl.signal.throwIfAborted(); } catch (caught) { console.log('throwIfAborted', caught.name, caught.code); }
  const withReason = new AbortController();
  withReason.abort('custom reason');
  console.log('reason', withReason.signal.reason);
  try { new AbortSignal(); } catch (caught) { err('new AbortSignal', caught); }
  const any = AbortSignal.any([new AbortController().signal, withReason.signal]);
  console.log('any', any.aborted, any.reason);
  const timeout = AbortSignal.timeout(5);
  await new Promise((resolve) => setTimeout(resolve, 30));
  console.log('timeout', timeout.aborted, timeout.reason.name);

  // addAbortListener
  const ac2 = new AbortController();
  EventEmitter.addAbortListener(ac2.signal, () => console.log('abort listener fired'));
  ac2.abort();
}

main().then(() => console.log('done'));
