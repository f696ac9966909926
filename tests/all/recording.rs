//! `--record`: a versioned msgpack stream of every request and reply.

use secure_exec::syscalls::{decode_request, Syscall, Wire};
use secure_exec::trace::{read_trace, EventKind, TRACE_FORMAT};

#[test]
fn record_writes_every_syscall_with_header() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("app.js"),
        "console.log('hi');\nrequire('fs').promises.readFile(__filename, 'utf8').then(s => console.log(s.length));\n",
    )
    .unwrap();
    let trace = dir.path().join("run.trace");
    let r = crate::util::se(
        &["run", "--record", trace.to_str().unwrap(), "app.js", "x"],
        dir.path(),
        b"",
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let bytes = std::fs::read(&trace).unwrap();
    let (header, events) = read_trace(&bytes).expect("trace parses");
    assert_eq!(header.format, TRACE_FORMAT);
    assert!(header.entry.ends_with("app.js"));
    assert_eq!(header.argv.last().map(String::as_str), Some("x"));
    // Sequence numbers are dense and ordered.
    for (i, e) in events.iter().enumerate() {
        assert_eq!(e.seq, i as u64);
    }
    let ops: Vec<Syscall> = events
        .iter()
        .filter(|e| e.kind != EventKind::AsyncReply)
        .map(|e| decode_request(&e.request).expect("recorded request decodes"))
        .collect();
    assert!(matches!(ops.first(), Some(Syscall::ProcInfo)), "{ops:?}");
    assert!(ops
        .iter()
        .any(|c| matches!(c, Syscall::IoWrite { data, .. } if data == b"hi\n")));
    assert!(ops
        .iter()
        .any(|c| matches!(c, Syscall::ProcExit { code: 0 })));
    // The async read has a request and a delivered reply with the same id.
    let req = events
        .iter()
        .find(|e| e.kind == EventKind::AsyncRequest)
        .expect("async request");
    let rep = events
        .iter()
        .find(|e| e.kind == EventKind::AsyncReply && e.id == req.id)
        .expect("async reply");
    assert!(rep.seq > req.seq);
    let wire: Wire = rmp_serde::from_slice(&rep.reply).unwrap();
    assert!(matches!(wire, Wire::Ok(_)));
}

#[test]
fn truncated_or_foreign_traces_are_clear_errors() {
    assert!(read_trace(b"").unwrap_err().contains("offset 0"));
    assert!(read_trace(b"\x93\x01\x02\x03")
        .unwrap_err()
        .contains("offset 0"));
}

use crate::differential::program_files;
#[allow(unused_imports)]
use crate::util::{programs_dir, se};

/// Record a program, replay it, and compare the two outputs byte for byte.
fn record_and_replay(file: &str, dir: &std::path::Path, trace: &std::path::Path) -> Option<String> {
    let stdin = std::fs::read(dir.join(file.replace(".js", ".stdin"))).unwrap_or_default();
    let t = trace.to_str().unwrap();
    let mut rec_cmd = std::process::Command::new(crate::util::cli());
    rec_cmd
        .args([
            "run",
            "--allow-env",
            "--allow-fs",
            "--record",
            t,
            file,
            "alpha",
            "beta",
        ])
        .current_dir(dir)
        .env("SECURE_EXEC_TEST", "hello");
    let rec = crate::util::run(&mut rec_cmd, &stdin);
    let rep = se(&["replay", t], dir, b"");
    let mut problems = Vec::new();
    if rec.code != rep.code {
        problems.push(format!("exit {} vs replay {}", rec.code, rep.code));
    }
    if rec.stdout != rep.stdout {
        problems.push("stdout differs".to_string());
    }
    if rec.stderr != rep.stderr {
        problems.push(format!(
            "stderr differs: {:?}",
            rep.stderr
                .lines()
                .find(|l| l.contains("diverged"))
                .unwrap_or("")
        ));
    }
    (!problems.is_empty()).then(|| format!("{file}: {}", problems.join("; ")))
}

#[test]
fn every_program_replays_byte_for_byte() {
    let dir = programs_dir();
    let tmp = tempfile::tempdir().unwrap();
    let traces = tmp.path().to_path_buf();
    crate::util::check_all(&program_files(), "replay identically", move |worker, f| {
        record_and_replay(f, &dir, &traces.join(format!("t{worker}.trace")))
    });
}

