//! The permission checker: a deny-by-default policy.
//!
//! Filesystem requests are decided on the dispatch path by [`Permissions::check`], the only code
//! that can make a [`CheckedPath`] — the type the VFS requires — so the compiler proves every
//! path the VFS touches was checked. (The policy is immutable, so no message is needed for it:
//! a hop through a thread would cost more than the whole syscall.) The checker's actor handles
//! the rest: filtering a new process's environment and approving hosts for the network actor,
//! which only accepts a [`CheckedHost`].
//!
//! Decision order: an explicit deny rule wins; then the embedder's custom checker, if any; then
//! the allow rules; otherwise deny.

use std::sync::Arc;

use crossbeam_channel::{Receiver, Sender};

use super::net::NetMsg;
use super::ReplyTo;
use crate::syscalls::{Errno, SysError};

/// What an fs request wants to do with a path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FsAccess {
    /// Metadata only (stat, realpath, exists).
    Stat,
    /// Read contents (readFile, readdir, require).
    Read,
    /// Create, change or remove.
    Write,
}

/// One question put to the permission checker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PermRequest {
    Fs { access: FsAccess, path: String },
    Env { name: String },
    Net { host: String },
    ChildProcess { command: String },
}

/// An embedder's custom decision: `Some(true)` allow, `Some(false)` deny, `None` fall through to
/// the allow rules.
pub type Checker = Arc<dyn Fn(&PermRequest) -> Option<bool> + Send + Sync>;

#[derive(Clone, Debug, Default)]
struct FsRules {
    read: Vec<String>,
    write: Vec<String>,
}

impl FsRules {
    fn matches(&self, access: FsAccess, path: &str) -> bool {
        let list = match access {
            FsAccess::Stat | FsAccess::Read => &self.read,
            FsAccess::Write => &self.write,
        };
        list.iter().any(|p| path_within(path, p))
    }
}

#[derive(Clone, Debug, Default)]
struct NameRules {
    all: bool,
    names: Vec<String>,
}

impl NameRules {
    fn matches(&self, name: &str) -> bool {
        self.all || self.names.iter().any(|n| n == name)
    }
}

/// A permission policy. Build one from a preset and refine it:
///
/// ```
/// use secure_exec::Permissions;
/// let p = Permissions::allow_all_fs()
///     .deny_fs("/secrets")
///     .allow_env(["HOME", "LANG"]);
/// assert!(p.allows_env("HOME"));
/// assert!(!p.allows_env("AWS_SECRET_ACCESS_KEY"));
/// ```
#[derive(Clone, Default)]
pub struct Permissions {
    fs_allow: FsRules,
    fs_deny: FsRules,
    env_allow: NameRules,
    env_deny: NameRules,
    net_allow: NameRules,
    net_deny: NameRules,
    child_allow: NameRules,
    child_deny: NameRules,
    checker: Option<Checker>,
}

impl std::fmt::Debug for Permissions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Permissions")
            .field("fs_allow", &self.fs_allow)
            .field("fs_deny", &self.fs_deny)
            .field("env_allow", &self.env_allow)
            .field("env_deny", &self.env_deny)
            .field("net_allow", &self.net_allow)
            .field("child_allow", &self.child_allow)
            .field("custom_checker", &self.checker.is_some())
            .finish()
    }
}

impl Permissions {
    /// Deny everything (the default).
    pub fn deny_all() -> Self {
        Self::default()
    }
    /// Allow every request in every domain.
    pub fn allow_all() -> Self {
        Self::deny_all()
            .with_all_fs()
            .with_all_env()
            .with_all_network()
            .with_all_child_process()
    }
    /// Allow the whole filesystem; deny the other domains.
    pub fn allow_all_fs() -> Self {
        Self::deny_all().with_all_fs()
    }
    /// Allow every environment variable; deny the other domains.
    pub fn allow_all_env() -> Self {
        Self::deny_all().with_all_env()
    }
    /// Allow every host; deny the other domains.
    pub fn allow_all_network() -> Self {
        Self::deny_all().with_all_network()
    }
    /// Allow every command; deny the other domains.
    pub fn allow_all_child_process() -> Self {
        Self::deny_all().with_all_child_process()
    }

