//! The headline: the estimate, its range, its monthly equivalent and the profile behind it.

use crate::filters::Dimension;
use crate::format::{full_rupees, monthly_money, short_money};
use crate::state::AppState;
use leptos::prelude::*;

#[component]
pub fn EstimateCard() -> impl IntoView {
    let state = expect_context::<AppState>();
    let estimate = state.estimate;
    let profile = move || {
        state.selection.with(|sel| {
            let chosen: Vec<&str> =
                Dimension::ALL.into_iter().filter_map(|d| sel.get(d).map(|e| e.name.as_str())).collect();
            if chosen.is_empty() {
                "Any profile: the national average for a Backend Developer".to_string()
            } else {
                chosen.join(" · ")
            }
        })
    };

    view! {
        <section class="card estimate" aria-labelledby="estimate-heading">
            <h2 id="estimate-heading">"Estimated salary"</h2>
            <div class="estimate-live" aria-live="polite" aria-atomic="true">
                <p class="estimate-figure">
                    <span data-testid="estimate">{move || short_money(estimate.get().lakh)}</span>
                    <span class="per">" per year"</span>
                </p>
                <p class="estimate-detail">
                    {move || {
                        let e = estimate.get();
                        format!("{} a year, about {} per month", full_rupees(e.lakh), monthly_money(e.lakh))
                    }}
                </p>
                <p class="range">
                    "Range "
                    <strong data-testid="range">
                        {move || {
                            let e = estimate.get();
                            format!("{} to {}", short_money(e.low), short_money(e.high))
                        }}
                    </strong>
                </p>
            </div>
            <p class="profile" data-testid="profile">{profile}</p>
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
            <span class="estimate-bar-figure">{move || short_money(estimate.get().lakh)}</span>
            <span class="estimate-bar-range">
                {move || {
                    let e = estimate.get();
                    format!("range {} to {}", short_money(e.low), short_money(e.high))
                }}
            </span>
        </div>
    }
}
