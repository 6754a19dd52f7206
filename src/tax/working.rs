//! The working from CTC to pay in hand, as a person would follow it on a payslip: the
//! structure's lines, the tax on the fixed pay, then what is deducted from it; and the same
//! for the old regime from gross salary, with what it lets a person deduct.

use super::claims::Claims;
use super::old_regime::{HraBound, OldTakeHome};
use super::regime::TaxDue;
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
    let pf = percent(rules.salary.pf_share_of_basic);
    let employer_pf = match structure.pf {
        PfMode::Full => format!("Employer’s PF, {pf} of basic pay"),
        PfMode::Capped => format!(
            "Employer’s PF, {pf} of basic pay up to ₹{} a month",
            group_en_in(rules.salary.pf_wage_ceiling_monthly as u64)
        ),
        PfMode::None => "Employer’s PF: none".to_string(),
    };
    let professional = match professional_tax(rules, city_slug, s.gross / 12.0).1 {
        Some(state) => format!("Professional tax, {}", state.state),
        None => format!(
            "Professional tax, no city chosen: the {} cap",
            rupees(rules.professional_tax.default_annual)
        ),
    };
    let [taxable, slab_tax, rebate, surcharge, cess, total_tax] = tax_lines(rules, regime, &r.due);
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
        taxable,
        slab_tax,
        rebate,
        surcharge,
        cess,
        total_tax,
        minus("Your PF, the same as the employer’s".to_string(), s.employee_pf),
        minus(professional, r.professional_tax),
        line("In hand a year".into(), r.per_year.round(), true),
    ]
}

/// How many lines `old_working` gives.
pub const OLD_WORKING_LINES: usize = 18;

/// The old regime's working from gross salary (the same structure as the new regime's) to
/// pay in hand a year.
pub fn old_working(
    rules: &TaxRules,
    claims: &Claims,
    r: &OldTakeHome,
    city_name: Option<&str>,
) -> [Line; OLD_WORKING_LINES] {
    let reliefs = &rules.old_regime_reliefs;
    let regime = &rules.old_regime;
    let d = &r.deductions;
    let hra = &d.hra;
    let bound = match (hra.bound, hra.listed_city, city_name) {
        _ if claims.rent_monthly == 0.0 => "none without rent".to_string(),
        (HraBound::Received, ..) => "the HRA received, the least of three".to_string(),
        (HraBound::Rent, ..) => format!(
            "the rent paid less {} of basic, the least of three",
            percent(reliefs.hra.rent_over_share_of_basic)
        ),
        (HraBound::ShareOfBasic, Some(true), Some(city)) => {
            format!(
                "{} of basic in {city}, a listed city, the least of three",
                percent(reliefs.hra.metro_share_of_basic)
            )
        }
        (HraBound::ShareOfBasic, _, Some(city)) => {
            format!(
                "{} of basic, as {city} is not a listed city, the least of three",
                percent(reliefs.hra.other_share_of_basic)
            )
        }
        (HraBound::ShareOfBasic, ..) => {
            format!(
                "{} of basic, as no city is chosen, the least of three",
                percent(reliefs.hra.other_share_of_basic)
            )
        }
    };
    let up_to = |relief: &crate::data::Relief, what: &str| {
        format!("{what}, {}, up to {}", relief.name(), rupees(relief.limit))
    };
    let [taxable, slab_tax, rebate, surcharge, cess, total_tax] = tax_lines(rules, regime, &r.due);
    [
        line("Gross salary, as under the new regime".into(), r.split.gross, true),
        line(format!("HRA in it, {}% of basic pay", trimmed(claims.hra_percent)), hra.received, false),
        minus(format!("HRA exempt ({}): {bound}", reliefs.hra.section), hra.exempt),
        minus(format!("Standard deduction ({})", regime.standard_deduction_section), d.standard_deduction),
        minus(format!("Professional tax ({})", reliefs.professional_tax_section), d.professional_tax),
        minus(up_to(&reliefs.home_loan, "Interest on a home loan"), d.home_loan),
        minus(up_to(&reliefs.c80, "Your PF and investments"), d.c80),
        minus(up_to(&reliefs.d80, "Health insurance"), d.d80),
        minus(up_to(&reliefs.nps, "Your NPS"), d.nps),
        taxable,
        slab_tax,
        rebate,
        surcharge,
        cess,
        total_tax,
        minus("Your PF".into(), r.split.employee_pf),
        minus("Professional tax".into(), d.professional_tax),
        line("In hand a year".into(), r.per_year.round(), true),
    ]
}

fn line(label: String, amount: f64, total: bool) -> Line {
    Line { label, amount: rupees(amount), total }
}

/// A line taken away from the one above it.
fn minus(label: String, amount: f64) -> Line {
    Line { label, amount: format!("−{}", rupees(amount)), total: false }
}

fn percent(share: f64) -> String {
    format!("{}%", trimmed(share * 100.0))
}

