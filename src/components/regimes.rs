//! "Old or new regime": for the offer (or the estimate without one), both regimes' pay in
//! hand a month side by side, the better one marked, the break-even, a chart of each regime's
//! tax as deductions grow, and the old regime's working (`tax/break_even.rs`, `old_regime.rs`).

use crate::amount;
use crate::components::working_table::{monthly_line, WorkingTable};
use crate::data::dataset;
use crate::display::regimes;
use crate::display::working::{old_working, OLD_WORKING_LINES};
use crate::filters::{Dimension, Profile};
use crate::format::{lakh_of, rupees, short_money, table_figure};
use crate::state::AppState;
use crate::tax::{break_even, curve, Better, BreakEven, Comparison};
use leptos::prelude::*;

/// The line charts' drawing units, whole numbers (see `bar_chart.rs`): their 13-unit text reads
/// at the same size as the other charts'. "Four years" draws on the same plot.
pub(crate) const WIDTH: u32 = 260;
pub(crate) const HEIGHT: u32 = 150;
/// The plot inside the labels.
pub(crate) const LEFT: u32 = 4;
pub(crate) const RIGHT: u32 = 256;
pub(crate) const TOP: u32 = 22;
pub(crate) const BOTTOM: u32 = 124;
/// Even steps of the deductions on the chart; the table shows every fourth (and its ends).
const STEPS: usize = 16;

#[component]
pub fn Regimes() -> impl IntoView {
    let state = expect_context::<AppState>();
    let rules = state.year.rules;
    let city = state.chosen(Profile::A, Dimension::City);
    // The offer's, or the estimate's as shown: the summary leads with the same comparison.
    let comparison = state.lead;
    let whose = move || match state.offer() {
        Some(offer) => format!("For your offer of {}", amount::named(offer)),
        None => format!("For the estimate of {}", short_money(state.estimate.get().shown())),
    };
    view! {
        <div class="regimes">
            <p class="hint">
                {whose}
                ", on the same salary structure, with the rent and investments in the form. The new regime is the default; you may opt for the old one when you file your return."
            </p>
            <div class="regime-grid">
                <RegimeColumn
                    title="New regime"
                    testid="regime-new"
                    side=Better::New
                    comparison
                    per_month=|c| c.new.per_month
                    tax=|c| c.new.due.total()
                />
                <RegimeColumn
                    title="Old regime"
                    testid="regime-old"
                    side=Better::Old
                    comparison
                    per_month=|c| c.old.per_month
                    tax=|c| c.old.due.total()
                />
            </div>
            <p class="regime-better" data-testid="regime-better">
                {move || comparison.with(regimes::better_text)}
            </p>
            <p class="break-even" data-testid="break-even">
                {move || comparison.with(|c| regimes::break_even_text(c, break_even(rules, c)))}
            </p>
            <RegimeChart comparison />
            <OldWorking comparison />
            <p class="hint">
                {move || regimes::city_note(
                    rules,
                    city.get().and_then(|slug| dataset().city_choices.find(slug)),
                )}
            </p>
        </div>
    }
}

/// One regime's column: its pay in hand a month, its tax a year, and the mark when it pays more.
#[component]
fn RegimeColumn(
    title: &'static str,
    testid: &'static str,
    side: Better,
    comparison: Memo<Comparison>,
    per_month: fn(&Comparison) -> f64,
    tax: fn(&Comparison) -> f64,
) -> impl IntoView {
    let better = move || comparison.with(|c| c.better == side);
    view! {
        <div class="regime" class:better=better>
            <h3>{title}</h3>
            <p class="pay-month">
                <strong data-testid=testid>
                    {move || comparison.with(|c| rupees(per_month(c).round()))}
                </strong>
                " a month in hand"
            </p>
            <p class="pay-year">
                {move || comparison.with(|c| format!("Tax {} a year", rupees(tax(c).round())))}
            </p>
            <p class="better-mark" hidden=move || !better()>
                "Pays more"
            </p>
        </div>
    }
}