    /// Add full filesystem access to this policy.
    pub fn with_all_fs(mut self) -> Self {
        self.fs_allow.read.push("/".into());
        self.fs_allow.write.push("/".into());
        self
    }
    /// Add access to every environment variable.
    pub fn with_all_env(mut self) -> Self {
        self.env_allow.all = true;
        self
    }
    /// Add access to every host.
    pub fn with_all_network(mut self) -> Self {
        self.net_allow.all = true;
        self
    }
    /// Add access to every command.
    pub fn with_all_child_process(mut self) -> Self {
        self.child_allow.all = true;
        self
    }
    /// Allow reading (and stat) under `path`.
    pub fn allow_fs_read(mut self, path: impl AsRef<str>) -> Self {
        self.fs_allow.read.push(normalize(path.as_ref()));
        self
    }
    /// Allow reading and writing under `path`.
    pub fn allow_fs(mut self, path: impl AsRef<str>) -> Self {
        let p = normalize(path.as_ref());
        self.fs_allow.read.push(p.clone());
        self.fs_allow.write.push(p);
        self
    }
    /// Deny writes under `path` (reads stay as the other rules say).
    pub fn deny_fs_write(mut self, path: impl AsRef<str>) -> Self {
        self.fs_deny.write.push(normalize(path.as_ref()));
        self
    }
    /// Deny everything under `path`, whatever else allows it.
    pub fn deny_fs(mut self, path: impl AsRef<str>) -> Self {
        let p = normalize(path.as_ref());
        self.fs_deny.read.push(p.clone());
        self.fs_deny.write.push(p);
        self
    }
    /// Allow these environment variables.
    pub fn allow_env<I, S>(mut self, names: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.env_allow
            .names
            .extend(names.into_iter().map(Into::into));
        self
    }
    /// Deny these environment variables, whatever else allows them.
    pub fn deny_env<I, S>(mut self, names: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.env_deny
            .names
            .extend(names.into_iter().map(Into::into));
        self
    }
    /// Allow these hosts.
    pub fn allow_net<I, S>(mut self, hosts: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.net_allow
            .names
            .extend(hosts.into_iter().map(Into::into));
        self
    }
    /// Deny these hosts, whatever else allows them.
    pub fn deny_net<I, S>(mut self, hosts: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.net_deny
            .names
            .extend(hosts.into_iter().map(Into::into));
        self
    }
    /// Consult `checker` for every request that no deny rule settles. It answers `Some(true)`
    /// (allow), `Some(false)` (deny) or `None` (let the allow rules decide).
    pub fn with_checker(
        mut self,
        checker: impl Fn(&PermRequest) -> Option<bool> + Send + Sync + 'static,
    ) -> Self {
        self.checker = Some(Arc::new(checker));
        self
    }

    /// Decide one request.
    pub fn allows(&self, req: &PermRequest) -> bool {
        let denied = match req {
            PermRequest::Fs { access, path } => self.fs_deny.matches(*access, path),
            PermRequest::Env { name } => self.env_deny.matches(name),
            PermRequest::Net { host } => self.net_deny.matches(host),
            PermRequest::ChildProcess { command } => self.child_deny.matches(command),
        };
        if denied {
            return false;
        }
        if let Some(checker) = &self.checker {
            if let Some(decision) = checker(req) {
                return decision;
            }
        }
        match req {
            PermRequest::Fs { access, path } => self.fs_allow.matches(*access, path),
            PermRequest::Env { name } => self.env_allow.matches(name),
            PermRequest::Net { host } => self.net_allow.matches(host),
            PermRequest::ChildProcess { command } => self.child_allow.matches(command),
        }
    }

    /// Shorthand for an env decision.
    pub fn allows_env(&self, name: &str) -> bool {
        self.allows(&PermRequest::Env {
            name: name.to_string(),
        })
    }

    /// Keep only the variables this policy allows: a denied variable is simply absent.
    pub fn filter_env(&self, env: Vec<(String, String)>) -> Vec<(String, String)> {
        env.into_iter()
            .filter(|(k, _)| self.allows_env(k))
            .collect()
    }

    /// Check an fs request; on success the only way to obtain a [`CheckedPath`]. (Copies the
    /// policy into the `CheckedPath`; the kernel uses [`Permissions::check_shared`].)
    pub fn check(
        &self,
        access: FsAccess,
        path: &str,
        syscall: &str,
    ) -> Result<CheckedPath, SysError> {
        Arc::new(self.clone()).check_shared(access, path, syscall)
    }

