//! "Two offers": profile A's offer and profile B's side by side, each against its own market,
//! its monthly pay in hand under its better regime, its first year's cash and its hike, the
//! verdict on which pays more, and a stacked bar of where each CTC goes. Shown in the compare
//! panel while both offers are given; its texts are `display::offers`, worked out in the state.

use crate::components::rows::text_of;
use crate::display::offers::{self, Side, Texts};
use crate::format::{group_en_in, rupees};
use crate::state::AppState;
use leptos::prelude::*;

/// Drawing units, as the other charts (see bar_chart.rs): 13-unit text in a 260-unit width.
const WIDTH: f64 = 260.0;
const ROW: u32 = 44;

/// The parts of both CTCs, A's then B's, in rupees a year, under each offer's better regime.
type Bars = Option<[[(&'static str, f64); 7]; 2]>;

#[component]
pub fn TwoOffers() -> impl IntoView {
    let state = expect_context::<AppState>();
    let rules = state.year.rules;
    // The summary's verdict stands while both offers are given.
    let shown = move || state.summary.with(|s| !s.offers.is_empty());
    let t = Memo::new(move |_| state.offers().unwrap_or_default());
    let bars: Memo<Bars> = Memo::new(move |_| {
        shown().then_some(())?;
        let a = state.lead.with(|c| offers::parts(c.chosen(rules).0));
        let b = state.b_lead.with(|c| c.as_ref().map(|c| offers::parts(c.chosen(rules).0)))?;
        Some([a, b])
    });
    view! {
        <section
            class="two-offers"
            data-testid="two-offers"
            aria-labelledby="two-offers-heading"
            hidden=move || !shown()
        >
            <h3 id="two-offers-heading">"Two offers"</h3>
            <p class="offers-verdict" data-testid="offers-verdict" aria-live="polite">
                {text_of(t, |t| t.verdict.clone())}
            </p>
            <div class="offer-cards">
                {offer_card(t, "a", "Offer A", |t| &t.a)} {offer_card(t, "b", "Offer B", |t| &t.b)}
            </div>
            <CtcChart bars />
        </section>
    }
}

/// One offer's card: its pay in hand and regime, its first year, its standing and its hike.
fn offer_card(
    t: Memo<Texts>,
    key: &'static str,
    name: &'static str,
    side: fn(&Texts) -> &Side,
) -> impl IntoView {
    let text = move |field: fn(&Side) -> String| move || t.with(|t| field(side(t)));
    let no_hike = move || t.with(|t| side(t).hike.is_empty());
    view! {
        <div class="offer-card">
            <h4>{name}</h4>
            <p class="offer-monthly">
                <strong data-testid=format!("offer-{key}-monthly")>{text(|s| s.monthly.clone())}</strong>
                " a month in hand, under the "
                <span data-testid=format!("offer-{key}-regime")>{text(|s| s.regime.to_string())}</span>
                " regime"
            </p>
            <p>
                "First year’s cash: "
                <span data-testid=format!("offer-{key}-first-year")>{text(|s| s.first_year.clone())}</span>
                <span class="hint">
                    " (twelve months, the variable pay and any joining bonus, after their tax)"
                </span>
            </p>
            <p data-testid=format!("offer-{key}-position")>{text(|s| s.position.clone())}</p>
            <p data-testid=format!("offer-{key}-hike") hidden=no_hike>
                {text(|s| s.hike.clone())}
            </p>
        </div>
    }
}

/// Where each CTC goes: one stacked bar per offer on one scale, a summary in words, and the
/// figures in a table.
#[component]
fn CtcChart(bars: Memo<Bars>) -> impl IntoView {
    let max = move || bars.with(|b| b.map_or(1.0, |[a, b]| total(&a).max(total(&b)).max(1.0)));
    // Each part's start and width, in whole drawing units, from the running total.
    let segment = move |offer: usize, part: usize| {
        bars.with(|b| {
            let Some(parts) = b.map(|b| b[offer]) else { return (0, 0) };
            let at = |n: usize| (parts[..n].iter().map(|p| p.1).sum::<f64>() / max() * WIDTH).round() as u32;
            (at(part), at(part + 1) - at(part))
        })
    };
    let figure = move |offer: usize, part: usize| {
        move || bars.with(|b| b.map(|b| rupees(b[offer][part].1.round())).unwrap_or_default())
    };
    let summary = move || {
        bars.with(|b| {
            let Some(b) = b else { return String::new() };
            let said = |name: &str, parts: &[(&str, f64); 7]| {
                let ctc = total(parts);
                format!(
                    "Of offer {name}’s ₹{} a year, {} is in hand over twelve months ({}%) and {} goes in income tax ({}%).",
                    group_en_in(ctc.round() as u64),
                    rupees(parts[0].1.round()),
                    (parts[0].1 / ctc * 100.0).round() as i64,
                    rupees(parts[1].1.round()),
                    (parts[1].1 / ctc * 100.0).round() as i64,
                )
            };
            format!("{} {}", said("A", &b[0]), said("B", &b[1]))
        })
    };
    let names = ["Offer A", "Offer B"];
    view! {
        <figure class="chart ctc-chart" data-testid="ctc-chart">
            <figcaption id="ctc-chart-title">"Where each CTC goes, a year"</figcaption>
            <svg
                viewBox=format!("0 0 {} {}", WIDTH as u32, ROW * 2)
                role="img"
                aria-labelledby="ctc-chart-title"
                aria-describedby="ctc-chart-summary"
            >
                {(0..2)
                    .map(|offer| {
                        let y = offer as u32 * ROW;
                        view! {
                            <text class="bar-label" x="2" y=y + 14>
                                {names[offer]}
                            </text>
                            {(0..7)
                                .map(|part| {
                                    view! {
                                        <rect
                                            class=format!("ctc-part ctc-part-{part}")
                                            x=move || segment(offer, part).0
                                            y=y + 20
                                            width=move || segment(offer, part).1
                                            height="16"
                                        ></rect>
                                    }
                                })
                                .collect_view()}
                        }
                    })
                    .collect_view()}
            </svg>
            <p class="chart-hint" id="ctc-chart-summary">
                {summary}
            </p>
            <table class="ctc-figures">
                <caption class="visually-hidden">"Where each CTC goes, rupees a year"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Part"</th>
                        <th scope="col">"Offer A"</th>
                        <th scope="col">"Offer B"</th>
                    </tr>
                </thead>
                <tbody>
                    {(0..7)
                        .map(|part| {
                            view! {
                                <tr>
                                    <th scope="row">
                                        <span
                                            class=format!("ctc-key ctc-part-{part}")
                                            aria-hidden="true"
                                        ></span>
                                        {offers::PART_NAMES[part]}
                                    </th>
                                    <td>{figure(0, part)}</td>
                                    <td>{figure(1, part)}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </figure>
    }
}

fn total(parts: &[(&str, f64); 7]) -> f64 {
    parts.iter().map(|p| p.1).sum()
}
