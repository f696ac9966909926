//! zlib in the sandbox: a decompression bomb ends that run (Node's error or the memory limit),
//! never the host.

use secure_exec::{ExecOptions, Runtime};

/// Builds a raw-deflate bomb in the sandbox: one 4 MiB run of zeros compressed with a full flush
/// (a byte-aligned, self-contained block sequence of a few KiB), repeated 1024 times, then a final
/// empty block: about 4 MiB that inflates to 4 GiB.
const BOMB: &str = r#"
const zlib = require('zlib');
const piece = zlib.deflateRawSync(Buffer.alloc(4 << 20), { finishFlush: zlib.constants.Z_FULL_FLUSH });
const bomb = Buffer.concat([...Array(1024).fill(piece), zlib.deflateRawSync(Buffer.alloc(0))]);
"#;

fn max_rss_kib() -> i64 {
    // SAFETY: getrusage writes into the struct we pass.
    unsafe {
        let mut u: libc::rusage = std::mem::zeroed();
        libc::getrusage(libc::RUSAGE_SELF, &mut u);
        u.ru_maxrss
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn zip_bomb_ends_the_run_not_the_host() {
    let rt = Runtime::builder().memory_limit_mib(64).build().unwrap();
    let before = max_rss_kib();

    // With maxOutputLength: Node's RangeError, after at most that much output.
    let code = format!(
        "{BOMB}
        console.log(bomb.length < 8 << 20);
        try {{ zlib.inflateRawSync(bomb, {{ maxOutputLength: 1 << 20 }}); }}
        catch (e) {{ console.log(e.code, e.message); }}"
    );
    let out = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let sink = out.clone();
    let rt2 = Runtime::builder()
        .memory_limit_mib(64)
        .on_stdio(move |ev| sink.lock().unwrap().extend_from_slice(ev.data))
        .build()
        .unwrap();
    let r = rt2.exec(&code, ExecOptions::default()).await.unwrap();
    assert_eq!(r.exit_code, 0, "{:?}", r.error);
    let text = String::from_utf8_lossy(&out.lock().unwrap()).into_owned();
    assert_eq!(
        text,
        "true\nERR_BUFFER_TOO_LARGE Cannot create a Buffer larger than 1048576 bytes\n"
    );

    // Without a limit: the sandbox's memory limit ends it; 4 GiB never exist anywhere.
    let r = rt
        .exec(
            &format!("{BOMB} const out = zlib.inflateRawSync(bomb); console.log(out.length);"),
            ExecOptions::default(),
        )
        .await
        .unwrap();
    assert_ne!(r.exit_code, 0, "a 4 GiB result must not fit in 64 MiB");

    // A stream through the bomb whose output is kept also hits the limit.
    let r = rt
        .exec(
            &format!(
                "{BOMB} const keep = []; const s = zlib.createInflateRaw();
                 s.on('data', (c) => keep.push(c)); s.end(bomb);"
            ),
            ExecOptions::default(),
        )
        .await
        .unwrap();
    assert_ne!(r.exit_code, 0);

    let grown_mib = (max_rss_kib() - before) / 1024;
    assert!(grown_mib < 1024, "host grew by {grown_mib} MiB");
    assert_eq!(rt.run("module.exports = 'alive'").await.unwrap(), "alive");
}
