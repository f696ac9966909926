//! Start-up and syscall latency, each beside host node doing the same work in the same run.
//!
//! * cold_start: a new runtime (kernel actors) and a new sandbox computing `1+1`, vs spawning
//!   `node -e` (and the bare-V8 floor: isolate + context + `1+1`).
//! * warm_exec: a new sandbox in an existing runtime, vs `vm.runInNewContext` inside a running node.
//! * syscall_round_trip: `fs.statSync` from JS, per call over 50,000 calls after 20,000 warm-up calls
//!   (steady state), sandbox (VFS actor) vs node (real tmpfs file); and the kernel alone from Rust.

mod common;

use std::process::Command;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion};
use secure_exec::{ExecOptions, Permissions, Runtime};

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
            let r = v8::Script::compile(scope, code, None)
                .unwrap()
                .run(scope)
                .unwrap();
            assert_eq!(r.int32_value(scope), Some(2));
        })
    });
    g.bench_function("secure_exec_new_runtime_run_1plus1", |b| {
        b.iter(|| {
            let rt = Runtime::builder().build().unwrap();
            let r = rt
                .exec_blocking(Some("module.exports = 1 + 1"), ExecOptions::default())
                .unwrap();
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
            let r = rt
                .exec_blocking(Some("module.exports = 1 + 1"), ExecOptions::default())
                .unwrap();
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
            common::parse_ms(&String::from_utf8_lossy(&out.stdout))
        })
    });
    g.finish();
}

/// Calls per measurement: the per-call time is measured over this many calls in a warmed-up
/// sandbox (or node) and scaled to criterion's iteration count.
const STAT_CALLS: u64 = 50_000;

fn scaled(ms_for_calls: Duration, iters: u64) -> Duration {
    ms_for_calls.mul_f64(iters as f64 / STAT_CALLS as f64)
}

fn syscall_round_trip(c: &mut Criterion) {
    let mut g = c.benchmark_group("syscall_round_trip");
    g.sample_size(10);
    let (rt, out) = common::capturing(Permissions::allow_all_fs());
    let program = |target: &str| {
        format!(
            "const fs = require('fs'); function work(n) {{ for (let i = 0; i < n; i++) fs.statSync({target:?}); }} work(20000); const t0 = performance.now(); work({STAT_CALLS}); console.log(performance.now() - t0)"
        )
    };
    g.bench_function("secure_exec_fs_statSync", |b| {
        b.iter_custom(|iters| {
            out.lock().unwrap().clear();
            let code = format!("require('fs').writeFileSync('/f', 'x'); {}", program("/f"));
            let r = rt
                .exec_blocking(Some(&code), ExecOptions::default())
                .unwrap();
            assert_eq!(r.exit_code, 0, "{:?}", r.error);
            let s = out.lock().unwrap().clone();
            scaled(common::parse_ms(&s), iters)
        })
    });
    // The kernel alone (no JS): dispatch, permission check, VFS actor hop, reply.
    let k = secure_exec::actors::Kernel::start(secure_exec::actors::KernelConfig {
        permissions: Permissions::allow_all(),
        ..Default::default()
    })
    .unwrap();
    let pid = k.spawn(Default::default()).unwrap();
    k.call(
        pid,
        secure_exec::syscalls::Syscall::FsMkdir {
            path: "/d".into(),
            recursive: false,
            mode: 0o777,
        },
    )
    .unwrap();
    g.bench_function("kernel_only_fs_stat", |b| {
        b.iter(|| {
            k.call(
                pid,
                secure_exec::syscalls::Syscall::FsStat {
                    path: "/d".into(),
                    follow: true,
                },
            )
            .unwrap()
        })
    });
    k.shutdown();
    let node = common::node();
    let dir = tempfile::tempdir_in("/dev/shm")
        .or_else(|_| tempfile::tempdir())
        .unwrap();
    let f = dir.path().join("f");
    std::fs::write(&f, "x").unwrap();
    let script = program(&f.display().to_string());
    g.bench_function("node_fs_statSync", |b| {
        b.iter_custom(|iters| {
            let out = Command::new(&node).args(["-e", &script]).output().unwrap();
            scaled(
                common::parse_ms(&String::from_utf8_lossy(&out.stdout)),
                iters,
            )
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
