//! An amount as a person types it into a field of the form, read the same way in every field:
//! a bare number below 100 is lakh ("12.5"), one from 10,000 up is rupees ("40000"), and one in
//! between could be either, so it is refused with a way to type it. Digits grouped with commas,
//! or a currency before or after them, are rupees; a unit says what it says ("35k", "1.2 Cr").
//! Offer letters' lines are read as written: a leading label ("CTC:"), a trailing currency
//! ("21,50,000 INR") and a parenthesis that only describes ("(including variable)").
//!
//! While a person types, text that more typing can still make an amount ("Rs. 21,5", "12.5 la")
//! is `Incomplete`: it changes nothing and raises no alarm, so no half-typed figure flashes.
//! Text that no more typing can mend is `Wrong` at once.
//!
//! A link's values are read by the same reader (`read_link`), with one difference: a link is
//! written by the page, so a bare number in it is in the parameter's own unit, lakh for a CTC
//! ("150" is ₹150 L) and rupees for the rest ("40000").
//!
//! US dollars ("$40,000", "40k USD", "USD 40000") are read only where the limits take them (an
//! RSU grant): anywhere else, they are not an amount this page can read.

use super::{is_range, read_decimal, MONTH_WORDS, YEAR_WORDS};
use crate::format::{group_en_in, lakh_of, rupees as money, rupees_of, trimmed};

/// What a field holds and accepts: rupees a month or a year, from `min` to `max`, and, where
/// `dollars`, US dollars within the same figures.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Limits {
    pub monthly: bool,
    pub min: f64,
    pub max: f64,
    pub dollars: bool,
}

/// Why a typed amount cannot be used.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Wrong {
    Unreadable,
    /// Two amounts with a dash or "to" between them.
    Range,
    /// A bare number from 100 to 9,999: lakh or rupees.
    Ambiguous(f64),
    Negative,
    /// Below the field's least, or above its most: the rupees it reads as.
    TooSmall(f64),
    TooLarge(f64),
}

/// What a field's text means.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Typed {
    Empty,
    /// Rupees in the field's own period, and, when typed as the other period's, as typed.
    Amount {
        rupees: f64,
        as_typed: Option<f64>,
    },
    /// Not an amount yet, but more typing can make it one; left so, it is `Wrong` for this reason.
    Incomplete(Wrong),
    Wrong(Wrong),
    /// Whole US dollars, where the limits take them.
    Dollars(f64),
}

impl Typed {
    /// What the text means once the field is left: nothing more is coming.
    pub fn left(self) -> Typed {
        match self {
            Typed::Incomplete(wrong) => Typed::Wrong(wrong),
            done => done,
        }
    }
}

/// Words that may come before an amount, and what may be typed before it is one.
const LABELS: [&str; 7] = ["total ctc", "ctc", "offer", "salary", "package", "fixed", "gross"];
/// Rupees, then from `FIRST_DOLLAR` on, US dollars; the last may come after the figure too.
const CURRENCIES: [&str; 7] = ["₹", "rs.", "rs", "inr", "us$", "$", "usd"];
const FIRST_DOLLAR: usize = 4;
/// Units, with their size in lakh.
const UNITS: [(&str, f64); 11] = [
    ("l", 1.0),
    ("lakh", 1.0),
    ("lakhs", 1.0),
    ("lac", 1.0),
    ("lacs", 1.0),
    ("lpa", 1.0),
    ("cr", 100.0),
    ("crore", 100.0),
    ("crores", 100.0),
    ("k", 0.01),
    ("thousand", 0.01),
];
/// Currency after the figure.
const AFTER: [&str; 4] = ["inr", "rupees", "rs", "rs."];

/// How a bare number (no unit, no currency, no grouping) is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bare {
    /// Typed by a person: below 100 lakh, from 10,000 rupees, in between refused.
    Typed,
    /// Written in a link: in the parameter's unit.
    Lakh,
    Rupees,
}

/// Reads `text` for a field of `limits`.
pub fn read_typed(text: &str, limits: Limits) -> Typed {
    read(text, limits, Bare::Typed, false)
}

