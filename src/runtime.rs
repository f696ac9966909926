//! The embedding API: build a [`Runtime`], then [`Runtime::exec`] or [`Runtime::run`] code in it.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use crate::actors::process::{SpawnSpec, StdioEvent, StdioHook};
use crate::actors::vfs::{FsConfig, HostMount, MountMode};
use crate::actors::{Clock, Entropy, Kernel, KernelConfig, KernelError, OsEntropy, SystemClock};
use crate::isolate::{self, MainModule, ProcessConfig, ProcessControl, ProcessOutcome};
use crate::trace::Recorder;
use crate::Permissions;

/// `process.execPath` and `process.argv[0]` inside the sandbox (there is no node binary there).
pub const VIRTUAL_EXEC_PATH: &str = "/usr/local/bin/node";

/// Default heap limit per sandbox.
pub const DEFAULT_MEMORY_LIMIT_MIB: usize = 128;

/// Errors from building a runtime or starting a run. (A program that fails is not an error of
/// the API: see [`ExecResult`].)
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("cannot start the sandbox kernel: {0}")]
    Kernel(#[from] KernelError),
    #[error("cannot start a sandbox thread: {0}")]
    Thread(std::io::Error),
    #[error("the sandbox thread died unexpectedly; the run's state is lost (this is a bug: please report it)")]
    ThreadPanicked,
    #[error("invalid option {option}: {reason}")]
    InvalidOption {
        option: &'static str,
        reason: String,
    },
    #[error("run() produced no JSON-representable export{0}")]
    NoExport(String),
}

/// Limits for one run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// V8 heap limit in MiB.
    pub memory_mib: usize,
    /// CPU time the run's thread may use.
    pub cpu_time: Option<Duration>,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            memory_mib: DEFAULT_MEMORY_LIMIT_MIB,
            cpu_time: None,
        }
    }
}

/// Options of one [`Runtime::exec`].
#[derive(Debug, Clone, Default)]
pub struct ExecOptions {
    /// Guest path of the code (its `__filename`); default `<cwd>/[eval].js`.
    pub file_path: Option<String>,
    /// Arguments after the script name (`process.argv.slice(2)`).
    pub argv: Vec<String>,
    /// Environment; filtered by the env permission (denied variables are absent).
    pub env: Vec<(String, String)>,
    /// Working directory (guest path); default `/`.
    pub cwd: Option<String>,
    /// Bytes readable from `process.stdin`.
    pub stdin: Vec<u8>,
    /// Overrides the runtime's limits for this run.
    pub limits: Option<Limits>,
}

/// How a run ended.
#[derive(Debug, Clone, PartialEq)]
pub struct ExecResult {
    /// Process exit code: 0 on success, 1 for an uncaught error, 124 when the CPU limit was
    /// hit, 134 when the heap limit was hit, or what the program passed to `process.exit`.
    pub exit_code: i32,
    /// Why the run failed, if it did.
    pub error: Option<String>,
}

/// Receives stdout/stderr chunks of every process in emission order.
pub type StdioCallback = StdioHook;

/// Builds a [`Runtime`].
pub struct RuntimeBuilder {
    permissions: Permissions,
    limits: Limits,
    fs: FsConfig,
    stdio: Option<StdioHook>,
    clock: Arc<dyn Clock>,
    entropy: Arc<dyn Entropy>,
    system: crate::syscalls::SystemInfo,
    record: Option<(PathBuf, crate::trace::TraceHeader)>,
}

