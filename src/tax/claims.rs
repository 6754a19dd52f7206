//! What a person may claim under the old regime: the rent they pay, the HRA in their
//! structure, and the investments and interest the law lets them deduct. Rupee amounts a
//! year (the rent a month, as people know it); the limits are the year's rules.

use std::ops::RangeInclusive;

/// The old regime's inputs. The default is no claim and HRA at half of basic.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Claims {
    /// Rent paid a month.
    pub rent_monthly: f64,
    /// House rent allowance as a percentage of basic pay.
    pub hra_percent: f64,
    /// 80C investments beyond the employee's own PF, which already counts towards the limit.
    pub c80: f64,
    /// Health insurance for oneself and one's family.
    pub d80: f64,
    /// One's own NPS contribution beyond the 80C limit.
    pub nps: f64,
    /// Interest on a loan for a self-occupied home.
    pub home_loan: f64,
}

pub const DEFAULT_HRA_PERCENT: f64 = 50.0;
pub const HRA_PERCENT: RangeInclusive<f64> = 0.0..=50.0;

impl Default for Claims {
    fn default() -> Self {
        Claims {
            rent_monthly: 0.0,
            hra_percent: DEFAULT_HRA_PERCENT,
            c80: 0.0,
            d80: 0.0,
            nps: 0.0,
            home_loan: 0.0,
        }
    }
}