/// Reads what is left in a field of `limits` once the person has left it: nothing more is
/// coming, so a last point ("12.") ends the figure and a start of one is wrong.
pub fn read_left(text: &str, limits: Limits) -> Typed {
    read(text, limits, Bare::Typed, true).left()
}

/// Reads a link's value for a parameter of `limits` whose unit is lakh (`in_lakh`) or rupees:
/// what it is once complete (nothing more is coming).
pub fn read_link(text: &str, limits: Limits, in_lakh: bool) -> Typed {
    read(text, limits, if in_lakh { Bare::Lakh } else { Bare::Rupees }, true).left()
}

/// The period words before a figure or in a parenthesis name: "Monthly gross" a month
/// (`true`), "Annual CTC" a year. "CTC" alone names none: "CTC 1,79,167 per month" is a month.
fn period_of_label(label: &str) -> Option<bool> {
    // Word by word: a substring search would bring core's string searcher into the module.
    let says = |starts: &[&str]| label.split(' ').any(|word| starts.iter().any(|s| word.starts_with(s)));
    if says(&["month", "p.m"]) {
        Some(true)
    } else if says(&["year", "annual", "annum", "p.a"]) {
        Some(false)
    } else {
        None
    }
}

/// Adds a period named by a label or a parenthesis to the one named before; `false` when the
/// two disagree.
fn agrees(named: &mut Option<bool>, period: Option<bool>) -> bool {
    let agree = !matches!((*named, period), (Some(a), Some(b)) if a != b);
    *named = named.or(period);
    agree
}

