//! The first stage's answers: what it writes for a link and for each thing a person does, and
//! that its JSON carries any text safely.

use super::*;
use crate::page::{slot, LINK_NOTICE};
use proptest::prelude::*;

fn today() -> Date {
    Date::parse("2026-12-01").unwrap()
}

/// The last value of one kind written to an element.
fn set_of(fills: &[Fill], id: &str, kind: fn(&Set) -> bool) -> Option<Set> {
    fills.iter().rev().find_map(|f| match f {
        Fill::Set(i, set) if i == id && kind(set) => Some(set.clone()),
        _ => None,
    })
}

fn text_of(fills: &[Fill], id: &str) -> Option<String> {
    match set_of(fills, id, |s| matches!(s, Set::Text(_))) {
        Some(Set::Text(t)) => Some(t),
        _ => None,
    }
}

fn hidden(fills: &[Fill], id: &str) -> Option<bool> {
    match set_of(fills, id, |s| matches!(s, Set::Hidden(_))) {
        Some(Set::Hidden(h)) => Some(h),
        _ => None,
    }
}

fn value_of(fills: &[Fill], id: &str) -> Option<String> {
    match set_of(fills, id, |s| matches!(s, Set::Value(_))) {
        Some(Set::Value(v)) => Some(v),
        _ => None,
    }
}

fn invalid(fills: &[Fill], id: &str) -> Option<bool> {
    match set_of(fills, id, |s| matches!(s, Set::Invalid(_))) {
        Some(Set::Invalid(x)) => Some(x),
        _ => None,
    }
}

fn address(fills: &[Fill]) -> Option<&str> {
    fills.iter().rev().find_map(|f| match f {
        Fill::Address(q) => Some(q.as_str()),
        _ => None,
    })
}

const WORKED: &str = "?role=senior-backend-developer&city=bengaluru&skill=python&exp=mid";

#[test]
fn a_preset_link_fills_the_summary_its_pay_and_the_form() {
    let fills = fills(WORKED, today());
    assert_eq!(text_of(&fills, slot::FIGURE).as_deref(), Some("₹14.1 L"));
    assert_eq!(text_of(&fills, slot::RANGE).as_deref(), Some("₹11.3 L to ₹17.0 L"));
    // The worked example's pay in hand, from the first stage.
    assert_eq!(text_of(&fills, slot::IN_HAND).as_deref(), Some("₹98,937"));
    assert_eq!(text_of(&fills, slot::REGIME).as_deref(), Some("new"));
    assert_eq!(hidden(&fills, slot::VERDICT_ROW), Some(true));
    assert_eq!(value_of(&fills, "filter-city").as_deref(), Some("bengaluru"));
    assert_eq!(value_of(&fills, "filter-company").as_deref(), Some(""));
    assert_eq!(notice_hidden(&fills), Some(true));
    // Every field of the form answers from the start (the loader enables what the shell
    // renders disabled, and sends each event here).
    for &param in Param::ALL {
        let id = Field::Param(Profile::A, param).id();
        assert_eq!(field_of(&id), Some(Field::Param(Profile::A, param)), "{param:?}");
    }
    // And the session is left for the app.
    assert!(matches!(fills.last(), Some(Fill::Handover(_))));
}

#[test]
fn amounts_in_the_link_fill_their_fields_the_shared_line_and_the_privacy_line() {
    let fills = fills("?offer=12.5&city=pune&current=10&rent=30000", today());
    assert_eq!(value_of(&fills, "offer").as_deref(), Some("12.5"));
    assert_eq!(value_of(&fills, "rent").as_deref(), Some("30,000"));
    assert_eq!(
        text_of(&fills, "offer-status").as_deref(),
        Some("Understood as ₹12.5 L a year (₹12,50,000).")
    );
    assert_eq!(text_of(&fills, "rent-status").as_deref(), Some("Understood as ₹30,000 a month."));
    assert_eq!(value_of(&fills, "current").as_deref(), Some("10"));
    // Rent is of the rent and investments, which open; nothing of the structure is set.
    assert!(fills.contains(&Fill::Set(slot::CLAIMS.into(), Set::Open(true))));
    assert!(fills.contains(&Fill::Set(slot::TERMS.into(), Set::Open(false))));
    assert_eq!(text_of(&fills, slot::TITLE).as_deref(), Some("The offer in this link: ₹12.5 L"));
    assert_eq!(
        text_of(&fills, slot::SHARED_TEXT).as_deref(),
        Some("This link carries amounts someone entered: offer ₹12.5 L, current CTC ₹10 L and rent ₹30,000 a month.")
    );
    assert_eq!(hidden(&fills, slot::LINK_OFFER), Some(false));
    assert_eq!(
        text_of(&fills, slot::LINK_OFFER).as_deref(),
        Some("This link includes your offer of ₹12.5 L, your current CTC of ₹10 L and your rent of ₹30,000 a month.")
    );
}

