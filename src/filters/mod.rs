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
//! - `offer` is profile A's offer and `current` the person's current CTC, in lakh
//!   (`offer=12.5`); any notation `amount::parse` reads is accepted, and one it cannot read,
//!   or out of range, is ignored with a notice.
//! - The salary structure: `basic` (30 to 70, % of the fixed CTC), `pf` (`full`, `capped`,
//!   `none`) and `var` (0 to 50, % of the CTC). A value it cannot use is ignored with a notice
//!   naming the parameter, and the default applies.
//! - The old regime's claims, in rupees: `rent` (a month), `80c`, `80d`, `nps` and `home-loan`
//!   (a year), and `hra` (0 to 50, % of basic). Left out when none (or 50 for `hra`).
//! - Encoding is canonical: fixed parameter order, "Any" and defaults omitted, slugs only.
//!
//! `selection` holds the types, `query` the codec, `notice` the wording of what was ignored,
//! `percent` the decoding of escapes.

mod notice;
mod percent;
mod query;
mod selection;

pub use notice::{quote, Field, Notice, MAX_NOTICES};
pub use percent::percent_decode;
pub use query::{
    decode, encode, percent_in, Decoded, Link, BASIC_PARAM, COMPARE_FLAG, CURRENT_PARAM, MAX_VALUE_LEN,
    OFFER_PARAM, PF_PARAM, VARIABLE_PARAM,
};
pub use selection::{Dimension, Profile, Selection};

#[cfg(test)]
mod tests;
