//! What in a link was ignored, decided as data (`Notice`) and worded only where it is shown.

use super::query::OFFER_PARAM;
use super::selection::{Dimension, Profile};
use crate::amount::AmountError;

/// How much of a rejected value a notice quotes.
const QUOTE_LEN: usize = 40;
/// At most this many notices are listed; the rest are counted.
pub const MAX_NOTICES: usize = 5;

/// A field a link can set: one filter of a profile, or the offer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Filter(Profile, Dimension),
    Offer,
}

impl Field {
    /// Its query parameter: "city", "b.city", "offer".
    pub fn key(self) -> String {
        match self {
            Field::Filter(profile, dim) => format!("{}{}", profile.prefix(), dim.param()),
            Field::Offer => OFFER_PARAM.to_string(),
        }
    }

    /// What ignoring it does, in words: "Role is set to Any", "it was ignored".
    fn consequence(self) -> String {
        match self {
            Field::Filter(profile, dim) => format!("{} is set to Any", filter_name(profile, dim)),
            Field::Offer => "it was ignored".to_string(),
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
    BadOffer {
        error: AmountError,
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
            Notice::BadOffer { error, quoted } => {
                format!("The offer in the link was ignored: {}", error.message(quoted, "An offer"))
            }
            Notice::MoreProblems(count) => format!("{count} more problems in the link were ignored."),
        }
    }
}

/// A short, printable excerpt of untrusted text for a notice.
pub(super) fn quote(text: &str) -> String {
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
