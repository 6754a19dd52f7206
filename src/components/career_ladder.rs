//! The career ladder: each rung with its pay and responsibilities, and the next step up.

use crate::data::dataset;
use crate::display::levers::next_rung_text;
use crate::filters::{Dimension, Profile};
use crate::format::table_figure;
use crate::state::AppState;
use leptos::prelude::*;

#[component]
pub fn CareerLadder() -> impl IntoView {
    let state = expect_context::<AppState>();
    let ladder = &dataset().career_path;
    // A memo: the ladder re-renders when the role changes, not on every filter change.
    let role_slug = state.chosen(Profile::A, Dimension::Role);
    let role = move || role_slug.get().and_then(|slug| dataset().role_choices.find(slug));

    // The same gain for this profile as the role's lever: one percentage for one step.
    let next_step = move || state.a.with(|sel| next_rung_text(&state.model, dataset(), sel));

    view! {
        <div class="ladder">
            <h3>"Career ladder"</h3>
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
                                    <span class="rung-name">{rung.name.as_ref()}</span>
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
            <p class="hint">
                {format!(
                    "Each rung’s figure is the survey’s average for the role ({}, {}); the step above is the estimate’s gain for this profile.",
                    ladder.source,
                    ladder.survey_date,
                )}
            </p>
        </div>
    }
}
