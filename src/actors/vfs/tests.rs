use std::collections::{BTreeMap, BTreeSet};

use super::*;
use crate::actors::permissions::{FsAccess, Permissions};
use crate::actors::{OsEntropy, SeededEntropy, SystemClock};

fn mem() -> Vfs {
    Vfs::new(
        &FsConfig::default(),
        Arc::new(SystemClock::new()),
        Arc::new(OsEntropy),
    )
    .unwrap()
}

fn with_quota(bytes: u64) -> Vfs {
    let cfg = FsConfig {
        quota_bytes: bytes,
        ..Default::default()
    };
    Vfs::new(
        &cfg,
        Arc::new(SystemClock::new()),
        Arc::new(SeededEntropy::new(1)),
    )
    .unwrap()
}

fn cp(p: &str) -> CheckedPath {
    CheckedPath::for_test(p, FsAccess::Write)
}

fn code(r: SysResult) -> Option<Errno> {
    r.err().map(|e| e.code)
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
fn descriptors_offsets_append_and_unlink_while_open() {
    let mut v = mem();
    let fd = match apply(
        &mut v,
        VfsOp::Open {
            pid: 1,
            path: cp("/f"),
            flags: O_RDWR | O_CREAT,
            mode: 0o644,
        },
    ) {
        Ok(Reply::Fd(fd)) => fd,
        other => panic!("{other:?}"),
    };
    assert_eq!(fd, 3);
    assert_eq!(
        apply(
            &mut v,
            VfsOp::Write {
                pid: 1,
                fd,
                data: b"hello".to_vec(),
                position: None
            }
        ),
        Ok(Reply::Count(5))
    );
    assert_eq!(
        apply(
            &mut v,
            VfsOp::Write {
                pid: 1,
                fd,
                data: b"J".to_vec(),
                position: Some(0)
            }
        ),
        Ok(Reply::Count(1))
    );
    assert_eq!(
        apply(
            &mut v,
            VfsOp::Read {
                pid: 1,
                fd,
                len: 10,
                position: Some(0)
            }
        ),
        Ok(Reply::Bytes(b"Jello".to_vec()))
    );
    // The offset did not move for positioned I/O: it is at 5, the end.
    assert_eq!(
        apply(
            &mut v,
            VfsOp::Read {
                pid: 1,
                fd,
                len: 10,
                position: None
            }
        ),
        Ok(Reply::Bytes(vec![]))
    );
    // Unlinked while open: still readable through the descriptor, gone by name.
    v.remove("/f", false).unwrap();
    assert_eq!(v.stat("/f", true).unwrap_err().code, Errno::ENOENT);
    assert_eq!(
        apply(
            &mut v,
            VfsOp::Read {
                pid: 1,
                fd,
                len: 10,
                position: Some(1)
            }
        ),
        Ok(Reply::Bytes(b"ello".to_vec()))
    );
    assert_eq!(v.used_bytes(), 5);
    apply(&mut v, VfsOp::Close { pid: 1, fd }).unwrap();
    assert_eq!(
        v.used_bytes(),
        0,
        "the inode is freed with its last descriptor"
    );
    assert_eq!(
        code(apply(&mut v, VfsOp::Close { pid: 1, fd })),
        Some(Errno::EBADF)
    );
    // Another process has its own table; O_APPEND always writes at the end.
    v.write_file("/g", b"ab", false, false).unwrap();
    let Ok(Reply::Fd(fd2)) = apply(
        &mut v,
        VfsOp::Open {
            pid: 2,
            path: cp("/g"),
            flags: O_WRONLY | O_APPEND,
            mode: 0,
        },
    ) else {
        panic!()
    };
    assert_eq!(
        code(apply(
            &mut v,
            VfsOp::Read {
                pid: 2,
                fd: fd2,
                len: 1,
                position: None
            }
        )),
        Some(Errno::EBADF)
    );
    assert_eq!(
        code(apply(&mut v, VfsOp::Fstat { pid: 1, fd: fd2 })),
        Some(Errno::EBADF)
    );
    apply(
        &mut v,
        VfsOp::Write {
            pid: 2,
            fd: fd2,
            data: b"c".to_vec(),
            position: Some(0),
        },
    )
    .unwrap();
    assert_eq!(v.read_file("/g").unwrap(), b"abc");
    apply(&mut v, VfsOp::CloseAll { pid: 2 }).unwrap();
    assert_eq!(
        code(apply(&mut v, VfsOp::Fstat { pid: 2, fd: fd2 })),
        Some(Errno::EBADF)
    );
    // O_EXCL, O_TRUNC, O_DIRECTORY.
    assert_eq!(
        code(apply(
            &mut v,
            VfsOp::Open {
                pid: 1,
                path: cp("/g"),
                flags: O_WRONLY | O_CREAT | O_EXCL,
                mode: 0
            }
        )),
        Some(Errno::EEXIST)
    );
    apply(
        &mut v,
        VfsOp::Open {
            pid: 1,
            path: cp("/g"),
            flags: O_WRONLY | O_TRUNC,
            mode: 0,
        },
    )
    .unwrap();
    assert_eq!(v.read_file("/g").unwrap(), b"");
    assert_eq!(
        code(apply(
            &mut v,
            VfsOp::Open {
                pid: 1,
                path: cp("/g"),
                flags: O_DIRECTORY,
                mode: 0
            }
        )),
        Some(Errno::ENOTDIR)
    );
}

#[test]
fn symlinks_hard_links_and_loops() {
    let mut v = mem();
    v.mkdir("/d", false, 0o755).unwrap();
    v.write_file("/d/f", b"data", false, false).unwrap();
    v.symlink("f", "/d/rel").unwrap();
    v.symlink("/d", "/dlink").unwrap();
    assert_eq!(v.read_file("/d/rel").unwrap(), b"data");
    assert_eq!(v.read_file("/dlink/f").unwrap(), b"data");
    assert_eq!(v.stat("/d/rel", false).unwrap().kind, FileType::Symlink);
    assert_eq!(v.readlink("/d/rel").unwrap(), "f");
    assert_eq!(v.readlink("/d/f").unwrap_err().code, Errno::EINVAL);
    assert_eq!(v.realpath("/dlink/rel").unwrap(), "/d/f");
    v.symlink("/loop2", "/loop1").unwrap();
    v.symlink("/loop1", "/loop2").unwrap();
    assert_eq!(v.read_file("/loop1").unwrap_err().code, Errno::ELOOP);
    assert_eq!(v.symlink("x", "/d/f").unwrap_err().code, Errno::EEXIST);
    // Hard links share the inode.
    v.link("/d/f", "/hard").unwrap();
    assert_eq!(v.stat("/d/f", true).unwrap().nlink, 2);
    v.write_file("/hard", b"new", false, false).unwrap();
    assert_eq!(v.read_file("/d/f").unwrap(), b"new");
    v.remove("/d/f", false).unwrap();
    assert_eq!(v.stat("/hard", true).unwrap().nlink, 1);
    assert_eq!(v.link("/d", "/dd").unwrap_err().code, Errno::EPERM);
    // Writing through a dangling symlink creates its target.
    v.symlink("/d/created", "/dangling").unwrap();
    let Ok(Reply::Fd(_)) = apply(
        &mut v,
        VfsOp::Open {
            pid: 1,
            path: cp("/dangling"),
            flags: O_WRONLY | O_CREAT,
            mode: 0o644,
        },
    ) else {
        panic!()
    };
    assert!(v.stat("/d/created", true).is_ok());
}

#[test]
fn rename_follows_posix() {
    let mut v = mem();
    v.mkdir("/a", false, 0o755).unwrap();
    v.mkdir("/b", false, 0o755).unwrap();
    v.write_file("/a/f", b"1", false, false).unwrap();
    v.write_file("/b/x", b"2", false, false).unwrap();
    v.rename("/a/f", "/b/x").unwrap();
    assert_eq!(v.read_file("/b/x").unwrap(), b"1");
    assert_eq!(v.stat("/a/f", true).unwrap_err().code, Errno::ENOENT);
    assert_eq!(v.rename("/a", "/b").unwrap_err().code, Errno::ENOTEMPTY);
    assert_eq!(v.rename("/a", "/b/x").unwrap_err().code, Errno::ENOTDIR);
    assert_eq!(v.rename("/b/x", "/a").unwrap_err().code, Errno::EISDIR);
    assert_eq!(v.rename("/a", "/a/sub").unwrap_err().code, Errno::EINVAL);
    let e = v.rename("/nope", "/z").unwrap_err();
    assert_eq!(
        (e.code, e.syscall.as_str(), e.dest.as_deref()),
        (Errno::ENOENT, "rename", Some("/z"))
    );
    v.rename("/b", "/c").unwrap();
    assert_eq!(v.read_file("/c/x").unwrap(), b"1");
    assert_eq!(
        v.stat("/", true).unwrap().nlink,
        5,
        "/, /a, /c, /tmp: nlink = 2 + subdirs"
    );
}

#[test]
fn quota_gives_enospc_and_memory_stays_bounded() {
    let mut v = with_quota(1000);
    v.write_file("/a", &[0u8; 600], false, false).unwrap();
    assert_eq!(
        v.write_file("/b", &[0u8; 600], false, false)
            .unwrap_err()
            .code,
        Errno::ENOSPC
    );
    assert_eq!(v.used_bytes(), 600);
    v.write_file("/a", &[0u8; 100], false, false).unwrap();
    assert_eq!(v.used_bytes(), 100);
    let Ok(Reply::Fd(fd)) = apply(
        &mut v,
        VfsOp::Open {
            pid: 1,
            path: cp("/a"),
            flags: O_WRONLY,
            mode: 0,
        },
    ) else {
        panic!()
    };
    assert_eq!(
        code(apply(
            &mut v,
            VfsOp::Write {
                pid: 1,
                fd,
                data: vec![0; 10],
                position: Some(5000)
            }
        )),
        Some(Errno::ENOSPC)
    );
    assert_eq!(
        code(apply(
            &mut v,
            VfsOp::Ftruncate {
                pid: 1,
                fd,
                len: 1 << 40
            }
        )),
        Some(Errno::ENOSPC)
    );
    let Ok(Reply::StatFs(s)) = apply(&mut v, VfsOp::Statfs { path: cp("/") }) else {
        panic!()
    };
    assert_eq!(s.bsize * s.blocks, 0, "1000 bytes is less than one block");
}

#[test]
fn symlinks_cannot_walk_around_permissions() {
    let mut v = mem();
    v.mkdir("/public", false, 0o755).unwrap();
    v.mkdir("/secret", false, 0o755).unwrap();
    v.write_file("/secret/key", b"k", false, false).unwrap();
    v.symlink("/secret/key", "/public/link").unwrap();
    let p = Permissions::deny_all().allow_fs("/public");
    let checked = p.check(FsAccess::Read, "/public/link", "open").unwrap();
    let e = apply(&mut v, VfsOp::ReadFile { path: checked }).unwrap_err();
    assert_eq!(
        (e.code, e.path.as_deref()),
        (Errno::EACCES, Some("/public/link"))
    );
    // lstat of the link itself is fine.
    let checked = p.check(FsAccess::Stat, "/public/link", "lstat").unwrap();
    assert!(apply(
        &mut v,
        VfsOp::Stat {
            path: checked,
            follow: false
        }
    )
    .is_ok());
}

#[test]
fn chmod_utimes_copy_access_mkdtemp() {
    let mut v = Vfs::new(
        &FsConfig::default(),
        Arc::new(SystemClock::new()),
        Arc::new(SeededEntropy::new(3)),
    )
    .unwrap();
    v.write_file("/f", b"x", false, false).unwrap();
    apply(
        &mut v,
        VfsOp::Chmod {
            path: cp("/f"),
            mode: 0o600,
            follow: true,
        },
    )
    .unwrap();
    assert_eq!(v.stat("/f", true).unwrap().mode & 0o7777, 0o600);
    assert_eq!(v.stat("/f", true).unwrap().mode & 0o170000, 0o100000);
    apply(
        &mut v,
        VfsOp::Utimes {
            path: cp("/f"),
            atime_ms: 1000.0,
            mtime_ms: 2000.0,
            follow: true,
        },
    )
    .unwrap();
    assert_eq!(v.stat("/f", true).unwrap().mtime_ms, 2000.0);
    apply(
        &mut v,
        VfsOp::CopyFile {
            from: cp("/f"),
            to: cp("/g"),
            exclusive: false,
        },
    )
    .unwrap();
    assert_eq!(v.read_file("/g").unwrap(), b"x");
    assert_eq!(
        code(apply(
            &mut v,
            VfsOp::CopyFile {
                from: cp("/f"),
                to: cp("/g"),
                exclusive: true
            }
        )),
        Some(Errno::EEXIST)
    );
    assert_eq!(
        code(apply(
            &mut v,
            VfsOp::Access {
                path: cp("/f"),
                mode: 1
            }
        )),
        Some(Errno::EACCES)
    );
    assert!(apply(
        &mut v,
        VfsOp::Access {
            path: cp("/f"),
            mode: 6
        }
    )
    .is_ok());
    // The file system starts with a sticky, world-writable /tmp.
    assert_eq!(v.stat("/tmp", true).unwrap().mode, 0o041777);
    let Ok(Reply::Path(a)) = apply(
        &mut v,
        VfsOp::Mkdtemp {
            prefix: cp("/tmp/x-"),
            inside: false,
        },
    ) else {
        panic!()
    };
    let Ok(Reply::Path(b)) = apply(
        &mut v,
        VfsOp::Mkdtemp {
            prefix: cp("/tmp/x-"),
            inside: false,
        },
    ) else {
        panic!()
    };
    assert!(a.starts_with("/tmp/x-") && a.len() == "/tmp/x-".len() + 6 && a != b);
    assert_eq!(v.stat(&a, true).unwrap().kind, FileType::Dir);
    let Ok(Reply::Path(c)) = apply(
        &mut v,
        VfsOp::Mkdtemp {
            prefix: cp("/tmp/"),
            inside: true,
        },
    ) else {
        panic!()
    };
    assert!(
        c.starts_with("/tmp/") && c.len() == "/tmp/".len() + 6,
        "{c}"
    );
    // copyFile keeps the source's mode.
    apply(
        &mut v,
        VfsOp::CopyFile {
            from: cp("/f"),
            to: cp("/h"),
            exclusive: false,
        },
    )
    .unwrap();
    assert_eq!(v.stat("/h", true).unwrap().mode & 0o777, 0o600);
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
            mode: MountMode::Overlay,
        }],
        ..Default::default()
    };
    let mut v = Vfs::new(&cfg, Arc::new(SystemClock::new()), Arc::new(OsEntropy)).unwrap();
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
    // Removing a host file hides it; renaming a host file copies it up.
    v.remove("/app/a.txt", false).unwrap();
    assert_eq!(v.read_file("/app/a.txt").unwrap_err().code, Errno::ENOENT);
    assert!(dir.path().join("a.txt").exists());
    std::fs::write(dir.path().join("b.txt"), "bee").unwrap();
    v.rename("/app/b.txt", "/app/sub/b2.txt").unwrap();
    assert_eq!(v.read_file("/app/sub/b2.txt").unwrap(), b"bee");
    assert_eq!(v.stat("/app/b.txt", true).unwrap_err().code, Errno::ENOENT);
    assert!(dir.path().join("b.txt").exists());
    assert_eq!(
        v.rename("/app/sub", "/moved").unwrap_err().code,
        Errno::EXDEV
    );
    assert_eq!(v.realpath("/app/sub/../sub").unwrap_or_default(), "");
    assert_eq!(v.realpath("/app/sub").unwrap(), "/app/sub");
    // A host file read through a descriptor.
    std::fs::write(dir.path().join("c.txt"), "0123456789").unwrap();
    let Ok(Reply::Fd(fd)) = apply(
        &mut v,
        VfsOp::Open {
            pid: 1,
            path: cp("/app/c.txt"),
            flags: 0,
            mode: 0,
        },
    ) else {
        panic!()
    };
    assert_eq!(
        apply(
            &mut v,
            VfsOp::Read {
                pid: 1,
                fd,
                len: 3,
                position: Some(4)
            }
        ),
        Ok(Reply::Bytes(b"456".to_vec()))
    );
    assert_eq!(
        code(apply(
            &mut v,
            VfsOp::Write {
                pid: 1,
                fd,
                data: b"x".to_vec(),
                position: None
            }
        )),
        Some(Errno::EBADF)
    );
}

