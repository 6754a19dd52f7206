//! The working from CTC to pay in hand, in words, as a person would follow it on a payslip:
//! the structure's lines, the tax on the fixed pay, then what is deducted from it; and the
//! same for the old regime from gross salary, with what it lets a person deduct.

use crate::data::{Entry, Regime, Relief, TaxRules};
use crate::format::{group_en_in, rupees, trimmed};
use crate::tax::{
    new_regime, professional_tax, Claims, GratuityBase, HraBound, HraCity, PayInHand, PfMode, Split,
    Structure, TaxDue, YearInForce,
};

/// One line of the working, in words and whole rupees.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub label: String,
    /// "−₹84,600", "₹12,91,490".
    pub amount: String,
    /// A subtotal or the result, shown in bold.
    pub total: bool,
}

/// A line before it is written: its amount in rupees, whether it is taken away from the one
/// above, and whether it stands even at nothing (the totals, and the tax and the rebate that
/// explain it).
struct Step {
    label: String,
    amount: f64,
    minus: bool,
    total: bool,
    always: bool,
}

/// The lines worth reading: each amount in whole rupees, and no line of nothing but those
/// that explain the result.
fn written<const N: usize>(steps: [Step; N]) -> Vec<Line> {
    steps
        .into_iter()
        .filter(|s| s.always || s.amount.round() != 0.0)
        .map(|s| {
            let whole = s.amount.round();
            let sign = if s.minus && whole != 0.0 { "−" } else { "" };
            Line { label: s.label, amount: format!("{sign}{}", rupees(whole)), total: s.total }
        })
        .collect()
}

/// The most lines `working` gives, so the view keeps that many fixed rows: the number of its
/// steps, which the compiler checks (`written::<WORKING_LINES>`).
pub const WORKING_LINES: usize = 26;

/// The rule that names the PF wage ceiling, as a dated change names it.
pub const PF_CEILING: &str = "salary.pf_wage_ceiling_monthly";

/// The PF wage ceiling in words, with its date where it changed in the year: "₹25,000 a month,
/// in force since 17 September 2026".
pub fn pf_ceiling(year: &YearInForce) -> String {
    let ceiling = format!("₹{} a month", group_en_in(year.rules.salary.pf_wage_ceiling_monthly as u64));
    match year.changed(PF_CEILING) {
        Some(change) => format!("{ceiling}, in force since {}", change.from.words()),
        None => ceiling,
    }
}

/// The working from CTC to pay in hand a year, under the new regime.
pub fn working(year: &YearInForce, structure: &Structure, r: &PayInHand, city: Option<&Entry>) -> Vec<Line> {
    let rules = year.rules;
    let s = &r.split;
    let regime = &rules.new_regime;
    let pf = percent(rules.salary.pf_share);
    let employer_pf = match structure.pf {
        PfMode::Full => format!("Employer’s PF, {pf} of basic pay"),
        PfMode::Capped => format!("Employer’s PF, {pf} of basic pay up to {}", pf_ceiling(year)),
        PfMode::Wages => format!("Employer’s PF, {pf} of the wages under the Code"),
        PfMode::None => "Employer’s PF: none".to_string(),
    };
    let gratuity_on = match structure.gratuity {
        GratuityBase::Basic => "basic pay",
        GratuityBase::Wages => "the wages under the Code",
    };
    let professional = match professional_tax(rules, city.map(|c| c.slug.as_ref()), s.gross / 12.0).1 {
        Some(state) => format!("Professional tax, {}", state.state),
        None => format!(
            "Professional tax, no city chosen: the {} cap",
            rupees(rules.professional_tax.default_annual)
        ),
    };
    let [taxable, slab_tax, rebate, surcharge, cess, rounding, total_tax] = tax_lines(rules, regime, &r.due);
    let [nps_in, nps_off] = employer_nps_lines(regime, structure, r);
    // What the employer's NPS saves: the tax on the same CTC with none of it, less this tax.
    let without = Structure { employer_nps_percent: 0.0, ..*structure };
    let saved = new_regime(rules, s.ctc, &without, city.map(|c| c.slug.as_ref())).due.total() - r.due.total();
    written::<WORKING_LINES>([
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
            format!("Employer’s NPS, {}% of basic pay", trimmed(structure.employer_nps_percent)),
            s.employer_nps,
        ),
        minus(format!("Gratuity, {} of {gratuity_on}", percent(rules.salary.gratuity_share)), s.gratuity),
        line("Gross salary".into(), s.gross, true),
        nps_in,
        perquisite(rules, s),
        minus(format!("Standard deduction ({})", regime.standard_deduction_section), r.deductions.standard),
        nps_off,
        taxable,
        slab_tax,
        rebate,
        surcharge,
        cess,
        rounding,
        total_tax,
        minus("Your PF, the same as the employer’s".to_string(), s.employee_pf),
        minus(professional, r.professional_tax),
        line("In hand a year".into(), r.per_year, true),
        // Beside the pay: the wages the labour law counts, and the gratuity it owes on them.
        line(
            format!(
                "Wages under the Labour Codes ({}): basic pay and the special allowance",
                rules.salary.wages_section
            ),
            s.wages,
            false,
        ),
        line(
            format!(
                "Gratuity the law owes on them, {} a year ({})",
                percent(rules.salary.gratuity_share),
                rules.salary.gratuity_section
            ),
            s.gratuity_on_wages,
            false,
        ),
        line(
            "More than the gratuity set aside in the CTC, by".to_string(),
            s.gratuity_on_wages - s.gratuity,
            false,
        ),
        line("Tax the employer’s NPS saves, against the same CTC paid as salary".to_string(), saved, false),
    ])
}

