//! The form, in the order of the decision: the offer with its variable pay, the take-home
//! wanted, the current CTC with its job's own pay in a disclosure; the profile, one labelled
//! select per filter, each with an "Any" choice; the salary structure, stock, bonuses and
//! switching, and rent and investments, each in a disclosure (`FormDisclosure`); and Copy link.

use crate::browser;
use crate::components::bound::open_at_first;
use crate::components::choice_field::ChoiceField;
use crate::components::share_link::ShareLink;
use crate::components::shell_state::in_static_shell;
use crate::components::text_field::TextField;
use crate::data::{dataset, Entry};
use crate::display::fields::Disclosure;
use crate::display::headline::CITY_GROUPS;
use crate::filters::{Dimension, Field, Kind, Param, Profile};
use crate::page::{slot, FILTER_FORM};
use crate::state::AppState;
use leptos::either::Either;
use leptos::prelude::*;

#[component]
pub fn FilterForm() -> impl IntoView {
    view! {
        <form
            class="card filters"
            id=FILTER_FORM
            aria-labelledby="filters-heading"
            on:submit=|ev| ev.prevent_default()
        >
            <h2 id="filters-heading">"Your offer and profile"</h2>
            <TextField param=Param::Offer />
            <TextField param=Param::Variable />
            <TextField param=Param::Want />
            <TextField param=Param::Current />
            <FormDisclosure
                id=slot::NOW
                of=Disclosure::Current
                summary="Your current job’s pay"
                fields=&NOW_FIELDS
            />
            <fieldset class="profile-filters">
                <legend>"Your profile"</legend>
                {Dimension::ALL
                    .into_iter()
                    .map(|dim| view! { <FilterSelect profile=Profile::A dim /> })
                    .collect_view()}
                <p class="hint">"Leave any of them on “Any” to use the survey’s average for it."</p>
            </fieldset>
            <FormDisclosure
                id=slot::TERMS
                of=Disclosure::Structure
                summary="Salary structure"
                fields=&STRUCTURE_FIELDS
            />
            <FormDisclosure
                id=slot::SWITCHING
                of=Disclosure::Switching
                summary="Stock, bonuses and switching"
                fields=&SWITCHING_FIELDS
            />
            <FormDisclosure
                id=slot::CLAIMS
                of=Disclosure::Claims
                summary="Rent and investments"
                fields=&CLAIMS_FIELDS
            />
            <ShareLink />
        </form>
    }
}

/// One of the form's disclosures, `of` what: open when the link sets any of its fields, or as
/// the person left it before the app took over (`open_at_first`). One of the app's only
/// (`Disclosure::app_only`) has its summary in the static shell and no fields, so it opens only
/// when the person opens it (see `Session::open`). One component for all four, and one list of
/// fields each, so the view carries one path for them all.
#[component]
fn FormDisclosure(
    id: &'static str,
    of: Disclosure,
    summary: &'static str,
    fields: &'static [Param],
) -> impl IntoView {
    let shown = !of.app_only() || !in_static_shell();
    view! {
        <details class="terms" id=id open=open_at_first(id)>
            <summary>{summary}</summary>
            {shown
                .then(|| {
                    fields
                        .iter()
                        .map(|&param| match param.row().kind {
                            Kind::Choice { .. } => Either::Left(view! { <ChoiceField param /> }),
                            _ => Either::Right(view! { <TextField param /> }),
                        })
                        .collect_view()
                })}
        </details>
    }
}

/// The fields of "Salary structure", in the form's order.
const STRUCTURE_FIELDS: [Param; 5] =
    [Param::Basic, Param::Pf, Param::Hra, Param::Gratuity, Param::EmployerNps];

/// The fields of "Rent and investments", in the form's order.
const CLAIMS_FIELDS: [Param; 7] = [
    Param::Rent,
    Param::C80,
    Param::D80,
    Param::D80Parents,
    Param::ParentsSenior,
    Param::Nps,
    Param::HomeLoan,
];

/// The fields of "Your current job's pay", in the form's order.
const NOW_FIELDS: [Param; 5] = [Param::NowCity, Param::NowBasic, Param::NowPf, Param::NowVar, Param::NowRent];

/// The fields of "Stock, bonuses and switching", in the form's order.
const SWITCHING_FIELDS: [Param; 12] = [
    Param::Start,
    Param::Join,
    Param::Join2,
    Param::Clawback,
    Param::Payout,
    Param::Rsu,
    Param::Usd,
    Param::Vest,
    Param::Growth,
    Param::Raise,
    Param::Buyout,
    Param::Forfeit,
];

/// Before the app's form replaces the shell's, what the person did there since the app took
/// the session over (a change in the moment between the two) goes into the session: nothing is
/// lost. Only where the first stage ran: otherwise the shell's controls were never enabled. The
/// DOM is the only record of that moment; everything before it came with the session.
pub fn take_over_shell_form() {
    if browser::handover().is_none() {
        return;
    }
    let state = expect_context::<AppState>();
    let filters = Dimension::ALL.into_iter().map(|dim| Field::Filter(Profile::A, dim));
    for field in filters.chain(Param::ALL.iter().map(|&param| Field::Param(Profile::A, param))) {
        let Some(value) = browser::value_of(&field.id()) else { continue };
        let shown = state.page.with_untracked(|p| match field {
            Field::Filter(..) => p.filters.iter().find(|f| f.0 == field).map(|f| f.1.to_string()),
            Field::Param(..) => p.field(field).map(|f| f.text.clone()),
        });
        if shown.is_some_and(|shown| shown != value) {
            state.act(|s| {
                if field.has_text_line() {
                    s.type_in(field, &value, false)
                } else {
                    s.choose(field, &value)
                }
            });
        }
    }
}

/// A filter's options. The cities come in two groups, so that nobody takes a workplace the
/// survey does not list for one it has figures for.
fn choices(dim: Dimension, chosen: Option<&'static str>) -> impl IntoView {
    let option = move |e: &'static Entry| {
        view! {
            <option value=e.slug.as_ref() selected=chosen == Some(e.slug.as_ref())>
                {e.name.as_ref()}
            </option>
        }
    };
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
    let chosen = state.chosen(profile, dim);
    // Selected in the markup as the page opens, so the view says what the first stage shows.
    let initial = chosen.get_untracked();
    let select_id = id.clone();
    Effect::new(move |_| browser::set_value_of(&select_id, chosen.get().unwrap_or("")));
    // Only a value this select offers: anything else changes nothing.
    let on_change = move |ev| {
        state.act(|s| s.choose(Field::Filter(profile, dim), &event_target_value(&ev)));
    };
    let label_for = id.clone();
    view! {
        <div class="field">
            <label for=label_for>
                {(profile == Profile::B).then(|| view! { <span class="visually-hidden">"Profile B "</span> })}
                {dim.label()}
            </label>
            <select
                disabled=in_static_shell()
                id=id
                name=format!("{}{}", profile.prefix(), dim.param())
                on:change=on_change
            >
                <option value="" selected=initial.is_none()>
                    "Any"
                </option>
                {choices(dim, initial)}
            </select>
        </div>
    }
}
