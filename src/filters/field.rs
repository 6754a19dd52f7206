//! Every parameter a link can carry besides the filters, one row each: its key, what kind of
//! value it holds and where that lives in a `Link`, and its words (for notices and the privacy
//! line; the form's labels are `LABELS`, beside the rows). The codec, the notices, the privacy
//! line and the form's fields all read this table, so a new parameter is one row here plus its
//! place on the page. A row whose value lives in the job is profile B's too, with `b.` before
//! its key.

use super::link::{Job, Own};
use super::notation::{self, Notation};
use super::selection::{Dimension, Profile};
use crate::amount::Limits;
use crate::format::trimmed;
use crate::tax::{GratuityBase, PfMode, BASIC_PERCENT, EMPLOYER_NPS_PERCENT, HRA_PERCENT, VARIABLE_PERCENT};
use std::ops::RangeInclusive;

/// Declares the parameters once, as an enum and as `Param::ALL` in the same order, which is
/// the order a link writes them in.
macro_rules! params {
    ($($(#[$doc:meta])* $name:ident,)*) => {
        /// A parameter a link can carry besides the filters.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Param {
            $($(#[$doc])* $name,)*
        }

        impl Param {
            /// Every parameter, in the order a link writes them.
            pub const ALL: &'static [Param] = &[$(Param::$name,)*];
        }
    };
}

params! {
    /// The offer's CTC.
    Offer,
    /// A joining bonus, paid once in the first year.
    Join,
    /// The person's current CTC.
    Current,
    /// The current job's city.
    NowCity,
    /// The current job's basic pay, % of its fixed CTC.
    NowBasic,
    /// How the current employer pays PF.
    NowPf,
    /// The current job's variable pay, % of its CTC.
    NowVar,
    /// Rent a month where the current job is.
    NowRent,
    /// The take-home a month the person wants.
    Want,
    /// Basic pay as a percentage of the fixed CTC.
    Basic,
    /// How the employer pays PF.
    Pf,
    /// Variable pay as a percentage of the CTC.
    Variable,
    /// Rent a month.
    Rent,
    /// HRA as a percentage of basic.
    Hra,
    /// What the gratuity set aside is worked on: basic pay, or the wages under the Code.
    Gratuity,
    /// The employer's NPS contribution as a percentage of basic.
    EmployerNps,
    /// 80C investments beyond the PF.
    C80,
    /// Health insurance.
    D80,
    /// The parents' health insurance.
    D80Parents,
    /// Whether a parent is a senior citizen.
    ParentsSenior,
    /// One's own NPS.
    Nps,
    /// Home-loan interest.
    HomeLoan,
    /// The month the new job starts.
    Start,
    /// The raise at each anniversary.
    Raise,
    /// The share of the variable pay's target paid.
    Payout,
    /// A second-year bonus.
    Join2,
    /// The months within which a bonus is repaid on leaving.
    Clawback,
    /// An RSU grant's value at grant.
    Rsu,
    /// The grant's vesting schedule.
    Vest,
    /// How the share price moves a year.
    Growth,
    /// Rupees a US dollar, for a grant in dollars.
    Usd,
    /// A notice-period buyout.
    Buyout,
    /// Stock or bonus left behind at the current job.
    Forfeit,
}

/// Where a value lives in a link, with how to read it and write it back: in a profile's job,
/// or in what the person has whatever the job.
pub enum Slot<T> {
    Job(fn(&Job) -> T, fn(&mut Job, T)),
    Own(fn(&Own) -> T, fn(&mut Own, T)),
}

// Fn pointers copy, whatever `T` is (a derive would ask `T: Copy`).
impl<T> Clone for Slot<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Slot<T> {}

impl<T> Slot<T> {
    pub fn get(self, job: &Job, own: &Own) -> T {
        match self {
            Slot::Job(get, _) => get(job),
            Slot::Own(get, _) => get(own),
        }
    }

    pub fn set(self, job: &mut Job, own: &mut Own, value: T) {
        match self {
            Slot::Job(_, set) => set(job, value),
            Slot::Own(_, set) => set(own, value),
        }
    }

    /// Whether it lives in a job rather than in what the person has whatever the job.
    pub fn in_job(self) -> bool {
        matches!(self, Slot::Job(..))
    }

    /// The value when the link does not set it.
    pub fn default(self) -> T {
        self.get(&Job::DEFAULT, &Own::DEFAULT)
    }
}

/// How an employer may pay PF, after "the PF": one list for the offer's and the current job's.
const PF_WORDS: [&str; 4] =
    ["on all of basic pay", "capped at the wage ceiling", "on the wages under the Code", "none"];

/// What a CTC's field takes: ₹0.5 L to ₹50 Cr a year.
const CTC: Limits = Limits { monthly: false, min: 50_000.0, max: 500_000_000.0, dollars: false };
/// A bonus paid once: ₹1,000 to ₹50 Cr.
const BONUS: Limits = Limits { monthly: false, min: 1_000.0, max: 500_000_000.0, dollars: false };
/// An RSU grant: a bonus's figures, in rupees or in US dollars.
const GRANT: Limits = Limits { dollars: true, ..BONUS };
/// The take-home a month someone may ask about: ₹10,000 to ₹1 Cr.
const TAKE_HOME: Limits = Limits { monthly: true, min: 10_000.0, max: 10_000_000.0, dollars: false };
/// Rent a month: none to ₹10 L.
const RENT: Limits = Limits { monthly: true, min: 0.0, max: 1_000_000.0, dollars: false };
/// A deduction a year: none to ₹1 Cr (each counts up to its own limit in law).
const CLAIM: Limits = Limits { monthly: false, min: 0.0, max: 10_000_000.0, dollars: false };

/// A raise at each anniversary: none to 50%.
const RAISE_PERCENT: RangeInclusive<f64> = 0.0..=50.0;
/// The share of variable pay's target paid: none to twice the target.
const PAYOUT_PERCENT: RangeInclusive<f64> = 0.0..=200.0;
/// A clawback: none to three years.
const CLAWBACK_MONTHS: RangeInclusive<f64> = 0.0..=36.0;
/// How the share price moves a year: halving to half as much again.
const GROWTH_PERCENT: RangeInclusive<f64> = -50.0..=50.0;
/// Rupees a US dollar: wide of the rate (₹90.3957 on 5 February 2026, `data::USD_REFERENCE`).
const USD_RUPEES: RangeInclusive<f64> = 40.0..=200.0;

/// What a parameter holds.
#[derive(Clone, Copy)]
pub enum Kind {
    /// An annual amount in lakh, written in a link in any notation `amount::parse` reads and
    /// typed within its limits; none by default.
    Lakh(Limits, Slot<Option<f64>>),
    /// An amount in rupees (`amount::parse_rupees` in a link), a month's or a year's as its
    /// limits say; none (zero) by default.
    Rupees(Limits, Slot<f64>),
    /// A number of `unit`s in `range`, of what `of` names ("of the fixed CTC").
    Number { range: &'static RangeInclusive<f64>, unit: Unit, of: &'static str, slot: Slot<f64> },
    /// A value written in a notation of its own (a month, a vesting schedule), held as one
    /// number, 0 at its default; `notation` reads, writes and names it.
    Coded { notation: &'static Notation, slot: Slot<f64> },
    /// One of a few named choices, by its slug (`slugs[i]` for choice `i`), and in the words
    /// that say it after the parameter's noun ("PF capped at the wage ceiling"); the first is the
    /// default.
    Choice { slugs: &'static [&'static str], words: &'static [&'static str], slot: Slot<usize> },
}

/// What a `Kind::Number` counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Percent,
    Months,
    Rupees,
}

impl Unit {
    /// Written after a number: "15%", "12 months".
    pub fn symbol(self) -> &'static str {
        match self {
            Unit::Percent => "%",
            Unit::Months => " months",
            Unit::Rupees => " rupees",
        }
    }

    /// What a value of it is, in a sentence: "a percentage".
    pub fn a_value(self) -> &'static str {
        match self {
            Unit::Percent => "a percentage",
            Unit::Months => "a number of months",
            // Said only of a typed rate, in the app's own disclosure.
            Unit::Rupees => prose!("a number of rupees"),
        }
    }
}

