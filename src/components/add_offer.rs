//! "Add another offer": a second offer one tap from the first. Beside the offer field, it
//! starts comparing (profile B as it was left, its city kept), opens "Compare two profiles" and
//! puts the cursor in offer B's field. "Stop comparing" there undoes it, and B is as it was
//! left when started again. It comes with the app only, over the right of the field's label
//! row, where the shell's stylesheet keeps room for it: it moves nothing as it appears.

use crate::browser;
use crate::filters::{Field, Param, Profile};
use crate::page::SECTION_COMPARE;
use crate::state::AppState;
use leptos::prelude::*;

#[component]
pub fn AddOffer() -> impl IntoView {
    let state = expect_context::<AppState>();
    let comparing = move || state.b.with(Option::is_some);
    let go = move |_| {
        // Open in the session too: a tap before the compare section is mounted opens it then.
        state.act(|s| {
            s.set_comparing(true);
            s.set_open(SECTION_COMPARE, true);
        });
        browser::set_open(SECTION_COMPARE, true);
        // B's field, its text selected to be typed over: at once where it is shown (a phone
        // raises its keyboard only for a focus within the tap), else once the compare panel,
        // which an effect builds or shows, is there.
        let focus = || browser::select_all(&Field::Param(Profile::B, Param::Offer).id());
        focus();
        request_animation_frame(focus);
    };
    view! {
        // Without a first offer there is no other one to add.
        <button
            type="button"
            class="link-button add-offer"
            hidden=move || state.offer().is_none()
            on:click=go
        >
            {move || if comparing() { "Go to offer B" } else { "Add another offer" }}
        </button>
    }
}
