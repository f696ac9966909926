//! One sandboxed process: one OS thread, one V8 isolate, one event loop.
//!
//! The isolate starts from a startup snapshot that already holds the whole bridge (`js/`), so a
//! new sandbox deserialises it instead of parsing it. The event loop follows Node's phases:
//! timers, pending async syscall replies, `setImmediate`; after every callback the
//! `process.nextTick` queue and the microtask queue are drained, and unhandled rejections are
//! reported. The process ends when nothing keeps the loop alive, on `process.exit()`, on an
//! uncaught exception, or when a limit is hit.

mod alloc;
mod modules;
mod natives;
pub mod replay;
mod state;
mod v8_serializer;
mod vm;
mod watchdog;

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashMap;
use std::ffi::c_void;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Once, OnceLock};
use std::time::Duration;

use crossbeam_channel::{bounded, unbounded, RecvTimeoutError};

use crate::actors::process::SpawnSpec;
use crate::actors::Kernel;
use crate::syscalls::encode_reply;
use crate::trace::{DeliveryPoint, Recorder};
use state::{IsolateState, StateRef};

mod bridge_files {
    include!(concat!(env!("OUT_DIR"), "/bridge_files.rs"));
}

/// Exit code of a run stopped by the CPU-time limit (as `timeout(1)`).
pub const EXIT_CPU_LIMIT: i32 = 124;
/// Exit code of a run stopped by the heap limit (as Node's abort on OOM: 128 + SIGABRT).
pub const EXIT_OUT_OF_MEMORY: i32 = 134;
/// Exit code of a replay that left its trace.
pub const EXIT_REPLAY_DIVERGED: i32 = 3;
/// Exit code when the sandbox itself could not run the program (internal failure).
pub const EXIT_INTERNAL: i32 = 70;
/// Exit code of a run stopped by [`ProcessControl::terminate`] (128 + SIGKILL).
pub const EXIT_TERMINATED: i32 = 137;

/// Lets another thread stop a running process.
#[derive(Default)]
pub struct ProcessControl {
    inner: std::sync::Mutex<
        Option<(
            v8::IsolateHandle,
            crossbeam_channel::Sender<(u64, crate::syscalls::SysResult)>,
        )>,
    >,
    killed: Arc<AtomicBool>,
}

impl ProcessControl {
    /// Stop the process: JavaScript stops at once, the run ends with exit code 137. Safe to call
    /// at any time, from any thread, any number of times.
    pub fn terminate(&self) {
        self.killed.store(true, Ordering::SeqCst);
        if let Ok(g) = self.inner.lock() {
            if let Some((handle, wake)) = g.as_ref() {
                handle.terminate_execution();
                // Wake an event loop that is waiting for a reply or a timer.
                let _ = wake.send((WAKE_ID, Ok(crate::syscalls::Reply::Unit)));
            }
        }
    }
    fn killed(&self) -> bool {
        self.killed.load(Ordering::SeqCst)
    }
}

/// Async id used only to wake the event loop.
const WAKE_ID: u64 = u64::MAX;

/// The program a process runs.
#[derive(Debug, Clone)]
pub struct MainModule {
    /// Absolute guest path of the entry file (the module's `__filename`).
    pub filename: String,
    /// Source text; `None` to read `filename` through the VFS.
    pub source: Option<String>,
}

/// Everything one sandboxed process needs.
pub struct ProcessConfig {
    pub kernel: Kernel,
    pub spawn: SpawnSpec,
    pub main: MainModule,
    pub heap_limit_bytes: usize,
    pub cpu_time_limit: Option<Duration>,
    pub recorder: Option<Arc<Recorder>>,
    /// Hand `module.exports` back as JSON when the process ends.
    pub want_exports: bool,
    /// Filled in once the isolate exists, so the embedder can terminate the run.
    pub control: Option<Arc<ProcessControl>>,
    /// Replay recorded events instead of asking the kernel.
    pub replay: Option<replay::ReplaySpec>,
}

/// How a process ended.
#[derive(Debug, Clone, PartialEq)]
pub struct ProcessOutcome {
    pub pid: u32,
    pub exit_code: i32,
    /// Why the run failed, if it did: an uncaught error, a limit, an internal failure.
    pub error: Option<String>,
    /// `module.exports` of the entry module, as JSON, when asked for.
    pub exports: Option<serde_json::Value>,
    /// When replaying: where the program left its trace.
    pub divergence: Option<replay::Divergence>,
}

impl ProcessOutcome {
    fn internal(pid: u32, msg: String) -> Self {
        ProcessOutcome {
            pid,
            exit_code: EXIT_INTERNAL,
            error: Some(msg),
            exports: None,
            divergence: None,
        }
    }
}

