//! `secure-exec`: run a JavaScript file or snippet in the sandbox.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use clap::{Args, Parser, Subcommand};
use secure_exec::actors::vfs::MountMode;
use secure_exec::isolate::{EXIT_CPU_LIMIT, EXIT_INTERNAL, EXIT_OUT_OF_MEMORY};
use secure_exec::syscalls::Syscall;
use secure_exec::trace::{TraceHeader, TRACE_FORMAT, TRACE_MAGIC};
use secure_exec::{ExecOptions, Permissions, Runtime, StdioStream};

#[derive(Parser)]
#[command(
    name = "secure-exec",
    version,
    about = "Run untrusted Node.js code in a V8 isolate over a virtual, recordable kernel",
    long_about = "Run untrusted Node.js code in a V8 isolate. Every file, network, process and \
environment access is a syscall answered by a virtual kernel under a deny-by-default permission \
policy. The script's own directory is visible read-only at its own path (writes land in an \
in-memory layer), so `secure-exec run app.js` reads files beside app.js as `node app.js` would."
)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Run a JavaScript file (CommonJS), like `node FILE ARGS...`.
    Run {
        /// The script to run.
        file: PathBuf,
        /// Arguments passed to the script (process.argv.slice(2)).
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
        #[command(flatten)]
        opts: SandboxOpts,
    },
    /// Evaluate a snippet of JavaScript, like `node -e CODE`.
    Eval {
        /// The code to run.
        code: String,
        #[command(flatten)]
        opts: SandboxOpts,
    },
    /// Run a recorded program again, answering every syscall from its trace; reports the first
    /// point where the program asks for something the trace does not hold (exit code 3).
    Replay {
        /// A trace written by `run --record`.
        trace: PathBuf,
        /// Heap limit of the replay in MiB.
        #[arg(long, value_name = "MIB", default_value_t = secure_exec::runtime::DEFAULT_MEMORY_LIMIT_MIB)]
        memory_limit: usize,
        /// Read files under PATH from the host as they are now instead of from the trace
        /// (repeatable): replays a changed program against the recording to find where it
        /// diverges.
        #[arg(long, value_name = "PATH")]
        host_files: Vec<PathBuf>,
    },
    /// Inspect a trace.
    Trace {
        #[command(subcommand)]
        cmd: TraceCmd,
    },
    /// Print the syscall table: every request a sandbox can make and its support status.
    Syscalls,
}

