//! The headline: the estimate, its range, its monthly equivalent and the profile behind it.
//! Its texts come from `headline`, and its ids are the slots the first stage fills.

use crate::display::headline;
use crate::page::{slot, ESTIMATE_CARD};
use crate::state::AppState;
use leptos::prelude::*;

#[component]
pub fn EstimateCard() -> impl IntoView {
    let state = expect_context::<AppState>();
    let estimate = state.estimate;
    view! {
        <section class="card estimate" id=ESTIMATE_CARD aria-labelledby="estimate-heading">
            <h2 id="estimate-heading">"Estimated salary"</h2>
            <div class="estimate-live" aria-live="polite" aria-atomic="true">
                <p class="estimate-figure">
                    <span data-testid="estimate" id=slot::FIGURE>
                        {move || estimate.with(headline::figure)}
                    </span>
                    <span class="per">" per year"</span>
                </p>
                <p class="estimate-detail" id=slot::DETAIL>
                    {move || estimate.with(headline::detail)}
                </p>
                <p class="range">
                    "Range " <strong data-testid="range" id=slot::RANGE>
                        {move || estimate.with(headline::range)}
                    </strong>
                </p>
            </div>
            <p class="profile" data-testid="profile" id=slot::PROFILE>
                {move || state.a.with(headline::profile)}
            </p>
        </section>
    }
}

/// On a phone, a slim bar pinned to the bottom of the screen keeps the estimate in sight
/// while the filters further down are changed. It repeats the card, so screen readers skip
/// it: the card's live region already announces each change.
#[component]
pub fn EstimateBar() -> impl IntoView {
    let estimate = expect_context::<AppState>().estimate;
    view! {
        <div class="estimate-bar" aria-hidden="true" data-testid="estimate-bar">
            <span class="estimate-bar-figure">{move || estimate.with(headline::figure)}</span>
            <span class="estimate-bar-range">
                {move || format!("range {}", estimate.with(headline::range))}
            </span>
        </div>
    }
}
