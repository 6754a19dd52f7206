//! The first stage of loading: what the page shows for a link before the full app arrives, and
//! how it answers every control of the form until then.
//!
//! A small WebAssembly module (`src/bin/early.rs`, carried in the page itself) runs this on the
//! link's query and today's date, and a few lines of JavaScript apply the result to the static
//! shell in `index.html`, which the same components render (see `components/shell.rs`). The
//! texts come from the same functions the live components use (`display`), so when the app takes
//! over nothing on screen changes: the summary, with the offer's pay in hand (or the estimate's)
//! under its better regime and the estimate's under the new one, the hike, the form and its
//! lines. Each change to a control comes back here (`EarlyStage::event`) for what to write and
//! the canonical address. The sections below the summary (their workings, the charts, the rest)
//! wait for the app.

use crate::amount;
use crate::data::{dataset, tax_years, Date};
use crate::display::fields::{
    choice_labels, field_text, monthly_note, option_id, read_lakh, read_number, sets_the_terms, status,
};
use crate::display::offers::{self, Offer};
use crate::display::{link_privacy, summary};
use crate::filters::{
    self, decode, Decoded, Dimension, Field, Kind, Link, Notice, Param, Profile, MAX_NOTICES,
};
use crate::format::round_to_tenth;
use crate::model::Model;
use crate::page::{slot, LINK_NOTICE, SECTION_COMPARE};
use crate::tax::{
    compare, employer_nps_effect, least_ctc, new_regime, year_in_force, Comparison, YearInForce,
};

/// What to set on the page.
#[derive(Debug, Clone, PartialEq)]
pub enum Fill {
    Text(String, String),
    /// A select's or a field's value (a slug, or "" for Any).
    Value(String, String),
    Hidden(String, bool),
    /// Open or close a disclosure.
    Open(String, bool),
    /// Mark a field's text as one it could not use (`aria-invalid`), or not.
    Invalid(String, bool),
    /// Enable a control, and send what is done to it (a select changed, a field typed in or
    /// left, a button pressed) to `event`.
    Enable(String),
    /// Focus a field and select its text.
    Select(String),
    /// Rewrite the address's query in place (no reload, no new history entry).
    Address(String),
    /// The query whose notices the page shows, for the app to take over ("" once dismissed).
    NoticesFrom(String),
}

/// The first stage's state between events: the link on screen, the one the page opened with,
/// the year in force, and the problems with what was typed in the fields.
#[derive(Debug, Clone, PartialEq)]
pub struct EarlyStage {
    link: Link,
    opened: Link,
    year: YearInForce,
    problems: Vec<(Param, String)>,
    /// What an amount's line says when it was typed as a month's (`fields::monthly_note`).
    notes: Vec<(Param, String)>,
}

impl EarlyStage {
    /// Reads a link (its query, with or without `?`) on `today` and everything the first stage
    /// sets for it: the summary and what it pays in hand, the form's values and lines, the line
    /// about a shared link's amounts, the privacy line, the notices, and the controls that
    /// answer from now on.
    pub fn open(query: &str, today: Date) -> (EarlyStage, Vec<Fill>) {
        let Decoded { link, notices } = decode(query, dataset());
        let stage = EarlyStage {
            link,
            opened: link,
            year: year_in_force(today, tax_years()),
            problems: Vec::new(),
            notes: Vec::new(),
        };
        let mut out = Vec::new();
        for dim in Dimension::ALL {
            let slug = link.selection.get(dim).map_or("", |e| e.slug.as_str());
            let id = Field::Filter(Profile::A, dim).id();
            out.push(Fill::Value(id.clone(), slug.into()));
            out.push(Fill::Enable(id));
        }
        out.extend(stage.field_values());
        for &param in Param::ALL {
            let id = Field::Param(Profile::A, param).id();
            // A choice's options are worded for the rules in force today (the shell's are the
            // first year's): the PF's name the wage ceiling.
            if let Kind::Choice { slugs, .. } = param.row().kind {
                for (slug, label) in slugs.iter().zip(choice_labels(param, &stage.year)) {
                    out.push(Fill::Text(option_id(&id, slug), label));
                }
            }
            out.push(Fill::Enable(id));
        }
        out.push(Fill::Open(slot::TERMS.into(), sets_the_terms(&link.job, &link.own)));
        out.push(Fill::Open(SECTION_COMPARE.into(), link.compare.is_some()));
        out.push(Fill::Hidden(LINK_NOTICE.into(), notices.is_empty()));
        for i in 0..MAX_NOTICES {
            let notice = notices.get(i);
            out.push(Fill::Hidden(slot::notice_row(i), notice.is_none()));
            out.push(Fill::Text(slot::notice_row(i), notice.map(Notice::text).unwrap_or_default()));
        }
        for button in [slot::DISMISS, slot::START_WITH_MINE, slot::COPY, slot::MANUAL_LINK_FIELD] {
            out.push(Fill::Enable(button.into()));
        }
        out.extend(stage.page());
        out.push(Fill::NoticesFrom(query.strip_prefix('?').unwrap_or(query).into()));
        (stage, out)
    }

