//! secure-exec: run untrusted Node.js code in a V8 isolate over a virtual kernel.
//!
//! Every file, socket, process and environment access of the sandboxed code is a typed
//! [`syscalls::Syscall`] answered by kernel actors ([`actors`]) under a deny-by-default
//! [`Permissions`] policy. Because replies are the only input from outside, every run can be
//! recorded ([`trace`]).
//!
//! ```no_run
//! # async fn demo() -> Result<(), secure_exec::Error> {
//! use secure_exec::{ExecOptions, Permissions, Runtime};
//! let rt = Runtime::builder()
//!     .permissions(Permissions::allow_all_fs())
//!     .on_stdio(|ev| print!("{}", String::from_utf8_lossy(ev.data)))
//!     .build()?;
//! let result = rt.exec("console.log(require('path').join('a', 'b'))", ExecOptions::default()).await?;
//! assert_eq!(result.exit_code, 0);
//! # Ok(()) }
//! ```

pub mod actors;
pub mod isolate;
pub mod runtime;
pub mod syscalls;
pub mod trace;

pub use actors::permissions::{FsAccess, PermRequest, Permissions};
pub use actors::process::{StdioEvent, StdioStream};
pub use runtime::{Error, ExecOptions, ExecResult, Limits, Runtime, RuntimeBuilder, SandboxHandle};
