//! A polite notice naming the parts of a shared link that were ignored, as plain text.

use crate::components::bound::{hidden, text};
use crate::components::shell_state::in_static_shell;
use crate::page::{slot, LINK_NOTICE};
use crate::state::AppState;
use leptos::prelude::*;

#[component]
pub fn LinkNotice() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        // Hidden rather than switched by a Show, which would cost the notice's update path in size.
        <div class="notice" id=LINK_NOTICE role="status" data-testid="notice" hidden=hidden(LINK_NOTICE)>
            <p class="notice-title">"Part of this link could not be used. The rest of it is applied."</p>
            <ul>
                // Each notice is a Rust String, which Leptos writes as a text node, never as
                // HTML; at most five lines, fixed rows each hidden while unused.
                {slot::NOTICE_ROWS
                    .map(|row| {
                        view! {
                            <li id=row hidden=hidden(row)>
                                {text(row)}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <button
                type="button"
                class="link-button"
                id=slot::DISMISS
                disabled=in_static_shell()
                on:click=move |_| state.act(|s| s.dismiss())
            >
                "Dismiss"
            </button>
        </div>
    }
}
