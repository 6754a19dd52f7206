//! The income-tax rules the in-hand figures use: one dated file per tax year in
//! `src/data/tax/`, with its sources, turned into Rust by `build.rs` like the survey tables.
//! The code holds no rate: a new year is a new file.

use super::date::Date;
#[cfg(test)]
use serde::Deserialize;
use std::borrow::Cow;

/// Text of the rules: borrowed from the generated `static` in the app, owned when the tests
/// parse a file. The years are then plain data in the WebAssembly, with no code to build them.
pub type Text = Cow<'static, str>;
/// A list in the rules, likewise.
pub type List<T> = Cow<'static, [T]>;
/// (from, rate or amount) steps: slabs, surcharge thresholds, professional tax.
pub type Steps = List<(f64, f64)>;

/// One tax year's rules for a salaried individual.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(test, derive(Deserialize))]
pub struct TaxRules {
    /// "2026-27".
    pub year: Text,
    /// How the page names it: "Tax year 2026-27", "FY 2025-26".
    pub title: Text,
    /// The first and last day the rules are in force.
    #[cfg_attr(test, serde(deserialize_with = "date"))]
    pub starts: Date,
    #[cfg_attr(test, serde(deserialize_with = "date"))]
    pub ends: Date,
    /// The law they are made under: "Income-tax Act, 2025".
    pub act: Text,
    /// Under the Income-tax Act, 1961 a financial year was assessed in the next year.
    pub assessment_year: Option<Text>,
    pub sources: List<Text>,
    /// What could not be checked against the law as enacted, said on the page.
    pub unconfirmed: List<Text>,
    /// Health and education cess on tax plus surcharge.
    pub cess_rate: f64,
    pub new_regime: Regime,
    /// The regime a person may opt for instead: its rates, then what it lets them deduct.
    pub old_regime: Regime,
    pub old_regime_reliefs: OldRegimeReliefs,
    pub salary: SalaryRules,
    pub professional_tax: ProfessionalTax,
}

/// The rates of one regime, and the sections that set them.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(test, derive(Deserialize))]
pub struct Regime {
    /// The section that sets its rates: "section 202(1)".
    pub section: Text,
    /// Rupees a year, deducted from gross salary.
    pub standard_deduction: f64,
    pub standard_deduction_section: Text,
    /// (taxable income in rupees from which the rate applies, rate), ascending from 0.
    pub slabs: Steps,
    pub rebate: Rebate,
    /// (taxable income above which, rate on the tax), ascending; each with marginal relief.
    pub surcharge: Steps,
}

/// The rebate on small incomes: no tax up to `limit`, at most `max` rupees.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(test, derive(Deserialize))]
pub struct Rebate {
    pub limit: f64,
    pub max: f64,
    /// Above the limit, the tax is no more than the income above it.
    pub marginal_relief: bool,
    pub section: Text,
}

/// What the old regime lets a salaried person take off their income, and the sections.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(test, derive(Deserialize))]
pub struct OldRegimeReliefs {
    /// Where professional tax is deducted from salary.
    pub professional_tax_section: Text,
    pub hra: HraRule,
    /// Life insurance, PPF, ELSS and the like, the employee's own PF among them.
    pub c80: Relief,
    /// Health insurance for oneself and one's family.
    pub d80: Relief,
    /// One's own NPS contribution beyond the `c80` limit.
    pub nps: Relief,
    /// Interest on a loan for a self-occupied home.
    pub home_loan: Relief,
}

/// A deduction with a limit, by the name people know it by and by its section this year.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(test, derive(Deserialize))]
pub struct Relief {
    /// "80C": the section of the Income-tax Act, 1961 people still call it by.
    pub familiar: Text,
    /// "section 123": where the year's law has it.
    pub section: Text,
    /// Rupees a year.
    pub limit: f64,
}

/// The house rent allowance exempt: the least of the HRA received, the rent paid less a share
/// of basic, and a share of basic that is higher in the cities the rules list.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(test, derive(Deserialize))]
pub struct HraRule {
    pub section: Text,
    pub familiar: Text,
    pub rent_over_share_of_basic: f64,
    pub metro_share_of_basic: f64,
    pub other_share_of_basic: f64,
    /// City slugs of the city table in the list.
    pub metro_cities: List<Text>,
    /// Whether the list was confirmed against the rules as notified.
    pub metro_confirmed: bool,
}

impl Relief {
    /// How the page names it: "80C, section 123" or, under the 1961 Act, "section 80C".
    pub fn name(&self) -> String {
        if self.section.ends_with(&*self.familiar) {
            self.section.to_string()
        } else {
            format!("{}, {}", self.familiar, self.section)
        }
    }
}

