//! What a page holds between one thing a person does and the next, the same in both stages of
//! loading: the link on screen, the one the page opened with, what in that link was ignored,
//! what is typed in the form's fields and not (or not yet) taken as it stands, which
//! disclosures are open and what Copy link said. Everything a person does to the top of the
//! page is one operation on it, and it travels from the first stage to the app as one text
//! (`handover`).

use super::ids::{slot, SECTION_COMPARE};
use crate::data::dataset;
use crate::display::fields::{default_value, field_text, reading, sets_any, Disclosure, Reading, Value};
use crate::filters::{
    decode, encode, percent_decode, Field, Job, Kind, Link, Notice, Own, Param, Profile, Selection,
};

/// What Copy link did: the clipboard took the link, or refused it (then the link is shown to
/// copy by hand).
#[derive(Debug, Clone, PartialEq)]
pub struct Copied {
    pub ok: bool,
    pub url: String,
}

/// Which of the page's disclosures are open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Open {
    pub structure: bool,
    /// The current job's structure and city.
    pub current: bool,
    /// Stock, bonuses and switching.
    pub switching: bool,
    pub claims: bool,
    pub compare: bool,
}

/// Text typed in a field that is not the field's own text for the link: still being typed, or
/// `left` with a problem.
#[derive(Debug, Clone, PartialEq)]
pub struct Typed {
    pub field: Field,
    pub text: String,
    pub left: bool,
}

/// The page between events.
#[derive(Debug, Clone, PartialEq)]
pub struct Session {
    pub link: Link,
    /// What the link set when the page opened ("Start with mine" empties it).
    pub opened: Link,
    /// The query whose notices stand, until dismissed ("" then).
    pub notices_from: String,
    pub notices: Vec<Notice>,
    pub typed: Vec<Typed>,
    /// Which disclosures are open: the form's salary structure, its rent and investments, and
    /// the Compare section.
    pub open: Open,
    pub copied: Option<Copied>,
    /// Profile B's filters while the comparison is stopped: restarting it brings them back.
    pub set_aside: Option<Selection>,
}

impl Session {
    /// The page for a link (its query, with or without `?`), as it opens.
    pub fn open(query: &str) -> Session {
        let query = query.strip_prefix('?').unwrap_or(query);
        let decoded = decode(query, dataset());
        let link = decoded.link;
        Session {
            link,
            opened: link,
            notices_from: query.to_string(),
            notices: decoded.notices,
            typed: Vec::new(),
            open: Open {
                structure: sets_any(Disclosure::Structure, &link.job, &link.own),
                // Neither for a link: their fields come with the app, and opening one would
                // move the page when they came.
                current: false,
                switching: false,
                claims: sets_any(Disclosure::Claims, &link.job, &link.own),
                compare: link.compare.is_some(),
            },
            copied: None,
            set_aside: None,
        }
    }

    /// The canonical query of the link on screen, without `?`.
    pub fn query(&self) -> String {
        encode(&self.link)
    }

    /// A profile's job and the person's own terms, to write a parameter's slot.
    fn terms_mut(&mut self, profile: Profile) -> (&mut Job, &mut Own) {
        let Link { job, b_job, own, .. } = &mut self.link;
        match profile {
            Profile::A => (job, own),
            Profile::B => (b_job, own),
        }
    }

    /// A field's job and the person's own terms.
    pub fn terms(&self, profile: Profile) -> (&Job, &Own) {
        let job = match profile {
            Profile::A => &self.link.job,
            Profile::B => &self.link.b_job,
        };
        (job, &self.link.own)
    }

    /// What is typed in a field, if it is not the field's own text.
    pub fn typed(&self, field: Field) -> Option<&Typed> {
        self.typed.iter().find(|t| t.field == field)
    }

    /// Text typed into a field (`left`: and the field left). What it means applies: a value is
    /// set, a wrong text counts the default and is told, a half-typed one changes nothing.
    /// `false` for a field that takes no text.
    pub fn type_in(&mut self, field: Field, text: &str, left: bool) -> bool {
        let Field::Param(profile, param) = field else { return false };
        let Some(read) = reading(param, text, left) else { return false };
        let value = match read {
            Reading::Value(value, _) => Some(value),
            Reading::Incomplete => None,
            Reading::Wrong(_) => Some(default_value(param)),
        };
        if let Some(value) = value {
            self.set(profile, param, value);
        }
        self.typed.retain(|t| t.field != field);
        let (job, own) = self.terms(profile);
        if text != field_text(param, job, own) {
            self.typed.push(Typed { field, text: text.to_string(), left });
        }
        self.copied = None;
        true
    }

    fn set(&mut self, profile: Profile, param: Param, value: Value) {
        let (job, own) = self.terms_mut(profile);
        match (param.row().kind, value) {
            (Kind::Lakh(_, slot), Value::Lakh(lakh)) => slot.set(job, own, lakh),
            (
                Kind::Rupees(_, slot) | Kind::Number { slot, .. } | Kind::Coded { slot, .. },
                Value::Number(n),
            ) => slot.set(job, own, n),
            _ => {}
        }
    }

    /// A select of the form changed: a filter of a profile, or a choice (`slug`). `false` for a
    /// value the select does not offer, which changes nothing.
    pub fn choose(&mut self, field: Field, slug: &str) -> bool {
        match field {
            Field::Filter(profile, dim) => {
                let Some(choice) = dim.choice_from_form(dataset(), slug) else { return false };
                match profile {
                    Profile::A => self.link.selection.set(dim, choice),
                    Profile::B => match &mut self.link.compare {
                        Some(b) => b.set(dim, choice),
                        None => return false,
                    },
                }
            }
            Field::Param(profile, param) => {
                let Kind::Choice { slugs, slot, .. } = param.row().kind else { return false };
                let Some(i) = slugs.iter().position(|s| *s == slug) else { return false };
                let (job, own) = self.terms_mut(profile);
                slot.set(job, own, i);
            }
        }
        self.copied = None;
        true
    }

