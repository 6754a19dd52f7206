//! The app's reactive state: the selection, what was ignored in the link, and the
//! estimate derived from them. No browser APIs, so it is tested natively.

use crate::data::dataset;
use crate::filters::{decode, encode, Dimension, Selection};
use crate::model::{Estimate, Model};
use leptos::prelude::*;

/// Shared through context by every component.
#[derive(Debug, Clone, Copy)]
pub struct AppState {
    pub selection: RwSignal<Selection>,
    /// Plain-text notices about parts of the link that were ignored.
    pub notices: RwSignal<Vec<String>>,
    pub estimate: Memo<Estimate>,
}

impl AppState {
    /// State preset from a query string such as `?role=backend-developer&city=pune`.
    pub fn from_query(query: &str) -> AppState {
        let decoded = decode(query, dataset());
        let selection = RwSignal::new(decoded.selection);
        let model = Model::from_dataset(dataset());
        AppState {
            selection,
            notices: RwSignal::new(decoded.notices),
            estimate: Memo::new(move |_| model.estimate(&selection.get().inputs())),
        }
    }

    /// Re-reads the address, after back/forward.
    pub fn apply_query(&self, query: &str) {
        let decoded = decode(query, dataset());
        self.selection.set(decoded.selection);
        self.notices.set(decoded.notices);
    }

    /// A choice made in the form: a slug, or "" for "Any". Unknown slugs are ignored.
    pub fn choose(&self, dim: Dimension, slug: &str) {
        let choice = match slug {
            "" => None,
            slug => match dim.table(dataset()).find(slug) {
                Some(entry) => Some(entry),
                None => return,
            },
        };
        self.selection.update(|sel| sel.set(dim, choice));
    }

    /// The canonical query string for the current selection, without `?`.
    pub fn query(&self) -> String {
        self.selection.with(encode)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn in_owner<T>(f: impl FnOnce() -> T) -> T {
        let owner = Owner::new();
        owner.with(f)
    }

    #[test]
    fn a_preset_link_gives_the_worked_example() {
        in_owner(|| {
            let state = AppState::from_query("?role=senior-backend-developer&exp=mid&city=bengaluru&skill=python");
            let e = state.estimate.get_untracked();
            assert_eq!(crate::format::short_money(e.lakh), "₹14.1 L");
            assert!(state.notices.get_untracked().is_empty());
        });
    }

    #[test]
    fn choosing_updates_the_estimate_and_the_query() {
        in_owner(|| {
            let state = AppState::from_query("");
            assert_eq!(state.estimate.get_untracked().lakh, 8.0);
            state.choose(Dimension::City, "bengaluru");
            assert_eq!(state.query(), "city=bengaluru");
            assert!((state.estimate.get_untracked().lakh - 8.0 * 10.0 / 6.8).abs() < 1e-9);
            state.choose(Dimension::City, "");
            assert_eq!(state.query(), "");
            assert_eq!(state.estimate.get_untracked().lakh, 8.0);
        });
    }

    #[test]
    fn an_unknown_slug_from_the_form_changes_nothing() {
        in_owner(|| {
            let state = AppState::from_query("city=pune");
            state.choose(Dimension::City, "atlantis");
            assert_eq!(state.query(), "city=pune");
        });
    }

    #[test]
    fn back_and_forward_replace_selection_and_notices() {
        in_owner(|| {
            let state = AppState::from_query("role=nope");
            assert_eq!(state.notices.get_untracked().len(), 1);
            state.apply_query("?skill=java");
            assert_eq!(state.query(), "skill=java");
            assert!(state.notices.get_untracked().is_empty());
        });
    }
}
