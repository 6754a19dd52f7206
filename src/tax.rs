//! Take-home pay from a CTC under the new regime: the salary structure it assumes, the slabs,
//! the section 87A rebate with its marginal relief, surcharge with marginal relief, cess, the
//! employee's provident fund and professional tax. Pure arithmetic on `data::TaxRules`; all
//! amounts are rupees a year, unrounded (the view rounds to the rupee for display).

use crate::data::{StateProfessionalTax, TaxRules};
use crate::format::{rupees, trimmed};

/// Every step from CTC to pay in hand, so the page can show its working.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TakeHome {
    pub ctc: f64,
    pub basic: f64,
    pub employer_pf: f64,
    pub gratuity: f64,
    /// CTC less the employer's PF and gratuity: what the salary slips add up to.
    pub gross: f64,
    pub standard_deduction: f64,
    pub taxable: f64,
    /// Tax on the slabs, before the section 87A rebate.
    pub slab_tax: f64,
    /// After the rebate (nil up to the limit, then no more than the income above it).
    pub tax: f64,
    /// After its own marginal relief.
    pub surcharge: f64,
    pub cess: f64,
    pub employee_pf: f64,
    pub professional_tax: f64,
    pub per_year: f64,
    pub per_month: f64,
}

impl TakeHome {
    /// Income tax in all: tax, surcharge and cess.
    pub fn total_tax(&self) -> f64 {
        self.tax + self.surcharge + self.cess
    }
}

/// One line of the working, in words and rupees.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub label: String,
    /// "−₹84,600", "₹12,91,489.50"; the totals are rounded to the rupee.
    pub amount: String,
    /// A subtotal or the result, shown in bold.
    pub total: bool,
}

/// How many lines `working` gives: always the same, so the view keeps fixed rows.
pub const WORKING_LINES: usize = 14;

/// The working from CTC to pay in hand, as a person would follow it on paper.
pub fn working(rules: &TaxRules, r: &TakeHome, city_slug: Option<&str>) -> [Line; WORKING_LINES] {
    let s = &rules.structure;
    let percent = |share: f64| format!("{}%", trimmed(share * 100.0));
    let line = |label: String, amount: f64, total: bool| Line { label, amount: rupees(amount), total };
    let minus =
        |label: String, amount: f64| Line { label, amount: format!("−{}", rupees(amount)), total: false };
    let limit = rupees(rules.rebate_87a_limit);
    let rebate = if r.taxable <= rules.rebate_87a_limit {
        format!("Tax after the section 87A rebate: none up to {limit} taxable")
    } else if r.tax < r.slab_tax {
        format!("Tax after marginal relief: no more than the income above {limit}")
    } else {
        format!("Tax (no rebate above {limit} taxable)")
    };
    let state = professional_tax(rules, city_slug, r.gross / 12.0).1;
    let professional = match state {
        Some(state) => format!("Professional tax, {}", state.state),
        None => format!(
            "Professional tax, no city chosen: the {} cap",
            rupees(rules.professional_tax.default_annual)
        ),
    };
    [
        line("CTC".into(), r.ctc, true),
        minus(
            format!(
                "Employer’s PF, {} of basic pay ({})",
                percent(s.employer_pf_share_of_basic),
                rupees(r.basic)
            ),
            r.employer_pf,
        ),
        minus(format!("Gratuity, {} of basic pay", percent(s.gratuity_share_of_basic)), r.gratuity),
        line("Gross salary".into(), r.gross, true),
        minus("Standard deduction".into(), r.standard_deduction),
        line("Taxable income".into(), r.taxable, true),
        line("Tax on the slabs".into(), r.slab_tax, false),
        line(rebate, r.tax, false),
        line("Surcharge".into(), r.surcharge, false),
        line(
            format!("Health and education cess, {} of tax and surcharge", percent(rules.cess_rate)),
            r.cess,
            false,
        ),
        minus("Income tax in all".into(), r.total_tax()),
        minus(format!("Your PF, {} of basic pay", percent(s.employee_pf_share_of_basic)), r.employee_pf),
        minus(professional, r.professional_tax),
        line("In hand a year".into(), r.per_year.round(), true),
    ]
}

