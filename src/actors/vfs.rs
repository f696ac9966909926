//! The virtual filesystem actor.
//!
//! State: an in-memory inode tree (inodes in a slotmap: files, directories, symlinks, hard
//! links), read-only host directories mounted at guest paths, open file descriptions (a slotmap)
//! and each process's descriptor table. A path under a host mount is looked up in memory first,
//! then on the host; writes under a mount land in the memory layer (the host is never written:
//! a host file is copied up when it is changed), and removing a host file leaves a whiteout. A
//! host lookup never leaves its mount: the guest path is normalised before it is joined, and the
//! host path's canonical form must stay under the mount's canonical root.
//!
//! Every operation takes a [`CheckedPath`], which only the permission checker can make. When a
//! lookup follows symlinks, the path it arrives at is checked again, so a link inside an allowed
//! directory cannot reach a denied one. File data in memory counts against a quota (ENOSPC).

use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::Write;
use std::os::fd::AsRawFd;
use std::os::unix::fs::{FileExt, PermissionsExt};
use std::path::PathBuf;
use std::sync::Arc;

use crossbeam_channel::{Receiver, Sender};
use slotmap::{new_key_type, SlotMap};

use super::permissions::{normalize, path_within, CheckedPath};
use super::process::ProcMsg;
use super::{Clock, Entropy, ReplyTo};
use crate::syscalls::{
    DirEntry, Errno, FileType, Reply, Stat, StatFs, SysError, SysResult, WatchEvent,
};

pub mod mount;
pub use mount::{LinkTarget, MountDriver, SharedDriver, Writes};

new_key_type! { struct InodeKey; }
new_key_type! { struct FileKey; }

const MAX_SYMLINKS: usize = 40;
const NAME_MAX: usize = 255;
const PATH_MAX: usize = 4096;
/// Default size quota of the in-memory layer.
pub const DEFAULT_QUOTA_BYTES: u64 = 256 * 1024 * 1024;
/// Most descriptors one process may hold open.
const MAX_FDS: usize = 4096;

// Linux open(2) flags, as Node passes them.
pub const O_WRONLY: i32 = 0o1;
pub const O_RDWR: i32 = 0o2;
pub const O_CREAT: i32 = 0o100;
pub const O_EXCL: i32 = 0o200;
pub const O_TRUNC: i32 = 0o1000;
pub const O_APPEND: i32 = 0o2000;
pub const O_DIRECTORY: i32 = 0o200000;
pub const O_NOFOLLOW: i32 = 0o400000;

/// A host directory made visible inside the sandbox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HostMount {
    /// Absolute guest path where the directory appears.
    pub guest: String,
    /// Host directory.
    pub host: PathBuf,
    /// What writes under the mount do.
    pub mode: MountMode,
}

/// What writes under a host mount do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum MountMode {
    /// Writable inside the sandbox: changes land in the in-memory layer (copy-up on write,
    /// whiteouts on delete) and never reach the host.
    #[default]
    Overlay,
    /// Read-only: every write or mutation fails with EACCES (the seed's `node_modules` overlay).
    ReadOnly,
    /// Writes reach the host directory (the sandbox's changes persist).
    ReadWrite,
}

/// The filesystem a runtime starts with.
#[derive(Debug, Clone)]
pub struct FsConfig {
    /// Host directories mounted at guest paths.
    pub mounts: Vec<HostMount>,
    /// Other backends mounted at guest paths: (guest path, driver).
    pub drivers: Vec<(String, SharedDriver)>,
    /// Files created in memory before the first process starts: (guest path, contents).
    pub files: Vec<(String, Vec<u8>)>,
    /// Directories created in memory before the first process starts.
    pub dirs: Vec<String>,
    /// Bytes of file data the in-memory layer may hold.
    pub quota_bytes: u64,
}

impl Default for FsConfig {
    fn default() -> Self {
        FsConfig {
            mounts: Vec::new(),
            drivers: Vec::new(),
            files: Vec::new(),
            dirs: Vec::new(),
            quota_bytes: DEFAULT_QUOTA_BYTES,
        }
    }
}

enum Node {
    File(Vec<u8>),
    Dir(BTreeMap<String, InodeKey>),
    Symlink(String),
}

struct Inode {
    node: Node,
    ino: u64,
    mode: u32,
    uid: u32,
    gid: u32,
    nlink: u32,
    /// Open descriptions referring to this inode (an unlinked inode lives until they close).
    open: u32,
    atime: f64,
    mtime: f64,
    ctime: f64,
    birthtime: f64,
}

impl Inode {
    /// chown: `None` (a -1 from the caller) keeps that id.
    fn set_owner(&mut self, uid: Option<u32>, gid: Option<u32>) {
        if let Some(uid) = uid {
            self.uid = uid;
        }
        if let Some(gid) = gid {
            self.gid = gid;
        }
    }
}

enum Target {
    Mem(InodeKey),
    /// A host file opened read-only (writes copy it up first, at open time).
    Host(std::fs::File),
    /// A file or directory on a read-write mount: reads, writes and metadata changes reach it.
    HostRw(std::fs::File),
}

struct OpenFile {
    target: Target,
    flags: i32,
    offset: u64,
    /// Where it was opened (for watch events).
    path: String,
}

/// An `fs.watch`: queued events, and the reply of a pending `fs.watch_next`.
struct Watch {
    pid: u32,
    path: String,
    recursive: bool,
    events: Vec<WatchEvent>,
    waiting: Option<ReplyTo>,
}

/// Queued events per watch are bounded; past this the oldest are dropped.
const MAX_WATCH_EVENTS: usize = 1024;

/// One filesystem operation on approved paths.
pub enum VfsOp {
    Stat {
        path: CheckedPath,
        follow: bool,
    },
    ReadFile {
        path: CheckedPath,
    },
    WriteFile {
        path: CheckedPath,
        data: Vec<u8>,
        append: bool,
        exclusive: bool,
    },
    Readdir {
        path: CheckedPath,
    },
    Realpath {
        path: CheckedPath,
    },
    Mkdir {
        path: CheckedPath,
        recursive: bool,
        mode: u32,
    },
    Unlink {
        path: CheckedPath,
    },
    Rmdir {
        path: CheckedPath,
    },
    /// Check that `path` is a directory, then tell the process table to make it `pid`'s cwd.
    Chdir {
        path: CheckedPath,
        pid: u32,
    },
    Open {
        pid: u32,
        path: CheckedPath,
        flags: i32,
        mode: u32,
    },
    Close {
        pid: u32,
        fd: u32,
    },
    Read {
        pid: u32,
        fd: u32,
        len: u32,
        position: Option<u64>,
    },
    Write {
        pid: u32,
        fd: u32,
        data: Vec<u8>,
        position: Option<u64>,
    },
    Fstat {
        pid: u32,
        fd: u32,
    },
    Ftruncate {
        pid: u32,
        fd: u32,
        len: u64,
    },
    Fsync {
        pid: u32,
        fd: u32,
        /// `fdatasync`: only the data must reach storage (and errors say `fdatasync`).
        datasync: bool,
    },
    Truncate {
        path: CheckedPath,
        len: u64,
    },
    Rename {
        from: CheckedPath,
        to: CheckedPath,
    },
    Link {
        existing: CheckedPath,
        new: CheckedPath,
    },
    Symlink {
        target: String,
        path: CheckedPath,
    },
    Readlink {
        path: CheckedPath,
    },
    Chmod {
        path: CheckedPath,
        mode: u32,
        follow: bool,
    },
    Fchmod {
        pid: u32,
        fd: u32,
        mode: u32,
    },
    /// `None` keeps that id (Node's -1).
    Chown {
        path: CheckedPath,
        uid: Option<u32>,
        gid: Option<u32>,
        follow: bool,
    },
    Fchown {
        pid: u32,
        fd: u32,
        uid: Option<u32>,
        gid: Option<u32>,
    },
    Utimes {
        path: CheckedPath,
        atime_ms: f64,
        mtime_ms: f64,
        follow: bool,
    },
    Futimes {
        pid: u32,
        fd: u32,
        atime_ms: f64,
        mtime_ms: f64,
    },
    CopyFile {
        from: CheckedPath,
        to: CheckedPath,
        exclusive: bool,
    },
    Access {
        path: CheckedPath,
        mode: u32,
    },
    Statfs {
        path: CheckedPath,
    },
    Mkdtemp {
        prefix: CheckedPath,
        /// The prefix ended in `/`: create the directory inside it.
        inside: bool,
    },
    /// A process ended: close its descriptors.
    CloseAll {
        pid: u32,
    },
    WatchAdd {
        pid: u32,
        path: CheckedPath,
        recursive: bool,
    },
    WatchNext {
        pid: u32,
        id: u32,
    },
    WatchRemove {
        pid: u32,
        id: u32,
    },
}

/// Messages the VFS actor accepts.
pub enum VfsMsg {
    Op {
        op: VfsOp,
        reply: ReplyTo,
    },
    /// Answered once every message sent before it has been handled (and replied to).
    Barrier(crossbeam_channel::Sender<()>),
    Shutdown,
}

/// Where a path was found.
enum Found {
    Mem(InodeKey),
    /// On a mount: its canonical guest path and what the driver found there.
    Host(String, Stat),
}

struct Mount {
    guest: String,
    driver: Box<dyn MountDriver>,
}

enum Walk {
    Found(InodeKey, String),
    /// A symlink: continue with this path.
    Redirect(String),
    /// Not in memory; may be on a host mount.
    Missing,
}

/// The filesystem state. Public for the benchmarks and property tests; reached by sandboxes only
/// through the actor.
pub struct Vfs {
    inodes: SlotMap<InodeKey, Inode>,
    root: InodeKey,
    mounts: Vec<Mount>,
    whiteouts: HashSet<String>,
    next_ino: u64,
    clock: Arc<dyn Clock>,
    entropy: Arc<dyn Entropy>,
    files: SlotMap<FileKey, OpenFile>,
    fds: HashMap<u32, BTreeMap<u32, FileKey>>,
    used_bytes: u64,
    /// Bytes the sandbox added to files on read-write mounts (they count against the quota too).
    host_bytes: u64,
    quota_bytes: u64,
    watches: HashMap<u32, Watch>,
    next_watch: u32,
    /// Bumped before every operation that may change the tree (the module resolver's cache
    /// key).
    generation: super::resolver::Generation,
}

/// Why a filesystem could not be built.
#[derive(Debug, thiserror::Error)]
pub enum FsConfigError {
    #[error("cannot mount host directory {host:?} at {guest:?}: {source}")]
    HostDir {
        host: PathBuf,
        guest: String,
        source: std::io::Error,
    },
    #[error("cannot mount {host:?} at {guest:?}: the guest path must be absolute")]
    RelativeGuest { host: PathBuf, guest: String },
    #[error("cannot create {path:?} in the initial filesystem: {source}")]
    Seed { path: String, source: SysError },
}

fn err(code: Errno, syscall: &str, path: &str) -> SysError {
    SysError::new(code, syscall).with_path(path)
}

fn err2(code: Errno, syscall: &str, path: &str, dest: &str) -> SysError {
    let mut e = SysError::new(code, syscall).with_path(path);
    e.dest = Some(dest.to_string());
    e
}

/// Put the caller's own spelling of the paths back into an error.
fn relabel(mut e: SysError, path: &CheckedPath, dest: Option<&CheckedPath>) -> SysError {
    e.path = Some(path.as_str().to_string());
    if let Some(d) = dest {
        e.dest = Some(d.as_str().to_string());
    }
    e
}

