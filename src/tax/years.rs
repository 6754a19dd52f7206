//! Four years of one choice (staying, or an offer) after tax: what it pays in each month, from
//! the April of the tax year of joining to the March after the last vest, and what each tax
//! year's law takes of it, under the better regime for that year. Rupees, unrounded; the words
//! are `display`'s.
//!
//! - Month 1 is the month of joining; anniversaries fall in months 13, 25, 37 and 49.
//! - Before month 1, every choice is paid the current job's monthly pay (or nothing).
//! - Fixed pay is the month's share of the CTC as `split` takes it apart, under the rules in
//!   force on each day of the month: a change dated inside a month counts from its day.
//! - Variable pay, bonuses, a forfeit and vests are paid in their months; a buyout is paid by
//!   the person in month 1, from cash, and is not taken off taxable salary.
//! - Each tax year is taxed once, on the year's sums, under the rules as they stand on its
//!   last day; a year without a rules file takes the nearest file's, and says so.

use super::claims::Claims;
use super::hra::hra_exemption;
use super::old_regime::claimed;
use super::pay::{employer_nps_deduction, professional_tax};
use super::rates::tax_due;
use super::structure::{split, Structure};
use super::year::{year_in_force, Coverage};
use crate::data::{days_in_month, Date, Regime, TaxRules};

/// The fourth anniversary: the last variable pay and vest. Salary goes on to the end of its tax
/// year, so the rows are whole tax years.
pub const LAST_MONTH: i32 = 49;
/// How many tax years that makes, whatever the month of joining: month 49 falls in the same
/// calendar month four years on, so in the fourth tax year after the one of joining.
pub const TAX_YEARS: usize = 5;

/// A calendar month: the unit every payment falls in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Month {
    pub year: u16,
    /// 1 to 12.
    pub month: u8,
}

impl Month {
    /// The month, if `month` is 1 to 12.
    pub const fn new(year: u16, month: u8) -> Option<Month> {
        if month == 0 || month > 12 {
            return None;
        }
        Some(Month { year, month })
    }

    /// `count` months later (earlier below zero).
    pub fn plus(self, count: i32) -> Month {
        let index = self.index() + count;
        Month { year: index.div_euclid(12) as u16, month: (index.rem_euclid(12) + 1) as u8 }
    }

    /// Months from `self` to `later` (below zero when `later` is earlier).
    pub fn until(self, later: Month) -> i32 {
        later.index() - self.index()
    }

    /// The calendar year its tax year starts in: April 2027 and March 2028 are both in 2027-28.
    pub fn tax_year(self) -> u16 {
        if self.month >= 4 {
            self.year
        } else {
            self.year - 1
        }
    }

    /// The month's first day.
    pub fn first_day(self) -> Date {
        Date { year: self.year, month: self.month, day: 1 }
    }

    fn index(self) -> i32 {
        i32::from(self.year) * 12 + i32::from(self.month) - 1
    }
}

/// A job as its pay is made up: the CTC, its structure, its city (a slug, or none) and the rent
/// the person pays a month while in it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Job<'a> {
    pub ctc: f64,
    pub structure: Structure,
    pub city: Option<&'a str>,
    pub rent_monthly: f64,
}

/// What a choice pays besides the monthly pay, and what it costs to take.
#[derive(Debug, Clone, PartialEq)]
pub struct Terms {
    /// The share of the variable pay's target paid at each anniversary, in percent.
    pub payout_percent: f64,
    /// Paid with the first month's pay.
    pub joining_bonus: f64,
    /// Paid at the first anniversary.
    pub second_year_bonus: f64,
    /// Months after its payment within which a bonus is repaid in full on leaving.
    pub clawback_months: i32,
    /// The RSU grant's value at grant, in rupees.
    pub grant: f64,
    /// The share of the grant vesting in each year, in percent, summing to 100.
    pub vest: Vec<f64>,
    /// A notice-period buyout the person pays in month 1.
    pub buyout: f64,
    /// Stock or bonus that staying keeps: paid as salary at the first anniversary.
    pub forfeit: f64,
}

