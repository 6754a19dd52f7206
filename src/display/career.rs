//! The survey's career ladder and the next rung up from a role.

use crate::data::{Entry, Table};

/// The next rung above a role on the career path, and the gain in pay to reach it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NextRung {
    pub entry: &'static Entry,
    /// next ÷ current.
    pub ratio: f64,
}

/// The first rung paid more than `role`. A role that is not on the ladder (Technical
/// Lead, say) is placed by its figure. `None` at the top of the ladder.
pub fn next_rung(ladder: &'static Table, role: &Entry) -> Option<NextRung> {
    ladder
        .entries
        .iter()
        .filter(|rung| rung.lakh > role.lakh)
        .min_by(|a, b| a.lakh.total_cmp(&b.lakh))
        .map(|entry| NextRung { entry, ratio: entry.lakh / role.lakh })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::dataset;

    fn next(slug: &str) -> Option<(&'static str, f64)> {
        let data = dataset();
        let role = data.role_choices.find(slug).expect("known role");
        next_rung(&data.career_path, role).map(|n| (n.entry.slug.as_ref(), n.ratio))
    }

    #[test]
    fn each_rung_leads_to_the_next() {
        assert_eq!(next("junior-backend-developer"), Some(("backend-developer", 2.0)));
        assert_eq!(next("backend-developer"), Some(("senior-backend-developer", 1.5)));
        assert_eq!(next("senior-backend-developer"), Some(("technical-architect", 25.0 / 12.0)));
        assert_eq!(next("technical-architect"), Some(("engineering-manager", 38.5 / 25.0)));
        assert_eq!(next("engineering-manager"), None);
    }

    #[test]
    fn roles_off_the_ladder_are_placed_by_their_figure() {
        assert_eq!(next("backend-architect"), Some(("technical-architect", 25.0 / 15.0)));
        assert_eq!(next("technical-lead"), Some(("technical-architect", 1.25)));
    }
}
