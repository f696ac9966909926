//! The library API: exec/run, stdio, options, many sandboxes at once.

use std::sync::{Arc, Mutex};

use secure_exec::{ExecOptions, Permissions, Runtime, StdioStream};

type Captured = Arc<Mutex<Vec<(StdioStream, String)>>>;

fn capturing(p: Permissions) -> (Runtime, Captured) {
    let out: Captured = Arc::default();
    let sink = out.clone();
    let rt = Runtime::builder()
        .permissions(p)
        .on_stdio(move |ev| {
            sink.lock()
                .unwrap()
                .push((ev.stream, String::from_utf8_lossy(ev.data).into_owned()));
        })
        .build()
        .expect("runtime");
    (rt, out)
}

fn joined(c: &Captured, stream: StdioStream) -> String {
    c.lock()
        .unwrap()
        .iter()
        .filter(|(s, _)| *s == stream)
        .map(|(_, t)| t.as_str())
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn exec_streams_stdout_and_stderr_in_order() {
    let (rt, out) = capturing(Permissions::deny_all());
    let r = rt
        .exec("console.log('a'); console.error('b'); process.stdout.write('c\\n'); setTimeout(() => console.warn('d'), 1)", ExecOptions::default())
        .await
        .unwrap();
    assert_eq!(r.exit_code, 0);
    assert_eq!(r.error, None);
    let events: Vec<_> = out.lock().unwrap().clone();
    let order: Vec<String> = events.iter().map(|(s, t)| format!("{s:?}:{t}")).collect();
    assert_eq!(
        order,
        vec!["Stdout:a\n", "Stderr:b\n", "Stdout:c\n", "Stderr:d\n"]
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn output_is_dropped_without_a_callback() {
    let rt = Runtime::builder().build().unwrap();
    let r = rt
        .exec(
            "for (let i = 0; i < 1000; i++) console.log('x'.repeat(1000))",
            ExecOptions::default(),
        )
        .await
        .unwrap();
    assert_eq!(r.exit_code, 0);
}

#[tokio::test(flavor = "multi_thread")]
async fn run_returns_exports_as_json() {
    let rt = Runtime::builder().build().unwrap();
    let v = rt
        .run("module.exports = { n: 6 * 7, s: 'x', list: [1, null, true], nested: { a: 1 } }")
        .await
        .unwrap();
    assert_eq!(
        v,
        serde_json::json!({ "n": 42, "s": "x", "list": [1, null, true], "nested": { "a": 1 } })
    );
    let v = rt
        .run("module.exports = new Promise(r => setTimeout(() => r({ late: true }), 5))")
        .await
        .unwrap();
    assert_eq!(v, serde_json::json!({ "late": true }));
    let err = rt.run("throw new Error('nope')").await.unwrap_err();
    assert!(err.to_string().contains("nope"), "{err}");
}

#[tokio::test(flavor = "multi_thread")]
async fn options_reach_the_process() {
    let (rt, out) = capturing(Permissions::allow_all_env().with_all_fs());
    let r = rt
        .exec(
            "console.log(JSON.stringify({ argv: process.argv.slice(2), env: process.env.GREETING, cwd: process.cwd(), file: __filename }));\
             let s = ''; process.stdin.setEncoding('utf8'); process.stdin.on('data', d => s += d); process.stdin.on('end', () => console.log('stdin:' + s));",
            ExecOptions {
                file_path: Some("/work/main.js".into()),
                argv: vec!["one".into(), "two".into()],
                env: vec![("GREETING".into(), "hi".into())],
                cwd: Some("/".into()),
                stdin: b"piped input".to_vec(),
                limits: None,
            },
        )
        .await
        .unwrap();
    assert_eq!(r.exit_code, 0, "{:?}", r.error);
    assert_eq!(
        joined(&out, StdioStream::Stdout),
        "{\"argv\":[\"one\",\"two\"],\"env\":\"hi\",\"cwd\":\"/\",\"file\":\"/work/main.js\"}\nstdin:piped input\n"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn uncaught_errors_and_exit_codes() {
    let (rt, out) = capturing(Permissions::deny_all());
    let r = rt
        .exec("throw new TypeError('bad thing')", ExecOptions::default())
        .await
        .unwrap();
    assert_eq!(r.exit_code, 1);
    assert!(
        r.error
            .as_deref()
            .unwrap_or("")
            .contains("TypeError: bad thing"),
        "{:?}",
        r.error
    );
    assert!(joined(&out, StdioStream::Stderr).contains("TypeError: bad thing"));
    let r = rt
        .exec(
            "setTimeout(() => process.exit(42), 1)",
            ExecOptions::default(),
        )
        .await
        .unwrap();
    assert_eq!(r.exit_code, 42);
    let r = rt.exec("let x = ;", ExecOptions::default()).await.unwrap();
    assert_eq!(r.exit_code, 1);
    assert!(
        r.error.as_deref().unwrap_or("").contains("SyntaxError"),
        "{:?}",
        r.error
    );
    let r = rt
        .exec("Promise.reject(new Error('late'))", ExecOptions::default())
        .await
        .unwrap();
    assert_eq!(r.exit_code, 1);
}

#[tokio::test(flavor = "multi_thread")]
async fn many_sandboxes_at_once_are_isolated() {
    let rt = Arc::new(Runtime::builder().build().unwrap());
    let mut tasks = Vec::new();
    for i in 0..16 {
        let rt = rt.clone();
        tasks.push(tokio::spawn(async move {
            let code = format!(
                "globalThis.mine = {i}; Object.prototype.polluted = {i}; \
                 module.exports = new Promise(r => setTimeout(() => r({{ mine: globalThis.mine, polluted: ({{}}).polluted, others: Object.keys(globalThis).filter(k => k.startsWith('other')).length }}), 10));"
            );
            rt.run(&code).await.unwrap()
        }));
    }
    for (i, t) in tasks.into_iter().enumerate() {
        let v = t.await.unwrap();
        assert_eq!(v["mine"], i);
        assert_eq!(v["polluted"], i);
        assert_eq!(v["others"], 0);
    }
    assert_eq!(rt.kernel().process_count(), 0, "every process is reaped");
}

#[tokio::test(flavor = "multi_thread")]
async fn huge_output_is_delivered_whole() {
    let (rt, out) = capturing(Permissions::deny_all());
    let r = rt
        .exec(
            "console.log('x'.repeat(5 * 1024 * 1024))",
            ExecOptions::default(),
        )
        .await
        .unwrap();
    assert_eq!(r.exit_code, 0);
    assert_eq!(joined(&out, StdioStream::Stdout).len(), 5 * 1024 * 1024 + 1);
}

#[tokio::test(flavor = "multi_thread")]
async fn writes_persist_between_runs_of_one_runtime_only() {
    let rt = Runtime::builder()
        .permissions(Permissions::allow_all_fs())
        .build()
        .unwrap();
    let r = rt
        .exec(
            "require('fs').writeFileSync('/state.txt', 'kept')",
            ExecOptions::default(),
        )
        .await
        .unwrap();
    assert_eq!(r.exit_code, 0, "{:?}", r.error);
    let v = rt
        .run("module.exports = require('fs').readFileSync('/state.txt', 'utf8')")
        .await
        .unwrap();
    assert_eq!(v, "kept");
    let other = Runtime::builder()
        .permissions(Permissions::allow_all_fs())
        .build()
        .unwrap();
    let v = other
        .run("module.exports = require('fs').existsSync('/state.txt')")
        .await
        .unwrap();
    assert_eq!(v, false);
}

#[test]
fn blocking_exec_and_threads_do_not_leak() {
    let threads = || {
        std::fs::read_dir("/proc/self/task")
            .map(|d| d.count())
            .unwrap_or(0)
    };
    // Warm up: the snapshot, V8's platform workers and the watchdog are created once.
    {
        let rt = Runtime::builder()
            .cpu_time_limit(std::time::Duration::from_secs(5))
            .build()
            .unwrap();
        rt.exec_blocking(Some("1"), ExecOptions::default()).unwrap();
    }
    let before = threads();
    for _ in 0..5 {
        let rt = Runtime::builder()
            .cpu_time_limit(std::time::Duration::from_secs(5))
            .build()
            .unwrap();
        let r = rt
            .exec_blocking(Some("setTimeout(() => {}, 1)"), ExecOptions::default())
            .unwrap();
        assert_eq!(r.exit_code, 0);
        drop(rt);
    }
    let after = threads();
    assert!(after <= before, "threads grew from {before} to {after}");
}

#[tokio::test(flavor = "multi_thread")]
async fn bridge_made_errors_rejected_unhandled_do_not_crash() {
    // An error created inside bridge code has no column in user code: reported, not a panic.
    let rt = Runtime::builder().build().unwrap();
    let r = rt
        .exec(
            "let e; try { Buffer.alloc(-1) } catch (x) { e = x } Promise.reject(e);",
            ExecOptions::default(),
        )
        .await
        .unwrap();
    assert_eq!(r.exit_code, 1, "{:?}", r.error);
    assert!(
        r.error
            .as_deref()
            .unwrap_or("")
            .contains("ERR_OUT_OF_RANGE"),
        "{:?}",
        r.error
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn exec_classifies_es_modules_by_file_path() {
    let out: Captured = Arc::default();
    let sink = out.clone();
    let rt = Runtime::builder()
        .permissions(Permissions::allow_all_fs())
        .file(
            "/app/lib.mjs",
            "export const answer = 42; export default 'lib';",
        )
        .file("/app/pkg/package.json", r#"{ "type": "module" }"#)
        .file("/app/pkg/util.js", "export const kind = typeof require;")
        .on_stdio(move |ev| {
            sink.lock()
                .unwrap()
                .push((ev.stream, String::from_utf8_lossy(ev.data).into_owned()));
        })
        .build()
        .unwrap();
    let esm = |path: &str| ExecOptions {
        file_path: Some(path.into()),
        ..Default::default()
    };
    // An .mjs entry is a module: static imports, top-level await, import.meta.
    let r = rt
        .exec(
            "import lib, { answer } from './lib.mjs'; import { kind } from './pkg/util.js';\
             const m = await import('node:path');\
             console.log(lib, answer, kind, m.basename(import.meta.filename), typeof require);",
            esm("/app/main.mjs"),
        )
        .await
        .unwrap();
    assert_eq!((r.exit_code, r.error.as_deref()), (0, None));
    assert_eq!(
        joined(&out, StdioStream::Stdout),
        "lib 42 undefined main.mjs undefined\n"
    );
    // A .js file under "type": "module" is one too; the same code as .cjs is a syntax error.
    out.lock().unwrap().clear();
    let r = rt
        .exec(
            "export const x = 1; console.log('module', import.meta.url);",
            esm("/app/pkg/entry.js"),
        )
        .await
        .unwrap();
    assert_eq!(r.exit_code, 0, "{:?}", r.error);
    assert_eq!(
        joined(&out, StdioStream::Stdout),
        "module file:///app/pkg/entry.js\n"
    );
    out.lock().unwrap().clear();
    let r = rt
        .exec("export const x = 1;", esm("/app/entry.cjs"))
        .await
        .unwrap();
    assert_eq!(r.exit_code, 1);
    assert!(joined(&out, StdioStream::Stderr).contains("SyntaxError: Unexpected token 'export'"));
    // A missing import fails the run with node's error, and the runtime stays usable.
    out.lock().unwrap().clear();
    let r = rt
        .exec("import './nope.mjs';", esm("/app/bad.mjs"))
        .await
        .unwrap();
    assert_eq!(r.exit_code, 1);
    let err = joined(&out, StdioStream::Stderr);
    assert!(
        err.contains("Error [ERR_MODULE_NOT_FOUND]: Cannot find module '/app/nope.mjs' imported from /app/bad.mjs"),
        "{err}"
    );
    let v = rt.run("module.exports = 1 + 1").await.unwrap();
    assert_eq!(v, 2);
}
