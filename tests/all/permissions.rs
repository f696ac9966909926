//! Deny-by-default permissions, presets, deny-over-allow, env filtering.

use std::sync::{Arc, Mutex};

use secure_exec::{ExecOptions, PermRequest, Permissions, Runtime};

async fn stdout_of(p: Permissions, code: &str, env: Vec<(String, String)>) -> String {
    let out = Arc::new(Mutex::new(String::new()));
    let sink = out.clone();
    let rt = Runtime::builder()
        .permissions(p)
        .file("/data/secret.txt", "s3cret")
        .file("/data/public.txt", "hello")
        .on_stdio(move |ev| {
            sink.lock()
                .unwrap()
                .push_str(&String::from_utf8_lossy(ev.data))
        })
        .build()
        .unwrap();
    let r = rt
        .exec(
            code,
            ExecOptions {
                env,
                ..Default::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(r.exit_code, 0, "{:?}", r.error);
    let s = out.lock().unwrap().clone();
    s
}

const READ_BOTH: &str = "const fs = require('fs');
for (const f of ['/data/public.txt', '/data/secret.txt']) {
  try { console.log(f, fs.readFileSync(f, 'utf8')); }
  catch (e) { console.log(f, e.code, e.errno, e.syscall, e.path, e.message); }
}";

#[tokio::test(flavor = "multi_thread")]
async fn fs_is_denied_by_default_with_node_errors() {
    let out = stdout_of(Permissions::deny_all(), READ_BOTH, vec![]).await;
    assert_eq!(
        out,
        "/data/public.txt EACCES -13 open /data/public.txt EACCES: permission denied, open '/data/public.txt'\n\
         /data/secret.txt EACCES -13 open /data/secret.txt EACCES: permission denied, open '/data/secret.txt'\n"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn deny_rule_wins_over_allow_all_fs() {
    let out = stdout_of(
        Permissions::allow_all_fs().deny_fs("/data/secret.txt"),
        READ_BOTH,
        vec![],
    )
    .await;
    assert_eq!(
        out,
        "/data/public.txt hello\n/data/secret.txt EACCES -13 open /data/secret.txt EACCES: permission denied, open '/data/secret.txt'\n"
    );
    // `..` does not get around it.
    let out = stdout_of(
        Permissions::allow_all_fs().deny_fs("/data/secret.txt"),
        "try { require('fs').readFileSync('/data/x/../secret.txt') } catch (e) { console.log(e.code) }",
        vec![],
    )
    .await;
    assert_eq!(out, "EACCES\n");
}

#[tokio::test(flavor = "multi_thread")]
async fn read_only_grant_refuses_writes() {
    let out = stdout_of(
        Permissions::deny_all().allow_fs_read("/data"),
        "const fs = require('fs'); console.log(fs.readFileSync('/data/public.txt', 'utf8'));
         try { fs.writeFileSync('/data/public.txt', 'x') } catch (e) { console.log(e.message) }",
        vec![],
    )
    .await;
    assert_eq!(
        out,
        "hello\nEACCES: permission denied, open '/data/public.txt'\n"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn env_is_filtered_not_errored() {
    let env = vec![
        ("VISIBLE".to_string(), "1".to_string()),
        ("HIDDEN".to_string(), "2".to_string()),
    ];
    let code = "console.log(JSON.stringify(process.env), 'HIDDEN' in process.env)";
    assert_eq!(
        stdout_of(Permissions::deny_all(), code, env.clone()).await,
        "{} false\n"
    );
    assert_eq!(
        stdout_of(Permissions::allow_all_env(), code, env.clone()).await,
        "{\"VISIBLE\":\"1\",\"HIDDEN\":\"2\"} true\n"
    );
    assert_eq!(
        stdout_of(
            Permissions::allow_all_env().deny_env(["HIDDEN"]),
            code,
            env.clone()
        )
        .await,
        "{\"VISIBLE\":\"1\"} false\n"
    );
    assert_eq!(
        stdout_of(Permissions::deny_all().allow_env(["VISIBLE"]), code, env).await,
        "{\"VISIBLE\":\"1\"} false\n"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn presets_grant_one_domain_each() {
    let env = vec![("A".to_string(), "1".to_string())];
    let code = "let fsOk; try { require('fs').readFileSync('/data/public.txt'); fsOk = true } catch { fsOk = false }
                console.log(fsOk, process.env.A === '1')";
    assert_eq!(
        stdout_of(Permissions::allow_all_fs(), code, env.clone()).await,
        "true false\n"
    );
    assert_eq!(
        stdout_of(Permissions::allow_all_env(), code, env.clone()).await,
        "false true\n"
    );
    assert_eq!(
        stdout_of(Permissions::allow_all(), code, env.clone()).await,
        "true true\n"
    );
    assert_eq!(
        stdout_of(Permissions::allow_all_network(), code, env.clone()).await,
        "false false\n"
    );
    assert_eq!(
        stdout_of(Permissions::allow_all_child_process(), code, env).await,
        "false false\n"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn custom_checker_decides() {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = seen.clone();
    let p = Permissions::deny_all().with_checker(move |r| {
        log.lock().unwrap().push(format!("{r:?}"));
        match r {
            PermRequest::Fs { path, .. } => Some(path.ends_with("public.txt")),
            _ => None,
        }
    });
    let out = stdout_of(p, READ_BOTH, vec![]).await;
    assert!(
        out.starts_with("/data/public.txt hello\n/data/secret.txt EACCES"),
        "{out}"
    );
    assert!(seen
        .lock()
        .unwrap()
        .iter()
        .any(|s| s.contains("secret.txt")));
}

#[tokio::test(flavor = "multi_thread")]
async fn chdir_outside_permission_is_eacces() {
    let out = stdout_of(
        Permissions::deny_all(),
        "try { process.chdir('/data') } catch (e) { console.log(e.code, e.syscall, e.message) }",
        vec![],
    )
    .await;
    assert_eq!(
        out,
        "EACCES chdir EACCES: permission denied, chdir '/' -> '/data'\n"
    );
}

#[test]
fn cli_denies_by_default_and_grants_the_script_dir_read_only() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("data.txt"), "beside").unwrap();
    std::fs::write(
        dir.path().join("app.js"),
        "const fs = require('fs');\nconsole.log(fs.readFileSync(__dirname + '/data.txt', 'utf8'));\n\
         try { fs.writeFileSync(__dirname + '/out.txt', 'x') } catch (e) { console.log(e.code) }\n\
         console.log(process.env.HOME === undefined);\n",
    )
    .unwrap();
    let r = crate::util::se(&["run", "app.js"], dir.path(), b"");
    assert_eq!(r.stdout, "beside\nEACCES\ntrue\n", "stderr: {}", r.stderr);
    assert_eq!(r.code, 0);
    // With --allow-fs, writes land in memory and never reach the host.
    let r = crate::util::se(&["run", "--allow-fs", "app.js"], dir.path(), b"");
    assert_eq!(r.stdout, "beside\ntrue\n", "stderr: {}", r.stderr);
    assert!(!dir.path().join("out.txt").exists());
}

#[tokio::test(flavor = "multi_thread")]
async fn a_tampered_global_environment_cannot_bend_syscalls() {
    let out = stdout_of(
        Permissions::deny_all().allow_fs_read("/data/public.txt"),
        "Object.prototype.path = '/data/secret.txt';
         Object.prototype.follow = false;
         Object.defineProperty(Object.prototype, 'ok', { set(v) { globalThis.stolen = v; }, configurable: true });
         Object.keys = () => ['path'];
         Array.isArray = () => true;
         const fs = require('fs');
         console.log(fs.readFileSync('/data/public.txt', 'utf8'), globalThis.stolen === undefined);
         try { fs.readFileSync('/data/secret.txt') } catch (e) { console.log(e.code) }",
        vec![],
    )
    .await;
    assert_eq!(out, "hello true\nEACCES\n");
}