static V8_INIT: Once = Once::new();

/// Initialise V8 once per host process.
pub fn init_v8() {
    V8_INIT.call_once(|| {
        let platform = v8::new_default_platform(0, false).make_shared();
        v8::V8::initialize_platform(platform);
        v8::V8::initialize();
    });
}

struct Refs(Vec<v8::ExternalReference>);
// SAFETY: the table holds only pointers to `extern "C"` functions, which are immutable and valid
// for the life of the program.
unsafe impl Send for Refs {}
unsafe impl Sync for Refs {}

fn external_refs() -> &'static [v8::ExternalReference] {
    static REFS: OnceLock<Refs> = OnceLock::new();
    &REFS
        .get_or_init(|| {
            Refs(
                natives::table()
                    .iter()
                    .map(|(_, f)| v8::ExternalReference { function: *f })
                    .collect(),
            )
        })
        .0
}

// Snapshot creation, shared with build.rs (which runs it at build time).
include!("snapshot_shared.rs");

mod prebuilt {
    include!(concat!(env!("OUT_DIR"), "/snapshot_info.rs"));
}

struct Snapshot {
    blob: &'static [u8],
    hooks_index: usize,
}

/// The startup snapshot: the one build.rs made, or (when the build could not make one) one made
/// now, once per host process.
fn snapshot() -> Result<&'static Snapshot, String> {
    static SNAP: OnceLock<Result<Snapshot, String>> = OnceLock::new();
    SNAP.get_or_init(|| {
        init_v8();
        if let Some((blob, hooks_index)) = prebuilt::SNAPSHOT {
            return Ok(Snapshot { blob, hooks_index });
        }
        let natives: Vec<v8::FunctionCallback> = natives::table().iter().map(|(_, f)| *f).collect();
        let (blob, hooks_index) = make_snapshot(
            Cow::Borrowed(external_refs()),
            &natives,
            bridge_files::MODULES,
            bridge_files::BOOTSTRAP,
        )?;
        Ok(Snapshot {
            blob: Box::leak(blob.into_boxed_slice()),
            hooks_index,
        })
    })
    .as_ref()
    .map_err(Clone::clone)
}

/// Makes sure the snapshot exists (creating it now if this is the first sandbox of the host
/// process). Returns its size in bytes.
pub fn warm_up() -> Result<usize, String> {
    snapshot().map(|s| s.blob.len())
}

struct HeapGuard {
    handle: v8::IsolateHandle,
    hit: Arc<AtomicBool>,
}

extern "C" fn near_heap_limit(data: *mut c_void, current: usize, _initial: usize) -> usize {
    // SAFETY: `data` is the HeapGuard registered below, alive until the isolate is dropped.
    let g = unsafe { &*(data as *const HeapGuard) };
    g.hit.store(true, Ordering::SeqCst);
    g.handle.terminate_execution();
    // Room to unwind; the run is over either way.
    current + current / 2 + 16 * 1024 * 1024
}

extern "C" fn on_promise_reject(msg: v8::PromiseRejectMessage) {
    v8::callback_scope!(unsafe scope, &msg);
    let promise = msg.get_promise();
    match msg.get_event() {
        v8::PromiseRejectEvent::PromiseRejectWithNoHandler => {
            let value = msg
                .get_value()
                .unwrap_or_else(|| v8::undefined(scope).into());
            let p = v8::Global::new(scope, promise);
            let v = v8::Global::new(scope, value);
            state::with_state(scope, |st| st.rejections.push((p, v)));
        }
        v8::PromiseRejectEvent::PromiseHandlerAddedAfterReject => {
            let g = v8::Global::new(scope, promise);
            state::with_state(scope, |st| {
                let before = st.rejections.len();
                st.rejections.retain(|(p, _)| p != &promise);
                if before == st.rejections.len() {
                    // Already reported: the bridge emits 'rejectionHandled' if it was.
                    st.late_handled.push(g);
                }
            });
        }
        _ => {}
    }
}

