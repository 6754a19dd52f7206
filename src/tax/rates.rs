//! Income tax on a taxable income under one regime's rates, as the law takes it step by step:
//! the tax on the slabs, the rebate (with or without marginal relief), the surcharge with its
//! own marginal relief, and the cess on both.

use crate::data::{Regime, SurchargeStep, TaxRules};

/// The tax on one taxable income, step by step, rupees a year.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TaxDue {
    /// The total income as worked out, and as the Act rounds it to tax it.
    pub income: f64,
    pub taxable: f64,
    /// Tax on the slabs, before the rebate.
    pub slab_tax: f64,
    /// After the rebate.
    pub tax: f64,
    /// After its own marginal relief.
    pub surcharge: f64,
    pub cess: f64,
    /// What rounding tax, surcharge and cess together adds (or takes, below zero).
    pub rounding: f64,
}

impl TaxDue {
    /// Income tax in all: tax, surcharge and cess, rounded as the Act says.
    pub fn total(&self) -> f64 {
        self.tax + self.surcharge + self.cess + self.rounding
    }
}

/// An amount rounded as the Act rounds total income and tax: paise ignored, then to the
/// nearest `multiple`, a last figure of half of it or more rounding up.
pub fn round_as_the_act(amount: f64, multiple: f64) -> f64 {
    ((amount.floor() + multiple / 2.0) / multiple).floor() * multiple
}

/// The tax under `regime` on a total income of `income` (rupees a year; below zero counts as
/// zero), rounded as the year's rules say.
pub fn tax_due(rules: &TaxRules, regime: &Regime, income: f64) -> TaxDue {
    let income = income.max(0.0);
    let multiple = rules.rounding.multiple;
    let taxable = round_as_the_act(income, multiple);
    let slab_tax = slab_tax(regime, taxable);
    let tax = after_rebate(regime, taxable, slab_tax);
    let surcharge = surcharge(regime, taxable, tax);
    let cess = (tax + surcharge) * rules.cess_rate;
    let exact = tax + surcharge + cess;
    TaxDue {
        income,
        taxable,
        slab_tax,
        tax,
        surcharge,
        cess,
        rounding: round_as_the_act(exact, multiple) - exact,
    }
}

/// Each slab's rate on the part of the income that falls in it.
fn slab_tax(regime: &Regime, taxable: f64) -> f64 {
    let slabs = &regime.slabs;
    slabs
        .iter()
        .enumerate()
        .map(|(i, slab)| {
            let to = slabs.get(i + 1).map_or(f64::INFINITY, |next| next.from);
            (taxable.min(to) - slab.from).max(0.0) * slab.rate
        })
        .sum()
}

/// The rebate: up to its limit, the tax less at most its maximum. Above the limit, with
/// marginal relief, never more than the income above the limit; without it, the full tax.
fn after_rebate(regime: &Regime, taxable: f64, slab_tax: f64) -> f64 {
    let rebate = &regime.rebate;
    if taxable <= rebate.limit {
        slab_tax - slab_tax.min(rebate.max)
    } else if rebate.marginal_relief {
        slab_tax.min(taxable - rebate.limit)
    } else {
        slab_tax
    }
}

/// The surcharge step an income is in: that of the highest threshold it is above.
fn step_for(regime: &Regime, taxable: f64) -> Option<&SurchargeStep> {
    regime.surcharge.iter().rfind(|step| taxable > step.above)
}

