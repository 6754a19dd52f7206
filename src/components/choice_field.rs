//! A select for one choice of the link's table (`filters::Kind::Choice`): how the employer pays
//! PF, what gratuity is worked on, whether a parent is a senior citizen. Each option is worded
//! for the rules in force (`display::fields::choice_labels`), and carries an id of its own so
//! that the first stage can word it too.

use crate::browser;
use crate::components::shell_state::in_static_shell;
use crate::display::fields::{choice_labels, option_id};
use crate::filters::{Field, Kind, Param, Profile};
use crate::state::AppState;
use leptos::prelude::*;

/// The select for `param` of a profile (A's unless told).
#[component]
pub fn ChoiceField(param: Param, #[prop(default = Profile::A)] profile: Profile) -> impl IntoView {
    let state = expect_context::<AppState>();
    let Kind::Choice { slugs, slot, .. } = param.row().kind else {
        unreachable!("ChoiceField is given a choice")
    };
    let field = Field::Param(profile, param);
    let on_change = move |ev| {
        state.act(|s| s.choose(field, &event_target_value(&ev)));
    };
    let read = move || {
        state.session.with(|s| {
            let (job, own) = s.terms(profile);
            slot.get(job, own)
        })
    };
    let now = untrack(read);
    let id = field.id();
    // The select follows the link when it is replaced from outside the form (Start with mine,
    // back and forward), as the fields do.
    let select_id = id.clone();
    Effect::new(move |_| browser::set_value_of(&select_id, slugs[read()]));
    let labels = choice_labels(param, &state.year);
    view! {
        <div class="field">
            <label for=id.clone()>{field.label()}</label>
            <select id=id.clone() name=id.clone() disabled=in_static_shell() on:change=on_change>
                {labels
                    .into_iter()
                    .enumerate()
                    .map(|(i, label)| {
                        view! {
                            <option value=slugs[i] id=option_id(&id, slugs[i]) selected=i == now>
                                {label}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}
