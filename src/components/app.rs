//! The app: its shared state, the address-bar sync, and the page's parts in the order they
//! take over the static shell of index.html (the header and footer stay static).

use crate::browser;
use crate::components::{
    bar_chart::{CountryChart, MarketCharts},
    breakdown::Breakdown,
    career_ladder::CareerLadder,
    compare::Compare,
    filter_form::{take_over_shell_form, FilterForm},
    four_years::FourYears,
    how::How,
    in_hand::{InHand, InHandNotes},
    link_notice::LinkNotice,
    mount::{mount_all, mount_part, Part, Place},
    offer_position::OfferPosition,
    regimes::Regimes,
    shared_amounts::SharedAmounts,
    summary::{EstimateBar, Summary},
    what_if::WhatIf,
};
use crate::page::Session;
use crate::page::{
    slot, Stage, APP, ESTIMATE_CARD, FILTER_FORM, HOW, LINK_NOTICE, SECTION_COMPARE, SECTION_GROW,
    SECTION_MARKET, SECTION_PAY, SECTION_REGIMES, SECTION_YEARS,
};
use crate::state::AppState;
use leptos::prelude::*;
use std::time::Duration;

/// The page, part by part. Task 0, the first task after the module has started: the summary,
/// the notice about the link and the line about its amounts, which the first stage has already
/// filled with the same texts, so the swap changes nothing on screen. Task 1: the form (the shell's shows until then) and the
/// phone's bar. Then the sections below the summary, in page order, each shown as its first
/// part is put in (the shell holds them, hidden and empty, and which are open); the last is
/// "How this is worked out".
pub static PAGE: [Part; 17] = [
    Part { task: 0, place: Place::Shell(ESTIMATE_CARD), mount: |p, b| mount_part(p, b, Summary) },
    Part { task: 0, place: Place::Shell(LINK_NOTICE), mount: |p, b| mount_part(p, b, LinkNotice) },
    Part { task: 0, place: Place::Shell(slot::SHARED), mount: |p, b| mount_part(p, b, SharedAmounts) },
    Part {
        task: 1,
        place: Place::Shell(FILTER_FORM),
        mount: |p, b| {
            // The field being typed in keeps its focus and caret as the app's replaces it.
            let focus = browser::focused_field();
            take_over_shell_form();
            mount_part(p, b, FilterForm);
            if let Some(focus) = focus {
                browser::refocus(focus);
            }
        },
    },
    Part { task: 1, place: Place::End(APP), mount: |p, b| mount_part(p, b, EstimateBar) },
    Part { task: 2, place: Place::Section(SECTION_PAY), mount: |p, b| mount_part(p, b, InHand) },
    Part { task: 2, place: Place::Section(SECTION_PAY), mount: |p, b| mount_part(p, b, InHandNotes) },
    Part { task: 3, place: Place::Section(SECTION_REGIMES), mount: |p, b| mount_part(p, b, Regimes) },
    Part { task: 4, place: Place::Section(SECTION_GROW), mount: |p, b| mount_part(p, b, WhatIf) },
    Part { task: 5, place: Place::Section(SECTION_GROW), mount: |p, b| mount_part(p, b, CareerLadder) },
    Part { task: 6, place: Place::Section(SECTION_GROW), mount: |p, b| mount_part(p, b, Breakdown) },
    Part { task: 7, place: Place::Section(SECTION_MARKET), mount: |p, b| mount_part(p, b, OfferPosition) },
    Part { task: 7, place: Place::Section(SECTION_MARKET), mount: |p, b| mount_part(p, b, MarketCharts) },
    Part { task: 8, place: Place::Section(SECTION_MARKET), mount: |p, b| mount_part(p, b, CountryChart) },
    Part {
        task: 9,
        place: Place::Section(SECTION_COMPARE),
        mount: |p, b| {
            open_when_comparing();
            mount_part(p, b, Compare)
        },
    },
    Part { task: 10, place: Place::Section(SECTION_YEARS), mount: |p, b| mount_part(p, b, FourYears) },
    Part { task: 11, place: Place::Section(HOW), mount: |p, b| mount_part(p, b, How) },
];

/// Compare is open as the page model says: a compare link opens it, and where the first stage
/// ran, as the person left it.
fn open_when_comparing() {
    let open = expect_context::<AppState>().page.with_untracked(|p| p.open.compare);
    browser::set_open(SECTION_COMPARE, open);
}

/// The root, as Leptos's `App` would be: state from the link, the address kept in step with
/// it, and the page's parts put in place.
pub fn start() {
    // Effects and tasks run on wasm-bindgen-futures; leptos::mount would set that up, but
    // the parts are mounted here one by one. An error only means it is set up already.
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let owner = Owner::new();
    owner.with(|| {
        // The first stage's session, where it ran (the person may have used the form), else the
        // address's link.
        let session = browser::handover()
            .and_then(|text| Session::taken_over(&text))
            .unwrap_or_else(|| Session::open(&browser::current_query()));
        let state = AppState::of(session, browser::today());
        provide_context(state);

        // The address bar holds the canonical link for what is on screen, one frame late:
        // replaceState costs Chromium a few milliseconds, which would otherwise delay the new
        // figure. The timer reads the state when it fires, so a burst of changes ends on the latest.
        Effect::new(move |_| {
            // Subscribe only: the link itself is encoded once, when the timer fires.
            state.session.track();
            request_animation_frame(move || {
                set_timeout(move || browser::replace_query(&state.query_untracked()), Duration::ZERO)
            });
        });
        // Back/forward between entries of this page (a hash change, say) re-reads the link.
        // The listener lives as long as the page.
        browser::on_history_change(move || state.replace(|s| s.replace(&browser::current_query())));

        mount_all(&PAGE, |task| match task {
            0 => browser::set_stage(Stage::Live),
            1 => browser::mark_loaded(),
            _ => {}
        });
    });
    // The app lives as long as the page.
    std::mem::forget(owner);
}
