//! Module resolution (`module.resolve`): Node's CommonJS and ES module resolution algorithms,
//! computed by `oxc_resolver` over the VFS.
//!
//! The resolver runs on the caller's thread (like the permission check). Its [`VfsFs`] asks the
//! VFS actor for every stat, read, readlink and realpath, after the same [`Permissions::check`]
//! the fs syscalls make; a path the policy refuses looks absent, so probing never leaks what is
//! behind a denied path. `oxc_resolver` caches what it saw; the VFS counts its mutations
//! ([`Generation`]) and the cache is dropped whenever that count has moved since the last call,
//! so a file the sandbox just wrote is found.
//!
//! Errors are Node's: the code and the exact Node 22 message for the mode (`require` or
//! `import`), built here from the request and `oxc_resolver`'s error.

use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use crossbeam_channel::{bounded, Sender};
use oxc_resolver::{FileMetadata, ModuleType, ResolveError, ResolveOptions, ResolverGeneric};

use super::permissions::{FsAccess, Permissions};
use super::vfs::{VfsMsg, VfsOp};
use super::ReplyTo;
use crate::syscalls::{FileType, ModuleError, ModuleResolved, Reply};

/// The VFS's mutation counter, shared between the VFS actor (which bumps it before it applies a
/// change) and the resolver (which drops its cache when it moved).
pub type Generation = Arc<AtomicU64>;

/// Which of Node's algorithms to run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Require,
    Import,
}

impl Mode {
    pub fn parse(s: &str) -> Option<Mode> {
        match s {
            "require" => Some(Mode::Require),
            "import" => Some(Mode::Import),
            _ => None,
        }
    }
}

/// `oxc_resolver`'s view of the filesystem: the VFS actor, through the permission policy.
#[derive(Clone)]
pub struct VfsFs {
    link: Option<(Permissions, Sender<VfsMsg>)>,
}

impl VfsFs {
    fn call(
        &self,
        access: FsAccess,
        path: &Path,
        op: impl FnOnce(super::permissions::CheckedPath) -> VfsOp,
    ) -> io::Result<Reply> {
        let Some((policy, vfs)) = &self.link else {
            return Err(io::ErrorKind::NotFound.into());
        };
        let Some(path) = path.to_str() else {
            return Err(io::ErrorKind::NotFound.into());
        };
        // A refused path looks absent: probing must not tell what is behind it.
        let checked = policy
            .check(access, path, "open")
            .map_err(|_| io::Error::from(io::ErrorKind::NotFound))?;
        let (tx, rx) = bounded(1);
        vfs.send(VfsMsg::Op {
            op: op(checked),
            reply: ReplyTo { id: 0, tx },
        })
        .map_err(|_| io::Error::from(io::ErrorKind::NotFound))?;
        match super::recv_spin(&rx, super::SPIN) {
            Ok((_, Ok(r))) => Ok(r),
            Ok((_, Err(e))) => Err(io::Error::other(e.to_string())),
            Err(_) => Err(io::ErrorKind::NotFound.into()),
        }
        .map_err(|e| {
            if e.kind() == io::ErrorKind::Other {
                io::Error::new(io::ErrorKind::NotFound, e.to_string())
            } else {
                e
            }
        })
    }

    fn stat(&self, path: &Path, follow: bool) -> io::Result<FileMetadata> {
        let reply = self.call(FsAccess::Stat, path, |path| VfsOp::Stat { path, follow });
        if reply.is_err() {
            MISSING.with(|m| {
                if let Some(list) = m.borrow_mut().as_mut() {
                    list.push(path.to_path_buf());
                }
            });
        }
        match reply? {
            Reply::Stat(s) => Ok(FileMetadata::new(
                s.kind == FileType::File,
                s.kind == FileType::Dir,
                s.kind == FileType::Symlink,
            )),
            _ => Err(io::ErrorKind::InvalidData.into()),
        }
    }
}

impl oxc_resolver::FileSystem for VfsFs {
    fn new() -> Self {
        // Only reached through `ResolverGeneric::new`, which this crate never calls: a resolver
        // without a VFS sees an empty filesystem.
        VfsFs { link: None }
    }

    fn read(&self, path: &Path) -> io::Result<Vec<u8>> {
        match self.call(FsAccess::Read, path, |path| VfsOp::ReadFile { path })? {
            Reply::Bytes(b) => Ok(b),
            _ => Err(io::ErrorKind::InvalidData.into()),
        }
    }

    fn read_to_string(&self, path: &Path) -> io::Result<String> {
        String::from_utf8(self.read(path)?).map_err(|_| io::ErrorKind::InvalidData.into())
    }

    fn metadata(&self, path: &Path) -> io::Result<FileMetadata> {
        self.stat(path, true)
    }

    fn symlink_metadata(&self, path: &Path) -> io::Result<FileMetadata> {
        self.stat(path, false)
    }

