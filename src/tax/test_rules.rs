//! What the tax modules' tests share: the years they are worked for, and a comparison to half a paisa.

use crate::data::{tax_years, Date, TaxRules};
use crate::tax::{compare, year_in_force, Claims, Comparison, Structure, YearInForce};

/// Tax year 2026-27, the year the worked examples are for. Each year is found by its name, so
/// that a new year's file does not change which one a test reads.
pub fn year_2026_27() -> &'static TaxRules {
    tax_years().iter().find(|rules| &*rules.year == "2026-27").expect("the 2026-27 rules are bundled")
}

/// FY 2025-26, the last year under the Income-tax Act, 1961.
pub fn year_2025_26() -> &'static TaxRules {
    tax_years().iter().find(|rules| &*rules.year == "2025-26").expect("the 2025-26 rules are bundled")
}

/// Two amounts in rupees that agree to within half a paisa.
pub fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 0.005
}

/// The year in force on a day (`YYYY-MM-DD`), its dated changes to then applied.
pub fn on(day: &str) -> YearInForce {
    year_in_force(Date::parse(day).expect("a date"), tax_years())
}

/// Both regimes for a CTC of `lakh` in 2026-27, with the default structure.
pub fn comparison(lakh: f64, claims: &Claims, city: &str) -> Comparison {
    compare(year_2026_27(), crate::format::rupees_of(lakh), &Structure::default(), claims, Some(city))
}
