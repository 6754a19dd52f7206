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
//! - Every other parameter is a row of `field.rs`: `offer` and `current` (in lakh, any
//!   notation `amount::parse` reads), the salary structure (`basic`, `pf`, `var`), and the old
//!   regime's claims (`rent`, `hra`, `80c`, `80d`, `nps`, `home-loan`), and the four years'
//!   terms (`start`, `raise`, `payout`, `join2`, `clawback`, `rsu`, `vest`, `growth`, `buyout`,
//!   `forfeit`). A value a parameter cannot use is ignored with a notice naming it, and its
//!   default applies.
//! - Encoding is canonical: fixed parameter order, "Any" and defaults omitted, slugs only.
//!
//! `selection` holds the filters, `link` everything a link sets, `field` one row per other
//! parameter (its key, kind, place in the link and words), `query` the codec, `notation`
//! the values written in notations of their own (a month, a vesting schedule), `notice` the
//! wording of what was ignored, `percent` the decoding of escapes.

mod field;
mod link;
mod notation;
mod notice;
mod percent;
mod query;
mod selection;

pub use field::{accepts, unset_rupees, Field, Kind, Param, Row, Slot, Unit};
pub use link::{Job, Link, Own};
pub use notation::{city_of, month_of, vest_shares, Notation, MAX_VEST_YEARS, VEST, VEST_PRESETS};
pub use notice::{quote, Notice, Problem, MAX_NOTICES};
pub use percent::percent_decode;
pub use query::{decode, encode, minus_sign, number_in, Decoded, COMPARE_FLAG, MAX_VALUE_LEN};
pub use selection::{Dimension, Profile, Selection};

#[cfg(test)]
mod tests;