/// What the law fixes in a salary structure: the provident fund and gratuity.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(test, derive(Deserialize))]
pub struct SalaryRules {
    /// Employer's and employee's PF, each, as a share of the PF wage (basic pay).
    pub pf_share_of_basic: f64,
    /// The monthly wage PF may be limited to.
    pub pf_wage_ceiling_monthly: f64,
    /// Gratuity accrued a year, as a share of basic: 15 days' wages of 26 working days a month.
    pub gratuity_share_of_basic: f64,
    /// Years of continuous service before gratuity is paid.
    pub gratuity_after_years: f64,
}

/// Professional tax: a state levy, with a constitutional cap used where no city is chosen.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(test, derive(Deserialize))]
pub struct ProfessionalTax {
    pub default_annual: f64,
    pub default_source: Text,
    pub states: List<StateProfessionalTax>,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(test, derive(Deserialize))]
pub struct StateProfessionalTax {
    pub state: Text,
    /// City slugs of the city table that lie in this state.
    pub cities: List<Text>,
    /// (monthly gross salary in rupees from which it applies, rupees a year), ascending from 0.
    pub slabs: Steps,
    pub source: Text,
}

#[cfg(test)]
fn date<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
    let text = String::deserialize(deserializer)?;
    Date::parse(&text).ok_or_else(|| serde::de::Error::custom(format!("{text:?} is not a YYYY-MM-DD date")))
}

/// The bundled rules files, by name (for the tests; the app reads what `build.rs` generates).
#[cfg(test)]
pub const TAX_FILES: [(&str, &str); 2] =
    [("2025-26.json", include_str!("tax/2025-26.json")), ("2026-27.json", include_str!("tax/2026-27.json"))];

impl TaxRules {
    /// Parses and checks one rules file (the tests compare it with the generated rules).
    #[cfg(test)]
    pub fn parse(json: &str) -> Result<TaxRules, String> {
        let rules: TaxRules = serde_json::from_str(json).map_err(|e| e.to_string())?;
        match rules.problems() {
            problems if problems.is_empty() => Ok(rules),
            problems => Err(problems.join("; ")),
        }
    }

    /// Everything wrong with the rules, as sentences; empty when sound.
    pub fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        let rate = |r: f64| (0.0..1.0).contains(&r);
        let ascending_from_zero = |steps: &[(f64, f64)]| {
            steps.first().map(|s| s.0) == Some(0.0) && steps.windows(2).all(|w| w[0].0 < w[1].0)
        };
        if self.sources.is_empty() || self.sources.iter().any(|s| s.trim().is_empty()) {
            problems.push("tax rules need named sources".to_string());
        }
        if self.starts >= self.ends {
            problems.push(format!("{} starts on {:?}, not before it ends", self.year, self.starts));
        }
        for (name, regime) in [("new", &self.new_regime), ("old", &self.old_regime)] {
            if !ascending_from_zero(&regime.slabs) || !regime.slabs.iter().all(|s| rate(s.1)) {
                problems
                    .push(format!("{name} regime: slabs must start at 0, ascend, and have rates in [0, 1)"));
            }
            if !regime.surcharge.windows(2).all(|w| w[0].0 < w[1].0 && w[0].1 < w[1].1)
                || !regime.surcharge.iter().all(|s| rate(s.1))
            {
                problems.push(format!("{name} regime: surcharge thresholds and rates must ascend"));
            }
            if !(regime.rebate.limit > 0.0 && regime.rebate.max > 0.0 && regime.standard_deduction >= 0.0) {
                problems
                    .push(format!("{name} regime: the rebate and the standard deduction must be positive"));
            }
        }
        let reliefs = &self.old_regime_reliefs;
        let hra = &reliefs.hra;
        for (what, share) in [
            ("rent", hra.rent_over_share_of_basic),
            ("metro", hra.metro_share_of_basic),
            ("other", hra.other_share_of_basic),
        ] {
            if !rate(share) {
                problems.push(format!("HRA {what} share {share} is not in [0, 1)"));
            }
        }
        for relief in [&reliefs.c80, &reliefs.d80, &reliefs.nps, &reliefs.home_loan] {
            if relief.limit <= 0.0
                || relief.limit.is_nan()
                || relief.section.trim().is_empty()
                || relief.familiar.trim().is_empty()
            {
                problems
                    .push(format!("{}: a relief needs a positive limit and its sections", relief.familiar));
            }
        }
        let s = &self.salary;
        for share in [s.pf_share_of_basic, s.gratuity_share_of_basic, self.cess_rate] {
            if !rate(share) {
                problems.push(format!("share {share} is not in [0, 1)"));
            }
        }
        let pt = &self.professional_tax;
        for state in pt.states.iter() {
            if !ascending_from_zero(&state.slabs)
                || state.slabs.iter().any(|s| s.1 > pt.default_annual)
                || state.source.trim().is_empty()
            {
                problems.push(format!(
                    "{}: slabs must ascend from 0, stay within the cap, and name a source",
                    state.state
                ));
            }
        }
        problems
    }

    /// The state whose professional tax applies in a city (by slug), if it is listed.
    pub fn state_of(&self, city_slug: &str) -> Option<&StateProfessionalTax> {
        self.professional_tax.states.iter().find(|s| s.cities.iter().any(|c| c == city_slug))
    }

    /// "Tax year 2026-27 (1 April 2026 – 31 March 2027), Income-tax Act, 2025", or for a year
    /// under the 1961 Act "FY 2025-26 (1 April 2025 – 31 March 2026, AY 2026-27), Income-tax Act, 1961".
    pub fn period(&self) -> String {
        let assessed = self.assessment_year.as_ref().map(|ay| format!(", AY {ay}")).unwrap_or_default();
        format!("{} ({} – {}{assessed}), {}", self.title, self.starts.words(), self.ends.words(), self.act)
    }
}