/// Random operation sequences against the VFS and a plain model of paths; results (success or
/// error code) and contents must agree.
#[test]
fn random_operations_match_a_model() {
    #[derive(Default, Clone)]
    struct Model {
        dirs: BTreeSet<String>,
        files: BTreeMap<String, Vec<u8>>,
    }
    impl Model {
        fn parent_ok(&self, p: &str) -> Result<(), Errno> {
            let (parent, _) = split_parent(p).unwrap();
            if self.files.contains_key(&parent) {
                Err(Errno::ENOTDIR)
            } else if parent == "/" || self.dirs.contains(&parent) {
                Ok(())
            } else {
                Err(Errno::ENOENT)
            }
        }
        fn exists(&self, p: &str) -> bool {
            self.dirs.contains(p) || self.files.contains_key(p)
        }
        fn children(&self, p: &str) -> usize {
            let pre = format!("{p}/");
            self.dirs
                .iter()
                .chain(self.files.keys())
                .filter(|x| x.starts_with(&pre) && !x[pre.len()..].contains('/'))
                .count()
        }
    }
    let names = ["/a", "/b", "/a/x", "/a/y", "/b/x", "/a/x/z"];
    let mut seed = 0x1234_5678_9abc_def0u64;
    let mut rnd = |n: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % n as u64) as usize
    };
    for round in 0..30 {
        let mut v = mem();
        let mut m = Model::default();
        for step in 0..200 {
            let p = names[rnd(names.len())];
            let q = names[rnd(names.len())];
            let data = vec![b'a' + (rnd(26) as u8); rnd(5)];
            let (got, want): (Result<(), Errno>, Result<(), Errno>) = match rnd(7) {
                0 => (
                    v.mkdir(p, false, 0o755).map(|_| ()).map_err(|e| e.code),
                    if m.exists(p) {
                        Err(Errno::EEXIST)
                    } else {
                        m.parent_ok(p).map(|_| {
                            m.dirs.insert(p.to_string());
                        })
                    },
                ),
                1 => (
                    v.write_file(p, &data, false, false).map_err(|e| e.code),
                    if m.dirs.contains(p) {
                        Err(Errno::EISDIR)
                    } else {
                        m.parent_ok(p).map(|_| {
                            m.files.insert(p.to_string(), data.clone());
                        })
                    },
                ),
                2 => (
                    v.remove(p, false).map_err(|e| e.code),
                    if m.files.remove(p).is_some() {
                        Ok(())
                    } else if m.dirs.contains(p) {
                        Err(Errno::EISDIR)
                    } else {
                        m.parent_ok(p).and(Err(Errno::ENOENT))
                    },
                ),
                3 => (
                    v.remove(p, true).map_err(|e| e.code),
                    if m.dirs.contains(p) {
                        if m.children(p) > 0 {
                            Err(Errno::ENOTEMPTY)
                        } else {
                            m.dirs.remove(p);
                            Ok(())
                        }
                    } else if m.files.contains_key(p) {
                        Err(Errno::ENOTDIR)
                    } else {
                        m.parent_ok(p).and(Err(Errno::ENOENT))
                    },
                ),
                4 => {
                    // Rename files only in the model (directories: just compare the outcome kind).
                    let got = v.rename(p, q).map_err(|e| e.code);
                    let want = if let Some(d) = m.files.get(p).cloned() {
                        if p == q {
                            Ok(())
                        } else if m.dirs.contains(q) {
                            Err(Errno::EISDIR)
                        } else {
                            m.parent_ok(q).map(|_| {
                                m.files.remove(p);
                                m.files.insert(q.to_string(), d);
                            })
                        }
                    } else if m.dirs.contains(p) {
                        // Mirror what the VFS did for directories.
                        if got.is_ok() && p != q {
                            let moved: Vec<(String, String)> = m
                                .dirs
                                .iter()
                                .filter(|d| path_within(d, p))
                                .map(|d| (d.clone(), format!("{q}{}", &d[p.len()..])))
                                .collect();
                            let files: Vec<(String, String)> = m
                                .files
                                .keys()
                                .filter(|f| path_within(f, p))
                                .map(|f| (f.clone(), format!("{q}{}", &f[p.len()..])))
                                .collect();
                            m.dirs.remove(q);
                            for (a, b) in moved {
                                m.dirs.remove(&a);
                                m.dirs.insert(b);
                            }
                            for (a, b) in files {
                                let d = m.files.remove(&a).unwrap();
                                m.files.insert(b, d);
                            }
                        }
                        got
                    } else {
                        Err(Errno::ENOENT)
                    };
                    (got, want)
                }
                5 => (
                    v.read_file(p)
                        .map(|d| {
                            assert_eq!(Some(&d), m.files.get(p), "round {round} step {step} {p}")
                        })
                        .map_err(|e| e.code),
                    if m.files.contains_key(p) {
                        Ok(())
                    } else if m.dirs.contains(p) {
                        Err(Errno::EISDIR)
                    } else {
                        m.parent_ok(p).and(Err(Errno::ENOENT))
                    },
                ),
                _ => {
                    let got = v.readdir("/a").map(|e| e.len()).map_err(|e| e.code);
                    let want = if m.dirs.contains("/a") {
                        Ok(m.children("/a"))
                    } else if m.files.contains_key("/a") {
                        Err(Errno::ENOTDIR)
                    } else {
                        Err(Errno::ENOENT)
                    };
                    assert_eq!(got, want, "round {round} step {step} readdir /a");
                    (Ok(()), Ok(()))
                }
            };
            // For parent errors the VFS and the model may differ only in which of ENOENT and
            // ENOTDIR they report when both apply; everything else must match exactly.
            match (&got, &want) {
                (Err(Errno::ENOENT), Err(Errno::ENOTDIR))
                | (Err(Errno::ENOTDIR), Err(Errno::ENOENT)) => {}
                _ => assert_eq!(got, want, "round {round} step {step}: op on {p} / {q}"),
            }
        }
        let used: usize = m.files.values().map(Vec::len).sum();
        assert_eq!(
            v.used_bytes(),
            used as u64,
            "round {round}: quota accounting"
        );
    }
}