/// The employer's NPS in the working: added to salary, then deducted within the regime's limit
/// (lines only where there is some).
fn employer_nps_lines(regime: &Regime, structure: &Structure, r: &PayInHand) -> [Step; 2] {
    let nps = &regime.employer_nps;
    [
        line(
            format!(
                "Plus the employer’s NPS, {}% of basic pay, salary for tax",
                trimmed(structure.employer_nps_percent)
            ),
            r.split.employer_nps,
            false,
        ),
        minus(
            format!(
                "Employer’s NPS deducted, up to {} of basic pay ({})",
                percent(nps.share_of_basic),
                named(&nps.familiar, &nps.section)
            ),
            r.deductions.employer_nps,
        ),
    ]
}

/// The most lines `old_working` gives: the number of its steps, which the compiler checks.
pub const OLD_WORKING_LINES: usize = 23;

/// The old regime's working from gross salary (the same structure as the new regime's) to
/// pay in hand a year.
pub fn old_working(
    rules: &TaxRules,
    structure: &Structure,
    claims: &Claims,
    r: &PayInHand,
    city: Option<&Entry>,
) -> Vec<Line> {
    let reliefs = &rules.old_regime_reliefs;
    let regime = &rules.old_regime;
    let d = &r.deductions;
    let (hra_received, hra_exempt) = d.hra.map_or((0.0, 0.0), |h| (h.received, h.exempt));
    let city_name = city.map_or("", |c| c.name.as_ref());
    let bound = match d.hra.map(|h| (h.bound, h.city)) {
        _ if claims.rent_monthly == 0.0 => "none without rent".to_string(),
        None | Some((HraBound::Received, _)) => "the HRA received, the least of three".to_string(),
        Some((HraBound::Rent, _)) => format!(
            "the rent paid less {} of basic, the least of three",
            percent(reliefs.hra.rent_over_share_of_basic)
        ),
        Some((HraBound::ShareOfBasic, HraCity::Listed)) => format!(
            "{} of basic in {city_name}, a listed city, the least of three",
            percent(reliefs.hra.metro_share_of_basic)
        ),
        Some((HraBound::ShareOfBasic, HraCity::Unlisted)) => format!(
            "{} of basic, as {city_name} is not a listed city, the least of three",
            percent(reliefs.hra.other_share_of_basic)
        ),
        Some((HraBound::ShareOfBasic, HraCity::NoneChosen)) => format!(
            "{} of basic, as no city is chosen, the least of three",
            percent(reliefs.hra.other_share_of_basic)
        ),
    };
    let up_to = |relief: &Relief, what: &str| {
        format!("{what}, {}, up to {}", relief_name(relief), rupees(relief.limit))
    };
    let parents = &reliefs.d80_parents;
    let parents_limit = if claims.parents_senior { parents.senior_limit } else { parents.limit };
    let [taxable, slab_tax, rebate, surcharge, cess, rounding, total_tax] = tax_lines(rules, regime, &r.due);
    let [nps_in, nps_off] = employer_nps_lines(regime, structure, r);
    written::<OLD_WORKING_LINES>([
        line("Gross salary, as under the new regime".into(), r.split.gross, true),
        nps_in,
        perquisite(rules, &r.split),
        line(format!("HRA in it, {}% of basic pay", trimmed(structure.hra_percent)), hra_received, false),
        minus(format!("HRA exempt ({}): {bound}", reliefs.hra.section), hra_exempt),
        minus(format!("Standard deduction ({})", regime.standard_deduction_section), d.standard),
        minus(format!("Professional tax ({})", reliefs.professional_tax_section), d.professional_tax),
        nps_off,
        minus(up_to(&reliefs.home_loan, "Interest on a home loan"), d.home_loan),
        minus(up_to(&reliefs.c80, "Your PF and investments"), d.c80),
        minus(up_to(&reliefs.d80, "Health insurance"), d.d80),
        minus(
            format!(
                "Your parents’ health insurance, {}, up to {}",
                named(&parents.familiar, &parents.section),
                rupees(parents_limit)
            ),
            d.d80_parents,
        ),
        minus(up_to(&reliefs.nps, "Your NPS"), d.nps),
        taxable,
        slab_tax,
        rebate,
        surcharge,
        cess,
        rounding,
        total_tax,
        minus("Your PF".into(), r.split.employee_pf),
        minus("Professional tax".into(), d.professional_tax),
        line("In hand a year".into(), r.per_year, true),
    ])
}

