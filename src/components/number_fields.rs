//! A text field for one number of the link's table (`filters::Param`) that is part of a larger
//! input (the salary structure, the old regime's claims): a percentage in a range, or an
//! amount in rupees. Its id, label, hint and limits come from the parameter's row. It applies
//! what it reads while the person types; what it cannot read gets a plain message beside it
//! when the field is left, and the default in its place.

use crate::amount::parse_rupees;
use crate::components::shell_state::in_static_shell;
use crate::filters::{percent_in, quote, Field, Kind, Param, Profile, Slot};
use crate::format::{group_en_in, trimmed};
use crate::state::AppState;
use leptos::prelude::*;
use std::ops::RangeInclusive;

/// How a field reads what is typed: a percentage in a range, or rupees.
enum Reading {
    Percent(RangeInclusive<f64>),
    Rupees(&'static str),
}

impl Reading {
    /// The value, or the plain message for text that cannot be used (`default` stands then).
    fn read(&self, text: &str, default: f64) -> Result<f64, String> {
        match self {
            Reading::Percent(range) => percent_in(text, range.clone()).ok_or_else(|| {
                format!(
                    "“{}” is not a percentage from {} to {}, so {}% is used.",
                    quote(text.trim()),
                    trimmed(*range.start()),
                    trimmed(*range.end()),
                    trimmed(default)
                )
            }),
            Reading::Rupees(subject) => parse_rupees(text)
                .map_err(|e| format!("{} None is counted.", e.message(&quote(text.trim()), subject))),
        }
    }

    /// A value as the field shows it.
    fn shown(&self, value: f64) -> String {
        match self {
            Reading::Percent(_) => trimmed(value),
            Reading::Rupees(_) => group_en_in(value as u64),
        }
    }
}

/// The field for `param` of profile A, labelled by its row.
#[component]
pub fn NumberField(param: Param) -> impl IntoView {
    let state = expect_context::<AppState>();
    let row = param.row();
    let (reading, slot, hint): (Reading, Slot<f64>, String) = match row.kind {
        Kind::Percent { range, slot, .. } => {
            let hint = format!(
                "From {} to {}; {}% if left empty.",
                trimmed(*range.start()),
                trimmed(*range.end()),
                trimmed(slot.default())
            );
            (Reading::Percent(range), slot, hint)
        }
        Kind::Rupees(_, slot) => (Reading::Rupees(row.subject), slot, row.hint.to_string()),
        Kind::Lakh(_) | Kind::Pf(_) => panic!("{param:?} is not a number field's parameter"),
    };
    let default = slot.default();
    let field = Field::Param(Profile::A, param);
    let problem = RwSignal::new(None::<String>);
    let reading = std::sync::Arc::new(reading);
    let initial = untrack(|| state.read(slot));
    let (shown_now, placeholder) = (reading.shown(initial), reading.shown(default));
    let for_input = reading.clone();
    let on_input = move |ev| {
        let text = event_target_value(&ev);
        problem.set(None);
        let parsed = if text.trim().is_empty() { Ok(default) } else { for_input.read(&text, default) };
        if let Ok(v) = parsed {
            state.write(slot, v);
        }
    };
    let on_change = move |ev| {
        let text = event_target_value(&ev);
        if text.trim().is_empty() {
            return;
        }
        if let Err(message) = reading.read(&text, default) {
            problem.set(Some(message));
            state.write(slot, default);
        }
    };
    let (id, status_id) = (field.id(), field.status_id());
    view! {
        <div class="field">
            <label for=id.clone()>{row.label}</label>
            <input
                type="text"
                id=id.clone()
                name=id
                inputmode="decimal"
                autocomplete="off"
                aria-describedby=status_id.clone()
                aria-invalid=move || if problem.with(Option::is_some) { "true" } else { "false" }
                value=if initial == default { String::new() } else { shown_now }
                placeholder=placeholder
                disabled=in_static_shell()
                on:input=on_input
                on:change=on_change
            />
            <p class="hint" id=status_id aria-live="polite">
                {move || problem.get().unwrap_or_else(|| hint.clone())}
            </p>
        </div>
    }
}
