// The bridge bootstrap. Evaluated once, into the startup snapshot, as a function of:
//   natives — { syscall, syscallAsync, compileFunction, promiseState, proxyDetails }
//   modules — { <builtin name>: function (exports, require, module, internalBinding) }
// It installs Node's globals and returns the hooks object the Rust event loop drives.
// Nothing here may read time, randomness or host state except through a syscall.
(function bootstrap(natives, modules) {
  'use strict';

  // Primordials: the syscall path uses these copies, taken before any user code runs, so a
  // program that replaces Object.keys or Promise.prototype.then cannot bend the bridge.
  const uncurryThis = Function.prototype.bind.bind(Function.prototype.call);
  const ObjectKeys = Object.keys;
  const ArrayIsArray = Array.isArray;
  const ArrayBufferIsView = ArrayBuffer.isView;
  const NumberIsInteger = Number.isInteger;
  const MathAbs = Math.abs;
  const BigIntCtor = BigInt;
  const StringFromCharCode = String.fromCharCode;
  const StringFromCharCodeApply = (units) => StringFromCharCode.apply(null, units);
  const PromisePrototypeThen = uncurryThis(Promise.prototype.then);
  const TypedArrayPrototypeSubarray = uncurryThis(Object.getPrototypeOf(Uint8Array.prototype).subarray);
  const TypedArrayPrototypeSet = uncurryThis(Object.getPrototypeOf(Uint8Array.prototype).set);
  const ArrayPrototypeJoin = uncurryThis(Array.prototype.join);
  const ArrayPrototypePush = uncurryThis(Array.prototype.push);
  const MapPrototypeGet = uncurryThis(Map.prototype.get);
  const MapPrototypeSet = uncurryThis(Map.prototype.set);
  const DataViewCtor = DataView;
  const Uint8ArrayCtor = Uint8Array;
  const syscallNative = natives.syscall;
  const syscallAsyncNative = natives.syscallAsync;

  const NODE_VERSION = '22.23.3';

  // ---------------------------------------------------------------- UTF-8
  function utf8Encode(str) {
    const n = str.length;
    let out = new Uint8ArrayCtor(n + (n >> 1) + 8);
    let p = 0;
    for (let i = 0; i < n; i++) {
      let c = str.charCodeAt(i);
      if (p + 4 > out.length) {
        const bigger = new Uint8ArrayCtor(out.length * 2 + 8);
        TypedArrayPrototypeSet(bigger, out);
        out = bigger;
      }
      if (c < 0x80) {
        out[p++] = c;
      } else if (c < 0x800) {
        out[p++] = 0xc0 | (c >> 6);
        out[p++] = 0x80 | (c & 63);
      } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n && (str.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        const c2 = str.charCodeAt(++i);
        const cp = 0x10000 + ((c - 0xd800) << 10) + (c2 - 0xdc00);
        out[p++] = 0xf0 | (cp >> 18);
        out[p++] = 0x80 | ((cp >> 12) & 63);
        out[p++] = 0x80 | ((cp >> 6) & 63);
        out[p++] = 0x80 | (cp & 63);
      } else {
        if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd; // lone surrogate
        out[p++] = 0xe0 | (c >> 12);
        out[p++] = 0x80 | ((c >> 6) & 63);
        out[p++] = 0x80 | (c & 63);
      }
    }
    return TypedArrayPrototypeSubarray(out, 0, p);
  }

  function utf8Decode(bytes, start = 0, end = bytes.length) {
    if (end - start >= 16) {
      const s = natives.utf8Decode(bytes, start, end);
      if (s !== undefined) return s;
    }
    const chunks = [];
    let units = [];
    let i = start;
    while (i < end) {
      const b = bytes[i];
      let cp = 0xfffd;
      let need = 0;
      let min = 0;
      if (b < 0x80) { cp = b; i++; }
      else {
        if (b >= 0xc2 && b <= 0xdf) { need = 1; cp = b & 0x1f; min = 0x80; }
        else if (b >= 0xe0 && b <= 0xef) { need = 2; cp = b & 0x0f; min = 0x800; }
        else if (b >= 0xf0 && b <= 0xf4) { need = 3; cp = b & 0x07; min = 0x10000; }
        else { i++; ArrayPrototypePush(units, 0xfffd); continue; }
        let j = 1;
        for (; j <= need; j++) {
          const c = bytes[i + j];
          if (i + j >= end || (c & 0xc0) !== 0x80) break;
          if (j === 1) {
            if (b === 0xe0 && c < 0xa0) break;
            if (b === 0xed && c > 0x9f) break;
            if (b === 0xf0 && c < 0x90) break;
            if (b === 0xf4 && c > 0x8f) break;
          }
          cp = (cp << 6) | (c & 0x3f);
        }
        if (j <= need || cp < min) { i += Math.max(1, j); ArrayPrototypePush(units, 0xfffd); continue; }
        i += need + 1;
      }
      if (cp > 0xffff) {
        cp -= 0x10000;
        ArrayPrototypePush(units, 0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
      } else {
        ArrayPrototypePush(units, cp);
      }
      if (units.length >= 8192) {
        ArrayPrototypePush(chunks, StringFromCharCodeApply(units));
        units = [];
      }
    }
    ArrayPrototypePush(chunks, StringFromCharCodeApply(units));
    return chunks.length === 1 ? chunks[0] : ArrayPrototypeJoin(chunks, '');
  }

  // ---------------------------------------------------------------- msgpack
  // One growing scratch buffer: the native entry point copies the request out before it
  // returns, so the same memory can serve every call.
  let scratch = new Uint8ArrayCtor(4096);
  let scratchView = new DataViewCtor(scratch.buffer);
  function msgpackEncode(value) {
    let buf = scratch;
    let view = scratchView;
    let p = 0;
    function ensure(n) {
      if (p + n <= buf.length) return;
      let size = buf.length * 2;
      while (size < p + n) size *= 2;
      const next = new Uint8ArrayCtor(size);
      TypedArrayPrototypeSet(next, TypedArrayPrototypeSubarray(buf, 0, p));
      buf = next;
      view = new DataViewCtor(buf.buffer);
      if (size <= 1 << 20) {
        scratch = buf;
        scratchView = view;
      }
    }
    function u8(x) { ensure(1); buf[p++] = x; }
    function write(v) {
      if (v === null || v === undefined) return u8(0xc0);
      if (v === false) return u8(0xc2);
      if (v === true) return u8(0xc3);
      switch (typeof v) {
        case 'number':
          if (NumberIsInteger(v) && MathAbs(v) <= Number.MAX_SAFE_INTEGER) {
            if (v >= 0) {
              if (v < 128) return u8(v);
              if (v < 0x100) { ensure(2); buf[p++] = 0xcc; buf[p++] = v; return; }
              if (v < 0x10000) { ensure(3); buf[p++] = 0xcd; view.setUint16(p, v); p += 2; return; }
              if (v < 0x100000000) { ensure(5); buf[p++] = 0xce; view.setUint32(p, v); p += 4; return; }
              ensure(9); buf[p++] = 0xcf; view.setBigUint64(p, BigIntCtor(v)); p += 8; return;
            }
            if (v >= -32) return u8(v & 0xff);
            if (v >= -128) { ensure(2); buf[p++] = 0xd0; view.setInt8(p, v); p += 1; return; }
            if (v >= -32768) { ensure(3); buf[p++] = 0xd1; view.setInt16(p, v); p += 2; return; }
            if (v >= -2147483648) { ensure(5); buf[p++] = 0xd2; view.setInt32(p, v); p += 4; return; }
            ensure(9); buf[p++] = 0xd3; view.setBigInt64(p, BigIntCtor(v)); p += 8; return;
          }
          ensure(9); buf[p++] = 0xcb; view.setFloat64(p, v); p += 8; return;
        case 'bigint':
          ensure(9);
          if (v >= 0n) { buf[p++] = 0xcf; view.setBigUint64(p, v); } else { buf[p++] = 0xd3; view.setBigInt64(p, v); }
          p += 8; return;
        case 'string': {
          if (v.length < 32) {
            // Short strings (keys, ops) are nearly always ASCII: write them in place.
            ensure(v.length + 1);
            let ascii = true;
            for (let i = 0; i < v.length; i++) {
              const c = v.charCodeAt(i);
              if (c >= 0x80) {
                ascii = false;
                break;
              }
              buf[p + 1 + i] = c;
            }
            if (ascii) {
              buf[p] = 0xa0 | v.length;
              p += v.length + 1;
              return;
            }
          }
          const b = utf8Encode(v);
          const n = b.length;
          if (n < 32) u8(0xa0 | n);
          else if (n < 0x100) { ensure(2); buf[p++] = 0xd9; buf[p++] = n; }
          else if (n < 0x10000) { ensure(3); buf[p++] = 0xda; view.setUint16(p, n); p += 2; }
          else { ensure(5); buf[p++] = 0xdb; view.setUint32(p, n); p += 4; }
          ensure(n); TypedArrayPrototypeSet(buf, b, p); p += n; return;
        }
        case 'object': {
          if (ArrayBufferIsView(v)) {
            const b = v instanceof Uint8ArrayCtor ? v : new Uint8ArrayCtor(v.buffer, v.byteOffset, v.byteLength);
            const n = b.length;
            if (n < 0x100) { ensure(2); buf[p++] = 0xc4; buf[p++] = n; }
            else if (n < 0x10000) { ensure(3); buf[p++] = 0xc5; view.setUint16(p, n); p += 2; }
            else { ensure(5); buf[p++] = 0xc6; view.setUint32(p, n); p += 4; }
            ensure(n); TypedArrayPrototypeSet(buf, b, p); p += n; return;
          }
          if (ArrayIsArray(v)) {
            const n = v.length;
            if (n < 16) u8(0x90 | n);
            else if (n < 0x10000) { ensure(3); buf[p++] = 0xdc; view.setUint16(p, n); p += 2; }
            else { ensure(5); buf[p++] = 0xdd; view.setUint32(p, n); p += 4; }
            for (let i = 0; i < n; i++) write(v[i]);
            return;
          }
          const all = ObjectKeys(v);
          const keys = [];
          for (let i = 0; i < all.length; i++) if (v[all[i]] !== undefined) ArrayPrototypePush(keys, all[i]);
          const n = keys.length;
          if (n < 16) u8(0x80 | n);
          else if (n < 0x10000) { ensure(3); buf[p++] = 0xde; view.setUint16(p, n); p += 2; }
          else { ensure(5); buf[p++] = 0xdf; view.setUint32(p, n); p += 4; }
          for (let i = 0; i < n; i++) { write(keys[i]); write(v[keys[i]]); }
          return;
        }
        default:
          throw new TypeError(`cannot encode a ${typeof v} in a syscall`);
      }
    }
    write(value);
    return TypedArrayPrototypeSubarray(buf, 0, p);
  }

  const keyCache = new Map();
  let keyCacheSize = 0;
  function msgpackDecode(bytes) {
    const view = new DataViewCtor(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let p = 0;
    function str(n) {
      if (n <= 16) {
        // Short ASCII strings (map keys, kinds) come from a cache: no new string per reply.
        let h = n;
        let ascii = true;
        for (let i = p; i < p + n; i++) {
          const c = bytes[i];
          if (c >= 0x80) {
            ascii = false;
            break;
          }
          h = (Math.imul(h, 31) + c) | 0;
        }
        if (ascii) {
          const hit = MapPrototypeGet(keyCache, h);
          if (hit !== undefined && hit.length === n) {
            let same = true;
            for (let i = 0; i < n; i++) {
              if (hit.charCodeAt(i) !== bytes[p + i]) {
                same = false;
                break;
              }
            }
            if (same) {
              p += n;
              return hit;
            }
          }
          let s = '';
          for (let i = p; i < p + n; i++) s += StringFromCharCode(bytes[i]);
          if (keyCacheSize < 1024) {
            MapPrototypeSet(keyCache, h, s);
            keyCacheSize++;
          }
          p += n;
          return s;
        }
      }
      const s = utf8Decode(bytes, p, p + n);
      p += n;
      return s;
    }
    // Replies are fresh buffers, so binary fields can share them instead of copying.
    function bin(n) { const b = TypedArrayPrototypeSubarray(bytes, p, p + n); p += n; return b; }
    function arr(n) { const a = new Array(n); for (let i = 0; i < n; i++) a[i] = read(); return a; }
    // Null-prototype maps: a setter planted on Object.prototype never sees a reply.
    function map(n) { const o = { __proto__: null }; for (let i = 0; i < n; i++) { const k = read(); o[k] = read(); } return o; }
    function read() {
      if (p >= bytes.length) throw new Error('truncated syscall reply');
      const t = bytes[p++];
      if (t < 0x80) return t;
      if (t < 0x90) return map(t & 15);
      if (t < 0xa0) return arr(t & 15);
      if (t < 0xc0) return str(t & 31);
      if (t >= 0xe0) return t - 256;
      let v;
      switch (t) {
        case 0xc0: return null;
        case 0xc2: return false;
        case 0xc3: return true;
        case 0xc4: v = bytes[p]; p += 1; return bin(v);
        case 0xc5: v = view.getUint16(p); p += 2; return bin(v);
        case 0xc6: v = view.getUint32(p); p += 4; return bin(v);
        case 0xca: v = view.getFloat32(p); p += 4; return v;
        case 0xcb: v = view.getFloat64(p); p += 8; return v;
        case 0xcc: return bytes[p++];
        case 0xcd: v = view.getUint16(p); p += 2; return v;
        case 0xce: v = view.getUint32(p); p += 4; return v;
        case 0xcf: v = Number(view.getBigUint64(p)); p += 8; return v;
        case 0xd0: v = view.getInt8(p); p += 1; return v;
        case 0xd1: v = view.getInt16(p); p += 2; return v;
        case 0xd2: v = view.getInt32(p); p += 4; return v;
        case 0xd3: v = Number(view.getBigInt64(p)); p += 8; return v;
        case 0xd9: v = bytes[p]; p += 1; return str(v);
        case 0xda: v = view.getUint16(p); p += 2; return str(v);
        case 0xdb: v = view.getUint32(p); p += 4; return str(v);
        case 0xdc: v = view.getUint16(p); p += 2; return arr(v);
        case 0xdd: v = view.getUint32(p); p += 4; return arr(v);
        case 0xde: v = view.getUint16(p); p += 2; return map(v);
        case 0xdf: v = view.getUint32(p); p += 4; return map(v);
        default: throw new Error(`unsupported msgpack type 0x${t.toString(16)} in syscall reply`);
      }
    }
    return read();
  }

  // ---------------------------------------------------------------- builtin modules
  const builtinCache = { __proto__: null };
  // Bridge modules that may reach the host (through the syscall entry point only).
  const hostModules = new Set(['internal/process', 'v8', 'internal/fs', 'internal/fs_watch', 'internal/crypto_binding', 'internal/zlib_binding', 'os']);
  let internalBinding;
  let isolateBinding;
  // Bindings for bridge modules that need an isolate-only helper but no host access.
  const restrictedBindings = {
    __proto__: null,
    vm: { natives: { vmCreateContext: natives.vmCreateContext, vmCompile: natives.vmCompile, vmRun: natives.vmRun, vmCompileFunction: natives.vmCompileFunction } },
  };

  const LAZY_MODULE = 0;
  const BUILTIN_PARAMS = ['exports', 'require', 'module', 'internalBinding'];
  function requireBuiltin(name) {
    const cached = builtinCache[name];
    if (cached !== undefined) return cached.exports;
    let fn = modules[name];
    if (fn === LAZY_MODULE) {
      // Left out of the snapshot (see the end of the bootstrap): compiled on first use from the
      // source built into the binary.
      const src = natives.builtinSource(name);
      if (typeof src === 'string') {
        fn = natives.compileFunction(src, `node:${name}`, BUILTIN_PARAMS);
        modules[name] = fn;
      }
    }
    if (typeof fn !== 'function') {
      const e = new Error(`No such built-in module: ${name}`);
      e.code = 'ERR_UNKNOWN_BUILTIN_MODULE';
      throw e;
    }
    const module = { exports: {}, id: name, loaded: false };
    builtinCache[name] = module;
    try {
      fn.call(module.exports, module.exports, requireBuiltin, module, hostModules.has(name) ? internalBinding : restrictedBindings[name] || isolateBinding);
    } catch (e) {
      delete builtinCache[name];
      throw e;
    }
    module.loaded = true;
    const init = onBuiltinLoad[name];
    if (init) init(module.exports);
    return module.exports;
  }

  // What pure JS cannot see (promise state, proxy internals, iterator contents), handed to
  // util.inspect when it is first loaded.
  const onBuiltinLoad = {
    'internal/abort'(abort) {
      // Event.timeStamp, like performance.now(), reads the clock syscall.
      if (typeof abort.setEventTimeStampSource === 'function') abort.setEventTimeStampSource(() => performance.now());
    },
    'internal/inspect'(insp) {
      insp.setHooks({
        getPromiseDetails(p) {
          const r = natives.promiseState(p);
          if (!r) return undefined;
          return { state: ['pending', 'fulfilled', 'rejected'][r[0]], result: r[1] };
        },
        getProxyDetails(p) {
          const r = natives.proxyDetails(p);
          return r ? { target: r[0], handler: r[1] } : undefined;
        },
        previewEntries(o) {
          return natives.previewEntries(o);
        },
        getConstructorName(o) {
          return natives.constructorName(o);
        },
      });
    },
  };

  function lazy(name) {
    let m;
    return () => m || (m = requireBuiltin(name));
  }
  const errors = lazy('internal/errors');
  const inspectMod = lazy('internal/inspect');

  // ---------------------------------------------------------------- syscalls
  function toSysError(e, displayPath, displayDest) {
    const { uvException } = errors();
    const ctx = { errno: e.errno, code: e.code, syscall: e.syscall };
    const path = displayPath !== undefined ? displayPath : e.path;
    if (path !== undefined && path !== null) ctx.path = path;
    const dest = displayDest !== undefined ? displayDest : e.dest;
    if (dest !== undefined && dest !== null) ctx.dest = dest;
    if (e.detail) ctx.message = e.detail;
    const err = uvException(ctx);
    if (Error.captureStackTrace) Error.captureStackTrace(err, sys);
    return err;
  }

  // sys(op, args, displayPath?) → reply value; throws a Node system error.
  function request(op, args) {
    const req = { __proto__: null, op };
    if (args) {
      const keys = ObjectKeys(args);
      for (let i = 0; i < keys.length; i++) req[keys[i]] = args[keys[i]];
    }
    return req;
  }

  function sys(op, args, displayPath, displayDest) {
    const reply = msgpackDecode(syscallNative(msgpackEncode(request(op, args))));
    if (reply.err) throw toSysError(reply.err, displayPath, displayDest);
    return reply.ok.v;
  }

  // sysAsync(op, args, displayPath?) → Promise of the reply value.
  function sysAsync(op, args, displayPath, displayDest, ref = true) {
    return PromisePrototypeThen(syscallAsyncNative(msgpackEncode(request(op, args)), ref), (bytes) => {
      const reply = msgpackDecode(bytes);
      if (reply.err) throw toSysError(reply.err, displayPath, displayDest);
      return reply.ok.v;
    });
  }

  internalBinding = { sys, sysAsync, utf8Encode, utf8Decode, natives: { compileFunction: natives.compileFunction, v8Serializer: natives.v8Serializer } };
  // What every bridge module may use: helpers that work on the isolate alone.
  isolateBinding = { utf8Decode: natives.utf8Decode };

  // ---------------------------------------------------------------- clock
  let loopNowMs = 0;
  let wallAtStart = 0;
  let monoAtStartNs = 0;
  function readClock() {
    return sys('clock.now');
  }
  function monoMs() {
    return readClock().mono_ns / 1e6;
  }
  function updateLoopTime() {
    loopNowMs = monoMs();
  }

  // ---------------------------------------------------------------- nextTick / microtasks
  let tickQueue = [];
  let tickHead = 0;

  function validateCallback(cb) {
    if (typeof cb !== 'function') {
      throw new (errors().codes.ERR_INVALID_ARG_TYPE)('callback', 'Function', cb);
    }
  }

  function nextTick(callback, ...args) {
    validateCallback(callback);
    if (process._exiting) return;
    tickQueue.push({ callback, args });
  }

  function processTicks() {
    while (tickHead < tickQueue.length) {
      const t = tickQueue[tickHead];
      tickQueue[tickHead++] = undefined;
      if (tickHead > 1024 && tickHead * 2 > tickQueue.length) {
        tickQueue = tickQueue.slice(tickHead);
        tickHead = 0;
      }
      const { callback, args } = t;
      switch (args.length) {
        case 0: callback(); break;
        case 1: callback(args[0]); break;
        default: callback(...args);
      }
      }
    tickQueue = [];
    tickHead = 0;
  }

  function hasTicks() {
    return tickHead < tickQueue.length;
  }

  const resolved = Promise.resolve();
  function queueMicrotask(callback) {
    if (typeof callback !== 'function') {
      throw new (errors().codes.ERR_INVALID_ARG_TYPE)('callback', 'function', callback);
    }
    resolved.then(() => {
      try {
        callback();
      } catch (e) {
        // As in Node: reported at once; if nothing handles it the process ends here, before
        // the remaining microtasks run.
        uncaught(e, natives.errorArrow(e), false);
      }
    });
  }

  // ---------------------------------------------------------------- timers
  const TIMEOUT_MAX = 2 ** 31 - 1;
  let timerSeq = 0;
  let timerId = 0;
  let refedTimers = 0;
  // Min-heap of { t, when, seq } ordered by (when, seq). A refreshed or rescheduled timer leaves
  // its old entry behind; an entry counts only while its seq is the timer's latest.
  const heap = [];

  function less(a, b) {
    return a.when < b.when || (a.when === b.when && a.seq < b.seq);
  }
  function heapPush(e) {
    heap.push(e);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!less(heap[i], heap[parent])) break;
      [heap[i], heap[parent]] = [heap[parent], heap[i]];
      i = parent;
    }
  }
  function heapPop() {
    const top = heap[0];
    const last = heap.pop();
    if (heap.length > 0) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && less(heap[l], heap[m])) m = l;
        if (r < heap.length && less(heap[r], heap[m])) m = r;
        if (m === i) break;
        [heap[i], heap[m]] = [heap[m], heap[i]];
        i = m;
      }
    }
    return top;
  }
  function heapPeek() {
    while (heap.length && (heap[0].t._destroyed || heap[0].seq !== heap[0].t._seq)) heapPop();
    return heap[0];
  }

  function coerceDelay(after) {
    after *= 1;
    if (!(after >= 1 && after <= TIMEOUT_MAX)) {
      if (after > TIMEOUT_MAX) {
        process.emitWarning(`${after} does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.`, 'TimeoutOverflowWarning');
      }
      after = 1;
    }
    return after;
  }

  class Timeout {
    constructor(callback, after, args, isRepeat, isRefed) {
      this._idleTimeout = coerceDelay(after);
      this._onTimeout = callback;
      this._timerArgs = args;
      this._repeat = isRepeat ? this._idleTimeout : null;
      this._destroyed = false;
      this._refed = isRefed;
      this._id = ++timerId;
      if (isRefed) refedTimers++;
      this._schedule(loopNowMs);
    }
    _schedule(start) {
      this._idleStart = start;
      this._seq = ++timerSeq;
      heapPush({ t: this, when: start + this._idleTimeout, seq: this._seq });
    }
    refresh() {
      // A cleared timer stays cleared; one that already fired is re-armed, as in Node.
      if (this._idleTimeout < 0) return this;
      revive(this);
      this._schedule(loopNowMs);
      return this;
    }
    unref() {
      if (this._refed) {
        this._refed = false;
        if (!this._destroyed) refedTimers--;
      }
      return this;
    }
    ref() {
      if (!this._refed) {
        this._refed = true;
        if (!this._destroyed) refedTimers++;
      }
      return this;
    }
    hasRef() {
      return this._refed;
    }
    close() {
      clearTimeout(this);
      return this;
    }
    [Symbol.toPrimitive]() {
      return this._id;
    }
    [Symbol.dispose]() {
      clearTimeout(this);
    }
  }
  const timersById = new Map();

  function unenroll(t) {
    if (!t || t._destroyed) return;
    t._destroyed = true;
    if (t._refed) refedTimers--;
    timersById.delete(t._id);
  }
  function revive(t) {
    if (!t._destroyed) return;
    t._destroyed = false;
    if (t._refed) refedTimers++;
    timersById.set(t._id, t);
  }

  function setTimeout(callback, after, ...args) {
    validateCallback(callback);
    const t = new Timeout(callback, after, args, false, true);
    timersById.set(t._id, t);
    return t;
  }
  function setInterval(callback, repeat, ...args) {
    validateCallback(callback);
    const t = new Timeout(callback, repeat, args, true, true);
    timersById.set(t._id, t);
    return t;
  }
  function clearTimeout(timer) {
    if (timer && timer._onTimeout) {
      unenroll(timer);
      timer._idleTimeout = -1;
      return;
    }
    if (typeof timer === 'number' || typeof timer === 'string') {
      const t = timersById.get(Number(timer));
      if (t) {
        unenroll(t);
        t._idleTimeout = -1;
      }
    }
  }
  const clearInterval = clearTimeout;

  // Run the next due timer; false when none is due.
  function runTimer() {
    const e = heapPeek();
    if (!e || e.when > loopNowMs) return false;
    heapPop();
    const t = e.t;
    if (t._repeat === null) unenroll(t);
    const args = t._timerArgs;
    try {
      if (args.length === 0) t._onTimeout();
      else t._onTimeout(...args);
    } finally {
      if (t._repeat !== null && !t._destroyed && t._seq === e.seq) {
        t._idleTimeout = t._repeat;
        t._schedule(loopNowMs);
      }
    }
    return true;
  }

  function nextTimerDelay() {
    const e = heapPeek();
    if (!e) return -1;
    return Math.max(0, e.when - monoMs());
  }

  // ---------------------------------------------------------------- immediates
  class Immediate {
    constructor(callback, args) {
      this._onImmediate = callback;
      this._argv = args;
      this._destroyed = false;
      this._refed = true;
      refedImmediates++;
    }
    ref() {
      if (!this._refed && !this._destroyed) {
        this._refed = true;
        refedImmediates++;
      }
      return this;
    }
    unref() {
      if (this._refed && !this._destroyed) {
        this._refed = false;
        refedImmediates--;
      }
      return this;
    }
    hasRef() {
      return this._refed;
    }
    [Symbol.dispose]() {
      clearImmediate(this);
    }
  }
  let refedImmediates = 0;
  let immediateQueue = [];
  let immediateBatch = [];
  let batchHead = 0;

  function setImmediate(callback, ...args) {
    validateCallback(callback);
    const im = new Immediate(callback, args);
    immediateQueue.push(im);
    return im;
  }
  function clearImmediate(im) {
    if (!im || im._destroyed || !(im instanceof Immediate)) return;
    im._destroyed = true;
    if (im._refed) refedImmediates--;
  }
  function startImmediates() {
    immediateBatch = immediateQueue;
    batchHead = 0;
    immediateQueue = [];
  }
  function runImmediate() {
    while (batchHead < immediateBatch.length) {
      const im = immediateBatch[batchHead++];
      if (im._destroyed) continue;
      im._destroyed = true;
      if (im._refed) refedImmediates--;
      const args = im._argv;
      if (args.length === 0) im._onImmediate();
      else im._onImmediate(...args);
      return true;
    }
    // Anything left in the batch (a callback threw) moves to the front of the queue.
    return false;
  }
  function hasImmediates() {
    return refedImmediates > 0 && immediateQueue.some((im) => !im._destroyed && im._refed);
  }

  // ---------------------------------------------------------------- globals
  const EventEmitter = requireBuiltin('events');

  function defineGlobal(name, value, enumerable = false) {
    Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable });
  }
  function defineLazyGlobal(name, get, enumerable = false) {
    Object.defineProperty(globalThis, name, {
      configurable: true,
      enumerable,
      get() {
        const v = get();
        Object.defineProperty(globalThis, name, { value: v, writable: true, configurable: true, enumerable });
        return v;
      },
      set(v) {
        Object.defineProperty(globalThis, name, { value: v, writable: true, configurable: true, enumerable });
      },
    });
  }

  defineGlobal('global', globalThis, true);
  defineGlobal('setTimeout', setTimeout, true);
  defineGlobal('clearTimeout', clearTimeout, true);
  defineGlobal('setInterval', setInterval, true);
  defineGlobal('clearInterval', clearInterval, true);
  defineGlobal('setImmediate', setImmediate, true);
  defineGlobal('clearImmediate', clearImmediate, true);
  defineGlobal('queueMicrotask', queueMicrotask, true);

  // Web globals are created on first use: a sandbox that never touches URL or Buffer does not
  // pay for them (the snapshot, and so every sandbox's heap, stays small).
  const has = (name) => modules[name] !== undefined;
  const encoding = () => requireBuiltin('internal/encoding');
  const url = () => requireBuiltin('internal/url');
  if (has('internal/encoding')) {
    defineLazyGlobal('TextEncoder', () => encoding().TextEncoder);
    defineLazyGlobal('TextDecoder', () => encoding().TextDecoder);
    defineLazyGlobal('atob', () => encoding().atob, true);
    defineLazyGlobal('btoa', () => encoding().btoa, true);
  }
  if (has('internal/url')) {
    defineLazyGlobal('URL', () => url().URL);
    defineLazyGlobal('URLSearchParams', () => url().URLSearchParams);
  }
  if (has('internal/structured_clone')) {
    defineLazyGlobal('structuredClone', () => requireBuiltin('internal/structured_clone').structuredClone, true);
  }
  if (has('internal/domexception')) {
    defineLazyGlobal('DOMException', () => {
      const d = requireBuiltin('internal/domexception');
      return d.DOMException || d;
    });
  }
  if (has('internal/abort')) {
    const abortMod = () => requireBuiltin('internal/abort');
    defineLazyGlobal('EventTarget', () => abortMod().EventTarget);
    defineLazyGlobal('Event', () => abortMod().Event);
    defineLazyGlobal('CustomEvent', () => abortMod().CustomEvent);
    // `events` keeps exactly Node's keys.
    for (const k of ['EventTarget', 'Event', 'CustomEvent']) delete EventEmitter[k];
    defineLazyGlobal('AbortController', () => requireBuiltin('internal/abort').AbortController);
    defineLazyGlobal('AbortSignal', () => requireBuiltin('internal/abort').AbortSignal);
  }
  if (has('stream/web')) {
    const webNames = ['ReadableStream', 'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader', 'ReadableStreamBYOBRequest', 'ReadableByteStreamController', 'ReadableStreamDefaultController', 'TransformStream', 'TransformStreamDefaultController', 'WritableStream', 'WritableStreamDefaultWriter', 'WritableStreamDefaultController', 'ByteLengthQueuingStrategy', 'CountQueuingStrategy', 'TextEncoderStream', 'TextDecoderStream'];
    for (const n of webNames) defineLazyGlobal(n, () => requireBuiltin('stream/web')[n]);
  }
  if (has('internal/crypto')) {
    defineLazyGlobal('crypto', () => requireBuiltin('internal/crypto').webcrypto);
    defineLazyGlobal('Crypto', () => requireBuiltin('internal/crypto').webcrypto.constructor);
    defineLazyGlobal('CryptoKey', () => requireBuiltin('internal/crypto').CryptoKey);
    defineLazyGlobal('SubtleCrypto', () => requireBuiltin('internal/crypto').SubtleCrypto);
  }
  if (has('buffer')) {
    defineLazyGlobal('Buffer', () => requireBuiltin('buffer').Buffer);
    defineLazyGlobal('Blob', () => requireBuiltin('buffer').Blob);
    defineLazyGlobal('File', () => requireBuiltin('buffer').File);
  }

  // ---------------------------------------------------------------- time globals
  // Date reads the wall clock through the clock syscall, so a recorded run replays it.
  const OrigDate = Date;
  const wallNow = () => readClock().wall_ms;
  function SandboxDate(...args) {
    if (new.target === undefined) return new OrigDate(Math.floor(wallNow())).toString();
    if (args.length === 0) return Reflect.construct(OrigDate, [Math.floor(wallNow())], new.target);
    return Reflect.construct(OrigDate, args, new.target);
  }
  Object.defineProperty(SandboxDate, 'name', { value: 'Date' });
  Object.defineProperty(SandboxDate, 'length', { value: 7 });
  SandboxDate.prototype = OrigDate.prototype;
  SandboxDate.now = function now() {
    return Math.floor(wallNow());
  };
  SandboxDate.parse = OrigDate.parse;
  SandboxDate.UTC = OrigDate.UTC;
  Object.defineProperty(OrigDate.prototype, 'constructor', { value: SandboxDate, writable: true, configurable: true, enumerable: false });
  const origDateToString = Function.prototype.toString.call(OrigDate);
  const fnToString = Function.prototype.toString;
  Function.prototype.toString = new Proxy(fnToString, {
    apply(target, self, args) {
      return Reflect.apply(target, self === SandboxDate ? OrigDate : self, args);
    },
  });
  void origDateToString;
  defineGlobal('Date', SandboxDate);

  // Math.random: xoshiro128** seeded once per run from the random.bytes syscall, so a recorded
  // run replays the same sequence.
  let rng = null;
  function rngNext() {
    const s0 = rng[0], s1 = rng[1], s2 = rng[2], s3 = rng[3];
    const r = Math.imul(((Math.imul(s1, 5) << 7) | (Math.imul(s1, 5) >>> 25)), 9) >>> 0;
    const t = s1 << 9;
    rng[2] = s2 ^ s0;
    rng[3] = s3 ^ s1;
    rng[1] = s1 ^ rng[2];
    rng[0] = s0 ^ rng[3];
    rng[2] ^= t;
    rng[3] = (rng[3] << 11) | (rng[3] >>> 21);
    return r;
  }
  function random() {
    if (rng === null) {
      const b = sys('random.bytes', { len: 16 });
      rng = new Uint32Array(b.buffer.slice(b.byteOffset, b.byteOffset + 16));
      if ((rng[0] | rng[1] | rng[2] | rng[3]) === 0) rng[0] = 1;
    }
    const hi = rngNext() >>> 5;
    const lo = rngNext() >>> 6;
    return (hi * 67108864 + lo) / 9007199254740992;
  }
  Object.defineProperty(Math, 'random', { value: random, writable: true, configurable: true, enumerable: false });

  let timeOriginMs = 0;
  // perf_hooks (js/lib/perf_hooks.js) owns `performance`; it reads the clock through these.
  restrictedBindings.perf_hooks = {
    now: () => monoMs() - startMonoMs,
    timeOrigin: () => timeOriginMs,
    setImmediate,
    setInterval,
    clearInterval,
  };
  const perfHooks = requireBuiltin('perf_hooks');
  const performance = perfHooks.performance;
  defineGlobal('performance', performance, true);
  for (const name of ['PerformanceEntry', 'PerformanceMark', 'PerformanceMeasure', 'PerformanceObserver', 'PerformanceObserverEntryList', 'PerformanceResourceTiming']) {
    defineGlobal(name, perfHooks[name]);
  }
  Object.defineProperty(globalThis, Symbol.toStringTag, { value: 'global', writable: false, enumerable: false, configurable: true });

  // ---------------------------------------------------------------- process
  function writeFd(fd, chunk) {
    const data = typeof chunk === 'string' ? utf8Encode(chunk) : chunk;
    sys('io.write', { fd, data });
  }

  class WriteStream extends EventEmitter {
    constructor(fd) {
      super();
      this.fd = fd;
      this.isTTY = false;
      this.writable = true;
      this._ended = false;
      this.writableEnded = false;
      this.writableFinished = false;
      this.writableHighWaterMark = 16384;
      this.writableLength = 0;
      this.writableObjectMode = false;
      this.destroyed = false;
      this._isStdio = true;
    }
    write(chunk, encoding, cb) {
      if (typeof encoding === 'function') {
        cb = encoding;
        encoding = undefined;
      }
      if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) {
        throw new (errors().codes.ERR_INVALID_ARG_TYPE)('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
      }
      if (this._ended) {
        const err = new (errors().codes.ERR_STREAM_WRITE_AFTER_END)();
        nextTick(() => {
          if (cb) cb(err);
          this.emit('error', err);
        });
        return false;
      }
      if (typeof chunk === 'string' && encoding && encoding !== 'utf8' && encoding !== 'utf-8' && globalThis.Buffer) {
        chunk = globalThis.Buffer.from(chunk, encoding);
      }
      writeFd(this.fd, chunk);
      if (cb) nextTick(cb, null);
      return true;
    }
    end(chunk, encoding, cb) {
      if (typeof chunk === 'function') {
        cb = chunk;
        chunk = undefined;
      } else if (typeof encoding === 'function') {
        cb = encoding;
        encoding = undefined;
      }
      if (chunk !== undefined && chunk !== null) this.write(chunk, encoding);
      // Node never closes the real stdout/stderr: end() marks the stream ended.
      this._ended = true;
      this.writableEnded = true;
      nextTick(() => {
        this.writableFinished = true;
        this.emit('finish');
        if (cb) cb();
      });
      return this;
    }
    cork() {}
    uncork() {}
    setDefaultEncoding() {
      return this;
    }
    destroy(err) {
      this.destroyed = true;
      this._ended = true;
      if (err) nextTick(() => this.emit('error', err));
      nextTick(() => this.emit('close'));
      return this;
    }
    getColorDepth() {
      return 1;
    }
    hasColors() {
      return false;
    }
  }

  class StdinStream extends EventEmitter {
    constructor() {
      super();
      this.fd = 0;
      this.isTTY = false;
      this.readable = true;
      this._encoding = null;
      this._flowing = null;
      this._reading = false;
      this._ended = false;
      this.readableEnded = false;
      this._buffered = [];
      this.on('newListener', (ev) => {
        if (ev === 'data' && this._flowing !== false) nextTick(() => this.resume());
        if (ev === 'readable' || ev === 'end') nextTick(() => this._startReading());
      });
    }
    setEncoding(enc) {
      this._encoding = enc || 'utf8';
      this._decoder = null;
      return this;
    }
    _decode(bytes) {
      if (!this._encoding) return globalThis.Buffer ? globalThis.Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) : bytes;
      const enc = String(this._encoding).toLowerCase();
      if ((enc === 'utf8' || enc === 'utf-8') && has('internal/encoding')) {
        if (!this._decoder) this._decoder = new (encoding().TextDecoder)('utf-8');
        return this._decoder.decode(bytes, { stream: true });
      }
      if (globalThis.Buffer) return globalThis.Buffer.from(bytes).toString(enc);
      return utf8Decode(bytes);
    }
    _startReading() {
      if (this._reading || this._ended) return;
      this._reading = true;
      const step = () => {
        sysAsync('io.read_stdin', { max: 65536 }).then(
          (bytes) => {
            if (bytes.length === 0) {
              this._reading = false;
              this._ended = true;
              this._finish();
              return;
            }
            const chunk = this._decode(bytes);
            if (this._flowing) this.emit('data', chunk);
            else {
              this._buffered.push(chunk);
              this.emit('readable');
            }
            step();
          },
          (err) => {
            this._reading = false;
            this.emit('error', err);
          },
        );
      };
      step();
    }
    _finish() {
      if (this._flowing || this._buffered.length === 0) {
        if (this._encoding && this._decoder) {
          const rest = this._decoder.decode();
          if (rest) this.emit('data', rest);
        }
        this.readableEnded = true;
        this.emit('end');
        this.emit('close');
      } else {
        this.emit('readable');
      }
    }
    read() {
      if (this._buffered.length === 0) {
        if (this._ended && !this.readableEnded) {
          nextTick(() => {
            if (!this.readableEnded) {
              this.readableEnded = true;
              this.emit('end');
              this.emit('close');
            }
          });
        }
        return null;
      }
      const chunks = this._buffered.splice(0);
      if (typeof chunks[0] === 'string') return chunks.join('');
      if (globalThis.Buffer) return globalThis.Buffer.concat(chunks);
      return chunks[0];
    }
    resume() {
      this._flowing = true;
      while (this._buffered.length) this.emit('data', this._buffered.shift());
      this._startReading();
      if (this._ended && !this.readableEnded) this._finish();
      return this;
    }
    pause() {
      this._flowing = false;
      return this;
    }
    isPaused() {
      return this._flowing === false;
    }
    pipe(dest) {
      this.on('data', (c) => dest.write(c));
      this.on('end', () => {
        if (!dest._isStdio && typeof dest.end === 'function') dest.end();
      });
      this.resume();
      return dest;
    }
    unref() {
      return this;
    }
    ref() {
      return this;
    }
    destroy() {
      this._ended = true;
      return this;
    }
    async *[Symbol.asyncIterator]() {
      const chunks = [];
      let done = false;
      let wake = null;
      this.on('data', (c) => {
        chunks.push(c);
        if (wake) wake();
      });
      this.on('end', () => {
        done = true;
        if (wake) wake();
      });
      for (;;) {
        if (chunks.length) yield chunks.shift();
        else if (done) return;
        else await new Promise((r) => (wake = r));
        wake = null;
      }
    }
  }

  const processProto = Object.create(EventEmitter.prototype, {
    constructor: { value: function process() {}, writable: true, configurable: true },
  });
  Object.defineProperty(processProto, Symbol.toStringTag, { value: 'process', configurable: true, writable: false, enumerable: false });
  const process = Object.create(processProto);
  EventEmitter.call(process);

  let exitCodeValue;
  let startMonoMs = 0;
  let envStore = { __proto__: null };
  let cwdCache = '/';
  let stdout;
  let stderr;
  let stdin;

  function validateExitCode(code) {
    if (code === undefined || code === null) return code;
    let n = code;
    if (typeof code === 'string' && code.trim() !== '' && Number.isInteger(+code)) n = +code;
    if (typeof n !== 'number') {
      throw new (errors().codes.ERR_INVALID_ARG_TYPE)('code', 'integer', code);
    }
    if (!Number.isInteger(n)) {
      throw new (errors().codes.ERR_OUT_OF_RANGE)('code', 'an integer', code);
    }
    return n;
  }

  function makeEnv() {
    return new Proxy(envStore, {
      get(target, key) {
        if (typeof key === 'symbol') return undefined;
        return target[key];
      },
      set(target, key, value) {
        if (typeof key === 'symbol') return true;
        if (typeof value === 'bigint' || typeof value === 'symbol') {
          throw new TypeError(`Cannot convert a ${typeof value === 'bigint' ? 'BigInt' : 'Symbol'} value to a string`);
        }
        target[key] = String(value);
        return true;
      },
      defineProperty(target, key, desc) {
        if ('value' in desc) target[key] = String(desc.value);
        return true;
      },
      deleteProperty(target, key) {
        delete target[key];
        return true;
      },
      has(target, key) {
        return typeof key === 'string' && key in target;
      },
      ownKeys(target) {
        return Reflect.ownKeys(target);
      },
      getOwnPropertyDescriptor(target, key) {
        if (!(key in target)) return undefined;
        return { value: target[key], writable: true, enumerable: true, configurable: true };
      },
    });
  }

  function hrtime(prev) {
    const ns = readClock().mono_ns;
    let sec = Math.floor(ns / 1e9);
    let nsec = ns - sec * 1e9;
    if (prev !== undefined) {
      if (!Array.isArray(prev)) throw new (errors().codes.ERR_INVALID_ARG_TYPE)('time', 'Array', prev);
      if (prev.length !== 2) throw new (errors().codes.ERR_OUT_OF_RANGE)('time', 2, prev.length);
      sec -= prev[0];
      nsec -= prev[1];
      if (nsec < 0) {
        sec -= 1;
        nsec += 1e9;
      }
    }
    return [sec, nsec];
  }
  hrtime.bigint = function bigint() {
    return BigInt(readClock().mono_ns);
  };

  function reallyExit(code) {
    // Terminates the isolate right after the reply: nothing after this line runs.
    sys('proc.exit', { code: code | 0 });
  }

  function exit(code) {
    if (code !== undefined) process.exitCode = code;
    if (!process._exiting) {
      process._exiting = true;
      process.emit('exit', Number(process.exitCode) || 0);
    }
    reallyExit(Number(process.exitCode) || 0);
  }

  let warningsEmitted = new Set();
  function emitWarning(warning, type, code, ctor) {
    let detail;
    if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
      ctor = type.ctor;
      code = type.code;
      if (typeof type.detail === 'string') detail = type.detail;
      type = type.type || 'Warning';
    } else if (typeof type === 'function') {
      ctor = type;
      code = undefined;
      type = 'Warning';
    }
    if (type !== undefined && typeof type !== 'string') {
      throw new (errors().codes.ERR_INVALID_ARG_TYPE)('type', 'string', type);
    }
    if (typeof code === 'function') {
      ctor = code;
      code = undefined;
    }
    if (typeof warning === 'string') {
      const w = new Error(warning);
      w.name = String(type || 'Warning');
      if (code !== undefined) w.code = code;
      if (detail !== undefined) w.detail = detail;
      if (Error.captureStackTrace) Error.captureStackTrace(w, ctor || process.emitWarning);
      warning = w;
    } else if (!(warning instanceof Error)) {
      throw new (errors().codes.ERR_INVALID_ARG_TYPE)('warning', ['Error', 'string'], warning);
    }
    if (warning.name === 'DeprecationWarning' && process.noDeprecation) return;
    nextTick(() => {
      process.emit('warning', warning);
    });
  }

  function onWarning(warning) {
    if (!(warning instanceof Error)) return;
    const isDeprecation = warning.name === 'DeprecationWarning';
    if (isDeprecation && process.noDeprecation) return;
    let msg = `(node:${process.pid}) `;
    if (warning.code) msg += `[${warning.code}] `;
    msg += `${warning.name}: ${warning.message}`;
    if (typeof warning.detail === 'string') msg += `\n${warning.detail}`;
    if (!warningsEmitted.has('hint')) {
      warningsEmitted.add('hint');
      const flag = isDeprecation ? '--trace-deprecation' : '--trace-warnings';
      msg += `\n(Use \`node ${flag} ...\` to show where the warning was created)`;
    }
    writeFd(2, msg + '\n');
  }

  function memoryUsage() {
    // A syscall (answered by the isolate itself), so a replay sees the recorded numbers.
    const m = sys('mem.usage');
    return { rss: m.heap_total + m.external, heapTotal: m.heap_total, heapUsed: m.heap_used, external: m.external, arrayBuffers: m.external };
  }
  memoryUsage.rss = () => memoryUsage().rss;

  const unsupported = (api) => () => {
    throw errors().sandboxUnsupported('process', api);
  };

  Object.assign(process, {
    title: 'node',
    version: `v${NODE_VERSION}`,
    versions: {
      node: NODE_VERSION,
      acorn: '8.16.0',
      ada: '2.9.2',
      amaro: '1.1.8',
      ares: '1.34.8',
      brotli: '1.1.0',
      cjs_module_lexer: '2.2.0',
      cldr: '48.0',
      icu: '78.3',
      llhttp: '9.4.3',
      modules: '127',
      napi: '10',
      nbytes: '0.1.3',
      ncrypto: '0.0.1',
      nghttp2: '1.69.0',
      openssl: '3.5.8',
      simdjson: '4.5.0',
      simdutf: '6.4.2',
      sqlite: '3.51.3',
      tz: '2026c',
      undici: '6.28.1',
      unicode: '17.0',
      uv: '1.51.0',
      uvwasi: '0.0.23',
      v8: '12.4.254.21-node.57',
      zlib: '1.3.1-e00f703',
      zstd: '1.5.7',
    },
    arch: 'x64',
    platform: 'linux',
    release: { name: 'node', lts: 'Jod', sourceUrl: `https://nodejs.org/download/release/v${NODE_VERSION}/node-v${NODE_VERSION}.tar.gz`, headersUrl: `https://nodejs.org/download/release/v${NODE_VERSION}/node-v${NODE_VERSION}-headers.tar.gz` },
    features: { inspector: false, debug: false, uv: true, ipv6: true, tls_alpn: false, tls_sni: false, tls_ocsp: false, tls: false, cached_builtins: true, require_module: false, typescript: false },
    config: { target_defaults: {}, variables: {} },
    argv: [],
    argv0: 'node',
    // There is no node binary in the sandbox: this is the virtual path the sandbox reports.
    execPath: '/usr/local/bin/node',
    execArgv: [],
    pid: 0,
    ppid: 0,
    exitCode: undefined,
    _exiting: false,
    noDeprecation: false,
    throwDeprecation: false,
    traceDeprecation: false,
    nextTick,
    hrtime,
    emitWarning,
    memoryUsage,
    exit,
    reallyExit,
    cwd() {
      return cwdCache;
    },
    chdir(directory) {
      errors().validateString(directory, 'directory');
      const { resolve } = requireBuiltin('path');
      const target = resolve(cwdCache, directory);
      const real = sys('proc.chdir', { path: target }, cwdCache, directory);
      cwdCache = real;
    },
    uptime() {
      return (monoMs() - startMonoMs) / 1000;
    },
    cpuUsage(prev) {
      const us = Math.round(monoMs() * 1000 - startMonoMs * 1000);
      const r = { user: us, system: 0 };
      if (prev) {
        r.user -= prev.user;
        r.system -= prev.system;
      }
      return r;
    },
    resourceUsage() {
      return { userCPUTime: this.cpuUsage().user, systemCPUTime: 0, maxRSS: Math.round(memoryUsage().rss / 1024) };
    },
    umask() {
      return 0o22;
    },
    getuid: () => 0,
    geteuid: () => 0,
    getgid: () => 0,
    getegid: () => 0,
    getgroups: () => [0],
    kill: unsupported('kill'),
    abort: unsupported('abort'),
    dlopen: unsupported('dlopen'),
    binding: unsupported('binding'),
    setuid: unsupported('setuid'),
    setgid: unsupported('setgid'),
  });
  Object.defineProperty(process, 'exitCode', {
    get() {
      return exitCodeValue;
    },
    set(v) {
      exitCodeValue = validateExitCode(v);
    },
    enumerable: true,
    configurable: false,
  });
  Object.defineProperty(process, 'stdout', { get: () => stdout || (stdout = new WriteStream(1)), enumerable: true, configurable: true });
  Object.defineProperty(process, 'stderr', { get: () => stderr || (stderr = new WriteStream(2)), enumerable: true, configurable: true });
  Object.defineProperty(process, 'stdin', { get: () => stdin || (stdin = new StdinStream()), enumerable: true, configurable: true });
  process.on('warning', onWarning);
  defineGlobal('process', process);

  // ---------------------------------------------------------------- console
  let consoleObj;
  function getConsole() {
    if (consoleObj) return consoleObj;
    const { createConsole } = requireBuiltin('internal/console');
    consoleObj = createConsole((fd, s) => writeFd(fd, s), { now: () => monoMs(), pid: () => process.pid });
    return consoleObj;
  }
  defineLazyGlobal('console', getConsole);

  // ---------------------------------------------------------------- CommonJS
  const pathMod = requireBuiltin('path');
  const NODE_BUILTINS = ['_http_agent', '_http_client', '_http_common', '_http_incoming', '_http_outgoing', '_http_server', '_stream_duplex', '_stream_passthrough', '_stream_readable', '_stream_transform', '_stream_wrap', '_stream_writable', '_tls_common', '_tls_wrap', 'assert', 'assert/strict', 'async_hooks', 'buffer', 'child_process', 'cluster', 'console', 'constants', 'crypto', 'dgram', 'diagnostics_channel', 'dns', 'dns/promises', 'domain', 'events', 'fs', 'fs/promises', 'http', 'http2', 'https', 'inspector', 'inspector/promises', 'module', 'net', 'os', 'path', 'path/posix', 'path/win32', 'perf_hooks', 'process', 'punycode', 'querystring', 'readline', 'readline/promises', 'repl', 'stream', 'stream/consumers', 'stream/promises', 'stream/web', 'string_decoder', 'sys', 'timers', 'timers/promises', 'tls', 'trace_events', 'tty', 'url', 'util', 'util/types', 'v8', 'vm', 'wasi', 'worker_threads', 'zlib'];
  const SCHEME_ONLY = ['node:sea', 'node:sqlite', 'node:test', 'node:test/reporters'];
  const UNSUPPORTED = new Set(['cluster', 'dgram', 'wasi', 'inspector', 'inspector/promises', 'repl', 'trace_events', 'domain']);
  const builtinSet = new Set(NODE_BUILTINS);

  // Builtins whose bridge module lives under another name, or is made here.
  const builtinFactories = {
    process: () => process,
    module: () => Module,
    timers: () => {
      const t = { setTimeout, clearTimeout, setInterval, clearInterval, setImmediate, clearImmediate };
      if (has('timers/promises')) {
        Object.defineProperty(t, 'promises', { get: () => requireBuiltin('timers/promises'), enumerable: true, configurable: true });
      }
      return t;
    },
    console: () => getConsole(),
    'path/posix': () => pathMod.posix,
    'path/win32': () => pathMod.win32,
    sys: () => loadBuiltinModule('util'),
    'util/types': () => loadBuiltinModule('util').types,
    crypto: modules['internal/crypto'] ? () => requireBuiltin('internal/crypto') : undefined,
    fs: () => requireBuiltin('internal/fs'),
    'fs/promises': () => requireBuiltin('internal/fs').promises,
  };

  function loadBuiltinModule(id) {
    if (UNSUPPORTED.has(id)) throw errors().moduleUnsupported(id);
    const f = builtinFactories[id];
    if (f) return f();
    if (modules[id] !== undefined) return requireBuiltin(id);
    // Deferred modules: Node's export names, each API throwing "<module>.<api> is not supported in sandbox".
    const deferred = requireBuiltin('internal/deferred');
    if (deferred.has(id)) return deferred.load(id);
    const e = new Error(`${id} is not supported in sandbox yet`);
    e.code = 'ERR_NOT_SUPPORTED_IN_SANDBOX';
    throw e;
  }

  function isBuiltin(id) {
    if (typeof id !== 'string') return false;
    if (id.startsWith('node:')) {
      return builtinSet.has(id.slice(5)) || SCHEME_ONLY.includes(id);
    }
    return builtinSet.has(id);
  }

  function statKind(path) {
    try {
      return sys('fs.stat', { path }).kind;
    } catch {
      return null;
    }
  }
  function readText(path) {
    return utf8Decode(sys('fs.read_file', { path }));
  }

  function isRelativeRequest(r) {
    return r === '.' || r === '..' || r.startsWith('./') || r.startsWith('../');
  }

  function nodeModulePaths(from) {
    from = pathMod.resolve(from);
    if (from === '/') return ['/node_modules'];
    const parts = from.split('/');
    const out = [];
    for (let i = parts.length; i > 1; i--) {
      if (parts[i - 1] === 'node_modules') continue;
      const dir = parts.slice(0, i).join('/') || '/';
      out.push(pathMod.join(dir, 'node_modules'));
    }
    out.push('/node_modules');
    return out;
  }

  function unknownBuiltin(request) {
    const e = new Error(`No such built-in module: ${request}`);
    e.code = 'ERR_UNKNOWN_BUILTIN_MODULE';
    return e;
  }

  // resolveModuleRequest(specifier, parentPath, mode) → { path, format }
  //
  // The one entry point for module resolution, shared by the CommonJS loader and the ES module
  // loader. `parentPath` is the absolute path of the importing file, or a directory ending in
  // '/' (createRequire bases, require.resolve `paths`, the main entry). `mode` is 'require' or
  // 'import'. Builtins are answered here: in import mode as { path: 'node:fs', format:
  // 'builtin' }, in require mode as the request itself ('fs', 'node:fs', 'node:test') with
  // format 'builtin'. Everything else is the `module.resolve` syscall; `format` is 'commonjs',
  // 'module', 'json', 'addon' or 'wasm'. A failure throws an Error with Node's `code` and
  // message; for MODULE_NOT_FOUND in require mode the caller appends the require stack (the
  // error carries `requireStackWanted: true`).
  function resolveModuleRequest(specifier, parentPath, mode) {
    if (specifier.startsWith('node:')) {
      if (!isBuiltin(specifier)) {
        if (mode === 'import') throw unknownBuiltin(specifier);
        const e = new Error(`Cannot find module '${specifier}'`);
        e.code = 'MODULE_NOT_FOUND';
        Object.defineProperty(e, 'requireStackWanted', { value: true, configurable: true });
        throw e;
      }
      return { path: specifier, format: 'builtin' };
    }
    if (builtinSet.has(specifier)) {
      return { path: mode === 'import' ? 'node:' + specifier : specifier, format: 'builtin' };
    }
    const r = sys('module.resolve', { specifier, parent: parentPath, mode });
    if (r.code !== undefined) {
      const e = resolutionError(r.code, r.message);
      if (r.require_stack) Object.defineProperty(e, 'requireStackWanted', { value: true, configurable: true });
      throw e;
    }
    if (mode === 'require') resolvedFormats.set(r.path, r.format);
    return { path: r.path, format: r.format };
  }
  // A resolver failure as node shows it: the class node uses for the code, `Error [CODE]: …` as
  // the stack's first line (not for a plain MODULE_NOT_FOUND), and `url` where node sets one.
  const TYPE_ERROR_CODES = new Set(['ERR_PACKAGE_IMPORT_NOT_DEFINED', 'ERR_INVALID_MODULE_SPECIFIER', 'ERR_UNKNOWN_FILE_EXTENSION']);
  function resolutionError(code, message) {
    const Ctor = TYPE_ERROR_CODES.has(code) ? TypeError : Error;
    const e = new Ctor(message);
    if (code !== 'MODULE_NOT_FOUND') {
      const stack = e.stack;
      if (typeof stack === 'string' && stack.startsWith(Ctor.name)) {
        Object.defineProperty(e, 'stack', { value: `${Ctor.name} [${code}]` + stack.slice(Ctor.name.length), writable: true, configurable: true, enumerable: false });
      }
    }
    e.code = code;
    const m = /^(?:Cannot find module|Directory import) '([^']+)'/.exec(message);
    if (m && (code === 'ERR_MODULE_NOT_FOUND' || code === 'ERR_UNSUPPORTED_DIR_IMPORT')) {
      const u = fileUrl(m[1]);
      e.url = m[1].endsWith('/') && !u.endsWith('/') ? u + '/' : u;
    }
    return e;
  }
  // The format the last require-mode resolution gave each file (Module.prototype.load reads it).
  const resolvedFormats = new Map();
  function parentBase(parent) {
    if (parent && typeof parent.filename === 'string') return parent.filename;
    return cwdCache.endsWith('/') ? cwdCache : cwdCache + '/';
  }

  function requireStackOf(parent) {
    const stack = [];
    for (let c = parent; c; c = c[kParent]) stack.push(c.filename || c.id);
    return stack;
  }

  // A new error (so its stack starts with the whole message) with Node's "Require stack".
  function withRequireStack(err, parent) {
    if (!err.requireStackWanted) return err;
    const stack = requireStackOf(parent);
    let message = err.message;
    if (stack.length > 0) message += '\nRequire stack:\n- ' + stack.join('\n- ');
    const e = new Error(message);
    e.code = err.code;
    e.requireStack = stack;
    return e;
  }

  function resolveFilename(request, parent, isMain, options) {
    if (typeof request !== 'string') {
      throw new (errors().codes.ERR_INVALID_ARG_TYPE)('request', 'string', request);
    }
    if (isBuiltin(request)) return request;
    let bases;
    if (options && options.paths !== undefined) {
      if (!Array.isArray(options.paths)) {
        throw new (errors().codes.ERR_INVALID_ARG_VALUE)('options.paths', options.paths, 'is invalid');
      }
      bases = options.paths.map((p) => {
        const abs = pathMod.resolve(cwdCache, String(p));
        return abs.endsWith('/') ? abs : abs + '/';
      });
    } else {
      bases = [parentBase(parent)];
    }
    let lastErr;
    for (const base of bases) {
      try {
        return resolveModuleRequest(request, base, 'require').path;
      } catch (e) {
        if (!e.requireStackWanted) throw e;
        lastErr = e;
      }
    }
    if (!lastErr) {
      lastErr = new Error(`Cannot find module '${request}'`);
      lastErr.code = 'MODULE_NOT_FOUND';
      Object.defineProperty(lastErr, 'requireStackWanted', { value: true, configurable: true });
    }
    throw withRequireStack(lastErr, parent);
  }

  // Module._findPath(request, paths): the file `request` names under one of `paths` (or as an
  // absolute path), or false.
  function findPath(request, paths) {
    const candidates = pathMod.isAbsolute(request) ? [request] : (paths || []).map((p) => pathMod.resolve(cwdCache, String(p), request));
    for (const c of candidates) {
      try {
        const r = resolveModuleRequest(c, '/', 'require');
        if (r.format !== 'builtin') return r.path;
      } catch {
        // Not under this path; try the next.
      }
    }
    return false;
  }

  const kParent = Symbol('kModuleParent');
  const kIsMain = Symbol('kIsMainSymbol');

  function Module(id = '', parent) {
    this.id = id;
    this.path = pathMod.dirname(id);
    this.exports = {};
    Object.defineProperty(this, kParent, { value: parent, writable: true, configurable: true, enumerable: false });
    if (parent && parent.children && !parent.children.includes(this)) parent.children.push(this);
    this.filename = null;
    this.loaded = false;
    this.children = [];
  }
  Object.defineProperty(Module.prototype, 'parent', {
    get() {
      return this[kParent];
    },
    set(v) {
      this[kParent] = v;
    },
    configurable: true,
    enumerable: false,
  });
  Module._cache = { __proto__: null };
  Module._pathCache = { __proto__: null };
  Module.builtinModules = NODE_BUILTINS.slice();
  Module.isBuiltin = isBuiltin;
  Module.globalPaths = [];
  Module._nodeModulePaths = nodeModulePaths;
  Module._resolveFilename = function _resolveFilename(request, parent, isMain, options) {
    return resolveFilename(request, parent, isMain, options);
  };
  Module._findPath = findPath;
  Module._resolveLookupPaths = function _resolveLookupPaths(request, parent) {
    if (isBuiltin(request)) return null;
    if (isRelativeRequest(request)) return [parent && parent.filename ? pathMod.dirname(parent.filename) : cwdCache];
    return ((parent && parent.paths) || nodeModulePaths(cwdCache)).concat(Module.globalPaths);
  };
  Module.wrapper = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'];
  Module.wrap = (script) => Module.wrapper[0] + script + Module.wrapper[1];
  Module.Module = Module;
  Module._extensions = { __proto__: null };
  Module._extensions['.js'] = function (module, filename) {
    const ext = pathMod.extname(filename);
    const type = ext === '.mjs' ? 'module' : ext === '.cjs' ? 'commonjs' : packageScope(filename).type;
    const content = readText(filename);
    if (type === 'module') {
      module.exports = requireEsm(module, filename, content);
      return;
    }
    module._compile(content, filename, type === 'commonjs' ? 'commonjs' : undefined);
  };
  Module._extensions['.json'] = function (module, filename) {
    const text = readText(filename);
    try {
      module.exports = JSON.parse(stripBOM(text));
    } catch (err) {
      err.message = filename + ': ' + err.message;
      throw err;
    }
  };
  Module._extensions['.node'] = function (module, filename) {
    const e = new Error(`Cannot load native addon ${filename}: native addons (.node files) are not supported in sandbox`);
    e.code = 'ERR_DLOPEN_FAILED';
    throw e;
  };

  function stripBOM(s) {
    return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
  }
  function stripShebang(s) {
    return s.startsWith('#!') ? '//' + s.slice(2) : s;
  }

  const WRAPPER_PARAMS = ['exports', 'require', 'module', '__filename', '__dirname'];

  // Source that might be an ES module (node's syntax detection applies to typeless .js files).
  const MAYBE_ESM = /\b(import|export)\b/;

  Module.prototype._compile = function (content, filename, format) {
    const body = stripShebang(stripBOM(content));
    let fn;
    if (format !== 'commonjs' && MAYBE_ESM.test(content)) {
      let esm = false;
      try {
        fn = natives.compileFunction(body, filename, WRAPPER_PARAMS);
      } catch (e) {
        esm = looksLikeEsm(e);
      }
      if (esm) {
        if (this[kIsMain]) {
          delete Module._cache[filename];
          typelessPackageWarning(filename);
          runEsmMain(filename, content);
        } else {
          this.exports = requireEsm(this, filename, content);
        }
        return;
      }
    }
    // Compiled again outside any catch, so a syntax error keeps its own source position.
    if (!fn) fn = natives.compileFunction(body, filename, WRAPPER_PARAMS);
    const dirname = pathMod.dirname(filename);
    const require = makeRequire(this);
    return fn.call(this.exports, this.exports, require, this, filename, dirname);
  };

  Module.prototype.load = function (filename) {
    this.filename = filename;
    this.paths = nodeModulePaths(pathMod.dirname(filename));
    let ext = pathMod.extname(filename);
    const format = resolvedFormats.get(filename);
    if (ext === '.mjs' || (format === 'module' && ext !== '.cjs' && ext !== '.json')) {
      this.exports = requireEsm(this, filename);
      this.loaded = true;
      return;
    }
    if (!Module._extensions[ext]) ext = '.js';
    Module._extensions[ext](this, filename);
    this.loaded = true;
  };

  Module.prototype.require = function (id) {
    if (typeof id !== 'string') throw new (errors().codes.ERR_INVALID_ARG_TYPE)('id', 'string', id);
    if (id === '') throw new (errors().codes.ERR_INVALID_ARG_VALUE)('id', id, 'must be a non-empty string');
    return Module._load(id, this, false);
  };

  Module._load = function (request, parent, isMain) {
    if (request.startsWith('node:')) {
      const id = request.slice(5);
      if (!isBuiltin(request)) {
        const e = new Error(`No such built-in module: ${request}`);
        e.code = 'ERR_UNKNOWN_BUILTIN_MODULE';
        throw e;
      }
      return loadBuiltinModule(id);
    }
    if (builtinSet.has(request)) return loadBuiltinModule(request);
    const filename = Module._resolveFilename(request, parent, isMain);
    if (isBuiltin(filename)) return loadBuiltinModule(filename.startsWith('node:') ? filename.slice(5) : filename);
    return loadResolved(filename, parent, isMain);
  };

  // The exports of a resolved file: from the cache, or loaded now (and dropped from the cache
  // again if loading throws).
  function loadResolved(filename, parent, isMain) {
    const cached = Module._cache[filename];
    if (cached !== undefined) {
      if (parent && parent.children && !parent.children.includes(cached)) parent.children.push(cached);
      return cached.exports;
    }
    const module = new Module(filename, parent);
    if (isMain) {
      module.id = '.';
      mainModule = module;
      module[kIsMain] = true;
    }
    Module._cache[filename] = module;
    let threw = true;
    try {
      module.load(filename);
      threw = false;
    } finally {
      if (threw) {
        delete Module._cache[filename];
        if (parent && parent.children) {
          const i = parent.children.indexOf(module);
          if (i !== -1) parent.children.splice(i, 1);
        }
      }
    }
    return module.exports;
  }

  Module.createRequire = function createRequire(filename) {
    let f = filename;
    if (typeof f === 'object' && f !== null && typeof f.href === 'string') f = f.href;
    if (typeof f === 'string' && f.startsWith('file://') && has('internal/url')) f = url().fileURLToPath(f);
    if (typeof f !== 'string' || !pathMod.isAbsolute(f)) {
      throw new (errors().codes.ERR_INVALID_ARG_VALUE)('filename', filename, 'must be a file URL object, file URL string, or absolute path string');
    }
    const trailing = f.endsWith('/');
    const proxyPath = trailing ? pathMod.join(f, 'noop.js') : f;
    const m = new Module(proxyPath, null);
    m.filename = proxyPath;
    m.paths = nodeModulePaths(pathMod.dirname(proxyPath));
    return makeRequire(m);
  };

  let mainModule;

  function makeRequire(mod) {
    const require = function require(id) {
      return mod.require(id);
    };
    require.resolve = function resolve(request, options) {
      if (typeof request !== 'string') throw new (errors().codes.ERR_INVALID_ARG_TYPE)('request', 'string', request);
      return Module._resolveFilename(request, mod, false, options);
    };
    require.resolve.paths = function paths(request) {
      if (typeof request !== 'string') throw new (errors().codes.ERR_INVALID_ARG_TYPE)('request', 'string', request);
      return Module._resolveLookupPaths(request, mod);
    };
    require.main = mainModule;
    require.extensions = Module._extensions;
    require.cache = Module._cache;
    return require;
  }

  // ---------------------------------------------------------------- ES modules
  // Loading happens here, in JavaScript, over syscalls (so a recorded run replays its imports);
  // V8's module objects live behind natives.module (src/isolate/modules.rs).
  const M_COMPILE = 0;
  const M_SYNTHETIC = 1;
  const M_LINK = 2;
  const M_INSTANTIATE = 3;
  const M_EVALUATE = 4;
  const M_NAMESPACE = 5;
  const M_SET_EXPORT = 6;
  const M_STATUS = 7;
  const M_HANDLERS = 8;
  const M_IS_ASYNC = 9;
  const M_STALLED = 10;
  const esmByUrl = new Map();
  const esmById = [];
  let esmMain = null;
  let esmMainPromise = null;
  let esmHandlersInstalled = false;

  // Characters a file URL keeps as they are (the rest take the URL parser's slow path).
  const PLAIN_URL_PATH = /^\/[A-Za-z0-9/._~!$&'()*+,;=:@-]*$/;
  function fileUrl(p) {
    if (PLAIN_URL_PATH.test(p) && !p.includes('/./') && !p.includes('/../') && !p.endsWith('/.') && !p.endsWith('/..')) return 'file://' + p;
    return url().pathToFileURL(p).href;
  }

  // package.json of a directory, parsed (null when there is none or it is not JSON: the
  // resolver reports bad package.json files where they matter).
  const packageJsonCache = new Map();
  function readPackage(dir) {
    const file = pathMod.join(dir, 'package.json');
    let pkg = packageJsonCache.get(file);
    if (pkg !== undefined) return pkg;
    pkg = null;
    if (statKind(file) === 'file') {
      try {
        pkg = JSON.parse(readText(file));
      } catch {
        pkg = null;
      }
    }
    packageJsonCache.set(file, pkg);
    return pkg;
  }

  // The nearest package.json "type" for a file ("module", "commonjs" or undefined), and its path.
  function packageScope(file) {
    let dir = pathMod.dirname(file);
    for (;;) {
      if (pathMod.basename(dir) === 'node_modules') return { type: undefined, path: undefined };
      const pkg = readPackage(dir);
      if (pkg) return { type: typeof pkg.type === 'string' ? pkg.type : undefined, path: pathMod.join(dir, 'package.json') };
      const up = pathMod.dirname(dir);
      if (up === dir) return { type: undefined, path: undefined };
      dir = up;
    }
  }

  // Resolutions made for `import`, by specifier and importing directory: like node's loader, a
  // process resolves the same specifier from the same place once.
  const esmResolveCache = new Map();
  function esmResolve(specifier, parentPath) {
    // A data: module has no file: its imports resolve from the working directory.
    if (parentPath === undefined) parentPath = pathMod.join(cwdCache, '[data]');
    const key = pathMod.dirname(parentPath) + '\0' + specifier;
    let r = esmResolveCache.get(key);
    if (r === undefined) {
      r = esmResolveUncached(specifier, parentPath);
      esmResolveCache.set(key, r);
    }
    return r;
  }

  // Resolution for `import`: file URLs become paths; other schemes are refused as node does.
  function esmResolveUncached(specifier, parentPath) {
    if (specifier.startsWith('file:')) return resolveModuleRequest(url().fileURLToPath(specifier), parentPath, 'import');
    if (specifier.startsWith('data:')) return { path: specifier, format: 'data' };
    if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(specifier) && !specifier.startsWith('node:')) {
      const E = errors().codes.ERR_UNSUPPORTED_ESM_URL_SCHEME;
      throw new E(new (url().URL)(specifier), ['file', 'data']);
    }
    return resolveModuleRequest(specifier, parentPath, 'import');
  }

  function installModuleHandlers() {
    if (esmHandlersInstalled) return;
    esmHandlersInstalled = true;
    natives.module(M_HANDLERS, evaluateSynthetic, importDynamic, initImportMeta);
  }

  function esmRecord(url, props) {
    const rec = { id: -1, url, path: undefined, format: undefined, names: undefined, evaluation: undefined, ...props };
    esmByUrl.set(url, rec);
    return rec;
  }

  function forget(rec) {
    if (esmByUrl.get(rec.url) === rec) esmByUrl.delete(rec.url);
  }

  // The module record for a resolved { path, format }, with everything it imports compiled and
  // linked (not yet instantiated). `source` overrides reading the file (the main entry's code).
  function loadModule(resolved, attrType, parentUrl, source) {
    installModuleHandlers();
    let { path, format } = resolved;
    const key = format === 'builtin' || format === 'data' ? path : fileUrl(path);
    let text = source;
    if (format === 'data') {
      const cachedData = esmByUrl.get(key);
      if (cachedData) return cachedData;
      ({ format, text } = parseDataUrl(key));
      path = undefined;
    }
    checkAttributes(key, format, attrType);
    const cached = esmByUrl.get(key);
    if (cached) return cached;
    if (format === 'builtin') return builtinRecord(key);
    if (format === 'commonjs') return cjsRecord(key, path);
    if (format === 'json') return jsonRecord(key, path, text);
    if (format === 'module') return sourceRecord(key, path, text);
    if (format === 'addon') {
      const e = new Error(`Cannot load native addon ${path}: native addons (.node files) are not supported in sandbox`);
      e.code = 'ERR_DLOPEN_FAILED';
      throw e;
    }
    const E = errors().codes.ERR_UNKNOWN_FILE_EXTENSION;
    throw new E(pathMod.extname(path), path);
  }

  function checkAttributes(key, format, type) {
    const c = errors().codes;
    if (type && type !== 'json') throw new c.ERR_IMPORT_ATTRIBUTE_UNSUPPORTED('type', type, key);
    if (format === 'json' && type !== 'json') throw new c.ERR_IMPORT_ATTRIBUTE_MISSING(key, 'type', 'json');
    if (type === 'json' && format !== 'json') throw new c.ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE(key, 'json');
  }

  function builtinRecord(key) {
    const name = key.slice(5);
    const exp = loadBuiltinModule(name);
    const names = exp !== null && (typeof exp === 'object' || typeof exp === 'function') ? Object.keys(exp).filter((n) => n !== 'default') : [];
    const rec = esmRecord(key, { format: 'builtin', path: key, names, value: exp });
    rec.id = natives.module(M_SYNTHETIC, key, ['default', ...names]);
    esmById[rec.id] = rec;
    return rec;
  }

  // Named exports of a CommonJS module: its own static analysis plus what it re-exports.
  function cjsNames(path, seen) {
    if (seen.has(path)) return [];
    seen.add(path);
    let text;
    try {
      text = readText(path);
    } catch {
      return [];
    }
    const { names, reexports } = requireBuiltin('internal/modules/cjs_lexer').parseCjsExports(text);
    const out = new Set(names);
    for (const spec of reexports) {
      try {
        const r = resolveModuleRequest(spec, path, 'require');
        if (r.format === 'commonjs') for (const n of cjsNames(r.path, seen)) out.add(n);
      } catch {
        // A re-export that does not resolve adds nothing.
      }
    }
    out.delete('default');
    return [...out];
  }

  function cjsRecord(key, path) {
    const names = cjsNames(path, new Set());
    const rec = esmRecord(key, { format: 'commonjs', path, names });
    rec.id = natives.module(M_SYNTHETIC, key, ['default', ...names]);
    esmById[rec.id] = rec;
    return rec;
  }

  // A `data:` URL module: its format from the MIME type, its text from the payload.
  function parseDataUrl(href) {
    const comma = href.indexOf(',');
    const meta = comma === -1 ? '' : href.slice(5, comma);
    const payload = comma === -1 ? '' : href.slice(comma + 1);
    const base64 = /;base64$/i.test(meta);
    const mime = meta.split(';')[0].trim().toLowerCase();
    const format = mime === 'text/javascript' ? 'module' : mime === 'application/json' ? 'json' : undefined;
    if (format === undefined || comma === -1) {
      const E = errors().codes.ERR_UNKNOWN_MODULE_FORMAT;
      throw new E(mime, href);
    }
    let text;
    if (base64) {
      text = requireBuiltin('buffer').Buffer.from(payload, 'base64').toString('utf8');
    } else {
      try {
        text = decodeURIComponent(payload);
      } catch {
        text = payload;
      }
    }
    return { format, text };
  }

  function jsonRecord(key, path, text) {
    const rec = esmRecord(key, { format: 'json', path, text, names: [] });
    rec.id = natives.module(M_SYNTHETIC, key, ['default']);
    esmById[rec.id] = rec;
    return rec;
  }

  function sourceRecord(key, path, source) {
    const text = source === undefined ? readText(path) : source;
    const rec = esmRecord(key, { format: 'module', path });
    // try/finally, never catch-and-rethrow: errors keep the source position V8 gave them.
    let compiled;
    let ok = false;
    try {
      compiled = natives.module(M_COMPILE, stripBOM(text), key);
      ok = true;
    } finally {
      if (!ok) forget(rec);
    }
    rec.id = compiled[0];
    esmById[rec.id] = rec;
    const requests = compiled[1];
    const links = [];
    ok = false;
    try {
      for (let i = 0; i < requests.length; i += 2) {
        const spec = requests[i];
        const type = requests[i + 1];
        const dep = loadModule(esmResolve(spec, path), type, key);
        links.push(spec, type, dep.id);
      }
      ok = true;
    } finally {
      if (!ok) forget(rec);
    }
    natives.module(M_LINK, rec.id, links);
    return rec;
  }

  // Synthetic modules run when V8 evaluates them, in import order.
  function evaluateSynthetic(id) {
    const rec = esmById[id];
    if (!rec) return;
    const set = (name, value) => natives.module(M_SET_EXPORT, id, name, value);
    if (rec.format === 'builtin') {
      set('default', rec.value);
      for (const n of rec.names) set(n, rec.value[n]);
    } else if (rec.format === 'json') {
      const text = rec.text !== undefined ? rec.text : readText(rec.path);
      let value;
      try {
        value = JSON.parse(stripBOM(text));
      } catch (err) {
        err.message = (rec.path || rec.url) + ': ' + err.message;
        throw err;
      }
      set('default', value);
    } else if (rec.format === 'commonjs') {
      const exp = loadResolved(rec.path, null, false);
      set('default', exp);
      if (exp !== null && (typeof exp === 'object' || typeof exp === 'function')) {
        for (const n of rec.names) set(n, exp[n]);
      }
    }
  }


  const linkArrows = new WeakMap();
  function instantiate(rec) {
    if (natives.module(M_STATUS, rec.id) !== 0) return;
    const r = natives.module(M_INSTANTIATE, rec.id);
    if (r === true) return;
    const [err, arrow] = r;
    if (arrow !== undefined && err !== null && typeof err === 'object') linkArrows.set(err, arrow);
    throw err;
  }

  function evaluateRecord(rec) {
    instantiate(rec);
    if (rec.evaluation === undefined) rec.evaluation = natives.module(M_EVALUATE, rec.id);
    return rec.evaluation;
  }

  function referrerPath(referrer) {
    if (typeof referrer === 'string') {
      if (referrer.startsWith('file:')) {
        try {
          return url().fileURLToPath(referrer);
        } catch {
          // Fall through to the working directory.
        }
      } else if (referrer.startsWith('/')) {
        return referrer;
      }
    }
    return pathMod.join(cwdCache, '[eval]');
  }

  // import() from anywhere. Loading errors (not found, syntax, evaluation) reject as they are.
  async function importDynamic(specifier, referrer, type) {
    const parent = referrerPath(referrer);
    const rec = loadModule(esmResolve(String(specifier), parent), type, referrer);
    await evaluateRecord(rec);
    return natives.module(M_NAMESPACE, rec.id);
  }

  function initImportMeta(id, meta) {
    const rec = esmById[id];
    if (!rec) return;
    if (rec.path && rec.url.startsWith('file:')) {
      meta.dirname = pathMod.dirname(rec.path);
      meta.filename = rec.path;
    }
    meta.main = rec === esmMain;
    meta.resolve = function resolve(specifier) {
      let r;
      try {
        r = esmResolve(String(specifier), rec.path);
      } catch (e) {
        // As node: a file or directory that is not there still has a URL.
        if ((e.code === 'ERR_MODULE_NOT_FOUND' || e.code === 'ERR_UNSUPPORTED_DIR_IMPORT') && typeof e.url === 'string') return e.url;
        throw e;
      }
      return r.format === 'builtin' ? r.path : fileUrl(r.path);
    };
    meta.url = rec.url;
  }

  // require() of an ES module (Node 22 does this synchronously when the graph has no
  // top-level await).
  function requireEsm(module, filename, source) {
    const rec = loadModule({ path: filename, format: 'module' }, '', undefined, source);
    instantiate(rec);
    if (natives.module(M_IS_ASYNC, rec.id)) {
      const parent = module[kParent];
      const E = errors().codes.ERR_REQUIRE_ASYNC_MODULE;
      throw new E(filename, parent && parent.filename);
    }
    const p = evaluateRecord(rec);
    const st = natives.promiseState(p);
    if (st && st[0] === 2) throw st[1];
    const ns = natives.module(M_NAMESPACE, rec.id);
    if (!('default' in ns) || '__esModule' in ns) return ns;
    // Like node: a facade that adds __esModule to a module with a default export.
    const names = Object.keys(ns);
    const facadeUrl = rec.url + '#require';
    let facade = esmByUrl.get(facadeUrl);
    if (!facade) {
      facade = esmRecord(facadeUrl, { format: 'facade', source: ns });
      facade.id = natives.module(M_SYNTHETIC, facadeUrl, ['__esModule', ...names]);
      esmById[facade.id] = facade;
      natives.module(M_INSTANTIATE, facade.id);
      natives.module(M_EVALUATE, facade.id);
      natives.module(M_SET_EXPORT, facade.id, '__esModule', true);
      for (const n of names) natives.module(M_SET_EXPORT, facade.id, n, ns[n]);
    }
    return natives.module(M_NAMESPACE, facade.id);
  }

  // Syntax errors that mean "this is an ES module" (node's module-syntax detection).
  const ESM_SYNTAX_MESSAGES = [
    'Cannot use import statement outside a module',
    "Unexpected token 'export'",
    "Cannot use 'import.meta' outside a module",
  ];
  function looksLikeEsm(err) {
    return err !== null && typeof err === 'object' && err.name === 'SyntaxError' && ESM_SYNTAX_MESSAGES.includes(err.message);
  }

  function typelessPackageWarning(filename) {
    const scope = packageScope(filename);
    if (!scope.path) return;
    process.emitWarning(
      `Module type of ${fileUrl(filename)} is not specified and it doesn't parse as CommonJS.\n` +
        'Reparsing as ES module because module syntax was detected. This incurs a performance overhead.\n' +
        `To eliminate this warning, add "type": "module" to ${scope.path}.`,
      { code: 'MODULE_TYPELESS_PACKAGE_JSON' },
    );
  }

  function runEsmMain(filename, source) {
    const rec = loadModule({ path: filename, format: 'module' }, '', undefined, source);
    esmMain = rec;
    try {
      instantiate(rec);
    } catch (err) {
      // Node prints a link error's arrow with no blank line before the error.
      const arrow = linkArrows.get(err);
      if (arrow === undefined) throw err;
      uncaught(err, arrow.slice(0, -1), false);
      return;
    }
    const p = evaluateRecord(rec);
    esmMainPromise = p;
    p.then(undefined, (err) => {
      uncaught(err, natives.errorArrow(err), false);
    });
  }

  // At exit: a main module still waiting on top-level await is node's exit code 13.
  function unsettledTopLevelAwait() {
    if (!esmMainPromise) return false;
    const st = natives.promiseState(esmMainPromise);
    if (!st || st[0] !== 0) return false;
    let text = '';
    try {
      for (const [u, line, src, start] of natives.module(M_STALLED, esmMain.id)) {
        text += `Warning: Detected unsettled top-level await at ${u}:${line}\n${src}\n${' '.repeat(Math.max(0, start))}^\n\n`;
      }
    } catch {
      // Only the warning is lost.
    }
    if (text) writeFd(2, text + '\n\n');
    return true;
  }

  // ---------------------------------------------------------------- uncaught errors
  function inspectValue(v) {
    try {
      // As Node prints fatal errors: no custom inspect, at least 5 levels deep.
      const insp = inspectMod().inspect;
      return insp(v, { colors: false, customInspect: false, depth: Math.max(insp.defaultOptions.depth, 5) });
    } catch {
      try {
        return String(v);
      } catch {
        return '[value]';
      }
    }
  }

  function printFatal(err, arrow) {
    let out;
    // An unhandled 'error' event adds where it was emitted (Node's stack enhancer).
    try {
      const enhance = err !== null && typeof err === 'object' ? err[errors().kEnhanceStackBeforeInspector] : undefined;
      if (typeof enhance === 'function') err.stack = enhance();
    } catch {
      // Only an enhancement.
    }
    const isObj = err !== null && (typeof err === 'object' || typeof err === 'function');
    // An error a vm script threw already carries its arrow in `stack` (Node decorates it once).
    if (arrow && isObj && typeof err.stack === 'string' && err.stack.startsWith(arrow)) arrow = undefined;
    if (isObj && typeof err.stack === 'string' && err instanceof Error) {
      out = (arrow ? arrow + '\n' : '') + inspectValue(err);
    } else if (isObj) {
      out = '\n' + (arrow || '') + inspectValue(err);
    } else {
      out = '\n' + (arrow || '') + String(err) + '\n(Use `node --trace-uncaught ...` to show where the exception was thrown)';
    }
    writeFd(2, out + `\n\nNode.js v${NODE_VERSION}\n`);
  }

  let handlingFatal = false;
  function uncaught(err, arrow, fromPromise) {
    const origin = fromPromise ? 'unhandledRejection' : 'uncaughtException';
    try {
      process.emit('uncaughtExceptionMonitor', err, origin);
      if (process.listenerCount('uncaughtException') > 0 && !handlingFatal) {
        handlingFatal = true;
        try {
          process.emit('uncaughtException', err, origin);
        } finally {
          handlingFatal = false;
        }
        return true;
      }
    } catch (e2) {
      // The handler itself threw: node prints that error and exits with 7.
      printFatal(e2, undefined);
      exitCodeValue = 7;
      reallyExit(7);
      return false;
    }
    try {
      if (!process._exiting) {
        process._exiting = true;
        exitCodeValue = 1;
        process.emit('exit', 1);
      }
    } catch {
      // Nothing to be done about it at this point.
    }
    printFatal(err, arrow);
    const code = Number.isInteger(Number(exitCodeValue)) ? Number(exitCodeValue) : 1;
    reallyExit(code);
    return false;
  }

  const reportedRejections = new WeakMap();
  let rejectionId = 0;
  function unhandledRejection(promise, reason) {
    if (process.emit('unhandledRejection', reason, promise)) {
      reportedRejections.set(promise, ++rejectionId);
      return true;
    }
    const errorLike = reason !== null && typeof reason === 'object' && Object.prototype.hasOwnProperty.call(reason, 'stack');
    if (errorLike) return false;
    const { UnhandledPromiseRejection } = errors();
    return new UnhandledPromiseRejection(reason);
  }

  // A promise reported as unhandled got a handler later.
  function rejectionHandled(promise) {
    const id = reportedRejections.get(promise);
    if (id === undefined) return;
    reportedRejections.delete(promise);
    if (!process.emit('rejectionHandled', promise)) {
      process.emitWarning(`Promise rejection was handled asynchronously (rejection id: ${id})`, 'PromiseRejectionHandledWarning');
    }
  }

  // ---------------------------------------------------------------- entry
  let started = false;
  function runMain(filename, source) {
    if (started) throw new Error('runMain called twice');
    started = true;
    const info = sys('proc.info');
    process.pid = info.pid;
    process.ppid = info.ppid;
    process.argv = info.argv.slice();
    process.argv0 = info.argv[0] || 'node';
    for (const [k, v] of info.env) envStore[k] = v;
    process.env = makeEnv();
    cwdCache = info.cwd;
    const clock = readClock();
    startMonoMs = clock.mono_ns / 1e6;
    timeOriginMs = clock.wall_ms;
    loopNowMs = startMonoMs;
    const module = new Module('.', null);
    module.id = '.';
    module.filename = filename;
    module.paths = nodeModulePaths(pathMod.dirname(filename));
    module[kIsMain] = true;
    mainModule = module;
    Module._cache[filename] = module;
    process.mainModule = module;
    const ext = pathMod.extname(filename);
    if (ext === '.mjs' || (ext !== '.cjs' && packageScope(filename).type === 'module')) {
      delete Module._cache[filename];
      mainModule = undefined;
      process.mainModule = undefined;
      if (source === undefined && statKind(filename) !== 'file') {
        const err = new Error(`Cannot find module '${filename}'`);
        err.code = 'MODULE_NOT_FOUND';
        err.requireStack = [];
        throw err;
      }
      runEsmMain(filename, source);
      return;
    }
    if (source === undefined) {
      module.loaded = false;
      let ext = pathMod.extname(filename);
      if (!Module._extensions[ext]) ext = '.js';
      if (statKind(filename) !== 'file') {
        delete Module._cache[filename];
        const err = new Error(`Cannot find module '${filename}'`);
        err.code = 'MODULE_NOT_FOUND';
        err.requireStack = [];
        throw err;
      }
      // try/finally, not catch-and-rethrow: a rethrow would move the error's source position.
      let threw = true;
      try {
        Module._extensions[ext](module, filename);
        threw = false;
      } finally {
        if (threw) delete Module._cache[filename];
      }
    } else {
      module._compile(source, filename, ext === '.cjs' || packageScope(filename).type === 'commonjs' ? 'commonjs' : undefined);
    }
    module.loaded = true;
  }

  function exportsJson() {
    let v = mainModule ? mainModule.exports : undefined;
    if (v && typeof v.then === 'function') {
      const r = natives.promiseState(v);
      if (r && r[0] === 1) v = r[1];
    }
    try {
      const s = JSON.stringify(v === undefined ? null : v);
      return s === undefined ? 'null' : s;
    } catch (e) {
      return JSON.stringify({ error: String(e) });
    }
  }

  function beforeExit() {
    process.emit('beforeExit', Number(process.exitCode) || 0);
  }

  function exitHook() {
    if (process.exitCode === undefined && unsettledTopLevelAwait()) process.exitCode = 13;
    if (!process._exiting) {
      process._exiting = true;
      process.emit('exit', Number(process.exitCode) || 0);
    }
    reallyExit(Number(process.exitCode) || 0);
  }

  function hasRefs() {
    return refedTimers > 0 || refedImmediates > 0 || hasTicks();
  }

  void wallAtStart;
  void monoAtStartNs;

  // Builtins the bootstrap did not load stay out of the snapshot: every isolate would otherwise
  // deserialise their code and sources. Their names remain, marked LAZY_MODULE.
  for (const name of ObjectKeys(modules)) {
    if (builtinCache[name] === undefined) modules[name] = LAZY_MODULE;
  }

  return {
    runMain,
    updateTime: updateLoopTime,
    runTimer,
    startImmediates,
    runImmediate,
    hasImmediates,
    hasRefs,
    nextTimerDelay,
    processTicks,
    hasTicks,
    beforeExit,
    exit: exitHook,
    uncaught,
    unhandledRejection,
    rejectionHandled,
    exportsJson,
  };
});