/// The employer's PF and NPS above the limit on its contributions, taxed though not paid out
/// (a line only where there is some).
fn perquisite(rules: &TaxRules, s: &Split) -> Step {
    let label = format!(
        "Plus the employer’s PF and NPS above {} a year, taxed as salary though not paid to you ({})",
        rupees(rules.salary.employer_contribution_limit),
        rules.salary.employer_contribution_section
    );
    line(label, s.perquisite, false)
}

fn line(label: String, amount: f64, total: bool) -> Step {
    Step { label, amount, minus: false, total, always: total }
}

/// A line taken away from the one above it.
fn minus(label: String, amount: f64) -> Step {
    Step { label, amount, minus: true, total: false, always: false }
}

/// A line that stands even at nothing.
fn kept(step: Step) -> Step {
    Step { always: true, ..step }
}

fn percent(share: f64) -> String {
    format!("{}%", trimmed(share * 100.0))
}

/// The tax's lines, the same under either regime: from the taxable income to the tax in all.
fn tax_lines(rules: &TaxRules, regime: &Regime, due: &TaxDue) -> [Step; 7] {
    let multiple = rupees(rules.rounding.multiple);
    [
        line(
            format!("Taxable income, to the nearest {multiple} ({})", rules.rounding.section),
            due.taxable,
            true,
        ),
        line("Tax on the slabs".into(), due.slab_tax, false),
        kept(line(rebate_label(regime, due), due.tax, false)),
        line("Surcharge".into(), due.surcharge, false),
        line(
            format!("Health and education cess, {} of tax and surcharge", percent(rules.cess_rate)),
            due.cess,
            false,
        ),
        line(format!("Rounded to the nearest {multiple} ({})", rules.rounding.section), due.rounding, false),
        kept(minus("Income tax in all".into(), due.total())),
    ]
}