    fn read_link(&self, path: &Path) -> Result<PathBuf, ResolveError> {
        match self.call(FsAccess::Stat, path, |path| VfsOp::Readlink { path })? {
            Reply::Path(p) => {
                let target = PathBuf::from(p);
                if target.is_absolute() {
                    Ok(target)
                } else {
                    let dir = path.parent().unwrap_or(Path::new("/"));
                    Ok(normalize(&dir.join(target)))
                }
            }
            _ => Err(io::Error::from(io::ErrorKind::InvalidData).into()),
        }
    }

    fn canonicalize(&self, path: &Path) -> io::Result<PathBuf> {
        match self.call(FsAccess::Stat, path, |path| VfsOp::Realpath { path })? {
            Reply::Path(p) => Ok(PathBuf::from(p)),
            _ => Err(io::ErrorKind::InvalidData.into()),
        }
    }
}

thread_local! {
    /// While set, the paths this thread's resolver found missing, in probe order (used to name
    /// the file an `exports` target pointed at when it does not exist).
    static MISSING: std::cell::RefCell<Option<Vec<PathBuf>>> = const { std::cell::RefCell::new(None) };
}

/// Lexical normalisation of an absolute path (`.` and `..` removed).
fn normalize(p: &Path) -> PathBuf {
    let mut out: Vec<String> = Vec::new();
    for c in p.to_string_lossy().split('/') {
        match c {
            "" | "." => {}
            ".." => {
                out.pop();
            }
            c => out.push(c.to_string()),
        }
    }
    PathBuf::from(format!("/{}", out.join("/")))
}

/// The two resolvers (one cache) and the generation they last saw.
pub struct ModuleResolver {
    require: ResolverGeneric<VfsFs>,
    import: ResolverGeneric<VfsFs>,
    /// The same filesystem view, for the probes that shape error messages.
    fs: VfsFs,
    generation: Generation,
    seen: AtomicU64,
}

fn base_options() -> ResolveOptions {
    ResolveOptions {
        // Never the host's NODE_PATH or working directory.
        node_path: false,
        cwd: None,
        builtin_modules: false,
        module_type: true,
        symlinks: true,
        ..ResolveOptions::default()
    }
}

impl ModuleResolver {
    pub fn new(policy: Permissions, vfs: Sender<VfsMsg>, generation: Generation) -> Self {
        let require_options = ResolveOptions {
            condition_names: vec!["require".into(), "node".into()],
            extensions: vec![".js".into(), ".json".into(), ".node".into()],
            main_fields: vec!["main".into()],
            main_files: vec!["index".into()],
            ..base_options()
        };
        let import_options = ResolveOptions {
            condition_names: vec!["import".into(), "node".into()],
            fully_specified: true,
            ..require_options.clone()
        };
        let fs = VfsFs {
            link: Some((policy, vfs)),
        };
        let require = ResolverGeneric::new_with_file_system(fs.clone(), require_options);
        let import = require.clone_with_options(import_options);
        ModuleResolver {
            require,
            import,
            fs,
            seen: AtomicU64::new(generation.load(Ordering::SeqCst)),
            generation,
        }
    }

    /// Resolve `specifier` from `parent` (a file, or a directory ending in `/`).
    pub fn resolve(&self, specifier: &str, parent: &str, mode: Mode) -> Reply {
        let now = self.generation.load(Ordering::SeqCst);
        if self.seen.swap(now, Ordering::SeqCst) != now {
            self.require.clear_cache();
        }
        let dir = parent_dir(parent);
        let resolver = match mode {
            Mode::Require => &self.require,
            Mode::Import => &self.import,
        };
        let result = resolver.resolve(&dir, specifier);
        // A change during the call may have been half seen: make the next call start afresh.
        if self.generation.load(Ordering::SeqCst) != now {
            self.seen.store(u64::MAX, Ordering::SeqCst);
        }
        match result {
            Ok(r) => {
                let path = r.path().to_string_lossy().into_owned();
                let format = match r.module_type() {
                    Some(ModuleType::Module) => "module",
                    Some(ModuleType::Json) => "json",
                    Some(ModuleType::Wasm) => "wasm",
                    Some(ModuleType::Addon) => "addon",
                    Some(ModuleType::CommonJs) | None => "commonjs",
                };
                Reply::Module(ModuleResolved {
                    path,
                    format: format.to_string(),
                })
            }
            // `import './dir'` is a directory import whatever the directory's package.json holds
            // (node never reads it).
            Err(ResolveError::Json(_))
                if mode == Mode::Import
                    && is_path_specifier(specifier)
                    && self.is_dir(&dir.join(specifier)) =>
            {
                Reply::ModuleError(self.not_found(specifier, parent, &dir, mode))
            }
            Err(e) => Reply::ModuleError(self.node_error(e, specifier, parent, &dir, mode)),
        }
    }

