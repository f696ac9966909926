use super::*;
use crate::actors::{Kernel, KernelConfig};
use crate::syscalls::{SysResult, Syscall};

fn kernel(p: Permissions) -> Kernel {
    Kernel::start(KernelConfig {
        permissions: p,
        ..Default::default()
    })
    .unwrap()
}

fn write(k: &Kernel, path: &str, text: &str) {
    if let Some((dir, _)) = path.rsplit_once('/') {
        if !dir.is_empty() {
            k.call(
                1,
                Syscall::FsMkdir {
                    path: dir.into(),
                    recursive: true,
                    mode: 0o777,
                },
            )
            .unwrap();
        }
    }
    k.call(
        1,
        Syscall::FsWriteFile {
            path: path.into(),
            data: text.as_bytes().to_vec(),
            append: false,
            exclusive: false,
        },
    )
    .unwrap();
}

fn link(k: &Kernel, target: &str, path: &str) {
    k.call(
        1,
        Syscall::FsSymlink {
            target: target.into(),
            path: path.into(),
        },
    )
    .unwrap();
}

fn resolve(k: &Kernel, spec: &str, parent: &str, mode: &str) -> SysResult {
    k.call(
        1,
        Syscall::ModuleResolve {
            specifier: spec.into(),
            parent: parent.into(),
            mode: mode.into(),
        },
    )
}

fn ok(k: &Kernel, spec: &str, parent: &str, mode: &str) -> (String, String) {
    match resolve(k, spec, parent, mode) {
        Ok(Reply::Module(m)) => (m.path, m.format),
        other => panic!("{spec} from {parent}: {other:?}"),
    }
}

fn fail(k: &Kernel, spec: &str, parent: &str, mode: &str) -> ModuleError {
    match resolve(k, spec, parent, mode) {
        Ok(Reply::ModuleError(e)) => e,
        other => panic!("{spec} from {parent}: expected an error, got {other:?}"),
    }
}

fn fixture() -> Kernel {
    let k = kernel(Permissions::allow_all());
    write(&k, "/app/main.js", "");
    write(&k, "/app/lib/a.js", "");
    write(&k, "/app/lib/data.json", "{}");
    write(&k, "/app/lib/dir/index.js", "");
    write(&k, "/app/m.mjs", "");
    write(
        &k,
        "/app/node_modules/cond/package.json",
        r##"{"name":"cond","exports":{".":{"import":"./esm.mjs","require":"./cjs.js"},"./feat/*":"./features/*.js","./hidden":null,"./out":"../x.js"},"imports":{"#int":"./internal.js"}}"##,
    );
    write(&k, "/app/node_modules/cond/cjs.js", "");
    write(&k, "/app/node_modules/cond/esm.mjs", "");
    write(&k, "/app/node_modules/cond/internal.js", "");
    write(&k, "/app/node_modules/cond/features/x.js", "");
    write(
        &k,
        "/app/node_modules/legacy/package.json",
        r#"{"main":"lib/entry"}"#,
    );
    write(&k, "/app/node_modules/legacy/lib/entry.js", "");
    write(
        &k,
        "/app/node_modules/typed/package.json",
        r#"{"type":"module","main":"i.js"}"#,
    );
    write(&k, "/app/node_modules/typed/i.js", "");
    write(&k, "/app/node_modules/bad/package.json", "{bad");
    write(&k, "/app/node_modules/bad/index.js", "");
    write(&k, "/store/real@1/node_modules/real/index.js", "");
    link(
        &k,
        "../../store/real@1/node_modules/real",
        "/app/node_modules/real",
    );
    k
}

#[test]
fn relative_extensions_and_index_in_require_mode() {
    let k = fixture();
    assert_eq!(
        ok(&k, "./lib/a", "/app/main.js", "require").0,
        "/app/lib/a.js"
    );
    assert_eq!(
        ok(&k, "./lib/data", "/app/main.js", "require"),
        ("/app/lib/data.json".into(), "json".into())
    );
    assert_eq!(
        ok(&k, "./lib/dir", "/app/main.js", "require").0,
        "/app/lib/dir/index.js"
    );
    assert_eq!(ok(&k, "/app/lib/a.js", "/", "require").0, "/app/lib/a.js");
    assert_eq!(ok(&k, "./m.mjs", "/app/", "require").1, "module");
    let e = fail(&k, "./nope", "/app/main.js", "require");
    assert_eq!(
        (e.code.as_str(), e.message.as_str(), e.require_stack),
        ("MODULE_NOT_FOUND", "Cannot find module './nope'", true)
    );
}

#[test]
fn import_mode_is_fully_specified() {
    let k = fixture();
    assert_eq!(
        ok(&k, "./lib/a.js", "/app/m.mjs", "import").0,
        "/app/lib/a.js"
    );
    let e = fail(&k, "./lib/a", "/app/m.mjs", "import");
    assert_eq!(e.code, "ERR_MODULE_NOT_FOUND");
    assert_eq!(
        e.message,
        "Cannot find module '/app/lib/a' imported from /app/m.mjs"
    );
    let e = fail(&k, "./lib/dir", "/app/m.mjs", "import");
    assert_eq!(e.code, "ERR_UNSUPPORTED_DIR_IMPORT");
    assert_eq!(
        e.message,
        "Directory import '/app/lib/dir' is not supported resolving ES modules imported from /app/m.mjs"
    );
    let e = fail(&k, "nopkg", "/app/m.mjs", "import");
    assert_eq!(
        e.message,
        "Cannot find package 'nopkg' imported from /app/m.mjs"
    );
    // Bare packages without exports keep legacy main resolution.
    assert_eq!(
        ok(&k, "legacy", "/app/m.mjs", "import").0,
        "/app/node_modules/legacy/lib/entry.js"
    );
}

