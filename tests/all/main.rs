//! The one integration-test binary (V8 is linked once). One module per area.

mod util;

mod builtins;
mod differential;
mod embedding;
mod escapes;
mod limits;
mod mounts;
mod packages;
mod permissions;
mod recording;
mod watch;
mod zlib;
