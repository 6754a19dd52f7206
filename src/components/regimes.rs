//! "Old or new regime": for the offer (or the estimate without one), both regimes' pay in
//! hand a month side by side, the better one marked, the break-even, a chart of each regime's
//! tax as deductions grow, and the old regime's working (`tax/break_even.rs`, `old_regime.rs`).

use crate::components::number_fields::{PercentField, RupeeField};
use crate::components::working_table::{monthly_line, WorkingTable};
use crate::data::{dataset, Relief};
use crate::filters::{Dimension, Profile};
use crate::format::{round_to_tenth, rupees, short_money, table_figure, trimmed};
use crate::state::AppState;
use crate::tax::{
    compare, curve, listed_city, old_working, Better, BreakEven, Claims, Comparison, HRA_PERCENT,
    OLD_WORKING_LINES,
};
use leptos::prelude::*;

/// The chart's drawing units, whole numbers (see `bar_chart.rs`): its 13-unit text reads at
/// the same size as the other charts'.
const WIDTH: u32 = 260;
const HEIGHT: u32 = 150;
/// The plot inside the labels.
const LEFT: u32 = 4;
const RIGHT: u32 = 256;
const TOP: u32 = 22;
const BOTTOM: u32 = 124;
/// Even steps of the deductions on the chart; the table shows every fourth (and its ends).
const STEPS: usize = 16;

