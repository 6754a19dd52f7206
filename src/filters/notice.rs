//! What in a link was ignored, decided as data (`Notice`) and worded only where it is shown.

use super::query::{
    BASIC_PARAM, C80_PARAM, CURRENT_PARAM, D80_PARAM, HOME_LOAN_PARAM, HRA_PARAM, NPS_PARAM, OFFER_PARAM,
    PF_PARAM, RENT_PARAM, VARIABLE_PARAM,
};
use super::selection::{Dimension, Profile};
use crate::amount::{AmountError, RupeesError};
use crate::format::trimmed;
use crate::tax::{Claims, Structure, BASIC_PERCENT, HRA_PERCENT, VARIABLE_PERCENT};

/// How much of a rejected value a notice quotes.
const QUOTE_LEN: usize = 40;
/// At most this many notices are listed; the rest are counted.
pub const MAX_NOTICES: usize = 5;

/// A field a link can set: one filter of a profile, an amount, or part of the structure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Filter(Profile, Dimension),
    Offer,
    Current,
    Basic,
    Pf,
    Variable,
    Rent,
    Hra,
    C80,
    D80,
    Nps,
    HomeLoan,
}

/// Every field but the filters, with its query parameter.
const SIMPLE: [(&str, Field); 11] = [
    (OFFER_PARAM, Field::Offer),
    (CURRENT_PARAM, Field::Current),
    (BASIC_PARAM, Field::Basic),
    (PF_PARAM, Field::Pf),
    (VARIABLE_PARAM, Field::Variable),
    (RENT_PARAM, Field::Rent),
    (HRA_PARAM, Field::Hra),
    (C80_PARAM, Field::C80),
    (D80_PARAM, Field::D80),
    (NPS_PARAM, Field::Nps),
    (HOME_LOAN_PARAM, Field::HomeLoan),
];

impl Field {
    /// The field a query parameter sets, if any: "city", "b.city", "offer", "pf".
    pub fn from_key(key: &str) -> Option<Field> {
        if let Some((_, field)) = SIMPLE.into_iter().find(|(param, _)| *param == key) {
            return Some(field);
        }
        let (profile, bare) = match key.strip_prefix(Profile::B.prefix()) {
            Some(rest) => (Profile::B, rest),
            None => (Profile::A, key),
        };
        Dimension::from_param(bare).map(|dim| Field::Filter(profile, dim))
    }

    /// Its query parameter: "city", "b.city", "offer".
    pub fn key(self) -> String {
        match self {
            Field::Filter(profile, dim) => format!("{}{}", profile.prefix(), dim.param()),
            field => SIMPLE.into_iter().find(|(_, f)| *f == field).map_or("", |(param, _)| param).to_string(),
        }
    }

    /// What the amount is, as a sentence starts: "An offer", "A current CTC", "Rent".
    pub fn subject(self) -> &'static str {
        match self {
            Field::Current => "A current CTC",
            Field::Rent => "Rent",
            Field::C80 => "An 80C amount",
            Field::D80 => "A health insurance premium",
            Field::Nps => "An NPS contribution",
            Field::HomeLoan => "Home-loan interest",
            _ => "An offer",
        }
    }

    /// What ignoring it does, in words: "Role is set to Any", "it was ignored", "the default,
    /// 50%, is used".
    fn consequence(self) -> String {
        let default = Structure::default();
        match self {
            Field::Filter(profile, dim) => format!("{} is set to Any", filter_name(profile, dim)),
            Field::Offer | Field::Current => "it was ignored".to_string(),
            Field::Rent | Field::C80 | Field::D80 | Field::Nps | Field::HomeLoan => {
                "none is counted".to_string()
            }
            Field::Hra => format!("the default, {}%, is used", trimmed(Claims::default().hra_percent)),
            Field::Basic => format!("the default, {}%, is used", trimmed(default.basic_percent)),
            Field::Pf => format!("the default, “{}”, is used", default.pf.slug()),
            Field::Variable => format!("the default, {}%, is used", trimmed(default.variable_percent)),
        }
    }

    /// What the field accepts, for a notice about a value it could not use.
    fn accepts(self) -> String {
        let range =
            |r: std::ops::RangeInclusive<f64>| format!("{} to {}", trimmed(*r.start()), trimmed(*r.end()));
        match self {
            Field::Basic => format!("basic pay as {}% of the fixed CTC", range(BASIC_PERCENT)),
            Field::Variable => format!("variable pay as {}% of the CTC", range(VARIABLE_PERCENT)),
            Field::Pf => "the PF as “full”, “capped” or “none”".to_string(),
            Field::Hra => format!("HRA as {}% of basic pay", range(HRA_PERCENT)),
            _ => "a value this page can read".to_string(),
        }
    }
}

