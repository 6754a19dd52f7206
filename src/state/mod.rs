//! The app's reactive state: the session (`page::Session`) in one signal, the page model
//! (`page::page`) of it in one memo, and the memos the sections below the summary read from
//! that. Every change is an operation on the session. No browser APIs, so it is tested natively.

mod undo;

pub use undo::Applied;

use crate::data::Entry;
use crate::display::summary::employer_nps_line;
use crate::display::summary::Texts;
use crate::display::{offers, years};
use crate::filters::{encode, Dimension, Field, Job, Link, Own, Profile, Selection};
use crate::model::{Estimate, Model};
use crate::page::{fields_of, page, two_offers_texts, FieldView, Page, Session, Terms};
use crate::tax::{Claims, Comparison, Structure, YearInForce};
use leptos::prelude::*;

/// Shared through context by every component.
#[derive(Debug, Clone, Copy)]
pub struct AppState {
    /// The link on screen and what the person did to it.
    pub session: RwSignal<Session>,
    /// Everything the top of the page says and shows, and the figures below it.
    pub page: Memo<Page>,
    /// How many times the link was replaced from outside the form (Start with mine, back and
    /// forward): each time, every field shows the link's value afresh.
    pub replaced: RwSignal<u32>,
    /// The last lever applied, while nothing else has changed since.
    pub applied: RwSignal<Option<Applied>>,
    /// Profile A's filters, B's while comparing, their jobs and the person's own terms.
    pub a: Memo<Selection>,
    pub b: Memo<Option<Selection>>,
    pub job: Memo<Job>,
    pub b_job: Memo<Job>,
    pub own: Memo<Own>,
    /// Profile A's estimate, and both regimes for its offer or the estimate as shown.
    pub estimate: Memo<Estimate>,
    pub lead: Memo<Comparison>,
    /// Profile B's, while comparing.
    pub b_estimate: Memo<Option<Estimate>>,
    pub b_lead: Memo<Option<Comparison>>,
    /// What the summary at the top says, and the phone's bar after it.
    pub summary: Memo<Texts>,
    /// "Four years", worked out afresh on each change of the link (about 0.1 ms natively for
    /// three choices), not on text typed that changes nothing or a disclosure opened: its
    /// sentence is the summary's last line too, which the app alone writes (the first stage
    /// keeps its place).
    pub years: Memo<years::Texts>,
    /// Profile B's fields in the compare panel (A's are the page model's), while comparing.
    pub b_fields: Memo<Vec<FieldView>>,
    /// The model's constants, from the bundled data.
    pub model: Model,
    /// The tax year in force on the person's date, chosen once when the page opens.
    pub year: YearInForce,
}

impl AppState {
    /// State for a link such as `?role=backend-developer&city=pune`, on the person's date.
    pub fn from_query(query: &str, today: crate::data::Date) -> AppState {
        AppState::of(Session::open(query), today)
    }

    /// State from a session (the link's, or the first stage's, taken over).
    pub fn of(session: Session, today: crate::data::Date) -> AppState {
        let year = crate::tax::year_in_force(today, crate::data::tax_years());
        let session = RwSignal::new(session);
        let page = Memo::new(move |_| session.with(|s| page(s, &year)));
        // The link's parts, each a memo that notifies only when its part changes.
        let a = Memo::new(move |_| session.with(|s| s.link.selection));
        let b = Memo::new(move |_| session.with(|s| s.link.compare));
        let job = Memo::new(move |_| session.with(|s| s.link.job));
        let b_job = Memo::new(move |_| session.with(|s| s.link.b_job));
        let own = Memo::new(move |_| session.with(|s| s.link.own));
        AppState {
            session,
            page,
            replaced: RwSignal::new(0),
            applied: RwSignal::new(None),
            a,
            b,
            job,
            b_job,
            own,
            estimate: Memo::new(move |_| page.with(|p| p.estimate)),
            lead: Memo::new(move |_| page.with(|p| p.lead)),
            b_estimate: Memo::new(move |_| page.with(|p| p.b.as_ref().map(|b| b.estimate))),
            b_lead: Memo::new(move |_| page.with(|p| p.b.as_ref().map(|b| b.lead))),
            summary: Memo::new(move |_| page.with(|p| p.summary.clone())),
            // Always taken as changed: comparing the tables would cost the module more than the
            // few texts it saves rewriting.
            years: Memo::new_with_compare(
                move |_| {
                    let link = Link {
                        selection: a.get(),
                        job: job.get(),
                        own: own.get(),
                        compare: b.get(),
                        b_job: b_job.get(),
                    };
                    years::texts(&link, today, crate::data::tax_years())
                },
                |_, _| true,
            ),
            b_fields: Memo::new(move |_| {
                session.with(|s| {
                    let Some(selection) = s.link.compare else { return Vec::new() };
                    let line = page.with(|p| {
                        p.b.as_ref().map(|b| {
                            let terms = Terms::of(&selection, &s.link.b_job, &s.link.own);
                            employer_nps_line(terms.employer_nps(&year, &b.lead))
                        })
                    });
                    fields_of(s, Profile::B, &line.unwrap_or_default())
                })
            }),
            model: Model::from_dataset(crate::data::dataset()),
            year,
        }
    }

