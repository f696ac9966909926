const EventEmitter = require('events');
const e = new EventEmitter();
function fire() { e.emit('error', new Error('bad thing')); }
fire();