#[test]
fn a_grant_in_dollars_is_named_in_dollars_with_no_notice_and_kept_in_the_address() {
    let fills = fills("?offer=30&rsu=%2440%2C000&usd=88.5", today());
    assert_eq!(
        text_of(&fills, slot::LINK_OFFER).as_deref(),
        Some("This link includes your offer of ₹30 L and your RSU grant of $40,000.")
    );
    assert_eq!(
        text_of(&fills, slot::SHARED_TEXT).as_deref(),
        Some("This link carries amounts someone entered: offer ₹30 L, RSU grant $40,000 and dollar rate 88.5 rupees.")
    );
    assert_eq!(notice_hidden(&fills), Some(true));
    // Typed in the first stage, the address keeps the grant in dollars and its rate.
    let (mut stage, _) = EarlyStage::open("?offer=30&rsu=40k+USD&usd=88.5", today());
    let typed = stage.event("c:offer=31");
    assert_eq!(address(&typed), Some("offer=31&rsu=40000usd&usd=88.5"));
}

#[test]
fn on_a_day_before_the_tax_years_it_carries_it_sets_nothing_and_leaves_the_page_to_the_app() {
    // The tests carry every year; the page's module carries only the latest (`build.rs`).
    let first = crate::data::tax_years()[0].starts;
    assert_eq!((first.month, first.day), (4, 1), "a tax year starts on 1 April");
    let day_before = Date { year: first.year, month: 3, day: 31 };
    assert!(fills("?city=pune&offer=20", day_before).is_empty());
    assert!(!fills("?city=pune&offer=20", first).is_empty());
}

#[test]
fn a_bad_parameter_shows_its_notice_as_plain_text() {
    let fills = fills("?city=atlantis&role=%3Cscript%3E", today());
    assert_eq!(hidden(&fills, LINK_NOTICE), Some(false));
    assert_eq!(hidden(&fills, slot::NOTICE_ROWS[1]), Some(false));
    assert_eq!(hidden(&fills, slot::NOTICE_ROWS[2]), Some(true));
    let second = text_of(&fills, slot::NOTICE_ROWS[1]).unwrap();
    assert!(second.contains("<script>"), "quoted as text: {second}");
    // The rest of the link still applies: Any city, so the national figure.
    assert_eq!(text_of(&fills, slot::FIGURE).as_deref(), Some("₹8.0 L"));
}

#[test]
fn encoding_is_a_json_array_of_triples() {
    let text = encode(&[
        Fill::Set("a".into(), Set::Text("₹1 L".into())),
        Fill::Set("b".into(), Set::Value("pune".into())),
        Fill::Set("c".into(), Set::Hidden(true)),
        Fill::Set("d".into(), Set::Hidden(false)),
        Fill::Set("f".into(), Set::Open(true)),
        Fill::Set("e".into(), Set::Text("tab\there, \"quote\", back\\slash\nnew line\u{1}".into())),
    ]);
    assert_eq!(
        text,
        r#"[["t","a","₹1 L"],["v","b","pune"],["h","c","1"],["h","d",""],["o","f","1"],["t","e","tab\u0009here, \"quote\", back\\slash\u000anew line\u0001"]]"#
    );
}

/// The fills as `encode` wrote them, read back by a real JSON parser.
fn parsed(text: &str) -> Vec<(String, String, String)> {
    serde_json::from_str(text).expect("the fills are valid JSON")
}

/// A fill's parts, owned, to compare with what a JSON parser read back.
fn triple(fill: &Fill) -> (String, String, String) {
    let (kind, id, value) = fill.parts();
    (kind.into(), id.into(), value.into())
}

