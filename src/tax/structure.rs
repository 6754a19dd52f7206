//! How a CTC is made up: variable pay apart, basic pay as a share of the fixed part, the house
//! rent allowance, the provident fund in one of four ways, the employer's NPS, gratuity, and the
//! wages the labour law counts. The shares are the person's inputs (defaults below); the PF
//! rate, its wage ceiling, the gratuity rate and the definition of wages are law, in the rules.

use crate::data::SalaryRules;
use std::ops::RangeInclusive;

/// How the employer pays PF.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PfMode {
    /// 12% of all of basic pay, from each side.
    Full,
    /// 12% of basic up to the monthly wage ceiling in force.
    Capped,
    /// 12% of the wages the Code on Social Security defines (`Split::wages`).
    Wages,
    /// No PF.
    None,
}

impl PfMode {
    /// In the order of the enum, so that `mode as usize` indexes them.
    pub const ALL: [PfMode; 4] = [PfMode::Full, PfMode::Capped, PfMode::Wages, PfMode::None];
    /// How a link writes each: `pf=full`, `pf=capped`, `pf=wages`, `pf=none`.
    pub const SLUGS: [&'static str; 4] = ["full", "capped", "wages", "none"];

    pub fn slug(self) -> &'static str {
        Self::SLUGS[self as usize]
    }
}

/// What the gratuity set aside in the CTC is worked on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GratuityBase {
    /// Basic pay, as offer letters still write it.
    Basic,
    /// The wages the Code defines, on which the law owes it.
    Wages,
}

impl GratuityBase {
    /// In the order of the enum, so that `base as usize` indexes them.
    pub const ALL: [GratuityBase; 2] = [GratuityBase::Basic, GratuityBase::Wages];
    /// How a link writes each: `grat=basic`, `grat=wages`.
    pub const SLUGS: [&'static str; 2] = ["basic", "wages"];

    pub fn slug(self) -> &'static str {
        Self::SLUGS[self as usize]
    }
}

/// The person's salary structure. The defaults are the structure the page assumed before
/// these were inputs: half of the CTC basic, HRA half of basic, PF on all of basic, gratuity on
/// basic, no employer NPS, no variable pay.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Structure {
    /// Basic pay as a percentage of the fixed CTC.
    pub basic_percent: f64,
    pub pf: PfMode,
    /// Variable pay as a percentage of the CTC, paid once a year and assumed at target.
    pub variable_percent: f64,
    /// House rent allowance as a percentage of basic pay.
    pub hra_percent: f64,
    /// The employer's contribution to the employee's NPS account, as a percentage of basic pay.
    pub employer_nps_percent: f64,
    pub gratuity: GratuityBase,
}

pub const DEFAULT_BASIC_PERCENT: f64 = 50.0;
pub const BASIC_PERCENT: RangeInclusive<f64> = 30.0..=70.0;
pub const VARIABLE_PERCENT: RangeInclusive<f64> = 0.0..=50.0;
pub const DEFAULT_HRA_PERCENT: f64 = 50.0;
pub const HRA_PERCENT: RangeInclusive<f64> = 0.0..=50.0;
/// The new regime deducts the employer's NPS up to 14% of salary: no employer gives more.
pub const EMPLOYER_NPS_PERCENT: RangeInclusive<f64> = 0.0..=14.0;

impl Structure {
    /// The default structure, as a constant.
    pub const DEFAULT: Structure = Structure {
        basic_percent: DEFAULT_BASIC_PERCENT,
        pf: PfMode::Full,
        variable_percent: 0.0,
        hra_percent: DEFAULT_HRA_PERCENT,
        employer_nps_percent: 0.0,
        gratuity: GratuityBase::Basic,
    };
}

