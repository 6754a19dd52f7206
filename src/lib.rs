//! Backend developer salary estimator for India.
//!
//! Data flows one way, each layer using only those before it:
//!
//! 1. `data` (the survey tables and the dated tax rules), `format` (money as people read it);
//! 2. `model` (the formula), `tax` (pay in hand under the rules), `amount` (typed amounts);
//! 3. `filters` (the selection and its URL codec);
//! 4. what is derived for display: `headline` (the estimate's texts), `breakdown`, `levers`,
//!    `career`, `offer` (an offer against the estimate), `link_privacy` (the amounts a link
//!    carries), and `page` (the ids and stage names
//!    the stages of loading share), then `first_paint`, what the first stage shows for a link;
//! 5. `state` (signals and memos), then `browser` and `components` (the view).
//!
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
pub mod link_privacy;
pub mod model;
pub mod offer;
pub mod page;
#[cfg(feature = "app")]
pub mod state;
pub mod tax;

#[cfg(test)]
mod tests;

#[cfg(feature = "app")]
pub use components::app::start;