#[test]
fn a_select_changed_in_the_first_stage_gives_the_new_figures_and_the_canonical_address() {
    let (mut stage, fills) =
        EarlyStage::open("?city=Bangalore&skill=python&offer=12.4&basic=40&utm_source=x", today());
    assert!(!fills.is_empty());
    let changed = stage.event("i:filter-city=pune");
    assert_eq!(text_of(&changed, slot::PROFILE).as_deref(), Some("Pune · Python"));
    // 8 × (7 ÷ 6.8) × √(6 ÷ 7.8) = ₹7.2 L
    assert_eq!(text_of(&changed, slot::FIGURE).as_deref(), Some("₹7.2 L"));
    // Only what changed is written: the skill is as it was.
    assert_eq!(value_of(&changed, "filter-skill"), None);
    // Everything else the link set is kept, and the address is canonical.
    assert_eq!(address(&changed), Some("city=pune&skill=python&offer=12.4&basic=40"));
    let any = stage.event("i:filter-skill=");
    assert_eq!(address(&any), Some("city=pune&offer=12.4&basic=40"));
    // Only what the controls offer: nothing else changes anything.
    for nothing in [
        "i:filter-city=atlantis",
        "i:filter-city=bangalore",
        "i:filter-b-city=pune",
        "z:offer=1",
        "offer=1",
        "i:pf=some",
    ] {
        assert_eq!(stage.event(nothing), [], "{nothing}");
    }
}

#[test]
fn an_offer_typed_in_the_first_stage_answers_with_its_pay_and_goes_into_the_address() {
    let (mut stage, _) = EarlyStage::open(WORKED, today());
    // "1" then "12.4": each readable step applies, as the app's field does. An answer writes
    // only what changed, so the page is all the answers so far.
    let mut typed = stage.event("i:offer=1");
    typed.extend(stage.event("i:offer=12.4"));
    assert_eq!(text_of(&typed, slot::TITLE).as_deref(), Some("Your offer of ₹12.4 L"));
    assert_eq!(
        text_of(&typed, "offer-status").as_deref(),
        Some("Understood as ₹12.4 L a year (₹12,40,000).")
    );
    assert_eq!(hidden(&typed, slot::VERDICT_ROW), Some(false));
    assert_eq!(
        text_of(&typed, slot::VERDICT).as_deref(),
        Some("12% below the estimate of ₹14.1 L, within its range ₹11.3 L to ₹17.0 L")
    );
    // ₹12.4 L in Bengaluru: ₹88,240 a month under the new regime; the estimate's beside it.
    assert_eq!(text_of(&typed, slot::IN_HAND).as_deref(), Some("₹88,240"));
    assert_eq!(
        text_of(&typed, slot::ESTIMATE_IN_HAND).as_deref(),
        Some("₹98,937 a month in hand under the new regime")
    );
    assert_eq!(address(&typed), Some(format!("{}&offer=12.4", &WORKED[1..]).as_str()));
    // A unit half typed: nothing changes, and the line says how to type one, without alarm.
    let half = stage.event("i:offer=12.4 lak");
    assert_eq!(
        text_of(&half, "offer-status").as_deref(),
        Some("Optional. Type it as 12.5, 12.5 L, ₹12,50,000 or 1.2 Cr.")
    );
    assert_eq!(text_of(&half, slot::TITLE), None);
    // Left so, the field says why, and the offer goes.
    let left = stage.event("c:offer=12.4 lak");
    assert_eq!(
        text_of(&left, "offer-status").as_deref(),
        Some(
            "“12.4 lak” is not an amount this page can read. Type it as 12.5, 12.5 L, ₹12,50,000 or 1.2 Cr."
        )
    );
    assert_eq!(invalid(&left, "offer"), Some(true));
    assert_eq!(address(&left), Some(&WORKED[1..]));
    let fixed = stage.event("i:offer=13");
    assert_eq!(invalid(&fixed, "offer"), Some(false));
}

#[test]
fn start_with_mine_clears_every_amount_and_keeps_the_profile() {
    let (mut stage, _) =
        EarlyStage::open(&format!("{WORKED}&offer=19&current=14&var=15&rent=30000"), today());
    let fills = stage.event(&format!("k:{}", slot::START_WITH_MINE));
    for param in [Param::Offer, Param::Current, Param::Variable, Param::Rent] {
        let id = Field::Param(Profile::A, param).id();
        assert_eq!(value_of(&fills, &id).as_deref(), Some(""), "{id}");
    }
    assert_eq!(hidden(&fills, slot::SHARED), Some(true));
    assert_eq!(address(&fills), Some(&WORKED[1..]));
}

