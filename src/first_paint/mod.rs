//! The first stage of loading: what the page shows for a link before the full app arrives, and
//! how it answers every control of the form until then.
//!
//! A small WebAssembly module (`src/bin/early.rs`, carried in the page itself) runs this on the
//! link's query and today's date, and a few lines of JavaScript apply the result to the static
//! shell in `index.html`, which the same components render (see `components/shell.rs`). What
//! it shows is the page model's (`page::page`), written through the table that binds elements
//! to it (`page::sets`): the app reads the same model through the same table, so when it takes
//! over nothing on screen changes. Each thing a person does comes back here (`event`) as an
//! operation on the session, and the answer is what changed, the canonical address and the
//! session for the app to take over. The sections below the summary wait for the app.

mod fill;

pub use fill::{encode, Fill};

use crate::data::{tax_years, Date};
use crate::filters::{Dimension, Field, Param, Profile};
#[cfg(test)]
use crate::page::LINK_NOTICE;
use crate::page::{page, sets, slot, Session, Set};
use crate::tax::{year_in_force, Coverage, YearInForce};
use std::borrow::Cow;

/// The first stage between events: the session, the year in force, and what the page shows
/// now, so that an answer writes only what changed.
#[derive(Debug, Clone, PartialEq)]
pub struct EarlyStage {
    session: Session,
    year: YearInForce,
    shown: Vec<(Cow<'static, str>, Set)>,
}

/// Profile A's control with this id: a select or a field.
fn field_of(id: &str) -> Option<Field> {
    let filters = Dimension::ALL.into_iter().map(|dim| Field::Filter(Profile::A, dim));
    let params = Param::ALL.iter().map(|&param| Field::Param(Profile::A, param));
    filters.chain(params).find(|f| f.id() == id)
}

impl EarlyStage {
    /// Reads a link (its query, with or without `?`) on `today`, and everything the first stage
    /// sets for it. The controls that answer from then on are the ones the shell renders
    /// disabled, and the form's disclosures: the loader enables them and sends what is done to
    /// them to `event`, which answers those it knows (`field_of`, the buttons, the disclosures).
    ///
    /// On a day before the first tax year it carries, it sets nothing, and the page waits for
    /// the app: the first stage's module carries only the latest year (`build.rs`), and the
    /// app knows the years before it.
    pub fn open(query: &str, today: Date) -> (EarlyStage, Vec<Fill>) {
        let session = Session::open(query);
        let year = year_in_force(today, tax_years());
        if year.coverage == Coverage::BeforeFirst {
            return (EarlyStage { session, year, shown: Vec::new() }, Vec::new());
        }
        let shown = sets(&page(&session, &year));
        let mut out: Vec<Fill> = shown.iter().map(|(id, set)| Fill::Set(id.clone(), set.clone())).collect();
        out.push(Fill::Handover(session.handover()));
        (EarlyStage { session, year, shown }, out)
    }

    /// What a person did, as the loader reports it, and what that changes:
    /// - `i:id=value`: a field typed in, or a select changed;
    /// - `c:id=value`: a field left;
    /// - `k:id`: a button pressed (Dismiss, Start with mine; Copy link is the loader's);
    /// - `o:id=1` or `o:id=`: a disclosure opened or closed;
    /// - `y:url` or `n:url`: the clipboard took the link, or refused it.
    ///
    /// Anything else, or a value no control offers, changes nothing.
    pub fn event(&mut self, what: &str) -> Vec<Fill> {
        let Some((kind, rest)) = what.split_once(':') else { return Vec::new() };
        let (id, value) = rest.split_once('=').unwrap_or((rest, ""));
        let s = &mut self.session;
        let acted = match kind {
            "i" | "c" => match field_of(id) {
                Some(field) if !field.has_text_line() => kind == "i" && s.choose(field, value),
                Some(field) => s.type_in(field, value, kind == "c"),
                None => false,
            },
            "k" if id == slot::DISMISS => {
                s.dismiss();
                true
            }
            "k" if id == slot::START_WITH_MINE => {
                s.start_with_mine();
                true
            }
            "o" => s.set_open(id, value == "1"),
            "y" | "n" => {
                s.copy(kind == "y", rest);
                true
            }
            _ => false,
        };
        if !acted {
            return Vec::new();
        }
        let now = sets(&page(&self.session, &self.year));
        let mut out: Vec<Fill> = now
            .iter()
            .filter(|set| !self.shown.contains(set))
            .map(|(id, set)| Fill::Set(id.clone(), set.clone()))
            .collect();
        if kind == "n" {
            out.push(Fill::Select(slot::MANUAL_LINK_FIELD));
        }
        self.shown = now;
        // The address is the link's, which Copy link and the disclosures leave as it is.
        if !matches!(kind, "y" | "n" | "o") {
            out.push(Fill::Address(self.session.query()));
        }
        out.push(Fill::Handover(self.session.handover()));
        out
    }
}

/// Everything the first stage sets for a link on a day (see `EarlyStage::open`).
pub fn fills(query: &str, today: Date) -> Vec<Fill> {
    EarlyStage::open(query, today).1
}

/// Whether the notice is hidden in these fills (for the tests).
#[cfg(test)]
fn notice_hidden(fills: &[Fill]) -> Option<bool> {
    fills.iter().rev().find_map(|f| match f {
        Fill::Set(id, Set::Hidden(h)) if id == LINK_NOTICE => Some(*h),
        _ => None,
    })
}

#[cfg(test)]
mod tests;
