//! The lead figure of a CTC: its pay in hand a month under the better regime, and which regime
//! that is. The summary and the two offers' section both say it, so it is said here once.

use crate::format::rupees;
use crate::tax::{Better, Comparison, PayInHand};

/// The regime a comparison's pay in hand is taken under: the one that pays more, the new one
/// on a tie (it is the default).
pub fn better_pay(c: &Comparison) -> &PayInHand {
    match c.better {
        Better::Old => &c.old,
        Better::New | Better::Same => &c.new,
    }
}

/// The lead figure: the pay in hand a month under the better regime, "₹1,21,345".
pub fn in_hand(c: &Comparison) -> String {
    rupees(better_pay(c).per_month.round())
}

/// The regime, as one word for the page to mark ("new", "old"), and what follows it:
/// " regime: ₹3,114 a month more than under the old." The figure is the comparison's, as the
/// regime section shows it.
pub fn regime(c: &Comparison) -> (&'static str, String) {
    let more = rupees(c.monthly_difference.unsigned_abs() as f64);
    match c.better {
        Better::New => ("new", format!(" regime: {more} a month more than under the old.")),
        Better::Old => ("old", format!(" regime: {more} a month more than under the new.")),
        Better::Same => ("new", " regime, the default: the old would pay the same.".to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tax::test_rules::comparison;
    use crate::tax::Claims;

    #[test]
    fn the_lead_is_the_better_regime_s_pay_and_names_it() {
        // ₹20 L in Mumbai with ₹40,000 rent and ₹30,000 invested: the new regime pays ₹3,114 more.
        let claims = Claims { rent_monthly: 40_000.0, c80: 30_000.0, ..Claims::default() };
        let c = comparison(20.0, &claims, "mumbai");
        assert_eq!(in_hand(&c), "₹1,29,330");
        assert_eq!(regime(&c), ("new", " regime: ₹3,114 a month more than under the old.".to_string()));
        // ₹24 L with ₹60,000 rent and every deduction in full: the old regime pays ₹7,114 more.
        let full = Claims {
            rent_monthly: 60_000.0,
            c80: 150_000.0,
            d80: 25_000.0,
            nps: 50_000.0,
            home_loan: 200_000.0,
            ..Claims::default()
        };
        let c = comparison(24.0, &full, "mumbai");
        // Old: taxable ₹11,20,780, tax 1.04 × (1,12,500 + 30% × 1,20,780) = ₹1,54,683.36, rounded
        // to ₹1,54,680; in hand (21,98,280 − 1,44,000 − 2,500 − 1,54,680) ÷ 12 = ₹1,58,091.67.
        assert_eq!(in_hand(&c), "₹1,58,092");
        assert_eq!(regime(&c).0, "old");
        assert_eq!(in_hand(&c), rupees(c.old.per_month.round()));
    }
}
