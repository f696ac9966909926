//! Mount drivers: backends that serve a subtree of the guest filesystem.
//!
//! The VFS keeps the mount table and routes a guest path to the mount with the longest guest
//! prefix; the driver sees the rest of the path, relative to its root (`""` is the root itself,
//! never with `.` or `..` components on the way in). A driver answers lookups, reads, directory
//! listings and link reads, and — when its [`Writes`] is [`Writes::Direct`] — the changes too.
//!
//! The host drivers never leave their directory. They keep a descriptor of the root (opened once,
//! when the mount is made) and reach every path component by component from it with
//! `openat(O_NOFOLLOW)`: a symlink on the way is read and resolved here, inside the mount, and a
//! target outside the root (absolute, or `..` past the root) fails with EACCES. Operations run
//! on the parent directory's descriptor (`mkdirat`, `unlinkat`, `renameat`, …) with the final
//! name never followed, so a component swapped for a symlink between the lookup and the
//! operation makes the operation fail (ENOTDIR/ELOOP) rather than escape.

use std::ffi::{CStr, CString};
use std::fs::{File, Metadata};
use std::io::Read;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

use crate::syscalls::{DirEntry, Errno, FileType, Stat};

const MAX_SYMLINKS: usize = 40;

/// How a mount takes changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Writes {
    /// Every change fails with EACCES.
    Refuse,
    /// Changes land in the VFS's in-memory layer: a file is copied up before it changes, and a
    /// deleted one is hidden by a whiteout. The driver itself is never asked to write.
    CopyUp,
    /// The driver makes the changes itself.
    Direct,
}

/// A symlink's target as a driver stores or reports it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkTarget {
    /// An absolute target inside this mount, relative to its root (`""`: the root). The VFS
    /// shows it as the guest path; a host driver stores the host path, so the link works on the
    /// host and in the sandbox wherever the mount appears.
    Inside(String),
    /// Anything else, as written.
    Other(String),
}

/// A backend serving one subtree. Paths are relative to the mount root, normalised, without
/// `.`/`..`; the write operations get canonical paths (what [`MountDriver::resolve`] returned
/// for the parent, plus the entry's name).
pub trait MountDriver: Send {
    /// How changes under this mount are made.
    fn writes(&self) -> Writes;
    /// Resolve `rel`, following symlinks inside the mount (the last component only with
    /// `follow`). Returns the canonical relative path and what is there. A link that leads out
    /// of the mount fails with EACCES.
    fn resolve(&self, rel: &str, follow: bool) -> Result<(String, Stat), Errno>;
    /// A file's contents.
    fn read(&self, rel: &str) -> Result<Vec<u8>, Errno>;
    /// Open a file (or, with `O_DIRECTORY`, a directory) with open(2) flags.
    fn open(&self, rel: &str, flags: i32, mode: u32) -> Result<File, Errno>;
    /// A directory's entries with their types.
    fn readdir(&self, rel: &str) -> Result<Vec<DirEntry>, Errno>;
    /// A symlink's target.
    fn readlink(&self, rel: &str) -> Result<LinkTarget, Errno>;
    /// Where the symlink `rel` points, relative to the mount root, whether or not anything is
    /// there (a write through a dangling link creates it). Outside the mount: EACCES.
    fn link_dest(&self, rel: &str) -> Result<String, Errno>;

    fn mkdir(&self, _rel: &str, _mode: u32) -> Result<(), Errno> {
        Err(Errno::EROFS)
    }
    fn unlink(&self, _rel: &str) -> Result<(), Errno> {
        Err(Errno::EROFS)
    }
    fn rmdir(&self, _rel: &str) -> Result<(), Errno> {
        Err(Errno::EROFS)
    }
    fn rename(&self, _from: &str, _to: &str) -> Result<(), Errno> {
        Err(Errno::EROFS)
    }
    fn link(&self, _existing: &str, _new: &str) -> Result<(), Errno> {
        Err(Errno::EROFS)
    }
    fn symlink(&self, _target: &LinkTarget, _rel: &str) -> Result<(), Errno> {
        Err(Errno::EROFS)
    }
    /// Change permission bits (of the entry itself: `rel` is canonical).
    fn chmod(&self, _rel: &str, _mode: u32) -> Result<(), Errno> {
        Err(Errno::EROFS)
    }
    /// Change owner and group (`None` keeps one); a symlink itself when `rel` names one.
    fn chown(&self, _rel: &str, _uid: Option<u32>, _gid: Option<u32>) -> Result<(), Errno> {
        Err(Errno::EROFS)
    }
    /// Set access and modification times (milliseconds since the epoch).
    fn utimes(&self, _rel: &str, _atime_ms: f64, _mtime_ms: f64) -> Result<(), Errno> {
        Err(Errno::EROFS)
    }
}

