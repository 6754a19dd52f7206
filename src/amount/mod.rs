//! An amount read the way offer letters, payslips and people write it, kept in lakh: an offer,
//! a current CTC, a joining bonus; or rupees a month: the take-home someone wants.
//!
//! Accepted: `12`, `12.5`, `12.5 L`, `12.5 lakh`, `12.5 lacs`, `12.5 LPA`, `12.5L CTC`,
//! `₹12,50,000`, `12,50,000/-`, `Rs. 12,50,000/-`, `₹12,50,000/- p.a.`, `INR 12,50,000 per
//! annum`, `1250000`, `1.2 Cr`, `1.2 crore`, `85k`; and a month's amount, marked so: `₹1,04,167
//! per month`, `1,04,167 pm`, `1.04 L/month`, `85K/month`, `₹85,000 monthly`. A bare number below
//! 10,000 is in lakh (nobody is offered ₹12 a year, and 10,000 lakh is beyond the accepted
//! range); from 10,000 up it is in rupees. A CTC is rounded to two decimals of a lakh (₹1,000),
//! which is also how a link carries it. `12-15 L` is a range, and is told apart as one.
//! Numbers are read with integer arithmetic: core's float parser would add to the WebAssembly.

use crate::format::{group_en_in, trimmed};

pub mod typed;
pub use typed::{how_to_type, read_typed, Limits, Typed, Wrong};

/// The accepted range, in lakh: ₹50,000 to ₹50 crore a year.
pub const MIN_LAKH: f64 = 0.5;
pub const MAX_LAKH: f64 = 5000.0;

/// Why a typed amount was not taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AmountError {
    Unreadable,
    /// Two amounts with a dash or "to" between them: "12-15 L".
    Range,
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
            AmountError::Range => {
                format!("“{typed}” is a range, not an amount. Type the one figure, such as the offer in the letter.")
            }
            AmountError::NotPositive => format!("{subject} must be more than zero."),
            AmountError::OutOfRange => format!("{subject} must be between ₹0.5 L and ₹50 Cr a year."),
        }
    }
}

/// How often a typed amount is paid, as its words say.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    /// No word for it: the field's own (a year for a CTC, a month for the take-home wanted).
    Unsaid,
    Year,
    Month,
}

/// A number as typed: its signed value, its scale in lakh (`Some(1.0)` for lakh, `Some(100.0)`
/// for crore, `Some(0.01)` for thousand), or `None` for a bare number, and its period.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Reading {
    pub value: f64,
    pub scale: Option<f64>,
    pub period: Period,
}

impl Reading {
    /// In lakh: a bare number below 10,000 is lakh, from 10,000 up rupees.
    fn lakh(&self) -> f64 {
        match self.scale {
            Some(scale) => self.value * scale,
            None if self.value.abs() < 10_000.0 => self.value,
            None => self.value / 100_000.0,
        }
    }
}

/// An annual amount (a CTC, a bonus) as read: lakh a year, rounded to two decimals, and the
/// rupees a month that were typed when it was written as a month's (the CTC a month, × 12).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Annual {
    pub lakh: f64,
    pub monthly: Option<f64>,
}

/// Reads an annual amount, in lakh, rounded to two decimals.
pub fn parse(text: &str) -> Result<f64, AmountError> {
    parse_annual(text).map(|a| a.lakh)
}

/// Reads an annual amount; one written as a month's is twelve of them.
pub fn parse_annual(text: &str) -> Result<Annual, AmountError> {
    let reading = read(text)?;
    let per_period = reading.lakh();
    let monthly = (reading.period == Period::Month).then(|| (per_period * 100_000.0).round());
    let lakh = if monthly.is_some() { per_period * 12.0 } else { per_period };
    if lakh <= 0.0 {
        return Err(AmountError::NotPositive);
    }
    let lakh = (lakh * 100.0).round() / 100.0;
    if (MIN_LAKH..=MAX_LAKH).contains(&lakh) {
        Ok(Annual { lakh, monthly })
    } else {
        Err(AmountError::OutOfRange)
    }
}

/// The take-home a month someone may ask about: ₹10,000 to ₹1 Cr.
pub const MIN_MONTHLY: f64 = 10_000.0;
pub const MAX_MONTHLY: f64 = 10_000_000.0;

/// Reads a take-home a month, in whole rupees: a bare amount is a month's, one marked as a
/// year's ("18 LPA", "₹18,00,000 p.a.") is divided by 12.
pub fn parse_monthly(text: &str) -> Result<f64, AmountError> {
    let reading = read(text)?;
    let rupees = reading.lakh() * 100_000.0;
    let rupees = if reading.period == Period::Year { rupees / 12.0 } else { rupees }.round();
    if rupees <= 0.0 {
        Err(AmountError::NotPositive)
    } else if (MIN_MONTHLY..=MAX_MONTHLY).contains(&rupees) {
        Ok(rupees)
    } else {
        Err(AmountError::OutOfRange)
    }
}

