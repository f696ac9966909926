'use strict';
const { AsyncLocalStorage, AsyncResource, executionAsyncId, triggerAsyncId, executionAsyncResource, createHook, asyncWrapProviders } = require('async_hooks');

const als = new AsyncLocalStorage();
const other = new AsyncLocalStorage();
const log = (...a) => console.log(...a);

log('keys', Object.keys(require('async_hooks')).join(','));
log('providers', Object.keys(asyncWrapProviders).length, asyncWrapProviders.PROMISE, Object.isFrozen(asyncWrapProviders));
log('initial', als.getStore(), als.enabled, executionAsyncId(), triggerAsyncId(), executionAsyncResource());

const result = als.run({ id: 1 }, (a, b) => {
  log('in run', als.getStore(), a, b, other.getStore());
  other.run('o', () => log('nested', als.getStore(), other.getStore()));
  als.run({ id: 2 }, () => log('inner run', als.getStore()));
  log('after inner', als.getStore());
  setTimeout(() => log('timeout', als.getStore()), 10);
  process.nextTick(() => log('nextTick', als.getStore()));
  queueMicrotask(() => log('queueMicrotask', als.getStore()));
  Promise.resolve(5).then((v) => log('then', v, als.getStore())).finally(() => log('finally', als.getStore()));
  Promise.reject(new Error('x')).catch((e) => log('catch', e.message, als.getStore()));
  const iv = setInterval(() => {
    log('interval', als.getStore());
    clearInterval(iv);
  }, 5);
  als.exit(() => {
    log('exit', als.getStore(), als.enabled);
    setTimeout(() => log('timeout from exit', als.getStore()), 15);
  });
  log('after exit', als.getStore(), als.enabled);
  return 'ret';
}, 'A', 'B');
log('run returned', result, als.getStore());

// throwing out of run restores the previous store
try {
  als.run('boom', () => { throw new Error('thrown'); });
} catch (e) {
  log('caught', e.message, als.getStore());
}

// contexts do not leak between concurrent chains
let chainsLeft = 2;
for (const id of ['a', 'b']) {
  als.run(id, () => {
    setTimeout(() => {
      log('chain', id, als.getStore());
      Promise.resolve().then(() => log('chain then', id, als.getStore()));
      setImmediate(() => {
        log('chain immediate', id, als.getStore());
        // The later scenarios start only once this one is over.
        if (--chainsLeft === 0) setTimeout(enterWithScenario, 1);
      });
    }, 20);
  });
}

// AsyncResource and bind/snapshot
const res = als.run('resource-store', () => new AsyncResource('MyResource'));
res.runInAsyncScope(function (x) {
  log('runInAsyncScope', als.getStore(), x, this && this.t, executionAsyncResource() === res, executionAsyncId() === res.asyncId());
}, { t: 'thisArg' }, 42);
const boundFn = als.run('bound-store', () => AsyncResource.bind(function named(x) { return [als.getStore(), x]; }));
log('bound', boundFn(7), boundFn.name, boundFn.length);
const snap = als.run('snap-store', () => AsyncLocalStorage.snapshot());
log('snapshot', snap(() => als.getStore()));
const alsBound = als.run('als-bind', () => AsyncLocalStorage.bind((a) => `${als.getStore()}:${a}`));
log('AsyncLocalStorage.bind', alsBound('z'));
log('resource ids', typeof res.asyncId(), res.triggerAsyncId() === 1, res.emitDestroy() === res);
const withThis = res.bind(function () { return this; }, 'THIS');
log('bind thisArg', String(withThis()), withThis.name);

// enterWith
function enterWithScenario() {
  setTimeout(() => {
    als.enterWith('entered');
    log('enterWith', als.getStore());
    setTimeout(() => log('after enterWith timeout', als.getStore()), 1);
  }, 10);
  // Well after the nested 1 ms timer: their order must not depend on how busy the machine is.
  setTimeout(() => log('sibling timeout', als.getStore()), 60);
  setTimeout(disableScenario, 90);
}

// disable
function disableScenario() {
  const d = new AsyncLocalStorage();
  d.run('d', () => {
    d.disable();
    log('disabled', d.getStore(), d.enabled);
  });
  d.run('again', () => log('re-enabled', d.getStore()));
  setTimeout(() => {
    log('destroy later', destroyed.join(','));
    hook2.disable();
  }, 10);
}

// createHook
const events = [];
const hook = createHook({
  init(id, type, trigger, resource) { if (type === 'Custom') events.push(`init ${type}`); },
  before(id) { if (id === custom?.asyncId()) events.push('before'); },
  after(id) { if (id === custom?.asyncId()) events.push('after'); },
  destroy(id) { if (id === custom?.asyncId()) events.push('destroy'); },
});
log('hook enable returns hook', hook.enable() === hook);
let custom;
custom = new AsyncResource('Custom');
custom.runInAsyncScope(() => events.push('run'));
custom.emitDestroy();
log('hook disable returns hook', hook.disable() === hook);
new AsyncResource('Custom');
log('events', events.join(','));

// destroy hooks are reported later, in a batch
const destroyed = [];
const hook2 = createHook({ destroy(id) { if (id === r2.asyncId()) destroyed.push('destroy r2'); } }).enable();
const r2 = new AsyncResource('R2');
r2.emitDestroy();
log('destroy sync', destroyed.length);


for (const bad of [() => new AsyncResource(), () => new AsyncResource('x', { triggerAsyncId: -2 }), () => createHook({ before: 'x' }), () => res.bind(1)]) {
  try { bad(); } catch (e) { log(e.name, e.code, e.message); }
}

// events.EventEmitterAsyncResource: listeners run in the emitter's creation context
const { EventEmitterAsyncResource } = require('events');
const emitter = als.run('creation', () => new EventEmitterAsyncResource({ name: 'Emitter' }));
emitter.on('evt', (a) => log('listener', a, als.getStore()));
als.run('emit-time', () => emitter.emit('evt', 1));
log('emitter', typeof emitter.asyncId, emitter.asyncResource.constructor.name, emitter.asyncResource.eventEmitter === emitter);
try { new EventEmitterAsyncResource(); } catch (e) { log(e.code, e.message); }