/// Everything wrong with a set of tax years: they must follow each other in order, each
/// starting the day after the one before ends, so that every day is in exactly one.
pub fn problems_across_years(years: &[TaxRules]) -> Vec<String> {
    let mut problems = Vec::new();
    if years.is_empty() {
        problems.push("there are no tax years".to_string());
    }
    for pair in years.windows(2) {
        let (earlier, later) = (&pair[0], &pair[1]);
        if later.starts <= earlier.ends {
            problems.push(format!("{} and {} overlap", earlier.year, later.year));
        } else if later.starts != earlier.ends.next() {
            problems.push(format!("there is a gap between {} and {}", earlier.year, later.year));
        }
    }
    problems
}

/// The bundled tax years, in order, generated by `build.rs` from `src/data/tax/*.json`.
pub fn tax_years() -> &'static [TaxRules] {
    &generated::TAX_YEARS
}

mod generated {
    use super::*;
    use std::borrow::Cow::Borrowed;
    include!(concat!(env!("OUT_DIR"), "/tax_rules.rs"));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rules_file_parses_is_sound_and_equals_the_generated_year() {
        assert_eq!(TAX_FILES.len(), tax_years().len(), "every file in src/data/tax/ is in TAX_FILES");
        for ((name, json), generated) in TAX_FILES.iter().zip(tax_years()) {
            let parsed = TaxRules::parse(json).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_eq!(&parsed, generated, "{name}");
            assert_eq!(format!("{}.json", parsed.year), *name, "a file is named after its year");
        }
        assert_eq!(problems_across_years(tax_years()), Vec::<String>::new());
    }

    #[test]
    fn a_malformed_file_is_refused() {
        let good = TAX_FILES[1].1;
        assert!(TaxRules::parse("{}").is_err());
        assert!(TaxRules::parse(&good.replace("\"2026-04-01\"", "\"2026-04-31\"")).is_err(), "no such day");
        assert!(
            TaxRules::parse(&good.replace("\"cess_rate\": 0.04", "\"cess_rate\": 4")).is_err(),
            "a rate of 400%"
        );
        assert!(
            TaxRules::parse(&good.replace("[800000, 0.1]", "[300000, 0.1]")).is_err(),
            "slabs out of order"
        );
        let no_sources = good.replace("\"sources\": [", "\"sources\": [], \"was\": [");
        assert!(TaxRules::parse(&no_sources).is_err(), "no sources");
    }

    #[test]
    fn overlapping_or_gapped_years_are_refused() {
        let [a, b] = [TaxRules::parse(TAX_FILES[0].1).unwrap(), TaxRules::parse(TAX_FILES[1].1).unwrap()];
        let overlapping = TaxRules { starts: Date::parse("2026-03-01").unwrap(), ..b.clone() };
        assert_eq!(problems_across_years(&[a.clone(), overlapping]), ["2025-26 and 2026-27 overlap"]);
        let gapped = TaxRules { starts: Date::parse("2026-04-02").unwrap(), ..b.clone() };
        assert_eq!(
            problems_across_years(&[a.clone(), gapped]),
            ["there is a gap between 2025-26 and 2026-27"]
        );
        assert_eq!(problems_across_years(&[b, a]), ["2026-27 and 2025-26 overlap"]);
    }

    #[test]
    fn each_year_names_its_period_and_law() {
        let years = tax_years();
        assert_eq!(
            years[0].period(),
            "FY 2025-26 (1 April 2025 – 31 March 2026, AY 2026-27), Income-tax Act, 1961"
        );
        assert_eq!(
            years[1].period(),
            "Tax year 2026-27 (1 April 2026 – 31 March 2027), Income-tax Act, 2025"
        );
        assert_eq!(years[1].new_regime.section, "section 202(1)");
        assert_eq!(years[1].new_regime.rebate.section, "section 156");
        assert_eq!(
            years[1].state_of("bengaluru").map(|s| s.slabs.to_vec()),
            Some(vec![(0.0, 0.0), (25000.0, 2500.0)])
        );
    }
}
