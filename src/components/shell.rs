//! The static shell of `index.html`: the page as it paints before any WebAssembly runs,
//! rendered from the real components so that the two cannot drift apart.
//!
//! `cargo test` renders it (Leptos `to_html`, with the `ssr` feature of the test build only)
//! and fails when `index.html` holds anything else between its shell markers;
//! `UPDATE_SHELL=1 cargo test shell` writes the render there. The shell shows the "Any"
//! profile, hidden by the stylesheet while `<main data-stage="static">`, until the first stage
//! (`first_paint`) fills in the link's own figures and sets `data-stage="early"`.

use crate::components::filter_form::FilterForm;
use crate::components::link_notice::LinkNotice;
use crate::components::section::Section;
use crate::components::shared_amounts::SharedAmounts;
use crate::components::shell_state::StaticShell;
use crate::components::summary::Summary;
use crate::page::{
    Stage, HOW, MAIN, RESULTS, SECTION_COMPARE, SECTION_GROW, SECTION_MARKET, SECTION_PAY, SECTION_REGIMES,
    SECTION_YEARS,
};
use crate::state::AppState;
use leptos::prelude::*;

/// Where the render goes in `index.html`.
const START: &str =
    "<!-- shell: rendered from src/components/shell.rs by `UPDATE_SHELL=1 cargo test shell`; do not edit -->";
const END: &str = "<!-- /shell -->";

/// The page's live area: the summary, with the link's notice and the line about its amounts
/// under it, the form, and the sections below, hidden until the app puts their parts in. What it
/// pays in hand opens at first; the summary answers the rest, and Compare opens when the link
/// compares (the first stage opens it).
#[component]
fn Shell() -> impl IntoView {
    view! {
        <main id=MAIN aria-busy="true" data-stage=Stage::Static.as_str()>
            <div class="layout" id="layout">
                <div class="lead">
                    <Summary />
                    <LinkNotice />
                    <SharedAmounts />
                </div>
                <FilterForm />
                <div class="results" id=RESULTS>
                    <Section id=SECTION_PAY title="What it pays in hand" open=true>
                        ""
                    </Section>
                    <Section id=SECTION_REGIMES title="Old or new regime" open=false>
                        ""
                    </Section>
                    <Section id=SECTION_GROW title="Grow your pay" open=false>
                        ""
                    </Section>
                    <Section id=SECTION_MARKET title="The market" open=false>
                        ""
                    </Section>
                    <Section id=SECTION_COMPARE title="Compare two profiles" open=false>
                        ""
                    </Section>
                    <Section id=SECTION_YEARS title="Four years" open=false>
                        ""
                    </Section>
                    <Section id=HOW title="How this is worked out" open=false>
                        ""
                    </Section>
                </div>
            </div>
        </main>
    }
}