/// Run one process to completion on the calling thread.
pub fn run_process(cfg: ProcessConfig) -> ProcessOutcome {
    let snap = match snapshot() {
        Ok(s) => s,
        Err(e) => {
            return ProcessOutcome::internal(0, format!("cannot build the bridge snapshot: {e}"))
        }
    };
    let pid = match cfg.kernel.spawn(cfg.spawn.clone()) {
        Ok(p) => p,
        Err(e) => return ProcessOutcome::internal(0, format!("cannot start process: {e}")),
    };
    // ArrayBuffer memory is outside the heap: it gets a budget of the same size.
    let (array_buffers, reply_budget) = alloc::allocator(cfg.heap_limit_bytes);
    let params = v8::CreateParams::default()
        .heap_limits(0, cfg.heap_limit_bytes)
        .array_buffer_allocator(array_buffers)
        .snapshot_blob(v8::StartupData::from(snap.blob))
        .external_references(Cow::Borrowed(external_refs()));
    let mut isolate = v8::Isolate::new(params);
    isolate.set_microtasks_policy(v8::MicrotasksPolicy::Explicit);
    isolate.set_promise_reject_callback(on_promise_reject);
    isolate.set_host_import_module_dynamically_callback(modules::import_dynamic);
    isolate.set_host_initialize_import_meta_object_callback(modules::init_meta);
    let guard = Box::into_raw(Box::new(HeapGuard {
        handle: isolate.thread_safe_handle(),
        hit: Arc::new(AtomicBool::new(false)),
    }));
    isolate.add_near_heap_limit_callback(near_heap_limit, guard as *mut c_void);
    let (sync_tx, sync_rx) = bounded(1);
    let (async_tx, async_rx) = unbounded();
    let st: StateRef = Rc::new(RefCell::new(IsolateState {
        kernel: cfg.kernel.clone(),
        pid,
        sync_tx,
        sync_rx,
        async_tx,
        async_rx,
        pending: HashMap::new(),
        next_async_id: 1,
        exit_code: None,
        recorder: cfg.recorder.clone(),
        rejections: Vec::new(),
        late_handled: Vec::new(),
        modules: Vec::new(),
        module_ids: HashMap::new(),
        module_handlers: None,
        replay: cfg
            .replay
            .clone()
            .map(|spec| replay::Replayer::new(spec, cfg.spawn.stdio.clone())),
        stop_flags: Vec::new(),
    }));
    // SAFETY: `guard` came from Box::into_raw above and lives until the isolate is gone.
    st.borrow_mut()
        .stop_flags
        .push(unsafe { (*guard).hit.clone() });
    isolate.set_slot(st.clone());
    isolate.set_slot(reply_budget);
    if let Some(ctl) = &cfg.control {
        st.borrow_mut().stop_flags.push(ctl.killed.clone());
        if let Ok(mut g) = ctl.inner.lock() {
            *g = Some((isolate.thread_safe_handle(), st.borrow().async_tx.clone()));
        }
        if ctl.killed() {
            isolate.terminate_execution();
        }
    }
    let cpu = cfg
        .cpu_time_limit
        .and_then(|limit| watchdog::watch_current_thread(isolate.thread_safe_handle(), limit));
    if let Some(g) = &cpu {
        st.borrow_mut().stop_flags.push(g.fired.clone());
    }

    let result = {
        let mut lp = EventLoop {
            st: st.clone(),
            fatal: None,
            virtual_time: cfg.replay.is_none() && cfg.kernel.advance_clock(Duration::ZERO),
            ready: Default::default(),
            idle_collected: false,
        };
        lp.run(&mut isolate, snap.hooks_index, &cfg)
    };

    let cpu_fired = cpu
        .as_ref()
        .map(|g| g.fired.load(Ordering::SeqCst))
        .unwrap_or(false);
    let killed = match &cfg.control {
        Some(ctl) => {
            if let Ok(mut g) = ctl.inner.lock() {
                *g = None;
            }
            ctl.killed()
        }
        None => false,
    };
    drop(cpu);
    // SAFETY: `guard` came from Box::into_raw above and V8 no longer calls back after this.
    let heap_hit = unsafe { (*guard).hit.load(Ordering::SeqCst) };
    let exit_code = st.borrow().exit_code;
    let divergence = st
        .borrow_mut()
        .replay
        .as_mut()
        .and_then(|r| r.divergence.take());
    // Drop pending resolvers before the isolate goes.
    st.borrow_mut().pending.clear();
    st.borrow_mut().rejections.clear();
    st.borrow_mut().late_handled.clear();
    st.borrow_mut().modules.clear();
    st.borrow_mut().module_ids.clear();
    st.borrow_mut().module_handlers = None;
    v8_serializer::clear(&mut isolate);
    drop(isolate);
    // SAFETY: the isolate that could call `near_heap_limit` has been dropped.
    drop(unsafe { Box::from_raw(guard) });
    let recorded_code = cfg.kernel.reap(pid);

    let mut out = ProcessOutcome {
        pid,
        exit_code: exit_code.or(recorded_code).unwrap_or(0),
        error: None,
        exports: None,
        divergence: None,
    };
    match result {
        LoopEnd::Done { exports, fatal } => {
            out.exports = exports;
            out.error = fatal;
        }
        LoopEnd::Terminated { fatal } => {
            out.error = fatal;
        }
        LoopEnd::Internal(e) => return ProcessOutcome::internal(pid, e),
    }
    if let Some(d) = divergence {
        out.exit_code = EXIT_REPLAY_DIVERGED;
        out.error = Some(d.to_string());
        out.divergence = Some(d);
    } else if heap_hit {
        out.exit_code = EXIT_OUT_OF_MEMORY;
        out.error = Some(format!(
            "JavaScript heap out of memory: the sandbox's heap limit of {} MiB was reached",
            cfg.heap_limit_bytes / (1024 * 1024)
        ));
    } else if killed && exit_code.is_none() {
        out.exit_code = EXIT_TERMINATED;
        out.error = Some("terminated by the embedder".into());
    } else if cpu_fired {
        out.exit_code = EXIT_CPU_LIMIT;
        out.error = Some("CPU time limit exceeded".into());
    } else if exit_code.is_none() && out.error.is_some() {
        out.exit_code = 1;
    }
    out
}

