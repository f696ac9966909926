//! Shared helpers: paths, the reference Node 22, running the CLI.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn programs_dir() -> PathBuf {
    root().join("tests/programs")
}

/// The secure-exec binary cargo built for these tests.
pub fn cli() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_secure-exec"))
}

/// Node 22 from the committed lockfile (`tests/node22`), installed with `npm ci` into
/// `.cache/node22` on first use. `SECURE_EXEC_NODE` overrides it.
pub fn node22() -> PathBuf {
    static NODE: OnceLock<Result<PathBuf, String>> = OnceLock::new();
    NODE.get_or_init(|| {
        if let Ok(p) = std::env::var("SECURE_EXEC_NODE") {
            return Ok(PathBuf::from(p));
        }
        let dir = root().join(".cache/node22");
        let bin = dir.join("node_modules/.bin/node");
        if bin.exists() {
            return Ok(bin);
        }
        std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
        for f in ["package.json", "package-lock.json"] {
            std::fs::copy(root().join("tests/node22").join(f), dir.join(f))
                .map_err(|e| e.to_string())?;
        }
        let out = Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .current_dir(&dir)
            .output()
            .map_err(|e| format!("cannot run npm: {e}"))?;
        if !out.status.success() || !bin.exists() {
            return Err(format!(
                "npm ci of the reference node failed: {}",
                String::from_utf8_lossy(&out.stderr)
            ));
        }
        Ok(bin)
    })
    .clone()
    .unwrap_or_else(|e| {
        panic!("the differential tests need Node 22: {e} (install npm, or set SECURE_EXEC_NODE)")
    })
}

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

pub fn run(cmd: &mut Command, stdin: &[u8]) -> Run {
    use std::io::Write;
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot spawn {cmd:?}: {e}"));
    let mut input = child.stdin.take().expect("stdin piped");
    let data = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&data);
    });
    let out: Output = child.wait_with_output().expect("wait");
    let _ = writer.join();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Run the CLI with `args` in `cwd`.
pub fn se(args: &[&str], cwd: &Path, stdin: &[u8]) -> Run {
    run(Command::new(cli()).args(args).current_dir(cwd), stdin)
}

/// Run `check` over `files` on two threads (this machine has two cores); collect the failures,
/// print a summary and fail the test if any.
pub fn check_all(
    files: &[String],
    what: &str,
    check: impl Fn(usize, &str) -> Option<String> + Send + Sync + 'static,
) {
    let check = std::sync::Arc::new(check);
    let chunks: Vec<Vec<String>> = files
        .chunks(files.len().div_ceil(2).max(1))
        .map(|c| c.to_vec())
        .collect();
    let handles: Vec<_> = chunks
        .into_iter()
        .enumerate()
        .map(|(worker, chunk)| {
            let check = check.clone();
            std::thread::spawn(move || {
                chunk
                    .iter()
                    .filter_map(|f| check(worker, f))
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    let failures: Vec<String> = handles
        .into_iter()
        .flat_map(|h| h.join().expect("worker"))
        .collect();
    println!(
        "{} of {} programs {what}",
        files.len() - failures.len(),
        files.len()
    );
    assert!(
        failures.is_empty(),
        "{} programs fail to {what}:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Whether `name` is picked by the comma-separated prefixes in the environment variable `var`
/// (everything is when it is unset or empty).
pub fn selected(var: &str, name: &str) -> bool {
    match std::env::var(var) {
        Ok(p) if !p.is_empty() => p.split(',').any(|p| name.starts_with(p)),
        _ => true,
    }
}