/// The shell's HTML, for the page with no query.
fn render() -> String {
    let _ = any_spawner::Executor::init_futures_executor();
    // Rendering reads signals once, outside any effect: that is the point here, not a mistake.
    let _quiet = leptos::reactive::diagnostics::SpecialNonReactiveZone::enter();
    let owner = Owner::new();
    owner.with(|| {
        // The first year, so that a new year's file leaves the shell as it is. Its figures are
        // never shown: the stylesheet hides the shell until the first stage has filled it.
        provide_context(AppState::from_query("", crate::data::tax_years()[0].starts));
        provide_context(StaticShell);
        view! { <Shell /> }.to_html()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::components::markup::start_tags;

    #[test]
    fn index_html_holds_the_render_of_the_shell() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/index.html");
        let page = std::fs::read_to_string(path).expect("read index.html");
        let start = page.find(START).expect("index.html has the shell's start marker") + START.len();
        let end = page[start..].find(END).expect("index.html has the shell's end marker") + start;
        let rendered = format!("\n{}\n", render());
        if std::env::var_os("UPDATE_SHELL").is_some() {
            std::fs::write(path, format!("{}{rendered}{}", &page[..start], &page[end..]))
                .expect("write index.html");
        } else {
            assert!(
                page[start..end] == rendered,
                "index.html's shell differs from the components: run `UPDATE_SHELL=1 cargo test shell`"
            );
        }
    }

    #[test]
    fn every_place_of_the_page_is_in_index_html() {
        let page = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/index.html"))
            .expect("read index.html");
        for part in &crate::components::app::PAGE {
            let id = part.place.id();
            // Trunk's minifier drops the quotes later; the source keeps them.
            assert!(page.contains(&format!("id=\"{id}\"")), "index.html has no #{id}");
        }
    }

    #[test]
    fn the_shell_has_every_slot_the_first_stage_fills_and_a_disabled_form() {
        let html = render();
        let ids: Vec<String> = [
            "div", "p", "span", "strong", "li", "ul", "select", "input", "button", "section", "form", "main",
            "details", "label", "option",
        ]
        .iter()
        .flat_map(|name| start_tags(&html, name))
        .filter_map(|attrs| attrs.get("id").cloned())
        .collect();
        use crate::first_paint::Fill;
        let today = crate::data::Date::parse("2026-12-01").unwrap();
        for fill in crate::first_paint::fills("?city=nowhere&offer=12&current=10&rent=30000&var=10", today) {
            let id: &str = match &fill {
                Fill::Set(id, _) => id,
                Fill::Select(id) => id,
                Fill::Address(_) | Fill::Handover(_) => continue,
            };
            assert!(ids.iter().any(|i| i == id), "no element with id {id}");
        }
        // Nothing answers the shell's controls until a stage of loading takes them over.
        for control in ["select", "input", "button"] {
            let tags = start_tags(&html, control);
            assert!(!tags.is_empty(), "the shell has a <{control}>");
            for attrs in tags {
                assert!(attrs.contains_key("disabled"), "<{control} {attrs:?}> is not disabled");
            }
        }
    }

    #[test]
    fn start_tags_read_attributes_in_any_order() {
        let html = r#"<p><input disabled id="a" value=""><input id="b" type="text"></p><inputx id="c">"#;
        let tags = start_tags(html, "input");
        assert_eq!(tags.len(), 2);
        assert_eq!(tags[0].get("disabled").map(String::as_str), Some(""));
        assert_eq!(tags[0].get("value").map(String::as_str), Some(""));
        assert_eq!(tags[1].get("type").map(String::as_str), Some("text"));
        assert!(!tags[1].contains_key("disabled"));
    }
}

/// The first stage and the app, set side by side: for any link, the static shell with the first
/// stage's fills applied shows what the app renders, element by element (every text, hidden
/// flag, field value, open disclosure and mark of a wrong text).
#[cfg(test)]
mod equivalence {
    use super::*;
    use crate::components::markup::{apply, by_id, root, without_app_only, without_class};
    use crate::filters::{Dimension, Kind, Param};
    use proptest::prelude::*;

    fn today() -> crate::data::Date {
        crate::data::Date::parse("2026-12-01").unwrap()
    }

    /// The top of the page the first stage fills and the app takes over: the summary with its
    /// notice and shared line, and the form.
    #[component]
    fn Top() -> impl IntoView {
        view! {
            <Summary />
            <LinkNotice />
            <SharedAmounts />
            <FilterForm />
        }
    }

    fn rendered(query: &str, today: crate::data::Date, shell: bool) -> String {
        let _ = any_spawner::Executor::init_futures_executor();
        let _quiet = leptos::reactive::diagnostics::SpecialNonReactiveZone::enter();
        let owner = Owner::new();
        owner.with(|| {
            provide_context(AppState::from_query(query, today));
            if shell {
                provide_context(StaticShell);
            }
            view! { <Top /> }.to_html()
        })
    }

    /// What differs between the app's render of a link and the shell filled by the first stage.
    fn differences(query: &str) -> Vec<String> {
        let mut shell = root(&rendered("", crate::data::tax_years()[0].starts, true));
        apply(&mut shell, &crate::first_paint::fills(query, today()));
        let mut app = root(&rendered(query, today(), false));
        for id in [crate::page::slot::NOW, crate::page::slot::SWITCHING] {
            without_app_only(&mut app, id);
        }
        // The app's alone: the button, and four years' line, whose place the shell keeps empty.
        without_class(&mut app, "add-offer");
        without_class(&mut app, "summary-years");
        let app = by_id(&app);
        let filled = by_id(&shell);
        let mut out = Vec::new();
        for (id, seen) in &app {
            match filled.get(id) {
                Some(shown) if shown == seen => {}
                Some(shown) => out.push(format!("#{id}: the app shows {seen:?}, the first stage {shown:?}")),
                None => out.push(format!("#{id} is not in the shell")),
            }
        }
        out.extend(
            filled.keys().filter(|id| !app.contains_key(*id)).map(|id| format!("#{id} is only in the shell")),
        );
        out
    }

    /// Values a link may give a parameter of each kind: sound ones, and some it cannot use.
    fn values(param: Param) -> Vec<&'static str> {
        match param.row().kind {
            Kind::Lakh(..) => vec!["12.5", "19", "150", "0.1", "abc", "1,04,167 pm", "12-15 L"],
            Kind::Rupees(..) => vec!["40000", "0.4 L", "lots", "-5", "150000"],
            Kind::Number { .. } => vec!["40", "12.5", "80", "x", "5", "-10", "%"],
            Kind::Coded { .. } => vec!["2027-01", "2031-01", "5-15-40-40", "33/33/34", "40-30", "x"],
            Kind::Choice { slugs, .. } => slugs.iter().copied().chain(["half"]).collect(),
        }
    }

    fn link() -> impl Strategy<Value = String> {
        let filters = proptest::collection::vec((0usize..5, 0usize..9), 0..5);
        let params = proptest::collection::vec((0..Param::ALL.len(), 0usize..8, any::<bool>()), 0..8);
        (filters, params, any::<bool>()).prop_map(|(filters, params, compare)| {
            let mut parts = Vec::new();
            for (dim, pick) in filters {
                let dim = Dimension::ALL[dim];
                let entries = &dim.table(crate::data::dataset()).entries;
                let value = entries.get(pick).map_or("atlantis", |e| e.slug.as_ref());
                parts.push(format!("{}={value}", dim.param()));
            }
            for (param, pick, b) in params {
                let param = Param::ALL[param];
                let values = values(param);
                let value = values[pick % values.len()];
                let prefix = if b && param.in_job() { "b." } else { "" };
                parts.push(format!("{prefix}{}={}", param.row().key, crate::page::percent_encode(value)));
            }
            if compare {
                parts.push("compare=1".into());
            }
            parts.join("&")
        })
    }

    #[test]
    fn the_worked_links_show_alike_in_both_stages() {
        for query in [
            "?role=senior-backend-developer&city=bengaluru&skill=python&exp=mid&offer=19&current=14&var=15&rent=30000",
            "?city=mumbai&offer=24&rent=60000&80c=150000&80d=25000&nps=50000&home-loan=200000",
            "?role=senior-backend-developer&city=bengaluru&skill=python&exp=mid&offer=12&want=150000&current=14",
            "?offer=19&var=15&join=1&b.city=pune&b.offer=17.5&b.join=2&b.basic=40",
            "?city=gurugram&offer=25&pf=capped&enps=14&grat=wages&80d-parents=40000&80d-senior=yes",
            "?city=atlantis&role=%3Cscript%3E&offer=lots&b.offer=x",
            "",
        ] {
            assert_eq!(differences(query), Vec::<String>::new(), "{query}");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]
        #[test]
        fn any_link_shows_alike_in_both_stages(query in link()) {
            prop_assert_eq!(differences(&query), Vec::<String>::new(), "{}", query);
        }
    }
}