/// One parameter's row of the table.
pub struct Row {
    /// In the link: `offer`, `80c`; profile B's have `b.` before it.
    pub key: &'static str,
    pub kind: Kind,
    /// What it is in a sentence: "offer", "current CTC", "basic pay", "the PF".
    pub noun: &'static str,
    /// What it is as a sentence starts, for the messages about an amount: "An offer", "Rent".
    /// Empty for any other kind: no message uses it, and its words would weigh on the first
    /// stage.
    pub subject: &'static str,
}

impl Param {
    /// The parameter's row.
    pub fn row(self) -> &'static Row {
        &ROWS[self as usize]
    }
}

/// The table, one row per parameter in `Param::ALL`'s order: a static, so that reading a row
/// is an index and not a copy of the whole table built at each call.
static ROWS: [Row; Param::ALL.len()] = {
    use Kind::*;
    [
        // Param::Offer
        Row {
            key: "offer",
            kind: Lakh(CTC, Slot::Job(|j| j.offer, |j, v| j.offer = v)),
            noun: "offer",
            subject: "An offer",
        },
        // Param::Join
        Row {
            key: "join",
            kind: Lakh(BONUS, Slot::Job(|j| j.join, |j, v| j.join = v)),
            noun: "joining bonus",
            subject: "A joining bonus",
        },
        // Param::Current
        Row {
            key: "current",
            kind: Lakh(CTC, Slot::Own(|o| o.current, |o, v| o.current = v)),
            noun: "current CTC",
            subject: "A current CTC",
        },
        // Param::NowCity
        Row {
            key: "now.city",
            kind: Coded { notation: &notation::CITY, slot: Slot::Own(|o| o.now_city, |o, v| o.now_city = v) },
            noun: "current city",
            subject: "",
        },
        // Param::NowBasic
        Row {
            key: "now.basic",
            kind: Number {
                unit: Unit::Percent,
                range: &BASIC_PERCENT,
                of: "of the fixed CTC",
                slot: Slot::Own(|o| o.now.basic_percent, |o, v| o.now.basic_percent = v),
            },
            noun: "current basic pay",
            subject: "",
        },
        // Param::NowPf
        Row {
            key: "now.pf",
            kind: Choice {
                slugs: &PfMode::SLUGS,
                words: &PF_WORDS,
                slot: Slot::Own(|o| o.now.pf as usize, |o, v| o.now.pf = PfMode::ALL[v]),
            },
            noun: "current PF",
            subject: "",
        },
        // Param::NowVar
        Row {
            key: "now.var",
            kind: Number {
                unit: Unit::Percent,
                range: &VARIABLE_PERCENT,
                of: "of the CTC",
                slot: Slot::Own(|o| o.now.variable_percent, |o, v| o.now.variable_percent = v),
            },
            noun: "current variable pay",
            subject: "",
        },
        // Param::NowRent
        Row {
            key: "now.rent",
            kind: Rupees(RENT, Slot::Own(|o| o.now_rent, |o, v| o.now_rent = v)),
            noun: "current rent",
            subject: "A current rent",
        },
        // Param::Want
        Row {
            key: "want",
            kind: Rupees(TAKE_HOME, Slot::Own(|o| o.want, |o, v| o.want = v)),
            noun: "take-home wanted",
            subject: "The take-home wanted",
        },
        // Param::Basic
        Row {
            key: "basic",
            kind: Number {
                unit: Unit::Percent,
                range: &BASIC_PERCENT,
                of: "of the fixed CTC",
                slot: Slot::Job(|j| j.structure.basic_percent, |j, v| j.structure.basic_percent = v),
            },
            noun: "basic pay",
            subject: "",
        },
        // Param::Pf
        Row {
            key: "pf",
            kind: Choice {
                slugs: &PfMode::SLUGS,
                words: &PF_WORDS,
                slot: Slot::Job(|j| j.structure.pf as usize, |j, v| j.structure.pf = PfMode::ALL[v]),
            },
            noun: "the PF",
            subject: "",
        },
        // Param::Variable
        Row {
            key: "var",
            kind: Number {
                unit: Unit::Percent,
                range: &VARIABLE_PERCENT,
                of: "of the CTC",
                slot: Slot::Job(|j| j.structure.variable_percent, |j, v| j.structure.variable_percent = v),
            },
            noun: "variable pay",
            subject: "",
        },
        // Param::Rent
        Row {
            key: "rent",
            kind: Rupees(RENT, Slot::Job(|j| j.rent_monthly, |j, v| j.rent_monthly = v)),
            noun: "rent",
            subject: "Rent",
        },
        // Param::Hra
        Row {
            key: "hra",
            kind: Number {
                unit: Unit::Percent,
                range: &HRA_PERCENT,
                of: "of basic pay",
                slot: Slot::Job(|j| j.structure.hra_percent, |j, v| j.structure.hra_percent = v),
            },
            noun: "HRA",
            subject: "",
        },
        // Param::Gratuity
        Row {
            key: "grat",
            kind: Choice {
                slugs: &GratuityBase::SLUGS,
                words: &["on basic pay", "on the wages under the Code"],
                slot: Slot::Job(
                    |j| j.structure.gratuity as usize,
                    |j, v| j.structure.gratuity = GratuityBase::ALL[v],
                ),
            },
            noun: "the gratuity",
            subject: "",
        },
        // Param::EmployerNps
        Row {
            key: "enps",
            kind: Number {
                unit: Unit::Percent,
                range: &EMPLOYER_NPS_PERCENT,
                of: "of basic pay",
                slot: Slot::Job(
                    |j| j.structure.employer_nps_percent,
                    |j, v| j.structure.employer_nps_percent = v,
                ),
            },
            noun: "employer’s NPS",
            subject: "",
        },
        // Param::C80
        Row {
            key: "80c",
            kind: Rupees(CLAIM, Slot::Own(|o| o.c80, |o, v| o.c80 = v)),
            noun: "80C investments",
            subject: "An 80C amount",
        },
        // Param::D80
        Row {
            key: "80d",
            kind: Rupees(CLAIM, Slot::Own(|o| o.d80, |o, v| o.d80 = v)),
            noun: "health insurance premium",
            subject: "A health insurance premium",
        },
        // Param::D80Parents
        Row {
            key: "80d-parents",
            kind: Rupees(CLAIM, Slot::Own(|o| o.d80_parents, |o, v| o.d80_parents = v)),
            noun: "parents’ health insurance premium",
            subject: "A parents’ health insurance premium",
        },
        // Param::ParentsSenior
        Row {
            key: "80d-senior",
            kind: Choice {
                slugs: &["no", "yes"],
                words: &["no", "yes, a parent is 60 or older"],
                slot: Slot::Own(|o| usize::from(o.parents_senior), |o, v| o.parents_senior = v == 1),
            },
            noun: "whether a parent is a senior citizen",
            subject: "",
        },
        // Param::Nps
        Row {
            key: "nps",
            kind: Rupees(CLAIM, Slot::Own(|o| o.nps, |o, v| o.nps = v)),
            noun: "NPS contribution",
            subject: "An NPS contribution",
        },
        // Param::HomeLoan
        Row {
            key: "home-loan",
            kind: Rupees(CLAIM, Slot::Own(|o| o.home_loan, |o, v| o.home_loan = v)),
            noun: "home-loan interest",
            subject: "Home-loan interest",
        },
        // Param::Start
        Row {
            key: "start",
            kind: Coded { notation: &notation::MONTH, slot: Slot::Own(|o| o.start, |o, v| o.start = v) },
            noun: "the month of joining",
            subject: "",
        },
        // Param::Raise
        Row {
            key: "raise",
            kind: Number {
                unit: Unit::Percent,
                range: &RAISE_PERCENT,
                of: "of the fixed CTC",
                slot: Slot::Own(|o| o.raise, |o, v| o.raise = v),
            },
            noun: "the yearly raise",
            subject: "",
        },
        // Param::Payout
        Row {
            key: "payout",
            kind: Number {
                unit: Unit::Percent,
                range: &PAYOUT_PERCENT,
                of: "of its target",
                slot: Slot::Job(|j| j.payout, |j, v| j.payout = v),
            },
            noun: "variable pay paid out",
            subject: "",
        },
        // Param::Join2
        Row {
            key: "join2",
            kind: Lakh(BONUS, Slot::Job(|j| j.join2, |j, v| j.join2 = v)),
            noun: "second-year bonus",
            subject: "A second-year bonus",
        },
        // Param::Clawback
        Row {
            key: "clawback",
            kind: Number {
                unit: Unit::Months,
                range: &CLAWBACK_MONTHS,
                of: "after a bonus is paid",
                slot: Slot::Job(|j| j.clawback, |j, v| j.clawback = v),
            },
            noun: "the clawback",
            subject: "",
        },
        // Param::Rsu
        Row {
            key: "rsu",
            kind: Lakh(GRANT, Slot::Job(|j| j.rsu, |j, v| j.rsu = v)),
            noun: "RSU grant",
            subject: "An RSU grant",
        },
        // Param::Vest
        Row {
            key: "vest",
            kind: Coded { notation: &notation::VEST, slot: Slot::Job(|j| j.vest, |j, v| j.vest = v) },
            noun: "the vesting",
            subject: "",
        },
        // Param::Growth
        Row {
            key: "growth",
            kind: Number {
                unit: Unit::Percent,
                range: &GROWTH_PERCENT,
                of: "a year",
                slot: Slot::Own(|o| o.growth, |o, v| o.growth = v),
            },
            noun: "the share price change",
            subject: "",
        },
        // Param::Usd
        Row {
            key: "usd",
            kind: Number {
                unit: Unit::Rupees,
                range: &USD_RUPEES,
                of: "a dollar",
                slot: Slot::Own(|o| o.usd, |o, v| o.usd = v),
            },
            noun: "the dollar rate",
            subject: "",
        },
        // Param::Buyout
        Row {
            key: "buyout",
            kind: Lakh(BONUS, Slot::Own(|o| o.buyout, |o, v| o.buyout = v)),
            noun: "notice-period buyout",
            subject: "A notice-period buyout",
        },
        // Param::Forfeit
        Row {
            key: "forfeit",
            kind: Lakh(BONUS, Slot::Own(|o| o.forfeit, |o, v| o.forfeit = v)),
            noun: "forfeited pay",
            subject: "Forfeited pay",
        },
    ]
};

