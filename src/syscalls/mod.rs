//! The syscall table: every request a sandbox can make of the host, and every reply.
//!
//! This enum is the whole interface between sandboxed JavaScript and the kernel actors. JS encodes a
//! [`Syscall`] as msgpack (a map whose `op` key names the variant), hands the bytes to the single
//! native entry point, and gets back the msgpack encoding of a [`Wire`] value: `{ok: Reply}` or
//! `{err: SysError}`. Because the replies are the only input a sandbox receives from outside, a run
//! can be recorded as its request/reply stream and replayed from it.
//!
//! Each variant's doc comment starts with its support status; [`Syscall::TABLE`] lists them all and
//! is the source of the compatibility docs (`secure-exec syscalls` prints it).

mod errno;

pub use errno::Errno;

use serde::{Deserialize, Serialize};

/// Support status of a syscall, as documented in the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Support {
    /// Implemented with Node semantics.
    Supported,
    /// Implemented for the common cases; the doc comment says what is missing.
    Partial,
}

/// One request from a sandboxed process to the kernel.
///
/// Paths are absolute guest paths: the bridge resolves relative paths against `process.cwd()`
/// before it asks, and puts the caller's original spelling back into error messages.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "op", deny_unknown_fields)]
pub enum Syscall {
    /// Supported. `fs.stat`/`fs.lstat` (`follow: false`): metadata from the VFS, never by reading
    /// contents. Needs fs `stat` permission on `path`.
    #[serde(rename = "fs.stat")]
    FsStat {
        path: String,
        #[serde(default = "yes")]
        follow: bool,
    },
    /// Supported. Whole-file read (`fs.readFile`, `require` of a local file). Needs fs `read`.
    #[serde(rename = "fs.read_file")]
    FsReadFile { path: String },
    /// Supported. Whole-file write or append (`fs.writeFile`, `fs.appendFile`); creates the file
    /// (mode 0o666 & ~umask) if missing. Needs fs `write`.
    #[serde(rename = "fs.write_file")]
    FsWriteFile {
        path: String,
        #[serde(with = "serde_bytes")]
        data: Vec<u8>,
        #[serde(default)]
        append: bool,
        /// Fail with EEXIST when the file exists (`flag: 'wx'`).
        #[serde(default)]
        exclusive: bool,
    },
    /// Supported. Directory listing with the type of each entry (`fs.readdir`). Needs fs `read`.
    #[serde(rename = "fs.readdir")]
    FsReaddir { path: String },
    /// Supported. Canonical path with symlinks resolved (`fs.realpath`). Needs fs `stat`.
    #[serde(rename = "fs.realpath")]
    FsRealpath { path: String },
    /// Supported. `fs.mkdir`, optionally recursive; replies with the first directory created
    /// (or nothing). Needs fs `write`.
    #[serde(rename = "fs.mkdir")]
    FsMkdir {
        path: String,
        #[serde(default)]
        recursive: bool,
        #[serde(default = "dir_mode")]
        mode: u32,
    },
    /// Supported. `fs.unlink`. Needs fs `write`.
    #[serde(rename = "fs.unlink")]
    FsUnlink { path: String },
    /// Supported. `fs.rmdir` of an empty directory. Needs fs `write`.
    #[serde(rename = "fs.rmdir")]
    FsRmdir { path: String },

