//! fs.watch events produced by the VFS.

use secure_exec::actors::{Kernel, KernelConfig, ReplyTo};
use secure_exec::syscalls::{Reply, Syscall, WatchEvent};
use secure_exec::Permissions;

fn events(r: Reply) -> Vec<(String, String)> {
    match r {
        Reply::Events(e) => e
            .into_iter()
            .map(
                |WatchEvent {
                     event_type,
                     filename,
                 }| (event_type, filename),
            )
            .collect(),
        other => panic!("{other:?}"),
    }
}

#[test]
fn watch_reports_changes_made_in_the_sandbox() {
    let k = Kernel::start(KernelConfig {
        permissions: Permissions::allow_all_fs(),
        ..Default::default()
    })
    .unwrap();
    let pid = k.spawn(Default::default()).unwrap();
    let call = |c: Syscall| k.call(pid, c).unwrap();
    call(Syscall::FsMkdir {
        path: "/d".into(),
        recursive: false,
        mode: 0o777,
    });
    let Reply::Fd(id) = call(Syscall::FsWatchAdd {
        path: "/d".into(),
        recursive: false,
    }) else {
        panic!()
    };
    call(Syscall::FsWriteFile {
        path: "/d/a.txt".into(),
        data: b"1".to_vec(),
        append: false,
        exclusive: false,
    });
    call(Syscall::FsRename {
        from: "/d/a.txt".into(),
        to: "/d/b.txt".into(),
    });
    call(Syscall::FsMkdir {
        path: "/elsewhere".into(),
        recursive: false,
        mode: 0o777,
    });
    assert_eq!(
        events(call(Syscall::FsWatchNext { id })),
        vec![
            ("rename".to_string(), "a.txt".to_string()),
            ("change".to_string(), "a.txt".to_string()),
            ("rename".to_string(), "b.txt".to_string()),
        ]
    );
    // Nothing queued: the wait is parked until the next change, made here by another caller.
    let (tx, rx) = crossbeam_channel::bounded(1);
    k.dispatch(pid, Syscall::FsWatchNext { id }, ReplyTo { id: 7, tx });
    assert!(
        rx.recv_timeout(std::time::Duration::from_millis(100))
            .is_err(),
        "parked"
    );
    call(Syscall::FsUnlink {
        path: "/d/b.txt".into(),
    });
    let (_, r) = rx
        .recv_timeout(std::time::Duration::from_secs(5))
        .expect("woken by the unlink");
    assert_eq!(
        events(r.unwrap()),
        vec![("rename".to_string(), "b.txt".to_string())]
    );
    // Removing the watch ends a pending wait with an empty list; so does the process ending.
    let (tx, rx) = crossbeam_channel::bounded(1);
    k.dispatch(pid, Syscall::FsWatchNext { id }, ReplyTo { id: 8, tx });
    call(Syscall::FsWatchRemove { id });
    assert_eq!(events(rx.recv().unwrap().1.unwrap()), vec![]);
    let Reply::Fd(id2) = call(Syscall::FsWatchAdd {
        path: "/d".into(),
        recursive: true,
    }) else {
        panic!()
    };
    let (tx, rx) = crossbeam_channel::bounded(1);
    k.dispatch(pid, Syscall::FsWatchNext { id: id2 }, ReplyTo { id: 9, tx });
    k.reap(pid);
    assert_eq!(events(rx.recv().unwrap().1.unwrap()), vec![]);
    // Watching something that is not there is ENOENT, as in Node.
    let pid = k.spawn(Default::default()).unwrap();
    let e = k
        .call(
            pid,
            Syscall::FsWatchAdd {
                path: "/nope".into(),
                recursive: false,
            },
        )
        .unwrap_err();
    assert_eq!(e.code.name(), "ENOENT");
    k.shutdown();
}

#[test]
fn fs_watch_from_javascript() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(
        tmp.path().join("app.js"),
        r#"const fs = require('fs');
const path = require('path');
fs.mkdirSync('/tmp/wd', { recursive: true });
const dir = fs.mkdtempSync('/tmp/wd/w-');
const seen = [];
const w = fs.watch(dir, (type, name) => seen.push(`${type}:${name}`));
fs.writeFileSync(path.join(dir, 'a.txt'), 'one');
setTimeout(() => {
  fs.renameSync(path.join(dir, 'a.txt'), path.join(dir, 'b.txt'));
  setTimeout(() => {
    w.close();
    console.log([...new Set(seen)].sort().join(' '));
    w.on('close', () => console.log('closed'));
  }, 20);
}, 20);
(async () => {
  const ac = new AbortController();
  setTimeout(() => fs.writeFileSync(path.join(dir, 'c.txt'), 'x'), 5);
  for await (const ev of fs.promises.watch(dir, { signal: ac.signal })) { console.log('promises:', ev.filename); ac.abort(); }
})().catch((e) => console.log(e.name));
fs.watch(dir).unref(); // an unref'd watcher does not keep the process alive
try { fs.watch('/no/such/dir') } catch (e) { console.log(e.code, e.syscall) }
"#,
    )
    .unwrap();
    let r = crate::util::se(
        &["run", "--allow-fs", "--deterministic", "app.js"],
        tmp.path(),
        b"",
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.stdout,
        "ENOENT watch\npromises: c.txt\nAbortError\nchange:a.txt change:c.txt rename:a.txt rename:b.txt rename:c.txt\nclosed\n"
    );
}
