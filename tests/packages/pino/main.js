const pino = require('pino');
// Synchronous writes: with the default asynchronous destination, even node's order against
// console.log depends on thread-pool timing.
const log = pino({ base: undefined, timestamp: false }, pino.destination({ dest: 1, sync: true }));
log.info('hello');
log.info({ user: 'ann', n: 1 }, 'with object');
log.debug('not shown');
const child = log.child({ module: 'db' });
child.warn('child warning');
log.error(new Error('boom').message);
const silent = pino({ level: 'silent' });
silent.info('nothing');
console.log('levels:', JSON.stringify(pino.levels.values));
