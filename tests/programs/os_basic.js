const os = require('os');
console.log(os.EOL === '\n', os.platform(), os.type(), os.arch(), os.endianness(), os.devNull);
console.log(typeof os.hostname(), typeof os.release(), Array.isArray(os.cpus()), os.cpus().length > 0);
console.log(os.availableParallelism() >= 1, os.totalmem() > 0, typeof os.freemem(), typeof os.uptime());
console.log(os.constants.signals.SIGTERM, os.constants.errno.ENOENT, os.constants.priority.PRIORITY_HIGH);
console.log(Object.keys(os).join(' '));
console.log(os.tmpdir(), typeof os.homedir(), Object.keys(os.userInfo()).join());
console.log(os.loadavg().length, typeof os.networkInterfaces());
try { os.getPriority('x') } catch (e) { console.log(e.code) }
