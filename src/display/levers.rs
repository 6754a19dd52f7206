//! What-if levers: the single changes to a profile a person could make next, ranked by gain.
//!
//! Steps, not leaps. Role and experience are ordered, so their lever is the next step up:
//! the next rung of the career ladder (`career::next_rung`), the next experience level. With
//! either on "Any" there is no step to take from it, so it has no lever: a role suggested
//! without knowing the current one would be a leap of unknown size. Skill, city and employer
//! are lateral moves, so their lever is the best-paid choice. One lever per filter, ranked by
//! gain; ties keep the form's order.

use crate::data::{sort_small, Dataset, Entry};
use crate::display::career::next_rung;
use crate::filters::{Dimension, Selection};
use crate::format::percent_change;
use crate::model::Model;

/// A single change and what it does to the estimate.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Lever {
    pub dim: Dimension,
    pub entry: &'static Entry,
    /// The estimate after the change, INR lakh.
    pub lakh: f64,
    /// new ÷ old; above 1 for every lever returned.
    pub ratio: f64,
}

impl Lever {
    /// What the change is, in words that say what kind of step it is: "Move to Bengaluru".
    pub fn action(&self) -> String {
        let name = &self.entry.name;
        match self.dim {
            Dimension::Role => format!("Next rung: {name}"),
            Dimension::City => format!("Move to {name}"),
            Dimension::Skill => format!("Learn {name}"),
            Dimension::Experience => format!("Next level: {name}"),
            Dimension::Employer => format!("Join {name}"),
        }
    }

    /// The gain as a percentage: "+47%".
    pub fn gain(&self) -> String {
        percent_change(self.ratio)
    }
}