/// The professional tax on a salary, and the state whose schedule gave it (`None`: no city
/// chosen, or one not listed, so the constitutional cap is used).
pub fn professional_tax<'a>(
    rules: &'a TaxRules,
    city_slug: Option<&str>,
    monthly_gross: f64,
) -> (f64, Option<&'a StateProfessionalTax>) {
    match city_slug.and_then(|slug| rules.state_of(slug)) {
        Some(state) => {
            let annual =
                state.slabs.iter().take_while(|(from, _)| monthly_gross >= *from).last().map_or(0.0, |s| s.1);
            (annual, Some(state))
        }
        None => (rules.professional_tax.default_annual, None),
    }
}

/// Pay in hand for a CTC (rupees a year) in a city (a slug of the city table, or none).
pub fn in_hand(rules: &TaxRules, ctc: f64, city_slug: Option<&str>) -> TakeHome {
    let s = &rules.structure;
    let basic = ctc * s.basic_share_of_ctc;
    let employer_pf = basic * s.employer_pf_share_of_basic;
    let gratuity = basic * s.gratuity_share_of_basic;
    let gross = ctc - employer_pf - gratuity;
    let taxable = (gross - rules.standard_deduction).max(0.0);
    let (tax, surcharge) = tax_and_surcharge(rules, taxable);
    let cess = (tax + surcharge) * rules.cess_rate;
    let employee_pf = basic * s.employee_pf_share_of_basic;
    let (professional_tax, _) = professional_tax(rules, city_slug, gross / 12.0);
    let per_year = gross - employee_pf - professional_tax - (tax + surcharge + cess);
    TakeHome {
        ctc,
        basic,
        employer_pf,
        gratuity,
        gross,
        standard_deduction: rules.standard_deduction,
        taxable,
        slab_tax: slab_tax(rules, taxable),
        tax,
        surcharge,
        cess,
        employee_pf,
        professional_tax,
        per_year,
        per_month: per_year / 12.0,
    }
}

/// Tax on the slabs alone.
fn slab_tax(rules: &TaxRules, taxable: f64) -> f64 {
    let mut tax = 0.0;
    for (i, &(from, rate)) in rules.slabs.iter().enumerate() {
        let to = rules.slabs.get(i + 1).map_or(f64::INFINITY, |next| next.0);
        if taxable > from {
            tax += (taxable.min(to) - from) * rate;
        }
    }
    tax
}

/// Section 87A: no tax up to the limit; above it, never more than the income above it.
fn tax_after_rebate(rules: &TaxRules, taxable: f64) -> f64 {
    let limit = rules.rebate_87a_limit;
    if taxable <= limit {
        0.0
    } else {
        slab_tax(rules, taxable).min(taxable - limit)
    }
}

/// The surcharge rate for an income: that of the highest threshold it is above.
fn surcharge_rate(rules: &TaxRules, taxable: f64) -> Option<(f64, f64)> {
    rules.surcharge.iter().copied().rfind(|&(above, _)| taxable > above)
}

