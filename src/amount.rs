//! An annual amount read the way people type it, kept in lakh: an offer, a current CTC.
//!
//! Accepted: `12`, `12.5`, `12.5 L`, `12.5 lakh`, `12.5 LPA`, `₹12,50,000`, `1250000`, `1.2 Cr`,
//! `1.2 crore`. A bare number below 10,000 is in lakh (nobody is offered ₹12 a year, and
//! 10,000 lakh is beyond the accepted range); from 10,000 up it is in rupees. The value is
//! rounded to two decimals of a lakh (₹1,000), which is also how a link carries it.
//! Numbers are read with integer arithmetic: core's float parser would add to the WebAssembly.

use crate::format::{group_en_in, trimmed};

/// The accepted range, in lakh: ₹50,000 to ₹50 crore a year.
pub const MIN_LAKH: f64 = 0.5;
pub const MAX_LAKH: f64 = 5000.0;

/// Why a typed amount was not taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AmountError {
    Unreadable,
    NotPositive,
    OutOfRange,
}

impl AmountError {
    /// A plain sentence for the person, naming what they typed; `subject` is what the amount
    /// is, as a sentence starts: "An offer", "A current CTC".
    pub fn message(self, typed: &str, subject: &str) -> String {
        match self {
            AmountError::Unreadable => {
                format!(
                    "“{typed}” is not an amount this page can read. Try 12.5, 12.5 L, ₹12,50,000 or 1.2 Cr."
                )
            }
            AmountError::NotPositive => format!("{subject} must be more than zero."),
            AmountError::OutOfRange => format!("{subject} must be between ₹0.5 L and ₹50 Cr a year."),
        }
    }
}

/// Reads an annual amount, in lakh, rounded to two decimals.
pub fn parse(text: &str) -> Result<f64, AmountError> {
    let (value, scale) = read(text).ok_or(AmountError::Unreadable)?;
    let lakh = match scale {
        Some(scale) => value * scale,
        None if value.abs() < 10_000.0 => value,
        None => value / 100_000.0,
    };
    if lakh <= 0.0 {
        return Err(AmountError::NotPositive);
    }
    let lakh = (lakh * 100.0).round() / 100.0;
    if (MIN_LAKH..=MAX_LAKH).contains(&lakh) {
        Ok(lakh)
    } else {
        Err(AmountError::OutOfRange)
    }
}

/// A number as typed, with its unit: the signed value and its scale in lakh (`Some(1.0)` for
/// lakh, `Some(100.0)` for crore), or `None` for a bare number. A currency sign, `Rs.` or `INR`
/// may come first, commas group digits. `None` when it is not such a number.
pub fn read(text: &str) -> Option<(f64, Option<f64>)> {
    let lower = text.trim().to_ascii_lowercase();
    let mut rest = lower.as_str();
    for prefix in ["₹", "rs.", "rs", "inr"] {
        if let Some(after) = rest.strip_prefix(prefix) {
            rest = after.trim_start();
            break;
        }
    }
    let number_end =
        rest.find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ',' || c == '-')).unwrap_or(rest.len());
    // Checked: a plain split_at brings in the panic message for a cut inside a character, with
    // the formatting it needs (about 4 KB of WebAssembly in each module).
    let (number, unit) = rest.split_at_checked(number_end)?;
    let scale = match unit.trim() {
        "" => None,
        "l" | "lakh" | "lakhs" | "lac" | "lacs" | "lpa" => Some(1.0),
        "cr" | "crore" | "crores" => Some(100.0),
        _ => return None,
    };
    let (negative, digits) = match number.strip_prefix('-') {
        Some(digits) => (true, digits),
        None => (false, number),
    };
    let value = read_decimal(&digits.replace(',', ""))?;
    Some((if negative { -value } else { value }, scale))
}

/// The most a rupee amount of the old regime's (rent a month, an investment a year) may be:
/// ₹1 crore. Beyond it, a typing slip is likelier than a claim.
pub const MAX_RUPEES: f64 = 10_000_000.0;

/// Why a rupee amount was not taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RupeesError {
    Unreadable,
    Negative,
    TooLarge,
}

