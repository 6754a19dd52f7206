//! The text in a field of the form, kept in step with the link: what the person types stays
//! as typed (a half-typed "1.2 C" is not rewritten), and when the link's amounts are replaced
//! from outside the form (Start with mine, back and forward) the field shows the link's value
//! afresh, and its problem goes.

use crate::display::fields::field_text;
use crate::filters::Param;
use crate::state::AppState;
use leptos::prelude::*;

/// The text of the field for `param`, starting from `initial`; `problem` is the field's own,
/// cleared when the link replaces the text.
pub fn field_text_signal(
    param: Param,
    initial: String,
    problem: RwSignal<Option<String>>,
) -> RwSignal<String> {
    let state = expect_context::<AppState>();
    let text = RwSignal::new(initial);
    Effect::new(move |seen: Option<u32>| {
        let now = state.replaced.get();
        if seen.is_some_and(|seen| seen != now) {
            text.set(untrack(|| state.job.with(|j| state.own.with(|o| field_text(param, j, o)))));
            problem.set(None);
        }
        now
    });
    text
}