/// The rebate's line: none up to its limit, marginal relief above it, or the full tax.
fn rebate_label(regime: &Regime, due: &TaxDue) -> String {
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

/// How the page names a relief: "80C, section 123" or, under the 1961 Act, "section 80C".
pub fn relief_name(relief: &Relief) -> String {
    named(&relief.familiar, &relief.section)
}

/// A section by the name people know it by and where the year's law has it: "80C, section
/// 123", or, where they are one, "section 80C" ("section 80D(3)" for "80D" too).
fn named(familiar: &str, section: &str) -> String {
    if section.trim_start_matches("section ").starts_with(familiar) {
        section.to_string()
    } else {
        format!("{familiar}, {section}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::dataset;
    use crate::tax::test_rules::{on, year_2025_26, year_2026_27};
    use crate::tax::{new_regime, old_regime};

    fn city(slug: &str) -> Option<&'static Entry> {
        dataset().cities.find(slug)
    }

    /// The label of the taxable income under the Income-tax Act, 2025.
    const TAXABLE: &str = "Taxable income, to the nearest ₹10 (section 516)";

    /// The amount on the line with this label; the working is read by its words, not its rows.
    fn amount<'a>(lines: &'a [Line], label: &str) -> &'a str {
        let line = lines.iter().find(|l| l.label == label);
        line.unwrap_or_else(|| panic!("no line {label:?} in {lines:#?}")).amount.as_str()
    }

    fn labels(lines: &[Line]) -> Vec<&str> {
        lines.iter().map(|l| l.label.as_str()).collect()
    }

    #[test]
    fn the_working_reads_from_ctc_to_in_hand() {
        let year = on("2026-12-01");
        let s = Structure::default();
        let r = new_regime(year.rules, 1_410_000.0, &s, Some("bengaluru"));
        let lines = working(&year, &s, &r, city("bengaluru"));
        for (label, expected) in [
            ("CTC", "₹14,10,000"),
            ("Fixed CTC", "₹14,10,000"),
            ("Basic pay, 50% of the fixed CTC", "₹7,05,000"),
            ("Employer’s PF, 12% of basic pay", "−₹84,600"),
            ("Gratuity, 4.81% of basic pay", "−₹33,911"),
            ("Gross salary", "₹12,91,490"),
            ("Standard deduction (section 19)", "−₹75,000"),
            (TAXABLE, "₹12,16,490"),
            (
                "Tax after marginal relief (section 156(2)): no more than the income above ₹12,00,000",
                "₹16,490",
            ),
            ("Health and education cess, 4% of tax and surcharge", "₹660"),
            ("Income tax in all", "−₹17,150"),
            ("Your PF, the same as the employer’s", "−₹84,600"),
            ("Professional tax, Karnataka", "−₹2,500"),
            ("In hand a year", "₹11,87,240"),
        ] {
            assert_eq!(amount(&lines, label), expected, "{label}");
        }
        // From the CTC down to the pay in hand, in that order, with the subtotals in bold.
        let order = labels(&lines);
        let at = |label: &str| order.iter().position(|l| *l == label).expect(label);
        assert!(at("CTC") < at("Gross salary") && at("Gross salary") < at(TAXABLE));
        assert!(at(TAXABLE) < at("Income tax in all") && at("Income tax in all") < at("In hand a year"));
        let totals: Vec<&str> = lines.iter().filter(|l| l.total).map(|l| l.label.as_str()).collect();
        assert_eq!(totals, ["CTC", "Fixed CTC", "Gross salary", TAXABLE, "In hand a year"]);
        // No line of nothing: no variable pay, no surcharge, no employer's NPS; the rounding of
        // ₹17,149.60 to ₹17,150 is 40 paise, under a rupee, so it has no line either.
        assert!(lines.iter().all(|l| !l.amount.ends_with("₹0")), "{lines:#?}");
        assert!(
            !order.iter().any(|l| l.starts_with("Variable pay") || *l == "Surcharge" || l.contains("NPS")),
            "{order:?}"
        );
    }

    #[test]
    fn the_employers_pf_above_its_limit_is_taxed_in_the_working() {
        // ₹1.5 Cr, the default structure, Bengaluru, worked by hand: basic ₹75,00,000; the
        // employer's PF ₹9,00,000, of which ₹1,50,000 is above ₹7,50,000; gratuity ₹3,60,750;
        // gross ₹1,37,39,250. Taxable ₹1,37,39,250 + ₹1,50,000 − ₹75,000 = ₹1,38,14,250.
        // Slabs: ₹3,00,000 to ₹24 L, then 30% of ₹1,14,14,250 = ₹34,24,275: ₹37,24,275.
        // Surcharge 15% (above ₹1 Cr; no marginal relief this far above it) ₹5,58,641.25;
        // cess 4% of both ₹1,71,316.65: ₹44,54,232.90, which section 516 rounds to ₹44,54,230.
        // In hand: ₹1,37,39,250 − ₹9,00,000 − ₹44,54,230 − ₹2,500 = ₹83,82,520.
        let year = on("2026-12-01");
        let rules = year.rules;
        let s = Structure::default();
        let r = new_regime(rules, 15_000_000.0, &s, Some("bengaluru"));
        let lines = working(&year, &s, &r, city("bengaluru"));
        let perquisite = "Plus the employer’s PF and NPS above ₹7,50,000 a year, taxed as salary though not paid to you (section 17(1)(h))";
        assert_eq!(amount(&lines, perquisite), "₹1,50,000");
        assert_eq!(amount(&lines, TAXABLE), "₹1,38,14,250");
        assert_eq!(amount(&lines, "Rounded to the nearest ₹10 (section 516)"), "−₹3");
        assert_eq!(amount(&lines, "In hand a year"), "₹83,82,520");
        assert!((r.per_year - 8_382_520.0).abs() < 0.01, "{}", r.per_year);
        // The old regime taxes it too, and below the limit there is no such line.
        let old = old_regime(rules, 15_000_000.0, &s, &Claims::default(), Some("bengaluru"));
        assert_eq!(
            amount(&old_working(rules, &s, &Claims::default(), &old, city("bengaluru")), perquisite),
            "₹1,50,000"
        );
        let below = new_regime(rules, 2_000_000.0, &s, Some("bengaluru"));
        assert!(!labels(&working(&year, &s, &below, city("bengaluru"))).contains(&perquisite));
    }

    #[test]
    fn the_working_names_the_pf_mode_the_rebate_and_the_missing_city() {
        let year = on("2026-12-01");
        let capped = Structure { pf: PfMode::Capped, variable_percent: 12.5, ..Structure::default() };
        let r = new_regime(year.rules, 800_000.0, &capped, None);
        let capped_lines = working(&year, &capped, &r, None);
        let lines = labels(&capped_lines).join("\n");
        for label in [
            "Variable pay, 12.5% of CTC, paid once a year (below)",
            "Employer’s PF, 12% of basic pay up to ₹25,000 a month, in force since 17 September 2026",
            "Tax after the section 156(2) rebate: none up to ₹12,00,000 taxable",
            "Professional tax, no city chosen: the ₹2,500 cap",
        ] {
            assert!(lines.contains(label), "{label:?} in {lines}");
        }
        // Before the change, the ceiling as the year's file states it, with no date.
        let september = on("2026-09-16");
        let r = new_regime(september.rules, 800_000.0, &capped, None);
        assert!(labels(&working(&september, &capped, &r, None))
            .contains(&"Employer’s PF, 12% of basic pay up to ₹15,000 a month"));
        let none = Structure { pf: PfMode::None, ..Structure::default() };
        let march = on("2026-03-31");
        let r = new_regime(year_2025_26(), 800_000.0, &none, None);
        let lines = working(&march, &none, &r, None);
        // Without PF there is no line for it; within the rebate the tax is nothing, and says why.
        assert!(!labels(&lines).iter().any(|l| l.contains("PF")), "{lines:#?}");
        assert_eq!(amount(&lines, "Standard deduction (section 16(ia))"), "−₹75,000");
        assert_eq!(amount(&lines, "Tax after the section 87A rebate: none up to ₹12,00,000 taxable"), "₹0");
        assert_eq!(amount(&lines, "Income tax in all"), "₹0");
    }

    #[test]
    fn the_old_regime_s_working_names_each_deduction_by_both_its_sections() {
        let rules = year_2026_27();
        let claims = Claims { rent_monthly: 40_000.0, c80: 30_000.0, ..Claims::default() };
        let r = old_regime(rules, 2_000_000.0, &Structure::default(), &claims, Some("mumbai"));
        let lines = old_working(rules, &Structure::default(), &claims, &r, city("mumbai"));
        for (label, expected) in [
            ("Gross salary, as under the new regime", "₹18,31,900"),
            ("HRA in it, 50% of basic pay", "₹5,00,000"),
            ("HRA exempt (Schedule III): the rent paid less 10% of basic, the least of three", "−₹3,80,000"),
            ("Standard deduction (section 19)", "−₹50,000"),
            ("Your PF and investments, 80C, section 123, up to ₹1,50,000", "−₹1,50,000"),
            (TAXABLE, "₹12,49,400"),
            ("Tax (no rebate above ₹5,00,000 taxable, and no marginal relief)", "₹1,87,320"),
            ("In hand a year", "₹15,14,590"),
        ] {
            assert_eq!(amount(&lines, label), expected, "{label}");
        }
        // Nothing claimed for NPS: no line for it.
        assert!(!labels(&lines).iter().any(|l| l.starts_with("Your NPS")));
        // Under the 1961 Act the familiar name is the section itself. In FY 2025-26 Bengaluru
        // was not a listed city: with ₹60,000 rent, 40% of basic binds.
        let before = year_2025_26();
        let claims = Claims { rent_monthly: 60_000.0, ..claims };
        let r = old_regime(before, 2_000_000.0, &Structure::default(), &claims, Some("bengaluru"));
        let lines =
            labels(&old_working(before, &Structure::default(), &claims, &r, city("bengaluru"))).join("\n");
        assert!(lines.contains("Your PF and investments, section 80C, up to ₹1,50,000"), "{lines}");
        assert!(
            lines.contains("HRA exempt (section 10(13A)): 40% of basic, as Bengaluru is not a listed city, the least of three"),
            "{lines}"
        );
    }
}
