//! The app's reactive state: the selections (profile A, and B while comparing), the amounts
//! and the salary structure, what was ignored in the link, the tax year in force, and the
//! estimates derived from them. No browser APIs, so it is tested natively.

use crate::amount;
use crate::data::{dataset, tax_years, Date, Entry};
use crate::display::link_privacy::shared_line;
use crate::display::offers::{self, Offer};
use crate::display::summary::{self, Texts};
use crate::filters::{decode, encode, Decoded, Dimension, Job, Link, Notice, Own, Profile, Selection, Slot};
use crate::format::round_to_tenth;
use crate::model::{Estimate, Model};
use crate::tax::{
    compare, employer_nps_effect, least_ctc, new_regime, year_in_force, Claims, Comparison, Structure,
    YearInForce,
};
use leptos::prelude::*;

/// A lever applied, until the next change: the profile before it, and everything after it (as
/// the link's query: one comparison of strings is smaller code than a derived one of links).
#[derive(Debug, Clone, PartialEq)]
pub struct Applied {
    pub before: Selection,
    pub after: String,
    /// The lever's words: "Learn Data Security Expertise".
    pub action: String,
}

/// Shared through context by every component.
#[derive(Debug, Clone, Copy)]
pub struct AppState {
    /// Profile A: the form everyone sees.
    pub a: RwSignal<Selection>,
    /// Profile A's job: its offer, salary structure and rent.
    pub job: RwSignal<Job>,
    /// What the person has whatever the job: the current CTC, the old regime's deductions.
    pub own: RwSignal<Own>,
    /// Profile B, while comparing.
    pub b: RwSignal<Option<Selection>>,
    /// Profile B's job: its offer, structure, joining bonus and rent (in the link while comparing).
    pub b_job: RwSignal<Job>,
    /// What in the link was ignored, worded where it is shown.
    pub notices: RwSignal<Vec<Notice>>,
    /// Profile A's estimate: the headline.
    pub estimate: Memo<Estimate>,
    /// Both regimes for profile A's offer, or for the estimate as shown without one: what the
    /// summary leads with and the regime section shows.
    pub lead: Memo<Comparison>,
    /// What the summary at the top says, and the phone's bar after it.
    pub summary: Memo<Texts>,
    /// What the link set when the page opened, to say which terms came with it ("Start with
    /// mine" sets it to nothing).
    pub opened: RwSignal<Link>,
    /// The last lever applied, while nothing else has changed since.
    pub applied: RwSignal<Option<Applied>>,
    /// How many times the link's amounts were replaced from outside the form (Start with mine,
    /// back and forward): each time, every field shows the link's value afresh.
    pub replaced: RwSignal<u32>,
    /// Profile B's, while comparing.
    pub b_estimate: Memo<Option<Estimate>>,
    /// Both regimes for profile B's offer, or for its estimate as shown without one, on B's
    /// job and city with the shared claims; while comparing.
    pub b_lead: Memo<Option<Comparison>>,
    /// The "Two offers" section, while comparing with both offers given.
    pub offers: Memo<Option<offers::Texts>>,
    /// The model's constants, from the bundled data.
    pub model: Model,
    /// The tax year in force on the person's date, chosen once when the page opens.
    pub year: YearInForce,
}

impl AppState {
    /// State preset from a query string such as `?role=backend-developer&city=pune`, on the
    /// person's date `today`, which picks the tax year.
    pub fn from_query(query: &str, today: Date) -> AppState {
        AppState::taking_over(query, query, today)
    }