/// The surcharge on `tax`, after marginal relief: crossing a threshold may not cost more, in
/// tax and surcharge, than the income above the threshold.
fn surcharge(regime: &Regime, taxable: f64, tax: f64) -> f64 {
    let Some(step) = step_for(regime, taxable) else { return 0.0 };
    let at_threshold = {
        let tax = after_rebate(regime, step.above, slab_tax(regime, step.above));
        tax * (1.0 + step_for(regime, step.above).map_or(0.0, |below| below.rate))
    };
    let relieved = (at_threshold + (taxable - step.above) - tax).max(0.0);
    (tax * step.rate).min(relieved)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tax::test_rules::{close, year_2026_27};
    use proptest::prelude::*;

    fn new_regime(taxable: f64) -> TaxDue {
        let rules = year_2026_27();
        tax_due(rules, &rules.new_regime, taxable)
    }

    #[test]
    fn exactly_12_lakh_pays_no_tax_and_just_above_pays_only_the_excess() {
        let at = new_regime(1_200_000.0);
        assert_eq!(at.slab_tax.round(), 60_000.0);
        assert_eq!((at.tax, at.cess), (0.0, 0.0));
        // ₹100 more: the slabs would charge ₹60,015; marginal relief leaves the ₹100 itself,
        // and cess on it makes ₹104 (an effective marginal rate of 104%), which section 516
        // rounds to ₹100; ₹150 more pays ₹156, rounded to ₹160.
        let above = new_regime(1_200_100.0);
        assert!(close(above.tax, 100.0), "tax {}", above.tax);
        assert!(close(above.tax + above.surcharge + above.cess, 104.0), "with cess {above:?}");
        assert!(close(above.total(), 100.0), "rounded {}", above.total());
        assert!(close(new_regime(1_200_150.0).total(), 160.0));
        // Relief ends where the slabs charge less than the excess: 60,000 + 15% × x = x at x ≈ ₹70,588.
        assert!(close(new_regime(1_300_000.0).tax, 75_000.0));
    }

    #[test]
    fn surcharge_starts_above_50_lakh_with_marginal_relief() {
        // Slab tax at ₹50 L: 20k + 40k + 60k + 80k + 100k + 30% × 26 L = ₹10,80,000.
        let at = new_regime(5_000_000.0);
        assert!(close(at.tax, 1_080_000.0), "tax {}", at.tax);
        assert_eq!(at.surcharge, 0.0);
        // ₹1,000 above: 10% would be ₹108,300; relief caps tax + surcharge at ₹10,81,000.
        let above = new_regime(5_001_000.0);
        assert!(close(above.tax, 1_080_300.0));
        assert!(close(above.surcharge, 700.0), "surcharge {}", above.surcharge);
        // Far above, the full 10%: at ₹60 L, tax ₹13,80,000, surcharge ₹1,38,000.
        assert!(close(new_regime(6_000_000.0).surcharge, 138_000.0));
    }

    #[test]
    fn at_1_crore_the_rate_steps_to_15_percent_with_relief_from_10() {
        // Tax at ₹1 Cr: 3,00,000 + 30% × 76 L = ₹25,80,000; with 10% surcharge ₹28,38,000.
        let at = new_regime(10_000_000.0);
        assert!(close(at.tax, 2_580_000.0));
        assert!(close(at.surcharge, 258_000.0), "surcharge {}", at.surcharge);
        // ₹10,000 above: relief caps the total at ₹28,38,000 + ₹10,000 = ₹28,48,000.
        let above = new_regime(10_010_000.0);
        assert!(close(above.tax, 2_583_000.0));
        assert!(close(above.tax + above.surcharge, 2_848_000.0), "total {}", above.tax + above.surcharge);
    }

    #[test]
    fn above_5_crore_the_new_regime_stays_at_25_percent() {
        let far = new_regime(60_000_000.0);
        assert!(close(far.surcharge, far.tax * 0.25), "{far:?}");
    }

    proptest! {
        #[test]
        fn tax_with_cess_never_falls_as_income_rises(a in 0.0f64..500_000_000.0, b in 0.0f64..500_000_000.0) {
            let (low, high) = if a <= b { (a, b) } else { (b, a) };
            let (l, h) = (new_regime(low).total(), new_regime(high).total());
            prop_assert!(h >= l - 1e-6, "{} -> {}, {} -> {}", low, l, high, h);
        }
    }
}
