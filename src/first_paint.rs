//! The first stage of loading: what the page shows for a link before the full app arrives,
//! and how it answers the form until then.
//!
//! A small WebAssembly module (`src/bin/early.rs`) runs this on the link's query and a few
//! lines of JavaScript apply the result to the static shell in `index.html`, which the same
//! components render (see `components/shell.rs`). The texts come from the same functions the
//! live components use, so when the app takes over nothing on screen changes. The selects and
//! the notice's Dismiss answer at once: each change comes back here (`EarlyStage::event`) for
//! the new figures and the canonical address, which the script writes. The offer, the current
//! CTC and Copy link wait for the app.

use crate::data::dataset;
use crate::display::fields::{field_text, sets_the_terms};
use crate::display::{headline, link_privacy, offer, summary};
use crate::filters::{self, decode, Decoded, Dimension, Field, Link, Notice, Param, Profile, MAX_NOTICES};
use crate::model::Model;
use crate::page::{slot, LINK_NOTICE, SECTION_COMPARE};

/// What to set on the page.
#[derive(Debug, Clone, PartialEq)]
pub enum Fill {
    Text(String, String),
    /// A select's or a field's value (a slug, or "" for Any).
    Value(String, String),
    Hidden(String, bool),
    /// Open or close a disclosure.
    Open(String, bool),
    /// Enable a control, and send its changes (a select) or presses (a button) to `event`.
    Enable(String),
    /// Rewrite the address's query in place (no reload, no new history entry).
    Address(String),
    /// The query whose notices the page shows, for the app to take over ("" once dismissed).
    NoticesFrom(String),
}

/// The first stage's state between events: the link on screen.
#[derive(Debug, Clone, PartialEq)]
pub struct EarlyStage {
    link: Link,
}

impl EarlyStage {
    /// Reads a link (its query, with or without `?`) and everything the first stage sets for
    /// it: the estimate card, profile A's selects, the amounts in the form, the privacy line,
    /// the notices, and the controls that answer from now on.
    pub fn open(query: &str) -> (EarlyStage, Vec<Fill>) {
        let Decoded { link, notices } = decode(query, dataset());
        let mut out = card(&link);
        for dim in Dimension::ALL {
            let slug = link.selection.get(dim).map_or("", |e| e.slug.as_str());
            let id = Field::Filter(Profile::A, dim).id();
            out.push(Fill::Value(id.clone(), slug.into()));
            out.push(Fill::Enable(id));
        }
        // Every field of the form shows what the link set, and the amounts say what they read.
        for &param in Param::ALL {
            out.push(Fill::Value(
                Field::Param(Profile::A, param).id(),
                field_text(param, &link.job, &link.own),
            ));
        }
        for (param, lakh) in [(Param::Offer, link.job.offer), (Param::Current, link.own.current)] {
            out.push(Fill::Text(Field::Param(Profile::A, param).status_id(), offer::understood(lakh)));
        }
        out.push(Fill::Open(slot::TERMS.into(), sets_the_terms(&link.job, &link.own)));
        out.push(Fill::Open(SECTION_COMPARE.into(), link.compare.is_some()));
        let shared = link_privacy::shared_line(&link, &link);
        out.push(Fill::Hidden(slot::SHARED.into(), shared.is_none()));
        out.push(Fill::Text(slot::SHARED_TEXT.into(), shared.unwrap_or_default()));
        let private = link_privacy::in_link(&link);
        out.push(Fill::Hidden(slot::LINK_OFFER.into(), private.is_none()));
        out.push(Fill::Text(slot::LINK_OFFER.into(), private.unwrap_or_default()));
        out.push(Fill::Hidden(LINK_NOTICE.into(), notices.is_empty()));
        for i in 0..MAX_NOTICES {
            let notice = notices.get(i);
            out.push(Fill::Hidden(slot::notice_row(i), notice.is_none()));
            out.push(Fill::Text(slot::notice_row(i), notice.map(Notice::text).unwrap_or_default()));
        }
        out.push(Fill::Enable(slot::DISMISS.into()));
        out.push(Fill::NoticesFrom(query.strip_prefix('?').unwrap_or(query).into()));
        (EarlyStage { link }, out)
    }

    /// What a change to the control `id` (to `value`) sets: for one of profile A's selects,
    /// the new figures and the canonical address; for Dismiss, the notice hidden. Anything
    /// else, or a value no select offers, changes nothing.
    pub fn event(&mut self, id: &str, value: &str) -> Vec<Fill> {
        if id == slot::DISMISS {
            return vec![Fill::Hidden(LINK_NOTICE.into(), true), Fill::NoticesFrom(String::new())];
        }
        let Some(dim) = Dimension::ALL.into_iter().find(|&d| Field::Filter(Profile::A, d).id() == id) else {
            return Vec::new();
        };
        let Some(choice) = dim.choice_from_form(dataset(), value) else { return Vec::new() };
        self.link.selection.set(dim, choice);
        let mut out = card(&self.link);
        out.push(Fill::Address(filters::encode(&self.link)));
        out
    }
}

