//! A text field for one number of the link's table (`filters::Param`): a percentage in a range,
//! or an amount in rupees. Its id, label and limits come from the parameter's row, what its text
//! means and the line under it from `display::fields`, as the first stage reads them. It applies
//! what it reads while the person types; what it cannot read gets a plain message beside it
//! when the field is left, and the default in its place.

use crate::components::amount_field::taken_over;
use crate::components::field_text::follow_the_link;
use crate::components::shell_state::in_static_shell;
use crate::display::fields::{field_text, read_number, status};
use crate::display::summary::employer_nps_line;
use crate::filters::{Field, Kind, Param, Profile};
use crate::format::{group_en_in, trimmed};
use crate::state::AppState;
use crate::tax::employer_nps_effect;
use leptos::prelude::*;

/// The field for `param` of a profile (A's unless told), labelled by its row.
#[component]
pub fn NumberField(param: Param, #[prop(default = Profile::A)] profile: Profile) -> impl IntoView {
    let state = expect_context::<AppState>();
    let job = state.job_of(profile);
    let row = param.row();
    let (slot, placeholder) = match row.kind {
        Kind::Percent { slot, .. } => (slot, trimmed(slot.default())),
        Kind::Rupees(_, slot) => (slot, group_en_in(slot.default() as u64)),
        Kind::Lakh(_) | Kind::Choice { .. } => panic!("{param:?} is not a number field's parameter"),
    };
    let field = Field::Param(profile, param);
    let (id, status_id) = (field.id(), field.status_id());
    // What was typed before the app took over, and the problem with it, stand as they were.
    let (initial, problem) = taken_over(&id, |text| read_number(param, text).and_then(Result::err))
        .unwrap_or_else(|| (untrack(|| job.with(|j| state.own.with(|o| field_text(param, j, o)))), None));
    let problem = RwSignal::new(problem);
    let input = NodeRef::new();
    follow_the_link(profile, param, input, move || problem.set(None));
    let on_input = move |ev| {
        problem.set(None);
        if let Some(Ok(v)) = read_number(param, &event_target_value(&ev)) {
            state.write_for(profile, slot, v);
        }
    };
    let on_change = move |ev| {
        if let Some(Err(message)) = read_number(param, &event_target_value(&ev)) {
            problem.set(Some(message));
            state.write_for(profile, slot, slot.default());
        }
    };
    // The employer's NPS says beside its field what it costs and saves (the summary's own line
    // for profile A; worked out the same way on B's offer for B).
    let nps = move || match (param, profile) {
        (Param::EmployerNps, Profile::A) => state.summary.with(|t| t.employer_nps.clone()),
        (Param::EmployerNps, Profile::B) => state.b_lead.with(|b| {
            let Some(b) = b else { return String::new() };
            let city = state.b.with(|s| s.and_then(|s| s.city).map(|c| c.slug.as_str()));
            let (structure, claims) = state.b_job.with(|j| state.own.with(|o| (j.structure, j.claims(o))));
            employer_nps_line(employer_nps_effect(state.year.rules, b, &structure, &claims, city))
        }),
        _ => String::new(),
    };
    let line =
        move || problem.with(|p| job.with(|j| state.own.with(|o| status(param, j, o, p.as_deref(), &nps()))));
    view! {
        <div class="field">
            <label for=id.clone()>{field.label()}</label>
            <input
                type="text"
                id=id.clone()
                name=id
                inputmode="decimal"
                autocomplete="off"
                aria-describedby=status_id.clone()
                aria-invalid=move || if problem.with(Option::is_some) { "true" } else { "false" }
                value=initial
                node_ref=input
                placeholder=placeholder
                disabled=in_static_shell()
                on:input=on_input
                on:change=on_change
            />
            <p class="hint" id=status_id aria-live="polite">
                {line}
            </p>
        </div>
    }
}