fn split_parent(path: &str) -> Option<(String, String)> {
    let p = normalize(path);
    if p == "/" {
        return None;
    }
    let (parent, name) = p.rsplit_once('/')?;
    let parent = if parent.is_empty() { "/" } else { parent };
    Some((parent.to_string(), name.to_string()))
}

fn join(dir: &str, name: &str) -> String {
    if dir == "/" {
        format!("/{name}")
    } else {
        format!("{dir}/{name}")
    }
}

impl Vfs {
    pub fn new(
        config: &FsConfig,
        clock: Arc<dyn Clock>,
        entropy: Arc<dyn Entropy>,
    ) -> Result<Self, FsConfigError> {
        let now = clock.now().wall_ms;
        let mut inodes = SlotMap::with_key();
        let root = inodes.insert(Inode {
            node: Node::Dir(BTreeMap::new()),
            ino: 1,
            mode: 0o040755,
            uid: 0,
            gid: 0,
            nlink: 2,
            open: 0,
            atime: now,
            mtime: now,
            ctime: now,
            birthtime: now,
        });
        let mut vfs = Vfs {
            inodes,
            root,
            mounts: Vec::new(),
            whiteouts: HashSet::new(),
            next_ino: 2,
            clock,
            entropy,
            files: SlotMap::with_key(),
            fds: HashMap::new(),
            used_bytes: 0,
            host_bytes: 0,
            quota_bytes: config.quota_bytes,
            watches: HashMap::new(),
            next_watch: 1,
            generation: Default::default(),
        };
        for m in &config.mounts {
            if !m.guest.starts_with('/') {
                return Err(FsConfigError::RelativeGuest {
                    host: m.host.clone(),
                    guest: m.guest.clone(),
                });
            }
            let driver =
                mount::host_driver(&m.host, m.mode).map_err(|source| FsConfigError::HostDir {
                    host: m.host.clone(),
                    guest: m.guest.clone(),
                    source,
                })?;
            let guest = normalize(&m.guest);
            vfs.mkdir_p(&guest, 0o755)
                .map_err(|source| FsConfigError::Seed {
                    path: guest.clone(),
                    source,
                })?;
            vfs.mounts.push(Mount { guest, driver });
        }
        for (guest, driver) in &config.drivers {
            if !guest.starts_with('/') {
                return Err(FsConfigError::RelativeGuest {
                    host: PathBuf::new(),
                    guest: guest.clone(),
                });
            }
            let guest = normalize(guest);
            vfs.mkdir_p(&guest, 0o755)
                .map_err(|source| FsConfigError::Seed {
                    path: guest.clone(),
                    source,
                })?;
            vfs.mounts.push(Mount {
                guest,
                driver: Box::new(driver.clone()),
            });
        }
        // Longest guest prefix first, so nested mounts win.
        vfs.mounts.sort_by(|a, b| b.guest.len().cmp(&a.guest.len()));
        // Like any Linux system, the sandbox has a world-writable, sticky `/tmp`
        // (`os.tmpdir()`), unless a mount already provides it.
        if vfs.lookup("/tmp", true).is_err() {
            if let Ok(Some(_)) = vfs.mkdir_p("/tmp", 0o1777) {
                if let Ok((Found::Mem(k), _)) = vfs.lookup("/tmp", true) {
                    vfs.inodes[k].mode = 0o041777;
                }
            }
        }
        for d in &config.dirs {
            let d = normalize(d);
            if vfs.lookup(&d, true).is_err() {
                vfs.mkdir_p(&d, 0o755)
                    .map_err(|source| FsConfigError::Seed {
                        path: d.clone(),
                        source,
                    })?;
            }
        }
        for (path, data) in &config.files {
            let p = normalize(path);
            if let Some((parent, _)) = split_parent(&p) {
                vfs.mkdir_p(&parent, 0o755)
                    .map_err(|source| FsConfigError::Seed {
                        path: p.clone(),
                        source,
                    })?;
            }
            vfs.write_file(&p, data, false, false)
                .map_err(|source| FsConfigError::Seed {
                    path: p.clone(),
                    source,
                })?;
        }
        Ok(vfs)
    }

    fn now(&self) -> f64 {
        self.clock.now().wall_ms
    }

    fn alloc(&mut self, node: Node, mode: u32) -> InodeKey {
        let now = self.now();
        let ino = self.next_ino;
        self.next_ino += 1;
        let nlink = if matches!(node, Node::Dir(_)) { 2 } else { 1 };
        self.inodes.insert(Inode {
            node,
            ino,
            mode,
            uid: 0,
            gid: 0,
            nlink,
            open: 0,
            atime: now,
            mtime: now,
            ctime: now,
            birthtime: now,
        })
    }

    /// Charge `grow` more bytes of file data against the quota.
    fn charge(
        &mut self,
        old: usize,
        new: usize,
        syscall: &str,
        path: &str,
    ) -> Result<(), SysError> {
        if new > old {
            let grow = (new - old) as u64;
            if self.used_bytes + self.host_bytes + grow > self.quota_bytes {
                return Err(err(Errno::ENOSPC, syscall, path));
            }
            self.used_bytes += grow;
        } else {
            self.used_bytes -= (old - new) as u64;
        }
        Ok(())
    }

    fn mount_for(&self, path: &str) -> Option<&Mount> {
        self.mounts.iter().find(|m| path_within(path, &m.guest))
    }

    /// Refuse a change under a read-only mount.
    fn guard_write(&self, path: &str, syscall: &str) -> Result<(), SysError> {
        match self.mount_for(path) {
            Some(m) if m.driver.writes() == Writes::Refuse => {
                Err(err(Errno::EACCES, syscall, path))
            }
            _ => Ok(()),
        }
    }

    fn whited_out(&self, path: &str) -> bool {
        if self.whiteouts.is_empty() {
            return false;
        }
        let mut p = path;
        loop {
            if self.whiteouts.contains(p) {
                return true;
            }
            match p.rsplit_once('/') {
                Some((parent, _)) if !parent.is_empty() => p = parent,
                _ => return false,
            }
        }
    }

    /// Look a guest path up on the mount it is under (its driver resolves symlinks inside the
    /// mount and refuses any that leave it): the canonical guest path and what is there.
    fn host_lookup(&self, path: &str, follow: bool) -> Result<Option<(String, Stat)>, Errno> {
        let Some(m) = self.mount_for(path) else {
            return Ok(None);
        };
        let rel = path[m.guest.len()..].trim_start_matches('/');
        let (canon, md) = m.driver.resolve(rel, follow)?;
        let guest = if canon.is_empty() {
            m.guest.clone()
        } else {
            join(&m.guest, &canon)
        };
        Ok(Some((guest, md)))
    }

    /// A link target a driver reported, as the sandbox sees it (`at`: the link's guest path).
    fn guest_link(&self, at: &str, t: LinkTarget) -> String {
        match t {
            LinkTarget::Other(t) => t,
            LinkTarget::Inside(r) => match self.mount_for(at) {
                Some(m) if r.is_empty() => m.guest.clone(),
                Some(m) => join(&m.guest, &r),
                None => format!("/{r}"),
            },
        }
    }

