//! Pay in hand, the one shape both regimes give: the CTC taken apart, what the regime deducts
//! before tax, the tax on the fixed pay, what is taken from the salary, and the variable pay
//! apart, paid once a year, after the extra tax it brings. Rupees a year, unrounded.

use super::hra::HraExemption;
use super::rates::{tax_due, TaxDue};
use super::structure::Split;
use crate::data::{Regime, StateProfessionalTax, TaxRules};

/// What a regime takes off gross salary before the tax is worked out, after each limit.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Deductions {
    /// The standard deduction from salary.
    pub standard: f64,
    /// Professional tax, where the regime lets it be deducted (the old one).
    pub professional_tax: f64,
    /// The house rent allowance exempt (the old regime only).
    pub hra: Option<HraExemption>,
    /// Interest on a loan for a self-occupied home.
    pub home_loan: f64,
    /// The employee's PF and the investments beyond it, up to the limit.
    pub c80: f64,
    pub d80: f64,
    pub d80_parents: f64,
    pub nps: f64,
    /// The employer's NPS contribution, up to the regime's share of basic pay (both regimes).
    pub employer_nps: f64,
}

impl Deductions {
    /// Everything taken off gross salary.
    pub fn total(&self) -> f64 {
        self.standard
            + self.professional_tax
            + self.hra.map_or(0.0, |h| h.exempt)
            + self.home_loan
            + self.c80
            + self.d80
            + self.d80_parents
            + self.nps
            + self.employer_nps
    }

    /// The deductions with limits that a person claims, as claimed: what the break-even adds to.
    pub fn limited(&self) -> f64 {
        self.home_loan + self.c80 + self.d80 + self.d80_parents + self.nps
    }
}

/// Every step from CTC to pay in hand under one regime, so the page can show its working.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PayInHand {
    pub split: Split,
    pub deductions: Deductions,
    /// The state's tax on employment, taken from the salary under either regime.
    pub professional_tax: f64,
    /// The tax on the fixed pay: on gross salary less the deductions.
    pub due: TaxDue,
    /// Gross − employee's PF − professional tax − tax on the fixed pay.
    pub per_year: f64,
    pub per_month: f64,
    /// The tax on fixed plus variable pay, less the tax on the fixed pay alone.
    pub variable_tax: f64,
    /// The variable pay after that tax: the once-a-year payout.
    pub variable_net: f64,
}

/// The pay in hand from `split` under `regime`, with `deductions` taken off gross salary
/// before tax and `professional_tax` taken from the salary.
pub fn pay_in_hand(
    rules: &TaxRules,
    regime: &Regime,
    split: Split,
    deductions: Deductions,
    professional_tax: f64,
) -> PayInHand {
    // The employer's NPS contribution is salary (and deducted within its limit); its PF and NPS
    // above their limit together are taxed as salary too, though neither is paid out.
    let income = split.gross + split.employer_nps + split.perquisite - deductions.total();
    let due = tax_due(rules, regime, income);
    let variable_tax = tax_due(rules, regime, income + split.variable).total() - due.total();
    let per_year = split.gross - split.employee_pf - professional_tax - due.total();
    PayInHand {
        split,
        deductions,
        professional_tax,
        due,
        per_year,
        per_month: per_year / 12.0,
        variable_tax,
        variable_net: split.variable - variable_tax,
    }
}

/// What a regime deducts of the employer's NPS contribution: all of it, up to its share of
/// salary (basic pay; the structure has no dearness allowance).
pub fn employer_nps_deduction(regime: &Regime, split: &Split) -> f64 {
    split.employer_nps.min(split.basic * regime.employer_nps.share_of_basic)
}

/// The tax that a payment made once in the year (a joining bonus), of `amount` rupees, adds
/// under `regime` on top of the fixed and the variable pay of `pay`. It is salary like the
/// rest (no PF, gratuity or professional tax is worked on it), taxed at the margin it reaches.
pub fn one_time_tax(rules: &TaxRules, regime: &Regime, pay: &PayInHand, amount: f64) -> f64 {
    let before = pay.due.income + pay.split.variable;
    tax_due(rules, regime, before + amount).total() - tax_due(rules, regime, before).total()
}