fn read(text: &str, limits: Limits, bare: Bare, done: bool) -> Typed {
    let mut lower = text.trim().to_ascii_lowercase();
    if lower.is_empty() {
        return Typed::Empty;
    }
    if done {
        // A figure that ends a sentence: "12.", "₹40,000 p.m.". One point only: "12.." is not.
        match lower.strip_suffix('.') {
            Some("") => return Typed::Wrong(Wrong::Unreadable),
            Some(before) => lower = before.to_string(),
            None => {}
        }
    }
    // The period named by a label or a parenthesis, and whether they all agree.
    let mut named = None;
    let mut agree = true;
    // A parenthesis without a figure only describes, "(including variable)", or names the
    // period, "(per month)"; what follows it still counts: "₹1,04,167 (fixed) per month". Half
    // typed, it ends the text.
    if let Some((before, opened)) = lower.split_once('(') {
        let (inside, after) = opened.split_once(')').unwrap_or((opened, ""));
        if !inside.bytes().any(|b| b.is_ascii_digit()) {
            agree &= agrees(&mut named, period_of_label(inside));
            lower = format!("{} {}", before.trim_end(), after.trim_start()).trim().to_string();
        }
    }
    let mut rest = lower.as_str();
    // A label before a colon, whose words may say the period ("Monthly gross: 1,79,167"), or a
    // known one; then a dash and a space may part it from the figure ("CTC - 21,50,000"), where
    // a dash against the figure is a minus ("CTC: -5").
    let mut labelled = false;
    if let Some((label, after)) = rest.split_once(':') {
        if !label.bytes().any(|b| b.is_ascii_digit()) {
            agree &= agrees(&mut named, period_of_label(label));
            labelled = true;
            rest = after.trim_start();
        }
    }
    for label in LABELS {
        if let Some(after) = rest.strip_prefix(label) {
            if after.is_empty() || after.starts_with(' ') {
                agree &= agrees(&mut named, period_of_label(label));
                labelled = true;
                rest = after.trim_start();
                break;
            }
        }
    }
    if labelled {
        for dash in ["-", "–", "—"] {
            if let Some(after) = rest.strip_prefix(dash) {
                if after.starts_with(' ') {
                    rest = after.trim_start();
                }
                break;
            }
        }
    }
    let mut currency = false;
    let mut dollars = false;
    for (i, sign) in CURRENCIES.iter().enumerate() {
        if let Some(after) = rest.strip_prefix(sign) {
            rest = after.trim_start();
            currency = true;
            dollars = i >= FIRST_DOLLAR;
            break;
        }
    }
    if let Some(before) = rest.strip_suffix(CURRENCIES[CURRENCIES.len() - 1]).filter(|_| !currency) {
        rest = before.trim_end();
        currency = true;
        dollars = true;
    }
    if !rest.bytes().any(|b| b.is_ascii_digit()) {
        // Nothing of a figure yet: a start of a label or a currency may still become one.
        let start = lower.trim();
        let begins = |word: &str| word.starts_with(start) || start.starts_with(word);
        let typing = rest.is_empty() || rest == "-" || rest == ".";
        return if typing || LABELS.iter().chain(&CURRENCIES).any(|w| begins(w)) {
            Typed::Incomplete(Wrong::Unreadable)
        } else {
            Typed::Wrong(Wrong::Unreadable)
        };
    }
    let (negative, digits) = match rest.strip_prefix('-') {
        Some(after) => (true, after.trim_start()),
        None => (false, rest),
    };
    let end = digits.find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ',')).unwrap_or(digits.len());
    // Checked: a plain split_at brings in the panic message for a cut inside a character.
    let Some((number, tail)) = digits.split_at_checked(end) else { return Typed::Wrong(Wrong::Unreadable) };
    if is_range(number, tail) {
        return Typed::Wrong(Wrong::Range);
    }
    let (value, grouped) = match figure(number) {
        Figure::Value(value, grouped) => (value, grouped),
        Figure::Partial => return Typed::Incomplete(Wrong::Unreadable),
        Figure::Bad => return Typed::Wrong(Wrong::Unreadable),
    };
    let Some((scale, said, after)) = words(tail) else {
        return if partial_words(tail) {
            Typed::Incomplete(Wrong::Unreadable)
        } else {
            Typed::Wrong(Wrong::Unreadable)
        };
    };
    if negative {
        return Typed::Wrong(Wrong::Negative);
    }
    if !agree || !agrees(&mut named, said) || (dollars && !limits.dollars) {
        return Typed::Wrong(Wrong::Unreadable);
    }
    let said = named;
    // A bare number read as lakh: more digits may still make it rupees ("2" of "25000").
    let mut bare_lakh = false;
    let as_said = match scale {
        Some(lakh) => rupees_of(value * lakh),
        None if currency || grouped || after => value,
        None if bare == Bare::Rupees => value,
        // A link's lakh, and rupees from 10,000 up, as a hand-edited link may hold them.
        None if bare == Bare::Lakh && value < 10_000.0 => rupees_of(value),
        None if value < 100.0 => {
            bare_lakh = true;
            rupees_of(value)
        }
        None if value < 10_000.0 => return Typed::Incomplete(Wrong::Ambiguous(value)),
        None => value,
    };
    let (rupees, as_typed) = match (said, limits.monthly) {
        (Some(true), false) => (as_said * 12.0, Some(as_said)),
        (Some(false), true) => (as_said / 12.0, Some(as_said)),
        _ => (as_said, None),
    };
    let rupees = rupees.round();
    if rupees < limits.min {
        Typed::Incomplete(Wrong::TooSmall(rupees))
    } else if rupees > limits.max && bare_lakh && !done {
        Typed::Incomplete(Wrong::TooLarge(rupees))
    } else if rupees > limits.max {
        Typed::Wrong(Wrong::TooLarge(rupees))
    } else if dollars {
        Typed::Dollars(rupees)
    } else {
        Typed::Amount { rupees, as_typed }
    }
}

enum Figure {
    /// The number, and whether its digits were grouped with commas.
    Value(f64, bool),
    /// A start of a number: "21,5", "12.".
    Partial,
    Bad,
}

/// The digits before the words: grouped in the Indian way (21,50,000) or in thousands
/// (2,150,000), with at most one point.
fn figure(number: &str) -> Figure {
    let (whole, fraction) = number.split_once('.').unwrap_or((number, ""));
    if fraction.contains(',') || fraction.contains('.') {
        return Figure::Bad;
    }
    if number.ends_with('.') {
        return Figure::Partial;
    }
    let groups: Vec<&str> = whole.split(',').collect();
    let grouped = groups.len() > 1;
    if grouped && !fraction.is_empty() && groups.last().is_some_and(|g| g.len() != 3) {
        return Figure::Bad;
    }
    if let (Some((first, rest)), true) = (groups.split_first(), grouped) {
        let (last, middle) = rest.split_last().unwrap_or((first, &[]));
        let first_ok = (1..=3).contains(&first.len());
        let indian = first.len() <= 2 && middle.iter().all(|g| g.len() == 2);
        let thousands = middle.iter().all(|g| g.len() == 3);
        if !first_ok || !(indian || thousands) || last.len() > 3 {
            return Figure::Bad;
        }
        if last.len() < 3 {
            return Figure::Partial;
        }
    }
    // A loop, not `replace`, which would bring its own code into the first stage.
    let mut digits: String = whole.chars().filter(|&c| c != ',').collect();
    digits.push('.');
    digits += fraction;
    match read_decimal(digits.trim_end_matches('.')) {
        Some(value) => Figure::Value(value, grouped),
        None => Figure::Bad,
    }
}

