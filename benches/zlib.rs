//! zlib from JS, sandbox (zlib-rs / brotli behind syscalls) beside host node (Chromium's zlib) in
//! the same run: gzipSync and gunzipSync of 1 MiB of text-like data at the default level. Each
//! figure is per call, measured over a fixed number of calls after a warm-up, in one sandbox or
//! one node process, and scaled to criterion's iteration count.

mod common;

use std::process::Command;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion};
use secure_exec::{ExecOptions, Permissions};

struct Case {
    name: &'static str,
    calls: u64,
    op: &'static str,
}

/// 1 MiB of log-like lines: compressible, but not trivially.
const SETUP: &str = "const zlib = require('zlib'); const parts = []; let n = 0; for (let i = 0; n < (1 << 20); i++) { const l = `${i} GET /api/items/${(i * 7919) % 10007} 200 ${(i * 31) % 997}ms user=${(i * 13) % 101}\\n`; parts.push(l); n += l.length; } const data = Buffer.from(parts.join('')).subarray(0, 1 << 20); const gz = zlib.gzipSync(data);";

const CASES: &[Case] = &[
    Case {
        name: "gzipSync_1MiB",
        calls: 30,
        op: "zlib.gzipSync(data)",
    },
    Case {
        name: "gunzipSync_1MiB",
        calls: 100,
        op: "zlib.gunzipSync(gz)",
    },
];

fn program(c: &Case) -> String {
    format!(
        "{SETUP} function work(n) {{ let r; for (let i = 0; i < n; i++) r = {}; return r; }} work({}); const t0 = performance.now(); work({}); console.log(performance.now() - t0);",
        c.op,
        (c.calls / 4).max(3),
        c.calls
    )
}

fn zlib_ops(c: &mut Criterion) {
    let node = common::node();
    let (rt, out) = common::capturing(Permissions::deny_all());
    for case in CASES {
        let mut g = c.benchmark_group(format!("zlib/{}", case.name));
        g.sample_size(10);
        let prog = program(case);
        g.bench_function("secure_exec", |b| {
            b.iter_custom(|iters| {
                out.lock().unwrap().clear();
                let r = rt
                    .exec_blocking(Some(&prog), ExecOptions::default())
                    .unwrap();
                assert_eq!(r.exit_code, 0, "{:?}", r.error);
                let s = out.lock().unwrap().clone();
                common::parse_ms(&s).mul_f64(iters as f64 / case.calls as f64)
            })
        });
        g.bench_function("node", |b| {
            b.iter_custom(|iters| {
                let o = Command::new(&node).args(["-e", &prog]).output().unwrap();
                assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
                common::parse_ms(&String::from_utf8_lossy(&o.stdout))
                    .mul_f64(iters as f64 / case.calls as f64)
            })
        });
        g.finish();
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().measurement_time(Duration::from_secs(3)).warm_up_time(Duration::from_millis(500));
    targets = zlib_ops
}
criterion_main!(benches);
