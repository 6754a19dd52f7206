//! The visible parts of the page, one component per file.

pub mod add_offer;
pub mod app;
pub mod bar_chart;
pub mod bound;
pub mod breakdown;
pub mod career_ladder;
pub mod choice_field;
pub mod compare;
pub mod filter_form;
pub mod four_years;
/// "How this is worked out", the page's last section.
mod how;
pub mod in_hand;
pub mod link_notice;
#[cfg(test)]
mod markup;
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
mod sources;
pub mod summary;
pub mod text_field;
pub mod two_offers;
pub mod vest_presets;
pub mod what_if;
pub mod working_table;