/// A driver the embedder supplies, shared (the VFS holds one reference).
#[derive(Clone)]
pub struct SharedDriver(pub std::sync::Arc<dyn MountDriver + Sync>);

impl std::fmt::Debug for SharedDriver {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "MountDriver({:?})", self.0.writes())
    }
}

impl MountDriver for SharedDriver {
    fn writes(&self) -> Writes {
        self.0.writes()
    }
    fn resolve(&self, rel: &str, follow: bool) -> Result<(String, Stat), Errno> {
        self.0.resolve(rel, follow)
    }
    fn read(&self, rel: &str) -> Result<Vec<u8>, Errno> {
        self.0.read(rel)
    }
    fn open(&self, rel: &str, flags: i32, mode: u32) -> Result<File, Errno> {
        self.0.open(rel, flags, mode)
    }
    fn readdir(&self, rel: &str) -> Result<Vec<DirEntry>, Errno> {
        self.0.readdir(rel)
    }
    fn readlink(&self, rel: &str) -> Result<LinkTarget, Errno> {
        self.0.readlink(rel)
    }
    fn link_dest(&self, rel: &str) -> Result<String, Errno> {
        self.0.link_dest(rel)
    }
    fn mkdir(&self, rel: &str, mode: u32) -> Result<(), Errno> {
        self.0.mkdir(rel, mode)
    }
    fn unlink(&self, rel: &str) -> Result<(), Errno> {
        self.0.unlink(rel)
    }
    fn rmdir(&self, rel: &str) -> Result<(), Errno> {
        self.0.rmdir(rel)
    }
    fn rename(&self, from: &str, to: &str) -> Result<(), Errno> {
        self.0.rename(from, to)
    }
    fn link(&self, existing: &str, new: &str) -> Result<(), Errno> {
        self.0.link(existing, new)
    }
    fn symlink(&self, target: &LinkTarget, rel: &str) -> Result<(), Errno> {
        self.0.symlink(target, rel)
    }
    fn chmod(&self, rel: &str, mode: u32) -> Result<(), Errno> {
        self.0.chmod(rel, mode)
    }
    fn chown(&self, rel: &str, uid: Option<u32>, gid: Option<u32>) -> Result<(), Errno> {
        self.0.chown(rel, uid, gid)
    }
    fn utimes(&self, rel: &str, atime_ms: f64, mtime_ms: f64) -> Result<(), Errno> {
        self.0.utimes(rel, atime_ms, mtime_ms)
    }
}

/// Make the driver for a host directory mounted with `mode`.
pub fn host_driver(
    host: &Path,
    mode: super::MountMode,
) -> Result<Box<dyn MountDriver>, std::io::Error> {
    let dir = HostDir::new(host)?;
    Ok(match mode {
        super::MountMode::ReadOnly => Box::new(HostReadOnly(dir)),
        super::MountMode::Overlay => Box::new(HostOverlay(dir)),
        super::MountMode::ReadWrite => Box::new(HostReadWrite(dir)),
    })
}

fn last_errno() -> Errno {
    Errno::from_io(&std::io::Error::last_os_error())
}

fn cstr(name: &str) -> Result<CString, Errno> {
    CString::new(name).map_err(|_| Errno::EINVAL)
}

fn openat(dir: RawFd, name: &CStr, flags: i32, mode: u32) -> Result<OwnedFd, Errno> {
    // SAFETY: `name` is a valid C string; the returned descriptor is owned by nobody else.
    let fd = unsafe {
        libc::openat(
            dir,
            name.as_ptr(),
            flags | libc::O_CLOEXEC,
            mode as libc::c_uint,
        )
    };
    if fd < 0 {
        return Err(last_errno());
    }
    // SAFETY: a fresh descriptor from openat.
    Ok(unsafe { OwnedFd::from_raw_fd(fd) })
}

