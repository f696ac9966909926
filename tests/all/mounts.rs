//! Host directories mounted into a sandbox: read-write, read-only, overlay; from the embedding
//! API and from the CLI; with the permission policy still applying on top.

use std::sync::{Arc, Mutex};

use secure_exec::actors::vfs::MountMode;
use secure_exec::{ExecOptions, Permissions, Runtime, StdioStream};

use crate::util::se;

fn runtime(
    p: Permissions,
    host: &std::path::Path,
    mode: MountMode,
) -> (Runtime, Arc<Mutex<String>>) {
    let out = Arc::new(Mutex::new(String::new()));
    let sink = out.clone();
    let rt = Runtime::builder()
        .permissions(p)
        .mount(host, "/data", mode)
        .on_stdio(move |ev| {
            let mut o = sink.lock().unwrap();
            if ev.stream == StdioStream::Stderr {
                o.push_str("[err] ");
            }
            o.push_str(&String::from_utf8_lossy(ev.data));
        })
        .build()
        .expect("runtime");
    (rt, out)
}

#[tokio::test(flavor = "multi_thread")]
async fn read_write_mount_writes_reach_the_host() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("in.txt"), "from host").unwrap();
    let (rt, out) = runtime(
        Permissions::allow_all_fs(),
        dir.path(),
        MountMode::ReadWrite,
    );
    let r = rt
        .exec(
            "const fs = require('fs');\n\
             console.log(fs.readFileSync('/data/in.txt', 'utf8'));\n\
             fs.writeFileSync('/data/out.txt', 'written');\n\
             fs.appendFileSync('/data/out.txt', ' twice');\n\
             fs.mkdirSync('/data/a/b', { recursive: true });\n\
             fs.renameSync('/data/in.txt', '/data/a/b/moved.txt');\n\
             const fd = fs.openSync('/data/fd.bin', 'w+');\n\
             fs.writeSync(fd, 'abcdef'); fs.ftruncateSync(fd, 3); fs.fchmodSync(fd, 0o600);\n\
             console.log(fs.fstatSync(fd).size, (fs.fstatSync(fd).mode & 0o777).toString(8));\n\
             fs.closeSync(fd);\n\
             console.log(fs.readdirSync('/data').sort().join(','));\n\
             try { fs.readFileSync('/data/missing') } catch (e) { console.log(e.message) }\n\
             try { fs.linkSync('/data/out.txt', '/tmp-link') } catch (e) { console.log(e.code) }",
            ExecOptions::default(),
        )
        .await
        .unwrap();
    let text = out.lock().unwrap().clone();
    assert_eq!(r.exit_code, 0, "{text}");
    assert_eq!(
        text,
        "from host\n3 600\na,fd.bin,out.txt\n\
         ENOENT: no such file or directory, open '/data/missing'\nEXDEV\n"
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("out.txt")).unwrap(),
        "written twice"
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("a/b/moved.txt")).unwrap(),
        "from host"
    );
    assert!(!dir.path().join("in.txt").exists());
    assert_eq!(std::fs::read(dir.path().join("fd.bin")).unwrap(), b"abc");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_mount_grants_no_permission() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("in.txt"), "from host").unwrap();
    // Read permission only: the read-write mount does not make writes allowed.
    let (rt, out) = runtime(
        Permissions::deny_all().allow_fs_read("/data"),
        dir.path(),
        MountMode::ReadWrite,
    );
    let r = rt
        .exec(
            "const fs = require('fs');\n\
             console.log(fs.readFileSync('/data/in.txt', 'utf8'));\n\
             try { fs.writeFileSync('/data/in.txt', 'x') } catch (e) { console.log(e.code, e.message) }\n\
             try { fs.unlinkSync('/data/in.txt') } catch (e) { console.log(e.code) }",
            ExecOptions::default(),
        )
        .await
        .unwrap();
    let text = out.lock().unwrap().clone();
    assert_eq!(r.exit_code, 0, "{text}");
    assert_eq!(
        text,
        "from host\nEACCES EACCES: permission denied, open '/data/in.txt'\nEACCES\n"
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("in.txt")).unwrap(),
        "from host"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn read_only_mount_refuses_writes_like_node() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("in.txt"), "from host").unwrap();
    let (rt, out) = runtime(Permissions::allow_all_fs(), dir.path(), MountMode::ReadOnly);
    let r = rt
        .exec(
            "const fs = require('fs');\n\
             for (const f of [\n\
               () => fs.writeFileSync('/data/in.txt', 'x'),\n\
               () => fs.writeFileSync('/data/new.txt', 'x'),\n\
               () => fs.mkdirSync('/data/d'),\n\
               () => fs.unlinkSync('/data/in.txt'),\n\
               () => fs.renameSync('/data/in.txt', '/data/b.txt'),\n\
               () => fs.chmodSync('/data/in.txt', 0o777),\n\
             ]) { try { f(); console.log('changed!') } catch (e) { console.log(e.code, e.syscall, e.message) } }\n\
             console.log(fs.readFileSync('/data/in.txt', 'utf8'));\n\
             fs.mkdirSync('/tmp/probe');\n\
             const fd = fs.openSync('/data', 'r'); console.log('dir fd', fs.fstatSync(fd).isDirectory()); fs.closeSync(fd);",
            ExecOptions::default(),
        )
        .await
        .unwrap();
    let text = out.lock().unwrap().clone();
    assert_eq!(r.exit_code, 0, "{text}");
    assert_eq!(
        text,
        "EACCES open EACCES: permission denied, open '/data/in.txt'\n\
         EACCES open EACCES: permission denied, open '/data/new.txt'\n\
         EACCES mkdir EACCES: permission denied, mkdir '/data/d'\n\
         EACCES unlink EACCES: permission denied, unlink '/data/in.txt'\n\
         EACCES rename EACCES: permission denied, rename '/data/in.txt' -> '/data/b.txt'\n\
         EACCES chmod EACCES: permission denied, chmod '/data/in.txt'\n\
         from host\ndir fd true\n"
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("in.txt")).unwrap(),
        "from host"
    );
    assert!(!dir.path().join("new.txt").exists());
}

