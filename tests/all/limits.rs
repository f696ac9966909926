//! CPU and memory limits end the run that hits them, and nothing else.

use std::time::{Duration, Instant};

use secure_exec::isolate::{EXIT_CPU_LIMIT, EXIT_OUT_OF_MEMORY};
use secure_exec::{ExecOptions, Limits, Runtime};

#[tokio::test(flavor = "multi_thread")]
async fn endless_loop_hits_cpu_limit_and_neighbours_finish() {
    let rt = std::sync::Arc::new(
        Runtime::builder()
            .cpu_time_limit(Duration::from_millis(200))
            .build()
            .unwrap(),
    );
    let spinner = {
        let rt = rt.clone();
        tokio::spawn(async move {
            rt.exec("while (true) {}", ExecOptions::default())
                .await
                .unwrap()
        })
    };
    let neighbour = rt
        .run("module.exports = new Promise(r => setTimeout(() => r('done'), 20))")
        .await
        .unwrap();
    assert_eq!(neighbour, "done");
    let r = spinner.await.unwrap();
    assert_eq!(r.exit_code, EXIT_CPU_LIMIT);
    assert_eq!(r.error.as_deref(), Some("CPU time limit exceeded"));
    // The runtime is still usable.
    assert_eq!(rt.run("module.exports = 1 + 1").await.unwrap(), 2);
}

#[tokio::test(flavor = "multi_thread")]
async fn cpu_limit_counts_cpu_not_waiting() {
    let rt = Runtime::builder()
        .cpu_time_limit(Duration::from_millis(100))
        .build()
        .unwrap();
    let start = Instant::now();
    let r = rt
        .exec("setTimeout(() => {}, 300)", ExecOptions::default())
        .await
        .unwrap();
    assert_eq!(r.exit_code, 0, "{:?}", r.error);
    assert!(start.elapsed() >= Duration::from_millis(300));
}

#[tokio::test(flavor = "multi_thread")]
async fn heap_bomb_is_an_out_of_memory_result() {
    let rt = Runtime::builder().memory_limit_mib(32).build().unwrap();
    let r = rt
        .exec(
            "const a = []; while (true) a.push(new Array(100000).fill({ x: 1 }))",
            ExecOptions::default(),
        )
        .await
        .unwrap();
    assert_eq!(r.exit_code, EXIT_OUT_OF_MEMORY);
    assert!(
        r.error
            .as_deref()
            .unwrap_or("")
            .contains("heap out of memory"),
        "{:?}",
        r.error
    );
    assert_eq!(rt.run("module.exports = 'alive'").await.unwrap(), "alive");
}

#[tokio::test(flavor = "multi_thread")]
async fn array_buffers_count_against_the_limit() {
    let rt = Runtime::builder().memory_limit_mib(32).build().unwrap();
    let r = rt
        .exec("const keep = []; for (let i = 0; i < 64; i++) keep.push(new Uint8Array(64 * 1024 * 1024))", ExecOptions::default())
        .await
        .unwrap();
    assert_ne!(
        r.exit_code, 0,
        "4 GiB of ArrayBuffers must not fit in a 32 MiB sandbox"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn per_run_limits_override_the_runtime() {
    let rt = Runtime::builder().build().unwrap();
    let r = rt
        .exec(
            "for (;;) {}",
            ExecOptions {
                limits: Some(Limits {
                    memory_mib: 64,
                    cpu_time: Some(Duration::from_millis(50)),
                }),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(r.exit_code, EXIT_CPU_LIMIT);
}

#[test]
fn absurd_limits_are_refused() {
    let e = Runtime::builder()
        .memory_limit_mib(1)
        .build()
        .err()
        .expect("1 MiB must be refused");
    assert!(e.to_string().contains("too small"), "{e}");
}

#[test]
fn terminate_stops_busy_and_idle_sandboxes() {
    let rt = Runtime::builder().build().unwrap();
    let busy = rt
        .spawn_exec("for (;;) {}", ExecOptions::default())
        .unwrap();
    let idle = rt
        .spawn_exec("setTimeout(() => {}, 60000)", ExecOptions::default())
        .unwrap();
    std::thread::sleep(Duration::from_millis(50));
    busy.terminate();
    idle.terminate();
    idle.terminate();
    let start = Instant::now();
    assert_eq!(
        busy.wait().unwrap().exit_code,
        secure_exec::isolate::EXIT_TERMINATED
    );
    assert_eq!(
        idle.wait().unwrap().exit_code,
        secure_exec::isolate::EXIT_TERMINATED
    );
    assert!(start.elapsed() < Duration::from_secs(5));
}

#[tokio::test(flavor = "multi_thread")]
async fn replies_that_are_garbage_do_not_exhaust_the_budget() {
    // 600 reads of a 1 MiB file under a 64 MiB budget: each reply is garbage by the next read.
    let rt = Runtime::builder()
        .permissions(secure_exec::Permissions::allow_all_fs())
        .memory_limit_mib(64)
        .build()
        .unwrap();
    let v = rt
        .run(
            "const fs = require('fs'); fs.writeFileSync('/tmp/f', Buffer.alloc(1 << 20, 97));\
             let n = 0; for (let i = 0; i < 600; i++) n += fs.readFileSync('/tmp/f').length;\
             module.exports = n;",
        )
        .await
        .unwrap();
    assert_eq!(v, 600 * (1 << 20));
}
