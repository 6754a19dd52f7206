//! The query-string codec: a link read into everything it sets (`Link`) with notices about
//! what was ignored, and a `Link` written back as the canonical query. The rules are listed in
//! `filters/mod.rs`.

use super::notice::{quote, summarise, Field, Notice};
use super::percent::percent_decode;
use super::selection::{Dimension, Profile, Selection};
use crate::amount::{self, read_decimal};
use crate::data::Dataset;
use crate::format::trimmed;
use crate::tax::{PfMode, Structure, BASIC_PERCENT, VARIABLE_PERCENT};
use std::ops::RangeInclusive;

/// The parameter for profile A's offer, in lakh.
pub const OFFER_PARAM: &str = "offer";
/// The person's current CTC, in lakh.
pub const CURRENT_PARAM: &str = "current";
/// The salary structure: basic pay as a percentage of the fixed CTC, the PF mode, and
/// variable pay as a percentage of the CTC.
pub const BASIC_PARAM: &str = "basic";
pub const PF_PARAM: &str = "pf";
pub const VARIABLE_PARAM: &str = "var";

/// The flag that keeps compare mode when profile B has no parameter of its own.
pub const COMPARE_FLAG: &str = "compare";

/// Longest value accepted; the longest real slug or alias is 24 characters.
pub const MAX_VALUE_LEN: usize = 64;

/// Everything a link sets. The default is the page with no query.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Link {
    pub selection: Selection,
    /// Profile A's offer, in lakh.
    pub offer: Option<f64>,
    /// The person's current CTC, in lakh.
    pub current: Option<f64>,
    /// How the CTCs on the page are made up.
    pub structure: Structure,
    /// Profile B, when the link opens compare mode.
    pub compare: Option<Selection>,
}

/// A link read from a URL, and what in the URL was ignored.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Decoded {
    pub link: Link,
    /// What in the link was ignored, in link order.
    pub notices: Vec<Notice>,
}

/// Reads a query string (with or without the leading `?`). Never fails.
pub fn decode(query: &str, data: &'static Dataset) -> Decoded {
    let query = query.strip_prefix('?').unwrap_or(query);
    let mut link = Link::default();
    let mut profiles = [Selection::default(), Selection::default()];
    let mut compare_mode = false;
    let mut seen: Vec<Field> = Vec::new();
    let mut notices: Vec<Notice> = Vec::new();

    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
        let key = percent_decode(raw_key);
        let value = percent_decode(raw_value);
        if key.trim().is_empty() {
            continue; // `=x` or `&&`: nothing to name, nothing to apply
        }
        if key == COMPARE_FLAG {
            compare_mode = true;
            continue;
        }
        let Some(field) = Field::from_key(&key) else {
            if !is_tracking_param(&key) {
                notices.push(Notice::UnknownParameter { quoted: quote(&key) });
            }
            continue;
        };
        if let Field::Filter(Profile::B, _) = field {
            compare_mode = true;
        }
        if seen.contains(&field) {
            notices.push(Notice::Repeated(field));
            continue;
        }
        seen.push(field);
        let value = value.trim();
        if value.is_empty() {
            continue; // "Any", or the default
        }
        if value.chars().count() > MAX_VALUE_LEN {
            notices.push(Notice::TooLong { field, chars: value.chars().count() });
            continue;
        }
        let refused =
            |notices: &mut Vec<Notice>| notices.push(Notice::Unusable { field, quoted: quote(value) });
        match field {
            Field::Filter(profile, dim) => match dim.table(data).resolve(value) {
                Some(entry) => profiles[profile as usize].set(dim, Some(entry)),
                None => notices.push(Notice::UnknownValue { profile, dim, quoted: quote(value) }),
            },
            Field::Offer | Field::Current => match amount::parse(value) {
                Ok(lakh) if field == Field::Offer => link.offer = Some(lakh),
                Ok(lakh) => link.current = Some(lakh),
                Err(error) => notices.push(Notice::BadAmount { field, error, quoted: quote(value) }),
            },
            Field::Basic => match percent_in(value, BASIC_PERCENT) {
                Some(percent) => link.structure.basic_percent = percent,
                None => refused(&mut notices),
            },
            Field::Variable => match percent_in(value, VARIABLE_PERCENT) {
                Some(percent) => link.structure.variable_percent = percent,
                None => refused(&mut notices),
            },
            Field::Pf => match PfMode::from_slug(&value.to_ascii_lowercase()) {
                Some(mode) => link.structure.pf = mode,
                None => refused(&mut notices),
            },
        }
    }
    let [selection, b] = profiles;
    link.selection = selection;
    link.compare = compare_mode.then_some(b);
    Decoded { link, notices: summarise(notices) }
}

/// A percentage as a link or a field writes it ("55", "12.5", "12.5%"), rounded to two
/// decimals, if it lies in `range`.
pub fn percent_in(text: &str, range: RangeInclusive<f64>) -> Option<f64> {
    let digits = text.trim().strip_suffix('%').unwrap_or(text.trim()).trim_end();
    let value = (read_decimal(digits)? * 100.0).round() / 100.0;
    range.contains(&value).then_some(value)
}

/// The canonical query string, without `?`; empty for the default page. Order: profile A's
/// filters, its offer, the current CTC, the structure, then B's filters with `b.`, each
/// filter in `Dimension::ALL` order. Defaults and "Any" are left out.
pub fn encode(link: &Link) -> String {
    let params = |sel: &Selection, profile: Profile| -> Vec<String> {
        Dimension::ALL
            .into_iter()
            .filter_map(|dim| sel.get(dim).map(|e| format!("{}{}={}", profile.prefix(), dim.param(), e.slug)))
            .collect()
    };
    let mut parts = params(&link.selection, Profile::A);
    for (key, lakh) in [(OFFER_PARAM, link.offer), (CURRENT_PARAM, link.current)] {
        if let Some(lakh) = lakh {
            parts.push(format!("{key}={}", amount::canonical(lakh)));
        }
    }
    let (structure, default) = (&link.structure, Structure::default());
    if structure.basic_percent != default.basic_percent {
        parts.push(format!("{BASIC_PARAM}={}", trimmed(structure.basic_percent)));
    }
    if structure.pf != default.pf {
        parts.push(format!("{PF_PARAM}={}", structure.pf.slug()));
    }
    if structure.variable_percent != default.variable_percent {
        parts.push(format!("{VARIABLE_PARAM}={}", trimmed(structure.variable_percent)));
    }
    if let Some(b) = &link.compare {
        let b_parts = params(b, Profile::B);
        if b_parts.is_empty() {
            parts.push(format!("{COMPARE_FLAG}=1"));
        }
        parts.extend(b_parts);
    }
    parts.join("&")
}

/// Parameters that link shorteners, ads and analytics add; they are not ours to complain about.
fn is_tracking_param(key: &str) -> bool {
    let key = key.to_ascii_lowercase();
    key.starts_with("utm_") || key == "fbclid" || key == "gclid"
}
