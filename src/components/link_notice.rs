//! A polite notice naming the parts of a shared link that were ignored.

use crate::components::rows::cell;
use crate::components::shell_state::in_static_shell;
use crate::filters::{Notice, MAX_NOTICES};
use crate::page::{slot, LINK_NOTICE};
use crate::state::AppState;
use leptos::prelude::*;

#[component]
pub fn LinkNotice() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        // Hidden rather than switched by a Show, which would cost the notice's update path in size.
        <div
            class="notice"
            id=LINK_NOTICE
            role="status"
            data-testid="notice"
            hidden=move || state.notices.with(Vec::is_empty)
        >
            <p class="notice-title">"Part of this link could not be used. The rest of it is applied."</p>
            <ul>
                // Each notice is worded into a Rust String here, which Leptos writes as a text
                // node, never as HTML.
                // At most MAX_NOTICES lines: fixed rows, each hidden while unused.
                {(0..MAX_NOTICES)
                    .map(|i| {
                        view! {
                            <li id=slot::notice_row(i) hidden=move || state.notices.with(|n| n.len() <= i)>
                                {cell(state.notices, i, Notice::text)}
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
                on:click=move |_| state.notices.set(Vec::new())
            >
                "Dismiss"
            </button>
        </div>
    }
}