/// Each parameter's field's label, and profile B's for a row of the job ("" for the person's
/// own), in `Param::ALL`'s order. Apart from `ROWS` because only the form shows them: the first
/// stage fills the shell's fields without naming them, so its module leaves them out.
static LABELS: [(&str, &str); Param::ALL.len()] = [
    // Param::Offer
    (prose!("Your offer (CTC)"), prose!("Profile B offer (CTC)")),
    // Param::Join
    (prose!("Joining bonus, paid once in the first year"), prose!("Profile B joining bonus")),
    // Param::Current
    (prose!("Your current CTC"), ""),
    // Param::NowCity
    (prose!("Current city, if not the profile’s"), ""),
    // Param::NowBasic
    (prose!("Current basic pay, % of the fixed CTC"), ""),
    // Param::NowPf
    (prose!("Current PF, from you and your employer each"), ""),
    // Param::NowVar
    (prose!("Current variable pay, % of the CTC"), ""),
    // Param::NowRent
    (prose!("Current rent a month"), ""),
    // Param::Want
    (prose!("Take-home you want a month"), ""),
    // Param::Basic
    (prose!("Basic pay, % of the fixed CTC"), prose!("Profile B basic pay, % of the fixed CTC")),
    // Param::Pf
    (prose!("Provident fund (PF), from you and your employer each"), prose!("Profile B provident fund (PF)")),
    // Param::Variable
    (prose!("Variable pay, % of the CTC, paid once a year"), prose!("Profile B variable pay, % of the CTC")),
    // Param::Rent
    (prose!("Rent you pay a month"), prose!("Profile B rent a month, in its city")),
    // Param::Hra
    (prose!("HRA in your salary, % of basic pay"), prose!("Profile B HRA, % of basic pay")),
    // Param::Gratuity
    (prose!("Gratuity set aside in the CTC"), prose!("Profile B gratuity set aside in the CTC")),
    // Param::EmployerNps
    (
        prose!("Your employer’s NPS contribution, % of basic pay"),
        prose!("Profile B employer’s NPS, % of basic pay"),
    ),
    // Param::C80
    (prose!("Investments under 80C, a year"), ""),
    // Param::D80
    (prose!("Health insurance (80D), a year, for you and your family"), ""),
    // Param::D80Parents
    (prose!("Health insurance for your parents (80D), a year"), ""),
    // Param::ParentsSenior
    (prose!("Is either parent 60 or older?"), ""),
    // Param::Nps
    (prose!("Your own NPS (80CCD(1B)), a year"), ""),
    // Param::HomeLoan
    (prose!("Home-loan interest, a year, for a home you live in"), ""),
    // Param::Start
    (prose!("Month you would join, as 2027-01"), ""),
    // Param::Raise
    (prose!("Raise at each anniversary, % of the fixed CTC"), ""),
    // Param::Payout
    (
        prose!("Variable pay paid out, % of its target"),
        prose!("Profile B variable pay paid out, % of its target"),
    ),
    // Param::Join2
    (prose!("Second-year bonus, paid at the first anniversary"), prose!("Profile B second-year bonus")),
    // Param::Clawback
    (prose!("Months within which you repay a bonus if you leave"), prose!("Profile B clawback, months")),
    // Param::Rsu
    (prose!("RSU grant, its value when granted"), prose!("Profile B RSU grant")),
    // Param::Vest
    (prose!("How the grant vests, % each year"), prose!("Profile B vesting, % each year")),
    // Param::Growth
    (prose!("Share price change a year, % (below 0 for a fall)"), ""),
    // Param::Usd
    (prose!("Rupees a dollar, for a grant in dollars"), ""),
    // Param::Buyout
    (prose!("Notice-period buyout you pay on joining"), ""),
    // Param::Forfeit
    (prose!("Stock or bonus you would give up by leaving"), ""),
];

