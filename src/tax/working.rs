//! The working from CTC to pay in hand, as a person would follow it on a payslip: the
//! structure's lines, the tax on the fixed pay, then what is deducted from it.

use super::structure::{PfMode, Structure};
use super::take_home::{professional_tax, TakeHome};
use crate::data::TaxRules;
use crate::format::{group_en_in, rupees, trimmed};

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
pub const WORKING_LINES: usize = 17;

/// The working from CTC to pay in hand a year.
pub fn working(
    rules: &TaxRules,
    structure: &Structure,
    r: &TakeHome,
    city_slug: Option<&str>,
) -> [Line; WORKING_LINES] {
    let s = &r.split;
    let regime = &rules.new_regime;
    let percent = |share: f64| format!("{}%", trimmed(share * 100.0));
    let line = |label: String, amount: f64, total: bool| Line { label, amount: rupees(amount), total };
    let minus =
        |label: String, amount: f64| Line { label, amount: format!("−{}", rupees(amount)), total: false };
    let pf = percent(rules.salary.pf_share_of_basic);
    let employer_pf = match structure.pf {
        PfMode::Full => format!("Employer’s PF, {pf} of basic pay"),
        PfMode::Capped => format!(
            "Employer’s PF, {pf} of basic pay up to ₹{} a month",
            group_en_in(rules.salary.pf_wage_ceiling_monthly as u64)
        ),
        PfMode::None => "Employer’s PF: none".to_string(),
    };
    let limit = rupees(regime.rebate.limit);
    let section = &regime.rebate.section;
    let rebate = if r.due.taxable <= regime.rebate.limit {
        format!("Tax after the {section} rebate: none up to {limit} taxable")
    } else if r.due.tax < r.due.slab_tax {
        format!("Tax after marginal relief ({section}): no more than the income above {limit}")
    } else {
        format!("Tax (no rebate above {limit} taxable)")
    };
    let professional = match professional_tax(rules, city_slug, s.gross / 12.0).1 {
        Some(state) => format!("Professional tax, {}", state.state),
        None => format!(
            "Professional tax, no city chosen: the {} cap",
            rupees(rules.professional_tax.default_annual)
        ),
    };
    [
        line("CTC".into(), s.ctc, true),
        minus(
            format!(
                "Variable pay, {}% of CTC, paid once a year (below)",
                trimmed(structure.variable_percent)
            ),
            s.variable,
        ),
        line("Fixed CTC".into(), s.fixed, true),
        line(format!("Basic pay, {}% of the fixed CTC", trimmed(structure.basic_percent)), s.basic, false),
        minus(employer_pf, s.employer_pf),
        minus(
            format!("Gratuity, {} of basic pay", percent(rules.salary.gratuity_share_of_basic)),
            s.gratuity,
        ),
        line("Gross salary".into(), s.gross, true),
        minus(format!("Standard deduction ({})", regime.standard_deduction_section), r.standard_deduction),
        line("Taxable income".into(), r.due.taxable, true),
        line("Tax on the slabs".into(), r.due.slab_tax, false),
        line(rebate, r.due.tax, false),
        line("Surcharge".into(), r.due.surcharge, false),
        line(
            format!("Health and education cess, {} of tax and surcharge", percent(rules.cess_rate)),
            r.due.cess,
            false,
        ),
        minus("Income tax in all".into(), r.due.total()),
        minus("Your PF, the same as the employer’s".to_string(), s.employee_pf),
        minus(professional, r.professional_tax),
        line("In hand a year".into(), r.per_year.round(), true),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::tax_years;
    use crate::tax::take_home::take_home;

    #[test]
    fn the_working_reads_from_ctc_to_in_hand() {
        let rules = &tax_years()[1];
        let s = Structure::default();
        let r = take_home(rules, 1_410_000.0, &s, Some("bengaluru"));
        let lines = working(rules, &s, &r, Some("bengaluru"));
        let text: Vec<(&str, &str)> = lines.iter().map(|l| (l.label.as_str(), l.amount.as_str())).collect();
        assert_eq!(text[0], ("CTC", "₹14,10,000"));
        assert_eq!(text[1], ("Variable pay, 0% of CTC, paid once a year (below)", "−₹0"));
        assert_eq!(text[2], ("Fixed CTC", "₹14,10,000"));
        assert_eq!(text[3], ("Basic pay, 50% of the fixed CTC", "₹7,05,000"));
        assert_eq!(text[4], ("Employer’s PF, 12% of basic pay", "−₹84,600"));
        assert_eq!(text[5], ("Gratuity, 4.81% of basic pay", "−₹33,910.50"));
        assert_eq!(text[6], ("Gross salary", "₹12,91,489.50"));
        assert_eq!(text[7], ("Standard deduction (section 19)", "−₹75,000"));
        assert_eq!(text[8], ("Taxable income", "₹12,16,489.50"));
        assert_eq!(
            text[10],
            (
                "Tax after marginal relief (section 156): no more than the income above ₹12,00,000",
                "₹16,489.50"
            )
        );
        assert_eq!(text[12].1, "₹659.58");
        assert_eq!(text[13], ("Income tax in all", "−₹17,149.08"));
        assert_eq!(text[14], ("Your PF, the same as the employer’s", "−₹84,600"));
        assert_eq!(text[15], ("Professional tax, Karnataka", "−₹2,500"));
        assert_eq!(text[16], ("In hand a year", "₹11,87,240"));
        assert_eq!(lines.iter().filter(|l| l.total).count(), 5);
    }

    #[test]
    fn the_working_names_the_pf_mode_the_rebate_and_the_missing_city() {
        let rules = &tax_years()[1];
        let capped = Structure { pf: PfMode::Capped, variable_percent: 12.5, ..Structure::default() };
        let r = take_home(rules, 800_000.0, &capped, None);
        let lines = working(rules, &capped, &r, None);
        assert_eq!(lines[1].label, "Variable pay, 12.5% of CTC, paid once a year (below)");
        assert_eq!(lines[4].label, "Employer’s PF, 12% of basic pay up to ₹15,000 a month");
        assert_eq!(lines[10].label, "Tax after the section 156 rebate: none up to ₹12,00,000 taxable");
        assert_eq!(lines[15].label, "Professional tax, no city chosen: the ₹2,500 cap");
        let none = Structure { pf: PfMode::None, ..Structure::default() };
        let r = take_home(&tax_years()[0], 800_000.0, &none, None);
        let lines = working(&tax_years()[0], &none, &r, None);
        assert_eq!((lines[4].label.as_str(), lines[4].amount.as_str()), ("Employer’s PF: none", "−₹0"));
        assert_eq!(lines[7].label, "Standard deduction (section 16(ia))");
        assert_eq!(lines[10].label, "Tax after the section 87A rebate: none up to ₹12,00,000 taxable");
    }
}