    /// "Two offers", while comparing with both offers given: worked out where its section asks
    /// (the summary has the verdict).
    pub fn offers(&self) -> Option<offers::Texts> {
        self.session.with(|s| self.page.with(|p| two_offers_texts(s, p, &self.year)))
    }

    /// An operation on the session.
    pub fn act<T>(&self, f: impl FnOnce(&mut Session) -> T) -> T {
        let mut out = None;
        self.session.update(|s| out = Some(f(s)));
        out.expect("the update ran")
    }

    /// An operation that replaces the link from outside the form: the fields show it afresh.
    pub fn replace(&self, f: impl FnOnce(&mut Session)) {
        self.session.update(f);
        self.replaced.update(|n| *n += 1);
    }

    /// A choice for one filter of a profile; `None` is "Any". Ignored for B outside compare mode.
    pub fn choose(&self, profile: Profile, dim: Dimension, choice: Option<&'static Entry>) {
        let slug = choice.map_or("", |e| e.slug.as_ref());
        self.act(|s| s.choose(Field::Filter(profile, dim), slug));
    }

    /// The current selection of a profile (`None` for B outside compare mode).
    pub fn profile(&self, profile: Profile) -> Option<Selection> {
        match profile {
            Profile::A => Some(self.a.get()),
            Profile::B => self.b.get(),
        }
    }

    /// The slug chosen in one filter of a profile, as a memo. Views that mark the choice
    /// (options, chart bars) read this, so a change to the city re-runs only the city's.
    pub fn chosen(&self, profile: Profile, dim: Dimension) -> Memo<Option<&'static str>> {
        let state = *self;
        Memo::new(move |_| state.profile(profile).and_then(|sel| sel.get(dim)).map(|e| e.slug.as_ref()))
    }

    /// Starts comparing, with B a copy of A to vary from, or stops.
    pub fn set_comparing(&self, on: bool) {
        self.act(|s| s.set_comparing(on));
    }

    /// Profile A's offer (CTC), in lakh.
    pub fn offer(&self) -> Option<f64> {
        self.job.with(|j| j.offer)
    }

    /// The person's current CTC, in lakh.
    pub fn current(&self) -> Option<f64> {
        self.own.with(|o| o.current)
    }

    /// How profile A's CTCs are made up.
    pub fn structure(&self) -> Structure {
        self.job.with(|j| j.structure)
    }

    /// What the person claims under the old regime in profile A's job.
    pub fn claims(&self) -> Claims {
        self.job.with(|j| self.own.with(|o| j.claims(o)))
    }

    /// A field's view: profile A's from the page model, B's from the compare panel's.
    pub fn field_view(&self, field: Field) -> Option<FieldView> {
        match field.profile() {
            Profile::A => self.page.with(|p| p.field(field).cloned()),
            Profile::B => self.b_fields.with(|f| f.iter().find(|v| v.field == field).cloned()),
        }
    }

    /// Everything on screen that a link carries.
    pub fn link(&self) -> Link {
        self.session.with(|s| s.link)
    }

    /// The canonical query string for what is on screen, without `?`.
    pub fn query(&self) -> String {
        self.session.with(|s| encode(&s.link))
    }

    /// `query()` without subscribing the caller (for event handlers and timers).
    pub fn query_untracked(&self) -> String {
        untrack(|| self.query())
    }
}

#[cfg(test)]
mod tests;
