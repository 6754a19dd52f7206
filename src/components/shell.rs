//! The static shell of `index.html`: the page as it paints before any WebAssembly runs,
//! rendered from the real components so that the two cannot drift apart.
//!
//! `cargo test` renders it (Leptos `to_html`, with the `ssr` feature of the test build only)
//! and fails when `index.html` holds anything else between its shell markers;
//! `UPDATE_SHELL=1 cargo test shell` writes the render there. The shell shows the "Any"
//! profile, hidden by the stylesheet while `<main data-stage="static">`, until the first stage
//! (`first_paint`) fills in the link's own figures and sets `data-stage="early"`.

use crate::components::estimate_card::EstimateCard;
use crate::components::filter_form::{FilterForm, StaticShell};
use crate::components::link_notice::LinkNotice;
use crate::state::AppState;
use leptos::prelude::*;

/// Where the render goes in `index.html`.
const START: &str =
    "<!-- shell: rendered from src/components/shell.rs by `UPDATE_SHELL=1 cargo test shell`; do not edit -->";
const END: &str = "<!-- /shell -->";

/// The page's live area: the link notice, the estimate and the form, and the column the
/// sections below the estimate are appended to.
#[component]
fn Shell() -> impl IntoView {
    view! {
        <main id="main" aria-busy="true" data-stage="static">
            <LinkNotice />
            <div class="layout" id="layout">
                <EstimateCard />
                <FilterForm />
                <div class="results" id="results"></div>
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
        provide_context(AppState::from_query(""));
        provide_context(StaticShell);
        view! { <Shell /> }.to_html()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

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
        use crate::components::mount::Place;
        let page = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/index.html"))
            .expect("read index.html");
        for part in &crate::components::app::PAGE {
            let (Place::Shell(id) | Place::End(id)) = part.place;
            // Trunk's minifier drops the quotes later; the source keeps them.
            assert!(page.contains(&format!("id=\"{id}\"")), "index.html has no #{id}");
        }
    }

    #[test]
    fn the_shell_has_every_slot_the_first_stage_fills_and_a_disabled_form() {
        let html = render();
        for fill in crate::first_paint::fills("?city=nowhere") {
            let id = match &fill {
                crate::first_paint::Fill::Text(id, _)
                | crate::first_paint::Fill::Value(id, _)
                | crate::first_paint::Fill::Hidden(id, _) => id,
            };
            assert!(html.contains(&format!("id=\"{id}\"")), "no element with id {id}");
        }
        for control in ["<select", "<button"] {
            let disabled = format!("{control} disabled");
            let count = html.matches(control).count();
            assert!(count > 0, "the shell has {control}");
            assert_eq!(
                html.replace("type=\"button\" ", "").matches(&disabled).count(),
                count,
                "every {control} is disabled"
            );
        }
    }
}
