//! Filesystem operations from JS, sandbox (VFS actor) beside host node on a real tmpfs directory,
//! in the same run: readFileSync/writeFileSync of 1 KiB and 1 MiB, statSync, readdirSync of 1,000
//! entries. Each figure is per call, measured over a fixed number of calls after a warm-up, in one
//! sandbox or one node process, and scaled to criterion's iteration count.

mod common;

use std::process::Command;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion};
use secure_exec::{ExecOptions, Permissions};

struct Case {
    name: &'static str,
    calls: u64,
    /// Setup then the operation, in terms of `DIR` (replaced by the directory).
    setup: &'static str,
    op: &'static str,
}

const CASES: &[Case] = &[
    Case { name: "readFileSync_1KiB", calls: 20_000, setup: "fs.writeFileSync(DIR + '/f', Buffer.alloc(1024, 97));", op: "fs.readFileSync(DIR + '/f')" },
    Case { name: "readFileSync_1MiB", calls: 300, setup: "fs.writeFileSync(DIR + '/f', Buffer.alloc(1 << 20, 97));", op: "fs.readFileSync(DIR + '/f')" },
    Case { name: "writeFileSync_1KiB", calls: 20_000, setup: "const d = Buffer.alloc(1024, 97);", op: "fs.writeFileSync(DIR + '/w', d)" },
    Case { name: "writeFileSync_1MiB", calls: 300, setup: "const d = Buffer.alloc(1 << 20, 97);", op: "fs.writeFileSync(DIR + '/w', d)" },
    Case { name: "statSync", calls: 20_000, setup: "fs.writeFileSync(DIR + '/s', 'x');", op: "fs.statSync(DIR + '/s')" },
    Case {
        name: "readdirSync_1000",
        calls: 500,
        setup: "fs.mkdirSync(DIR + '/many', { recursive: true }); for (let i = 0; i < 1000; i++) fs.writeFileSync(DIR + '/many/f' + i, '');",
        op: "fs.readdirSync(DIR + '/many')",
    },
];

fn program(c: &Case, dir: &str) -> String {
    let dir = format!("{dir:?}");
    format!(
        "const fs = require('fs'); const DIR = {dir}; {} function work(n) {{ let r; for (let i = 0; i < n; i++) r = {}; return r; }} work({}); const t0 = performance.now(); work({}); console.log(performance.now() - t0);",
        c.setup.replace("DIR", "DIR"),
        c.op,
        (c.calls / 4).max(10),
        c.calls
    )
}

fn fs_ops(c: &mut Criterion) {
    let node = common::node();
    let (rt, out) = common::capturing(Permissions::allow_all_fs());
    let tmp = tempfile::tempdir_in("/dev/shm")
        .or_else(|_| tempfile::tempdir())
        .unwrap();
    for case in CASES {
        let mut g = c.benchmark_group(format!("fs/{}", case.name));
        g.sample_size(10);
        let sandbox_prog = format!(
            "require('fs').mkdirSync('/bench', {{ recursive: true }}); {}",
            program(case, "/bench")
        );
        g.bench_function("secure_exec", |b| {
            b.iter_custom(|iters| {
                out.lock().unwrap().clear();
                let r = rt
                    .exec_blocking(Some(&sandbox_prog), ExecOptions::default())
                    .unwrap();
                assert_eq!(r.exit_code, 0, "{:?}", r.error);
                let s = out.lock().unwrap().clone();
                common::parse_ms(&s).mul_f64(iters as f64 / case.calls as f64)
            })
        });
        g.bench_function("node", |b| {
            b.iter_custom(|iters| {
                let dir = tempfile::tempdir_in(tmp.path()).unwrap();
                let prog = program(case, &dir.path().display().to_string());
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
    targets = fs_ops
}
criterion_main!(benches);
