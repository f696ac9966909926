//! The kernel: actors that own the sandbox's world, and the dispatcher that routes syscalls.
//!
//! * [`permissions`] — the policy; fs and network requests enter here and are forwarded with a
//!   checked path or host;
//! * [`vfs`] — the filesystem;
//! * [`process`] — the process table (pids, argv, env, cwd, stdio, exit codes);
//! * [`net`] — the network stack.
//!
//! Each actor runs on its own thread and is reached only through its channel. Clock and
//! randomness are injected ([`Clock`], [`Entropy`]) and answered by the dispatcher itself: they
//! have no state to own, but they are still syscalls, so they are traced and recorded.

pub mod crypto;
pub mod net;
pub mod permissions;
pub mod process;
pub mod resolver;
pub mod vfs;
pub mod zlib;

use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Instant;

use crossbeam_channel::{bounded, unbounded, Sender};

use crate::syscalls::{ClockReading, Errno, Reply, SysError, SysResult, Syscall};
use permissions::{FsAccess, PermMsg, Permissions};
use process::{ProcCall, ProcMsg, SpawnSpec};
use vfs::{FsConfig, FsConfigError, Vfs, VfsMsg, VfsOp};

/// How long a thread that expects a message soon polls its channel before it parks. Waking a
/// parked thread costs tens of microseconds on small VMs; a syscall round trip should cost a few.
pub const SPIN: std::time::Duration = std::time::Duration::from_micros(40);

/// Receive, polling for up to `spin` before blocking.
pub fn recv_spin<T>(
    rx: &crossbeam_channel::Receiver<T>,
    spin: std::time::Duration,
) -> Result<T, crossbeam_channel::RecvError> {
    let start = Instant::now();
    loop {
        match rx.try_recv() {
            Ok(v) => return Ok(v),
            Err(crossbeam_channel::TryRecvError::Disconnected) => {
                return Err(crossbeam_channel::RecvError)
            }
            Err(crossbeam_channel::TryRecvError::Empty) => {
                if start.elapsed() >= spin {
                    return rx.recv();
                }
                std::hint::spin_loop();
            }
        }
    }
}

/// Where a reply goes: a channel and the id the receiver matches it with.
pub struct ReplyTo {
    pub id: u64,
    pub tx: Sender<(u64, SysResult)>,
}

impl ReplyTo {
    pub fn send(self, r: SysResult) {
        // The receiver may be gone (a sandbox that ended); its reply is simply dropped.
        let _ = self.tx.send((self.id, r));
    }
}

/// A source of time, injected by the embedder.
pub trait Clock: Send + Sync {
    fn now(&self) -> ClockReading;
    /// Virtual clocks move forward when the event loop would sleep, instead of the loop
    /// sleeping: return true if this clock did so. Real clocks return false.
    fn advance(&self, _by: std::time::Duration) -> bool {
        false
    }
}

/// A clock for reproducible runs: it starts at a fixed instant, moves 1 µs per reading (so
/// busy-waits end and intervals are non-zero), and jumps forward when the event loop would
/// sleep. Two runs of the same program see the same times.
pub struct VirtualClock {
    start_wall_ms: f64,
    mono_ns: std::sync::atomic::AtomicU64,
}

impl VirtualClock {
    /// 2024-01-01T00:00:00Z, the default start.
    pub const DEFAULT_START_MS: f64 = 1_704_067_200_000.0;

    pub fn new(start_wall_ms: f64) -> Self {
        VirtualClock {
            start_wall_ms,
            mono_ns: std::sync::atomic::AtomicU64::new(0),
        }
    }
}

impl Clock for VirtualClock {
    fn now(&self) -> ClockReading {
        let ns = self
            .mono_ns
            .fetch_add(1_000, std::sync::atomic::Ordering::SeqCst)
            + 1_000;
        ClockReading {
            wall_ms: self.start_wall_ms + ns as f64 / 1e6,
            mono_ns: ns,
        }
    }
    fn advance(&self, by: std::time::Duration) -> bool {
        self.mono_ns
            .fetch_add(by.as_nanos() as u64, std::sync::atomic::Ordering::SeqCst);
        true
    }
}

/// Reproducible randomness: splitmix64 from a seed. Not for secrets.
pub struct SeededEntropy {
    state: Mutex<u64>,
}

impl SeededEntropy {
    pub fn new(seed: u64) -> Self {
        SeededEntropy {
            state: Mutex::new(seed),
        }
    }
}

