//! A counting ArrayBuffer allocator: ArrayBuffer memory lives outside the V8 heap, so the heap
//! limit alone would not bound it. Each isolate gets a budget; an allocation past it fails, and V8
//! turns that into `RangeError: Array buffer allocation failed` in the sandbox.

use std::ffi::c_void;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

/// Bytes of ArrayBuffer memory one isolate may hold at once.
pub(crate) struct Budget {
    used: AtomicUsize,
    limit: usize,
}

impl Budget {
    fn reserve(&self, n: usize) -> bool {
        let mut cur = self.used.load(Ordering::Relaxed);
        loop {
            let Some(next) = cur.checked_add(n) else {
                return false;
            };
            if next > self.limit {
                return false;
            }
            match self
                .used
                .compare_exchange_weak(cur, next, Ordering::AcqRel, Ordering::Relaxed)
            {
                Ok(_) => return true,
                Err(actual) => cur = actual,
            }
        }
    }
}

unsafe extern "C" fn allocate(b: &Budget, n: usize) -> *mut c_void {
    if !b.reserve(n) {
        return std::ptr::null_mut();
    }
    // SAFETY: calloc with a non-zero size; a null result is handled by V8 as a failed allocation.
    let p = unsafe { libc::calloc(n.max(1), 1) };
    if p.is_null() {
        b.used.fetch_sub(n, Ordering::AcqRel);
    }
    p
}

unsafe extern "C" fn allocate_uninitialized(b: &Budget, n: usize) -> *mut c_void {
    if !b.reserve(n) {
        return std::ptr::null_mut();
    }
    // SAFETY: as above.
    let p = unsafe { libc::malloc(n.max(1)) };
    if p.is_null() {
        b.used.fetch_sub(n, Ordering::AcqRel);
    }
    p
}

unsafe extern "C" fn free(b: &Budget, data: *mut c_void, n: usize) {
    b.used.fetch_sub(n, Ordering::AcqRel);
    // SAFETY: `data` came from calloc/malloc above.
    unsafe { libc::free(data) };
}

unsafe extern "C" fn drop_budget(b: *const Budget) {
    // SAFETY: the pointer came from Arc::into_raw in `allocator`.
    unsafe { drop(Arc::from_raw(b)) };
}

static VTABLE: v8::RustAllocatorVtable<Budget> = v8::RustAllocatorVtable {
    allocate,
    allocate_uninitialized,
    free,
    drop: drop_budget,
};

/// An allocator that allows at most `limit` bytes of live ArrayBuffer memory, and the budget it
/// counts against (kept in the isolate's slots so syscall replies are charged to it too).
pub(crate) fn allocator(limit: usize) -> (v8::UniqueRef<v8::Allocator>, ReplyBudget) {
    let budget = Arc::new(Budget {
        used: AtomicUsize::new(0),
        limit,
    });
    let handle = ReplyBudget(budget.clone());
    // SAFETY: the vtable is 'static and the handle stays alive until V8 calls `drop`.
    (
        unsafe { v8::new_rust_allocator(Arc::into_raw(budget), &VTABLE) },
        handle,
    )
}

/// The isolate's ArrayBuffer budget, for memory the host hands to the sandbox (syscall replies),
/// which V8 does not allocate through the allocator.
#[derive(Clone)]
pub(crate) struct ReplyBudget(Arc<Budget>);

unsafe extern "C" fn release_reply(data: *mut c_void, len: usize, budget: *mut c_void) {
    // SAFETY: `data`/`len` are the parts of the boxed slice leaked in `charge`, and `budget` the
    // Arc leaked beside it; V8 calls this once, when the backing store dies.
    unsafe {
        drop(Box::from_raw(std::ptr::slice_from_raw_parts_mut(
            data as *mut u8,
            len,
        )));
        let b = Arc::from_raw(budget as *const Budget);
        b.used.fetch_sub(len, Ordering::AcqRel);
    }
}

impl ReplyBudget {
    /// A backing store holding `bytes`, counted against the budget; the bytes back when they do
    /// not fit.
    pub(crate) fn charge(
        &self,
        bytes: Vec<u8>,
    ) -> Result<v8::UniqueRef<v8::BackingStore>, Vec<u8>> {
        let len = bytes.len();
        if len == 0 {
            return Ok(v8::ArrayBuffer::new_backing_store_from_vec(bytes));
        }
        if !self.0.reserve(len) {
            return Err(bytes);
        }
        let data = Box::into_raw(bytes.into_boxed_slice()) as *mut u8 as *mut c_void;
        let budget = Arc::into_raw(self.0.clone()) as *mut c_void;
        // SAFETY: `data` points at `len` bytes that stay valid until `release_reply` frees them.
        Ok(
            unsafe {
                v8::ArrayBuffer::new_backing_store_from_ptr(data, len, release_reply, budget)
            },
        )
    }
}
