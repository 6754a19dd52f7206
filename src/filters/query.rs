//! The query-string codec: a link read into everything it sets (`Link`) with notices about
//! what was ignored, and a `Link` written back as the canonical query. Every parameter is a
//! row of `field.rs`; the rules are listed in `filters/mod.rs`.

use super::field::{Field, Kind, Param, Unit};
use super::link::{Job, Link, Own};
use super::notice::{quote, summarise, Notice, Problem};
use super::percent::percent_decode;
use super::selection::{Dimension, Profile, Selection};
use crate::amount::{self, read_decimal};
use crate::data::Dataset;
use crate::format::trimmed;
use std::ops::RangeInclusive;

/// The flag that keeps compare mode when profile B has no parameter of its own.
pub const COMPARE_FLAG: &str = "compare";

/// Longest value accepted; the longest real slug or alias is 24 characters.
pub const MAX_VALUE_LEN: usize = 64;

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
        if field.profile() == Profile::B {
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
        // Counted by hand: `chars().count()` links a counting routine of its own (0.5 KB).
        let chars = value.chars().fold(0, |n, _| n + 1);
        if chars > MAX_VALUE_LEN {
            notices.push(Notice::TooLong { field, chars });
            continue;
        }
        match field {
            Field::Filter(profile, dim) => match dim.table(data).resolve(value) {
                Some(entry) => profiles[profile as usize].set(dim, Some(entry)),
                None => notices.push(Notice::UnknownValue { profile, dim, quoted: quote(value) }),
            },
            Field::Param(profile, param) => {
                // Profile B's rows are all of the job (Field::from_key), so its own are untouched.
                let job = match profile {
                    Profile::A => &mut link.job,
                    Profile::B => &mut link.b_job,
                };
                if let Err(problem) = read_into(param, value, job, &mut link.own) {
                    notices.push(Notice::Unusable { profile, param, problem, quoted: quote(value) });
                }
            }
        }
    }
    let [selection, b] = profiles;
    link.selection = selection;
    link.compare = compare_mode.then_some(b);
    if !compare_mode {
        link.b_job = Job::default();
    }
    Decoded { link, notices: summarise(notices) }
}

/// A link's amount as read (rupees in the parameter's own period, or a grant's dollars), or
/// why it cannot be used.
fn link_amount(text: &str, limits: amount::Limits, in_lakh: bool) -> Result<amount::Typed, Problem> {
    match amount::read_link(text, limits, in_lakh) {
        // A plain 0 is none, for an amount in rupees whose least is above nothing (the
        // take-home wanted); "0.4" is refused as too small.
        amount::Typed::Wrong(amount::Wrong::TooSmall(_)) if text == "0" && !in_lakh => {
            Ok(amount::Typed::Amount { rupees: 0.0, as_typed: None })
        }
        amount::Typed::Empty => Err(Problem::Amount(amount::Wrong::Unreadable, limits)),
        amount::Typed::Incomplete(wrong) | amount::Typed::Wrong(wrong) => Err(Problem::Amount(wrong, limits)),
        read => Ok(read),
    }
}

/// Reads `text` as a value of `param` into the job and the person's own terms, or says why not.
fn read_into(param: Param, text: &str, job: &mut Job, own: &mut Own) -> Result<(), Problem> {
    match param.row().kind {
        Kind::Lakh(limits, slot) => slot.set(job, own, amount::held(link_amount(text, limits, true)?)),
        Kind::Rupees(limits, slot) => {
            // Dollars are read only where the limits take them, never in rupees.
            let amount::Typed::Amount { rupees, .. } = link_amount(text, limits, false)? else {
                return Err(Problem::NotAccepted);
            };
            slot.set(job, own, rupees)
        }
        Kind::Number { range, unit, slot, .. } => {
            slot.set(job, own, number_in(text, unit, range.clone()).ok_or(Problem::NotAccepted)?)
        }
        Kind::Coded { notation, slot } => {
            slot.set(job, own, (notation.read)(text).ok_or(Problem::NotAccepted)?)
        }
        Kind::Choice { slugs, slot, .. } => {
            let text = text.to_ascii_lowercase();
            slot.set(job, own, slugs.iter().position(|s| *s == text).ok_or(Problem::NotAccepted)?)
        }
    }
    Ok(())
}

/// A parameter's value as a link writes it, or `None` at its default, which a link leaves out.
fn written(param: Param, job: &Job, own: &Own) -> Option<String> {
    match param.row().kind {
        Kind::Lakh(_, slot) => slot.get(job, own).map(amount::canonical),
        Kind::Rupees(_, slot) => {
            let rupees = slot.get(job, own);
            (rupees != slot.default()).then(|| (rupees.round() as u64).to_string())
        }
        Kind::Number { slot, .. } => {
            let number = slot.get(job, own);
            (number != slot.default()).then(|| trimmed(number))
        }
        Kind::Coded { notation, slot } => {
            let code = slot.get(job, own);
            (code != slot.default()).then(|| (notation.write)(code))
        }
        Kind::Choice { slugs, slot, .. } => {
            let choice = slot.get(job, own);
            (choice != slot.default()).then(|| slugs[choice].to_string())
        }
    }
}

/// A number of `unit`s as a link or a field writes it ("55", "12.5", "12.5%", "-10%",
/// "12 months"), rounded to two decimals, if it lies in `range`.
pub fn number_in(text: &str, unit: Unit, range: RangeInclusive<f64>) -> Option<f64> {
    let text = text.trim();
    let text = text.strip_suffix(unit.symbol().trim_start()).unwrap_or(text).trim_end();
    let (negative, digits) = minus_sign(text);
    let sign = if negative { -1.0 } else { 1.0 };
    let value = sign * (read_decimal(digits)? * 100.0).round() / 100.0;
    // Months are whole: a clawback of 12.5 months would be counted as 12.
    let whole = unit != Unit::Months || value.fract() == 0.0;
    (whole && range.contains(&value)).then_some(value)
}

/// Whether `text` starts with a minus sign ("-" or "−"), and the rest of it.
pub fn minus_sign(text: &str) -> (bool, &str) {
    match text.strip_prefix('-').or_else(|| text.strip_prefix('−')) {
        Some(rest) => (true, rest),
        None => (false, text),
    }
}

/// The canonical query string, without `?`; empty for the default page. Order: profile A's
/// filters, then the parameters in the table's order, then B's filters with `b.`, each filter
/// in `Dimension::ALL` order, then B's job's parameters in the table's order. Defaults and
/// "Any" are left out.
pub fn encode(link: &Link) -> String {
    let filters = |sel: &Selection, profile: Profile| -> Vec<String> {
        Dimension::ALL
            .into_iter()
            .filter_map(|dim| {
                sel.get(dim).map(|e| format!("{}={}", Field::Filter(profile, dim).key(), e.slug))
            })
            .collect()
    };
    let mut parts = filters(&link.selection, Profile::A);
    for &param in Param::ALL {
        if let Some(value) = written(param, &link.job, &link.own) {
            parts.push(format!("{}={value}", Field::Param(Profile::A, param).key()));
        }
    }
    if let Some(b) = &link.compare {
        let mut b_parts = filters(b, Profile::B);
        for &param in Param::ALL.iter().filter(|p| p.in_job()) {
            if let Some(value) = written(param, &link.b_job, &Own::default()) {
                b_parts.push(format!("{}={value}", Field::Param(Profile::B, param).key()));
            }
        }
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
