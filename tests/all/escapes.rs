//! Containment: nothing a sandbox does reaches past its mounts and its policy.

use std::sync::Arc;

use secure_exec::actors::vfs::{FsConfig, HostMount, MountMode};
use secure_exec::actors::{Kernel, KernelConfig, OsEntropy, SystemClock};
use secure_exec::syscalls::{Errno, Reply, Syscall};
use secure_exec::{ExecOptions, Permissions, Runtime};

use crate::util::se;

struct Host {
    inside: tempfile::TempDir,
    outside: tempfile::TempDir,
}

fn host() -> Host {
    let inside = tempfile::tempdir().unwrap();
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(inside.path().join("a.txt"), "inside").unwrap();
    std::fs::create_dir(inside.path().join("sub")).unwrap();
    std::fs::write(outside.path().join("secret"), "secret").unwrap();
    std::os::unix::fs::symlink(
        outside.path().join("secret"),
        inside.path().join("out-link"),
    )
    .unwrap();
    std::os::unix::fs::symlink(outside.path(), inside.path().join("out-dir")).unwrap();
    Host { inside, outside }
}

fn kernel(h: &Host, mode: MountMode, p: Permissions) -> (Kernel, u32) {
    let k = Kernel::start(KernelConfig {
        permissions: p,
        fs: FsConfig {
            mounts: vec![HostMount {
                guest: "/app".into(),
                host: h.inside.path().to_path_buf(),
                mode,
            }],
            ..Default::default()
        },
        clock: Arc::new(SystemClock::new()),
        entropy: Arc::new(OsEntropy),
        system: Default::default(),
    })
    .unwrap();
    let pid = k.spawn(Default::default()).unwrap();
    (k, pid)
}

fn errno(r: Result<Reply, secure_exec::syscalls::SysError>) -> Errno {
    r.expect_err("must fail").code
}

#[test]
fn dot_dot_and_host_symlinks_cannot_leave_a_mount() {
    let h = host();
    let (k, pid) = kernel(&h, MountMode::Overlay, Permissions::allow_all());
    let read = |p: &str| k.call(pid, Syscall::FsReadFile { path: p.into() });
    assert_eq!(read("/app/a.txt"), Ok(Reply::Bytes(b"inside".to_vec())));
    // `..` is resolved inside the guest namespace: it lands outside every mount, where nothing is.
    let escape = format!("/app/../../../../{}/secret", h.outside.path().display());
    assert_eq!(errno(read(&escape)), Errno::ENOENT);
    assert_eq!(errno(read("/app/sub/../../etc/passwd")), Errno::ENOENT);
    // A host symlink pointing out of the mount fails closed, for files and directories.
    assert_eq!(errno(read("/app/out-link")), Errno::EACCES);
    assert_eq!(errno(read("/app/out-dir/secret")), Errno::EACCES);
    assert_eq!(
        errno(k.call(
            pid,
            Syscall::FsReaddir {
                path: "/app/out-dir".into()
            }
        )),
        Errno::EACCES
    );
    // Host paths that are not mounted do not exist, even with every permission.
    for p in [
        "/proc/self/environ",
        "/etc/passwd",
        "/proc/1/root/etc/shadow",
        "/sys/kernel",
    ] {
        assert_eq!(errno(read(p)), Errno::ENOENT, "{p}");
    }
    // Null bytes and relative paths never reach the VFS.
    assert_eq!(errno(read("/app/a.txt\0.png")), Errno::EINVAL);
    assert_eq!(errno(read("app/a.txt")), Errno::EINVAL);
    k.shutdown();
}

