//! An optional annual amount in the form ("Your offer (CTC)", "Your current CTC"): a lakh
//! parameter of the link's table, read as people type it (`amount.rs`), with a line saying
//! what was understood, or why it was not. Its ids are the ones the first stage fills.

use crate::amount;
use crate::components::shell_state::in_static_shell;
use crate::display::offer;
use crate::filters::{quote, Field, Kind, Param, Profile};
use crate::state::AppState;
use leptos::prelude::*;

/// The field for one lakh amount of profile A's link.
#[component]
pub fn AmountField(param: Param) -> impl IntoView {
    let state = expect_context::<AppState>();
    let row = param.row();
    let Kind::Lakh(slot) = row.kind else { panic!("{param:?} is not an amount in lakh") };
    let field = Field::Param(Profile::A, param);
    let value = move || state.read(slot);
    // Set when the typed text could not be taken; it stays until the text changes.
    let problem = RwSignal::new(None::<String>);
    let status = move || problem.get().unwrap_or_else(|| offer::understood(value()));
    let initial = untrack(value).map(amount::canonical).unwrap_or_default();
    // While typing, every readable value applies at once; an unreadable one is only reported
    // when the field is left (change), so half-typed "1.2 C" does not flash an error.
    let on_input = move |ev| {
        let text = event_target_value(&ev);
        problem.set(None);
        if text.trim().is_empty() {
            state.write(slot, None);
        } else if let Ok(lakh) = amount::parse(&text) {
            state.write(slot, Some(lakh));
        }
    };
    let on_change = move |ev| {
        let text = event_target_value(&ev);
        if let (false, Err(error)) = (text.trim().is_empty(), amount::parse(&text)) {
            problem.set(Some(error.message(&quote(text.trim()), row.subject)));
            state.write(slot, None);
        }
    };
    let (id, status_id) = (field.id(), field.status_id());
    view! {
        <div class="field amount-field">
            <label for=id.clone()>{row.label}</label>
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
                {status}
            </p>
        </div>
    }
}
