//! Pay in hand from a CTC, under the rules of the tax year in force: which year applies on a
//! date (`year`), how the CTC is made up (`structure`), the tax under one regime's rates
//! (`regime`), the take-home with the variable pay apart (`take_home`), its working
//! (`working`) and the hike from a current CTC (`hike`); the old regime's claims (`claims`),
//! its take-home (`old_regime`) and the two regimes side by side with the break-even
//! (`break_even`). Pure arithmetic on `data::TaxRules`;
//! amounts are rupees a year, unrounded (the view rounds to the rupee).

mod break_even;
mod claims;
mod hike;
mod old_regime;
mod regime;
mod structure;
mod take_home;
#[cfg(test)]
mod test_rules;
mod working;
mod year;

pub use break_even::{compare, curve, old_tax_with, Better, BreakEven, Comparison, CurvePoint};
pub use claims::{Claims, DEFAULT_HRA_PERCENT, HRA_PERCENT};
pub use hike::{hike, market_against_current, Hike};
pub use old_regime::{
    hra_exemption, listed_city, old_take_home, room, HraBound, HraExemption, OldDeductions, OldTakeHome,
};
pub use regime::{tax_due, TaxDue};
pub use structure::{
    split, PfMode, Split, Structure, BASIC_PERCENT, DEFAULT_BASIC_PERCENT, VARIABLE_PERCENT,
};
pub use take_home::{professional_tax, take_home, TakeHome};
pub use working::{old_working, working, Line, OLD_WORKING_LINES, WORKING_LINES};
pub use year::{year_in_force, Coverage, YearInForce};
