//! The bundled tax years, in order: every file in `src/data/tax/`, found, read and checked by
//! `build.rs`, which writes them out as plain data. A new year is a new file.

use super::tax_rules::TaxRules;

/// The bundled tax years, in order; never empty (the build fails without one).
pub fn tax_years() -> &'static [TaxRules] {
    &generated::TAX_YEARS
}

/// Year `year` of `tax_years()` with its first `count` dated changes applied (`count` ≥ 1), as
/// `build.rs` wrote it out; `None` for a count the year does not have.
pub fn tax_year_changed(year: usize, count: usize) -> Option<&'static TaxRules> {
    generated::TAX_VERSIONS.iter().find(|v| v.0 == year && v.1 == count).map(|v| &v.2)
}

/// The rules files as `build.rs` found them, by name (for the tests, which read them again).
#[cfg(test)]
pub use generated::TAX_FILES;

mod generated {
    use super::super::date::Date;
    use super::super::tax_rules::*;
    use std::borrow::Cow::Borrowed;
    include!(concat!(env!("OUT_DIR"), "/tax_years.rs"));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::problems_across_years;

    /// A rules file by its year's name, as the build found it.
    fn file(year: &str) -> &'static str {
        let name = format!("{year}.json");
        TAX_FILES.iter().find(|(file, _)| *file == name).map(|(_, json)| *json).expect("a bundled year")
    }

    /// Every city the page offers, as `build.rs` hands them to `parse`.
    fn cities() -> Vec<&'static str> {
        crate::data::dataset().city_choices.entries.iter().map(|e| e.slug.as_ref()).collect()
    }

    /// What `parse` refuses `json` for.
    fn refusal(json: &str) -> String {
        TaxRules::parse(json, &cities()).expect_err("a broken file is refused")
    }

    #[test]
    fn every_rules_file_is_read_is_sound_and_equals_the_generated_year() {
        assert_eq!(TAX_FILES.len(), tax_years().len());
        for (i, ((name, json), generated)) in TAX_FILES.iter().zip(tax_years()).enumerate() {
            let parsed = TaxRules::parse(json, &cities()).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_eq!(&parsed, generated, "{name}");
            for count in 1..=parsed.changes.len() {
                assert_eq!(tax_year_changed(i, count), Some(&parsed.with_changes(count)), "{name}, {count}");
            }
            assert_eq!(tax_year_changed(i, parsed.changes.len() + 1), None);
        }
        assert_eq!(problems_across_years(tax_years()), Vec::<String>::new());
    }

    #[test]
    fn a_malformed_file_is_refused_with_its_problem() {
        let good = file("2026-27");
        for (broken, problem) in [
            (good.replace("\"2026-04-01\"", "\"2026-04-31\""), "\"2026-04-31\" is not a YYYY-MM-DD day that exists"),
            (good.replace("\"cess_rate\": 0.04", "\"cess_rate\": 4"), "the cess rate 4 is not in [0, 1)"),
            (
                good.replace("{ \"from\": 800000, \"rate\": 0.1 }", "{ \"from\": 300000, \"rate\": 0.1 }"),
                "new regime: the slabs must start at 0 and ascend",
            ),
            (
                good.replace("{ \"from\": 2400000, \"rate\": 0.3 }", "{ \"from\": 2400000, \"rate\": 3 }"),
                "new regime: a slab's rate is not in [0, 1)",
            ),
            (good.replace("\"cess_rate\"", "\"cess\": 0.04, \"cess_rate\""), "unknown field `cess`"),
            (
                good.replace("\"limit\": 150000", "\"limit\": 0"),
                "80C: a relief needs a positive limit and its sections",
            ),
            (
                good.replace("{ \"above\": 10000000, \"rate\": 0.15 }", "{ \"above\": 10000000, \"rate\": 0.05 }"),
                "new regime: the surcharge's thresholds and rates must ascend",
            ),
            (
                good.replace("{ \"from_monthly\": 25000, \"annual\": 2500 }", "{ \"from_monthly\": 25000, \"annual\": 3000 }"),
                "Karnataka: professional tax slabs must ascend from 0, stay within the cap, and name a source",
            ),
            // A misspelt city would otherwise fall back to the default quietly (a rules file
            // names cities by slug, not by the aliases a link may use).
            (
                good.replace("\"cities\": [\"gurugram\"]", "\"cities\": [\"gurugrm\"]"),
                "\"gurugrm\" is not a city the page offers",
            ),
            // A dated change checked as a year is: inside it, and in order.
            (
                good.replace("\"from\": \"2026-09-17\"", "\"from\": \"2027-04-01\""),
                "a change on 1 April 2027 must fall inside the year",
            ),
            (
                good.replace(
                    "\"changes\": [",
                    "\"changes\": [ { \"from\": \"2026-10-01\", \"rule\": \"salary.pf_wage_ceiling_monthly\", \"value\": 25000, \"source\": \"S.O. 5109(E)\" },",
                ),
                "a change on 17 September 2026 must fall inside the year, after its first day, and after the change before it",
            ),
            (
                good.replace("\"rule\": \"salary.pf_wage_ceiling_monthly\"", "\"rule\": \"salary.pf_rate\""),
                "a change of \"salary.pf_rate\" names no rule that can change",
            ),
        ] {
            assert_ne!(broken, good, "the edit for {problem:?} must change the file");
            let refused = refusal(&broken);
            assert!(refused.contains(problem), "{refused:?} should say {problem:?}");
        }
        let mut unsourced: serde_json::Value = serde_json::from_str(good).expect("JSON");
        unsourced["sources"] = serde_json::json!([" "]);
        assert_eq!(refusal(&unsourced.to_string()), "2026-27: the rules need named sources");
    }

    #[test]
    fn years_that_overlap_or_leave_a_gap_are_refused() {
        let [a, b] =
            [file("2025-26"), file("2026-27")].map(|json| TaxRules::parse(json, &cities()).expect("sound"));
        let overlapping = TaxRules { starts: crate::data::Date::parse("2026-03-01").unwrap(), ..b.clone() };
        assert_eq!(problems_across_years(&[a.clone(), overlapping]), ["2025-26 and 2026-27 overlap"]);
        let gapped = TaxRules { starts: crate::data::Date::parse("2026-04-02").unwrap(), ..b.clone() };
        assert_eq!(
            problems_across_years(&[a.clone(), gapped]),
            ["there is a gap between 2025-26 and 2026-27"]
        );
        assert_eq!(problems_across_years(&[b, a]), ["2026-27 and 2025-26 overlap"]);
        assert_eq!(problems_across_years(&[]), ["there are no tax years"]);
    }
}
