//! The form, in the order of the decision: the offer with its variable pay and the current
//! CTC; the profile, one labelled select per filter, each with an "Any" choice; the salary
//! structure, rent and investments, in a disclosure that opens by itself when the link sets
//! any of them; and Copy link.

use crate::browser;
use crate::components::amount_field::AmountField;
use crate::components::choice_field::ChoiceField;
use crate::components::number_fields::NumberField;
use crate::components::share_link::ShareLink;
use crate::components::shell_state::in_static_shell;
use crate::data::{dataset, Entry};
use crate::display::fields::sets_the_terms;
use crate::display::headline::CITY_GROUPS;
use crate::filters::{Dimension, Field, Param, Profile};
use crate::page::{slot, FILTER_FORM};
use crate::state::AppState;
use leptos::either::Either;
use leptos::prelude::*;

#[component]
pub fn FilterForm() -> impl IntoView {
    let state = expect_context::<AppState>();
    // Open when the link sets any of them, or as the person left it before the app took over.
    let terms_open = browser_terms_open()
        .unwrap_or_else(|| untrack(|| state.job.with(|j| state.own.with(|o| sets_the_terms(j, o)))));
    view! {
        <form
            class="card filters"
            id=FILTER_FORM
            aria-labelledby="filters-heading"
            on:submit=|ev| ev.prevent_default()
        >
            <h2 id="filters-heading">"Your offer and profile"</h2>
            <AmountField param=Param::Offer />
            <NumberField param=Param::Variable />
            <AmountField param=Param::Current />
            <NumberField param=Param::Want />
            <fieldset class="profile-filters">
                <legend>"Your profile"</legend>
                {Dimension::ALL
                    .into_iter()
                    .map(|dim| view! { <FilterSelect profile=Profile::A dim /> })
                    .collect_view()}
                <p class="hint">"Leave any of them on “Any” to use the survey’s average for it."</p>
            </fieldset>
            <details class="terms" id=slot::TERMS open=terms_open>
                <summary>"Salary structure, rent and investments"</summary>
                <NumberField param=Param::Basic />
                <ChoiceField param=Param::Pf />
                <NumberField param=Param::Rent />
                <NumberField param=Param::Hra />
                <ChoiceField param=Param::Gratuity />
                <NumberField param=Param::EmployerNps />
                <AmountField param=Param::Join />
                <NumberField param=Param::C80 />
                <NumberField param=Param::D80 />
                <NumberField param=Param::D80Parents />
                <ChoiceField param=Param::ParentsSenior />
                <NumberField param=Param::Nps />
                <NumberField param=Param::HomeLoan />
            </details>
            <ShareLink />
        </form>
    }
}

/// Whether the shell's "Salary structure, rent and investments" is open, where the first stage
/// ran (the person may have opened or closed it before the app took over); `None` otherwise.
fn browser_terms_open() -> Option<bool> {
    if in_static_shell() {
        return None;
    }
    browser::early_link()?;
    browser::is_open(slot::TERMS)
}

/// Before the app's form replaces the shell's, what the person chose there since the app read
/// the address (a change in the moment between the two) goes into the state: nothing is lost.
/// Only where the first stage ran: otherwise the shell's selects were never filled in nor
/// enabled, and hold nothing of the person's. (The disclosure's state is read as the form is
/// built, `browser_terms_open`.)
pub fn take_over_shell_form() {
    if browser::early_link().is_none() {
        return;
    }
    let state = expect_context::<AppState>();
    for dim in Dimension::ALL {
        let value = browser::value_of(&Field::Filter(Profile::A, dim).id()).unwrap_or_default();
        if let Some(choice) = dim.choice_from_form(dataset(), &value) {
            if state.a.with_untracked(|a| a.get(dim)) != choice {
                state.choose(Profile::A, dim, choice);
            }
        }
    }
}

/// A filter's options. The cities come in two groups, so that nobody takes a workplace the
/// survey does not list for one it has figures for.
fn choices(dim: Dimension) -> impl IntoView {
    let option = |e: &'static Entry| view! { <option value=e.slug.as_str()>{e.name.as_str()}</option> };
    let entries = &dim.table(dataset()).entries;
    if dim != Dimension::City {
        return Either::Left(entries.iter().map(option).collect_view());
    }
    let group =
        |surveyed: bool| entries.iter().filter(move |e| e.surveyed == surveyed).map(option).collect_view();
    Either::Right(view! {
        <optgroup label=CITY_GROUPS[0]>{group(true)}</optgroup>
        <optgroup label=CITY_GROUPS[1]>{group(false)}</optgroup>
    })
}

/// One filter of a profile. For profile A the accessible name is exactly the dimension's
/// label ("Role"); for profile B it is prefixed ("Profile B Role") so the two stay distinct.
#[component]
pub fn FilterSelect(profile: Profile, dim: Dimension) -> impl IntoView {
    let state = expect_context::<AppState>();
    let id = Field::Filter(profile, dim).id();
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
    let on_change = move |ev| {
        // Only a value this select offers: anything else changes nothing.
        if let Some(choice) = dim.choice_from_form(dataset(), &event_target_value(&ev)) {
            state.choose(profile, dim, choice)
        }
    };
    let label_for = id.clone();
    view! {
        <div class="field">
            <label for=label_for>
                {(profile == Profile::B).then(|| view! { <span class="visually-hidden">"Profile B "</span> })}
                {dim.label()}
            </label>
            <select
                node_ref=select
                disabled=in_static_shell()
                id=id
                name=format!("{}{}", profile.prefix(), dim.param())
                on:change=on_change
            >
                <option value="">"Any"</option>
                {choices(dim)}
            </select>
        </div>
    }
}
