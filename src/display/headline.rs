//! The headline's texts: the estimate, its range, its monthly equivalent and the profile
//! behind it. Pure, so the early stage and the live card print exactly the same words.

use crate::filters::{Dimension, Selection};
use crate::format::{full_rupees, monthly_money, short_money};
use crate::model::Estimate;

/// The estimate as shown: "₹14.1 L".
pub fn figure(estimate: &Estimate) -> String {
    short_money(estimate.lakh)
}

/// The same figure in full and per month: "₹14,10,000 a year, about ₹1.18 L per month".
pub fn detail(estimate: &Estimate) -> String {
    format!("{} a year, about {} per month", full_rupees(estimate.lakh), monthly_money(estimate.lakh))
}

/// The range: "₹11.3 L to ₹17.0 L".
pub fn range(estimate: &Estimate) -> String {
    format!("{} to {}", short_money(estimate.low), short_money(estimate.high))
}

/// The choices behind the estimate, in form order: "Senior Backend Developer · Bengaluru".
pub fn profile(selection: &Selection) -> String {
    let chosen: Vec<&str> =
        Dimension::ALL.into_iter().filter_map(|d| selection.get(d).map(|e| e.name.as_ref())).collect();
    if chosen.is_empty() {
        "Any profile: the national average for a Backend Developer".to_string()
    } else {
        chosen.join(" · ")
    }
}

/// The two groups of the City select: the survey's cities, then the workplaces it does not list.
pub const CITY_GROUPS: [&str; 2] = ["In the survey", "Other cities"];

/// For a city the survey has no figures for, what the estimate is instead: "The survey has no
/// figures for Gurugram: this is the national estimate for the rest of the profile."; empty
/// for any other.
pub fn no_figures(selection: &Selection) -> String {
    match selection.city {
        Some(city) if !city.surveyed => format!(
            "The survey has no figures for {}: this is the national estimate for the rest of the profile.",
            city.name
        ),
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::dataset;
    use crate::filters::decode;
    use crate::model::Model;

    fn headline_of(query: &str) -> [String; 4] {
        let sel = decode(query, dataset()).link.selection;
        let e = Model::from_dataset(dataset()).estimate(&sel.inputs());
        [figure(&e), detail(&e), range(&e), profile(&sel)]
    }

    #[test]
    fn the_worked_example_reads_as_in_the_docs() {
        assert_eq!(
            headline_of("role=senior-backend-developer&exp=mid&city=bengaluru&skill=python"),
            [
                "₹14.1 L".to_string(),
                "₹14,10,000 a year, about ₹1.18 L per month".to_string(),
                "₹11.3 L to ₹17.0 L".to_string(),
                "Senior Backend Developer · Bengaluru · Python · Mid-Level (4–7 yrs)".to_string(),
            ]
        );
        let docs = include_str!("../../docs/model.md");
        for figure in ["**₹14.1 L**", "₹14,10,000 a year, about ₹1.18 L a month", "**₹11.3 L to ₹17.0 L**"]
        {
            assert!(docs.contains(figure), "docs/model.md quotes {figure}");
        }
    }

    #[test]
    fn a_city_the_survey_does_not_list_gets_the_national_figure_and_says_so() {
        let [gurugram, _, _, profile] = headline_of("role=senior-backend-developer&city=gurugram");
        let [national, ..] = headline_of("role=senior-backend-developer");
        assert_eq!(gurugram, national);
        assert_eq!(profile, "Senior Backend Developer · Gurugram");
        let sel = decode("city=gurgaon", dataset()).link.selection;
        assert_eq!(
            no_figures(&sel),
            "The survey has no figures for Gurugram: this is the national estimate for the rest of the profile."
        );
        assert_eq!(no_figures(&decode("city=pune", dataset()).link.selection), "");
    }

    #[test]
    fn any_profile_is_the_national_average() {
        let [figure, _, range, profile] = headline_of("");
        assert_eq!((figure.as_str(), range.as_str()), ("₹8.0 L", "₹6.4 L to ₹9.6 L"));
        assert!(profile.starts_with("Any profile"));
    }
}
