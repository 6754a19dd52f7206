//! Old or new: which regime pays more in hand on the same structure, by how much a month, and
//! the break-even, the extra deductions (beyond those claimed, within the limits) at which the
//! old regime would pay as much as the new. Both on the fixed pay, as the monthly figures are.

use super::claims::Claims;
use super::new_regime::new_regime;
use super::old_regime::{old_regime, room};
use super::pay::PayInHand;
use super::rates::tax_due;
use super::structure::Structure;
use crate::data::{Regime, TaxRules};

/// Which regime pays more in hand.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Better {
    New,
    Old,
    Same,
}

/// Where the break-even lies.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum BreakEven {
    /// The old regime already pays as much or more.
    AlreadyAsGood,
    /// This much more in deductions a year (rupees, unrounded) would make them pay the same.
    Needs(f64),
    /// Even every rupee of the room left (`room`) leaves the old regime `short` a year behind.
    Cannot { room: f64, short: f64 },
}

/// Both regimes for one CTC, side by side.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Comparison {
    pub new: PayInHand,
    pub old: PayInHand,
    pub better: Better,
    /// Old in hand a month less new, in whole rupees as shown: above zero, the old pays more.
    pub monthly_difference: i64,
    /// What the limited deductions could still give beyond those claimed.
    pub room: f64,
}

impl Comparison {
    /// The regime that pays more a month in hand (the new one, the default, on a tie): its pay
    /// and its rules.
    pub fn chosen<'a>(&'a self, rules: &'a TaxRules) -> (&'a PayInHand, &'a Regime) {
        match self.better {
            Better::Old => (&self.old, &rules.old_regime),
            Better::New | Better::Same => (&self.new, &rules.new_regime),
        }
    }
}

/// Both regimes for a CTC (rupees a year) with a structure, the old regime's claims and a city.
pub fn compare(
    rules: &TaxRules,
    ctc: f64,
    structure: &Structure,
    claims: &Claims,
    city: Option<&str>,
) -> Comparison {
    let new = new_regime(rules, ctc, structure, city);
    let old = old_regime(rules, ctc, structure, claims, city);
    let monthly_difference = old.per_month.round() as i64 - new.per_month.round() as i64;
    let better = match monthly_difference {
        0 => Better::Same,
        d if d > 0 => Better::Old,
        _ => Better::New,
    };
    Comparison { new, old, better, monthly_difference, room: room(rules, claims, &old.deductions) }
}

/// The old regime's tax in all, rupees a year, with `extra` more deducted than claimed.
pub fn old_tax_with(rules: &TaxRules, old: &PayInHand, extra: f64) -> f64 {
    tax_due(rules, &rules.old_regime, old.due.income - extra).total()
}

/// The least extra deduction within the room left at which the old regime's tax is no more
/// than the new one's. The old tax only falls as deductions grow, so halving the interval
/// finds it.
pub fn break_even(rules: &TaxRules, c: &Comparison) -> BreakEven {
    let (old, new_tax, room) = (&c.old, c.new.due.total(), c.room);
    let old_tax = |extra: f64| old_tax_with(rules, old, extra);
    if old_tax(0.0) <= new_tax {
        return BreakEven::AlreadyAsGood;
    }
    if old_tax(room) > new_tax {
        return BreakEven::Cannot { room, short: old_tax(room) - new_tax };
    }
    let (mut short_of, mut enough) = (0.0, room);
    for _ in 0..64 {
        let mid = (short_of + enough) / 2.0;
        if old_tax(mid) <= new_tax {
            enough = mid;
        } else {
            short_of = mid;
        }
    }
    BreakEven::Needs(enough)
}

/// One point of the chart: the four limited deductions in all, and each regime's tax a year.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CurvePoint {
    pub deductions: f64,
    pub old_tax: f64,
    pub new_tax: f64,
}

