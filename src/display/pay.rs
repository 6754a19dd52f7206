//! "What it pays in hand", in words: the tax year it is worked out under, and for the market
//! estimate, the offer and the current CTC, each one's pay in hand under the new regime, the
//! default, a month and a year, with the variable pay apart. One value both stages write.

use crate::data::TaxRules;
use crate::display::tax_year::{coverage_note, period};
use crate::display::working::{pf_ceiling, PF_CEILING};
use crate::format::{lakh_of, rupees, short_money, trimmed};
use crate::tax::{PayInHand, YearInForce};

/// One CTC's figures: the pay in hand a month, "₹98,937", and the year's line under it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Column {
    pub month: String,
    pub year: String,
}

/// The section's texts. A column is `None` where there is no such CTC (no offer, say).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Texts {
    /// "Tax year 2026-27 (1 April 2026 – 31 March 2027), Income-tax Act, 2025. Under the new
    /// regime, the default."
    pub tax_year: String,
    /// What the page says when today lies outside the years this version knows.
    pub note: Option<String>,
    /// The variable pay of the offer (or, without one, of the estimate), in three parts the view
    /// marks: "Variable pay of ₹2,85,000 a year, paid once at target: ", "₹2,35,899", " after
    /// ₹49,101 of tax, for your offer."; `None` without variable pay.
    pub variable: Option<[String; 3]>,
    /// The market estimate's, the offer's and the current CTC's, in that order.
    pub columns: [Option<Column>; 3],
}

/// What the monthly figures leave out, and why: gratuity and the employer's contributions, which
/// are in the CTC but not paid each month, and what is not modelled.
pub fn left_out(rules: &TaxRules) -> String {
    let s = &rules.salary;
    format!(
        "Gratuity ({}% of basic pay, or of the wages under the Labour Codes, as the structure sets it aside: the law fixes the benefit, not this rate) is part of the CTC but is paid only when you leave: after {} years of continuous service, or after {} on a fixed-term contract ({}). So it is not in the monthly figure; nor are your employer’s PF and NPS, of which any part above {} a year together is taxed as your salary. Left out: bonuses, the interest on that taxed part, and the Labour Welfare Fund (a small yearly state levy, in the sources below).",
        trimmed(s.gratuity_share * 100.0),
        trimmed(s.gratuity_after_years),
        years(s.gratuity_after_years_fixed_term),
        s.gratuity_section,
        rupees(s.employer_contribution_limit),
    )
}

/// "one year", "2 years".
fn years(n: f64) -> String {
    if n == 1.0 {
        "one year".to_string()
    } else {
        format!("{} years", trimmed(n))
    }
}

/// The year's sources, then each dated change in force today with its own.
pub fn sources(year: &YearInForce) -> Vec<String> {
    let changes = &year.year.changes[..year.year.changes_by(year.date)];
    year.rules
        .sources
        .iter()
        .map(|s| s.to_string())
        .chain(changes.iter().map(|c| format!("From {}: {}", c.from.words(), c.source)))
        .collect()
}

/// The figures of one CTC's pay in hand.
pub fn column(pay: &PayInHand) -> Column {
    let variable = if pay.split.variable > 0.0 {
        format!(", and {} once a year from variable pay after its tax", rupees(pay.variable_net.round()))
    } else {
        String::new()
    };
    Column {
        month: rupees(pay.per_month.round()),
        year: format!(
            "{} a year from a CTC of {}{variable}",
            rupees(pay.per_year.round()),
            short_money(lakh_of(pay.split.ctc))
        ),
    }
}

/// The section's texts for the pay of the estimate (as shown), the offer and the current CTC.
pub fn texts(
    year: &YearInForce,
    estimate: &PayInHand,
    offer: Option<&PayInHand>,
    current: Option<&PayInHand>,
) -> Texts {
    let (variable, whose) = match offer {
        Some(offer) => (offer, "your offer"),
        None => (estimate, "the estimate"),
    };
    // Where a rule changed inside the year, today's rules are applied to the whole year: said.
    let today = match year.changed(PF_CEILING) {
        Some(_) => format!(
            " Worked out on the law as it stands today, {}, for the whole year: PF at the wage ceiling of {}.",
            year.date.words(),
            pf_ceiling(year)
        ),
        None => String::new(),
    };
    Texts {
        tax_year: format!("{}. Under the new regime, the default.{today}", period(year.rules)),
        note: coverage_note(year),
        variable: (variable.split.variable > 0.0).then(|| {
            [
                format!("Variable pay of {} a year, paid once at target: ", rupees(variable.split.variable)),
                rupees(variable.variable_net.round()),
                format!(" after {} of tax, for {whose}.", rupees(variable.variable_tax.round())),
            ]
        }),
        columns: [Some(column(estimate)), offer.map(column), current.map(column)],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{tax_years, Date};
    use crate::tax::{new_regime, year_in_force, Structure};

    #[test]
    fn the_section_names_the_year_and_each_ctc_s_pay() {
        let year = year_in_force(Date::parse("2026-12-01").unwrap(), tax_years());
        let s = Structure { variable_percent: 10.0, ..Structure::default() };
        let pay = |lakh: f64| new_regime(year.rules, crate::format::rupees_of(lakh), &s, Some("bengaluru"));
        let t = texts(&year, &pay(14.1), Some(&pay(20.0)), None);
        assert_eq!(t.tax_year, "Tax year 2026-27 (1 April 2026 – 31 March 2027), Income-tax Act, 2025. Under the new regime, the default. Worked out on the law as it stands today, 1 December 2026, for the whole year: PF at the wage ceiling of ₹25,000 a month, in force since 17 September 2026.");
        assert_eq!(t.note, None);
        assert!(t.columns[2].is_none());
        // Before 17 September 2026 the year's file stands; from then, the PF wage ceiling is
        // ₹25,000, and the page says today's law is applied to the whole year.
        let september = year_in_force(Date::parse("2026-09-16").unwrap(), tax_years());
        assert!(texts(&september, &pay(14.1), None, None)
            .tax_year
            .ends_with("Under the new regime, the default."));
        // ₹20 L with 10% variable pay: fixed ₹18 L, basic ₹9 L, PF ₹1,08,000 each, gratuity
        // ₹43,290, gross ₹16,48,710, taxable ₹15,73,710: tax ₹1,16,056.50, ₹1,20,698.76 with
        // cess, rounded to ₹1,20,700; in hand (16,48,710 − 1,08,000 − 2,500 − 1,20,700) =
        // ₹14,17,510 a year, ₹1,18,126 a month. With the ₹2,00,000 paid once, taxable ₹17,73,710
        // and tax ₹1,60,931.68, rounded to ₹1,60,930: ₹40,230 more, so ₹1,59,770 of it is kept.
        let offer = t.columns[1].clone().expect("the offer's column");
        assert_eq!(offer.month, "₹1,18,126");
        assert_eq!(
            offer.year,
            "₹14,17,510 a year from a CTC of ₹20.0 L, and ₹1,59,770 once a year from variable pay after its tax"
        );
        let [lead, net, rest] = t.variable.expect("variable pay");
        assert_eq!(lead, "Variable pay of ₹2,00,000 a year, paid once at target: ");
        assert_eq!((net.as_str(), rest.as_str()), ("₹1,59,770", " after ₹40,230 of tax, for your offer."));
    }
}
