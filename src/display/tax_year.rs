//! How the page names the tax year it uses, and what it says when today lies outside the
//! years this version knows.

use crate::data::TaxRules;
use crate::tax::{Coverage, YearInForce};

/// "Tax year 2026-27 (1 April 2026 – 31 March 2027), Income-tax Act, 2025", or for a year
/// under the 1961 Act "FY 2025-26 (1 April 2025 – 31 March 2026, AY 2026-27), Income-tax Act, 1961".
pub fn period(rules: &TaxRules) -> String {
    let assessed = rules.assessment_year.as_ref().map(|ay| format!(", AY {ay}")).unwrap_or_default();
    format!("{} ({} – {}{assessed}), {}", rules.title, rules.starts.words(), rules.ends.words(), rules.act)
}

/// What the page says beside the year when its rules do not cover today; `None` when they do.
pub fn coverage_note(year: &YearInForce) -> Option<String> {
    let today = year.date.words();
    match year.coverage {
        Coverage::InForce => None,
        Coverage::AfterLast => Some(format!(
            "Today, {today}, is after the last tax year this version knows, so its rules are used: newer rules are not in this version."
        )),
        Coverage::BeforeFirst => Some(format!(
            "Today, {today}, is before the first tax year this version knows, so its rules are used."
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{tax_years, Date};
    use crate::tax::test_rules::{year_2025_26, year_2026_27};
    use crate::tax::year_in_force;

    #[test]
    fn each_year_names_its_period_and_law() {
        assert_eq!(
            period(year_2025_26()),
            "FY 2025-26 (1 April 2025 – 31 March 2026, AY 2026-27), Income-tax Act, 1961"
        );
        assert_eq!(
            period(year_2026_27()),
            "Tax year 2026-27 (1 April 2026 – 31 March 2027), Income-tax Act, 2025"
        );
    }

    #[test]
    fn past_the_last_year_the_page_says_newer_rules_are_not_in_this_version() {
        let last = &tax_years()[tax_years().len() - 1];
        let after = year_in_force(last.ends.next(), tax_years());
        let note = coverage_note(&after).expect("a note after the last year");
        assert!(note.starts_with(&format!("Today, {}, is after", last.ends.next().words())), "{note}");
        assert!(note.ends_with("newer rules are not in this version."), "{note}");
        let before = year_in_force(Date::parse("2024-06-30").unwrap(), tax_years());
        assert_eq!(
            coverage_note(&before).as_deref(),
            Some("Today, 30 June 2024, is before the first tax year this version knows, so its rules are used.")
        );
        assert_eq!(coverage_note(&year_in_force(last.starts, tax_years())), None);
    }
}
