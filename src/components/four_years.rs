//! "Four years": what each choice leaves after tax, tax year by tax year, one table per choice
//! (staying, offer A, offer B), with the sentence that answers, what leaving early costs and
//! what is assumed. Its words are `display::years`; the rows are fixed, as `rows.rs` says.
//! The three choices are written out, one element each, where a table or the chart has one per
//! choice (`display::years` makes at most three): measured, a list of three built by a loop cost
//! the module 1.1 KB gzip more, as each list is a kind of view of its own.

use crate::components::regimes::{BOTTOM, HEIGHT, LEFT, RIGHT, TOP, WIDTH};
use crate::components::rows::{flag_of, text_of};
use crate::display::years::{Choice, Row, Texts};
use crate::state::AppState;
use leptos::prelude::*;

/// The tax years of joining to the fourth after it, as the model makes them.
const YEARS: usize = crate::tax::TAX_YEARS;

#[component]
pub fn FourYears() -> impl IntoView {
    let t = expect_context::<AppState>().years;
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
            // The stock column shows only where a grant vests: one class, and the stylesheet.
            <div
                data-testid="years-table"
                class:with-stock=flag_of(t, |t| t.has_stock)
                hidden=flag_of(t, |t| t.choices.is_empty())
            >
                {choice_table(t, 0)}
                {choice_table(t, 1)}
                {choice_table(t, 2)}
            </div>
            <div hidden=flag_of(t, |t| t.choices.is_empty())>{running_chart(t)}</div>
            <p class="hint" hidden=flag_of(t, |t| t.choices.is_empty())>
                {text_of(t, |t| t.assumptions.clone())}
            </p>
        </div>
    }
}

/// A text of the section: `f` of the texts for a choice `c` and a row `y`. Every text and
/// attribute below is this one closure type, so the view carries one update path for them all.
fn part(
    t: Memo<Texts>,
    f: fn(&Texts, usize, usize) -> String,
    c: usize,
    y: usize,
) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    move || t.with(|t| f(t, c, y))
}

/// Whether there is no choice `c` (its table, line and column are hidden).
fn missing(t: Memo<Texts>, c: usize) -> impl Fn() -> bool + Copy + Send + Sync + 'static {
    move || t.with(|t| t.choices.len() <= c)
}

/// Row `y` of choice `c`, read by `f`; "" where there is none.
fn row(t: &Texts, c: usize, y: usize, f: fn(&Row) -> &String) -> String {
    t.choices.get(c).and_then(|c| c.rows.get(y)).map(f).cloned().unwrap_or_default()
}

/// Choice `c`, read by `f`; "" where there is none.
fn choice(t: &Texts, c: usize, f: fn(&Choice) -> String) -> String {
    t.choices.get(c).map(f).unwrap_or_default()
}