    /// Supported. `fs.open`: Linux `O_*` flags (O_CREAT, O_EXCL, O_TRUNC, O_APPEND, O_DIRECTORY,
    /// O_NOFOLLOW…); replies with the descriptor. Needs fs `read`, and `write` for any flag that
    /// writes or creates.
    #[serde(rename = "fs.open")]
    FsOpen {
        path: String,
        #[serde(default)]
        flags: i32,
        #[serde(default = "file_mode")]
        mode: u32,
    },
    /// Supported. `fs.close`.
    #[serde(rename = "fs.close")]
    FsClose { fd: u32 },
    /// Supported. Read up to `len` bytes at `position` (or at the descriptor's offset, which then
    /// advances); an empty reply is the end of the file.
    #[serde(rename = "fs.read")]
    FsRead {
        fd: u32,
        len: u32,
        #[serde(default)]
        position: Option<u64>,
    },
    /// Supported. Write at `position` (or at the offset; at the end with O_APPEND); replies with
    /// the number of bytes written. ENOSPC past the quota.
    #[serde(rename = "fs.write")]
    FsWrite {
        fd: u32,
        #[serde(with = "serde_bytes")]
        data: Vec<u8>,
        #[serde(default)]
        position: Option<u64>,
    },
    /// Supported. `fs.fstat`.
    #[serde(rename = "fs.fstat")]
    FsFstat { fd: u32 },
    /// Supported. `fs.ftruncate`.
    #[serde(rename = "fs.ftruncate")]
    FsFtruncate { fd: u32, len: u64 },
    /// Supported. `fs.fsync`/`fs.fdatasync` (`datasync: true`; errors name that syscall). Memory
    /// files have nothing to flush (EBADF is checked); files on read-write mounts are synced.
    #[serde(rename = "fs.fsync")]
    FsFsync {
        fd: u32,
        #[serde(default)]
        datasync: bool,
    },
    /// Supported. `fs.truncate`. Needs fs `write`.
    #[serde(rename = "fs.truncate")]
    FsTruncate { path: String, len: u64 },
    /// Supported. `fs.rename`, atomic in memory; a directory on a host mount cannot move (EXDEV).
    /// Needs fs `write` on both paths.
    #[serde(rename = "fs.rename")]
    FsRename { from: String, to: String },
    /// Supported. `fs.link` (hard link). Needs `read` on `existing`, `write` on `new`.
    #[serde(rename = "fs.link")]
    FsLink { existing: String, new: String },
    /// Supported. `fs.symlink`; `target` is stored as given. Needs `write` on `path`; whatever
    /// the link points at is checked again when it is followed.
    #[serde(rename = "fs.symlink")]
    FsSymlink { target: String, path: String },
    /// Supported. `fs.readlink`. Needs `stat`.
    #[serde(rename = "fs.readlink")]
    FsReadlink { path: String },
    /// Supported. `fs.chmod`/`fs.lchmod` (`follow: false`). Needs `write`.
    #[serde(rename = "fs.chmod")]
    FsChmod {
        path: String,
        mode: u32,
        #[serde(default = "yes")]
        follow: bool,
    },
    /// Supported. `fs.fchmod`.
    #[serde(rename = "fs.fchmod")]
    FsFchmod { fd: u32, mode: u32 },
    /// Supported. `fs.chown`/`fs.lchown`. Needs `write`.
    #[serde(rename = "fs.chown")]
    FsChown {
        path: String,
        /// -1 keeps the current owner.
        uid: i64,
        /// -1 keeps the current group.
        gid: i64,
        #[serde(default = "yes")]
        follow: bool,
    },
    /// Supported. `fs.fchown`.
    #[serde(rename = "fs.fchown")]
    FsFchown { fd: u32, uid: i64, gid: i64 },
    /// Supported. `fs.utimes`/`fs.lutimes`. Needs `write`.
    #[serde(rename = "fs.utimes")]
    FsUtimes {
        path: String,
        atime_ms: f64,
        mtime_ms: f64,
        #[serde(default = "yes")]
        follow: bool,
    },
    /// Supported. `fs.futimes`.
    #[serde(rename = "fs.futimes")]
    FsFutimes {
        fd: u32,
        atime_ms: f64,
        mtime_ms: f64,
    },
    /// Supported. `fs.copyFile` (EEXIST with `exclusive`). Needs `read` on `from`, `write` on `to`.
    #[serde(rename = "fs.copy_file")]
    FsCopyFile {
        from: String,
        to: String,
        #[serde(default)]
        exclusive: bool,
    },
    /// Supported. `fs.access` with F_OK/R_OK/W_OK/X_OK (the sandbox user is root). Needs `stat`.
    #[serde(rename = "fs.access")]
    FsAccess {
        path: String,
        #[serde(default)]
        mode: u32,
    },
    /// Supported. `fs.statfs`: the in-memory layer's quota as the device size. Needs `stat`.
    #[serde(rename = "fs.statfs")]
    FsStatfs { path: String },
    /// Supported. `fs.mkdtemp`: `prefix` + six random characters (from the injected entropy).
    /// Needs `write` on the prefix.
    #[serde(rename = "fs.mkdtemp")]
    FsMkdtemp { prefix: String },

    /// Supported. `fs.watch`: start watching a file or directory (`recursive` for a tree);
    /// replies with the watch id. Events are made by the VFS for changes made inside the sandbox.
    /// Needs fs `read`.
    #[serde(rename = "fs.watch_add")]
    FsWatchAdd {
        path: String,
        #[serde(default)]
        recursive: bool,
    },
    /// Supported (async only). The next events of a watch: replies at once with what is queued,
    /// or when something changes; an empty list means the watch was closed.
    #[serde(rename = "fs.watch_next")]
    FsWatchNext { id: u32 },
    /// Supported. Stop a watch (a pending `fs.watch_next` gets an empty list).
    #[serde(rename = "fs.watch_remove")]
    FsWatchRemove { id: u32 },

    /// Supported. Everything `process` needs at start: pid, ppid, argv, the environment (already
    /// filtered by the env permission: a denied variable is absent), cwd, and the exec options.
    #[serde(rename = "proc.info")]
    ProcInfo,
    /// Supported. `process.chdir`: the target must be an existing directory the process may stat.
    #[serde(rename = "proc.chdir")]
    ProcChdir { path: String },
    /// Supported. `process.exit` and the natural end of a process: records the exit code. The
    /// isolate stops running JavaScript right after this reply.
    #[serde(rename = "proc.exit")]
    ProcExit { code: i32 },

    /// Supported. Write to the process's stdout (fd 1) or stderr (fd 2); delivered in order to
    /// the embedder's stdio hook, or dropped when none is set.
    #[serde(rename = "io.write")]
    IoWrite {
        fd: u32,
        #[serde(with = "serde_bytes")]
        data: Vec<u8>,
    },
    /// Supported. Read up to `max` bytes of the process's stdin; an empty reply means end of input.
    #[serde(rename = "io.read_stdin")]
    IoReadStdin {
        #[serde(default = "stdin_chunk")]
        max: u32,
    },

    /// Supported. Wall-clock milliseconds since the epoch and a monotonic nanosecond counter, from
    /// the clock the embedder injected (`Date.now`, `performance.now`, `process.hrtime`, timers).
    #[serde(rename = "clock.now")]
    ClockNow,
    /// Supported. `len` random bytes (at most 65536) from the injected source of randomness.
    #[serde(rename = "random.bytes")]
    RandomBytes { len: u32 },

