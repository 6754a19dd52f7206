//! "Your salary structure": basic pay, the PF and variable pay, as on an offer letter. Each
//! applies to the estimate, the offer and the current CTC alike, and goes into the link.

use crate::components::number_fields::PercentField;
use crate::components::shell_state::in_static_shell;
use crate::format::{group_en_in, trimmed};
use crate::state::AppState;
use crate::tax::{PfMode, Structure, BASIC_PERCENT, VARIABLE_PERCENT};
use leptos::prelude::*;

#[component]
pub fn SalaryStructure() -> impl IntoView {
    let state = expect_context::<AppState>();
    let structure = state.structure;
    let salary = &state.year.rules.salary;
    let pf_month = group_en_in(salary.pf_wage_ceiling_monthly as u64);
    let pf_share = trimmed(salary.pf_share_of_basic * 100.0);
    let pf_label = |mode: PfMode| match mode {
        PfMode::Full => format!("{pf_share}% of basic"),
        PfMode::Capped => format!(
            "₹{} a month ({pf_share}% of ₹{pf_month})",
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
                label="Basic pay, % of the fixed CTC".to_string()
                value=structure
                read=|s: &Structure| s.basic_percent
                write=|s: &mut Structure, v| s.basic_percent = v
                range=BASIC_PERCENT
                default=Structure::default().basic_percent
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
                label="Variable pay, % of the CTC, paid once a year".to_string()
                value=structure
                read=|s: &Structure| s.variable_percent
                write=|s: &mut Structure, v| s.variable_percent = v
                range=VARIABLE_PERCENT
                default=Structure::default().variable_percent
            />
        </fieldset>
    }
}
