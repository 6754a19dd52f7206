//! The visible parts of the page, one component per file.

pub mod app;
pub mod breakdown;
pub mod estimate_card;
pub mod filter_form;
pub mod link_notice;
pub mod method;
pub mod share_link;
pub mod sources;