impl Entropy for SeededEntropy {
    fn fill(&self, buf: &mut [u8]) {
        let mut st = match self.state.lock() {
            Ok(g) => g,
            Err(p) => p.into_inner(),
        };
        for chunk in buf.chunks_mut(8) {
            *st = st.wrapping_add(0x9e37_79b9_7f4a_7c15);
            let mut z = *st;
            z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
            z ^= z >> 31;
            chunk.copy_from_slice(&z.to_le_bytes()[..chunk.len()]);
        }
    }
}

/// The host's clocks.
pub struct SystemClock {
    origin: Instant,
}

impl SystemClock {
    pub fn new() -> Self {
        SystemClock {
            origin: Instant::now(),
        }
    }
}

impl Default for SystemClock {
    fn default() -> Self {
        Self::new()
    }
}

impl Clock for SystemClock {
    fn now(&self) -> ClockReading {
        let wall = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs_f64() * 1000.0)
            .unwrap_or(0.0);
        ClockReading {
            wall_ms: wall,
            mono_ns: self.origin.elapsed().as_nanos() as u64,
        }
    }
}

/// A source of randomness, injected by the embedder.
pub trait Entropy: Send + Sync {
    fn fill(&self, buf: &mut [u8]);
}

/// The operating system's CSPRNG (`getrandom(2)`).
pub struct OsEntropy;

impl Entropy for OsEntropy {
    fn fill(&self, buf: &mut [u8]) {
        let mut off = 0;
        while off < buf.len() {
            // SAFETY: the pointer and length describe the unfilled tail of `buf`.
            let n = unsafe {
                libc::getrandom(
                    buf[off..].as_mut_ptr() as *mut libc::c_void,
                    buf.len() - off,
                    0,
                )
            };
            if n > 0 {
                off += n as usize;
            } else if std::io::Error::last_os_error().kind() != std::io::ErrorKind::Interrupted {
                // No entropy available: fail loud rather than hand out zeros.
                panic!("getrandom failed: {}", std::io::Error::last_os_error());
            }
        }
    }
}

/// Everything a kernel starts with.
#[derive(Clone)]
pub struct KernelConfig {
    pub permissions: Permissions,
    pub fs: FsConfig,
    pub clock: Arc<dyn Clock>,
    pub entropy: Arc<dyn Entropy>,
    /// What `os` reports.
    pub system: crate::syscalls::SystemInfo,
}

impl Default for KernelConfig {
    fn default() -> Self {
        KernelConfig {
            permissions: Permissions::deny_all(),
            fs: FsConfig::default(),
            clock: Arc::new(SystemClock::new()),
            entropy: Arc::new(OsEntropy),
            system: Default::default(),
        }
    }
}

