//! The text in a field of the form, kept in step with the link: what the person types stays
//! as typed (a half-typed "1.2 C" is not rewritten), and when the link's amounts are replaced
//! from outside the form (Start with mine, back and forward) the field shows the link's value
//! afresh, and its problem goes.

use crate::display::fields::field_text;
use crate::filters::{Param, Profile};
use crate::state::AppState;
use leptos::html::Input;
use leptos::prelude::*;

/// Rewrites the field `input` for `param` of `profile` with the link's value each time the link
/// is replaced, and `forget`s what was said about the text before. One effect that writes the
/// DOM: cheaper than a reactive value.
pub fn follow_the_link(profile: Profile, param: Param, input: NodeRef<Input>, forget: impl Fn() + 'static) {
    let state = expect_context::<AppState>();
    let job = state.job_of(profile);
    Effect::new(move |seen: Option<u32>| {
        let now = state.replaced.get();
        if let (Some(seen), Some(input)) = (seen, input.get_untracked()) {
            if seen != now {
                input.set_value(&untrack(|| job.with(|j| state.own.with(|o| field_text(param, j, o)))));
                forget();
            }
        }
        now
    });
}
