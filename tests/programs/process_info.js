// Static facts about the process object.
console.log('platform:', process.platform);
console.log('typeof pid:', typeof process.pid, Number.isInteger(process.pid) && process.pid > 0);
console.log('typeof ppid:', typeof process.ppid);
console.log('typeof arch:', typeof process.arch);
console.log('version:', process.version);
console.log('version matches versions.node:', process.version === 'v' + process.versions.node);
console.log('versions.node starts with 22.:', process.versions.node.startsWith('22.'));
console.log('typeof versions.v8:', typeof process.versions.v8);
console.log('release.name:', process.release.name);
console.log('memoryUsage keys:', Object.keys(process.memoryUsage()).sort().join(','));
const mu = process.memoryUsage();
console.log('memoryUsage values are numbers:', Object.values(mu).every((v) => typeof v === 'number'));
console.log('typeof memoryUsage.rss():', typeof process.memoryUsage.rss());
console.log('typeof process.title:', typeof process.title);
console.log('toString tag:', Object.prototype.toString.call(process));
console.log('process is EventEmitter:', process instanceof require('events'));
console.log('typeof process.emitWarning:', typeof process.emitWarning);
console.log('typeof process.umask:', typeof process.umask);
