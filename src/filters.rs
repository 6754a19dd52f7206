//! The filters a person picks, for one profile or two compared ones, and their URL
//! query codec. Pure: no browser APIs.
//!
//! Rules for a query string:
//! - Parameters are `role`, `city`, `skill`, `exp` and `company`, with a table slug as value.
//!   Values are matched case-insensitively, and aliases (`bangalore`, `node.js`) are accepted.
//! - Compare mode: profile B uses the same names prefixed with `b.` (`b.city=pune`). Any `b.`
//!   parameter, or `compare` alone (when B is all "Any"), opens compare mode.
//! - An empty value means "Any", and an empty key is skipped, both silently.
//! - A repeated parameter: the first occurrence wins, and a notice says so.
//! - An unknown value, a value longer than `MAX_VALUE_LEN`, or an unknown parameter
//!   is ignored with a notice. The valid parameters still apply.
//! - Tracking parameters added by sharing services (`utm_*`, `fbclid`, `gclid`) pass silently.
//! - `offer` is profile A's offer, in lakh (`offer=12.5`); any notation `offer::parse` reads is
//!   accepted, and one it cannot read, or out of range, is ignored with a notice.
//! - Encoding is canonical: fixed parameter order, "Any" omitted, slugs only.

use crate::data::{Dataset, Entry, Table};
use crate::model::Inputs;
use crate::offer;

/// A filter of the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Dimension {
    Role,
    City,
    Skill,
    Experience,
    Employer,
}

impl Dimension {
    /// In form order, which is also the canonical URL order.
    pub const ALL: [Dimension; 5] = [Self::Role, Self::City, Self::Skill, Self::Experience, Self::Employer];

    /// The URL query parameter.
    pub fn param(self) -> &'static str {
        match self {
            Self::Role => "role",
            Self::City => "city",
            Self::Skill => "skill",
            Self::Experience => "exp",
            Self::Employer => "company",
        }
    }

    /// The form label, which is also the select's accessible name.
    pub fn label(self) -> &'static str {
        match self {
            Self::Role => "Role",
            Self::City => "City",
            Self::Skill => "Skill",
            Self::Experience => "Experience",
            Self::Employer => "Employer",
        }
    }

    /// What one choice is called in a sentence, with its article: "a city", "an employer".
    pub fn a_choice(self) -> &'static str {
        match self {
            Self::Role => "a role",
            Self::City => "a city",
            Self::Skill => "a skill",
            Self::Experience => "an experience level",
            Self::Employer => "an employer",
        }
    }

    /// The table that lists this filter's choices and figures.
    pub fn table(self, data: &Dataset) -> &Table {
        match self {
            Self::Role => &data.role_choices,
            Self::City => &data.cities,
            Self::Skill => &data.skills,
            Self::Experience => &data.experience,
            Self::Employer => &data.recruiters,
        }
    }

    /// What a form's select sent: `Some(None)` for "Any" (an empty value), `Some(Some(entry))`
    /// for a known slug, `None` for anything else.
    pub fn choice_from_form(self, data: &'static Dataset, value: &str) -> Option<Option<&'static Entry>> {
        match value {
            "" => Some(None),
            slug => self.table(data).find(slug).map(Some),
        }
    }

    pub fn from_param(param: &str) -> Option<Dimension> {
        Self::ALL.into_iter().find(|d| d.param() == param)
    }
}

/// What is chosen for each filter; `None` is "Any".
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Selection {
    pub role: Option<&'static Entry>,
    pub city: Option<&'static Entry>,
    pub skill: Option<&'static Entry>,
    pub experience: Option<&'static Entry>,
    pub employer: Option<&'static Entry>,
}

