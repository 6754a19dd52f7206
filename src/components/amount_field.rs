//! An optional annual amount in the form ("Your offer (CTC)", "Your current CTC"): a lakh
//! parameter of the link's table, read as people type it (`display::fields::read_lakh`), with a
//! line saying what was understood, or why it was not. Its ids are the ones the first stage
//! fills and answers.

use crate::browser;
use crate::components::field_text::follow_the_link;
use crate::components::shell_state::in_static_shell;
use crate::display::fields::{field_text, monthly_note, read_lakh, status};
use crate::filters::{Field, Kind, Param, Profile};
use crate::state::AppState;
use leptos::prelude::*;

/// Where the first stage ran, what was typed in the shell's field with this id before the app
/// took the form over, and the problem with it (`problem_of` the text, if the field was marked
/// so): the app's field starts from them, so nothing typed is lost or reset.
pub fn taken_over(id: &str, problem_of: impl Fn(&str) -> Option<String>) -> Option<(String, Option<String>)> {
    if in_static_shell() {
        return None;
    }
    browser::early_link()?;
    let text = browser::value_of(id)?;
    let problem = (browser::attribute_of(id, "aria-invalid").as_deref() == Some("true"))
        .then(|| problem_of(&text))
        .flatten();
    Some((text, problem))
}

/// The field for one lakh amount of a profile's link (A's unless told).
#[component]
pub fn AmountField(param: Param, #[prop(default = Profile::A)] profile: Profile) -> impl IntoView {
    let state = expect_context::<AppState>();
    let job = state.job_of(profile);
    let row = param.row();
    let Kind::Lakh(slot) = row.kind else { panic!("{param:?} is not an amount in lakh") };
    let field = Field::Param(profile, param);
    let (id, status_id) = (field.id(), field.status_id());
    let (initial, problem) = taken_over(&id, |text| read_lakh(param, text).err())
        .unwrap_or_else(|| (untrack(|| job.with(|j| state.own.with(|o| field_text(param, j, o)))), None));
    // Set when the typed text could not be taken; it stays until the text changes.
    let problem = RwSignal::new(problem);
    // A month's amount is said as such: "… (₹1,04,167 a month × 12)".
    let note = RwSignal::new(monthly_note(param, &initial));
    let input = NodeRef::new();
    follow_the_link(profile, param, input, move || {
        problem.set(None);
        note.set(None);
    });
    let line = move || {
        problem.with(|p| {
            note.with(|n| {
                job.with(|j| state.own.with(|o| status(param, j, o, p.as_deref().or(n.as_deref()), "")))
            })
        })
    };
    // While typing, every readable value applies at once; an unreadable one is only reported
    // when the field is left (change), so half-typed "1.2 C" does not flash an error.
    let on_input = move |ev| {
        problem.set(None);
        let text = event_target_value(&ev);
        note.set(monthly_note(param, &text));
        if let Ok(lakh) = read_lakh(param, &text) {
            state.write_for(profile, slot, lakh);
        }
    };
    let on_change = move |ev| {
        if let Err(message) = read_lakh(param, &event_target_value(&ev)) {
            problem.set(Some(message));
            state.write_for(profile, slot, None);
        }
    };
    view! {
        <div class="field amount-field">
            <label for=id.clone()>{field.label()}</label>
            <input
                type="text"
                id=id.clone()
                name=id.clone()
                autocomplete="off"
                spellcheck="false"
                inputmode="decimal"
                placeholder="e.g. 12.5 L"
                aria-describedby=status_id.clone()
                aria-invalid=move || if problem.with(Option::is_some) { "true" } else { "false" }
                value=initial
                node_ref=input
                disabled=in_static_shell()
                on:input=on_input
                on:change=on_change
            />
            <p
                class="hint amount-status"
                id=status_id
                data-testid=format!("{id}-understood")
                aria-live="polite"
            >
                {line}
            </p>
        </div>
    }
}
