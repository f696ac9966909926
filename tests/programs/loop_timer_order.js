// Timers: equal delays keep insertion order, 0/negative/NaN behave like 1, shorter delays fire
// first. (Delays of different lengths are far apart so a slow main script cannot reorder them.)
const log = (s) => console.log(s);
setTimeout(() => log('300ms'), 300);
setTimeout(() => log('1ms a'), 1);
setTimeout(() => log('0ms (same list as 1ms)'), 0);
setTimeout(() => log('1ms b'), 1);
setTimeout(() => log('100ms a'), 100);
setTimeout(() => log('negative delay -> 1ms'), -5);
setTimeout(() => log('NaN delay -> 1ms'), NaN);
setTimeout(() => log('100ms b'), 100);
setTimeout(() => log('string "100" delay (same list as 100ms)'), '100');
setTimeout(() => log('200ms'), 200);
setTimeout(() => log('undefined delay -> 1ms'));
