// Shared by the benchmarks: the reference node and a capturing runtime.
#![allow(dead_code)]

use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use secure_exec::{Permissions, Runtime};

/// Node 22 from `.cache/node22` (installed by the tests), else `node` on PATH.
pub fn node() -> PathBuf {
    if let Ok(p) = std::env::var("SECURE_EXEC_NODE") {
        return PathBuf::from(p);
    }
    let local =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(".cache/node22/node_modules/.bin/node");
    if local.exists() {
        local
    } else {
        PathBuf::from("node")
    }
}

/// A runtime whose stdout is collected.
pub fn capturing(p: Permissions) -> (Runtime, Arc<Mutex<String>>) {
    let out = Arc::new(Mutex::new(String::new()));
    let sink = out.clone();
    let rt = Runtime::builder()
        .permissions(p)
        .on_stdio(move |ev| {
            sink.lock()
                .unwrap()
                .push_str(&String::from_utf8_lossy(ev.data))
        })
        .build()
        .expect("runtime");
    (rt, out)
}

/// The number of milliseconds a benchmark program printed on its last line.
pub fn parse_ms(out: &str) -> Duration {
    let ms: f64 = out
        .trim()
        .lines()
        .last()
        .and_then(|l| l.trim().parse().ok())
        .unwrap_or_else(|| panic!("no timing in {out:?}"));
    Duration::from_secs_f64(ms / 1000.0)
}
