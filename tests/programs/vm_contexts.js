const vm = require('vm');
console.log(vm.runInNewContext('typeof console + typeof globalThis.process + typeof require + Object.keys(globalThis)', { a: 1 }));
const sb = { x: 1 }; vm.createContext(sb);
vm.runInContext('var y = 2; x = 5; function f(){}; z = 3', sb); console.log(sb, Object.keys(sb));
try { vm.runInNewContext('while(true){}', {}, { timeout: 20 }); } catch (e) { console.log(e.code, e.message, e.name, Object.keys(e)); }
console.log(vm.runInNewContext('this.constructor.name'), vm.runInNewContext('this.constructor.constructor("return typeof process")()'));
console.log(vm.runInThisContext('typeof require'), vm.isContext(sb), vm.isContext({}));
try { new vm.Script('let x = ;\n', { filename: 'a.js' }); } catch (e) { console.log(e.stack.split('\n').slice(0, 5)); }
try { vm.runInNewContext('throw new Error("boom")', {}, { filename: 'b.js' }); } catch (e) { console.log(e.stack.split('\n').slice(0, 6), e instanceof Error); }
const s = new vm.Script('n = (typeof n === "number" ? n : 0) + 1');
const c1 = vm.createContext({}); s.runInContext(c1); s.runInContext(c1); console.log(c1);
console.log(vm.runInNewContext('Array') === Array, vm.runInNewContext('[]') instanceof Array);
const fn = vm.compileFunction('return a + b + c', ['a', 'b'], { contextExtensions: [{ c: 10 }] }); console.log(fn(1, 2));
const fn2 = vm.compileFunction('return typeof process + q', [], { parsingContext: vm.createContext({ q: 'Q' }) }); console.log(fn2());
console.log(vm.runInContext('globalThis.w = 7; delete x; typeof x', sb), sb);
const g = vm.createContext(vm.constants.DONT_CONTEXTIFY); console.log(vm.runInContext('var zz = 1; typeof zz', g), g.zz, vm.isContext(g));
try { vm.createContext(1); } catch (e) { console.log(e.code, e.message); }
try { vm.runInContext('1', {}); } catch (e) { console.log(e.code, e.message); }
try { vm.runInNewContext('1', {}, { timeout: 0 }); } catch (e) { console.log(e.code, e.message); }
console.log(vm.runInNewContext('x + 1', { x: 41 }, 'file.js'), vm.runInNewContext('undefined = 5; NaN = 1; typeof undefined + NaN', {}));