/// The summary's texts for a link, as the page opened it: its heading, the offer against the
/// market, the estimate against the current CTC, the estimate and the profile. The pay in hand
/// and the hike wait for the app, in their reserved places.
fn card(link: &Link) -> Vec<Fill> {
    let sel = link.selection;
    let estimate = Model::from_dataset(dataset()).estimate(&sel.inputs());
    let (offer, current) = (link.job.offer, link.own.current);
    let against_current = match (offer, current) {
        (None, Some(current)) => Some(summary::estimate_against_current(estimate.lakh, current)),
        _ => None,
    };
    vec![
        Fill::Text(slot::TITLE.into(), summary::title(offer, true)),
        Fill::Hidden(slot::VERDICT_ROW.into(), offer.is_none()),
        Fill::Text(
            slot::VERDICT.into(),
            offer.map(|o| offer::position_text(o, &estimate)).unwrap_or_default(),
        ),
        Fill::Hidden(slot::SURVEY_NOTE.into(), offer.is_none()),
        Fill::Hidden(slot::HIKE_ROW.into(), current.is_none()),
        Fill::Hidden(slot::HIKE.into(), offer.is_none() || current.is_none()),
        Fill::Hidden(slot::AGAINST_CURRENT.into(), against_current.is_none()),
        Fill::Text(slot::AGAINST_CURRENT.into(), against_current.unwrap_or_default()),
        Fill::Text(slot::FIGURE.into(), headline::figure(&estimate)),
        Fill::Text(slot::DETAIL.into(), headline::detail(&estimate)),
        Fill::Text(slot::RANGE.into(), headline::range(&estimate)),
        Fill::Text(slot::PROFILE.into(), headline::profile(&sel)),
    ]
}

/// Everything the first stage sets for a link (see `EarlyStage::open`).
pub fn fills(query: &str) -> Vec<Fill> {
    EarlyStage::open(query).1
}

impl Fill {
    /// The fill as the loader in `public/early.js` reads it: a kind, an id and a value. Kind
    /// `t` (text), `v` (value), `h` (hidden, "1" or ""), `o` (open, "1" or ""), `e` (enable and
    /// listen), `q` (the address's query, in value) or `n` (the notices' query, in value).
    fn parts(&self) -> (&'static str, &str, &str) {
        match self {
            Fill::Text(id, text) => ("t", id, text),
            Fill::Value(id, value) => ("v", id, value),
            Fill::Hidden(id, hidden) => ("h", id, if *hidden { "1" } else { "" }),
            Fill::Open(id, open) => ("o", id, if *open { "1" } else { "" }),
            Fill::Enable(id) => ("e", id, ""),
            Fill::Address(query) => ("q", "", query),
            Fill::NoticesFrom(query) => ("n", "", query),
        }
    }
}

/// The fills as a JSON array of `[kind, id, value]` triples (`Fill::parts`), for the loader,
/// which reads them with `JSON.parse`. JSON escaping makes any text safe, whatever a link put
/// in it.
pub fn encode(fills: &[Fill]) -> String {
    let mut out = String::from("[");
    for (i, fill) in fills.iter().enumerate() {
        let (kind, id, value) = fill.parts();
        if i > 0 {
            out.push(',');
        }
        out.push_str("[\"");
        out.push_str(kind);
        out.push_str("\",");
        push_json_string(&mut out, id);
        out.push(',');
        push_json_string(&mut out, value);
        out.push(']');
    }
    out.push(']');
    out
}