    /// Supported. Digest (`crypto.createHash`, `subtle.digest`): md5, sha1, sha224, sha256,
    /// sha384, sha512, sha512-224, sha512-256.
    #[serde(rename = "crypto.hash")]
    CryptoHash {
        alg: String,
        #[serde(with = "serde_bytes")]
        data: Vec<u8>,
    },
    /// Supported. HMAC (`crypto.createHmac`, `subtle.sign` with HMAC).
    #[serde(rename = "crypto.hmac")]
    CryptoHmac {
        alg: String,
        #[serde(with = "serde_bytes")]
        key: Vec<u8>,
        #[serde(with = "serde_bytes")]
        data: Vec<u8>,
    },
    /// Supported. PBKDF2-HMAC (`crypto.pbkdf2`); at most 2^24 iterations and 64 KiB of key.
    #[serde(rename = "crypto.pbkdf2")]
    CryptoPbkdf2 {
        digest: String,
        #[serde(with = "serde_bytes")]
        password: Vec<u8>,
        #[serde(with = "serde_bytes")]
        salt: Vec<u8>,
        iterations: u32,
        keylen: u32,
    },
    /// Supported. scrypt (`crypto.scrypt`) with Node's memory rule (128·N·r ≤ maxmem).
    #[serde(rename = "crypto.scrypt")]
    CryptoScrypt {
        #[serde(with = "serde_bytes")]
        password: Vec<u8>,
        #[serde(with = "serde_bytes")]
        salt: Vec<u8>,
        keylen: u32,
        n: u64,
        r: u32,
        p: u32,
        maxmem: u64,
    },
    /// Supported. AES-GCM with a 12-byte IV (`subtle.encrypt`/`decrypt`, `aes-*-gcm` ciphers);
    /// the data is `ciphertext || 16-byte tag`.
    #[serde(rename = "crypto.aes_gcm")]
    CryptoAesGcm {
        encrypt: bool,
        #[serde(with = "serde_bytes")]
        key: Vec<u8>,
        #[serde(with = "serde_bytes")]
        iv: Vec<u8>,
        #[serde(with = "serde_bytes")]
        data: Vec<u8>,
        #[serde(with = "serde_bytes", default)]
        aad: Vec<u8>,
    },
    /// Supported. What `os` reports about the machine: virtual values from the kernel's
    /// configuration (`KernelConfig::system`), never the host's.
    #[serde(rename = "os.info")]
    OsInfo,
    /// Supported. V8 heap statistics of the calling process (`process.memoryUsage`). Answered by
    /// the isolate's own thread, not an actor — but still a syscall, so a replay sees the
    /// recorded numbers.
    #[serde(rename = "mem.usage")]
    MemUsage,
    /// Partial. Host name to addresses (`dns.lookup`): needs network permission for `host`.
    /// Only the system resolver's A/AAAA answers.
    #[serde(rename = "net.lookup")]
    NetLookup { host: String },
    /// Supported. Node's module resolution (`require`, `import`, `require.resolve`,
    /// `import.meta.resolve`): `specifier` from `parent` (the importing file's absolute path, or
    /// a directory ending in `/`), `mode` `"require"` or `"import"`. Relative and absolute paths,
    /// extensions and index files (require), `node_modules` up the tree, package `main`,
    /// `exports`/`imports` with conditions and patterns, self-reference, symlinks to real paths.
    /// Replies `Reply::Module { path, format }` or `Reply::ModuleError { code, message }` with
    /// Node 22's code and message. Every probe needs fs `stat`/`read` permission; a refused path
    /// looks absent. Builtins are the bridge's business and never reach this call.
    #[serde(rename = "module.resolve")]
    ModuleResolve {
        specifier: String,
        parent: String,
        mode: String,
    },
    /// Supported. Whole-buffer compression or decompression (`zlib.gzipSync` …, the callback
    /// forms): `mode` is Node's (`DEFLATE` 1 … `BROTLI_ENCODE` 9). Output past `max_out` (capped
    /// at 64 MiB) comes back with `more` set and the caller continues with a stream.
    #[serde(rename = "zlib.process")]
    ZlibProcess {
        mode: u8,
        #[serde(default)]
        opts: ZlibOptions,
        #[serde(with = "serde_bytes")]
        data: Vec<u8>,
        flush: i32,
        max_out: u64,
    },
    /// Supported. Open a compression stream of the calling process; replies with its handle.
    /// At most 1024 per process; closed when the process ends.
    #[serde(rename = "zlib.open")]
    ZlibOpen {
        mode: u8,
        #[serde(default)]
        opts: ZlibOptions,
    },
    /// Supported. Feed a stream `data` with a flush mode; at most `max_out` bytes (≤ 64 MiB) of
    /// output per reply, `more` asking for another call with empty data.
    #[serde(rename = "zlib.write")]
    ZlibWrite {
        handle: u64,
        #[serde(with = "serde_bytes")]
        data: Vec<u8>,
        flush: i32,
        max_out: u64,
    },
    /// Supported. Change a deflate stream's level and strategy (`.params()`).
    #[serde(rename = "zlib.params")]
    ZlibParams {
        handle: u64,
        level: i32,
        strategy: i32,
    },
    /// Supported. Start a stream over with its options (`.reset()`).
    #[serde(rename = "zlib.reset")]
    ZlibReset { handle: u64 },
    /// Supported. Close a stream (`.close()`, end of stream).
    #[serde(rename = "zlib.close")]
    ZlibClose { handle: u64 },
}

