// vm.Script options, compileFunction, timeouts that keep the program alive, errors.
const vm = require('vm');
const script = new vm.Script('count += 1; label + ":" + count', { filename: 'counter.js', lineOffset: 10 });
const ctx = vm.createContext({ count: 0, label: 'c' });
console.log(script.runInContext(ctx), script.runInContext(ctx), ctx.count);
console.log(script.runInNewContext({ count: 100, label: 'n' }));
try {
  new vm.Script('\n\nfoo)', { filename: 'broken.js', lineOffset: 4 });
} catch (e) {
  console.log(e.name, e.message, e.stack.split('\n').slice(0, 3));
}
try {
  vm.runInNewContext('\nnull.x', {}, { filename: 'rt.js' });
} catch (e) {
  console.log(e.name, e.stack.split('\n').slice(0, 3), e instanceof TypeError);
}
try {
  vm.runInNewContext('null.x', {}, { filename: 'quiet.js', displayErrors: false });
} catch (e) {
  console.log(e.stack.split('\n')[0]);
}
for (let i = 0; i < 2; i++) {
  try {
    vm.runInThisContext('for(;;){}', { timeout: 5 });
  } catch (e) {
    console.log(i, e.code, e.message);
  }
}
let ran = false;
setTimeout(() => { ran = true; console.log('timer after timeout ran', ran); }, 1);
console.log(vm.runInNewContext('[1,2,3].map(x => x * k)', { k: 2 }));
const f = vm.compileFunction('return [this === undefined, typeof a, typeof extra]', ['a'], { contextExtensions: [{ extra: 1 }] });
console.log(f.call(undefined, 1), f.name, f.length);
try { vm.compileFunction('return (', [], { filename: 'cf.js' }); } catch (e) { console.log(e.name, e.message); }
try { vm.compileFunction(1); } catch (e) { console.log(e.code, e.message); }
try { vm.compileFunction('', [1]); } catch (e) { console.log(e.code, e.message); }
try { vm.compileFunction('', [], { parsingContext: {} }); } catch (e) { console.log(e.code, e.message); }
try { new vm.Script('1', { filename: 5 }); } catch (e) { console.log(e.code, e.message); }
try { new vm.Script('1').runInThisContext({ timeout: -1 }); } catch (e) { console.log(e.code, e.message); }
console.log(typeof vm.Script, vm.createScript('1') instanceof vm.Script, Object.keys(vm).sort().join());
console.log(vm.constants, Object.getPrototypeOf(vm.constants));
const shared = { items: [] };
vm.runInNewContext('items.push(typeof items, Array.isArray(items)); out = { a: 1 }', shared);
console.log(shared.items, shared.out, shared.out instanceof Object);
console.log(vm.runInNewContext('Object.getOwnPropertyNames(globalThis).includes("Array")'));
console.log(vm.runInNewContext('this.self = this; self === globalThis'), vm.runInNewContext('typeof setTimeout + typeof queueMicrotask'));
