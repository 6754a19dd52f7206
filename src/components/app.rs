//! The page's live part: shared state, the address-bar sync, and the order in which the
//! parts take over the static shell of index.html (the header and footer stay static).

use crate::browser;
use crate::components::{
    bar_chart::{CountryChart, MarketCharts},
    breakdown::Breakdown,
    career_ladder::CareerLadder,
    compare::Compare,
    estimate_card::{EstimateBar, EstimateCard},
    filter_form::FilterForm,
    in_hand::InHand,
    link_notice::LinkNotice,
    method::Method,
    offer_position::OfferPosition,
    skeleton::{later, mount_part, replace_skeleton},
    sources::Sources,
    what_if::WhatIf,
};
use crate::state::AppState;
use leptos::prelude::*;
use std::time::Duration;

/// Starts the app: reads the link, then mounts the parts into the skeleton in turn.
pub fn start() {
    // Effects and tasks run on wasm-bindgen-futures; leptos::mount would set that up, but
    // the parts are mounted here one by one. An error only means it is set up already.
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let owner = Owner::new();
    owner.with(|| {
        let state = AppState::from_query(&browser::current_query());
        provide_context(state);

        // The address bar holds the canonical link for what is on screen, one frame late:
        // replaceState costs Chromium a few milliseconds, which would otherwise delay the new
        // figure. The timer reads the state when it fires, so a burst of changes ends on the latest.
        Effect::new(move |_| {
            // Subscribe only: the link itself is encoded once, when the timer fires.
            state.selection.track();
            state.compare.track();
            state.offer.track();
            request_animation_frame(move || {
                set_timeout(move || browser::replace_query(&state.query_untracked()), Duration::ZERO)
            });
        });
        // Back/forward between entries of this page (a hash change, say) re-reads the link.
        // The listener lives as long as the page.
        let _ = window_event_listener(leptos::ev::popstate, move |_| {
            state.apply_query(&browser::current_query())
        });

        // This task: the notice about the link and the estimate, which the first stage has
        // already filled with the same texts, so the swap changes nothing on screen.
        replace_skeleton("link-notice", LinkNotice);
        replace_skeleton("estimate", EstimateCard);
        browser::set_stage("live");
        // Next task: the form (the shell's, disabled, shows until then) and the phone's estimate bar.
        later(0, || {
            replace_skeleton("filters", FilterForm);
            if let Some(app) = browser::element("app") {
                mount_part(&app, None, EstimateBar);
            }
            browser::mark_loaded();
        });
        // Then the sections under the estimate, in page order, one task each.
        let Some(results) = browser::element("results") else { return };
        section(&results, 1, OfferPosition);
        section(&results, 2, InHand);
        section(&results, 3, WhatIf);
        section(&results, 4, Compare);
        section(&results, 5, Breakdown);
        section(&results, 6, MarketCharts);
        section(&results, 7, CountryChart);
        section(&results, 8, CareerLadder);
        section(&results, 9, Method);
        section(&results, 10, Sources);
    });
    // The app lives as long as the page.
    std::mem::forget(owner);
}

/// Appends `part` to the results column `order` steps from now.
fn section<V: IntoView + 'static>(results: &web_sys::Element, order: u32, part: fn() -> V) {
    let results = results.clone();
    later(order, move || mount_part(&results, None, part));
}
