//! Recording overhead and replay speed, beside the unrecorded run in the same process:
//! a syscall-heavy program (reading 1,000 files) and a CPU-bound one.

mod common;

use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion};
use secure_exec::trace::{TraceHeader, TRACE_FORMAT, TRACE_MAGIC};
use secure_exec::{ExecOptions, Permissions, Runtime};

const READ_1000: &str = "const fs = require('fs'); let n = 0; for (let i = 0; i < 1000; i++) n += fs.readFileSync('/files/f' + i + '.txt').length; if (n !== 1000 * 64) throw new Error('bad total ' + n);";
const CPU: &str = "function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); } let s = 0; for (let i = 0; i < 5; i++) s += fib(24); if (s !== 5 * 46368) throw new Error('bad');";

fn header(source: Option<&str>) -> TraceHeader {
    TraceHeader {
        magic: TRACE_MAGIC.into(),
        format: TRACE_FORMAT,
        secure_exec_version: env!("CARGO_PKG_VERSION").into(),
        entry: "/bench.js".into(),
        argv: vec![],
        permissions: "allow_all_fs".into(),
        source: source.map(String::from),
        options: vec![],
    }
}

fn runtime(record: Option<(&std::path::Path, Option<&str>)>) -> Runtime {
    let mut b = Runtime::builder().permissions(Permissions::allow_all_fs());
    for i in 0..1000 {
        b = b.file(format!("/files/f{i}.txt"), vec![b'x'; 64]);
    }
    if let Some((p, source)) = record {
        b = b.record(p, header(source));
    }
    b.build().expect("runtime")
}

fn exec(rt: &Runtime, code: &str) {
    let r = rt
        .exec_blocking(
            Some(code),
            ExecOptions {
                file_path: Some("/bench.js".into()),
                ..Default::default()
            },
        )
        .expect("exec");
    assert_eq!(r.exit_code, 0, "{:?}", r.error);
}

fn workload(c: &mut Criterion, name: &str, code: &'static str) {
    let mut g = c.benchmark_group(name);
    g.sample_size(20);
    let plain = runtime(None);
    g.bench_function("unrecorded", |b| b.iter(|| exec(&plain, code)));
    let dir = tempfile::tempdir().unwrap();
    // The same warm runtime, recording every run into one trace.
    let all = dir.path().join("all.trace");
    let recording = runtime(Some((&all, None)));
    g.bench_function("recorded", |b| {
        b.iter(|| {
            exec(&recording, code);
            recording.flush_trace();
        })
    });
    recording.shutdown().expect("trace written");
    // Record once (the entry is inline code, so the header keeps it), then replay that trace.
    let path = dir.path().join("replay.trace");
    let rt = runtime(Some((&path, Some(code))));
    exec(&rt, code);
    rt.shutdown().unwrap();
    let trace = secure_exec::trace::load_trace(&path).expect("trace");
    g.bench_function("replayed", |b| {
        b.iter(|| {
            let r = secure_exec::runtime::replay_trace(&trace, None, 128, vec![]).unwrap();
            assert_eq!(r.exit_code, 0, "{:?}", r.error);
        })
    });
    g.finish();
}

fn benches(c: &mut Criterion) {
    workload(c, "record_read_1000_files", READ_1000);
    workload(c, "record_cpu_bound", CPU);
}

criterion_group! {
    name = record;
    config = Criterion::default().measurement_time(Duration::from_secs(5)).warm_up_time(Duration::from_secs(1));
    targets = benches
}
criterion_main!(record);
