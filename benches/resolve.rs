//! Module loading, sandbox beside host node in the same run:
//!
//! * `require_tree`: require a generated tree of 300 small CommonJS files (30 packages in
//!   `node_modules`, half found through `main`, half through `exports`, each with ten modules
//!   that require one another by relative path), timed from the first `require` to the last, in a
//!   fresh process each sample;
//! * `resolve_exports`: one `require.resolve` of a package subpath through `exports` conditions
//!   (µs per call, after a warm-up).
//!
//! The tree is written at bench time: into the VFS's memory for the sandbox, into a temporary
//! directory for node.

mod common;

use std::process::Command;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion};
use secure_exec::{ExecOptions, Permissions};

/// JS that writes the tree under `DIR` (a string literal is substituted).
const SETUP: &str = r#"
const fs = require('fs');
const path = require('path');
const PKGS = 30, FILES = 10;
let main = '';
for (let p = 0; p < PKGS; p++) {
  const dir = path.join(DIR, 'node_modules', 'pkg' + p);
  fs.mkdirSync(path.join(dir, 'lib'), { recursive: true });
  const pj = p % 2 === 0
    ? { name: 'pkg' + p, main: 'lib/f0.js' }
    : { name: 'pkg' + p, exports: { '.': { require: './lib/f0.js', default: './lib/f0.js' }, './sub/*': './lib/*.js' } };
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(pj));
  for (let f = 0; f < FILES; f++) {
    const next = f + 1 < FILES ? `require('./f${f + 1}')` : '({ v: 0 })';
    fs.writeFileSync(path.join(dir, 'lib', 'f' + f + '.js'), `exports.v = ${f} + ${next}.v|0; exports.n = 'pkg${p}/f${f}';`);
  }
  main += `require('pkg${p}');\n`;
}
fs.writeFileSync(path.join(DIR, 'main.js'), main);
"#;

fn tree_program(dir: &str) -> String {
    format!(
        "const DIR = {dir:?}; {SETUP} const t0 = performance.now(); require(DIR + '/main.js'); console.log(performance.now() - t0);"
    )
}

const RESOLVE_CALLS: u64 = 5_000;

fn resolve_program(dir: &str) -> String {
    format!(
        "const DIR = {dir:?}; {SETUP} const r = require('module').createRequire(DIR + '/main.js'); \
         for (let i = 0; i < 500; i++) r.resolve('pkg1/sub/f3'); \
         const t0 = performance.now(); for (let i = 0; i < {RESOLVE_CALLS}; i++) r.resolve('pkg1/sub/f3'); console.log(performance.now() - t0);"
    )
}

fn modules(c: &mut Criterion) {
    let node = common::node();
    let (rt, out) = common::capturing(Permissions::allow_all_fs());
    let tmp = tempfile::tempdir_in("/dev/shm")
        .or_else(|_| tempfile::tempdir())
        .unwrap();
    type Prog = fn(&str) -> String;
    let cases: [(&str, Prog, u64); 2] = [
        ("require_tree_300", tree_program, 1),
        ("resolve_exports", resolve_program, RESOLVE_CALLS),
    ];
    for (name, prog, calls) in cases {
        let mut g = c.benchmark_group(format!("modules/{name}"));
        g.sample_size(10);
        let sandbox_prog = prog("/bench");
        g.bench_function("secure_exec", |b| {
            b.iter_custom(|iters| {
                out.lock().unwrap().clear();
                let r = rt
                    .exec_blocking(Some(&sandbox_prog), ExecOptions::default())
                    .unwrap();
                assert_eq!(r.exit_code, 0, "{:?}", r.error);
                let s = out.lock().unwrap().clone();
                common::parse_ms(&s).mul_f64(iters as f64 / calls as f64)
            })
        });
        g.bench_function("node", |b| {
            b.iter_custom(|iters| {
                let dir = tempfile::tempdir_in(tmp.path()).unwrap();
                let p = prog(&dir.path().display().to_string());
                let o = Command::new(&node).args(["-e", &p]).output().unwrap();
                assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
                common::parse_ms(&String::from_utf8_lossy(&o.stdout))
                    .mul_f64(iters as f64 / calls as f64)
            })
        });
        g.finish();
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().measurement_time(Duration::from_secs(3)).warm_up_time(Duration::from_millis(500));
    targets = modules
}
criterion_main!(benches);
