//! The names the stages of loading share: element ids and the stage marked on `<main>` (the
//! form's controls take theirs from `filters::Field::id`).
//!
//! The shell render, the first stage's fills and the components use these constants; the
//! build hands `names_json()` to `early.js` and `boot.js` (see `scripts/build-early-stage.mjs`),
//! so no id is copied by hand into the JavaScript.

/// `<main>`, whose `data-stage` says how far the page has loaded.
pub const MAIN: &str = "main";
/// The container of the shell; the phone's estimate bar is appended to it.
pub const APP: &str = "app";
/// The column of the sections below the summary, in page order; the last, "How this is worked
/// out", is prerendered prose.
pub const RESULTS: &str = "results";
pub const SECTION_PAY: &str = "section-pay";
pub const SECTION_REGIMES: &str = "section-regimes";
pub const SECTION_GROW: &str = "section-grow";
pub const SECTION_MARKET: &str = "section-market";
pub const SECTION_COMPARE: &str = "section-compare";
pub const SECTION_YEARS: &str = "section-years";
pub const HOW: &str = "section-how";
/// Profile B's panel in "Compare two profiles", built the first time compare mode opens.
pub const COMPARE_PANEL: &str = "compare-panel";
/// The notice about the link, the estimate card and the form: parts of the shell that the
/// app takes over in place.
pub const LINK_NOTICE: &str = "link-notice";
pub const ESTIMATE_CARD: &str = "estimate";
pub const FILTER_FORM: &str = "filters";
/// The line `boot.js` writes when the app is slow or cannot start.
pub const BOOT_STATUS: &str = "boot-status";
/// The global in which the first stage leaves its session (`Session::handover`) after each
/// thing a person does, for the app to take over.
pub const HANDOVER: &str = "earlyHandover";

/// Elements inside the shell that the first stage fills; the components carry the same ids.
pub mod slot {
    /// The summary's heading, its lead figure (pay in hand a month), the regime it is under
    /// and the words after it, the offer's standing and its row, the hike's row, and the
    /// note on what the survey's figures are.
    pub const TITLE: &str = "summary-title";
    pub const IN_HAND: &str = "summary-in-hand-figure";
    pub const REGIME: &str = "summary-regime-word";
    pub const REGIME_REST: &str = "summary-regime-rest";
    pub const VERDICT_ROW: &str = "summary-verdict-row";
    pub const VERDICT: &str = "summary-offer-position";
    pub const HIKE_ROW: &str = "summary-hike-row";
    /// In the hike's row: the hike itself (with an offer), or the estimate against the current
    /// CTC (without one).
    pub const HIKE: &str = "summary-hike-text";
    /// The hike's parts: what it is against, the two percents and the words around them.
    pub const HIKE_AGAINST: &str = "summary-hike-against";
    pub const HIKE_CTC: &str = "summary-hike-ctc";
    pub const HIKE_MORE_CTC: &str = "summary-hike-more-ctc";
    pub const HIKE_IN_HAND: &str = "summary-hike-in-hand";
    pub const HIKE_REST: &str = "summary-hike-rest";
    pub const AGAINST_CURRENT: &str = "summary-against-current";
    /// The CTC to ask for a take-home wanted (its row, its parts, its standing and its hike),
    /// and the counter-offer line for an offer below the estimate.
    pub const ASK_ROW: &str = "summary-ask";
    pub const ASK_LEAD: &str = "summary-ask-lead";
    pub const ASK_CTC: &str = "summary-ask-ctc";
    pub const ASK_REST: &str = "summary-ask-rest";
    pub const ASK_POSITION: &str = "summary-ask-position";
    pub const ASK_HIKE: &str = "summary-ask-hike";
    pub const COUNTER: &str = "summary-counter";
    pub const FIRST_YEAR: &str = "summary-first-year";
    /// With two offers, which pays more: it leads the summary.
    pub const OFFERS: &str = "summary-offers";
    /// With an offer, what the survey's figures are and what four years leave.
    pub const OFFER_NOTES: &str = "offer-notes";
    /// The line naming the amounts a shared link came with, its text and its button.
    pub const SHARED: &str = "shared-amounts";
    pub const SHARED_TEXT: &str = "shared-amounts-text";
    pub const START_WITH_MINE: &str = "start-with-mine";
    /// The form's "Salary structure", and its "Rent and investments", each open when the link
    /// sets any of its fields.
    pub const TERMS: &str = "terms";
    /// The form's "Your current job's pay" beside the current CTC, and its "Stock, bonuses
    /// and switching": each opened by the person only (their fields come with the app).
    pub const NOW: &str = "now-job";
    pub const SWITCHING: &str = "switching";
    pub const CLAIMS: &str = "claims";
    pub const FIGURE: &str = "estimate-figure";
    /// For a city the survey does not list, that the estimate is the national one.
    pub const NO_FIGURES: &str = "estimate-no-figures";
    /// With an offer, what the estimate pays in hand a month under the new regime.
    pub const ESTIMATE_IN_HAND: &str = "estimate-in-hand";
    pub const DETAIL: &str = "estimate-detail";
    pub const RANGE: &str = "estimate-range";
    pub const PROFILE: &str = "estimate-profile";
    /// The notice's Dismiss button.
    pub const DISMISS: &str = "link-notice-dismiss";
    /// Next to Copy link: which private amounts the link carries.
    pub const LINK_OFFER: &str = "link-offer";
    /// Copy link, the line saying what it did, and the field that holds the link to copy by
    /// hand where the clipboard is refused (and its label, shown then).
    pub const COPY: &str = "copy-link";
    pub const COPY_STATUS: &str = "copy-status";
    pub const MANUAL_LINK: &str = "manual-link-label";
    pub const MANUAL_LINK_FIELD: &str = "manual-link";
    /// The notice's rows, one a notice (`filters::MAX_NOTICES` of them).
    pub const NOTICE_ROWS: [&str; 5] =
        ["link-notice-0", "link-notice-1", "link-notice-2", "link-notice-3", "link-notice-4"];
}

