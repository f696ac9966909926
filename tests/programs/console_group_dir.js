// console.group / dir / count / assert / log variants, and the warnings of
// console.time* / countReset / util.deprecate. The default warning handler
// prints the process id, so warnings are printed by a listener instead.
process.removeAllListeners('warning');
process.on('warning', (w) => {
  console.log(`warning event: ${w.name}: ${w.message}`);
});
console.log('start');
console.group('Group 1');
console.log('inside 1');
console.info('info inside 1');
console.group();
console.log('nested\nmultiline');
console.error({ a: 1, b: 'two' });
console.warn('warn nested');
console.groupEnd();
console.log('back in 1');
console.groupEnd();
console.groupEnd();
console.log('top level');
console.groupCollapsed('Collapsed', 1, { x: 2 });
console.debug('debug line');
console.dirxml({ a: 1 }, [2]);
console.group('deeper');
console.log(Array.from({ length: 30 }, (_, i) => i));
console.log({ a: { b: { c: { d: 1 } } } });
console.groupEnd();
console.groupEnd();

console.dir({ a: { b: { c: { d: 1 } } } });
console.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 });
console.dir({ a: { b: { c: { d: 1 } } } }, { depth: null });
console.dir({ [Symbol.for('nodejs.util.inspect.custom')]() { return 'C'; }, real: 1 });
console.dir('str');
console.dir();
console.dir([1, 2, 3], { colors: true });
console.dir(new Map([[1, { a: [1, 2] }]]), { compact: false });

console.count();
console.count();
console.count('x');
console.count('default');
console.countReset();
console.count();
console.count(1);
console.count('1');
console.countReset('x');
console.count('x');

console.assert(true, 'not printed');
console.assert(false);
console.assert(false, 'msg %s', 'arg');
console.assert(0, { a: 1 });
console.assert(null, 'a', 'b');
console.assert('', 5, 6);

const { log, error, group, groupEnd } = console;
group('detached');
log('detached log');
error('detached error');
groupEnd();
console.log('%s and %d', 'format', 42, 'extra', { obj: true });
console.error('err %o', { a: 1 });
console.warn(new Map([[1, 2]]), new Set(['a']));
console.info(Symbol('sym'), 10n, -0, null, undefined);
console.log(typeof console.time, typeof console.timeEnd, typeof console.timeLog, typeof console.trace, typeof console.clear);
console.log(Object.keys(console).filter((k) => typeof console[k] === 'function').sort().join(','));
console.clear();
console.log('end');

const util = require('util');
console.timeEnd('nope');
console.timeLog('missing', 'data');
console.timeEnd();
console.countReset('zz');
console.countReset();
console.time('dup');
console.time('dup');
console.group('warnings are printed after the synchronous output');
console.log('synchronous output comes first');
console.groupEnd();
const dep = util.deprecate(() => 'value', 'thing() is deprecated', 'DEP_TEST_1');
console.log(dep(), dep());
const dep2 = util.deprecate(function second() {}, 'second() is deprecated');
dep2();
dep2();
setTimeout(() => console.log('after timeout'), 1);