/// The professional tax a year on a monthly gross salary, and the state whose schedule gave it
/// (`None`: no city chosen, or one not listed, so the constitutional cap is used).
pub fn professional_tax<'a>(
    rules: &'a TaxRules,
    city_slug: Option<&str>,
    monthly_gross: f64,
) -> (f64, Option<&'a StateProfessionalTax>) {
    match city_slug.and_then(|slug| rules.state_of(slug)) {
        Some(state) => {
            let annual = state
                .slabs
                .iter()
                .take_while(|slab| monthly_gross >= slab.from_monthly)
                .last()
                .map_or(0.0, |slab| slab.annual);
            (annual, Some(state))
        }
        None => (rules.professional_tax.default_annual, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tax::test_rules::year_2026_27;

    #[test]
    fn a_joining_bonus_is_taxed_at_the_margin_the_year_s_pay_reaches() {
        use crate::tax::{new_regime, Structure};
        let rules = year_2026_27();
        let bonus_tax = |ctc: f64, bonus: f64| {
            let pay = new_regime(rules, ctc, &Structure::default(), Some("bengaluru"));
            one_time_tax(rules, &rules.new_regime, &pay, bonus)
        };
        // ₹20 L: taxable ₹17,56,900 (gross ₹18,31,900 less ₹75,000), in the 20% slab up to
        // ₹20 L, so a ₹1 L bonus pays 20% and 4% cess.
        assert!((bonus_tax(2_000_000.0, 100_000.0) - 20_800.0).abs() < 0.01);
        // ₹10 L: taxable ₹8,40,950, still under the rebate's ₹12 L with the bonus: no tax.
        assert_eq!(bonus_tax(1_000_000.0, 100_000.0), 0.0);
        // ₹14.1 L: taxable ₹12,16,490 (rounded), where the rebate's marginal relief holds the
        // tax at ₹16,490, ₹17,150 in all; at ₹13,16,490 the slabs give 60,000 + 15% × 1,16,490
        // = ₹77,473.50, ₹80,572.44 with cess, rounded to ₹80,570: the bonus pays ₹63,420.
        assert!((bonus_tax(1_410_000.0, 100_000.0) - 63_420.0).abs() < 0.01);
        assert_eq!(bonus_tax(1_410_000.0, 0.0), 0.0);
    }

    #[test]
    fn professional_tax_follows_the_city_and_its_slabs() {
        let rules = year_2026_27();
        assert_eq!(professional_tax(rules, Some("bengaluru"), 30_000.0).0, 2_500.0);
        assert_eq!(professional_tax(rules, Some("bengaluru"), 24_999.0).0, 0.0);
        assert_eq!(professional_tax(rules, Some("mumbai"), 50_000.0).0, 2_500.0);
        assert_eq!(professional_tax(rules, Some("pune"), 9_000.0).0, 2_100.0);
        assert_eq!(professional_tax(rules, Some("hyderabad"), 50_000.0).0, 2_400.0);
        assert_eq!(professional_tax(rules, Some("hyderabad"), 18_000.0).0, 1_800.0);
        assert_eq!(professional_tax(rules, Some("chennai"), 50_000.0).0, 2_500.0);
        assert_eq!(
            professional_tax(rules, Some("chennai"), 50_000.0).1.map(|s| s.state.as_ref()),
            Some("Tamil Nadu, Greater Chennai Corporation")
        );
        assert_eq!(professional_tax(rules, None, 50_000.0), (2_500.0, None));
        // Delhi, Haryana and Uttar Pradesh levy none; West Bengal, Gujarat and Andhra Pradesh top
        // out at ₹200 a month, ₹2,400 a year; Kerala's half-yearly ₹1,250 from ₹1,25,000 a
        // half-year is ₹2,500 a year from ₹20,834 a month; Madhya Pradesh's ₹2,000 is for an
        // annual salary of ₹3,00,001 to ₹4,00,000 (₹25,001 to ₹33,333 a month).
        for (city, monthly, annual) in [
            ("delhi", 90_000.0, 0.0),
            ("gurugram", 90_000.0, 0.0),
            ("noida", 90_000.0, 0.0),
            ("kolkata", 90_000.0, 2_400.0),
            ("kolkata", 12_000.0, 1_320.0),
            ("ahmedabad", 12_000.0, 0.0),
            ("ahmedabad", 12_001.0, 2_400.0),
            ("visakhapatnam", 90_000.0, 2_400.0),
            ("kochi", 20_833.0, 2_000.0),
            ("thiruvananthapuram", 20_834.0, 2_500.0),
            ("indore", 30_000.0, 2_000.0),
            ("bhubaneswar", 30_000.0, 2_500.0),
            ("coimbatore", 90_000.0, 2_500.0),
            ("jaipur", 90_000.0, 0.0),
            ("chandigarh", 90_000.0, 0.0),
        ] {
            assert_eq!(professional_tax(rules, Some(city), monthly).0, annual, "{city} at {monthly}");
        }
    }
}
