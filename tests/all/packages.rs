//! Real npm packages: every project in `tests/packages/<name>/` (a committed package.json and
//! lockfile plus a `main.js`) is installed from the npm registry with `npm ci` into the ignored
//! `.cache/packages/<name>/` (once; again when its lockfile changes), then run by Node 22 and by
//! the sandbox: stdout, stderr (normalised as in the differential tests) and the exit code must
//! be the same.
//!
//! A fixture's package.json may hold `"secure-exec": { "args": [...] }`: extra CLI flags for the
//! sandbox run (a larger heap for the TypeScript compiler, say).

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::util::{cli, node22, root, run};

fn fixtures() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(root().join("tests/packages"))
        .expect("tests/packages")
        .flatten()
        .filter(|e| e.path().join("package-lock.json").exists())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        // PACKAGES=prefix[,prefix…] runs only the matching fixtures.
        .filter(|n| crate::util::selected("PACKAGES", n))
        .collect();
    names.sort();
    names
}

fn copy_tree(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for e in std::fs::read_dir(from)? {
        let e = e?;
        let target = to.join(e.file_name());
        if e.file_type()?.is_dir() {
            copy_tree(&e.path(), &target)?;
        } else {
            std::fs::copy(e.path(), target)?;
        }
    }
    Ok(())
}

/// The installed copy of one fixture.
fn install(name: &str) -> Result<PathBuf, String> {
    let src = root().join("tests/packages").join(name);
    let dst = root().join(".cache/packages").join(name);
    let lock = std::fs::read(src.join("package-lock.json")).map_err(|e| e.to_string())?;
    let installed = std::fs::read(dst.join(".installed-lock")).ok();
    // Sources are copied every time (cheap); dependencies only when the lockfile changed.
    copy_tree(&src, &dst).map_err(|e| format!("copy {name}: {e}"))?;
    if installed.as_deref() != Some(&lock[..]) || !dst.join("node_modules").exists() {
        let out = Command::new("npm")
            .args(["ci", "--ignore-scripts", "--no-audit", "--no-fund"])
            .current_dir(&dst)
            .output()
            .map_err(|e| format!("cannot run npm: {e}"))?;
        if !out.status.success() {
            return Err(format!(
                "npm ci in {} failed: {}",
                dst.display(),
                String::from_utf8_lossy(&out.stderr)
            ));
        }
        std::fs::write(dst.join(".installed-lock"), &lock).map_err(|e| e.to_string())?;
    }
    Ok(dst)
}

fn entry(dir: &Path) -> &'static str {
    if dir.join("main.mjs").exists() {
        "main.mjs"
    } else {
        "main.js"
    }
}

fn extra_args(dir: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(dir.join("package.json")).unwrap_or_default();
    let v: serde_json::Value = serde_json::from_str(&text).unwrap_or_default();
    v.get("secure-exec")
        .and_then(|s| s.get("args"))
        .and_then(|a| a.as_array())
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default()
}

fn compare(name: &str) -> Option<String> {
    let dir = match install(name) {
        Ok(d) => d,
        Err(e) => return Some(format!("{name}: {e}")),
    };
    let main = entry(&dir);
    let n = run(Command::new(node22()).arg(main).current_dir(&dir), b"");
    let mut se = Command::new(cli());
    se.arg("run")
        .args(["--allow-env", "--allow-fs"])
        .args(extra_args(&dir))
        .arg(main)
        .current_dir(&dir);
    let s = run(&mut se, b"");
    crate::differential::differences(&n, &s).map(|d| format!("{name}: {d}"))
}

#[test]
fn npm_packages_match_node22() {
    let names = fixtures();
    let _ = node22();
    // Install one at a time (npm is heavy), compare two at a time.
    let mut failures = Vec::new();
    let mut ready = Vec::new();
    for n in &names {
        match install(n) {
            Ok(_) => ready.push(n.clone()),
            Err(e) => failures.push(format!("{n}: {e}")),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    crate::util::check_all(&ready, "match node 22", |_, f| compare(f));
}
