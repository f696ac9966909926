//! Builtins whose behaviour differs from Node by design: unsupported modules refuse `require`,
//! deferred modules load but every API throws "<module>.<api> is not supported in sandbox".

use std::sync::{Arc, Mutex};

use secure_exec::{ExecOptions, Runtime};

async fn stdout_of(code: &str) -> String {
    let out = Arc::new(Mutex::new(String::new()));
    let sink = out.clone();
    let rt = Runtime::builder()
        .on_stdio(move |ev| {
            sink.lock()
                .unwrap()
                .push_str(&String::from_utf8_lossy(ev.data))
        })
        .build()
        .unwrap();
    let r = rt.exec(code, ExecOptions::default()).await.unwrap();
    assert_eq!(r.exit_code, 0, "{:?}", r.error);
    let s = out.lock().unwrap().clone();
    s
}

#[tokio::test(flavor = "multi_thread")]
async fn unsupported_modules_throw_on_require() {
    let out = stdout_of(
        "for (const m of ['dgram', 'cluster', 'wasi', 'inspector', 'inspector/promises', 'repl', 'trace_events', 'domain']) {
           for (const id of [m, 'node:' + m]) {
             try { require(id); console.log('loaded', id); }
             catch (e) { console.log(e.name, e.code, e.message); }
           }
         }",
    )
    .await;
    let mut want = String::new();
    for m in [
        "dgram",
        "cluster",
        "wasi",
        "inspector",
        "inspector/promises",
        "repl",
        "trace_events",
        "domain",
    ] {
        for _ in 0..2 {
            want.push_str(&format!(
                "Error ERR_NOT_SUPPORTED_IN_SANDBOX {m} is not supported in sandbox\n"
            ));
        }
    }
    assert_eq!(out, want);
}

#[tokio::test(flavor = "multi_thread")]
async fn deferred_modules_load_and_throw_on_call() {
    let out = stdout_of(
        "const net = require('node:net');
         console.log(Object.keys(net).includes('createServer'), typeof net.Socket, net.isIP('10.0.0.1'), net.isIP('::1'), net.isIP('nope'));
         const calls = [
           () => net.createServer(), () => new net.Socket(), () => net.connect(80),
           () => require('tls').connect(443), () => new (require('tls').TLSSocket)(),
           () => new (require('worker_threads').Worker)('w.js'),
           () => require('http2').createServer(), () => require('dns').lookup('x', () => {}),
           () => require('dns/promises').resolve4('x'), () => require('http').request('http://x'),
           () => new (require('https').Agent)(), () => require('child_process').execSync('ls'),
           () => new (require('_http_agent').Agent)(), () => require('_tls_wrap').connect(443),
         ];
         for (const c of calls) {
           try { c(); console.log('no throw'); } catch (e) { console.log(e.name, e.code, e.message); }
         }
         const wt = require('worker_threads');
         console.log(wt.isMainThread, wt.threadId, wt.parentPort, require('http').STATUS_CODES[418]);
         console.log(require('dns').promises === require('node:dns/promises'), require('net') === net);",
    )
    .await;
    let e = "Error ERR_NOT_SUPPORTED_IN_SANDBOX";
    let want = format!(
        "true function 4 6 0\n\
         {e} net.createServer is not supported in sandbox\n\
         {e} net.Socket is not supported in sandbox\n\
         {e} net.connect is not supported in sandbox\n\
         {e} tls.connect is not supported in sandbox\n\
         {e} tls.TLSSocket is not supported in sandbox\n\
         {e} worker_threads.Worker is not supported in sandbox\n\
         {e} http2.createServer is not supported in sandbox\n\
         {e} dns.lookup is not supported in sandbox\n\
         {e} dns.promises.resolve4 is not supported in sandbox\n\
         {e} http.request is not supported in sandbox\n\
         {e} https.Agent is not supported in sandbox\n\
         {e} child_process.execSync is not supported in sandbox\n\
         {e} _http_agent.Agent is not supported in sandbox\n\
         {e} _tls_wrap.connect is not supported in sandbox\n\
         true 0 null I'm a Teapot\n\
         true true\n"
    );
    assert_eq!(out, want);
}

#[tokio::test(flavor = "multi_thread")]
async fn vm_and_v8_deferred_apis() {
    let out = stdout_of(
        "try { require('vm').measureMemory(); } catch (e) { console.log(e.code, e.message); }
         try { require('v8').getHeapSnapshot(); } catch (e) { console.log(e.code, e.message); }
         try { new (require('node:v8').GCProfiler)(); } catch (e) { console.log(e.code, e.message); }",
    )
    .await;
    assert_eq!(
        out,
        "ERR_NOT_SUPPORTED_IN_SANDBOX vm.measureMemory is not supported in sandbox\n\
         ERR_NOT_SUPPORTED_IN_SANDBOX v8.getHeapSnapshot is not supported in sandbox\n\
         ERR_NOT_SUPPORTED_IN_SANDBOX v8.GCProfiler is not supported in sandbox\n"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn v8_custom_host_object_readers_are_refused() {
    // V8 forbids running JavaScript while it deserializes; an overridden _readHostObject would
    // have to, so it is refused (the default format is read natively and works).
    let out = stdout_of(
        "const v8 = require('v8');
         class S extends v8.Serializer {
           constructor() { super(); this._setTreatArrayBufferViewsAsHostObjects(true); }
           _writeHostObject(view) { this.writeUint32(view.length); }
         }
         class D extends v8.Deserializer { _readHostObject() { return { n: this.readUint32() }; } }
         const s = new S(); s.writeHeader(); s.writeValue([new Uint8Array(2)]);
         const d = new D(s.releaseBuffer()); d.readHeader();
         try { d.readValue(); console.log('read?!'); } catch (e) { console.log(e.name + ': ' + e.message); }
         console.log(v8.deserialize(v8.serialize({ b: Buffer.from('hi'), f: new Float64Array([1.5]) })));",
    )
    .await;
    assert_eq!(
        out,
        "Error: v8.Deserializer._readHostObject is not supported in sandbox\n\
         { b: <Buffer 68 69>, f: Float64Array(1) [ 1.5 ] }\n"
    );
}
