//! The CTC to ask for: the least CTC, in whole thousands of rupees, whose monthly pay in hand
//! under its better regime reaches an amount wanted. Pay in hand does not always rise with the
//! CTC (just above the rebate's edge, or a surcharge's, a rupee more costs more than a rupee of
//! tax), so this does not bisect: it walks up from below, and skips only CTCs that cannot reach.

use super::break_even::{compare, Comparison};
use super::claims::Claims;
use super::structure::Structure;
use crate::data::TaxRules;

/// The CTCs tried are whole thousands of rupees.
pub const ASK_STEP: f64 = 1_000.0;

/// Both regimes at the least CTC (a multiple of `ASK_STEP`, at most `max_ctc`) whose monthly pay
/// in hand, under the better regime and in whole rupees, is at least `want` a month; `None` when
/// no CTC up to `max_ctc` reaches it.
pub fn least_ctc(
    rules: &TaxRules,
    want: f64,
    structure: &Structure,
    claims: &Claims,
    city: Option<&str>,
    max_ctc: f64,
) -> Option<Comparison> {
    // Pay in hand a month is at most a twelfth of the CTC, and it rises by at most a twelfth of
    // any rise in the CTC: gross pay rises by less than the CTC, and the PF, the professional tax
    // and the income tax never fall as pay rises (the HRA exempt grows slower than gross pay).
    // So below `ctc + 12 × (shortfall)` nothing can reach the amount, and the walk may jump there.
    let mut ctc = (want * 12.0 / ASK_STEP).ceil() * ASK_STEP;
    while ctc <= max_ctc {
        let pay = compare(rules, ctc, structure, claims, city);
        let monthly = pay.chosen(rules).0.per_month;
        // Shown in whole rupees: ₹1,49,999.60 is ₹1,50,000.
        let shortfall = want - 0.5 - monthly;
        if shortfall <= 0.0 {
            return Some(pay);
        }
        ctc = (ctc + ASK_STEP).max(((ctc + 12.0 * shortfall) / ASK_STEP).ceil() * ASK_STEP);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tax::test_rules::year_2026_27;
    use crate::tax::PfMode;

    const MAX: f64 = 500_000_000.0;

    fn reaches(
        rules: &TaxRules,
        ctc: f64,
        want: f64,
        s: &Structure,
        claims: &Claims,
        city: Option<&str>,
    ) -> bool {
        compare(rules, ctc, s, claims, city).chosen(rules).0.per_month.round() >= want
    }

    #[test]
    fn the_answer_reaches_the_amount_and_no_lower_thousand_does() {
        let rules = year_2026_27();
        let claims =
            Claims { rent_monthly: 30_000.0, c80: 150_000.0, home_loan: 200_000.0, ..Claims::default() };
        let structures = [
            Structure::default(),
            Structure { variable_percent: 15.0, basic_percent: 40.0, ..Structure::default() },
            Structure { pf: PfMode::Capped, basic_percent: 70.0, ..Structure::default() },
        ];
        for want in [25_000.0, 84_000.0, 100_000.0, 150_000.0, 300_000.0] {
            for s in &structures {
                for (claims, city) in
                    [(&Claims::default(), Some("bengaluru")), (&claims, Some("mumbai")), (&claims, None)]
                {
                    let found = least_ctc(rules, want, s, claims, city, MAX).expect("reachable");
                    let ctc = found.new.split.ctc;
                    assert_eq!(ctc % ASK_STEP, 0.0);
                    assert!(reaches(rules, ctc, want, s, claims, city), "{want} at {ctc}");
                    // Every thousand below it, down to a twelfth of the CTC's worth, falls short.
                    let mut below = ctc - ASK_STEP;
                    while below >= want * 12.0 {
                        assert!(!reaches(rules, below, want, s, claims, city), "{want}: {below} reaches too");
                        below -= ASK_STEP;
                    }
                }
            }
        }
    }

    #[test]
    fn just_above_the_rebate_s_edge_the_least_ctc_is_not_where_a_bisection_would_land() {
        // Around ₹12 L of taxable income pay in hand falls as the CTC rises, so more than one CTC
        // band reaches an amount: the answer is the lowest, below the dip.
        let rules = year_2026_27();
        let s = Structure::default();
        let at =
            |ctc: f64| compare(rules, ctc, &s, &Claims::default(), Some("pune")).chosen(rules).0.per_month;
        // In hand at the top of the rebate, and a little above it.
        let top = (1_380_000..1_420_000).step_by(1_000).map(|c| at(c as f64)).fold(0.0, f64::max);
        let after = at(1_430_000.0);
        assert!(after < top, "the dip: {after} after {top}");
        let want = after.round();
        let found = least_ctc(rules, want, &s, &Claims::default(), Some("pune"), MAX).unwrap();
        assert!(found.new.split.ctc < 1_430_000.0, "{}", found.new.split.ctc);
    }

    #[test]
    fn an_amount_beyond_any_ctc_up_to_the_limit_is_not_reached() {
        let rules = year_2026_27();
        assert!(least_ctc(rules, 5_000_000.0, &Structure::default(), &Claims::default(), None, 50_000_000.0)
            .is_none());
    }
}