    /// State from the address `query`, with the notices of the link `notices_from`: the
    /// first stage may have rewritten the address, and its notices stand until dismissed.
    pub fn taking_over(query: &str, notices_from: &str, today: Date) -> AppState {
        let Decoded { link, .. } = decode(query, dataset());
        let notices = decode(notices_from, dataset()).notices;
        let a = RwSignal::new(link.selection);
        let b = RwSignal::new(link.compare);
        let b_job = RwSignal::new(link.b_job);
        let (job, own) = (RwSignal::new(link.job), RwSignal::new(link.own));
        let model = Model::from_dataset(dataset());
        let year = year_in_force(today, tax_years());
        let estimate = Memo::new(move |_| model.estimate(&a.get().inputs()));
        // Both regimes for a CTC in lakh on profile A's terms, in its city.
        let both = move |lakh: f64| {
            let city = a.with(|a| a.city.map(|c| c.slug.as_str()));
            let (structure, claims) = job.with(|j| own.with(|o| (j.structure, j.claims(o))));
            compare(year.rules, lakh * 100_000.0, &structure, &claims, city)
        };
        let lead = Memo::new(move |_| {
            both(job.with(|j| j.offer).unwrap_or_else(|| round_to_tenth(estimate.get().lakh)))
        });
        let b_estimate = Memo::new(move |_| b.get().map(|b| model.estimate(&b.inputs())));
        let b_lead = Memo::new(move |_| {
            let selection = b.get()?;
            let lakh =
                b_job.with(|j| j.offer).or_else(|| b_estimate.get().map(|e| round_to_tenth(e.lakh)))?;
            let city = selection.city.map(|c| c.slug.as_str());
            let (structure, claims) = b_job.with(|j| own.with(|o| (j.structure, j.claims(o))));
            Some(compare(year.rules, lakh * 100_000.0, &structure, &claims, city))
        });
        let offers = Memo::new(move |_| {
            let (a_ctc, b_ctc) = (job.with(|j| j.offer)?, b_job.with(|j| j.offer)?);
            let (b_est, b_pay) = (b_estimate.get()?, b_lead.get()?);
            let current_pay = own.with(|o| o.current).map(both);
            let b_offer = Offer { ctc: b_ctc, join: b_job.with(|j| j.join), estimate: &b_est, pay: &b_pay };
            Some(lead.with(|lead| {
                estimate.with(|estimate| {
                    let a_offer = Offer { ctc: a_ctc, join: job.with(|j| j.join), estimate, pay: lead };
                    offers::texts(year.rules, &a_offer, &b_offer, current_pay.as_ref())
                })
            }))
        });
        let opened = RwSignal::new(link);
        let summary = Memo::new(move |_| {
            let (offer, current) = (job.with(|j| j.offer), own.with(|o| o.current));
            let offered = opened.with(|o| o.job.offer);
            let current_pay = current.map(both);
            let shown = round_to_tenth(estimate.get().lakh);
            let estimate_pay = offer.map(|_| {
                let city = a.with(|a| a.city.map(|c| c.slug.as_str()));
                new_regime(year.rules, shown * 100_000.0, &job.with(|j| j.structure), city)
            });
            let want = own.with(|o| o.want);
            let ask = (want > 0.0)
                .then(|| {
                    let city = a.with(|a| a.city.map(|c| c.slug.as_str()));
                    let (structure, claims) = job.with(|j| own.with(|o| (j.structure, j.claims(o))));
                    least_ctc(year.rules, want, &structure, &claims, city, amount::MAX_LAKH * 100_000.0)
                })
                .flatten();
            let estimate_lead = offer.filter(|&o| o < shown).map(|_| both(shown));
            let employer_nps = lead.with(|lead| {
                let city = a.with(|a| a.city.map(|c| c.slug.as_str()));
                let (structure, claims) = job.with(|j| own.with(|o| (j.structure, j.claims(o))));
                employer_nps_effect(year.rules, lead, &structure, &claims, city)
            });
            lead.with(|lead| {
                estimate.with(|estimate| {
                    a.with(|selection| {
                        summary::texts(&summary::Inputs {
                            selection,
                            estimate,
                            offer,
                            current,
                            offer_from_the_link: offered.is_some() && offered == offer,
                            lead: Some(lead),
                            current_pay: current_pay.as_ref(),
                            estimate_pay: estimate_pay.as_ref(),
                            want,
                            ask: ask.as_ref(),
                            estimate_lead: estimate_lead.as_ref(),
                            employer_nps,
                            shared: opened.with(|opened| {
                                let now = Link {
                                    selection: *selection,
                                    job: job.get(),
                                    own: own.get(),
                                    compare: b.get(),
                                    b_job: b_job.get(),
                                };
                                shared_line(&now, opened)
                            }),
                        })
                    })
                })
            })
        });
        AppState {
            a,
            job,
            own,
            b,
            b_job,
            notices: RwSignal::new(notices),
            estimate,
            lead,
            summary,
            opened,
            applied: RwSignal::new(None),
            replaced: RwSignal::new(0),
            b_estimate,
            b_lead,
            offers,
            model,
            year,
        }
    }

