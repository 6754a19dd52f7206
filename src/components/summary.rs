//! The summary at the top of the page, the first thing after the heading: with an offer, what it
//! pays in hand a month under its better regime, which regime and by how much, where it stands
//! against the market and the hike from the current CTC; without one, the market estimate with
//! its pay in hand. Its texts are one value (`display::summary::texts`) that the first stage
//! writes too, and its ids are the slots it fills. On a phone, a bar pinned to the bottom of the
//! screen keeps the lead figure in sight.

use crate::components::bound::{hidden, text};
use crate::display::lead::in_hand;
use crate::display::summary;
use crate::page::{slot, ESTIMATE_CARD};
use crate::state::AppState;
use leptos::prelude::*;

#[component]
pub fn Summary() -> impl IntoView {
    let years = expect_context::<AppState>().years;
    view! {
        <section
            class="card estimate summary"
            id=ESTIMATE_CARD
            data-testid="summary"
            aria-labelledby="estimate-heading"
        >
            <h2 id="estimate-heading">
                <span id=slot::TITLE>{text(slot::TITLE)}</span>
            </h2>
            <div class="summary-live" aria-live="polite" aria-atomic="true">
                // With two offers, which pays more leads.
                <p
                    class="summary-offers"
                    data-testid="summary-offers"
                    id=slot::OFFERS
                    hidden=hidden(slot::OFFERS)
                >
                    {text(slot::OFFERS)}
                </p>
                <p class="summary-lead">
                    <strong data-testid="summary-in-hand" id=slot::IN_HAND>
                        {text(slot::IN_HAND)}
                    </strong>
                    " a month in hand"
                </p>
                <p class="summary-regime">
                    "Under the " <strong data-testid="summary-regime" id=slot::REGIME>
                        {text(slot::REGIME)}
                    </strong> <span id=slot::REGIME_REST>{text(slot::REGIME_REST)}</span>
                </p>
                <p
                    class="summary-verdict"
                    data-testid="summary-verdict"
                    id=slot::VERDICT_ROW
                    hidden=hidden(slot::VERDICT_ROW)
                >
                    <span data-testid="offer-position" id=slot::VERDICT>
                        {text(slot::VERDICT)}
                    </span>
                    "."
                </p>
                <p
                    class="summary-counter"
                    data-testid="counter-offer"
                    id=slot::COUNTER
                    hidden=hidden(slot::COUNTER)
                >
                    {text(slot::COUNTER)}
                </p>
                <p
                    class="summary-first-year"
                    data-testid="summary-first-year"
                    id=slot::FIRST_YEAR
                    hidden=hidden(slot::FIRST_YEAR)
                >
                    {text(slot::FIRST_YEAR)}
                </p>
                <p
                    class="summary-hike"
                    data-testid="summary-hike"
                    id=slot::HIKE_ROW
                    hidden=hidden(slot::HIKE_ROW)
                >
                    <span id=slot::HIKE hidden=hidden(slot::HIKE)>
                        <span id=slot::HIKE_AGAINST>{text(slot::HIKE_AGAINST)}</span>
                        <span data-testid="hike">
                            <span data-testid="hike-ctc" id=slot::HIKE_CTC>
                                {text(slot::HIKE_CTC)}
                            </span>
                            <span id=slot::HIKE_MORE_CTC>{text(slot::HIKE_MORE_CTC)}</span>
                            <span data-testid="hike-in-hand" id=slot::HIKE_IN_HAND>
                                {text(slot::HIKE_IN_HAND)}
                            </span>
                            <span id=slot::HIKE_REST>{text(slot::HIKE_REST)}</span>
                        </span>
                        "."
                    </span>
                    <span
                        data-testid="market-vs-current"
                        id=slot::AGAINST_CURRENT
                        hidden=hidden(slot::AGAINST_CURRENT)
                    >
                        {text(slot::AGAINST_CURRENT)}
                    </span>
                </p>
                <p
                    class="summary-ask"
                    data-testid="summary-ask"
                    id=slot::ASK_ROW
                    hidden=hidden(slot::ASK_ROW)
                >
                    <span id=slot::ASK_LEAD>{text(slot::ASK_LEAD)}</span>
                    <strong data-testid="ask-ctc" id=slot::ASK_CTC>
                        {text(slot::ASK_CTC)}
                    </strong>
                    <span id=slot::ASK_REST>{text(slot::ASK_REST)}</span>
                    " "
                    <span data-testid="ask-position" id=slot::ASK_POSITION>
                        {text(slot::ASK_POSITION)}
                    </span>
                    " "
                    <span data-testid="ask-hike" id=slot::ASK_HIKE hidden=hidden(slot::ASK_HIKE)>
                        {text(slot::ASK_HIKE)}
                    </span>
                </p>
                <div class="estimate-live">
                    <p class="estimate-figure">
                        <span class="estimate-label">"Market estimate"</span>
                        <span data-testid="estimate" id=slot::FIGURE>
                            {text(slot::FIGURE)}
                        </span>
                        <span class="per">" per year"</span>
                    </p>
                    <p
                        class="estimate-no-figures"
                        id=slot::NO_FIGURES
                        data-testid="no-figures"
                        hidden=hidden(slot::NO_FIGURES)
                    >
                        {text(slot::NO_FIGURES)}
                    </p>
                    <p
                        class="estimate-in-hand"
                        id=slot::ESTIMATE_IN_HAND
                        hidden=hidden(slot::ESTIMATE_IN_HAND)
                    >
                        {text(slot::ESTIMATE_IN_HAND)}
                    </p>
                    <p class="estimate-detail" id=slot::DETAIL>
                        {text(slot::DETAIL)}
                    </p>
                    <p class="range">
                        "Range " <strong data-testid="range" id=slot::RANGE>
                            {text(slot::RANGE)}
                        </strong>
                    </p>
                </div>
            </div>
            // With an offer: what the survey's figures are, then what four years of the offer
            // leave, which the app alone works out; the first stage keeps the line's place.
            <div id=slot::OFFER_NOTES hidden=hidden(slot::OFFER_NOTES)>
                <p class="hint">{summary::SURVEY_FIGURES}</p>
                <p class="summary-years" data-testid="years-lead">
                    {move || years.with(|t| t.lead.clone())}
                </p>
            </div>
            <p class="profile" data-testid="profile" id=slot::PROFILE>
                {text(slot::PROFILE)}
            </p>
        </section>
    }
}

