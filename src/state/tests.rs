//! The app's state tested natively, under a reactive owner: links in, figures and links out.

use super::*;
use crate::data::{dataset, Date};

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
        assert!(state.page.get_untracked().notices.is_empty());
    });
}

#[test]
fn two_offers_and_a_take_home_wanted_are_worked_out_from_the_link() {
    in_owner(|| {
        let state = state(
            "?role=senior-backend-developer&city=bengaluru&offer=19&var=15&want=150000\
             &b.role=senior-backend-developer&b.city=pune&b.offer=17.5&b.join=2",
        );
        let offers = state.offers().expect("both offers are given");
        // B, all fixed pay in Pune, pays more a month although its CTC is lower.
        assert!(offers.verdict.starts_with("Offer B pays"), "{}", offers.verdict);
        assert_eq!(state.summary.get().offers, offers.verdict);
        // The summary's figure is the offer its sentence names, and the title names both; the
        // line about where offer A alone stands gives way to the section.
        let summary = state.summary.get();
        assert_eq!(offers.b.monthly, summary.in_hand);
        assert_ne!(offers.a.monthly, summary.in_hand);
        assert_eq!(summary.regime, offers.b.regime);
        assert_eq!(summary.title, "Your two offers");
        assert!(summary.verdict.is_empty());
        // The CTC to ask for reaches ₹1,50,000 a month, on A's structure.
        let ask = &state.summary.get().ask;
        assert!(ask[0].starts_with("To take home ₹1,50,000 a month"), "{ask:?}");
        // Without B's offer there is no verdict, and the link says so.
        state.act(|s| s.type_in(Field::Param(Profile::B, crate::filters::Param::Offer), "", false));
        assert!(state.offers().is_none());
        assert!(!state.query().contains("b.offer"));
        assert_eq!(state.summary.get().in_hand, offers.a.monthly);
        // Where A pays more, the figure stays A's.
        state.act(|s| s.type_in(Field::Param(Profile::B, crate::filters::Param::Offer), "12", false));
        let (offers, summary) = (state.offers().expect("both offers"), state.summary.get());
        assert!(offers.verdict.starts_with("Offer A pays"), "{}", offers.verdict);
        assert_eq!(summary.in_hand, offers.a.monthly);
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
fn the_offer_is_in_the_query_and_follows_back_and_forward() {
    in_owner(|| {
        let state = state("city=pune&offer=12.5");
        assert_eq!(state.offer(), Some(12.5));
        let offer = Field::Param(Profile::A, crate::filters::Param::Offer);
        state.act(|s| s.type_in(offer, "14", false));
        assert_eq!(state.query(), "city=pune&offer=14");
        state.act(|s| s.type_in(offer, "", false));
        assert_eq!(state.query(), "city=pune");
        let replaced = state.replaced.get_untracked();
        state.replace(|s| s.replace("?offer=9"));
        assert_eq!(state.offer(), Some(9.0));
        // The fields are told to show the link's values afresh.
        assert_eq!(state.replaced.get_untracked(), replaced + 1);
    });
}

#[test]
fn start_with_mine_keeps_the_profile_and_clears_every_amount_and_the_shared_line() {
    in_owner(|| {
        let state = state("role=backend-developer&city=pune&offer=19&current=14&var=15&rent=30000&80c=50000");
        assert!(!state.summary.get_untracked().shared.is_empty());
        state.replace(|s| s.start_with_mine());
        assert_eq!(state.query(), "role=backend-developer&city=pune");
        assert_eq!(state.summary.get_untracked().shared, "");
    });
}

#[test]
fn back_and_forward_replace_selection_and_notices() {
    in_owner(|| {
        let state = state("role=nope");
        assert_eq!(state.page.get_untracked().notices.len(), 1);
        state.replace(|s| s.replace("?skill=java"));
        assert_eq!(state.query(), "skill=java");
        assert!(state.page.get_untracked().notices.is_empty());
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
        // Restarting brings B back as it was, not a fresh copy of A.
        state.set_comparing(true);
        assert_eq!(state.query(), "role=backend-developer&b.role=technical-lead&b.city=bengaluru");
    });
}

#[test]
fn the_current_ctc_and_the_structure_are_in_the_query_and_the_year_follows_the_date() {
    in_owner(|| {
        let state = state("current=10&basic=40&pf=capped&var=12.5&offer=13");
        assert_eq!(state.query(), "offer=13&current=10&basic=40&pf=capped&var=12.5");
        state.act(|s| s.link.job.structure = Structure::default());
        assert_eq!(state.query(), "offer=13&current=10");
        state.replace(|s| s.replace("?pf=none"));
        assert_eq!((state.current(), state.query()), (None, "pf=none".to_string()));
        assert_eq!(state.year.rules.year, "2026-27");
        assert_eq!(AppState::from_query("", Date::parse("2026-03-31").unwrap()).year.rules.year, "2025-26");
    });
}

#[test]
fn the_app_takes_over_the_first_stage_s_session() {
    in_owner(|| {
        // The stage answered a change, with a notice standing and a field half typed.
        let (mut early, _) = crate::first_paint::EarlyStage::open("?city=pune&role=ceo", today());
        early.event("i:filter-skill=java");
        let out = early.event("i:offer=Rs. 21,5");
        let Some(crate::first_paint::Fill::Handover(text)) = out.last() else { panic!("{out:?}") };
        let taken = AppState::of(Session::taken_over(text).expect("a session"), today());
        assert_eq!(taken.query(), "city=pune&skill=java");
        assert_eq!(taken.page.get_untracked().notices.len(), 1);
        let offer =
            taken.field_view(Field::Param(Profile::A, crate::filters::Param::Offer)).expect("the offer");
        assert_eq!(offer.text, "Rs. 21,5");
    });
}

#[test]
fn a_lever_applied_is_undone_until_something_else_changes() {
    in_owner(|| {
        let state = state("city=chennai&skill=java");
        let before = state.query();
        state.apply(
            Dimension::City,
            entry(Dimension::City, "bengaluru").unwrap(),
            "Move to Bengaluru".into(),
        );
        assert_eq!(state.undoable().map(|a| a.action), Some("Move to Bengaluru".to_string()));
        state.undo();
        assert_eq!(state.query(), before);
        state.apply(
            Dimension::City,
            entry(Dimension::City, "bengaluru").unwrap(),
            "Move to Bengaluru".into(),
        );
        state.choose(Profile::A, Dimension::Skill, None);
        assert_eq!(state.undoable(), None);
    });
}

#[test]
fn the_hike_compares_the_offer_with_the_current_job_on_its_own_structure() {
    in_owner(|| {
        // ₹14 L now, all fixed, against ₹21.5 L with 15% variable in Bengaluru, worked by hand:
        // now, gross 14,00,000 − 84,000 PF − 33,670 gratuity = ₹12,82,330; taxable ₹12,07,330,
        // where the rebate's marginal relief leaves ₹7,330 and cess ₹7,620; in hand
        // 12,82,330 − 84,000 − 2,500 − 7,620 = ₹11,88,210 a year, ₹99,018 a month. The offer:
        // fixed ₹18,27,500, basic ₹9,13,750, gross ₹16,73,898.63; taxable ₹15,98,900, tax
        // 60,000 + 15% × 3,98,900 = ₹1,19,835, ₹1,24,630 with cess; in hand ₹14,37,118.63 a
        // year, ₹1,19,760 a month: ₹20,742 more, 21%. (On the offer's structure the current
        // job would show ₹35,087 more, 41%.)
        // The link says the current job has no variable pay (`now.var=0`, the default).
        for link in [
            "city=bengaluru&offer=21.5&var=15&current=14",
            "city=bengaluru&offer=21.5&var=15&current=14&now.var=0",
        ] {
            let state = state(link);
            assert!(state.page.get_untracked().notices.is_empty(), "{link}");
            let hike = state.summary.get_untracked().hike;
            assert_eq!(hike[0], "Against your current ₹14 L (read as all fixed, basic 50%, full PF): ");
            assert_eq!(hike[1..].concat(), "54% more CTC, 21% more in hand: ₹20,742 more a month");
        }
        // Its own structure and city, as the link gives them, are named.
        let own = state(
            "city=bengaluru&offer=21.5&var=15&current=14&now.var=10&now.basic=40&now.pf=capped&now.city=pune",
        );
        assert_eq!(
            own.summary.get_untracked().hike[0],
            "Against your current ₹14 L (10% variable, basic 40%, PF capped, in Pune): "
        );
        // What the link leaves out is said to be assumed; the rent is not part of the line.
        for (now, terms) in [
            ("now.var=10", "10% variable; read as basic 50%, full PF"),
            ("now.city=pune", "in Pune; read as all fixed, basic 50%, full PF"),
            ("now.rent=5000", "read as all fixed, basic 50%, full PF"),
        ] {
            let some = state(&format!("city=bengaluru&offer=21.5&current=14&{now}"));
            assert_eq!(
                some.summary.get_untracked().hike[0],
                format!("Against your current ₹14 L ({terms}): ")
            );
        }
    });
}

#[test]
fn four_years_are_worked_out_again_only_when_the_link_changes() {
    in_owner(|| {
        let state = state("?city=bengaluru&offer=21.5&var=15&current=14");
        // Where the choices' texts are: worked out again, they are new ones, elsewhere (the old
        // are still held while the new are made).
        let worked = || state.years.with_untracked(|t| t.choices.as_ptr());
        let first = worked();
        assert!(state.years.with_untracked(|t| t.choices.len() == 2));
        // A disclosure opened, and a half-typed amount, change the session but not the link.
        state.act(|s| s.set_open(crate::page::slot::TERMS, true));
        state.act(|s| s.type_in(Field::Param(Profile::A, crate::filters::Param::Rent), "40,0", false));
        assert_eq!(worked(), first);
        // The offer changed: worked out again.
        state.act(|s| s.type_in(Field::Param(Profile::A, crate::filters::Param::Offer), "23", true));
        assert_ne!(worked(), first);
        assert!(state.years.with_untracked(|t| t.lead.contains("offer A")));
    });
}
