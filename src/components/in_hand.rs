//! "What it pays in hand": what a CTC pays each month under the new regime, the default, for
//! the estimate, an offer and the current CTC, under the tax year in force and the person's
//! salary structure, with the working from CTC to take-home (`tax/`, under the dated rules in
//! `data/tax/`), in words from `display::pay`; then what is left out and the rules' sources
//! (`InHandNotes`). The summary above leads with the pay in hand and the hike.

use crate::components::rows::{flag_of, text_of};
use crate::components::working_table::{monthly_line, WorkingTable};
use crate::data::Entry;
use crate::display::pay::{self, Texts};
use crate::display::working::{working, WORKING_LINES};
use crate::state::AppState;
use crate::tax::{PayInHand, Structure};
use leptos::prelude::*;

/// A CTC's pay in hand, with the structure and city it is worked on: the offer's for the
/// estimate and the offer, the current job's own for the current CTC.
#[derive(Clone, PartialEq)]
struct Worked {
    pay: PayInHand,
    structure: Structure,
    city: Option<&'static Entry>,
}

#[component]
pub fn InHand() -> impl IntoView {
    let state = expect_context::<AppState>();
    // Each column's pay is the page's own figure (`page::Page`), under the new regime: the
    // estimate's as shown (rounded to ₹0.1 L, so a reader can redo it), the offer's, the
    // current CTC's.
    let worked = move |column: usize| {
        Memo::new(move |_| {
            let pay = state.page.with(|p| match column {
                0 => Some(p.estimate_pay.unwrap_or(p.lead.new)),
                1 => state.offer().map(|_| p.lead.new),
                _ => p.current_pay.map(|c| c.new),
            })?;
            let a = state.a.get();
            let (structure, selection) = match column {
                2 => state.own.with(|o| (o.now, o.current_selection(&a))),
                _ => (state.structure(), a),
            };
            Some(Worked { pay, structure, city: selection.city })
        })
    };
    let (for_estimate, for_offer, for_current) = (worked(0), worked(1), worked(2));
    let t = Memo::new(move |_| {
        let pay = |w: Memo<Option<Worked>>| w.get().map(|w| w.pay);
        let (estimate, offer, current) = (pay(for_estimate), pay(for_offer), pay(for_current));
        estimate.map(|e| pay::texts(&state.year, &e, offer.as_ref(), current.as_ref())).unwrap_or_default()
    });
    let text = move |field: fn(&Texts) -> String| text_of(t, field);
    let hidden = move |field: fn(&Texts) -> bool| flag_of(t, field);
    view! {
        <div class="in-hand">
            <p class="tax-year" data-testid="tax-year">
                {text(|t| t.tax_year.clone())}
            </p>
            <p class="hint" data-testid="tax-year-note" hidden=hidden(|t| t.note.is_none())>
                {text(|t| t.note.clone().unwrap_or_default())}
            </p>

            <p class="variable-pay" hidden=hidden(|t| t.variable.is_none())>
                <span>{text(|t| variable_part(t, 0))}</span>
                <strong data-testid="variable-net">{text(|t| variable_part(t, 1))}</strong>
                <span>{text(|t| variable_part(t, 2))}</span>
            </p>
            <div class="in-hand-grid">
                <PayColumn
                    title="The market estimate"
                    testid="in-hand"
                    column=0
                    texts=t
                    worked=for_estimate
                />
                <PayColumn title="Your offer" testid="offer-in-hand" column=1 texts=t worked=for_offer />
                <PayColumn
                    title="Your current CTC"
                    testid="current-in-hand"
                    column=2
                    texts=t
                    worked=for_current
                />
            </div>
        </div>
    }
}

fn variable_part(t: &Texts, i: usize) -> String {
    t.variable.as_ref().map(|p| p[i].clone()).unwrap_or_default()
}

/// One CTC's take-home: the monthly figure and the year's, then the working in fixed rows.
#[component]
fn PayColumn(
    title: &'static str,
    testid: &'static str,
    column: usize,
    texts: Memo<Texts>,
    worked: Memo<Option<Worked>>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lines = Memo::new(move |_| match worked.get() {
        Some(w) => {
            let mut lines = working(&state.year, &w.structure, &w.pay, w.city);
            lines.push(monthly_line(w.pay.per_month));
            lines
        }
        None => Vec::new(),
    });
    let figure = move |year: bool| {
        move || {
            texts.with(|t| {
                t.columns[column].as_ref().map(|c| if year { c.year.clone() } else { c.month.clone() })
            })
        }
    };
    view! {
        <div class="pay" hidden=move || texts.with(|t| t.columns[column].is_none())>
            <h3>{title}</h3>
            <p class="pay-month">
                <strong data-testid=testid>{figure(false)}</strong>
                " a month in hand"
            </p>
            <p class="pay-year">{figure(true)}</p>
            <WorkingTable summary="How this is worked out" lines rows=WORKING_LINES + 1 />
        </div>
    }
}

/// What is left out of the figures, what could not be confirmed, and the year's rules with their
/// sources, under the figures once the app is in.
#[component]
pub fn InHandNotes() -> impl IntoView {
    let year = expect_context::<AppState>().year;
    let rules = year.rules;
    let unconfirmed = rules.unconfirmed.join(" ");
    view! {
        <details class="sources-list">
            <summary>
                {if unconfirmed.is_empty() {
                    "What is left out, and the rules and their sources"
                } else {
                    "What is left out, what could not be confirmed, and the sources"
                }}
            </summary>
            <p class="hint">{pay::left_out(rules)}</p>
            <p class="hint in-hand-sources" hidden=unconfirmed.is_empty()>
                "Not confirmed: "
                {unconfirmed.clone()}
            </p>
            <ul class="hint">
                {pay::sources(&year).into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}
            </ul>
        </details>
    }
}