enum LoopEnd {
    Done {
        exports: Option<serde_json::Value>,
        fatal: Option<String>,
    },
    Terminated {
        fatal: Option<String>,
    },
    Internal(String),
}

/// What running one piece of JavaScript led to.
enum Step {
    Ok,
    /// Execution was terminated (process.exit, a limit): stop.
    Stop,
}

struct EventLoop {
    st: StateRef,
    fatal: Option<String>,
    /// The kernel's clock is virtual: never sleep, jump the clock instead; complete I/O first and
    /// deliver replies in request order (a reproducible schedule).
    virtual_time: bool,
    /// Replies received while waiting for an earlier one (virtual time).
    ready: std::collections::BTreeMap<u64, crate::syscalls::SysResult>,
    /// Set after an idle collection; cleared whenever JavaScript runs again.
    idle_collected: bool,
}

/// A wait longer than this lets V8 collect garbage before the loop sleeps.
const IDLE_GC_AFTER_MS: f64 = 250.0;

struct Hooks {
    obj: v8::Global<v8::Object>,
}

impl EventLoop {
    fn run(
        &mut self,
        isolate: &mut v8::OwnedIsolate,
        hooks_index: usize,
        cfg: &ProcessConfig,
    ) -> LoopEnd {
        v8::scope!(let scope, isolate);
        let Some(context) =
            v8::Context::from_snapshot(scope, BRIDGE_CONTEXT_INDEX, Default::default())
        else {
            return LoopEnd::Internal("the bridge context is missing from the snapshot".into());
        };
        let scope = &mut v8::ContextScope::new(scope, context);
        let hooks = match scope.get_context_data_from_snapshot_once::<v8::Object>(hooks_index) {
            Ok(h) => Hooks {
                obj: v8::Global::new(scope, h),
            },
            Err(e) => {
                return LoopEnd::Internal(format!("bridge hooks missing from snapshot: {e:?}"))
            }
        };

        // Run the entry module.
        let filename = v8::String::new(scope, &cfg.main.filename).map(Into::into);
        let source: Option<v8::Local<v8::Value>> = match &cfg.main.source {
            Some(s) => match v8::String::new(scope, s) {
                Some(s) => Some(s.into()),
                None => return LoopEnd::Internal("source text too large".into()),
            },
            None => Some(v8::undefined(scope).into()),
        };
        let (Some(filename), Some(source)) = (filename, source) else {
            return LoopEnd::Internal("cannot create strings".into());
        };
        if let Step::Stop = self.call_hook(scope, &hooks, "runMain", &[filename, source]) {
            return self.terminated();
        }
        if let Step::Stop = self.after_callback(scope, &hooks) {
            return self.terminated();
        }

        loop {
            v8::Platform::pump_message_loop(&v8::V8::get_current_platform(), scope, false);
            // Timers.
            if let Step::Stop = self.call_hook(scope, &hooks, "updateTime", &[]) {
                return self.terminated();
            }
            loop {
                match self.call_hook_bool(scope, &hooks, "runTimer") {
                    Err(()) => return self.terminated(),
                    Ok(false) => break,
                    Ok(true) => {
                        self.idle_collected = false;
                        if let Step::Stop = self.after_callback(scope, &hooks) {
                            return self.terminated();
                        }
                    }
                }
            }
            // Pending async replies that have already arrived (when replaying: the ones the
            // recording delivered at this point).
            loop {
                let next = self.next_reply_now();
                match next {
                    Some((id, bytes)) => {
                        if let Step::Stop = self.deliver(scope, &hooks, id, bytes) {
                            return self.terminated();
                        }
                    }
                    None => break,
                }
            }
            // Immediates queued before this phase.
            if let Step::Stop = self.call_hook(scope, &hooks, "startImmediates", &[]) {
                return self.terminated();
            }
            loop {
                match self.call_hook_bool(scope, &hooks, "runImmediate") {
                    Err(()) => return self.terminated(),
                    Ok(false) => break,
                    Ok(true) => {
                        self.idle_collected = false;
                        if let Step::Stop = self.after_callback(scope, &hooks) {
                            return self.terminated();
                        }
                    }
                }
            }
            // Alive?
            let pending = self.st.borrow().pending.values().any(|p| p.refed);
            let js_alive = match self.call_hook_bool(scope, &hooks, "hasRefs") {
                Err(()) => return self.terminated(),
                Ok(b) => b,
            };
            if !pending && !js_alive {
                // beforeExit may schedule more work.
                if let Step::Stop = self.call_hook(scope, &hooks, "beforeExit", &[]) {
                    return self.terminated();
                }
                if let Step::Stop = self.after_callback(scope, &hooks) {
                    return self.terminated();
                }
                let pending = self.st.borrow().pending.values().any(|p| p.refed);
                let js_alive = self
                    .call_hook_bool(scope, &hooks, "hasRefs")
                    .unwrap_or(false);
                if !pending && !js_alive {
                    break;
                }
                continue;
            }
            // Has an immediate been queued? Then don't wait.
            let immediate = self
                .call_hook_bool(scope, &hooks, "hasImmediates")
                .unwrap_or(false);
            if immediate {
                continue;
            }
            // Wait for a reply or the next timer.
            let delay = self.call_hook_number(scope, &hooks, "nextTimerDelay");
            if self.st.borrow().replay.is_some() {
                // No waiting in a replay: the trace says whether a reply came during the wait.
                let next = self
                    .st
                    .borrow_mut()
                    .replay
                    .as_mut()
                    .and_then(|r| r.take_reply(DeliveryPoint::Wait));
                match next {
                    Some((id, bytes)) => {
                        if let Step::Stop = self.deliver(scope, &hooks, id, bytes) {
                            return self.terminated();
                        }
                    }
                    None if delay < 0.0 && pending => {
                        {
                            let n = self.st.borrow().pending.len();
                            let mut st = self.st.borrow_mut();
                            if let Some(r) = st.replay.as_mut() {
                                let d = r.stalled(n);
                                r.divergence.get_or_insert(d);
                            }
                        }
                        return self.terminated();
                    }
                    None => {}
                }
                continue;
            }
            if self.virtual_time {
                // Virtual time: I/O is complete (the poll phase waited for it), so the loop only
                // has timers to wait for — move the clock to the next one instead of sleeping.
                if delay > 0.0 {
                    self.st
                        .borrow()
                        .kernel
                        .advance_clock(Duration::from_secs_f64(delay / 1000.0));
                } else if delay < 0.0 && pending {
                    // Only event waits (watches) left: wait for one for real, as Node would.
                    let rx = self.st.borrow().async_rx.clone();
                    match rx.recv() {
                        Ok((id, r)) if id != WAKE_ID => {
                            let bytes = self.record_reply(id, &r, DeliveryPoint::Wait);
                            if let Step::Stop = self.deliver(scope, &hooks, id, bytes) {
                                return self.terminated();
                            }
                        }
                        Ok(_) => {}
                        Err(_) => {
                            return LoopEnd::Internal(
                                "the kernel stopped while the process was waiting".into(),
                            )
                        }
                    }
                }
                continue;
            }
            if delay != 0.0 {
                if let Some(rec) = &self.st.borrow().recorder {
                    rec.flush();
                }
            }
            let rx = self.st.borrow().async_rx.clone();
            // About to sleep for a while: a good moment for V8 to give memory back, so that idle
            // sandboxes stay small.
            if (delay < 0.0 || delay > IDLE_GC_AFTER_MS) && rx.is_empty() && !self.idle_collected {
                self.idle_collected = true;
                scope.low_memory_notification();
            }
            let got = if delay < 0.0 {
                if pending {
                    rx.recv().map_err(|_| RecvTimeoutError::Disconnected)
                } else {
                    Err(RecvTimeoutError::Timeout)
                }
            } else if delay == 0.0 {
                rx.try_recv().map_err(|_| RecvTimeoutError::Timeout)
            } else {
                rx.recv_timeout(Duration::from_secs_f64(delay / 1000.0))
            };
            match got {
                Ok((id, r)) => {
                    if id != WAKE_ID {
                        let bytes = self.record_reply(id, &r, DeliveryPoint::Wait);
                        if let Step::Stop = self.deliver(scope, &hooks, id, bytes) {
                            return self.terminated();
                        }
                    }
                }
                Err(RecvTimeoutError::Timeout) => {}
                Err(RecvTimeoutError::Disconnected) => {
                    return LoopEnd::Internal(
                        "the kernel stopped while the process was waiting".into(),
                    )
                }
            }
        }

        // Natural end: 'exit' handlers, then proc.exit.
        let exports = if cfg.want_exports {
            match self.call_hook_string(scope, &hooks, "exportsJson") {
                Some(json) => serde_json::from_str(&json).ok(),
                None => None,
            }
        } else {
            None
        };
        let _ = self.call_hook(scope, &hooks, "exit", &[]);
        LoopEnd::Done {
            exports,
            fatal: self.fatal.take(),
        }
    }

