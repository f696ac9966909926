// A small program that exercises the sandbox: modules, timers, the event loop, files beside it.
const path = require('path');
const { EventEmitter } = require('events');
const util = require('util');
const fs = require('fs');

const data = JSON.parse(fs.readFileSync(path.join(__dirname, 'data.json'), 'utf8'));
const bus = new EventEmitter();
bus.on('tick', (n) => console.log(`tick ${n}:`, util.inspect(data.items[n % data.items.length])));

let n = 0;
const timer = setInterval(() => {
  bus.emit('tick', n++);
  if (n === 3) {
    clearInterval(timer);
    Promise.resolve().then(() => console.log('done after', n, 'ticks; argv:', process.argv.slice(2)));
  }
}, 10);
process.on('exit', (code) => console.log('exit code', code));