/// Words after a number that say it is a year's, or a month's, or nothing (a CTC is a year's).
const YEAR_WORDS: [&str; 11] =
    ["per annum", "p.a.", "p.a", "pa", "per year", "a year", "/year", "/yr", "yearly", "annually", "ctc"];
const MONTH_WORDS: [&str; 9] =
    ["per month", "a month", "/month", "/ month", "/mo", "p.m.", "pm", "monthly", "pcm"];

/// A number as typed, with its unit and period. A currency sign, `Rs.` or `INR` may come
/// first, commas group digits, `/-` may end the figure.
pub fn read(text: &str) -> Result<Reading, AmountError> {
    let lower = text.trim().to_ascii_lowercase();
    let mut rest = lower.as_str();
    for prefix in ["₹", "rs.", "rs", "inr"] {
        if let Some(after) = rest.strip_prefix(prefix) {
            rest = after.trim_start();
            break;
        }
    }
    let is_number_char = |c: char| c.is_ascii_digit() || c == '.' || c == ',';
    let unsigned = rest.strip_prefix('-').unwrap_or(rest);
    let number_end =
        unsigned.find(|c: char| !is_number_char(c)).unwrap_or(unsigned.len()) + (rest.len() - unsigned.len());
    // Checked: a plain split_at brings in the panic message for a cut inside a character, with
    // the formatting it needs (about 4 KB of WebAssembly in each module).
    let (number, tail) = rest.split_at_checked(number_end).ok_or(AmountError::Unreadable)?;
    if is_range(number, tail) {
        return Err(AmountError::Range);
    }
    let mut unit = tail.trim_start();
    unit = unit.strip_prefix("/-").unwrap_or(unit).trim();
    let mut period = Period::Unsaid;
    // The period's words come last ("12.5 L per annum", "85k/month"), after the unit.
    'words: loop {
        for (words, said) in [(&YEAR_WORDS[..], Period::Year), (&MONTH_WORDS[..], Period::Month)] {
            for word in words {
                if let Some(before) = unit.strip_suffix(word) {
                    if period != Period::Unsaid && period != said {
                        return Err(AmountError::Unreadable);
                    }
                    period = said;
                    unit = before.trim_end();
                    unit = unit.strip_suffix("/-").unwrap_or(unit).trim_end();
                    continue 'words;
                }
            }
        }
        break;
    }
    let scale = match unit {
        "" => None,
        "l" | "lakh" | "lakhs" | "lac" | "lacs" => Some(1.0),
        "lpa" => {
            if period == Period::Month {
                return Err(AmountError::Unreadable);
            }
            period = Period::Year;
            Some(1.0)
        }
        "cr" | "crore" | "crores" => Some(100.0),
        "k" | "thousand" => Some(0.01),
        _ => return Err(AmountError::Unreadable),
    };
    let (negative, digits) = match number.strip_prefix('-') {
        Some(digits) => (true, digits),
        None => (false, number),
    };
    let value = read_decimal(&digits.replace(',', "")).ok_or(AmountError::Unreadable)?;
    Ok(Reading { value: if negative { -value } else { value }, scale, period })
}

