//! Pay in hand under the old regime: the same salary structure, the HRA exemption (the least
//! of three amounts), the standard deduction and professional tax, interest on a home loan,
//! and the 80C, 80D and NPS deductions within their limits, then the old slabs, its rebate
//! without marginal relief, surcharge up to 37% with relief, and cess.

use super::claims::Claims;
use super::regime::TaxDue;
use super::structure::{split, Split, Structure};
use super::take_home::{payout, professional_tax};
use crate::data::TaxRules;

/// Which of the three amounts the HRA exemption is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HraBound {
    /// The HRA received.
    Received,
    /// The rent paid less 10% of basic.
    Rent,
    /// 50% of basic in a listed city, 40% elsewhere.
    ShareOfBasic,
}

/// The HRA exemption and how it was reached.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct HraExemption {
    pub received: f64,
    pub rent_less_share: f64,
    pub share_of_basic: f64,
    /// Whether the city is one the rules list (`None`: no city chosen, so not).
    pub listed_city: Option<bool>,
    pub exempt: f64,
    pub bound: HraBound,
}

/// Whether the rules list the city (a slug) among those where HRA is exempt up to the larger
/// share of basic; `None` with no city chosen.
pub fn listed_city(rules: &TaxRules, city_slug: Option<&str>) -> Option<bool> {
    city_slug.map(|slug| rules.old_regime_reliefs.hra.metro_cities.iter().any(|c| c == slug))
}

/// The least of the three amounts; none without rent.
pub fn hra_exemption(
    rules: &TaxRules,
    split: &Split,
    claims: &Claims,
    city_slug: Option<&str>,
) -> HraExemption {
    let hra = &rules.old_regime_reliefs.hra;
    let listed_city = listed_city(rules, city_slug);
    let share = if listed_city == Some(true) { hra.metro_share_of_basic } else { hra.other_share_of_basic };
    let received = split.basic * claims.hra_percent / 100.0;
    let rent_less_share = (claims.rent_monthly * 12.0 - split.basic * hra.rent_over_share_of_basic).max(0.0);
    let share_of_basic = split.basic * share;
    // Ties go to the first in this order, the order the law lists them in.
    let (exempt, bound) = [
        (received, HraBound::Received),
        (rent_less_share, HraBound::Rent),
        (share_of_basic, HraBound::ShareOfBasic),
    ]
    .into_iter()
    .fold((f64::INFINITY, HraBound::Received), |least, this| if this.0 < least.0 { this } else { least });
    HraExemption { received, rent_less_share, share_of_basic, listed_city, exempt, bound }
}

/// What the old regime takes off gross salary, rupees a year, after their limits.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct OldDeductions {
    pub hra: HraExemption,
    pub standard_deduction: f64,
    pub professional_tax: f64,
    pub home_loan: f64,
    /// The employee's PF and the investments beyond it, up to the limit.
    pub c80: f64,
    pub d80: f64,
    pub nps: f64,
}

impl OldDeductions {
    /// Everything taken off gross salary.
    pub fn total(&self) -> f64 {
        self.hra.exempt
            + self.standard_deduction
            + self.professional_tax
            + self.home_loan
            + self.c80
            + self.d80
            + self.nps
    }

    /// The four deductions with limits, as claimed: what the break-even adds to.
    pub fn limited(&self) -> f64 {
        self.home_loan + self.c80 + self.d80 + self.nps
    }
}

/// Pay in hand under the old regime, step by step.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct OldTakeHome {
    pub split: Split,
    pub deductions: OldDeductions,
    pub due: TaxDue,
    pub per_year: f64,
    pub per_month: f64,
    pub variable_tax: f64,
    pub variable_net: f64,
}

/// The four limited reliefs' limits together: the most they can ever deduct.
pub fn all_limits(rules: &TaxRules) -> f64 {
    let r = &rules.old_regime_reliefs;
    r.c80.limit + r.d80.limit + r.nps.limit + r.home_loan.limit
}

/// The deductions the four limited reliefs could still give beyond those claimed.
pub fn room(rules: &TaxRules, d: &OldDeductions) -> f64 {
    all_limits(rules) - d.limited()
}

