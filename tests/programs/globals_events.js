// EventTarget / Event / AbortController basics.
const et = new EventTarget();
const order = [];
function h1(e) { order.push('h1:' + e.type); }
et.addEventListener('ping', h1);
et.addEventListener('ping', h1); // duplicate ignored
et.addEventListener('ping', { handleEvent(e) { order.push('obj:' + (this !== et)); } });
et.addEventListener('ping', () => order.push('once'), { once: true });
const ev = new Event('ping', { cancelable: true });
console.log('dispatch returned:', et.dispatchEvent(ev));
et.dispatchEvent(new Event('ping'));
console.log('order:', order.join(' '));
console.log('event props:', ev.type, ev.cancelable, ev.defaultPrevented, ev.bubbles, typeof ev.timeStamp);
et.addEventListener('cancel-me', (e) => e.preventDefault());
console.log('preventDefault -> dispatch false:', et.dispatchEvent(new Event('cancel-me', { cancelable: true })));
et.removeEventListener('ping', h1);
order.length = 0;
et.dispatchEvent(new Event('ping'));
console.log('after remove:', order.join(' '));
class MyTarget extends EventTarget {}
const mt = new MyTarget();
mt.addEventListener('x', (e) => console.log('subclass target ok:', e.target === mt, e.currentTarget === mt));
mt.dispatchEvent(new Event('x'));
console.log('CustomEvent detail:', new CustomEvent('c', { detail: { n: 1 } }).detail);

const ac = new AbortController();
const sig = ac.signal;
console.log('aborted before:', sig.aborted, sig.reason);
sig.addEventListener('abort', (e) => console.log('abort event:', e.type, sig.aborted));
sig.onabort = () => console.log('onabort called');
ac.abort('my reason');
console.log('aborted after:', sig.aborted, sig.reason);
ac.abort('second abort ignored');
console.log('reason unchanged:', sig.reason);
const ac2 = new AbortController();
ac2.abort();
console.log('default reason:', ac2.signal.reason.name, ac2.signal.reason instanceof DOMException);
try {
  ac2.signal.throwIfAborted();
} catch (e) {
  console.log('throwIfAborted:', e.name);
}
const pre = AbortSignal.abort('pre');
console.log('AbortSignal.abort:', pre.aborted, pre.reason);
const any = AbortSignal.any([new AbortController().signal, pre]);
console.log('AbortSignal.any:', any.aborted, any.reason);
