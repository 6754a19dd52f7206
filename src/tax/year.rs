//! Which tax year's rules apply on a date: the year in force from 1 April to 31 March, or,
//! past either end of the years this version knows, the nearest one, which the page says; and
//! within the year, the rules as its dated changes stand on that day.

use crate::data::{tax_year_changed, Change, Date, TaxRules};

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
    /// The year's rules as they stand on `date`, its dated changes up to it applied.
    pub rules: &'static TaxRules,
    /// The year's rules as its file states them, from its first day.
    pub year: &'static TaxRules,
    pub coverage: Coverage,
    pub date: Date,
}

impl YearInForce {
    /// The last change to `rule` in force on the date, if the rule has changed in the year.
    pub fn changed(&self, rule: &str) -> Option<&'static Change> {
        let year = self.year;
        year.changes[..year.changes_by(self.date)].iter().rfind(|c| c.rule == rule)
    }
}

/// The year whose rules are in force on `date`; past either end of `years` (which are in
/// order and never empty, as the data tests check), the nearest one, as it stands at that end.
pub fn year_in_force(date: Date, years: &'static [TaxRules]) -> YearInForce {
    let (first, last) = (&years[0], &years[years.len() - 1]);
    let (year, coverage) = match years.iter().find(|y| y.starts <= date && date <= y.ends) {
        Some(year) => (year, Coverage::InForce),
        None if date > last.ends => (last, Coverage::AfterLast),
        None => (first, Coverage::BeforeFirst),
    };
    let index = years.iter().position(|y| std::ptr::eq(y, year)).unwrap_or(0);
    let rules = match year.changes_by(date) {
        0 => year,
        count => tax_year_changed(index, count).unwrap_or(year),
    };
    YearInForce { rules, year, coverage, date }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::tax_years;
    use proptest::prelude::*;

    fn on(date: Date) -> YearInForce {
        year_in_force(date, tax_years())
    }

    fn day(text: &str) -> Date {
        Date::parse(text).expect("a date")
    }

    #[test]
    fn the_year_changes_between_31_march_and_1_april() {
        let march = on(day("2026-03-31"));
        assert_eq!((march.rules.year.as_ref(), march.coverage), ("2025-26", Coverage::InForce));
        assert_eq!(march.rules.act, "Income-tax Act, 1961");
        let april = on(day("2026-04-01"));
        assert_eq!((april.rules.year.as_ref(), april.coverage), ("2026-27", Coverage::InForce));
        assert_eq!(april.rules.act, "Income-tax Act, 2025");
        assert_eq!(on(day("2026-12-01")).rules.year, "2026-27");
    }

    #[test]
    fn past_either_end_the_nearest_year_is_kept_and_the_coverage_says_so() {
        let (first, last) = (&tax_years()[0], &tax_years()[tax_years().len() - 1]);
        let later = on(last.ends.next());
        assert_eq!((later.rules.year.as_ref(), later.coverage), (last.year.as_ref(), Coverage::AfterLast));
        let on_the_last_day = on(last.ends);
        assert_eq!(on_the_last_day.coverage, Coverage::InForce);
        let earlier = on(day("2024-06-30"));
        assert!(day("2024-06-30") < first.starts);
        assert_eq!(
            (earlier.rules.year.as_ref(), earlier.coverage),
            (first.year.as_ref(), Coverage::BeforeFirst)
        );
    }

    proptest! {
        #[test]
        fn the_year_in_force_changes_only_on_1_april(offset in 0u32..730) {
            // A tax year runs from 1 April to 31 March: from one day to the next, the rules
            // chosen stay the same, or the next day is 1 April and starts the next year.
            let mut today = tax_years()[0].starts;
            for _ in 0..offset {
                today = today.next();
            }
            let tomorrow = today.next();
            let (now, next) = (on(today), on(tomorrow));
            if now.rules.year != next.rules.year {
                prop_assert_eq!((tomorrow.month, tomorrow.day), (4, 1));
                prop_assert_eq!(next.rules.starts, tomorrow);
            }
            if (tomorrow.month, tomorrow.day) == (4, 1) && next.coverage == Coverage::InForce {
                prop_assert_ne!(&now.rules.year, &next.rules.year);
            }
        }
    }
}