impl Param {
    /// Whether its value lives in a job, so that profile B has it too.
    pub fn in_job(self) -> bool {
        match self.row().kind {
            Kind::Lakh(_, slot) => slot.in_job(),
            Kind::Rupees(_, slot) | Kind::Number { slot, .. } | Kind::Coded { slot, .. } => slot.in_job(),
            Kind::Choice { slot, .. } => slot.in_job(),
        }
    }
}

/// A field a link can set: one filter of a profile, or a parameter of the table (profile A's
/// for those the person has whatever the job).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Filter(Profile, Dimension),
    Param(Profile, Param),
}

impl Field {
    /// The field a query parameter sets, if any: "city", "b.city", "offer", "pf".
    pub fn from_key(key: &str) -> Option<Field> {
        let (profile, bare) = match key.strip_prefix(Profile::B.prefix()) {
            Some(rest) => (Profile::B, rest),
            None => (Profile::A, key),
        };
        if let Some(dim) = Dimension::from_param(bare) {
            return Some(Field::Filter(profile, dim));
        }
        // Profile B has its job's terms, not the person's own (they are shared).
        let param = Param::ALL.iter().copied().find(|p| p.row().key == bare)?;
        (profile == Profile::A || param.in_job()).then_some(Field::Param(profile, param))
    }