/// Choice `c`'s table, hidden where there is no such choice.
fn choice_table(t: Memo<Texts>, c: usize) -> impl IntoView {
    view! {
        <table class="years" hidden=missing(t, c)>
            <caption>{part(t, |t, c, _| choice(t, c, |c| c.name.to_string()), c, 0)}</caption>
            <thead>
                <tr>
                    <th scope="col">"Tax year"</th>
                    <th scope="col">"Kept in cash"</th>
                    <th scope="col" class="stock">
                        "Stock after tax"
                    </th>
                    <th scope="col">"Tax"</th>
                    <th scope="col">"Total"</th>
                </tr>
            </thead>
            <tbody>
                {(0..YEARS)
                    .map(|y| {
                        let testid = |t: &Texts, c: usize, y: usize| {
                            format!(
                                "years-row-{}-{}",
                                choice(t, c, |c| c.key.to_string()),
                                row(t, c, y, |r| &r.year),
                            )
                        };
                        view! {
                            <tr data-testid=part(t, testid, c, y)>
                                <th scope="row">
                                    {part(t, |t, c, y| row(t, c, y, |r| &r.year), c, y)}
                                    <span class="hint">
                                        {part(t, |t, c, y| row(t, c, y, |r| &r.assumed), c, y)}
                                    </span>
                                </th>
                                <td>{part(t, |t, c, y| row(t, c, y, |r| &r.cash), c, y)}</td>
                                <td class="stock">{part(t, |t, c, y| row(t, c, y, |r| &r.stock), c, y)}</td>
                                <td>{part(t, |t, c, y| row(t, c, y, |r| &r.tax), c, y)}</td>
                                <td>{part(t, |t, c, y| row(t, c, y, |r| &r.total), c, y)}</td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
            <tfoot>
                <tr>
                    <th scope="row">"All years"</th>
                    <td>{part(t, |t, c, _| choice(t, c, |c| c.sum.cash.clone()), c, 0)}</td>
                    <td class="stock">{part(t, |t, c, _| choice(t, c, |c| c.sum.stock.clone()), c, 0)}</td>
                    <td>{part(t, |t, c, _| choice(t, c, |c| c.sum.tax.clone()), c, 0)}</td>
                    <td data-testid=part(
                        t,
                        |t, c, _| format!("years-total-{}", choice(t, c, |c| c.key.to_string())),
                        c,
                        0,
                    )>{part(t, |t, c, _| choice(t, c, |c| c.sum.total.clone()), c, 0)}</td>
                </tr>
            </tfoot>
        </table>
    }
}

/// Line `c`'s points in drawing units, on one scale for every line; "" where there is none.
fn points(t: &Texts, c: usize, _: usize) -> String {
    let chart = &t.chart;
    let all = chart.lines.iter().flat_map(|l| l.1.iter().copied());
    let (low, high) = all.fold((0.0_f64, 1.0_f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
    let Some(line) = chart.lines.get(c) else { return String::new() };
    let months = (line.1.len().max(2) - 1) as f64;
    let x = |i: usize| LEFT + ((RIGHT - LEFT) as f64 * i as f64 / months).round() as u32;
    let y = |v: f64| BOTTOM - ((BOTTOM - TOP) as f64 * (v - low) / (high - low)).round() as u32;
    line.1.iter().enumerate().map(|(i, v)| format!("{},{} ", x(i), y(*v))).collect()
}

/// A choice's line: staying dotted, offer A solid, offer B dashed; and its words in the legend.
fn line_style(key: &str) -> (&'static str, &'static str) {
    match key {
        "stay" => ("years-line line-stay", "staying dotted"),
        "a" => ("years-line line-a", "A solid"),
        _ => ("years-line line-b", "B dashed"),
    }
}

/// Choice `c`'s line, hidden where there is no such choice.
fn polyline(t: Memo<Texts>, c: usize) -> impl IntoView {
    let class = |t: &Texts, c: usize, _: usize| choice(t, c, |c| line_style(c.key).0.to_string());
    view! { <polyline class=part(t, class, c, 0) points=part(t, points, c, 0) hidden=missing(t, c)></polyline> }
}

/// Choice `c`'s name over its column of the chart's table.
fn column_head(t: Memo<Texts>, c: usize) -> impl IntoView {
    view! {
        <th scope="col" hidden=missing(t, c)>
            {part(t, |t, c, _| choice(t, c, |c| c.name.to_string()), c, 0)}
        </th>
    }
}

/// The running total kept, one line per choice (told apart by dashes, not colour alone), its
/// summary in words and its figures at each tax year's end in a table. Fixed elements, each
/// following one part of the memoised texts, as the tables above are.
fn running_chart(t: Memo<Texts>) -> impl IntoView {
    let legend = |t: &Texts, _: usize, _: usize| {
        t.choices.iter().map(|c| line_style(c.key).1).collect::<Vec<_>>().join(", ")
    };
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
                {polyline(t, 0)}
                {polyline(t, 1)}
                {polyline(t, 2)}
                <text x=LEFT y="14">
                    {part(t, legend, 0, 0)}
                </text>
                <text x=LEFT y=BOTTOM + 18>
                    {part(t, |t, _, _| t.chart.from.clone(), 0, 0)}
                </text>
                <text x=RIGHT y=BOTTOM + 18 text-anchor="end">
                    {part(t, |t, _, _| t.chart.to.clone(), 0, 0)}
                </text>
            </svg>
            <p class="chart-hint" id="years-chart-summary">
                {part(t, |t, _, _| t.chart.summary.clone(), 0, 0)}
            </p>
            <table class="working years-chart-table">
                <caption class="visually-hidden">
                    "What each choice has left you by the end of each tax year"
                </caption>
                <thead>
                    <tr>
                        <th scope="col">"By the end of"</th>
                        {column_head(t, 0)}
                        {column_head(t, 1)}
                        {column_head(t, 2)}
                    </tr>
                </thead>
                <tbody>
                    {(0..YEARS)
                        .map(|y| {
                            let total = |t: &Texts, c: usize, y: usize| {
                                t.chart.rows.get(y).and_then(|r| r.1.get(c)).cloned().unwrap_or_default()
                            };
                            view! {
                                <tr>
                                    <th scope="row">
                                        {part(
                                            t,
                                            |t, _, y| {
                                                t.chart.rows.get(y).map(|r| r.0.clone()).unwrap_or_default()
                                            },
                                            0,
                                            y,
                                        )}
                                    </th>
                                    <td hidden=missing(t, 0)>{part(t, total, 0, y)}</td>
                                    <td hidden=missing(t, 1)>{part(t, total, 1, y)}</td>
                                    <td hidden=missing(t, 2)>{part(t, total, 2, y)}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </figure>
    }
}
