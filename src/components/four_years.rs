//! "Four years": what each choice leaves after tax, tax year by tax year, one table per choice
//! (staying, offer A, offer B), with the sentence that answers, what leaving early costs and
//! what is assumed. Its words are `display::years`; the rows are fixed, as `rows.rs` says.

use crate::components::rows::{flag_of, text_of};
use crate::data::tax_years;
use crate::display::years::{self, Choice, Row, Texts};
use crate::state::AppState;
use leptos::prelude::*;

/// Staying, offer A and offer B.
const CHOICES: usize = 3;
/// The tax years of joining to the fourth after it: month 49 is 48 months after month 1.
const YEARS: usize = 5;

#[component]
pub fn FourYears() -> impl IntoView {
    let state = expect_context::<AppState>();
    let date = state.year.date;
    let t = Memo::new(move |_| state.session.with(|s| years::texts(&s.link, date, tax_years())));
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
    let no_stock = flag_of(t, |t| !t.has_stock);
    view! {
        <table class="years" hidden=move || t.with(|t| t.choices.len() <= c)>
            <caption>{choice(|c| c.name.to_string())}</caption>
            <thead>
                <tr>
                    <th scope="col">"Tax year"</th>
                    <th scope="col">"Kept in cash"</th>
                    <th scope="col" hidden=no_stock>
                        "Stock kept after tax"
                    </th>
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
                                <td hidden=no_stock>{cell(|r| r.stock.clone())}</td>
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
                    <td hidden=no_stock>{choice(|c| c.sum.stock.clone())}</td>
                    <td>{choice(|c| c.sum.tax.clone())}</td>
                    <td data-testid=move || {
                        format!("years-total-{}", key())
                    }>{choice(|c| c.sum.total.clone())}</td>
                </tr>
            </tfoot>
        </table>
    }
}
