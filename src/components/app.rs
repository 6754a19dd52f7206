//! The page's live part: shared state, the address-bar sync, and the layout inside #app.
//! The header and footer are static HTML in index.html, painted before the app loads.

use crate::browser;
use crate::components::{
    bar_chart::{CountryChart, MarketCharts},
    breakdown::Breakdown,
    career_ladder::CareerLadder,
    compare::Compare,
    deferred::append_later,
    estimate_card::{EstimateBar, EstimateCard},
    filter_form::FilterForm,
    link_notice::LinkNotice,
    method::Method,
    sources::Sources,
    what_if::WhatIf,
};
use crate::state::AppState;
use leptos::prelude::*;
use std::time::Duration;

#[component]
pub fn App() -> impl IntoView {
    let state = AppState::from_query(&browser::current_query());
    provide_context(state);

    // The address bar holds the canonical link for what is on screen, one frame late:
    // replaceState costs Chromium a few milliseconds, which would otherwise delay the new
    // figure. The timer reads the state when it fires, so a burst of changes ends on the latest.
    Effect::new(move |_| {
        state.query();
        request_animation_frame(move || {
            set_timeout(move || browser::replace_query(&state.query_untracked()), Duration::ZERO)
        });
    });
    // Back/forward between entries of this page (a hash change, say) re-reads the link.
    let popstate =
        window_event_listener(leptos::ev::popstate, move |_| state.apply_query(&browser::current_query()));
    on_cleanup(move || popstate.remove());

    // The sections under the estimate, in page order; they mount just after the first render.
    let results = NodeRef::<leptos::html::Div>::new();
    append_later(results, 1, WhatIf);
    append_later(results, 2, Compare);
    append_later(results, 3, Breakdown);
    append_later(results, 4, MarketCharts);
    append_later(results, 5, CountryChart);
    append_later(results, 6, CareerLadder);
    append_later(results, 7, Method);
    append_later(results, 8, Sources);

    view! {
        <main id="main">
            <LinkNotice />
            // The estimate comes first, to be read first. It holds nothing focusable, so the
            // keyboard still starts in the form; on a desktop the grid puts the form in a
            // sticky column on the left.
            <div class="layout">
                <EstimateCard />
                <FilterForm />
                <div class="results" node_ref=results></div>
            </div>
        </main>
        <EstimateBar />
    }
}