impl RuntimeBuilder {
    /// The permission policy (default: deny everything).
    pub fn permissions(mut self, p: Permissions) -> Self {
        self.permissions = p;
        self
    }
    /// Heap limit per run, in MiB (default 128).
    pub fn memory_limit_mib(mut self, mib: usize) -> Self {
        self.limits.memory_mib = mib;
        self
    }
    /// CPU-time limit per run (default none).
    pub fn cpu_time_limit(mut self, d: Duration) -> Self {
        self.limits.cpu_time = Some(d);
        self
    }
    /// Mount a host directory at a guest path as an overlay: the host is never written, sandbox
    /// writes there land in memory.
    pub fn mount_host_dir(self, host: impl Into<PathBuf>, guest: impl Into<String>) -> Self {
        self.mount(host, guest, MountMode::Overlay)
    }
    /// Mount a host directory with the given mode.
    pub fn mount(
        mut self,
        host: impl Into<PathBuf>,
        guest: impl Into<String>,
        mode: MountMode,
    ) -> Self {
        self.fs.mounts.push(HostMount {
            guest: guest.into(),
            host: host.into(),
            mode,
        });
        self
    }
    /// Mount another backend (anything implementing [`crate::actors::vfs::MountDriver`]) at a
    /// guest path.
    pub fn mount_driver(
        mut self,
        guest: impl Into<String>,
        driver: std::sync::Arc<dyn crate::actors::vfs::MountDriver + Sync>,
    ) -> Self {
        self.fs
            .drivers
            .push((guest.into(), crate::actors::vfs::SharedDriver(driver)));
        self
    }
    /// Create a file in the in-memory filesystem before anything runs.
    pub fn file(mut self, guest: impl Into<String>, contents: impl Into<Vec<u8>>) -> Self {
        self.fs.files.push((guest.into(), contents.into()));
        self
    }
    /// Create an (empty) directory in the in-memory filesystem, unless it already exists.
    pub fn dir(mut self, guest: impl Into<String>) -> Self {
        self.fs.dirs.push(guest.into());
        self
    }
    /// Receive stdout/stderr. Without a callback, output is dropped.
    pub fn on_stdio(mut self, f: impl Fn(StdioEvent<'_>) + Send + Sync + 'static) -> Self {
        self.stdio = Some(Arc::new(f));
        self
    }
    /// What `os` reports (hostname, CPUs, memory, user); virtual by default.
    pub fn system_info(mut self, info: crate::syscalls::SystemInfo) -> Self {
        self.system = info;
        self
    }
    /// Inject the clock the sandbox sees.
    pub fn clock(mut self, c: Arc<dyn Clock>) -> Self {
        self.clock = c;
        self
    }
    /// Inject the source of randomness the sandbox sees.
    pub fn entropy(mut self, e: Arc<dyn Entropy>) -> Self {
        self.entropy = e;
        self
    }
    /// Reproducible runs without a trace: a virtual clock starting at 2024-01-01T00:00:00Z that
    /// jumps instead of sleeping, randomness from `seed`, I/O completed and delivered in request
    /// order. Two runs of the same program with the same inputs print the same output.
    pub fn deterministic(mut self, seed: u64) -> Self {
        self.clock = Arc::new(crate::actors::VirtualClock::new(
            crate::actors::VirtualClock::DEFAULT_START_MS,
        ));
        self.entropy = Arc::new(crate::actors::SeededEntropy::new(seed));
        self
    }
    /// Record every request and reply of every run into `path`.
    pub fn record(mut self, path: impl Into<PathBuf>, header: crate::trace::TraceHeader) -> Self {
        self.record = Some((path.into(), header));
        self
    }

    /// Start the kernel.
    pub fn build(self) -> Result<Runtime, Error> {
        if self.limits.memory_mib < 8 {
            return Err(Error::InvalidOption {
                option: "memory limit",
                reason: format!(
                    "{} MiB is too small; use at least 8 MiB",
                    self.limits.memory_mib
                ),
            });
        }
        let kernel = Kernel::start(KernelConfig {
            permissions: self.permissions,
            fs: self.fs,
            clock: self.clock,
            entropy: self.entropy,
            system: self.system,
        })?;
        let recorder = match self.record {
            Some((path, header)) => {
                Some(Arc::new(Recorder::create(&path, header).map_err(|e| {
                    Error::InvalidOption {
                        option: "record",
                        reason: e.to_string(),
                    }
                })?))
            }
            None => None,
        };
        Ok(Runtime {
            kernel,
            limits: self.limits,
            stdio: self.stdio,
            recorder,
        })
    }
}

/// A sandbox: a kernel (filesystem, process table, network, permissions) in which JavaScript
/// processes run, each on its own thread with its own V8 isolate.
///
/// ```no_run
/// # async fn demo() -> Result<(), secure_exec::Error> {
/// use secure_exec::{Permissions, Runtime, ExecOptions};
/// let rt = Runtime::builder()
///     .permissions(Permissions::allow_all_env())
///     .memory_limit_mib(64)
///     .on_stdio(|ev| print!("{}", String::from_utf8_lossy(ev.data)))
///     .build()?;
/// let r = rt.exec("console.log('hi', 1 + 1)", ExecOptions::default()).await?;
/// assert_eq!(r.exit_code, 0);
/// let v = rt.run("module.exports = { sum: [1, 2, 3].reduce((a, b) => a + b) }").await?;
/// assert_eq!(v["sum"], 6);
/// # Ok(()) }
/// ```
pub struct Runtime {
    kernel: Kernel,
    limits: Limits,
    stdio: Option<StdioHook>,
    recorder: Option<Arc<Recorder>>,
}

impl Runtime {
    pub fn builder() -> RuntimeBuilder {
        RuntimeBuilder {
            permissions: Permissions::deny_all(),
            limits: Limits::default(),
            // `os.tmpdir()` exists, as programs expect.
            fs: FsConfig {
                dirs: vec!["/tmp".into()],
                ..FsConfig::default()
            },
            stdio: None,
            clock: Arc::new(SystemClock::new()),
            entropy: Arc::new(OsEntropy),
            system: Default::default(),
            record: None,
        }
    }

