//! The visible parts of the page, one component per file.

pub mod app;
pub mod bar_chart;
pub mod breakdown;
pub mod career_ladder;
pub mod compare;
pub mod estimate_card;
pub mod filter_form;
pub mod in_hand;
pub mod link_notice;
pub mod method;
pub mod mount;
pub mod offer_field;
pub mod offer_position;
pub mod rows;
pub mod share_link;
#[cfg(test)]
mod shell;
pub mod shell_state;
pub mod sources;
pub mod what_if;