impl Default for Terms {
    fn default() -> Self {
        Terms {
            payout_percent: 100.0,
            joining_bonus: 0.0,
            second_year_bonus: 0.0,
            clawback_months: 12,
            grant: 0.0,
            vest: Vec::new(),
            buyout: 0.0,
            forfeit: 0.0,
        }
    }
}

/// What every choice shares: when the new job starts, the job before it, how pay and the share
/// price move, and the old regime's claims (the rent aside: each job has its own).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Plan<'a> {
    pub start: Month,
    /// The job paid before `start`; `None`: nothing is paid before it.
    pub before: Option<Job<'a>>,
    /// Percent by which the fixed CTC rises at each anniversary.
    pub raise_percent: f64,
    /// Percent a year by which the share price moves.
    pub growth_percent: f64,
    pub claims: Claims,
}

/// The regime a year is taxed under.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RegimeName {
    New,
    Old,
}

/// One tax year of one choice.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct YearRow {
    /// The calendar year the tax year starts in: 2026 for 2026-27.
    pub tax_year: u16,
    /// The rules the year is taxed under: its own file's, or the nearest (`assumed`).
    pub rules: &'static TaxRules,
    pub assumed: bool,
    /// Everything paid in cash before deductions: salary, variable pay, bonuses, a forfeit.
    pub paid: f64,
    /// The stock that vested, at its value on vesting.
    pub vested: f64,
    pub employee_pf: f64,
    pub professional_tax: f64,
    pub buyout: f64,
    pub regime: RegimeName,
    /// The year's income tax, cess and surcharge with it.
    pub tax: f64,
    /// What the vests add to that tax.
    pub stock_tax: f64,
}

impl YearRow {
    /// Kept in cash: paid, less the employee's PF, professional tax, a buyout and the tax on
    /// everything but the stock.
    pub fn cash(&self) -> f64 {
        self.paid - self.employee_pf - self.professional_tax - self.buyout - (self.tax - self.stock_tax)
    }

    /// The stock kept after the tax it adds.
    pub fn stock(&self) -> f64 {
        self.vested - self.stock_tax
    }

    pub fn total(&self) -> f64 {
        self.cash() + self.stock()
    }
}

/// A choice's four years: its tax years, and what it leaves each month.
#[derive(Debug, Clone, PartialEq)]
pub struct Years {
    pub rows: Vec<YearRow>,
    /// Each month from the first row's April: what it leaves after its share of the year's tax.
    /// Months before joining bear the tax on their own pay, alike for every choice; the rest of
    /// a year's tax falls on its other months by what each pays, the stock's on the vests.
    pub monthly: Vec<(Month, f64)>,
}

impl Years {
    pub fn total(&self) -> f64 {
        self.rows.iter().map(YearRow::total).sum()
    }
}

/// When each year's share of a grant vests, as (month, percent of the grant): the first year's
/// at the first anniversary, each later year's in four equal parts every three months.
pub fn vests(vest: &[f64]) -> Vec<(i32, f64)> {
    let mut out = Vec::new();
    for (year, &share) in vest.iter().enumerate() {
        let anniversary = 12 * year as i32 + 13;
        if year == 0 {
            out.push((anniversary, share));
        } else {
            out.extend((1..=4).map(|part| (anniversary - 12 + 3 * part, share / 4.0)));
        }
    }
    out
}

/// What leaving in month `month` (from 1) would have the person repay: each bonus in full
/// within `clawback_months` of the month it was paid.
pub fn owed_on_leaving(terms: &Terms, month: i32) -> f64 {
    let owed = |paid_in: i32, amount: f64| {
        if paid_in <= month && month < paid_in + terms.clawback_months {
            amount
        } else {
            0.0
        }
    };
    owed(1, terms.joining_bonus) + owed(13, terms.second_year_bonus)
}