impl Selection {
    pub fn get(&self, dim: Dimension) -> Option<&'static Entry> {
        match dim {
            Dimension::Role => self.role,
            Dimension::City => self.city,
            Dimension::Skill => self.skill,
            Dimension::Experience => self.experience,
            Dimension::Employer => self.employer,
        }
    }

    pub fn set(&mut self, dim: Dimension, choice: Option<&'static Entry>) {
        let slot = match dim {
            Dimension::Role => &mut self.role,
            Dimension::City => &mut self.city,
            Dimension::Skill => &mut self.skill,
            Dimension::Experience => &mut self.experience,
            Dimension::Employer => &mut self.employer,
        };
        *slot = choice;
    }

    /// The figures the model needs.
    pub fn inputs(&self) -> Inputs {
        Inputs {
            role: self.role.map(|e| e.lakh),
            experience: self.experience.map(|e| e.lakh),
            city: self.city.map(|e| e.lakh),
            skill: self.skill.map(|e| e.lakh),
            employer: self.employer.map(|e| e.lakh),
        }
    }

    /// `true` when every filter is "Any".
    pub fn is_any(&self) -> bool {
        Dimension::ALL.into_iter().all(|d| self.get(d).is_none())
    }
}

/// One of the two profiles in compare mode; A is the only one outside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Profile {
    A,
    B,
}

impl Profile {
    /// What goes before a parameter name in the URL.
    pub fn prefix(self) -> &'static str {
        match self {
            Profile::A => "",
            Profile::B => "b.",
        }
    }

    /// How a notice names one of this profile's filters.
    fn filter_name(self, dim: Dimension) -> String {
        match self {
            Profile::A => dim.label().to_string(),
            Profile::B => format!("profile B’s {}", dim.label()),
        }
    }
}

/// The id of a profile's select for one filter: `filter-city`, `filter-b-city`.
pub fn field_id(profile: Profile, dim: Dimension) -> String {
    let b = if profile == Profile::B { "b-" } else { "" };
    format!("filter-{b}{}", dim.param())
}

/// The parameter for profile A's offer, in lakh.
pub const OFFER_PARAM: &str = "offer";

/// The flag that keeps compare mode when profile B has no parameter of its own.
pub const COMPARE_FLAG: &str = "compare";

/// Longest value accepted; the longest real slug or alias is 24 characters.
pub const MAX_VALUE_LEN: usize = 64;
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
            Field::Filter(profile, dim) => format!("{} is set to Any", profile.filter_name(dim)),
            Field::Offer => "it was ignored".to_string(),
        }
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
        error: offer::OfferError,
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
                format!("The offer in the link was ignored: {}", error.message(quoted))
            }
            Notice::MoreProblems(count) => format!("{count} more problems in the link were ignored."),
        }
    }
}

/// A selection read from a URL, and what in the URL was ignored.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Decoded {
    pub selection: Selection,
    /// Profile A's offer, in lakh.
    pub offer: Option<f64>,
    /// Profile B, when the link opens compare mode.
    pub compare: Option<Selection>,
    /// What in the link was ignored, in link order.
    pub notices: Vec<Notice>,
}

