'use strict';

// Deep equality for `assert` (deepEqual / deepStrictEqual / partialDeepStrictEqual), giving
// the same answers as Node 22: loose mode compares primitives with `==` and ignores prototypes
// and symbol keys; strict mode compares primitives with Object.is and checks prototypes;
// partial mode (strict, but only what `expected` contains) lets `actual` have more.

const { types, isError } = require('internal/inspect');

const {
  isAnyArrayBuffer,
  isArrayBufferView,
  isDate,
  isMap,
  isRegExp,
  isSet,
  isNativeError,
  isBoxedPrimitive,
  isNumberObject,
  isStringObject,
  isBooleanObject,
  isBigIntObject,
  isSymbolObject,
  isFloat16Array,
  isFloat32Array,
  isFloat64Array,
  isWeakMap,
  isWeakSet,
} = types;

const LOOSE = 0;
const STRICT = 1;
const PARTIAL = 2;

const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
const isEnumerable = (o, k) => Object.prototype.propertyIsEnumerable.call(o, k);
const toTag = (o) => Object.prototype.toString.call(o);

let knownCtors;
function wellKnownConstructors() {
  if (knownCtors !== undefined) return knownCtors;
  knownCtors = new Set([
    Array, ArrayBuffer, BigInt, BigInt64Array, BigUint64Array, Boolean, DataView, Date, Error,
    Float32Array, Float64Array, Function, Int16Array, Int32Array, Int8Array, Map, Number,
    Object, Promise, RegExp, Set, String, Symbol, Uint16Array, Uint32Array, Uint8Array,
    Uint8ClampedArray, WeakMap, WeakSet,
  ]);
  if (typeof globalThis.Float16Array === 'function') knownCtors.add(globalThis.Float16Array);
  try {
    knownCtors.add(require('buffer').Buffer);
  } catch {
    // no Buffer: nothing to add
  }
  return knownCtors;
}

function isURLLike(v) {
  return Boolean(v?.href && v.protocol && v.auth === undefined && v.path === undefined);
}

// Own property keys that are not array indices. Symbols are included unless `skipSymbols`.
function isIndexKey(key) {
  if (typeof key !== 'string' || key.length === 0 || key.length > 10) return false;
  const c = key.charCodeAt(0);
  if (c === 48) return key.length === 1;
  if (c < 49 || c > 57) return false;
  for (let i = 1; i < key.length; i++) {
    const d = key.charCodeAt(i);
    if (d < 48 || d > 57) return false;
  }
  return +key < 4294967295;
}

function nonIndexKeys(obj, skipSymbols) {
  const out = [];
  const names = Object.getOwnPropertyNames(obj);
  for (let i = 0; i < names.length; i++) {
    const k = names[i];
    if (!isIndexKey(k) && isEnumerable(obj, k)) out.push(k);
  }
  if (!skipSymbols) {
    const syms = Object.getOwnPropertySymbols(obj);
    for (let i = 0; i < syms.length; i++) {
      if (isEnumerable(obj, syms[i])) out.push(syms[i]);
    }
  }
  return out;
}