fn recorded(dir: &std::path::Path, src: &str, data: &str) -> std::path::PathBuf {
    std::fs::write(dir.join("app.js"), src).unwrap();
    std::fs::write(dir.join("data.txt"), data).unwrap();
    let trace = dir.join("app.trace");
    let r = se(
        &["run", "--record", trace.to_str().unwrap(), "app.js"],
        dir,
        b"",
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    trace
}

const APP: &str = "const fs = require('fs');\nconst d = fs.readFileSync(__dirname + '/data.txt', 'utf8');\nsetTimeout(() => console.log('data:', d, Math.random() < 1, Date.now() > 0), 5);\n";

#[test]
fn a_changed_file_or_program_diverges_where_it_first_differs() {
    let tmp = tempfile::tempdir().unwrap();
    let trace = recorded(tmp.path(), APP, "one");
    let t = trace.to_str().unwrap();
    // Pure replay: file contents come from the trace, so an edit changes nothing.
    std::fs::write(tmp.path().join("data.txt"), "two").unwrap();
    let r = se(&["replay", t], tmp.path(), b"");
    assert_eq!(
        (r.code, r.stdout.as_str()),
        (0, "data: one true true\n"),
        "{}",
        r.stderr
    );
    // Reading the host's files: the changed data shows up as the first differing write.
    let r = se(&["replay", "--host-files", ".", t], tmp.path(), b"");
    assert_eq!(r.code, 3, "{}", r.stderr);
    assert!(
        r.stderr.contains("replay diverged at event"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("expected: io.write fd=1") && r.stderr.contains("data: two"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("app.js:3"),
        "the JS stack points at the program: {}",
        r.stderr
    );
    // A changed program asks for something else.
    std::fs::write(tmp.path().join("data.txt"), "one").unwrap();
    std::fs::write(
        tmp.path().join("app.js"),
        APP.replace("data.txt", "other.txt"),
    )
    .unwrap();
    let r = se(&["replay", "--host-files", ".", t], tmp.path(), b"");
    assert_eq!(r.code, 3, "{}", r.stderr);
    assert!(r.stderr.contains("other.txt"), "{}", r.stderr);
}

#[test]
fn truncated_and_foreign_traces() {
    let tmp = tempfile::tempdir().unwrap();
    let trace = recorded(tmp.path(), APP, "one");
    let bytes = std::fs::read(&trace).unwrap();
    // Cut in the middle of an event: the complete events replay, then the end of the trace is
    // reported as a divergence.
    let cut = tmp.path().join("cut.trace");
    std::fs::write(&cut, &bytes[..bytes.len() - 20]).unwrap();
    let r = se(&["replay", cut.to_str().unwrap()], tmp.path(), b"");
    assert_eq!(r.code, 3, "{}", r.stderr);
    assert!(
        r.stderr.contains("cut off at byte") && r.stderr.contains("the end of the trace"),
        "{}",
        r.stderr
    );
    // Not a trace at all, or garbage after the header.
    let junk = tmp.path().join("junk.trace");
    std::fs::write(&junk, b"\xdd\xff\xff\xff\xffhello").unwrap();
    let r = se(&["replay", junk.to_str().unwrap()], tmp.path(), b"");
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("not a secure-exec trace"), "{}", r.stderr);
    // Another format version.
    let mut t = secure_exec::trace::parse_trace(&bytes).unwrap();
    t.header.format = 99;
    let mut other = rmp_serde::to_vec_named(&t.header).unwrap();
    for e in &t.events {
        other.extend(rmp_serde::to_vec_named(e).unwrap());
    }
    let v = tmp.path().join("v99.trace");
    std::fs::write(&v, other).unwrap();
    let r = se(&["replay", v.to_str().unwrap()], tmp.path(), b"");
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("trace format 99 is not supported"),
        "{}",
        r.stderr
    );
    // show/stats/export work on a real trace.
    let t = trace.to_str().unwrap();
    assert!(se(&["trace", "stats", t], tmp.path(), b"")
        .stdout
        .contains("fs.read_file"));
    assert!(se(&["trace", "show", "--op", "io.", t], tmp.path(), b"")
        .stdout
        .contains("io.write"));
    let out = se(&["trace", "export", "--chrome", t], tmp.path(), b"");
    let json: serde_json::Value = serde_json::from_str(&out.stdout).expect("chrome trace JSON");
    assert!(json["traceEvents"]
        .as_array()
        .is_some_and(|a| !a.is_empty()));
}

#[test]
fn deterministic_runs_repeat_without_a_trace() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(
        tmp.path().join("app.js"),
        "const t0 = Date.now();\n\
         console.log(new Date().toISOString(), Math.random(), process.hrtime.bigint() > 0n);\n\
         setTimeout(() => console.log('late', Date.now() - t0, Math.random()), 60000);\n\
         setTimeout(() => console.log('soon', Date.now() - t0), 10);\n\
         require('fs').promises.readFile(__filename).then(b => console.log('read', b.length, Date.now() - t0));\n",
    )
    .unwrap();
    let run = |seed: &str| {
        se(
            &["run", &format!("--deterministic={seed}"), "app.js"],
            tmp.path(),
            b"",
        )
    };
    let start = std::time::Instant::now();
    let a = run("42");
    assert!(
        start.elapsed() < std::time::Duration::from_secs(30),
        "virtual time must not sleep a minute"
    );
    let b = run("42");
    let c = run("7");
    assert_eq!(a.code, 0, "{}", a.stderr);
    assert_eq!(a.stdout, b.stdout);
    assert_ne!(a.stdout, c.stdout, "another seed, other random numbers");
    let lines: Vec<&str> = a.stdout.lines().collect();
    assert!(
        lines[0].starts_with("2024-01-01T00:00:00.000Z "),
        "{}",
        a.stdout
    );
    assert!(
        lines.iter().any(|l| l.starts_with("late 6000")),
        "{}",
        a.stdout
    );
    // Every differential program runs the same twice in deterministic mode.
    let dir = programs_dir();
    let mut differ = Vec::new();
    for f in program_files().iter().filter(|f| !f.starts_with("stdin_")) {
        let once = |_: u8| {
            let mut cmd = std::process::Command::new(crate::util::cli());
            cmd.args([
                "run",
                "--deterministic=1",
                "--allow-env",
                "--allow-fs",
                f,
                "alpha",
                "beta",
            ])
            .current_dir(&dir)
            .env("SECURE_EXEC_TEST", "hello");
            crate::util::run(&mut cmd, b"")
        };
        let (x, y) = (once(0), once(1));
        if (x.code, &x.stdout, &x.stderr) != (y.code, &y.stdout, &y.stderr) {
            differ.push(f.clone());
        }
    }
    assert!(differ.is_empty(), "not reproducible: {differ:?}");
}