/// Reads a query string (with or without the leading `?`). Never fails.
pub fn decode(query: &str, data: &'static Dataset) -> Decoded {
    let query = query.strip_prefix('?').unwrap_or(query);
    let mut profiles = [Selection::default(), Selection::default()];
    let mut compare_mode = false;
    let mut seen: Vec<(Profile, Dimension)> = Vec::new();
    let mut notices: Vec<Notice> = Vec::new();
    let mut offer: Option<Option<f64>> = None; // Some once the parameter has been seen

    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
        let key = percent_decode(raw_key);
        let value = percent_decode(raw_value);
        if key.trim().is_empty() {
            continue; // `=x` or `&&`: nothing to name, nothing to apply
        }
        if key == COMPARE_FLAG {
            compare_mode = true;
            continue;
        }
        if key == OFFER_PARAM {
            if offer.is_some() {
                notices.push(Notice::Repeated(Field::Offer));
                continue;
            }
            let value = value.trim();
            offer = Some(if value.is_empty() {
                None
            } else if value.chars().count() > MAX_VALUE_LEN {
                notices.push(Notice::TooLong { field: Field::Offer, chars: value.chars().count() });
                None
            } else {
                match offer::parse(value) {
                    Ok(lakh) => Some(lakh),
                    Err(error) => {
                        notices.push(Notice::BadOffer { error, quoted: quote(value) });
                        None
                    }
                }
            });
            continue;
        }
        let (profile, bare_key) = match key.strip_prefix(Profile::B.prefix()) {
            Some(rest) => (Profile::B, rest),
            None => (Profile::A, key.as_str()),
        };
        let Some(dim) = Dimension::from_param(bare_key) else {
            if !is_tracking_param(&key) {
                notices.push(Notice::UnknownParameter { quoted: quote(&key) });
            }
            continue;
        };
        compare_mode |= profile == Profile::B;
        if seen.contains(&(profile, dim)) {
            notices.push(Notice::Repeated(Field::Filter(profile, dim)));
            continue;
        }
        seen.push((profile, dim));
        let value = value.trim();
        if value.is_empty() {
            continue;
        }
        if value.chars().count() > MAX_VALUE_LEN {
            notices
                .push(Notice::TooLong { field: Field::Filter(profile, dim), chars: value.chars().count() });
        } else if let Some(entry) = dim.table(data).resolve(value) {
            profiles[profile as usize].set(dim, Some(entry));
        } else {
            notices.push(Notice::UnknownValue { profile, dim, quoted: quote(value) });
        }
    }
    if notices.len() > MAX_NOTICES {
        let more = notices.len() - (MAX_NOTICES - 1);
        notices.truncate(MAX_NOTICES - 1);
        notices.push(Notice::MoreProblems(more));
    }
    let [selection, b] = profiles;
    Decoded { selection, offer: offer.flatten(), compare: compare_mode.then_some(b), notices }
}

/// The canonical query string, without `?`; empty when all is "Any", there is no offer and
/// nothing is compared. Order: profile A's parameters, its offer, then B's with `b.`, each in
/// `Dimension::ALL` order.
pub fn encode(selection: &Selection, offer: Option<f64>, compare: Option<&Selection>) -> String {
    let params = |sel: &Selection, profile: Profile| -> Vec<String> {
        Dimension::ALL
            .into_iter()
            .filter_map(|dim| sel.get(dim).map(|e| format!("{}{}={}", profile.prefix(), dim.param(), e.slug)))
            .collect()
    };
    let mut parts = params(selection, Profile::A);
    if let Some(lakh) = offer {
        parts.push(format!("{OFFER_PARAM}={}", offer::canonical(lakh)));
    }
    if let Some(b) = compare {
        let b_parts = params(b, Profile::B);
        if b_parts.is_empty() {
            parts.push(format!("{COMPARE_FLAG}=1"));
        }
        parts.extend(b_parts);
    }
    parts.join("&")
}

/// Parameters that link shorteners, ads and analytics add; they are not ours to complain about.
fn is_tracking_param(key: &str) -> bool {
    let key = key.to_ascii_lowercase();
    key.starts_with("utm_") || key == "fbclid" || key == "gclid"
}

/// A short, printable excerpt of untrusted text for a notice.
fn quote(text: &str) -> String {
    let printable: String = text.chars().filter(|c| !c.is_control()).collect();
    if printable.chars().count() > QUOTE_LEN {
        let cut: String = printable.chars().take(QUOTE_LEN).collect();
        format!("{cut}…")
    } else {
        printable
    }
}

/// Decodes `%XX` escapes and `+` as in form encoding; malformed escapes stay literal
/// and invalid UTF-8 becomes U+FFFD, so any input decodes to some string.
pub fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(hi), Some(lo)) => {
                    out.push(hi << 4 | lo);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            other => out.push(other),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

#[cfg(test)]
mod tests;
