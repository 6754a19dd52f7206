//! The form: one labelled select per filter, each with an "Any" choice, and Copy link.

use crate::components::share_link::ShareLink;
use crate::data::dataset;
use crate::filters::{Dimension, Profile};
use crate::state::AppState;
use leptos::prelude::*;

#[component]
pub fn FilterForm() -> impl IntoView {
    view! {
        <form class="card filters" aria-labelledby="filters-heading" on:submit=|ev| ev.prevent_default()>
            <h2 id="filters-heading">"Your profile"</h2>
            {Dimension::ALL.into_iter().map(|dim| view! { <FilterSelect profile=Profile::A dim /> }).collect_view()}
            <p class="hint">"Leave any of them on “Any” to use the survey’s average for it."</p>
            <ShareLink />
        </form>
    }
}

/// One filter of a profile. For profile A the accessible name is exactly the dimension's
/// label ("Role"); for profile B it is prefixed ("Profile B Role") so the two stay distinct.
#[component]
pub fn FilterSelect(profile: Profile, dim: Dimension) -> impl IntoView {
    let state = expect_context::<AppState>();
    let id = format!("filter-{}{}", if profile == Profile::B { "b-" } else { "" }, dim.param());
    let chosen = state.chosen(profile, dim);
    let is_chosen = move |slug: Option<&str>| chosen.get() == slug;
    let options = dim
        .table(dataset())
        .entries
        .iter()
        .map(|entry| {
            let slug = entry.slug.as_str();
            view! {
                <option value=slug prop:selected=move || is_chosen(Some(slug))>
                    {entry.name.as_str()}
                </option>
            }
        })
        .collect_view();

    view! {
        <div class="field">
            <label for=id.clone()>
                {(profile == Profile::B).then(|| view! { <span class="visually-hidden">"Profile B "</span> })}
                {dim.label()}
            </label>
            <select
                id=id
                name=format!("{}{}", profile.prefix(), dim.param())
                on:change=move |ev| state.choose(profile, dim, &event_target_value(&ev))
            >
                <option value="" prop:selected=move || is_chosen(None)>"Any"</option>
                {options}
            </select>
        </div>
    }
}
