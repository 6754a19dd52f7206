//! Which tax year's rules apply on a date: the year in force from 1 April to 31 March, or,
//! past the last year this version knows, that last year, said so on the page.

use crate::data::{Date, TaxRules};

/// How the rules chosen for a date cover it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Coverage {
    /// The date falls in the year.
    InForce,
    /// The date is after the last year in this version; that year's rules are used.
    AfterLast,
    /// The date is before the first year in this version; that year's rules are used.
    BeforeFirst,
}

/// The rules used on a date, and how they cover it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct YearInForce {
    pub rules: &'static TaxRules,
    pub coverage: Coverage,
    pub date: Date,
}

/// The year whose rules are in force on `date`; past either end of `years` (which are in
/// order and never empty, as the data tests check), the nearest one.
pub fn year_in_force(date: Date, years: &'static [TaxRules]) -> YearInForce {
    let (first, last) = (&years[0], &years[years.len() - 1]);
    let (rules, coverage) = match years.iter().find(|y| y.starts <= date && date <= y.ends) {
        Some(year) => (year, Coverage::InForce),
        None if date > last.ends => (last, Coverage::AfterLast),
        None => (first, Coverage::BeforeFirst),
    };
    YearInForce { rules, coverage, date }
}

impl YearInForce {
    /// What the page says beside the year when the rules do not cover the date; `None` when
    /// they do.
    pub fn note(&self) -> Option<String> {
        let today = self.date.words();
        match self.coverage {
            Coverage::InForce => None,
            Coverage::AfterLast => Some(format!(
                "Today, {today}, is after the last tax year this version knows, so its rules are used: newer rules are not in this version."
            )),
            Coverage::BeforeFirst => Some(format!(
                "Today, {today}, is before the first tax year this version knows, so its rules are used."
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::tax_years;
    use proptest::prelude::*;

    fn on(date: &str) -> YearInForce {
        year_in_force(Date::parse(date).expect("a date"), tax_years())
    }

    #[test]
    fn the_year_changes_between_31_march_and_1_april() {
        let march = on("2026-03-31");
        assert_eq!((march.rules.year.as_ref(), march.coverage), ("2025-26", Coverage::InForce));
        assert_eq!(march.rules.act, "Income-tax Act, 1961");
        let april = on("2026-04-01");
        assert_eq!((april.rules.year.as_ref(), april.coverage), ("2026-27", Coverage::InForce));
        assert_eq!(april.rules.act, "Income-tax Act, 2025");
        assert_eq!(on("2026-12-01").rules.year, "2026-27");
        assert_eq!(april.note(), None);
    }

    #[test]
    fn past_the_last_year_the_latest_rules_are_kept_and_the_page_says_so() {
        let later = on("2027-04-01");
        assert_eq!((later.rules.year.as_ref(), later.coverage), ("2026-27", Coverage::AfterLast));
        assert!(later.note().unwrap().contains("newer rules are not in this version"));
        assert!(later.note().unwrap().starts_with("Today, 1 April 2027, is after"));
        let earlier = on("2024-06-30");
        assert_eq!((earlier.rules.year.as_ref(), earlier.coverage), ("2025-26", Coverage::BeforeFirst));
    }

    proptest! {
        #[test]
        fn every_day_of_the_bundled_years_is_in_exactly_one(offset in 0u32..730) {
            let mut day = tax_years()[0].starts;
            for _ in 0..offset {
                day = day.next();
            }
            let holding: Vec<&str> =
                tax_years().iter().filter(|y| y.starts <= day && day <= y.ends).map(|y| y.year.as_ref()).collect();
            prop_assert_eq!(holding.len(), 1, "{:?} is in {:?}", day, holding);
            let chosen = year_in_force(day, tax_years());
            prop_assert_eq!(chosen.coverage, Coverage::InForce);
            prop_assert_eq!(chosen.rules.year.as_ref(), holding[0]);
        }
    }
}
