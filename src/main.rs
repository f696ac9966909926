//! `secure-exec`: run a JavaScript file or snippet in the sandbox.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use clap::{Args, Parser, Subcommand};
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
    /// Print the syscall table: every request a sandbox can make and its support status.
    Syscalls,
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
}

fn split_list(s: &str) -> Vec<String> {
    s.split(',').map(str::trim).filter(|x| !x.is_empty()).map(String::from).collect()
}

fn policy(opts: &SandboxOpts, script_dir: Option<&str>) -> Permissions {
    let mut p = if opts.allow_all { Permissions::allow_all() } else { Permissions::deny_all() };
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
        p = if names.is_empty() { p.with_all_env() } else { p.allow_env(names) };
    }
    if let Some(net) = &opts.allow_net {
        let hosts = split_list(net);
        p = if hosts.is_empty() { p.with_all_network() } else { p.allow_net(hosts) };
    }
    // The script's own directory is readable: `run app.js` can load what lies beside it.
    if let Some(dir) = script_dir {
        p = p.allow_fs_read(dir);
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

fn execute(code: Option<String>, file: Option<PathBuf>, args: Vec<String>, opts: SandboxOpts) -> ExitCode {
    let host_cwd = match std::env::current_dir() {
        Ok(d) => d,
        Err(e) => return fail(format!("cannot read the current directory: {e}")),
    };
    let (entry, script_dir) = match &file {
        Some(f) => {
            let abs = if f.is_absolute() { f.clone() } else { host_cwd.join(f) };
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
            let dir = abs.parent().map(Path::to_path_buf).unwrap_or_else(|| PathBuf::from("/"));
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
    if let Some(ms) = opts.cpu_time_limit {
        builder = builder.cpu_time_limit(Duration::from_millis(ms));
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
        Cmd::Syscalls => {
            println!("{:<16} {:<10} summary", "op", "status");
            for r in Syscall::TABLE {
                println!("{:<16} {:<10} {}", r.op, format!("{:?}", r.support), r.summary);
            }
            ExitCode::SUCCESS
        }
    }
}
