//! How a CTC is made up: variable pay apart, basic pay as a share of the fixed part, the
//! provident fund in one of three ways, and gratuity. The shares are the person's inputs
//! (defaults below); the PF rate, its wage ceiling and the gratuity rate are law, in the rules.

use crate::data::SalaryRules;
use std::ops::RangeInclusive;

/// How the employer pays PF.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PfMode {
    /// 12% of all of basic pay, from each side.
    Full,
    /// 12% of basic up to the ₹15,000 monthly wage ceiling: ₹1,800 a month each.
    Capped,
    /// No PF.
    None,
}

impl PfMode {
    pub const ALL: [PfMode; 3] = [PfMode::Full, PfMode::Capped, PfMode::None];

    /// How a link writes it: `pf=full`, `pf=capped`, `pf=none`.
    pub fn slug(self) -> &'static str {
        match self {
            PfMode::Full => "full",
            PfMode::Capped => "capped",
            PfMode::None => "none",
        }
    }

    pub fn from_slug(slug: &str) -> Option<PfMode> {
        PfMode::ALL.into_iter().find(|m| m.slug() == slug)
    }
}

/// The person's salary structure. The defaults are the structure the page assumed before
/// these were inputs: half of the CTC basic, PF on all of basic, no variable pay.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Structure {
    /// Basic pay as a percentage of the fixed CTC.
    pub basic_percent: f64,
    pub pf: PfMode,
    /// Variable pay as a percentage of the CTC, paid once a year and assumed at target.
    pub variable_percent: f64,
}

pub const DEFAULT_BASIC_PERCENT: f64 = 50.0;
pub const BASIC_PERCENT: RangeInclusive<f64> = 30.0..=70.0;
pub const VARIABLE_PERCENT: RangeInclusive<f64> = 0.0..=50.0;

impl Default for Structure {
    fn default() -> Self {
        Structure { basic_percent: DEFAULT_BASIC_PERCENT, pf: PfMode::Full, variable_percent: 0.0 }
    }
}

/// A CTC taken apart, rupees a year.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Split {
    pub ctc: f64,
    pub variable: f64,
    /// CTC − variable pay.
    pub fixed: f64,
    pub basic: f64,
    /// The wage PF is paid on: all of basic, basic up to the ceiling, or nothing.
    pub pf_wage: f64,
    pub employer_pf: f64,
    pub gratuity: f64,
    /// Fixed CTC − employer's PF − gratuity: what the monthly payslips add up to.
    pub gross: f64,
    pub employee_pf: f64,
    /// The employer's PF above the yearly limit on its contributions: taxed as salary though
    /// never paid out (the structure has no employer NPS or superannuation).
    pub perquisite: f64,
}

/// Takes `ctc` (rupees a year) apart by `structure` under the year's `rules`.
pub fn split(rules: &SalaryRules, ctc: f64, structure: &Structure) -> Split {
    let variable = ctc * structure.variable_percent / 100.0;
    let fixed = ctc - variable;
    let basic = fixed * structure.basic_percent / 100.0;
    let pf_wage = match structure.pf {
        PfMode::Full => basic,
        PfMode::Capped => basic.min(rules.pf_wage_ceiling_monthly * 12.0),
        PfMode::None => 0.0,
    };
    let employer_pf = pf_wage * rules.pf_share_of_basic;
    let gratuity = basic * rules.gratuity_share_of_basic;
    Split {
        ctc,
        variable,
        fixed,
        basic,
        pf_wage,
        employer_pf,
        gratuity,
        gross: fixed - employer_pf - gratuity,
        employee_pf: employer_pf,
        perquisite: (employer_pf - rules.employer_contribution_limit).max(0.0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tax::test_rules::{close, year_2026_27};

    #[test]
    fn each_pf_mode_worked_by_hand() {
        let rules = &year_2026_27().salary;
        // ₹20 L, basic 50%: basic ₹10,00,000; gratuity 4.81% of it is ₹48,100.
        let full = split(rules, 2_000_000.0, &Structure::default());
        assert!(close(full.basic, 1_000_000.0));
        assert!(close(full.employer_pf, 120_000.0) && close(full.employee_pf, 120_000.0));
        assert!(close(full.gratuity, 48_100.0));
        assert!(close(full.gross, 1_831_900.0), "gross {}", full.gross);
        // Capped: 12% of ₹15,000 a month is ₹1,800 a month, ₹21,600 a year, from each side.
        let capped = split(rules, 2_000_000.0, &Structure { pf: PfMode::Capped, ..Structure::default() });
        assert!(close(capped.pf_wage, 180_000.0));
        assert!(close(capped.employer_pf, 21_600.0) && close(capped.employee_pf, 21_600.0));
        assert!(close(capped.gross, 2_000_000.0 - 21_600.0 - 48_100.0));
        // Below the ceiling the cap changes nothing: basic ₹1,20,000 a year is under ₹1,80,000.
        let small = split(rules, 240_000.0, &Structure { pf: PfMode::Capped, ..Structure::default() });
        assert!(close(small.employer_pf, 14_400.0));
        let none = split(rules, 2_000_000.0, &Structure { pf: PfMode::None, ..Structure::default() });
        assert_eq!((none.employer_pf, none.employee_pf), (0.0, 0.0));
        assert!(close(none.gross, 1_951_900.0));
        assert_eq!(full.perquisite, 0.0);
    }

    #[test]
    fn the_employers_pf_above_the_limit_is_a_perquisite() {
        let rules = &year_2026_27().salary;
        let basic_70 = Structure { basic_percent: 70.0, ..Structure::default() };
        // ₹1.5 Cr, basic 70%: basic ₹1,05,00,000; the employer's 12% is ₹12,60,000, of which
        // ₹5,10,000 is above ₹7,50,000.
        let s = split(rules, 15_000_000.0, &basic_70);
        assert!(close(s.employer_pf, 1_260_000.0));
        assert!(close(s.perquisite, 510_000.0), "perquisite {}", s.perquisite);
        // It starts where 12% of 70% of the CTC passes ₹7,50,000: about ₹89.3 L.
        assert_eq!(split(rules, 8_900_000.0, &basic_70).perquisite, 0.0);
        assert!(split(rules, 9_000_000.0, &basic_70).perquisite > 0.0);
        // Capped PF never reaches it.
        let capped = Structure { pf: PfMode::Capped, ..basic_70 };
        assert_eq!(split(rules, 15_000_000.0, &capped).perquisite, 0.0);
    }

    #[test]
    fn variable_pay_comes_out_of_the_ctc_before_basic_is_worked_out() {
        let rules = &year_2026_27().salary;
        let s = split(
            rules,
            1_500_000.0,
            &Structure { basic_percent: 40.0, variable_percent: 10.0, ..Structure::default() },
        );
        assert!(close(s.variable, 150_000.0));
        assert!(close(s.fixed, 1_350_000.0));
        assert!(close(s.basic, 540_000.0));
        assert!(close(s.employer_pf, 64_800.0));
        assert!(close(s.gratuity, 25_974.0));
        assert!(close(s.gross, 1_350_000.0 - 64_800.0 - 25_974.0));
    }

    #[test]
    fn pf_modes_read_and_write_their_slugs() {
        for mode in PfMode::ALL {
            assert_eq!(PfMode::from_slug(mode.slug()), Some(mode));
        }
        assert_eq!(PfMode::from_slug("Full"), None);
    }
}