/// Tax after the rebate, and the surcharge on it after marginal relief: crossing a threshold
/// may not cost more, in tax and surcharge, than the income above the threshold.
fn tax_and_surcharge(rules: &TaxRules, taxable: f64) -> (f64, f64) {
    let tax = tax_after_rebate(rules, taxable);
    let Some((threshold, rate)) = surcharge_rate(rules, taxable) else { return (tax, 0.0) };
    let at_threshold = {
        let base = tax_after_rebate(rules, threshold);
        base + base * surcharge_rate(rules, threshold).map_or(0.0, |s| s.1)
    };
    let relieved = (at_threshold + (taxable - threshold) - tax).max(0.0);
    (tax, (tax * rate).min(relieved))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{tax_rules, TAX_FILE};
    use proptest::prelude::*;

    /// A taxable income turned back into the CTC that gives it, for edge cases stated as
    /// taxable income (gross = CTC × (1 − 0.5 × (0.12 + 0.0481))).
    fn ctc_for_taxable(taxable: f64) -> f64 {
        (taxable + 75_000.0) / (1.0 - 0.5 * (0.12 + 0.0481))
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 0.005
    }

    #[test]
    fn the_generated_rules_equal_the_file_and_are_sound() {
        assert_eq!(&TaxRules::parse(TAX_FILE.1).expect("the rules file parses"), tax_rules());
        assert_eq!(tax_rules().financial_year, "2025-26");
        assert!(tax_rules().sources.iter().any(|s| s.contains("Finance Act, 2025")));
        assert!(tax_rules().sources.iter().any(|s| s.contains("Income Tax Department")));
    }

    #[test]
    fn the_worked_example_bengaluru_14_1_lakh() {
        let r = in_hand(tax_rules(), 1_410_000.0, Some("bengaluru"));
        assert!(close(r.gross, 1_291_489.50), "gross {}", r.gross);
        assert!(close(r.taxable, 1_216_489.50), "taxable {}", r.taxable);
        assert!(close(r.slab_tax, 62_473.425), "slab tax {}", r.slab_tax);
        assert!(close(r.tax, 16_489.50), "tax {}", r.tax);
        assert_eq!(r.surcharge, 0.0);
        assert!(close(r.cess, 659.58), "cess {}", r.cess);
        assert_eq!(r.professional_tax, 2_400.0);
        assert_eq!(r.per_year.round(), 1_187_340.0);
        assert_eq!(r.per_month.round(), 98_945.0);
    }

    #[test]
    fn exactly_12_lakh_taxable_pays_no_tax_and_just_above_pays_only_the_excess() {
        let at = in_hand(tax_rules(), ctc_for_taxable(1_200_000.0), None);
        assert!(close(at.taxable, 1_200_000.0));
        assert_eq!(at.slab_tax.round(), 60_000.0);
        assert_eq!((at.tax, at.cess), (0.0, 0.0));
        // ₹100 more: the slabs would charge ₹60,015; marginal relief leaves the ₹100 itself,
        // and cess on it makes ₹104 (an effective marginal rate of 104%).
        let above = in_hand(tax_rules(), ctc_for_taxable(1_200_100.0), None);
        assert!(close(above.tax, 100.0), "tax {}", above.tax);
        assert!(close(above.total_tax(), 104.0), "with cess {}", above.total_tax());
        // Relief ends where the slabs charge less than the excess: 60,000 + 15% × x = x at x ≈ ₹70,588.
        let beyond = in_hand(tax_rules(), ctc_for_taxable(1_300_000.0), None);
        assert!(close(beyond.tax, 75_000.0), "tax {}", beyond.tax);
    }

    #[test]
    fn surcharge_starts_above_50_lakh_with_marginal_relief() {
        // Slab tax at ₹50 L: 20k + 40k + 60k + 80k + 100k + 30% × 26 L = ₹10,80,000.
        let at = in_hand(tax_rules(), ctc_for_taxable(5_000_000.0), None);
        assert!(close(at.tax, 1_080_000.0), "tax {}", at.tax);
        assert_eq!(at.surcharge, 0.0);
        // ₹1,000 above: 10% would be ₹108,300; relief caps tax + surcharge at ₹10,81,000.
        let above = in_hand(tax_rules(), ctc_for_taxable(5_001_000.0), None);
        assert!(close(above.tax, 1_080_300.0));
        assert!(close(above.surcharge, 700.0), "surcharge {}", above.surcharge);
        // Far above, the full 10%: at ₹60 L, tax ₹13,80,000, surcharge ₹1,38,000.
        let far = in_hand(tax_rules(), ctc_for_taxable(6_000_000.0), None);
        assert!(close(far.surcharge, 138_000.0), "surcharge {}", far.surcharge);
    }

    #[test]
    fn at_1_crore_the_rate_steps_to_15_percent_with_relief_from_10() {
        // Tax at ₹1 Cr: 3,00,000 + 30% × 76 L = ₹25,80,000; with 10% surcharge ₹28,38,000.
        let at = in_hand(tax_rules(), ctc_for_taxable(10_000_000.0), None);
        assert!(close(at.tax, 2_580_000.0));
        assert!(close(at.surcharge, 258_000.0), "surcharge {}", at.surcharge);
        // ₹10,000 above: 15% would give ₹28,41,000 + ... ; relief caps the total at ₹28,48,000.
        let above = in_hand(tax_rules(), ctc_for_taxable(10_010_000.0), None);
        assert!(close(above.tax, 2_583_000.0));
        assert!(close(above.tax + above.surcharge, 2_848_000.0), "total {}", above.tax + above.surcharge);
    }

    #[test]
    fn the_working_reads_from_ctc_to_in_hand() {
        let r = in_hand(tax_rules(), 1_410_000.0, Some("bengaluru"));
        let lines = working(tax_rules(), &r, Some("bengaluru"));
        let text: Vec<(&str, &str)> = lines.iter().map(|l| (l.label.as_str(), l.amount.as_str())).collect();
        assert_eq!(text[0], ("CTC", "₹14,10,000"));
        assert_eq!(text[1], ("Employer’s PF, 12% of basic pay (₹7,05,000)", "−₹84,600"));
        assert_eq!(text[2], ("Gratuity, 4.81% of basic pay", "−₹33,910.50"));
        assert_eq!(text[3], ("Gross salary", "₹12,91,489.50"));
        assert_eq!(text[5], ("Taxable income", "₹12,16,489.50"));
        assert_eq!(
            text[7],
            ("Tax after marginal relief: no more than the income above ₹12,00,000", "₹16,489.50")
        );
        assert_eq!(text[9].1, "₹659.58");
        assert_eq!(text[10], ("Income tax in all", "−₹17,149.08"));
        assert_eq!(text[12], ("Professional tax, Karnataka", "−₹2,400"));
        assert_eq!(text[13], ("In hand a year", "₹11,87,340"));
        let no_city = working(tax_rules(), &in_hand(tax_rules(), 800_000.0, None), None);
        assert_eq!(no_city[7].label, "Tax after the section 87A rebate: none up to ₹12,00,000 taxable");
        assert_eq!(no_city[12].label, "Professional tax, no city chosen: the ₹2,500 cap");
    }

    #[test]
    fn professional_tax_follows_the_city_and_its_slabs() {
        let rules = tax_rules();
        assert_eq!(professional_tax(rules, Some("bengaluru"), 30_000.0).0, 2_400.0);
        assert_eq!(professional_tax(rules, Some("bengaluru"), 20_000.0).0, 0.0);
        assert_eq!(professional_tax(rules, Some("mumbai"), 50_000.0).0, 2_500.0);
        assert_eq!(professional_tax(rules, Some("pune"), 9_000.0).0, 2_100.0);
        assert_eq!(professional_tax(rules, Some("hyderabad"), 50_000.0).0, 2_400.0);
        assert_eq!(professional_tax(rules, Some("chennai"), 50_000.0).0, 2_500.0);
        assert_eq!(
            professional_tax(rules, Some("chennai"), 50_000.0).1.map(|s| s.state.as_str()),
            Some("Tamil Nadu")
        );
        assert_eq!(professional_tax(rules, None, 50_000.0), (2_500.0, None));
    }

    proptest! {
        #[test]
        fn tax_with_cess_never_falls_as_income_rises(a in 50_000.0f64..500_000_000.0, b in 50_000.0f64..500_000_000.0) {
            let (low, high) = if a <= b { (a, b) } else { (b, a) };
            let (l, h) = (in_hand(tax_rules(), low, None), in_hand(tax_rules(), high, None));
            prop_assert!(h.total_tax() >= l.total_tax() - 1e-6, "{} -> {}, {} -> {}", low, l.total_tax(), high, h.total_tax());
        }

        #[test]
        fn in_hand_is_never_negative_nor_above_gross(ctc in 50_000.0f64..500_000_000.0, city in proptest::option::of(0usize..6)) {
            let slugs = ["bengaluru", "mumbai", "hyderabad", "pune", "chennai", "atlantis"];
            let r = in_hand(tax_rules(), ctc, city.map(|i| slugs[i]));
            prop_assert!(r.per_year >= 0.0 && r.per_year <= r.gross, "{:?}", r);
        }

        #[test]
        fn pay_in_hand_never_rises_when_ctc_falls(a in 50_000.0f64..500_000_000.0, b in 50_000.0f64..500_000_000.0, city in proptest::option::of(0usize..5)) {
            let slugs = ["bengaluru", "mumbai", "hyderabad", "pune", "chennai"];
            let (low, high) = if a <= b { (a, b) } else { (b, a) };
            let city = city.map(|i| slugs[i]);
            let (l, h) = (in_hand(tax_rules(), low, city), in_hand(tax_rules(), high, city));
            prop_assert!(l.per_month <= h.per_month + 1e-6, "{} -> {}, {} -> {}", low, l.per_month, high, h.per_month);
        }
    }
}
