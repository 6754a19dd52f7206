//! The filters a person picks, for one profile or two compared ones, and their URL
//! query codec. Pure: no browser APIs.
//!
//! Rules for a query string:
//! - Parameters are `role`, `city`, `skill`, `exp` and `company`, with a table slug as value.
//!   Values are matched case-insensitively, and aliases (`bangalore`, `node.js`) are accepted.
//! - Compare mode: profile B uses the same names prefixed with `b.` (`b.city=pune`). Any `b.`
//!   parameter, or `compare` alone (when B is all "Any"), opens compare mode.
//! - An empty value means "Any", and an empty key is skipped, both silently.
//! - A repeated parameter: the first occurrence wins, and a notice says so.
//! - An unknown value, a value longer than `MAX_VALUE_LEN`, or an unknown parameter
//!   is ignored with a notice. The valid parameters still apply.
//! - Tracking parameters added by sharing services (`utm_*`, `fbclid`, `gclid`) pass silently.
//! - `offer` is profile A's offer, in lakh (`offer=12.5`); any notation `amount::parse` reads is
//!   accepted, and one it cannot read, or out of range, is ignored with a notice.
//! - Encoding is canonical: fixed parameter order, "Any" omitted, slugs only.
//!
//! `selection` holds the types, `query` the codec, `notice` the wording of what was ignored,
//! `percent` the decoding of escapes.

mod notice;
mod percent;
mod query;
mod selection;

pub use notice::{Field, Notice, MAX_NOTICES};
pub use percent::percent_decode;
pub use query::{decode, encode, Decoded, COMPARE_FLAG, MAX_VALUE_LEN, OFFER_PARAM};
pub use selection::{Dimension, Profile, Selection};

#[cfg(test)]
mod tests;