/// Why a kernel could not start.
#[derive(Debug, thiserror::Error)]
pub enum KernelError {
    #[error(transparent)]
    Fs(#[from] FsConfigError),
    #[error("cannot start kernel actor thread {name}: {source}")]
    Thread {
        name: &'static str,
        source: std::io::Error,
    },
    #[error("the kernel has shut down")]
    Down,
}

struct Senders {
    perms: Sender<PermMsg>,
    vfs: Sender<VfsMsg>,
    procs: Sender<ProcMsg>,
    net: Sender<net::NetMsg>,
}

/// A running kernel. Cheap to clone; the actors stop when [`Kernel::shutdown`] is called or the
/// last clone is dropped.
#[derive(Clone)]
pub struct Kernel {
    inner: Arc<KernelInner>,
}

struct KernelInner {
    tx: Senders,
    /// The policy, consulted on the dispatch path: `Permissions::check` is the only maker of the
    /// `CheckedPath` the VFS requires.
    /// Shared, so that each `CheckedPath` refers to it without copying the rules.
    policy: Arc<Permissions>,
    clock: Arc<dyn Clock>,
    entropy: Arc<dyn Entropy>,
    system: crate::syscalls::SystemInfo,
    /// `module.resolve`, run on the caller's thread over the VFS actor.
    modules: resolver::ModuleResolver,
    /// Open compression streams, per process (answered on the caller's thread).
    zlib: zlib::Streams,
    threads: Mutex<Vec<JoinHandle<()>>>,
}

impl Kernel {
    /// Start the four actors.
    pub fn start(config: KernelConfig) -> Result<Kernel, KernelError> {
        let vfs_state = Vfs::new(&config.fs, config.clock.clone(), config.entropy.clone())?;
        let generation = vfs_state.generation();
        let (perm_tx, perm_rx) = unbounded();
        let (vfs_tx, vfs_rx) = unbounded();
        let (proc_tx, proc_rx) = unbounded();
        let (net_tx, net_rx) = unbounded();
        let modules =
            resolver::ModuleResolver::new(config.permissions.clone(), vfs_tx.clone(), generation);
        let mut threads = Vec::new();
        let spawn = |name: &'static str, f: Box<dyn FnOnce() + Send>| {
            std::thread::Builder::new()
                .name(format!("se-{name}"))
                .stack_size(256 * 1024)
                .spawn(f)
                .map_err(|source| KernelError::Thread { name, source })
        };
        {
            let (policy, net_tx) = (config.permissions.clone(), net_tx.clone());
            threads.push(spawn(
                "perms",
                Box::new(move || permissions::run(policy, perm_rx, net_tx)),
            )?);
        }
        {
            let proc_tx = proc_tx.clone();
            threads.push(spawn(
                "vfs",
                Box::new(move || vfs::run(vfs_state, vfs_rx, proc_tx)),
            )?);
        }
        threads.push(spawn("procs", Box::new(move || process::run(proc_rx)))?);
        threads.push(spawn("net", Box::new(move || net::run(net_rx)))?);
        Ok(Kernel {
            inner: Arc::new(KernelInner {
                tx: Senders {
                    perms: perm_tx,
                    vfs: vfs_tx,
                    procs: proc_tx,
                    net: net_tx,
                },
                policy: Arc::new(config.permissions),
                clock: config.clock,
                entropy: config.entropy,
                system: config.system,
                modules,
                zlib: zlib::Streams::default(),
                threads: Mutex::new(threads),
            }),
        })
    }

    /// Register a new process: its environment is filtered by the env permission first.
    pub fn spawn(&self, mut spec: SpawnSpec) -> Result<u32, KernelError> {
        let (tx, rx) = bounded(1);
        self.inner
            .tx
            .perms
            .send(PermMsg::FilterEnv {
                env: std::mem::take(&mut spec.env),
                reply: tx,
            })
            .map_err(|_| KernelError::Down)?;
        spec.env = rx.recv().map_err(|_| KernelError::Down)?;
        let (tx, rx) = bounded(1);
        self.inner
            .tx
            .procs
            .send(ProcMsg::Spawn { spec, reply: tx })
            .map_err(|_| KernelError::Down)?;
        rx.recv().map_err(|_| KernelError::Down)
    }

    /// Remove an ended process from the table; returns the exit code it reported, if any.
    pub fn reap(&self, pid: u32) -> Option<i32> {
        // So do its compression streams.
        self.inner.zlib.reap(pid);
        // Its descriptors close with it.
        let (ctx, crx) = bounded(1);
        if self
            .inner
            .tx
            .vfs
            .send(VfsMsg::Op {
                op: VfsOp::CloseAll { pid },
                reply: ReplyTo { id: 0, tx: ctx },
            })
            .is_ok()
        {
            let _ = crx.recv();
        }
        let (tx, rx) = bounded(1);
        self.inner
            .tx
            .procs
            .send(ProcMsg::Reap { pid, reply: tx })
            .ok()?;
        rx.recv().ok().flatten()
    }

    /// Number of processes in the table.
    pub fn process_count(&self) -> usize {
        let (tx, rx) = bounded(1);
        if self
            .inner
            .tx
            .procs
            .send(ProcMsg::Count { reply: tx })
            .is_err()
        {
            return 0;
        }
        rx.recv().unwrap_or(0)
    }

