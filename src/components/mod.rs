//! The visible parts of the page, one component per file.

pub mod amount_field;
pub mod app;
pub mod bar_chart;
pub mod breakdown;
pub mod career_ladder;
pub mod compare;
pub mod estimate_card;
pub mod filter_form;
pub mod in_hand;
pub mod link_notice;
/// Rendered into index.html's shell by `cargo test` (prose that never changes), so the app's
/// WebAssembly carries neither; the app only reveals them.
#[cfg(test)]
mod method;
pub mod mount;
pub mod number_fields;
pub mod offer_position;
pub mod regimes;
pub mod rows;
pub mod salary_structure;
pub mod share_link;
#[cfg(test)]
mod shell;
pub mod shell_state;
#[cfg(test)]
mod sources;
pub mod what_if;
pub mod working_table;