/// The words after the figure: its unit (in lakh), whether it said a month (`true`) or a year
/// (`false`), and whether a currency followed it; `None` for words that are not all known.
fn words(tail: &str) -> Option<(Option<f64>, Option<bool>, bool)> {
    let mut rest = tail.trim();
    let (mut said, mut after) = (None, false);
    // From the end: the period, then currency words and "/-", which may come in any order.
    'end: loop {
        for (words, month) in [(&YEAR_WORDS[..], false), (&MONTH_WORDS[..], true)] {
            for word in words {
                if let Some(before) = rest.strip_suffix(word) {
                    if said.is_some_and(|s| s != month) {
                        return None;
                    }
                    said = Some(month);
                    rest = before.trim_end();
                    continue 'end;
                }
            }
        }
        for word in AFTER.iter().chain(&["/-"]) {
            if let Some(before) = rest.strip_suffix(word) {
                after |= *word != "/-";
                rest = before.trim_end();
                continue 'end;
            }
        }
        break;
    }
    let rest = rest.strip_prefix("/-").unwrap_or(rest).trim();
    let unit = match rest {
        "" => None,
        word => Some(UNITS.iter().find(|(w, _)| *w == word)?),
    };
    if unit.is_some_and(|(w, _)| *w == "lpa") {
        if said == Some(true) {
            return None;
        }
        said = Some(false);
    }
    Some((unit.map(|(_, lakh)| *lakh), said, after))
}

/// Whether the words after the figure are a start of words it can take: every word but the
/// last one of them, and the last the start of one.
fn partial_words(tail: &str) -> bool {
    let known = |word: &str, whole: bool| {
        let all = UNITS.iter().map(|(w, _)| *w).chain(AFTER).chain(["/-", "/", "per", "a", "p"]);
        let phrases = YEAR_WORDS.iter().chain(&MONTH_WORDS).flat_map(|p| p.split(' '));
        all.chain(phrases).any(|w| if whole { w == word } else { w.starts_with(word) })
    };
    // "85k/mo": the unit and the period may be written together. A loop, not `replace`.
    let mut spaced = String::new();
    for c in tail.chars() {
        if c == '/' {
            spaced.push(' ');
        }
        spaced.push(c);
    }
    let words: Vec<&str> = spaced.split_whitespace().collect();
    match words.split_last() {
        Some((last, before)) => before.iter().all(|w| known(w, true)) && known(last, false),
        None => true,
    }
}

/// The field's own line when empty, or while its text is not yet an amount: how to type one.
pub fn how_to_type(limits: Limits) -> &'static str {
    match (limits.monthly, limits.min >= 50_000.0) {
        (true, _) => "Type it as ₹40,000, 40k or 0.4 L a month.",
        (false, true) => "Type it as 12.5, 12.5 L, ₹12,50,000 or 1.2 Cr.",
        (false, false) => "Type it as ₹50,000, 50k or 0.5 L a year.",
    }
}

