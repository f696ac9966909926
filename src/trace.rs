//! Recording: every request and reply with its sequence number and timing, as a msgpack stream.
//!
//! Layout: one [`TraceHeader`] value, then one [`TraceEvent`] value per event, each a msgpack map,
//! written as they happen. Requests and replies are stored as the exact bytes that crossed the
//! isolate boundary.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::Instant;

use serde::{Deserialize, Serialize};

/// Format version of the trace stream.
pub const TRACE_FORMAT: u32 = 1;
/// Magic string at the start of every trace.
pub const TRACE_MAGIC: &str = "secure-exec-trace";

/// The first value of a trace.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct TraceHeader {
    pub magic: String,
    pub format: u32,
    pub secure_exec_version: String,
    pub entry: String,
    pub argv: Vec<String>,
    pub permissions: String,
}

/// What an event records.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    /// A synchronous call: request and reply together.
    Sync,
    /// An asynchronous request was issued (its reply comes in a later `AsyncReply`).
    AsyncRequest,
    /// The reply to async request `id` was delivered to JavaScript at this point.
    AsyncReply,
}

/// One event.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct TraceEvent {
    pub seq: u64,
    pub pid: u32,
    pub kind: EventKind,
    /// Async request id (0 for sync calls).
    pub id: u64,
    #[serde(with = "serde_bytes")]
    pub request: Vec<u8>,
    #[serde(with = "serde_bytes")]
    pub reply: Vec<u8>,
    /// Nanoseconds since recording started.
    pub t_ns: u64,
    /// How long the call took, in nanoseconds.
    pub dur_ns: u64,
}

/// Why a trace could not be written.
#[derive(Debug, thiserror::Error)]
pub enum TraceError {
    #[error("cannot create trace file {path}: {source}")]
    Create { path: String, source: std::io::Error },
    #[error("cannot write trace: {0}")]
    Write(String),
}

/// Writes a trace as a run goes.
pub struct Recorder {
    out: Mutex<BufWriter<File>>,
    seq: AtomicU64,
    origin: Instant,
    failed: Mutex<Option<String>>,
}

impl Recorder {
    /// Create `path` and write the header.
    pub fn create(path: &Path, header: TraceHeader) -> Result<Recorder, TraceError> {
        let f = File::create(path).map_err(|source| TraceError::Create {
            path: path.display().to_string(),
            source,
        })?;
        let mut out = BufWriter::with_capacity(64 * 1024, f);
        rmp_serde::encode::write_named(&mut out, &header).map_err(|e| TraceError::Write(e.to_string()))?;
        Ok(Recorder {
            out: Mutex::new(out),
            seq: AtomicU64::new(0),
            origin: Instant::now(),
            failed: Mutex::new(None),
        })
    }

    fn write(&self, ev: TraceEvent) {
        let Ok(mut out) = self.out.lock() else { return };
        if let Err(e) = rmp_serde::encode::write_named(&mut *out, &ev) {
            if let Ok(mut f) = self.failed.lock() {
                f.get_or_insert(e.to_string());
            }
        }
    }

    fn next(&self) -> u64 {
        self.seq.fetch_add(1, Ordering::Relaxed)
    }

    pub(crate) fn sync_call(&self, pid: u32, req: &[u8], reply: &[u8], started: Instant) {
        let seq = self.next();
        self.write(TraceEvent {
            seq,
            pid,
            kind: EventKind::Sync,
            id: 0,
            request: req.to_vec(),
            reply: reply.to_vec(),
            t_ns: started.saturating_duration_since(self.origin).as_nanos() as u64,
            dur_ns: started.elapsed().as_nanos() as u64,
        });
    }

    pub(crate) fn async_request(&self, pid: u32, id: u64, req: &[u8]) {
        let seq = self.next();
        self.write(TraceEvent {
            seq,
            pid,
            kind: EventKind::AsyncRequest,
            id,
            request: req.to_vec(),
            reply: Vec::new(),
            t_ns: self.origin.elapsed().as_nanos() as u64,
            dur_ns: 0,
        });
    }

    pub(crate) fn async_reply(&self, pid: u32, id: u64, reply: &[u8], started: Instant) {
        let seq = self.next();
        self.write(TraceEvent {
            seq,
            pid,
            kind: EventKind::AsyncReply,
            id,
            request: Vec::new(),
            reply: reply.to_vec(),
            t_ns: self.origin.elapsed().as_nanos() as u64,
            dur_ns: started.elapsed().as_nanos() as u64,
        });
    }

    /// Flush buffered events; reports the first write error, if any happened.
    pub fn finish(&self) -> Result<(), TraceError> {
        if let Ok(mut out) = self.out.lock() {
            out.flush().map_err(|e| TraceError::Write(e.to_string()))?;
        }
        match self.failed.lock().ok().and_then(|f| f.clone()) {
            Some(e) => Err(TraceError::Write(e)),
            None => Ok(()),
        }
    }
}

/// Read a whole trace (tests and tools).
pub fn read_trace(bytes: &[u8]) -> Result<(TraceHeader, Vec<TraceEvent>), String> {
    let mut cur = std::io::Cursor::new(bytes);
    let header: TraceHeader =
        rmp_serde::from_read(&mut cur).map_err(|e| format!("bad trace header at offset 0: {e}"))?;
    if header.magic != TRACE_MAGIC {
        return Err("not a secure-exec trace (bad magic)".into());
    }
    if header.format != TRACE_FORMAT {
        return Err(format!(
            "trace format {} is not supported (this build reads format {TRACE_FORMAT})",
            header.format
        ));
    }
    let mut events = Vec::new();
    while (cur.position() as usize) < bytes.len() {
        let at = cur.position();
        let ev: TraceEvent = rmp_serde::from_read(&mut cur).map_err(|e| format!("bad trace event at offset {at}: {e}"))?;
        events.push(ev);
    }
    Ok((header, events))
}
