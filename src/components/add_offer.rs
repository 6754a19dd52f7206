//! "Add another offer": a second offer one tap from the first. Beside the offer field, it
//! starts comparing (profile B as it was left, its city kept), opens "Compare two profiles" and
//! puts the cursor in offer B's field. "Stop comparing" there undoes it, and B is as it was
//! left when started again. It comes with the app only: placed over the right of the field's
//! label row, it moves nothing as it appears.

use crate::browser;
use crate::filters::{Field, Param, Profile};
use crate::page::SECTION_COMPARE;
use crate::state::AppState;
use leptos::prelude::*;
use wasm_bindgen::JsValue;

#[component]
pub fn AddOffer() -> impl IntoView {
    let state = expect_context::<AppState>();
    let comparing = move || state.b.with(Option::is_some);
    let go = move |_| {
        state.set_comparing(true);
        browser::set_open(SECTION_COMPARE, true);
        // Offer B's field is built with the compare panel, by an effect: focused a frame later.
        request_animation_frame(|| {
            browser::refocus((Field::Param(Profile::B, Param::Offer).id(), JsValue::NULL, JsValue::NULL))
        });
    };
    view! {
        <button type="button" class="link-button add-offer" on:click=go>
            {move || if comparing() { "Go to offer B" } else { "Add another offer" }}
        </button>
    }
}
