// EventEmitter: listener order, once/prepend, removal, newListener /
// removeListener, 'error' semantics, max listeners, inspection helpers.
const EventEmitter = require('events');

function err(label, e) {
  console.log(label, 'threw', e.code, e.name, e.message);
}

const e = new EventEmitter();
console.log('keys', JSON.stringify(Object.keys(e)), e._eventsCount, e.getMaxListeners());
e.on('evt', (a, b) => console.log('on1', a, b));
e.prependListener('evt', (a) => console.log('prepended', a));
e.once('evt', (a) => console.log('once', a));
e.prependOnceListener('evt', (a) => console.log('prependOnce', a));
console.log('emit1', e.emit('evt', 1, 2));
console.log('emit2', e.emit('evt', 3, 4));
console.log('emit none', e.emit('nothing'));
console.log('count', e.listenerCount('evt'), EventEmitter.listenerCount(e, 'evt'));
console.log('names', JSON.stringify(e.eventNames()));

// `this` and arguments
const ctx = new EventEmitter();
ctx.on('x', function (...args) { console.log('this ok', this === ctx, args.length); });
ctx.on('x', () => console.log('arrow listener'));
ctx.emit('x', 'a', 'b', 'c');

// once wrappers
const fn = () => console.log('fn called');
e.once('w', fn);
console.log('raw wrapper', e.rawListeners('w')[0] !== fn, e.rawListeners('w')[0].listener === fn, e.listeners('w')[0] === fn);
console.log('listenerCount(fn)', e.listenerCount('w', fn));
e.removeListener('w', fn);
console.log('after remove', e.listenerCount('w'));

// newListener / removeListener events
const r = new EventEmitter();
r.on('newListener', (name, l) => console.log('newListener', String(name), typeof l, r.listenerCount(name)));
r.on('removeListener', (name) => console.log('removeListener', String(name)));
const g = () => {};
r.on('a', g);
r.on('a', g);
r.once('b', g);
r.on(Symbol('sym'), g);
console.log('names', r.eventNames().map(String).join(','));
r.off('a', g);
r.emit('b');
r.removeAllListeners('a');
r.removeAllListeners();
console.log('after removeAll', r.eventNames().length, r._eventsCount);

// removal during emit: snapshot semantics
const s = new EventEmitter();
const l2 = () => console.log('l2');
s.on('t', () => { console.log('l1'); s.removeListener('t', l2); });
s.on('t', l2);
s.emit('t');
s.emit('t');

// 'error' semantics
const errs = new EventEmitter();
for (const v of [new Error('boom'), new TypeError('typed'), 'a string', 42, undefined, null, { code: 'X' }]) {
  try {
    errs.emit('error', v);
    console.log('no throw');
  } catch (caught) {
    console.log('error emit', caught === v, caught.code, caught.name, caught.message, caught.context === v);
  }
}
errs.on(EventEmitter.errorMonitor, (er) => console.log('monitor saw', er.message));
try { errs.emit('error', new Error('monitored')); } catch (caught) { console.log('still thrown', caught.message); }
errs.on('error', (er) => console.log('handled', er.message));
console.log('handled emit', errs.emit('error', new Error('fine')));

// max listeners (no warning triggered here)
const m = new EventEmitter();
console.log('max default', m.getMaxListeners(), EventEmitter.defaultMaxListeners, EventEmitter.getMaxListeners(m));
m.setMaxListeners(2);
console.log('max set', m.getMaxListeners());
for (const bad of [-1, 'x', NaN]) {
  try { m.setMaxListeners(bad); } catch (caught) { err('setMaxListeners ' + String(bad), caught); }
}
try { EventEmitter.defaultMaxListeners = -5; } catch (caught) { err('defaultMaxListeners', caught); }
for (const bad of [1, 'x', null, {}]) {
  try { m.on('a', bad); } catch (caught) { err('on ' + String(bad), caught); }
  try { m.once('a', bad); } catch (caught) { err('once ' + String(bad), caught); }
}

// subclasses and old-style inheritance
class Mine extends EventEmitter {}
const mine = new Mine();
mine.on('hi', () => console.log('subclass hi'));
mine.emit('hi');
function Old() { EventEmitter.call(this); }
Object.setPrototypeOf(Old.prototype, EventEmitter.prototype);
const old = new Old();
old.on('hi', () => console.log('old-style hi'));
old.emit('hi');
console.log('old keys', JSON.stringify(Object.keys(old)));

console.log('statics', typeof EventEmitter.once, typeof EventEmitter.on, EventEmitter.EventEmitter === EventEmitter,
  EventEmitter.usingDomains, String(EventEmitter.captureRejectionSymbol), String(EventEmitter.errorMonitor),
  EventEmitter.captureRejections);
console.log('getEventListeners', EventEmitter.getEventListeners(e, 'evt').length);
try { EventEmitter.getEventListeners({}, 'x'); } catch (caught) { err('getEventListeners', caught); }
