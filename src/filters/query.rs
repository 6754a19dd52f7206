//! The query-string codec: a link read into a selection with its notices, and a selection
//! written back as the canonical link. The rules are listed in `filters/mod.rs`.

use super::notice::{quote, summarise, Field, Notice};
use super::percent::percent_decode;
use super::selection::{Dimension, Profile, Selection};
use crate::amount;
use crate::data::Dataset;

/// The parameter for profile A's offer, in lakh.
pub const OFFER_PARAM: &str = "offer";

/// The flag that keeps compare mode when profile B has no parameter of its own.
pub const COMPARE_FLAG: &str = "compare";

/// Longest value accepted; the longest real slug or alias is 24 characters.
pub const MAX_VALUE_LEN: usize = 64;

/// A selection read from a URL, and what in the URL was ignored.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Decoded {
    pub selection: Selection,
    /// Profile A's offer, in lakh.
    pub offer: Option<f64>,
    /// Profile B, when the link opens compare mode.
    pub compare: Option<Selection>,
    /// What in the link was ignored, in link order.
    pub notices: Vec<Notice>,
}

/// Reads a query string (with or without the leading `?`). Never fails.
pub fn decode(query: &str, data: &'static Dataset) -> Decoded {
    let query = query.strip_prefix('?').unwrap_or(query);
    let mut profiles = [Selection::default(), Selection::default()];
    let mut compare_mode = false;
    let mut seen: Vec<(Profile, Dimension)> = Vec::new();
    let mut notices: Vec<Notice> = Vec::new();
    let mut offer: Option<Option<f64>> = None; // Some once the parameter has been seen

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
        if key == OFFER_PARAM {
            if offer.is_some() {
                notices.push(Notice::Repeated(Field::Offer));
                continue;
            }
            let value = value.trim();
            offer = Some(if value.is_empty() {
                None
            } else if value.chars().count() > MAX_VALUE_LEN {
                notices.push(Notice::TooLong { field: Field::Offer, chars: value.chars().count() });
                None
            } else {
                match amount::parse(value) {
                    Ok(lakh) => Some(lakh),
                    Err(error) => {
                        notices.push(Notice::BadOffer { error, quoted: quote(value) });
                        None
                    }
                }
            });
            continue;
        }
        let (profile, bare_key) = match key.strip_prefix(Profile::B.prefix()) {
            Some(rest) => (Profile::B, rest),
            None => (Profile::A, key.as_str()),
        };
        let Some(dim) = Dimension::from_param(bare_key) else {
            if !is_tracking_param(&key) {
                notices.push(Notice::UnknownParameter { quoted: quote(&key) });
            }
            continue;
        };
        compare_mode |= profile == Profile::B;
        if seen.contains(&(profile, dim)) {
            notices.push(Notice::Repeated(Field::Filter(profile, dim)));
            continue;
        }
        seen.push((profile, dim));
        let value = value.trim();
        if value.is_empty() {
            continue;
        }
        if value.chars().count() > MAX_VALUE_LEN {
            notices
                .push(Notice::TooLong { field: Field::Filter(profile, dim), chars: value.chars().count() });
        } else if let Some(entry) = dim.table(data).resolve(value) {
            profiles[profile as usize].set(dim, Some(entry));
        } else {
            notices.push(Notice::UnknownValue { profile, dim, quoted: quote(value) });
        }
    }
    let [selection, b] = profiles;
    Decoded {
        selection,
        offer: offer.flatten(),
        compare: compare_mode.then_some(b),
        notices: summarise(notices),
    }
}

/// The canonical query string, without `?`; empty when all is "Any", there is no offer and
/// nothing is compared. Order: profile A's parameters, its offer, then B's with `b.`, each in
/// `Dimension::ALL` order.
pub fn encode(selection: &Selection, offer: Option<f64>, compare: Option<&Selection>) -> String {
    let params = |sel: &Selection, profile: Profile| -> Vec<String> {
        Dimension::ALL
            .into_iter()
            .filter_map(|dim| sel.get(dim).map(|e| format!("{}{}={}", profile.prefix(), dim.param(), e.slug)))
            .collect()
    };
    let mut parts = params(selection, Profile::A);
    if let Some(lakh) = offer {
        parts.push(format!("{OFFER_PARAM}={}", amount::canonical(lakh)));
    }
    if let Some(b) = compare {
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