#[component]
pub fn Regimes() -> impl IntoView {
    let state = expect_context::<AppState>();
    let rules = state.year.rules;
    let reliefs = &rules.old_regime_reliefs;
    let city = state.chosen(Profile::A, Dimension::City);
    // The offer's CTC, or the estimate's as shown.
    let ctc_lakh = move || state.offer.get().unwrap_or_else(|| round_to_tenth(state.estimate.get().lakh));
    let comparison = Memo::new(move |_| {
        compare(rules, ctc_lakh() * 100_000.0, &state.structure.get(), &state.claims.get(), city.get())
    });
    let whose = move || match state.offer.get() {
        Some(offer) => format!("For your offer of {}", short_money(offer)),
        None => format!("For the estimate of {}", short_money(ctc_lakh())),
    };
    let name = |r: &Relief| r.name();
    let claims = state.claims;
    view! {
        <section class="card regimes" aria-labelledby="regimes-heading">
            <h2 id="regimes-heading">"Old or new regime"</h2>
            <p class="hint">
                {whose} ", on the same salary structure. The new regime is the default; you may opt for "
                {rules.old_regime.section.to_string()} " when you file your return."
            </p>
            <fieldset class="claims">
                <legend>"What you would claim under the old regime"</legend>
                <RupeeField
                    id="rent"
                    label="Rent you pay a month".to_string()
                    value=claims
                    read=|c: &Claims| c.rent_monthly
                    write=|c: &mut Claims, v| c.rent_monthly = v
                    subject="Rent"
                    hint="In rupees; none if left empty."
                />
                <PercentField
                    id="hra"
                    label=format!("HRA, % of basic pay ({})", reliefs.hra.familiar)
                    value=claims
                    read=|c: &Claims| c.hra_percent
                    write=|c: &mut Claims, v| c.hra_percent = v
                    range=HRA_PERCENT
                    default=Claims::default().hra_percent
                />
                <RupeeField
                    id="80c"
                    label=format!("Investments a year beyond your PF ({})", name(&reliefs.c80))
                    value=claims
                    read=|c: &Claims| c.c80
                    write=|c: &mut Claims, v| c.c80 = v
                    subject="An 80C amount"
                    hint="Your PF already counts towards the limit."
                />
                <RupeeField
                    id="80d"
                    label=format!("Health insurance a year, you and your family ({})", name(&reliefs.d80))
                    value=claims
                    read=|c: &Claims| c.d80
                    write=|c: &mut Claims, v| c.d80 = v
                    subject="A health insurance premium"
                    hint="In rupees; none if left empty."
                />
                <RupeeField
                    id="nps"
                    label=format!("Your own NPS a year ({})", name(&reliefs.nps))
                    value=claims
                    read=|c: &Claims| c.nps
                    write=|c: &mut Claims, v| c.nps = v
                    subject="An NPS contribution"
                    hint="In rupees; none if left empty."
                />
                <RupeeField
                    id="home-loan"
                    label=format!(
                        "Home-loan interest a year, a home you live in ({})",
                        name(&reliefs.home_loan),
                    )
                    value=claims
                    read=|c: &Claims| c.home_loan
                    write=|c: &mut Claims, v| c.home_loan = v
                    subject="Home-loan interest"
                    hint="In rupees; none if left empty."
                />
            </fieldset>
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
                {move || comparison.with(better_text)}
            </p>
            <p class="break-even" data-testid="break-even">
                {move || comparison.with(break_even_text)}
            </p>
            <RegimeChart comparison />
            <OldWorking comparison />
            <p class="hint">{move || city_note(&state, city.get())}</p>
        </section>
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

/// "The new regime pays ₹3,114 more a month." and the like.
fn better_text(c: &Comparison) -> String {
    let amount = rupees(c.monthly_difference.unsigned_abs() as f64);
    match c.better {
        Better::New => format!("The new regime pays {amount} more a month."),
        Better::Old => format!("The old regime pays {amount} more a month."),
        Better::Same => "Both regimes pay the same in hand.".to_string(),
    }
}

/// The break-even in words, in one of its three forms.
fn break_even_text(c: &Comparison) -> String {
    match c.break_even {
        BreakEven::AlreadyAsGood => {
            "The old regime already pays as much or more with what you claim.".to_string()
        }
        BreakEven::Needs(x) => format!(
            "The old regime would need {} more in deductions a year to pay as much as the new (of {} that its limits still allow).",
            rupees(x.round()),
            rupees(c.room)
        ),
        BreakEven::Cannot { room, short } => format!(
            "The old regime cannot catch up within its limits: all {} of room left would still leave it {} a year behind.",
            rupees(room),
            rupees(short.round())
        ),
    }
}

/// What the HRA exemption took for the city, and what is not confirmed.
fn city_note(state: &AppState, city: Option<&'static str>) -> String {
    let hra = &state.year.rules.old_regime_reliefs.hra;
    let share = |s: f64| format!("{}%", trimmed(s * 100.0));
    let listed = listed_city(state.year.rules, city) == Some(true);
    let city_part = match city.and_then(|slug| dataset().cities.find(slug)) {
        Some(c) if listed => {
            format!(
                "HRA is exempt up to {} of basic in {}, a city the rules list.",
                share(hra.metro_share_of_basic),
                c.name
            )
        }
        Some(c) => format!("HRA is exempt up to {} of basic in {}.", share(hra.other_share_of_basic), c.name),
        None => format!(
            "No city is chosen, so HRA is exempt up to {} of basic, as outside the cities the rules list.",
            share(hra.other_share_of_basic)
        ),
    };
    let confirmed = if hra.metro_confirmed {
        ""
    } else {
        " The list of those cities is the draft Income-tax Rules, 2026's: it could not be confirmed against the rules as notified."
    };
    format!("{city_part}{confirmed} Both regimes are worked out on the fixed pay; the variable pay is taxed apart under each.")
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
    let crossing = match c.break_even {
        BreakEven::Needs(extra) => Some((yours.0 + extra, new_tax)),
        _ => None,
    };
    let summary = format!(
        "Tax a year as the deductions with limits grow from none to {}: the new regime’s stays at {}; the old regime’s falls from {} to {}. {}",
        rupees(all),
        rupees(new_tax.round()),
        rupees(points.first().map_or(0.0, |q| q.old_tax).round()),
        rupees(points.last().map_or(0.0, |q| q.old_tax).round()),
        break_even_text(c),
    );
    // The table: every fourth step, then your claims and the crossing.
    let mut rows: Vec<[String; 3]> = points
        .iter()
        .step_by(STEPS / 4)
        .map(|q| [rupees(q.deductions.round()), rupees(q.old_tax.round()), rupees(new_tax.round())])
        .collect();
    rows.push([
        format!("Yours: {}", rupees(yours.0.round())),
        rupees(yours.1.round()),
        rupees(new_tax.round()),
    ]);
    if let Some((d, t)) = crossing {
        rows.push([format!("Break-even: {}", rupees(d.round())), rupees(t.round()), rupees(new_tax.round())]);
    }
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
                {table_figure(all / 100_000.0)}
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
        let name = city.get().and_then(|slug| dataset().cities.find(slug)).map(|c| c.name.as_str());
        comparison.with(|c| {
            let mut lines = old_working(rules, &state.claims.get(), &c.old, name).to_vec();
            lines.push(monthly_line(c.old.per_month));
            lines
        })
    });
    view! { <WorkingTable summary="How the old regime is worked out" lines rows=OLD_WORKING_LINES + 1 /> }
}
