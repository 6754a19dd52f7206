//! Whether the view being built is the static shell of `index.html`: a leaf that every form
//! control shares, so the parts of the form need not import one another.

use leptos::prelude::*;

/// In context while the static shell is rendered (`components/shell.rs`): the form's controls
/// are then disabled, as nothing answers them until a stage of loading takes them over.
#[derive(Debug, Clone, Copy)]
pub struct StaticShell;

/// Whether the component being built is part of the static shell.
pub fn in_static_shell() -> bool {
    use_context::<StaticShell>().is_some()
}