/// A year's sums, as the tax needs them.
#[derive(Debug, Clone, Copy, Default)]
struct Sums {
    gross: f64,
    employee_pf: f64,
    employer_pf: f64,
    employer_nps: f64,
    /// What each regime deducts of the employer's NPS.
    nps_new: f64,
    nps_old: f64,
    hra_exempt: f64,
    professional_tax: f64,
    /// Variable pay, bonuses and a forfeit.
    lumps: f64,
    vested: f64,
    buyout: f64,
}

/// The rules in force over a month, each with the share of its days.
fn rules_over(month: Month, years: &'static [TaxRules]) -> Vec<(f64, &'static TaxRules)> {
    let first = year_in_force(month.first_day(), years);
    let mut cuts = vec![(1u8, first.rules)];
    if first.coverage == Coverage::InForce {
        for change in first.year.changes.iter() {
            if (change.from.year, change.from.month) == (month.year, month.month) && change.from.day > 1 {
                cuts.push((change.from.day, year_in_force(change.from, years).rules));
            }
        }
    }
    let days = f64::from(days_in_month(month.year, month.month));
    let ends: Vec<f64> = cuts.iter().skip(1).map(|c| f64::from(c.0)).chain([days + 1.0]).collect();
    cuts.iter().zip(ends).map(|(&(day, rules), end)| ((end - f64::from(day)) / days, rules)).collect()
}

/// The job's CTC after `raises` anniversaries: the fixed part raised, the variable target kept.
fn raised<'a>(job: &Job<'a>, raise_percent: f64, raises: i32) -> Job<'a> {
    let variable = job.ctc * job.structure.variable_percent / 100.0;
    let fixed = (job.ctc - variable) * (1.0 + raise_percent / 100.0).powi(raises);
    let ctc = fixed + variable;
    let variable_percent = if ctc > 0.0 { variable / ctc * 100.0 } else { 0.0 };
    Job { ctc, structure: Structure { variable_percent, ..job.structure }, ..*job }
}

/// Adds a month of `job`'s fixed pay to `sums`.
fn add_month(sums: &mut Sums, job: &Job, claims: &Claims, month: Month, years: &'static [TaxRules]) {
    let city = job.city;
    let claims = Claims { rent_monthly: job.rent_monthly, ..*claims };
    for (weight, rules) in rules_over(month, years) {
        let s = split(&rules.salary, job.ctc, &job.structure);
        let share = weight / 12.0;
        sums.gross += s.gross * share;
        sums.employee_pf += s.employee_pf * share;
        sums.employer_pf += s.employer_pf * share;
        sums.employer_nps += s.employer_nps * share;
        sums.nps_new += employer_nps_deduction(&rules.new_regime, &s) * share;
        sums.nps_old += employer_nps_deduction(&rules.old_regime, &s) * share;
        sums.hra_exempt += hra_exemption(rules, &s, &claims, city).exempt * share;
        sums.professional_tax += professional_tax(rules, city, s.gross / 12.0).0 * share;
    }
}

/// The tax on a year's sums under `regime` (`old`: with the old regime's deductions).
fn tax_under(rules: &TaxRules, regime: &Regime, old: bool, sums: &Sums, claims: &Claims, vested: f64) -> f64 {
    let perquisite =
        (sums.employer_pf + sums.employer_nps - rules.salary.employer_contribution_limit).max(0.0);
    let salary = sums.gross + sums.lumps + vested + sums.employer_nps + perquisite;
    let mut income = salary - regime.standard_deduction.min(salary);
    if old {
        income -= sums.nps_old + sums.professional_tax + sums.hra_exempt;
        income -= claimed(rules, claims, sums.employee_pf).total();
    } else {
        income -= sums.nps_new;
    }
    tax_due(rules, regime, income).total()
}

