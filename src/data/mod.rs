//! The survey's tables: bundled as JSON, turned into Rust by `build.rs`, checked by tests.
//!
//! Every figure is an average annual salary in INR lakh, as published in a
//! January 2025 survey of Indian backend salaries (Glassdoor, AmbitionBox,
//! Indeed). Nothing is fetched at run time.

mod date;
mod dollar;
mod survey;
mod tax_rules;
mod tax_years;
pub use date::{days_in_month, Date};
pub use dollar::{DollarRate, USD_DEFAULT, USD_REFERENCE};
pub use survey::{sort_small, Dataset, Entry, Outlook, Table};
pub use tax_rules::{
    problems_across_years, Change, EmployerNps, HraRule, OldRegimeReliefs, ParentsRelief, ProfessionalTax,
    ProfessionalTaxSlab, Rebate, Regime, Relief, Rounding, SalaryRules, Slab, StateProfessionalTax,
    SurchargeStep, TaxRules, CHANGEABLE,
};
#[cfg(test)]
pub use tax_years::TAX_FILES;
pub use tax_years::{tax_year_changed, tax_years};

/// The raw JSON of each bundled file, in a fixed order (for the tests: the app reads the
/// Rust that `build.rs` generates from the same files).
#[cfg(test)]
pub const BUNDLED_FILES: [(&str, &str); 8] = [
    ("roles.json", include_str!("roles.json")),
    ("career_path.json", include_str!("career_path.json")),
    ("experience.json", include_str!("experience.json")),
    ("cities.json", include_str!("cities.json")),
    ("skills.json", include_str!("skills.json")),
    ("recruiters.json", include_str!("recruiters.json")),
    ("countries.json", include_str!("countries.json")),
    ("outlook.json", include_str!("outlook.json")),
];

/// The workplaces the page offers beside the survey's cities: a file of the app's own, with its
/// source, that the survey's tables are not mixed with.
#[cfg(test)]
pub const PLACES_FILE: &str = include_str!("places.json");

/// The dataset `build.rs` generated from the JSON files, as a `static`.
mod bundled {
    use super::{Dataset, Entry, Outlook, Table};
    use std::borrow::Cow::Borrowed;

    include!(concat!(env!("OUT_DIR"), "/bundled.rs"));
}

/// The bundled dataset: plain data, checked by `build.rs` as `cargo test` checks it.
///
/// `cargo test` checks that it equals `Dataset::parse(&BUNDLED_FILES, PLACES_FILE)`.
pub fn dataset() -> &'static Dataset {
    &bundled::DATASET
}

#[cfg(test)]
mod tests;
