//! "Copy link": copies the address, or shows it selected where the clipboard is refused, and
//! says which private amounts the link carries.

use crate::browser;
use crate::components::bound::{hidden, text};
use crate::components::shell_state::in_static_shell;
use crate::page::slot;
use crate::state::AppState;
use leptos::prelude::*;
use leptos::task::spawn_local;

#[component]
pub fn ShareLink() -> impl IntoView {
    let state = expect_context::<AppState>();
    let copy = move |_| {
        let url = browser::url_with_query(&state.query_untracked());
        spawn_local(async move {
            let ok = browser::copy_to_clipboard(&url).await;
            state.act(|s| s.copy(ok, &url));
        });
    };
    // The link to copy by hand, filled and selected once it is shown: a frame later, when its
    // `hidden` is gone (a hidden field cannot take focus).
    Effect::new(move |_| {
        if let Some(link) = state.page.with(|p| p.manual_link.clone()) {
            request_animation_frame(move || {
                browser::set_value_of(slot::MANUAL_LINK_FIELD, &link);
                browser::select_all(slot::MANUAL_LINK_FIELD);
            });
        }
    });
    view! {
        <div class="share">
            <button type="button" class="button" id=slot::COPY disabled=in_static_shell() on:click=copy>
                "Copy link"
            </button>
            // Amounts of pay are private: say plainly which ones the link would share.
            <p
                class="share-offer"
                id=slot::LINK_OFFER
                data-testid="link-has-offer"
                hidden=hidden(slot::LINK_OFFER)
            >
                {text(slot::LINK_OFFER)}
            </p>
            <p class="share-status" role="status" data-testid="copy-status" id=slot::COPY_STATUS>
                {text(slot::COPY_STATUS)}
            </p>
            // Hidden rather than switched by a Show, which would cost its update path in size.
            <label class="manual-link" id=slot::MANUAL_LINK hidden=hidden(slot::MANUAL_LINK)>
                <span>"Link to this estimate"</span>
                <input
                    type="text"
                    readonly
                    disabled=in_static_shell()
                    id=slot::MANUAL_LINK_FIELD
                    data-testid="manual-link"
                />
            </label>
        </div>
    }
}
