//! Start-up and syscall latency, each beside host node doing the same work in the same run.
//!
//! * cold_start: a new runtime (kernel actors) and a new sandbox computing `1+1`, vs spawning
//!   `node -e` (and the bare-V8 floor: isolate + context + `1+1`).
//! * warm_exec: a new sandbox in an existing runtime, vs `vm.runInNewContext` inside a running node.
//! * syscall_round_trip: `fs.statSync` from JS, sandbox (VFS actor) vs node (real tmpfs file).

mod common;

use std::process::Command;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion};
use secure_exec::{ExecOptions, Permissions, Runtime};

fn parse_ms(out: &str) -> Duration {
    let ms: f64 = out.trim().lines().last().and_then(|l| l.trim().parse().ok()).unwrap_or_else(|| panic!("no timing in {out:?}"));
    Duration::from_secs_f64(ms / 1000.0)
}

fn cold_start(c: &mut Criterion) {
    secure_exec::isolate::init_v8();
    secure_exec::isolate::warm_up().expect("snapshot");
    let mut g = c.benchmark_group("cold_start");
    g.bench_function("v8_floor_isolate_context_1plus1", |b| {
        b.iter(|| {
            let isolate = &mut v8::Isolate::new(v8::CreateParams::default());
            v8::scope!(let scope, isolate);
            let context = v8::Context::new(scope, Default::default());
            let scope = &mut v8::ContextScope::new(scope, context);
            let code = v8::String::new(scope, "1+1").unwrap();
            let r = v8::Script::compile(scope, code, None).unwrap().run(scope).unwrap();
            assert_eq!(r.int32_value(scope), Some(2));
        })
    });
    g.bench_function("secure_exec_new_runtime_run_1plus1", |b| {
        b.iter(|| {
            let rt = Runtime::builder().build().unwrap();
            let r = rt.exec_blocking(Some("module.exports = 1 + 1"), ExecOptions::default()).unwrap();
            assert_eq!(r.exit_code, 0);
        })
    });
    let node = common::node();
    g.sample_size(20);
    g.bench_function("node_spawn_e", |b| {
        b.iter(|| {
            let s = Command::new(&node).args(["-e", "1+1"]).status().unwrap();
            assert!(s.success());
        })
    });
    g.finish();
}

fn warm_exec(c: &mut Criterion) {
    let mut g = c.benchmark_group("warm_exec");
    let rt = Runtime::builder().build().unwrap();
    g.bench_function("secure_exec_exec_in_existing_runtime", |b| {
        b.iter(|| {
            let r = rt.exec_blocking(Some("module.exports = 1 + 1"), ExecOptions::default()).unwrap();
            assert_eq!(r.exit_code, 0);
        })
    });
    let node = common::node();
    g.bench_function("node_vm_runInNewContext", |b| {
        b.iter_custom(|iters| {
            let script = format!(
                "const vm = require('vm'); const t0 = performance.now(); for (let i = 0; i < {iters}; i++) vm.runInNewContext('1+1'); console.log(performance.now() - t0)"
            );
            let out = Command::new(&node).args(["-e", &script]).output().unwrap();
            parse_ms(&String::from_utf8_lossy(&out.stdout))
        })
    });
    g.finish();
}

fn syscall_round_trip(c: &mut Criterion) {
    let mut g = c.benchmark_group("syscall_round_trip");
    let (rt, out) = common::capturing(Permissions::allow_all_fs());
    g.bench_function("secure_exec_fs_statSync", |b| {
        b.iter_custom(|iters| {
            out.lock().unwrap().clear();
            let code = format!(
                "const fs = require('fs'); fs.writeFileSync('/f', 'x'); fs.statSync('/f'); const t0 = performance.now(); for (let i = 0; i < {iters}; i++) fs.statSync('/f'); console.log(performance.now() - t0)"
            );
            let r = rt.exec_blocking(Some(&code), ExecOptions::default()).unwrap();
            assert_eq!(r.exit_code, 0, "{:?}", r.error);
            let s = out.lock().unwrap().clone();
            parse_ms(&s)
        })
    });
    let node = common::node();
    let dir = tempfile::tempdir_in("/dev/shm").or_else(|_| tempfile::tempdir()).unwrap();
    let f = dir.path().join("f");
    std::fs::write(&f, "x").unwrap();
    g.bench_function("node_fs_statSync", |b| {
        b.iter_custom(|iters| {
            let script = format!(
                "const fs = require('fs'); fs.statSync({f:?}); const t0 = performance.now(); for (let i = 0; i < {iters}; i++) fs.statSync({f:?}); console.log(performance.now() - t0)",
                f = f.display().to_string()
            );
            let out = Command::new(&node).args(["-e", &script]).output().unwrap();
            parse_ms(&String::from_utf8_lossy(&out.stdout))
        })
    });
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().measurement_time(Duration::from_secs(4)).warm_up_time(Duration::from_secs(1));
    targets = cold_start, warm_exec, syscall_round_trip
}
criterion_main!(benches);
