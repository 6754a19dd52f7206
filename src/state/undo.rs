//! A lever applied, and undone: the profile before it is kept until anything else changes.

use super::AppState;
use crate::data::Entry;
use crate::filters::{Dimension, Profile, Selection};
use leptos::prelude::*;

/// A lever applied, until the next change: the profile before it, and everything after it (as
/// the link's query: one comparison of strings is smaller code than a derived one of links).
#[derive(Debug, Clone, PartialEq)]
pub struct Applied {
    pub before: Selection,
    pub after: String,
    /// The lever's words: "Learn Data Security Expertise".
    pub action: String,
}

impl AppState {
    /// Applies a lever: the choice, remembered with the profile before it so it can be undone.
    pub fn apply(&self, dim: Dimension, choice: &'static Entry, action: String) {
        let before = self.a.get_untracked();
        self.choose(Profile::A, dim, Some(choice));
        self.applied.set(Some(Applied { before, after: self.query_untracked(), action }));
    }

    /// The lever applied last, if nothing has changed since: what Undo would put back.
    pub fn undoable(&self) -> Option<Applied> {
        self.applied.get().filter(|applied| applied.after == self.query())
    }

    /// Puts the profile back as it was before the last lever, if nothing has changed since.
    pub fn undo(&self) {
        if let Some(applied) = untrack(|| self.undoable()) {
            self.session.update(|s| s.link.selection = applied.before);
        }
        self.applied.set(None);
    }
}
