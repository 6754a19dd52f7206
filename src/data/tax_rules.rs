//! The shape of one tax year's rules for a salaried individual, and the checks a rules file
//! must pass. One dated file per year in `src/data/tax/`; `build.rs` reads each into these
//! types (through this very file), runs the same checks, and writes them out as a `static`,
//! so a bad file fails the build as well as `cargo test`. The code holds no rate.

use super::date::Date;
use std::borrow::Cow;

/// Text of the rules: borrowed from the generated `static` in the app, owned when a file is
/// parsed (in the tests and in `build.rs`). The years are then plain data in the WebAssembly.
pub type Text = Cow<'static, str>;
/// A list in the rules, likewise.
pub type List<T> = Cow<'static, [T]>;

/// One tax year's rules for a salaried individual.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Deserialize, serde::Serialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct TaxRules {
    /// "2026-27".
    pub year: Text,
    /// How the page names it: "Tax year 2026-27", "FY 2025-26".
    pub title: Text,
    /// The first and last day the rules are in force.
    #[cfg_attr(not(target_arch = "wasm32"), serde(deserialize_with = "date"))]
    pub starts: Date,
    #[cfg_attr(not(target_arch = "wasm32"), serde(deserialize_with = "date"))]
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
    /// Total income and the tax on it are rounded to a multiple of rupees, as the Act says.
    pub rounding: Rounding,
    /// Rules that change on a date inside the year, in order: from that day the rule named
    /// has the new value (`TaxRules::on`).
    pub changes: List<Change>,
}

/// How the Act rounds total income and tax: paise ignored, then to the nearest `multiple`
/// (a last figure of half the multiple or more rounds up).
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Deserialize, serde::Serialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Rounding {
    pub multiple: f64,
    /// "section 516".
    pub section: Text,
}

/// A rule that takes a new value on a date inside its year.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Deserialize, serde::Serialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Change {
    /// The first day of the new value.
    #[cfg_attr(not(target_arch = "wasm32"), serde(deserialize_with = "date"))]
    pub from: Date,
    /// Which rule, by its place in the file: "salary.pf_wage_ceiling_monthly" (`CHANGEABLE`).
    pub rule: Text,
    pub value: f64,
    /// The notification or amendment that makes the change, with its number and date.
    pub source: Text,
}

/// Where a rule that can change lives in the rules.
pub type RulePlace = fn(&mut TaxRules) -> &mut f64;

/// The rules a dated change may name, each with where it lives in the rules.
pub const CHANGEABLE: [(&str, RulePlace); 2] = [
    ("salary.pf_wage_ceiling_monthly", |r| &mut r.salary.pf_wage_ceiling_monthly),
    ("salary.employer_contribution_limit", |r| &mut r.salary.employer_contribution_limit),
];

/// The rates of one regime, and the sections that set them.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Deserialize, serde::Serialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Regime {
    /// The section that sets its rates: "section 202(1)".
    pub section: Text,
    /// Rupees a year, deducted from gross salary.
    pub standard_deduction: f64,
    pub standard_deduction_section: Text,
    /// Ascending from a slab that starts at 0.
    pub slabs: List<Slab>,
    pub rebate: Rebate,
    /// Ascending; each with marginal relief.
    pub surcharge: List<SurchargeStep>,
    /// The deduction for the employer's contribution to the employee's NPS account.
    pub employer_nps: EmployerNps,
}

/// The deduction for the employer's NPS contribution: up to a share of salary (basic pay).
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Deserialize, serde::Serialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct EmployerNps {
    /// "80CCD(2)": the section of the 1961 Act people still call it by.
    pub familiar: Text,
    pub section: Text,
    /// The most it deducts, as a share of salary (basic pay, with dearness allowance).
    pub share_of_basic: f64,
}

/// A slab of income tax: `rate` on the taxable income from `from` up to the next slab.
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Deserialize, serde::Serialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Slab {
    /// Rupees of taxable income a year.
    pub from: f64,
    pub rate: f64,
}

/// A step of the surcharge: `rate` on the tax of an income above `above`.
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Deserialize, serde::Serialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct SurchargeStep {
    /// Rupees of taxable income a year.
    pub above: f64,
    pub rate: f64,
}

