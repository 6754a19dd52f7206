//! The query-string codec: a link read into everything it sets (`Link`) with notices about
//! what was ignored, and a `Link` written back as the canonical query. The rules are listed in
//! `filters/mod.rs`.

use super::notice::{quote, summarise, Field, Notice};
use super::percent::percent_decode;
use super::selection::{Dimension, Profile, Selection};
use crate::amount::{self, read_decimal};
use crate::data::Dataset;
use crate::format::trimmed;
use crate::tax::{Claims, PfMode, Structure, BASIC_PERCENT, HRA_PERCENT, VARIABLE_PERCENT};
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
/// The old regime's claims: rent a month, HRA as a percentage of basic, and the deductions
/// a year, in rupees.
pub const RENT_PARAM: &str = "rent";
pub const HRA_PARAM: &str = "hra";
pub const C80_PARAM: &str = "80c";
pub const D80_PARAM: &str = "80d";
pub const NPS_PARAM: &str = "nps";
pub const HOME_LOAN_PARAM: &str = "home-loan";

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
    /// What the person claims under the old regime.
    pub claims: Claims,
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
            Field::Hra => match percent_in(value, HRA_PERCENT) {
                Some(percent) => link.claims.hra_percent = percent,
                None => refused(&mut notices),
            },
            Field::Rent | Field::C80 | Field::D80 | Field::Nps | Field::HomeLoan => {
                match amount::parse_rupees(value) {
                    Ok(rupees) => *claim_mut(&mut link.claims, field) = rupees,
                    Err(error) => notices.push(Notice::BadRupees { field, error, quoted: quote(value) }),
                }
            }
        }
    }
    let [selection, b] = profiles;
    link.selection = selection;
    link.compare = compare_mode.then_some(b);
    Decoded { link, notices: summarise(notices) }
}

/// The rupee claim a field sets.
fn claim_mut(claims: &mut Claims, field: Field) -> &mut f64 {
    match field {
        Field::Rent => &mut claims.rent_monthly,
        Field::C80 => &mut claims.c80,
        Field::D80 => &mut claims.d80,
        Field::Nps => &mut claims.nps,
        _ => &mut claims.home_loan,
    }
}

/// A percentage as a link or a field writes it ("55", "12.5", "12.5%"), rounded to two
/// decimals, if it lies in `range`.
pub fn percent_in(text: &str, range: RangeInclusive<f64>) -> Option<f64> {
    let digits = text.trim().strip_suffix('%').unwrap_or(text.trim()).trim_end();
    let value = (read_decimal(digits)? * 100.0).round() / 100.0;
    range.contains(&value).then_some(value)
}

/// The canonical query string, without `?`; empty for the default page. Order: profile A's
/// filters, its offer, the current CTC, the structure, the old regime's claims, then B's
/// filters with `b.`, each filter in `Dimension::ALL` order. Defaults and "Any" are left out.
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
    let claims = &link.claims;
    let rupees = |key: &str, amount: f64| (amount != 0.0).then(|| format!("{key}={}", amount.round() as u64));
    parts.extend(rupees(RENT_PARAM, claims.rent_monthly));
    if claims.hra_percent != Claims::default().hra_percent {
        parts.push(format!("{HRA_PARAM}={}", trimmed(claims.hra_percent)));
    }
    for (key, amount) in [
        (C80_PARAM, claims.c80),
        (D80_PARAM, claims.d80),
        (NPS_PARAM, claims.nps),
        (HOME_LOAN_PARAM, claims.home_loan),
    ] {
        parts.extend(rupees(key, amount));
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
