//! The estimate: a national benchmark multiplied by one factor per choice.
//!
//! Estimate = B · S · C · K · F, where
//! - B is the national average for a Backend Developer (8.0 lakh);
//! - S (seniority) is R = role/B and E = experience/B, combined as √(R·E) when
//!   both are chosen, because both measure seniority and must not count twice;
//! - C (city) is city / mean of the city table;
//! - K (skill) is √(skill / mean of the skill table), damped because the skill
//!   table mixes skill with seniority;
//! - F (employer) is recruiter / mean of the recruiter table.
//!
//! An unchosen factor is 1. The range is ±20%, widened to the estimates that use
//! only the lower or only the higher of R and E when both are chosen.
//! Pure arithmetic: no data loading, no browser.

use crate::data::Dataset;
use crate::format::round_to_tenth;

/// The source figures (INR lakh) for each choice; `None` means "Any".
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Inputs {
    pub role: Option<f64>,
    pub experience: Option<f64>,
    pub city: Option<f64>,
    pub skill: Option<f64>,
    pub employer: Option<f64>,
}

/// The constants of the model, taken from the dataset.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Model {
    /// B: the national average for a Backend Developer, INR lakh.
    pub benchmark: f64,
    pub city_mean: f64,
    pub skill_mean: f64,
    pub employer_mean: f64,
}

/// Every multiplier the estimate used, so the view can show its working.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Factors {
    /// R = role / B, when a role is chosen.
    pub role_ratio: Option<f64>,
    /// E = experience / B, when an experience level is chosen.
    pub experience_ratio: Option<f64>,
    /// S: √(R·E), R, E or 1.
    pub seniority: f64,
    /// C = city / city mean, or 1.
    pub city: f64,
    /// K = √(skill / skill mean), or 1.
    pub skill: f64,
    /// F = recruiter / recruiter mean, or 1.
    pub employer: f64,
}

/// An estimate in INR lakh per year, in full precision.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Estimate {
    pub lakh: f64,
    pub low: f64,
    pub high: f64,
    pub benchmark: f64,
    pub factors: Factors,
}

impl Estimate {
    /// The estimate as the page shows it, rounded to ₹0.1 L: what its pay in hand and every
    /// comparison with it are worked from, so a reader can redo them.
    pub fn shown(&self) -> f64 {
        round_to_tenth(self.lakh)
    }
}

/// Which factor a breakdown step applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FactorKind {
    Seniority,
    City,
    Skill,
    Employer,
}

impl FactorKind {
    /// In the order the estimate applies them.
    pub const ALL: [FactorKind; STEPS] = [Self::Seniority, Self::City, Self::Skill, Self::Employer];
}

/// One line of the breakdown: the multiplier and the figure after applying it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Step {
    pub kind: FactorKind,
    pub multiplier: f64,
    pub running_lakh: f64,
}

/// How many steps take the benchmark to the estimate: seniority, city, skill, employer.
pub const STEPS: usize = 4;

/// Half-width of the default range: ±20%.
pub const RANGE_SPREAD: f64 = 0.2;

impl Model {
    /// B from the Backend Developer role, the means from the city and skill tables.
    pub fn from_dataset(data: &Dataset) -> Model {
        let benchmark = data
            .roles
            .find("backend-developer")
            .map(|e| e.lakh)
            .expect("validated: the benchmark role exists");
        Model {
            benchmark,
            city_mean: data.cities.mean(),
            skill_mean: data.skills.mean(),
            employer_mean: data.recruiters.mean(),
        }
    }

    pub fn factors(&self, inputs: &Inputs) -> Factors {
        let role_ratio = inputs.role.map(|r| r / self.benchmark);
        let experience_ratio = inputs.experience.map(|e| e / self.benchmark);
        let seniority = match (role_ratio, experience_ratio) {
            (Some(r), Some(e)) => (r * e).sqrt(),
            (Some(one), None) | (None, Some(one)) => one,
            (None, None) => 1.0,
        };
        Factors {
            role_ratio,
            experience_ratio,
            seniority,
            city: inputs.city.map_or(1.0, |c| c / self.city_mean),
            skill: inputs.skill.map_or(1.0, |k| (k / self.skill_mean).sqrt()),
            employer: inputs.employer.map_or(1.0, |f| f / self.employer_mean),
        }
    }

