//! Which element shows what: one table from element ids to what of the page model each shows
//! (a text, a hidden flag, a value, an open flag), and the rule for the form's fields and
//! selects, whose ids come from the link's table. The first stage writes the page from it, and
//! the view reads its texts and flags through it, so no id is bound twice.

use super::ids::slot;
use super::ids::{LINK_NOTICE, SECTION_COMPARE};
use super::model::{FieldView, Page};
use crate::display::fields::{disclosure_of, Disclosure};
use crate::filters::Field;
use std::borrow::Cow;

/// What an element shows of the page.
#[derive(Clone, Copy)]
pub enum Shows {
    Text(fn(&Page) -> &str),
    Hidden(fn(&Page) -> bool),
    /// A field's value.
    Value(fn(&Page) -> &str),
    /// A disclosure's open flag.
    Open(fn(&Page) -> bool),
}

/// One row of the table: an element, and what it shows.
#[derive(Clone, Copy)]
pub struct Binding {
    pub id: &'static str,
    pub shows: Shows,
}

const fn text(id: &'static str, f: fn(&Page) -> &str) -> Binding {
    Binding { id, shows: Shows::Text(f) }
}

const fn hidden(id: &'static str, f: fn(&Page) -> bool) -> Binding {
    Binding { id, shows: Shows::Hidden(f) }
}

/// A notice's row: its text, or nothing.
fn notice(p: &Page, i: usize) -> &str {
    p.notices.get(i).map_or("", String::as_str)
}

/// Every element of the top of the page but the form's fields and selects (`field_sets`).
pub static BINDINGS: &[Binding] = &[
    text(slot::OFFERS, |p| &p.summary.offers),
    hidden(slot::OFFERS, |p| p.summary.offers.is_empty()),
    text(slot::TITLE, |p| &p.summary.title),
    text(slot::IN_HAND, |p| &p.summary.in_hand),
    text(slot::REGIME, |p| &p.summary.regime),
    text(slot::REGIME_REST, |p| &p.summary.regime_rest),
    hidden(slot::VERDICT_ROW, |p| p.summary.verdict.is_empty()),
    text(slot::VERDICT, |p| &p.summary.verdict),
    text(slot::COUNTER, |p| &p.summary.counter),
    hidden(slot::COUNTER, |p| p.summary.counter.is_empty()),
    text(slot::FIRST_YEAR, |p| &p.summary.first_year),
    hidden(slot::FIRST_YEAR, |p| p.summary.first_year.is_empty()),
    hidden(slot::HIKE_ROW, |p| !p.summary.shows_current),
    hidden(slot::HIKE, |p| !p.summary.has_hike),
    text(slot::HIKE_AGAINST, |p| &p.summary.hike[0]),
    text(slot::HIKE_CTC, |p| &p.summary.hike[1]),
    text(slot::HIKE_MORE_CTC, |p| &p.summary.hike[2]),
    text(slot::HIKE_IN_HAND, |p| &p.summary.hike[3]),
    text(slot::HIKE_REST, |p| &p.summary.hike[4]),
    text(slot::AGAINST_CURRENT, |p| &p.summary.against_current),
    hidden(slot::AGAINST_CURRENT, |p| p.summary.against_current.is_empty()),
    hidden(slot::ASK_ROW, |p| !p.summary.has_ask),
    text(slot::ASK_LEAD, |p| &p.summary.ask[0]),
    text(slot::ASK_CTC, |p| &p.summary.ask[1]),
    text(slot::ASK_REST, |p| &p.summary.ask[2]),
    text(slot::ASK_POSITION, |p| &p.summary.ask_position),
    text(slot::ASK_HIKE, |p| &p.summary.ask_hike),
    hidden(slot::ASK_HIKE, |p| p.summary.ask_hike.is_empty()),
    text(slot::FIGURE, |p| &p.summary.figure),
    text(slot::NO_FIGURES, |p| &p.summary.no_figures),
    hidden(slot::NO_FIGURES, |p| p.summary.no_figures.is_empty()),
    text(slot::ESTIMATE_IN_HAND, |p| &p.summary.estimate_in_hand),
    hidden(slot::ESTIMATE_IN_HAND, |p| !p.summary.has_offer),
    text(slot::DETAIL, |p| &p.summary.detail),
    text(slot::RANGE, |p| &p.summary.range),
    hidden(slot::OFFER_NOTES, |p| !p.summary.has_offer),
    text(slot::PROFILE, |p| &p.summary.profile),
    hidden(LINK_NOTICE, |p| p.notices.is_empty()),
    text(slot::NOTICE_ROWS[0], |p| notice(p, 0)),
    hidden(slot::NOTICE_ROWS[0], |p| p.notices.is_empty()),
    text(slot::NOTICE_ROWS[1], |p| notice(p, 1)),
    hidden(slot::NOTICE_ROWS[1], |p| p.notices.len() < 2),
    text(slot::NOTICE_ROWS[2], |p| notice(p, 2)),
    hidden(slot::NOTICE_ROWS[2], |p| p.notices.len() < 3),
    text(slot::NOTICE_ROWS[3], |p| notice(p, 3)),
    hidden(slot::NOTICE_ROWS[3], |p| p.notices.len() < 4),
    text(slot::NOTICE_ROWS[4], |p| notice(p, 4)),
    hidden(slot::NOTICE_ROWS[4], |p| p.notices.len() < 5),
    text(slot::SHARED_TEXT, |p| &p.summary.shared),
    hidden(slot::SHARED, |p| p.summary.shared.is_empty()),
    text(slot::LINK_OFFER, |p| &p.privacy),
    hidden(slot::LINK_OFFER, |p| p.privacy.is_empty()),
    text(slot::COPY_STATUS, |p| &p.copy_status),
    hidden(slot::MANUAL_LINK, |p| p.manual_link.is_none()),
    Binding { id: slot::MANUAL_LINK_FIELD, shows: Shows::Value(|p| p.manual_link.as_deref().unwrap_or("")) },
    Binding { id: slot::TERMS, shows: Shows::Open(|p| p.open.structure) },
    Binding { id: slot::NOW, shows: Shows::Open(|p| p.open.current) },
    Binding { id: slot::SWITCHING, shows: Shows::Open(|p| p.open.switching) },
    Binding { id: slot::CLAIMS, shows: Shows::Open(|p| p.open.claims) },
    Binding { id: SECTION_COMPARE, shows: Shows::Open(|p| p.open.compare) },
];