/// Options of a zlib or brotli stream (already validated by the bridge, as Node does).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ZlibOptions {
    pub level: i32,
    pub window_bits: i32,
    pub mem_level: i32,
    pub strategy: i32,
    #[serde(with = "serde_bytes")]
    pub dictionary: Option<Vec<u8>>,
    /// Brotli parameters as `[key, value]` pairs.
    pub brotli: Vec<(u32, u32)>,
}

impl Default for ZlibOptions {
    fn default() -> Self {
        ZlibOptions {
            level: -1,
            window_bits: 15,
            mem_level: 8,
            strategy: 0,
            dictionary: None,
            brotli: Vec::new(),
        }
    }
}

/// A zlib or brotli data error, as Node reports it (`incorrect header check`, `Z_DATA_ERROR`, -3).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ZlibError {
    pub message: String,
    pub code: String,
    pub errno: i32,
}

/// The output of one `zlib.process` / `zlib.write`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ZlibOut {
    #[serde(with = "serde_bytes")]
    pub data: Vec<u8>,
    /// More output is pending for the same input: call again.
    pub more: bool,
    /// The compressed stream has ended.
    pub ended: bool,
    pub error: Option<ZlibError>,
}

fn yes() -> bool {
    true
}
fn dir_mode() -> u32 {
    0o777
}
fn file_mode() -> u32 {
    0o666
}
fn stdin_chunk() -> u32 {
    65536
}

/// One row of the syscall table.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct TableRow {
    pub op: &'static str,
    pub support: Support,
    pub summary: &'static str,
}

