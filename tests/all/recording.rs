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
    let r = crate::util::se(&["run", "--record", trace.to_str().unwrap(), "app.js", "x"], dir.path(), b"");
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
    assert!(ops.iter().any(|c| matches!(c, Syscall::IoWrite { data, .. } if data == b"hi\n")));
    assert!(ops.iter().any(|c| matches!(c, Syscall::ProcExit { code: 0 })));
    // The async read has a request and a delivered reply with the same id.
    let req = events.iter().find(|e| e.kind == EventKind::AsyncRequest).expect("async request");
    let rep = events.iter().find(|e| e.kind == EventKind::AsyncReply && e.id == req.id).expect("async reply");
    assert!(rep.seq > req.seq);
    let wire: Wire = rmp_serde::from_slice(&rep.reply).unwrap();
    assert!(matches!(wire, Wire::Ok(_)));
}

#[test]
fn truncated_or_foreign_traces_are_clear_errors() {
    assert!(read_trace(b"").unwrap_err().contains("offset 0"));
    assert!(read_trace(b"\x93\x01\x02\x03").unwrap_err().contains("offset 0"));
}
