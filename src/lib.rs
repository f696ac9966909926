//! secure-exec: run untrusted Node.js code in a V8 isolate over a virtual kernel.
//!
//! Every file, socket, process and environment access of the sandboxed code is a typed
//! [`syscalls::Syscall`] answered by kernel actors ([`actors`]) under a deny-by-default
//! [`Permissions`] policy. Because replies are the only input from outside, every run can be
//! recorded ([`trace`]).
//!
//! ```
//! use std::sync::{Arc, Mutex};
//! use secure_exec::{ExecOptions, Permissions, Runtime};
//!
//! # fn main() -> Result<(), secure_exec::Error> {
//! let out = Arc::new(Mutex::new(String::new()));
//! let sink = out.clone();
//! let rt = Runtime::builder()
//!     .permissions(Permissions::allow_all_fs())
//!     .memory_limit_mib(64)
//!     .on_stdio(move |ev| sink.lock().unwrap().push_str(&String::from_utf8_lossy(ev.data)))
//!     .build()?;
//! let tokio = tokio::runtime::Builder::new_current_thread().build().expect("tokio");
//! tokio.block_on(async {
//!     let r = rt.exec("console.log(require('path').join('a', 'b'))", ExecOptions::default()).await?;
//!     assert_eq!(r.exit_code, 0);
//!     let v = rt.run("module.exports = { sum: [1, 2, 3].reduce((a, b) => a + b) }").await?;
//!     assert_eq!(v["sum"], 6);
//!     Ok::<_, secure_exec::Error>(())
//! })?;
//! assert_eq!(out.lock().unwrap().as_str(), "a/b\n");
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
