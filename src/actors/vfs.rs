//! The virtual filesystem actor.
//!
//! State: an in-memory inode tree (inodes in a slotmap) plus a list of read-only host
//! directories mounted at guest paths. A path under a host mount is looked up in memory first,
//! then on the host; writes under a mount land in the memory layer (the host is never written),
//! and removing a host file leaves a whiteout. A host lookup never leaves its mount: the guest
//! path is normalised before it is joined, and the host path's canonical form must stay under the
//! mount's canonical root, so `..` and symlinks cannot escape.
//!
//! Every operation takes a [`CheckedPath`], which only the permission checker can make.

use std::collections::{BTreeMap, HashSet};
use std::os::unix::fs::MetadataExt;
use std::path::PathBuf;
use std::sync::Arc;

use crossbeam_channel::{Receiver, Sender};
use slotmap::{new_key_type, SlotMap};

use super::permissions::{normalize, path_within, CheckedPath};
use super::process::ProcMsg;
use super::{Clock, ReplyTo};
use crate::syscalls::{DirEntry, Errno, FileType, Reply, Stat, SysError, SysResult};

new_key_type! { struct InodeKey; }

const MAX_SYMLINKS: usize = 40;
const NAME_MAX: usize = 255;
const PATH_MAX: usize = 4096;

/// A host directory made visible inside the sandbox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HostMount {
    /// Absolute guest path where the directory appears.
    pub guest: String,
    /// Host directory.
    pub host: PathBuf,
    /// Whether sandbox writes may reach the host. Only read-only mounts are implemented: a
    /// writable mount is refused when the filesystem is built.
    pub writable: bool,
}

/// The filesystem a runtime starts with.
#[derive(Debug, Clone, Default)]
pub struct FsConfig {
    /// Host directories mounted read-only (writes go to the in-memory layer).
    pub mounts: Vec<HostMount>,
    /// Files created in memory before the first process starts: (guest path, contents).
    pub files: Vec<(String, Vec<u8>)>,
    /// Directories created in memory before the first process starts.
    pub dirs: Vec<String>,
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
    nlink: u32,
    atime: f64,
    mtime: f64,
    ctime: f64,
    birthtime: f64,
}

/// One filesystem operation on an approved path.
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
}

impl VfsOp {
    fn syscall(&self) -> &'static str {
        match self {
            VfsOp::Stat { follow: true, .. } => "stat",
            VfsOp::Stat { follow: false, .. } => "lstat",
            VfsOp::ReadFile { .. } | VfsOp::WriteFile { .. } => "open",
            VfsOp::Readdir { .. } => "scandir",
            VfsOp::Realpath { .. } => "realpath",
            VfsOp::Mkdir { .. } => "mkdir",
            VfsOp::Unlink { .. } => "unlink",
            VfsOp::Rmdir { .. } => "rmdir",
            VfsOp::Chdir { .. } => "chdir",
        }
    }
}

/// Messages the VFS actor accepts.
pub enum VfsMsg {
    Op { op: VfsOp, reply: ReplyTo },
    Shutdown,
}

/// Where a path was found.
enum Found {
    Mem(InodeKey),
    Host(PathBuf, std::fs::Metadata),
}

struct Mount {
    guest: String,
    host: PathBuf,
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
    #[error(
        "cannot mount {host:?} at {guest:?} read-write: only read-only host mounts are supported \
         (writes land in the in-memory layer)"
    )]
    WritableMount { host: PathBuf, guest: String },
    #[error("cannot create {path:?} in the initial filesystem: {source}")]
    Seed { path: String, source: SysError },
}