    pub fn estimate(&self, inputs: &Inputs) -> Estimate {
        let factors = self.factors(inputs);
        let with_seniority = |s: f64| self.benchmark * s * factors.city * factors.skill * factors.employer;
        let lakh = with_seniority(factors.seniority);
        let (mut low, mut high) = (lakh * (1.0 - RANGE_SPREAD), lakh * (1.0 + RANGE_SPREAD));
        if let (Some(r), Some(e)) = (factors.role_ratio, factors.experience_ratio) {
            low = low.min(with_seniority(r.min(e)));
            high = high.max(with_seniority(r.max(e)));
        }
        Estimate { lakh, low, high, benchmark: self.benchmark, factors }
    }
}

impl Estimate {
    /// The benchmark's journey to the estimate, one factor at a time.
    pub fn steps(&self) -> [Step; STEPS] {
        let f = &self.factors;
        let mut running = self.benchmark;
        FactorKind::ALL.map(|kind| {
            let multiplier = match kind {
                FactorKind::Seniority => f.seniority,
                FactorKind::City => f.city,
                FactorKind::Skill => f.skill,
                FactorKind::Employer => f.employer,
            };
            running *= multiplier;
            Step { kind, multiplier, running_lakh: running }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::dataset;
    use proptest::prelude::*;

    fn model() -> Model {
        Model::from_dataset(dataset())
    }

    fn round1(x: f64) -> f64 {
        (x * 10.0).round() / 10.0
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn constants_come_from_the_data() {
        let m = model();
        assert_eq!((m.benchmark, m.city_mean, m.skill_mean), (8.0, 6.8, 7.8));
        // (5 + 5.5 + 7 + 6.8 + 5 + 5.6 + 5.7) / 7 = 40.6 / 7 = 5.8
        assert!(close(m.employer_mean, 5.8));
    }

    #[test]
    fn nothing_chosen_gives_the_benchmark_plus_minus_twenty_percent() {
        let e = model().estimate(&Inputs::default());
        assert!(close(e.lakh, 8.0) && close(e.low, 6.4) && close(e.high, 9.6), "{e:?}");
    }

    #[test]
    fn worked_example_from_the_readme() {
        // Senior Backend Developer (12), Mid-Level (10), Bengaluru (10), Python (6).
        let inputs = Inputs {
            role: Some(12.0),
            experience: Some(10.0),
            city: Some(10.0),
            skill: Some(6.0),
            employer: None,
        };
        let e = model().estimate(&inputs);
        // By hand: 8 · √(1.5·1.25) · (10/6.8) · √(6/7.8) = 14.1289…
        let by_hand = 8.0 * (1.5f64 * 1.25).sqrt() * (10.0 / 6.8) * (6.0f64 / 7.8).sqrt();
        assert!(close(e.lakh, by_hand));
        assert_eq!(round1(e.lakh), 14.1);
        // Low: min(0.8·14.13 = 11.30, E only: 8·1.25·C·K = 12.90) → 11.3
        assert_eq!(round1(e.low), 11.3);
        // High: max(1.2·14.13 = 16.95, R only: 8·1.5·C·K = 15.48) → 17.0
        assert_eq!(round1(e.high), 17.0);
    }

    #[test]
    fn one_seniority_input_is_used_as_it_is() {
        let role_only = model().estimate(&Inputs { role: Some(20.0), ..Inputs::default() });
        assert!(close(role_only.factors.seniority, 2.5));
        assert!(close(role_only.lakh, 20.0));
        let exp_only = model().estimate(&Inputs { experience: Some(5.0), ..Inputs::default() });
        assert!(close(exp_only.factors.seniority, 0.625));
        assert!(close(exp_only.lakh, 5.0));
        assert!(close(exp_only.low, 4.0) && close(exp_only.high, 6.0));
    }

    #[test]
    fn far_apart_role_and_experience_widen_the_range() {
        // Engineering Manager (38.5) at Entry-Level (5): S = √(4.8125·0.625) ≈ 1.734.
        let e = model().estimate(&Inputs { role: Some(38.5), experience: Some(5.0), ..Inputs::default() });
        assert!(close(e.lakh, (38.5f64 * 5.0).sqrt()));
        assert!(close(e.low, 5.0), "low is the experience-only estimate: {}", e.low);
        assert!(close(e.high, 38.5), "high is the role-only estimate: {}", e.high);
    }

    #[test]
    fn city_and_skill_factors_by_hand() {
        let e = model().estimate(&Inputs { city: Some(5.0), skill: Some(20.0), ..Inputs::default() });
        assert!(close(e.factors.city, 5.0 / 6.8));
        assert!(close(e.factors.skill, (20.0f64 / 7.8).sqrt()));
        assert!(close(e.lakh, 8.0 * (5.0 / 6.8) * (20.0f64 / 7.8).sqrt()));
    }

    #[test]
    fn employer_factor_by_hand() {
        // Accenture 7 ÷ recruiter mean 5.8 ≈ 1.207; Infosys 5 ÷ 5.8 ≈ 0.862.
        let accenture = model().estimate(&Inputs { employer: Some(7.0), ..Inputs::default() });
        assert!(close(accenture.factors.employer, 7.0 / 5.8));
        assert!(close(accenture.lakh, 8.0 * 7.0 / 5.8));
        let infosys =
            model().estimate(&Inputs { employer: Some(5.0), role: Some(12.0), ..Inputs::default() });
        assert!(close(infosys.lakh, 12.0 * 5.0 / 5.8));
    }

    #[test]
    fn steps_end_at_the_estimate() {
        let inputs = Inputs {
            role: Some(12.0),
            experience: Some(10.0),
            city: Some(10.0),
            skill: Some(6.0),
            employer: Some(7.0),
        };
        let e = model().estimate(&inputs);
        let steps = e.steps();
        assert!(close(steps[0].running_lakh, 8.0 * e.factors.seniority));
        assert!(close(steps[3].running_lakh, e.lakh));
        assert_eq!(
            steps.map(|s| s.kind),
            [FactorKind::Seniority, FactorKind::City, FactorKind::Skill, FactorKind::Employer]
        );
    }

    fn figure() -> impl Strategy<Value = f64> {
        0.5f64..200.0
    }

    fn maybe_figure() -> impl Strategy<Value = Option<f64>> {
        proptest::option::of(figure())
    }

    fn inputs() -> impl Strategy<Value = Inputs> {
        (maybe_figure(), maybe_figure(), maybe_figure(), maybe_figure(), maybe_figure()).prop_map(
            |(role, experience, city, skill, employer)| Inputs { role, experience, city, skill, employer },
        )
    }

    /// The same inputs with one of the four replaced.
    fn set(inputs: Inputs, which: usize, value: Option<f64>) -> Inputs {
        let mut out = inputs;
        match which {
            0 => out.role = value,
            1 => out.experience = value,
            2 => out.city = value,
            3 => out.skill = value,
            _ => out.employer = value,
        }
        out
    }

    proptest! {
        #[test]
        fn the_range_contains_the_estimate(i in inputs()) {
            let e = model().estimate(&i);
            prop_assert!(e.lakh.is_finite() && e.lakh > 0.0);
            prop_assert!(e.low <= e.lakh && e.lakh <= e.high, "{:?}", e);
        }

        #[test]
        fn any_is_neutral_for_city_and_skill(i in inputs()) {
            let m = model();
            // "Any" behaves exactly like choosing a value equal to the table mean.
            let any_city = m.estimate(&Inputs { city: None, ..i }).lakh;
            let mean_city = m.estimate(&Inputs { city: Some(m.city_mean), ..i }).lakh;
            prop_assert!((any_city - mean_city).abs() < 1e-9);
            let any_skill = m.estimate(&Inputs { skill: None, ..i }).lakh;
            let mean_skill = m.estimate(&Inputs { skill: Some(m.skill_mean), ..i }).lakh;
            prop_assert!((any_skill - mean_skill).abs() < 1e-9);
            let any_employer = m.estimate(&Inputs { employer: None, ..i }).lakh;
            let mean_employer = m.estimate(&Inputs { employer: Some(m.employer_mean), ..i }).lakh;
            prop_assert!((any_employer - mean_employer).abs() < 1e-9);
        }

        #[test]
        fn any_is_neutral_for_seniority(i in inputs()) {
            let m = model();
            // With one seniority input on "Any", the other is used as it is.
            let exp_any = m.estimate(&Inputs { experience: None, ..i });
            let expected = i.role.map_or(1.0, |r| r / m.benchmark);
            prop_assert!((exp_any.factors.seniority - expected).abs() < 1e-12);
            // Both on "Any" is the benchmark role at the benchmark level.
            let both_any = m.estimate(&Inputs { role: None, experience: None, ..i }).lakh;
            let both_benchmark = m.estimate(&Inputs { role: Some(8.0), experience: Some(8.0), ..i }).lakh;
            prop_assert!((both_any - both_benchmark).abs() < 1e-9);
        }

        #[test]
        fn a_higher_figure_never_lowers_the_estimate(i in inputs(), which in 0usize..5, a in figure(), b in figure()) {
            let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
            let m = model();
            let lower = m.estimate(&set(i, which, Some(lo)));
            let higher = m.estimate(&set(i, which, Some(hi)));
            prop_assert!(lower.lakh <= higher.lakh + 1e-9);
            prop_assert!(lower.low <= higher.low + 1e-9);
            prop_assert!(lower.high <= higher.high + 1e-9);
        }
    }

    /// Every profile a person can pick: 8 roles × 6 cities × 6 skills × 6 levels × 8 employers,
    /// counting "Any". None may give a number the page cannot show honestly.
    #[test]
    fn every_combination_is_finite_positive_and_inside_its_range() {
        let data = dataset();
        let m = model();
        let with_any = |t: &'static crate::data::Table| {
            std::iter::once(None).chain(t.entries.iter().map(|e| Some(e.lakh))).collect::<Vec<_>>()
        };
        let (roles, cities, skills) =
            (with_any(&data.role_choices), with_any(&data.cities), with_any(&data.skills));
        let (levels, employers) = (with_any(&data.experience), with_any(&data.recruiters));
        let mut checked = 0;
        for &role in &roles {
            for &city in &cities {
                for &skill in &skills {
                    for &experience in &levels {
                        for &employer in &employers {
                            let e = m.estimate(&Inputs { role, experience, city, skill, employer });
                            assert!(e.lakh.is_finite() && e.lakh > 0.0, "{e:?}");
                            assert!(
                                e.low > 0.0 && e.low <= e.lakh && e.lakh <= e.high && e.high.is_finite(),
                                "{e:?}"
                            );
                            checked += 1;
                        }
                    }
                }
            }
        }
        assert_eq!(checked, 8 * 6 * 6 * 6 * 8);
    }

    #[test]
    fn a_higher_entry_in_any_table_never_lowers_the_estimate() {
        let data = dataset();
        let m = model();
        let tables = [&data.role_choices, &data.experience, &data.cities, &data.skills, &data.recruiters];
        for (which, table) in tables.iter().enumerate() {
            for a in table.entries.iter() {
                for b in table.entries.iter() {
                    if a.lakh <= b.lakh {
                        let base = Inputs {
                            role: Some(12.0),
                            experience: Some(6.0),
                            city: Some(7.0),
                            skill: Some(5.0),
                            employer: Some(5.5),
                        };
                        let ea = m.estimate(&set(base, which, Some(a.lakh))).lakh;
                        let eb = m.estimate(&set(base, which, Some(b.lakh))).lakh;
                        assert!(ea <= eb, "{} ({ea}) vs {} ({eb})", a.slug, b.slug);
                    }
                }
            }
        }
    }
}