    fn terminated(&mut self) -> LoopEnd {
        LoopEnd::Terminated {
            fatal: self.fatal.take(),
        }
    }

    fn hook<'s>(
        &self,
        scope: &mut v8::PinScope<'s, '_>,
        hooks: &Hooks,
        name: &str,
    ) -> Option<v8::Local<'s, v8::Function>> {
        let obj = v8::Local::new(scope, &hooks.obj);
        let key = v8::String::new(scope, name)?;
        let f = obj.get(scope, key.into())?;
        v8::Local::<v8::Function>::try_from(f).ok()
    }

    /// Call a hook; an exception it throws is an uncaught exception of the program.
    fn call_hook(
        &mut self,
        scope: &mut v8::PinScope,
        hooks: &Hooks,
        name: &str,
        args: &[v8::Local<v8::Value>],
    ) -> Step {
        self.call_hook_value(scope, hooks, name, args, |_, _| ()).0
    }

    fn call_hook_value<R>(
        &mut self,
        scope: &mut v8::PinScope,
        hooks: &Hooks,
        name: &str,
        args: &[v8::Local<v8::Value>],
        conv: impl FnOnce(&mut v8::PinScope, v8::Local<v8::Value>) -> R,
    ) -> (Step, Option<R>) {
        if self.st.borrow().exit_code.is_some() {
            return (Step::Stop, None);
        }
        v8::scope!(let scope, scope);
        let Some(f) = self.hook(scope, hooks, name) else {
            self.fatal = Some(format!("bridge hook {name} is missing"));
            return (Step::Stop, None);
        };
        v8::tc_scope!(let tc, scope);
        let recv = v8::undefined(tc).into();
        match f.call(tc, recv, args) {
            Some(v) => {
                let r = conv(tc, v);
                (Step::Ok, Some(r))
            }
            None => {
                if tc.has_terminated() || self.st.borrow().exit_code.is_some() {
                    return (Step::Stop, None);
                }
                let exc = tc.exception();
                let msg = tc.message();
                (self.uncaught(tc, hooks, exc, msg, false), None)
            }
        }
    }

    fn call_hook_bool(
        &mut self,
        scope: &mut v8::PinScope,
        hooks: &Hooks,
        name: &str,
    ) -> Result<bool, ()> {
        match self.call_hook_value(scope, hooks, name, &[], |_, v| v.is_true()) {
            (Step::Stop, _) => Err(()),
            (Step::Ok, v) => Ok(v.unwrap_or(false)),
        }
    }

    fn call_hook_number(&mut self, scope: &mut v8::PinScope, hooks: &Hooks, name: &str) -> f64 {
        match self.call_hook_value(scope, hooks, name, &[], |s, v| {
            v.number_value(s).unwrap_or(-1.0)
        }) {
            (_, Some(n)) => n,
            _ => -1.0,
        }
    }

    fn call_hook_string(
        &mut self,
        scope: &mut v8::PinScope,
        hooks: &Hooks,
        name: &str,
    ) -> Option<String> {
        match self.call_hook_value(scope, hooks, name, &[], |s, v| {
            if v.is_string() {
                Some(v.to_rust_string_lossy(s))
            } else {
                None
            }
        }) {
            (_, Some(s)) => s,
            _ => None,
        }
    }

    /// An exception escaped to the top: let the bridge report it (or hand it to an
    /// 'uncaughtException' listener).
    fn uncaught(
        &mut self,
        scope: &mut v8::PinScope,
        hooks: &Hooks,
        exc: Option<v8::Local<v8::Value>>,
        msg: Option<v8::Local<v8::Message>>,
        from_promise: bool,
    ) -> Step {
        let exc = exc.unwrap_or_else(|| v8::undefined(scope).into());
        let arrow: v8::Local<v8::Value> =
            match error_arrow(scope, exc, msg).and_then(|t| v8::String::new(scope, &t)) {
                Some(s) => s.into(),
                None => v8::undefined(scope).into(),
            };
        let summary = exc.to_rust_string_lossy(scope);
        let fp = v8::Boolean::new(scope, from_promise).into();
        let Some(f) = self.hook(scope, hooks, "uncaught") else {
            self.fatal = Some(summary);
            return Step::Stop;
        };
        v8::tc_scope!(let tc, scope);
        let recv = v8::undefined(tc).into();
        match f.call(tc, recv, &[exc, arrow, fp]) {
            Some(v) if v.is_true() => Step::Ok,
            _ => {
                // Not handled (the bridge printed it and exited), or the handler failed.
                if !tc.has_terminated() && self.st.borrow().exit_code.is_none() {
                    let ex2 = tc.exception();
                    let text = exception_text(tc, ex2);
                    eprintln!("secure-exec: the uncaught-exception handler failed: {text}");
                }
                self.fatal = Some(summary);
                Step::Stop
            }
        }
    }

    /// After any callback: drain nextTicks and microtasks (repeatedly), then report unhandled
    /// rejections.
    fn after_callback(&mut self, scope: &mut v8::PinScope, hooks: &Hooks) -> Step {
        loop {
            if let Step::Stop = self.call_hook(scope, hooks, "processTicks", &[]) {
                return Step::Stop;
            }
            {
                v8::scope!(let s, scope);
                s.perform_microtask_checkpoint();
                if s.is_execution_terminating() || self.st.borrow().exit_code.is_some() {
                    return Step::Stop;
                }
            }
            let more = match self.call_hook_bool(scope, hooks, "hasTicks") {
                Err(()) => return Step::Stop,
                Ok(b) => b,
            };
            if more {
                continue;
            }
            let late = std::mem::take(&mut self.st.borrow_mut().late_handled);
            for p in late {
                v8::scope!(let s, scope);
                let p = v8::Local::new(s, &p);
                if let Step::Stop = self.call_hook(s, hooks, "rejectionHandled", &[p.into()]) {
                    return Step::Stop;
                }
            }
            let rejections = std::mem::take(&mut self.st.borrow_mut().rejections);
            if rejections.is_empty() {
                if self
                    .call_hook_bool(scope, hooks, "hasTicks")
                    .unwrap_or(false)
                {
                    continue;
                }
                return Step::Ok;
            }
            for (p, v) in rejections {
                v8::scope!(let s, scope);
                let p = v8::Local::new(s, &p);
                let v = v8::Local::new(s, &v);
                // The hook answers true (a listener handled it), false (raise the reason), or an
                // error to raise instead (Node's UnhandledPromiseRejection for non-errors).
                let handled =
                    self.call_hook_value(s, hooks, "unhandledRejection", &[p.into(), v], |s, r| {
                        if r.is_true() {
                            None
                        } else if r.is_object() {
                            Some(v8::Global::new(s, r))
                        } else {
                            Some(v8::Global::new(s, v))
                        }
                    });
                match handled {
                    (Step::Stop, _) => return Step::Stop,
                    (Step::Ok, Some(None)) => {}
                    (Step::Ok, raise) => {
                        // Not handled: Node 22 raises it as an uncaught exception.
                        let err = match raise.flatten() {
                            Some(g) => v8::Local::new(s, &g),
                            None => v,
                        };
                        if let Step::Stop = self.uncaught(s, hooks, Some(err), None, true) {
                            return Step::Stop;
                        }
                    }
                }
            }
        }
    }

    /// The next async reply available without waiting: from the completion channel, or, when
    /// replaying, from the trace if the recording delivered one here.
    fn next_reply_now(&mut self) -> Option<(u64, Vec<u8>)> {
        if let Some(r) = self.st.borrow_mut().replay.as_mut() {
            return r.take_reply(DeliveryPoint::Poll);
        }
        if self.virtual_time {
            // Deliver replies in request order: what has arrived first; otherwise wait for the
            // oldest request that completes on its own (never for an event wait such as a watch).
            let rx = self.st.borrow().async_rx.clone();
            let mut synced = false;
            loop {
                while let Ok((id, r)) = rx.try_recv() {
                    if id != WAKE_ID {
                        self.ready.insert(id, r);
                    }
                }
                let ready_id = {
                    let st = self.st.borrow();
                    self.ready
                        .keys()
                        .copied()
                        .find(|id| st.pending.contains_key(id))
                };
                if let Some(id) = ready_id {
                    let r = self.ready.remove(&id)?;
                    return Some((id, self.record_reply(id, &r, DeliveryPoint::Poll)));
                }
                let waiting = self
                    .st
                    .borrow()
                    .pending
                    .values()
                    .any(|p| p.refed && !p.event_wait);
                if !waiting {
                    // An event wait (a watch) may already be answered — its events were queued —
                    // with the reply still on its way: let the VFS catch up once, so whether it is
                    // delivered now never depends on thread timing.
                    let event_waits = self.st.borrow().pending.values().any(|p| p.event_wait);
                    if event_waits && !synced {
                        synced = true;
                        self.st.borrow().kernel.vfs_barrier();
                        continue;
                    }
                    return None;
                }
                match rx.recv() {
                    Ok((id, _)) if id == WAKE_ID => return None,
                    Ok((id, r)) => {
                        self.ready.insert(id, r);
                    }
                    Err(_) => return None,
                }
            }
        }
        loop {
            let next = self.st.borrow().async_rx.try_recv();
            match next {
                Ok((id, _)) if id == WAKE_ID => continue,
                Ok((id, r)) => return Some((id, self.record_reply(id, &r, DeliveryPoint::Poll))),
                Err(_) => return None,
            }
        }
    }

    /// Encode a live reply and record its delivery.
    fn record_reply(&self, id: u64, r: &crate::syscalls::SysResult, at: DeliveryPoint) -> Vec<u8> {
        let bytes = encode_reply(r);
        let st = self.st.borrow();
        if let (Some(rec), Some(op)) = (&st.recorder, st.pending.get(&id)) {
            rec.async_reply(st.pid, id, &bytes, op.started, at);
        }
        bytes
    }

    /// Resolve the promise of async request `id` with its reply bytes.
    fn deliver(
        &mut self,
        scope: &mut v8::PinScope,
        hooks: &Hooks,
        id: u64,
        bytes: Vec<u8>,
    ) -> Step {
        let op = self.st.borrow_mut().pending.remove(&id);
        let Some(op) = op else { return Step::Ok };
        self.idle_collected = false;
        {
            v8::scope!(let s, scope);
            let resolver = v8::Local::new(s, &op.resolver);
            match natives::reply_to_u8(s, bytes) {
                Ok(u8) => resolver.resolve(s, u8.into()),
                Err(e) => resolver.reject(s, e),
            };
        }
        self.after_callback(scope, hooks)
    }
}