impl Wrong {
    /// The plain sentence for what was typed (`typed`, quoted as text) in a field whose amount
    /// is `subject` ("An offer", "Rent").
    pub fn message(self, typed: &str, subject: &str, limits: Limits) -> String {
        let per = if limits.monthly { " a month" } else { " a year" };
        match self {
            Wrong::Unreadable => {
                format!("“{typed}” is not an amount this page can read. {}", how_to_type(limits))
            }
            Wrong::Range => {
                format!("“{typed}” is a range, not an amount. Type the one figure, such as the offer in the letter.")
            }
            // Only the readings the field takes are offered.
            Wrong::Ambiguous(n) => {
                let fits = |r: f64| r >= limits.min && r <= limits.max;
                let lakh = format!("{} L for lakh", trimmed(n));
                let rupees = format!("₹{} for rupees", group_en_in(n.round() as u64));
                match (fits(rupees_of(n)), fits(n)) {
                    (true, true) => format!("“{typed}” could be lakh or rupees. Type {lakh}, or {rupees}."),
                    (true, false) => format!("“{typed}” could be lakh or rupees. Type {lakh}."),
                    (false, true) => format!("“{typed}” could be lakh or rupees. Type {rupees}."),
                    (false, false) => format!(
                        "“{typed}” is too large here as lakh and too small as rupees. {}",
                        how_to_type(limits)
                    ),
                }
            }
            Wrong::Negative => format!("{subject} cannot be below zero."),
            Wrong::TooSmall(r) => format!(
                "{subject} is at least {}{per}: “{typed}” reads as {}.",
                lakh_or_rupees(limits.min),
                money(r)
            ),
            Wrong::TooLarge(r) => format!(
                "{subject} is at most {}{per}: “{typed}” reads as {}. {}",
                lakh_or_rupees(limits.max),
                lakh_or_rupees(r),
                how_to_type(limits)
            ),
        }
    }
}

