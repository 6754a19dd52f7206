//! "Your offer (CTC)": an annual amount read the way people type it, kept in lakh.
//!
//! Accepted: `12`, `12.5`, `12.5 L`, `12.5 lakh`, `12.5 LPA`, `₹12,50,000`, `1250000`, `1.2 Cr`,
//! `1.2 crore`. A bare number below 10,000 is in lakh (nobody is offered ₹12 a year, and
//! 10,000 lakh is beyond the accepted range); from 10,000 up it is in rupees. The value is
//! rounded to two decimals of a lakh (₹1,000), which is also how a link carries it.
//! Numbers are read with integer arithmetic: core's float parser would add to the WebAssembly.

use crate::format::{group_en_in, round_to_tenth, short_money, trimmed};
use crate::headline;
use crate::model::Estimate;

/// The accepted range, in lakh: ₹50,000 to ₹50 crore a year.
pub const MIN_LAKH: f64 = 0.5;
pub const MAX_LAKH: f64 = 5000.0;

/// Why a typed amount was not taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OfferError {
    Unreadable,
    NotPositive,
    OutOfRange,
}

impl OfferError {
    /// A plain sentence for the person, naming what they typed.
    pub fn message(self, typed: &str) -> String {
        match self {
            OfferError::Unreadable => {
                format!(
                    "“{typed}” is not an amount this page can read. Try 12.5, 12.5 L, ₹12,50,000 or 1.2 Cr."
                )
            }
            OfferError::NotPositive => "An offer must be more than zero.".to_string(),
            OfferError::OutOfRange => "An offer must be between ₹0.5 L and ₹50 Cr a year.".to_string(),
        }
    }
}

/// Reads an offer, in lakh, rounded to two decimals.
pub fn parse(text: &str) -> Result<f64, OfferError> {
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
    let (number, unit) = rest.split_at(number_end);
    let scale = match unit.trim() {
        "" => None,
        "l" | "lakh" | "lakhs" | "lac" | "lacs" | "lpa" => Some(1.0),
        "cr" | "crore" | "crores" => Some(100.0),
        _ => return Err(OfferError::Unreadable),
    };
    let (negative, digits) = match number.strip_prefix('-') {
        Some(digits) => (true, digits),
        None => (false, number),
    };
    let value = read_decimal(&digits.replace(',', "")).ok_or(OfferError::Unreadable)?;
    if negative || value == 0.0 {
        return Err(OfferError::NotPositive);
    }
    let lakh = match scale {
        Some(scale) => value * scale,
        None if value < 10_000.0 => value,
        None => value / 100_000.0,
    };
    let lakh = (lakh * 100.0).round() / 100.0;
    if (MIN_LAKH..=MAX_LAKH).contains(&lakh) {
        Ok(lakh)
    } else {
        Err(OfferError::OutOfRange)
    }
}

/// The offer as a link writes it: lakh with up to two decimals, "12.5".
pub fn canonical(lakh: f64) -> String {
    trimmed(lakh)
}

/// What the offer field says it understood: "Understood as ₹12.5 L a year (₹12,50,000)."
pub fn understood(offer: Option<f64>) -> String {
    match offer {
        Some(lakh) => format!(
            "Understood as ₹{} L a year (₹{}).",
            trimmed(lakh),
            group_en_in((lakh * 100_000.0).round() as u64)
        ),
        None => "Optional. Type it as 12.5, 12.5 L, ₹12,50,000 or 1.2 Cr.".to_string(),
    }
}

/// Next to Copy link, when the link carries the offer: it is private, so say so.
pub fn in_link(lakh: f64) -> String {
    format!("This link includes your offer of ₹{} L.", canonical(lakh))
}

/// Where an offer stands against the estimate's range, as shown (both rounded to ₹0.1 L).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    Below,
    Within,
    Above,
}

/// An offer against an estimate: its standing and its difference from the estimate in whole
/// percent, both on the figures as shown, so a reader can check them.
pub fn standing(offer: f64, estimate: &Estimate) -> (Standing, i64) {
    let (shown, low, high) =
        (round_to_tenth(estimate.lakh), round_to_tenth(estimate.low), round_to_tenth(estimate.high));
    let standing = if offer < low {
        Standing::Below
    } else if offer > high {
        Standing::Above
    } else {
        Standing::Within
    };
    (standing, ((offer - shown) / shown * 100.0).round() as i64)
}

/// "12% below the estimate of ₹14.1 L, within its range ₹11.3 L to ₹17.0 L".
pub fn position_text(offer: f64, estimate: &Estimate) -> String {
    let (standing, percent) = standing(offer, estimate);
    let difference = match percent {
        0 => "Level with".to_string(),
        p if p < 0 => format!("{}% below", -p),
        p => format!("{p}% above"),
    };
    let standing = match standing {
        Standing::Below => "below",
        Standing::Within => "within",
        Standing::Above => "above",
    };
    format!(
        "{difference} the estimate of {}, {standing} its range {}",
        short_money(estimate.lakh),
        headline::range(estimate)
    )
}