impl Syscall {
    /// The syscall table: name, status and a one-line summary of each variant. Kept next to the
    /// enum so a new variant cannot be added without a row (see the unit test below).
    pub const TABLE: &'static [TableRow] = &[
        row("fs.stat", Support::Supported, "fs.stat / fs.lstat metadata"),
        row("fs.read_file", Support::Supported, "read a whole file"),
        row(
            "fs.write_file",
            Support::Supported,
            "write or append a whole file",
        ),
        row(
            "fs.readdir",
            Support::Supported,
            "list a directory with entry types",
        ),
        row("fs.realpath", Support::Supported, "canonical path"),
        row(
            "fs.mkdir",
            Support::Supported,
            "create a directory (recursive)",
        ),
        row("fs.unlink", Support::Supported, "remove a file or symlink"),
        row("fs.rmdir", Support::Supported, "remove an empty directory"),
        row(
            "fs.open",
            Support::Supported,
            "open a descriptor (O_* flags)",
        ),
        row("fs.close", Support::Supported, "close a descriptor"),
        row("fs.read", Support::Supported, "read from a descriptor"),
        row("fs.write", Support::Supported, "write to a descriptor"),
        row("fs.fstat", Support::Supported, "metadata of a descriptor"),
        row(
            "fs.ftruncate",
            Support::Supported,
            "resize through a descriptor",
        ),
        row(
            "fs.fsync",
            Support::Supported,
            "flush a descriptor (no-op in memory)",
        ),
        row("fs.truncate", Support::Supported, "resize a file"),
        row("fs.rename", Support::Supported, "rename (atomic in memory)"),
        row("fs.link", Support::Supported, "hard link"),
        row("fs.symlink", Support::Supported, "symbolic link"),
        row("fs.readlink", Support::Supported, "read a symbolic link"),
        row("fs.chmod", Support::Supported, "change mode bits"),
        row(
            "fs.fchmod",
            Support::Supported,
            "change mode bits of a descriptor",
        ),
        row("fs.chown", Support::Supported, "change owner"),
        row(
            "fs.fchown",
            Support::Supported,
            "change owner of a descriptor",
        ),
        row(
            "fs.utimes",
            Support::Supported,
            "set access and modification times",
        ),
        row(
            "fs.futimes",
            Support::Supported,
            "set times of a descriptor",
        ),
        row("fs.copy_file", Support::Supported, "copy a file"),
        row("fs.access", Support::Supported, "check accessibility"),
        row("fs.statfs", Support::Supported, "filesystem statistics"),
        row(
            "fs.mkdtemp",
            Support::Supported,
            "create a unique directory",
        ),
        row("fs.watch_add", Support::Supported, "start watching a path"),
        row(
            "fs.watch_next",
            Support::Supported,
            "next events of a watch (async)",
        ),
        row("fs.watch_remove", Support::Supported, "stop watching"),
        row(
            "proc.info",
            Support::Supported,
            "pid, argv, filtered env, cwd",
        ),
        row(
            "proc.chdir",
            Support::Supported,
            "change the working directory",
        ),
        row(
            "proc.exit",
            Support::Supported,
            "end the process with a code",
        ),
        row("io.write", Support::Supported, "write to stdout / stderr"),
        row("io.read_stdin", Support::Supported, "read from stdin"),
        row("clock.now", Support::Supported, "wall and monotonic time"),
        row("random.bytes", Support::Supported, "random bytes"),
        row("crypto.hash", Support::Supported, "message digest"),
        row("crypto.hmac", Support::Supported, "HMAC"),
        row("crypto.pbkdf2", Support::Supported, "PBKDF2 key derivation"),
        row("crypto.scrypt", Support::Supported, "scrypt key derivation"),
        row(
            "crypto.aes_gcm",
            Support::Supported,
            "AES-GCM encrypt / decrypt",
        ),
        row(
            "os.info",
            Support::Supported,
            "the (virtual) machine's description",
        ),
        row(
            "mem.usage",
            Support::Supported,
            "heap statistics of the process",
        ),
        row("net.lookup", Support::Partial, "resolve a host name"),
        row(
            "module.resolve",
            Support::Supported,
            "Node module resolution (require / import)",
        ),
        row(
            "zlib.process",
            Support::Supported,
            "compress / decompress a buffer",
        ),
        row("zlib.open", Support::Supported, "open a compression stream"),
        row(
            "zlib.write",
            Support::Supported,
            "feed a compression stream",
        ),
        row(
            "zlib.params",
            Support::Supported,
            "change level and strategy",
        ),
        row(
            "zlib.reset",
            Support::Supported,
            "restart a compression stream",
        ),
        row(
            "zlib.close",
            Support::Supported,
            "close a compression stream",
        ),
    ];

    /// The `op` name of this request, as in the table.
    pub fn op(&self) -> &'static str {
        match self {
            Syscall::FsStat { .. } => "fs.stat",
            Syscall::FsReadFile { .. } => "fs.read_file",
            Syscall::FsWriteFile { .. } => "fs.write_file",
            Syscall::FsReaddir { .. } => "fs.readdir",
            Syscall::FsRealpath { .. } => "fs.realpath",
            Syscall::FsMkdir { .. } => "fs.mkdir",
            Syscall::FsUnlink { .. } => "fs.unlink",
            Syscall::FsRmdir { .. } => "fs.rmdir",
            Syscall::FsOpen { .. } => "fs.open",
            Syscall::FsClose { .. } => "fs.close",
            Syscall::FsRead { .. } => "fs.read",
            Syscall::FsWrite { .. } => "fs.write",
            Syscall::FsFstat { .. } => "fs.fstat",
            Syscall::FsFtruncate { .. } => "fs.ftruncate",
            Syscall::FsFsync { .. } => "fs.fsync",
            Syscall::FsTruncate { .. } => "fs.truncate",
            Syscall::FsRename { .. } => "fs.rename",
            Syscall::FsLink { .. } => "fs.link",
            Syscall::FsSymlink { .. } => "fs.symlink",
            Syscall::FsReadlink { .. } => "fs.readlink",
            Syscall::FsChmod { .. } => "fs.chmod",
            Syscall::FsFchmod { .. } => "fs.fchmod",
            Syscall::FsChown { .. } => "fs.chown",
            Syscall::FsFchown { .. } => "fs.fchown",
            Syscall::FsUtimes { .. } => "fs.utimes",
            Syscall::FsFutimes { .. } => "fs.futimes",
            Syscall::FsCopyFile { .. } => "fs.copy_file",
            Syscall::FsAccess { .. } => "fs.access",
            Syscall::FsStatfs { .. } => "fs.statfs",
            Syscall::FsMkdtemp { .. } => "fs.mkdtemp",
            Syscall::FsWatchAdd { .. } => "fs.watch_add",
            Syscall::FsWatchNext { .. } => "fs.watch_next",
            Syscall::FsWatchRemove { .. } => "fs.watch_remove",
            Syscall::ProcInfo => "proc.info",
            Syscall::ProcChdir { .. } => "proc.chdir",
            Syscall::ProcExit { .. } => "proc.exit",
            Syscall::IoWrite { .. } => "io.write",
            Syscall::IoReadStdin { .. } => "io.read_stdin",
            Syscall::ClockNow => "clock.now",
            Syscall::RandomBytes { .. } => "random.bytes",
            Syscall::NetLookup { .. } => "net.lookup",
            Syscall::MemUsage => "mem.usage",
            Syscall::OsInfo => "os.info",
            Syscall::CryptoHash { .. } => "crypto.hash",
            Syscall::CryptoHmac { .. } => "crypto.hmac",
            Syscall::CryptoPbkdf2 { .. } => "crypto.pbkdf2",
            Syscall::CryptoScrypt { .. } => "crypto.scrypt",
            Syscall::CryptoAesGcm { .. } => "crypto.aes_gcm",
            Syscall::ModuleResolve { .. } => "module.resolve",
            Syscall::ZlibProcess { .. } => "zlib.process",
            Syscall::ZlibOpen { .. } => "zlib.open",
            Syscall::ZlibWrite { .. } => "zlib.write",
            Syscall::ZlibParams { .. } => "zlib.params",
            Syscall::ZlibReset { .. } => "zlib.reset",
            Syscall::ZlibClose { .. } => "zlib.close",
        }
    }

    /// The name Node reports as `err.syscall` when this request fails.
    pub fn node_syscall(&self) -> &'static str {
        match self {
            Syscall::FsStat { follow: true, .. } => "stat",
            Syscall::FsStat { follow: false, .. } => "lstat",
            Syscall::FsReadFile { .. } | Syscall::FsWriteFile { .. } => "open",
            Syscall::FsReaddir { .. } => "scandir",
            Syscall::FsRealpath { .. } => "realpath",
            Syscall::FsMkdir { .. } => "mkdir",
            Syscall::FsUnlink { .. } => "unlink",
            Syscall::FsRmdir { .. } => "rmdir",
            Syscall::ProcChdir { .. } => "chdir",
            Syscall::FsOpen { .. } | Syscall::FsTruncate { .. } => "open",
            Syscall::FsClose { .. } => "close",
            Syscall::FsRead { .. } => "read",
            Syscall::FsWrite { .. } => "write",
            Syscall::FsFstat { .. } => "fstat",
            Syscall::FsFtruncate { .. } => "ftruncate",
            Syscall::FsFsync {
                datasync: false, ..
            } => "fsync",
            Syscall::FsFsync { datasync: true, .. } => "fdatasync",
            Syscall::FsRename { .. } => "rename",
            Syscall::FsLink { .. } => "link",
            Syscall::FsSymlink { .. } => "symlink",
            Syscall::FsReadlink { .. } => "readlink",
            Syscall::FsChmod { follow: true, .. } => "chmod",
            Syscall::FsChmod { follow: false, .. } => "lchmod",
            Syscall::FsFchmod { .. } => "fchmod",
            Syscall::FsChown { follow: true, .. } => "chown",
            Syscall::FsChown { follow: false, .. } => "lchown",
            Syscall::FsFchown { .. } => "fchown",
            Syscall::FsUtimes { follow: true, .. } => "utime",
            Syscall::FsUtimes { follow: false, .. } => "lutime",
            Syscall::FsFutimes { .. } => "futime",
            Syscall::FsCopyFile { .. } => "copyfile",
            Syscall::FsAccess { .. } => "access",
            Syscall::FsStatfs { .. } => "statfs",
            Syscall::FsMkdtemp { .. } => "mkdtemp",
            Syscall::FsWatchAdd { .. }
            | Syscall::FsWatchNext { .. }
            | Syscall::FsWatchRemove { .. } => "watch",
            Syscall::ProcInfo | Syscall::ProcExit { .. } => "process",
            Syscall::IoWrite { .. } => "write",
            Syscall::IoReadStdin { .. } => "read",
            Syscall::ClockNow => "clock_gettime",
            Syscall::RandomBytes { .. } => "getrandom",
            Syscall::NetLookup { .. } => "getaddrinfo",
            Syscall::MemUsage => "memoryUsage",
            Syscall::OsInfo => "uname",
            Syscall::CryptoHash { .. } => "digest",
            Syscall::CryptoHmac { .. } => "hmac",
            Syscall::CryptoPbkdf2 { .. } => "pbkdf2",
            Syscall::CryptoScrypt { .. } => "scrypt",
            Syscall::CryptoAesGcm { encrypt: true, .. } => "encrypt",
            Syscall::CryptoAesGcm { encrypt: false, .. } => "decrypt",
            Syscall::ModuleResolve { .. } => "resolve",
            Syscall::ZlibProcess { .. }
            | Syscall::ZlibOpen { .. }
            | Syscall::ZlibWrite { .. }
            | Syscall::ZlibParams { .. }
            | Syscall::ZlibReset { .. }
            | Syscall::ZlibClose { .. } => "zlib",
        }
    }

    /// The path this request is about, if any (used in error messages and trace filters).
    pub fn path(&self) -> Option<&str> {
        match self {
            Syscall::FsStat { path, .. }
            | Syscall::FsReadFile { path }
            | Syscall::FsWriteFile { path, .. }
            | Syscall::FsReaddir { path }
            | Syscall::FsRealpath { path }
            | Syscall::FsMkdir { path, .. }
            | Syscall::FsUnlink { path }
            | Syscall::FsRmdir { path }
            | Syscall::ProcChdir { path }
            | Syscall::FsOpen { path, .. }
            | Syscall::FsTruncate { path, .. }
            | Syscall::FsSymlink { path, .. }
            | Syscall::FsReadlink { path }
            | Syscall::FsChmod { path, .. }
            | Syscall::FsChown { path, .. }
            | Syscall::FsUtimes { path, .. }
            | Syscall::FsAccess { path, .. }
            | Syscall::FsStatfs { path } => Some(path),
            Syscall::FsRename { from, .. } | Syscall::FsCopyFile { from, .. } => Some(from),
            Syscall::FsLink { existing, .. } => Some(existing),
            Syscall::FsMkdtemp { prefix } => Some(prefix),
            _ => None,
        }
    }
}

