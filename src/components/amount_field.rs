//! An optional annual amount in the form ("Your offer (CTC)", "Your current CTC"), read as
//! people type it (`amount.rs`), with a line saying what was understood, or why it was not.

use crate::amount;
use crate::components::shell_state::in_static_shell;
use crate::filters::quote;
use crate::offer;
use leptos::prelude::*;

/// The field for one amount: its id and its status line's id (the first stage fills both),
/// its label, the sentence subject for its messages ("An offer"), and the state it sets.
#[component]
pub fn AmountField(
    id: &'static str,
    status_id: &'static str,
    label: &'static str,
    subject: &'static str,
    value: RwSignal<Option<f64>>,
) -> impl IntoView {
    // Set when the typed text could not be taken; it stays until the text changes.
    let problem = RwSignal::new(None::<String>);
    let status = move || problem.get().unwrap_or_else(|| offer::understood(value.get()));
    let initial = value.get_untracked().map(amount::canonical).unwrap_or_default();
    // While typing, every readable value applies at once; an unreadable one is only reported
    // when the field is left (change), so half-typed "1.2 C" does not flash an error.
    let on_input = move |ev| {
        let text = event_target_value(&ev);
        problem.set(None);
        if text.trim().is_empty() {
            value.set(None);
        } else if let Ok(lakh) = amount::parse(&text) {
            value.set(Some(lakh));
        }
    };
    let on_change = move |ev| {
        let text = event_target_value(&ev);
        if let (false, Err(error)) = (text.trim().is_empty(), amount::parse(&text)) {
            problem.set(Some(error.message(&quote(text.trim()), subject)));
            value.set(None);
        }
    };
    view! {
        <div class="field amount-field">
            <label for=id>{label}</label>
            <input
                type="text"
                id=id
                name=id
                autocomplete="off"
                spellcheck="false"
                inputmode="decimal"
                placeholder="e.g. 12.5 L"
                aria-describedby=status_id
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
