//! The view's side of the bindings (`page::BINDINGS`): an element's text or flag, read from the
//! page model by the row that binds it, so the view shows what the first stage writes. An id
//! the table does not bind is a bug: it fails debug builds, and the shell test finds it.

use crate::page::{binding, Shows};
use crate::state::AppState;
use leptos::prelude::*;

/// The text the table binds to the element `id`.
pub fn text(id: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    let page = expect_context::<AppState>().page;
    let f = match binding(id, |s| matches!(s, Shows::Text(_))) {
        Some(Shows::Text(f)) => f,
        _ => unbound(id),
    };
    move || page.with(|p| f(p).to_string())
}

/// Whether the table hides the element `id` now.
pub fn hidden(id: &'static str) -> impl Fn() -> bool + Copy + Send + Sync + 'static {
    let page = expect_context::<AppState>().page;
    let f = match binding(id, |s| matches!(s, Shows::Hidden(_))) {
        Some(Shows::Hidden(f)) => f,
        _ => unbound_flag(id),
    };
    move || page.with(f)
}

/// Whether the table opens the disclosure `id`, as the page opened (the person opens and
/// closes it from then on).
pub fn open_at_first(id: &'static str) -> bool {
    let page = expect_context::<AppState>().page;
    match binding(id, |s| matches!(s, Shows::Open(_))) {
        Some(Shows::Open(f)) => untrack(|| page.with(f)),
        _ => unbound_flag(id)(&page.get_untracked()),
    }
}

fn unbound(id: &str) -> fn(&crate::page::Page) -> &str {
    debug_assert!(false, "page::BINDINGS binds no text to #{id}");
    |_| ""
}

fn unbound_flag(id: &str) -> fn(&crate::page::Page) -> bool {
    debug_assert!(false, "page::BINDINGS binds no flag to #{id}");
    |_| false
}

/// The value the table binds to the field `id`.
pub fn value(id: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    let page = expect_context::<AppState>().page;
    let f = match binding(id, |s| matches!(s, Shows::Value(_))) {
        Some(Shows::Value(f)) => f,
        _ => unbound(id),
    };
    move || page.with(|p| f(p).to_string())
}