/// Where to draw the range, the estimate and the offer on a scale, as percentages of its
/// width: `[low, high, estimate, offer]`. The scale runs from 80% of the lowest of them to
/// 110% of the highest, so the offer is always on it.
pub fn scale(offer: f64, estimate: &Estimate) -> [f64; 4] {
    let points = [estimate.low, estimate.high, estimate.lakh, offer];
    let start = 0.8 * points.iter().copied().fold(f64::INFINITY, f64::min);
    let end = 1.1 * points.iter().copied().fold(0.0, f64::max);
    points.map(|p| (p - start) / (end - start) * 100.0)
}

/// "1234.5" as a number: digits with at most one point and six decimals, nothing else.
fn read_decimal(text: &str) -> Option<f64> {
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
        for typed in ["", "abc", "12.5 k", "1.2.3", "12 L 5", "₹", "1e5", "12,5,0.0.0", "lakh"] {
            assert_eq!(parse(typed), Err(OfferError::Unreadable), "{typed:?}");
        }
        for typed in ["-5", "0", "0.00", "-12.5 L", "₹0"] {
            assert_eq!(parse(typed), Err(OfferError::NotPositive), "{typed:?}");
        }
        for typed in ["0.4", "40000", "50.01 Cr", "5001", "0.004"] {
            assert_eq!(parse(typed), Err(OfferError::OutOfRange), "{typed:?}");
        }
    }

    #[test]
    fn a_link_writes_lakh_with_at_most_two_decimals() {
        assert_eq!(canonical(12.5), "12.5");
        assert_eq!(canonical(12.0), "12");
        assert_eq!(canonical(parse("₹12,34,567").unwrap()), "12.35");
    }

    #[test]
    fn the_message_quotes_what_was_typed_as_text() {
        let message = OfferError::Unreadable.message("<b>x</b>");
        assert!(message.starts_with("“<b>x</b>” is not an amount"));
    }

    fn worked_example() -> Estimate {
        let data = crate::data::dataset();
        let sel =
            crate::filters::decode("role=senior-backend-developer&exp=mid&city=bengaluru&skill=python", data)
                .selection;
        crate::model::Model::from_dataset(data).estimate(&sel.inputs())
    }

    #[test]
    fn an_offer_is_placed_against_the_range_as_shown() {
        let e = worked_example(); // ₹14.1 L, range ₹11.3 L to ₹17.0 L
        assert_eq!(
            position_text(12.4, &e),
            "12% below the estimate of ₹14.1 L, within its range ₹11.3 L to ₹17.0 L"
        );
        assert_eq!(standing(11.3, &e), (Standing::Within, -20));
        assert_eq!(standing(11.29, &e), (Standing::Below, -20));
        assert_eq!(standing(17.0, &e), (Standing::Within, 21));
        assert_eq!(standing(17.01, &e).0, Standing::Above);
        assert_eq!(
            position_text(14.1, &e),
            "Level with the estimate of ₹14.1 L, within its range ₹11.3 L to ₹17.0 L"
        );
        assert_eq!(
            position_text(20.0, &e),
            "42% above the estimate of ₹14.1 L, above its range ₹11.3 L to ₹17.0 L"
        );
    }

    #[test]
    fn the_scale_keeps_every_mark_on_it_in_order() {
        let e = worked_example();
        for offer in [0.5, 12.4, 14.1, 30.0, 5000.0] {
            let [low, high, estimate, at] = scale(offer, &e);
            assert!(low < estimate && estimate < high, "{offer}");
            for p in [low, high, estimate, at] {
                assert!((0.0..=100.0).contains(&p), "{offer}: {p}");
            }
        }
        let [low, _, _, at] = scale(12.4, &e);
        assert!(at > low);
    }

    #[test]
    fn the_field_says_what_it_understood() {
        assert_eq!(understood(Some(12.5)), "Understood as ₹12.5 L a year (₹12,50,000).");
        assert_eq!(understood(Some(120.0)), "Understood as ₹120 L a year (₹1,20,00,000).");
        assert!(understood(None).starts_with("Optional."));
    }

    proptest! {
        #[test]
        fn any_text_reads_without_a_panic_and_any_offer_is_in_range(text in "\\PC{0,40}") {
            if let Ok(lakh) = parse(&text) {
                prop_assert!((MIN_LAKH..=MAX_LAKH).contains(&lakh));
                prop_assert_eq!(parse(&canonical(lakh)), Ok(lakh));
            }
        }
    }
}
