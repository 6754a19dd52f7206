//! Backend developer salary estimator for India.
//!
//! Data flows one way, each layer using only those before it:
//!
//! 1. `data` (the survey tables and the dated tax rules), `format` (money as people read it);
//! 2. `model` (the formula), `tax` (the law of pay in hand and its arithmetic), `amount`
//!    (typed amounts);
//! 3. `filters` (everything a link sets, its fields and its URL codec);
//! 4. `display` (what the page says, in words), then `page`: the page model, one pure function
//!    from a session (the link and what the person did) to everything the top of the page
//!    shows, the table that binds elements to it, and the ids and stage names; then
//!    `first_paint`, which writes the page model into the shell before the app;
//! 5. `state` (the app's one memo of the page model, and its signals), then `browser` and
//!    `components` (the view, which reads the page model through the same bindings).
//!
//! Only `browser` and `components` touch the DOM, and only they (with `state`) need the
//! `app` feature: the first stage's module (`src/bin/early.rs`) is built without it.

/// Text only the full app shows: the tables' titles, units, sources and dates, the career
/// notes, the outlook, the form's labels. The first stage's module (built without the `app`
/// feature) never shows them, so there it is empty and its bytes stay out of the module.
/// Defined before the modules, so that every one of them can use it.
#[cfg(feature = "app")]
macro_rules! prose {
    ($text:literal) => {
        $text
    };
}
#[cfg(not(feature = "app"))]
macro_rules! prose {
    ($text:literal) => {
        ""
    };
}

pub mod amount;
#[cfg(feature = "app")]
pub mod browser;
#[cfg(feature = "app")]
pub mod components;
pub mod data;
pub mod display;
pub mod filters;
pub mod first_paint;
pub mod format;
pub mod model;
pub mod page;
#[cfg(feature = "app")]
pub mod state;
pub mod tax;

#[cfg(test)]
mod tests;

#[cfg(feature = "app")]
pub use components::app::start;
