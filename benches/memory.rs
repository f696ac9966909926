//! Resident memory per idle sandbox: 1,000 sandboxes waiting on a timer, beside one idle host
//! node process. Prints a table (criterion measures time, not memory).

mod common;

use std::process::Command;
use std::time::{Duration, Instant};

use secure_exec::{ExecOptions, Runtime};

fn rss_kib(pid: &str) -> u64 {
    let s = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    s.lines()
        .find(|l| l.starts_with("VmRSS:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

fn main() {
    // `cargo bench` passes harness flags; `--bench` is all we need to know.
    let n: usize = std::env::var("SANDBOXES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1000);
    secure_exec::isolate::warm_up().expect("snapshot");
    let rt = Runtime::builder().build().unwrap();
    // One sandbox first, so one-time costs (snapshot, V8 platform) are not counted.
    let first = rt
        .spawn_exec("setTimeout(() => {}, 1e9)", ExecOptions::default())
        .unwrap();
    std::thread::sleep(Duration::from_millis(300));
    let before = rss_kib("self");
    let start = Instant::now();
    let handles: Vec<_> = (0..n)
        .map(|_| {
            rt.spawn_exec("setTimeout(() => {}, 1e9)", ExecOptions::default())
                .unwrap()
        })
        .collect();
    // Wait until every process has started and gone idle.
    while rt.kernel().process_count() < n + 1 {
        std::thread::sleep(Duration::from_millis(20));
    }
    let mut last = 0;
    loop {
        std::thread::sleep(Duration::from_millis(500));
        let now = rss_kib("self");
        if now.abs_diff(last) < 512 {
            break;
        }
        last = now;
    }
    let spawn_time = start.elapsed();
    let after = rss_kib("self");
    let per = (after.saturating_sub(before)) as f64 / n as f64 / 1024.0;
    for h in &handles {
        h.terminate();
    }
    for h in handles {
        let _ = h.wait();
    }
    first.terminate();
    let _ = first.wait();

    let node = common::node();
    let mut child = Command::new(&node)
        .args(["-e", "setTimeout(() => {}, 1e9)"])
        .spawn()
        .expect("node");
    std::thread::sleep(Duration::from_millis(700));
    let node_rss = rss_kib(&child.id().to_string()) as f64 / 1024.0;
    let _ = child.kill();
    let _ = child.wait();

    println!("idle_memory/secure_exec_per_sandbox   {per:>8.2} MiB  ({n} sandboxes, RSS {before} KiB -> {after} KiB, started in {spawn_time:.2?})");
    println!("idle_memory/node_process              {node_rss:>8.2} MiB  (one idle `node -e` process, {})", node.display());
}