/// The year's tax under the regime that takes less (the new one on a tie), with `vested` as salary.
fn better_tax(rules: &TaxRules, sums: &Sums, claims: &Claims, vested: f64) -> (RegimeName, f64) {
    let new = tax_under(rules, &rules.new_regime, false, sums, claims, vested);
    let old = tax_under(rules, &rules.old_regime, true, sums, claims, vested);
    if old < new {
        (RegimeName::Old, old)
    } else {
        (RegimeName::New, new)
    }
}

/// Four years of a choice, `job` on `terms`, under `plan`, each tax year under `years`' rules.
pub fn four_years(plan: &Plan, job: &Job, terms: &Terms, years: &'static [TaxRules]) -> Years {
    let first = Month { year: plan.start.tax_year(), month: 4 };
    let last = Month { year: plan.start.plus(LAST_MONTH - 1).tax_year() + 1, month: 3 };
    let grant_vests = vests(&terms.vest);
    // Vests fall every three months from month 13, so a vest in month m is valued at the
    // quarter's growth to the power (m − 1) / 3: square roots, not a general power, which
    // would bring libm's pow into the module.
    let quarter = (1.0 + plan.growth_percent / 100.0).sqrt().sqrt();
    let mut rows = Vec::new();
    let mut monthly = Vec::new();
    let mut month = first;
    while month <= last {
        let mut sums = Sums::default();
        // What each month pays before tax, and what of it vested, to share the year's tax out.
        let mut months = Vec::with_capacity(12);
        // The sums of the months before joining in this year, which every choice shares.
        let mut shared = Sums::default();
        for _ in 0..12 {
            let before = sums;
            let index = plan.start.until(month) + 1;
            if index == 1 {
                shared = sums;
            }
            if index < 1 {
                if let Some(current) = &plan.before {
                    add_month(&mut sums, current, &plan.claims, month, years);
                }
            } else {
                let paid = raised(job, plan.raise_percent, (index - 1) / 12);
                add_month(&mut sums, &paid, &plan.claims, month, years);
                let anniversary = index > 1 && (index - 1) % 12 == 0 && index <= LAST_MONTH;
                if anniversary {
                    sums.lumps +=
                        job.ctc * job.structure.variable_percent / 100.0 * terms.payout_percent / 100.0;
                }
                if index == 1 {
                    sums.lumps += terms.joining_bonus;
                    sums.buyout += terms.buyout;
                }
                if index == 13 {
                    sums.lumps += terms.second_year_bonus + terms.forfeit;
                }
                for &(at, percent) in grant_vests.iter().filter(|v| v.0 == index) {
                    sums.vested += terms.grant * percent / 100.0 * quarter.powi((at - 1) / 3);
                }
            }
            let pays = sums.gross - before.gross + sums.lumps - before.lumps;
            let kept_before_tax = pays
                - (sums.employee_pf - before.employee_pf)
                - (sums.professional_tax - before.professional_tax)
                - (sums.buyout - before.buyout);
            months.push((month, pays, kept_before_tax, sums.vested - before.vested));
            month = month.plus(1);
        }
        let year_end = Date { year: month.year, month: 3, day: 31 };
        let in_force = year_in_force(year_end, years);
        let rules = in_force.rules;
        let (regime, tax) = better_tax(rules, &sums, &plan.claims, sums.vested);
        let (_, without_stock) = better_tax(rules, &sums, &plan.claims, 0.0);
        let row = YearRow {
            tax_year: first.year + rows.len() as u16,
            rules: in_force.year,
            assumed: in_force.coverage != Coverage::InForce,
            paid: sums.gross + sums.lumps,
            vested: sums.vested,
            employee_pf: sums.employee_pf,
            professional_tax: sums.professional_tax,
            buyout: sums.buyout,
            regime,
            tax,
            stock_tax: tax - without_stock,
        };
        // The months before joining bear the tax their own pay would bear, the same for every
        // choice; the rest of the year's tax falls on the months after, by what each pays.
        let shared_paid = shared.gross + shared.lumps;
        let shared_tax =
            if shared_paid > 0.0 { better_tax(rules, &shared, &plan.claims, 0.0).1 } else { 0.0 };
        let share = |part: f64, whole: f64| if whole > 0.0 { part / whole } else { 0.0 };
        for (m, pays, kept, vested) in months {
            let cash_tax = if plan.start.until(m) < 0 {
                shared_tax * share(pays, shared_paid)
            } else {
                (row.tax - row.stock_tax - shared_tax) * share(pays, row.paid - shared_paid)
            };
            monthly.push((m, kept - cash_tax + vested - row.stock_tax * share(vested, row.vested)));
        }
        rows.push(row);
    }
    Years { rows, monthly }
}