    /// Its query parameter: "city", "b.city", "offer".
    pub fn key(self) -> String {
        match self {
            Field::Filter(profile, dim) => format!("{}{}", profile.prefix(), dim.param()),
            Field::Param(profile, param) => format!("{}{}", profile.prefix(), param.row().key),
        }
    }

    /// The profile it belongs to.
    pub fn profile(self) -> Profile {
        match self {
            Field::Filter(profile, _) | Field::Param(profile, _) => profile,
        }
    }

    /// The id of its control in the page: `filter-city`, `filter-b-city`, `offer`, `basic`.
    pub fn id(self) -> String {
        match self {
            Field::Filter(profile, dim) => {
                let b = if profile == Profile::B { "b-" } else { "" };
                format!("filter-{b}{}", dim.param())
            }
            Field::Param(profile, param) => {
                let b = if profile == Profile::B { "b-" } else { "" };
                format!("{b}{}", param.row().key)
            }
        }
    }

    /// The label of its control: profile B's start with "Profile B".
    pub fn label(self) -> &'static str {
        match self {
            Field::Filter(_, dim) => dim.label(),
            Field::Param(Profile::A, param) => LABELS[param as usize].0,
            Field::Param(Profile::B, param) => LABELS[param as usize].1,
        }
    }

    /// Whether its control is typed in, with a line under it that says what it understood or
    /// why not (a select has none).
    pub fn has_text_line(self) -> bool {
        match self {
            Field::Filter(..) => false,
            Field::Param(_, param) => !matches!(param.row().kind, Kind::Choice { .. }),
        }
    }

    /// The id of the line under its control that says what it understood or why not.
    pub fn status_id(self) -> String {
        format!("{}-status", self.id())
    }

    /// What ignoring a value does, in words: "Role is set to Any", "it was ignored", "none is
    /// counted", "the default, 50%, is used".
    pub fn consequence(self) -> String {
        match self {
            Field::Filter(profile, dim) => format!("{} is set to Any", filter_name(profile, dim)),
            Field::Param(_, param) => match param.row().kind {
                Kind::Lakh(..) => "it was ignored".to_string(),
                Kind::Rupees(..) => format!("{} is counted", unset_rupees(param).0),
                Kind::Number { unit, slot, .. } => {
                    format!("the default, {}{}, is used", trimmed(slot.default()), unit.symbol())
                }
                Kind::Coded { notation, .. } => format!("the default, {}, is used", notation.default_words),
                Kind::Choice { slugs, slot, .. } => {
                    format!("the default, “{}”, is used", slugs[slot.default()])
                }
            },
        }
    }
}

