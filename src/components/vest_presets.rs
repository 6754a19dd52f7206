//! The common vesting schedules, one tap each under a vesting field: what offer letters say
//! most ("5-15-40-40"), set as if typed, so the field, its line and the link follow, and another
//! tap or typing undoes it. The one the link holds is pressed. Comes with the app only, as the
//! field does.

use crate::browser;
use crate::filters::{Field, Param, Profile, VEST, VEST_PRESETS};
use crate::state::AppState;
use leptos::prelude::*;

#[component]
pub fn VestPresets(profile: Profile) -> impl IntoView {
    let state = expect_context::<AppState>();
    let field = Field::Param(profile, Param::Vest);
    // The schedule the link holds, however it was typed, in the presets' words.
    let held = move || state.session.with(|s| (VEST.words)(s.terms(profile).0.vest));
    let button = move |preset: &'static str| {
        view! {
            <button
                type="button"
                class="button small secondary"
                aria-pressed=move || (held() == preset).to_string()
                on:click=move |_| {
                    browser::set_value_of(&field.id(), preset);
                    state.act(|s| s.type_in(field, preset, true));
                }
            >
                {preset}
            </button>
        }
    };
    // Written out, not a loop over views: a list of views would compile its own rendering.
    let [even, back, front, three] = VEST_PRESETS;
    view! {
        <p class="presets" role="group" aria-label="Common vestings">
            {button(even)}
            {button(back)}
            {button(front)}
            {button(three)}
        </p>
    }
}