    /// The driver serving a guest path and the path relative to its mount.
    fn driver_at<'a>(&'a self, path: &'a str) -> Option<(&'a dyn MountDriver, &'a str)> {
        let m = self.mount_for(path)?;
        Some((
            m.driver.as_ref(),
            path[m.guest.len()..].trim_start_matches('/'),
        ))
    }

    /// The read-write mount a canonical guest path lies inside (the mount point itself is the
    /// memory layer's directory), by index, with the path relative to it.
    fn direct(&self, path: &str) -> Option<(usize, String)> {
        let i = self
            .mounts
            .iter()
            .position(|m| path_within(path, &m.guest))?;
        let m = &self.mounts[i];
        if m.driver.writes() != Writes::Direct || path == m.guest {
            return None;
        }
        Some((i, path[m.guest.len()..].trim_start_matches('/').to_string()))
    }

    /// Account for a host file on a read-write mount growing (or shrinking) from `old` to `new`
    /// bytes; growth past the quota is ENOSPC.
    fn charge_host(
        &mut self,
        old: u64,
        new: u64,
        syscall: &str,
        path: &str,
    ) -> Result<(), SysError> {
        if new > old {
            let grow = new - old;
            if self.used_bytes + self.host_bytes + grow > self.quota_bytes {
                return Err(err(Errno::ENOSPC, syscall, path));
            }
            self.host_bytes += grow;
        } else {
            self.host_bytes = self.host_bytes.saturating_sub(old - new);
        }
        Ok(())
    }

    fn components(path: &str) -> Result<Vec<&str>, Errno> {
        if path.len() > PATH_MAX {
            return Err(Errno::ENAMETOOLONG);
        }
        let parts: Vec<&str> = path.split('/').filter(|c| !c.is_empty()).collect();
        if parts.iter().any(|c| c.len() > NAME_MAX) {
            return Err(Errno::ENAMETOOLONG);
        }
        Ok(parts)
    }

    fn walk(&self, path: &str, follow: bool) -> Result<Walk, Errno> {
        let parts = Self::components(path)?;
        let mut cur = self.root;
        let mut cur_path = String::from("/");
        for (i, part) in parts.iter().enumerate() {
            let last = i + 1 == parts.len();
            let Node::Dir(entries) = &self.inodes[cur].node else {
                return Err(Errno::ENOTDIR);
            };
            if *part == ".." || *part == "." {
                // Only raw paths carry these (checked paths are normalised): never resolve them
                // against the host.
                return Err(Errno::EACCES);
            }
            let Some(&child) = entries.get(*part) else {
                return Ok(Walk::Missing);
            };
            if let Node::Symlink(target) = &self.inodes[child].node {
                if !last || follow {
                    let abs = if target.starts_with('/') {
                        target.clone()
                    } else {
                        format!("{cur_path}/{target}")
                    };
                    let rest = parts[i + 1..].join("/");
                    return Ok(Walk::Redirect(normalize(&format!("{abs}/{rest}"))));
                }
            }
            cur = child;
            cur_path = join(&cur_path, part);
        }
        Ok(Walk::Found(cur, cur_path))
    }

    /// Find a path: (what, its canonical guest path after symlinks).
    fn lookup(&self, path: &str, follow: bool) -> Result<(Found, String), Errno> {
        let mut path = path.to_string();
        for _ in 0..=MAX_SYMLINKS {
            match self.walk(&path, follow)? {
                Walk::Found(k, canon) => return Ok((Found::Mem(k), canon)),
                Walk::Redirect(next) => path = next,
                Walk::Missing => {
                    if self.whited_out(&path) {
                        return Err(Errno::ENOENT);
                    }
                    let Some((canon, md)) = self.host_lookup(&path, follow)? else {
                        return Err(Errno::ENOENT);
                    };
                    return Ok((Found::Host(canon.clone(), md), canon));
                }
            }
        }
        Err(Errno::ELOOP)
    }

    /// Look up a checked path; if symlinks led elsewhere, that place must be allowed too.
    fn resolve(
        &self,
        path: &CheckedPath,
        follow: bool,
        syscall: &str,
    ) -> Result<(Found, String), SysError> {
        let (found, canon) = self
            .lookup(path.as_str(), follow)
            .map_err(|e| err(e, syscall, path.as_str()))?;
        if canon != path.as_str() && !path.covers(&canon) {
            return Err(err(Errno::EACCES, syscall, path.as_str()));
        }
        Ok((found, canon))
    }

    /// Canonical location of `p` for a write that may create it: the deepest existing ancestor,
    /// resolved, plus the rest. With `follow`, a dangling symlink as the last component leads to
    /// its target (which is where the write would land).
    fn dest_of(&self, p: &str, follow: bool) -> Result<String, Errno> {
        let mut p = p.to_string();
        for _ in 0..=MAX_SYMLINKS {
            match self.lookup(&p, follow) {
                Ok((_, canon)) => return Ok(canon),
                Err(Errno::ENOENT) => {}
                Err(e) => return Err(e),
            }
            if follow {
                match self.lookup(&p, false) {
                    Ok((Found::Mem(k), _)) => {
                        if let Node::Symlink(t) = &self.inodes[k].node {
                            let (parent, _) = split_parent(&p).unwrap_or_default();
                            p = if t.starts_with('/') {
                                normalize(t)
                            } else {
                                normalize(&format!("{parent}/{t}"))
                            };
                            continue;
                        }
                    }
                    // A dangling link on a mount: where it points, inside that mount.
                    Ok((Found::Host(at, md), _)) if md.kind == FileType::Symlink => {
                        if let Some(m) = self.mount_for(&at) {
                            let rel = at[m.guest.len()..].trim_start_matches('/');
                            let t = m.driver.link_dest(rel)?;
                            p = if t.is_empty() {
                                m.guest.clone()
                            } else {
                                join(&m.guest, &t)
                            };
                            continue;
                        }
                    }
                    _ => {}
                }
            }
            let Some((parent, name)) = split_parent(&p) else {
                return Ok(p);
            };
            return Ok(join(&self.dest_of(&parent, true)?, &name));
        }
        Err(Errno::ELOOP)
    }

    /// Canonical location of the directory entry `p` itself (its last component not followed).
    fn entry_of(&self, p: &str) -> Result<String, Errno> {
        match split_parent(p) {
            None => Ok("/".into()),
            Some((parent, name)) => Ok(join(&self.dest_of(&parent, true)?, &name)),
        }
    }

    /// The policy must allow where an operation really lands, not only the path it named.
    fn checked(
        &self,
        path: &CheckedPath,
        dest: Result<String, Errno>,
        syscall: &str,
    ) -> Result<String, SysError> {
        let dest = dest.map_err(|e| err(e, syscall, path.as_str()))?;
        if dest != path.as_str() && !path.covers(&dest) {
            return Err(err(Errno::EACCES, syscall, path.as_str()));
        }
        Ok(dest)
    }

    fn stat_of(&self, found: &Found) -> Stat {
        match found {
            Found::Mem(k) => self.stat_inode(*k),
            Found::Host(at, md) => {
                let writable = self
                    .mount_for(at)
                    .is_some_and(|m| m.driver.writes() == Writes::Direct);
                let mut st = md.clone();
                // Host files are read-only inside the sandbox unless the mount is writable.
                if !writable {
                    st.mode &= !0o222;
                }
                st
            }
        }
    }

    fn stat_inode(&self, k: InodeKey) -> Stat {
        let n = &self.inodes[k];
        let (kind, size) = match &n.node {
            Node::File(d) => (FileType::File, d.len() as u64),
            Node::Dir(_) => (FileType::Dir, 4096),
            Node::Symlink(t) => (FileType::Symlink, t.len() as u64),
        };
        Stat {
            kind,
            mode: n.mode,
            size,
            ino: n.ino,
            nlink: n.nlink,
            uid: n.uid,
            gid: n.gid,
            atime_ms: n.atime,
            mtime_ms: n.mtime,
            ctime_ms: n.ctime,
            birthtime_ms: n.birthtime,
        }
    }

    // ------------------------------------------------------------------ path operations

    pub fn stat(&self, path: &str, follow: bool) -> Result<Stat, SysError> {
        let sc = if follow { "stat" } else { "lstat" };
        let (f, _) = self.lookup(path, follow).map_err(|e| err(e, sc, path))?;
        Ok(self.stat_of(&f))
    }

    fn read_found(&mut self, f: Found, syscall: &str, path: &str) -> Result<Vec<u8>, SysError> {
        match f {
            Found::Mem(k) => {
                let now = self.now();
                let n = &mut self.inodes[k];
                match &n.node {
                    Node::File(d) => {
                        n.atime = now;
                        Ok(d.clone())
                    }
                    Node::Dir(_) => Err(err(Errno::EISDIR, "read", path)),
                    Node::Symlink(_) => Err(err(Errno::ELOOP, syscall, path)),
                }
            }
            Found::Host(at, md) => {
                if md.kind == FileType::Dir {
                    return Err(err(Errno::EISDIR, "read", path));
                }
                let (d, rel) = self
                    .driver_at(&at)
                    .ok_or_else(|| err(Errno::ENOENT, syscall, path))?;
                d.read(rel).map_err(|e| err(e, syscall, path))
            }
        }
    }

    pub fn read_file(&mut self, path: &str) -> Result<Vec<u8>, SysError> {
        let (f, _) = self.lookup(path, true).map_err(|e| err(e, "open", path))?;
        self.read_found(f, "open", path)
    }

    /// Make `path` exist as a memory directory (copying up host directories as needed).
    fn mkdir_p(&mut self, path: &str, mode: u32) -> Result<Option<String>, SysError> {
        let parts: Vec<String> = Self::components(path)
            .map_err(|e| err(e, "mkdir", path))?
            .into_iter()
            .map(String::from)
            .collect();
        let mut cur = self.root;
        let mut cur_path = String::new();
        let mut first_created = None;
        for part in parts {
            cur_path.push('/');
            cur_path.push_str(&part);
            let existing = match &self.inodes[cur].node {
                Node::Dir(e) => e.get(&part).copied(),
                _ => return Err(err(Errno::ENOTDIR, "mkdir", path)),
            };
            cur = match existing {
                Some(k) => match &self.inodes[k].node {
                    Node::Dir(_) => k,
                    Node::Symlink(_) => match self.lookup(&cur_path, true) {
                        Ok((Found::Mem(k2), _)) if matches!(self.inodes[k2].node, Node::Dir(_)) => {
                            k2
                        }
                        _ => return Err(err(Errno::ENOTDIR, "mkdir", path)),
                    },
                    Node::File(_) => {
                        let code = if cur_path == normalize(path) {
                            Errno::EEXIST
                        } else {
                            Errno::ENOTDIR
                        };
                        return Err(err(code, "mkdir", path));
                    }
                },
                None => {
                    let host = if self.whited_out(&cur_path) {
                        None
                    } else {
                        self.host_lookup(&cur_path, true).ok().flatten()
                    };
                    if host
                        .as_ref()
                        .is_some_and(|(_, md)| md.kind != FileType::Dir)
                    {
                        return Err(err(Errno::ENOTDIR, "mkdir", path));
                    }
                    let on_host = host.is_some();
                    self.whiteouts.remove(&cur_path);
                    let k = self.alloc(Node::Dir(BTreeMap::new()), 0o040000 | (mode & 0o7777));
                    if let Node::Dir(e) = &mut self.inodes[cur].node {
                        e.insert(part.clone(), k);
                    }
                    self.inodes[cur].nlink += 1;
                    if first_created.is_none() && !on_host {
                        first_created = Some(cur_path.clone());
                    }
                    k
                }
            };
        }
        Ok(first_created)
    }

    /// The memory directory that will hold `path`'s entry, creating copy-up directories for a
    /// parent that exists only on a host mount. Returns (dir inode, entry name, parent path).
    fn parent_for_write(
        &mut self,
        path: &str,
        syscall: &str,
    ) -> Result<(InodeKey, String), SysError> {
        self.guard_write(path, syscall)?;
        let (parent, name) = split_parent(path).ok_or_else(|| err(Errno::EBUSY, syscall, path))?;
        if name.len() > NAME_MAX {
            return Err(err(Errno::ENAMETOOLONG, syscall, path));
        }
        match self.lookup(&parent, true) {
            Ok((Found::Mem(k), _)) => match self.inodes[k].node {
                Node::Dir(_) => Ok((k, name)),
                _ => Err(err(Errno::ENOTDIR, syscall, path)),
            },
            Ok((Found::Host(_, md), canon)) => {
                if md.kind != FileType::Dir {
                    return Err(err(Errno::ENOTDIR, syscall, path));
                }
                self.mkdir_p(&canon, 0o755)?;
                match self.lookup(&canon, true) {
                    Ok((Found::Mem(k), _)) => Ok((k, name)),
                    _ => Err(err(Errno::EIO, syscall, path)),
                }
            }
            Err(e) => Err(err(e, syscall, path)),
        }
    }

    /// Tell the watches about a change at `path` (`rename`: an entry came or went; `change`:
    /// contents or metadata).
    fn notify(&mut self, path: &str, kind: &str) {
        if self.watches.is_empty() {
            return;
        }
        for w in self.watches.values_mut() {
            let filename = if path == w.path {
                path.rsplit('/').next().unwrap_or("").to_string()
            } else if split_parent(path).is_some_and(|(parent, _)| parent == w.path)
                || (w.recursive && path_within(path, &w.path))
            {
                path[w.path.len()..].trim_start_matches('/').to_string()
            } else {
                continue;
            };
            if w.events.len() >= MAX_WATCH_EVENTS {
                w.events.remove(0);
            }
            let ev = WatchEvent {
                event_type: kind.to_string(),
                filename,
            };
            if w.events.last() != Some(&ev) {
                w.events.push(ev);
            }
            if let Some(r) = w.waiting.take() {
                r.send(Ok(Reply::Events(std::mem::take(&mut w.events))));
            }
        }
    }

    fn insert_entry(&mut self, dir: InodeKey, name: String, k: InodeKey, path: &str) {
        let now = self.now();
        let is_dir = matches!(self.inodes[k].node, Node::Dir(_));
        if let Node::Dir(e) = &mut self.inodes[dir].node {
            e.insert(name, k);
        }
        let d = &mut self.inodes[dir];
        d.mtime = now;
        d.ctime = now;
        if is_dir {
            d.nlink += 1;
        }
        self.whiteouts.remove(path);
        self.notify(path, "rename");
    }

    /// Bring a host file or directory into memory so it can change; returns its inode.
    fn copy_up(&mut self, path: &str, syscall: &str) -> Result<InodeKey, SysError> {
        self.guard_write(path, syscall)?;
        match self
            .lookup(path, false)
            .map_err(|e| err(e, syscall, path))?
        {
            (Found::Mem(k), _) => Ok(k),
            (Found::Host(at, md), canon) => {
                if md.kind == FileType::Dir {
                    self.mkdir_p(&canon, md.mode & 0o7777)?;
                    return match self.lookup(&canon, false) {
                        Ok((Found::Mem(k), _)) => Ok(k),
                        _ => Err(err(Errno::EIO, syscall, path)),
                    };
                }
                let (d, rel) = self
                    .driver_at(&at)
                    .ok_or_else(|| err(Errno::ENOENT, syscall, path))?;
                let node = if md.kind == FileType::Symlink {
                    let t = d.readlink(rel).map_err(|e| err(e, syscall, path))?;
                    Node::Symlink(self.guest_link(&at, t))
                } else {
                    let data = d.read(rel).map_err(|e| err(e, syscall, path))?;
                    self.charge(0, data.len(), syscall, path)?;
                    Node::File(data)
                };
                let (dir, name) = self.parent_for_write(&canon, syscall)?;
                let k = self.alloc(node, md.mode);
                let n = &mut self.inodes[k];
                n.mtime = md.mtime_ms;
                n.atime = md.atime_ms;
                self.insert_entry(dir, name, k, &canon);
                Ok(k)
            }
        }
    }

    pub fn write_file(
        &mut self,
        path: &str,
        data: &[u8],
        append: bool,
        exclusive: bool,
    ) -> Result<(), SysError> {
        if let Some((i, rel)) = self.direct(path) {
            return self.host_write_file(i, &rel, path, data, append, exclusive);
        }
        let mut flags = O_WRONLY | O_CREAT;
        flags |= if append { O_APPEND } else { O_TRUNC };
        if exclusive {
            flags |= O_EXCL;
        }
        let k = self.open_inode(path, flags, 0o666, "open")?;
        let now = self.now();
        let old = match &self.inodes[k].node {
            Node::File(d) => d.len(),
            _ => return Err(err(Errno::EISDIR, "open", path)),
        };
        self.charge(old, old + data.len(), "write", path)?;
        let n = &mut self.inodes[k];
        if let Node::File(d) = &mut n.node {
            d.extend_from_slice(data);
        }
        n.mtime = now;
        n.ctime = now;
        self.notify(path, "change");
        Ok(())
    }

    /// Open (or create) a path for the flags; returns the memory inode (host files are copied up
    /// when opened for writing).
    fn open_inode(
        &mut self,
        path: &str,
        flags: i32,
        mode: u32,
        syscall: &str,
    ) -> Result<InodeKey, SysError> {
        let writing = flags & (O_WRONLY | O_RDWR) != 0 || flags & O_TRUNC != 0;
        match self.lookup(path, flags & O_NOFOLLOW == 0) {
            Ok((found, canon)) => {
                if flags & O_CREAT != 0 && flags & O_EXCL != 0 {
                    return Err(err(Errno::EEXIST, syscall, path));
                }
                let st = self.stat_of(&found);
                if st.kind == FileType::Symlink {
                    return Err(err(Errno::ELOOP, syscall, path));
                }
                if st.kind == FileType::Dir && writing {
                    return Err(err(Errno::EISDIR, syscall, path));
                }
                if flags & O_DIRECTORY != 0 && st.kind != FileType::Dir {
                    return Err(err(Errno::ENOTDIR, syscall, path));
                }
                let k = match found {
                    Found::Mem(k) => k,
                    Found::Host(..) if writing => self.copy_up(&canon, syscall)?,
                    Found::Host(..) => return Err(err(Errno::EINVAL, syscall, path)),
                };
                if writing && flags & O_TRUNC != 0 {
                    let old = match &self.inodes[k].node {
                        Node::File(d) => d.len(),
                        _ => 0,
                    };
                    self.charge(old, 0, syscall, path)?;
                    let now = self.now();
                    let n = &mut self.inodes[k];
                    if let Node::File(d) = &mut n.node {
                        d.clear();
                    }
                    n.mtime = now;
                    n.ctime = now;
                }
                Ok(k)
            }
            Err(Errno::ENOENT) if flags & O_CREAT != 0 => {
                // A dangling symlink as the last component creates its target.
                let target = match self.lookup(path, false) {
                    Ok((Found::Mem(k), _)) => match &self.inodes[k].node {
                        Node::Symlink(t) => {
                            let (parent, _) = split_parent(path).unwrap_or_default();
                            Some(if t.starts_with('/') {
                                normalize(t)
                            } else {
                                normalize(&format!("{parent}/{t}"))
                            })
                        }
                        _ => None,
                    },
                    _ => None,
                };
                let create_at = target.unwrap_or_else(|| path.to_string());
                let (dir, name) = self.parent_for_write(&create_at, syscall)?;
                let k = self.alloc(Node::File(Vec::new()), 0o100000 | (mode & 0o7777 & !0o022));
                self.insert_entry(dir, name, k, &create_at);
                Ok(k)
            }
            Err(e) => Err(err(e, syscall, path)),
        }
    }

    pub fn readdir(&self, path: &str) -> Result<Vec<DirEntry>, SysError> {
        let (f, canon) = self
            .lookup(path, true)
            .map_err(|e| err(e, "scandir", path))?;
        let mut out: BTreeMap<String, FileType> = BTreeMap::new();
        let mut is_dir = false;
        if let Found::Mem(k) = &f {
            match &self.inodes[*k].node {
                Node::Dir(entries) => {
                    is_dir = true;
                    for (name, &child) in entries {
                        let kind = match self.inodes[child].node {
                            Node::File(_) => FileType::File,
                            Node::Dir(_) => FileType::Dir,
                            Node::Symlink(_) => FileType::Symlink,
                        };
                        out.insert(name.clone(), kind);
                    }
                }
                _ => return Err(err(Errno::ENOTDIR, "scandir", path)),
            }
        }
        // Merge the host directory, if this path is (also) one.
        if !self.whited_out(&canon) {
            if let Ok(Some((at, md))) = self.host_lookup(&canon, true) {
                let listed = match self.driver_at(&at) {
                    Some((d, rel)) if md.kind == FileType::Dir => d.readdir(rel).ok(),
                    _ => None,
                };
                if let Some(entries) = listed {
                    is_dir = true;
                    for e in entries {
                        if self.whiteouts.contains(&join(&canon, &e.name))
                            || out.contains_key(&e.name)
                        {
                            continue;
                        }
                        out.insert(e.name, e.kind);
                    }
                }
            }
        }
        if !is_dir {
            return Err(err(Errno::ENOTDIR, "scandir", path));
        }
        Ok(out
            .into_iter()
            .map(|(name, kind)| DirEntry { name, kind })
            .collect())
    }

    pub fn realpath(&self, path: &str) -> Result<String, SysError> {
        self.lookup(path, true)
            .map(|(_, canon)| canon)
            .map_err(|e| err(e, "realpath", path))
    }

    pub fn mkdir(
        &mut self,
        path: &str,
        recursive: bool,
        mode: u32,
    ) -> Result<Option<String>, SysError> {
        if let Some((i, rel)) = self.direct(path) {
            return self.host_mkdir(i, &rel, path, recursive, mode);
        }
        if recursive {
            if self.lookup(path, true).is_err() {
                self.guard_write(path, "mkdir")?;
            }
            if let Ok((f, _)) = self.lookup(path, true) {
                return if self.stat_of(&f).kind == FileType::Dir {
                    Ok(None)
                } else {
                    Err(err(Errno::EEXIST, "mkdir", path))
                };
            }
            return self.mkdir_p(path, mode);
        }
        if self.lookup(path, false).is_ok() {
            return Err(err(Errno::EEXIST, "mkdir", path));
        }
        let (dir, name) = self.parent_for_write(path, "mkdir")?;
        let k = self.alloc(
            Node::Dir(BTreeMap::new()),
            0o040000 | (mode & 0o7777 & !0o022),
        );
        self.insert_entry(dir, name, k, path);
        Ok(None)
    }

    /// Drop one name of inode `k`; free it when no name and no open description remain.
    fn drop_link(&mut self, k: InodeKey) {
        let n = &mut self.inodes[k];
        n.nlink = n
            .nlink
            .saturating_sub(if matches!(n.node, Node::Dir(_)) { 2 } else { 1 });
        n.ctime = self.clock.now().wall_ms;
        if n.nlink == 0 && n.open == 0 {
            if let Some(Inode {
                node: Node::File(d),
                ..
            }) = self.inodes.remove(k)
            {
                self.used_bytes -= d.len() as u64;
            }
        }
    }

    /// Remove the directory entry `path` (already checked to exist in memory or on the host).
    fn unlink_entry(&mut self, path: &str, is_dir: bool) {
        self.notify(path, "rename");
        if let Some((parent, name)) = split_parent(path) {
            if let Ok((Found::Mem(pk), _)) = self.lookup(&parent, true) {
                let removed = match &mut self.inodes[pk].node {
                    Node::Dir(e) => e.remove(&name),
                    _ => None,
                };
                let now = self.now();
                let p = &mut self.inodes[pk];
                p.mtime = now;
                p.ctime = now;
                if is_dir {
                    p.nlink = p.nlink.saturating_sub(1);
                }
                if let Some(k) = removed {
                    self.drop_link(k);
                }
            }
        }
        // Whatever the host layer holds at this path is hidden from now on.
        if let Ok(Some(_)) = self.host_lookup(path, false) {
            self.whiteouts.insert(path.to_string());
        }
    }

    fn remove(&mut self, path: &str, dir_wanted: bool) -> Result<(), SysError> {
        let sc = if dir_wanted { "rmdir" } else { "unlink" };
        self.guard_write(path, sc)?;
        let (f, _) = self.lookup(path, false).map_err(|e| err(e, sc, path))?;
        let st = self.stat_of(&f);
        match (dir_wanted, st.kind) {
            (true, FileType::Dir) => {
                if !self.readdir(path)?.is_empty() {
                    return Err(err(Errno::ENOTEMPTY, sc, path));
                }
                if path == "/" || self.mounts.iter().any(|m| m.guest == path) {
                    return Err(err(Errno::EBUSY, sc, path));
                }
            }
            (true, _) => return Err(err(Errno::ENOTDIR, sc, path)),
            (false, FileType::Dir) => return Err(err(Errno::EISDIR, sc, path)),
            (false, _) => {}
        }
        if let Some((i, rel)) = self.direct(path) {
            let d = &self.mounts[i].driver;
            if dir_wanted {
                d.rmdir(&rel)
            } else {
                d.unlink(&rel)
            }
            .map_err(|e| err(e, sc, path))?;
            if st.kind == FileType::File && st.nlink <= 1 {
                self.host_bytes = self.host_bytes.saturating_sub(st.size);
            }
            self.notify(path, "rename");
            return Ok(());
        }
        self.unlink_entry(path, dir_wanted);
        Ok(())
    }

    fn rename(&mut self, from: &str, to: &str) -> Result<(), SysError> {
        let sc = "rename";
        let e2 = |code| err2(code, sc, from, to);
        if self.guard_write(from, sc).is_err() || self.guard_write(to, sc).is_err() {
            return Err(e2(Errno::EACCES));
        }
        let (src, _) = self.lookup(from, false).map_err(e2)?;
        let src_st = self.stat_of(&src);
        if from == to {
            return Ok(());
        }
        if src_st.kind == FileType::Dir && path_within(to, from) {
            return Err(e2(Errno::EINVAL));
        }
        if let Ok((dst, _)) = self.lookup(to, false) {
            let dst_st = self.stat_of(&dst);
            if let (Found::Mem(a), Found::Mem(b)) = (&src, &dst) {
                if a == b {
                    return Ok(());
                }
            }
            match (src_st.kind == FileType::Dir, dst_st.kind == FileType::Dir) {
                (true, true) => {
                    if !self.readdir(to)?.is_empty() {
                        return Err(e2(Errno::ENOTEMPTY));
                    }
                }
                (true, false) => return Err(e2(Errno::ENOTDIR)),
                (false, true) => return Err(e2(Errno::EISDIR)),
                (false, false) => {}
            }
            if self.mounts.iter().any(|m| m.guest == to || m.guest == from) {
                return Err(e2(Errno::EBUSY));
            }
        }
        match (self.direct(from), self.direct(to)) {
            (None, None) => {}
            (Some((i, a)), Some((j, b))) if i == j => {
                self.mounts[i].driver.rename(&a, &b).map_err(e2)?;
                self.notify(from, "rename");
                self.notify(to, "rename");
                return Ok(());
            }
            // Out of or into a read-write mount: another device, as on Linux.
            _ => return Err(e2(Errno::EXDEV)),
        }
        if src_st.kind == FileType::Dir {
            // A directory that is (also) on a host mount: its host entries cannot come along.
            if matches!(src, Found::Host(..)) || matches!(self.host_lookup(from, true), Ok(Some(_)))
            {
                // Moving a host directory would mean copying a whole tree up.
                return Err(e2(Errno::EXDEV).with_detail("cross-device link not permitted: a directory on a read-only host mount cannot be moved"));
            }
        }
        let k = self.copy_up(from, sc)?;
        let (dir, name) = self.parent_for_write(to, sc).map_err(|mut e| {
            e.dest = Some(to.to_string());
            e.path = Some(from.to_string());
            e
        })?;
        // Replace the destination, then detach the source name without dropping the inode.
        if self.lookup(to, false).is_ok() {
            let is_dir = src_st.kind == FileType::Dir;
            self.unlink_entry(to, is_dir);
        }
        if let Some((parent, sname)) = split_parent(from) {
            if let Ok((Found::Mem(pk), _)) = self.lookup(&parent, true) {
                if let Node::Dir(e) = &mut self.inodes[pk].node {
                    e.remove(&sname);
                }
                if src_st.kind == FileType::Dir {
                    self.inodes[pk].nlink = self.inodes[pk].nlink.saturating_sub(1);
                }
            }
        }
        if let Ok(Some(_)) = self.host_lookup(from, false) {
            self.whiteouts.insert(from.to_string());
        }
        self.insert_entry(dir, name, k, to);
        let now = self.now();
        self.inodes[k].ctime = now;
        Ok(())
    }

    fn link(&mut self, existing: &str, new: &str) -> Result<(), SysError> {
        let sc = "link";
        let (f, _) = self
            .lookup(existing, false)
            .map_err(|e| err2(e, sc, existing, new))?;
        if self.stat_of(&f).kind == FileType::Dir {
            return Err(err2(Errno::EPERM, sc, existing, new));
        }
        if self.lookup(new, false).is_ok() {
            return Err(err2(Errno::EEXIST, sc, existing, new));
        }
        match (self.direct(existing), self.direct(new)) {
            (None, None) => {}
            (Some((i, a)), Some((j, b))) if i == j => {
                self.mounts[i]
                    .driver
                    .link(&a, &b)
                    .map_err(|e| err2(e, sc, existing, new))?;
                self.notify(new, "rename");
                return Ok(());
            }
            // A hard link never crosses into or out of a read-write mount.
            _ => return Err(err2(Errno::EXDEV, sc, existing, new)),
        }
        let k = self.copy_up(existing, sc)?;
        let (dir, name) = self.parent_for_write(new, sc)?;
        self.inodes[k].nlink += 1;
        self.insert_entry(dir, name, k, new);
        Ok(())
    }

    fn symlink(&mut self, target: &str, path: &str) -> Result<(), SysError> {
        let sc = "symlink";
        if self.lookup(path, false).is_ok() {
            return Err(err2(Errno::EEXIST, sc, target, path));
        }
        if let Some((i, rel)) = self.direct(path) {
            // An absolute target inside this mount is stored so that it works on the host too.
            let m = &self.mounts[i];
            let t = match target.strip_prefix(m.guest.as_str()) {
                Some(r)
                    if target.starts_with('/')
                        && normalize(target) == target
                        && path_within(target, &m.guest) =>
                {
                    LinkTarget::Inside(r.trim_start_matches('/').to_string())
                }
                _ => LinkTarget::Other(target.to_string()),
            };
            self.mounts[i]
                .driver
                .symlink(&t, &rel)
                .map_err(|e| err2(e, sc, target, path))?;
            self.notify(path, "rename");
            return Ok(());
        }
        let (dir, name) = self.parent_for_write(path, sc).map_err(|mut e| {
            e.path = Some(target.to_string());
            e.dest = Some(path.to_string());
            e
        })?;
        let k = self.alloc(Node::Symlink(target.to_string()), 0o120777);
        self.insert_entry(dir, name, k, path);
        Ok(())
    }

    fn readlink(&self, path: &str) -> Result<String, SysError> {
        match self
            .lookup(path, false)
            .map_err(|e| err(e, "readlink", path))?
        {
            (Found::Mem(k), _) => match &self.inodes[k].node {
                Node::Symlink(t) => Ok(t.clone()),
                _ => Err(err(Errno::EINVAL, "readlink", path)),
            },
            (Found::Host(at, md), _) => {
                if md.kind != FileType::Symlink {
                    return Err(err(Errno::EINVAL, "readlink", path));
                }
                let (d, rel) = self
                    .driver_at(&at)
                    .ok_or_else(|| err(Errno::ENOENT, "readlink", path))?;
                let t = d.readlink(rel).map_err(|e| err(e, "readlink", path))?;
                Ok(self.guest_link(&at, t))
            }
        }
    }

    fn modify(
        &mut self,
        path: &str,
        follow: bool,
        syscall: &str,
        f: impl FnOnce(&mut Inode),
    ) -> Result<(), SysError> {
        let canon = self
            .lookup(path, follow)
            .map(|(_, c)| c)
            .map_err(|e| err(e, syscall, path))?;
        let k = self.copy_up(&canon, syscall)?;
        let now = self.now();
        let n = &mut self.inodes[k];
        f(n);
        n.ctime = now;
        self.notify(&canon, "change");
        Ok(())
    }

    fn truncate_inode(
        &mut self,
        k: InodeKey,
        len: u64,
        syscall: &str,
        path: &str,
    ) -> Result<(), SysError> {
        let old = match &self.inodes[k].node {
            Node::File(d) => d.len(),
            Node::Dir(_) => return Err(err(Errno::EISDIR, syscall, path)),
            Node::Symlink(_) => return Err(err(Errno::EINVAL, syscall, path)),
        };
        let len = usize::try_from(len).map_err(|_| err(Errno::EFBIG, syscall, path))?;
        self.charge(old, len, syscall, path)?;
        let now = self.now();
        let n = &mut self.inodes[k];
        if let Node::File(d) = &mut n.node {
            d.resize(len, 0);
        }
        n.mtime = now;
        n.ctime = now;
        Ok(())
    }

    fn copy_file(&mut self, from: &str, to: &str, exclusive: bool) -> Result<(), SysError> {
        let sc = "copyfile";
        let (f, _) = self.lookup(from, true).map_err(|e| err2(e, sc, from, to))?;
        if self.stat_of(&f).kind == FileType::Dir {
            return Err(err2(Errno::EISDIR, sc, from, to));
        }
        let mode = self.stat_of(&f).mode & 0o7777;
        let data = self.read_found(f, sc, from)?;
        if exclusive && self.lookup(to, false).is_ok() {
            return Err(err2(Errno::EEXIST, sc, from, to));
        }
        self.write_file(to, &data, false, false).map_err(|mut e| {
            e.syscall = sc.into();
            e.path = Some(from.to_string());
            e.dest = Some(to.to_string());
            e
        })?;
        // As libuv does, the copy takes the source's permission bits.
        if let Some((i, rel)) = self.direct(to) {
            self.mounts[i]
                .driver
                .chmod(&rel, mode)
                .map_err(|e| err2(e, sc, from, to))?;
        } else if let Ok((Found::Mem(k), _)) = self.lookup(to, true) {
            let n = &mut self.inodes[k];
            n.mode = (n.mode & !0o7777) | mode;
        }
        Ok(())
    }

    fn access(&self, path: &str, mode: u32) -> Result<(), SysError> {
        let (f, _) = self
            .lookup(path, true)
            .map_err(|e| err(e, "access", path))?;
        let st = self.stat_of(&f);
        // The sandbox runs as root: only execute needs a permission bit.
        if mode & 1 != 0 && st.kind != FileType::Dir && st.mode & 0o111 == 0 {
            return Err(err(Errno::EACCES, "access", path));
        }
        Ok(())
    }

    fn mkdtemp(&mut self, prefix: &str) -> Result<String, SysError> {
        const CHARS: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        for _ in 0..100 {
            let mut bytes = [0u8; 6];
            self.entropy.fill(&mut bytes);
            let suffix: String = bytes
                .iter()
                .map(|b| CHARS[*b as usize % CHARS.len()] as char)
                .collect();
            let path = format!("{prefix}{suffix}");
            match self.mkdir(&path, false, 0o700) {
                Ok(_) => return Ok(path),
                Err(e) if e.code == Errno::EEXIST => continue,
                Err(mut e) => {
                    e.syscall = "mkdtemp".into();
                    e.path = Some(format!("{prefix}XXXXXX"));
                    return Err(e);
                }
            }
        }
        Err(err(Errno::EEXIST, "mkdtemp", &format!("{prefix}XXXXXX")))
    }

    // ------------------------------------------------------------------ read-write mounts

    /// `write_file` on a read-write mount: the bytes go to the host file.
    fn host_write_file(
        &mut self,
        i: usize,
        rel: &str,
        path: &str,
        data: &[u8],
        append: bool,
        exclusive: bool,
    ) -> Result<(), SysError> {
        let old = match self.mounts[i].driver.resolve(rel, true) {
            Ok((_, md)) if md.kind == FileType::File => md.size,
            _ => 0,
        };
        let new = if append {
            old + data.len() as u64
        } else {
            data.len() as u64
        };
        if new > old && self.used_bytes + self.host_bytes + (new - old) > self.quota_bytes {
            return Err(err(Errno::ENOSPC, "write", path));
        }
        let mut flags = O_WRONLY | O_CREAT;
        flags |= if append { O_APPEND } else { O_TRUNC };
        if exclusive {
            flags |= O_EXCL;
        }
        let mut f = self.mounts[i]
            .driver
            .open(rel, flags, 0o666)
            .map_err(|e| err(e, "open", path))?;
        f.write_all(data)
            .map_err(|e| err(Errno::from_io(&e), "write", path))?;
        self.charge_host(old, new, "write", path)?;
        self.notify(path, "change");
        Ok(())
    }

    /// `mkdir` on a read-write mount. Returns the first directory created (recursive).
    fn host_mkdir(
        &mut self,
        i: usize,
        rel: &str,
        path: &str,
        recursive: bool,
        mode: u32,
    ) -> Result<Option<String>, SysError> {
        let mode = mode & 0o7777;
        if !recursive {
            self.mounts[i]
                .driver
                .mkdir(rel, mode)
                .map_err(|e| err(e, "mkdir", path))?;
            self.notify(path, "rename");
            return Ok(None);
        }
        // Walk down from the mount root, creating what is missing under the resolved prefix.
        let guest = self.mounts[i].guest.clone();
        let parts: Vec<&str> = rel.split('/').filter(|c| !c.is_empty()).collect();
        let mut canon = String::new();
        let mut first = None;
        for (n, part) in parts.iter().enumerate() {
            let next = if canon.is_empty() {
                part.to_string()
            } else {
                format!("{canon}/{part}")
            };
            let d = &self.mounts[i].driver;
            match d.resolve(&next, true) {
                Ok((c, md)) => {
                    if md.kind != FileType::Dir {
                        let code = if n + 1 == parts.len() {
                            Errno::EEXIST
                        } else {
                            Errno::ENOTDIR
                        };
                        return Err(err(code, "mkdir", path));
                    }
                    canon = c;
                }
                Err(Errno::ENOENT) => {
                    d.mkdir(&next, mode).map_err(|e| err(e, "mkdir", path))?;
                    let made = join(&guest, &next);
                    self.notify(&made, "rename");
                    if first.is_none() {
                        first = Some(made);
                    }
                    canon = next;
                }
                Err(e) => return Err(err(e, "mkdir", path)),
            }
        }
        Ok(first)
    }

    /// Open a path on a read-write mount (`None`: not on one).
    fn open_direct(
        &mut self,
        path: &str,
        flags: i32,
        mode: u32,
    ) -> Result<Option<Target>, SysError> {
        let writing = flags & (O_WRONLY | O_RDWR) != 0 || flags & O_TRUNC != 0;
        let (i, rel) = if writing || flags & O_CREAT != 0 {
            match self.direct(path) {
                Some(d) => d,
                None => return Ok(None),
            }
        } else {
            let canon = match self.lookup(path, flags & O_NOFOLLOW == 0) {
                Ok((_, c)) => c,
                Err(_) => return Ok(None),
            };
            match self.direct(&canon) {
                Some(d) => d,
                None => return Ok(None),
            }
        };
        let old = match self.mounts[i].driver.resolve(&rel, false) {
            Ok((_, md)) if md.kind == FileType::File => Some(md.size),
            _ => None,
        };
        let f = self.mounts[i]
            .driver
            .open(&rel, flags, mode & 0o7777)
            .map_err(|e| err(e, "open", path))?;
        if writing && flags & O_TRUNC != 0 {
            if let Some(old) = old {
                self.charge_host(old, 0, "open", path)?;
            }
        }
        if flags & O_CREAT != 0 && old.is_none() {
            self.notify(path, "rename");
        }
        Ok(Some(Target::HostRw(f)))
    }

    /// The host file behind a descriptor on a read-write mount (`None`: something else).
    fn host_rw_fd(
        &mut self,
        pid: u32,
        fd: u32,
        syscall: &str,
    ) -> Result<Option<&std::fs::File>, SysError> {
        let key = self.file(pid, fd, syscall)?;
        Ok(match &self.files[key].target {
            Target::HostRw(f) => Some(f),
            _ => None,
        })
    }

    fn truncate_host(
        &mut self,
        f: &std::fs::File,
        len: u64,
        syscall: &str,
        path: &str,
    ) -> Result<(), SysError> {
        let old = f
            .metadata()
            .map_err(|e| err(Errno::from_io(&e), syscall, path))?
            .len();
        self.charge_host(old, len, syscall, path)?;
        if let Err(e) = f.set_len(len) {
            // Give the charge back: nothing changed.
            self.host_bytes = self.host_bytes.saturating_sub(len.saturating_sub(old));
            return Err(err(Errno::from_io(&e), syscall, path));
        }
        Ok(())
    }

    /// `write` on a descriptor of a read-write mount.
    fn write_host_fd(
        &mut self,
        key: FileKey,
        data: &[u8],
        position: Option<u64>,
    ) -> Result<u64, SysError> {
        let of = &self.files[key];
        let Target::HostRw(f) = &of.target else {
            return Err(SysError::new(Errno::EBADF, "write"));
        };
        let old = f
            .metadata()
            .map_err(|e| SysError::new(Errno::from_io(&e), "write"))?
            .len();
        let at = if of.flags & O_APPEND != 0 {
            old
        } else {
            position.unwrap_or(of.offset)
        };
        let end = at
            .checked_add(data.len() as u64)
            .ok_or_else(|| SysError::new(Errno::EFBIG, "write"))?;
        let grow = end.saturating_sub(old);
        if self.used_bytes + self.host_bytes + grow > self.quota_bytes {
            return Err(SysError::new(Errno::ENOSPC, "write"));
        }
        f.write_all_at(data, at)
            .map_err(|e| SysError::new(Errno::from_io(&e), "write"))?;
        self.host_bytes += grow;
        let append = of.flags & O_APPEND != 0;
        let of = &mut self.files[key];
        if position.is_none() || append {
            of.offset = end;
        }
        let p = of.path.clone();
        self.notify(&p, "change");
        Ok(data.len() as u64)
    }

    // ------------------------------------------------------------------ descriptors

    fn open(&mut self, pid: u32, path: &str, flags: i32, mode: u32) -> Result<u32, SysError> {
        let table = self.fds.entry(pid).or_default();
        if table.len() >= MAX_FDS {
            return Err(err(Errno::EMFILE, "open", path));
        }
        let writing = flags & (O_WRONLY | O_RDWR) != 0 || flags & O_TRUNC != 0;
        let target = if let Some(t) = self.open_direct(path, flags, mode)? {
            t
        } else if writing || flags & O_CREAT != 0 {
            Target::Mem(self.open_inode(path, flags, mode, "open")?)
        } else {
            match self
                .lookup(path, flags & O_NOFOLLOW == 0)
                .map_err(|e| err(e, "open", path))?
            {
                (Found::Mem(k), _) => {
                    if let Node::Symlink(_) = self.inodes[k].node {
                        return Err(err(Errno::ELOOP, "open", path));
                    }
                    if flags & O_DIRECTORY != 0 && !matches!(self.inodes[k].node, Node::Dir(_)) {
                        return Err(err(Errno::ENOTDIR, "open", path));
                    }
                    Target::Mem(k)
                }
                (Found::Host(at, md), canon) => {
                    let overlay = self
                        .mount_for(&at)
                        .is_some_and(|m| m.driver.writes() == Writes::CopyUp);
                    if md.kind == FileType::Dir && overlay {
                        // Directories are not read through descriptors here: keep a memory
                        // inode (copy-up of the directory itself, not its contents).
                        Target::Mem(self.copy_up(&canon, "open")?)
                    } else if md.kind == FileType::Dir {
                        // A read-only mount: the host directory itself (nothing is copied).
                        let (d, rel) = self
                            .driver_at(&at)
                            .ok_or_else(|| err(Errno::ENOENT, "open", path))?;
                        Target::Host(
                            d.open(rel, O_DIRECTORY, 0)
                                .map_err(|e| err(e, "open", path))?,
                        )
                    } else {
                        if flags & O_DIRECTORY != 0 {
                            return Err(err(Errno::ENOTDIR, "open", path));
                        }
                        let (d, rel) = self
                            .driver_at(&at)
                            .ok_or_else(|| err(Errno::ENOENT, "open", path))?;
                        Target::Host(d.open(rel, 0, 0).map_err(|e| err(e, "open", path))?)
                    }
                }
            }
        };
        if let Target::Mem(k) = &target {
            self.inodes[*k].open += 1;
        }
        let key = self.files.insert(OpenFile {
            target,
            flags,
            offset: 0,
            path: path.to_string(),
        });
        let table = self.fds.entry(pid).or_default();
        let mut fd = 3;
        for &used in table.keys() {
            if used == fd {
                fd += 1;
            } else if used > fd {
                break;
            }
        }
        table.insert(fd, key);
        Ok(fd)
    }

    fn file(&mut self, pid: u32, fd: u32, syscall: &str) -> Result<FileKey, SysError> {
        self.fds
            .get(&pid)
            .and_then(|t| t.get(&fd).copied())
            .ok_or_else(|| SysError::new(Errno::EBADF, syscall))
    }

    fn close(&mut self, pid: u32, fd: u32) -> Result<(), SysError> {
        let key = self.file(pid, fd, "close")?;
        if let Some(t) = self.fds.get_mut(&pid) {
            t.remove(&fd);
        }
        self.release(key);
        Ok(())
    }

    fn release(&mut self, key: FileKey) {
        if let Some(OpenFile {
            target: Target::Mem(k),
            ..
        }) = self.files.remove(key)
        {
            if let Some(n) = self.inodes.get_mut(k) {
                n.open = n.open.saturating_sub(1);
                if n.open == 0 && n.nlink == 0 {
                    if let Some(Inode {
                        node: Node::File(d),
                        ..
                    }) = self.inodes.remove(k)
                    {
                        self.used_bytes -= d.len() as u64;
                    }
                }
            }
        }
    }

    fn close_all(&mut self, pid: u32) {
        let ids: Vec<u32> = self
            .watches
            .iter()
            .filter(|(_, w)| w.pid == pid)
            .map(|(id, _)| *id)
            .collect();
        for id in ids {
            if let Some(Watch {
                waiting: Some(r), ..
            }) = self.watches.remove(&id)
            {
                r.send(Ok(Reply::Events(Vec::new())));
            }
        }
        if let Some(t) = self.fds.remove(&pid) {
            for (_, key) in t {
                self.release(key);
            }
        }
    }

    fn read_fd(
        &mut self,
        pid: u32,
        fd: u32,
        len: u32,
        position: Option<u64>,
    ) -> Result<Vec<u8>, SysError> {
        let key = self.file(pid, fd, "read")?;
        let now = self.now();
        let of = &mut self.files[key];
        if of.flags & 0o3 == O_WRONLY {
            return Err(SysError::new(Errno::EBADF, "read"));
        }
        let at = position.unwrap_or(of.offset);
        let len = len.min(64 * 1024 * 1024) as usize;
        let data = match &of.target {
            Target::Mem(k) => {
                let n = &mut self.inodes[*k];
                let d = match &n.node {
                    Node::File(d) => d,
                    Node::Dir(_) => return Err(SysError::new(Errno::EISDIR, "read")),
                    Node::Symlink(_) => return Err(SysError::new(Errno::EINVAL, "read")),
                };
                let start = (at as usize).min(d.len());
                let end = start.saturating_add(len).min(d.len());
                let out = d[start..end].to_vec();
                n.atime = now;
                out
            }
            Target::Host(f) | Target::HostRw(f) => {
                let mut buf = vec![0u8; len];
                let mut got = 0;
                while got < len {
                    match f.read_at(&mut buf[got..], at + got as u64) {
                        Ok(0) => break,
                        Ok(n) => got += n,
                        Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                        Err(e) => return Err(SysError::new(Errno::from_io(&e), "read")),
                    }
                }
                buf.truncate(got);
                buf
            }
        };
        if position.is_none() {
            self.files[key].offset = at + data.len() as u64;
        }
        Ok(data)
    }

    fn write_fd(
        &mut self,
        pid: u32,
        fd: u32,
        data: &[u8],
        position: Option<u64>,
    ) -> Result<u64, SysError> {
        let key = self.file(pid, fd, "write")?;
        let of = &self.files[key];
        if of.flags & 0o3 == 0 {
            return Err(SysError::new(Errno::EBADF, "write"));
        }
        let k = match &of.target {
            Target::Mem(k) => *k,
            Target::HostRw(_) => return self.write_host_fd(key, data, position),
            Target::Host(_) => return Err(SysError::new(Errno::EBADF, "write")),
        };
        let old = match &self.inodes[k].node {
            Node::File(d) => d.len(),
            _ => return Err(SysError::new(Errno::EISDIR, "write")),
        };
        let at = if of.flags & O_APPEND != 0 {
            old as u64
        } else {
            position.unwrap_or(of.offset)
        };
        let at = usize::try_from(at).map_err(|_| SysError::new(Errno::EFBIG, "write"))?;
        let end = at
            .checked_add(data.len())
            .ok_or_else(|| SysError::new(Errno::EFBIG, "write"))?;
        let new_len = old.max(end);
        if new_len > old
            && self.used_bytes + self.host_bytes + (new_len - old) as u64 > self.quota_bytes
        {
            return Err(SysError::new(Errno::ENOSPC, "write"));
        }
        self.used_bytes += (new_len - old) as u64;
        let now = self.now();
        let n = &mut self.inodes[k];
        if let Node::File(d) = &mut n.node {
            if d.len() < end {
                d.resize(end, 0);
            }
            d[at..end].copy_from_slice(data);
        }
        n.mtime = now;
        n.ctime = now;
        let of = &mut self.files[key];
        if position.is_none() || of.flags & O_APPEND != 0 {
            of.offset = end as u64;
        }
        let p = self.files[key].path.clone();
        self.notify(&p, "change");
        Ok(data.len() as u64)
    }

    fn fstat(&mut self, pid: u32, fd: u32) -> Result<Stat, SysError> {
        let key = self.file(pid, fd, "fstat")?;
        match &self.files[key].target {
            Target::Mem(k) => Ok(self.stat_inode(*k)),
            Target::Host(f) | Target::HostRw(f) => {
                let md = f
                    .metadata()
                    .map_err(|e| SysError::new(Errno::from_io(&e), "fstat"))?;
                let at = self.files[key].path.clone();
                Ok(self.stat_of(&Found::Host(at, mount::stat_of(&md))))
            }
        }
    }

    /// The memory inode behind a descriptor that will be changed.
    fn fd_inode(&mut self, pid: u32, fd: u32, syscall: &str) -> Result<InodeKey, SysError> {
        let key = self.file(pid, fd, syscall)?;
        match self.files[key].target {
            Target::Mem(k) => Ok(k),
            // Opened read-only from the host: changing it needs a writable descriptor.
            Target::Host(_) | Target::HostRw(_) => Err(SysError::new(Errno::EBADF, syscall)),
        }
    }

    fn statfs(&self) -> StatFs {
        let bsize = 4096u64;
        StatFs {
            fs_type: 0x0102_1994,
            bsize,
            blocks: self.quota_bytes / bsize,
            bfree: self
                .quota_bytes
                .saturating_sub(self.used_bytes + self.host_bytes)
                / bsize,
            bavail: self
                .quota_bytes
                .saturating_sub(self.used_bytes + self.host_bytes)
                / bsize,
            files: 1 << 20,
            ffree: (1u64 << 20).saturating_sub(self.inodes.len() as u64),
        }
    }

    /// The kind of what a path written with a trailing slash names (a final symlink followed);
    /// `None` without a slash or when nothing is there (the operation reports that itself).
    fn slash_kind(&self, path: &CheckedPath, follow: bool) -> Option<FileType> {
        if !path.trailing_slash() {
            return None;
        }
        let (f, _) = self.lookup(path.as_str(), follow).ok()?;
        Some(self.stat_of(&f).kind)
    }

    /// `file/` must name a directory: ENOTDIR when it names something else (as Linux does).
    fn slash_dir(&self, path: &CheckedPath, syscall: &str) -> Result<(), SysError> {
        match self.slash_kind(path, true) {
            Some(k) if k != FileType::Dir => Err(err(Errno::ENOTDIR, syscall, path.as_str())),
            _ => Ok(()),
        }
    }

    /// A trailing slash on a name that is about to be created as a file: EISDIR, as Linux's
    /// open(O_CREAT) reports.
    fn slash_create(&self, path: &CheckedPath, syscall: &str) -> Result<(), SysError> {
        if path.trailing_slash() {
            return Err(err(Errno::EISDIR, syscall, path.as_str()));
        }
        Ok(())
    }

    /// A directory entry named with a trailing slash (unlink, rmdir, rename): the entry itself
    /// must be a directory, not a symlink to one.
    fn slash_entry(
        &self,
        path: &CheckedPath,
        syscall: &str,
        dest: Option<&CheckedPath>,
    ) -> Result<(), SysError> {
        match self.slash_kind(path, false) {
            Some(k) if k != FileType::Dir => {
                let mut e = err(Errno::ENOTDIR, syscall, path.as_str());
                e.dest = dest.map(|d| d.as_str().to_string());
                Err(e)
            }
            _ => Ok(()),
        }
    }

    fn handle(&mut self, op: VfsOp) -> Result<Either, SysError> {
        let r = match op {
            VfsOp::Stat { path, follow } => {
                let sc = if follow { "stat" } else { "lstat" };
                self.slash_dir(&path, sc)?;
                let follow = follow || path.trailing_slash();
                let (f, _) = self.resolve(&path, follow, sc)?;
                Reply::Stat(self.stat_of(&f))
            }
            VfsOp::ReadFile { path } => {
                self.slash_dir(&path, "open")?;
                let (f, _) = self.resolve(&path, true, "open")?;
                Reply::Bytes(self.read_found(f, "open", path.as_str())?)
            }
            VfsOp::WriteFile {
                path,
                data,
                append,
                exclusive,
            } => {
                self.slash_create(&path, "open")?;
                let dest = self.checked(&path, self.dest_of(path.as_str(), true), "open")?;
                self.write_file(&dest, &data, append, exclusive)
                    .map_err(|e| relabel(e, &path, None))?;
                Reply::Unit
            }
            VfsOp::Readdir { path } => {
                let (_, canon) = self.resolve(&path, true, "scandir")?;
                Reply::Entries(self.readdir(&canon).map_err(|mut e| {
                    e.path = Some(path.as_str().to_string());
                    e
                })?)
            }
            VfsOp::Realpath { path } => Reply::Path(self.resolve(&path, true, "realpath")?.1),
            VfsOp::Mkdir {
                path,
                recursive,
                mode,
            } => {
                let dest = self.checked(&path, self.dest_of(path.as_str(), recursive), "mkdir")?;
                let first = self
                    .mkdir(&dest, recursive, mode)
                    .map_err(|e| relabel(e, &path, None))?;
                // Report the first created directory as the caller spelled the path.
                Reply::MaybePath(first.map(|f| {
                    if dest == path.as_str() {
                        f
                    } else {
                        format!("{}{}", path.as_str(), &f[dest.len().min(f.len())..])
                    }
                }))
            }
            VfsOp::Unlink { path } => {
                self.slash_entry(&path, "unlink", None)?;
                let dest = self.checked(&path, self.entry_of(path.as_str()), "unlink")?;
                self.remove(&dest, false)
                    .map_err(|e| relabel(e, &path, None))?;
                Reply::Unit
            }
            VfsOp::Rmdir { path } => {
                self.slash_entry(&path, "rmdir", None)?;
                let dest = self.checked(&path, self.entry_of(path.as_str()), "rmdir")?;
                self.remove(&dest, true)
                    .map_err(|e| relabel(e, &path, None))?;
                Reply::Unit
            }
            VfsOp::Chdir { path, pid } => {
                self.slash_dir(&path, "chdir")?;
                let (f, canon) = self.resolve(&path, true, "chdir")?;
                if self.stat_of(&f).kind != FileType::Dir {
                    return Err(err(Errno::ENOTDIR, "chdir", path.as_str()));
                }
                return Ok(Either::Chdir(pid, canon));
            }
            VfsOp::Open {
                pid,
                path,
                flags,
                mode,
            } => {
                // Follow symlinks under the permission rules before opening; a write or a
                // creation is checked where it lands.
                let writes = flags & (O_WRONLY | O_RDWR | O_CREAT | O_TRUNC | O_APPEND) != 0;
                if flags & O_CREAT != 0 {
                    self.slash_create(&path, "open")?;
                } else {
                    self.slash_dir(&path, "open")?;
                }
                let follow = flags & O_NOFOLLOW == 0 || path.trailing_slash();
                let target = if writes {
                    self.checked(&path, self.dest_of(path.as_str(), follow), "open")?
                } else {
                    self.resolve(&path, follow, "open")?.1
                };
                Reply::Fd(self.open(pid, &target, flags, mode).map_err(|mut e| {
                    e.path = Some(path.as_str().to_string());
                    e
                })?)
            }
            VfsOp::Close { pid, fd } => {
                self.close(pid, fd)?;
                Reply::Unit
            }
            VfsOp::Read {
                pid,
                fd,
                len,
                position,
            } => Reply::Bytes(self.read_fd(pid, fd, len, position)?),
            VfsOp::Write {
                pid,
                fd,
                data,
                position,
            } => Reply::Count(self.write_fd(pid, fd, &data, position)?),
            VfsOp::Fstat { pid, fd } => Reply::Stat(self.fstat(pid, fd)?),
            VfsOp::Ftruncate { pid, fd, len } => {
                let key = self.file(pid, fd, "ftruncate")?;
                if self.files[key].flags & 0o3 == 0 {
                    return Err(SysError::new(Errno::EINVAL, "ftruncate"));
                }
                if let Target::HostRw(f) = &self.files[key].target {
                    let f = f
                        .try_clone()
                        .map_err(|e| SysError::new(Errno::from_io(&e), "ftruncate"))?;
                    self.truncate_host(&f, len, "ftruncate", "")
                        .map_err(|mut e| {
                            e.path = None;
                            e
                        })?;
                    return Ok(Either::Reply(Reply::Unit));
                }
                let k = self.fd_inode(pid, fd, "ftruncate")?;
                self.truncate_inode(k, len, "ftruncate", "")?;
                Reply::Unit
            }
            VfsOp::Fsync { pid, fd, datasync } => {
                let sc = if datasync { "fdatasync" } else { "fsync" };
                if let Some(f) = self.host_rw_fd(pid, fd, sc)? {
                    if datasync {
                        f.sync_data()
                    } else {
                        f.sync_all()
                    }
                    .map_err(|e| SysError::new(Errno::from_io(&e), sc))?;
                }
                Reply::Unit
            }
            VfsOp::Truncate { path, len } => {
                self.slash_dir(&path, "open")?;
                let (_, canon) = self.resolve(&path, true, "open")?;
                if let Some((i, rel)) = self.direct(&canon) {
                    let f = self.mounts[i]
                        .driver
                        .open(&rel, O_WRONLY, 0)
                        .map_err(|e| err(e, "open", path.as_str()))?;
                    self.truncate_host(&f, len, "open", path.as_str())?;
                    self.notify(&canon, "change");
                    return Ok(Either::Reply(Reply::Unit));
                }
                let k = self.open_inode(&canon, O_WRONLY, 0o666, "open")?;
                self.truncate_inode(k, len, "open", path.as_str())?;
                self.notify(&canon, "change");
                Reply::Unit
            }
            VfsOp::Rename { from, to } => {
                if to.trailing_slash() {
                    // `rename(file, 'dest/')`: only a directory can take a directory's name.
                    if let Ok((f, _)) = self.lookup(from.as_str(), false) {
                        if self.stat_of(&f).kind != FileType::Dir {
                            return Err(err2(Errno::ENOTDIR, "rename", from.as_str(), to.as_str()));
                        }
                    }
                }
                self.slash_entry(&from, "rename", Some(&to))?;
                let a = self
                    .checked(&from, self.entry_of(from.as_str()), "rename")
                    .map_err(|e| relabel(e, &from, Some(&to)))?;
                let b = self
                    .checked(&to, self.entry_of(to.as_str()), "rename")
                    .map_err(|e| relabel(e, &from, Some(&to)))?;
                self.rename(&a, &b)
                    .map_err(|e| relabel(e, &from, Some(&to)))?;
                Reply::Unit
            }
            VfsOp::Link { existing, new } => {
                if let Some(k) = self.slash_kind(&existing, true) {
                    if k != FileType::Dir {
                        return Err(err2(
                            Errno::ENOTDIR,
                            "link",
                            existing.as_str(),
                            new.as_str(),
                        ));
                    }
                }
                if new.trailing_slash() && self.lookup(new.as_str(), false).is_err() {
                    return Err(err2(Errno::ENOENT, "link", existing.as_str(), new.as_str()));
                }
                let a = self
                    .checked(&existing, self.entry_of(existing.as_str()), "link")
                    .map_err(|e| relabel(e, &existing, Some(&new)))?;
                let b = self
                    .checked(&new, self.entry_of(new.as_str()), "link")
                    .map_err(|e| relabel(e, &existing, Some(&new)))?;
                self.link(&a, &b)
                    .map_err(|e| relabel(e, &existing, Some(&new)))?;
                Reply::Unit
            }
            VfsOp::Symlink { target, path } => {
                if path.trailing_slash() && self.lookup(path.as_str(), false).is_err() {
                    return Err(err2(Errno::ENOENT, "symlink", &target, path.as_str()));
                }
                let dest = self.checked(&path, self.entry_of(path.as_str()), "symlink")?;
                self.symlink(&target, &dest).map_err(|mut e| {
                    e.path = Some(target.clone());
                    e.dest = Some(path.as_str().to_string());
                    e
                })?;
                Reply::Unit
            }
            VfsOp::Readlink { path } => {
                match self.slash_kind(&path, true) {
                    Some(FileType::Dir) => {
                        return Err(err(Errno::EINVAL, "readlink", path.as_str()))
                    }
                    Some(_) => return Err(err(Errno::ENOTDIR, "readlink", path.as_str())),
                    None => {}
                }
                let dest = self.checked(&path, self.entry_of(path.as_str()), "readlink")?;
                Reply::Path(self.readlink(&dest).map_err(|e| relabel(e, &path, None))?)
            }
            VfsOp::Chmod { path, mode, follow } => {
                let sc = if follow { "chmod" } else { "lchmod" };
                self.slash_dir(&path, sc)?;
                let follow = follow || path.trailing_slash();
                let (_, canon) = self.resolve(&path, follow, sc)?;
                if let Some((i, rel)) = self.direct(&canon) {
                    self.mounts[i]
                        .driver
                        .chmod(&rel, mode)
                        .map_err(|e| err(e, sc, path.as_str()))?;
                    self.notify(&canon, "change");
                    return Ok(Either::Reply(Reply::Unit));
                }
                self.modify(&canon, false, sc, |n| {
                    n.mode = (n.mode & !0o7777) | (mode & 0o7777)
                })?;
                Reply::Unit
            }
            VfsOp::Fchmod { pid, fd, mode } => {
                if let Some(f) = self.host_rw_fd(pid, fd, "fchmod")? {
                    f.set_permissions(std::fs::Permissions::from_mode(mode & 0o7777))
                        .map_err(|e| SysError::new(Errno::from_io(&e), "fchmod"))?;
                    return Ok(Either::Reply(Reply::Unit));
                }
                let k = self.fd_inode(pid, fd, "fchmod")?;
                let n = &mut self.inodes[k];
                n.mode = (n.mode & !0o7777) | (mode & 0o7777);
                Reply::Unit
            }
            VfsOp::Chown {
                path,
                uid,
                gid,
                follow,
            } => {
                let sc = if follow { "chown" } else { "lchown" };
                self.slash_dir(&path, sc)?;
                let follow = follow || path.trailing_slash();
                let (_, canon) = self.resolve(&path, follow, sc)?;
                if let Some((i, rel)) = self.direct(&canon) {
                    self.mounts[i]
                        .driver
                        .chown(&rel, uid, gid)
                        .map_err(|e| err(e, sc, path.as_str()))?;
                    self.notify(&canon, "change");
                    return Ok(Either::Reply(Reply::Unit));
                }
                self.modify(&canon, false, sc, |n| n.set_owner(uid, gid))?;
                Reply::Unit
            }
            VfsOp::Fchown { pid, fd, uid, gid } => {
                if let Some(f) = self.host_rw_fd(pid, fd, "fchown")? {
                    std::os::unix::fs::fchown(f, uid, gid)
                        .map_err(|e| SysError::new(Errno::from_io(&e), "fchown"))?;
                    return Ok(Either::Reply(Reply::Unit));
                }
                let k = self.fd_inode(pid, fd, "fchown")?;
                self.inodes[k].set_owner(uid, gid);
                Reply::Unit
            }
            VfsOp::Utimes {
                path,
                atime_ms,
                mtime_ms,
                follow,
            } => {
                let sc = if follow { "utime" } else { "lutime" };
                self.slash_dir(&path, sc)?;
                let follow = follow || path.trailing_slash();
                let (_, canon) = self.resolve(&path, follow, sc)?;
                if let Some((i, rel)) = self.direct(&canon) {
                    self.mounts[i]
                        .driver
                        .utimes(&rel, atime_ms, mtime_ms)
                        .map_err(|e| err(e, sc, path.as_str()))?;
                    self.notify(&canon, "change");
                    return Ok(Either::Reply(Reply::Unit));
                }
                self.modify(&canon, false, sc, |n| {
                    n.atime = atime_ms;
                    n.mtime = mtime_ms;
                })?;
                Reply::Unit
            }
            VfsOp::Futimes {
                pid,
                fd,
                atime_ms,
                mtime_ms,
            } => {
                if let Some(f) = self.host_rw_fd(pid, fd, "futime")? {
                    let ts = [mount::timespec(atime_ms), mount::timespec(mtime_ms)];
                    // SAFETY: an open descriptor and two timespecs.
                    if unsafe { libc::futimens(f.as_raw_fd(), ts.as_ptr()) } < 0 {
                        return Err(SysError::new(
                            Errno::from_io(&std::io::Error::last_os_error()),
                            "futime",
                        ));
                    }
                    return Ok(Either::Reply(Reply::Unit));
                }
                let k = self.fd_inode(pid, fd, "futime")?;
                let n = &mut self.inodes[k];
                n.atime = atime_ms;
                n.mtime = mtime_ms;
                Reply::Unit
            }
            VfsOp::CopyFile {
                from,
                to,
                exclusive,
            } => {
                self.slash_dir(&from, "copyfile")
                    .map_err(|e| relabel(e, &from, Some(&to)))?;
                self.slash_create(&to, "copyfile")
                    .map_err(|e| relabel(e, &from, Some(&to)))?;
                let (_, src) = self.resolve(&from, true, "copyfile")?;
                let dest = self
                    .checked(&to, self.dest_of(to.as_str(), true), "copyfile")
                    .map_err(|e| relabel(e, &from, Some(&to)))?;
                self.copy_file(&src, &dest, exclusive).map_err(|mut e| {
                    e.path = Some(from.as_str().to_string());
                    e
                })?;
                Reply::Unit
            }
            VfsOp::Access { path, mode } => {
                self.slash_dir(&path, "access")?;
                let (_, canon) = self.resolve(&path, true, "access")?;
                self.access(&canon, mode)
                    .map_err(|e| relabel(e, &path, None))?;
                Reply::Unit
            }
            VfsOp::Statfs { path } => {
                self.resolve(&path, true, "statfs")?;
                Reply::StatFs(self.statfs())
            }
            VfsOp::Mkdtemp { prefix, inside } => {
                let dest = self.checked(&prefix, self.entry_of(prefix.as_str()), "mkdtemp")?;
                let (base, shown) = if inside && dest != "/" {
                    (format!("{dest}/"), format!("{}/", prefix.as_str()))
                } else {
                    (dest, prefix.as_str().to_string())
                };
                let made = self.mkdtemp(&base)?;
                Reply::Path(format!("{shown}{}", &made[base.len()..]))
            }
            VfsOp::WatchAdd {
                pid,
                path,
                recursive,
            } => {
                let (_, canon) = self.resolve(&path, true, "watch")?;
                if self.watches.values().filter(|w| w.pid == pid).count() >= MAX_FDS {
                    return Err(err(Errno::EMFILE, "watch", path.as_str()));
                }
                let id = self.next_watch;
                self.next_watch += 1;
                self.watches.insert(
                    id,
                    Watch {
                        pid,
                        path: canon,
                        recursive,
                        events: Vec::new(),
                        waiting: None,
                    },
                );
                Reply::Fd(id)
            }
            VfsOp::WatchNext { pid, id } => match self.watches.get_mut(&id) {
                Some(w) if w.pid == pid && !w.events.is_empty() => {
                    Reply::Events(std::mem::take(&mut w.events))
                }
                Some(w) if w.pid == pid => return Ok(Either::Park(id)),
                _ => Reply::Events(Vec::new()),
            },
            VfsOp::WatchRemove { pid, id } => {
                if self.watches.get(&id).is_some_and(|w| w.pid == pid) {
                    if let Some(Watch {
                        waiting: Some(r), ..
                    }) = self.watches.remove(&id)
                    {
                        r.send(Ok(Reply::Events(Vec::new())));
                    }
                }
                Reply::Unit
            }
            VfsOp::CloseAll { pid } => {
                self.close_all(pid);
                Reply::Unit
            }
        };
        Ok(Either::Reply(r))
    }

    /// Bytes of file data held in memory.
    pub fn used_bytes(&self) -> u64 {
        self.used_bytes
    }
}

