//! "Your offer (CTC)": an optional amount in the form, read as people type it (`amount.rs`),
//! with a line saying what was understood, or why it was not.

use crate::amount;
use crate::components::shell_state::in_static_shell;
use crate::offer;
use crate::page::slot;
use crate::state::AppState;
use leptos::prelude::*;

#[component]
pub fn OfferField() -> impl IntoView {
    let state = expect_context::<AppState>();
    // Set when the typed text could not be taken; it stays until the text changes.
    let problem = RwSignal::new(None::<String>);
    let status = move || problem.get().unwrap_or_else(|| offer::understood(state.offer.get()));
    let initial = state.offer.get_untracked().map(amount::canonical).unwrap_or_default();
    // While typing, every readable value applies at once; an unreadable one is only reported
    // when the field is left (change), so half-typed "1.2 C" does not flash an error.
    let on_input = move |ev| {
        let text = event_target_value(&ev);
        problem.set(None);
        if text.trim().is_empty() {
            state.offer.set(None);
        } else if let Ok(lakh) = amount::parse(&text) {
            state.offer.set(Some(lakh));
        }
    };
    let on_change = move |ev| {
        let text = event_target_value(&ev);
        if let (false, Err(error)) = (text.trim().is_empty(), amount::parse(&text)) {
            problem.set(Some(error.message(text.trim(), "An offer")));
            state.offer.set(None);
        }
    };
    view! {
        <div class="field offer-field">
            <label for=slot::OFFER>"Your offer (CTC)"</label>
            <input
                type="text"
                id=slot::OFFER
                name="offer"
                autocomplete="off"
                spellcheck="false"
                placeholder="e.g. 12.5 L"
                aria-describedby=slot::OFFER_STATUS
                aria-invalid=move || if problem.with(Option::is_some) { "true" } else { "false" }
                value=initial
                disabled=in_static_shell()
                on:input=on_input
                on:change=on_change
            />
            <p
                class="hint offer-status"
                id=slot::OFFER_STATUS
                data-testid="offer-understood"
                aria-live="polite"
            >
                {status}
            </p>
        </div>
    }
}
