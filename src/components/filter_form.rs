//! The form: one labelled select per filter, each with an "Any" choice, and Copy link.

use crate::components::offer_field::OfferField;
use crate::components::share_link::ShareLink;
use crate::data::dataset;
use crate::filters::{field_id, Dimension, Profile};
use crate::state::AppState;
use leptos::prelude::*;

/// In context while the static shell is rendered (`components/shell.rs`): the form's controls
/// are then disabled, as nothing answers them until the app takes over.
#[derive(Debug, Clone, Copy)]
pub struct StaticShell;

/// Whether the form being built is the static shell's.
pub fn in_static_shell() -> bool {
    use_context::<StaticShell>().is_some()
}

#[component]
pub fn FilterForm() -> impl IntoView {
    view! {
        <form class="card filters" id="filters" aria-labelledby="filters-heading" on:submit=|ev| ev.prevent_default()>
            <h2 id="filters-heading">"Your profile"</h2>
            {Dimension::ALL.into_iter().map(|dim| view! { <FilterSelect profile=Profile::A dim /> }).collect_view()}
            <p class="hint">"Leave any of them on “Any” to use the survey’s average for it."</p>
            <OfferField />
            <ShareLink />
        </form>
    }
}

/// One filter of a profile. For profile A the accessible name is exactly the dimension's
/// label ("Role"); for profile B it is prefixed ("Profile B Role") so the two stay distinct.
#[component]
pub fn FilterSelect(profile: Profile, dim: Dimension) -> impl IntoView {
    let state = expect_context::<AppState>();
    let id = field_id(profile, dim);
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
                disabled=in_static_shell()
                id=id
                name=format!("{}{}", profile.prefix(), dim.param())
                on:change=move |ev| state.choose(profile, dim, &event_target_value(&ev))
                inner_html=options
            ></select>
        </div>
    }
}

/// Text made safe to place inside HTML, attribute values included.
fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape_html;

    #[test]
    fn escape_html_leaves_no_markup() {
        assert_eq!(escape_html("Entry-Level (0–1 yr)"), "Entry-Level (0–1 yr)");
        assert_eq!(
            escape_html(r#"<script>alert("x") & 'y'</script>"#),
            "&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;"
        );
    }
}