impl Vfs {
    pub fn new(config: &FsConfig, clock: Arc<dyn Clock>) -> Result<Self, FsConfigError> {
        let now = clock.now().wall_ms;
        let mut inodes = SlotMap::with_key();
        let root = inodes.insert(Inode {
            node: Node::Dir(BTreeMap::new()),
            ino: 1,
            mode: 0o040755,
            nlink: 2,
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
        };
        for m in &config.mounts {
            if !m.guest.starts_with('/') {
                return Err(FsConfigError::RelativeGuest {
                    host: m.host.clone(),
                    guest: m.guest.clone(),
                });
            }
            if m.writable {
                return Err(FsConfigError::WritableMount {
                    host: m.host.clone(),
                    guest: m.guest.clone(),
                });
            }
            let host = std::fs::canonicalize(&m.host).map_err(|source| FsConfigError::HostDir {
                host: m.host.clone(),
                guest: m.guest.clone(),
                source,
            })?;
            if !host.is_dir() {
                return Err(FsConfigError::HostDir {
                    host: m.host.clone(),
                    guest: m.guest.clone(),
                    source: std::io::Error::new(
                        std::io::ErrorKind::NotADirectory,
                        "not a directory",
                    ),
                });
            }
            let guest = normalize(&m.guest);
            // The mount point and its ancestors exist as directories in memory.
            vfs.mkdir_p(&guest, 0o755)
                .map_err(|source| FsConfigError::Seed {
                    path: guest.clone(),
                    source,
                })?;
            vfs.mounts.push(Mount { guest, host });
        }
        // Longest guest prefix first, so nested mounts win.
        vfs.mounts.sort_by(|a, b| b.guest.len().cmp(&a.guest.len()));
        for d in &config.dirs {
            let d = normalize(d);
            if vfs.resolve(&d, true).is_err() {
                vfs.mkdir_p(&d, 0o755)
                    .map_err(|source| FsConfigError::Seed {
                        path: d.clone(),
                        source,
                    })?;
            }
        }
        for (path, data) in &config.files {
            let p = normalize(path);
            if let Some((parent, _)) = p.rsplit_once('/') {
                if !parent.is_empty() {
                    vfs.mkdir_p(parent, 0o755)
                        .map_err(|source| FsConfigError::Seed {
                            path: p.clone(),
                            source,
                        })?;
                }
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
            nlink,
            atime: now,
            mtime: now,
            ctime: now,
            birthtime: now,
        })
    }

    fn mount_for(&self, path: &str) -> Option<&Mount> {
        self.mounts.iter().find(|m| path_within(path, &m.guest))
    }

    /// Host path for a guest path under a mount, refusing anything that leaves the mount.
    fn host_path(&self, path: &str, follow_last: bool) -> Result<Option<PathBuf>, Errno> {
        let Some(m) = self.mount_for(path) else {
            return Ok(None);
        };
        let rel = path[m.guest.len()..].trim_start_matches('/');
        let joined = if rel.is_empty() {
            m.host.clone()
        } else {
            m.host.join(rel)
        };
        // Canonicalise what must be followed and check containment.
        let check = if follow_last {
            match std::fs::canonicalize(&joined) {
                Ok(c) => c,
                Err(e) => return Err(Errno::from_io(&e)),
            }
        } else {
            let parent = joined.parent().unwrap_or(&m.host);
            let name = joined.file_name();
            match std::fs::canonicalize(parent) {
                Ok(c) => match name {
                    Some(n) => c.join(n),
                    None => c,
                },
                Err(e) => return Err(Errno::from_io(&e)),
            }
        };
        if !check.starts_with(&m.host) {
            // A symlink that points out of the mount: fail closed.
            return Err(Errno::EACCES);
        }
        Ok(Some(check))
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

    /// Walk the memory tree. Returns the inode, following symlinks in every component and (when
    /// `follow`) the last one. Symlink targets are resolved against the tree, with host lookups
    /// handled by the caller through `resolve`.
    fn walk_mem(
        &self,
        path: &str,
        follow: bool,
        depth: usize,
    ) -> Result<(InodeKey, String), Errno> {
        if depth > MAX_SYMLINKS {
            return Err(Errno::ELOOP);
        }
        let parts = Self::components(path)?;
        let mut cur = self.root;
        let mut cur_path = String::from("/");
        for (i, part) in parts.iter().enumerate() {
            let last = i + 1 == parts.len();
            let Node::Dir(entries) = &self.inodes[cur].node else {
                return Err(Errno::ENOTDIR);
            };
            let child_path = if cur_path == "/" {
                format!("/{part}")
            } else {
                format!("{cur_path}/{part}")
            };
            let Some(&child) = entries.get(*part) else {
                return Err(Errno::ENOENT);
            };
            if let Node::Symlink(target) = &self.inodes[child].node {
                if !last || follow {
                    let base = cur_path.clone();
                    let abs = if target.starts_with('/') {
                        target.clone()
                    } else {
                        format!("{base}/{target}")
                    };
                    let rest = parts[i + 1..].join("/");
                    let next = normalize(&format!("{abs}/{rest}"));
                    return self.walk_mem(&next, follow, depth + 1);
                }
            }
            cur = child;
            cur_path = child_path;
        }
        Ok((cur, cur_path))
    }

    fn resolve(&self, path: &str, follow: bool) -> Result<Found, Errno> {
        if self.whiteouts.contains(path) {
            return Err(Errno::ENOENT);
        }
        match self.walk_mem(path, follow, 0) {
            Ok((k, _)) => return Ok(Found::Mem(k)),
            Err(Errno::ENOENT) => {}
            Err(e) => return Err(e),
        }
        match self.host_path(path, follow)? {
            Some(hp) => {
                let md = if follow {
                    std::fs::metadata(&hp)
                } else {
                    std::fs::symlink_metadata(&hp)
                };
                match md {
                    Ok(md) => Ok(Found::Host(hp, md)),
                    Err(e) => Err(Errno::from_io(&e)),
                }
            }
            None => Err(Errno::ENOENT),
        }
    }

    fn stat_of(&self, found: &Found) -> Stat {
        match found {
            Found::Mem(k) => {
                let n = &self.inodes[*k];
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
                    uid: 0,
                    gid: 0,
                    atime_ms: n.atime,
                    mtime_ms: n.mtime,
                    ctime_ms: n.ctime,
                    birthtime_ms: n.birthtime,
                }
            }
            Found::Host(_, md) => {
                let ft = md.file_type();
                let kind = if ft.is_dir() {
                    FileType::Dir
                } else if ft.is_symlink() {
                    FileType::Symlink
                } else {
                    FileType::File
                };
                let ms = |s: i64, ns: i64| s as f64 * 1000.0 + (ns as f64 / 1e6);
                Stat {
                    kind,
                    // Host files are read-only inside the sandbox.
                    mode: md.mode() & !0o222,
                    size: md.size(),
                    ino: md.ino(),
                    nlink: md.nlink() as u32,
                    uid: md.uid(),
                    gid: md.gid(),
                    atime_ms: ms(md.atime(), md.atime_nsec()),
                    mtime_ms: ms(md.mtime(), md.mtime_nsec()),
                    ctime_ms: ms(md.ctime(), md.ctime_nsec()),
                    birthtime_ms: md
                        .created()
                        .ok()
                        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                        .map(|d| d.as_secs_f64() * 1000.0)
                        .unwrap_or_else(|| ms(md.ctime(), md.ctime_nsec())),
                }
            }
        }
    }

    pub fn stat(&self, path: &str, follow: bool) -> Result<Stat, SysError> {
        let sc = if follow { "stat" } else { "lstat" };
        let f = self.resolve(path, follow).map_err(|e| err(e, sc, path))?;
        Ok(self.stat_of(&f))
    }

    pub fn read_file(&mut self, path: &str) -> Result<Vec<u8>, SysError> {
        let f = self.resolve(path, true).map_err(|e| err(e, "open", path))?;
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
                    Node::Symlink(_) => Err(err(Errno::ELOOP, "open", path)),
                }
            }
            Found::Host(hp, md) => {
                if md.is_dir() {
                    return Err(err(Errno::EISDIR, "read", path));
                }
                std::fs::read(&hp).map_err(|e| err(Errno::from_io(&e), "open", path))
            }
        }
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
                    Node::Symlink(_) => match self.walk_mem(&cur_path, true, 0) {
                        Ok((k2, _)) if matches!(self.inodes[k2].node, Node::Dir(_)) => k2,
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
                    // A host file in the way?
                    if !self.whiteouts.contains(&cur_path) {
                        if let Ok(Some(hp)) = self.host_path(&cur_path, true) {
                            if let Ok(md) = std::fs::metadata(&hp) {
                                if !md.is_dir() {
                                    return Err(err(Errno::ENOTDIR, "mkdir", path));
                                }
                            }
                        }
                    }
                    self.whiteouts.remove(&cur_path);
                    let k = self.alloc(Node::Dir(BTreeMap::new()), 0o040000 | (mode & 0o7777));
                    if let Node::Dir(e) = &mut self.inodes[cur].node {
                        e.insert(part.clone(), k);
                    }
                    self.inodes[cur].nlink += 1;
                    if first_created.is_none() {
                        first_created = Some(cur_path.clone());
                    }
                    k
                }
            };
        }
        Ok(first_created)
    }

    fn exists(&self, path: &str) -> bool {
        self.resolve(path, false).is_ok()
    }

    /// The memory directory that will hold `path`'s entry, creating copy-up directories for a
    /// parent that exists only on a host mount. Returns (dir inode, entry name).
    fn parent_for_write(
        &mut self,
        path: &str,
        syscall: &str,
    ) -> Result<(InodeKey, String), SysError> {
        let (parent, name) = split_parent(path).ok_or_else(|| err(Errno::EPERM, syscall, path))?;
        if name.len() > NAME_MAX {
            return Err(err(Errno::ENAMETOOLONG, syscall, path));
        }
        match self.resolve(&parent, true) {
            Ok(Found::Mem(k)) => match self.inodes[k].node {
                Node::Dir(_) => Ok((k, name)),
                _ => Err(err(Errno::ENOTDIR, syscall, path)),
            },
            Ok(Found::Host(_, md)) => {
                if !md.is_dir() {
                    return Err(err(Errno::ENOTDIR, syscall, path));
                }
                self.mkdir_p(&parent, 0o755)?;
                match self.walk_mem(&parent, true, 0) {
                    Ok((k, _)) => Ok((k, name)),
                    Err(e) => Err(err(e, syscall, path)),
                }
            }
            Err(e) => Err(err(e, syscall, path)),
        }
    }

    pub fn write_file(
        &mut self,
        path: &str,
        data: &[u8],
        append: bool,
        exclusive: bool,
    ) -> Result<(), SysError> {
        // An existing memory file (following symlinks) is updated in place.
        if let Ok((k, _)) = self.walk_mem(path, true, 0) {
            if exclusive {
                return Err(err(Errno::EEXIST, "open", path));
            }
            let now = self.now();
            let n = &mut self.inodes[k];
            return match &mut n.node {
                Node::File(d) => {
                    if !append {
                        d.clear();
                    }
                    d.extend_from_slice(data);
                    n.mtime = now;
                    n.ctime = now;
                    Ok(())
                }
                Node::Dir(_) => Err(err(Errno::EISDIR, "open", path)),
                Node::Symlink(_) => Err(err(Errno::ELOOP, "open", path)),
            };
        }
        // A host file: copy up (for append) into memory.
        let mut contents = Vec::new();
        if !self.whiteouts.contains(path) {
            if let Ok(Some(hp)) = self.host_path(path, true) {
                if let Ok(md) = std::fs::metadata(&hp) {
                    if exclusive {
                        return Err(err(Errno::EEXIST, "open", path));
                    }
                    if md.is_dir() {
                        return Err(err(Errno::EISDIR, "open", path));
                    }
                    if append {
                        contents = std::fs::read(&hp)
                            .map_err(|e| err(Errno::from_io(&e), "open", path))?;
                    }
                }
            }
        }
        contents.extend_from_slice(data);
        let (dir, name) = self.parent_for_write(path, "open")?;
        let k = self.alloc(Node::File(contents), 0o100644);
        if let Node::Dir(e) = &mut self.inodes[dir].node {
            e.insert(name, k);
        }
        self.whiteouts.remove(path);
        let now = self.now();
        self.inodes[dir].mtime = now;
        Ok(())
    }

    pub fn readdir(&self, path: &str) -> Result<Vec<DirEntry>, SysError> {
        let f = self
            .resolve(path, true)
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
        if let Ok(Some(hp)) = self.host_path(path, true) {
            if let Ok(rd) = std::fs::read_dir(&hp) {
                is_dir = true;
                for entry in rd.flatten() {
                    let name = entry.file_name().to_string_lossy().into_owned();
                    let child = if path == "/" {
                        format!("/{name}")
                    } else {
                        format!("{path}/{name}")
                    };
                    if self.whiteouts.contains(&child) || out.contains_key(&name) {
                        continue;
                    }
                    let kind = match entry.file_type() {
                        Ok(t) if t.is_dir() => FileType::Dir,
                        Ok(t) if t.is_symlink() => FileType::Symlink,
                        _ => FileType::File,
                    };
                    out.insert(name, kind);
                }
            } else if let Found::Host(_, md) = &f {
                if !md.is_dir() {
                    return Err(err(Errno::ENOTDIR, "scandir", path));
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
        match self.walk_mem(path, true, 0) {
            Ok((_, p)) => return Ok(p),
            Err(Errno::ENOENT) => {}
            Err(e) => return Err(err(e, "realpath", path)),
        }
        if self.whiteouts.contains(path) {
            return Err(err(Errno::ENOENT, "realpath", path));
        }
        let m = self
            .mount_for(path)
            .ok_or_else(|| err(Errno::ENOENT, "realpath", path))?;
        let hp = self
            .host_path(path, true)
            .map_err(|e| err(e, "realpath", path))?
            .ok_or_else(|| err(Errno::ENOENT, "realpath", path))?;
        let rel = hp
            .strip_prefix(&m.host)
            .map_err(|_| err(Errno::EACCES, "realpath", path))?;
        let rel = rel.to_string_lossy();
        Ok(if rel.is_empty() {
            m.guest.clone()
        } else {
            normalize(&format!("{}/{}", m.guest, rel))
        })
    }

    pub fn mkdir(
        &mut self,
        path: &str,
        recursive: bool,
        mode: u32,
    ) -> Result<Option<String>, SysError> {
        if recursive {
            if self.exists(path) {
                let st = self
                    .stat(path, true)
                    .map_err(|_| err(Errno::EEXIST, "mkdir", path))?;
                return if st.kind == FileType::Dir {
                    Ok(None)
                } else {
                    Err(err(Errno::EEXIST, "mkdir", path))
                };
            }
            return self.mkdir_p(path, mode);
        }
        if self.exists(path) {
            return Err(err(Errno::EEXIST, "mkdir", path));
        }
        let (dir, name) = self.parent_for_write(path, "mkdir")?;
        let k = self.alloc(Node::Dir(BTreeMap::new()), 0o040000 | (mode & 0o7777));
        if let Node::Dir(e) = &mut self.inodes[dir].node {
            e.insert(name, k);
        }
        self.inodes[dir].nlink += 1;
        self.whiteouts.remove(path);
        Ok(None)
    }

    fn remove(&mut self, path: &str, dir_wanted: bool) -> Result<(), SysError> {
        let sc = if dir_wanted { "rmdir" } else { "unlink" };
        let f = self.resolve(path, false).map_err(|e| err(e, sc, path))?;
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
        if let Found::Mem(_) = f {
            if let Some((parent, name)) = split_parent(path) {
                if let Ok((pk, _)) = self.walk_mem(&parent, true, 0) {
                    let removed = match &mut self.inodes[pk].node {
                        Node::Dir(e) => e.remove(&name),
                        _ => None,
                    };
                    if let Some(k) = removed {
                        self.inodes.remove(k);
                        if dir_wanted {
                            self.inodes[pk].nlink = self.inodes[pk].nlink.saturating_sub(1);
                        }
                    }
                }
            }
        }
        // Whatever the host layer holds at this path is hidden from now on.
        if let Ok(Some(_)) = self.host_path(path, false) {
            self.whiteouts.insert(path.to_string());
        }
        Ok(())
    }

    fn handle(&mut self, op: VfsOp) -> Result<Either, SysError> {
        let sc = op.syscall();
        Ok(Either::Reply(match op {
            VfsOp::Stat { path, follow } => Reply::Stat(self.stat(path.as_str(), follow)?),
            VfsOp::ReadFile { path } => Reply::Bytes(self.read_file(path.as_str())?),
            VfsOp::WriteFile {
                path,
                data,
                append,
                exclusive,
            } => {
                self.write_file(path.as_str(), &data, append, exclusive)?;
                Reply::Unit
            }
            VfsOp::Readdir { path } => Reply::Entries(self.readdir(path.as_str())?),
            VfsOp::Realpath { path } => Reply::Path(self.realpath(path.as_str())?),
            VfsOp::Mkdir {
                path,
                recursive,
                mode,
            } => Reply::MaybePath(self.mkdir(path.as_str(), recursive, mode)?),
            VfsOp::Unlink { path } => {
                self.remove(path.as_str(), false)?;
                Reply::Unit
            }
            VfsOp::Rmdir { path } => {
                self.remove(path.as_str(), true)?;
                Reply::Unit
            }
            VfsOp::Chdir { path, pid } => {
                let st = self.stat(path.as_str(), true).map_err(|mut e| {
                    e.syscall = sc.to_string();
                    e
                })?;
                if st.kind != FileType::Dir {
                    return Err(err(Errno::ENOTDIR, sc, path.as_str()));
                }
                let real = self.realpath(path.as_str())?;
                return Ok(Either::Chdir(pid, real));
            }
        }))
    }
}

enum Either {
    Reply(Reply),
    Chdir(u32, String),
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

fn err(code: Errno, syscall: &str, path: &str) -> SysError {
    SysError::new(code, syscall).with_path(path)
}

/// The actor loop.
pub(crate) fn run(mut vfs: Vfs, rx: Receiver<VfsMsg>, procs: Sender<ProcMsg>) {
    while let Ok(msg) = super::recv_spin(&rx, super::SPIN) {
        match msg {
            VfsMsg::Op { op, reply } => {
                let _span = tracing::trace_span!("vfs", op = op.syscall()).entered();
                match vfs.handle(op) {
                    Ok(Either::Reply(r)) => reply.send(Ok(r)),
                    Ok(Either::Chdir(pid, path)) => {
                        let _ = procs.send(ProcMsg::SetCwd { pid, path, reply });
                    }
                    Err(e) => reply.send(Err(e)),
                }
            }
            VfsMsg::Shutdown => break,
        }
    }
}

/// Run one op directly (unit tests and benchmarks of the VFS alone).
pub fn apply(vfs: &mut Vfs, op: VfsOp) -> SysResult {
    match vfs.handle(op)? {
        Either::Reply(r) => Ok(r),
        Either::Chdir(_, p) => Ok(Reply::Path(p)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::actors::permissions::FsAccess;
    use crate::actors::SystemClock;

    fn mem() -> Vfs {
        Vfs::new(&FsConfig::default(), Arc::new(SystemClock::new())).unwrap()
    }

    #[test]
    fn write_read_stat_readdir() {
        let mut v = mem();
        v.mkdir("/a/b", true, 0o755).unwrap();
        v.write_file("/a/b/f.txt", b"hello", false, false).unwrap();
        v.write_file("/a/b/f.txt", b" world", true, false).unwrap();
        assert_eq!(v.read_file("/a/b/f.txt").unwrap(), b"hello world");
        let st = v.stat("/a/b/f.txt", true).unwrap();
        assert_eq!(st.kind, FileType::File);
        assert_eq!(st.size, 11);
        let names: Vec<_> = v
            .readdir("/a")
            .unwrap()
            .into_iter()
            .map(|e| e.name)
            .collect();
        assert_eq!(names, vec!["b"]);
        assert_eq!(v.stat("/a", true).unwrap().kind, FileType::Dir);
    }

    #[test]
    fn errors_are_node_errnos() {
        let mut v = mem();
        assert_eq!(v.read_file("/nope").unwrap_err().code, Errno::ENOENT);
        v.write_file("/f", b"x", false, false).unwrap();
        assert_eq!(v.read_file("/f/x").unwrap_err().code, Errno::ENOTDIR);
        assert_eq!(v.mkdir("/f", false, 0o777).unwrap_err().code, Errno::EEXIST);
        assert_eq!(
            v.write_file("/f", b"", false, true).unwrap_err().code,
            Errno::EEXIST
        );
        v.mkdir("/d", false, 0o777).unwrap();
        v.write_file("/d/x", b"", false, false).unwrap();
        assert_eq!(v.remove("/d", true).unwrap_err().code, Errno::ENOTEMPTY);
        assert_eq!(v.remove("/d", false).unwrap_err().code, Errno::EISDIR);
        assert_eq!(v.read_file("/d").unwrap_err().code, Errno::EISDIR);
        assert_eq!(
            v.write_file("/missing/x", b"", false, false)
                .unwrap_err()
                .code,
            Errno::ENOENT
        );
        let long = format!("/{}", "a".repeat(300));
        assert_eq!(v.stat(&long, true).unwrap_err().code, Errno::ENAMETOOLONG);
        v.remove("/d/x", false).unwrap();
        v.remove("/d", true).unwrap();
        assert_eq!(v.stat("/d", true).unwrap_err().code, Errno::ENOENT);
    }

    #[test]
    fn host_mount_is_read_only_overlay_and_contained() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.txt"), "host").unwrap();
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        let outside = tempfile::tempdir().unwrap();
        std::fs::write(outside.path().join("secret"), "s").unwrap();
        std::os::unix::fs::symlink(outside.path().join("secret"), dir.path().join("link")).unwrap();
        let cfg = FsConfig {
            mounts: vec![HostMount {
                guest: "/app".into(),
                host: dir.path().to_path_buf(),
                writable: false,
            }],
            files: vec![],
            dirs: vec![],
        };
        let mut v = Vfs::new(&cfg, Arc::new(SystemClock::new())).unwrap();
        assert_eq!(v.read_file("/app/a.txt").unwrap(), b"host");
        assert_eq!(v.stat("/", true).unwrap().kind, FileType::Dir);
        // A symlink out of the mount fails closed.
        assert_eq!(v.read_file("/app/link").unwrap_err().code, Errno::EACCES);
        // A raw `..` that reaches the VFS fails closed; the normalised path is simply absent.
        assert_eq!(
            v.read_file("/app/../../etc/passwd").unwrap_err().code,
            Errno::EACCES
        );
        assert_eq!(
            v.read_file(&normalize("/app/../../etc/passwd"))
                .unwrap_err()
                .code,
            Errno::ENOENT
        );
        // Writes land in memory; the host is untouched.
        v.write_file("/app/a.txt", b"mem", false, false).unwrap();
        assert_eq!(v.read_file("/app/a.txt").unwrap(), b"mem");
        assert_eq!(std::fs::read(dir.path().join("a.txt")).unwrap(), b"host");
        v.write_file("/app/sub/new.txt", b"n", false, false)
            .unwrap();
        assert!(!dir.path().join("sub/new.txt").exists());
        let names: Vec<_> = v
            .readdir("/app")
            .unwrap()
            .into_iter()
            .map(|e| e.name)
            .collect();
        assert_eq!(names, vec!["a.txt", "link", "sub"]);
        // Removing a host file hides it.
        v.remove("/app/a.txt", false).unwrap();
        assert_eq!(v.read_file("/app/a.txt").unwrap_err().code, Errno::ENOENT);
        assert!(dir.path().join("a.txt").exists());
        assert_eq!(v.realpath("/app/sub/../sub").unwrap(), "/app/sub");
        let _ = CheckedPath::for_test("/app", FsAccess::Read);
    }
}
