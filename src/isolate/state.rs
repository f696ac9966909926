//! Per-isolate state, kept in an isolate slot so native callbacks can reach it.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::Arc;
use std::time::Instant;

use crossbeam_channel::{Receiver, Sender};

use crate::actors::Kernel;
use crate::syscalls::SysResult;
use crate::trace::Recorder;

/// An async syscall whose reply has not been delivered yet.
pub(crate) struct PendingOp {
    pub resolver: v8::Global<v8::PromiseResolver>,
    pub started: Instant,
    /// Keeps the process alive while pending (false for an unref'd watcher's wait).
    pub refed: bool,
    /// Completes only when something else happens (a watch wait): virtual time never blocks on it.
    pub event_wait: bool,
}

pub(crate) struct IsolateState {
    pub kernel: Kernel,
    pub pid: u32,
    pub sync_tx: Sender<(u64, SysResult)>,
    pub sync_rx: Receiver<(u64, SysResult)>,
    pub async_tx: Sender<(u64, SysResult)>,
    pub async_rx: Receiver<(u64, SysResult)>,
    pub pending: HashMap<u64, PendingOp>,
    pub next_async_id: u64,
    /// Set once `proc.exit` succeeded: the process is over.
    pub exit_code: Option<i32>,
    pub recorder: Option<Arc<Recorder>>,
    /// Promises rejected with no handler, in rejection order, not yet reported.
    pub rejections: Vec<(v8::Global<v8::Promise>, v8::Global<v8::Value>)>,
    /// Promises that got a handler after they had been rejected with none.
    pub late_handled: Vec<v8::Global<v8::Promise>>,
    /// Set when replaying: syscalls are answered from the trace.
    pub replay: Option<super::replay::Replayer>,
    /// ES modules compiled in this isolate, by id (see `super::modules`).
    pub modules: Vec<super::modules::ModuleSlot>,
    /// Module ids by V8 identity hash (for the callbacks, which get a module, not an id).
    pub module_ids: HashMap<i32, Vec<usize>>,
    pub module_handlers: Option<super::modules::ModuleHandlers>,
    /// Set when something ended the run for good (CPU or heap limit, the embedder): a `vm`
    /// timeout must not cancel that termination.
    pub stop_flags: Vec<Arc<std::sync::atomic::AtomicBool>>,
}

impl IsolateState {
    /// Whether the run is over for a reason other than a `vm` timeout.
    pub fn hard_stop(&self) -> bool {
        self.exit_code.is_some()
            || self.replay.as_ref().is_some_and(|r| r.divergence.is_some())
            || self
                .stop_flags
                .iter()
                .any(|f| f.load(std::sync::atomic::Ordering::SeqCst))
    }
}

pub(crate) type StateRef = Rc<RefCell<IsolateState>>;

/// Run `f` with the isolate's state; `None` if the isolate has none (snapshot creation).
pub(crate) fn with_state<R>(
    isolate: &v8::Isolate,
    f: impl FnOnce(&mut IsolateState) -> R,
) -> Option<R> {
    let st = isolate.get_slot::<StateRef>()?.clone();
    let mut guard = st.try_borrow_mut().ok()?;
    Some(f(&mut guard))
}