    fn config(&self, code: Option<&str>, opts: ExecOptions, want_exports: bool) -> ProcessConfig {
        let cwd = opts.cwd.unwrap_or_else(|| "/".into());
        let filename = opts.file_path.unwrap_or_else(|| {
            if cwd == "/" {
                "/[eval].js".into()
            } else {
                format!("{cwd}/[eval].js")
            }
        });
        let mut argv = vec![VIRTUAL_EXEC_PATH.to_string(), filename.clone()];
        argv.extend(opts.argv);
        let limits = opts.limits.unwrap_or(self.limits);
        ProcessConfig {
            kernel: self.kernel.clone(),
            spawn: SpawnSpec {
                argv,
                env: opts.env,
                cwd,
                stdin: opts.stdin,
                stdio: self.stdio.clone(),
            },
            main: MainModule {
                filename,
                source: code.map(str::to_string),
            },
            heap_limit_bytes: limits.memory_mib * 1024 * 1024,
            cpu_time_limit: limits.cpu_time,
            recorder: self.recorder.clone(),
            want_exports,
            control: None,
            replay: None,
        }
    }

    async fn spawn(&self, cfg: ProcessConfig) -> Result<ProcessOutcome, Error> {
        let (tx, rx) = tokio::sync::oneshot::channel();
        std::thread::Builder::new()
            .name("se-isolate".into())
            .stack_size(4 * 1024 * 1024)
            .spawn(move || {
                let out = isolate::run_process(cfg);
                let _ = tx.send(out);
            })
            .map_err(Error::Thread)?;
        rx.await.map_err(|_| Error::ThreadPanicked)
    }

    /// Start `code` and return at once with a handle to wait for or stop the run.
    pub fn spawn_exec(&self, code: &str, opts: ExecOptions) -> Result<SandboxHandle, Error> {
        let mut cfg = self.config(Some(code), opts, false);
        let control = Arc::new(ProcessControl::default());
        cfg.control = Some(control.clone());
        let thread = isolate::spawn_process(cfg).map_err(Error::Thread)?;
        Ok(SandboxHandle { control, thread })
    }

    /// Run `code` as a CommonJS module. Resolves when the process has ended.
    pub async fn exec(&self, code: &str, opts: ExecOptions) -> Result<ExecResult, Error> {
        let out = self.spawn(self.config(Some(code), opts, false)).await?;
        Ok(ExecResult {
            exit_code: out.exit_code,
            error: out.error,
        })
    }

    /// Run the file at guest path `path` (read through the VFS, so it needs fs read permission).
    pub async fn exec_file(&self, path: &str, mut opts: ExecOptions) -> Result<ExecResult, Error> {
        opts.file_path = Some(path.to_string());
        let out = self.spawn(self.config(None, opts, false)).await?;
        Ok(ExecResult {
            exit_code: out.exit_code,
            error: out.error,
        })
    }

    /// Run `code` and return what it assigns to `module.exports`, as JSON-like data. A promise
    /// export is awaited.
    pub async fn run(&self, code: &str) -> Result<serde_json::Value, Error> {
        let out = self
            .spawn(self.config(Some(code), ExecOptions::default(), true))
            .await?;
        match (out.exports, out.error) {
            (Some(v), None) => Ok(v),
            (_, Some(e)) => Err(Error::NoExport(format!(": the program failed: {e}"))),
            (None, None) => Err(Error::NoExport(String::new())),
        }
    }

