//! "Four years": what each choice leaves after tax, tax year by tax year, one table per choice
//! (staying, offer A, offer B), with the sentence that answers, what leaving early costs and
//! what is assumed. Its words are `display::years`; the rows are fixed, as `rows.rs` says.

use crate::components::rows::{flag_of, text_of};
use crate::data::tax_years;
use crate::display::years::{self, Chart, Choice, Row, Texts};
use crate::state::AppState;
use leptos::prelude::*;

/// Staying, offer A and offer B.
const CHOICES: usize = 3;
/// The tax years of joining to the fourth after it: month 49 is 48 months after month 1.
const YEARS: usize = 5;
/// Drawing units, as the regimes' chart: 13-unit text in a 260-unit width.
const WIDTH: u32 = 260;
const HEIGHT: u32 = 150;
const LEFT: u32 = 4;
const RIGHT: u32 = 256;
const TOP: u32 = 22;
const BOTTOM: u32 = 124;

#[component]
pub fn FourYears() -> impl IntoView {
    let state = expect_context::<AppState>();
    let date = state.year.date;
    // Worked out afresh on each change of the link, and always taken as changed: comparing the
    // tables would cost the module more than the few texts it saves rewriting.
    let t = Memo::new_with_compare(
        move |_| state.session.with(|s| years::texts(&s.link, date, tax_years())),
        |_, _| true,
    );
    view! {
        <div class="four-years">
            <p class="hint" hidden=flag_of(t, |t| !t.choices.is_empty())>
                "Type an offer above to see four years of it, and of staying, after tax."
            </p>
            <p
                class="years-lead"
                data-testid="years-section-lead"
                hidden=flag_of(t, |t| t.choices.is_empty())
            >
                {text_of(t, |t| t.lead.clone())}
            </p>
            <p class="years-risk" data-testid="clawback-risk" hidden=flag_of(t, |t| t.clawback.is_empty())>
                {text_of(t, |t| t.clawback.clone())}
            </p>
            <div data-testid="years-table" hidden=flag_of(t, |t| t.choices.is_empty())>
                {(0..CHOICES).map(|c| choice_table(t, c)).collect_view()}
            </div>
            <div hidden=flag_of(t, |t| t.choices.is_empty())>{running_chart(t)}</div>
            <p class="hint" hidden=flag_of(t, |t| t.choices.is_empty())>
                {text_of(t, |t| t.assumptions.clone())}
            </p>
        </div>
    }
}

