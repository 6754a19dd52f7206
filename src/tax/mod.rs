//! The law of pay in hand and its arithmetic, nothing else: which tax year's rules apply on a
//! date (`year`), how a CTC is made up (`structure`), the tax on a taxable income (`rates`),
//! pay in hand under the new regime (`new_regime`) and the old (`old_regime`, with the house
//! rent allowance in `hra` and the person's claims in `claims`), in one shape for both (`pay`),
//! the two side by side with the break-even (`break_even`), what the employer's NPS costs and
//! saves (`employer_nps`), the least CTC that pays an amount wanted (`ask`), and four years of
//! a choice, tax year by tax year (`years`). Pure arithmetic on `data::TaxRules`: every rate and
//! limit is the year's data. Amounts are rupees a year, unrounded; the words are `display`'s.

mod ask;
mod break_even;
mod claims;
mod employer_nps;
mod hra;
mod new_regime;
mod old_regime;
mod pay;
mod rates;
mod structure;
#[cfg(test)]
pub(crate) mod test_rules;
mod year;
mod years;

pub use ask::{least_ctc, ASK_STEP};
pub use break_even::{break_even, compare, curve, old_tax_with, Better, BreakEven, Comparison, CurvePoint};
pub use claims::Claims;
pub use employer_nps::employer_nps_effect;
pub use hra::{hra_city, hra_exemption, HraBound, HraCity, HraExemption};
pub use new_regime::new_regime;
pub use old_regime::{all_limits, old_regime, parents_limit, room};
pub use pay::{employer_nps_deduction, one_time_tax, pay_in_hand, professional_tax, Deductions, PayInHand};
pub use rates::{round_as_the_act, tax_due, TaxDue};
pub use structure::{
    split, GratuityBase, PfMode, Split, Structure, BASIC_PERCENT, DEFAULT_BASIC_PERCENT, DEFAULT_HRA_PERCENT,
    EMPLOYER_NPS_PERCENT, HRA_PERCENT, VARIABLE_PERCENT,
};
pub use year::{year_in_force, Coverage, YearInForce};
pub use years::{
    four_years, owed_on_leaving, vests, Job, Month, Plan, RegimeName, Terms, YearRow, Years, LAST_MONTH,
    TAX_YEARS,
};
