//! The process table actor: pids (in a slotmap), argv, environment, cwd, stdio and exit codes.

use std::collections::HashMap;
use std::sync::Arc;

use crossbeam_channel::{Receiver, Sender};
use slotmap::{new_key_type, SlotMap};

use super::ReplyTo;
use crate::syscalls::{Errno, ProcInfo, Reply, SysError};

new_key_type! { struct ProcKey; }

/// Which output stream a chunk belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StdioStream {
    Stdout,
    Stderr,
}

/// One chunk of output from a sandboxed process, in emission order.
#[derive(Debug, Clone, Copy)]
pub struct StdioEvent<'a> {
    pub pid: u32,
    pub stream: StdioStream,
    pub data: &'a [u8],
}

/// The embedder's stdio hook. Called on the process-table actor's thread, in emission order.
pub type StdioHook = Arc<dyn Fn(StdioEvent<'_>) + Send + Sync>;

/// What a new process starts with.
#[derive(Clone, Default)]
pub struct SpawnSpec {
    pub argv: Vec<String>,
    /// Unfiltered; the kernel filters it through the env permission before storing it.
    pub env: Vec<(String, String)>,
    pub cwd: String,
    pub stdin: Vec<u8>,
    pub stdio: Option<StdioHook>,
}

struct Process {
    pid: u32,
    argv: Vec<String>,
    env: Vec<(String, String)>,
    cwd: String,
    stdin: Vec<u8>,
    stdin_pos: usize,
    stdio: Option<StdioHook>,
    exit_code: Option<i32>,
}

/// Process-table requests that come from a running process.
#[derive(Debug)]
pub enum ProcCall {
    Info,
    Exit { code: i32 },
    Write { fd: u32, data: Vec<u8> },
    ReadStdin { max: u32 },
}

/// Messages the process actor accepts.
pub enum ProcMsg {
    Spawn {
        spec: SpawnSpec,
        reply: Sender<u32>,
    },
    Call {
        pid: u32,
        call: ProcCall,
        reply: ReplyTo,
    },
    /// From the VFS after it checked the directory.
    SetCwd {
        pid: u32,
        path: String,
        reply: ReplyTo,
    },
    /// Remove an ended process; replies with its recorded exit code.
    Reap {
        pid: u32,
        reply: Sender<Option<i32>>,
    },
    /// How many processes are in the table (leak checks).
    Count {
        reply: Sender<usize>,
    },
    Shutdown,
}

struct Table {
    procs: SlotMap<ProcKey, Process>,
    by_pid: HashMap<u32, ProcKey>,
    next_pid: u32,
}

impl Table {
    fn get(&mut self, pid: u32) -> Option<&mut Process> {
        let k = *self.by_pid.get(&pid)?;
        self.procs.get_mut(k)
    }
}

pub(crate) fn run(rx: Receiver<ProcMsg>) {
    let mut t = Table {
        procs: SlotMap::with_key(),
        by_pid: HashMap::new(),
        next_pid: 1,
    };
    while let Ok(msg) = super::recv_spin(&rx, super::SPIN) {
        match msg {
            ProcMsg::Spawn { spec, reply } => {
                let pid = t.next_pid;
                t.next_pid += 1;
                let k = t.procs.insert(Process {
                    pid,
                    argv: spec.argv,
                    env: spec.env,
                    cwd: spec.cwd,
                    stdin: spec.stdin,
                    stdin_pos: 0,
                    stdio: spec.stdio,
                    exit_code: None,
                });
                t.by_pid.insert(pid, k);
                let _ = reply.send(pid);
            }
            ProcMsg::Call { pid, call, reply } => {
                let _span = tracing::trace_span!("proc", pid).entered();
                let Some(p) = t.get(pid) else {
                    reply.send(Err(SysError::new(Errno::EINVAL, "process")
                        .with_detail(format!("no such process {pid}"))));
                    continue;
                };
                let r = match call {
                    ProcCall::Info => Ok(Reply::ProcInfo(ProcInfo {
                        pid: p.pid,
                        ppid: 0,
                        argv: p.argv.clone(),
                        env: p.env.clone(),
                        cwd: p.cwd.clone(),
                        uid: 0,
                        gid: 0,
                    })),
                    ProcCall::Exit { code } => {
                        p.exit_code = Some(code);
                        Ok(Reply::Unit)
                    }
                    ProcCall::Write { fd, data } => {
                        let stream = match fd {
                            1 => Some(StdioStream::Stdout),
                            2 => Some(StdioStream::Stderr),
                            _ => None,
                        };
                        match stream {
                            Some(stream) => {
                                if let Some(hook) = &p.stdio {
                                    hook(StdioEvent {
                                        pid,
                                        stream,
                                        data: &data,
                                    });
                                }
                                Ok(Reply::Unit)
                            }
                            None => Err(SysError::new(Errno::EBADF, "write")),
                        }
                    }
                    ProcCall::ReadStdin { max } => {
                        let end = (p.stdin_pos + max as usize).min(p.stdin.len());
                        let chunk = p.stdin[p.stdin_pos..end].to_vec();
                        p.stdin_pos = end;
                        Ok(Reply::Bytes(chunk))
                    }
                };
                reply.send(r);
            }
            ProcMsg::SetCwd { pid, path, reply } => match t.get(pid) {
                Some(p) => {
                    p.cwd = path.clone();
                    reply.send(Ok(Reply::Path(path)));
                }
                None => reply.send(Err(SysError::new(Errno::EINVAL, "chdir"))),
            },
            ProcMsg::Reap { pid, reply } => {
                let code = t
                    .by_pid
                    .remove(&pid)
                    .and_then(|k| t.procs.remove(k))
                    .and_then(|p| p.exit_code);
                let _ = reply.send(code);
            }
            ProcMsg::Count { reply } => {
                let _ = reply.send(t.procs.len());
            }
            ProcMsg::Shutdown => break,
        }
    }
}