    /// Blocking variant of [`Runtime::exec`] for callers without an async runtime.
    pub fn exec_blocking(
        &self,
        code: Option<&str>,
        opts: ExecOptions,
    ) -> Result<ExecResult, Error> {
        let cfg = self.config(code, opts, false);
        let h = isolate::spawn_process(cfg).map_err(Error::Thread)?;
        let out = h.join().map_err(|_| Error::ThreadPanicked)?;
        Ok(ExecResult {
            exit_code: out.exit_code,
            error: out.error,
        })
    }

    /// The kernel (for tools and tests).
    pub fn kernel(&self) -> &Kernel {
        &self.kernel
    }

    /// Push recorded events to the trace file now (when recording).
    pub fn flush_trace(&self) {
        if let Some(rec) = &self.recorder {
            rec.flush();
        }
    }

    /// Flush the trace (if recording) and stop the kernel's actors.
    pub fn shutdown(&self) -> Result<(), crate::trace::TraceError> {
        let r = match &self.recorder {
            Some(rec) => rec.finish(),
            None => Ok(()),
        };
        self.kernel.shutdown();
        r
    }
}

impl Drop for Runtime {
    fn drop(&mut self) {
        if let Some(rec) = &self.recorder {
            let _ = rec.finish();
        }
        self.kernel.shutdown();
    }
}

/// A run started with [`Runtime::spawn_exec`].
pub struct SandboxHandle {
    control: Arc<ProcessControl>,
    thread: std::thread::JoinHandle<ProcessOutcome>,
}

impl SandboxHandle {
    /// Stop the run now (exit code 137). Idempotent.
    pub fn terminate(&self) {
        self.control.terminate();
    }
    /// Has the run ended?
    pub fn is_finished(&self) -> bool {
        self.thread.is_finished()
    }
    /// Block until the run ends.
    pub fn wait(self) -> Result<ExecResult, Error> {
        let out = self.thread.join().map_err(|_| Error::ThreadPanicked)?;
        Ok(ExecResult {
            exit_code: out.exit_code,
            error: out.error,
        })
    }
}

/// How a replay ended.
#[derive(Debug, Clone, PartialEq)]
pub struct ReplayResult {
    /// The exit code the replayed program reached (3 if it diverged).
    pub exit_code: i32,
    pub error: Option<String>,
    /// Where the program stopped following the trace, if it did.
    pub divergence: Option<crate::isolate::replay::Divergence>,
}

/// Run a recorded program again with every syscall answered from `trace`: the kernel's actors
/// stay idle. Output (`io.write` requests) goes to `stdio`, so it can be compared with the
/// recording's. `heap_limit_mib` bounds the replay like the original run.
///
/// `host_files` lists guest path prefixes whose file reads come from the host's current files
/// instead of the trace (to find where a changed program diverges from its recording).
pub fn replay_trace(
    trace: &crate::trace::Trace,
    stdio: Option<StdioHook>,
    heap_limit_mib: usize,
    host_files: Vec<String>,
) -> Result<ReplayResult, Error> {
    // The actors stay idle during a replay: one kernel serves every replay in the process.
    static IDLE: std::sync::OnceLock<Kernel> = std::sync::OnceLock::new();
    let kernel = match IDLE.get() {
        Some(k) => k.clone(),
        None => {
            let k = Kernel::start(KernelConfig::default())?;
            IDLE.get_or_init(|| k).clone()
        }
    };
    let cfg = ProcessConfig {
        kernel: kernel.clone(),
        spawn: SpawnSpec {
            argv: trace.header.argv.clone(),
            env: Vec::new(),
            cwd: "/".into(),
            stdin: Vec::new(),
            stdio: stdio.clone(),
        },
        main: MainModule {
            filename: trace.header.entry.clone(),
            source: trace.header.source.clone(),
        },
        heap_limit_bytes: heap_limit_mib * 1024 * 1024,
        cpu_time_limit: None,
        recorder: None,
        want_exports: false,
        control: None,
        replay: Some(crate::isolate::replay::ReplaySpec {
            events: trace.events.clone(),
            host_files,
        }),
    };
    let out = isolate::spawn_process(cfg)
        .map_err(Error::Thread)?
        .join()
        .map_err(|_| Error::ThreadPanicked)?;
    Ok(ReplayResult {
        exit_code: out.exit_code,
        error: out.error,
        divergence: out.divergence,
    })
}