/// "₹50 Cr", "₹10 L", "₹40,000": as a limit is said.
fn lakh_or_rupees(rupees: f64) -> String {
    if rupees >= 10_000_000.0 {
        format!("₹{} Cr", trimmed(rupees / 10_000_000.0))
    } else if rupees >= 50_000.0 {
        format!("₹{} L", trimmed(lakh_of(rupees)))
    } else {
        money(rupees)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CTC: Limits = Limits { monthly: false, min: 50_000.0, max: 500_000_000.0, dollars: false };
    const RENT: Limits = Limits { monthly: true, min: 0.0, max: 1_000_000.0, dollars: false };
    const WANT: Limits = Limits { monthly: true, min: 10_000.0, max: 10_000_000.0, dollars: false };
    const CLAIM: Limits = Limits { monthly: false, min: 0.0, max: 10_000_000.0, dollars: false };

    fn rupees(text: &str, limits: Limits) -> Option<f64> {
        match read_typed(text, limits) {
            Typed::Amount { rupees, .. } => Some(rupees),
            _ => None,
        }
    }

    #[test]
    fn words_around_the_figure_count_wherever_they_are() {
        // A describing parenthesis in the middle: what follows it still says the period.
        assert_eq!(rupees("₹1,04,167 (fixed) per month", CTC), Some(1_250_004.0));
        // A label that names the period, and one a dash parts from the figure.
        assert_eq!(rupees("Monthly gross: ₹1,79,167", CTC), Some(2_150_004.0));
        assert_eq!(rupees("CTC - 21,50,000", CTC), Some(2_150_000.0));
        assert_eq!(rupees("Annual CTC: 21,50,000", CTC), Some(2_150_000.0));
        // A label and words after the figure that disagree are refused.
        assert_eq!(read_typed("Monthly: 12 L p.a.", CTC), Typed::Wrong(Wrong::Unreadable));
        // "CTC" names no period: the words after the figure do.
        assert_eq!(rupees("CTC 1,79,167 per month", CTC), Some(2_150_004.0));
        assert_eq!(rupees("Total CTC: ₹1,79,167 monthly", CTC), Some(2_150_004.0));
        // A parenthesis may name the period, before the figure or after it.
        assert_eq!(rupees("(monthly) 1,79,167", CTC), Some(2_150_004.0));
        assert_eq!(rupees("₹1,04,167 (per month)", CTC), Some(1_250_004.0));
        assert_eq!(read_typed("₹1,04,167 (per month) p.a.", CTC), Typed::Wrong(Wrong::Unreadable));
        // A dash against the figure after a label is a minus, not a separator.
        assert_eq!(read_typed("CTC: -5", CTC), Typed::Wrong(Wrong::Negative));
        assert_eq!(read_typed("Rent: -25000", RENT), Typed::Wrong(Wrong::Negative));
        assert_eq!(read_typed("ctc -12", CTC), Typed::Wrong(Wrong::Negative));
    }

    #[test]
    fn a_bare_lakh_too_large_for_the_field_may_still_become_rupees() {
        // Rent "25000" typed key by key: "25" is ₹25 L a month, more than rent can be, but
        // more digits make it rupees, so no alarm until the field is left.
        assert_eq!(read_typed("25", RENT), Typed::Incomplete(Wrong::TooLarge(2_500_000.0)));
        assert_eq!(read_left("25", RENT), Typed::Wrong(Wrong::TooLarge(2_500_000.0)));
        assert_eq!(rupees("25000", RENT), Some(25_000.0));
        // The message offers only the readings the field takes: ₹5,000 L is more than any
        // rent; ₹150 is less than the least offer (₹50,000); a take-home of ₹5,000 L a month is
        // more than its most (₹1 Cr) and ₹5,000 less than its least (₹10,000).
        assert_eq!(
            Wrong::Ambiguous(5000.0).message("5000", "Rent", RENT),
            "“5000” could be lakh or rupees. Type ₹5,000 for rupees."
        );
        assert_eq!(
            Wrong::Ambiguous(150.0).message("150", "An offer", CTC),
            "“150” could be lakh or rupees. Type 150 L for lakh."
        );
        assert_eq!(
            Wrong::Ambiguous(5000.0).message("5000", "The take-home", WANT),
            "“5000” is too large here as lakh and too small as rupees. Type it as ₹40,000, 40k or 0.4 L a month."
        );
        // A year's claim of 100 may be ₹1 Cr (its most) or ₹100: both are offered.
        assert_eq!(
            Wrong::Ambiguous(100.0).message("100", "A claim", CLAIM),
            "“100” could be lakh or rupees. Type 100 L for lakh, or ₹100 for rupees."
        );
    }

    #[test]
    fn a_last_point_ends_a_figure_once_nothing_more_is_coming() {
        assert_eq!(read_typed("12.", CTC), Typed::Incomplete(Wrong::Unreadable));
        assert_eq!(read_left("12.", CTC), Typed::Amount { rupees: 1_200_000.0, as_typed: None });
        assert_eq!(read_link("12.", CTC, true), Typed::Amount { rupees: 1_200_000.0, as_typed: None });
        // "p.m." with its point cut is still a month: ₹40,000 a month is ₹4,80,000 a year.
        assert_eq!(
            read_left("₹40,000 p.m.", CLAIM),
            Typed::Amount { rupees: 480_000.0, as_typed: Some(40_000.0) }
        );
        // One point ends a figure, "12.5." as "12."; two, or a point alone, do not.
        assert_eq!(read_left("12.5.", CTC), Typed::Amount { rupees: 1_250_000.0, as_typed: None });
        assert_eq!(read_left("12..", CTC), Typed::Wrong(Wrong::Unreadable));
        assert_eq!(read_left(".", CTC), Typed::Wrong(Wrong::Unreadable));
    }

    #[test]
    fn a_bare_number_reads_the_same_in_every_field() {
        // Below 100, lakh: in the offer, the take-home a month and a year's claim alike.
        assert_eq!(rupees("1.4", CTC), Some(140_000.0));
        assert_eq!(rupees("1.4", WANT), Some(140_000.0));
        assert_eq!(rupees("1.5", CLAIM), Some(150_000.0));
        // From 10,000 up, rupees.
        assert_eq!(rupees("2150000", CTC), Some(2_150_000.0));
        assert_eq!(rupees("35000", RENT), Some(35_000.0));
        // Rent "35" is ₹35 L a month: more than any rent, so refused with how to type it once
        // the field is left (while typing, "35" may still become "35000").
        assert_eq!(read_typed("35", RENT), Typed::Incomplete(Wrong::TooLarge(3_500_000.0)));
        assert_eq!(read_left("35", RENT), Typed::Wrong(Wrong::TooLarge(3_500_000.0)));
        assert_eq!(
            Wrong::TooLarge(3_500_000.0).message("35", "Rent", RENT),
            "Rent is at most ₹10 L a month: “35” reads as ₹35 L. Type it as ₹40,000, 40k or 0.4 L a month."
        );
        // In between, either: refused once the field is left, with the way to write it that
        // the field takes (₹2,150 is less than any offer).
        assert_eq!(read_typed("2150", CTC), Typed::Incomplete(Wrong::Ambiguous(2150.0)));
        assert_eq!(
            Wrong::Ambiguous(2150.0).message("2150", "An offer", CTC),
            "“2150” could be lakh or rupees. Type 2150 L for lakh."
        );
        assert_eq!(rupees("₹3,500", RENT), Some(3_500.0));
        assert_eq!(rupees("3.5k", RENT), Some(3_500.0));
        assert_eq!(rupees("₹500", CLAIM), Some(500.0));
    }

    #[test]
    fn offer_letters_lines_read_as_written() {
        for line in [
            "CTC: Rs. 21,50,000/- p.a.",
            "21,50,000 INR",
            "Rs. 21,50,000/- p.a. (including variable)",
            "₹21,50,000",
            "21.5 LPA",
            "CTC 21.5 L",
            "2,150,000",
            "21.5 lakh per annum",
        ] {
            assert_eq!(rupees(line, CTC), Some(2_150_000.0), "{line:?}");
        }
        assert_eq!(
            read_typed("₹1,79,167 per month", CTC),
            Typed::Amount { rupees: 2_150_004.0, as_typed: Some(179_167.0) }
        );
        assert_eq!(
            read_typed("18 LPA", WANT),
            Typed::Amount { rupees: 150_000.0, as_typed: Some(1_800_000.0) }
        );
    }

    #[test]
    fn every_start_of_an_offer_letter_s_line_is_incomplete_never_another_figure() {
        // (A bare start reads as lakh: "21" of "21,50,000 INR" is ₹21 L. With "Rs." or a label
        // first, no start is a figure.)
        for line in ["Rs. 21,50,000", "CTC: Rs. 21,50,000/- p.a. (including variable)", "₹1.2 Cr"] {
            let chars: Vec<char> = line.chars().collect();
            for end in 1..chars.len() {
                let start: String = chars[..end].iter().collect();
                match read_typed(&start, CTC) {
                    Typed::Incomplete(_) | Typed::Empty => {}
                    Typed::Amount { rupees, .. } => {
                        let done = rupees_of(line);
                        assert_eq!(rupees, done, "{start:?} reads as ₹{rupees}, not the ₹{done} of {line:?}")
                    }
                    Typed::Wrong(w) => panic!("{start:?} of {line:?} is wrong at once: {w:?}"),
                    Typed::Dollars(d) => panic!("{start:?} of {line:?} reads as ${d}"),
                }
            }
            assert!(matches!(read_typed(line, CTC), Typed::Amount { .. }), "{line}");
        }
    }

    fn rupees_of(line: &str) -> f64 {
        rupees(line, CTC).expect("an amount")
    }

    #[test]
    fn what_no_typing_can_mend_is_wrong_at_once() {
        assert_eq!(read_typed("lots", CTC), Typed::Wrong(Wrong::Unreadable));
        assert_eq!(read_typed("12-15 L", CTC), Typed::Wrong(Wrong::Range));
        assert_eq!(read_typed("-5", RENT), Typed::Wrong(Wrong::Negative));
        assert_eq!(read_typed("12 xyz", CTC), Typed::Wrong(Wrong::Unreadable));
        assert_eq!(read_typed("1,2345", CTC), Typed::Wrong(Wrong::Unreadable));
        assert_eq!(read_typed("60 Cr", CTC), Typed::Wrong(Wrong::TooLarge(600_000_000.0)));
        // Left half-typed, a text is wrong for the reason it was not yet an amount.
        assert_eq!(read_typed("Rs. 21,5", CTC).left(), Typed::Wrong(Wrong::Unreadable));
        assert_eq!(read_typed("Rs. 21", CTC).left(), Typed::Wrong(Wrong::TooSmall(21.0)));
        assert_eq!(
            Wrong::TooSmall(21.0).message("Rs. 21", "An offer", CTC),
            "An offer is at least ₹0.5 L a year: “Rs. 21” reads as ₹21."
        );
        assert_eq!(read_typed("", CTC), Typed::Empty);
        assert_eq!(rupees("0", RENT), Some(0.0));
    }
}
