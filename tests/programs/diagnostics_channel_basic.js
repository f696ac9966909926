'use strict';
const dc = require('diagnostics_channel');
const { AsyncLocalStorage } = require('async_hooks');

console.log(Object.keys(dc).join(','));
const ch = dc.channel('my-channel');
console.log(ch, ch.name, ch.hasSubscribers, dc.hasSubscribers('my-channel'), dc.hasSubscribers('nope'));
console.log(dc.channel('my-channel') === ch, ch instanceof dc.Channel);

const received = [];
function onMessage(message, name) {
  received.push([message, name]);
}
ch.subscribe(onMessage);
console.log('after subscribe', ch.hasSubscribers, dc.hasSubscribers('my-channel'), ch, ch instanceof dc.Channel);
ch.publish({ hello: 'world' });
dc.subscribe('my-channel', (m) => received.push(['module-level', m]));
ch.publish(2);
console.log(received);
console.log('unsubscribe', ch.unsubscribe(onMessage), ch.unsubscribe(onMessage), dc.unsubscribe('my-channel', () => {}));
ch.publish(3);
console.log(received.length);

const sym = Symbol('sym-channel');
const symCh = dc.channel(sym);
console.log(symCh.name === sym, dc.hasSubscribers(sym));
try { dc.channel(1); } catch (e) { console.log(e.name, e.code, e.message); }
try { ch.subscribe('x'); } catch (e) { console.log(e.name, e.code, e.message); }

// unsubscribing during publish does not skip other subscribers
const order = [];
const c2 = dc.channel('order');
const a = () => { order.push('a'); c2.unsubscribe(a); };
const b = () => order.push('b');
c2.subscribe(a);
c2.subscribe(b);
c2.publish();
c2.publish();
console.log(order.join(','), c2.hasSubscribers);
c2.unsubscribe(b);
console.log(c2.hasSubscribers, c2);

// a throwing subscriber: the others still run, the error surfaces as uncaught
const c3 = dc.channel('throwing');
c3.subscribe(() => { throw new Error('subscriber failed'); });
c3.subscribe((m) => console.log('second subscriber got', m));
process.once('uncaughtException', (err) => console.log('uncaught:', err.message));
c3.publish('data');
console.log('publish returned');

// bindStore / runStores
const store = new AsyncLocalStorage();
const c4 = dc.channel('stores');
c4.bindStore(store, (data) => ({ wrapped: data }));
console.log(c4.hasSubscribers);
const r = c4.runStores({ id: 7 }, function (x) {
  console.log('in runStores', store.getStore(), this.t, x);
  return 'result';
}, { t: 'this' }, 'arg');
console.log('runStores returned', r, store.getStore());
console.log('unbindStore', c4.unbindStore(store), c4.unbindStore(store), c4.hasSubscribers);
const plain = dc.channel('plain');
console.log(plain.runStores(1, (a, b) => a + b, null, 2, 3));

// tracing channels
const tc = dc.tracingChannel('op');
console.log(tc.hasSubscribers, tc.start.name, tc.asyncEnd.name);
const events = [];
const handlers = {
  start(ctx) { events.push(`start ${JSON.stringify(ctx)}`); },
  end(ctx) { events.push(`end ${JSON.stringify(ctx)}`); },
  asyncStart(ctx) { events.push(`asyncStart ${JSON.stringify(ctx)}`); },
  asyncEnd(ctx) { events.push(`asyncEnd ${JSON.stringify(ctx)}`); },
  error(ctx) { events.push(`error ${ctx.error.message}`); },
};
tc.subscribe(handlers);
console.log(tc.hasSubscribers);
console.log(tc.traceSync((a, b) => a + b, { name: 'sum' }, null, 1, 2));
try {
  tc.traceSync(() => { throw new Error('sync boom'); }, { name: 'fail' });
} catch (e) {
  console.log('caught', e.message);
}
tc.traceCallback(function (x, cb) { cb(null, x * 2); }, 1, { name: 'cb' }, null, 21, (err, res) => events.push(`callback ${err} ${res}`));
tc.traceCallback((cb) => cb(new Error('cb boom')), 0, { name: 'cbfail' }, null, (err) => events.push(`callback err ${err.message}`));
try { tc.traceCallback(() => {}, 0, {}, null, 'notfn'); } catch (e) { console.log(e.code, e.message); }

(async () => {
  console.log(await tc.tracePromise(async (v) => v + 1, { name: 'promise' }, null, 41));
  try {
    await tc.tracePromise(async () => { throw new Error('async boom'); }, { name: 'rejects' });
  } catch (e) {
    console.log('rejected', e.message);
  }
  console.log(await tc.tracePromise(() => 'not a promise', { name: 'value' }));
  console.log(events.join('\n'));
  console.log(tc.unsubscribe(handlers), tc.unsubscribe(handlers), tc.hasSubscribers);
  const direct = dc.tracingChannel({
    start: dc.channel('s'), end: dc.channel('e'), asyncStart: dc.channel('as'), asyncEnd: dc.channel('ae'), error: dc.channel('er'),
  });
  console.log(direct.start.name, direct.error.name);
  try { dc.tracingChannel({ start: 1 }); } catch (e) { console.log(e.code, e.message); }
  try { dc.tracingChannel(5); } catch (e) { console.log(e.code, e.message); }
  console.log(tc.traceSync(() => 'no subscribers'));
})();