    /// Applies a lever: the choice, remembered with the profile before it so it can be undone.
    pub fn apply(&self, dim: Dimension, choice: &'static Entry, action: String) {
        let before = self.a.get_untracked();
        self.choose(Profile::A, dim, Some(choice));
        self.applied.set(Some(Applied { before, after: untrack(|| self.query()), action }));
    }

    /// The lever applied last, if nothing has changed since: what Undo would put back.
    pub fn undoable(&self) -> Option<Applied> {
        self.applied.get().filter(|applied| applied.after == self.query())
    }

    /// Puts the profile back as it was before the last lever, if nothing has changed since.
    pub fn undo(&self) {
        if let Some(applied) = untrack(|| self.undoable()) {
            self.a.set(applied.before);
        }
        self.applied.set(None);
    }

    /// Clears every amount, the structure and the claims, keeping the profile's filters: the
    /// page as the person would start it, from a link someone sent them.
    pub fn start_with_mine(&self) {
        self.job.set(Job::default());
        self.b_job.set(Job::default());
        self.own.set(Own::default());
        self.opened.set(Link::default());
        self.replaced.update(|n| *n += 1);
    }

    /// Re-reads the address, after back/forward.
    pub fn apply_query(&self, query: &str) {
        let Decoded { link, notices } = decode(query, dataset());
        self.a.set(link.selection);
        self.job.set(link.job);
        self.own.set(link.own);
        self.b.set(link.compare);
        self.b_job.set(link.b_job);
        self.notices.set(notices);
        self.replaced.update(|n| *n += 1);
    }

    /// A choice for one filter of a profile; `None` is "Any". Ignored for B outside compare mode.
    pub fn choose(&self, profile: Profile, dim: Dimension, choice: Option<&'static Entry>) {
        match profile {
            Profile::A => self.a.update(|sel| sel.set(dim, choice)),
            Profile::B => self.b.update(|b| {
                if let Some(b) = b {
                    b.set(dim, choice)
                }
            }),
        }
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
        Memo::new(move |_| state.profile(profile).and_then(|sel| sel.get(dim)).map(|e| e.slug.as_str()))
    }

