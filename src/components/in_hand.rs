//! "What it pays in hand": what a CTC pays each month under the new regime, the default, for
//! the estimate, an offer and the current CTC, under the tax year in force and the person's
//! salary structure, with the working from CTC to take-home (`tax/`, under the dated rules in
//! `data/tax/`). The hike from the current CTC is the summary's.

use crate::components::working_table::{monthly_line, WorkingTable};
use crate::data::dataset;
use crate::display::tax_year::{coverage_note, period};
use crate::display::working::{working, WORKING_LINES};
use crate::filters::{Dimension, Profile};
use crate::format::{round_to_tenth, rupees, short_money, trimmed};
use crate::state::AppState;
use crate::tax::{new_regime, PayInHand};
use leptos::prelude::*;

#[component]
pub fn InHand() -> impl IntoView {
    let state = expect_context::<AppState>();
    let rules = state.year.rules;
    let city = state.chosen(Profile::A, Dimension::City);
    let pay = move |lakh: f64| new_regime(rules, lakh * 100_000.0, &state.structure(), city.get());
    // The estimate's from the estimate as shown (rounded to ₹0.1 L), so a reader can redo it.
    let for_estimate = Memo::new(move |_| Some(pay(round_to_tenth(state.estimate.get().lakh))));
    let for_offer = Memo::new(move |_| state.offer().map(pay));
    let for_current = Memo::new(move |_| state.current().map(pay));
    // The variable payout: the offer's when there is one, else the estimate's.
    let variable_parts = move || {
        let (pay, whose) = match for_offer.get() {
            Some(offer) => (offer, "your offer"),
            None => (for_estimate.get()?, "the estimate"),
        };
        (pay.split.variable > 0.0).then(|| {
            [
                format!("Variable pay of {} a year, paid once at target: ", rupees(pay.split.variable)),
                rupees(pay.variable_net.round()),
                format!(" after {} of tax, for {whose}.", rupees(pay.variable_tax.round())),
                String::new(),
            ]
        })
    };
    let note = coverage_note(&state.year);
    let unconfirmed = rules.unconfirmed.join(" ");
    view! {
        <div class="in-hand">
            <p class="tax-year" data-testid="tax-year">
                {format!("{}. Under the new regime, the default.", period(rules))}
            </p>
            <p class="hint" data-testid="tax-year-note" hidden=note.is_none()>
                {note.clone().unwrap_or_default()}
            </p>
            <p class="variable-pay" hidden=move || variable_parts().is_none()>
                {part(variable_parts, 0)}
                <strong data-testid="variable-net">{part(variable_parts, 1)}</strong>
                {part(variable_parts, 2)}
            </p>
            <div class="in-hand-grid">
                <PayColumn title="The market estimate" testid="in-hand" pay=for_estimate city />
                <PayColumn title="Your offer" testid="offer-in-hand" pay=for_offer city />
                <PayColumn title="Your current CTC" testid="current-in-hand" pay=for_current city />
            </div>
            <details class="sources-list">
                <summary>
                    {if unconfirmed.is_empty() {
                        "What is left out, and the rules and their sources"
                    } else {
                        "What is left out, what could not be confirmed, and the sources"
                    }}
                </summary>
                <p class="hint">
                    {format!(
                        "Gratuity ({}% of basic) is part of the CTC but is paid only when you leave after {} years of continuous service, so it is not in the monthly figure; nor is your employer’s PF. Left out: employer NPS and bonuses; tax is not rounded to ₹10 as the return would.",
                        trimmed(rules.salary.gratuity_share_of_basic * 100.0),
                        trimmed(rules.salary.gratuity_after_years),
                    )}
                </p>
                <p class="hint in-hand-sources" hidden=unconfirmed.is_empty()>
                    "Not confirmed: "
                    {unconfirmed.clone()}
                </p>
                <ul class="hint">
                    {rules.sources.iter().map(|s| view! { <li>{s.to_string()}</li> }).collect_view()}
                </ul>
            </details>
        </div>
    }
}

/// Part `i` of a sentence in parts, or nothing while there is no sentence.
fn part(
    parts: impl Fn() -> Option<[String; 4]> + Copy + Send + Sync + 'static,
    i: usize,
) -> impl Fn() -> String + Copy {
    move || parts().map(|p| p[i].clone()).unwrap_or_default()
}

/// One CTC's take-home: the monthly figure, then the working in fixed rows.
#[component]
fn PayColumn(
    title: &'static str,
    testid: &'static str,
    pay: Memo<Option<PayInHand>>,
    city: Memo<Option<&'static str>>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let rules = state.year.rules;
    // No lines while there is no pay to work out (no offer).
    let lines = Memo::new(move |_| {
        pay.get()
            .map(|p| {
                let entry = city.get().and_then(|slug| dataset().cities.find(slug));
                let mut lines = working(rules, &state.structure(), &p, entry);
                lines.push(monthly_line(p.per_month));
                lines
            })
            .unwrap_or_default()
    });
    let monthly = move || pay.get().map(|p| rupees(p.per_month.round())).unwrap_or_default();
    view! {
        <div class="pay" hidden=move || pay.with(Option::is_none)>
            <h3>{title}</h3>
            <p class="pay-month">
                <strong data-testid=testid>{monthly}</strong>
                " a month in hand"
            </p>
            <p class="pay-year">
                {move || {
                    pay.get()
                        .map(|p| {
                            let variable = if p.split.variable > 0.0 {
                                format!(
                                    ", and {} once a year from variable pay after its tax",
                                    rupees(p.variable_net.round()),
                                )
                            } else {
                                String::new()
                            };
                            format!(
                                "{} a year from a CTC of {}{variable}",
                                rupees(p.per_year.round()),
                                short_money(p.split.ctc / 100_000.0),
                            )
                        })
                        .unwrap_or_default()
                }}
            </p>
            <WorkingTable summary="How this is worked out" lines rows=WORKING_LINES + 1 />
        </div>
    }
}