enum Either {
    Reply(Reply),
    Chdir(u32, String),
    /// Keep the reply until watch `id` has events.
    Park(u32),
}

/// The actor loop.
pub(crate) fn run(mut vfs: Vfs, rx: Receiver<VfsMsg>, procs: Sender<ProcMsg>) {
    while let Ok(msg) = super::recv_spin(&rx, super::SPIN) {
        match msg {
            VfsMsg::Op { op, reply } => {
                let _span = tracing::trace_span!("vfs").entered();
                if op.may_change_tree() {
                    vfs.generation
                        .fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                }
                match vfs.handle(op) {
                    Ok(Either::Reply(r)) => reply.send(Ok(r)),
                    Ok(Either::Chdir(pid, path)) => {
                        let _ = procs.send(ProcMsg::SetCwd { pid, path, reply });
                    }
                    Ok(Either::Park(id)) => match vfs.watches.get_mut(&id) {
                        Some(w) => {
                            // A newer wait replaces an older one, which ends empty.
                            if let Some(old) = w.waiting.replace(reply) {
                                old.send(Ok(Reply::Events(Vec::new())));
                            }
                        }
                        None => reply.send(Ok(Reply::Events(Vec::new()))),
                    },
                    Err(e) => reply.send(Err(e)),
                }
            }
            VfsMsg::Barrier(done) => {
                let _ = done.send(());
            }
            VfsMsg::Shutdown => break,
        }
    }
}