/// What the table binds to `id` that `matches`; `None` when it binds nothing so.
pub fn binding(id: &str, matches: fn(&Shows) -> bool) -> Option<Shows> {
    BINDINGS.iter().find(|b| b.id == id && matches(&b.shows)).map(|b| b.shows)
}

/// What to set on one element.
#[derive(Debug, Clone, PartialEq)]
pub enum Set {
    Text(String),
    Hidden(bool),
    Value(String),
    Open(bool),
    /// `aria-invalid`: the line under a field says its text cannot be used.
    Invalid(bool),
}

/// Everything the page sets, element by element, in the table's order and then the form's:
/// each field's value, line and flag (`Field::id`, `Field::status_id`), each select's value,
/// and each choice's options' words.
pub fn sets(page: &Page) -> Vec<(Cow<'static, str>, Set)> {
    let mut out: Vec<(Cow<'static, str>, Set)> = BINDINGS
        .iter()
        .map(|b| {
            let set = match b.shows {
                Shows::Text(f) => Set::Text(f(page).to_string()),
                Shows::Hidden(f) => Set::Hidden(f(page)),
                Shows::Value(f) => Set::Value(f(page).to_string()),
                Shows::Open(f) => Set::Open(f(page)),
            };
            (Cow::Borrowed(b.id), set)
        })
        .collect();
    for (field, slug) in &page.filters {
        out.push((field.id().into(), Set::Value(slug.to_string())));
    }
    // Some disclosures' fields come with the app: the shell has none.
    let in_shell = |f: &&FieldView| {
        let Field::Param(_, param) = f.field else { return true };
        !disclosure_of(param).is_some_and(Disclosure::app_only)
    };
    for f in page.fields.iter().filter(in_shell) {
        let id = f.field.id();
        if f.field.has_text_line() {
            out.push((f.field.status_id().into(), Set::Text(f.line.clone())));
            out.push((id.clone().into(), Set::Invalid(f.invalid)));
        }
        out.push((id.into(), Set::Value(f.text.clone())));
    }
    for (id, words) in &page.options {
        out.push((id.clone().into(), Set::Text(words.clone())));
    }
    out
}