    /// What a person did, as the loader reports it, and what that sets:
    /// - `i:id=value`: a field typed in, or a select changed (`c:` too): the new figures;
    /// - `c:id=value`: a field left: its problem, if its text cannot be used;
    /// - `k:id`: a button pressed (Dismiss, Start with mine; Copy link is the loader's);
    /// - `y:url` or `n:url`: the clipboard took the link, or refused it.
    ///
    /// Anything else, or a value no control offers, changes nothing.
    pub fn event(&mut self, what: &str) -> Vec<Fill> {
        let Some((kind, rest)) = what.split_once(':') else { return Vec::new() };
        let (id, value) = rest.split_once('=').unwrap_or((rest, ""));
        let mut out = match kind {
            "i" | "c" => match self.typed(id, value, kind == "c") {
                Some(fills) => fills,
                None => return Vec::new(),
            },
            "k" if id == slot::DISMISS => {
                return vec![Fill::Hidden(LINK_NOTICE.into(), true), Fill::NoticesFrom(String::new())];
            }
            "k" if id == slot::START_WITH_MINE => {
                self.link =
                    Link { selection: self.link.selection, compare: self.link.compare, ..Link::default() };
                self.opened = Link::default();
                self.problems.clear();
                self.notes.clear();
                self.field_values()
            }
            "y" | "n" => return copied(kind == "y", rest),
            _ => return Vec::new(),
        };
        out.extend(self.page());
        out.push(Fill::Address(filters::encode(&self.link)));
        out
    }

    /// A select changed, or a field's text: what it sets, or `None` for no control of the form.
    fn typed(&mut self, id: &str, text: &str, left: bool) -> Option<Vec<Fill>> {
        if let Some(dim) = Dimension::ALL.into_iter().find(|&d| Field::Filter(Profile::A, d).id() == id) {
            let choice = dim.choice_from_form(dataset(), text)?;
            self.link.selection.set(dim, choice);
            return Some(Vec::new());
        }
        let &param = Param::ALL.iter().find(|p| Field::Param(Profile::A, **p).id() == id)?;
        let (job, own) = (&mut self.link.job, &mut self.link.own);
        // As the app's fields do: while typing, what can be read applies and the problem goes;
        // a field left with text it cannot use says so, and counts as none.
        let problem = match param.row().kind {
            Kind::Lakh(slot) => match read_lakh(param, text) {
                Ok(lakh) => {
                    slot.set(job, own, lakh);
                    None
                }
                Err(message) => left.then(|| {
                    slot.set(job, own, None);
                    message
                }),
            },
            Kind::Rupees(_, slot) | Kind::Percent { slot, .. } => match read_number(param, text)? {
                Ok(number) => {
                    slot.set(job, own, number);
                    None
                }
                Err(message) => left.then(|| {
                    slot.set(job, own, slot.default());
                    message
                }),
            },
            Kind::Choice { slugs, slot, .. } => {
                slot.set(job, own, slugs.iter().position(|s| *s == text)?);
                None
            }
        };
        self.problems.retain(|(p, _)| *p != param);
        self.notes.retain(|(p, _)| *p != param);
        if let Some(note) = monthly_note(param, text) {
            self.notes.push((param, note));
        }
        if let Some(message) = problem {
            self.problems.push((param, message));
        }
        Some(Vec::new())
    }