    /// [`Permissions::check`] for a shared policy: the `CheckedPath` refers to it.
    pub fn check_shared(
        self: &Arc<Self>,
        access: FsAccess,
        path: &str,
        syscall: &str,
    ) -> Result<CheckedPath, SysError> {
        if path.contains('\0') {
            return Err(SysError::new(Errno::EINVAL, syscall).with_path(path.replace('\0', "\\0")));
        }
        if !path.starts_with('/') {
            return Err(SysError::new(Errno::EINVAL, syscall)
                .with_path(path)
                .with_detail("the kernel takes absolute paths only"));
        }
        let normalized = normalize(path);
        let req = PermRequest::Fs {
            access,
            path: normalized.clone(),
        };
        if self.allows(&req) {
            Ok(CheckedPath {
                path: normalized,
                slash: path.len() > 1 && path.ends_with('/'),
                access,
                policy: Arc::clone(self),
            })
        } else {
            Err(SysError::new(Errno::EACCES, syscall).with_path(path))
        }
    }
}

/// A normalised absolute guest path that the permission checker has approved for `access`.
/// Only this module can make one; the VFS accepts nothing else. It carries the policy that
/// approved it, so that when a lookup follows symlinks to another path, that path can be checked
/// too ([`CheckedPath::covers`]).
#[derive(Clone)]
pub struct CheckedPath {
    path: String,
    /// The caller wrote a trailing slash: the path must name a directory (as on Linux).
    slash: bool,
    access: FsAccess,
    policy: Arc<Permissions>,
}

impl std::fmt::Debug for CheckedPath {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "CheckedPath({:?}, {:?})", self.path, self.access)
    }
}

impl PartialEq for CheckedPath {
    fn eq(&self, other: &Self) -> bool {
        self.path == other.path && self.access == other.access
    }
}

impl CheckedPath {
    pub fn as_str(&self) -> &str {
        &self.path
    }
    pub fn access(&self) -> FsAccess {
        self.access
    }
    /// Was the path written with a trailing slash (so it must name a directory)?
    pub fn trailing_slash(&self) -> bool {
        self.slash
    }
    /// May the same access reach `other` (where symlinks led from this path)?
    pub fn covers(&self, other: &str) -> bool {
        self.policy.allows(&PermRequest::Fs {
            access: self.access,
            path: other.to_string(),
        })
    }
    #[cfg(test)]
    pub(crate) fn for_test(path: &str, access: FsAccess) -> Self {
        CheckedPath {
            path: normalize(path),
            slash: path.len() > 1 && path.ends_with('/'),
            access,
            policy: Arc::new(Permissions::allow_all()),
        }
    }
}

/// A host name the permission checker has approved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedHost(String);

