//! The page: shared state, the address-bar sync, and the layout.

use crate::browser;
use crate::components::{
    bar_chart::{CountryChart, MarketCharts},
    breakdown::Breakdown,
    career_ladder::CareerLadder,
    compare::Compare,
    estimate_card::{EstimateBar, EstimateCard},
    filter_form::FilterForm,
    link_notice::LinkNotice,
    method::Method,
    sources::Sources,
    what_if::WhatIf,
};
use crate::state::AppState;
use leptos::prelude::*;

#[component]
pub fn App() -> impl IntoView {
    let state = AppState::from_query(&browser::current_query());
    provide_context(state);

    // The address bar always holds the canonical link for what is on screen.
    Effect::new(move |_| browser::replace_query(&state.query()));
    // Back/forward between entries of this page (a hash change, say) re-reads the link.
    let popstate =
        window_event_listener(leptos::ev::popstate, move |_| state.apply_query(&browser::current_query()));
    on_cleanup(move || popstate.remove());
    // Runs after the first render, when the page no longer needs the "Loading" line.
    Effect::new(|_| browser::remove_boot_status());

    view! {
        <header class="site-header">
            <h1>"Backend developer salary in India"</h1>
            <p class="tagline">
                "An estimate from the January 2025 survey figures, with its working shown. "
                "Pick any of role, city, skill, experience and employer."
            </p>
        </header>
        <main id="main">
            <LinkNotice />
            // The estimate comes first, to be read first. It holds nothing focusable, so the
            // keyboard still starts in the form; on a desktop the grid puts the form in a
            // sticky column on the left.
            <div class="layout">
                <EstimateCard />
                <FilterForm />
                <div class="results">
                    <WhatIf />
                    <Compare />
                    <Breakdown />
                    <MarketCharts />
                    <CountryChart />
                    <CareerLadder />
                    <Method />
                    <Sources />
                </div>
            </div>
        </main>
        <EstimateBar />
        <footer class="site-footer">
            <p>
                "Survey averages from Glassdoor, AmbitionBox and Indeed, January 2025. "
                "An estimate to orient you, not a job offer. Nothing you pick leaves this page."
            </p>
        </footer>
    }
}
