//! The visible parts of the page, one component per file.

pub mod app;
pub mod bar_chart;
pub mod bound;
pub mod breakdown;
pub mod career_ladder;
pub mod choice_field;
pub mod compare;
pub mod filter_form;
/// "How this is worked out": rendered into index.html's shell by `cargo test` (prose that never
/// changes), so the app's WebAssembly carries none of it; the app only reveals it.
#[cfg(test)]
mod how;
pub mod in_hand;
pub mod link_notice;
#[cfg(test)]
mod markup;
#[cfg(test)]
mod method;
pub mod mount;
pub mod offer_position;
pub mod regimes;
pub mod rows;
#[cfg(test)]
mod section;
pub mod share_link;
pub mod shared_amounts;
#[cfg(test)]
mod shell;
pub mod shell_state;
#[cfg(test)]
mod sources;
pub mod summary;
pub mod text_field;
pub mod two_offers;
pub mod what_if;
pub mod working_table;
