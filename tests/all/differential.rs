//! Differential tests: every `tests/programs/*.js` is run by Node 22 and by the sandbox; stdout,
//! stderr and the exit code must be the same.
//!
//! Conventions (see tests/programs/README.md): cwd is tests/programs, the arguments are
//! `alpha beta`, `SECURE_EXEC_TEST=hello` is in the environment, `<name>.stdin` is fed as stdin.
//! The sandbox runs with `--allow-env --allow-fs` (its filesystem holds only the script's own
//! directory, read-only, and an in-memory layer).
//!
//! Stack frames inside Node's internals cannot match ours, so stderr is normalised on both sides:
//! lines `    at … node:…` are dropped (one ending in ` {` becomes `{`), and an "arrow" header that
//! points into internals (`node:internal/…:LINE`, its source line and caret line) is dropped.

use std::process::Command;

use crate::util::{cli, node22, programs_dir, run, Run};

pub fn normalize_stderr(s: &str) -> String {
    let lines: Vec<&str> = s.split('\n').collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let l = lines[i];
        let internal_arrow = l.starts_with("node:")
            && l.rsplit_once(':')
                .is_some_and(|(_, n)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
        if internal_arrow && i + 2 < lines.len() {
            i += 3;
            if lines.get(i) == Some(&"") {
                i += 1;
            }
            continue;
        }
        let t = l.trim_start();
        if t.starts_with("at ") && l.len() > t.len() && t.contains("node:") {
            if l.ends_with(" {") {
                out.push("{");
            }
            i += 1;
            continue;
        }
        out.push(l);
        i += 1;
    }
    out.join("\n")
}

fn run_both(file: &str) -> (Run, Run) {
    let dir = programs_dir();
    let stdin_path = dir.join(file.replace(".js", ".stdin"));
    let stdin = std::fs::read(&stdin_path).unwrap_or_default();
    let mut node = Command::new(node22());
    node.args([file, "alpha", "beta"])
        .current_dir(&dir)
        .env("SECURE_EXEC_TEST", "hello");
    let mut se = Command::new(cli());
    se.args(["run", "--allow-env", "--allow-fs", file, "alpha", "beta"])
        .current_dir(&dir)
        .env("SECURE_EXEC_TEST", "hello");
    (run(&mut node, &stdin), run(&mut se, &stdin))
}

fn first_difference(a: &str, b: &str) -> String {
    let al: Vec<&str> = a.lines().collect();
    let bl: Vec<&str> = b.lines().collect();
    for i in 0..al.len().max(bl.len()) {
        if al.get(i) != bl.get(i) {
            return format!(
                "line {}:\n    node: {:?}\n    sandbox: {:?}",
                i + 1,
                al.get(i).map(|s| s.chars().take(200).collect::<String>()),
                bl.get(i).map(|s| s.chars().take(200).collect::<String>())
            );
        }
    }
    "(trailing newline)".into()
}

/// Compare one program; `None` when identical.
pub fn compare(file: &str) -> Option<String> {
    let (n, s) = run_both(file);
    differences(&n, &s).map(|d| format!("{file}: {d}"))
}

/// How a sandbox run differs from node's (exit code, stdout, normalised stderr); `None` when
/// they are the same.
pub fn differences(n: &Run, s: &Run) -> Option<String> {
    let mut problems = Vec::new();
    if n.code != s.code {
        problems.push(format!("exit code: node {} sandbox {}", n.code, s.code));
    }
    if n.stdout != s.stdout {
        problems.push(format!(
            "stdout differs at {}",
            first_difference(&n.stdout, &s.stdout)
        ));
    }
    let (ne, se) = (normalize_stderr(&n.stderr), normalize_stderr(&s.stderr));
    if ne != se {
        problems.push(format!("stderr differs at {}", first_difference(&ne, &se)));
    }
    (!problems.is_empty()).then(|| problems.join("; "))
}

pub fn program_files() -> Vec<String> {
    let mut files: Vec<String> = std::fs::read_dir(programs_dir())
        .expect("tests/programs")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".js") || n.ends_with(".mjs"))
        // PROGRAMS=prefix[,prefix…] runs only the matching programs (for quick local runs).
        .filter(|n| crate::util::selected("PROGRAMS", n))
        .collect();
    files.sort();
    files
}

#[test]
fn programs_match_node22() {
    let files = program_files();
    assert!(
        files.len() >= 30 || std::env::var_os("PROGRAMS").is_some(),
        "expected at least 30 differential programs, found {}",
        files.len()
    );
    let _ = node22();
    crate::util::check_all(&files, "match node 22", |_, f| compare(f));
}

#[test]
fn normalization_drops_only_internal_frames() {
    let s = "Error: x\n    at f (/a.js:1:1)\n    at Module._compile (node:internal/x:1:2)\n    at node:internal/main:3:4 {\n  code: 'X'\n}";
    assert_eq!(
        normalize_stderr(s),
        "Error: x\n    at f (/a.js:1:1)\n{\n  code: 'X'\n}"
    );
    let s = "node:internal/process/promises:392\n      new X(reason);\n      ^\n\nUnhandled: y";
    assert_eq!(normalize_stderr(s), "Unhandled: y");
}
