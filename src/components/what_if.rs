//! What-if levers: the three single changes that raise the estimate most, one click each.

use crate::data::dataset;
use crate::filters::Profile;
use crate::format::short_money;
use crate::levers::top_levers;
use crate::state::AppState;
use leptos::prelude::*;

#[component]
pub fn WhatIf() -> impl IntoView {
    let state = expect_context::<AppState>();
    let levers = Memo::new(move |_| state.selection.with(|sel| top_levers(&state.model, dataset(), sel, 3)));

    view! {
        <section class="card what-if" aria-labelledby="what-if-heading">
            <h2 id="what-if-heading">"What would raise it most"</h2>
            // Hidden rather than switched by a Show, which would cost the list's update path in size.
            <p hidden=move || levers.with(|l| !l.is_empty())>"Every filter is already on its best-paid choice."</p>
            <ul class="levers" data-testid="levers" hidden=move || levers.with(Vec::is_empty)>
                    {move || levers.get().into_iter().map(|lever| {
                        let action = lever.action();
                        view! {
                            <li class="lever">
                                <span class="lever-action">{action.clone()}</span>
                                <span class="lever-gain">{lever.gain()}</span>
                                <span class="lever-result">{format!("to {}", short_money(lever.lakh))}</span>
                                <button
                                    type="button"
                                    class="button small"
                                    aria-label=format!("Apply: {action}")
                                    on:click=move |_| state.choose(Profile::A, lever.dim, &lever.entry.slug)
                                >
                                    "Apply"
                                </button>
                            </li>
                        }
                    }).collect_view()}
            </ul>
            <p class="hint">"One change at a time, the best in each filter, from the same model as the estimate."</p>
        </section>
    }
}
