//! Fills the static shell of index.html with the live app, one part per task.
//!
//! WebAssembly is compiled lazily: the first call of each function compiles it on the main
//! thread. Mounting the whole page in one go was therefore one long task (about 250 ms on a
//! phone-speed CPU). Here the estimate comes first, the form one task later (its skeleton
//! stays on screen until then), and each section below ~20 ms after the previous one: a row
//! of short tasks, so the page answers a tap sooner.
//!
//! Each part is mounted once and kept for the life of the page, without a reactive `Show`:
//! a view that can switch makes the compiler emit its whole update path as well.

use leptos::prelude::*;
use leptos::tachys::view::{Mountable, Render};
use std::time::Duration;

/// The gap between two sections: a little over one frame.
const STEP: Duration = Duration::from_millis(20);

/// Builds `part` under a child of the current owner (so it sees the app's context) and
/// inserts it into `parent` before `before`, or at the end.
pub fn mount_part<V: IntoView + 'static>(
    parent: &web_sys::Element,
    before: Option<&web_sys::Node>,
    part: fn() -> V,
) {
    let owner = Owner::new();
    let mut view = owner.with(|| part().into_view().build());
    view.mount(parent, before);
    // The page never unmounts its parts: keep their reactive owner and DOM state alive.
    std::mem::forget((owner, view));
}

/// Swaps the shell's element `id` for `part` (which carries the same id), in this task.
/// The shell is rendered from the same components (`shell.rs`), so a missing element is a
/// bug: it fails debug builds, and release builds go on without that part.
pub fn replace_skeleton<V: IntoView + 'static>(id: &str, part: fn() -> V) {
    let skeleton = document().get_element_by_id(id);
    debug_assert!(skeleton.is_some(), "index.html has no #{id}");
    let Some(skeleton) = skeleton else { return };
    let Some(parent) = skeleton.parent_element() else { return };
    mount_part(&parent, Some(&skeleton), part);
    skeleton.remove();
}

/// Runs `step` `order` steps (of ~20 ms) from now, in its own task, under the current owner.
pub fn later(order: u32, step: impl FnOnce() + 'static) {
    let owner = Owner::current().expect("called while the app is being set up");
    set_timeout(move || owner.with(step), STEP * order);
}
