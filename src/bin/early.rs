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
use std::cell::Cell;

/// Memory is never given back: lol_alloc's bump allocator in place of dlmalloc, about 6 KB
/// smaller, as the one written here before it was. The module serves until the app takes over,
/// a few KB for each change a person makes; where the app is slow or fails, it keeps serving
/// and its memory grows by that much a change. (Not `LeakingPageAllocator`, which takes a
/// whole 64 KB page for each allocation.)
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::LeakingAllocator> =
    // SAFETY: WebAssembly here runs on one thread.
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::LeakingAllocator::new()) };

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
    /// A `Cell`, taken and put back: a `RefCell`'s borrow check would bring its panic into the
    /// module.
    static STAGE: Cell<Option<EarlyStage>> = const { Cell::new(None) };
}

/// The UTF-8 text at `ptr..ptr+len` (the loader's `TextEncoder` writes only UTF-8).
///
/// # Safety
/// `ptr` must come from `early_alloc(len)` with `len` bytes written.
unsafe fn text_at(ptr: *const u8, len: usize) -> String {
    String::from_utf8(std::slice::from_raw_parts(ptr, len).to_vec()).unwrap_or_default()
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
    STAGE.with(|s| s.set(Some(stage)));
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
    let fills = STAGE.with(|s| {
        let mut stage = s.take();
        let fills = stage.as_mut().map(|stage| stage.event(&text)).unwrap_or_default();
        s.set(stage);
        fills
    });
    length_prefixed(&encode(&fills))
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let text = std::env::args().nth(1).unwrap_or_default();
    let (day, query) = opening(&text);
    print!("{}", encode(&EarlyStage::open(query, day).1));
}
