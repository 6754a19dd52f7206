//! What the employer's NPS contribution costs and saves: it comes out of the CTC, so the salary
//! paid falls by as much, and it is deducted from income (within its limit), so the tax falls
//! too. Set against the same CTC with none, under the regime the pay is taken under.

use super::break_even::{compare, Better, Comparison};
use super::claims::Claims;
use super::structure::Structure;
use crate::data::TaxRules;

/// The employer's NPS contribution a year, and the income tax a year it saves against the same
/// CTC paid with none, both under the regime `with` is taken under (rupees, unrounded).
pub fn employer_nps_effect(
    rules: &TaxRules,
    with: &Comparison,
    structure: &Structure,
    claims: &Claims,
    city: Option<&str>,
) -> (f64, f64) {
    let without = compare(
        rules,
        with.new.split.ctc,
        &Structure { employer_nps_percent: 0.0, ..*structure },
        claims,
        city,
    );
    let tax = |c: &Comparison| match with.better {
        Better::Old => c.old.due.total() + c.old.variable_tax,
        Better::New | Better::Same => c.new.due.total() + c.new.variable_tax,
    };
    (with.new.split.employer_nps, tax(&without) - tax(with))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tax::test_rules::on;

    #[test]
    fn fourteen_percent_of_basic_at_25_lakh_saves_its_slab_rate_under_the_new_regime() {
        // ₹25 L in Bengaluru, basic 50%: basic ₹12,50,000, so 14% is ₹1,75,000 a year. Without
        // it: gross 25,00,000 − 1,50,000 (PF) − 60,125 (gratuity) = ₹22,89,875, taxable
        // ₹22,14,880 (rounded), tax 2,00,000 + 25% × 2,14,880 = ₹2,53,720, ₹2,63,868.80 with cess,
        // rounded to ₹2,63,870. With it the salary is ₹1,75,000 less but all of it is deducted
        // (14% under section 124(2)): taxable ₹20,39,880 (rounded), tax 2,00,000 + 25% × 39,880 =
        // ₹2,09,970, ₹2,18,368.80 with cess, rounded to ₹2,18,370. It saves ₹45,500 a year.
        let year = on("2026-12-01");
        let s = Structure { employer_nps_percent: 14.0, ..Structure::default() };
        let with = compare(year.rules, 2_500_000.0, &s, &Claims::default(), Some("bengaluru"));
        assert_eq!(with.better, Better::New);
        let (contribution, saved) =
            employer_nps_effect(year.rules, &with, &s, &Claims::default(), Some("bengaluru"));
        assert!((contribution - 175_000.0).abs() < 1e-6, "{contribution}");
        assert!((saved - 45_500.0).abs() < 1e-6, "{saved}");
        // None at 0%.
        let none = Structure::default();
        let c = compare(year.rules, 2_500_000.0, &none, &Claims::default(), Some("bengaluru"));
        assert_eq!(
            employer_nps_effect(year.rules, &c, &none, &Claims::default(), Some("bengaluru")),
            (0.0, 0.0)
        );
    }
}