    /// Route one syscall from process `pid`. The reply arrives on `reply` (possibly from another
    /// thread); this never blocks on the actors.
    pub fn dispatch(&self, pid: u32, call: Syscall, reply: ReplyTo) {
        let tx = &self.inner.tx;
        let policy = &self.inner.policy;
        let fs = |access: FsAccess,
                  path: String,
                  syscall: &'static str,
                  op: Box<dyn FnOnce(permissions::CheckedPath) -> VfsOp + Send>,
                  reply: ReplyTo| {
            let _span = tracing::trace_span!("perm.fs", path = %path).entered();
            match policy.check_shared(access, &path, syscall) {
                Ok(checked) => {
                    if let Err(e) = tx.vfs.send(VfsMsg::Op {
                        op: op(checked),
                        reply,
                    }) {
                        if let VfsMsg::Op { reply, .. } = e.0 {
                            reply.send(Err(down(syscall)));
                        }
                    }
                }
                Err(e) => reply.send(Err(e)),
            }
        };
        let vfs_op = |op: VfsOp, reply: ReplyTo| {
            if let Err(e) = tx.vfs.send(VfsMsg::Op { op, reply }) {
                if let VfsMsg::Op { reply, .. } = e.0 {
                    reply.send(Err(down("fs")));
                }
            }
        };
        // Two paths (rename, link, copy): both are checked; an error names both, as Node's do.
        let two = |a1: FsAccess, p1: &str, a2: FsAccess, p2: &str, sc: &'static str| {
            let both = |mut e: SysError| {
                e.path = Some(p1.to_string());
                e.dest = Some(p2.to_string());
                e
            };
            let c1 = policy.check_shared(a1, p1, sc).map_err(both)?;
            let c2 = policy.check_shared(a2, p2, sc).map_err(both)?;
            Ok::<_, SysError>((c1, c2))
        };
        let proc_call = |call: ProcCall, reply: ReplyTo| {
            if let Err(e) = tx.procs.send(ProcMsg::Call { pid, call, reply }) {
                if let ProcMsg::Call { reply, .. } = e.0 {
                    reply.send(Err(down("process")));
                }
            }
        };
        let sc = call.node_syscall();
        match call {
            Syscall::FsStat { path, follow } => fs(
                FsAccess::Stat,
                path,
                sc,
                Box::new(move |path| VfsOp::Stat { path, follow }),
                reply,
            ),
            Syscall::FsReadFile { path } => fs(
                FsAccess::Read,
                path,
                sc,
                Box::new(|path| VfsOp::ReadFile { path }),
                reply,
            ),
            Syscall::FsWriteFile {
                path,
                data,
                append,
                exclusive,
            } => fs(
                FsAccess::Write,
                path,
                sc,
                Box::new(move |path| VfsOp::WriteFile {
                    path,
                    data,
                    append,
                    exclusive,
                }),
                reply,
            ),
            Syscall::FsReaddir { path } => fs(
                FsAccess::Read,
                path,
                sc,
                Box::new(|path| VfsOp::Readdir { path }),
                reply,
            ),
            Syscall::FsRealpath { path } => fs(
                FsAccess::Stat,
                path,
                sc,
                Box::new(|path| VfsOp::Realpath { path }),
                reply,
            ),
            Syscall::FsMkdir {
                path,
                recursive,
                mode,
            } => fs(
                FsAccess::Write,
                path,
                sc,
                Box::new(move |path| VfsOp::Mkdir {
                    path,
                    recursive,
                    mode,
                }),
                reply,
            ),
            Syscall::FsUnlink { path } => fs(
                FsAccess::Write,
                path,
                sc,
                Box::new(|path| VfsOp::Unlink { path }),
                reply,
            ),
            Syscall::FsRmdir { path } => fs(
                FsAccess::Write,
                path,
                sc,
                Box::new(|path| VfsOp::Rmdir { path }),
                reply,
            ),
            Syscall::ProcChdir { path } => fs(
                FsAccess::Stat,
                path,
                sc,
                Box::new(move |path| VfsOp::Chdir { path, pid }),
                reply,
            ),
            Syscall::FsOpen { path, flags, mode } => {
                use vfs::{O_APPEND, O_CREAT, O_RDWR, O_TRUNC, O_WRONLY};
                let writes = flags & (O_WRONLY | O_RDWR | O_CREAT | O_TRUNC | O_APPEND) != 0;
                // O_RDWR needs read permission as well as write.
                if flags & O_RDWR != 0 {
                    if let Err(e) = policy.check_shared(FsAccess::Read, &path, sc) {
                        return reply.send(Err(e));
                    }
                }
                let access = if writes {
                    FsAccess::Write
                } else {
                    FsAccess::Read
                };
                fs(
                    access,
                    path,
                    sc,
                    Box::new(move |path| VfsOp::Open {
                        pid,
                        path,
                        flags,
                        mode,
                    }),
                    reply,
                )
            }
            Syscall::FsClose { fd } => vfs_op(VfsOp::Close { pid, fd }, reply),
            Syscall::FsWatchAdd { path, recursive } => fs(
                FsAccess::Read,
                path,
                sc,
                Box::new(move |path| VfsOp::WatchAdd {
                    pid,
                    path,
                    recursive,
                }),
                reply,
            ),
            Syscall::FsWatchNext { id } => vfs_op(VfsOp::WatchNext { pid, id }, reply),
            Syscall::FsWatchRemove { id } => vfs_op(VfsOp::WatchRemove { pid, id }, reply),
            Syscall::FsRead { fd, len, position } => vfs_op(
                VfsOp::Read {
                    pid,
                    fd,
                    len,
                    position,
                },
                reply,
            ),
            Syscall::FsWrite { fd, data, position } => vfs_op(
                VfsOp::Write {
                    pid,
                    fd,
                    data,
                    position,
                },
                reply,
            ),
            Syscall::FsFstat { fd } => vfs_op(VfsOp::Fstat { pid, fd }, reply),
            Syscall::FsFtruncate { fd, len } => vfs_op(VfsOp::Ftruncate { pid, fd, len }, reply),
            Syscall::FsFsync { fd, datasync } => vfs_op(VfsOp::Fsync { pid, fd, datasync }, reply),
            Syscall::FsFchmod { fd, mode } => vfs_op(VfsOp::Fchmod { pid, fd, mode }, reply),
            Syscall::FsFchown { fd, uid, gid } => match (owner_id(uid), owner_id(gid)) {
                (Ok(uid), Ok(gid)) => vfs_op(VfsOp::Fchown { pid, fd, uid, gid }, reply),
                _ => reply.send(Err(SysError::new(Errno::EINVAL, sc))),
            },
            Syscall::FsFutimes {
                fd,
                atime_ms,
                mtime_ms,
            } => vfs_op(
                VfsOp::Futimes {
                    pid,
                    fd,
                    atime_ms,
                    mtime_ms,
                },
                reply,
            ),
            Syscall::FsTruncate { path, len } => fs(
                FsAccess::Write,
                path,
                sc,
                Box::new(move |path| VfsOp::Truncate { path, len }),
                reply,
            ),
            Syscall::FsReadlink { path } => fs(
                FsAccess::Stat,
                path,
                sc,
                Box::new(|path| VfsOp::Readlink { path }),
                reply,
            ),
            Syscall::FsChmod { path, mode, follow } => fs(
                FsAccess::Write,
                path,
                sc,
                Box::new(move |path| VfsOp::Chmod { path, mode, follow }),
                reply,
            ),
            Syscall::FsChown {
                path,
                uid,
                gid,
                follow,
            } => match (owner_id(uid), owner_id(gid)) {
                (Ok(uid), Ok(gid)) => fs(
                    FsAccess::Write,
                    path,
                    sc,
                    Box::new(move |path| VfsOp::Chown {
                        path,
                        uid,
                        gid,
                        follow,
                    }),
                    reply,
                ),
                _ => reply.send(Err(SysError::new(Errno::EINVAL, sc).with_path(&path))),
            },
            Syscall::FsUtimes {
                path,
                atime_ms,
                mtime_ms,
                follow,
            } => fs(
                FsAccess::Write,
                path,
                sc,
                Box::new(move |path| VfsOp::Utimes {
                    path,
                    atime_ms,
                    mtime_ms,
                    follow,
                }),
                reply,
            ),
            Syscall::FsAccess { path, mode } => fs(
                FsAccess::Stat,
                path,
                sc,
                Box::new(move |path| VfsOp::Access { path, mode }),
                reply,
            ),
            Syscall::FsStatfs { path } => fs(
                FsAccess::Stat,
                path,
                sc,
                Box::new(|path| VfsOp::Statfs { path }),
                reply,
            ),
            Syscall::FsMkdtemp { prefix } => {
                // `dir/` means "a new directory inside dir" (normalising would drop the slash).
                let inside = prefix.ends_with('/') && prefix.len() > 1;
                fs(
                    FsAccess::Write,
                    prefix,
                    sc,
                    Box::new(move |prefix| VfsOp::Mkdtemp { prefix, inside }),
                    reply,
                )
            }
            Syscall::FsSymlink { target, path } => fs(
                FsAccess::Write,
                path,
                sc,
                Box::new(move |path| VfsOp::Symlink { target, path }),
                reply,
            ),
            Syscall::FsRename { from, to } => {
                match two(FsAccess::Write, &from, FsAccess::Write, &to, sc) {
                    Ok((from, to)) => vfs_op(VfsOp::Rename { from, to }, reply),
                    Err(e) => reply.send(Err(e)),
                }
            }
            Syscall::FsLink { existing, new } => {
                match two(FsAccess::Read, &existing, FsAccess::Write, &new, sc) {
                    Ok((existing, new)) => vfs_op(VfsOp::Link { existing, new }, reply),
                    Err(e) => reply.send(Err(e)),
                }
            }
            Syscall::FsCopyFile {
                from,
                to,
                exclusive,
            } => match two(FsAccess::Read, &from, FsAccess::Write, &to, sc) {
                Ok((from, to)) => vfs_op(
                    VfsOp::CopyFile {
                        from,
                        to,
                        exclusive,
                    },
                    reply,
                ),
                Err(e) => reply.send(Err(e)),
            },
            Syscall::ProcInfo => proc_call(ProcCall::Info, reply),
            Syscall::ProcExit { code } => proc_call(ProcCall::Exit { code }, reply),
            Syscall::IoWrite { fd, data } => proc_call(ProcCall::Write { fd, data }, reply),
            Syscall::IoReadStdin { max } => proc_call(ProcCall::ReadStdin { max }, reply),
            Syscall::ClockNow => reply.send(Ok(Reply::Clock(self.inner.clock.now()))),
            Syscall::RandomBytes { len } => {
                if len > 65536 {
                    reply.send(Err(SysError::new(Errno::EINVAL, sc)
                        .with_detail("at most 65536 random bytes per request")));
                } else {
                    let mut buf = vec![0u8; len as usize];
                    self.inner.entropy.fill(&mut buf);
                    reply.send(Ok(Reply::Bytes(buf)));
                }
            }
            Syscall::OsInfo => reply.send(Ok(Reply::System(self.inner.system.clone()))),
            // Stateless computations: answered here, on the caller's thread.
            Syscall::CryptoHash { alg, data } => reply.send(crypto::hash(&alg, &data)),
            Syscall::CryptoHmac { alg, key, data } => reply.send(crypto::hmac(&alg, &key, &data)),
            Syscall::CryptoPbkdf2 {
                digest,
                password,
                salt,
                iterations,
                keylen,
            } => reply.send(crypto::pbkdf2(
                &digest, &password, &salt, iterations, keylen,
            )),
            Syscall::CryptoScrypt {
                password,
                salt,
                keylen,
                n,
                r,
                p,
                maxmem,
            } => reply.send(crypto::scrypt(&password, &salt, keylen, n, r, p, maxmem)),
            Syscall::CryptoAesGcm {
                encrypt,
                key,
                iv,
                data,
                aad,
            } => reply.send(crypto::aes_gcm(encrypt, &key, &iv, &data, &aad)),
            // The isolate answers this one itself (it alone sees its heap); a kernel never gets it.
            Syscall::MemUsage => reply.send(Err(SysError::new(Errno::ENOSYS, sc)
                .with_detail("mem.usage is answered by the isolate, not the kernel"))),
            Syscall::ZlibProcess {
                mode,
                opts,
                data,
                flush,
                max_out,
            } => reply.send(
                zlib::process(mode, opts, &data, flush, max_out)
                    .map(Reply::Zlib)
                    .map_err(|e| e.into_sys(sc)),
            ),
            Syscall::ZlibOpen { mode, opts } => {
                reply.send(self.inner.zlib.open(pid, mode, opts).map(Reply::Count))
            }
            Syscall::ZlibWrite {
                handle,
                data,
                flush,
                max_out,
            } => reply.send(
                self.inner
                    .zlib
                    .write(pid, handle, &data, flush, max_out)
                    .map(Reply::Zlib),
            ),
            Syscall::ZlibParams {
                handle,
                level,
                strategy,
            } => reply.send(
                self.inner
                    .zlib
                    .params(pid, handle, level, strategy)
                    .map(Reply::Zlib),
            ),
            Syscall::ZlibReset { handle } => {
                reply.send(self.inner.zlib.reset(pid, handle).map(|()| Reply::Unit))
            }
            Syscall::ZlibClose { handle } => {
                self.inner.zlib.close(pid, handle);
                reply.send(Ok(Reply::Unit))
            }
            Syscall::NetLookup { host } => {
                if let Err(e) = tx.perms.send(PermMsg::NetLookup { host, reply }) {
                    if let PermMsg::NetLookup { reply, .. } = e.0 {
                        reply.send(Err(down(sc)));
                    }
                }
            }
            Syscall::ModuleResolve {
                specifier,
                parent,
                mode,
            } => {
                let _span =
                    tracing::trace_span!("module.resolve", specifier = %specifier).entered();
                let Some(mode) = resolver::Mode::parse(&mode) else {
                    return reply.send(Err(SysError::new(Errno::EINVAL, sc)
                        .with_detail("mode must be \"require\" or \"import\"")));
                };
                if !parent.starts_with('/') || parent.contains('\0') || specifier.contains('\0') {
                    return reply.send(Err(SysError::new(Errno::EINVAL, sc)
                        .with_detail("parent must be an absolute path")));
                }
                // Blocks this (the caller's) thread on the VFS actor, like a sync syscall would.
                reply.send(Ok(self.inner.modules.resolve(&specifier, &parent, mode)))
            }
        }
    }

    /// Ask the clock to jump forward instead of the caller sleeping; false for a real clock.
    pub fn advance_clock(&self, by: std::time::Duration) -> bool {
        self.inner.clock.advance(by)
    }

    /// Wait until the VFS actor has handled every request sent to it so far: their replies are
    /// on their channels when this returns.
    pub fn vfs_barrier(&self) {
        let (tx, rx) = bounded(1);
        if self.inner.tx.vfs.send(VfsMsg::Barrier(tx)).is_ok() {
            let _ = rx.recv();
        }
    }

    /// Dispatch and wait for the reply (for callers that are not an isolate: tests, tools).
    pub fn call(&self, pid: u32, call: Syscall) -> SysResult {
        let (tx, rx) = bounded(1);
        self.dispatch(pid, call, ReplyTo { id: 0, tx });
        rx.recv()
            .map(|(_, r)| r)
            .unwrap_or_else(|_| Err(down("syscall")))
    }

    /// Stop the actors and join their threads. Idempotent.
    pub fn shutdown(&self) {
        let _ = self.inner.tx.perms.send(PermMsg::Shutdown);
        let _ = self.inner.tx.vfs.send(VfsMsg::Shutdown);
        let _ = self.inner.tx.procs.send(ProcMsg::Shutdown);
        let _ = self.inner.tx.net.send(net::NetMsg::Shutdown);
        let threads = match self.inner.threads.lock() {
            Ok(mut t) => std::mem::take(&mut *t),
            Err(p) => std::mem::take(&mut *p.into_inner()),
        };
        for t in threads {
            let _ = t.join();
        }
    }
}

