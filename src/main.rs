//! Entry point: start the app, nothing else.
//!
//! No panic hook: its message formatting cost 1.4 KB gzip. A panic aborts the WebAssembly
//! with a `RuntimeError: unreachable` in the console, which every end-to-end test fails on,
//! and before the app has started `boot.js` tells the reader it could not start.

/// lol_alloc's free-list allocator in place of dlmalloc, which weighed 0.96 KB more served: the
/// page runs in one thread and allocates little at a time (docs/performance.md).
// SAFETY: the app runs on the page's one thread, and WebAssembly threads are not enabled.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

fn main() {
    salary_estimator::start();
}
