//! "13 L against my 10 L": the hike from the current CTC in CTC and in monthly pay in hand,
//! and where the market estimate stands against the current CTC. Whole percents, on the
//! figures as shown, so a reader can redo them.

use crate::format::{against, group_en_in, hundredths, round_to_tenth, whole_percent_change};
use crate::tax::PayInHand;

/// A change from the current pay to another.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hike {
    /// CTC, in whole percent of the current CTC.
    pub ctc_percent: i64,
    /// Monthly pay in hand, in whole percent of the current one.
    pub in_hand_percent: i64,
    /// The monthly pay in hand's difference, in whole rupees as shown.
    pub monthly: i64,
}

/// From the current pay in hand to the offer's.
pub fn hike(current: &PayInHand, offer: &PayInHand) -> Hike {
    let whole = |rupees: f64| rupees.round() as i64;
    let (from, to) = (whole(current.per_month), whole(offer.per_month));
    Hike {
        ctc_percent: whole_percent_change(whole(current.split.ctc), whole(offer.split.ctc)),
        in_hand_percent: whole_percent_change(from, to),
        monthly: to - from,
    }
}

/// "more", "less": which way a change goes.
fn direction(change: i64) -> &'static str {
    if change < 0 {
        "less"
    } else {
        "more"
    }
}

impl Hike {
    /// The sentence in three parts, so the view can mark the two percents: ("30%", " more
    /// CTC, ", "26%", " more in hand: ₹12,345 more a month").
    pub fn parts(&self) -> [String; 4] {
        let monthly =
            format!("₹{} {} a month", group_en_in(self.monthly.unsigned_abs()), direction(self.monthly));
        [
            format!("{}%", self.ctc_percent.unsigned_abs()),
            format!(" {} CTC, ", direction(self.ctc_percent)),
            format!("{}%", self.in_hand_percent.unsigned_abs()),
            format!(" {} in hand: {monthly}", direction(self.in_hand_percent)),
        ]
    }

    /// The whole sentence: "30% more CTC, 26% more in hand: ₹12,345 more a month".
    pub fn text(&self) -> String {
        self.parts().concat()
    }
}

/// Without an offer: "The market estimate for this profile is 18% above your current CTC",
/// the estimate as shown (rounded to ₹0.1 L) against the current CTC (lakh).
pub fn market_against_current(estimate_lakh: f64, current_lakh: f64) -> String {
    let change = whole_percent_change(hundredths(current_lakh), hundredths(round_to_tenth(estimate_lakh)));
    format!("The market estimate for this profile is {} your current CTC", against(change))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tax::test_rules::year_2026_27;
    use crate::tax::{new_regime as take_home, Structure};

    #[test]
    fn the_hike_from_10_to_13_lakh_in_ctc_and_in_hand() {
        let rules = year_2026_27();
        let s = Structure::default();
        let current = take_home(rules, 1_000_000.0, &s, Some("bengaluru"));
        let offer = take_home(rules, 1_300_000.0, &s, Some("bengaluru"));
        // ₹10 L: gross ₹9,15,950, taxable ₹8,40,950 within the rebate; in hand
        // 9,15,950 − 60,000 − 2,500 = ₹8,53,450, ₹71,121 a month.
        assert_eq!(current.per_month.round(), 71_121.0);
        // ₹13 L: gross ₹11,90,735, taxable ₹11,15,735 within the rebate; in hand
        // 11,90,735 − 78,000 − 2,500 = ₹11,10,235, ₹92,520 a month.
        assert_eq!(offer.per_month.round(), 92_520.0);
        let h = hike(&current, &offer);
        // 92,520 ÷ 71,121 = 1.3009: 30% more in hand as well, ₹21,399 more a month.
        assert_eq!(h, Hike { ctc_percent: 30, in_hand_percent: 30, monthly: 21_399 });
        assert_eq!(h.text(), "30% more CTC, 30% more in hand: ₹21,399 more a month");
        // Across the ₹12 L rebate edge the tax eats into the hike: ₹13 L to ₹16 L.
        let higher = take_home(rules, 1_600_000.0, &s, Some("bengaluru"));
        let h = hike(&offer, &higher);
        assert_eq!(h.ctc_percent, 23);
        assert!(h.in_hand_percent < h.ctc_percent, "{h:?}");
    }

    #[test]
    fn a_cut_reads_as_less() {
        let rules = year_2026_27();
        let s = Structure::default();
        let h = hike(&take_home(rules, 1_300_000.0, &s, None), &take_home(rules, 1_000_000.0, &s, None));
        assert_eq!((h.ctc_percent, h.monthly < 0), (-23, true));
        assert!(h.text().starts_with("23% less CTC, 23% less in hand: ₹"), "{}", h.text());
        assert!(h.text().ends_with(" less a month"));
    }

    #[test]
    fn the_market_estimate_against_the_current_ctc() {
        assert_eq!(
            market_against_current(14.128, 12.0),
            "The market estimate for this profile is 18% above your current CTC"
        );
        assert_eq!(
            market_against_current(8.0, 10.0),
            "The market estimate for this profile is 20% below your current CTC"
        );
        assert_eq!(
            market_against_current(10.02, 10.0),
            "The market estimate for this profile is level with your current CTC"
        );
        // 14.1 against 12 is exactly 17.5% more: 18%, half away from zero.
        assert_eq!(
            market_against_current(14.1, 12.0),
            "The market estimate for this profile is 18% above your current CTC"
        );
    }
}
