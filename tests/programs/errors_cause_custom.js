// error.cause, custom error classes, stack first lines, captureStackTrace.
const inner = new Error('inner problem');
const outer = new Error('outer problem', { cause: inner });
console.log('cause is inner:', outer.cause === inner);
console.log('cause message:', outer.cause.message);
console.log('has own cause:', Object.prototype.hasOwnProperty.call(outer, 'cause'));
console.log('no cause prop without option:', 'cause' in new Error('x'));
console.log('non-error cause:', new Error('x', { cause: 42 }).cause);

class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
  }
}
const he = new HttpError(404, 'not found');
console.log('instanceof HttpError:', he instanceof HttpError, 'instanceof Error:', he instanceof Error);
console.log('toString:', String(he));
console.log('stack first line:', he.stack.split('\n')[0]);
console.log('constructor name:', he.constructor.name, 'status:', he.status);

console.log('typeof Error.captureStackTrace:', typeof Error.captureStackTrace);
console.log('Error.stackTraceLimit:', Error.stackTraceLimit);
const obj = { message: 'custom obj' };
Error.captureStackTrace(obj);
console.log('captured stack is string:', typeof obj.stack);
console.log('captured first line:', obj.stack.split('\n')[0]);
console.log('new Error().stack first line:', JSON.stringify(new Error().stack.split('\n')[0]));
console.log('new Error("m").stack first line:', new Error('m').stack.split('\n')[0]);
console.log('TypeError stack:', new TypeError('tt').stack.split('\n')[0]);
const e2 = new Error('renamed');
e2.name = 'Renamed';
console.log('renamed after creation, stack keeps:', e2.stack.split('\n')[0], '| toString:', e2.toString());
console.log('second line starts with at:', /^\s+at /.test(new Error('x').stack.split('\n')[1]));
console.log('stack mentions this file:', new Error('x').stack.includes(__filename));

const agg = new AggregateError([new Error('a'), new Error('b')], 'many');
console.log('AggregateError:', agg.name, agg.message, agg.errors.length);
try {
  null.prop;
} catch (e) {
  console.log('TypeError name:', e.name, e instanceof TypeError);
}
try {
  undefinedVariable;
} catch (e) {
  console.log('ReferenceError:', e.name, e.message);
}
console.log('Error(...) without new:', Error('no new') instanceof Error);
console.log('Object.keys(error):', Object.keys(new Error('k')));
console.log('JSON of error:', JSON.stringify(new Error('j')));
