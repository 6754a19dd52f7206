//! What-if levers: the single changes to a profile that raise its estimate most.
//!
//! For each filter, the one choice that raises the estimate most is a candidate; the
//! candidates are ranked by gain. One lever per filter keeps the list varied: otherwise
//! the top three would all be roles.

use crate::data::{sort_small, Dataset, Entry};
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
    /// What the change is, in words: "Move to Bengaluru".
    pub fn action(&self) -> String {
        let name = &self.entry.name;
        match self.dim {
            Dimension::Role => format!("Step up to {name}"),
            Dimension::City => format!("Move to {name}"),
            Dimension::Skill => format!("Specialise in {name}"),
            Dimension::Experience => format!("Reach {name}"),
            Dimension::Employer => format!("Join {name}"),
        }
    }

    /// The gain as a percentage: "+47%".
    pub fn gain(&self) -> String {
        percent_change(self.ratio)
    }
}

/// Up to `count` levers for a profile, largest gain first.
pub fn top_levers(model: &Model, data: &'static Dataset, sel: &Selection, count: usize) -> Vec<Lever> {
    let base = model.estimate(&sel.inputs()).lakh;
    let mut best: Vec<Lever> = Dimension::ALL
        .into_iter()
        .filter_map(|dim| {
            dim.table(data)
                .entries
                .iter()
                .map(|entry| {
                    let mut changed = *sel;
                    changed.set(dim, Some(entry));
                    let lakh = model.estimate(&changed.inputs()).lakh;
                    Lever { dim, entry, lakh, ratio: lakh / base }
                })
                // Only real gains; rounding noise is not a lever.
                .filter(|lever| lever.ratio > 1.0 + 1e-9)
                .max_by(|a, b| a.ratio.total_cmp(&b.ratio))
        })
        .collect();
    sort_small(&mut best, |a, b| a.ratio > b.ratio);
    best.truncate(count);
    best
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::dataset;
    use crate::filters::decode;

    fn levers_for(query: &str) -> Vec<(String, String)> {
        let sel = decode(query, dataset()).selection;
        top_levers(&Model::from_dataset(dataset()), dataset(), &sel, 3)
            .iter()
            .map(|l| (l.action(), l.gain()))
            .collect()
    }

    #[test]
    fn from_the_national_average() {
        // Role: Engineering Manager 38.5/8 = ×4.81 (+381%); experience: Lead 20/8 = ×2.5 (+150%);
        // skill: √(20/7.8) = ×1.60 (+60%); city: 10/6.8 = ×1.47; employer: 7/5.8 = ×1.21.
        assert_eq!(
            levers_for(""),
            [
                ("Step up to Engineering Manager".to_string(), "+381%".to_string()),
                ("Reach Lead Developer".to_string(), "+150%".to_string()),
                ("Specialise in Data Security Expertise".to_string(), "+60%".to_string()),
            ]
        );
    }

    #[test]
    fn for_the_worked_example() {
        // S = √(1.5·1.25) = 1.369. Skill: √(20/6) = ×1.83 (+83%). Role: √(4.8125·1.25)/1.369
        // = ×1.79 (+79%). Experience: √(1.5·2.5)/1.369 = ×1.41 (+41%). City is already the top.
        assert_eq!(
            levers_for("role=senior-backend-developer&exp=mid&city=bengaluru&skill=python"),
            [
                ("Specialise in Data Security Expertise".to_string(), "+83%".to_string()),
                ("Step up to Engineering Manager".to_string(), "+79%".to_string()),
                ("Reach Lead Developer".to_string(), "+41%".to_string()),
            ]
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
        let sel = decode("city=pune&skill=java", dataset()).selection;
        let base = model.estimate(&sel.inputs()).lakh;
        for lever in top_levers(&model, dataset(), &sel, 5) {
            assert!(lever.lakh > base);
            assert_ne!(sel.get(lever.dim), Some(lever.entry));
        }
    }
}