/// What a rupee amount counts when it is left empty or cannot be used, in a sentence and as
/// one starts: none, or for the current job's rent (`SAME_RENT`), the one the link's `rent` is.
pub fn unset_rupees(param: Param) -> (&'static str, &'static str) {
    if param == Param::NowRent {
        ("your rent", "Your rent")
    } else {
        ("none", "None")
    }
}

/// How a sentence names one of a profile's filters: "City", "profile B’s City".
fn filter_name(profile: Profile, dim: Dimension) -> String {
    match profile {
        Profile::A => dim.label().to_string(),
        Profile::B => format!("profile B’s {}", dim.label()),
    }
}

/// What a parameter of a kind that is not an amount accepts, for a value it could not use:
/// "basic pay as 30 to 70% of the fixed CTC", "the PF as “full”, “capped”, “wages” or “none”".
pub fn accepts(param: Param) -> String {
    let row = param.row();
    match row.kind {
        Kind::Number { range, unit, of, .. } => format!(
            "{} as {} to {}{} {of}",
            row.noun,
            trimmed(*range.start()),
            trimmed(*range.end()),
            unit.symbol()
        ),
        Kind::Coded { notation, .. } => notation.accepts.to_string(),
        Kind::Choice { slugs, .. } => {
            let slugs: Vec<String> = slugs.iter().map(|s| format!("“{s}”")).collect();
            let (last, rest) = slugs.split_last().expect("a choice has choices");
            format!("{} as {} or {last}", row.noun, rest.join(", "))
        }
        Kind::Lakh(..) | Kind::Rupees(..) => format!("{} this page can read", row.noun),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_parameter_is_found_by_its_key_and_keys_are_unique() {
        for &param in Param::ALL {
            let key = param.row().key;
            assert_eq!(Field::from_key(key), Some(Field::Param(Profile::A, param)), "{key}");
            assert_eq!(Field::Param(Profile::A, param).key(), key);
            assert!(Dimension::from_param(key).is_none(), "{key} is also a filter");
            assert_eq!(Param::ALL.iter().filter(|p| p.row().key == key).count(), 1, "{key} twice");
        }
        assert_eq!(Field::from_key("b.city"), Some(Field::Filter(Profile::B, Dimension::City)));
        assert_eq!(Field::from_key("salary"), None);
        assert_eq!(Field::from_key("b.salary"), None);
    }

    #[test]
    fn what_each_slot_writes_it_reads_back() {
        let (mut job, mut own) = (Job::default(), Own::default());
        for (i, &param) in Param::ALL.iter().enumerate() {
            // A value of each kind that is not its default, distinct per row.
            let n = 1.0 + i as f64;
            match param.row().kind {
                Kind::Lakh(_, slot) => {
                    slot.set(&mut job, &mut own, Some(n));
                    assert_eq!(slot.get(&job, &own), Some(n));
                }
                Kind::Rupees(_, slot) | Kind::Number { slot, .. } | Kind::Coded { slot, .. } => {
                    slot.set(&mut job, &mut own, n);
                    assert_eq!(slot.get(&job, &own), n);
                }
                Kind::Choice { slugs, slot, .. } => {
                    slot.set(&mut job, &mut own, slugs.len() - 1);
                    assert_eq!(slot.get(&job, &own), slugs.len() - 1);
                }
            }
        }
        // Each row wrote a place of its own: every value is still the one its row wrote.
        for (i, &param) in Param::ALL.iter().enumerate() {
            let n = 1.0 + i as f64;
            match param.row().kind {
                Kind::Lakh(_, slot) => assert_eq!(slot.get(&job, &own), Some(n), "{param:?}"),
                Kind::Rupees(_, slot) | Kind::Number { slot, .. } | Kind::Coded { slot, .. } => {
                    assert_eq!(slot.get(&job, &own), n, "{param:?}")
                }
                Kind::Choice { slugs, slot, .. } => assert_eq!(slot.get(&job, &own), slugs.len() - 1),
            }
        }
    }

    #[test]
    fn a_percentage_s_default_lies_in_its_range_and_the_words_name_it() {
        for &param in Param::ALL {
            if let Kind::Number { range, slot, .. } = param.row().kind {
                assert!(range.contains(&slot.default()), "{param:?}");
            }
        }
        assert_eq!(accepts(Param::Basic), "basic pay as 30 to 70% of the fixed CTC");
        assert_eq!(accepts(Param::Pf), "the PF as “full”, “capped”, “wages” or “none”");
        assert_eq!(accepts(Param::Gratuity), "the gratuity as “basic” or “wages”");
        assert_eq!(Field::Param(Profile::A, Param::Hra).consequence(), "the default, 50%, is used");
        assert_eq!(Field::Param(Profile::A, Param::Pf).consequence(), "the default, “full”, is used");
        assert_eq!(
            Field::Filter(Profile::B, Dimension::City).consequence(),
            "profile B’s City is set to Any"
        );
    }

    #[test]
    fn the_links_page_names_every_parameter() {
        let page = include_str!("../../docs/links.md");
        let keys = Param::ALL.iter().map(|p| p.row().key).chain(Dimension::ALL.map(Dimension::param));
        let b_keys = Param::ALL.iter().filter(|p| p.in_job()).map(|&p| Field::Param(Profile::B, p).key());
        for key in keys.map(str::to_string).chain(b_keys) {
            assert!(page.contains(&format!("`{key}`")), "docs/links.md does not name `{key}`");
        }
    }

    #[test]
    fn ids_name_the_profile_and_the_field() {
        assert_eq!(Field::Filter(Profile::A, Dimension::City).id(), "filter-city");
        assert_eq!(Field::Filter(Profile::B, Dimension::Experience).id(), "filter-b-exp");
        assert_eq!(Field::Param(Profile::A, Param::HomeLoan).id(), "home-loan");
        assert_eq!(Field::Param(Profile::A, Param::Offer).status_id(), "offer-status");
    }
}