#[test]
fn overlay_writes_never_reach_the_host() {
    let h = host();
    let (k, pid) = kernel(&h, MountMode::Overlay, Permissions::allow_all());
    let call = |c: Syscall| k.call(pid, c);
    call(Syscall::FsWriteFile {
        path: "/app/a.txt".into(),
        data: b"changed".to_vec(),
        append: false,
        exclusive: false,
    })
    .unwrap();
    call(Syscall::FsMkdir {
        path: "/app/new".into(),
        recursive: false,
        mode: 0o777,
    })
    .unwrap();
    call(Syscall::FsUnlink {
        path: "/app/out-link".into(),
    })
    .unwrap();
    call(Syscall::FsChmod {
        path: "/app/sub".into(),
        mode: 0o700,
        follow: true,
    })
    .unwrap();
    call(Syscall::FsSymlink {
        target: "/etc/passwd".into(),
        path: "/app/sneaky".into(),
    })
    .unwrap();
    call(Syscall::FsRename {
        from: "/app/a.txt".into(),
        to: "/app/b.txt".into(),
    })
    .unwrap();
    assert_eq!(
        call(Syscall::FsReadFile {
            path: "/app/b.txt".into()
        }),
        Ok(Reply::Bytes(b"changed".to_vec()))
    );
    // The host is exactly as it was.
    assert_eq!(
        std::fs::read_to_string(h.inside.path().join("a.txt")).unwrap(),
        "inside"
    );
    assert!(!h.inside.path().join("new").exists() && !h.inside.path().join("b.txt").exists());
    assert!(std::fs::symlink_metadata(h.inside.path().join("out-link")).is_ok());
    assert!(!h.inside.path().join("sneaky").exists());
    // The sandbox's own symlink to a host path finds nothing there.
    assert_eq!(
        errno(call(Syscall::FsReadFile {
            path: "/app/sneaky".into()
        })),
        Errno::ENOENT
    );
    k.shutdown();
}

#[test]
fn read_only_mounts_refuse_every_mutation() {
    let h = host();
    let (k, pid) = kernel(&h, MountMode::ReadOnly, Permissions::allow_all());
    let call = |c: Syscall| k.call(pid, c);
    assert!(call(Syscall::FsReadFile {
        path: "/app/a.txt".into()
    })
    .is_ok());
    let attempts = vec![
        Syscall::FsWriteFile {
            path: "/app/a.txt".into(),
            data: vec![1],
            append: false,
            exclusive: false,
        },
        Syscall::FsWriteFile {
            path: "/app/new.txt".into(),
            data: vec![1],
            append: false,
            exclusive: false,
        },
        Syscall::FsMkdir {
            path: "/app/d".into(),
            recursive: false,
            mode: 0o777,
        },
        Syscall::FsMkdir {
            path: "/app/d/e".into(),
            recursive: true,
            mode: 0o777,
        },
        Syscall::FsUnlink {
            path: "/app/a.txt".into(),
        },
        Syscall::FsRmdir {
            path: "/app/sub".into(),
        },
        Syscall::FsRename {
            from: "/app/a.txt".into(),
            to: "/app/z.txt".into(),
        },
        Syscall::FsSymlink {
            target: "x".into(),
            path: "/app/l".into(),
        },
        Syscall::FsLink {
            existing: "/app/a.txt".into(),
            new: "/app/h".into(),
        },
        Syscall::FsChmod {
            path: "/app/a.txt".into(),
            mode: 0o777,
            follow: true,
        },
        Syscall::FsUtimes {
            path: "/app/a.txt".into(),
            atime_ms: 0.0,
            mtime_ms: 0.0,
            follow: true,
        },
        Syscall::FsTruncate {
            path: "/app/a.txt".into(),
            len: 0,
        },
        Syscall::FsOpen {
            path: "/app/a.txt".into(),
            flags: 1,
            mode: 0o666,
        },
        Syscall::FsCopyFile {
            from: "/app/a.txt".into(),
            to: "/app/c.txt".into(),
            exclusive: false,
        },
    ];
    for a in attempts {
        let what = format!("{a:?}");
        assert_eq!(errno(call(a)), Errno::EACCES, "{what}");
    }
    // Copying *out* of the read-only mount is fine.
    assert!(call(Syscall::FsCopyFile {
        from: "/app/a.txt".into(),
        to: "/copy.txt".into(),
        exclusive: false
    })
    .is_ok());
    k.shutdown();
}

