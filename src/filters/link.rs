//! Everything a link sets, as data: the profiles' selections, the job of each (its offer and
//! salary structure, a joining bonus, the rent in its city), and what the person has whatever
//! the job (the current CTC, the old regime's deductions).

use super::selection::Selection;
use crate::tax::{Claims, Structure};

/// A job's terms: what an offer letter and the city it is in decide.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Job {
    /// The offer's CTC, in lakh.
    pub offer: Option<f64>,
    /// A joining bonus, paid once in the first year, in lakh.
    pub join: Option<f64>,
    /// How the CTCs of this job are made up, its HRA and employer's NPS among them.
    pub structure: Structure,
    /// Rent paid a month, in rupees.
    pub rent_monthly: f64,
}

impl Default for Job {
    fn default() -> Self {
        Job { offer: None, join: None, structure: Structure::default(), rent_monthly: 0.0 }
    }
}

/// What the person has whatever the job: the current CTC and the old regime's deductions,
/// rupees a year.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Own {
    /// The current CTC, in lakh.
    pub current: Option<f64>,
    /// The take-home wanted a month, in rupees (0: none): the page answers with the CTC to ask for.
    pub want: f64,
    /// 80C investments beyond the employee's own PF.
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

impl Job {
    /// What the old regime lets a person claim in this job: its rent, and their own deductions.
    pub fn claims(&self, own: &Own) -> Claims {
        Claims {
            rent_monthly: self.rent_monthly,
            c80: own.c80,
            d80: own.d80,
            d80_parents: own.d80_parents,
            parents_senior: own.parents_senior,
            nps: own.nps,
            home_loan: own.home_loan,
        }
    }
}

impl Own {
    /// The current job, as the page works out its pay: on the default structure (all fixed
    /// pay, basic 50%, full PF), not the offer's, with `job`'s rent; the caller gives it the
    /// offer's city.
    pub fn current_job(&self, job: &Job) -> Option<Job> {
        self.current.map(|lakh| Job {
            offer: Some(lakh),
            join: None,
            structure: Structure::default(),
            ..*job
        })
    }
}

/// Everything a link sets. The default is the page with no query.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Link {
    /// Profile A's filters: the form everyone sees.
    pub selection: Selection,
    /// Profile A's job.
    pub job: Job,
    pub own: Own,
    /// Profile B, when the link opens compare mode.
    pub compare: Option<Selection>,
    /// Profile B's job: its offer, structure, joining bonus and rent (in compare mode only).
    pub b_job: Job,
}