/// The `st_mode` of `name` in `dir`, not following a final symlink.
fn lstat_mode(dir: RawFd, name: &CStr) -> Result<u32, Errno> {
    // SAFETY: valid dirfd and C string; `st` is written by the call before it is read.
    let mut st = unsafe { std::mem::zeroed::<libc::stat>() };
    let rc = unsafe { libc::fstatat(dir, name.as_ptr(), &mut st, libc::AT_SYMLINK_NOFOLLOW) };
    if rc < 0 {
        return Err(last_errno());
    }
    Ok(st.st_mode)
}

/// The target of the symlink `name` in `dir`.
fn readlink_at(dir: RawFd, name: &CStr) -> Result<String, Errno> {
    let mut buf = vec![0u8; 4096];
    // SAFETY: valid dirfd, C string and a buffer of the given length.
    let n = unsafe { libc::readlinkat(dir, name.as_ptr(), buf.as_mut_ptr().cast(), buf.len()) };
    if n < 0 {
        return Err(last_errno());
    }
    buf.truncate(n as usize);
    Ok(String::from_utf8_lossy(&buf).into_owned())
}

fn fd_metadata(fd: OwnedFd) -> Result<Metadata, Errno> {
    File::from(fd).metadata().map_err(|e| Errno::from_io(&e))
}