#[test]
fn sandbox_symlinks_cannot_reach_denied_paths() {
    // Within one kernel: a link in an allowed directory pointing at a denied one.
    let k = Kernel::start(KernelConfig {
        permissions: Permissions::allow_all_fs().deny_fs("/private"),
        fs: FsConfig {
            files: vec![("/private/key".into(), b"k".to_vec())],
            ..Default::default()
        },
        ..Default::default()
    })
    .unwrap();
    let pid = k.spawn(Default::default()).unwrap();
    let call = |c: Syscall| k.call(pid, c);
    assert_eq!(
        errno(call(Syscall::FsReadFile {
            path: "/private/key".into()
        })),
        Errno::EACCES
    );
    call(Syscall::FsMkdir {
        path: "/public".into(),
        recursive: false,
        mode: 0o777,
    })
    .unwrap();
    call(Syscall::FsSymlink {
        target: "/private".into(),
        path: "/public/door".into(),
    })
    .unwrap();
    call(Syscall::FsSymlink {
        target: "../private/key".into(),
        path: "/public/key".into(),
    })
    .unwrap();
    // The file exists; following the links to it is checked against the policy.
    for p in ["/public/door/key", "/public/key"] {
        assert_eq!(
            errno(call(Syscall::FsReadFile { path: p.into() })),
            Errno::EACCES,
            "{p}"
        );
    }
    assert_eq!(
        errno(call(Syscall::FsOpen {
            path: "/public/key".into(),
            flags: 0,
            mode: 0
        })),
        Errno::EACCES
    );
    assert_eq!(
        errno(call(Syscall::FsReaddir {
            path: "/public/door".into()
        })),
        Errno::EACCES
    );
    assert_eq!(
        errno(call(Syscall::FsWriteFile {
            path: "/public/key".into(),
            data: vec![1],
            append: false,
            exclusive: false
        })),
        Errno::EACCES
    );
    k.shutdown();
}

#[test]
fn cli_mounts_and_native_addons() {
    let h = host();
    std::fs::write(h.inside.path().join("addon.node"), b"\x7fELF").unwrap();
    let work = tempfile::tempdir().unwrap();
    std::fs::write(
        work.path().join("app.js"),
        "const fs = require('fs');\n\
         console.log(fs.readFileSync('/mnt/a.txt', 'utf8'));\n\
         try { fs.writeFileSync('/mnt/a.txt', 'x') } catch (e) { console.log(e.code) }\n\
         try { require('/mnt/addon.node') } catch (e) { console.log(e.code) }\n\
         try { fs.readFileSync('/mnt/a.txt\\0') } catch (e) { console.log(e.code) }\n",
    )
    .unwrap();
    let spec = format!("{}:/mnt:ro", h.inside.path().display());
    let r = se(&["run", "--mount", &spec, "app.js"], work.path(), b"");
    assert_eq!(
        r.stdout, "inside\nEACCES\nERR_DLOPEN_FAILED\nERR_INVALID_ARG_VALUE\n",
        "{}",
        r.stderr
    );
    let r = se(&["run", "--mount", "nonsense", "app.js"], work.path(), b"");
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("--mount"), "{}", r.stderr);
}

/// Runs `code` in a fresh runtime; returns (exit code, stdout).
async fn vm_run(p: Permissions, cpu_ms: Option<u64>, code: &str) -> (i32, String) {
    let out = Arc::new(std::sync::Mutex::new(String::new()));
    let sink = out.clone();
    let mut b = Runtime::builder()
        .permissions(p)
        .file("/data/secret.txt", "s3cret")
        .on_stdio(move |ev| {
            sink.lock()
                .unwrap()
                .push_str(&String::from_utf8_lossy(ev.data))
        });
    if let Some(ms) = cpu_ms {
        b = b.cpu_time_limit(std::time::Duration::from_millis(ms));
    }
    let rt = b.build().unwrap();
    let r = rt
        .exec(
            code,
            ExecOptions {
                env: vec![("SECRET_TOKEN".into(), "hunter2".into())],
                ..Default::default()
            },
        )
        .await
        .unwrap();
    let s = out.lock().unwrap().clone();
    (r.exit_code, s)
}