    fn is_dir(&self, p: &Path) -> bool {
        use oxc_resolver::FileSystem;
        self.fs.metadata(p).map(|m| m.is_dir()).unwrap_or(false)
    }

    /// When the package `specifier` names (or, for `#imports`, the package scope) maps it through
    /// `exports`/`imports`, the first file under the package that resolving
    /// `specifier` again (cache cleared, probes recorded) found missing.
    fn missing_export_target(&self, dir: &Path, specifier: &str, mode: Mode) -> Option<PathBuf> {
        use oxc_resolver::FileSystem;
        let (pkg, field) = if specifier.starts_with('#') {
            // The package scope: the nearest directory with a package.json.
            let scope = dir.ancestors().find(|d| {
                self.fs
                    .metadata(&d.join("package.json"))
                    .is_ok_and(|m| m.is_file())
            })?;
            (scope.to_path_buf(), "imports")
        } else {
            let (name, _) = split_package(specifier);
            (self.find_package_dir(dir, name)?, "exports")
        };
        let text = self.fs.read(&pkg.join("package.json")).ok()?;
        let json: serde_json::Value = serde_json::from_slice(&text).ok()?;
        json.get(field)?;
        let resolver = match mode {
            Mode::Require => &self.require,
            Mode::Import => &self.import,
        };
        resolver.clear_cache();
        MISSING.with(|m| *m.borrow_mut() = Some(Vec::new()));
        let _ = resolver.resolve(dir, specifier);
        let missing = MISSING.with(|m| m.borrow_mut().take()).unwrap_or_default();
        let real = self.fs.canonicalize(&pkg).unwrap_or(pkg);
        missing
            .into_iter()
            .find(|p| p.starts_with(&real) && p.file_name().is_some_and(|n| n != "package.json"))
    }

    /// The directory a bare package name would be found in, walking `node_modules` up the tree.
    fn find_package_dir(&self, dir: &Path, name: &str) -> Option<PathBuf> {
        let mut d = Some(dir);
        while let Some(cur) = d {
            if cur.file_name().is_none_or(|n| n != "node_modules") {
                let candidate = cur.join("node_modules").join(name);
                if self.is_dir(&candidate) {
                    return Some(candidate);
                }
            }
            d = cur.parent();
        }
        None
    }

    /// Node's error for a failed resolution, with the exact wording Node 22 uses for `mode`.
    fn node_error(
        &self,
        err: ResolveError,
        specifier: &str,
        parent: &str,
        dir: &Path,
        mode: Mode,
    ) -> ModuleError {
        let import = mode == Mode::Import;
        let from = if import {
            format!(" imported from {parent}")
        } else {
            String::new()
        };
        let pjson = |p: &Path| p.to_string_lossy().into_owned();
        let e = |code: &str, message: String, require_stack: bool| ModuleError {
            code: code.to_string(),
            message,
            require_stack,
        };
        match err {
            ResolveError::PackagePathNotExported {
                subpath,
                package_json_path,
                ..
            } => {
                let message = if subpath == "." {
                    format!("No \"exports\" main defined in {}{from}", pjson(&package_json_path))
                } else {
                    format!(
                        "Package subpath '{subpath}' is not defined by \"exports\" in {}{from}",
                        pjson(&package_json_path)
                    )
                };
                e("ERR_PACKAGE_PATH_NOT_EXPORTED", message, false)
            }
            ResolveError::InvalidPackageTarget(target, key, package_json_path) => {
                let field = if key.starts_with('#') { "imports" } else { "exports" };
                let message = if key == "." {
                    format!(
                        "Invalid \"{field}\" main target \"{target}\" defined in the package config {}{from}; targets must start with \"./\"",
                        pjson(&package_json_path)
                    )
                } else {
                    format!(
                        "Invalid \"{field}\" target \"{target}\" defined for '{key}' in the package config {}{from}; targets must start with \"./\"",
                        pjson(&package_json_path)
                    )
                };
                e("ERR_INVALID_PACKAGE_TARGET", message, false)
            }
            ResolveError::PackageImportNotDefined(spec, package_json_path) => e(
                "ERR_PACKAGE_IMPORT_NOT_DEFINED",
                format!(
                    "Package import specifier \"{spec}\" is not defined in package {} imported from {parent}",
                    pjson(&package_json_path)
                ),
                false,
            ),
            ResolveError::Json(j) => {
                let message = if import {
                    format!(
                        "Invalid package config {} while importing \"{specifier}\" from {parent}.",
                        pjson(&j.path)
                    )
                } else {
                    format!("Invalid package config {}.", pjson(&j.path))
                };
                e("ERR_INVALID_PACKAGE_CONFIG", message, false)
            }
            ResolveError::InvalidPackageConfig(p)
            | ResolveError::InvalidPackageConfigDefault(p)
            | ResolveError::InvalidPackageConfigDirectory(p) => e(
                "ERR_INVALID_PACKAGE_CONFIG",
                format!(
                    "Invalid package config {}. \"exports\" cannot contain some keys starting with '.' and some not. The exports object must either be an object of package subpath keys or an object of main entry condition name keys only.",
                    pjson(&p)
                ),
                false,
            ),
            ResolveError::InvalidModuleSpecifier(spec, p) => e(
                "ERR_INVALID_MODULE_SPECIFIER",
                format!(
                    "Invalid module \"{spec}\" is not a valid subpath for the \"exports\" resolution of {}{from}",
                    pjson(&p)
                ),
                false,
            ),
            _ => self.not_found(specifier, parent, dir, mode),
        }
    }

