// clearTimeout / clearImmediate cancel; clearing invalid handles is a no-op.
const t1 = setTimeout(() => console.log('never: cleared timeout'), 0);
clearTimeout(t1);
const im = setImmediate(() => console.log('never: cleared immediate'));
clearImmediate(im);
clearTimeout(undefined);
clearTimeout(null);
clearTimeout(12345678);
clearTimeout({});
clearInterval('nope');
clearImmediate(undefined);
console.log('invalid clears did not throw');
const t2 = setTimeout(() => {
  console.log('t2 fired');
  clearTimeout(t2); // already fired: no-op
  clearTimeout(t3); // cancels t3 from an earlier timer callback
}, 1);
const t3 = setTimeout(() => console.log('never: t3 cleared by t2'), 100);
// clear from a sibling in the same list
let t7;
setTimeout(() => { console.log('t6 fired, clearing t7'); clearTimeout(t7); }, 10);
t7 = setTimeout(() => console.log('never: t7'), 10);
setTimeout(() => console.log('t4 fired'), 200);
// clearing via the primitive id
const t5 = setTimeout(() => console.log('never: t5 cleared by id'), 5);
const id = +t5;
console.log('id is number:', typeof id);
clearTimeout(id);
