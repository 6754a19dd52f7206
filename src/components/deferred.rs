//! Mounts the sections under the estimate shortly after the first render, one at a time.
//!
//! The estimate and the form come first. Each section below them is appended to its
//! container `order` steps of ~20 ms later, so that the browser can lay each out before the
//! next arrives: on a slow phone that is a row of short tasks instead of one long block of
//! the main thread, and a tap during start-up is answered sooner.
//!
//! Mounted imperatively rather than through a reactive `Show`: a view that can switch from
//! nothing to the section makes the compiler emit the section's whole update path as well,
//! about 4 KB of WebAssembly per section.

use leptos::html::Div;
use leptos::prelude::*;
use std::time::Duration;

/// The gap between two sections: a little over one frame.
const STEP: Duration = Duration::from_millis(20);

/// Appends `section`'s view to `container` `order` steps after the first render. It runs
/// under the caller's reactive owner, so the section sees the same context (the state).
pub fn append_later<V: IntoView + 'static>(container: NodeRef<Div>, order: u32, section: fn() -> V) {
    let owner = Owner::current().expect("called while rendering a component");
    set_timeout(
        move || {
            if let Some(container) = container.get_untracked() {
                owner.with(|| leptos::mount::mount_to(container.into(), section).forget());
            }
        },
        STEP * order,
    );
}
