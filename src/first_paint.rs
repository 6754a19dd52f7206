//! The first stage of loading: what the page shows for a link before the full app arrives.
//!
//! A small WebAssembly module (`src/bin/early.rs`) runs this on the link's query and a few
//! lines of JavaScript apply the result to the static shell in `index.html`, which the same
//! components render (see `components/shell.rs`). The texts come from the same functions the
//! live components use, so when the app takes over nothing on screen changes.

use crate::data::dataset;
use crate::filters::{decode, field_id, Dimension, Notice, Profile, MAX_NOTICES};
use crate::headline;
use crate::model::Model;
use crate::offer;

/// Element ids the first stage fills; the components carry the same ids.
pub mod slot {
    pub const FIGURE: &str = "estimate-figure";
    pub const DETAIL: &str = "estimate-detail";
    pub const RANGE: &str = "estimate-range";
    pub const PROFILE: &str = "estimate-profile";
    pub const NOTICE: &str = "link-notice";
    /// The offer field and the line under it saying what it understood.
    pub const OFFER: &str = "offer";
    pub const OFFER_STATUS: &str = "offer-status";
    /// Next to Copy link: whether the link carries the offer.
    pub const LINK_OFFER: &str = "link-offer";
    /// Row `i` of the notice is `link-notice-{i}`.
    pub fn notice_row(i: usize) -> String {
        format!("{NOTICE}-{i}")
    }
}

/// What to set on one element of the shell.
#[derive(Debug, Clone, PartialEq)]
pub enum Fill {
    Text(String, String),
    /// A select's value (a slug, or "" for Any).
    Value(String, String),
    Hidden(String, bool),
}

/// Everything the first stage sets for a query string (with or without `?`): the estimate
/// card, profile A's selects and the notices about the link.
pub fn fills(query: &str) -> Vec<Fill> {
    let data = dataset();
    let decoded = decode(query, data);
    let sel = decoded.selection;
    let estimate = Model::from_dataset(data).estimate(&sel.inputs());
    let mut out = vec![
        Fill::Text(slot::FIGURE.into(), headline::figure(&estimate)),
        Fill::Text(slot::DETAIL.into(), headline::detail(&estimate)),
        Fill::Text(slot::RANGE.into(), headline::range(&estimate)),
        Fill::Text(slot::PROFILE.into(), headline::profile(&sel)),
    ];
    for dim in Dimension::ALL {
        let slug = sel.get(dim).map_or("", |e| e.slug.as_str());
        out.push(Fill::Value(field_id(Profile::A, dim), slug.into()));
    }
    out.push(Fill::Value(slot::OFFER.into(), decoded.offer.map(offer::canonical).unwrap_or_default()));
    out.push(Fill::Text(slot::OFFER_STATUS.into(), offer::understood(decoded.offer)));
    out.push(Fill::Hidden(slot::LINK_OFFER.into(), decoded.offer.is_none()));
    out.push(Fill::Text(slot::LINK_OFFER.into(), decoded.offer.map(offer::in_link).unwrap_or_default()));
    out.push(Fill::Hidden(slot::NOTICE.into(), decoded.notices.is_empty()));
    for i in 0..MAX_NOTICES {
        let notice = decoded.notices.get(i);
        out.push(Fill::Hidden(slot::notice_row(i), notice.is_none()));
        out.push(Fill::Text(slot::notice_row(i), notice.map(Notice::text).unwrap_or_default()));
    }
    out
}

/// The fills as lines of `id<TAB>kind<TAB>value`, kind `t` (text), `v` (value) or `h`
/// (hidden, "1" or ""), for the loader in `public/early.js`. Values hold no tab or line
/// break: notices quote only printable characters, and the tables have none.
pub fn encode(fills: &[Fill]) -> String {
    let mut out = String::new();
    for fill in fills {
        let (id, kind, value) = match fill {
            Fill::Text(id, text) => (id, 't', text.as_str()),
            Fill::Value(id, value) => (id, 'v', value.as_str()),
            Fill::Hidden(id, hidden) => (id, 'h', if *hidden { "1" } else { "" }),
        };
        out.push_str(id);
        out.push('\t');
        out.push(kind);
        out.push('\t');
        out.push_str(value);
        out.push('\n');
    }
    out
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
        assert!(fills.contains(&Fill::Hidden(slot::NOTICE.into(), true)));
    }

    #[test]
    fn an_offer_in_the_link_fills_the_field_and_says_what_it_understood() {
        let fills = fills("?offer=12.5&city=pune");
        assert!(fills.contains(&Fill::Value(slot::OFFER.into(), "12.5".into())));
        assert_eq!(text_of(&fills, slot::OFFER_STATUS), Some(offer::understood(Some(12.5))));
    }

    #[test]
    fn a_bad_parameter_shows_its_notice_as_plain_text() {
        let fills = fills("?city=atlantis&role=%3Cscript%3E");
        assert!(fills.contains(&Fill::Hidden(slot::NOTICE.into(), false)));
        assert!(fills.contains(&Fill::Hidden(slot::notice_row(0), false)));
        assert!(fills.contains(&Fill::Hidden(slot::notice_row(1), false)));
        assert!(fills.contains(&Fill::Hidden(slot::notice_row(2), true)));
        let second = text_of(&fills, &slot::notice_row(1)).unwrap();
        assert!(second.contains("<script>"), "quoted as text: {second}");
        // The rest of the link still applies: Any city, so the national figure.
        assert_eq!(text_of(&fills, slot::FIGURE).as_deref(), Some("₹8.0 L"));
    }

    #[test]
    fn encoding_is_one_line_per_fill() {
        let text = encode(&[
            Fill::Text("a".into(), "₹1 L".into()),
            Fill::Value("b".into(), "pune".into()),
            Fill::Hidden("c".into(), true),
            Fill::Hidden("d".into(), false),
        ]);
        assert_eq!(text, "a\tt\t₹1 L\nb\tv\tpune\nc\th\t1\nd\th\t\n");
    }

    proptest! {
        #[test]
        fn any_query_gives_well_formed_lines(query in ".{0,200}") {
            let fills = fills(&query);
            let text = encode(&fills);
            prop_assert_eq!(text.lines().count(), fills.len());
            for line in text.lines() {
                prop_assert_eq!(line.split('\t').count(), 3, "line {:?}", line);
            }
        }
    }
}
