//! Mounts its children shortly after the page's first render, each section in its own turn.
//!
//! The estimate and the form come first. The sections below them mount `order` steps of
//! ~20 ms later, one at a time, so that the browser can lay each out before the next
//! arrives: on a slow phone that is a row of short tasks instead of one long block of the
//! main thread, and a tap during start-up is answered sooner.

use leptos::prelude::*;
use std::time::Duration;

/// The gap between two sections: a little over one frame.
const STEP: Duration = Duration::from_millis(20);

#[component]
pub fn Deferred(order: u32, children: ChildrenFn) -> impl IntoView {
    let shown = RwSignal::new(false);
    set_timeout(move || shown.set(true), STEP * order);
    view! { <Show when=move || shown.get()>{children()}</Show> }
}