/// The rebate on small incomes: no tax up to `limit`, at most `max` rupees.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Deserialize, serde::Serialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Rebate {
    pub limit: f64,
    pub max: f64,
    /// Above the limit, the tax is no more than the income above it.
    pub marginal_relief: bool,
    pub section: Text,
}

/// What the old regime lets a salaried person take off their income, and the sections.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Deserialize, serde::Serialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct OldRegimeReliefs {
    /// Where professional tax is deducted from salary.
    pub professional_tax_section: Text,
    pub hra: HraRule,
    /// Life insurance, PPF, ELSS and the like, the employee's own PF among them.
    pub c80: Relief,
    /// Health insurance for oneself and one's family.
    pub d80: Relief,
    /// Health insurance for one's parents: a higher limit where a parent is a senior citizen.
    pub d80_parents: ParentsRelief,
    /// One's own NPS contribution beyond the `c80` limit.
    pub nps: Relief,
    /// Interest on a loan for a self-occupied home.
    pub home_loan: Relief,
}

/// A deduction with a limit, by the name people know it by and by its section this year.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Deserialize, serde::Serialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Relief {
    /// "80C": the section of the Income-tax Act, 1961 people still call it by.
    pub familiar: Text,
    /// "section 123": where the year's law has it.
    pub section: Text,
    /// Rupees a year.
    pub limit: f64,
}

/// The deduction for the parents' health insurance: `limit`, or `senior_limit` where a parent
/// is a senior citizen.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Deserialize, serde::Serialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct ParentsRelief {
    pub familiar: Text,
    pub section: Text,
    pub limit: f64,
    pub senior_limit: f64,
}

/// The house rent allowance exempt: the least of the HRA received, the rent paid less a share
/// of basic, and a share of basic that is higher in the cities the rules list.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Deserialize, serde::Serialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct HraRule {
    pub section: Text,
    pub familiar: Text,
    pub rent_over_share_of_basic: f64,
    pub metro_share_of_basic: f64,
    pub other_share_of_basic: f64,
    /// City slugs of the city table in the list.
    pub metro_cities: List<Text>,
    /// What the page says of the list this year, such as where it comes from; may be empty.
    pub metro_note: Text,
}

/// What the law fixes in a salary structure: the provident fund, wages and gratuity.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Deserialize, serde::Serialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct SalaryRules {
    /// Employer's and employee's PF, each, as a share of the PF wage.
    pub pf_share: f64,
    /// The monthly wage PF may be limited to (`changes` may raise it inside the year).
    pub pf_wage_ceiling_monthly: f64,
    /// The scheme that sets PF: "the Employees' Provident Funds Scheme, 2026".
    pub pf_scheme: Text,
    /// Wages as the labour law defines them: all remuneration but a list of exclusions (HRA,
    /// the employer's PF and pension contributions, gratuity, …), and where the exclusions come
    /// to more than this share of all remuneration, the excess counts as wages too.
    pub wages_exclusions_share: f64,
    /// Where: "Code on Social Security, 2020, section 2(88)".
    pub wages_section: Text,
    /// Gratuity a year as a share of the wages it is worked on: 15 days' wages of 26 working
    /// days a month for each year of service.
    pub gratuity_share: f64,
    /// Years of continuous service before gratuity is paid, and for a fixed-term employee.
    pub gratuity_after_years: f64,
    pub gratuity_after_years_fixed_term: f64,
    /// Where: "Code on Social Security, 2020, section 53".
    pub gratuity_section: Text,
    /// The employer's contributions to PF, NPS and superannuation a year above which the
    /// excess is the employee's taxable income (a perquisite), under either regime.
    pub employer_contribution_limit: f64,
    /// Where the Act says so: "section 17(1)(h)".
    pub employer_contribution_section: Text,
}

