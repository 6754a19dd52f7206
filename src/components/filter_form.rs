//! The form: one labelled select per filter, each with an "Any" choice, and Copy link.

use crate::components::share_link::ShareLink;
use crate::data::dataset;
use crate::filters::{Dimension, Profile};
use crate::format::escape_html;
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
    // One effect sets the select's value, rather than one per option: the form is built
    // during start-up, when every effect created delays the first interaction.
    let select = NodeRef::<leptos::html::Select>::new();
    let chosen = state.chosen(profile, dim);
    Effect::new(move |_| {
        let value = chosen.get().unwrap_or("");
        if let Some(select) = select.get() {
            select.set_value(value);
        }
    });
    // The options as one HTML string: a single DOM call instead of four per option, at
    // start-up. They come from the bundled tables only, and are escaped all the same.
    let mut options = String::from("<option value=\"\">Any</option>");
    for entry in &dim.table(dataset()).entries {
        options +=
            &format!("<option value=\"{}\">{}</option>", escape_html(&entry.slug), escape_html(&entry.name));
    }

    view! {
        <div class="field">
            <label for=id.clone()>
                {(profile == Profile::B).then(|| view! { <span class="visually-hidden">"Profile B "</span> })}
                {dim.label()}
            </label>
            <select
                node_ref=select
                id=id
                name=format!("{}{}", profile.prefix(), dim.param())
                on:change=move |ev| state.choose(profile, dim, &event_target_value(&ev))
                inner_html=options
            ></select>
        </div>
    }
}