/// How a notice names one of a profile's filters.
fn filter_name(profile: Profile, dim: Dimension) -> String {
    match profile {
        Profile::A => dim.label().to_string(),
        Profile::B => format!("profile B’s {}", dim.label()),
    }
}

/// Something in a link that was ignored. Decided here as data; worded by `text()` only
/// where it is shown. Quoted values are printable and at most `QUOTE_LEN` characters.
#[derive(Debug, Clone, PartialEq)]
pub enum Notice {
    UnknownParameter {
        quoted: String,
    },
    Repeated(Field),
    TooLong {
        field: Field,
        chars: usize,
    },
    UnknownValue {
        profile: Profile,
        dim: Dimension,
        quoted: String,
    },
    /// An offer or a current CTC that could not be read, or out of range.
    BadAmount {
        field: Field,
        error: AmountError,
        quoted: String,
    },
    /// Rent or a deduction that could not be read, or out of range.
    BadRupees {
        field: Field,
        error: RupeesError,
        quoted: String,
    },
    /// A part of the structure that is unreadable or out of range.
    Unusable {
        field: Field,
        quoted: String,
    },
    /// More problems than `MAX_NOTICES` lines can list.
    MoreProblems(usize),
}

impl Notice {
    /// The plain-text sentence for the person; the view must render it as text.
    pub fn text(&self) -> String {
        match self {
            Notice::UnknownParameter { quoted } => {
                format!("The link parameter “{quoted}” is not one this page uses, so it was ignored.")
            }
            Notice::Repeated(field) => {
                format!("The link sets “{}” more than once; the first value was used.", field.key())
            }
            Notice::TooLong { field, chars } => format!(
                "The value of “{}” in the link is too long ({chars} characters), so {}.",
                field.key(),
                field.consequence()
            ),
            Notice::UnknownValue { profile, dim, quoted } => format!(
                "“{quoted}” is not {} we have figures for, so {}.",
                dim.a_choice(),
                Field::Filter(*profile, *dim).consequence()
            ),
            Notice::BadAmount { field, error, quoted } => {
                let what = if *field == Field::Current { "current CTC" } else { "offer" };
                format!("The {what} in the link was ignored: {}", error.message(quoted, field.subject()))
            }
            Notice::BadRupees { field, error, quoted } => format!(
                "“{}” in the link was ignored, so {}: {}",
                field.key(),
                field.consequence(),
                error.message(quoted, field.subject())
            ),
            Notice::Unusable { field, quoted } => format!(
                "“{quoted}” in “{}” is not {}, so {}.",
                field.key(),
                field.accepts(),
                field.consequence()
            ),
            Notice::MoreProblems(count) => format!("{count} more problems in the link were ignored."),
        }
    }
}

/// A short, printable excerpt of untrusted text, to quote it in a notice or beside a field.
pub fn quote(text: &str) -> String {
    let printable: String = text.chars().filter(|c| !c.is_control()).collect();
    if printable.chars().count() > QUOTE_LEN {
        let cut: String = printable.chars().take(QUOTE_LEN).collect();
        format!("{cut}…")
    } else {
        printable
    }
}

/// Keeps at most `MAX_NOTICES` lines: the first ones, and a count of the rest.
pub(super) fn summarise(mut notices: Vec<Notice>) -> Vec<Notice> {
    if notices.len() > MAX_NOTICES {
        let more = notices.len() - (MAX_NOTICES - 1);
        notices.truncate(MAX_NOTICES - 1);
        notices.push(Notice::MoreProblems(more));
    }
    notices
}