    /// Starts comparing, with B a copy of A to vary from, or stops.
    pub fn set_comparing(&self, on: bool) {
        match (on, self.b.get_untracked()) {
            (true, None) => self.b.set(Some(self.a.get_untracked())),
            (false, Some(_)) => self.b.set(None),
            _ => {}
        }
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

    /// The value in `slot` of profile A's link, tracked.
    pub fn read<T>(&self, slot: Slot<T>) -> T {
        self.read_for(Profile::A, slot)
    }

    /// Sets the value in `slot` of profile A's link.
    pub fn write<T>(&self, slot: Slot<T>, value: T) {
        self.write_for(Profile::A, slot, value)
    }

    /// A profile's job: A's, or B's.
    pub fn job_of(&self, profile: Profile) -> RwSignal<Job> {
        match profile {
            Profile::A => self.job,
            Profile::B => self.b_job,
        }
    }

    /// The value in `slot` of a profile's terms, tracked (the person's own are shared).
    pub fn read_for<T>(&self, profile: Profile, slot: Slot<T>) -> T {
        match slot {
            Slot::Job(get, _) => self.job_of(profile).with(get),
            Slot::Own(get, _) => self.own.with(get),
        }
    }

    /// Sets the value in `slot` of a profile's terms.
    pub fn write_for<T>(&self, profile: Profile, slot: Slot<T>, value: T) {
        match slot {
            Slot::Job(_, set) => self.job_of(profile).update(|j| set(j, value)),
            Slot::Own(_, set) => self.own.update(|o| set(o, value)),
        }
    }

    /// Everything on screen that a link carries.
    pub fn link(&self) -> Link {
        Link {
            selection: self.a.get(),
            job: self.job.get(),
            own: self.own.get(),
            compare: self.b.get(),
            b_job: self.b_job.get(),
        }
    }

    /// The canonical query string for what is on screen, without `?`.
    pub fn query(&self) -> String {
        encode(&self.link())
    }

    /// `query()` without subscribing the caller (for event handlers and timers).
    pub fn query_untracked(&self) -> String {
        untrack(|| self.query())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(dim: Dimension, slug: &str) -> Option<&'static Entry> {
        Some(dim.table(dataset()).find(slug).expect("a known slug"))
    }

    /// The pinned date of the tests: tax year 2026-27.
    fn today() -> Date {
        Date::parse("2026-12-01").unwrap()
    }

    fn state(query: &str) -> AppState {
        AppState::from_query(query, today())
    }

    fn in_owner<T>(f: impl FnOnce() -> T) -> T {
        let owner = Owner::new();
        owner.with(f)
    }

    #[test]
    fn a_preset_link_gives_the_worked_example() {
        in_owner(|| {
            let state = state("?role=senior-backend-developer&exp=mid&city=bengaluru&skill=python");
            let e = state.estimate.get_untracked();
            assert_eq!(crate::format::short_money(e.lakh), "₹14.1 L");
            assert!(state.notices.get_untracked().is_empty());
        });
    }

    #[test]
    fn two_offers_and_a_take_home_wanted_are_worked_out_from_the_link() {
        in_owner(|| {
            let state = state(
                "?role=senior-backend-developer&city=bengaluru&offer=19&var=15&want=150000\
                 &b.role=senior-backend-developer&b.city=pune&b.offer=17.5&b.join=2",
            );
            let offers = state.offers.get().expect("both offers are given");
            // B, all fixed pay in Pune, pays more a month although its CTC is lower.
            assert!(offers.verdict.starts_with("Offer B pays"), "{}", offers.verdict);
            assert_eq!(offers.a.monthly, state.summary.get().in_hand);
            // The CTC to ask for reaches ₹1,50,000 a month, on A's structure.
            let ask = &state.summary.get().ask;
            assert!(ask[0].starts_with("To take home ₹1,50,000 a month"), "{ask:?}");
            // Without B's offer there is no verdict, and changing it is in the link.
            state.b_job.update(|j| j.offer = None);
            assert!(state.offers.get().is_none());
            assert!(!state.query().contains("b.offer"));
        });
    }

    #[test]
    fn choosing_updates_the_estimate_and_the_query() {
        in_owner(|| {
            let state = state("");
            assert_eq!(state.estimate.get_untracked().lakh, 8.0);
            state.choose(Profile::A, Dimension::City, entry(Dimension::City, "bengaluru"));
            assert_eq!(state.query(), "city=bengaluru");
            assert!((state.estimate.get_untracked().lakh - 8.0 * 10.0 / 6.8).abs() < 1e-9);
            state.choose(Profile::A, Dimension::City, None);
            assert_eq!(state.query(), "");
            assert_eq!(state.estimate.get_untracked().lakh, 8.0);
        });
    }

    #[test]
    fn chosen_follows_one_filter_of_one_profile() {
        in_owner(|| {
            let state = state("city=pune&b.city=mumbai");
            let city_a = state.chosen(Profile::A, Dimension::City);
            let city_b = state.chosen(Profile::B, Dimension::City);
            let role_a = state.chosen(Profile::A, Dimension::Role);
            assert_eq!((city_a.get_untracked(), city_b.get_untracked()), (Some("pune"), Some("mumbai")));
            assert_eq!(role_a.get_untracked(), None);
            state.choose(Profile::A, Dimension::Role, entry(Dimension::Role, "technical-lead"));
            assert_eq!(role_a.get_untracked(), Some("technical-lead"));
            assert_eq!(city_a.get_untracked(), Some("pune"));
            state.choose(Profile::A, Dimension::City, None);
            assert_eq!(city_a.get_untracked(), None);
            assert_eq!(city_b.get_untracked(), Some("mumbai"));
        });
    }

    #[test]
    fn choosing_any_clears_one_filter_only() {
        in_owner(|| {
            let state = state("city=pune&skill=java");
            state.choose(Profile::A, Dimension::City, None);
            assert_eq!(state.query(), "skill=java");
        });
    }

    #[test]
    fn the_offer_is_in_the_query_and_follows_back_and_forward() {
        in_owner(|| {
            let state = state("city=pune&offer=12.5");
            assert_eq!(state.job.get_untracked().offer, Some(12.5));
            state.job.update(|j| j.offer = Some(14.0));
            assert_eq!(state.query(), "city=pune&offer=14");
            state.job.update(|j| j.offer = None);
            assert_eq!(state.query(), "city=pune");
            let replaced = state.replaced.get_untracked();
            state.apply_query("?offer=9");
            assert_eq!(state.job.get_untracked().offer, Some(9.0));
            // The fields are told to show the link's values afresh.
            assert_eq!(state.replaced.get_untracked(), replaced + 1);
        });
    }

    #[test]
    fn start_with_mine_keeps_the_profile_and_clears_every_amount_and_the_shared_line() {
        in_owner(|| {
            let state =
                state("role=backend-developer&city=pune&offer=19&current=14&var=15&rent=30000&80c=50000");
            assert!(!state.summary.get_untracked().shared.is_empty());
            let replaced = state.replaced.get_untracked();
            state.start_with_mine();
            assert_eq!(state.query(), "role=backend-developer&city=pune");
            assert_eq!(state.summary.get_untracked().shared, "");
            assert_eq!(state.replaced.get_untracked(), replaced + 1);
        });
    }

    #[test]
    fn back_and_forward_replace_selection_and_notices() {
        in_owner(|| {
            let state = state("role=nope");
            assert_eq!(state.notices.get_untracked().len(), 1);
            state.apply_query("?skill=java");
            assert_eq!(state.query(), "skill=java");
            assert!(state.notices.get_untracked().is_empty());
        });
    }

    #[test]
    fn comparing_copies_profile_a_and_b_varies_on_its_own() {
        in_owner(|| {
            let state = state("role=backend-developer");
            assert_eq!(state.b_estimate.get_untracked(), None);
            state.choose(Profile::B, Dimension::City, entry(Dimension::City, "pune")); // ignored outside compare mode
            assert_eq!(state.query(), "role=backend-developer");
            state.set_comparing(true);
            assert_eq!(state.query(), "role=backend-developer&b.role=backend-developer");
            state.choose(Profile::B, Dimension::Role, entry(Dimension::Role, "technical-lead"));
            state.choose(Profile::B, Dimension::City, entry(Dimension::City, "bengaluru"));
            assert_eq!(state.query(), "role=backend-developer&b.role=technical-lead&b.city=bengaluru");
            let b = state.b_estimate.get_untracked().expect("B is estimated");
            assert!((b.lakh - 20.0 * 10.0 / 6.8).abs() < 1e-9);
            assert_eq!(state.estimate.get_untracked().lakh, 8.0);
            state.set_comparing(false);
            assert_eq!(state.query(), "role=backend-developer");
        });
    }

    #[test]
    fn the_current_ctc_and_the_structure_are_in_the_query_and_the_year_follows_the_date() {
        in_owner(|| {
            let state = state("current=10&basic=40&pf=capped&var=12.5&offer=13");
            assert_eq!(state.query(), "offer=13&current=10&basic=40&pf=capped&var=12.5");
            state.job.update(|j| j.structure = Structure::default());
            assert_eq!(state.query(), "offer=13&current=10");
            state.apply_query("?pf=none");
            assert_eq!((state.own.get_untracked().current, state.query()), (None, "pf=none".to_string()));
            assert_eq!(state.year.rules.year, "2026-27");
            assert_eq!(
                AppState::from_query("", Date::parse("2026-03-31").unwrap()).year.rules.year,
                "2025-26"
            );
        });
    }

    #[test]
    fn the_app_takes_over_the_first_stage_s_address_and_its_notices() {
        in_owner(|| {
            // The stage answered a change (the address is canonical) while its notice stood.
            let taken = AppState::taking_over("?city=pune", "?city=pune&role=ceo", today());
            assert_eq!(taken.query(), "city=pune");
            assert_eq!(taken.notices.get_untracked().len(), 1);
            // Dismissed in the first stage: none.
            let dismissed = AppState::taking_over("?city=pune", "", today());
            assert!(dismissed.notices.get_untracked().is_empty());
        });
    }

    #[test]
    fn the_first_stage_says_what_the_app_says_for_the_same_link() {
        use crate::first_paint::{EarlyStage, Fill};
        use crate::page::slot;
        for query in [
            "?role=senior-backend-developer&city=bengaluru&skill=python&exp=mid&offer=19&current=14&var=15&rent=30000",
            "?city=mumbai&offer=24&rent=60000&80c=150000&80d=25000&nps=50000&home-loan=200000",
            "?exp=entry&current=4",
            "?role=technical-lead&basic=40&pf=capped&var=20&offer=60",
            "?role=senior-backend-developer&city=bengaluru&skill=python&exp=mid&offer=12&want=150000&current=14",
            "?city=pune&want=1.5+L&offer=1%2C04%2C167+pm",
            "?offer=19&var=15&join=1&b.city=pune&b.offer=17.5&b.join=2&b.basic=40",
            "",
        ] {
            in_owner(|| {
                let app = state(query);
                let t = app.summary.get_untracked();
                let verdict = app.offers.get_untracked().map(|o| o.verdict).unwrap_or_default();
                let (_, fills) = EarlyStage::open(query, today());
                let early = |id: &str| {
                    fills.iter().rev().find_map(|f| match f {
                        Fill::Text(i, text) if i == id => Some(text.clone()),
                        _ => None,
                    })
                };
                for (id, app) in [
                    (slot::TITLE, &t.title),
                    (slot::IN_HAND, &t.in_hand),
                    (slot::REGIME, &t.regime),
                    (slot::REGIME_REST, &t.regime_rest),
                    (slot::VERDICT, &t.verdict),
                    (slot::HIKE_IN_HAND, &t.hike[3]),
                    (slot::HIKE_REST, &t.hike[4]),
                    (slot::AGAINST_CURRENT, &t.against_current),
                    (slot::SHARED_TEXT, &t.shared),
                    (slot::ESTIMATE_IN_HAND, &t.estimate_in_hand),
                    (slot::ASK_LEAD, &t.ask[0]),
                    (slot::ASK_CTC, &t.ask[1]),
                    (slot::ASK_REST, &t.ask[2]),
                    (slot::ASK_POSITION, &t.ask_position),
                    (slot::ASK_HIKE, &t.ask_hike),
                    (slot::COUNTER, &t.counter),
                    (slot::OFFERS, &verdict),
                ] {
                    assert_eq!(early(id).as_ref(), Some(app), "{query}: {id}");
                }
                assert!(!t.in_hand.is_empty(), "{query}");
            });
        }
    }
}