/// The choices a lever may move a filter to: the next step for role and experience, every
/// other choice for the lateral filters.
fn reachable(dim: Dimension, data: &'static Dataset, sel: &Selection) -> Vec<&'static Entry> {
    match dim {
        Dimension::Role => sel
            .role
            .and_then(|role| next_rung(&data.career_path, role))
            .and_then(|n| data.role_choices.find(&n.entry.slug))
            .into_iter()
            .collect(),
        Dimension::Experience => {
            sel.experience.and_then(|level| next_level(data, level)).into_iter().collect()
        }
        // Only choices with a figure: a city the survey does not list would only look like a move.
        _ => dim.table(data).entries.iter().filter(|e| e.surveyed).collect(),
    }
}

/// The experience level after `level`, in the survey's order (which is by years).
pub fn next_level(data: &'static Dataset, level: &Entry) -> Option<&'static Entry> {
    let levels = &data.experience.entries;
    levels.iter().position(|e| e.slug == level.slug).and_then(|i| levels.get(i + 1))
}

/// The lever of one filter: its step (or its best lateral move) and what it does to this
/// profile's estimate; `None` when no choice raises it. The ladder's next rung quotes the
/// role's, so a step reads the same wherever the page shows it.
pub fn lever_for(model: &Model, data: &'static Dataset, sel: &Selection, dim: Dimension) -> Option<Lever> {
    let base = model.estimate(&sel.inputs()).lakh;
    reachable(dim, data, sel)
        .into_iter()
        .map(|entry| {
            let mut changed = *sel;
            changed.set(dim, Some(entry));
            let lakh = model.estimate(&changed.inputs()).lakh;
            Lever { dim, entry, lakh, ratio: lakh / base }
        })
        // Only real gains; rounding noise is not a lever.
        .filter(|lever| lever.ratio > 1.0 + 1e-9)
        .max_by(|a, b| a.ratio.total_cmp(&b.ratio))
}

/// Up to `count` levers for a profile, largest gain first.
pub fn top_levers(model: &Model, data: &'static Dataset, sel: &Selection, count: usize) -> Vec<Lever> {
    let mut best: Vec<Lever> =
        Dimension::ALL.into_iter().filter_map(|dim| lever_for(model, data, sel, dim)).collect();
    sort_small(&mut best, |a, b| a.ratio > b.ratio);
    best.truncate(count);
    best
}

/// The career ladder's line for a profile: "+44% to Technical Architect", the estimate's gain
/// for this profile, as the role's lever gives it (not the ratio of the two rungs' averages).
pub fn next_rung_text(model: &Model, data: &'static Dataset, sel: &Selection) -> String {
    match (sel.role, lever_for(model, data, sel, Dimension::Role)) {
        (None, _) => "Pick a role to see the next step up.".to_string(),
        (Some(_), Some(lever)) => format!("{} to {}, for this profile", lever.gain(), lever.entry.name),
        (Some(role), None) => format!("{} is the top of the survey’s ladder.", role.name),
    }
}

/// Where a chosen role or experience level has no step up left, a sentence that says so.
pub fn no_step_left(data: &'static Dataset, sel: &Selection) -> Option<String> {
    let role = sel.role.filter(|r| next_rung(&data.career_path, r).is_none());
    let level = sel.experience.filter(|e| next_level(data, e).is_none());
    match (role, level) {
        (Some(r), Some(e)) => Some(format!(
            "No step up is left in role or experience: {} is the top of the career ladder, and {} the top experience level.",
            r.name, e.name
        )),
        (Some(r), None) => Some(format!("No step up is left in role: {} is the top of the career ladder.", r.name)),
        (None, Some(e)) => Some(format!("No step up is left in experience: {} is the top level.", e.name)),
        (None, None) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::dataset;
    use crate::filters::decode;

    fn levers_for(query: &str) -> Vec<(String, String)> {
        let sel = decode(query, dataset()).link.selection;
        top_levers(&Model::from_dataset(dataset()), dataset(), &sel, 3)
            .iter()
            .map(|l| (l.action(), l.gain()))
            .collect()
    }

    #[test]
    fn from_the_national_average_only_lateral_moves() {
        // Role and experience on Any: no step to take from them. Skill: √(20/7.8) = ×1.60 (+60%);
        // city: 10/6.8 = ×1.47 (+47%); employer: 7/5.8 = ×1.21 (+21%).
        assert_eq!(
            levers_for(""),
            [
                ("Learn Data Security Expertise".to_string(), "+60%".to_string()),
                ("Move to Bengaluru".to_string(), "+47%".to_string()),
                ("Join Accenture".to_string(), "+21%".to_string()),
            ]
        );
    }

    #[test]
    fn for_a_fresher_steps_not_leaps() {
        // Entry-Level in Chennai with Node.js. City: 10/5 = ×2 (+100%); skill: √(20/5) = ×2
        // (+100%; a tie, so the form's order: city first); employer: 7/5.8 (+21%); the next
        // level, Junior-Level: 6/5 = ×1.2 (+20%), is fourth. No role chosen: no role lever.
        assert_eq!(
            levers_for("exp=entry&skill=nodejs&city=chennai"),
            [
                ("Move to Bengaluru".to_string(), "+100%".to_string()),
                ("Learn Data Security Expertise".to_string(), "+100%".to_string()),
                ("Join Accenture".to_string(), "+21%".to_string()),
            ]
        );
        let sel = decode("exp=entry&skill=nodejs&city=chennai", dataset()).link.selection;
        let all = top_levers(&Model::from_dataset(dataset()), dataset(), &sel, 5);
        assert_eq!(all[3].action(), "Next level: Junior-Level (2–3 yrs)");
        assert_eq!(all[3].gain(), "+20%");
        assert!(all.iter().all(|l| l.dim != Dimension::Role));
    }

    #[test]
    fn for_a_mid_level_developer_the_next_level_and_rung() {
        // Backend Developer, Mid-Level, Pune, Java: S = √(1 × 1.25).
        // Skill: √(20/3) = ×2.58 (+158%); city: 10/7 = ×1.43 (+43%);
        // next level, Senior-Level: √(2/1.25) = ×1.26 (+26%);
        // next rung, Senior Backend Developer: √1.5 = ×1.22 (+22%); employer +21%.
        let query = "role=backend-developer&exp=mid&city=pune&skill=java";
        assert_eq!(
            levers_for(query),
            [
                ("Learn Data Security Expertise".to_string(), "+158%".to_string()),
                ("Move to Bengaluru".to_string(), "+43%".to_string()),
                ("Next level: Senior-Level (8–12 yrs)".to_string(), "+26%".to_string()),
            ]
        );
        let sel = decode(query, dataset()).link.selection;
        let all = top_levers(&Model::from_dataset(dataset()), dataset(), &sel, 5);
        assert_eq!(
            (all[3].action().as_str(), all[3].gain().as_str()),
            ("Next rung: Senior Backend Developer", "+22%")
        );
        assert_eq!(no_step_left(dataset(), &sel), None);
    }

    #[test]
    fn at_the_top_of_the_ladder_it_says_no_step_is_left() {
        // Engineering Manager at Lead level: only lateral moves. Skill √(20/6) = ×1.83 (+83%),
        // city 10/7 (+43%), employer (+21%).
        let query = "role=engineering-manager&exp=lead&skill=python&city=pune";
        assert_eq!(
            levers_for(query),
            [
                ("Learn Data Security Expertise".to_string(), "+83%".to_string()),
                ("Move to Bengaluru".to_string(), "+43%".to_string()),
                ("Join Accenture".to_string(), "+21%".to_string()),
            ]
        );
        let sel = decode(query, dataset()).link.selection;
        assert_eq!(
            no_step_left(dataset(), &sel).as_deref(),
            Some("No step up is left in role or experience: Engineering Manager is the top of the career ladder, and Lead Developer the top experience level.")
        );
    }

    #[test]
    fn for_the_worked_example() {
        // S = √(1.5 × 1.25) = 1.369. Skill: √(20/6) = ×1.83 (+83%). Next rung, Technical
        // Architect: √(3.125 × 1.25)/1.369 = ×1.44 (+44%). Next level, Senior-Level:
        // √(1.5 × 2)/1.369 = ×1.26 (+26%). Employer +21%; the city is already the top.
        assert_eq!(
            levers_for("role=senior-backend-developer&exp=mid&city=bengaluru&skill=python"),
            [
                ("Learn Data Security Expertise".to_string(), "+83%".to_string()),
                ("Next rung: Technical Architect".to_string(), "+44%".to_string()),
                ("Next level: Senior-Level (8–12 yrs)".to_string(), "+26%".to_string()),
            ]
        );
    }

    #[test]
    fn the_ladder_and_the_lever_give_one_percentage_for_the_next_rung() {
        let model = Model::from_dataset(dataset());
        for query in [
            "role=senior-backend-developer&exp=mid&city=bengaluru&skill=python",
            "role=junior-backend-developer&exp=entry",
            "role=backend-developer",
        ] {
            let sel = decode(query, dataset()).link.selection;
            let lever = lever_for(&model, dataset(), &sel, Dimension::Role).expect("a next rung");
            let text = next_rung_text(&model, dataset(), &sel);
            assert!(
                text.starts_with(&format!("{} to {}", lever.gain(), lever.entry.name)),
                "{query}: {text}"
            );
        }
        // The worked example: +44% for this profile, where the rungs' averages differ by 108%.
        let sel = decode("role=senior-backend-developer&exp=mid&city=bengaluru&skill=python", dataset())
            .link
            .selection;
        assert_eq!(next_rung_text(&model, dataset(), &sel), "+44% to Technical Architect, for this profile");
        let top = decode("role=engineering-manager", dataset()).link.selection;
        assert_eq!(
            next_rung_text(&model, dataset(), &top),
            "Engineering Manager is the top of the survey’s ladder."
        );
    }

    #[test]
    fn a_city_lever_for_chennai() {
        let levers = levers_for(
            "role=engineering-manager&exp=lead&skill=data-security&company=accenture&city=chennai",
        );
        // Everything else is at its top, so the city is the only lever: 10/5 = ×2 (+100%).
        assert_eq!(levers, [("Move to Bengaluru".to_string(), "+100%".to_string())]);
    }

    #[test]
    fn every_lever_raises_the_estimate_and_names_a_new_choice() {
        let model = Model::from_dataset(dataset());
        let sel = decode("city=pune&skill=java", dataset()).link.selection;
        let base = model.estimate(&sel.inputs()).lakh;
        for lever in top_levers(&model, dataset(), &sel, 5) {
            assert!(lever.lakh > base);
            assert_ne!(sel.get(lever.dim), Some(lever.entry));
        }
    }
}