#[tokio::test(flavor = "multi_thread")]
async fn vm_new_context_has_no_bridge() {
    let (code, out) = vm_run(
        Permissions::deny_all(),
        None,
        "const vm = require('vm');
         console.log(vm.runInNewContext(`[typeof natives, typeof process, typeof require,
           typeof internalBinding, typeof Buffer, typeof module, typeof setTimeout,
           Object.getOwnPropertyNames(globalThis).filter((n) => /^[a-z]/.test(n) && !['globalThis', 'console', 'escape', 'unescape', 'eval', 'isFinite', 'isNaN', 'parseFloat', 'parseInt', 'decodeURI', 'decodeURIComponent', 'encodeURI', 'encodeURIComponent', 'undefined', 'sandboxKey'].includes(n)).join()].join(' ')`, { sandboxKey: 1 }));
         const g = vm.createContext(vm.constants.DONT_CONTEXTIFY);
         console.log(vm.runInContext('typeof process + typeof natives + typeof require', g));",
    )
    .await;
    assert_eq!(code, 0, "{out}");
    assert_eq!(
        out,
        "undefined undefined undefined undefined undefined undefined undefined \nundefinedundefinedundefined\n"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn vm_constructor_escape_reaches_only_the_outer_sandbox() {
    // As in Node, the sandbox object's prototype chain leads back to the caller's realm, so this
    // reaches the caller's `process` — the sandboxed one, still under the same policy.
    let (code, out) = vm_run(
        Permissions::deny_all(),
        None,
        "const vm = require('vm');
         const p = vm.runInNewContext(`this.constructor.constructor('return process')()`);
         console.log(p === process, p.env.SECRET_TOKEN);
         try { p.binding('fs'); } catch (e) { console.log(e.message); }
         const req = p.mainModule ? p.mainModule.require : require;
         try { req('fs').readFileSync('/data/secret.txt', 'utf8'); console.log('READ'); }
         catch (e) { console.log(e.code); }
         const f = vm.runInNewContext(`(function () { return this.constructor.constructor('return typeof natives + typeof internalBinding')(); })`, {});
         console.log(f());",
    )
    .await;
    assert_eq!(code, 0, "{out}");
    assert_eq!(
        out,
        "true undefined\nprocess.binding is not supported in sandbox\nEACCES\nundefinedundefined\n"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn vm_timeout_ends_an_infinite_loop_and_keeps_limits() {
    // The timeout ends the loop and the program goes on.
    let (code, out) = vm_run(
        Permissions::deny_all(),
        None,
        "const vm = require('vm');
         for (const run of [() => vm.runInNewContext('while (true) {}', {}, { timeout: 30 }),
                            () => vm.runInThisContext('for (;;) {}', { timeout: 30 }),
                            () => new vm.Script('while (true) {}').runInContext(vm.createContext({}), { timeout: 30 })]) {
           try { run(); } catch (e) { console.log(e.code, e.message); }
         }
         setTimeout(() => console.log('alive'), 1);",
    )
    .await;
    assert_eq!(code, 0, "{out}");
    assert_eq!(
        out,
        "ERR_SCRIPT_EXECUTION_TIMEOUT Script execution timed out after 30ms\n".repeat(3)
            + "alive\n"
    );
    // A vm timeout must not swallow the CPU limit: the limit still ends the run.
    let start = std::time::Instant::now();
    let (code, out) = vm_run(
        Permissions::deny_all(),
        Some(200),
        "const vm = require('vm');
         try { vm.runInNewContext('while (true) {}', {}, { timeout: 20 }); } catch (e) { console.log(e.code); }
         try { vm.runInNewContext('while (true) {}', {}, { timeout: 60000 }); } catch (e) { console.log('caught', e); }
         console.log('not reached');",
    )
    .await;
    assert_eq!(code, secure_exec::isolate::EXIT_CPU_LIMIT, "{out}");
    assert_eq!(out, "ERR_SCRIPT_EXECUTION_TIMEOUT\n");
    assert!(start.elapsed() < std::time::Duration::from_secs(10));
    // Nor the embedder's terminate.
    let rt = Runtime::builder().build().unwrap();
    let h = rt
        .spawn_exec(
            "require('vm').runInNewContext('while (true) {}', {}, { timeout: 60000 })",
            ExecOptions::default(),
        )
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(100));
    h.terminate();
    assert_eq!(
        h.wait().unwrap().exit_code,
        secure_exec::isolate::EXIT_TERMINATED
    );
}

#[test]
fn read_write_mounts_write_the_host_and_stay_inside() {
    let h = host();
    std::fs::write(h.inside.path().join("sub/inner"), "inner").unwrap();
    // A relative link that stays inside, and one that climbs out.
    std::os::unix::fs::symlink("sub/inner", h.inside.path().join("in-link")).unwrap();
    std::os::unix::fs::symlink("../../..", h.inside.path().join("sub/up")).unwrap();
    let (k, pid) = kernel(&h, MountMode::ReadWrite, Permissions::allow_all());
    let call = |s: Syscall| k.call(pid, s);
    let write = |p: &str, d: &str| {
        call(Syscall::FsWriteFile {
            path: p.into(),
            data: d.as_bytes().to_vec(),
            append: false,
            exclusive: false,
        })
    };
    // Writes, directories, renames, links and metadata land in the host directory.
    assert_eq!(write("/app/new.txt", "hello"), Ok(Reply::Unit));
    assert_eq!(
        std::fs::read_to_string(h.inside.path().join("new.txt")).unwrap(),
        "hello"
    );
    assert!(call(Syscall::FsMkdir {
        path: "/app/d/e".into(),
        recursive: true,
        mode: 0o755
    })
    .is_ok());
    assert!(h.inside.path().join("d/e").is_dir());
    assert_eq!(
        call(Syscall::FsRename {
            from: "/app/new.txt".into(),
            to: "/app/d/e/moved.txt".into()
        }),
        Ok(Reply::Unit)
    );
    assert!(h.inside.path().join("d/e/moved.txt").is_file());
    assert_eq!(
        call(Syscall::FsLink {
            existing: "/app/d/e/moved.txt".into(),
            new: "/app/hard.txt".into()
        }),
        Ok(Reply::Unit)
    );
    assert_eq!(
        std::fs::read_to_string(h.inside.path().join("hard.txt")).unwrap(),
        "hello"
    );
    assert_eq!(
        call(Syscall::FsReadFile {
            path: "/app/in-link".into()
        }),
        Ok(Reply::Bytes(b"inner".to_vec()))
    );
    assert_eq!(
        call(Syscall::FsUnlink {
            path: "/app/hard.txt".into()
        }),
        Ok(Reply::Unit)
    );
    assert!(!h.inside.path().join("hard.txt").exists());

    // Symlinks out of the mount, absolute or relative, in the last or a middle component:
    // nothing is read, written or created outside.
    let secret = h.outside.path().join("secret");
    for p in [
        "/app/out-link",
        "/app/out-dir/secret",
        "/app/sub/up/etc/passwd",
    ] {
        assert_eq!(
            errno(call(Syscall::FsReadFile { path: p.into() })),
            Errno::EACCES,
            "{p}"
        );
        assert_eq!(errno(write(p, "pwned")), Errno::EACCES, "{p}");
    }
    assert_eq!(errno(write("/app/out-dir/new", "x")), Errno::EACCES);
    assert!(!h.outside.path().join("new").exists());
    for s in [
        Syscall::FsMkdir {
            path: "/app/out-dir/made".into(),
            recursive: true,
            mode: 0o755,
        },
        Syscall::FsUnlink {
            path: "/app/out-dir/secret".into(),
        },
        Syscall::FsChmod {
            path: "/app/out-link".into(),
            mode: 0o777,
            follow: true,
        },
        Syscall::FsTruncate {
            path: "/app/out-link".into(),
            len: 0,
        },
        Syscall::FsSymlink {
            target: "/etc/passwd".into(),
            path: "/app/out-dir/l".into(),
        },
        Syscall::FsRename {
            from: "/app/out-dir/secret".into(),
            to: "/app/stolen".into(),
        },
        Syscall::FsOpen {
            path: "/app/out-link".into(),
            flags: 0o1 | 0o1000,
            mode: 0o644,
        },
    ] {
        assert_eq!(errno(call(s)), Errno::EACCES);
    }
    assert!(!h.outside.path().join("made").exists());
    assert_eq!(std::fs::read_to_string(&secret).unwrap(), "secret");
    // A symlink the sandbox makes to a host path is stored, but never followed out.
    assert_eq!(
        call(Syscall::FsSymlink {
            target: secret.display().to_string(),
            path: "/app/mine".into()
        }),
        Ok(Reply::Unit)
    );
    assert_eq!(
        errno(call(Syscall::FsReadFile {
            path: "/app/mine".into()
        })),
        Errno::EACCES
    );
    assert_eq!(errno(write("/app/mine", "pwned")), Errno::EACCES);
    assert_eq!(std::fs::read_to_string(&secret).unwrap(), "secret");
    // Hard links and renames never cross the mount's edge (EXDEV, as between devices).
    assert_eq!(write("/mem.txt", "m"), Ok(Reply::Unit));
    for s in [
        Syscall::FsLink {
            existing: "/mem.txt".into(),
            new: "/app/from-mem".into(),
        },
        Syscall::FsLink {
            existing: "/app/a.txt".into(),
            new: "/out-of-mount".into(),
        },
        Syscall::FsRename {
            from: "/app/a.txt".into(),
            to: "/gone".into(),
        },
        Syscall::FsRename {
            from: "/mem.txt".into(),
            to: "/app/mem.txt".into(),
        },
    ] {
        assert_eq!(errno(call(s)), Errno::EXDEV);
    }
    assert!(!h.inside.path().join("from-mem").exists());
    // Errors name the guest path, never the host's.
    let e = call(Syscall::FsReadFile {
        path: "/app/missing".into(),
    })
    .unwrap_err();
    assert_eq!(e.path.as_deref(), Some("/app/missing"));
    let shown = format!("{e:?}");
    assert!(
        !shown.contains(&h.inside.path().display().to_string()),
        "{shown}"
    );
}

#[test]
fn read_write_mounts_count_against_the_quota() {
    let h = host();
    let k = Kernel::start(KernelConfig {
        permissions: Permissions::allow_all(),
        fs: FsConfig {
            mounts: vec![HostMount {
                guest: "/app".into(),
                host: h.inside.path().to_path_buf(),
                mode: MountMode::ReadWrite,
            }],
            quota_bytes: 1000,
            ..Default::default()
        },
        clock: Arc::new(SystemClock::new()),
        entropy: Arc::new(OsEntropy),
        system: Default::default(),
    })
    .unwrap();
    let pid = k.spawn(Default::default()).unwrap();
    let write = |p: &str, n: usize| {
        k.call(
            pid,
            Syscall::FsWriteFile {
                path: p.into(),
                data: vec![b'x'; n],
                append: false,
                exclusive: false,
            },
        )
    };
    assert_eq!(write("/app/a", 600), Ok(Reply::Unit));
    assert_eq!(errno(write("/app/b", 600)), Errno::ENOSPC);
    assert!(!h.inside.path().join("b").exists());
    // Deleting gives the bytes back.
    assert_eq!(
        k.call(
            pid,
            Syscall::FsUnlink {
                path: "/app/a".into()
            }
        ),
        Ok(Reply::Unit)
    );
    assert_eq!(write("/app/b", 600), Ok(Reply::Unit));
    // Through a descriptor too.
    let Ok(Reply::Fd(fd)) = k.call(
        pid,
        Syscall::FsOpen {
            path: "/app/b".into(),
            flags: 0o2,
            mode: 0o644,
        },
    ) else {
        panic!("open")
    };
    assert_eq!(
        errno(k.call(
            pid,
            Syscall::FsWrite {
                fd,
                data: vec![b'y'; 500],
                position: Some(600)
            }
        )),
        Errno::ENOSPC
    );
    assert_eq!(
        k.call(
            pid,
            Syscall::FsWrite {
                fd,
                data: vec![b'y'; 100],
                position: Some(0)
            }
        ),
        Ok(Reply::Count(100))
    );
    assert_eq!(
        std::fs::metadata(h.inside.path().join("b")).unwrap().len(),
        600
    );
}