impl VfsOp {
    /// Whether this operation may change what a path lookup finds (files, directories, links,
    /// contents). Reads and descriptor operations on already open files do not.
    fn may_change_tree(&self) -> bool {
        match self {
            VfsOp::Stat { .. }
            | VfsOp::ReadFile { .. }
            | VfsOp::Readdir { .. }
            | VfsOp::Realpath { .. }
            | VfsOp::Chdir { .. }
            | VfsOp::Close { .. }
            | VfsOp::Read { .. }
            | VfsOp::Fstat { .. }
            | VfsOp::Fsync { .. }
            | VfsOp::Readlink { .. }
            | VfsOp::Access { .. }
            | VfsOp::Statfs { .. }
            | VfsOp::WatchAdd { .. }
            | VfsOp::WatchNext { .. }
            | VfsOp::WatchRemove { .. } => false,
            VfsOp::Open { flags, .. } => {
                flags & (O_WRONLY | O_RDWR | O_CREAT | O_TRUNC | O_APPEND) != 0
            }
            _ => true,
        }
    }
}

impl Vfs {
    /// The counter the VFS bumps before each change (see [`super::resolver`]).
    pub fn generation(&self) -> super::resolver::Generation {
        self.generation.clone()
    }
}

/// Run one op directly (unit tests, property tests and benchmarks of the VFS alone).
pub fn apply(vfs: &mut Vfs, op: VfsOp) -> SysResult {
    match vfs.handle(op)? {
        Either::Reply(r) => Ok(r),
        Either::Chdir(_, p) => Ok(Reply::Path(p)),
        Either::Park(_) => Ok(Reply::Events(Vec::new())),
    }
}

#[cfg(test)]
mod tests;