function bytesOf(view) {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function sameBytes(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

// `b`'s bytes appear, in order, within `a` (not necessarily contiguously).
function bytesContainInOrder(a, b) {
  if (a.length < b.length) return false;
  let pos = 0;
  for (let i = 0; i < b.length; i++) {
    while (!Object.is(a[pos], b[i])) {
      pos++;
      if (pos > a.length - b.length + i) return false;
    }
    pos++;
  }
  return true;
}

function boxedValuesEqual(a, b) {
  if (isNumberObject(a)) {
    return isNumberObject(b) && Object.is(Number.prototype.valueOf.call(a), Number.prototype.valueOf.call(b));
  }
  if (isStringObject(a)) {
    return isStringObject(b) && String.prototype.valueOf.call(a) === String.prototype.valueOf.call(b);
  }
  if (isBooleanObject(a)) {
    return isBooleanObject(b) && Boolean.prototype.valueOf.call(a) === Boolean.prototype.valueOf.call(b);
  }
  if (isBigIntObject(a)) {
    return isBigIntObject(b) && BigInt.prototype.valueOf.call(a) === BigInt.prototype.valueOf.call(b);
  }
  if (isSymbolObject(a)) {
    return isSymbolObject(b) && Symbol.prototype.valueOf.call(a) === Symbol.prototype.valueOf.call(b);
  }
  return false;
}

// The comparison state: the mode and, once a cycle is suspected, the set of objects being
// compared on the current path.
class Comparer {
  constructor(mode, trackCycles) {
    this.mode = mode;
    this.path = trackCycles ? new Set() : null;
  }

  equal(a, b) {
    if (a === b) return a !== 0 || Object.is(a, b) || this.mode === LOOSE;
    if (this.mode !== LOOSE) {
      if (typeof a === 'number') return a !== a && b !== b; // eslint-disable-line no-self-compare
      if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
    } else {
      if (a === null || typeof a !== 'object') {
        // eslint-disable-next-line eqeqeq, no-self-compare
        return (b === null || typeof b !== 'object') && (a == b || (a !== a && b !== b));
      }
      if (b === null || typeof b !== 'object') return false;
    }
    return this.objects(a, b);
  }

  prototypesMatch(a, b) {
    const ctor = a.constructor;
    if (wellKnownConstructors().has(ctor) || (ctor !== undefined && !hasOwn(a, 'constructor'))) {
      return ctor === b.constructor;
    }
    return Object.getPrototypeOf(a) === Object.getPrototypeOf(b);
  }

  sizesFit(lenA, lenB) {
    return lenA === lenB || (this.mode === PARTIAL && lenA > lenB);
  }

  objects(a, b) {
    const mode = this.mode;
    if (mode === STRICT && !this.prototypesMatch(a, b)) return false;
    const tag = toTag(a);
    if (tag !== toTag(b)) return false;

    if (Array.isArray(a)) {
      if (!Array.isArray(b) || !this.sizesFit(a.length, b.length)) return false;
      const keysB = nonIndexKeys(b, mode === LOOSE);
      if (mode !== PARTIAL && keysB.length !== nonIndexKeys(a, mode === LOOSE).length) return false;
      return this.keyed(a, b, 'array', keysB);
    }
    if (tag === '[object Object]') return this.keyed(a, b, 'plain');

    if (isDate(a)) {
      if (!isDate(b) || Date.prototype.getTime.call(a) !== Date.prototype.getTime.call(b)) return false;
    } else if (isRegExp(a)) {
      if (!isRegExp(b) || a.source !== b.source || a.flags !== b.flags || a.lastIndex !== b.lastIndex) return false;
    } else if (isArrayBufferView(a)) {
      if (!this.viewsEqual(a, b)) return false;
      const keysB = nonIndexKeys(b, mode === LOOSE);
      if (mode !== PARTIAL && keysB.length !== nonIndexKeys(a, mode === LOOSE).length) return false;
      return this.keyed(a, b, 'plain', keysB);
    } else if (isSet(a)) {
      if (!isSet(b) || !this.sizesFit(a.size, b.size)) return false;
      return this.keyed(a, b, 'set');
    } else if (isMap(a)) {
      if (!isMap(b) || !this.sizesFit(a.size, b.size)) return false;
      return this.keyed(a, b, 'map');
    } else if (isAnyArrayBuffer(a)) {
      if (!isAnyArrayBuffer(b)) return false;
      const ua = new Uint8Array(a);
      const ub = new Uint8Array(b);
      if (mode !== PARTIAL || a.byteLength === b.byteLength) {
        if (!sameBytes(ua, ub)) return false;
      } else if (!bytesContainInOrder(ua, ub)) {
        return false;
      }
    } else if (isError(a)) {
      if (!isError(b)) return false;
      for (const prop of ['message', 'name', 'cause', 'errors']) {
        if (isEnumerable(b, prop)) continue; // compared with the other own keys
        if (mode === PARTIAL && (b[prop] === undefined || (prop === 'message' && b[prop] === ''))) continue;
        if (!this.equal(a[prop], b[prop])) return false;
      }
      const bHasCause = hasOwn(b, 'cause');
      if (bHasCause !== hasOwn(a, 'cause') && (mode !== PARTIAL || bHasCause)) return false;
    } else if (isBoxedPrimitive(a)) {
      if (!boxedValuesEqual(a, b)) return false;
    } else if (Array.isArray(b) || isArrayBufferView(b) || isSet(b) || isMap(b) || isDate(b) ||
               isRegExp(b) || isAnyArrayBuffer(b) || isBoxedPrimitive(b) || isNativeError(b) ||
               b instanceof Error) {
      return false;
    } else if (isURLLike(a)) {
      if (!isURLLike(b) || a.href !== b.href) return false;
    } else if (isWeakMap(a) || isWeakSet(a)) {
      return false;
    }
    return this.keyed(a, b, 'plain');
  }

  viewsEqual(a, b) {
    const tagOf = (v) => Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get.call(v);
    if (tagOf(a) !== tagOf(b)) return false;
    if (this.mode === PARTIAL && a.byteLength !== b.byteLength) {
      return a.byteLength >= b.byteLength && bytesContainInOrder(bytesOf(a), bytesOf(b));
    }
    if (this.mode === LOOSE && (isFloat32Array(a) || isFloat64Array(a) || isFloat16Array(a))) {
      if (a.byteLength !== b.byteLength) return false;
      for (let i = 0; i < a.byteLength; i++) {
        if (a[i] !== b[i]) return false;
      }
      return true;
    }
    return a.byteLength === b.byteLength && sameBytes(bytesOf(a), bytesOf(b));
  }

  // Compare own enumerable keys, then (for arrays, sets and maps) the contents.
  keyed(a, b, kind, keysB) {
    const mode = this.mode;
    let keysA;
    if (keysB === undefined) {
      keysB = Object.keys(b);
      if (mode === PARTIAL) {
        const syms = Object.getOwnPropertySymbols(b);
        for (let i = 0; i < syms.length; i++) {
          if (isEnumerable(b, syms[i])) {
            if (!isEnumerable(a, syms[i])) return false;
            keysB.push(syms[i]);
          }
        }
      } else {
        keysA = Object.keys(a);
        if (keysA.length !== keysB.length) return false;
        if (mode === STRICT) {
          const symsA = Object.getOwnPropertySymbols(a);
          const symsB = Object.getOwnPropertySymbols(b);
          let count = 0;
          for (let i = 0; i < symsA.length; i++) {
            const s = symsA[i];
            if (isEnumerable(a, s)) {
              if (!isEnumerable(b, s)) return false;
              keysB.push(s);
              count++;
            } else if (isEnumerable(b, s)) {
              return false;
            }
          }
          if (symsA.length !== symsB.length || symsA.length === 0) {
            let enumB = 0;
            for (let i = 0; i < symsB.length; i++) if (isEnumerable(b, symsB[i])) enumB++;
            if (enumB !== count) return false;
          }
        }
      }
    }

    if (keysB.length === 0 &&
        (kind === 'plain' || (kind === 'array' && b.length === 0) ||
         ((kind === 'set' || kind === 'map') && b.size === 0))) {
      return true;
    }

    const path = this.path;
    if (path === null) return this.contents(a, b, kind, keysA, keysB);
    // Both sides already on the path: a cycle, which counts as equal.
    const before = path.size;
    path.add(a);
    path.add(b);
    if (path.size === before) return true;
    const result = this.contents(a, b, kind, keysA, keysB);
    path.delete(a);
    path.delete(b);
    return result;
  }

  contents(a, b, kind, keysA, keysB) {
    let i = 0;
    if (keysA !== undefined) {
      // Keys in the same order are compared directly.
      for (; i < keysB.length; i++) {
        const key = keysB[i];
        if (keysA[i] !== key) break;
        if (!this.equal(a[key], b[key])) return false;
      }
    }
    for (; i < keysB.length; i++) {
      const key = keysB[i];
      const desc = Object.getOwnPropertyDescriptor(a, key);
      if (!desc?.enumerable) return false;
      if (!this.equal(desc.value !== undefined ? desc.value : a[key], b[key])) return false;
    }
    if (kind === 'array') return this.mode === PARTIAL ? this.arrayContains(a, b) : this.arraysEqual(a, b);
    if (kind === 'set') return this.setsEqual(a, b);
    if (kind === 'map') return this.mapsEqual(a, b);
    return true;
  }

  arraysEqual(a, b) {
    for (let i = 0; i < a.length; i++) {
      const hasA = hasOwn(a, i);
      const hasB = hasOwn(b, i);
      if (hasA !== hasB) {
        // A hole only matches a hole.
        return false;
      }
      if (hasA && !this.equal(a[i], b[i])) return false;
    }
    return true;
  }

  // Partial: the elements of `b` appear in `a` in the same order.
  arrayContains(a, b) {
    const entriesA = Object.keys(a).filter(isIndexKey);
    const entriesB = Object.keys(b).filter(isIndexKey);
    if (entriesA.length < entriesB.length) return false;
    let pos = 0;
    for (let i = 0; i < entriesB.length; i++) {
      while (!this.equal(a[entriesA[pos]], b[entriesB[i]])) {
        pos++;
        if (pos > entriesA.length - entriesB.length + i) return false;
      }
      pos++;
    }
    return true;
  }

  // Loose mode: can `prim` (a value of b missing from a) still match something loosely?
  loosePrimitiveMayMatch(a, b, prim) {
    switch (typeof prim) {
      case 'undefined':
        return !b.has(null) && a.has(null);
      case 'object': // null
        return !b.has(undefined) && a.has(undefined);
      case 'symbol':
        return false;
      case 'string':
        return !Number.isNaN(+prim);
      case 'number':
        return !Number.isNaN(prim);
      default:
        return true;
    }
  }

  takeMatch(pending, test) {
    for (let i = 0; i < pending.length; i++) {
      if (test(pending[i])) {
        pending.splice(i, 1);
        return true;
      }
    }
    return false;
  }

  setsEqual(a, b) {
    const mode = this.mode;
    let pending;
    for (const val of b) {
      if (a.has(val)) continue;
      if ((typeof val !== 'object' || val === null) &&
          (mode !== LOOSE || !this.loosePrimitiveMayMatch(a, b, val))) {
        return false;
      }
      (pending ??= []).push(val);
    }
    if (pending === undefined) return true;
    for (const val of a) {
      if (b.has(val)) continue;
      if (mode === STRICT && (typeof val !== 'object' || val === null)) return false;
      if (this.takeMatch(pending, (other) => this.equal(val, other))) {
        if (mode === PARTIAL && pending.length === 0) return true;
        continue;
      }
      if (mode !== PARTIAL) return false;
    }
    return pending.length === 0;
  }

  mapsEqual(a, b) {
    const mode = this.mode;
    let pending;
    for (const [key, item] of b) {
      if (typeof key === 'object' && key !== null) {
        (pending ??= []).push(key);
        continue;
      }
      const itemA = a.get(key);
      if ((itemA === undefined && !a.has(key)) || !this.equal(itemA, item)) {
        if (mode !== LOOSE) return false;
        if (!this.looseKeyMayMatch(a, b, key, item)) return false;
        (pending ??= []).push(key);
      }
    }
    if (pending === undefined) return true;
    for (const [key, item] of a) {
      if (typeof key !== 'object' || key === null) {
        if (b.has(key)) {
          if (mode !== LOOSE || this.equal(item, b.get(key))) continue;
        } else if (mode === STRICT) {
          return false;
        } else if (mode === PARTIAL) {
          continue;
        }
      }
      const found = this.takeMatch(pending, (other) => this.equal(key, other) && this.equal(item, b.get(other)));
      if (found) {
        if (mode === PARTIAL && pending.length === 0) return true;
        continue;
      }
      if (mode !== PARTIAL) return false;
    }
    return pending.length === 0;
  }

  looseKeyMayMatch(a, b, key, item) {
    let alt;
    switch (typeof key) {
      case 'undefined': alt = null; break;
      case 'object': alt = undefined; break; // null
      case 'symbol': return false;
      case 'string': return !Number.isNaN(+key);
      case 'number': return !Number.isNaN(key);
      default: return true;
    }
    const itemA = a.get(alt);
    if ((itemA === undefined && !a.has(alt)) || !this.equal(itemA, item)) return false;
    return !b.has(alt);
  }
}

// Paths are tracked only once a comparison has failed with an exception (a cycle overflows
// the stack); from then on every comparison tracks them.
let trackCycles = false;
function compare(a, b, mode) {
  if (trackCycles) return new Comparer(mode, true).equal(a, b);
  try {
    return new Comparer(mode, false).equal(a, b);
  } catch {
    trackCycles = true;
    return new Comparer(mode, true).equal(a, b);
  }
}

module.exports = {
  isDeepEqual: (a, b) => compare(a, b, LOOSE),
  isDeepStrictEqual: (a, b) => compare(a, b, STRICT),
  isPartialStrictEqual: (a, b) => compare(a, b, PARTIAL),
};
