//! "Your salary structure": basic pay, the PF and variable pay, as on an offer letter. Each
//! applies to the estimate, the offer and the current CTC alike, and goes into the link.

use crate::components::shell_state::in_static_shell;
use crate::filters::percent_in;
use crate::format::{group_en_in, trimmed};
use crate::state::AppState;
use crate::tax::{PfMode, Structure, BASIC_PERCENT, VARIABLE_PERCENT};
use leptos::prelude::*;
use std::ops::RangeInclusive;

#[component]
pub fn SalaryStructure() -> impl IntoView {
    let state = expect_context::<AppState>();
    let structure = state.structure;
    let salary = &state.year.rules.salary;
    let pf_month = group_en_in(salary.pf_wage_ceiling_monthly as u64);
    let pf_share = trimmed(salary.pf_share_of_basic * 100.0);
    let pf_label = |mode: PfMode| match mode {
        PfMode::Full => format!("{pf_share}% of all of basic pay"),
        PfMode::Capped => format!(
            "{pf_share}% of basic up to ₹{pf_month} a month (₹{} a month)",
            group_en_in((salary.pf_wage_ceiling_monthly * salary.pf_share_of_basic) as u64)
        ),
        PfMode::None => "None".to_string(),
    };
    let on_pf = move |ev| {
        if let Some(mode) = PfMode::from_slug(&event_target_value(&ev)) {
            structure.update(|s| s.pf = mode);
        }
    };
    let pf_now = structure.get_untracked().pf;
    view! {
        <fieldset class="structure">
            <legend>"Your salary structure"</legend>
            <PercentField
                id="basic"
                label="Basic pay, % of the fixed CTC"
                range=BASIC_PERCENT
                read=|s| s.basic_percent
                write=|s, v| s.basic_percent = v
            />
            <div class="field">
                <label for="pf">"Provident fund (PF), from you and your employer each"</label>
                <select id="pf" name="pf" disabled=in_static_shell() on:change=on_pf>
                    {PfMode::ALL
                        .into_iter()
                        .map(|mode| {
                            view! {
                                <option value=mode.slug() selected=mode == pf_now>
                                    {pf_label(mode)}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
            <PercentField
                id="var"
                label="Variable pay, % of the CTC, paid once a year"
                range=VARIABLE_PERCENT
                read=|s| s.variable_percent
                write=|s, v| s.variable_percent = v
            />
        </fieldset>
    }
}

/// A percentage of the structure, typed: applied while readable and in range; otherwise, when
/// the field is left, a plain message beside it and the default in its place.
#[component]
fn PercentField(
    id: &'static str,
    label: &'static str,
    range: RangeInclusive<f64>,
    read: fn(&Structure) -> f64,
    write: fn(&mut Structure, f64),
) -> impl IntoView {
    let structure = expect_context::<AppState>().structure;
    let default = read(&Structure::default());
    let problem = RwSignal::new(None::<String>);
    let (low, high) = (trimmed(*range.start()), trimmed(*range.end()));
    let hint = format!("From {low} to {high}; {}% if left empty.", trimmed(default));
    let status_id = format!("{id}-status");
    let range_for_input = range.clone();
    let on_input = move |ev| {
        let text = event_target_value(&ev);
        problem.set(None);
        let value =
            if text.trim().is_empty() { Some(default) } else { percent_in(&text, range_for_input.clone()) };
        if let Some(value) = value {
            structure.update(|s| write(s, value));
        }
    };
    let on_change = move |ev| {
        let text = event_target_value(&ev);
        if !text.trim().is_empty() && percent_in(&text, range.clone()).is_none() {
            let quoted: String = text.trim().chars().filter(|c| !c.is_control()).take(40).collect();
            problem.set(Some(format!(
                "“{quoted}” is not a percentage from {low} to {high}, so {}% is used.",
                trimmed(default)
            )));
            structure.update(|s| write(s, default));
        }
    };
    let initial = read(&structure.get_untracked());
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <input
                type="text"
                id=id
                name=id
                inputmode="decimal"
                autocomplete="off"
                aria-describedby=status_id.clone()
                aria-invalid=move || if problem.with(Option::is_some) { "true" } else { "false" }
                value=if initial == default { String::new() } else { trimmed(initial) }
                placeholder=trimmed(default)
                disabled=in_static_shell()
                on:input=on_input
                on:change=on_change
            />
            <p class="hint" id=status_id aria-live="polite">
                {move || problem.get().unwrap_or_else(|| hint.clone())}
            </p>
        </div>
    }
}
