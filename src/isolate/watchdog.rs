//! CPU-time limits. One watchdog thread per host process watches every limited isolate: at
//! each deadline it reads the isolate thread's CPU clock, and either terminates the isolate or
//! moves the deadline to when the remaining budget could at the earliest run out.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use crossbeam_channel::{unbounded, RecvTimeoutError, Sender};

struct Watch {
    clock: libc::clockid_t,
    limit: Duration,
    deadline: Instant,
    handle: v8::IsolateHandle,
    fired: Arc<AtomicBool>,
}

enum Msg {
    Add(u64, Watch),
    Remove(u64),
}

static WATCHDOG: OnceLock<Option<Sender<Msg>>> = OnceLock::new();
static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

fn sender() -> Option<&'static Sender<Msg>> {
    WATCHDOG
        .get_or_init(|| {
            let (tx, rx) = unbounded::<Msg>();
            std::thread::Builder::new()
                .name("se-watchdog".into())
                .stack_size(128 * 1024)
                .spawn(move || {
                    let mut watches: HashMap<u64, Watch> = HashMap::new();
                    loop {
                        let next = watches.values().map(|w| w.deadline).min();
                        let msg = match next {
                            Some(d) => rx.recv_timeout(d.saturating_duration_since(Instant::now())),
                            None => rx.recv().map_err(|_| RecvTimeoutError::Disconnected),
                        };
                        match msg {
                            Ok(Msg::Add(id, w)) => {
                                watches.insert(id, w);
                            }
                            Ok(Msg::Remove(id)) => {
                                watches.remove(&id);
                            }
                            Err(RecvTimeoutError::Disconnected) => return,
                            Err(RecvTimeoutError::Timeout) => {}
                        }
                        let now = Instant::now();
                        watches.retain(|_, w| {
                            if w.deadline > now {
                                return true;
                            }
                            let used = thread_cpu(w.clock);
                            match used {
                                Some(used) if used < w.limit => {
                                    w.deadline = now + (w.limit - used);
                                    true
                                }
                                _ => {
                                    w.fired.store(true, Ordering::SeqCst);
                                    w.handle.terminate_execution();
                                    false
                                }
                            }
                        });
                    }
                })
                .ok()
                .map(|_| tx)
        })
        .as_ref()
}

fn thread_cpu(clock: libc::clockid_t) -> Option<Duration> {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid out-pointer; an invalid clock id only makes the call fail.
    let r = unsafe { libc::clock_gettime(clock, &mut ts) };
    (r == 0).then(|| Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32))
}

/// CPU time used so far by the calling thread.
pub(crate) fn current_thread_cpu() -> Duration {
    thread_cpu(libc::CLOCK_THREAD_CPUTIME_ID).unwrap_or_default()
}

/// A registration; dropping it stops the watch.
pub(crate) struct Guard {
    id: u64,
    pub fired: Arc<AtomicBool>,
}

impl Drop for Guard {
    fn drop(&mut self) {
        if let Some(tx) = sender() {
            let _ = tx.send(Msg::Remove(self.id));
        }
    }
}

/// Watch the calling thread: terminate `handle` once this thread has used `limit` of CPU time
/// (counted from now).
pub(crate) fn watch_current_thread(handle: v8::IsolateHandle, limit: Duration) -> Option<Guard> {
    let mut clock: libc::clockid_t = 0;
    // SAFETY: pthread_self is always valid for the calling thread; `clock` is an out-pointer.
    let r = unsafe { libc::pthread_getcpuclockid(libc::pthread_self(), &mut clock) };
    if r != 0 {
        return None;
    }
    let base = thread_cpu(clock).unwrap_or_default();
    let fired = Arc::new(AtomicBool::new(false));
    let id = NEXT.fetch_add(1, Ordering::Relaxed);
    sender()?
        .send(Msg::Add(
            id,
            Watch {
                clock,
                limit: limit + base,
                deadline: Instant::now() + limit,
                handle,
                fired: fired.clone(),
            },
        ))
        .ok()?;
    Some(Guard { id, fired })
}
