//! Backend developer salary estimator for India.
//!
//! Data flows one way: `data` (the survey tables) → `model` (the formula) →
//! `filters` (the selection and its URL codec) → `components` (the view).
//! `levers` and `career` derive advice from the model and the data.
//! Only `browser` and `components` touch the DOM.

pub mod browser;
pub mod career;
pub mod components;
pub mod data;
pub mod filters;
pub mod format;
pub mod levers;
pub mod model;
pub mod state;

pub use components::app::start;
