// module.exports vs exports.
const s = require('./fixtures/exports_shorthand');
console.log('shorthand keys:', Object.keys(s));
console.log('values:', s.a, s.b(), s.c, 'same object:', s.sameObject, 'this === exports:', s.thisIsExports);
const r = require('./fixtures/exports_reassigned');
console.log('reassigned exports:', r);
const f = require('./fixtures/exports_function');
console.log('function export:', typeof f, f('world'), f.attached, 'ignored:', f.ignored);
console.log('primitive export:', require('./fixtures/exports_primitive'));
console.log('main module.exports initially:', module.exports, exports === module.exports);
module.exports = { replaced: true };
console.log('main module.exports replaced; exports unchanged:', exports, module.exports);
