//! Replay: answer every syscall from a recorded trace, with the kernel idle.
//!
//! A sync request must equal the next recorded one byte for byte; it gets the recorded reply. An
//! async request must equal the next recorded async request. An async reply is delivered when the
//! event loop reaches the point where the recording delivered it (the next event in the trace).
//! The first request that differs from the trace stops the run with a [`Divergence`].

use std::collections::VecDeque;

use crate::actors::process::{StdioEvent, StdioHook, StdioStream};
use crate::syscalls::{decode_request, Syscall};
use crate::trace::{DeliveryPoint, EventKind, TraceEvent};

/// Where a replayed program stopped following its trace.
#[derive(Debug, Clone, PartialEq)]
pub struct Divergence {
    /// Sequence number of the trace event that was expected.
    pub seq: u64,
    /// The recorded request (or what the trace held at that point).
    pub expected: String,
    /// What the program asked for instead.
    pub actual: String,
    /// The JavaScript stack at that point.
    pub js_stack: String,
}

impl std::fmt::Display for Divergence {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "replay diverged at event {}:\n  expected: {}\n  actual:   {}\n  JS stack:\n{}",
            self.seq, self.expected, self.actual, self.js_stack
        )
    }
}

/// Short description of a request for reports.
pub fn describe(bytes: &[u8]) -> String {
    match decode_request(bytes) {
        Ok(Syscall::IoWrite { fd, data }) => {
            let text = String::from_utf8_lossy(&data[..data.len().min(60)]).into_owned();
            format!("io.write fd={fd} {} bytes {text:?}", data.len())
        }
        Ok(Syscall::FsWriteFile {
            path, data, append, ..
        }) => {
            format!(
                "fs.write_file {path:?} {} bytes append={append}",
                data.len()
            )
        }
        Ok(call) => {
            let mut s = format!("{call:?}");
            if s.len() > 200 {
                s.truncate(200);
                s.push('…');
            }
            s
        }
        Err(e) => format!("undecodable request ({e})"),
    }
}

/// What to replay and how.
#[derive(Debug, Clone, Default)]
pub struct ReplaySpec {
    pub events: Vec<TraceEvent>,
    /// Guest path prefixes whose file reads are answered from the host's current files instead
    /// of the trace: replaying a changed program against a recording shows where it diverges.
    pub host_files: Vec<String>,
}

pub(crate) struct Replayer {
    events: VecDeque<TraceEvent>,
    stdio: Option<StdioHook>,
    host_files: Vec<String>,
    pub divergence: Option<Divergence>,
    end_seq: u64,
}

impl Replayer {
    pub(crate) fn new(spec: ReplaySpec, stdio: Option<StdioHook>) -> Self {
        let end_seq = spec.events.last().map(|e| e.seq + 1).unwrap_or(0);
        Replayer {
            events: spec.events.into(),
            stdio,
            host_files: spec.host_files,
            divergence: None,
            end_seq,
        }
    }

    /// The current host contents for a read the caller asked to take from the host.
    fn host_read(&self, req: &[u8]) -> Option<Vec<u8>> {
        let Ok(Syscall::FsReadFile { path }) = decode_request(req) else {
            return None;
        };
        if !self
            .host_files
            .iter()
            .any(|p| crate::actors::permissions::path_within(&path, p))
        {
            return None;
        }
        let r = std::fs::read(&path)
            .map(crate::syscalls::Reply::Bytes)
            .map_err(|e| {
                crate::syscalls::SysError::new(crate::syscalls::Errno::from_io(&e), "open")
                    .with_path(path.clone())
            });
        Some(crate::syscalls::encode_reply(&r))
    }

    fn mismatch(&self, actual: &[u8], want: &str) -> Divergence {
        match self.events.front() {
            Some(ev) => Divergence {
                seq: ev.seq,
                expected: match ev.kind {
                    EventKind::AsyncReply => {
                        format!("delivery of the reply to async request {}", ev.id)
                    }
                    EventKind::AsyncRequest => format!("async {}", describe(&ev.request)),
                    EventKind::Sync => describe(&ev.request),
                },
                actual: format!("{want}{}", describe(actual)),
                js_stack: String::new(),
            },
            None => Divergence {
                seq: self.end_seq,
                expected: "the end of the trace".into(),
                actual: format!("{want}{}", describe(actual)),
                js_stack: String::new(),
            },
        }
    }

    /// The recorded reply to a sync request.
    pub(crate) fn sync(&mut self, pid: u32, req: &[u8]) -> Result<Vec<u8>, Divergence> {
        match self.events.front() {
            Some(ev) if ev.kind == EventKind::Sync && ev.request == req => {
                let ev = self.events.pop_front().expect("front exists");
                if let (Some(hook), Ok(Syscall::IoWrite { fd, data })) =
                    (&self.stdio, decode_request(req))
                {
                    let stream = if fd == 2 {
                        StdioStream::Stderr
                    } else {
                        StdioStream::Stdout
                    };
                    hook(StdioEvent {
                        pid,
                        stream,
                        data: &data,
                    });
                }
                Ok(self.host_read(req).unwrap_or(ev.reply))
            }
            _ => Err(self.mismatch(req, "")),
        }
    }

    /// Accept an async request.
    pub(crate) fn async_request(&mut self, id: u64, req: &[u8]) -> Result<(), Divergence> {
        match self.events.front() {
            Some(ev) if ev.kind == EventKind::AsyncRequest && ev.request == req && ev.id == id => {
                self.events.pop_front();
                Ok(())
            }
            _ => Err(self.mismatch(req, "async ")),
        }
    }

    /// If the recording delivered an async reply at this point of the loop, take it.
    pub(crate) fn take_reply(&mut self, at: DeliveryPoint) -> Option<(u64, Vec<u8>)> {
        match self.events.front() {
            Some(ev) if ev.kind == EventKind::AsyncReply && ev.at == at => {
                let ev = self.events.pop_front()?;
                Some((ev.id, ev.reply))
            }
            _ => None,
        }
    }

    /// The program waits for async replies the trace does not have.
    pub(crate) fn stalled(&self, pending: usize) -> Divergence {
        Divergence {
            seq: self.events.front().map(|e| e.seq).unwrap_or(self.end_seq),
            expected: match self.events.front() {
                Some(ev) => describe(&ev.request),
                None => "the end of the trace".into(),
            },
            actual: format!(
                "waiting for {pending} async repl{} that the trace never delivers",
                if pending == 1 { "y" } else { "ies" }
            ),
            js_stack: String::new(),
        }
    }
}