impl Default for Structure {
    fn default() -> Self {
        Structure::DEFAULT
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
    /// The house rent allowance in the structure.
    pub hra: f64,
    /// The wage PF is paid on: all of basic, basic up to the ceiling, the wages, or nothing.
    pub pf_wage: f64,
    pub employer_pf: f64,
    /// The employer's contribution to NPS: part of the CTC, never paid out monthly.
    pub employer_nps: f64,
    /// The gratuity set aside in the CTC.
    pub gratuity: f64,
    /// Fixed CTC − employer's PF − employer's NPS − gratuity: what the monthly payslips add up to.
    pub gross: f64,
    pub employee_pf: f64,
    /// The wages the labour law counts: the fixed CTC less its exclusions (HRA, the employer's
    /// PF and NPS, gratuity), and no less than the share of it that the exclusions may not pass.
    pub wages: f64,
    /// A year's gratuity the law would owe on those wages.
    pub gratuity_on_wages: f64,
    /// The employer's PF and NPS above the yearly limit on its contributions: taxed as salary
    /// though never paid out.
    pub perquisite: f64,
}

/// Takes `ctc` (rupees a year) apart by `structure` under the year's `rules`.
///
/// Wages (W) and the parts worked on them are found together. With the fixed CTC F, basic B,
/// HRA H, NPS N, and PF and gratuity (G) each either fixed or a share of W: the law's
/// exclusions are H, PF and N (gratuity is excluded too, and is not remuneration to test them
/// against), so W is F − G − H − N − PF (basic with the special allowance), but not less than
/// the share of all remuneration, F − G, that the exclusions may not take. Both terms fall as W
/// rises, so W is the largest of basic and the W at which each term equals W.
pub fn split(rules: &SalaryRules, ctc: f64, structure: &Structure) -> Split {
    let variable = ctc * structure.variable_percent / 100.0;
    let fixed = ctc - variable;
    let basic = fixed * structure.basic_percent / 100.0;
    let hra = basic * structure.hra_percent / 100.0;
    let employer_nps = basic * structure.employer_nps_percent / 100.0;
    let pf_wage_of = |wages: f64| match structure.pf {
        PfMode::Full => basic,
        PfMode::Capped => basic.min(rules.pf_wage_ceiling_monthly * 12.0),
        PfMode::Wages => wages,
        PfMode::None => 0.0,
    };
    let gratuity_of = |wages: f64| match structure.gratuity {
        GratuityBase::Basic => basic * rules.gratuity_share,
        GratuityBase::Wages => wages * rules.gratuity_share,
    };
    // PF and gratuity are `fixed part + share × W`.
    let (pf0, pf_w) =
        (pf_wage_of(0.0) * rules.pf_share, f64::from(structure.pf == PfMode::Wages) * rules.pf_share);
    let (grat0, grat_w) =
        (gratuity_of(0.0), f64::from(structure.gratuity == GratuityBase::Wages) * rules.gratuity_share);
    let kept = 1.0 - rules.wages_exclusions_share;
    let less_exclusions = (fixed - hra - employer_nps - pf0 - grat0) / (1.0 + pf_w + grat_w);
    let floor = (fixed - grat0) * kept / (1.0 + grat_w * kept);
    let wages = less_exclusions.max(floor).max(basic);
    let pf_wage = pf_wage_of(wages);
    let employer_pf = pf_wage * rules.pf_share;
    let gratuity = gratuity_of(wages);
    Split {
        ctc,
        variable,
        fixed,
        basic,
        hra,
        pf_wage,
        employer_pf,
        employer_nps,
        gratuity,
        gross: fixed - employer_pf - employer_nps - gratuity,
        employee_pf: employer_pf,
        wages,
        gratuity_on_wages: wages * rules.gratuity_share,
        perquisite: (employer_pf + employer_nps - rules.employer_contribution_limit).max(0.0),
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
    fn the_wages_under_the_code_are_basic_and_the_special_allowance() {
        let rules = &year_2026_27().salary;
        // ₹20 L, the default structure: basic ₹10 L, HRA ₹5 L, PF ₹1,20,000, gratuity ₹48,100;
        // the special allowance is the rest of gross, 18,31,900 − 10,00,000 − 5,00,000 =
        // ₹3,31,900, so the wages are ₹13,31,900 (the exclusions, ₹6,20,000, are under half of
        // the ₹19,51,900 of remuneration). Gratuity on them: 4.81% is ₹64,064.39, ₹15,964.39
        // more than the ₹48,100 set aside on basic.
        let s = split(rules, 2_000_000.0, &Structure::default());
        assert!(close(s.hra, 500_000.0));
        assert!(close(s.wages, 1_331_900.0), "{}", s.wages);
        assert!(close(s.gratuity_on_wages, 64_064.39), "{}", s.gratuity_on_wages);
        // PF on the wages: W = F − H − gratuity − 12% of W, so W = 14,51,900 ÷ 1.12 =
        // ₹12,96,339.29 and the PF ₹1,55,560.71 from each side.
        let pf = split(rules, 2_000_000.0, &Structure { pf: PfMode::Wages, ..Structure::default() });
        assert!(close(pf.wages, 1_451_900.0 / 1.12), "{}", pf.wages);
        assert!(close(pf.employer_pf, 0.12 * 1_451_900.0 / 1.12) && pf.employee_pf == pf.employer_pf);
        assert!(close(pf.gross, 2_000_000.0 - pf.employer_pf - 48_100.0));
        // Gratuity on the wages: W = 20,00,000 − 5,00,000 − 1,20,000 − 4.81% of W = 13,80,000 ÷
        // 1.0481 = ₹13,16,668.26; both on the wages: 15,00,000 ÷ 1.1681.
        let grat =
            split(rules, 2_000_000.0, &Structure { gratuity: GratuityBase::Wages, ..Structure::default() });
        assert!(close(grat.wages, 1_380_000.0 / 1.0481) && close(grat.gratuity, 0.0481 * grat.wages));
        assert!(close(grat.gratuity, grat.gratuity_on_wages));
        let both = split(
            rules,
            2_000_000.0,
            &Structure { pf: PfMode::Wages, gratuity: GratuityBase::Wages, ..Structure::default() },
        );
        assert!(close(both.wages, 1_500_000.0 / 1.1681), "{}", both.wages);
        // The employer's NPS is excluded like the PF, and is part of the CTC, not of gross.
        let nps =
            split(rules, 2_000_000.0, &Structure { employer_nps_percent: 14.0, ..Structure::default() });
        assert!(close(nps.employer_nps, 140_000.0) && close(nps.wages, 1_331_900.0 - 140_000.0));
        assert!(close(nps.gross, 2_000_000.0 - 120_000.0 - 140_000.0 - 48_100.0));
        // Where the exclusions pass half of the remuneration (an HRA of twice basic, beyond what
        // the form takes), the wages are that half: (20,00,000 − 28,860) ÷ 2 = ₹9,85,570, and with
        // gratuity on them, 10,00,000 ÷ (1 + 4.81% ÷ 2).
        let heavy = Structure { basic_percent: 30.0, hra_percent: 200.0, ..Structure::default() };
        assert!(close(split(rules, 2_000_000.0, &heavy).wages, 985_570.0));
        let heavy_grat = Structure { gratuity: GratuityBase::Wages, ..heavy };
        assert!(close(split(rules, 2_000_000.0, &heavy_grat).wages, 1_000_000.0 / 1.02405));
        // Never below basic: basic 70% is ₹14 L, more than the rest comes to.
        let high = Structure { basic_percent: 70.0, ..Structure::default() };
        assert!(close(split(rules, 2_000_000.0, &high).wages, 1_400_000.0));
    }

    #[test]
    fn each_mode_s_slug_is_its_own() {
        for (i, mode) in PfMode::ALL.into_iter().enumerate() {
            assert_eq!((mode as usize, mode.slug()), (i, PfMode::SLUGS[i]));
        }
        for (i, base) in GratuityBase::ALL.into_iter().enumerate() {
            assert_eq!((base as usize, base.slug()), (i, GratuityBase::SLUGS[i]));
        }
    }
}