const fn row(op: &'static str, support: Support, summary: &'static str) -> TableRow {
    TableRow {
        op,
        support,
        summary,
    }
}

/// File type as reported by stat and readdir.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FileType {
    File,
    Dir,
    Symlink,
}

/// `fs.Stats` fields that are meaningful in the VFS. Times are milliseconds since the epoch.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Stat {
    pub kind: FileType,
    pub mode: u32,
    pub size: u64,
    pub ino: u64,
    pub nlink: u32,
    pub uid: u32,
    pub gid: u32,
    pub atime_ms: f64,
    pub mtime_ms: f64,
    pub ctime_ms: f64,
    pub birthtime_ms: f64,
}

/// One directory entry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DirEntry {
    pub name: String,
    pub kind: FileType,
}

/// What `proc.info` returns.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProcInfo {
    pub pid: u32,
    pub ppid: u32,
    pub argv: Vec<String>,
    /// Already filtered by the env permission.
    pub env: Vec<(String, String)>,
    pub cwd: String,
    pub uid: u32,
    pub gid: u32,
}

/// What `clock.now` returns.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct ClockReading {
    /// Milliseconds since the Unix epoch (`Date.now()` is its floor).
    pub wall_ms: f64,
    /// Monotonic nanoseconds since an arbitrary origin fixed for the kernel's lifetime.
    pub mono_ns: u64,
}