    /// Every field's value, as the link sets it (at the start, and after Start with mine).
    fn field_values(&self) -> Vec<Fill> {
        Param::ALL
            .iter()
            .map(|&param| {
                Fill::Value(
                    Field::Param(Profile::A, param).id(),
                    field_text(param, &self.link.job, &self.link.own),
                )
            })
            .collect()
    }

    /// What follows from the link on screen: the summary, what it pays in hand, the lines under
    /// the fields, the line about a shared link's amounts and the privacy line.
    fn page<'s>(&'s self) -> Vec<Fill> {
        let link = &self.link;
        let (job, own) = (&link.job, &link.own);
        let rules = self.year.rules;
        let estimate = Model::from_dataset(dataset()).estimate(&link.selection.inputs());
        let city = link.selection.city.map(|c| c.slug.as_str());
        let claims = job.claims(own);
        let both = |lakh: f64| compare(rules, lakh * 100_000.0, &job.structure, &claims, city);
        let shown = round_to_tenth(estimate.lakh);
        let lead: Comparison = both(job.offer.unwrap_or(shown));
        let current_pay = own.current.map(both);
        let estimate_pay = job.offer.map(|_| new_regime(rules, shown * 100_000.0, &job.structure, city));
        let max_ctc = amount::MAX_LAKH * 100_000.0;
        let ask = (own.want > 0.0)
            .then(|| least_ctc(rules, own.want, &job.structure, &claims, city, max_ctc))
            .flatten();
        let estimate_lead = job.offer.filter(|&offer| offer < shown).map(|_| both(shown));
        // With two offers, which pays more leads the summary, in the app's words.
        let verdict = match (link.compare, job.offer, link.b_job.offer) {
            (Some(b), Some(a_ctc), Some(b_ctc)) => {
                let b_estimate = Model::from_dataset(dataset()).estimate(&b.inputs());
                let b_city = b.city.map(|c| c.slug.as_str());
                let b_pay =
                    compare(rules, b_ctc * 100_000.0, &link.b_job.structure, &link.b_job.claims(own), b_city);
                let a = Offer { ctc: a_ctc, join: job.join, estimate: &estimate, pay: &lead };
                let b = Offer { ctc: b_ctc, join: link.b_job.join, estimate: &b_estimate, pay: &b_pay };
                Some(offers::verdict((&a, &offers::worked(rules, &a)), (&b, &offers::worked(rules, &b))))
            }
            _ => None,
        };
        let shared = link_privacy::shared_line(link, &self.opened);
        let s = summary::texts(&summary::Inputs {
            selection: &link.selection,
            estimate: &estimate,
            offer: job.offer,
            current: own.current,
            offer_from_the_link: self.opened.job.offer.is_some() && self.opened.job.offer == job.offer,
            lead: Some(&lead),
            current_pay: current_pay.as_ref(),
            estimate_pay: estimate_pay.as_ref(),
            shared,
            want: own.want,
            ask: ask.as_ref(),
            estimate_lead: estimate_lead.as_ref(),
            employer_nps: employer_nps_effect(rules, &lead, &job.structure, &claims, city),
        });
        let s_employer_nps = s.employer_nps.clone();
        let mut out = vec![
            Fill::Hidden(slot::NO_FIGURES.into(), s.no_figures.is_empty()),
            Fill::Text(slot::NO_FIGURES.into(), s.no_figures),
            Fill::Text(slot::TITLE.into(), s.title),
            Fill::Text(slot::IN_HAND.into(), s.in_hand),
            Fill::Text(slot::REGIME.into(), s.regime),
            Fill::Text(slot::REGIME_REST.into(), s.regime_rest),
            Fill::Hidden(slot::VERDICT_ROW.into(), !s.has_offer),
            Fill::Text(slot::VERDICT.into(), s.verdict),
            Fill::Hidden(slot::SURVEY_NOTE.into(), !s.has_offer),
            Fill::Hidden(slot::HIKE_ROW.into(), !s.has_current),
            Fill::Hidden(slot::HIKE.into(), !s.has_hike),
            Fill::Hidden(slot::AGAINST_CURRENT.into(), s.against_current.is_empty()),
            Fill::Text(slot::AGAINST_CURRENT.into(), s.against_current),
            Fill::Text(slot::FIGURE.into(), s.figure),
            Fill::Text(slot::DETAIL.into(), s.detail),
            Fill::Text(slot::RANGE.into(), s.range),
            Fill::Hidden(slot::ESTIMATE_IN_HAND.into(), !s.has_offer),
            Fill::Text(slot::ESTIMATE_IN_HAND.into(), s.estimate_in_hand),
            Fill::Text(slot::PROFILE.into(), s.profile),
            Fill::Hidden(slot::OFFERS.into(), verdict.is_none()),
            Fill::Text(slot::OFFERS.into(), verdict.unwrap_or_default()),
            Fill::Hidden(slot::ASK_ROW.into(), !s.has_ask),
            Fill::Text(slot::ASK_POSITION.into(), s.ask_position),
            Fill::Hidden(slot::ASK_HIKE.into(), s.ask_hike.is_empty()),
            Fill::Text(slot::ASK_HIKE.into(), s.ask_hike),
            Fill::Hidden(slot::COUNTER.into(), s.counter.is_empty()),
            Fill::Text(slot::COUNTER.into(), s.counter),
            Fill::Hidden(slot::SHARED.into(), s.shared.is_empty()),
            Fill::Text(slot::SHARED_TEXT.into(), s.shared),
        ];
        let [ask_lead, ask_ctc, ask_rest] = s.ask;
        for (id, text) in [(slot::ASK_LEAD, ask_lead), (slot::ASK_CTC, ask_ctc), (slot::ASK_REST, ask_rest)] {
            out.push(Fill::Text(id.into(), text));
        }
        let [against, ctc, more_ctc, in_hand, rest] = s.hike;
        for (id, text) in [
            (slot::HIKE_AGAINST, against),
            (slot::HIKE_CTC, ctc),
            (slot::HIKE_MORE_CTC, more_ctc),
            (slot::HIKE_IN_HAND, in_hand),
            (slot::HIKE_REST, rest),
        ] {
            out.push(Fill::Text(id.into(), text));
        }
        for &param in Param::ALL {
            let field = Field::Param(Profile::A, param);
            let said =
                |list: &'s [(Param, String)]| list.iter().find(|(p, _)| *p == param).map(|(_, m)| m.as_str());
            let problem = said(&self.problems);
            out.push(Fill::Invalid(field.id(), problem.is_some()));
            if !matches!(param.row().kind, Kind::Choice { .. }) {
                out.push(Fill::Text(
                    field.status_id(),
                    status(param, job, own, problem.or(said(&self.notes)), &s_employer_nps),
                ));
            }
        }
        let private = link_privacy::in_link(link);
        out.push(Fill::Hidden(slot::LINK_OFFER.into(), private.is_none()));
        out.push(Fill::Text(slot::LINK_OFFER.into(), private.unwrap_or_default()));
        out
    }
}

