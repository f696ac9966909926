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
    /// The entry module's source when it was given inline (`eval`); `None` when it was read
    /// through the VFS (then the read is in the trace).
    #[serde(default)]
    pub source: Option<String>,
    /// The run's options as given (limits, determinism), for the record.
    #[serde(default)]
    pub options: Vec<(String, String)>,
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

/// Where in the event loop an async reply was delivered.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Default)]
#[serde(rename_all = "snake_case")]
pub enum DeliveryPoint {
    /// Not an async reply.
    #[default]
    None,
    /// In the poll phase, among the replies that had already arrived.
    Poll,
    /// While the loop waited for a reply or the next timer.
    Wait,
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
    /// For `AsyncReply`: where the event loop delivered it.
    #[serde(default)]
    pub at: DeliveryPoint,
}

/// Why a trace could not be written.
#[derive(Debug, thiserror::Error)]
pub enum TraceError {
    #[error("cannot create trace file {path}: {source}")]
    Create {
        path: String,
        source: std::io::Error,
    },
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
        rmp_serde::encode::write_named(&mut out, &header)
            .map_err(|e| TraceError::Write(e.to_string()))?;
        Ok(Recorder {
            out: Mutex::new(out),
            seq: AtomicU64::new(0),
            origin: Instant::now(),
            failed: Mutex::new(None),
        })
    }

    /// Append one event. Written field by field into the buffer (no copies of the request and
    /// reply bytes); the layout is exactly what serde writes for [`TraceEvent`], so
    /// [`parse_trace`] reads it back.
    #[allow(clippy::too_many_arguments)]
    fn write(
        &self,
        seq: u64,
        pid: u32,
        kind: EventKind,
        id: u64,
        request: &[u8],
        reply: &[u8],
        t_ns: u64,
        dur_ns: u64,
        at: DeliveryPoint,
    ) {
        use rmp::encode::{write_bin, write_map_len, write_str, write_u32, write_u64};
        let Ok(mut out) = self.out.lock() else { return };
        let w = &mut *out;
        let kind = match kind {
            EventKind::Sync => "sync",
            EventKind::AsyncRequest => "async_request",
            EventKind::AsyncReply => "async_reply",
        };
        let at = match at {
            DeliveryPoint::None => "none",
            DeliveryPoint::Poll => "poll",
            DeliveryPoint::Wait => "wait",
        };
        let r = (|| -> Result<(), std::io::Error> {
            write_map_len(w, 9)?;
            write_str(w, "seq")?;
            write_u64(w, seq)?;
            write_str(w, "pid")?;
            write_u32(w, pid)?;
            write_str(w, "kind")?;
            write_str(w, kind)?;
            write_str(w, "id")?;
            write_u64(w, id)?;
            write_str(w, "request")?;
            write_bin(w, request)?;
            write_str(w, "reply")?;
            write_bin(w, reply)?;
            write_str(w, "t_ns")?;
            write_u64(w, t_ns)?;
            write_str(w, "dur_ns")?;
            write_u64(w, dur_ns)?;
            write_str(w, "at")?;
            write_str(w, at)?;
            Ok(())
        })();
        if let Err(e) = r {
            if let Ok(mut f) = self.failed.lock() {
                f.get_or_insert(e.to_string());
            }
        }
    }

    fn next(&self) -> u64 {
        self.seq.fetch_add(1, Ordering::Relaxed)
    }

    pub(crate) fn sync_call(&self, pid: u32, req: &[u8], reply: &[u8], started: Instant) {
        let t_ns = started.saturating_duration_since(self.origin).as_nanos() as u64;
        let dur_ns = started.elapsed().as_nanos() as u64;
        self.write(
            self.next(),
            pid,
            EventKind::Sync,
            0,
            req,
            reply,
            t_ns,
            dur_ns,
            DeliveryPoint::None,
        );
    }

    pub(crate) fn async_request(&self, pid: u32, id: u64, req: &[u8]) {
        let t_ns = self.origin.elapsed().as_nanos() as u64;
        self.write(
            self.next(),
            pid,
            EventKind::AsyncRequest,
            id,
            req,
            &[],
            t_ns,
            0,
            DeliveryPoint::None,
        );
    }

    pub(crate) fn async_reply(
        &self,
        pid: u32,
        id: u64,
        reply: &[u8],
        started: Instant,
        at: DeliveryPoint,
    ) {
        let t_ns = self.origin.elapsed().as_nanos() as u64;
        let dur_ns = started.elapsed().as_nanos() as u64;
        self.write(
            self.next(),
            pid,
            EventKind::AsyncReply,
            id,
            &[],
            reply,
            t_ns,
            dur_ns,
            at,
        );
    }

    /// Push buffered events to the file (the event loop calls this before it sleeps, so a killed
    /// run leaves a readable trace).
    pub fn flush(&self) {
        if let Ok(mut out) = self.out.lock() {
            let _ = out.flush();
        }
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

/// A parsed trace.
#[derive(Debug, Clone)]
pub struct Trace {
    pub header: TraceHeader,
    pub events: Vec<TraceEvent>,
    /// Byte offset where an incomplete last event starts, if the trace was cut short.
    pub truncated_at: Option<usize>,
}

/// Why a trace cannot be read.
#[derive(Debug, thiserror::Error)]
pub enum TraceReadError {
    #[error("cannot read trace {path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("not a secure-exec trace: {0}")]
    NotATrace(String),
    #[error("trace format {found} is not supported: this secure-exec ({version}) reads format {TRACE_FORMAT}; replay it with the secure-exec that recorded it ({recorded_by})")]
    Version {
        found: u32,
        version: &'static str,
        recorded_by: String,
    },
    #[error("corrupt trace at byte offset {offset}: {reason}")]
    Corrupt { offset: usize, reason: String },
}

const MAX_DEPTH: usize = 64;

/// End offset of the msgpack value starting at `pos`, checking every length against the input
/// (so a hostile length can never cause an allocation) and bounding nesting.
pub fn msgpack_value_end(b: &[u8], pos: usize) -> Result<usize, String> {
    fn need(b: &[u8], at: usize, n: usize) -> Result<usize, String> {
        at.checked_add(n).filter(|&e| e <= b.len()).ok_or_else(|| {
            format!(
                "needs {n} more bytes at offset {at}, input ends at {}",
                b.len()
            )
        })
    }
    fn be(b: &[u8], at: usize, n: usize) -> Result<usize, String> {
        let end = need(b, at, n)?;
        Ok(b[at..end]
            .iter()
            .fold(0usize, |acc, x| (acc << 8) | *x as usize))
    }
    fn walk(b: &[u8], pos: usize, depth: usize) -> Result<usize, String> {
        if depth > MAX_DEPTH {
            return Err(format!("nesting deeper than {MAX_DEPTH} at offset {pos}"));
        }
        let t = *b
            .get(pos)
            .ok_or_else(|| format!("input ends at offset {pos}"))?;
        let p = pos + 1;
        let items = |n: usize, start: usize, per: usize| -> Result<usize, String> {
            let mut at = start;
            for _ in 0..n.saturating_mul(per) {
                at = walk(b, at, depth + 1)?;
            }
            Ok(at)
        };
        match t {
            0x00..=0x7f | 0xe0..=0xff | 0xc0 | 0xc2 | 0xc3 => Ok(p),
            0x80..=0x8f => items((t & 0x0f) as usize, p, 2),
            0x90..=0x9f => items((t & 0x0f) as usize, p, 1),
            0xa0..=0xbf => need(b, p, (t & 0x1f) as usize),
            0xc4 | 0xd9 => need(b, p + 1, be(b, p, 1)?),
            0xc5 | 0xda => need(b, p + 2, be(b, p, 2)?),
            0xc6 | 0xdb => need(b, p + 4, be(b, p, 4)?),
            0xcc | 0xd0 => need(b, p, 1),
            0xcd | 0xd1 => need(b, p, 2),
            0xce | 0xd2 | 0xca => need(b, p, 4),
            0xcf | 0xd3 | 0xcb => need(b, p, 8),
            0xdc => items(be(b, p, 2)?, p + 2, 1),
            0xdd => items(be(b, p, 4)?, p + 4, 1),
            0xde => items(be(b, p, 2)?, p + 2, 2),
            0xdf => items(be(b, p, 4)?, p + 4, 2),
            0xd4 => need(b, p, 2),
            0xd5 => need(b, p, 3),
            0xd6 => need(b, p, 5),
            0xd7 => need(b, p, 9),
            0xd8 => need(b, p, 17),
            0xc7 => need(b, p + 2, be(b, p, 1)?),
            0xc8 => need(b, p + 3, be(b, p, 2)?),
            0xc9 => need(b, p + 5, be(b, p, 4)?),
            0xc1 => Err(format!("invalid msgpack byte 0xc1 at offset {pos}")),
        }
    }
    walk(b, pos, 0)
}

/// Parse a trace held in memory. A cut-off last event is reported in `truncated_at`, not as an
/// error; anything else that does not parse is an error naming the offset.
pub fn parse_trace(bytes: &[u8]) -> Result<Trace, TraceReadError> {
    let end = msgpack_value_end(bytes, 0)
        .map_err(|e| TraceReadError::NotATrace(format!("no header: {e}")))?;
    let header: TraceHeader = rmp_serde::from_slice(&bytes[..end])
        .map_err(|e| TraceReadError::NotATrace(format!("bad header: {e}")))?;
    if header.magic != TRACE_MAGIC {
        return Err(TraceReadError::NotATrace(format!(
            "magic is {:?}",
            header.magic
        )));
    }
    if header.format != TRACE_FORMAT {
        return Err(TraceReadError::Version {
            found: header.format,
            version: env!("CARGO_PKG_VERSION"),
            recorded_by: header.secure_exec_version.clone(),
        });
    }
    let mut events = Vec::new();
    let mut pos = end;
    let mut truncated_at = None;
    while pos < bytes.len() {
        let next = match msgpack_value_end(bytes, pos) {
            Ok(e) => e,
            Err(_) => {
                truncated_at = Some(pos);
                break;
            }
        };
        let ev: TraceEvent =
            rmp_serde::from_slice(&bytes[pos..next]).map_err(|e| TraceReadError::Corrupt {
                offset: pos,
                reason: e.to_string(),
            })?;
        if ev.seq != events.len() as u64 {
            return Err(TraceReadError::Corrupt {
                offset: pos,
                reason: format!(
                    "event sequence number {} where {} was expected",
                    ev.seq,
                    events.len()
                ),
            });
        }
        events.push(ev);
        pos = next;
    }
    Ok(Trace {
        header,
        events,
        truncated_at,
    })
}

/// Read and parse a trace file.
pub fn load_trace(path: &Path) -> Result<Trace, TraceReadError> {
    let bytes = std::fs::read(path).map_err(|source| TraceReadError::Io {
        path: path.display().to_string(),
        source,
    })?;
    parse_trace(&bytes)
}

/// Read a whole trace (tests and tools): header and events, failing on truncation.
pub fn read_trace(bytes: &[u8]) -> Result<(TraceHeader, Vec<TraceEvent>), String> {
    let t = parse_trace(bytes).map_err(|e| match e {
        TraceReadError::NotATrace(m) => format!("not a trace at offset 0: {m}"),
        other => other.to_string(),
    })?;
    if let Some(off) = t.truncated_at {
        return Err(format!("trace is truncated at offset {off}"));
    }
    Ok((t.header, t.events))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_lengths_are_rejected_without_allocating() {
        // bin32 claiming 4 GiB, array32 claiming 4 billion items, deep nesting.
        assert!(msgpack_value_end(&[0xc6, 0xff, 0xff, 0xff, 0xff], 0).is_err());
        assert!(msgpack_value_end(&[0xdd, 0xff, 0xff, 0xff, 0xff, 0xc0], 0).is_err());
        let deep = vec![0x91u8; 10_000];
        assert!(msgpack_value_end(&deep, 0).unwrap_err().contains("nesting"));
        assert_eq!(msgpack_value_end(&[0x92, 0x01, 0xa1, b'x'], 0), Ok(4));
    }

    #[test]
    fn truncation_and_versions() {
        let header = TraceHeader {
            magic: TRACE_MAGIC.into(),
            format: TRACE_FORMAT,
            secure_exec_version: "t".into(),
            entry: "/a.js".into(),
            argv: vec![],
            permissions: String::new(),
            source: None,
            options: vec![],
        };
        // Events written by the Recorder's hand-rolled encoder read back through serde.
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.trace");
        let rec = Recorder::create(&path, header.clone()).unwrap();
        rec.sync_call(1, &[1, 2], &[3], Instant::now());
        rec.async_reply(1, 9, &[4], Instant::now(), DeliveryPoint::Wait);
        rec.finish().unwrap();
        let t = load_trace(&path).unwrap();
        assert_eq!(t.events[0].request, vec![1, 2]);
        assert_eq!(
            (t.events[1].kind, t.events[1].id, t.events[1].at),
            (EventKind::AsyncReply, 9, DeliveryPoint::Wait)
        );
        let mut bytes = rmp_serde::to_vec_named(&header).unwrap();
        let ev = TraceEvent {
            seq: 0,
            pid: 1,
            kind: EventKind::Sync,
            id: 0,
            request: vec![1, 2],
            reply: vec![3],
            t_ns: 0,
            dur_ns: 0,
            at: DeliveryPoint::None,
        };
        bytes.extend(rmp_serde::to_vec_named(&ev).unwrap());
        let whole = parse_trace(&bytes).unwrap();
        assert_eq!(whole.events.len(), 1);
        assert_eq!(whole.truncated_at, None);
        let cut = parse_trace(&bytes[..bytes.len() - 3]).unwrap();
        assert_eq!(cut.events.len(), 0);
        assert!(cut.truncated_at.is_some());
        let mut old = header.clone();
        old.format = 99;
        let e = parse_trace(&rmp_serde::to_vec_named(&old).unwrap()).unwrap_err();
        assert!(e.to_string().contains("format 99"), "{e}");
        assert!(matches!(
            parse_trace(b"garbage"),
            Err(TraceReadError::NotATrace(_))
        ));
    }
}