/// A successful reply. Encoded adjacently tagged: `{t: "stat", v: {...}}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "t", content = "v", rename_all = "snake_case")]
pub enum Reply {
    Unit,
    Bytes(#[serde(with = "serde_bytes")] Vec<u8>),
    Stat(Stat),
    Entries(Vec<DirEntry>),
    Path(String),
    MaybePath(Option<String>),
    ProcInfo(ProcInfo),
    Clock(ClockReading),
    Addrs(Vec<String>),
    Memory(MemoryUsage),
    Fd(u32),
    Count(u64),
    StatFs(StatFs),
    System(SystemInfo),
    Events(Vec<WatchEvent>),
    /// `module.resolve` found a file.
    Module(ModuleResolved),
    /// `module.resolve` failed the way Node fails.
    ModuleError(ModuleError),
    Zlib(ZlibOut),
}

/// What `module.resolve` found: the real path and how Node would load it (`commonjs`, `module`,
/// `json`, `addon`, `wasm`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ModuleResolved {
    pub path: String,
    pub format: String,
}

/// A resolution failure as Node reports it: `code` (`MODULE_NOT_FOUND`, `ERR_MODULE_NOT_FOUND`,
/// `ERR_PACKAGE_PATH_NOT_EXPORTED`, …) and the exact message. `require_stack` says the bridge
/// appends Node's "Require stack" to the message.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ModuleError {
    pub code: String,
    pub message: String,
    pub require_stack: bool,
}

/// One `fs.watch` event: `rename` (an entry appeared or went) or `change` (contents or
/// metadata), with the name relative to the watched path.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WatchEvent {
    pub event_type: String,
    pub filename: String,
}

/// The machine a sandbox sees through `os` (set by the embedder; virtual by default).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SystemInfo {
    pub hostname: String,
    /// `os.release()`.
    pub release: String,
    /// `os.version()`.
    pub version: String,
    pub cpus: u32,
    pub cpu_model: String,
    /// MHz.
    pub cpu_speed: u32,
    /// Bytes.
    pub totalmem: u64,
    pub username: String,
    pub homedir: String,
    pub shell: String,
    pub uid: u32,
    pub gid: u32,
    /// Seconds the "machine" had been up when the kernel started.
    pub uptime_base: u64,
}

impl Default for SystemInfo {
    fn default() -> Self {
        SystemInfo {
            hostname: "sandbox".into(),
            release: "6.1.0-secure-exec".into(),
            version: "#1 SMP secure-exec".into(),
            cpus: 1,
            cpu_model: "secure-exec virtual CPU".into(),
            cpu_speed: 2000,
            totalmem: 1 << 30,
            username: "root".into(),
            homedir: "/root".into(),
            shell: "/bin/sh".into(),
            uid: 0,
            gid: 0,
            uptime_base: 0,
        }
    }
}

/// What `fs.statfs` returns.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct StatFs {
    #[serde(rename = "type")]
    pub fs_type: u64,
    pub bsize: u64,
    pub blocks: u64,
    pub bfree: u64,
    pub bavail: u64,
    pub files: u64,
    pub ffree: u64,
}

/// What `mem.usage` returns (bytes).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct MemoryUsage {
    pub heap_total: u64,
    pub heap_used: u64,
    pub external: u64,
}

/// A failed syscall: a Node-style system error.
///
/// The bridge turns it into a real Node error: `code`, negative `errno`, `syscall`, `path`,
/// `dest`, and the message `ENOENT: no such file or directory, open '/x'`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, thiserror::Error)]
#[error("{}", self.node_message())]
pub struct SysError {
    pub code: Errno,
    pub errno: i32,
    pub syscall: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dest: Option<String>,
    /// Extra detail for errors that Node words differently (e.g. a sandbox limitation).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

impl SysError {
    pub fn new(code: Errno, syscall: &str) -> Self {
        SysError {
            code,
            errno: code.errno(),
            syscall: syscall.to_string(),
            path: None,
            dest: None,
            detail: None,
        }
    }
    pub fn with_path(mut self, path: impl Into<String>) -> Self {
        self.path = Some(path.into());
        self
    }
    pub fn with_detail(mut self, detail: impl Into<String>) -> Self {
        self.detail = Some(detail.into());
        self
    }
    /// The message Node would print: `ENOENT: no such file or directory, open '/x'`.
    pub fn node_message(&self) -> String {
        let desc = self
            .detail
            .clone()
            .unwrap_or_else(|| self.code.description().to_string());
        let mut m = format!("{}: {}, {}", self.code.name(), desc, self.syscall);
        if let Some(p) = &self.path {
            m.push_str(&format!(" '{p}'"));
        }
        if let Some(d) = &self.dest {
            m.push_str(&format!(" -> '{d}'"));
        }
        m
    }
}

/// What crosses the isolate boundary as the reply to one request.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Wire {
    Ok(Reply),
    Err(SysError),
}

/// The result of one syscall.
pub type SysResult = Result<Reply, SysError>;

impl From<SysResult> for Wire {
    fn from(r: SysResult) -> Self {
        match r {
            Ok(v) => Wire::Ok(v),
            Err(e) => Wire::Err(e),
        }
    }
}