/// What Copy link says once the clipboard has taken the link (`url`), or refused it: then the
/// link stands in a field, selected, to copy by hand.
fn copied(ok: bool, url: &str) -> Vec<Fill> {
    if ok {
        vec![
            Fill::Text(slot::COPY_STATUS.into(), link_privacy::COPIED.into()),
            Fill::Hidden(slot::MANUAL_LINK.into(), true),
        ]
    } else {
        vec![
            Fill::Text(slot::COPY_STATUS.into(), link_privacy::COPY_REFUSED.into()),
            Fill::Hidden(slot::MANUAL_LINK.into(), false),
            Fill::Value(slot::MANUAL_LINK_FIELD.into(), url.into()),
            Fill::Select(slot::MANUAL_LINK_FIELD.into()),
        ]
    }
}

/// Everything the first stage sets for a link on a day (see `EarlyStage::open`).
pub fn fills(query: &str, today: Date) -> Vec<Fill> {
    EarlyStage::open(query, today).1
}

impl Fill {
    /// The fill as the loader in `public/early.js` reads it: a kind, an id and a value. Kind
    /// `t` (text), `v` (value), `h` (hidden, "1" or ""), `o` (open, "1" or ""), `x` (invalid,
    /// "1" or ""), `e` (enable and listen), `s` (focus and select), `q` (the address's query,
    /// in value) or `n` (the notices' query, in value).
    fn parts(&self) -> (&'static str, &str, &str) {
        let flag = |on: bool| if on { "1" } else { "" };
        match self {
            Fill::Text(id, text) => ("t", id, text),
            Fill::Value(id, value) => ("v", id, value),
            Fill::Hidden(id, hidden) => ("h", id, flag(*hidden)),
            Fill::Open(id, open) => ("o", id, flag(*open)),
            Fill::Invalid(id, invalid) => ("x", id, flag(*invalid)),
            Fill::Enable(id) => ("e", id, ""),
            Fill::Select(id) => ("s", id, ""),
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

    fn today() -> Date {
        Date::parse("2026-12-01").unwrap()
    }

    fn text_of(fills: &[Fill], id: &str) -> Option<String> {
        fills.iter().rev().find_map(|f| match f {
            Fill::Text(i, t) if i == id => Some(t.clone()),
            _ => None,
        })
    }

    fn hidden(fills: &[Fill], id: &str) -> Option<bool> {
        fills.iter().rev().find_map(|f| match f {
            Fill::Hidden(i, h) if i == id => Some(*h),
            _ => None,
        })
    }

    const WORKED: &str = "?role=senior-backend-developer&city=bengaluru&skill=python&exp=mid";

    #[test]
    fn a_preset_link_fills_the_summary_its_pay_and_the_form() {
        let fills = fills(WORKED, today());
        assert_eq!(text_of(&fills, slot::FIGURE).as_deref(), Some("₹14.1 L"));
        assert_eq!(text_of(&fills, slot::RANGE).as_deref(), Some("₹11.3 L to ₹17.0 L"));
        // The worked example's pay in hand, from the first stage: the summary's and the section's.
        assert_eq!(text_of(&fills, slot::IN_HAND).as_deref(), Some("₹98,937"));
        assert_eq!(text_of(&fills, slot::REGIME).as_deref(), Some("new"));
        assert_eq!(hidden(&fills, slot::VERDICT_ROW), Some(true));
        assert!(fills.contains(&Fill::Value("filter-city".into(), "bengaluru".into())));
        assert!(fills.contains(&Fill::Value("filter-company".into(), String::new())));
        assert!(fills.contains(&Fill::Hidden(LINK_NOTICE.into(), true)));
        // Every field of the form answers from the start.
        for &param in Param::ALL {
            assert!(fills.contains(&Fill::Enable(Field::Param(Profile::A, param).id())), "{param:?}");
        }
    }

    #[test]
    fn amounts_in_the_link_fill_their_fields_the_shared_line_and_the_privacy_line() {
        let fills = fills("?offer=12.5&city=pune&current=10&rent=30000", today());
        assert!(fills.contains(&Fill::Value("offer".into(), "12.5".into())));
        assert!(fills.contains(&Fill::Value("rent".into(), "30,000".into())));
        assert_eq!(
            text_of(&fills, "offer-status").as_deref(),
            Some("Understood as ₹12.5 L a year (₹12,50,000).")
        );
        assert!(fills.contains(&Fill::Value("current".into(), "10".into())));
        assert!(fills.contains(&Fill::Open(slot::TERMS.into(), true)));
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
    fn a_bad_parameter_shows_its_notice_as_plain_text() {
        let fills = fills("?city=atlantis&role=%3Cscript%3E", today());
        assert!(fills.contains(&Fill::Hidden(LINK_NOTICE.into(), false)));
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
            Fill::Open("f".into(), true),
            Fill::Text("e".into(), "tab\there, \"quote\", back\\slash\nnew line\u{1}".into()),
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
        assert!(fills.contains(&Fill::Enable("filter-city".into())));
        assert!(fills.contains(&Fill::Enable(slot::DISMISS.into())));
        let changed = stage.event("i:filter-city=pune");
        assert_eq!(text_of(&changed, slot::PROFILE).as_deref(), Some("Pune · Python"));
        // 8 × (7 ÷ 6.8) × √(6 ÷ 7.8) = ₹7.2 L
        assert_eq!(text_of(&changed, slot::FIGURE).as_deref(), Some("₹7.2 L"));
        // Everything else the link set is kept, and the address is canonical.
        assert_eq!(changed.last(), Some(&Fill::Address("city=pune&skill=python&offer=12.4&basic=40".into())));
        let any = stage.event("i:filter-skill=");
        assert_eq!(any.last(), Some(&Fill::Address("city=pune&offer=12.4&basic=40".into())));
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
        // "1" then "12" then "12.4": each readable step applies, as the app's field does.
        stage.event("i:offer=1");
        let typed = stage.event("i:offer=12.4");
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
        assert_eq!(typed.last(), Some(&Fill::Address(format!("{}&offer=12.4", &WORKED[1..]))));
        // Text that cannot be read: nothing changes while typing; left, the field says why.
        assert_eq!(
            text_of(&stage.event("i:offer=12.4 lak"), "offer-status").as_deref(),
            Some("Understood as ₹12.4 L a year (₹12,40,000).")
        );
        let left = stage.event("c:offer=12.4 lak");
        assert_eq!(
            text_of(&left, "offer-status").as_deref(),
            Some("“12.4 lak” is not an amount this page can read. Try 12.5, 12.5 L, ₹12,50,000 or 1.2 Cr.")
        );
        assert!(left.contains(&Fill::Invalid("offer".into(), true)));
        assert_eq!(left.last(), Some(&Fill::Address(WORKED[1..].into())));
        let fixed = stage.event("i:offer=13");
        assert!(fixed.contains(&Fill::Invalid("offer".into(), false)));
    }

    #[test]
    fn start_with_mine_clears_every_amount_and_keeps_the_profile() {
        let (mut stage, _) =
            EarlyStage::open(&format!("{WORKED}&offer=19&current=14&var=15&rent=30000"), today());
        let fills = stage.event(&format!("k:{}", slot::START_WITH_MINE));
        for &param in Param::ALL {
            let id = Field::Param(Profile::A, param).id();
            let expected = match param.row().kind {
                Kind::Choice { slugs, slot, .. } => slugs[slot.default()],
                _ => "",
            };
            assert!(fills.contains(&Fill::Value(id.clone(), expected.into())), "{id}");
        }
        assert_eq!(hidden(&fills, slot::SHARED), Some(true));
        assert_eq!(fills.last(), Some(&Fill::Address(WORKED[1..].into())));
    }

    #[test]
    fn copy_link_says_what_the_clipboard_did() {
        let (mut stage, _) = EarlyStage::open(WORKED, today());
        assert_eq!(
            text_of(&stage.event("y:http://x/?a"), slot::COPY_STATUS).as_deref(),
            Some(link_privacy::COPIED)
        );
        let refused = stage.event("n:http://x/?a");
        assert!(refused.contains(&Fill::Value(slot::MANUAL_LINK_FIELD.into(), "http://x/?a".into())));
        assert!(refused.contains(&Fill::Select(slot::MANUAL_LINK_FIELD.into())));
        assert_eq!(hidden(&refused, slot::MANUAL_LINK), Some(false));
    }

    #[test]
    fn dismissing_the_notice_hides_it_and_tells_the_app_there_is_none() {
        let (mut stage, fills) = EarlyStage::open("?city=atlantis", today());
        assert!(fills.contains(&Fill::Hidden(LINK_NOTICE.into(), false)));
        assert_eq!(fills.last(), Some(&Fill::NoticesFrom("city=atlantis".into())));
        assert_eq!(
            stage.event(&format!("k:{}", slot::DISMISS)),
            [Fill::Hidden(LINK_NOTICE.into(), true), Fill::NoticesFrom(String::new())]
        );
        // A later change keeps the notices dismissed: the app takes over from "".
        let changed = stage.event("i:filter-role=technical-lead");
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
            let fills = fills(&query, today());
            let back = parsed(&encode(&fills));
            prop_assert_eq!(back.len(), fills.len());
            prop_assert_eq!(back, fills.iter().map(triple).collect::<Vec<_>>());
        }

        #[test]
        fn anything_a_control_sends_is_answered_without_a_panic(id in "[a-z-]{1,12}", value in "\\PC{0,20}", kind in "[icky]") {
            let (mut stage, _) = EarlyStage::open(WORKED, today());
            let fills = stage.event(&format!("{kind}:{id}={value}"));
            prop_assert!(parsed(&encode(&fills)).len() == fills.len());
        }
    }
}