impl RupeesError {
    /// A plain sentence naming what was typed; `subject` as a sentence starts: "Rent".
    pub fn message(self, typed: &str, subject: &str) -> String {
        match self {
            RupeesError::Unreadable => {
                format!("“{typed}” is not an amount this page can read. Try 40000, ₹40,000 or 0.4 L.")
            }
            RupeesError::Negative => format!("{subject} cannot be below zero."),
            RupeesError::TooLarge => format!("{subject} must be at most ₹1 Cr."),
        }
    }
}

/// Reads an amount in rupees, rounded to the rupee: a bare number is rupees ("40000",
/// "₹40,000"); with a unit, lakh or crore ("0.4 L"). Zero is allowed: no claim.
pub fn parse_rupees(text: &str) -> Result<f64, RupeesError> {
    let (value, scale) = read(text).ok_or(RupeesError::Unreadable)?;
    let rupees = (value * scale.map_or(1.0, |lakh| lakh * 100_000.0)).round();
    if rupees < 0.0 {
        Err(RupeesError::Negative)
    } else if rupees > MAX_RUPEES {
        Err(RupeesError::TooLarge)
    } else {
        Ok(rupees)
    }
}

/// The amount as a link writes it: lakh with up to two decimals, "12.5".
pub fn canonical(lakh: f64) -> String {
    trimmed(lakh)
}

/// A typed amount as the page names it, in the link's own digits: "₹19 L", "₹12.5 L".
pub fn named(lakh: f64) -> String {
    format!("₹{} L", trimmed(lakh))
}

/// What a field says it understood: "Understood as ₹12.5 L a year (₹12,50,000)."
pub fn understood(lakh: f64) -> String {
    format!(
        "Understood as ₹{} L a year (₹{}).",
        trimmed(lakh),
        group_en_in((lakh * 100_000.0).round() as u64)
    )
}

