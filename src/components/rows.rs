//! Fixed rows, and fixed texts: a view builds its rows once, and each cell follows one item of a memoised
//! list, so a change rewrites texts instead of rebuilding the list (smaller and quicker than
//! a keyed list, and nothing is remounted). The row counts come from the lists' bounds: the
//! breakdown is an array (`[BreakdownRow; STEPS]`), and the workings hold at most as many lines
//! as their steps, a count the compiler checks (`written::<WORKING_LINES>` in
//! `display/working.rs`).

use leptos::prelude::*;

/// The text of `field` in item `i` of `rows` (a memo or signal of a list), or "" where
/// there is no item `i`.
pub fn cell<S, L, T>(
    rows: S,
    i: usize,
    field: fn(&T) -> String,
) -> impl Fn() -> String + Copy + Send + Sync + 'static
where
    S: With<Value = L> + Copy + Send + Sync + 'static,
    L: AsRef<[T]> + 'static,
    T: 'static,
{
    move || rows.with(|items| items.as_ref().get(i).map(field).unwrap_or_default())
}

/// One text of a memoised value (`source`), by the function that reads it: every text read this
/// way from one kind of value is one closure type, so the view carries one update path for
/// all of them rather than one per text.
pub fn text_of<S, T>(source: S, field: fn(&T) -> String) -> impl Fn() -> String + Copy + Send + Sync + 'static
where
    S: With<Value = T> + Copy + Send + Sync + 'static,
    T: 'static,
{
    move || source.with(field)
}

/// One flag of a memoised value, likewise: `hidden=flag_of(texts, |t| !t.has_offer)`.
pub fn flag_of<S, T>(source: S, field: fn(&T) -> bool) -> impl Fn() -> bool + Copy + Send + Sync + 'static
where
    S: With<Value = T> + Copy + Send + Sync + 'static,
    T: 'static,
{
    move || source.with(field)
}
