//! What a CTC pays in hand each month, for the estimate and for an offer, with the working
//! from CTC to take-home (`tax.rs`, under the dated rules in `data/tax_fy2025_26.json`).

use crate::components::rows::cell;
use crate::data::tax_rules;
use crate::filters::{Dimension, Profile};
use crate::format::{round_to_tenth, rupees, short_money};
use crate::state::AppState;
use crate::tax::{in_hand, working, Line, TakeHome, WORKING_LINES};
use leptos::prelude::*;

#[component]
pub fn InHand() -> impl IntoView {
    let state = expect_context::<AppState>();
    let city = state.chosen(Profile::A, Dimension::City);
    // From the estimate as shown (rounded to ₹0.1 L), so a reader can redo it.
    let for_estimate = Memo::new(move |_| {
        let ctc = round_to_tenth(state.estimate.get().lakh) * 100_000.0;
        Some(in_hand(tax_rules(), ctc, city.get()))
    });
    let for_offer =
        Memo::new(move |_| state.offer.get().map(|lakh| in_hand(tax_rules(), lakh * 100_000.0, city.get())));
    let rules = tax_rules();
    view! {
        <section class="card in-hand" aria-labelledby="in-hand-heading">
            <h2 id="in-hand-heading">"What it pays in hand"</h2>
            <div class="in-hand-grid">
                <PayColumn title="The estimate" testid="in-hand" pay=for_estimate city />
                <PayColumn title="Your offer" testid="offer-in-hand" pay=for_offer city />
            </div>
            <p class="hint">
                {format!(
                    "New tax regime, the default, for FY {} (AY {}). ",
                    rules.financial_year,
                    rules.assessment_year,
                )} {rules.structure.note.as_str()}
                " Left out: the old regime, HRA, employer NPS, variable pay and bonuses; tax is not rounded to ₹10 as the return would."
            </p>
            <p class="hint in-hand-sources">"Rules: "{rules.sources.join("; ")}"."</p>
        </section>
    }
}

/// One CTC's take-home: the monthly figure, then the working in fixed rows.
#[component]
fn PayColumn(
    title: &'static str,
    testid: &'static str,
    pay: Memo<Option<TakeHome>>,
    city: Memo<Option<&'static str>>,
) -> impl IntoView {
    // No lines while there is no pay to work out (no offer).
    let lines = Memo::new(move |_| {
        pay.get().map(|p| working(tax_rules(), &p, city.get()).to_vec()).unwrap_or_default()
    });
    let line = move |i: usize, f: fn(&Line) -> String| cell(lines, i, f);
    view! {
        <div class="pay" hidden=move || pay.with(Option::is_none)>
            <h3>{title}</h3>
            <p class="pay-month">
                <strong data-testid=testid>
                    {move || pay.get().map(|p| rupees(p.per_month.round())).unwrap_or_default()}
                </strong>
                " a month in hand"
            </p>
            <p class="pay-year">
                {move || {
                    pay.get()
                        .map(|p| {
                            format!(
                                "{} a year from a CTC of {}",
                                rupees(p.per_year.round()),
                                short_money(p.ctc / 100_000.0),
                            )
                        })
                        .unwrap_or_default()
                }}
            </p>
            <details>
                <summary>"How this is worked out"</summary>
                <table class="working">
                    <tbody>
                        {(0..WORKING_LINES)
                            .map(|i| {
                                view! {
                                    <tr class=move || {
                                        if lines.with(|l| l.get(i).is_some_and(|l| l.total)) {
                                            "total"
                                        } else {
                                            ""
                                        }
                                    }>
                                        <th scope="row">{line(i, |l| l.label.clone())}</th>
                                        <td>{line(i, |l| l.amount.clone())}</td>
                                    </tr>
                                }
                            })
                            .collect_view()} <tr class="total">
                            <th scope="row">"In hand a month (÷ 12)"</th>
                            <td>
                                {move || pay.get().map(|p| rupees(p.per_month.round())).unwrap_or_default()}
                            </td>
                        </tr>
                    </tbody>
                </table>
            </details>
        </div>
    }
}