impl Drop for KernelInner {
    fn drop(&mut self) {
        let _ = self.tx.perms.send(PermMsg::Shutdown);
        let _ = self.tx.vfs.send(VfsMsg::Shutdown);
        let _ = self.tx.procs.send(ProcMsg::Shutdown);
        let _ = self.tx.net.send(net::NetMsg::Shutdown);
        let threads = match self.threads.lock() {
            Ok(mut t) => std::mem::take(&mut *t),
            Err(p) => std::mem::take(&mut *p.into_inner()),
        };
        for t in threads {
            let _ = t.join();
        }
    }
}

fn down(syscall: &str) -> SysError {
    SysError::new(Errno::EIO, syscall).with_detail("the kernel has shut down")
}

/// A uid or gid from a chown request: -1 keeps the current one; anything else must fit 32 bits.
fn owner_id(id: i64) -> Result<Option<u32>, ()> {
    if id == -1 {
        return Ok(None);
    }
    u32::try_from(id).map(Some).map_err(|_| ())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kernel(p: Permissions) -> Kernel {
        Kernel::start(KernelConfig {
            permissions: p,
            ..Default::default()
        })
        .unwrap()
    }

    #[test]
    fn fs_round_trip_through_actors() {
        let k = kernel(Permissions::allow_all());
        let pid = k
            .spawn(SpawnSpec {
                cwd: "/".into(),
                ..Default::default()
            })
            .unwrap();
        let w = k.call(
            pid,
            Syscall::FsWriteFile {
                path: "/x.txt".into(),
                data: b"abc".to_vec(),
                append: false,
                exclusive: false,
            },
        );
        assert_eq!(w, Ok(Reply::Unit));
        assert_eq!(
            k.call(
                pid,
                Syscall::FsReadFile {
                    path: "/x.txt".into()
                }
            ),
            Ok(Reply::Bytes(b"abc".to_vec()))
        );
        k.shutdown();
    }

    #[test]
    fn denied_fs_is_eacces_with_node_fields() {
        let k = kernel(Permissions::deny_all());
        let pid = k.spawn(SpawnSpec::default()).unwrap();
        let e = k
            .call(
                pid,
                Syscall::FsReadFile {
                    path: "/etc/passwd".into(),
                },
            )
            .unwrap_err();
        assert_eq!(e.code, Errno::EACCES);
        assert_eq!(
            e.to_string(),
            "EACCES: permission denied, open '/etc/passwd'"
        );
        k.shutdown();
    }

    #[test]
    fn env_is_filtered_at_spawn() {
        let k = kernel(Permissions::deny_all().allow_env(["KEEP"]));
        let pid = k
            .spawn(SpawnSpec {
                env: vec![("KEEP".into(), "1".into()), ("DROP".into(), "2".into())],
                ..Default::default()
            })
            .unwrap();
        match k.call(pid, Syscall::ProcInfo).unwrap() {
            Reply::ProcInfo(info) => {
                assert_eq!(info.env, vec![("KEEP".to_string(), "1".to_string())])
            }
            other => panic!("unexpected {other:?}"),
        }
        k.shutdown();
    }

    #[test]
    fn chdir_checks_directory_and_updates_cwd() {
        let k = kernel(Permissions::allow_all());
        let pid = k
            .spawn(SpawnSpec {
                cwd: "/".into(),
                ..Default::default()
            })
            .unwrap();
        k.call(
            pid,
            Syscall::FsMkdir {
                path: "/d".into(),
                recursive: false,
                mode: 0o777,
            },
        )
        .unwrap();
        assert_eq!(
            k.call(pid, Syscall::ProcChdir { path: "/d".into() }),
            Ok(Reply::Path("/d".into()))
        );
        let e = k
            .call(
                pid,
                Syscall::ProcChdir {
                    path: "/nope".into(),
                },
            )
            .unwrap_err();
        assert_eq!(e.code, Errno::ENOENT);
        assert_eq!(e.syscall, "chdir");
        match k.call(pid, Syscall::ProcInfo).unwrap() {
            Reply::ProcInfo(info) => assert_eq!(info.cwd, "/d"),
            other => panic!("unexpected {other:?}"),
        }
        k.shutdown();
    }

    #[test]
    fn shutdown_joins_and_later_calls_fail_cleanly() {
        let k = kernel(Permissions::allow_all());
        let pid = k.spawn(SpawnSpec::default()).unwrap();
        assert_eq!(k.process_count(), 1);
        k.reap(pid);
        assert_eq!(k.process_count(), 0);
        k.shutdown();
        let e = k
            .call(
                pid,
                Syscall::FsStat {
                    path: "/".into(),
                    follow: true,
                },
            )
            .unwrap_err();
        assert_eq!(e.code, Errno::EIO);
        k.shutdown();
    }

    #[test]
    fn virtual_clock_and_seeded_entropy_repeat() {
        let a = VirtualClock::new(VirtualClock::DEFAULT_START_MS);
        let b = VirtualClock::new(VirtualClock::DEFAULT_START_MS);
        assert_eq!(a.now(), b.now());
        assert!(a.advance(std::time::Duration::from_millis(10)));
        assert_eq!(a.now().mono_ns, 10_002_000);
        assert!(!SystemClock::new().advance(std::time::Duration::from_secs(1)));
        let (mut x, mut y, mut z) = ([0u8; 13], [0u8; 13], [0u8; 13]);
        SeededEntropy::new(7).fill(&mut x);
        SeededEntropy::new(7).fill(&mut y);
        SeededEntropy::new(8).fill(&mut z);
        assert_eq!(x, y);
        assert_ne!(x, z);
    }

    #[test]
    fn random_and_clock_are_answered() {
        let k = kernel(Permissions::deny_all());
        match k.call(1, Syscall::RandomBytes { len: 16 }).unwrap() {
            Reply::Bytes(b) => assert_eq!(b.len(), 16),
            other => panic!("unexpected {other:?}"),
        }
        assert_eq!(
            k.call(1, Syscall::RandomBytes { len: 1 << 20 })
                .unwrap_err()
                .code,
            Errno::EINVAL
        );
        assert!(matches!(k.call(1, Syscall::ClockNow), Ok(Reply::Clock(_))));
        k.shutdown();
    }
}
