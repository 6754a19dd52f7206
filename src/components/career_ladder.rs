//! The career ladder: each rung with its pay and responsibilities, and the next step up.

use crate::data::dataset;
use crate::display::career::next_rung;
use crate::filters::{Dimension, Profile};
use crate::format::{percent_change, table_figure};
use crate::state::AppState;
use leptos::prelude::*;

#[component]
pub fn CareerLadder() -> impl IntoView {
    let state = expect_context::<AppState>();
    let ladder = &dataset().career_path;
    // A memo: the ladder re-renders when the role changes, not on every filter change.
    let role_slug = state.chosen(Profile::A, Dimension::Role);
    let role = move || role_slug.get().and_then(|slug| dataset().role_choices.find(slug));

    let next_step = move || match role() {
        None => "Pick a role to see the next step up.".to_string(),
        Some(current) => match next_rung(ladder, current) {
            Some(next) => format!("{} to {}", percent_change(next.ratio), next.entry.name),
            None => format!("{} is the top of the survey’s ladder.", current.name),
        },
    };

    view! {
        <section class="card ladder" aria-labelledby="ladder-heading">
            <h2 id="ladder-heading">"Career ladder"</h2>
            <p class="next-step" data-testid="next-step">
                {next_step}
            </p>
            <ol class="rungs">
                {ladder
                    .entries
                    .iter()
                    .map(|rung| {
                        let current = move || role().is_some_and(|r| r.slug == rung.slug);
                        view! {
                            <li
                                class="rung"
                                class:current=current
                                aria-current=move || current().then_some("step")
                            >
                                <div class="rung-head">
                                    <span class="rung-name">{rung.name.as_str()}</span>
                                    <span class="rung-figure">{table_figure(rung.lakh)}</span>
                                </div>
                                <p class="rung-note">{rung.note.as_deref().unwrap_or("")}</p>
                                <span class="rung-badge" hidden=move || !current()>
                                    "Your role"
                                </span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
            <p class="hint">{format!("Average pay per rung: {}, {}.", ladder.source, ladder.survey_date)}</p>
        </section>
    }
}