/// "1234.5" as a number: digits with at most one point and six decimals, nothing else.
pub fn read_decimal(text: &str) -> Option<f64> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() && fraction.is_empty()
        || !all_digits(whole)
        || !all_digits(fraction)
        || whole.len() > 12
        || fraction.len() > 6
    {
        return None;
    }
    let number = |s: &str| s.bytes().fold(0u64, |n, b| n * 10 + u64::from(b - b'0'));
    Some(number(whole) as f64 + number(fraction) as f64 / 10u64.pow(fraction.len() as u32) as f64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn every_accepted_notation_reads_as_lakh() {
        for (typed, lakh) in [
            ("12", 12.0),
            ("12.5", 12.5),
            ("12.5 L", 12.5),
            ("12.5L", 12.5),
            ("12.5 lakh", 12.5),
            ("12.5 Lakhs", 12.5),
            ("12.5 LPA", 12.5),
            ("₹12,50,000", 12.5),
            ("₹ 12,50,000", 12.5),
            ("Rs. 12,50,000", 12.5),
            ("1250000", 12.5),
            ("1.2 Cr", 120.0),
            ("1.2 crore", 120.0),
            ("₹1.2Cr", 120.0),
            (" 0.5 ", 0.5),
            ("50 cr", 5000.0),
            ("14.128", 14.13),
            (".5", 0.5),
        ] {
            assert_eq!(parse(typed), Ok(lakh), "{typed:?}");
        }
    }

    #[test]
    fn unreadable_negative_zero_and_out_of_range_are_told_apart() {
        for typed in ["", "abc", "12.5 k", "1.2.3", "12 L 5", "₹", "1e5", "12,5,0.0.0", "lakh", "--5"] {
            assert_eq!(parse(typed), Err(AmountError::Unreadable), "{typed:?}");
        }
        for typed in ["-5", "0", "0.00", "-12.5 L", "₹0"] {
            assert_eq!(parse(typed), Err(AmountError::NotPositive), "{typed:?}");
        }
        for typed in ["0.4", "40000", "50.01 Cr", "5001", "0.004"] {
            assert_eq!(parse(typed), Err(AmountError::OutOfRange), "{typed:?}");
        }
    }

    #[test]
    fn a_link_writes_lakh_with_at_most_two_decimals() {
        assert_eq!(canonical(12.5), "12.5");
        assert_eq!(canonical(12.0), "12");
        assert_eq!(named(19.0), "₹19 L");
        assert_eq!(named(12.45), "₹12.45 L");
        assert_eq!(canonical(parse("₹12,34,567").unwrap()), "12.35");
    }

    #[test]
    fn the_message_quotes_what_was_typed_as_text_and_names_the_amount() {
        let message = AmountError::Unreadable.message("<b>x</b>", "An offer");
        assert!(message.starts_with("“<b>x</b>” is not an amount"));
        assert_eq!(
            AmountError::NotPositive.message("0", "A current CTC"),
            "A current CTC must be more than zero."
        );
    }

    #[test]
    fn rupee_amounts_read_bare_as_rupees_and_with_a_unit_as_lakh() {
        for (typed, rupees) in [
            ("40000", 40_000.0),
            ("₹40,000", 40_000.0),
            ("Rs. 1,50,000", 150_000.0),
            ("0.4 L", 40_000.0),
            ("1.5 lakh", 150_000.0),
            ("0", 0.0),
            ("12.4", 12.0),
            ("1 Cr", 10_000_000.0),
        ] {
            assert_eq!(parse_rupees(typed), Ok(rupees), "{typed:?}");
        }
        assert_eq!(parse_rupees("forty"), Err(RupeesError::Unreadable));
        assert_eq!(parse_rupees(""), Err(RupeesError::Unreadable));
        assert_eq!(parse_rupees("-5"), Err(RupeesError::Negative));
        assert_eq!(parse_rupees("1.01 Cr"), Err(RupeesError::TooLarge));
        assert_eq!(RupeesError::TooLarge.message("x", "Rent"), "Rent must be at most ₹1 Cr.");
    }

    #[test]
    fn a_field_says_what_it_understood() {
        assert_eq!(understood(12.5), "Understood as ₹12.5 L a year (₹12,50,000).");
        assert_eq!(understood(120.0), "Understood as ₹120 L a year (₹1,20,00,000).");
    }

    /// An amount in hundredths of a lakh, written in one of the notations people use.
    fn written(hundredths: u32, notation: usize) -> String {
        let lakh = f64::from(hundredths) / 100.0;
        let rupees = u64::from(hundredths) * 1_000;
        match notation {
            0 => trimmed(lakh),
            1 => format!("{} L", trimmed(lakh)),
            2 => format!("₹{}", group_en_in(rupees)),
            3 => format!("Rs. {rupees}"),
            4 => format!("{} lakh", trimmed(lakh)),
            _ => format!("{} Cr", trimmed(lakh / 100.0)),
        }
    }

    proptest! {
        #[test]
        fn every_amount_in_range_reads_back_from_each_notation(hundredths in 50u32..=500_000, notation in 0usize..6) {
            let text = written(hundredths, notation);
            let expected = f64::from(hundredths) / 100.0;
            // A crore figure keeps two decimals of a crore, so it may round to a whole lakh.
            let tolerance = if notation == 5 { 0.5 } else { 1e-9 };
            let lakh = parse(&text);
            prop_assert!(lakh.is_ok(), "{:?} did not read: {:?}", text, lakh);
            let lakh = lakh.unwrap();
            prop_assert!((lakh - expected).abs() <= tolerance, "{:?} read as {}", text, lakh);
            prop_assert_eq!(parse(&canonical(lakh)), Ok(lakh));
        }

        #[test]
        fn text_with_a_letter_other_than_a_unit_never_reads(number in "[0-9]{1,6}", junk in "[a-km-z]{1,3}") {
            // No unit is spelt with these letters alone except "l", "cr" and their long forms.
            prop_assume!(!["cr", "lac", "lpa"].contains(&junk.as_str()));
            prop_assert_eq!(parse(&format!("{number} {junk}")), Err(AmountError::Unreadable));
        }

        #[test]
        fn any_text_reads_without_a_panic_and_any_amount_is_in_range(text in "\\PC{0,40}") {
            if let Ok(lakh) = parse(&text) {
                prop_assert!((MIN_LAKH..=MAX_LAKH).contains(&lakh));
            }
        }
    }
}