/// Professional tax: a state levy, with a constitutional cap used where no city is chosen.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Deserialize, serde::Serialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct ProfessionalTax {
    pub default_annual: f64,
    pub default_source: Text,
    pub states: List<StateProfessionalTax>,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Deserialize, serde::Serialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct StateProfessionalTax {
    pub state: Text,
    /// City slugs of the city table that lie in this state.
    pub cities: List<Text>,
    /// Ascending from a slab that starts at 0.
    pub slabs: List<ProfessionalTaxSlab>,
    pub source: Text,
}

/// A slab of professional tax: `annual` rupees a year from a monthly gross of `from_monthly`.
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Deserialize, serde::Serialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct ProfessionalTaxSlab {
    pub from_monthly: f64,
    pub annual: f64,
}

#[cfg(not(target_arch = "wasm32"))]
fn date<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
    let text = <String as serde::Deserialize>::deserialize(deserializer)?;
    Date::parse(&text)
        .ok_or_else(|| serde::de::Error::custom(format!("{text:?} is not a YYYY-MM-DD day that exists")))
}

impl TaxRules {
    /// Reads and checks one rules file: the same reading and checks in `cargo test` and
    /// `build.rs`. `cities` are the slugs of every city the page offers.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn parse(json: &str, cities: &[&str]) -> Result<TaxRules, String> {
        let rules: TaxRules = serde_json::from_str(json).map_err(|e| e.to_string())?;
        let mut problems = rules.problems();
        problems.extend(rules.city_problems(cities));
        // Each dated version must be as sound as the year's first day.
        for (i, change) in rules.changes.iter().enumerate() {
            let new: Vec<String> =
                rules.with_changes(i + 1).problems().into_iter().filter(|p| !problems.contains(p)).collect();
            problems.extend(new.into_iter().map(|p| format!("from {}: {p}", change.from.words())));
        }
        match problems {
            problems if problems.is_empty() => Ok(rules),
            problems => Err(problems.join("; ")),
        }
    }

    /// What is wrong with the cities the rules name: each must be a city the page offers (a typo
    /// would otherwise fall back to the default quietly), and each city the page offers must lie
    /// in exactly one state of the professional tax, so that none goes without its schedule.
    pub fn city_problems(&self, cities: &[&str]) -> Vec<String> {
        let mut problems = Vec::new();
        let named = self.professional_tax.states.iter().flat_map(|s| s.cities.iter());
        for slug in named.chain(self.old_regime_reliefs.hra.metro_cities.iter()) {
            if !cities.contains(&slug.as_ref()) {
                problems.push(format!("{}: \"{slug}\" is not a city the page offers", self.year));
            }
        }
        for city in cities {
            let states =
                self.professional_tax.states.iter().filter(|s| s.cities.iter().any(|c| c == city)).count();
            if states != 1 {
                problems.push(format!(
                    "{}: \"{city}\" lies in {states} states of the professional tax, not one",
                    self.year
                ));
            }
        }
        problems
    }

    /// The rules with the first `count` dated changes applied.
    pub fn with_changes(&self, count: usize) -> TaxRules {
        let mut rules = self.clone();
        for change in self.changes.iter().take(count) {
            if let Some((_, place)) = CHANGEABLE.iter().find(|(name, _)| *name == change.rule) {
                *place(&mut rules) = change.value;
            }
        }
        rules
    }

    /// How many of the dated changes are in force on `date`.
    pub fn changes_by(&self, date: Date) -> usize {
        self.changes.iter().take_while(|c| c.from <= date).count()
    }

    /// Everything wrong with the rules, as sentences; empty when sound.
    pub fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        let rate = |r: f64| (0.0..1.0).contains(&r);
        let named = |text: &str| !text.trim().is_empty();
        if self.sources.is_empty() || !self.sources.iter().all(|s| named(s)) {
            problems.push(format!("{}: the rules need named sources", self.year));
        }
        if self.starts >= self.ends {
            problems.push(format!("{} starts on {:?}, not before it ends", self.year, self.starts));
        }
        if !rate(self.cess_rate) {
            problems.push(format!("the cess rate {} is not in [0, 1)", self.cess_rate));
        }
        for (name, regime) in [("new", &self.new_regime), ("old", &self.old_regime)] {
            let slabs = &regime.slabs;
            if slabs.first().map(|s| s.from) != Some(0.0) || !slabs.windows(2).all(|w| w[0].from < w[1].from)
            {
                problems.push(format!("{name} regime: the slabs must start at 0 and ascend"));
            }
            if !slabs.iter().all(|s| rate(s.rate)) {
                problems.push(format!("{name} regime: a slab's rate is not in [0, 1)"));
            }
            let steps = &regime.surcharge;
            if !steps.windows(2).all(|w| w[0].above < w[1].above && w[0].rate < w[1].rate)
                || !steps.iter().all(|s| rate(s.rate))
            {
                problems.push(format!("{name} regime: the surcharge's thresholds and rates must ascend"));
            }
            if !(regime.rebate.limit > 0.0 && regime.rebate.max > 0.0 && regime.standard_deduction >= 0.0) {
                problems
                    .push(format!("{name} regime: the rebate and the standard deduction must be positive"));
            }
            if !named(&regime.section)
                || !named(&regime.rebate.section)
                || !named(&regime.standard_deduction_section)
            {
                problems.push(format!("{name} regime: every rule needs its section"));
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
                problems.push(format!("HRA's {what} share {share} is not in [0, 1)"));
            }
        }
        for relief in [&reliefs.c80, &reliefs.d80, &reliefs.nps, &reliefs.home_loan] {
            if relief.limit <= 0.0
                || relief.limit.is_nan()
                || !named(&relief.section)
                || !named(&relief.familiar)
            {
                problems
                    .push(format!("{}: a relief needs a positive limit and its sections", relief.familiar));
            }
        }
        let s = &self.salary;
        for (what, share) in [
            ("PF", s.pf_share),
            ("gratuity", s.gratuity_share),
            ("wages' exclusions", s.wages_exclusions_share),
        ] {
            if !rate(share) {
                problems.push(format!("the {what} share {share} is not in [0, 1)"));
            }
        }
        if self.rounding.multiple < 1.0 || self.rounding.multiple.is_nan() || !named(&self.rounding.section) {
            problems.push("rounding: a multiple of at least ₹1 and its section".to_string());
        }
        for (name, regime) in [("new", &self.new_regime), ("old", &self.old_regime)] {
            let nps = &regime.employer_nps;
            if !rate(nps.share_of_basic) || !named(&nps.section) || !named(&nps.familiar) {
                problems.push(format!(
                    "{name} regime: the employer's NPS needs a share in [0, 1) and its sections"
                ));
            }
        }
        let parents = &reliefs.d80_parents;
        if !(parents.limit > 0.0 && parents.senior_limit >= parents.limit && named(&parents.section)) {
            problems.push(
                "the parents' health insurance needs its limits, the senior one no lower, and its section"
                    .into(),
            );
        }
        let fixed_term = s.gratuity_after_years_fixed_term;
        let sections = [&s.gratuity_section, &s.wages_section, &s.pf_scheme].iter().all(|t| named(t));
        if !(fixed_term > 0.0 && fixed_term <= s.gratuity_after_years && sections) {
            problems.push("gratuity's years of service (a fixed term no longer) and the labour law's sections are needed".into());
        }
        let mut after = self.starts;
        for change in self.changes.iter() {
            if change.from <= after || change.from > self.ends {
                problems.push(format!(
                    "a change on {} must fall inside the year, after its first day, and after the change before it",
                    change.from.words()
                ));
            }
            after = change.from;
            if !CHANGEABLE.iter().any(|(name, _)| *name == change.rule) || !named(&change.source) {
                problems.push(format!(
                    "a change of \"{}\" names no rule that can change, or no source",
                    change.rule
                ));
            }
        }
        let pt = &self.professional_tax;
        for state in pt.states.iter() {
            let slabs = &state.slabs;
            if slabs.first().map(|s| s.from_monthly) != Some(0.0)
                || !slabs.windows(2).all(|w| w[0].from_monthly < w[1].from_monthly)
                || slabs.iter().any(|s| s.annual > pt.default_annual)
                || !named(&state.source)
            {
                problems.push(format!(
                    "{}: professional tax slabs must ascend from 0, stay within the cap, and name a source",
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