#[tokio::test(flavor = "multi_thread")]
async fn native_addons_in_a_node_modules_overlay_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let pkg = dir.path().join("addon");
    std::fs::create_dir(&pkg).unwrap();
    std::fs::write(pkg.join("package.json"), r#"{"main":"build/addon.node"}"#).unwrap();
    std::fs::create_dir(pkg.join("build")).unwrap();
    std::fs::write(pkg.join("build/addon.node"), b"\x7fELF\x02\x01\x01").unwrap();
    let plain = dir.path().join("plain");
    std::fs::create_dir(&plain).unwrap();
    std::fs::write(plain.join("index.js"), "module.exports = 'plain ok';").unwrap();
    let out = Arc::new(Mutex::new(String::new()));
    let sink = out.clone();
    let rt = Runtime::builder()
        .permissions(Permissions::allow_all_fs())
        .mount(dir.path(), "/app/node_modules", MountMode::ReadOnly)
        .file("/app/main.js", "")
        .on_stdio(move |ev| {
            sink.lock()
                .unwrap()
                .push_str(&String::from_utf8_lossy(ev.data))
        })
        .build()
        .unwrap();
    let r = rt
        .exec(
            "console.log(require('plain'));\n\
             for (const id of ['addon', 'addon/build/addon.node']) {\n\
               try { require(id); console.log('loaded!') } catch (e) { console.log(e.code, e.message) }\n\
             }",
            ExecOptions {
                file_path: Some("/app/main.js".into()),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    let text = out.lock().unwrap().clone();
    assert_eq!(r.exit_code, 0, "{text}");
    let refused =
        "ERR_DLOPEN_FAILED Cannot load native addon /app/node_modules/addon/build/addon.node: \
                   native addons (.node files) are not supported in sandbox\n";
    assert_eq!(text, format!("plain ok\n{refused}{refused}"));
}

#[test]
fn cli_mount_modes_and_permissions() {
    let data = tempfile::tempdir().unwrap();
    std::fs::write(data.path().join("in.txt"), "host").unwrap();
    let work = tempfile::tempdir().unwrap();
    std::fs::write(
        work.path().join("app.js"),
        "const fs = require('fs');\n\
         try { fs.writeFileSync('/data/out.txt', process.argv[2]); console.log(fs.readFileSync('/data/out.txt', 'utf8')) }\n\
         catch (e) { console.log(e.code) }\n",
    )
    .unwrap();
    let d = data.path().display().to_string();
    let out = data.path().join("out.txt");
    // No suffix: read-write, but writing still needs --allow-fs.
    let spec = format!("{d}:/data");
    let r = se(
        &["run", "--mount", &spec, "app.js", "one"],
        work.path(),
        b"",
    );
    assert_eq!((r.code, r.stdout.as_str()), (0, "EACCES\n"), "{}", r.stderr);
    assert!(!out.exists());
    let r = se(
        &["run", "--allow-fs=/data", "--mount", &spec, "app.js", "two"],
        work.path(),
        b"",
    );
    assert_eq!((r.code, r.stdout.as_str()), (0, "two\n"), "{}", r.stderr);
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "two");
    let spec = format!("{d}:/data:rw");
    let r = se(
        &["run", "--allow-fs", "--mount", &spec, "app.js", "three"],
        work.path(),
        b"",
    );
    assert_eq!(r.stdout, "three\n", "{}", r.stderr);
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "three");
    // Overlay: the sandbox sees its write, the host does not change.
    let spec = format!("{d}:/data:overlay");
    let r = se(
        &["run", "--allow-fs", "--mount", &spec, "app.js", "four"],
        work.path(),
        b"",
    );
    assert_eq!(r.stdout, "four\n", "{}", r.stderr);
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "three");
    let spec = format!("{d}:/data:ro");
    let r = se(
        &["run", "--allow-fs", "--mount", &spec, "app.js", "five"],
        work.path(),
        b"",
    );
    assert_eq!(r.stdout, "EACCES\n", "{}", r.stderr);
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "three");
}