/// The tax's lines, the same under either regime: from the taxable income to the tax in all.
fn tax_lines(rules: &TaxRules, regime: &crate::data::Regime, due: &TaxDue) -> [Line; 6] {
    [
        line("Taxable income".into(), due.taxable, true),
        line("Tax on the slabs".into(), due.slab_tax, false),
        line(rebate_label(regime, due), due.tax, false),
        line("Surcharge".into(), due.surcharge, false),
        line(
            format!("Health and education cess, {} of tax and surcharge", percent(rules.cess_rate)),
            due.cess,
            false,
        ),
        minus("Income tax in all".into(), due.total()),
    ]
}

/// The rebate's line: none up to its limit, marginal relief above it, or the full tax.
fn rebate_label(regime: &crate::data::Regime, due: &TaxDue) -> String {
    let limit = rupees(regime.rebate.limit);
    let section = &regime.rebate.section;
    if due.taxable <= regime.rebate.limit {
        format!("Tax after the {section} rebate: none up to {limit} taxable")
    } else if due.tax < due.slab_tax {
        format!("Tax after marginal relief ({section}): no more than the income above {limit}")
    } else if regime.rebate.marginal_relief {
        format!("Tax (no rebate above {limit} taxable)")
    } else {
        format!("Tax (no rebate above {limit} taxable, and no marginal relief)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tax::take_home::take_home;
    use crate::tax::test_rules::{year_2025_26, year_2026_27};

    #[test]
    fn the_working_reads_from_ctc_to_in_hand() {
        let rules = year_2026_27();
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
        let rules = year_2026_27();
        let capped = Structure { pf: PfMode::Capped, variable_percent: 12.5, ..Structure::default() };
        let r = take_home(rules, 800_000.0, &capped, None);
        let lines = working(rules, &capped, &r, None);
        assert_eq!(lines[1].label, "Variable pay, 12.5% of CTC, paid once a year (below)");
        assert_eq!(lines[4].label, "Employer’s PF, 12% of basic pay up to ₹15,000 a month");
        assert_eq!(lines[10].label, "Tax after the section 156 rebate: none up to ₹12,00,000 taxable");
        assert_eq!(lines[15].label, "Professional tax, no city chosen: the ₹2,500 cap");
        let none = Structure { pf: PfMode::None, ..Structure::default() };
        let r = take_home(year_2025_26(), 800_000.0, &none, None);
        let lines = working(year_2025_26(), &none, &r, None);
        assert_eq!((lines[4].label.as_str(), lines[4].amount.as_str()), ("Employer’s PF: none", "−₹0"));
        assert_eq!(lines[7].label, "Standard deduction (section 16(ia))");
        assert_eq!(lines[10].label, "Tax after the section 87A rebate: none up to ₹12,00,000 taxable");
    }

    #[test]
    fn the_old_regime_s_working_names_each_deduction_by_both_its_sections() {
        use crate::tax::old_regime::old_take_home;
        let rules = year_2026_27();
        let claims = Claims { rent_monthly: 40_000.0, c80: 30_000.0, ..Claims::default() };
        let r = old_take_home(rules, 2_000_000.0, &Structure::default(), &claims, Some("mumbai"));
        let lines = old_working(rules, &claims, &r, Some("Mumbai"));
        let text: Vec<(&str, &str)> = lines.iter().map(|l| (l.label.as_str(), l.amount.as_str())).collect();
        assert_eq!(text[0], ("Gross salary, as under the new regime", "₹18,31,900"));
        assert_eq!(text[1], ("HRA in it, 50% of basic pay", "₹5,00,000"));
        assert_eq!(
            text[2],
            ("HRA exempt (Schedule III): the rent paid less 10% of basic, the least of three", "−₹3,80,000")
        );
        assert_eq!(text[3], ("Standard deduction (section 19)", "−₹50,000"));
        assert_eq!(text[6], ("Your PF and investments, 80C, section 123, up to ₹1,50,000", "−₹1,50,000"));
        assert_eq!(text[8], ("Your NPS, 80CCD(1B), section 124(3), up to ₹50,000", "−₹0"));
        assert_eq!(text[9], ("Taxable income", "₹12,49,400"));
        assert_eq!(
            text[11],
            ("Tax (no rebate above ₹5,00,000 taxable, and no marginal relief)", "₹1,87,320")
        );
        assert_eq!(text[17], ("In hand a year", "₹15,14,587"));
        // Under the 1961 Act the familiar name is the section itself.
        // In FY 2025-26 Bengaluru was not a listed city: with ₹60,000 rent, 40% of basic binds.
        let before = year_2025_26();
        let claims = Claims { rent_monthly: 60_000.0, ..claims };
        let r = old_take_home(before, 2_000_000.0, &Structure::default(), &claims, Some("bengaluru"));
        let lines = old_working(before, &claims, &r, Some("Bengaluru"));
        assert_eq!(lines[6].label, "Your PF and investments, section 80C, up to ₹1,50,000");
        assert_eq!(lines[2].label, "HRA exempt (section 10(13A)): 40% of basic, as Bengaluru is not a listed city, the least of three");
    }
}