/// Each regime's tax as the four limited deductions grow from none to every limit, with the
/// person's own point and the crossing marked (by shape and in the legend, not by colour); its
/// figures are in the table under it. Drawn afresh on each change, as one view: a handful of
/// elements, and far less WebAssembly than a reactive binding per attribute.
#[component]
fn RegimeChart(comparison: Memo<Comparison>) -> impl IntoView {
    let rules = expect_context::<AppState>().year.rules;
    view! {
        <figure class="chart regime-chart" data-testid="regime-chart">
            <figcaption id="regime-chart-caption">
                "Tax a year under each regime as your deductions with limits grow"
            </figcaption>
            {move || comparison.with(|c| drawing(rules, c))}
        </figure>
    }
}

/// The chart's drawing, its summary and its table, for one comparison.
fn drawing(rules: &'static crate::data::TaxRules, c: &Comparison) -> impl IntoView {
    let points = curve(rules, c, STEPS);
    let all = points.last().map_or(1.0, |q| q.deductions).max(1.0);
    let top = points.iter().map(|q| q.old_tax.max(q.new_tax)).fold(1.0, f64::max) * 1.1;
    let x = |deductions: f64| LEFT + ((RIGHT - LEFT) as f64 * deductions / all).round() as u32;
    let y = |tax: f64| BOTTOM - ((BOTTOM - TOP) as f64 * tax / top).round() as u32;
    let line = |tax: fn(&crate::tax::CurvePoint) -> f64| {
        points.iter().map(|q| format!("{},{}", x(q.deductions), y(tax(q)))).collect::<Vec<_>>().join(" ")
    };
    let new_tax = c.new.due.total();
    let yours = (c.old.deductions.limited(), c.old.due.total());
    let crossing = match break_even(rules, c) {
        BreakEven::Needs(extra) => Some((yours.0 + extra, new_tax)),
        _ => None,
    };
    let (summary, rows) = regimes::chart_words(&points, yours, crossing, new_tax);
    let (cross_x, cross_y) =
        crossing.map_or((0, 0), |(d, t)| (x(d).saturating_sub(4), y(t).saturating_sub(4)));
    view! {
        <svg
            viewBox=format!("0 0 {WIDTH} {HEIGHT}")
            role="img"
            tabindex="0"
            aria-labelledby="regime-chart-caption"
            aria-describedby="regime-chart-summary"
        >
            <line class="axis" x1=LEFT y1=BOTTOM x2=RIGHT y2=BOTTOM></line>
            <polyline class="line-new" points=line(|q| q.new_tax)></polyline>
            <polyline class="line-old" points=line(|q| q.old_tax)></polyline>
            <circle class="mark-yours" r="5" cx=x(yours.0) cy=y(yours.1)></circle>
            <rect
                class="mark-crossing"
                width="9"
                height="9"
                hidden=crossing.is_none()
                x=cross_x
                y=cross_y
            ></rect>
            <text x=LEFT y="14">
                "New — dashed; old — solid"
            </text>
            <text x=LEFT y=BOTTOM + 18>
                "None"
            </text>
            <text x=RIGHT y=BOTTOM + 18 text-anchor="end">
                {table_figure(lakh_of(all))}
            </text>
        </svg>
        <p class="chart-hint" id="regime-chart-summary">
            {summary}
        </p>
        <p class="chart-hint">"● your claims; ■ where the old regime’s tax meets the new."</p>
        <table class="working regime-table">
            <caption class="visually-hidden">"Tax a year by the deductions with limits"</caption>
            <thead>
                <tr>
                    <th scope="col">"Deductions"</th>
                    <th scope="col">"Old regime"</th>
                    <th scope="col">"New regime"</th>
                </tr>
            </thead>
            <tbody>
                {rows
                    .into_iter()
                    .map(|[d, old, new]| {
                        view! {
                            <tr>
                                <th scope="row">{d}</th>
                                <td>{old}</td>
                                <td>{new}</td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
}

/// The old regime's working from gross salary to pay in hand, in fixed rows.
#[component]
fn OldWorking(comparison: Memo<Comparison>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let rules = state.year.rules;
    let city = state.chosen(Profile::A, Dimension::City);
    let lines = Memo::new(move |_| {
        let entry = city.get().and_then(|slug| dataset().cities.find(slug));
        comparison.with(|c| {
            let mut lines = old_working(rules, &state.structure(), &state.claims(), &c.old, entry);
            lines.push(monthly_line(c.old.per_month));
            lines
        })
    });
    view! { <WorkingTable summary="How the old regime is worked out" lines rows=OLD_WORKING_LINES + 1 /> }
}