/// Pay in hand under the old regime for a CTC (rupees a year), structure, claims and city.
pub fn old_take_home(
    rules: &TaxRules,
    ctc: f64,
    structure: &Structure,
    claims: &Claims,
    city_slug: Option<&str>,
) -> OldTakeHome {
    let reliefs = &rules.old_regime_reliefs;
    let regime = &rules.old_regime;
    let split = split(&rules.salary, ctc, structure);
    let (pt, _) = professional_tax(rules, city_slug, split.gross / 12.0);
    let deductions = OldDeductions {
        hra: hra_exemption(rules, &split, claims, city_slug),
        standard_deduction: regime.standard_deduction,
        professional_tax: pt,
        home_loan: claims.home_loan.min(reliefs.home_loan.limit),
        c80: (split.employee_pf + claims.c80).min(reliefs.c80.limit),
        d80: claims.d80.min(reliefs.d80.limit),
        nps: claims.nps.min(reliefs.nps.limit),
    };
    let pay = payout(rules, regime, &split, split.gross - deductions.total(), pt);
    OldTakeHome {
        split,
        deductions,
        due: pay.due,
        per_year: pay.per_year,
        per_month: pay.per_month,
        variable_tax: pay.variable_tax,
        variable_net: pay.variable_net,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tax::regime::tax_due;
    use crate::tax::structure::PfMode;
    use crate::tax::test_rules::{close, year_2025_26, year_2026_27};

    /// ₹20 L, basic 50%: basic ₹10,00,000 (₹83,333.33 a month).
    fn twenty_lakh() -> Split {
        split(&year_2026_27().salary, 2_000_000.0, &Structure::default())
    }

    #[test]
    fn the_hra_received_binds_when_it_is_least() {
        // HRA 20% of basic, ₹2,00,000; rent ₹40,000 a month less 10% of basic is ₹3,80,000;
        // 50% of basic in Mumbai is ₹5,00,000.
        let claims = Claims { rent_monthly: 40_000.0, hra_percent: 20.0, ..Claims::default() };
        let h = hra_exemption(year_2026_27(), &twenty_lakh(), &claims, Some("mumbai"));
        assert_eq!(h.bound, HraBound::Received);
        assert!(close(h.exempt, 200_000.0), "{h:?}");
    }

    #[test]
    fn the_rent_less_a_tenth_of_basic_binds_when_it_is_least() {
        // Rent ₹25,000 a month: ₹3,00,000 − ₹1,00,000 = ₹2,00,000, under HRA ₹5,00,000 and the cap.
        let claims = Claims { rent_monthly: 25_000.0, ..Claims::default() };
        let h = hra_exemption(year_2026_27(), &twenty_lakh(), &claims, Some("pune"));
        assert_eq!(h.bound, HraBound::Rent);
        assert!(close(h.exempt, 200_000.0), "{h:?}");
        // Rent under a tenth of basic exempts nothing.
        let low = Claims { rent_monthly: 8_000.0, ..Claims::default() };
        assert_eq!(hra_exemption(year_2026_27(), &twenty_lakh(), &low, Some("pune")).exempt, 0.0);
    }

    #[test]
    fn the_share_of_basic_binds_and_depends_on_the_city_list() {
        // Rent ₹60,000 a month: ₹7,20,000 − ₹1,00,000 = ₹6,20,000; HRA ₹5,00,000.
        let claims = Claims { rent_monthly: 60_000.0, ..Claims::default() };
        // In 2026-27 (the draft rules' list) Bengaluru is at 50%: ₹5,00,000 ties with the HRA
        // received, which binds first; in FY 2025-26 it is at 40%: ₹4,00,000.
        let now = hra_exemption(year_2026_27(), &twenty_lakh(), &claims, Some("bengaluru"));
        assert_eq!((now.listed_city, now.exempt), (Some(true), 500_000.0));
        let before = hra_exemption(year_2025_26(), &twenty_lakh(), &claims, Some("bengaluru"));
        assert_eq!((before.bound, before.listed_city), (HraBound::ShareOfBasic, Some(false)));
        assert!(close(before.exempt, 400_000.0));
        // No city chosen: 40%.
        let anywhere = hra_exemption(year_2026_27(), &twenty_lakh(), &claims, None);
        assert_eq!((anywhere.bound, anywhere.listed_city), (HraBound::ShareOfBasic, None));
        assert!(close(anywhere.exempt, 400_000.0));
    }

    #[test]
    fn the_80c_limit_holds_when_pf_alone_exceeds_it() {
        // ₹30 L, basic 50%: your PF is 12% of ₹15,00,000, ₹1,80,000, over the ₹1,50,000 limit,
        // so 80C is ₹1,50,000 and anything invested beyond the PF adds nothing.
        let s = Structure::default();
        let none = old_take_home(year_2026_27(), 3_000_000.0, &s, &Claims::default(), None);
        assert!(close(none.split.employee_pf, 180_000.0));
        assert_eq!(none.deductions.c80, 150_000.0);
        let more = old_take_home(
            year_2026_27(),
            3_000_000.0,
            &s,
            &Claims { c80: 50_000.0, ..Claims::default() },
            None,
        );
        assert_eq!(more.deductions.c80, 150_000.0);
        assert_eq!(more.due.total(), none.due.total());
        // With PF capped at ₹21,600, ₹1,00,000 invested counts in full: ₹1,21,600.
        let capped = Structure { pf: PfMode::Capped, ..s };
        let c = old_take_home(
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
        let at = tax_due(&rules.old_regime, rules.cess_rate, 500_000.0);
        // Slabs: 5% of ₹2,50,000 is ₹12,500, all rebated.
        assert_eq!((at.slab_tax, at.tax, at.total()), (12_500.0, 0.0, 0.0));
        let above = tax_due(&rules.old_regime, rules.cess_rate, 500_001.0);
        // No marginal relief: ₹12,500.20 of tax and ₹500.01 of cess for the one rupee more.
        assert!(close(above.tax, 12_500.20), "{above:?}");
        assert!(close(above.total(), 13_000.208), "{above:?}");
    }

    #[test]
    fn surcharge_relief_just_above_50_lakh_in_the_old_regime() {
        let rules = year_2026_27();
        // At ₹50 L: 12,500 + 1,00,000 + 30% × 40 L = ₹13,12,500.
        let at = tax_due(&rules.old_regime, rules.cess_rate, 5_000_000.0);
        assert!(close(at.tax, 1_312_500.0), "{at:?}");
        // ₹10,000 above: tax ₹13,15,500; 10% surcharge would be ₹1,31,550, but tax and
        // surcharge may rise only by the ₹10,000: surcharge ₹7,000.
        let above = tax_due(&rules.old_regime, rules.cess_rate, 5_010_000.0);
        assert!(close(above.tax, 1_315_500.0));
        assert!(close(above.surcharge, 7_000.0), "{above:?}");
        // Above ₹5 Cr the old regime's 37% applies, with relief at the step from 25%.
        let far = tax_due(&rules.old_regime, rules.cess_rate, 60_000_000.0);
        assert!(close(far.surcharge, far.tax * 0.37), "{far:?}");
    }

    #[test]
    fn the_worked_old_regime_example_mumbai_with_rent_and_80c() {
        // ₹20 L in Mumbai, basic 50%, HRA 50%, rent ₹40,000 a month, ₹30,000 invested.
        // Gross ₹18,31,900. HRA: least of ₹5,00,000, ₹3,80,000 and ₹5,00,000 = ₹3,80,000.
        // 80C: PF ₹1,20,000 + ₹30,000 = ₹1,50,000. Taxable = 18,31,900 − 3,80,000 − 50,000
        // − 2,500 − 1,50,000 = ₹12,49,400. Tax 12,500 + 1,00,000 + 30% × 2,49,400 = ₹1,87,320;
        // cess ₹7,492.80. In hand 18,31,900 − 1,20,000 − 2,500 − 1,94,812.80 = ₹15,14,587.20.
        let claims = Claims { rent_monthly: 40_000.0, c80: 30_000.0, ..Claims::default() };
        let r = old_take_home(year_2026_27(), 2_000_000.0, &Structure::default(), &claims, Some("mumbai"));
        assert!(close(r.deductions.hra.exempt, 380_000.0));
        assert!(close(r.due.taxable, 1_249_400.0), "{}", r.due.taxable);
        assert!(close(r.due.tax, 187_320.0), "{}", r.due.tax);
        assert!(close(r.per_year, 1_514_587.20), "{}", r.per_year);
        assert_eq!(r.per_month.round(), 126_216.0);
    }
}
