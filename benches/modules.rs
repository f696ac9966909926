//! Module loading beside host node, in the same run: the time to `import()` lodash-es (an ES
//! module package of ~640 files) and to `require()` the `typescript` package (one 9 MB CommonJS
//! file), each measured inside the program from the first line of the load to its end, in a fresh
//! process (a cold module cache) for the sandbox CLI and for node.
//!
//! The packages are the npm fixtures of the integration tests: run
//! `cargo test --test all npm_packages` once first, which installs them into `.cache/packages`.

mod common;

use std::path::PathBuf;
use std::process::Command;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion};

struct Case {
    name: &'static str,
    fixture: &'static str,
    file: &'static str,
    code: &'static str,
}

const CASES: &[Case] = &[
    Case {
        name: "import_lodash-es",
        fixture: "lodash-es",
        file: "bench-load.mjs",
        code: "const t0 = performance.now(); const m = await import('lodash-es'); const t = performance.now() - t0; if (Object.keys(m).length < 300) throw new Error('incomplete'); console.log(t);",
    },
    Case {
        name: "require_typescript",
        fixture: "typescript",
        file: "bench-load.js",
        code: "const t0 = performance.now(); const ts = require('typescript'); const t = performance.now() - t0; if (typeof ts.transpileModule !== 'function') throw new Error('incomplete'); console.log(t);",
    },
];

fn fixture_dir(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join(".cache/packages")
        .join(name);
    assert!(
        dir.join("node_modules").exists(),
        "{} is not installed: run `cargo test --test all npm_packages` first",
        dir.display()
    );
    dir
}

fn timed(cmd: &mut Command) -> Duration {
    let o = cmd.output().expect("run");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    common::parse_ms(&String::from_utf8_lossy(&o.stdout))
}

fn loading(c: &mut Criterion) {
    let node = common::node();
    let cli = PathBuf::from(env!("CARGO_BIN_EXE_secure-exec"));
    for case in CASES {
        let dir = fixture_dir(case.fixture);
        std::fs::write(dir.join(case.file), case.code).expect("write the bench program");
        let mut g = c.benchmark_group(format!("modules/{}", case.name));
        g.sample_size(10);
        g.bench_function("secure_exec", |b| {
            b.iter_custom(|iters| {
                (0..iters)
                    .map(|_| {
                        timed(
                            Command::new(&cli)
                                .args(["run", "--allow-fs", case.file])
                                .current_dir(&dir),
                        )
                    })
                    .sum()
            })
        });
        g.bench_function("node", |b| {
            b.iter_custom(|iters| {
                (0..iters)
                    .map(|_| timed(Command::new(&node).arg(case.file).current_dir(&dir)))
                    .sum()
            })
        });
        g.finish();
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().measurement_time(Duration::from_secs(5)).warm_up_time(Duration::from_millis(500));
    targets = loading
}
criterion_main!(benches);