#[cfg(test)]
mod tests {
    //! The expected figures are `years-cases.json`'s: the law worked out again by fourYears in
    //! e2e/law.mjs (day by day for the PF ceiling; the slabs, rebate and surcharge with their
    //! reliefs; each state's professional tax), not by this code. Each test says what its case
    //! exercises, and builds its inputs as that file's case writes them.
    use super::*;
    use crate::data::tax_years;
    use crate::tax::test_rules::on;
    use crate::tax::{compare, PfMode};

    fn month(year: u16, month: u8) -> Month {
        Month::new(year, month).expect("a month")
    }

    fn job(lakh: f64, city: &'static str) -> Job<'static> {
        Job { ctc: lakh * 100_000.0, structure: Structure::default(), city: Some(city), rent_monthly: 0.0 }
    }

    fn plan(start: Month, before: Option<Job<'static>>) -> Plan<'static> {
        Plan { start, before, raise_percent: 0.0, growth_percent: 0.0, claims: Claims::default() }
    }

    fn run(plan: &Plan, job: &Job, terms: &Terms) -> Years {
        four_years(plan, job, terms, tax_years())
    }

    /// Each row's tax and total against case `name` of `years-cases.json` (the law worked out
    /// again by e2e/law.mjs, which e2e/law-cases.test.mjs checks), to the rupee, and the sum;
    /// and the months add up to the rows.
    fn agrees(years: &Years, name: &str) {
        let cases: serde_json::Value = serde_json::from_str(include_str!("years-cases.json")).expect("JSON");
        let rows = cases["cases"][name]["rows"].as_array().unwrap_or_else(|| panic!("no case {name}"));
        let label = |row: &YearRow| format!("{}-{:02}", row.tax_year, (row.tax_year + 1) % 100);
        assert_eq!(years.rows.len(), rows.len(), "{name}");
        let mut sum = 0.0;
        for (row, want) in years.rows.iter().zip(rows) {
            let (year, tax, total) =
                (want[0].as_str().unwrap(), want[1].as_f64().unwrap(), want[2].as_f64().unwrap());
            assert_eq!(label(row), year, "{name}");
            assert!((row.tax - tax).abs() < 0.5, "{name}, {year}: tax {}, not {tax}", row.tax);
            assert!((row.total() - total).abs() < 0.5, "{name}, {year}: total {}, not {total}", row.total());
            sum += total;
        }
        assert!((years.total() - sum).abs() < 0.5, "{name}: sum {}, not {sum}", years.total());
        let by_month: f64 = years.monthly.iter().map(|m| m.1).sum();
        assert!((by_month - years.total()).abs() < 0.01, "{name}: the months add up to {by_month}");
    }

    #[test]
    fn months_count_from_joining_and_tax_years_from_april() {
        assert_eq!(month(2027, 1).plus(12), month(2028, 1));
        assert_eq!(month(2027, 1).plus(-10), month(2026, 3));
        assert_eq!(month(2027, 1).until(month(2027, 4)), 3);
        assert_eq!((month(2027, 3).tax_year(), month(2027, 4).tax_year()), (2026, 2027));
        assert_eq!(Month::new(2027, 13), None);
    }

    #[test]
    fn every_month_of_joining_gives_whole_tax_years_to_the_fourth_after_it() {
        for m in 1..=12 {
            let start = month(2027, m);
            let years = run(&plan(start, None), &job(12.0, "pune"), &Terms::default());
            assert_eq!(years.rows.len(), TAX_YEARS, "joining in month {m}");
            assert_eq!(years.rows[0].tax_year, start.tax_year());
            assert_eq!(years.monthly.len(), 12 * TAX_YEARS);
            assert_eq!(years.monthly[0].0, month(start.tax_year(), 4));
        }
    }

    #[test]
    fn a_grant_vests_at_the_cliff_then_every_three_months() {
        let months: Vec<i32> = vests(&[5.0, 15.0, 40.0, 40.0]).iter().map(|v| v.0).collect();
        assert_eq!(months, [13, 16, 19, 22, 25, 28, 31, 34, 37, 40, 43, 46, 49]);
        let shares: f64 = vests(&[33.0, 33.0, 34.0]).iter().map(|v| v.1).sum();
        assert_eq!(shares, 100.0);
        assert_eq!(vests(&[40.0, 30.0, 20.0, 10.0])[1], (16, 7.5));
    }

    #[test]
    fn a_bonus_is_owed_in_full_within_its_clawback_months() {
        let terms = Terms { joining_bonus: 200_000.0, second_year_bonus: 100_000.0, ..Terms::default() };
        let owed: Vec<f64> = [1, 12, 13, 24, 25].iter().map(|&m| owed_on_leaving(&terms, m)).collect();
        assert_eq!(owed, [200_000.0, 200_000.0, 100_000.0, 100_000.0, 0.0]);
        let six = Terms { clawback_months: 6, ..terms };
        assert_eq!((owed_on_leaving(&six, 6), owed_on_leaving(&six, 7)), (200_000.0, 0.0));
    }

    #[test]
    fn a_january_start_shares_its_first_year_with_the_current_job() {
        // ₹14 L now with PF capped (₹1,800 a month to 16 September 2026, ₹3,000 from the 17th:
        // September pays 16/30 and 14/30 of each), then ₹21.5 L with 15% variable from January
        // 2027; Bengaluru, no claims. Variable pay at months 13, 25, 37, 49.
        let current = Job {
            structure: Structure { pf: PfMode::Capped, ..Structure::default() },
            ..job(14.0, "bengaluru")
        };
        let offer = Job {
            structure: Structure { variable_percent: 15.0, ..Structure::default() },
            ..job(21.5, "bengaluru")
        };
        let plan = plan(month(2027, 1), Some(current));
        let years = run(&plan, &offer, &Terms::default());
        agrees(&years, "january-offer");
        assert!(years.rows.iter().all(|r| r.regime == RegimeName::New));
        assert_eq!(years.rows.iter().filter(|r| r.assumed).count(), 4, "only 2026-27 has a file");
        // Staying: the same job all through; before the ceiling rose, less PF and more tax.
        let stay = run(&plan, &current, &Terms::default());
        agrees(&stay, "january-stay");
    }

    #[test]
    fn an_april_start_with_nothing_else_keeps_twelve_months_of_pay_in_hand() {
        for (lakh, city) in [(20.0, "bengaluru"), (9.0, "pune"), (60.0, "gurugram")] {
            let offer = job(lakh, city);
            let years = run(&plan(month(2027, 4), None), &offer, &Terms::default());
            let today = on("2026-12-04").rules;
            let page = compare(today, offer.ctc, &offer.structure, &Claims::default(), offer.city);
            let first = years.rows[0];
            assert_eq!((first.tax_year, first.assumed, first.rules.year.as_ref()), (2027, true, "2026-27"));
            assert!(
                (first.total() - 12.0 * page.chosen(today).0.per_month).abs() < 0.01,
                "{lakh} L in {city}"
            );
        }
    }

    #[test]
    fn a_back_loaded_grant_with_growth_is_salary_in_the_years_it_vests() {
        // ₹30 L from January 2027, a ₹20 L grant vesting 5-15-40-40, the price up 10% a year.
        let offer = job(30.0, "bengaluru");
        let terms = Terms { grant: 2_000_000.0, vest: vec![5.0, 15.0, 40.0, 40.0], ..Terms::default() };
        let plan = Plan { growth_percent: 10.0, ..plan(month(2027, 1), None) };
        let years = run(&plan, &offer, &terms);
        agrees(&years, "grant-growth");
        // The cliff's ₹1 L grows for a year: ₹1,10,000 vests in January 2028.
        assert!((years.rows[1].vested - 110_000.0).abs() < 0.01);
    }

    #[test]
    fn adding_a_grant_changes_each_year_by_its_vests_less_the_tax_they_add() {
        let offer = job(40.0, "bengaluru");
        let plan = Plan { growth_percent: 10.0, ..plan(month(2027, 1), None) };
        let without = run(&plan, &offer, &Terms::default());
        // ₹81 L vesting 5-15-40-40: in 2028-29 the vests take the taxable income to ₹50,07,840,
        // over the ₹50 L threshold, where marginal relief holds the surcharge to ₹5,488.
        let terms = Terms { grant: 8_100_000.0, vest: vec![5.0, 15.0, 40.0, 40.0], ..Terms::default() };
        let with = run(&plan, &offer, &terms);
        agrees(&with, "grant-surcharge");
        for (a, b) in without.rows.iter().zip(&with.rows) {
            assert!((b.total() - a.total() - (b.vested - b.stock_tax)).abs() < 1e-6, "{}", b.tax_year);
            assert!((b.tax - a.tax - b.stock_tax).abs() < 1e-6);
        }
    }

    #[test]
    fn bonuses_and_variable_pay_fall_in_their_years_and_raises_on_anniversaries() {
        // ₹25 L with 20% variable paid at 80%, ₹2 L joining and ₹1 L second-year bonuses, 8%
        // raises, from April 2027: five whole tax years, to March 2032 (month 60).
        let offer = Job {
            structure: Structure { variable_percent: 20.0, ..Structure::default() },
            ..job(25.0, "bengaluru")
        };
        let terms = Terms {
            payout_percent: 80.0,
            joining_bonus: 200_000.0,
            second_year_bonus: 100_000.0,
            ..Terms::default()
        };
        let plan = Plan { raise_percent: 8.0, ..plan(month(2027, 4), None) };
        agrees(&run(&plan, &offer, &terms), "bonuses-raises");
    }

    #[test]
    fn two_offers_in_two_states_one_under_each_regime() {
        // From July 2027: ₹30 L in Mumbai paying ₹80,000 rent, and ₹30 L in Gurugram paying
        // ₹20,000, with ₹1.5 L of 80C, ₹25,000 of 80D and ₹50,000 of one's own NPS.
        let claims = Claims { c80: 150_000.0, d80: 25_000.0, nps: 50_000.0, ..Claims::default() };
        let plan = Plan { claims, ..plan(month(2027, 7), None) };
        let mumbai = run(&plan, &Job { rent_monthly: 80_000.0, ..job(30.0, "mumbai") }, &Terms::default());
        agrees(&mumbai, "mumbai-old");
        assert!(mumbai.rows.iter().all(|r| r.regime == RegimeName::Old));
        let gurugram =
            run(&plan, &Job { rent_monthly: 20_000.0, ..job(30.0, "gurugram") }, &Terms::default());
        agrees(&gurugram, "gurugram-new");
        assert!(gurugram.rows.iter().all(|r| r.regime == RegimeName::New));
    }
}