/// Every `fs_*` program runs against a real host directory: node on the host, the sandbox with a
/// read-write mount of a host temporary directory at `/tmp` (where the programs work). Output and
/// exit code must match node's.
#[test]
fn fs_programs_match_node_on_a_read_write_mount() {
    use crate::util::{cli, node22, programs_dir, run};
    let mut programs: Vec<String> = std::fs::read_dir(programs_dir())
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.starts_with("fs_") && n.ends_with(".js"))
        .collect();
    programs.sort();
    assert!(programs.len() >= 10, "{programs:?}");
    let mut failures = Vec::new();
    let mut wrote_host = 0;
    for file in &programs {
        let node_tmp = tempfile::tempdir().unwrap();
        let se_tmp = tempfile::tempdir().unwrap();
        let before = std::fs::metadata(se_tmp.path())
            .unwrap()
            .modified()
            .unwrap();
        let n = run(
            std::process::Command::new(node22())
                .args([file.as_str(), "alpha", "beta"])
                .current_dir(programs_dir())
                .env("SECURE_EXEC_TEST", "hello")
                .env("TMPDIR", node_tmp.path()),
            b"",
        );
        let spec = format!("{}:/tmp", se_tmp.path().display());
        let s = run(
            std::process::Command::new(cli())
                .args(["run", "--allow-env", "--allow-fs", "--mount", &spec])
                .args([file.as_str(), "alpha", "beta"])
                .current_dir(programs_dir())
                .env("SECURE_EXEC_TEST", "hello")
                .env("TMPDIR", "/tmp"),
            b"",
        );
        if (n.code, &n.stdout) != (s.code, &s.stdout) {
            failures.push(format!(
                "{file}: node {} / sandbox {}\n--- node\n{}\n--- sandbox\n{}\n{}",
                n.code, s.code, n.stdout, s.stdout, s.stderr
            ));
        }
        // Creating (and removing) the program's directory changed the host directory.
        if std::fs::metadata(se_tmp.path())
            .unwrap()
            .modified()
            .unwrap()
            != before
        {
            wrote_host += 1;
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(
        wrote_host >= 10,
        "only {wrote_host} programs wrote to the host"
    );
}

/// A backend that is not a host directory: a fixed set of files held by the embedder.
struct Fixed(std::collections::BTreeMap<&'static str, &'static str>);

impl secure_exec::actors::vfs::MountDriver for Fixed {
    fn writes(&self) -> secure_exec::actors::vfs::Writes {
        secure_exec::actors::vfs::Writes::Refuse
    }
    fn resolve(
        &self,
        rel: &str,
        _follow: bool,
    ) -> Result<(String, secure_exec::syscalls::Stat), secure_exec::syscalls::Errno> {
        use secure_exec::syscalls::{Errno, FileType, Stat};
        let (kind, mode, size) = if rel.is_empty() {
            (FileType::Dir, 0o040555, 4096)
        } else {
            let data = self.0.get(rel).ok_or(Errno::ENOENT)?;
            (FileType::File, 0o100444, data.len() as u64)
        };
        let stat = Stat {
            kind,
            mode,
            size,
            ino: 1000 + rel.len() as u64,
            nlink: 1,
            uid: 0,
            gid: 0,
            atime_ms: 0.0,
            mtime_ms: 0.0,
            ctime_ms: 0.0,
            birthtime_ms: 0.0,
        };
        Ok((rel.to_string(), stat))
    }
    fn read(&self, rel: &str) -> Result<Vec<u8>, secure_exec::syscalls::Errno> {
        self.0
            .get(rel)
            .map(|s| s.as_bytes().to_vec())
            .ok_or(secure_exec::syscalls::Errno::ENOENT)
    }
    fn open(
        &self,
        _rel: &str,
        _flags: i32,
        _mode: u32,
    ) -> Result<std::fs::File, secure_exec::syscalls::Errno> {
        Err(secure_exec::syscalls::Errno::ENOTSUP)
    }
    fn readdir(
        &self,
        rel: &str,
    ) -> Result<Vec<secure_exec::syscalls::DirEntry>, secure_exec::syscalls::Errno> {
        if !rel.is_empty() {
            return Err(secure_exec::syscalls::Errno::ENOTDIR);
        }
        Ok(self
            .0
            .keys()
            .map(|k| secure_exec::syscalls::DirEntry {
                name: k.to_string(),
                kind: secure_exec::syscalls::FileType::File,
            })
            .collect())
    }
    fn readlink(
        &self,
        _rel: &str,
    ) -> Result<secure_exec::actors::vfs::LinkTarget, secure_exec::syscalls::Errno> {
        Err(secure_exec::syscalls::Errno::EINVAL)
    }
    fn link_dest(&self, _rel: &str) -> Result<String, secure_exec::syscalls::Errno> {
        Err(secure_exec::syscalls::Errno::EINVAL)
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn an_embedder_backend_serves_a_mount() {
    let files = [("settings.json", r#"{"debug":true}"#), ("motd.txt", "hi")];
    let out = Arc::new(Mutex::new(String::new()));
    let sink = out.clone();
    let rt = Runtime::builder()
        .permissions(Permissions::allow_all_fs())
        .mount_driver("/config", Arc::new(Fixed(files.into_iter().collect())))
        .on_stdio(move |ev| {
            sink.lock()
                .unwrap()
                .push_str(&String::from_utf8_lossy(ev.data))
        })
        .build()
        .unwrap();
    let r = rt
        .exec(
            "const fs = require('fs');\n\
             console.log(fs.readdirSync('/config').join(','));\n\
             console.log(require('/config/settings.json').debug, fs.readFileSync('/config/motd.txt', 'utf8'));\n\
             console.log(fs.statSync('/config/motd.txt').size, fs.statSync('/config/motd.txt').isFile());\n\
             try { fs.writeFileSync('/config/motd.txt', 'x') } catch (e) { console.log(e.code) }\n\
             try { fs.readFileSync('/config/nope') } catch (e) { console.log(e.message) }",
            ExecOptions::default(),
        )
        .await
        .unwrap();
    let text = out.lock().unwrap().clone();
    assert_eq!(r.exit_code, 0, "{text} {:?}", r.error);
    assert_eq!(
        text,
        "motd.txt,settings.json\ntrue hi\n2 true\nEACCES\n\
         ENOENT: no such file or directory, open '/config/nope'\n"
    );
}
