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

t('equal', () => assert.equal(1, 2));
t('equal-nan', () => assert.equal(NaN, NaN));
t('equal-coerce', () => assert.equal('1', 1));
t('notEqual', () => assert.notEqual(1, '1'));
t('strictEqual', () => assert.strictEqual(1, 2));
t('strictEqual-custom', () => assert.strictEqual(1, 2, 'custom message'));
t('strictEqual-error-msg', () => assert.strictEqual(1, 2, new TypeError('mine')));
t('strictEqual-strings', () => assert.strictEqual('hello world foo', 'hello world bar'));
t('strictEqual-short-strings', () => assert.strictEqual('abc', 'abd'));
t('strictEqual-zero', () => assert.strictEqual(0, -0));
t('strictEqual-objects', () => assert.strictEqual({ a: 1 }, { a: 1 }));
t('strictEqual-objects-diff', () => assert.strictEqual({ a: 1 }, { a: 2 }));
t('strictEqual-fn', () => assert.strictEqual(function a() {}, function b() {}));
t('strictEqual-multiline', () => assert.strictEqual('a\nb\nc', 'a\nB\nc'));
t('strictEqual-long', () => assert.strictEqual('x'.repeat(50), 'x'.repeat(49) + 'y'));
t('strictEqual-very-long', () => assert.strictEqual('x'.repeat(100), 'y'.repeat(100)));
t('strictEqual-types', () => assert.strictEqual(1, '1'));
t('strictEqual-undefined-null', () => assert.strictEqual(undefined, null));
t('notStrictEqual', () => assert.notStrictEqual(1, 1));
t('notStrictEqual-long', () => assert.notStrictEqual('long string here', 'long string here'));
t('notStrictEqual-obj', () => { const o = { a: 1, b: 'x' }; assert.notStrictEqual(o, o); });
t('deepEqual', () => assert.deepEqual({ a: 1 }, { a: 2 }));
t('deepEqual-ok', () => assert.deepEqual({ a: 1 }, { a: '1' }));
t('notDeepEqual', () => assert.notDeepEqual({ a: 1 }, { a: 1 }));
t('notDeepEqual-unequal-render', () => assert.notDeepEqual({ a: 1 }, { a: '1' }));
t('deepStrictEqual', () => assert.deepStrictEqual({ a: 1, b: [1, 2] }, { a: 1, b: [1, 3] }));
t('deepStrictEqual-proto', () => assert.deepStrictEqual(Object.create(null), {}));
t('deepStrictEqual-same-render', () => assert.deepStrictEqual([1, 2, 3], [1, 2, 3, ]));
t('deepStrictEqual-array', () => assert.deepStrictEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13]));
t('deepStrictEqual-big', () => {
  const a = {}; const b = {};
  for (let i = 0; i < 30; i++) { a['k' + i] = i; b['k' + i] = i; }
  b.k15 = 'changed';
  b.k28 = 'x';
  assert.deepStrictEqual(a, b);
});
t('deepStrictEqual-nested', () => assert.deepStrictEqual(
  { user: { name: 'a', tags: ['x', 'y'], meta: new Map([['k', 1]]) } },
  { user: { name: 'a', tags: ['x', 'z'], meta: new Map([['k', 2]]) } }));
t('deepStrictEqual-set', () => assert.deepStrictEqual(new Set([1, 2]), new Set([1, 3])));
t('deepStrictEqual-prim-obj', () => assert.deepStrictEqual(1, { a: 1 }));
t('deepStrictEqual-errors', () => assert.deepStrictEqual(new Error('a'), new Error('b')));
t('deepStrictEqual-dates', () => assert.deepStrictEqual(new Date(0), new Date(1)));
t('deepStrictEqual-custom', () => assert.deepStrictEqual({ a: 1 }, { a: 2 }, 'they differ'));
t('notDeepStrictEqual', () => assert.notDeepStrictEqual({ a: 1 }, { a: 1 }));
t('notDeepStrictEqual-prim', () => assert.notDeepStrictEqual(5, 5));
t('ok-false', () => assert.ok(false));
t('ok-zero', () => assert(0));
t('ok-noargs', () => assert.ok());
t('ok-msg', () => assert.ok(false, 'nope'));
t('ok-err', () => assert.ok(false, new RangeError('range')));
t('ok-expr', () => { const x = null; assert(x && x.y, undefined); });
t('ok-strict', () => assert.strict(''));
t('ok-multiline', () => assert.ok(
  typeof 123 === 'string'
));
t('fail', () => assert.fail());
t('fail-msg', () => assert.fail('boom'));
t('fail-err', () => assert.fail(new TypeError('te')));
t('match', () => assert.match('abc', /x/));
t('match-nonstring', () => assert.match(123, /x/));
t('match-bad-regexp', () => assert.match('abc', 'x'));
t('doesNotMatch', () => assert.doesNotMatch('abc', /b/));
t('ifError', () => assert.ifError(new Error('e1')));
t('ifError-str', () => assert.ifError('oops'));
t('ifError-null', () => assert.ifError(null));
t('ifError-empty-message', () => assert.ifError(new TypeError('')));
t('missing-args', () => assert.strictEqual(1));
t('strict-equal-is-strict', () => assert.strict.equal(1, '1'));
t('strict-deepEqual', () => assert.strict.deepEqual([1], ['1']));
t('assert/strict', () => require('assert/strict').equal(2, '2'));
console.log(require('assert/strict') === assert.strict, assert.strict.strict === assert.strict, assert.ok === assert);
console.log(Object.keys(assert).join(','));

const e = new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
console.log(e.message, e.name, e.code, e.generatedMessage, String(e));
console.log(e instanceof Error, Object.keys(e).join(','));
const e2 = new assert.AssertionError({ message: 'custom', actual: 'a', expected: 'b', operator: 'foo' });
console.log(e2.message, e2.generatedMessage);
try { new assert.AssertionError(); } catch (err) { console.log(err.code, err.message); }
const { inspect } = require('util');
console.log(inspect(new assert.AssertionError({ actual: 'x'.repeat(600), expected: 1, operator: 'strictEqual' })).split('\n').filter((l) => !l.includes('    at ')).join('\n').slice(-300));
