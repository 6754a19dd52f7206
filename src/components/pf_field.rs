//! The PF select of the form: how the employer pays the provident fund, from the link's table
//! (`filters::Param::Pf`), each choice worded with the year's rate and wage ceiling.

use crate::components::shell_state::in_static_shell;
use crate::filters::{Field, Kind, Param, Profile};
use crate::format::{group_en_in, trimmed};
use crate::state::AppState;
use crate::tax::PfMode;
use leptos::prelude::*;

/// The PF select of a profile's job (A's unless told).
#[component]
pub fn PfField(#[prop(default = Profile::A)] profile: Profile) -> impl IntoView {
    let state = expect_context::<AppState>();
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
    let pf = Param::Pf.row();
    let Kind::Pf(slot) = pf.kind else { unreachable!("the PF parameter holds a PF mode") };
    let on_pf = move |ev| {
        if let Some(mode) = PfMode::from_slug(&event_target_value(&ev)) {
            state.write_for(profile, slot, mode);
        }
    };
    let pf_now = untrack(|| state.read_for(profile, slot));
    let field = Field::Param(profile, Param::Pf);
    let pf_id = field.id();
    // The select follows the link when it is replaced from outside the form (Start with mine,
    // back and forward), as the fields do.
    let select = NodeRef::<leptos::html::Select>::new();
    Effect::new(move |_| {
        let mode = state.read_for(profile, slot);
        if let Some(select) = select.get_untracked() {
            select.set_value(mode.slug());
        }
    });
    view! {
        <div class="field">
            <label for=pf_id.clone()>{field.label()}</label>
            <select id=pf_id.clone() name=pf_id node_ref=select disabled=in_static_shell() on:change=on_pf>
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
    }
}