/// Each regime's tax as the limited deductions grow from none to every limit, at `steps + 1`
/// even steps; the HRA exemption, standard deduction and professional tax stay as claimed.
pub fn curve(rules: &TaxRules, c: &Comparison, steps: usize) -> Vec<CurvePoint> {
    let claimed = c.old.deductions.limited();
    let all = claimed + c.room;
    (0..=steps)
        .map(|i| {
            let deductions = all * i as f64 / steps as f64;
            CurvePoint {
                deductions,
                old_tax: old_tax_with(rules, &c.old, deductions - claimed),
                new_tax: c.new.due.total(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tax::structure::PfMode;
    use crate::tax::test_rules::{close, year_2026_27};
    use proptest::prelude::*;

    #[test]
    fn the_worked_example_mumbai_rent_and_80c_needs_1_19_765_more() {
        // ₹20 L in Mumbai with ₹40,000 rent and ₹30,000 invested: old ₹1,26,216 a month,
        // new ₹1,29,330 (tax ₹1,57,440, rounded). The old regime's total income ₹12,49,400 is in
        // its 30% slab. Its tax, rounded to ₹10, is no more than ₹1,57,440 while the unrounded
        // tax is below ₹1,57,445: 1.04 × (1,12,500 + 30% × (y − 10,00,000)) < 1,57,445 for a
        // rounded income y up to ₹11,29,630, which an income below ₹11,29,635 rounds to. So it
        // needs just over 12,49,400 − 11,29,635 = ₹1,19,765 more, within the room of 0 (80C full)
        // + ₹25,000 + ₹25,000 (the parents') + ₹50,000 + ₹2,00,000.
        let claims = Claims { rent_monthly: 40_000.0, c80: 30_000.0, ..Claims::default() };
        let c = compare(year_2026_27(), 2_000_000.0, &Structure::default(), &claims, Some("mumbai"));
        assert_eq!((c.old.per_month.round(), c.new.per_month.round()), (126_216.0, 129_330.0));
        assert_eq!((c.better, c.monthly_difference), (Better::New, -3_114));
        assert_eq!(c.room, 300_000.0);
        let BreakEven::Needs(x) = break_even(year_2026_27(), &c) else { panic!("{c:?}") };
        assert!((x - 119_765.0).abs() < 0.01, "{x}");
        assert_eq!(old_tax_with(year_2026_27(), &c.old, x), c.new.due.total());
        assert!(old_tax_with(year_2026_27(), &c.old, x - 0.01) > c.new.due.total());
        let docs = include_str!("../../docs/pay-and-tax.md");
        for figure in ["**₹1,29,330**", "**₹1,26,216**", "**₹1,19,765**"] {
            assert!(docs.contains(figure), "docs/pay-and-tax.md quotes {figure}");
        }
    }

    #[test]
    fn the_old_regime_can_already_pay_more_or_never_catch_up() {
        // ₹24 L in Mumbai with ₹60,000 rent and every deduction in full: HRA exempts ₹6,00,000
        // and the limited deductions ₹4,25,000, so the old regime's taxable is ₹11,20,780 (tax
        // ₹1,54,680 with cess) against the new regime's ₹21,23,280 (₹2,40,050): the old wins.
        let full = Claims {
            rent_monthly: 60_000.0,
            c80: 150_000.0,
            d80: 25_000.0,
            nps: 50_000.0,
            home_loan: 200_000.0,
            ..Claims::default()
        };
        let c = compare(year_2026_27(), 2_400_000.0, &Structure::default(), &full, Some("mumbai"));
        assert_eq!(break_even(year_2026_27(), &c), BreakEven::AlreadyAsGood);
        assert_eq!(c.better, Better::Old);
        // ₹10 L, nothing claimed: the new regime charges nothing (within its ₹12 L rebate). The
        // old regime's income is 9,15,950 − 50,000 − 2,500 − 60,000 (PF) = ₹8,03,450; just over
        // ₹3,03,445 more brings it under ₹5,00,005, which rounds to the ₹5 L rebate edge, where
        // its tax is nothing too.
        let c = compare(year_2026_27(), 1_000_000.0, &Structure::default(), &Claims::default(), None);
        assert_eq!(c.new.due.total(), 0.0);
        let BreakEven::Needs(x) = break_even(year_2026_27(), &c) else { panic!("{c:?}") };
        assert!((x - 303_445.0).abs() < 0.01, "{x}");
        // ₹30 L, nothing claimed: PF fills 80C, and the ₹3,00,000 of room left still leaves the
        // old regime's tax (1.04 × (1,12,500 + 30% × 12,45,350) = ₹5,05,549.20, rounded to
        // ₹5,05,550, on ₹22,45,350) ₹1,08,420 above the new one's (₹3,97,129.20, ₹3,97,130).
        let c = compare(year_2026_27(), 3_000_000.0, &Structure::default(), &Claims::default(), None);
        let BreakEven::Cannot { room, short } = break_even(year_2026_27(), &c) else { panic!("{c:?}") };
        assert_eq!(room, 300_000.0);
        assert!((short - 108_420.0).abs() < 0.01, "{short}");
    }

    #[test]
    fn the_curve_passes_through_your_claims_and_ends_with_every_limit_claimed() {
        // ₹20 L in Mumbai, ₹40,000 rent, ₹30,000 invested: the PF and the investments fill 80C,
        // ₹1,50,000 of the ₹4,50,000 the five limits allow. In 18 steps of ₹25,000 one point
        // falls on the claims.
        let rules = year_2026_27();
        let claims = Claims { rent_monthly: 40_000.0, c80: 30_000.0, ..Claims::default() };
        let c = compare(rules, 2_000_000.0, &Structure::default(), &claims, Some("mumbai"));
        let points = curve(rules, &c, 18);
        // The old line, where the deductions are those claimed, is the old regime's tax as worked out.
        let yours =
            points.iter().find(|p| (p.deductions - 150_000.0).abs() < 0.01).expect("a point at the claims");
        assert!(close(yours.old_tax, c.old.due.total()), "{yours:?} against {}", c.old.due.total());
        // At its far end, the tax with every limited deduction claimed in full.
        let full = Claims {
            c80: 150_000.0,
            d80: 25_000.0,
            d80_parents: 25_000.0,
            nps: 50_000.0,
            home_loan: 200_000.0,
            ..claims
        };
        let everything = old_regime(rules, 2_000_000.0, &Structure::default(), &full, Some("mumbai"));
        let last = points.last().expect("points");
        assert!(close(last.old_tax, everything.due.total()), "{last:?} against {}", everything.due.total());
        // The new regime allows none of them: its line is its tax, whatever they are.
        let new_tax = new_regime(rules, 2_000_000.0, &Structure::default(), Some("mumbai")).due.total();
        assert!(points.iter().all(|p| close(p.new_tax, new_tax)));
    }

    fn profile() -> impl Strategy<Value = (f64, Structure, Claims, Option<&'static str>)> {
        let cities =
            [None, Some("bengaluru"), Some("mumbai"), Some("hyderabad"), Some("pune"), Some("chennai")];
        (
            300_000.0f64..20_000_000.0,
            (30.0f64..=70.0, 0usize..4, 0.0f64..=50.0),
            (
                0.0f64..150_000.0,
                0.0f64..=50.0,
                0.0f64..200_000.0,
                0.0f64..40_000.0,
                0.0f64..60_000.0,
                0.0f64..250_000.0,
            ),
            0usize..6,
        )
            .prop_map(move |(ctc, (basic, pf, var), (rent, hra, c80, d80, nps, home_loan), city)| {
                (
                    ctc,
                    Structure {
                        basic_percent: basic,
                        pf: PfMode::ALL[pf],
                        variable_percent: var,
                        hra_percent: hra,
                        ..Structure::default()
                    },
                    Claims { rent_monthly: rent, c80, d80, nps, home_loan, ..Claims::default() },
                    cities[city],
                )
            })
    }

    proptest! {
        #[test]
        fn at_the_break_even_the_two_taxes_agree_within_the_rounding_step((ctc, s, claims, city) in profile()) {
            let rules = year_2026_27();
            let c = compare(rules, ctc, &s, &claims, city);
            if let BreakEven::Needs(x) = break_even(year_2026_27(), &c) {
                prop_assert!((0.0..=c.room).contains(&x));
                let (old, new) = (old_tax_with(rules, &c.old, x), c.new.due.total());
                // The one exception is the law's: the old rebate has no marginal relief, so at
                // ₹5 L taxable the old tax falls from over ₹12,500 to nothing, and a new tax in
                // between is never met, only passed. The break-even is then that edge.
                // Both taxes are rounded to ₹10 (section 516), so they agree within that step.
                let step = rules.rounding.multiple;
                let at_rebate_edge = (c.old.due.income - x - rules.old_regime.rebate.limit).abs() <= step && old <= new;
                prop_assert!((old - new).abs() <= step || at_rebate_edge, "{} at {} against {}: {:?}", old, x, new, break_even(year_2026_27(), &c));
            }
        }

        #[test]
        fn the_regime_that_pays_more_is_the_one_that_taxes_less((ctc, s, claims, city) in profile()) {
            // Both take the same gross salary, and the same PF and professional tax from it: only
            // the tax differs, so the better one charges no more (within the rupee a month that
            // the figures are shown to).
            let c = compare(year_2026_27(), ctc, &s, &claims, city);
            let (old, new) = (c.old.due.total(), c.new.due.total());
            match c.better {
                Better::Old => prop_assert!(old <= new, "{} against {}", old, new),
                Better::New => prop_assert!(new <= old, "{} against {}", new, old),
                Better::Same => prop_assert!((old - new).abs() < 12.0, "{} against {}", old, new),
            }
            prop_assert!(break_even(year_2026_27(), &c) != BreakEven::AlreadyAsGood || old <= new);
        }
    }
}
