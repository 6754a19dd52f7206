//! What in a link was ignored, decided as data (`Notice`) and worded only where it is shown.

use super::field::{accepts, Field, Kind, Param};
use super::selection::{Dimension, Profile};
use crate::amount::{Limits, Wrong};

/// How much of a rejected value a notice quotes.
const QUOTE_LEN: usize = 40;
/// At most this many notices are listed; the rest are counted.
pub const MAX_NOTICES: usize = 5;

/// Why a parameter's value could not be used.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Problem {
    /// An amount that could not be read, or out of its range: why, and the limits it was read
    /// against.
    Amount(Wrong, Limits),
    /// A percentage out of its range, or a value the parameter does not have.
    NotAccepted,
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
    /// A parameter's value that it could not use.
    Unusable {
        profile: Profile,
        param: Param,
        problem: Problem,
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
            Notice::Unusable { profile, param, problem, quoted } => {
                unusable(*profile, *param, *problem, quoted)
            }
            Notice::MoreProblems(count) => format!("{count} more problems in the link were ignored."),
        }
    }
}

/// The sentence for a value a parameter could not use.
fn unusable(profile: Profile, param: Param, problem: Problem, quoted: &str) -> String {
    let field = Field::Param(profile, param);
    let row = param.row();
    match problem {
        Problem::Amount(wrong, limits) => {
            let message = wrong.message(quoted, row.subject, limits);
            match (profile, row.kind) {
                (Profile::A, Kind::Lakh(..)) => {
                    format!("The {} in the link was ignored: {message}", row.noun)
                }
                (Profile::A, _) => {
                    format!(
                        "“{}” in the link was ignored, so {}: {message}",
                        field.key(),
                        field.consequence()
                    )
                }
                (Profile::B, _) => {
                    format!("Profile B’s {} (“{}”) in the link was ignored: {message}", row.noun, field.key())
                }
            }
        }
        Problem::NotAccepted => {
            format!("“{quoted}” in “{}” is not {}, so {}.", field.key(), accepts(param), field.consequence())
        }
    }
}

/// A short, printable excerpt of untrusted text, to quote it in a notice or beside a field.
pub fn quote(text: &str) -> String {
    let mut printable = text.chars().filter(|c| !c.is_control());
    let mut quoted: String = printable.by_ref().take(QUOTE_LEN).collect();
    if printable.next().is_some() {
        quoted.push('…');
    }
    quoted
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
