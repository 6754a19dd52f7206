//! How each choice moved the figure: benchmark, then one multiplier per factor.

use crate::data::dataset;
use crate::filters::Selection;
use crate::format::{fixed, multiplier, percent_change, short_money, table_figure};
use crate::model::{Estimate, FactorKind};
use crate::state::AppState;
use leptos::prelude::*;

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

/// The rows for a selection and its estimate; pure, so it is tested natively.
pub fn breakdown_rows(sel: &Selection, estimate: &Estimate) -> Vec<BreakdownRow> {
    let data = dataset();
    let f = &estimate.factors;
    let benchmark = table_figure(estimate.benchmark);
    estimate
        .steps()
        .into_iter()
        .map(|step| {
            let (factor, choice, working) = match step.kind {
                FactorKind::Seniority => {
                    let choice = match (sel.role, sel.experience) {
                        (Some(r), Some(e)) => format!("{} with {}", r.name, e.name),
                        (Some(one), None) | (None, Some(one)) => one.name.clone(),
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
                    Some(c) => ("City", c.name.clone(), format!(
                        "{} average {} ÷ mean of the five cities {}",
                        c.name, table_figure(c.lakh), table_figure(data.cities.mean())
                    )),
                    None => ("City", "Any city".to_string(), "No city chosen: no change".to_string()),
                },
                FactorKind::Skill => match sel.skill {
                    Some(k) => ("Skill", k.name.clone(), format!(
                        "√({} average {} ÷ mean of the five skills {}), damped because skill pay also reflects seniority",
                        k.name, table_figure(k.lakh), table_figure(data.skills.mean())
                    )),
                    None => ("Skill", "Any skill".to_string(), "No skill chosen: no change".to_string()),
                },
                FactorKind::Employer => match sel.employer {
                    Some(f) => ("Employer", f.name.clone(), format!(
                        "{} average {} ÷ mean of the seven recruiters {}",
                        f.name, table_figure(f.lakh), table_figure(data.recruiters.mean())
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
        .collect()
}

#[component]
pub fn Breakdown() -> impl IntoView {
    let state = expect_context::<AppState>();
    let rows = Memo::new(move |_| breakdown_rows(&state.selection.get(), &state.estimate.get()));
    // Always four steps (seniority, city, skill, employer; a test holds this): fixed rows
    // whose texts follow the memo, instead of a list rebuilt on each change.
    let text = move |i: usize, field: fn(&BreakdownRow) -> &str| {
        move || rows.with(|r| r.get(i).map(|row| field(row).to_string()).unwrap_or_default())
    };
    let benchmark = move || short_money(state.estimate.get().benchmark);

    view! {
        <section class="card breakdown" aria-labelledby="breakdown-heading">
            <h2 id="breakdown-heading">"How your choices moved the figure"</h2>
            <ol class="steps" data-testid="breakdown">
                <li class="step">
                    <div class="step-what">
                        <span class="step-factor">"Benchmark"</span>
                        <span class="step-choice">"Backend Developer, all of India"</span>
                        <span class="step-working">"The survey’s national average for the role"</span>
                    </div>
                    <div class="step-effect">
                        <span class="step-running">{benchmark}</span>
                    </div>
                </li>
                {(0..4).map(|i| view! {
                    <li class="step">
                        <div class="step-what">
                            <span class="step-factor">{text(i, |r| r.factor)}</span>
                            <span class="step-choice">{text(i, |r| &r.choice)}</span>
                            <span class="step-working">{text(i, |r| &r.working)}</span>
                        </div>
                        <div class="step-effect">
                            <span class="step-multiplier">{text(i, |r| &r.multiplier)}</span>
                            <span class="step-change">{text(i, |r| &r.change)}</span>
                            <span class="step-running">{text(i, |r| &r.running)}</span>
                        </div>
                    </li>
                }).collect_view()}
            </ol>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::filters::decode;
    use crate::model::Model;

    fn rows_for(query: &str) -> Vec<BreakdownRow> {
        let sel = decode(query, dataset()).selection;
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
        // The view draws exactly four rows, so every selection must give four.
        assert_eq!(rows.len(), 4);
        assert!(rows.iter().all(|r| r.multiplier == "×1.00" && r.change == "±0%" && r.running == "₹8.0 L"));
        assert_eq!(rows[1].choice, "Any city");
    }
}
