//! What-if levers: the three single steps that raise the estimate most, one click each and
//! undone in one more, and a word where role or experience has no step left.

use crate::components::rows::cell;
use crate::data::dataset;
use crate::display::levers::{no_step_left, top_levers, Lever};
use crate::format::short_money;
use crate::state::AppState;
use leptos::prelude::*;

#[component]
pub fn WhatIf() -> impl IntoView {
    let state = expect_context::<AppState>();
    const SHOWN: usize = 3;
    let levers = Memo::new(move |_| state.a.with(|sel| top_levers(&state.model, dataset(), sel, SHOWN)));
    let no_step = Memo::new(move |_| state.a.with(|sel| no_step_left(dataset(), sel)));
    // Three fixed rows, each hidden while there is no lever for it: cheaper, in code size
    // and per change, than a list rebuilt from scratch.
    let text = move |i: usize, f: fn(&Lever) -> String| cell(levers, i, f);

    view! {
        <div class="what-if">
            <h3>"What would raise it most"</h3>
            <p class="undo-line" hidden=move || state.undoable().is_none()>
                {move || state.undoable().map(|a| format!("Applied: {}. ", a.action)).unwrap_or_default()}
                <button
                    type="button"
                    class="button small secondary"
                    data-testid="undo"
                    on:click=move |_| state.undo()
                >
                    "Undo"
                </button>
            </p>
            <p hidden=move || {
                levers.with(|l| !l.is_empty())
            }>"Every filter is already on its best-paid choice."</p>
            <p class="no-step" data-testid="no-step-left" hidden=move || no_step.with(Option::is_none)>
                {move || no_step.get().unwrap_or_default()}
            </p>
            <ul class="levers" data-testid="levers" hidden=move || levers.with(Vec::is_empty)>
                {(0..SHOWN)
                    .map(|i| {
                        view! {
                            <li class="lever" hidden=move || levers.with(|l| l.len() <= i)>
                                <span class="lever-action">{text(i, Lever::action)}</span>
                                <span class="lever-gain">{text(i, Lever::gain)}</span>
                                <span class="lever-result">
                                    {text(i, |l| format!("to {}", short_money(l.lakh)))}
                                </span>
                                <button
                                    type="button"
                                    class="button small"
                                    aria-label=text(i, |l| format!("Apply: {}", l.action()))
                                    on:click=move |_| {
                                        if let Some(l) = levers.with_untracked(|l| l.get(i).cloned()) {
                                            state.apply(l.dim, l.entry, l.action());
                                        }
                                    }
                                >
                                    "Apply"
                                </button>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <p class="hint">
                "One change at a time, from the same model as the estimate: the next step up in role and experience, the best choice in skill, city and employer."
            </p>
        </div>
    }
}