/// Choice `c`'s table, hidden where there is no such choice.
fn choice_table(t: Memo<Texts>, c: usize) -> impl IntoView {
    let choice =
        move |f: fn(&Choice) -> String| move || t.with(|t| t.choices.get(c).map(f).unwrap_or_default());
    let key = move || t.with(|t| t.choices.get(c).map_or("", |c| c.key));
    view! {
        <table class="years" hidden=move || t.with(|t| t.choices.len() <= c)>
            <caption>{choice(|c| c.name.to_string())}</caption>
            <thead>
                <tr>
                    <th scope="col">"Tax year"</th>
                    <th scope="col">"Kept in cash"</th>
                    <th scope="col">"Tax"</th>
                    <th scope="col">"Total"</th>
                </tr>
            </thead>
            <tbody>
                {(0..YEARS)
                    .map(|y| {
                        let cell = move |f: fn(&Row) -> String| {
                            move || {
                                t.with(|t| {
                                    t.choices.get(c).and_then(|c| c.rows.get(y)).map(f).unwrap_or_default()
                                })
                            }
                        };
                        view! {
                            <tr data-testid=move || {
                                format!("years-row-{}-{}", key(), cell(|r| r.year.clone())())
                            }>
                                <th scope="row">
                                    {cell(|r| r.year.clone())}
                                    <span class="hint">{cell(|r| r.assumed.clone())}</span>
                                </th>
                                <td>{cell(|r| r.cash.clone())}</td>
                                <td>{cell(|r| r.tax.clone())}</td>
                                <td>{cell(|r| r.total.clone())}</td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
            <tfoot>
                <tr>
                    <th scope="row">"All years"</th>
                    <td>{choice(|c| c.sum.cash.clone())}</td>
                    <td>{choice(|c| c.sum.tax.clone())}</td>
                    <td data-testid=move || {
                        format!("years-total-{}", key())
                    }>{choice(|c| c.sum.total.clone())}</td>
                </tr>
            </tfoot>
        </table>
    }
}

/// The running total kept, one line per choice (told apart by dashes, not colour alone), its
/// summary in words and its figures at each tax year's end in a table. Fixed elements, each
/// following one part of the memoised chart, as the tables above are.
fn running_chart(t: Memo<Texts>) -> impl IntoView {
    // Each line's points in drawing units, "" where there is no such choice.
    let points = move |c: usize| {
        move || {
            t.with(|Texts { chart, .. }| {
                let all = chart.lines.iter().flat_map(|l| l.1.iter().copied());
                let (low, high) = all.fold((0.0_f64, 1.0_f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
                let Some(line) = chart.lines.get(c) else { return String::new() };
                let months = (line.1.len().max(2) - 1) as f64;
                let x = |i: usize| LEFT + ((RIGHT - LEFT) as f64 * i as f64 / months).round() as u32;
                let y = |v: f64| BOTTOM - ((BOTTOM - TOP) as f64 * (v - low) / (high - low)).round() as u32;
                line.1.iter().enumerate().map(|(i, v)| format!("{},{} ", x(i), y(*v))).collect()
            })
        }
    };
    let class = move |c: usize| move || t.with(|t| t.choices.get(c).map_or("", |c| line_class(c.key)));
    let name = move |c: usize| move || t.with(|t| t.choices.get(c).map_or("", |c| c.name));
    let no_choice = move |c: usize| move || t.with(|t| t.choices.len() <= c);
    let text = move |f: fn(&Chart) -> String| move || t.with(|t| f(&t.chart));
    view! {
        <figure class="chart years-chart" data-testid="years-chart">
            <figcaption id="years-chart-caption">"What each choice has left you, month by month"</figcaption>
            <svg
                viewBox=format!("0 0 {WIDTH} {HEIGHT}")
                role="img"
                tabindex="0"
                aria-labelledby="years-chart-caption"
                aria-describedby="years-chart-summary"
            >
                <line class="axis" x1=LEFT y1=BOTTOM x2=RIGHT y2=BOTTOM></line>
                {(0..CHOICES)
                    .map(|c| {
                        view! { <polyline class=class(c) points=points(c) hidden=no_choice(c)></polyline> }
                    })
                    .collect_view()}
                <text x=LEFT y="14">
                    {move || t.with(|t| legend(&t.choices))}
                </text>
                <text x=LEFT y=BOTTOM + 18>
                    {text(|c| c.from.clone())}
                </text>
                <text x=RIGHT y=BOTTOM + 18 text-anchor="end">
                    {text(|c| c.to.clone())}
                </text>
            </svg>
            <p class="chart-hint" id="years-chart-summary">
                {text(|c| c.summary.clone())}
            </p>
            <table class="working years-chart-table">
                <caption class="visually-hidden">
                    "What each choice has left you by the end of each tax year"
                </caption>
                <thead>
                    <tr>
                        <th scope="col">"By the end of"</th>
                        {(0..CHOICES)
                            .map(|c| {
                                view! {
                                    <th scope="col" hidden=no_choice(c)>
                                        {name(c)}
                                    </th>
                                }
                            })
                            .collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {(0..YEARS)
                        .map(|y| {
                            let cell = move |c: usize| {
                                move || {
                                    t.with(|t| {
                                        t.chart
                                            .rows
                                            .get(y)
                                            .and_then(|r| r.1.get(c))
                                            .cloned()
                                            .unwrap_or_default()
                                    })
                                }
                            };
                            view! {
                                <tr>
                                    <th scope="row">
                                        {move || {
                                            t.with(|t| {
                                                t.chart.rows.get(y).map(|r| r.0.clone()).unwrap_or_default()
                                            })
                                        }}
                                    </th>
                                    {(0..CHOICES)
                                        .map(|c| view! { <td hidden=no_choice(c)>{cell(c)}</td> })
                                        .collect_view()}
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </figure>
    }
}

/// A choice's line: staying dotted, offer A solid, offer B dashed.
fn line_class(key: &str) -> &'static str {
    match key {
        "stay" => "years-line line-stay",
        "a" => "years-line line-a",
        _ => "years-line line-b",
    }
}

/// "staying dotted, A solid, B dashed", for the choices shown.
fn legend(choices: &[Choice]) -> String {
    let part = |c: &Choice| match c.key {
        "stay" => "staying dotted",
        "a" => "A solid",
        _ => "B dashed",
    };
    choices.iter().map(part).collect::<Vec<_>>().join(", ")
}
