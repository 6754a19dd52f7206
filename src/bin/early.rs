//! The first stage's WebAssembly: the model, the URL codec and the money format, and nothing
//! of Leptos or the DOM, so that a shared link shows its estimate long before the full app.
//!
//! Built with `--no-default-features` by `scripts/build-early-stage.mjs`, without
//! wasm-bindgen: `public/early.js` writes the query into memory, calls `early_fill`, and
//! applies the fills it returns (JSON, see `first_paint::encode`) to the static shell; each
//! change to a control it enabled goes to `early_event`, which returns the fills it makes. The
//! build itself calls `early_page_names` once, to give the loaders the page's ids.
//!
//! Natively, `cargo run --bin early -- '?city=pune'` prints the fills for that query.
#![cfg_attr(target_arch = "wasm32", no_main)]

use salary_estimator::first_paint::{encode, fills, EarlyStage};
use salary_estimator::page::names_json;
use std::cell::RefCell;

/// The module runs once per page and allocates a few dozen kilobytes, so memory is never
/// given back: a bump allocator in place of dlmalloc, about 6 KB smaller.
#[cfg(target_arch = "wasm32")]
mod bump {
    use std::alloc::{GlobalAlloc, Layout};
    use std::cell::Cell;

    const PAGE: usize = 65_536;

    pub struct Bump {
        next: Cell<usize>,
        end: Cell<usize>,
    }

    // WebAssembly here has one thread.
    unsafe impl Sync for Bump {}

    unsafe impl GlobalAlloc for Bump {
        unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
            let start = (self.next.get() + layout.align() - 1) & !(layout.align() - 1);
            let end = start + layout.size();
            if end > self.end.get() {
                // Grow memory from its current end to cover the request.
                let pages = (end - self.end.get()).div_ceil(PAGE);
                let first = core::arch::wasm32::memory_grow(0, pages);
                if first == usize::MAX {
                    return std::ptr::null_mut();
                }
                if self.end.get() != first * PAGE {
                    // The first allocation, or memory grown by someone else: start afresh.
                    self.next.set(first * PAGE);
                    self.end.set((first + pages) * PAGE);
                    return self.alloc(layout);
                }
                self.end.set((first + pages) * PAGE);
            }
            self.next.set(end);
            start as *mut u8
        }

        unsafe fn dealloc(&self, _ptr: *mut u8, _layout: Layout) {}
    }

    #[global_allocator]
    static ALLOCATOR: Bump = Bump { next: Cell::new(0), end: Cell::new(0) };
}

/// Room for a query of `len` bytes, for the loader to write into.
#[no_mangle]
pub extern "C" fn early_alloc(len: usize) -> *mut u8 {
    // Leaked on purpose: the module runs once per page.
    Vec::<u8>::with_capacity(len).leak().as_mut_ptr()
}

/// A little-endian u32 byte length, then the UTF-8 bytes of `text`, leaked: what the loader
/// reads back from memory.
fn length_prefixed(text: &str) -> *const u8 {
    let mut out = Vec::with_capacity(4 + text.len());
    out.extend_from_slice(&(text.len() as u32).to_le_bytes());
    out.extend_from_slice(text.as_bytes());
    out.leak().as_ptr()
}

/// The page's ids and stage names (`page::names_json`), for the build, which writes them into
/// `early.js` and `boot.js`.
#[no_mangle]
pub extern "C" fn early_page_names() -> *const u8 {
    length_prefixed(&names_json())
}

thread_local! {
    /// The link on screen between events; the module serves one page.
    static STAGE: RefCell<Option<EarlyStage>> = const { RefCell::new(None) };
}

/// The UTF-8 text at `ptr..ptr+len`, invalid bytes replaced.
///
/// # Safety
/// `ptr` must come from `early_alloc(len)` with `len` bytes written.
unsafe fn text_at(ptr: *const u8, len: usize) -> String {
    String::from_utf8_lossy(std::slice::from_raw_parts(ptr, len)).into_owned()
}

/// Reads the query at `ptr..ptr+len` and returns a pointer to its fills, length-prefixed.
///
/// # Safety
/// `ptr` must come from `early_alloc(len)` with `len` bytes written.
#[no_mangle]
pub unsafe extern "C" fn early_fill(ptr: *const u8, len: usize) -> *const u8 {
    let (stage, fills) = EarlyStage::open(&text_at(ptr, len));
    STAGE.with(|s| *s.borrow_mut() = Some(stage));
    length_prefixed(&encode(&fills))
}

/// A change to a control: the text at `ptr..ptr+len` is `id=value` (the control's id, then
/// its value). Returns the fills it makes, length-prefixed.
///
/// # Safety
/// `ptr` must come from `early_alloc(len)` with `len` bytes written.
#[no_mangle]
pub unsafe extern "C" fn early_event(ptr: *const u8, len: usize) -> *const u8 {
    let text = text_at(ptr, len);
    let (id, value) = text.split_once('=').unwrap_or((&text, ""));
    let fills =
        STAGE.with(|s| s.borrow_mut().as_mut().map(|stage| stage.event(id, value)).unwrap_or_default());
    length_prefixed(&encode(&fills))
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let query = std::env::args().nth(1).unwrap_or_default();
    print!("{}", encode(&fills(&query)));
}