/// How far the page has loaded, as `<main data-stage>` says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// The shell as served: its placeholder figures are hidden by the stylesheet.
    Static,
    /// Filled in by the first stage.
    Early,
    /// Taken over by the app.
    Live,
}

impl Stage {
    /// The attribute on `<main>` that holds the stage.
    pub const ATTRIBUTE: &'static str = "data-stage";

    pub fn as_str(self) -> &'static str {
        match self {
            Stage::Static => "static",
            Stage::Early => "early",
            Stage::Live => "live",
        }
    }
}

/// The names the loaders need, as a JSON object (plain ASCII words, so no escaping):
/// `{"main":"main","stageAttribute":"data-stage","static":"static",…}`.
pub fn names_json() -> String {
    let pairs = [
        ("main", MAIN),
        ("bootStatus", BOOT_STATUS),
        ("handover", HANDOVER),
        ("copy", slot::COPY),
        ("terms", slot::TERMS),
        ("now", slot::NOW),
        ("switching", slot::SWITCHING),
        ("claims", slot::CLAIMS),
        ("stageAttribute", Stage::ATTRIBUTE),
        ("static", Stage::Static.as_str()),
        ("early", Stage::Early.as_str()),
        ("live", Stage::Live.as_str()),
    ];
    let fields: Vec<String> = pairs.iter().map(|(k, v)| format!("\"{k}\":\"{v}\"")).collect();
    format!("{{{}}}", fields.join(","))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_names_are_one_json_object_of_plain_words() {
        let names: serde_json::Value = serde_json::from_str(&names_json()).expect("valid JSON");
        assert_eq!(names["main"], MAIN);
        assert_eq!(names["live"], "live");
        assert_eq!(names.as_object().map(|o| o.len()), Some(12));
        for value in names.as_object().unwrap().values() {
            let word = value.as_str().unwrap();
            assert!(word.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-'), "{word}");
        }
    }

    #[test]
    fn the_stylesheet_hides_the_shell_by_the_same_stage_name() {
        let css = include_str!("../../public/style.css");
        let hidden = format!("main[{}=\"{}\"]", Stage::ATTRIBUTE, Stage::Static.as_str());
        assert!(css.contains(&hidden), "public/style.css has no {hidden}");
        assert!(css.contains(&format!("#{APP}")), "public/style.css has no #{APP}");
    }
}
