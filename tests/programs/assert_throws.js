'use strict';
const assert = require('assert');

function t(label, f) {
  try {
    f();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.name, e.code, e.generatedMessage, e.operator);
    console.log(e.message);
  }
}
class MyError extends Error {}
const thrower = (err) => () => { throw err; };

t('throws-none', () => assert.throws(() => {}));
t('throws-none-msg', () => assert.throws(() => {}, 'should throw'));
t('throws-none-class', () => assert.throws(() => {}, TypeError));
t('throws-none-class-msg', () => assert.throws(() => {}, TypeError, 'msg'));
t('throws-class-ok', () => assert.throws(thrower(new TypeError('x')), TypeError));
t('throws-class-wrong', () => assert.throws(thrower(new RangeError('boom')), TypeError));
t('throws-class-wrong-nomsg', () => assert.throws(thrower(new RangeError('')), TypeError));
t('throws-class-same-name', () => { class TypeError extends Error {} assert.throws(thrower(new TypeError('q')), globalThis.TypeError); });
t('throws-nonerror', () => assert.throws(thrower('str'), TypeError));
t('throws-regexp-ok', () => assert.throws(thrower(new Error('hello')), /hell/));
t('throws-regexp-bad', () => assert.throws(thrower(new Error('hello')), /bye/));
t('throws-obj-ok', () => assert.throws(thrower(new TypeError('hello')), { name: 'TypeError', message: 'hello' }));
t('throws-obj-regexp', () => assert.throws(thrower(new TypeError('hello')), { message: /ell/ }));
t('throws-obj-bad', () => assert.throws(thrower(new TypeError('hello')), { name: 'TypeError', message: 'bye' }));
t('throws-obj-bad-code', () => assert.throws(thrower(Object.assign(new Error('m'), { code: 'A' })), { code: 'B', message: 'm' }));
t('throws-obj-missing', () => assert.throws(thrower(new Error('m')), { code: 'X' }));
t('throws-obj-msg', () => assert.throws(thrower(new Error('m')), { code: 'X' }, 'custom'));
t('throws-empty-obj', () => assert.throws(thrower(new Error('m')), {}));
t('throws-error-instance', () => assert.throws(thrower(new TypeError('m')), new TypeError('m')));
t('throws-error-instance-bad', () => assert.throws(thrower(new TypeError('m')), new RangeError('m')));
t('throws-primitive-expected', () => assert.throws(thrower(5), 5));
t('throws-primitive-expected2', () => assert.throws(thrower(5), { a: 1 }));
t('throws-validate-fn', () => assert.throws(thrower(new Error('v')), (e) => e.message === 'v'));
t('throws-validate-fn-bad', () => assert.throws(thrower(new Error('v')), function check(e) { return 1; }));
t('throws-validate-arrow-bad', () => assert.throws(thrower(new Error('v')), (e) => false));
t('throws-custom-class', () => assert.throws(thrower(new MyError('mine')), MyError));
t('throws-bad-fn', () => assert.throws('not a fn'));
t('throws-bad-error-arg', () => assert.throws(thrower(new Error()), 5));
t('throws-ambiguous', () => assert.throws(thrower(new Error('same')), 'same'));
t('throws-ambiguous2', () => assert.throws(thrower('same'), 'same'));
t('throws-string-4', () => assert.throws(thrower(new Error('a')), 'b', 'c'));
t('doesNotThrow-ok', () => assert.doesNotThrow(() => 1));
t('doesNotThrow', () => assert.doesNotThrow(thrower(new Error('bad'))));
t('doesNotThrow-msg', () => assert.doesNotThrow(thrower(new Error('bad')), 'my msg'));
t('doesNotThrow-class-match', () => assert.doesNotThrow(thrower(new TypeError('bad')), TypeError));
t('doesNotThrow-class-other', () => assert.doesNotThrow(thrower(new TypeError('bad')), RangeError));
t('doesNotThrow-regexp', () => assert.doesNotThrow(thrower(new TypeError('bad')), /bad/, 'wat'));
t('doesNotThrow-bad-expected', () => assert.doesNotThrow(thrower(new TypeError('bad')), {}));

(async () => {
  async function at(label, f) {
    try {
      await f();
      console.log(label, 'ok');
    } catch (e) {
      console.log(label, e.name, e.code, e.generatedMessage, e.operator);
      console.log(e.message);
    }
  }
  await at('rejects-none', () => assert.rejects(Promise.resolve(1)));
  await at('rejects-none-fn', () => assert.rejects(async () => 1, Error));
  await at('rejects-ok', () => assert.rejects(Promise.reject(new TypeError('t')), TypeError));
  await at('rejects-wrong', () => assert.rejects(Promise.reject(new TypeError('t')), RangeError));
  await at('rejects-obj', () => assert.rejects(async () => { throw new Error('x'); }, { message: 'y' }));
  await at('rejects-not-promise', () => assert.rejects(() => 5));
  await at('rejects-bad-arg', () => assert.rejects(5));
  await at('doesNotReject-ok', () => assert.doesNotReject(Promise.resolve(2)));
  await at('doesNotReject', () => assert.doesNotReject(Promise.reject(new Error('no'))));
  await at('doesNotReject-fn', () => assert.doesNotReject(async () => { throw new Error('no2'); }, 'msg'));
  await at('rejects-sync-throw', () => assert.rejects(() => { throw new Error('sync'); }));
  const r = assert.rejects(Promise.reject(new Error('z')));
  console.log(r instanceof Promise);
  await r;
  console.log('done');
})();
