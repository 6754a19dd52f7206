//! Text fields for numbers that are part of a larger input (the salary structure, the old
//! regime's claims): a percentage in a range, or an amount in rupees. Each applies what it
//! reads while the person types; what it cannot read gets a plain message beside it when the
//! field is left, and the default in its place.

use crate::amount::{parse_rupees, RupeesError};
use crate::components::shell_state::in_static_shell;
use crate::filters::{percent_in, quote};
use crate::format::{group_en_in, trimmed};
use leptos::prelude::*;
use std::ops::RangeInclusive;

/// What typed text means to one kind of field.
trait Reading {
    /// The value, or the plain message for text that cannot be used.
    fn read(&self, text: &str) -> Result<f64, String>;
}

struct Percent(RangeInclusive<f64>, f64);

impl Reading for Percent {
    fn read(&self, text: &str) -> Result<f64, String> {
        percent_in(text, self.0.clone()).ok_or_else(|| {
            format!(
                "“{}” is not a percentage from {} to {}, so {}% is used.",
                quote(text.trim()),
                trimmed(*self.0.start()),
                trimmed(*self.0.end()),
                trimmed(self.1)
            )
        })
    }
}

struct Rupees(&'static str);

impl Reading for Rupees {
    fn read(&self, text: &str) -> Result<f64, String> {
        parse_rupees(text)
            .map_err(|e: RupeesError| format!("{} None is counted.", e.message(&quote(text.trim()), self.0)))
    }
}

/// A percentage of `T` (read and written by `read` and `write`), from `range`, with `default`
/// when left empty.
#[component]
pub fn PercentField<T: Send + Sync + 'static>(
    id: &'static str,
    label: String,
    value: RwSignal<T>,
    read: fn(&T) -> f64,
    write: fn(&mut T, f64),
    range: RangeInclusive<f64>,
    default: f64,
) -> impl IntoView {
    let hint = format!(
        "From {} to {}; {}% if left empty.",
        trimmed(*range.start()),
        trimmed(*range.end()),
        trimmed(default)
    );
    let shown = |v: f64| trimmed(v);
    number_field(id, label, value, read, write, default, hint, shown, Percent(range, default))
}

/// An amount in rupees of `T`, none when left empty; `subject` begins its messages ("Rent").
#[component]
pub fn RupeeField<T: Send + Sync + 'static>(
    id: &'static str,
    label: String,
    value: RwSignal<T>,
    read: fn(&T) -> f64,
    write: fn(&mut T, f64),
    subject: &'static str,
    hint: &'static str,
) -> impl IntoView {
    let shown = |v: f64| group_en_in(v as u64);
    number_field(id, label, value, read, write, 0.0, hint.to_string(), shown, Rupees(subject))
}

#[allow(clippy::too_many_arguments)]
fn number_field<T: Send + Sync + 'static>(
    id: &'static str,
    label: String,
    value: RwSignal<T>,
    read: fn(&T) -> f64,
    write: fn(&mut T, f64),
    default: f64,
    hint: String,
    shown: fn(f64) -> String,
    reading: impl Reading + Send + Sync + 'static,
) -> impl IntoView {
    let problem = RwSignal::new(None::<String>);
    let reading = std::sync::Arc::new(reading);
    let for_input = reading.clone();
    let on_input = move |ev| {
        let text = event_target_value(&ev);
        problem.set(None);
        let parsed = if text.trim().is_empty() { Ok(default) } else { for_input.read(&text) };
        if let Ok(v) = parsed {
            value.update(|t| write(t, v));
        }
    };
    let on_change = move |ev| {
        let text = event_target_value(&ev);
        if text.trim().is_empty() {
            return;
        }
        if let Err(message) = reading.read(&text) {
            problem.set(Some(message));
            value.update(|t| write(t, default));
        }
    };
    let initial = value.with_untracked(read);
    let status_id = format!("{id}-status");
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <input
                type="text"
                id=id
                name=id
                inputmode="decimal"
                autocomplete="off"
                aria-describedby=status_id.clone()
                aria-invalid=move || if problem.with(Option::is_some) { "true" } else { "false" }
                value=if initial == default { String::new() } else { shown(initial) }
                placeholder=shown(default)
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
