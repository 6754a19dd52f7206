//! Entry point: start the app, nothing else.
//!
//! No panic hook: its message formatting cost 1.4 KB gzip. A panic aborts the WebAssembly
//! with a `RuntimeError: unreachable` in the console, which every end-to-end test fails on,
//! and before the app has started `boot.js` tells the reader it could not start.

fn main() {
    salary_estimator::start();
}
