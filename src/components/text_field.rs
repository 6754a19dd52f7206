//! A field of the form for one typed parameter of the link's table: an amount (an offer, rent,
//! a claim) or a percentage. What it shows comes from the page model (`page::FieldView`): the
//! text, the line under it and whether that line says the text cannot be used; what is typed
//! goes to the session, which reads it the same way in both stages of loading. The field never
//! moves while it is typed in: where lines above it appear or go, the page scrolls by as much.

use crate::browser;
use crate::components::add_offer::AddOffer;
use crate::components::shell_state::in_static_shell;
use crate::components::vest_presets::VestPresets;
use crate::filters::{Field, Kind, Param, Profile};
use crate::page::FieldView;
use crate::state::AppState;
use leptos::either::Either;
use leptos::prelude::*;

/// The field for `param` of a profile (A's unless told).
#[component]
pub fn TextField(param: Param, #[prop(default = Profile::A)] profile: Profile) -> impl IntoView {
    let state = expect_context::<AppState>();
    let field = Field::Param(profile, param);
    let (id, status_id) = (field.id(), field.status_id());
    let kind = param.row().kind;
    let view_of = move || {
        state.field_view(field).unwrap_or(FieldView {
            field,
            text: String::new(),
            line: String::new(),
            invalid: false,
        })
    };
    let initial = untrack(view_of).text;
    let line = move || view_of().line;
    let invalid = move || view_of().invalid.to_string();
    // The link replaced from outside the form (Start with mine, back and forward): the field
    // shows its value afresh. One effect that writes the DOM, cheaper than a reactive value.
    let field_id = id.clone();
    Effect::new(move |seen: Option<u32>| {
        let now = state.replaced.get();
        if seen.is_some_and(|seen| seen != now) {
            browser::set_value_of(&field_id, &untrack(view_of).text);
        }
        now
    });
    // Text the first stage left half typed in the field: the person may leave it without a
    // change the app sees, so leaving it reads it as done, once.
    let handed_over_half_typed =
        StoredValue::new(state.session.with_untracked(|s| s.typed(field).is_some_and(|t| !t.left)));
    // The field, from the event: it keeps its place on screen while lines above it change.
    let typed = move |ev: leptos::ev::Event, left: bool| {
        handed_over_half_typed.set_value(false);
        let place = event_target::<web_sys::Element>(&ev);
        let place = browser::keep_in_place(&place);
        state.act(|s| s.type_in(field, &event_target_value(&ev), left));
        place();
    };
    let amount = matches!(kind, Kind::Lakh(..) | Kind::Rupees(..));
    let digits_only = matches!(kind, Kind::Number { range, .. } if *range.start() >= 0.0);
    let placeholder = match kind {
        Kind::Lakh(..) => "e.g. 12.5 L".to_string(),
        // Empty, the current rent is the person's rent, not none.
        Kind::Rupees(..) if param == Param::NowRent => "Same as your rent".to_string(),
        Kind::Rupees(..) => "0".to_string(),
        Kind::Number { slot, .. } => crate::format::trimmed(slot.default()),
        Kind::Coded { notation, .. } => notation.example.to_string(),
        Kind::Choice { .. } => String::new(),
    };
    view! {
        <div class="field" class:amount-field=matches!(kind, Kind::Lakh(..))>
            <label for=id.clone()>{field.label()}</label>
            <input
                type="text"
                id=id.clone()
                name=id.clone()
                autocomplete="off"
                spellcheck="false"
                // Amounts are typed with letters too ("12.5 L", "150k", "1.2 Cr"), a month and a
                // vesting schedule with "-" or "/", a fall in price with "-": the full keyboard.
                // Any other percentage is digits and a point.
                inputmode=digits_only.then_some("decimal")
                placeholder=placeholder
                aria-describedby=status_id.clone()
                aria-invalid=invalid
                value=initial
                disabled=in_static_shell()
                on:input=move |ev| typed(ev, false)
                on:change=move |ev| typed(ev, true)
                // Left without a change since the app took it over: text the first stage left
                // half typed in it is read as done, as a change would have it.
                on:blur=move |ev| {
                    if handed_over_half_typed.get_value() {
                        typed(ev.into(), true);
                    }
                }
            />
            <p
                class="hint"
                class:amount-status=amount
                id=status_id
                data-testid=format!("{id}-understood")
                aria-live="polite"
            >
                {line}
            </p>
            // What a field has beside it, as one child: an offer its second, a vesting its
            // common schedules.
            {match param {
                Param::Offer if profile == Profile::A && !in_static_shell() => {
                    Some(Either::Left(view! { <AddOffer /> }))
                }
                Param::Vest => Some(Either::Right(view! { <VestPresets profile /> })),
                _ => None,
            }}
        </div>
    }
}
