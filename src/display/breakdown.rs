//! How each choice moved the figure, as rows of text: the benchmark, then one multiplier per
//! step of the estimate. Pure, beside the model, so it is tested natively; the view
//! (`components/breakdown.rs`) and compare mode draw these rows.

use crate::data::dataset;
use crate::filters::{Dimension, Selection};
use crate::format::{count_word, fixed, multiplier, percent_change, short_money, table_figure};
use crate::model::{Estimate, FactorKind, STEPS};

/// One line of the breakdown, as text.
#[derive(Debug, Clone, PartialEq)]
pub struct BreakdownRow {
    pub factor: &'static str,
    pub choice: String,
    /// Where the multiplier comes from, in words and survey figures.
    pub working: String,
    pub multiplier: String,
    pub change: String,
    /// The estimate after this step.
    pub running: String,
}

/// The rows for a selection and its estimate: one per step of the estimate, so always
/// `STEPS` of them, which lets the view keep fixed rows.
pub fn breakdown_rows(sel: &Selection, estimate: &Estimate) -> [BreakdownRow; STEPS] {
    let data = dataset();
    let f = &estimate.factors;
    let benchmark = table_figure(estimate.benchmark);
    estimate.steps().map(|step| {
            let (factor, choice, working) = match step.kind {
                FactorKind::Seniority => {
                    let choice = match (sel.role, sel.experience) {
                        (Some(r), Some(e)) => format!("{} with {}", r.name, e.name),
                        (Some(one), None) | (None, Some(one)) => one.name.to_string(),
                        (None, None) => "Any role, any experience".to_string(),
                    };
                    let working = match (sel.role, sel.experience, f.role_ratio, f.experience_ratio) {
                        (Some(r), Some(e), Some(rr), Some(er)) => format!(
                            "Role {} and experience {} both measure seniority, so they are averaged: √({} × {})",
                            table_figure(r.lakh), table_figure(e.lakh), fixed(rr, 2), fixed(er, 2)
                        ),
                        (Some(r), None, Some(_), _) => format!("Role average {} ÷ benchmark {benchmark}", table_figure(r.lakh)),
                        (None, Some(e), _, Some(_)) => format!("Experience average {} ÷ benchmark {benchmark}", table_figure(e.lakh)),
                        _ => "No seniority chosen: the benchmark stands".to_string(),
                    };
                    ("Seniority", choice, working)
                }
                FactorKind::City => match sel.city {
                    Some(c) if !c.surveyed => (
                        "City",
                        c.name.to_string(),
                        format!("The survey has no figures for {}: no change", c.name),
                    ),
                    Some(c) => ("City", c.name.to_string(), format!(
                        "{} average {} ÷ mean of the {} cities {}",
                        c.name, table_figure(c.lakh), count_word(data.cities.entries.len()), table_figure(data.cities.mean())
                    )),
                    None => ("City", "Any city".to_string(), "No city chosen: no change".to_string()),
                },
                FactorKind::Skill => match sel.skill {
                    Some(k) => ("Skill", k.name.to_string(), format!(
                        "√({} average {} ÷ mean of the {} skills {}), damped because skill pay also reflects seniority",
                        k.name, table_figure(k.lakh), count_word(data.skills.entries.len()), table_figure(data.skills.mean())
                    )),
                    None => ("Skill", "Any skill".to_string(), "No skill chosen: no change".to_string()),
                },
                FactorKind::Employer => match sel.employer {
                    Some(f) => ("Employer", f.name.to_string(), format!(
                        "{} average {} ÷ mean of the {} recruiters {}",
                        f.name, table_figure(f.lakh), count_word(data.recruiters.entries.len()), table_figure(data.recruiters.mean())
                    )),
                    None => ("Employer", "Any employer".to_string(), "No employer chosen: no change".to_string()),
                },
            };
            BreakdownRow {
                factor,
                choice,
                working,
                multiplier: multiplier(step.multiplier),
                change: percent_change(step.multiplier),
                running: short_money(step.running_lakh),
            }
    })
}

/// Whether two profiles differ in what a step of the breakdown applies.
pub fn differs(kind: FactorKind, a: &Selection, b: &Selection) -> bool {
    let dims: &[Dimension] = match kind {
        FactorKind::Seniority => &[Dimension::Role, Dimension::Experience],
        FactorKind::City => &[Dimension::City],
        FactorKind::Skill => &[Dimension::Skill],
        FactorKind::Employer => &[Dimension::Employer],
    };
    dims.iter().any(|&dim| a.get(dim) != b.get(dim))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::filters::decode;
    use crate::model::Model;

    fn rows_for(query: &str) -> [BreakdownRow; STEPS] {
        let sel = decode(query, dataset()).link.selection;
        let estimate = Model::from_dataset(dataset()).estimate(&sel.inputs());
        breakdown_rows(&sel, &estimate)
    }

    #[test]
    fn the_worked_example_shows_each_factor_and_ends_at_the_estimate() {
        let rows = rows_for("role=senior-backend-developer&exp=mid&city=bengaluru&skill=python");
        let summary: Vec<(&str, &str, &str, &str)> = rows
            .iter()
            .map(|r| (r.factor, r.multiplier.as_str(), r.change.as_str(), r.running.as_str()))
            .collect();
        assert_eq!(
            summary,
            [
                ("Seniority", "×1.37", "+37%", "₹11.0 L"),
                ("City", "×1.47", "+47%", "₹16.1 L"),
                ("Skill", "×0.88", "−12%", "₹14.1 L"),
                ("Employer", "×1.00", "±0%", "₹14.1 L"),
            ]
        );
        assert_eq!(rows[0].choice, "Senior Backend Developer with Mid-Level (4–7 yrs)");
        assert!(rows[0].working.contains("√(1.50 × 1.25)"), "{}", rows[0].working);
        assert!(rows[1].working.contains("10 L") && rows[1].working.contains("6.8 L"));
        assert!(rows[2].working.contains("6 L") && rows[2].working.contains("7.8 L"));
    }

    #[test]
    fn an_employer_moves_the_last_step() {
        let rows = rows_for("company=accenture");
        assert_eq!(rows[3].choice, "Accenture");
        assert_eq!((rows[3].multiplier.as_str(), rows[3].running.as_str()), ("×1.21", "₹9.7 L"));
        assert!(rows[3].working.contains("7 L") && rows[3].working.contains("5.8 L"));
    }

    #[test]
    fn any_choices_are_neutral_rows() {
        let rows = rows_for("");
        assert!(rows.iter().all(|r| r.multiplier == "×1.00" && r.change == "±0%" && r.running == "₹8.0 L"));
        assert_eq!(rows[1].choice, "Any city");
    }

    #[test]
    fn the_prose_counts_the_tables() {
        let rows = rows_for("city=pune&skill=java&company=tcs");
        assert!(rows[1].working.contains("mean of the five cities"), "{}", rows[1].working);
        assert!(rows[2].working.contains("mean of the five skills"));
        assert!(rows[3].working.contains("mean of the seven recruiters"));
    }

    #[test]
    fn profiles_differ_by_what_each_step_applies() {
        let a = decode("role=backend-developer&city=pune", dataset()).link.selection;
        let b = decode("role=backend-developer&exp=mid&city=pune&skill=java", dataset()).link.selection;
        assert!(differs(FactorKind::Seniority, &a, &b));
        assert!(!differs(FactorKind::City, &a, &b));
        assert!(differs(FactorKind::Skill, &a, &b));
        assert!(!differs(FactorKind::Employer, &a, &b));
    }
}
