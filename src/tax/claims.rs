//! What a person may claim under the old regime: the rent they pay, and the investments,
//! premiums and interest the law lets them deduct. Rupee amounts a year (the rent a month, as
//! people know it); the limits are the year's rules. The HRA in the salary is the structure's.

/// The old regime's inputs. The default is no claim.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Claims {
    /// Rent paid a month.
    pub rent_monthly: f64,
    /// 80C investments beyond the employee's own PF, which already counts towards the limit.
    pub c80: f64,
    /// Health insurance for oneself and one's family.
    pub d80: f64,
    /// Health insurance for one's parents, and whether a parent is a senior citizen.
    pub d80_parents: f64,
    pub parents_senior: bool,
    /// One's own NPS contribution beyond the 80C limit.
    pub nps: f64,
    /// Interest on a loan for a self-occupied home.
    pub home_loan: f64,
}
