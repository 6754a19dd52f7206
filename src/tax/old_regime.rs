//! Pay in hand under the old regime, for a person who opts out of section 202 (section
//! 202(4) of the Income-tax Act, 2025), read here in the law's order.
//!
//! 1. The same salary as under the new regime (`structure`).
//! 2. Off gross salary: the house rent allowance exempt (Schedule III, `hra`), the standard
//!    deduction and professional tax (section 19), interest on a loan for a home one lives in
//!    (section 22(2)), and the deductions with limits: 80C with the employee's own PF
//!    (section 123), one's own NPS (section 124(3)) and health insurance (section 126).
//! 3. The old slabs of the Finance Act's First Schedule, the rebate of section 156(1) with
//!    no marginal relief, surcharge up to 37% with relief, and cess (`rates`).
//! 4. In hand, as under the new regime (`pay`).

use super::claims::Claims;
use super::hra::hra_exemption;
use super::pay::{employer_nps_deduction, pay_in_hand, professional_tax, Deductions, PayInHand};
use super::structure::{split, Structure};
use crate::data::TaxRules;

/// The limit on the parents' health insurance: the higher one where a parent is a senior citizen.
pub fn parents_limit(rules: &TaxRules, claims: &Claims) -> f64 {
    let p = &rules.old_regime_reliefs.d80_parents;
    if claims.parents_senior {
        p.senior_limit
    } else {
        p.limit
    }
}

/// The limited reliefs' limits together (the parents' as the claims' ages make it): the most
/// they can ever deduct.
pub fn all_limits(rules: &TaxRules, claims: &Claims) -> f64 {
    let r = &rules.old_regime_reliefs;
    r.c80.limit + r.d80.limit + parents_limit(rules, claims) + r.nps.limit + r.home_loan.limit
}

/// The deductions the limited reliefs could still give beyond those claimed.
pub fn room(rules: &TaxRules, claims: &Claims, deductions: &Deductions) -> f64 {
    all_limits(rules, claims) - deductions.limited()
}

/// The deductions with limits, as `claims` and a year's employee's PF (which counts towards
/// 80C) give them, each within its limit; the rest of `Deductions` is zero.
pub fn claimed(rules: &TaxRules, claims: &Claims, employee_pf: f64) -> Deductions {
    let reliefs = &rules.old_regime_reliefs;
    Deductions {
        home_loan: claims.home_loan.min(reliefs.home_loan.limit),
        c80: (employee_pf + claims.c80).min(reliefs.c80.limit),
        d80: claims.d80.min(reliefs.d80.limit),
        d80_parents: claims.d80_parents.min(parents_limit(rules, claims)),
        nps: claims.nps.min(reliefs.nps.limit),
        ..Deductions::default()
    }
}