/// Decode a request from msgpack. A malformed or unknown request is an `EINVAL`/`ENOSYS` error,
/// never a panic.
pub fn decode_request(bytes: &[u8]) -> Result<Syscall, SysError> {
    rmp_serde::from_slice::<Syscall>(bytes).map_err(|e| {
        let text = e.to_string();
        let code = if text.contains("unknown variant") {
            Errno::ENOSYS
        } else {
            Errno::EINVAL
        };
        SysError::new(code, "syscall").with_detail(format!("malformed syscall request: {text}"))
    })
}

/// Encode a reply for the isolate.
pub fn encode_reply(result: &SysResult) -> Vec<u8> {
    let wire: Wire = result.clone().into();
    encode_wire(&wire)
}

/// Encode a wire value (maps with field names, so JS reads them by name).
pub fn encode_wire(wire: &Wire) -> Vec<u8> {
    // Serialising these plain data types cannot fail; fall back to an EIO reply if it ever does.
    rmp_serde::to_vec_named(wire).unwrap_or_else(|e| {
        let fallback = Wire::Err(
            SysError::new(Errno::EIO, "syscall").with_detail(format!("reply encoding failed: {e}")),
        );
        rmp_serde::to_vec_named(&fallback).unwrap_or_default()
    })
}

/// Encode a request (used by tests, the trace tools and benchmarks).
pub fn encode_request(call: &Syscall) -> Vec<u8> {
    rmp_serde::to_vec_named(call).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_round_trips_through_msgpack() {
        let calls = vec![
            Syscall::FsStat {
                path: "/a".into(),
                follow: false,
            },
            Syscall::FsWriteFile {
                path: "/b".into(),
                data: vec![0, 1, 255],
                append: true,
                exclusive: false,
            },
            Syscall::ProcInfo,
            Syscall::ProcExit { code: 3 },
            Syscall::IoWrite {
                fd: 1,
                data: b"hi".to_vec(),
            },
            Syscall::ClockNow,
        ];
        for c in calls {
            let bytes = encode_request(&c);
            assert_eq!(decode_request(&bytes).unwrap(), c);
        }
    }

    #[test]
    fn js_shaped_request_decodes() {
        // What the bridge sends: a map with `op` and the fields, defaults omitted.
        let mut buf = Vec::new();
        rmp::encode::write_map_len(&mut buf, 2).unwrap();
        rmp::encode::write_str(&mut buf, "op").unwrap();
        rmp::encode::write_str(&mut buf, "fs.stat").unwrap();
        rmp::encode::write_str(&mut buf, "path").unwrap();
        rmp::encode::write_str(&mut buf, "/x").unwrap();
        assert_eq!(
            decode_request(&buf).unwrap(),
            Syscall::FsStat {
                path: "/x".into(),
                follow: true
            }
        );
    }

    #[test]
    fn unknown_and_malformed_requests_are_errors() {
        let mut buf = Vec::new();
        rmp::encode::write_map_len(&mut buf, 1).unwrap();
        rmp::encode::write_str(&mut buf, "op").unwrap();
        rmp::encode::write_str(&mut buf, "fs.nope").unwrap();
        assert_eq!(decode_request(&buf).unwrap_err().code, Errno::ENOSYS);
        assert_eq!(
            decode_request(&[0xc1, 0xff, 0x00]).unwrap_err().code,
            Errno::EINVAL
        );
        assert_eq!(decode_request(&[]).unwrap_err().code, Errno::EINVAL);
        // A field of the wrong type.
        let mut buf = Vec::new();
        rmp::encode::write_map_len(&mut buf, 2).unwrap();
        rmp::encode::write_str(&mut buf, "op").unwrap();
        rmp::encode::write_str(&mut buf, "proc.exit").unwrap();
        rmp::encode::write_str(&mut buf, "code").unwrap();
        rmp::encode::write_str(&mut buf, "zero").unwrap();
        assert_eq!(decode_request(&buf).unwrap_err().code, Errno::EINVAL);
    }

    #[test]
    fn error_message_is_node_shaped() {
        let e = SysError::new(Errno::ENOENT, "open").with_path("/x");
        assert_eq!(
            e.to_string(),
            "ENOENT: no such file or directory, open '/x'"
        );
        assert_eq!(e.errno, -2);
    }

    #[test]
    fn table_has_a_row_per_variant() {
        let ops: Vec<&str> = Syscall::TABLE.iter().map(|r| r.op).collect();
        for c in [
            Syscall::FsStat {
                path: String::new(),
                follow: true,
            },
            Syscall::FsReadFile {
                path: String::new(),
            },
            Syscall::ProcInfo,
            Syscall::ClockNow,
            Syscall::RandomBytes { len: 1 },
            Syscall::NetLookup {
                host: String::new(),
            },
        ] {
            assert!(ops.contains(&c.op()), "{} missing from TABLE", c.op());
        }
        assert_eq!(ops.len(), 55);
    }

    #[test]
    fn replies_round_trip() {
        let r: SysResult = Ok(Reply::Bytes(vec![1, 2, 3]));
        let bytes = encode_reply(&r);
        let back: Wire = rmp_serde::from_slice(&bytes).unwrap();
        assert_eq!(back, Wire::Ok(Reply::Bytes(vec![1, 2, 3])));
        let e: SysResult = Err(SysError::new(Errno::EACCES, "open").with_path("/etc/passwd"));
        let back: Wire = rmp_serde::from_slice(&encode_reply(&e)).unwrap();
        assert!(matches!(back, Wire::Err(ref se) if se.code == Errno::EACCES));
    }
}