/// `text` as a JSON string literal: quotes, backslashes and every control character escaped.
fn push_json_string(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u00");
                out.push(HEX[(c as usize) >> 4] as char);
                out.push(HEX[(c as usize) & 15] as char);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn text_of(fills: &[Fill], id: &str) -> Option<String> {
        fills.iter().find_map(|f| match f {
            Fill::Text(i, t) if i == id => Some(t.clone()),
            _ => None,
        })
    }

    #[test]
    fn a_preset_link_fills_the_card_and_the_form() {
        let fills = fills("?role=senior-backend-developer&city=bengaluru&skill=python&exp=mid");
        assert_eq!(text_of(&fills, slot::FIGURE).as_deref(), Some("₹14.1 L"));
        assert_eq!(text_of(&fills, slot::RANGE).as_deref(), Some("₹11.3 L to ₹17.0 L"));
        assert!(fills.contains(&Fill::Value("filter-city".into(), "bengaluru".into())));
        assert!(fills.contains(&Fill::Value("filter-company".into(), String::new())));
        assert!(fills.contains(&Fill::Hidden(LINK_NOTICE.into(), true)));
    }

    #[test]
    fn amounts_in_the_link_fill_their_fields_and_the_privacy_line() {
        let fills = fills("?offer=12.5&city=pune&current=10");
        assert!(fills.contains(&Fill::Value("offer".into(), "12.5".into())));
        assert_eq!(text_of(&fills, "offer-status"), Some(offer::understood(Some(12.5))));
        assert!(fills.contains(&Fill::Value("current".into(), "10".into())));
        assert_eq!(
            text_of(&fills, "current-status").as_deref(),
            Some("Understood as ₹10 L a year (₹10,00,000).")
        );
        assert!(fills.contains(&Fill::Hidden(slot::LINK_OFFER.into(), false)));
        assert_eq!(
            text_of(&fills, slot::LINK_OFFER).as_deref(),
            Some("This link includes your offer of ₹12.5 L and your current CTC of ₹10 L.")
        );
    }

    #[test]
    fn a_bad_parameter_shows_its_notice_as_plain_text() {
        let fills = fills("?city=atlantis&role=%3Cscript%3E");
        assert!(fills.contains(&Fill::Hidden(LINK_NOTICE.into(), false)));
        assert!(fills.contains(&Fill::Hidden(slot::notice_row(0), false)));
        assert!(fills.contains(&Fill::Hidden(slot::notice_row(1), false)));
        assert!(fills.contains(&Fill::Hidden(slot::notice_row(2), true)));
        let second = text_of(&fills, &slot::notice_row(1)).unwrap();
        assert!(second.contains("<script>"), "quoted as text: {second}");
        // The rest of the link still applies: Any city, so the national figure.
        assert_eq!(text_of(&fills, slot::FIGURE).as_deref(), Some("₹8.0 L"));
    }

    #[test]
    fn encoding_is_a_json_array_of_triples() {
        let text = encode(&[
            Fill::Text("a".into(), "₹1 L".into()),
            Fill::Value("b".into(), "pune".into()),
            Fill::Hidden("c".into(), true),
            Fill::Hidden("d".into(), false),
            Fill::Text("e".into(), "tab\there, \"quote\", back\\slash\nnew line\u{1}".into()),
        ]);
        assert_eq!(
            text,
            r#"[["t","a","₹1 L"],["v","b","pune"],["h","c","1"],["h","d",""],["t","e","tab\u0009here, \"quote\", back\\slash\u000anew line\u0001"]]"#
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
            EarlyStage::open("?city=Bangalore&skill=python&offer=12.4&basic=40&utm_source=x");
        assert!(fills.contains(&Fill::Enable("filter-city".into())));
        assert!(fills.contains(&Fill::Enable(slot::DISMISS.into())));
        let changed = stage.event("filter-city", "pune");
        assert_eq!(text_of(&changed, slot::PROFILE).as_deref(), Some("Pune · Python"));
        // 8 × (7 ÷ 6.8) × √(6 ÷ 7.8) = ₹7.2 L
        assert_eq!(text_of(&changed, slot::FIGURE).as_deref(), Some("₹7.2 L"));
        // Everything else the link set is kept, and the address is canonical.
        assert_eq!(changed.last(), Some(&Fill::Address("city=pune&skill=python&offer=12.4&basic=40".into())));
        let any = stage.event("filter-skill", "");
        assert_eq!(any.last(), Some(&Fill::Address("city=pune&offer=12.4&basic=40".into())));
        // Only what the select offers: nothing else changes anything.
        assert_eq!(stage.event("filter-city", "atlantis"), []);
        assert_eq!(stage.event("filter-city", "bangalore"), []);
        assert_eq!(stage.event("offer", "20"), []);
        assert_eq!(stage.event("filter-b-city", "pune"), []);
    }

    #[test]
    fn dismissing_the_notice_hides_it_and_tells_the_app_there_is_none() {
        let (mut stage, fills) = EarlyStage::open("?city=atlantis");
        assert!(fills.contains(&Fill::Hidden(LINK_NOTICE.into(), false)));
        assert_eq!(fills.last(), Some(&Fill::NoticesFrom("city=atlantis".into())));
        assert_eq!(
            stage.event(slot::DISMISS, ""),
            [Fill::Hidden(LINK_NOTICE.into(), true), Fill::NoticesFrom(String::new())]
        );
        // A later change keeps the notices dismissed: the app takes over from "".
        let changed = stage.event("filter-role", "technical-lead");
        let about_the_notice = |f: &Fill| match f {
            Fill::NoticesFrom(_) => true,
            Fill::Hidden(id, _) => id.starts_with(LINK_NOTICE),
            _ => false,
        };
        assert!(!changed.iter().any(about_the_notice), "{changed:?}");
    }

    proptest! {
        #[test]
        fn any_text_survives_the_encoding(pairs in proptest::collection::vec((".{0,12}", "\\PC{0,30}|[\t\n\r\"\\\\]{1,4}"), 0..8)) {
            let fills: Vec<Fill> = pairs.into_iter().map(|(id, text)| Fill::Text(id, text)).collect();
            let back = parsed(&encode(&fills));
            prop_assert_eq!(back, fills.iter().map(triple).collect::<Vec<_>>());
        }

        #[test]
        fn a_link_with_tabs_and_line_breaks_gives_the_fills_it_decodes_to(
            pairs in proptest::collection::vec(("[a-z.]{1,8}", "([a-z]|%09|%0A|%0D|%22|%5C|%E2%82%B9){0,12}"), 0..6)
        ) {
            let query = pairs.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("&");
            let fills = fills(&query);
            let back = parsed(&encode(&fills));
            prop_assert_eq!(back.len(), fills.len());
            prop_assert_eq!(back, fills.iter().map(triple).collect::<Vec<_>>());
        }
    }
}