#[test]
fn copy_link_says_what_the_clipboard_did() {
    let (mut stage, _) = EarlyStage::open(WORKED, today());
    assert_eq!(
        text_of(&stage.event("y:http://x/?a"), slot::COPY_STATUS).as_deref(),
        Some(crate::display::link_privacy::COPIED)
    );
    let refused = stage.event("n:http://x/?a");
    assert_eq!(value_of(&refused, slot::MANUAL_LINK_FIELD).as_deref(), Some("http://x/?a"));
    assert!(refused.contains(&Fill::Select(slot::MANUAL_LINK_FIELD)));
    assert_eq!(hidden(&refused, slot::MANUAL_LINK), Some(false));
    // A change to the link takes the line away: it spoke of the link as it was.
    let changed = stage.event("i:filter-city=pune");
    assert_eq!(text_of(&changed, slot::COPY_STATUS).as_deref(), Some(""));
}

#[test]
fn dismissing_the_notice_hides_it_and_the_app_takes_over_none() {
    let (mut stage, fills) = EarlyStage::open("?city=atlantis", today());
    assert_eq!(notice_hidden(&fills), Some(false));
    let dismissed = stage.event(&format!("k:{}", slot::DISMISS));
    assert_eq!(notice_hidden(&dismissed), Some(true));
    let Some(Fill::Handover(text)) = dismissed.last() else { panic!("{dismissed:?}") };
    let session = Session::taken_over(text).expect("a session");
    assert!(session.notices.is_empty());
    // A later change keeps the notices dismissed.
    let changed = stage.event("i:filter-role=technical-lead");
    assert_eq!(notice_hidden(&changed), None);
}

#[test]
fn what_is_typed_goes_to_the_app_with_the_session() {
    let (mut stage, _) = EarlyStage::open(WORKED, today());
    stage.event("i:offer=Rs. 21,5");
    stage.event(&format!("o:{}=1", slot::TERMS));
    let out = stage.event("c:rent=lots");
    let Some(Fill::Handover(text)) = out.last() else { panic!("{out:?}") };
    let session = Session::taken_over(text).expect("a session");
    assert_eq!(session, stage.session);
    assert!(session.open.structure);
    assert_eq!(
        session.typed(Field::Param(Profile::A, Param::Offer)).map(|t| t.text.as_str()),
        Some("Rs. 21,5")
    );
}

proptest! {
    #[test]
    fn any_text_survives_the_encoding(pairs in proptest::collection::vec(("[a-z]{0,12}", "\\PC{0,30}|[\t\n\r\"\\\\]{1,4}"), 0..8)) {
        let fills: Vec<Fill> = pairs.into_iter().map(|(id, text)| Fill::Set(id.into(), Set::Text(text))).collect();
        let back = parsed(&encode(&fills));
        prop_assert_eq!(back, fills.iter().map(triple).collect::<Vec<_>>());
    }

    #[test]
    fn a_link_with_tabs_and_line_breaks_gives_the_fills_it_decodes_to(
        pairs in proptest::collection::vec(("[a-z.]{1,8}", "([a-z]|%09|%0A|%0D|%22|%5C|%E2%82%B9){0,12}"), 0..6)
    ) {
        let query = pairs.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("&");
        let fills = fills(&query, today());
        let back = parsed(&encode(&fills));
        prop_assert_eq!(back.len(), fills.len());
        prop_assert_eq!(back, fills.iter().map(triple).collect::<Vec<_>>());
    }

    #[test]
    fn anything_a_control_sends_is_answered_without_a_panic_and_the_session_travels_whole(
        id in "[a-z-]{1,12}", value in "\\PC{0,20}", kind in "[ickyo]"
    ) {
        let (mut stage, _) = EarlyStage::open(WORKED, today());
        let fills = stage.event(&format!("{kind}:{id}={value}"));
        prop_assert!(parsed(&encode(&fills)).len() == fills.len());
        prop_assert_eq!(Session::taken_over(&stage.session.handover()), Some(stage.session.clone()));
    }
}