    /// MODULE_NOT_FOUND (require) or the ESM not-found family (import).
    fn not_found(&self, specifier: &str, parent: &str, dir: &Path, mode: Mode) -> ModuleError {
        let e = |code: &str, message: String, require_stack: bool| ModuleError {
            code: code.to_string(),
            message,
            require_stack,
        };
        let is_path = is_path_specifier(specifier);
        // A package whose `exports` named a file that is not there: Node names that file.
        if !is_path {
            if let Some(target) = self.missing_export_target(dir, specifier, mode) {
                let target = target.to_string_lossy();
                return if mode == Mode::Require {
                    e(
                        "MODULE_NOT_FOUND",
                        format!("Cannot find module '{target}'"),
                        false,
                    )
                } else {
                    e(
                        "ERR_MODULE_NOT_FOUND",
                        format!("Cannot find module '{target}' imported from {parent}"),
                        false,
                    )
                };
            }
        }
        if mode == Mode::Require {
            return e(
                "MODULE_NOT_FOUND",
                format!("Cannot find module '{specifier}'"),
                true,
            );
        }
        if is_path {
            let target = if specifier.starts_with('/') {
                normalize(Path::new(specifier))
            } else {
                normalize(&dir.join(specifier))
            };
            let mut target = target.to_string_lossy().into_owned();
            if self.is_dir(Path::new(&target)) {
                // Node names the URL's path, which keeps a trailing slash.
                if specifier.ends_with('/') && !target.ends_with('/') {
                    target.push('/');
                }
                return e(
                    "ERR_UNSUPPORTED_DIR_IMPORT",
                    format!(
                        "Directory import '{target}' is not supported resolving ES modules imported from {parent}"
                    ),
                    false,
                );
            }
            return e(
                "ERR_MODULE_NOT_FOUND",
                format!("Cannot find module '{target}' imported from {parent}"),
                false,
            );
        }
        if specifier.starts_with('#') {
            return e(
                "ERR_PACKAGE_IMPORT_NOT_DEFINED",
                format!("Package import specifier \"{specifier}\" is not defined imported from {parent}"),
                false,
            );
        }
        let (name, subpath) = split_package(specifier);
        match self.find_package_dir(dir, name) {
            None => e(
                "ERR_MODULE_NOT_FOUND",
                format!("Cannot find package '{name}' imported from {parent}"),
                false,
            ),
            Some(pkg) if subpath.is_empty() => e(
                "ERR_MODULE_NOT_FOUND",
                format!(
                    "Cannot find package '{}' imported from {parent}",
                    pkg.join("index.js").to_string_lossy()
                ),
                false,
            ),
            Some(pkg) => e(
                "ERR_MODULE_NOT_FOUND",
                format!(
                    "Cannot find module '{}' imported from {parent}",
                    pkg.join(subpath).to_string_lossy()
                ),
                false,
            ),
        }
    }
}

/// `@scope/name/sub` → (`@scope/name`, `sub`); `name/sub` → (`name`, `sub`).
fn split_package(specifier: &str) -> (&str, &str) {
    let mut cut = specifier.find('/');
    if specifier.starts_with('@') {
        cut = cut.and_then(|i| specifier[i + 1..].find('/').map(|j| i + 1 + j));
    }
    match cut {
        Some(i) => (&specifier[..i], &specifier[i + 1..]),
        None => (specifier, ""),
    }
}

/// The directory a request is resolved from: the parent's directory, or the parent itself when it
/// names a directory (ends with `/`).
fn parent_dir(parent: &str) -> PathBuf {
    if parent.ends_with('/') {
        return normalize(Path::new(parent));
    }
    let p = normalize(Path::new(parent));
    p.parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("/"))
}

#[cfg(test)]
mod tests;

/// A relative or absolute specifier (not a package name).
fn is_path_specifier(specifier: &str) -> bool {
    specifier.starts_with('/')
        || specifier.starts_with("./")
        || specifier.starts_with("../")
        || specifier == "."
        || specifier == ".."
}