/// On a phone, a slim bar pinned to the bottom of the screen keeps the summary's lead figure in
/// sight while the filters further down are changed: the offer's pay in hand with an offer, the
/// estimate with its pay in hand without one. It repeats the summary, so screen readers skip it.
#[component]
pub fn EstimateBar() -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = state.summary;
    // Two offers while the verdict stands: both monthly figures, as "Two offers" shows them.
    let two = move || t.with(|t| !t.offers.is_empty());
    let figure = move || match state.b_lead.with(|b| b.as_ref().filter(|_| two()).map(in_hand)) {
        Some(b) => format!("A {} · B {b}", state.lead.with(in_hand)),
        None => t.with(|t| if t.has_offer { t.in_hand.clone() } else { t.figure.clone() }),
    };
    let words = move || {
        if two() {
            // Short enough that both figures and the words stay on one line on a 390 px phone.
            return "a month in hand".to_string();
        }
        t.with(|t| {
            if t.has_offer {
                "a month in hand, from the offer".to_string()
            } else {
                format!("a year · {} a month in hand", t.in_hand)
            }
        })
    };
    view! {
        <div class="estimate-bar" class:two=two aria-hidden="true" data-testid="estimate-bar">
            <span class="estimate-bar-figure">{figure}</span>
            <span class="estimate-bar-range">{words}</span>
        </div>
    }
}
