//! Puts the page's live parts in place, one task at a time, into the static shell of
//! index.html (rendered from the same components, see `shell.rs`).
//!
//! WebAssembly is compiled lazily: the first call of each function compiles it on the main
//! thread. Mounting the whole page in one go was therefore one long task (about 250 ms on a
//! phone-speed CPU). The parts come instead as a row of short tasks, ~20 ms apart, so the
//! page answers a tap sooner.
//!
//! Each part is mounted once and kept for the life of the page, without a reactive `Show`:
//! a view that can switch makes the compiler emit its whole update path as well.

use leptos::prelude::*;
use leptos::tachys::view::{Mountable, Render};
use std::time::Duration;

/// The gap between two tasks: a little over one frame.
const STEP: Duration = Duration::from_millis(20);

/// Where a part of the page goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// In place of the shell's element with this id; the component carries the same id.
    Shell(&'static str),
    /// At the end of the element with this id.
    End(&'static str),
    /// At the end of the body of the shell's section with this id (a disclosure of the page,
    /// see `section.rs`), which is shown then: the sections come into view in page order, so
    /// none moves another.
    Section(&'static str),
}

impl Place {
    /// The id of the element the place is found by.
    pub fn id(self) -> &'static str {
        match self {
            Place::Shell(id) | Place::End(id) | Place::Section(id) => id,
        }
    }
}

/// One part of the page: which task mounts it (0 and 1 the next tasks, then ~20 ms apart),
/// where, and the component, as a function that mounts it under a parent before a node.
pub struct Part {
    pub task: u32,
    pub place: Place,
    pub mount: fn(&web_sys::Element, Option<&web_sys::Node>),
}

/// Mounts every part in its task, in list order within a task. `after_task` runs once a
/// task's parts are in (the app marks its progress there).
pub fn mount_all(parts: &'static [Part], after_task: fn(u32)) {
    let last = parts.iter().map(|p| p.task).max().unwrap_or(0);
    for task in 0..=last {
        let step = move || {
            parts.iter().filter(|p| p.task == task).for_each(place);
            after_task(task);
        };
        // Even the first task waits for a timer: it is then a task of its own, not part of the
        // one that instantiated the module (together they made one long task, which blocks).
        later(task.saturating_sub(1), step);
    }
}

/// Puts one part in its place. The shell is rendered from the same components and the
/// containers are in it, so a missing element is a bug: it fails debug builds (and the
/// shell test checks every place), and release builds go on without that part.
fn place(part: &Part) {
    let id = part.place.id();
    let anchor = document().get_element_by_id(id);
    debug_assert!(anchor.is_some(), "index.html has no #{id}");
    let Some(anchor) = anchor else { return };
    let Some(parent) = anchor.parent_element() else { return };
    match part.place {
        Place::Shell(_) => {
            (part.mount)(&parent, Some(&anchor));
            anchor.remove();
        }
        Place::End(_) => (part.mount)(&anchor, None),
        Place::Section(_) => {
            // The body is the section's last child, after its heading.
            let Some(body) = anchor.last_element_child() else { return };
            (part.mount)(&body, None);
            let _ = anchor.remove_attribute("hidden");
        }
    }
}

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

/// Runs `step` `order` steps (of ~20 ms) from now, in its own task, under the current owner.
fn later(order: u32, step: impl FnOnce() + 'static) {
    let owner = Owner::current().expect("called while the app is being set up");
    set_timeout(move || owner.with(step), STEP * order);
}