/// A host file's metadata as the VFS reports it.
pub fn stat_of(md: &Metadata) -> Stat {
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
        mode: md.mode(),
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

fn check(rc: libc::c_int) -> Result<(), Errno> {
    if rc < 0 {
        Err(last_errno())
    } else {
        Ok(())
    }
}

fn components(rel: &str) -> impl DoubleEndedIterator<Item = &str> {
    rel.split('/').filter(|c| !c.is_empty())
}

/// A host directory, reached only through the descriptor of its root.
pub struct HostDir {
    /// The canonical host path of the root (to recognise absolute symlinks that stay inside).
    root: PathBuf,
    root_fd: OwnedFd,
}

impl HostDir {
    pub fn new(host: &Path) -> Result<Self, std::io::Error> {
        let root = std::fs::canonicalize(host)?;
        let c = CString::new(root.as_os_str().as_encoded_bytes())
            .map_err(|_| std::io::Error::from(std::io::ErrorKind::InvalidInput))?;
        let fd = openat(
            libc::AT_FDCWD,
            &c,
            libc::O_PATH | libc::O_DIRECTORY | libc::O_NOFOLLOW,
            0,
        )
        .map_err(|e| std::io::Error::from_raw_os_error(-e.errno()))?;
        Ok(HostDir { root, root_fd: fd })
    }

    /// The directory holding `rel`'s last component, and that component. Every directory on the
    /// way is opened without following symlinks; `rel` is a canonical path (no links), so a link
    /// found here appeared since it was resolved, and the walk fails instead of following it.
    fn parent(&self, rel: &str) -> Result<(OwnedFd, CString), Errno> {
        let parts: Vec<&str> = components(rel).collect();
        let Some((name, dirs)) = parts.split_last() else {
            return Err(Errno::EBUSY);
        };
        let mut cur = self.dup_root()?;
        for d in dirs {
            if *d == ".." || *d == "." {
                return Err(Errno::EACCES);
            }
            cur = openat(
                cur.as_raw_fd(),
                &cstr(d)?,
                libc::O_PATH | libc::O_DIRECTORY | libc::O_NOFOLLOW,
                0,
            )?;
        }
        if *name == ".." || *name == "." {
            return Err(Errno::EACCES);
        }
        Ok((cur, cstr(name)?))
    }

    fn dup_root(&self) -> Result<OwnedFd, Errno> {
        self.root_fd.try_clone().map_err(|e| Errno::from_io(&e))
    }

    /// Open `rel` itself (never following a final symlink).
    fn open_nofollow(&self, rel: &str, flags: i32, mode: u32) -> Result<OwnedFd, Errno> {
        if components(rel).next().is_none() {
            return openat(self.root_fd.as_raw_fd(), c".", flags, mode);
        }
        let (dir, name) = self.parent(rel)?;
        openat(dir.as_raw_fd(), &name, flags | libc::O_NOFOLLOW, mode)
    }

    fn resolve(&self, rel: &str, follow: bool) -> Result<(String, Metadata), Errno> {
        // Components still to walk, last first; the resolved prefix `done` has no links in it.
        // `dirs` holds an open descriptor for the root and for each directory of `done` walked
        // into, so every step is one `fstatat` (plus one `openat` to go down) relative to the
        // directory above it: linear in the depth, and never following a link the walk did not
        // read and check itself.
        let mut todo: Vec<String> = components(rel).rev().map(String::from).collect();
        let mut done: Vec<String> = Vec::new();
        let mut dirs: Vec<OwnedFd> = vec![self.dup_root()?];
        let mut hops = 0;
        while let Some(c) = todo.pop() {
            match c.as_str() {
                "." => continue,
                ".." => {
                    // Up from the root would leave the mount.
                    if done.pop().is_none() {
                        return Err(Errno::EACCES);
                    }
                    dirs.truncate(done.len() + 1);
                    continue;
                }
                _ => {}
            }
            let name = cstr(&c)?;
            let cur = dirs.last().ok_or(Errno::EIO)?.as_raw_fd();
            let mode = lstat_mode(cur, &name)?;
            let is_link = mode & libc::S_IFMT == libc::S_IFLNK;
            if is_link && (follow || !todo.is_empty()) {
                hops += 1;
                if hops > MAX_SYMLINKS {
                    return Err(Errno::ELOOP);
                }
                let target = readlink_at(cur, &name)?;
                if let Some(abs) = target.strip_prefix('/') {
                    // Absolute: only a place inside this mount's host directory.
                    let inside = Path::new("/")
                        .join(abs)
                        .strip_prefix(&self.root)
                        .map(|r| r.to_string_lossy().into_owned())
                        .map_err(|_| Errno::EACCES)?;
                    done.clear();
                    dirs.truncate(1);
                    todo.extend(components(&inside).rev().map(String::from));
                } else {
                    todo.extend(components(&target).rev().map(String::from));
                }
                continue;
            }
            if !todo.is_empty() {
                if mode & libc::S_IFMT != libc::S_IFDIR {
                    return Err(Errno::ENOTDIR);
                }
                dirs.push(openat(
                    cur,
                    &name,
                    libc::O_PATH | libc::O_DIRECTORY | libc::O_NOFOLLOW,
                    0,
                )?);
            }
            done.push(c);
        }
        let md = if dirs.len() > done.len() {
            // The last component was walked into (or there is none: the root).
            fd_metadata(dirs.pop().ok_or(Errno::EIO)?)?
        } else {
            let last = cstr(done.last().ok_or(Errno::EIO)?)?;
            let dir = dirs.last().ok_or(Errno::EIO)?.as_raw_fd();
            fd_metadata(openat(dir, &last, libc::O_PATH | libc::O_NOFOLLOW, 0)?)?
        };
        Ok((done.join("/"), md))
    }

    fn read(&self, rel: &str) -> Result<Vec<u8>, Errno> {
        let fd = self.open_nofollow(rel, libc::O_RDONLY | libc::O_NONBLOCK, 0)?;
        let mut f = File::from(fd);
        let md = f.metadata().map_err(|e| Errno::from_io(&e))?;
        if md.is_dir() {
            return Err(Errno::EISDIR);
        }
        let mut out = Vec::with_capacity(md.len() as usize);
        f.read_to_end(&mut out).map_err(|e| Errno::from_io(&e))?;
        Ok(out)
    }

    fn open(&self, rel: &str, flags: i32, mode: u32) -> Result<File, Errno> {
        Ok(File::from(self.open_nofollow(rel, flags, mode)?))
    }

    fn readdir(&self, rel: &str) -> Result<Vec<DirEntry>, Errno> {
        let fd = self.open_nofollow(rel, libc::O_RDONLY | libc::O_DIRECTORY, 0)?;
        let raw = std::mem::ManuallyDrop::new(fd).as_raw_fd();
        // SAFETY: `raw` is an open directory descriptor that fdopendir takes over.
        let dir = unsafe { libc::fdopendir(raw) };
        if dir.is_null() {
            let e = last_errno();
            // SAFETY: fdopendir failed, so the descriptor is still ours to close.
            unsafe { libc::close(raw) };
            return Err(e);
        }
        let mut out = Vec::new();
        loop {
            // SAFETY: `dir` is a valid DIR*; the entry is read before the next readdir call.
            let ent = unsafe { libc::readdir64(dir) };
            if ent.is_null() {
                break;
            }
            // SAFETY: readdir returned a valid entry with a NUL-terminated name.
            let (name, d_type) = unsafe {
                (
                    CStr::from_ptr((*ent).d_name.as_ptr()).to_owned(),
                    (*ent).d_type,
                )
            };
            let bytes = name.as_bytes();
            if bytes == b"." || bytes == b".." {
                continue;
            }
            let kind = match d_type {
                libc::DT_DIR => FileType::Dir,
                libc::DT_LNK => FileType::Symlink,
                libc::DT_UNKNOWN => {
                    // The file system gave no type: ask the entry's own metadata.
                    let mut st: libc::stat64 = unsafe { std::mem::zeroed() };
                    // SAFETY: valid dirfd, C string and out pointer.
                    let rc = unsafe {
                        libc::fstatat64(
                            libc::dirfd(dir),
                            name.as_ptr(),
                            &mut st,
                            libc::AT_SYMLINK_NOFOLLOW,
                        )
                    };
                    match st.st_mode & libc::S_IFMT {
                        _ if rc < 0 => FileType::File,
                        libc::S_IFDIR => FileType::Dir,
                        libc::S_IFLNK => FileType::Symlink,
                        _ => FileType::File,
                    }
                }
                _ => FileType::File,
            };
            out.push(DirEntry {
                name: String::from_utf8_lossy(bytes).into_owned(),
                kind,
            });
        }
        // SAFETY: `dir` is valid and closed once (this also closes the descriptor).
        unsafe { libc::closedir(dir) };
        Ok(out)
    }

    /// The target of an absolute link, relative to the root, if it lies inside.
    fn inside(&self, target: &str) -> Option<String> {
        let abs = target.strip_prefix('/')?;
        Path::new("/")
            .join(abs)
            .strip_prefix(&self.root)
            .ok()
            .map(|r| r.to_string_lossy().into_owned())
    }

    fn readlink(&self, rel: &str) -> Result<LinkTarget, Errno> {
        let t = self.raw_readlink(rel)?;
        Ok(match self.inside(&t) {
            Some(r) => LinkTarget::Inside(r),
            None => LinkTarget::Other(t),
        })
    }

    fn raw_readlink(&self, rel: &str) -> Result<String, Errno> {
        let (dir, name) = self.parent(rel)?;
        readlink_at(dir.as_raw_fd(), &name)
    }

    fn link_dest(&self, rel: &str) -> Result<String, Errno> {
        let target = self.raw_readlink(rel)?;
        let mut out: Vec<String> = Vec::new();
        let rest = if let Some(abs) = target.strip_prefix('/') {
            Path::new("/")
                .join(abs)
                .strip_prefix(&self.root)
                .map(|r| r.to_string_lossy().into_owned())
                .map_err(|_| Errno::EACCES)?
        } else {
            let mut parts: Vec<&str> = components(rel).collect();
            parts.pop();
            out.extend(parts.into_iter().map(String::from));
            target
        };
        for c in components(&rest) {
            match c {
                "." => {}
                ".." => {
                    if out.pop().is_none() {
                        return Err(Errno::EACCES);
                    }
                }
                c => out.push(c.to_string()),
            }
        }
        Ok(out.join("/"))
    }

    fn mkdir(&self, rel: &str, mode: u32) -> Result<(), Errno> {
        let (dir, name) = self.parent(rel)?;
        // SAFETY: valid dirfd and C string.
        check(unsafe { libc::mkdirat(dir.as_raw_fd(), name.as_ptr(), mode as libc::mode_t) })
    }

    fn unlink(&self, rel: &str, flags: i32) -> Result<(), Errno> {
        let (dir, name) = self.parent(rel)?;
        // SAFETY: valid dirfd and C string.
        check(unsafe { libc::unlinkat(dir.as_raw_fd(), name.as_ptr(), flags) })
    }

    fn rename(&self, from: &str, to: &str) -> Result<(), Errno> {
        let (d1, n1) = self.parent(from)?;
        let (d2, n2) = self.parent(to)?;
        // SAFETY: valid dirfds and C strings.
        check(unsafe { libc::renameat(d1.as_raw_fd(), n1.as_ptr(), d2.as_raw_fd(), n2.as_ptr()) })
    }

    fn link(&self, existing: &str, new: &str) -> Result<(), Errno> {
        let (d1, n1) = self.parent(existing)?;
        let (d2, n2) = self.parent(new)?;
        // SAFETY: valid dirfds and C strings; flags 0: a symlink is linked, not followed.
        check(unsafe { libc::linkat(d1.as_raw_fd(), n1.as_ptr(), d2.as_raw_fd(), n2.as_ptr(), 0) })
    }

    fn symlink(&self, target: &LinkTarget, rel: &str) -> Result<(), Errno> {
        let (dir, name) = self.parent(rel)?;
        let t = match target {
            LinkTarget::Inside(r) => cstr(&self.root.join(r).to_string_lossy())?,
            LinkTarget::Other(t) => cstr(t)?,
        };
        // SAFETY: valid dirfd and C strings.
        check(unsafe { libc::symlinkat(t.as_ptr(), dir.as_raw_fd(), name.as_ptr()) })
    }

    /// The entry itself, opened so that its metadata can change through the descriptor (a
    /// symlink cannot be: Linux has no lchmod).
    fn open_for_change(&self, rel: &str) -> Result<OwnedFd, Errno> {
        match self.open_nofollow(rel, libc::O_RDONLY | libc::O_NONBLOCK, 0) {
            Err(Errno::ELOOP) => Err(Errno::ENOTSUP),
            r => r,
        }
    }

    fn chmod(&self, rel: &str, mode: u32) -> Result<(), Errno> {
        let fd = self.open_for_change(rel)?;
        // SAFETY: valid descriptor.
        check(unsafe { libc::fchmod(fd.as_raw_fd(), (mode & 0o7777) as libc::mode_t) })
    }

    fn chown(&self, rel: &str, uid: Option<u32>, gid: Option<u32>) -> Result<(), Errno> {
        let (dir, name) = self.parent(rel)?;
        // SAFETY: valid dirfd and C string; -1 keeps an id; the entry itself is changed.
        check(unsafe {
            libc::fchownat(
                dir.as_raw_fd(),
                name.as_ptr(),
                uid.unwrap_or(u32::MAX),
                gid.unwrap_or(u32::MAX),
                libc::AT_SYMLINK_NOFOLLOW,
            )
        })
    }

    fn utimes(&self, rel: &str, atime_ms: f64, mtime_ms: f64) -> Result<(), Errno> {
        let (dir, name) = self.parent(rel)?;
        let ts = [timespec(atime_ms), timespec(mtime_ms)];
        // SAFETY: valid dirfd, C string and two timespecs; the entry itself is changed.
        check(unsafe {
            libc::utimensat(
                dir.as_raw_fd(),
                name.as_ptr(),
                ts.as_ptr(),
                libc::AT_SYMLINK_NOFOLLOW,
            )
        })
    }
}

/// Milliseconds since the epoch as a timespec (floor, so negative times stay ordered).
pub(crate) fn timespec(ms: f64) -> libc::timespec {
    let secs = (ms / 1000.0).floor();
    let nanos = ((ms - secs * 1000.0) * 1e6)
        .round()
        .clamp(0.0, 999_999_999.0);
    libc::timespec {
        tv_sec: secs as libc::time_t,
        tv_nsec: nanos as libc::c_long,
    }
}

macro_rules! host_reads {
    () => {
        fn resolve(&self, rel: &str, follow: bool) -> Result<(String, Stat), Errno> {
            self.0.resolve(rel, follow).map(|(c, md)| (c, stat_of(&md)))
        }
        fn read(&self, rel: &str) -> Result<Vec<u8>, Errno> {
            self.0.read(rel)
        }
        fn open(&self, rel: &str, flags: i32, mode: u32) -> Result<File, Errno> {
            self.0.open(rel, flags, mode)
        }
        fn readdir(&self, rel: &str) -> Result<Vec<DirEntry>, Errno> {
            self.0.readdir(rel)
        }
        fn readlink(&self, rel: &str) -> Result<LinkTarget, Errno> {
            self.0.readlink(rel)
        }
        fn link_dest(&self, rel: &str) -> Result<String, Errno> {
            self.0.link_dest(rel)
        }
    };
}

/// A host directory that cannot change (the `node_modules` overlay, `--mount H:G:ro`).
pub struct HostReadOnly(pub HostDir);

impl MountDriver for HostReadOnly {
    fn writes(&self) -> Writes {
        Writes::Refuse
    }
    host_reads!();
}

/// A host directory under an in-memory layer: the sandbox may change what it sees, the host
/// never changes.
pub struct HostOverlay(pub HostDir);

impl MountDriver for HostOverlay {
    fn writes(&self) -> Writes {
        Writes::CopyUp
    }
    host_reads!();
}

/// A host directory the sandbox writes to.
pub struct HostReadWrite(pub HostDir);

impl MountDriver for HostReadWrite {
    fn writes(&self) -> Writes {
        Writes::Direct
    }
    host_reads!();
    fn mkdir(&self, rel: &str, mode: u32) -> Result<(), Errno> {
        self.0.mkdir(rel, mode)
    }
    fn unlink(&self, rel: &str) -> Result<(), Errno> {
        self.0.unlink(rel, 0)
    }
    fn rmdir(&self, rel: &str) -> Result<(), Errno> {
        self.0.unlink(rel, libc::AT_REMOVEDIR)
    }
    fn rename(&self, from: &str, to: &str) -> Result<(), Errno> {
        self.0.rename(from, to)
    }
    fn link(&self, existing: &str, new: &str) -> Result<(), Errno> {
        self.0.link(existing, new)
    }
    fn symlink(&self, target: &LinkTarget, rel: &str) -> Result<(), Errno> {
        self.0.symlink(target, rel)
    }
    fn chmod(&self, rel: &str, mode: u32) -> Result<(), Errno> {
        self.0.chmod(rel, mode)
    }
    fn chown(&self, rel: &str, uid: Option<u32>, gid: Option<u32>) -> Result<(), Errno> {
        self.0.chown(rel, uid, gid)
    }
    fn utimes(&self, rel: &str, atime_ms: f64, mtime_ms: f64) -> Result<(), Errno> {
        self.0.utimes(rel, atime_ms, mtime_ms)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The write operations take canonical paths; if a component became a symlink after the
    /// lookup (a race with the host), the operation fails instead of following it.
    #[test]
    fn operations_never_follow_a_link_that_appeared_after_the_lookup() {
        let inside = tempfile::tempdir().unwrap();
        let outside = tempfile::tempdir().unwrap();
        std::fs::write(outside.path().join("secret"), "s").unwrap();
        std::os::unix::fs::symlink(outside.path(), inside.path().join("swapped")).unwrap();
        std::os::unix::fs::symlink(
            outside.path().join("secret"),
            inside.path().join("file-link"),
        )
        .unwrap();
        let d = HostReadWrite(HostDir::new(inside.path()).unwrap());
        assert!(d.unlink("swapped/secret").is_err());
        assert!(d.mkdir("swapped/new", 0o755).is_err());
        assert!(d
            .symlink(&LinkTarget::Other("x".into()), "swapped/l")
            .is_err());
        assert!(d.rename("swapped/secret", "stolen").is_err());
        assert!(d.link("swapped/secret", "stolen").is_err());
        assert!(d.chmod("swapped/secret", 0o777).is_err());
        assert!(d.chmod("file-link", 0o777).is_err());
        assert!(d.utimes("swapped/secret", 0.0, 0.0).is_err());
        assert!(d.read("swapped/secret").is_err());
        assert!(d.read("file-link").is_err());
        assert!(d
            .open("file-link", libc::O_WRONLY | libc::O_TRUNC, 0)
            .is_err());
        assert!(d.readdir("swapped").is_err());
        assert_eq!(
            std::fs::read_to_string(outside.path().join("secret")).unwrap(),
            "s"
        );
        assert!(!outside.path().join("new").exists());
        // Lookups resolve links inside and refuse those that leave.
        assert_eq!(
            d.resolve("swapped/secret", true).unwrap_err(),
            Errno::EACCES
        );
        assert_eq!(d.resolve("file-link", true).unwrap_err(), Errno::EACCES);
        assert_eq!(
            d.resolve("file-link", false).unwrap().1.kind,
            FileType::Symlink
        );
        std::fs::create_dir(inside.path().join("a")).unwrap();
        std::fs::write(inside.path().join("a/f"), "f").unwrap();
        std::os::unix::fs::symlink("../a/f", inside.path().join("a/self")).unwrap();
        std::os::unix::fs::symlink(inside.path().join("a"), inside.path().join("abs")).unwrap();
        assert_eq!(d.resolve("a/self", true).unwrap().0, "a/f");
        assert_eq!(d.resolve("abs/self", true).unwrap().0, "a/f");
        assert_eq!(d.resolve("a/../..", true).unwrap_err(), Errno::EACCES);
    }
}
