//! Horizontal bar charts of the survey tables, drawn as inline SVG.
//!
//! Each bar of a filter's chart is a button: click it or press Enter or Space to choose
//! that value. The chosen bar is marked with a tick and an outline as well as colour, and a
//! visually hidden table carries the same figures for screen readers.

use crate::data::{dataset, Entry, Table};
use crate::filters::{Dimension, Profile};
use crate::format::{short_money, table_figure};
use crate::state::AppState;
use leptos::prelude::*;

/// Drawing units, whole numbers so the attributes print without float formatting. The SVG
/// scales with its container, and so does its 13-unit text: the stylesheet caps every chart
/// at 300 px wide, so text stays between 12 and 15 px from a 320 px phone to a wide screen,
/// alike in every chart. BAR_MAX leaves room for the widest value after the longest bar.
const WIDTH: u32 = 260;
const BAR_MAX: f64 = 190.0;
const ROW: u32 = 40;

/// A bar's length in drawing units, at least 2 so the smallest figure stays visible.
fn bar_width(value: f64, max: f64) -> u32 {
    ((value / max * BAR_MAX).round() as u32).max(2)
}

/// Where a label starts: 2 units in, as a "J" reaches left of its origin, past the edge.
const LABEL_X: u32 = 2;

/// One bar of a chart: its label above it, the bar, and the value just past its end. The
/// leading space keeps name and figure apart in the text a checker reads.
fn bar<X, V>(y: u32, label_x: X, entry: &'static Entry, width: u32, value: V) -> impl IntoView
where
    X: Fn() -> u32 + Send + Sync + 'static,
    V: IntoView + 'static,
{
    view! {
        <text class="bar-label" x=label_x y=y + 14>
            {entry.name.as_ref()}
        </text>
        <rect class="bar-fill" x="0" y=y + 20 width=width height="14" rx="3"></rect>
        <text class="bar-value" x=width + 6 y=y + 31>
            " "
            {value}
        </text>
    }
}

/// The SVG height for one row per entry of a table.
fn chart_height(table: &Table) -> u32 {
    ROW * table.entries.len() as u32
}

/// The chart of one filter's table; its bars choose values in the form.
#[component]
pub fn FilterChart(dim: Dimension) -> impl IntoView {
    let state = expect_context::<AppState>();
    let table = dim.figures(dataset());
    let max = table.max();
    let title_id = format!("chart-{}-title", dim.param());
    let height = chart_height(table);
    let current = state.chosen(Profile::A, dim);

    let bars = table
        .entries
        .iter()
        .enumerate()
        .map(|(i, entry)| {
            let y = i as u32 * ROW;
            let chosen = move || current.get() == Some(entry.slug.as_ref());
            let choose = move || state.choose(Profile::A, dim, Some(entry));
            let width = bar_width(entry.lakh, max);
            view! {
                <g
                    class="bar"
                    class:chosen=chosen
                    role="button"
                    tabindex="0"
                    aria-pressed=move || chosen().to_string()
                    // The visible words, so speech input ("click Pune") finds the bar.
                    aria-label=format!("{} {}", entry.name, table_figure(entry.lakh))
                    on:click=move |_| choose()
                    on:keydown=move |ev| {
                        if ev.key() == "Enter" || ev.key() == " " {
                            ev.prevent_default();
                            choose();
                        }
                    }
                >
                    <rect class="bar-hit" x="0" y=y width=WIDTH height=ROW></rect>
                    // The tick marks the choice without relying on colour; aria-pressed says it to screen readers.
                    <text class="bar-tick" x="0" y=y + 14 aria-hidden="true">
                        {move || if chosen() { "✓" } else { "" }}
                    </text>
                    {bar(
                        y,
                        move || if chosen() { 18 } else { LABEL_X },
                        entry,
                        width,
                        table_figure(entry.lakh),
                    )}
                </g>
            }
        })
        .collect_view();

    view! {
        <figure class="chart" data-testid=format!("chart-{}", dim.param())>
            <figcaption id=title_id.clone()>{table.title.as_ref()}</figcaption>
            <svg
                viewBox=format!("0 0 {WIDTH} {height}")
                role="group"
                aria-labelledby=title_id
                aria-describedby=format!("chart-{}-hint", dim.param())
            >
                {bars}
            </svg>
            <p class="chart-hint" id=format!("chart-{}-hint", dim.param())>
                {format!("Select a bar to set {}.", dim.label())}
            </p>
            {figure_table(
                table.title.as_ref(),
                "Average a year",
                table.entries.as_ref(),
                |e| table_figure(e.lakh),
            )}
        </figure>
    }
}

/// The figures behind a chart, for screen readers: a visually hidden table of each entry
/// and its `value`.
fn figure_table<V, F>(
    caption: &'static str,
    value_heading: &'static str,
    entries: &'static [Entry],
    value: F,
) -> impl IntoView
where
    V: IntoView + 'static,
    F: Fn(&'static Entry) -> V + Copy + Send + Sync + 'static,
{
    view! {
        // Wrapped: a table ignores the 1 px width that hides it, a div does not.
        <div class="visually-hidden">
            <table>
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">"Name"</th>
                        <th scope="col">{value_heading}</th>
                    </tr>
                </thead>
                <tbody>
                    {entries
                        .iter()
                        .map(|e| {
                            view! {
                                <tr>
                                    <th scope="row">{e.name.as_ref()}</th>
                                    <td>{value(e)}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// The market charts: one per filter that a person picks most.
#[component]
pub fn MarketCharts() -> impl IntoView {
    view! {
        <div class="market">
            <h3>"The market, table by table"</h3>
            <p class="hint">"Survey averages, INR lakh a year. Your choice is ticked."</p>
            <div class="chart-grid">
                {[Dimension::Role, Dimension::Experience, Dimension::City, Dimension::Skill]
                    .into_iter()
                    .map(|dim| view! { <FilterChart dim /> })
                    .collect_view()}
            </div>
        </div>
    }
}

/// The same profile's market abroad: the estimate scaled by each country's average
/// relative to India's.
#[component]
pub fn CountryChart() -> impl IntoView {
    let state = expect_context::<AppState>();
    let countries = &dataset().countries;
    let india = countries.find("india").map_or(1.0, |e| e.lakh);
    let max = countries.max();
    let height = chart_height(countries);
    let bars = countries
        .entries
        .iter()
        .enumerate()
        .map(|(i, country)| {
            let y = i as u32 * ROW;
            // The scale is common to every bar, so the widths follow the table alone.
            let width = bar_width(country.lakh, max);
            let value = move || short_money(state.estimate.get().lakh * country.lakh / india);
            view! {
                <g class="bar" class:chosen=country.slug == "india">
                    {bar(y, || LABEL_X, country, width, value)}
                </g>
            }
        })
        .collect_view();

    view! {
        <div class="abroad">
            <h3>"The same profile abroad"</h3>
            <figure class="chart" data-testid="chart-country">
                <figcaption id="abroad-caption">
                    "Your estimate scaled by each country’s average backend salary relative to India’s ("
                    {table_figure(india)}"), in INR."
                </figcaption>
                <svg viewBox=format!("0 0 {WIDTH} {height}") role="img" aria-labelledby="abroad-caption">
                    {bars}
                </svg>
                {figure_table(
                    "The same profile abroad, INR a year",
                    "Same profile, a year",
                    countries.entries.as_ref(),
                    move |c| move || short_money(state.estimate.get().lakh * c.lakh / india),
                )}
            </figure>
            <p class="caveat" data-testid="abroad-note">
                "Not adjusted for cost of living, taxes or exchange-rate changes: a higher figure abroad is not "
                "the same as being better off. Country averages: "
                {countries.source.as_ref()}
                ", "
                {countries.survey_date.as_ref()}
                "."
            </p>
        </div>
    }
}
