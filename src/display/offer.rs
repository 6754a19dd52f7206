//! "Your offer (CTC)" against the market: below, within or above the estimate's range, by how
//! much, and where to draw it. Reading the typed amount is `amount.rs`.

use crate::amount;
use crate::display::headline;
use crate::format::{against, hundredths, round_to_tenth, short_money, whole_percent_change};
use crate::model::Estimate;

/// What an amount's field says (the offer's or the current CTC's): what it understood, or how
/// to type one.
pub fn understood(offer: Option<f64>) -> String {
    match offer {
        Some(lakh) => amount::understood(lakh),
        None => "Optional. Type it as 12.5, 12.5 L, ₹12,50,000 or 1.2 Cr.".to_string(),
    }
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
    let (shown, low, high) = (estimate.shown(), round_to_tenth(estimate.low), round_to_tenth(estimate.high));
    let standing = if offer < low {
        Standing::Below
    } else if offer > high {
        Standing::Above
    } else {
        Standing::Within
    };
    (standing, whole_percent_change(hundredths(shown), hundredths(offer)))
}

/// "12% below the estimate of ₹14.1 L, within its range ₹11.3 L to ₹17.0 L".
pub fn position_text(offer: f64, estimate: &Estimate) -> String {
    let (standing, percent) = standing(offer, estimate);
    // The sentence begins with it: "Level with", "12% below".
    let mut difference = against(percent);
    if let Some(first) = difference.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn worked_example() -> Estimate {
        let data = crate::data::dataset();
        let sel =
            crate::filters::decode("role=senior-backend-developer&exp=mid&city=bengaluru&skill=python", data)
                .link
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
        // An offer of 14.1 against an estimate of 12 is exactly 17.5% above: 18%, half away
        // from zero, where the float (14.1 − 12) ÷ 12 × 100 is 17.4999… and would give 17.
        let twelve = Estimate { lakh: 12.0, low: 9.6, high: 14.4, ..e };
        assert_eq!(standing(14.1, &twelve), (Standing::Within, 18));
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
        assert!(understood(None).starts_with("Optional."));
    }
}
