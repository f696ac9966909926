//! Linux errno values with libuv's names and descriptions, as Node reports them.

use serde::{Deserialize, Serialize};

macro_rules! errnos {
    ($($name:ident = $num:expr, $desc:expr;)*) => {
        /// A system error code. Serialised as its name (`"ENOENT"`).
        #[allow(clippy::upper_case_acronyms)]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        pub enum Errno { $($name,)* }

        impl Errno {
            /// Node's (negative) `errno` number.
            pub fn errno(self) -> i32 { match self { $(Errno::$name => -($num),)* } }
            /// The code, e.g. `"ENOENT"`.
            pub fn name(self) -> &'static str { match self { $(Errno::$name => stringify!($name),)* } }
            /// libuv's description, e.g. `"no such file or directory"`.
            pub fn description(self) -> &'static str { match self { $(Errno::$name => $desc,)* } }
        }
    };
}

errnos! {
    EPERM = 1, "operation not permitted";
    ENOENT = 2, "no such file or directory";
    EIO = 5, "i/o error";
    EBADF = 9, "bad file descriptor";
    EAGAIN = 11, "resource temporarily unavailable";
    ENOMEM = 12, "not enough memory";
    EACCES = 13, "permission denied";
    EBUSY = 16, "resource busy or locked";
    EEXIST = 17, "file already exists";
    EXDEV = 18, "cross-device link not permitted";
    ENOTDIR = 20, "not a directory";
    EISDIR = 21, "illegal operation on a directory";
    EINVAL = 22, "invalid argument";
    EMFILE = 24, "too many open files";
    EFBIG = 27, "file too large";
    ENOSPC = 28, "no space left on device";
    EROFS = 30, "read-only file system";
    EPIPE = 32, "broken pipe";
    ENAMETOOLONG = 36, "name too long";
    ENOSYS = 38, "function not implemented";
    ENOTEMPTY = 39, "directory not empty";
    ELOOP = 40, "too many symbolic links encountered";
    ENOTSUP = 95, "operation not supported on socket";
    ETIMEDOUT = 110, "connection timed out";
    ECONNREFUSED = 111, "connection refused";
    ENOTFOUND = 3008, "getaddrinfo ENOTFOUND";
}

impl Errno {
    /// Map a host I/O error onto the closest errno.
    pub fn from_io(e: &std::io::Error) -> Errno {
        use std::io::ErrorKind as K;
        if let Some(code) = e.raw_os_error() {
            if let Some(x) = Self::from_raw(code) {
                return x;
            }
        }
        match e.kind() {
            K::NotFound => Errno::ENOENT,
            K::PermissionDenied => Errno::EACCES,
            K::AlreadyExists => Errno::EEXIST,
            K::InvalidInput => Errno::EINVAL,
            K::TimedOut => Errno::ETIMEDOUT,
            K::ConnectionRefused => Errno::ECONNREFUSED,
            _ => Errno::EIO,
        }
    }

    fn from_raw(code: i32) -> Option<Errno> {
        Some(match code {
            1 => Errno::EPERM,
            2 => Errno::ENOENT,
            5 => Errno::EIO,
            9 => Errno::EBADF,
            11 => Errno::EAGAIN,
            12 => Errno::ENOMEM,
            13 => Errno::EACCES,
            16 => Errno::EBUSY,
            17 => Errno::EEXIST,
            18 => Errno::EXDEV,
            20 => Errno::ENOTDIR,
            21 => Errno::EISDIR,
            22 => Errno::EINVAL,
            27 => Errno::EFBIG,
            28 => Errno::ENOSPC,
            30 => Errno::EROFS,
            36 => Errno::ENAMETOOLONG,
            39 => Errno::ENOTEMPTY,
            40 => Errno::ELOOP,
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn names_numbers_descriptions() {
        assert_eq!(Errno::EACCES.errno(), -13);
        assert_eq!(Errno::EACCES.name(), "EACCES");
        assert_eq!(Errno::ENOTEMPTY.description(), "directory not empty");
        let io = std::io::Error::from_raw_os_error(2);
        assert_eq!(Errno::from_io(&io), Errno::ENOENT);
    }
}