/// Node's "arrow" for an uncaught error: `file:line`, the source line, and carets under the
/// position — from the message V8 made when it was thrown, or, for an error that was caught and
/// reported later (a rejection, a microtask), from where the error object was created.
pub(crate) fn error_arrow(
    scope: &mut v8::PinScope,
    exc: v8::Local<v8::Value>,
    msg: Option<v8::Local<v8::Message>>,
) -> Option<String> {
    let m = match msg {
        Some(m) => m,
        None if exc.is_object() => v8::Exception::create_message(scope, exc),
        None => return None,
    };
    // Only a message that points into a script makes an arrow.
    let line = m.get_line_number(scope).unwrap_or(0);
    let name = m
        .get_script_resource_name(scope)
        .filter(|n| n.is_string())?;
    if line == 0 {
        return None;
    }
    let name = name.to_rust_string_lossy(scope);
    let src = m
        .get_source_line(scope)
        .map(|s| s.to_rust_string_lossy(scope))
        .unwrap_or_default();
    // V8 may report no column (-1 as usize): clamp to the source line.
    let width = src.chars().count();
    let start = m.get_start_column().min(width);
    let end = m.get_end_column().min(width.max(start + 1)).max(start + 1);
    let mut under: String = src
        .chars()
        .take(start)
        .map(|c| if c == '\t' { '\t' } else { ' ' })
        .collect();
    under.push_str(&"^".repeat(end - start));
    Some(format!("{name}:{line}\n{src}\n{under}\n"))
}

/// Spawn a process on its own thread.
pub fn spawn_process(
    cfg: ProcessConfig,
) -> std::io::Result<std::thread::JoinHandle<ProcessOutcome>> {
    std::thread::Builder::new()
        .name("se-isolate".into())
        .stack_size(4 * 1024 * 1024)
        .spawn(move || run_process(cfg))
}

/// CPU time used by the calling thread (benchmarks).
pub fn thread_cpu_time() -> Duration {
    watchdog::current_thread_cpu()
}
