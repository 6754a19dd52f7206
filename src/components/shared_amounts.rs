//! Under the summary, when the page opened from a link that carried amounts: a line naming
//! those that still stand as the link set them, so nobody reads a friend's offer or rent as
//! their own, and "Start with mine", which clears every amount, the structure and the claims
//! and keeps the profile's filters.

use crate::components::bound::{hidden, text};
use crate::components::shell_state::in_static_shell;
use crate::page::slot;
use crate::state::AppState;
use leptos::prelude::*;

#[component]
pub fn SharedAmounts() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <div class="shared" id=slot::SHARED data-testid="shared-amounts" hidden=hidden(slot::SHARED)>
            <p id=slot::SHARED_TEXT>{text(slot::SHARED_TEXT)}</p>
            <button
                type="button"
                class="button small secondary"
                id=slot::START_WITH_MINE
                data-testid="start-with-mine"
                disabled=in_static_shell()
                on:click=move |_| state.replace(|s| s.start_with_mine())
            >
                "Start with mine"
            </button>
        </div>
    }
}
