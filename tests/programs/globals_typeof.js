// typeof of globals node provides.
const names = [
  'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate',
  'queueMicrotask', 'structuredClone', 'atob', 'btoa', 'TextEncoder', 'TextDecoder', 'URL',
  'URLSearchParams', 'console', 'process', 'global', 'globalThis', 'AbortController', 'AbortSignal',
  'EventTarget', 'Event', 'Buffer', 'require', 'module', 'exports', '__filename', '__dirname',
  'performance', 'DOMException', 'Promise', 'WeakRef', 'FinalizationRegistry', 'SharedArrayBuffer',
  'Atomics', 'WebAssembly', 'Intl', 'BigInt', 'Symbol', 'Proxy', 'Reflect', 'JSON', 'Math',
  'escape', 'unescape', 'eval', 'undefinedThing',
];
for (const n of names) {
  let t;
  try { t = typeof eval(n); } catch (e) { t = 'throws ' + e.name; }
  console.log(n.padEnd(22), t);
}
console.log('global === globalThis:', global === globalThis);
console.log('globalThis.global === global:', globalThis.global === global);
console.log('require not on globalThis:', 'require' in globalThis, '__filename' in globalThis);
console.log('process on globalThis:', globalThis.process === process);
console.log('console on globalThis:', globalThis.console === console);
console.log('top-level var not global:', (function () { return typeof globalThis.localVar; })());
var localVar = 1;
globalThis.myGlobal = 'set';
console.log('implicit global lookup:', myGlobal);
console.log('this at top level is exports:', this === module.exports);
console.log('Symbol.toStringTag of globalThis:', Object.prototype.toString.call(globalThis));
