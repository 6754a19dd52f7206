//! Pay in hand under the new regime, the default for an individual: the rates of section
//! 202(1) of the Income-tax Act, 2025 (or section 115BAC(1A) of the 1961 Act), read here in
//! the law's order.
//!
//! 1. The salary: gross salary is the fixed CTC less the employer's PF and gratuity, which
//!    the employee does not receive each month (`structure`).
//! 2. The only deduction from salary is the standard deduction (section 19); tax on
//!    employment is not deductible under this regime (section 202(2)(a)).
//! 3. The tax on what is left: slabs, the rebate of section 156(2) with its marginal relief,
//!    surcharge with marginal relief, and cess (`rates`).
//! 4. In hand: gross salary less the employee's PF, the state's professional tax and the tax;
//!    the variable pay is paid once a year, after the extra tax it brings (`pay`).

use super::pay::{employer_nps_deduction, pay_in_hand, professional_tax, Deductions, PayInHand};
use super::structure::{split, Structure};
use crate::data::TaxRules;

/// Pay in hand for a CTC (rupees a year) with a salary structure, in a city (a slug of the
/// city table, or none), under the year's new-regime rules.
pub fn new_regime(rules: &TaxRules, ctc: f64, structure: &Structure, city_slug: Option<&str>) -> PayInHand {
    let regime = &rules.new_regime;
    let split = split(&rules.salary, ctc, structure);
    let deductions = Deductions {
        standard: regime.standard_deduction,
        employer_nps: employer_nps_deduction(regime, &split),
        ..Deductions::default()
    };
    let (professional_tax, _) = professional_tax(rules, city_slug, split.gross / 12.0);
    pay_in_hand(rules, regime, split, deductions, professional_tax)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tax::structure::PfMode;
    use crate::tax::test_rules::{close, year_2025_26, year_2026_27};
    use proptest::prelude::*;

    #[test]
    fn the_worked_example_bengaluru_14_1_lakh() {
        let r = new_regime(year_2026_27(), 1_410_000.0, &Structure::default(), Some("bengaluru"));
        assert!(close(r.split.gross, 1_291_489.50), "gross {}", r.split.gross);
        // Total income ₹12,16,489.50, which section 516 rounds to ₹12,16,490.
        assert!(close(r.due.income, 1_216_489.50), "income {}", r.due.income);
        assert_eq!(r.due.taxable, 1_216_490.0);
        assert!(close(r.due.slab_tax, 62_473.50), "slab tax {}", r.due.slab_tax);
        assert!(close(r.due.tax, 16_490.0), "tax {}", r.due.tax);
        assert_eq!(r.due.surcharge, 0.0);
        assert!(close(r.due.cess, 659.60), "cess {}", r.due.cess);
        // ₹17,149.60 in all, rounded to ₹17,150.
        assert!(close(r.due.total(), 17_150.0), "{}", r.due.total());
        // Karnataka's ₹2,500 (Act 33 of 2025): ₹12,91,489.50 − 84,600 − 2,500 − 17,150.
        assert_eq!(r.professional_tax, 2_500.0);
        assert!(close(r.per_year, 1_187_239.50), "{}", r.per_year);
        assert_eq!(r.per_month.round(), 98_937.0);
        assert_eq!((r.variable_tax, r.variable_net), (0.0, 0.0));
        // The docs quote it.
        let docs = include_str!("../../docs/pay-and-tax.md");
        for figure in [
            "₹12,91,489.50",
            "₹12,16,489.50",
            "₹12,16,490",
            "₹16,490",
            "₹659.60",
            "₹17,150",
            "**₹11,87,240 a year, ₹98,937 a month**",
        ] {
            assert!(docs.contains(figure), "docs/pay-and-tax.md quotes {figure}");
        }
        // The year before has the same rates and the same figure.
        assert_eq!(
            new_regime(year_2025_26(), 1_410_000.0, &Structure::default(), Some("bengaluru"))
                .per_month
                .round(),
            98_937.0
        );
    }

    #[test]
    fn each_pf_mode_changes_gross_and_the_employee_s_pf() {
        // ₹20 L in Pune, basic 50%: gratuity ₹48,100.
        let full = new_regime(year_2026_27(), 2_000_000.0, &Structure::default(), Some("pune"));
        // Gross ₹18,31,900; taxable ₹17,56,900; slabs 20k + 40k + 60k + 20% × 1,56,900 = ₹1,51,380;
        // cess ₹6,055.20: ₹1,57,435.20, rounded to ₹1,57,440 (section 516); in hand
        // 18,31,900 − 1,20,000 − 2,500 − 1,57,440 = ₹15,51,960.
        assert!(close(full.due.tax, 151_380.0), "tax {}", full.due.tax);
        assert!(close(full.per_year, 1_551_960.0), "{}", full.per_year);
        assert_eq!(full.per_month.round(), 129_330.0);
        // Capped at ₹15,000 (the year's file, before 17 September 2026): gross ₹19,30,300; taxable
        // ₹18,55,300; tax 1,20,000 + 20% × 2,55,300 = ₹1,71,060, cess ₹6,842.40: ₹1,77,902.40,
        // rounded to ₹1,77,900; in hand 19,30,300 − 21,600 − 2,500 − 1,77,900 = ₹17,28,300.
        let capped = new_regime(
            year_2026_27(),
            2_000_000.0,
            &Structure { pf: PfMode::Capped, ..Structure::default() },
            Some("pune"),
        );
        assert!(close(capped.per_year, 1_728_300.0), "{}", capped.per_year);
        // At the ₹25,000 ceiling in force from 17 September 2026: PF 12% of ₹3,00,000, ₹36,000;
        // gross 20,00,000 − 36,000 − 48,100 = ₹19,15,900; taxable ₹18,40,900; tax 1,20,000 +
        // 20% × 2,40,900 = ₹1,68,180, cess ₹6,727.20: ₹1,74,907.20, rounded to ₹1,74,910; in hand
        // 19,15,900 − 36,000 − 2,500 − 1,74,910 = ₹17,02,490.
        let december = crate::tax::test_rules::on("2026-12-01");
        let raised = new_regime(
            december.rules,
            2_000_000.0,
            &Structure { pf: PfMode::Capped, ..Structure::default() },
            Some("pune"),
        );
        assert!(
            close(raised.split.employee_pf, 36_000.0) && close(raised.per_year, 1_702_490.0),
            "{raised:?}"
        );
        // None: gross ₹19,51,900; taxable ₹18,76,900; tax 1,20,000 + 20% × 2,76,900 = ₹1,75,380,
        // cess ₹7,015.20: ₹1,82,395.20, rounded to ₹1,82,400; in hand 19,51,900 − 2,500 − 1,82,400.
        let none = new_regime(
            year_2026_27(),
            2_000_000.0,
            &Structure { pf: PfMode::None, ..Structure::default() },
            Some("pune"),
        );
        assert!(close(none.per_year, 1_767_000.0), "{}", none.per_year);
    }

    #[test]
    fn variable_pay_across_the_12_lakh_rebate_edge() {
        // ₹13 L with 10% variable, no city: fixed ₹11,70,000, basic ₹5,85,000, employer PF
        // ₹70,200, gratuity ₹28,138.50, gross ₹10,71,661.50, taxable ₹9,96,661.50: no tax.
        let s = Structure { variable_percent: 10.0, ..Structure::default() };
        let r = new_regime(year_2026_27(), 1_300_000.0, &s, None);
        assert!(close(r.split.variable, 130_000.0));
        assert!(close(r.due.income, 996_661.50), "{}", r.due.income);
        assert_eq!(r.due.total(), 0.0);
        // With the variable pay, ₹11,26,661.50: still within the ₹12 L rebate, so it is all kept.
        assert!(close(r.variable_tax, 0.0) && close(r.variable_net, 130_000.0), "{r:?}");
        // ₹16 L with 20% variable: fixed ₹12,80,000, basic ₹6,40,000, employer PF ₹76,800,
        // gratuity ₹30,784, gross ₹11,72,416, taxable ₹10,97,416: no tax on the fixed pay.
        // Add ₹3,20,000: ₹14,17,416, rounded to ₹14,17,420. Slabs 20k + 40k + 15% × 2,17,420 =
        // ₹92,613; relief leaves it (the excess over ₹12 L is ₹2,17,420); cess ₹3,704.52:
        // ₹96,317.52, rounded to ₹96,320 on the payout.
        let s = Structure { variable_percent: 20.0, ..Structure::default() };
        let r = new_regime(year_2026_27(), 1_600_000.0, &s, None);
        assert_eq!(r.due.total(), 0.0);
        assert!(close(r.variable_tax, 96_320.0), "{}", r.variable_tax);
        assert!(close(r.variable_net, 320_000.0 - 96_320.0));
    }

    fn structure() -> impl Strategy<Value = Structure> {
        (30.0f64..=70.0, 0usize..4, 0.0f64..=50.0, 0.0f64..=14.0, 0usize..2).prop_map(
            |(basic_percent, pf, variable_percent, employer_nps_percent, gratuity)| Structure {
                basic_percent,
                pf: PfMode::ALL[pf],
                variable_percent,
                employer_nps_percent,
                gratuity: crate::tax::GratuityBase::ALL[gratuity],
                ..Structure::default()
            },
        )
    }

    proptest! {
        #[test]
        fn with_the_structure_fixed_pay_in_hand_never_rises_when_ctc_falls(
            a in 50_000.0f64..500_000_000.0, b in 50_000.0f64..500_000_000.0,
            s in structure(), city in proptest::option::of(0usize..5),
        ) {
            let slugs = ["bengaluru", "mumbai", "hyderabad", "pune", "chennai"];
            let (low, high) = if a <= b { (a, b) } else { (b, a) };
            let city = city.map(|i| slugs[i]);
            let (l, h) = (new_regime(year_2026_27(), low, &s, city), new_regime(year_2026_27(), high, &s, city));
            // Within the ₹10 to which section 516 rounds the tax: a rupee more of CTC can carry
            // the tax over the next ten. And just over a surcharge threshold, marginal relief
            // holds tax and surcharge to the income above it, but the cess is charged on top:
            // there pay in hand falls by up to the cess on the extra income (at ₹2.48 Cr and
            // ₹2.54 Cr with 30% basic, 15.6% variable and 7.8% employer's NPS, by ₹1,503 a month).
            let rules = year_2026_27();
            let step = rules.rounding.multiple / 12.0 + rules.cess_rate * (high - low) / 12.0;
            prop_assert!(l.per_month <= h.per_month + step + 1e-6, "{} -> {}, {} -> {}", low, l.per_month, high, h.per_month);
        }

        #[test]
        fn the_variable_pay_s_extra_tax_is_never_more_than_it_with_cess(
            ctc in 50_000.0f64..500_000_000.0, s in structure(),
        ) {
            // Each extra rupee of income costs at most one rupee of tax and surcharge, where a
            // marginal relief binds (just above the rebate's limit or a surcharge threshold),
            // and cess on that: at most 104%, so the payout may dip just below nothing there.
            // Section 516 rounds both incomes and both taxes to ₹10, each by less than ₹5 of
            // income (at most 104% of it in tax) and ₹5 of tax: the difference may be off by
            // just over two steps.
            let r = new_regime(year_2026_27(), ctc, &s, None);
            let cess = year_2026_27().cess_rate;
            let slack = 2.1 * year_2026_27().rounding.multiple;
            prop_assert!(r.variable_tax >= -slack, "{:?}", r);
            prop_assert!(r.variable_tax <= r.split.variable * (1.0 + cess) + slack, "{:?}", r);
            prop_assert!(r.variable_net >= -r.split.variable * cess - slack, "{:?}", r);
        }

        #[test]
        fn pay_in_hand_is_never_negative_nor_above_gross(ctc in 50_000.0f64..500_000_000.0, s in structure()) {
            let r = new_regime(year_2026_27(), ctc, &s, Some("mumbai"));
            prop_assert!(r.per_year >= 0.0 && r.per_year <= r.split.gross, "{:?}", r);
        }
    }
}
