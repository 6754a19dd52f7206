//! Backend developer salary estimator for India.
//!
//! Data flows one way: `data` (the survey tables) → `model` (the formula) →
//! `filters` (the selection and its URL codec) → `components` (the view).
//! `levers` and `career` derive advice from the model and the data; `headline` words the
//! estimate, and `first_paint` is what the first stage of loading shows for a link.
//! Only `browser` and `components` touch the DOM, and only they (with `state`) need the
//! `app` feature: the first stage's module (`src/bin/early.rs`) is built without it.

pub mod amount;
pub mod breakdown;
#[cfg(feature = "app")]
pub mod browser;
pub mod career;
#[cfg(feature = "app")]
pub mod components;
pub mod data;
pub mod filters;
pub mod first_paint;
pub mod format;
pub mod headline;
pub mod levers;
pub mod model;
pub mod offer;
pub mod page;
#[cfg(feature = "app")]
pub mod state;
pub mod tax;

#[cfg(feature = "app")]
pub use components::app::start;