    /// "Start with mine": every amount, the structure and the claims cleared, the profiles'
    /// filters kept; the link is the person's own from now on.
    pub fn start_with_mine(&mut self) {
        self.link = Link { selection: self.link.selection, compare: self.link.compare, ..Link::default() };
        self.opened = Link::default();
        self.typed.clear();
        self.copied = None;
    }

    /// The notices about the link, dismissed.
    pub fn dismiss(&mut self) {
        self.notices.clear();
        self.notices_from.clear();
    }

    /// A disclosure opened or closed by the person, by its id; `false` for no such one.
    pub fn set_open(&mut self, id: &str, open: bool) -> bool {
        let flag = match id {
            slot::TERMS => &mut self.open.structure,
            slot::NOW => &mut self.open.current,
            slot::SWITCHING => &mut self.open.switching,
            slot::CLAIMS => &mut self.open.claims,
            SECTION_COMPARE => &mut self.open.compare,
            _ => return false,
        };
        *flag = open;
        true
    }

    /// Comparing two profiles, from B's filters as they were when it stopped, else a copy of
    /// A's, or not.
    pub fn set_comparing(&mut self, on: bool) {
        match (on, self.link.compare) {
            (true, None) => self.link.compare = Some(self.set_aside.take().unwrap_or(self.link.selection)),
            (false, Some(b)) => {
                self.set_aside = Some(b);
                self.link.compare = None;
                self.typed.retain(|t| t.field.profile() == Profile::A);
            }
            _ => {}
        }
        self.copied = None;
    }

    /// What Copy link did.
    pub fn copy(&mut self, ok: bool, url: &str) {
        self.copied = Some(Copied { ok, url: url.to_string() });
    }

    /// The link replaced from outside the form (back and forward): its notices with it, and
    /// every field shows the link's value afresh.
    pub fn replace(&mut self, query: &str) {
        let query = query.strip_prefix('?').unwrap_or(query);
        let decoded = decode(query, dataset());
        self.link = decoded.link;
        self.notices = decoded.notices;
        self.notices_from = query.to_string();
        self.typed.clear();
        self.set_aside = None;
        self.copied = None;
    }

    /// The session as one text, for the app to take over from the first stage: a query of its
    /// own, each value percent-encoded. The link is carried whole (the address is written a
    /// frame late), with the one it opened with, the notices' query, what is typed, the open
    /// disclosures and what Copy link said.
    pub fn handover(&self) -> String {
        let mut parts = vec![
            format!("l={}", percent_encode(&self.query())),
            format!("o={}", percent_encode(&encode(&self.opened))),
            format!("n={}", percent_encode(&self.notices_from)),
        ];
        let o = &self.open;
        parts.push(
            [o.structure, o.current, o.switching, o.claims, o.compare]
                .iter()
                .fold("d=".into(), |d, &on| d + flag(on)),
        );
        for t in &self.typed {
            parts.push(format!(
                "t={}{}{}",
                flag(t.left),
                t.field.key(),
                percent_encode(&format!("={}", t.text))
            ));
        }
        if let Some(c) = &self.copied {
            parts.push(format!("c={}{}", flag(c.ok), percent_encode(&c.url)));
        }
        parts.join("&")
    }

    /// The session `handover` wrote; `None` for a text that is not one.
    pub fn taken_over(text: &str) -> Option<Session> {
        let mut session: Option<Session> = None;
        let mut rest = Vec::new();
        for pair in text.split('&') {
            let (key, value) = pair.split_once('=')?;
            let value = percent_decode(value);
            match key {
                "l" => session = Some(Session::open(&value)),
                _ => rest.push((key, value)),
            }
        }
        let mut session = session?;
        for (key, value) in rest {
            match key {
                "o" => session.opened = decode(&value, dataset()).link,
                "n" => {
                    session.notices = decode(&value, dataset()).notices;
                    session.notices_from = value;
                }
                "d" => {
                    let open: Vec<bool> = value.bytes().map(|b| b == b'1').collect();
                    let [structure, current, switching, claims, compare] = open.as_slice() else {
                        return None;
                    };
                    session.open = Open {
                        structure: *structure,
                        current: *current,
                        switching: *switching,
                        claims: *claims,
                        compare: *compare,
                    };
                }
                "t" => {
                    let left = value.starts_with('1');
                    let (key, text) = value.get(1..)?.split_once('=')?;
                    let field = Field::from_key(key)?;
                    session.typed.push(Typed { field, text: text.to_string(), left });
                }
                "c" => {
                    session.copied =
                        Some(Copied { ok: value.starts_with('1'), url: value.get(1..)?.to_string() })
                }
                _ => return None,
            }
        }
        Some(session)
    }
}

/// A flag in the handover: "1" or "0", as text (a `u8` would bring its own formatter into the
/// first stage).
fn flag(on: bool) -> &'static str {
    if on {
        "1"
    } else {
        "0"
    }
}

/// `text` with every byte but letters, digits and `-._~` written as `%XX`: safe in a query.
pub fn percent_encode(text: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push('%');
            out.push(HEX[usize::from(b >> 4)] as char);
            out.push(HEX[usize::from(b & 15)] as char);
        }
    }
    out
}