#[derive(Subcommand)]
enum TraceCmd {
    /// List the events, one a line (sequence, pid, kind, request, reply).
    Show {
        trace: PathBuf,
        /// Only events of this process.
        #[arg(long)]
        pid: Option<u32>,
        /// Only syscalls whose op starts with this (e.g. `fs.` or `io.write`).
        #[arg(long)]
        op: Option<String>,
        /// Only requests whose path contains this.
        #[arg(long)]
        path: Option<String>,
    },
    /// Count and time per syscall kind.
    Stats { trace: PathBuf },
    /// Convert the trace for a timeline viewer.
    Export {
        /// Write Chrome trace-event JSON (opens in Perfetto or chrome://tracing).
        #[arg(long, required = true)]
        chrome: bool,
        trace: PathBuf,
        /// Output file (default: stdout).
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
}

#[derive(Args, Clone)]
struct SandboxOpts {
    /// Allow everything: the whole filesystem (read-write), every environment variable, the network.
    #[arg(long)]
    allow_all: bool,
    /// Allow filesystem access: all paths, or only under the comma-separated guest PATHS
    /// (read and write; writes go to the in-memory layer).
    #[arg(long, value_name = "PATHS", num_args = 0..=1, require_equals = true, default_missing_value = "")]
    allow_fs: Option<String>,
    /// Allow reading environment variables: all, or only the comma-separated NAMES. Denied
    /// variables are absent from process.env.
    #[arg(long, value_name = "NAMES", num_args = 0..=1, require_equals = true, default_missing_value = "")]
    allow_env: Option<String>,
    /// Allow network access (name resolution): all hosts, or only the comma-separated HOSTS.
    #[arg(long, value_name = "HOSTS", num_args = 0..=1, require_equals = true, default_missing_value = "")]
    allow_net: Option<String>,
    /// Make a host directory visible at a guest path (repeatable). Without a suffix (or `:rw`)
    /// the sandbox's writes reach the host directory; with `:ro` every write fails with EACCES;
    /// with `:overlay` writes land in an in-memory layer and the host never changes. Mounted
    /// paths are readable without --allow-fs; writing still needs --allow-fs (or
    /// --allow-fs=GUEST).
    #[arg(long, value_name = "HOST:GUEST[:ro|:rw|:overlay]")]
    mount: Vec<String>,
    /// Heap limit of the sandbox in MiB; exceeding it ends the run with exit code 134.
    #[arg(long, value_name = "MIB", default_value_t = secure_exec::runtime::DEFAULT_MEMORY_LIMIT_MIB)]
    memory_limit: usize,
    /// CPU time limit in milliseconds; exceeding it ends the run with exit code 124.
    #[arg(long, value_name = "MS")]
    cpu_time_limit: Option<u64>,
    /// Record every syscall request and reply, with sequence numbers and timing, to TRACE
    /// (a msgpack stream with a versioned header).
    #[arg(long, value_name = "TRACE")]
    record: Option<PathBuf>,
    /// Reproducible run: a virtual clock (starting 2024-01-01T00:00:00Z, jumping instead of
    /// sleeping), Math.random and other randomness from SEED (default 0), I/O delivered in request
    /// order.
    #[arg(long, value_name = "SEED", num_args = 0..=1, require_equals = true, default_missing_value = "0")]
    deterministic: Option<u64>,
}

fn split_list(s: &str) -> Vec<String> {
    s.split(',')
        .map(str::trim)
        .filter(|x| !x.is_empty())
        .map(String::from)
        .collect()
}

/// `HOST:GUEST[:ro|:rw|:overlay]` → (host, guest, mode). Without a suffix the mount is
/// read-write.
fn parse_mount(spec: &str) -> Result<(PathBuf, String, MountMode), String> {
    let (rest, mode) = [
        (":ro", MountMode::ReadOnly),
        (":rw", MountMode::ReadWrite),
        (":overlay", MountMode::Overlay),
    ]
    .into_iter()
    .find_map(|(suffix, mode)| spec.strip_suffix(suffix).map(|r| (r, mode)))
    .unwrap_or((spec, MountMode::ReadWrite));
    let (host, guest) = rest.rsplit_once(':').ok_or_else(|| {
        format!("--mount {spec:?}: expected HOST:GUEST with an optional :ro, :rw or :overlay")
    })?;
    if host.is_empty() || !guest.starts_with('/') {
        return Err(format!(
            "--mount {spec:?}: the guest path must be absolute and the host path non-empty"
        ));
    }
    Ok((PathBuf::from(host), guest.to_string(), mode))
}

fn policy(opts: &SandboxOpts, script_dir: Option<&str>) -> Permissions {
    let mut p = if opts.allow_all {
        Permissions::allow_all()
    } else {
        Permissions::deny_all()
    };
    if let Some(fs) = &opts.allow_fs {
        let paths = split_list(fs);
        if paths.is_empty() {
            p = p.with_all_fs();
        }
        for path in paths {
            p = p.allow_fs(path);
        }
    }
    if let Some(env) = &opts.allow_env {
        let names = split_list(env);
        p = if names.is_empty() {
            p.with_all_env()
        } else {
            p.allow_env(names)
        };
    }
    if let Some(net) = &opts.allow_net {
        let hosts = split_list(net);
        p = if hosts.is_empty() {
            p.with_all_network()
        } else {
            p.allow_net(hosts)
        };
    }
    // The script's own directory is readable: `run app.js` can load what lies beside it; so
    // are mounted directories. Writing anywhere, a read-write mount included, still takes
    // --allow-fs: a mount decides where writes land, the policy whether they may happen.
    if let Some(dir) = script_dir {
        p = p.allow_fs_read(dir);
    }
    for (_, guest, _) in opts.mount.iter().filter_map(|m| parse_mount(m).ok()) {
        p = p.allow_fs_read(guest);
    }
    p
}

fn stdio_hook(ev: secure_exec::StdioEvent<'_>) {
    // Unbuffered, in emission order; a closed pipe is not the sandbox's concern.
    match ev.stream {
        StdioStream::Stdout => {
            let mut out = std::io::stdout().lock();
            let _ = out.write_all(ev.data);
            let _ = out.flush();
        }
        StdioStream::Stderr => {
            let _ = std::io::stderr().lock().write_all(ev.data);
        }
    }
}

fn fail(msg: impl std::fmt::Display) -> ExitCode {
    eprintln!("secure-exec: {msg}");
    ExitCode::from(2)
}

fn read_stdin() -> Vec<u8> {
    use std::io::Read;
    let mut buf = Vec::new();
    if std::io::IsTerminal::is_terminal(&std::io::stdin()) {
        return buf;
    }
    let _ = std::io::stdin().read_to_end(&mut buf);
    buf
}

fn execute(
    code: Option<String>,
    file: Option<PathBuf>,
    args: Vec<String>,
    opts: SandboxOpts,
) -> ExitCode {
    let host_cwd = match std::env::current_dir() {
        Ok(d) => d,
        Err(e) => return fail(format!("cannot read the current directory: {e}")),
    };
    let (entry, script_dir) = match &file {
        Some(f) => {
            let abs = if f.is_absolute() {
                f.clone()
            } else {
                host_cwd.join(f)
            };
            let abs = match std::fs::canonicalize(&abs) {
                Ok(p) => p,
                Err(e) => {
                    return fail(format!(
                        "cannot open {}: {e} (the script must exist on the host; it is mounted read-only into the sandbox)",
                        f.display()
                    ))
                }
            };
            if !abs.is_file() {
                return fail(format!("{} is not a file", f.display()));
            }
            let dir = abs
                .parent()
                .map(Path::to_path_buf)
                .unwrap_or_else(|| PathBuf::from("/"));
            (abs.display().to_string(), Some(dir))
        }
        None => (host_cwd.join("[eval]").display().to_string(), None),
    };
    let dir_str = script_dir.as_ref().map(|d| d.display().to_string());
    let perms = policy(&opts, dir_str.as_deref());
    let perm_desc = format!("{perms:?}");
    let mut builder = Runtime::builder()
        .permissions(perms)
        .memory_limit_mib(opts.memory_limit)
        .on_stdio(stdio_hook)
        .dir(host_cwd.display().to_string());
    if let Some(d) = &script_dir {
        builder = builder.mount_host_dir(d, d.display().to_string());
    }
    for spec in &opts.mount {
        match parse_mount(spec) {
            Ok((host, guest, mode)) => builder = builder.mount(host, guest, mode),
            Err(e) => return fail(e),
        }
    }
    if let Some(ms) = opts.cpu_time_limit {
        builder = builder.cpu_time_limit(Duration::from_millis(ms));
    }
    if let Some(seed) = opts.deterministic {
        builder = builder.deterministic(seed);
    }
    if let Some(trace) = &opts.record {
        let mut argv = vec![entry.clone()];
        argv.extend(args.iter().cloned());
        builder = builder.record(
            trace,
            TraceHeader {
                magic: TRACE_MAGIC.into(),
                format: TRACE_FORMAT,
                secure_exec_version: env!("CARGO_PKG_VERSION").into(),
                entry: entry.clone(),
                argv,
                permissions: perm_desc,
                source: code.clone(),
                options: vec![
                    ("memory_limit_mib".into(), opts.memory_limit.to_string()),
                    (
                        "cpu_time_limit_ms".into(),
                        opts.cpu_time_limit
                            .map(|v| v.to_string())
                            .unwrap_or_default(),
                    ),
                    (
                        "deterministic_seed".into(),
                        opts.deterministic
                            .map(|v| v.to_string())
                            .unwrap_or_default(),
                    ),
                ],
            },
        );
    }
    let rt = match builder.build() {
        Ok(rt) => rt,
        Err(e) => return fail(e),
    };
    let exec = ExecOptions {
        file_path: Some(entry),
        argv: args,
        env: std::env::vars().collect(),
        cwd: Some(host_cwd.display().to_string()),
        stdin: read_stdin(),
        limits: None,
    };
    let result = rt.exec_blocking(code.as_deref(), exec);
    if let Err(e) = rt.shutdown() {
        eprintln!("secure-exec: {e}");
    }
    match result {
        Ok(r) => {
            if let Some(err) = &r.error {
                if [EXIT_CPU_LIMIT, EXIT_OUT_OF_MEMORY, EXIT_INTERNAL].contains(&r.exit_code) {
                    eprintln!("secure-exec: {err}");
                }
            }
            ExitCode::from((r.exit_code & 0xff) as u8)
        }
        Err(e) => fail(e),
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.cmd {
        Cmd::Run { file, args, opts } => execute(None, Some(file), args, opts),
        Cmd::Eval { code, opts } => execute(Some(code), None, Vec::new(), opts),
        Cmd::Replay {
            trace,
            memory_limit,
            host_files,
        } => replay(&trace, memory_limit, host_files),
        Cmd::Trace { cmd } => trace_cmd(cmd),
        Cmd::Syscalls => {
            println!("{:<16} {:<10} summary", "op", "status");
            for r in Syscall::TABLE {
                println!(
                    "{:<16} {:<10} {}",
                    r.op,
                    format!("{:?}", r.support),
                    r.summary
                );
            }
            ExitCode::SUCCESS
        }
    }
}

fn load(path: &Path) -> Result<secure_exec::trace::Trace, ExitCode> {
    secure_exec::trace::load_trace(path).map_err(fail)
}

fn replay(path: &Path, memory_limit: usize, host_files: Vec<PathBuf>) -> ExitCode {
    let mut prefixes = Vec::new();
    for p in host_files {
        match std::fs::canonicalize(&p) {
            Ok(c) => prefixes.push(c.display().to_string()),
            Err(e) => return fail(format!("--host-files {}: {e}", p.display())),
        }
    }
    let trace = match load(path) {
        Ok(t) => t,
        Err(c) => return c,
    };
    if let Some(off) = trace.truncated_at {
        eprintln!("secure-exec: note: the trace is cut off at byte {off}; replaying the {} complete events", trace.events.len());
    }
    match secure_exec::runtime::replay_trace(
        &trace,
        Some(std::sync::Arc::new(stdio_hook)),
        memory_limit,
        prefixes,
    ) {
        Ok(r) => {
            if let Some(d) = &r.divergence {
                eprintln!("secure-exec: {d}");
            } else if let Some(err) = &r.error {
                if [EXIT_CPU_LIMIT, EXIT_OUT_OF_MEMORY, EXIT_INTERNAL].contains(&r.exit_code) {
                    eprintln!("secure-exec: {err}");
                }
            }
            ExitCode::from((r.exit_code & 0xff) as u8)
        }
        Err(e) => fail(e),
    }
}

fn request_op(bytes: &[u8]) -> (String, Option<String>) {
    match secure_exec::syscalls::decode_request(bytes) {
        Ok(c) => (c.op().to_string(), c.path().map(String::from)),
        Err(_) => ("invalid".to_string(), None),
    }
}

fn reply_summary(bytes: &[u8]) -> String {
    use secure_exec::syscalls::{Reply, Wire};
    match rmp_serde::from_slice::<Wire>(bytes) {
        Ok(Wire::Err(e)) => format!("error {}", e.code.name()),
        Ok(Wire::Ok(Reply::Bytes(b))) => format!("{} bytes", b.len()),
        Ok(Wire::Ok(Reply::Entries(e))) => format!("{} entries", e.len()),
        Ok(Wire::Ok(r)) => {
            let mut s = format!("{r:?}");
            if s.len() > 80 {
                s.truncate(80);
                s.push('…');
            }
            s
        }
        Err(_) if bytes.is_empty() => String::new(),
        Err(e) => format!("undecodable reply ({e})"),
    }
}

fn trace_cmd(cmd: TraceCmd) -> ExitCode {
    use secure_exec::trace::EventKind;
    match cmd {
        TraceCmd::Show {
            trace,
            pid,
            op,
            path,
        } => {
            let t = match load(&trace) {
                Ok(t) => t,
                Err(c) => return c,
            };
            println!(
                "# {} (format {}, recorded by secure-exec {})",
                t.header.entry, t.header.format, t.header.secure_exec_version
            );
            // An async reply is listed under its request's op.
            let mut async_ops = std::collections::HashMap::new();
            let mut out = std::io::stdout().lock();
            for ev in &t.events {
                let (o, p) = match ev.kind {
                    EventKind::AsyncReply => async_ops
                        .get(&(ev.pid, ev.id))
                        .cloned()
                        .unwrap_or_else(|| ("?".to_string(), None)),
                    _ => request_op(&ev.request),
                };
                if ev.kind == EventKind::AsyncRequest {
                    async_ops.insert((ev.pid, ev.id), (o.clone(), p.clone()));
                }
                if pid.is_some_and(|x| x != ev.pid)
                    || op.as_deref().is_some_and(|x| !o.starts_with(x))
                    || path
                        .as_deref()
                        .is_some_and(|x| !p.as_deref().unwrap_or("").contains(x))
                {
                    continue;
                }
                let kind = match ev.kind {
                    EventKind::Sync => "sync ",
                    EventKind::AsyncRequest => "async>",
                    EventKind::AsyncReply => "async<",
                };
                let detail = match ev.kind {
                    EventKind::AsyncReply => reply_summary(&ev.reply),
                    _ => secure_exec::isolate::replay::describe(&ev.request),
                };
                let reply = if ev.kind == EventKind::Sync {
                    format!(" -> {}", reply_summary(&ev.reply))
                } else {
                    String::new()
                };
                if writeln!(
                    out,
                    "{:>6} {:>10.3}ms pid {} {kind} {detail}{reply}",
                    ev.seq,
                    ev.t_ns as f64 / 1e6,
                    ev.pid
                )
                .is_err()
                {
                    break;
                }
            }
            if let Some(off) = t.truncated_at {
                let _ = writeln!(out, "# truncated at byte {off}");
            }
            ExitCode::SUCCESS
        }
        TraceCmd::Stats { trace } => {
            let t = match load(&trace) {
                Ok(t) => t,
                Err(c) => return c,
            };
            let mut stats: std::collections::BTreeMap<String, (u64, u64, u64)> = Default::default();
            let mut async_ops = std::collections::HashMap::new();
            for ev in &t.events {
                let op = match ev.kind {
                    EventKind::AsyncReply => async_ops
                        .get(&(ev.pid, ev.id))
                        .cloned()
                        .unwrap_or_else(|| "?".to_string()),
                    _ => request_op(&ev.request).0,
                };
                if ev.kind == EventKind::AsyncRequest {
                    async_ops.insert((ev.pid, ev.id), op.clone());
                    continue;
                }
                let e = stats.entry(op).or_default();
                e.0 += 1;
                e.1 += ev.dur_ns;
                e.2 = e.2.max(ev.dur_ns);
            }
            println!(
                "{:<16} {:>8} {:>12} {:>10} {:>10}",
                "op", "count", "total ms", "mean µs", "max µs"
            );
            for (op, (n, total, max)) in stats {
                println!(
                    "{op:<16} {n:>8} {:>12.3} {:>10.2} {:>10.2}",
                    total as f64 / 1e6,
                    total as f64 / n as f64 / 1e3,
                    max as f64 / 1e3
                );
            }
            ExitCode::SUCCESS
        }
        TraceCmd::Export {
            chrome: _,
            trace,
            output,
        } => {
            let t = match load(&trace) {
                Ok(t) => t,
                Err(c) => return c,
            };
            let mut events = Vec::new();
            let mut async_ops = std::collections::HashMap::new();
            for ev in &t.events {
                let ts = ev.t_ns as f64 / 1e3;
                match ev.kind {
                    EventKind::Sync => {
                        let (op, path) = request_op(&ev.request);
                        events.push(serde_json::json!({
                            "name": op, "cat": "syscall", "ph": "X", "ts": ts, "dur": ev.dur_ns as f64 / 1e3,
                            "pid": 1, "tid": ev.pid, "args": { "seq": ev.seq, "path": path, "reply": reply_summary(&ev.reply) }
                        }));
                    }
                    EventKind::AsyncRequest => {
                        let (op, path) = request_op(&ev.request);
                        async_ops.insert((ev.pid, ev.id), op.clone());
                        events.push(serde_json::json!({
                            "name": op, "cat": "async", "ph": "b", "id": ev.id, "ts": ts,
                            "pid": 1, "tid": ev.pid, "args": { "seq": ev.seq, "path": path }
                        }));
                    }
                    EventKind::AsyncReply => {
                        let op = async_ops.get(&(ev.pid, ev.id)).cloned().unwrap_or_default();
                        events.push(serde_json::json!({
                            "name": op, "cat": "async", "ph": "e", "id": ev.id, "ts": ts,
                            "pid": 1, "tid": ev.pid, "args": { "seq": ev.seq, "reply": reply_summary(&ev.reply) }
                        }));
                    }
                }
            }
            let doc = serde_json::json!({ "traceEvents": events, "displayTimeUnit": "ms", "metadata": { "entry": t.header.entry } });
            let text = doc.to_string();
            match output {
                Some(p) => match std::fs::write(&p, text) {
                    Ok(()) => ExitCode::SUCCESS,
                    Err(e) => fail(format!("cannot write {}: {e}", p.display())),
                },
                None => {
                    println!("{text}");
                    ExitCode::SUCCESS
                }
            }
        }
    }
}
