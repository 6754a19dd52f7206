//! The first stage's WebAssembly: the model, the URL codec and the money format, and nothing
//! of Leptos or the DOM, so that a shared link shows its estimate long before the full app.
//!
//! Built with `--no-default-features` by `scripts/build-early-stage.mjs`, without
//! wasm-bindgen: `public/early.js` writes the query into memory, calls `early_fill`, and
//! applies the fills it returns (JSON, see `first_paint::encode`) to the static shell; each
//! change to a control it enabled goes to `early_event`, which returns the fills it makes. The
//! build itself calls `early_page_names` once, to give the loaders the page's ids, then drops
//! that export from the module it writes into the page.
//!
//! Natively, `cargo run --bin early -- "$(printf '2026-12-01\t?city=pune')"` prints the fills
//! for that day and query.
#![cfg_attr(target_arch = "wasm32", no_main)]

use salary_estimator::data::Date;
use salary_estimator::first_paint::{encode, EarlyStage};
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

/// The link and the day the page opens on: `YYYY-MM-DD`, a tab, then the query.
fn opening(text: &str) -> (Date, &str) {
    let (day, query) = text.split_once('\t').unwrap_or(("", text));
    // A day the loader could not give: the first one this version knows, said so on the page.
    let day = Date::parse(day).unwrap_or(salary_estimator::data::tax_years()[0].starts);
    (day, query)
}

/// Reads the day and the query at `ptr..ptr+len` (see `opening`) and returns a pointer to its
/// fills, length-prefixed.
///
/// # Safety
/// `ptr` must come from `early_alloc(len)` with `len` bytes written.
#[no_mangle]
pub unsafe extern "C" fn early_fill(ptr: *const u8, len: usize) -> *const u8 {
    let text = text_at(ptr, len);
    let (day, query) = opening(&text);
    let (stage, fills) = EarlyStage::open(query, day);
    STAGE.with(|s| *s.borrow_mut() = Some(stage));
    length_prefixed(&encode(&fills))
}

/// What a person did to a control: the text at `ptr..ptr+len`, as `EarlyStage::event` reads
/// it. Returns the fills it makes, length-prefixed.
///
/// # Safety
/// `ptr` must come from `early_alloc(len)` with `len` bytes written.
#[no_mangle]
pub unsafe extern "C" fn early_event(ptr: *const u8, len: usize) -> *const u8 {
    let text = text_at(ptr, len);
    let fills = STAGE.with(|s| s.borrow_mut().as_mut().map(|stage| stage.event(&text)).unwrap_or_default());
    length_prefixed(&encode(&fills))
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let text = std::env::args().nth(1).unwrap_or_default();
    let (day, query) = opening(&text);
    print!("{}", encode(&EarlyStage::open(query, day).1));
}
