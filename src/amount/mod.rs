//! Amounts as offer letters, payslips, people and links write them: one reader (`typed`), for
//! every field and every link, and the words the page says an amount in.
//!
//! Accepted: `12`, `12.5`, `12.5 L`, `12.5 lakh`, `12.5 lacs`, `12.5 LPA`, `12.5L CTC`,
//! `₹12,50,000`, `12,50,000/-`, `Rs. 12,50,000/-`, `₹12,50,000/- p.a.`, `INR 12,50,000 per
//! annum`, `CTC: Rs. 21,50,000/- p.a. (including variable)`, `1.2 Cr`, `1.2 crore`, `85k`; and
//! the other period's amount, marked so: `₹1,04,167 per month`, `1,04,167 pm`, `1.04 L/month`,
//! `85K/month`, `₹85,000 monthly`, `18 LPA`. `12-15 L` is a range, and is told apart as one.
//! Numbers are read with integer arithmetic: core's float parser would add to the WebAssembly.

use crate::format::{group_en_in, group_thousands, rupees_of, trimmed};

pub mod typed;
pub use typed::{how_to_type, read_left, read_link, read_typed, Limits, Typed, Wrong};

/// The most a CTC may be, in lakh: ₹50 crore a year.
pub const MAX_LAKH: f64 = 5000.0;

/// Words after a number that say it is a year's, or a month's, or nothing (a CTC is a year's).
const YEAR_WORDS: [&str; 11] =
    ["per annum", "p.a.", "p.a", "pa", "per year", "a year", "/year", "/yr", "yearly", "annually", "ctc"];
const MONTH_WORDS: [&str; 10] =
    ["per month", "a month", "/month", "/ month", "/mo", "p.m.", "p.m", "pm", "monthly", "pcm"];

/// Whether a number is followed by a dash or "to" and another number: "12-15 L", "12 to 15".
fn is_range(number: &str, tail: &str) -> bool {
    if number.trim_start_matches('-').is_empty() {
        return false;
    }
    let tail = tail.trim_start();
    let after = ["-", "–", "—", "to "].iter().find_map(|sep| tail.strip_prefix(sep));
    after.is_some_and(|rest| rest.trim_start().starts_with(|c: char| c.is_ascii_digit()))
}

/// What a parameter in lakh holds for an amount read: lakh to two decimals, as a link writes
/// them, or a grant in US dollars as minus its dollars. Lakh are never below zero, so the one
/// number says which, and the grant keeps the one slot of the field table that every amount in
/// lakh has.
pub fn held(typed: Typed) -> Option<f64> {
    match typed {
        Typed::Amount { rupees, .. } => Some((rupees / 1_000.0).round() / 100.0),
        Typed::Dollars(dollars) => Some(-dollars),
        _ => None,
    }
}

/// The dollars a held amount is, when it is a grant in dollars.
pub fn dollars_held(held: f64) -> Option<f64> {
    (held < 0.0).then_some(-held)
}

/// A held amount in rupees: lakh, or dollars at `rupees_a_dollar`.
pub fn rupees_held(held: f64, rupees_a_dollar: f64) -> f64 {
    match dollars_held(held) {
        Some(dollars) => (dollars * rupees_a_dollar).round(),
        None => rupees_of(held),
    }
}

/// A held amount as a link writes it: lakh with up to two decimals, "12.5"; whole dollars,
/// "40000usd".
pub fn canonical(held: f64) -> String {
    match dollars_held(held) {
        Some(dollars) => (dollars as u64).to_string() + "usd",
        None => trimmed(held),
    }
}

/// A held amount as the page names it, in the link's own digits: "₹19 L", "₹12.5 L",
/// "$40,000".
pub fn named(held: f64) -> String {
    match dollars_held(held) {
        Some(dollars) => "$".to_string() + &group_thousands(dollars as u64),
        None => format!("₹{} L", trimmed(held)),
    }
}

