//! The network actor. In this version it resolves host names; sockets come later.

use std::net::ToSocketAddrs;

use crossbeam_channel::Receiver;

use super::permissions::CheckedHost;
use super::ReplyTo;
use crate::syscalls::{Errno, Reply, SysError};

/// Messages the network actor accepts.
pub enum NetMsg {
    /// Resolve an approved host name.
    Lookup {
        host: CheckedHost,
        reply: ReplyTo,
    },
    Shutdown,
}

pub(crate) fn run(rx: Receiver<NetMsg>) {
    while let Ok(msg) = rx.recv() {
        match msg {
            NetMsg::Lookup { host, reply } => {
                let _span = tracing::trace_span!("net.lookup", host = host.as_str()).entered();
                let r = match (host.as_str(), 0u16).to_socket_addrs() {
                    Ok(addrs) => {
                        let mut out: Vec<String> = addrs.map(|a| a.ip().to_string()).collect();
                        out.dedup();
                        Ok(Reply::Addrs(out))
                    }
                    Err(_) => {
                        Err(SysError::new(Errno::ENOTFOUND, "getaddrinfo").with_path(host.as_str()))
                    }
                };
                reply.send(r);
            }
            NetMsg::Shutdown => break,
        }
    }
}