#[test]
fn conditional_and_pattern_exports() {
    let k = fixture();
    assert_eq!(
        ok(&k, "cond", "/app/main.js", "require").0,
        "/app/node_modules/cond/cjs.js"
    );
    assert_eq!(
        ok(&k, "cond", "/app/m.mjs", "import"),
        ("/app/node_modules/cond/esm.mjs".into(), "module".into())
    );
    assert_eq!(
        ok(&k, "cond/feat/x", "/app/main.js", "require").0,
        "/app/node_modules/cond/features/x.js"
    );
    let e = fail(&k, "cond/hidden", "/app/main.js", "require");
    assert_eq!(e.code, "ERR_PACKAGE_PATH_NOT_EXPORTED");
    assert_eq!(
        e.message,
        "Package subpath './hidden' is not defined by \"exports\" in /app/node_modules/cond/package.json"
    );
    let e = fail(&k, "cond/out", "/app/m.mjs", "import");
    assert_eq!(e.code, "ERR_INVALID_PACKAGE_TARGET");
    assert_eq!(
        e.message,
        "Invalid \"exports\" target \"../x.js\" defined for './out' in the package config /app/node_modules/cond/package.json imported from /app/m.mjs; targets must start with \"./\""
    );
}

#[test]
fn imports_type_symlinks_and_bad_json() {
    let k = fixture();
    assert_eq!(
        ok(&k, "#int", "/app/node_modules/cond/cjs.js", "require").0,
        "/app/node_modules/cond/internal.js"
    );
    let e = fail(&k, "#nope", "/app/node_modules/cond/cjs.js", "require");
    assert_eq!(e.code, "ERR_PACKAGE_IMPORT_NOT_DEFINED");
    assert_eq!(ok(&k, "typed", "/app/main.js", "require").1, "module");
    assert_eq!(
        ok(&k, "real", "/app/main.js", "require").0,
        "/store/real@1/node_modules/real/index.js"
    );
    let e = fail(&k, "bad", "/app/main.js", "require");
    assert_eq!(e.code, "ERR_INVALID_PACKAGE_CONFIG");
    assert_eq!(
        e.message,
        "Invalid package config /app/node_modules/bad/package.json."
    );
}

#[test]
fn cyclic_symlinks_are_not_found_not_a_hang() {
    let k = fixture();
    link(&k, "/app/loopb", "/app/loopa");
    link(&k, "/app/loopa", "/app/loopb");
    let e = fail(&k, "./loopa", "/app/main.js", "require");
    assert_eq!(e.code, "MODULE_NOT_FOUND");
}

#[test]
fn sees_files_written_after_a_miss() {
    let k = fixture();
    fail(&k, "./later", "/app/main.js", "require");
    write(&k, "/app/later.js", "");
    assert_eq!(
        ok(&k, "./later", "/app/main.js", "require").0,
        "/app/later.js"
    );
    k.call(
        1,
        Syscall::FsUnlink {
            path: "/app/later.js".into(),
        },
    )
    .unwrap();
    fail(&k, "./later", "/app/main.js", "require");
}

#[test]
fn denied_paths_look_absent() {
    use crate::actors::permissions::PermRequest;
    // Writes anywhere; stat and read only under /app.
    let k = kernel(Permissions::deny_all().with_checker(|r| match r {
        PermRequest::Fs {
            access: FsAccess::Write,
            ..
        } => Some(true),
        PermRequest::Fs { path, .. } => Some(path.starts_with("/app")),
        _ => None,
    }));
    write(&k, "/app/main.js", "");
    write(&k, "/secret/x.js", "");
    let e = fail(&k, "/secret/x.js", "/app/main.js", "require");
    assert_eq!(e.code, "MODULE_NOT_FOUND");
    assert_eq!(ok(&k, "./main", "/app/", "require").0, "/app/main.js");
}

#[test]
fn bad_requests_are_einval() {
    let k = fixture();
    assert!(resolve(&k, "x", "relative", "require").is_err());
    assert!(resolve(&k, "x", "/app/", "other").is_err());
}

#[test]
fn missing_export_target_is_named() {
    let k = fixture();
    let e = fail(&k, "cond/feat/zz", "/app/main.js", "require");
    assert_eq!(e.code, "MODULE_NOT_FOUND");
    assert_eq!(
        e.message,
        "Cannot find module '/app/node_modules/cond/features/zz.js'"
    );
    assert!(!e.require_stack);
    let e = fail(&k, "cond/feat/zz", "/app/m.mjs", "import");
    assert_eq!(
        e.message,
        "Cannot find module '/app/node_modules/cond/features/zz.js' imported from /app/m.mjs"
    );
}