/// Whether a number is followed by a dash or "to" and another number: "12-15 L", "12 to 15".
fn is_range(number: &str, tail: &str) -> bool {
    if number.trim_start_matches('-').is_empty() {
        return false;
    }
    let tail = tail.trim_start();
    let after = ["-", "–", "—", "to "].iter().find_map(|sep| tail.strip_prefix(sep));
    after.is_some_and(|rest| rest.trim_start().starts_with(|c: char| c.is_ascii_digit()))
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

/// Reads an amount in rupees, rounded to the rupee, for a field of a month's amounts (rent, the
/// take-home wanted) when `monthly`, else of a year's: a bare number is rupees ("40000",
/// "₹40,000"); with a unit, lakh, crore or thousand ("0.4 L", "40k"); one said to be of the
/// other period ("4.8 L a year" for rent) is divided or multiplied by 12. Zero is allowed.
pub fn parse_rupees(text: &str, monthly: bool) -> Result<f64, RupeesError> {
    let reading = read(text).map_err(|_| RupeesError::Unreadable)?;
    let rupees = reading.value * reading.scale.map_or(1.0, |lakh| lakh * 100_000.0);
    let rupees = match (monthly, reading.period) {
        (true, Period::Year) => rupees / 12.0,
        (false, Period::Month) => rupees * 12.0,
        _ => rupees,
    }
    .round();
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

/// The same for an amount typed as a month's: "Understood as ₹12.5 L a year (₹1,04,167 a
/// month × 12)."
pub fn understood_monthly(lakh: f64, monthly: f64) -> String {
    format!("Understood as ₹{} L a year (₹{} a month × 12).", trimmed(lakh), group_en_in(monthly as u64))
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
        for typed in ["", "abc", "1.2.3", "12 L 5", "₹", "1e5", "12,5,0.0.0", "lakh", "--5", "12 LPA a month"]
        {
            assert_eq!(parse(typed), Err(AmountError::Unreadable), "{typed:?}");
        }
        for typed in ["-5", "0", "0.00", "-12.5 L", "₹0"] {
            assert_eq!(parse(typed), Err(AmountError::NotPositive), "{typed:?}");
        }
        for typed in ["0.4", "40000", "50.01 Cr", "5001", "0.004", "12.5 k"] {
            assert_eq!(parse(typed), Err(AmountError::OutOfRange), "{typed:?}");
        }
    }

    #[test]
    fn offer_letters_and_payslips_read_as_they_are_written() {
        for (typed, lakh, monthly) in [
            ("12,50,000/-", 12.5, None),
            ("Rs. 12,50,000/-", 12.5, None),
            ("₹12,50,000/- p.a.", 12.5, None),
            ("INR 12,50,000 per annum", 12.5, None),
            ("12.5 LPA", 12.5, None),
            ("12.5L CTC", 12.5, None),
            ("12.5 lacs", 12.5, None),
            ("₹1,04,167 per month", 12.5, Some(104_167.0)),
            ("1,04,167 pm", 12.5, Some(104_167.0)),
            ("1.04 L/month", 12.48, Some(104_000.0)),
            ("85k per month", 10.2, Some(85_000.0)),
            ("85K/month", 10.2, Some(85_000.0)),
            ("₹85,000 monthly", 10.2, Some(85_000.0)),
        ] {
            assert_eq!(parse_annual(typed), Ok(Annual { lakh, monthly }), "{typed:?}");
        }
        assert_eq!(
            understood_monthly(12.5, 104_167.0),
            "Understood as ₹12.5 L a year (₹1,04,167 a month × 12)."
        );
    }

    #[test]
    fn a_range_is_told_apart_from_an_amount() {
        for typed in ["12-15 L", "12 - 15 L", "₹12–15 L", "12 to 15 lakh", "12-15"] {
            assert_eq!(parse(typed), Err(AmountError::Range), "{typed:?}");
        }
        assert!(AmountError::Range.message("12-15 L", "An offer").contains("is a range, not an amount"));
    }

    #[test]
    fn a_take_home_is_a_month_s_unless_it_says_a_year() {
        for (typed, rupees) in [
            ("1,50,000", 150_000.0),
            ("1.5 L", 150_000.0),
            ("150k", 150_000.0),
            ("₹1,50,000 per month", 150_000.0),
            ("18 LPA", 150_000.0),
            ("₹18,00,000 p.a.", 150_000.0),
            ("85K/month", 85_000.0),
        ] {
            assert_eq!(parse_monthly(typed), Ok(rupees), "{typed:?}");
        }
        assert_eq!(parse_monthly("5,000"), Err(AmountError::OutOfRange));
        assert_eq!(parse_monthly("lots"), Err(AmountError::Unreadable));
        assert_eq!(parse_monthly("1-2 L"), Err(AmountError::Range));
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
            assert_eq!(parse_rupees(typed, false), Ok(rupees), "{typed:?}");
        }
        assert_eq!(parse_rupees("forty", false), Err(RupeesError::Unreadable));
        assert_eq!(parse_rupees("", false), Err(RupeesError::Unreadable));
        assert_eq!(parse_rupees("-5", false), Err(RupeesError::Negative));
        assert_eq!(parse_rupees("1.01 Cr", false), Err(RupeesError::TooLarge));
        assert_eq!(RupeesError::TooLarge.message("x", "Rent"), "Rent must be at most ₹1 Cr.");
        // A month's field takes a year's amount as twelve months, and the other way about.
        assert_eq!(parse_rupees("4.8 L a year", true), Ok(40_000.0));
        assert_eq!(parse_rupees("₹40,000 per month", true), Ok(40_000.0));
        assert_eq!(parse_rupees("12,500 a month", false), Ok(150_000.0));
        assert_eq!(parse_rupees("150k", true), Ok(150_000.0));
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
            prop_assume!(!["cr", "k", "pa", "pm", "pcm", "ctc"].contains(&junk.as_str()));
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