/// What a field says it understood: "Understood as ₹12.5 L a year (₹12,50,000)."
pub fn understood(lakh: f64) -> String {
    format!("Understood as ₹{} L a year (₹{}).", trimmed(lakh), group_en_in(rupees_of(lakh).round() as u64))
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

    const CTC: Limits = Limits { monthly: false, min: 50_000.0, max: 500_000_000.0, dollars: false };
    const TAKE_HOME: Limits = Limits { monthly: true, min: 10_000.0, max: 10_000_000.0, dollars: false };
    const CLAIM: Limits = Limits { monthly: false, min: 0.0, max: 10_000_000.0, dollars: false };

    /// A link's CTC in lakh, kept to two decimals as the link codec keeps it.
    fn lakh(text: &str) -> Result<f64, Wrong> {
        match read_link(text, CTC, true) {
            Typed::Amount { rupees, .. } => Ok((rupees / 1_000.0).round() / 100.0),
            Typed::Wrong(w) | Typed::Incomplete(w) => Err(w),
            Typed::Empty => Err(Wrong::Unreadable),
            Typed::Dollars(d) => panic!("{text:?} reads as ${d} where dollars are not taken"),
        }
    }

    fn rupees(text: &str, limits: Limits) -> Result<f64, Wrong> {
        match read_link(text, limits, false) {
            Typed::Amount { rupees, .. } => Ok(rupees),
            Typed::Wrong(w) | Typed::Incomplete(w) => Err(w),
            Typed::Empty => Err(Wrong::Unreadable),
            Typed::Dollars(d) => panic!("{text:?} reads as ${d} where dollars are not taken"),
        }
    }

    #[test]
    fn a_link_s_ctc_reads_in_every_notation_and_bare_in_lakh() {
        for (text, expected) in [
            ("12", 12.0),
            ("12.5", 12.5),
            ("150", 150.0),
            ("5000", 5000.0),
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
            ("12,50,000/-", 12.5),
            ("₹12,50,000/- p.a.", 12.5),
            ("INR 12,50,000 per annum", 12.5),
            ("12.5L CTC", 12.5),
            ("₹1,04,167 per month", 12.5),
            ("1,04,167 pm", 12.5),
            ("85k per month", 10.2),
        ] {
            assert_eq!(lakh(text), Ok(expected), "{text:?}");
        }
    }

    #[test]
    fn a_link_s_unusable_ctc_is_told_apart() {
        for text in ["abc", "1.2.3", "12 L 5", "₹", "1e5", "12,5,0.0.0", "lakh", "12 LPA a month"] {
            assert_eq!(lakh(text), Err(Wrong::Unreadable), "{text:?}");
        }
        for text in ["12-15 L", "12 - 15 L", "₹12–15 L", "12 to 15 lakh", "12-15"] {
            assert_eq!(lakh(text), Err(Wrong::Range), "{text:?}");
        }
        assert!(matches!(lakh("-5"), Err(Wrong::Negative)));
        for text in ["0", "0.4", "40000", "12.5 k"] {
            assert!(matches!(lakh(text), Err(Wrong::TooSmall(_))), "{text:?}");
        }
        for text in ["50.01 Cr", "5001"] {
            assert!(matches!(lakh(text), Err(Wrong::TooLarge(_))), "{text:?}");
        }
    }

    #[test]
    fn a_link_s_rupees_read_bare_as_rupees_in_the_parameter_s_period() {
        for (text, expected) in [
            ("40000", 40_000.0),
            ("₹40,000", 40_000.0),
            ("Rs. 1,50,000", 150_000.0),
            ("0.4 L", 40_000.0),
            ("1.5 lakh", 150_000.0),
            ("0", 0.0),
            ("12.4", 12.0),
            ("1 Cr", 10_000_000.0),
            ("12,500 a month", 150_000.0),
        ] {
            assert_eq!(rupees(text, CLAIM), Ok(expected), "{text:?}");
        }
        assert_eq!(rupees("forty", CLAIM), Err(Wrong::Unreadable));
        assert_eq!(rupees("-5", CLAIM), Err(Wrong::Negative));
        assert!(matches!(rupees("1.01 Cr", CLAIM), Err(Wrong::TooLarge(_))));
        // A month's parameter takes a year's amount as twelve months.
        assert_eq!(rupees("18 LPA", TAKE_HOME), Ok(150_000.0));
        assert_eq!(rupees("₹18,00,000 p.a.", TAKE_HOME), Ok(150_000.0));
        assert_eq!(rupees("150k", TAKE_HOME), Ok(150_000.0));
        assert!(matches!(rupees("5,000", TAKE_HOME), Err(Wrong::TooSmall(_))));
    }

    #[test]
    fn a_link_writes_lakh_with_at_most_two_decimals() {
        assert_eq!(canonical(12.5), "12.5");
        assert_eq!(canonical(12.0), "12");
        assert_eq!(named(19.0), "₹19 L");
        assert_eq!(named(12.45), "₹12.45 L");
        assert_eq!(canonical(lakh("₹12,34,567").unwrap()), "12.35");
    }

    #[test]
    fn a_field_says_what_it_understood() {
        assert_eq!(understood(12.5), "Understood as ₹12.5 L a year (₹12,50,000).");
        assert_eq!(understood(120.0), "Understood as ₹120 L a year (₹1,20,00,000).");
        assert_eq!(
            understood_monthly(12.5, 104_167.0),
            "Understood as ₹12.5 L a year (₹1,04,167 a month × 12)."
        );
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

    /// A grant's limits: a bonus's, with dollars.
    const GRANT: Limits = Limits { monthly: false, min: 1_000.0, max: 500_000_000.0, dollars: true };

    #[test]
    fn a_grant_reads_dollars_as_offer_letters_write_them_and_other_amounts_do_not() {
        for text in
            ["$40,000", "$ 40,000", "$40000", "40k USD", "40,000 USD", "USD 40,000", "US$40,000", "40000usd"]
        {
            assert_eq!(read_link(text, GRANT, true), Typed::Dollars(40_000.0), "{text}");
            assert_eq!(read_left(text, GRANT), Typed::Dollars(40_000.0), "{text}");
        }
        // A bare figure after a dollar sign is dollars, never lakh nor "lakh or rupees".
        assert_eq!(read_left("$4000", GRANT), Typed::Dollars(4_000.0));
        assert_eq!(read_left("$1.5k", GRANT), Typed::Dollars(1_500.0));
        // Rupees still read as rupees in the same field.
        assert!(matches!(read_left("35 L", GRANT), Typed::Amount { rupees, .. } if rupees == 3_500_000.0));
        // Half typed, a dollar amount raises no alarm; below the least it is too small.
        for start in ["$", "u", "us", "us$", "usd", "$40,0"] {
            assert!(matches!(read_typed(start, GRANT), Typed::Incomplete(_)), "{start}");
        }
        assert_eq!(read_left("$500", GRANT), Typed::Wrong(Wrong::TooSmall(500.0)));
        // Where dollars are not taken (a CTC), they are not an amount.
        for text in ["$40,000", "40k USD", "USD 40000"] {
            assert_eq!(read_left(text, CTC), Typed::Wrong(Wrong::Unreadable), "{text}");
        }
    }

    #[test]
    fn a_grant_in_dollars_is_held_written_named_and_counted_in_rupees() {
        let grant = held(Typed::Dollars(1_234_567.0)).unwrap();
        assert_eq!(dollars_held(grant), Some(1_234_567.0));
        assert_eq!(canonical(grant), "1234567usd");
        assert_eq!(named(grant), "$1,234,567");
        assert_eq!(read_link(&canonical(grant), GRANT, true), Typed::Dollars(1_234_567.0));
        // $40,000 at ₹90.40: 40,000 × 90.40 = ₹36,16,000.
        assert_eq!(rupees_held(-40_000.0, 90.40), 3_616_000.0);
        // Lakh are held as before, and are never dollars.
        let lakh = held(read_link("35 L", GRANT, true)).unwrap();
        assert_eq!(
            (lakh, dollars_held(lakh), canonical(lakh), named(lakh)),
            (35.0, None, "35".into(), "₹35 L".into())
        );
        assert_eq!(rupees_held(lakh, 90.40), 3_500_000.0);
    }

    proptest! {
        #[test]
        fn every_amount_in_range_reads_back_from_each_notation(hundredths in 50u32..=500_000, notation in 0usize..6) {
            let text = written(hundredths, notation);
            let expected = f64::from(hundredths) / 100.0;
            // A crore figure keeps two decimals of a crore, so it may round to a whole lakh.
            let tolerance = if notation == 5 { 0.5 } else { 1e-9 };
            let read = lakh(&text);
            prop_assert!(read.is_ok(), "{:?} did not read: {:?}", text, read);
            let read = read.unwrap();
            prop_assert!((read - expected).abs() <= tolerance, "{:?} read as {}", text, read);
            prop_assert_eq!(lakh(&canonical(read)), Ok(read));
        }

        #[test]
        fn text_with_a_letter_other_than_a_unit_never_reads(number in "[0-9]{1,6}", junk in "[a-km-z]{1,3}") {
            // No unit is spelt with these letters alone except "l", "cr" and their long forms;
            // units written together ("kpm": thousands a month) are units, not junk.
            fn units_only(text: &str) -> bool {
                text.is_empty()
                    || ["cr", "k", "pa", "pm", "pcm", "ctc", "inr", "rs"]
                        .iter()
                        .any(|unit| text.strip_prefix(unit).is_some_and(units_only))
            }
            prop_assume!(!units_only(&junk));
            prop_assert_eq!(lakh(&format!("{number} {junk}")), Err(Wrong::Unreadable));
        }

        #[test]
        fn any_text_reads_without_a_panic_and_any_amount_is_in_range(text in "\\PC{0,40}") {
            if let Ok(read) = lakh(&text) {
                prop_assert!((0.5..=MAX_LAKH).contains(&read));
            }
        }
    }
}