impl CheckedHost {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Lexical normalisation of an absolute path: collapses `//`, `.` and `..` (never above `/`).
pub fn normalize(path: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for c in path.split('/') {
        match c {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            c => parts.push(c),
        }
    }
    let mut out = String::with_capacity(path.len() + 1);
    for p in &parts {
        out.push('/');
        out.push_str(p);
    }
    if out.is_empty() {
        out.push('/');
    }
    out
}

/// Is `path` equal to `root` or below it? Both normalised.
pub fn path_within(path: &str, root: &str) -> bool {
    root == "/"
        || path == root
        || (path.starts_with(root) && path.as_bytes().get(root.len()) == Some(&b'/'))
}

/// Messages the permission actor accepts.
pub enum PermMsg {
    /// Check a host and forward a lookup to the network actor.
    NetLookup {
        host: String,
        reply: ReplyTo,
    },
    /// Filter an environment for a new process.
    FilterEnv {
        env: Vec<(String, String)>,
        reply: Sender<Vec<(String, String)>>,
    },
    Shutdown,
}

/// The actor loop: owns the policy; forwards approved requests.
pub(crate) fn run(policy: Permissions, rx: Receiver<PermMsg>, net: Sender<NetMsg>) {
    while let Ok(msg) = rx.recv() {
        match msg {
            PermMsg::NetLookup { host, reply } => {
                let req = PermRequest::Net { host: host.clone() };
                if policy.allows(&req) {
                    let _ = net.send(NetMsg::Lookup {
                        host: CheckedHost(host),
                        reply,
                    });
                } else {
                    reply.send(Err(
                        SysError::new(Errno::EACCES, "getaddrinfo").with_path(host)
                    ));
                }
            }
            PermMsg::FilterEnv { env, reply } => {
                let _ = reply.send(policy.filter_env(env));
            }
            PermMsg::Shutdown => break,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deny_by_default() {
        let p = Permissions::deny_all();
        assert!(p.check(FsAccess::Read, "/a", "open").is_err());
        assert!(!p.allows_env("HOME"));
        assert!(!p.allows(&PermRequest::Net { host: "x".into() }));
    }

    #[test]
    fn presets_cover_one_domain() {
        let fs = Permissions::allow_all_fs();
        assert!(fs.check(FsAccess::Write, "/x/y", "open").is_ok());
        assert!(!fs.allows_env("HOME"));
        let env = Permissions::allow_all_env();
        assert!(env.allows_env("HOME"));
        assert!(env.check(FsAccess::Read, "/x", "open").is_err());
        let all = Permissions::allow_all();
        assert!(all.allows(&PermRequest::Net { host: "a".into() }));
        assert!(all.allows(&PermRequest::ChildProcess {
            command: "ls".into()
        }));
        assert!(Permissions::allow_all_network().allows(&PermRequest::Net { host: "h".into() }));
        assert!(
            Permissions::allow_all_child_process().allows(&PermRequest::ChildProcess {
                command: "c".into()
            })
        );
    }

    #[test]
    fn deny_wins_over_broader_allow() {
        let p = Permissions::allow_all_fs().deny_fs("/secret");
        assert!(p.check(FsAccess::Read, "/secret/key", "open").is_err());
        assert!(p.check(FsAccess::Read, "/secret", "open").is_err());
        assert!(p.check(FsAccess::Read, "/secretive", "open").is_ok());
        // `..` cannot walk around a deny rule.
        let e = p
            .check(FsAccess::Read, "/public/../secret/key", "open")
            .unwrap_err();
        assert_eq!(e.code, Errno::EACCES);
        assert_eq!(e.path.as_deref(), Some("/public/../secret/key"));
        let p = Permissions::allow_all_env().deny_env(["TOKEN"]);
        assert!(!p.allows_env("TOKEN"));
        assert!(p.allows_env("HOME"));
    }

    #[test]
    fn read_only_grant_denies_writes() {
        let p = Permissions::deny_all().allow_fs_read("/app");
        assert!(p.check(FsAccess::Read, "/app/x.js", "open").is_ok());
        assert!(p.check(FsAccess::Write, "/app/x.js", "open").is_err());
        assert!(p.check(FsAccess::Read, "/other", "open").is_err());
    }

    #[test]
    fn custom_checker_decides_after_denies() {
        let p = Permissions::deny_all()
            .deny_env(["NOPE"])
            .with_checker(|r| match r {
                PermRequest::Env { name } => Some(name.starts_with("APP_")),
                _ => None,
            });
        assert!(p.allows_env("APP_MODE"));
        assert!(!p.allows_env("HOME"));
        assert!(!p.allows_env("NOPE"));
    }

    #[test]
    fn env_filter_drops_denied() {
        let p = Permissions::deny_all().allow_env(["A"]);
        let env = vec![("A".into(), "1".into()), ("B".into(), "2".into())];
        assert_eq!(p.filter_env(env), vec![("A".to_string(), "1".to_string())]);
    }

    #[test]
    fn bad_paths_are_einval() {
        let p = Permissions::allow_all();
        assert_eq!(
            p.check(FsAccess::Read, "/a\0b", "open").unwrap_err().code,
            Errno::EINVAL
        );
        assert_eq!(
            p.check(FsAccess::Read, "rel", "open").unwrap_err().code,
            Errno::EINVAL
        );
    }

    #[test]
    fn normalize_paths() {
        assert_eq!(normalize("/a/./b/../c//d/"), "/a/c/d");
        assert_eq!(normalize("/../.."), "/");
        assert!(path_within("/a/b", "/a"));
        assert!(!path_within("/ab", "/a"));
    }
}