#[test]
fn trailing_slash_names_a_directory() {
    let mut v = mem();
    v.write_file("/f", b"x", false, false).unwrap();
    v.mkdir("/d", false, 0o755).unwrap();
    v.symlink("f", "/lf").unwrap();
    v.symlink("d", "/ld").unwrap();
    let stat = |v: &mut Vfs, p: &str, follow: bool| {
        apply(
            v,
            VfsOp::Stat {
                path: cp(p),
                follow,
            },
        )
    };
    assert_eq!(code(stat(&mut v, "/f/", true)), Some(Errno::ENOTDIR));
    assert_eq!(code(stat(&mut v, "/lf/", false)), Some(Errno::ENOTDIR));
    // lstat("link-to-dir/") follows the link.
    match stat(&mut v, "/ld/", false) {
        Ok(Reply::Stat(s)) => assert_eq!(s.kind, FileType::Dir),
        other => panic!("{other:?}"),
    }
    assert_eq!(code(stat(&mut v, "/missing/", true)), Some(Errno::ENOENT));
    let op = |v: &mut Vfs, op: VfsOp| code(apply(v, op));
    assert_eq!(
        op(&mut v, VfsOp::ReadFile { path: cp("/f/") }),
        Some(Errno::ENOTDIR)
    );
    for p in ["/f/", "/new/"] {
        assert_eq!(
            op(
                &mut v,
                VfsOp::WriteFile {
                    path: cp(p),
                    data: b"y".to_vec(),
                    append: false,
                    exclusive: false
                }
            ),
            Some(Errno::EISDIR)
        );
    }
    assert_eq!(
        op(&mut v, VfsOp::Unlink { path: cp("/f/") }),
        Some(Errno::ENOTDIR)
    );
    assert_eq!(
        op(&mut v, VfsOp::Unlink { path: cp("/d/") }),
        Some(Errno::EISDIR)
    );
    assert_eq!(
        op(&mut v, VfsOp::Rmdir { path: cp("/ld/") }),
        Some(Errno::ENOTDIR)
    );
    assert_eq!(
        op(
            &mut v,
            VfsOp::Rename {
                from: cp("/f/"),
                to: cp("/g")
            }
        ),
        Some(Errno::ENOTDIR)
    );
    assert_eq!(
        op(
            &mut v,
            VfsOp::Rename {
                from: cp("/f"),
                to: cp("/g/")
            }
        ),
        Some(Errno::ENOTDIR)
    );
    assert_eq!(
        op(&mut v, VfsOp::Readlink { path: cp("/lf/") }),
        Some(Errno::ENOTDIR)
    );
    assert_eq!(
        op(&mut v, VfsOp::Readlink { path: cp("/ld/") }),
        Some(Errno::EINVAL)
    );
    assert_eq!(
        op(
            &mut v,
            VfsOp::Truncate {
                path: cp("/f/"),
                len: 0
            }
        ),
        Some(Errno::ENOTDIR)
    );
    assert_eq!(
        op(
            &mut v,
            VfsOp::Open {
                pid: 1,
                path: cp("/f/"),
                flags: 0,
                mode: 0
            }
        ),
        Some(Errno::ENOTDIR)
    );
    // A directory moves to a name written with a slash; the file stayed where it was.
    v.mkdir("/d2", false, 0o755).unwrap();
    assert_eq!(
        op(
            &mut v,
            VfsOp::Rename {
                from: cp("/d2"),
                to: cp("/d3/")
            }
        ),
        None
    );
    assert_eq!(v.stat("/d3", true).unwrap().kind, FileType::Dir);
    assert_eq!(v.read_file("/f").unwrap(), b"x");
    assert_eq!(
        op(
            &mut v,
            VfsOp::Mkdir {
                path: cp("/nd/"),
                recursive: false,
                mode: 0o755
            }
        ),
        None
    );
}

