//! Everything a link sets, as data: the profiles' selections, the job of each (its offer and
//! salary structure, a joining bonus, the rent in its city), and what the person has whatever
//! the job (the current CTC, the old regime's deductions).

use super::notation;
use super::selection::Selection;
use crate::data::USD_DEFAULT;
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
    /// The share of the variable pay's target paid each year, in percent.
    pub payout: f64,
    /// A second-year bonus, paid at the first anniversary, in lakh.
    pub join2: Option<f64>,
    /// The months within which a bonus is repaid on leaving.
    pub clawback: f64,
    /// An RSU grant's value at grant, in lakh, or in US dollars as `amount::held` says.
    pub rsu: Option<f64>,
    /// The grant's vesting schedule, as `notation::VEST` codes it (0: 25-25-25-25).
    pub vest: f64,
}

impl Job {
    /// A job with every term at its default, as a constant: the table's defaults are read
    /// from it (`Slot::default`).
    pub const DEFAULT: Job = Job {
        offer: None,
        join: None,
        structure: Structure::DEFAULT,
        rent_monthly: 0.0,
        payout: 100.0,
        join2: None,
        clawback: 12.0,
        rsu: None,
        vest: 0.0,
    };
}

impl Default for Job {
    fn default() -> Self {
        Job::DEFAULT
    }
}

/// What the person has whatever the job: the current CTC and the old regime's deductions,
/// rupees a year.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Own {
    /// The current CTC, in lakh.
    pub current: Option<f64>,
    /// How the current CTC is made up: its basic pay, PF and variable pay (the rest at their
    /// defaults).
    pub now: Structure,
    /// The current job's city, as `notation::CITY` codes it (0: profile A's city).
    pub now_city: f64,
    /// Rent paid a month where the current job is, in rupees; `SAME_RENT`: the link's rent.
    pub now_rent: f64,
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
    /// The month a new job starts, as `notation::MONTH` codes it (0: next month).
    pub start: f64,
    /// The raise at each anniversary, in percent.
    pub raise: f64,
    /// How much the share price moves a year, in percent.
    pub growth: f64,
    /// Rupees a US dollar, for a grant in dollars.
    pub usd: f64,
    /// A notice-period buyout paid on joining, in lakh.
    pub buyout: Option<f64>,
    /// Stock or bonus left behind at the current job, in lakh.
    pub forfeit: Option<f64>,
}

impl Own {
    /// Nothing of the person's own, as a constant.
    pub const DEFAULT: Own = Own {
        current: None,
        now: Structure::DEFAULT,
        now_city: 0.0,
        now_rent: SAME_RENT,
        want: 0.0,
        c80: 0.0,
        d80: 0.0,
        d80_parents: 0.0,
        parents_senior: false,
        nps: 0.0,
        home_loan: 0.0,
        start: 0.0,
        raise: 0.0,
        growth: 0.0,
        usd: USD_DEFAULT,
        buyout: None,
        forfeit: None,
    };
}

impl Default for Own {
    fn default() -> Self {
        Own::DEFAULT
    }
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

/// The current job's rent when the link does not set it: the same as the offer's (`Job`'s).
pub const SAME_RENT: f64 = -1.0;

impl Own {
    /// The current job, as the page works out its pay: on its own structure (by default all
    /// fixed pay, basic 50%, full PF), not the offer's, with its own rent (by default `job`'s).
    /// Its city is `current_selection`'s.
    pub fn current_job(&self, job: &Job) -> Option<Job> {
        self.current.map(|lakh| Job {
            offer: Some(lakh),
            structure: self.now,
            rent_monthly: if self.now_rent == SAME_RENT { job.rent_monthly } else { self.now_rent },
            ..Job::default()
        })
    }

    /// Profile A's selection with the current job's city, which is A's unless the link sets
    /// `now.city`.
    pub fn current_selection(&self, a: &Selection) -> Selection {
        match notation::city_of(self.now_city) {
            Some(city) => Selection { city: Some(city), ..*a },
            None => *a,
        }
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