/// Pay in hand under the old regime for a CTC (rupees a year), structure, claims and city.
pub fn old_regime(
    rules: &TaxRules,
    ctc: f64,
    structure: &Structure,
    claims: &Claims,
    city_slug: Option<&str>,
) -> PayInHand {
    let regime = &rules.old_regime;
    let split = split(&rules.salary, ctc, structure);
    let (professional_tax, _) = professional_tax(rules, city_slug, split.gross / 12.0);
    let deductions = Deductions {
        standard: regime.standard_deduction,
        professional_tax,
        hra: Some(hra_exemption(rules, &split, claims, city_slug)),
        employer_nps: employer_nps_deduction(regime, &split),
        ..claimed(rules, claims, split.employee_pf)
    };
    pay_in_hand(rules, regime, split, deductions, professional_tax)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tax::rates::tax_due;
    use crate::tax::structure::PfMode;
    use crate::tax::test_rules::{close, year_2026_27};

    #[test]
    fn the_80c_limit_holds_when_pf_alone_exceeds_it() {
        // ₹30 L, basic 50%: your PF is 12% of ₹15,00,000, ₹1,80,000, over the ₹1,50,000 limit,
        // so 80C is ₹1,50,000 and anything invested beyond the PF adds nothing.
        let s = Structure::default();
        let none = old_regime(year_2026_27(), 3_000_000.0, &s, &Claims::default(), None);
        assert!(close(none.split.employee_pf, 180_000.0));
        assert_eq!(none.deductions.c80, 150_000.0);
        let more =
            old_regime(year_2026_27(), 3_000_000.0, &s, &Claims { c80: 50_000.0, ..Claims::default() }, None);
        assert_eq!(more.deductions.c80, 150_000.0);
        assert_eq!(more.due.total(), none.due.total());
        // With PF capped at ₹21,600, ₹1,00,000 invested counts in full: ₹1,21,600.
        let capped = Structure { pf: PfMode::Capped, ..s };
        let c = old_regime(
            year_2026_27(),
            3_000_000.0,
            &capped,
            &Claims { c80: 100_000.0, ..Claims::default() },
            None,
        );
        assert!(close(c.deductions.c80, 121_600.0));
    }

    #[test]
    fn the_5_lakh_rebate_edge_where_a_rupee_more_pays_the_full_slab_tax() {
        let rules = year_2026_27();
        let at = tax_due(rules, &rules.old_regime, 500_000.0);
        // Slabs: 5% of ₹2,50,000 is ₹12,500, all rebated.
        assert_eq!((at.slab_tax, at.tax, at.total()), (12_500.0, 0.0, 0.0));
        // Section 516 rounds ₹5,00,004 to ₹5,00,000: still no tax.
        assert_eq!(tax_due(rules, &rules.old_regime, 500_004.0).total(), 0.0);
        // ₹5,00,005 rounds to ₹5,00,010. No marginal relief: ₹12,502 of tax and ₹500.08 of
        // cess, ₹13,002.08 rounded to ₹13,000, for the ten rupees more.
        let above = tax_due(rules, &rules.old_regime, 500_005.0);
        assert!(close(above.tax, 12_502.0), "{above:?}");
        assert!(close(above.total(), 13_000.0), "{above:?}");
    }

    #[test]
    fn surcharge_relief_just_above_50_lakh_in_the_old_regime() {
        let rules = year_2026_27();
        // At ₹50 L: 12,500 + 1,00,000 + 30% × 40 L = ₹13,12,500.
        let at = tax_due(rules, &rules.old_regime, 5_000_000.0);
        assert!(close(at.tax, 1_312_500.0), "{at:?}");
        // ₹10,000 above: tax ₹13,15,500; 10% surcharge would be ₹1,31,550, but tax and
        // surcharge may rise only by the ₹10,000: surcharge ₹7,000.
        let above = tax_due(rules, &rules.old_regime, 5_010_000.0);
        assert!(close(above.tax, 1_315_500.0));
        assert!(close(above.surcharge, 7_000.0), "{above:?}");
        // Above ₹5 Cr the old regime's 37% applies, with relief at the step from 25%.
        let far = tax_due(rules, &rules.old_regime, 60_000_000.0);
        assert!(close(far.surcharge, far.tax * 0.37), "{far:?}");
    }

    #[test]
    fn the_worked_old_regime_example_mumbai_with_rent_and_80c() {
        // ₹20 L in Mumbai, basic 50%, HRA 50%, rent ₹40,000 a month, ₹30,000 invested.
        // Gross ₹18,31,900. HRA: least of ₹5,00,000, ₹3,80,000 and ₹5,00,000 = ₹3,80,000.
        // 80C: PF ₹1,20,000 + ₹30,000 = ₹1,50,000. Taxable = 18,31,900 − 3,80,000 − 50,000
        // − 2,500 − 1,50,000 = ₹12,49,400. Tax 12,500 + 1,00,000 + 30% × 2,49,400 = ₹1,87,320;
        // cess ₹7,492.80: ₹1,94,812.80, rounded to ₹1,94,810. In hand 18,31,900 − 1,20,000
        // − 2,500 − 1,94,810 = ₹15,14,590.
        let claims = Claims { rent_monthly: 40_000.0, c80: 30_000.0, ..Claims::default() };
        let r = old_regime(year_2026_27(), 2_000_000.0, &Structure::default(), &claims, Some("mumbai"));
        assert!(close(r.deductions.hra.expect("the old regime exempts HRA").exempt, 380_000.0));
        assert!(close(r.due.taxable, 1_249_400.0), "{}", r.due.taxable);
        assert!(close(r.due.tax, 187_320.0), "{}", r.due.tax);
        assert!(close(r.per_year, 1_514_590.0), "{}", r.per_year);
        assert_eq!(r.per_month.round(), 126_216.0);
    }
}