#[test]
fn chown_minus_one_keeps_that_id() {
    let mut v = mem();
    v.write_file("/f", b"x", false, false).unwrap();
    let chown = |v: &mut Vfs, uid, gid| {
        apply(
            v,
            VfsOp::Chown {
                path: cp("/f"),
                uid,
                gid,
                follow: true,
            },
        )
        .unwrap();
        let s = v.stat("/f", true).unwrap();
        (s.uid, s.gid)
    };
    assert_eq!(chown(&mut v, Some(10), Some(20)), (10, 20));
    assert_eq!(chown(&mut v, None, Some(30)), (10, 30));
    assert_eq!(chown(&mut v, Some(40), None), (40, 30));
    assert_eq!(chown(&mut v, None, None), (40, 30));
    let fd = match apply(
        &mut v,
        VfsOp::Open {
            pid: 1,
            path: cp("/f"),
            flags: O_RDWR,
            mode: 0,
        },
    ) {
        Ok(Reply::Fd(fd)) => fd,
        other => panic!("{other:?}"),
    };
    apply(
        &mut v,
        VfsOp::Fchown {
            pid: 1,
            fd,
            uid: None,
            gid: Some(5),
        },
    )
    .unwrap();
    let s = v.stat("/f", true).unwrap();
    assert_eq!((s.uid, s.gid), (40, 5));
}
