//! "Copy link": copies the address, or shows it selected where the clipboard is refused.

use crate::browser;
use crate::components::shell_state::in_static_shell;
use crate::display::link_privacy;
use crate::page::slot;
use crate::state::AppState;
use leptos::prelude::*;
use leptos::task::spawn_local;

#[component]
pub fn ShareLink() -> impl IntoView {
    // What the first stage said of a copy, if it ran and the person copied: it stands.
    let said =
        if in_static_shell() { None } else { browser::early_link().and(browser::text_of(slot::COPY_STATUS)) };
    let status = RwSignal::new(said.unwrap_or_default());
    // Set when copying failed: the link to copy by hand.
    let manual_link = RwSignal::new(None::<String>);
    let field = NodeRef::<leptos::html::Input>::new();

    // "Link copied" speaks of the link as it was: once the filters change, it no longer holds.
    let state = expect_context::<AppState>();
    Effect::watch(
        move || state.query(),
        move |_, _, _| {
            status.set(String::new());
            manual_link.set(None);
        },
        false,
    );

    let private = Memo::new(move |_| link_privacy::in_link(&state.link()));
    let copy = move |_| {
        let url = browser::url_with_query(&state.query_untracked());
        spawn_local(async move {
            if browser::copy_to_clipboard(&url).await {
                manual_link.set(None);
                status.set(link_privacy::COPIED.into());
            } else {
                manual_link.set(Some(url));
                status.set(link_privacy::COPY_REFUSED.into());
            }
        });
    };

    // Fill and select the fallback field once it is shown: a frame later, when its
    // `hidden` is gone (a hidden field cannot take focus). The value is set here, not as a
    // reactive prop, so that it is in place before `select()` runs.
    Effect::new(move |_| {
        if let Some(link) = manual_link.get() {
            request_animation_frame(move || {
                if let Some(input) = field.get_untracked() {
                    input.set_value(&link);
                    input.select();
                    let _ = input.focus();
                }
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
                hidden=move || private.with(Option::is_none)
            >
                {move || private.get().unwrap_or_default()}
            </p>
            <p class="share-status" role="status" data-testid="copy-status" id=slot::COPY_STATUS>
                {move || status.get()}
            </p>
            // Hidden rather than switched by a Show, which would cost its update path in size.
            <label class="manual-link" id=slot::MANUAL_LINK hidden=move || manual_link.with(Option::is_none)>
                <span>"Link to this estimate"</span>
                <input
                    type="text"
                    readonly
                    disabled=in_static_shell()
                    node_ref=field
                    id=slot::MANUAL_LINK_FIELD
                    data-testid="manual-link"
                />
            </label>
        </div>
    }
}
