//! Compare mode: profile B beside profile A, with the difference and the factors that differ.

use crate::browser;
use crate::components::choice_field::ChoiceField;
use crate::components::filter_form::FilterSelect;
use crate::components::mount::mount_part;
use crate::components::rows::cell;
use crate::components::text_field::TextField;
use crate::components::two_offers::TwoOffers;
use crate::display::breakdown::{breakdown_rows, differs, BreakdownRow};
use crate::display::compare::difference_text;
use crate::display::{headline, offers};
use crate::filters::{Dimension, Param, Profile};
use crate::model::{FactorKind, STEPS};
use crate::page::{Terms, COMPARE_PANEL};
use crate::state::AppState;
use leptos::prelude::*;

#[component]
pub fn Compare() -> impl IntoView {
    let state = expect_context::<AppState>();
    let comparing = move || state.b.with(Option::is_some);
    // The panel is built the first time compare mode opens (most visits never open it), then
    // kept and only hidden or shown. Mounted imperatively: switching it with a Show would
    // compile its whole update path into the WebAssembly (about 4 KB gzip).
    let owner = Owner::current().expect("a component runs under an owner");
    Effect::new(move |built: Option<bool>| {
        if built == Some(true) || !comparing() {
            return built.unwrap_or(false);
        }
        let Some(container) = browser::element(COMPARE_PANEL) else { return false };
        // Under the component's owner, not the effect's, whose children a re-run would drop.
        owner.with(|| mount_part(&container, None, ComparePanel));
        true
    });

    view! {
        <div class="compare">
            <div class="compare-head">
                <p class="hint">"A second profile B beside yours, with the difference."</p>
                <button
                    type="button"
                    class="button secondary"
                    aria-pressed=move || comparing().to_string()
                    on:click=move |_| state.set_comparing(!comparing())
                >
                    {move || if comparing() { "Stop comparing" } else { "Compare" }}
                </button>
            </div>
            <div class="compare-panel" id=COMPARE_PANEL hidden=move || !comparing()></div>
        </div>
    }
}

#[component]
fn ComparePanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let b_estimate = move || state.b_estimate.get();
    let summary = move |profile: Profile| {
        // Nothing to show (and no text to update) while the panel is hidden.
        state.b.with(Option::is_some).then_some(())?;
        let estimate = match profile {
            Profile::A => Some(state.estimate.get()),
            Profile::B => b_estimate(),
        };
        estimate.map(|e| (headline::figure(&e), headline::range(&e)))
    };
    // B's estimate (as shown) in hand a month, on B's job, under its better regime.
    let b_in_hand = move || {
        let (selection, estimate) = (state.b.get()?, b_estimate()?);
        let pay = state
            .b_job
            .with(|j| state.own.with(|o| Terms::of(&selection, j, o).compare(&state.year, estimate.shown())));
        Some(offers::estimate_in_hand(&pay))
    };
    let difference =
        move || b_estimate().map(|b| difference_text(state.estimate.get().lakh, b.lakh)).unwrap_or_default();
    // Factor by factor, the choice and multiplier of each profile (no rows while the panel is
    // hidden); a row is marked where the two selections differ in what its step applies.
    let factor_rows = Memo::new(move |_| {
        let (Some(b), Some(b_est)) = (state.b.get(), b_estimate()) else { return Vec::new() };
        let a = state.a.get();
        let rows_a = breakdown_rows(&a, &state.estimate.get());
        rows_a.into_iter().zip(breakdown_rows(&b, &b_est)).collect::<Vec<(BreakdownRow, BreakdownRow)>>()
    });
    let differs = move |i: usize| {
        let kind = FactorKind::ALL[i];
        state.a.with(|a| state.b.with(|b| b.as_ref().is_some_and(|b| differs(kind, a, b))))
    };

    view! {
        <div class="compare-grid">
            <div class="profile-col">
                <h3>"Profile A"</h3>
                <p class="compare-figure" data-testid="estimate-a">
                    {move || summary(Profile::A).map(|s| s.0)}
                </p>
                <p class="compare-range">
                    "Range " <span data-testid="range-a">{move || summary(Profile::A).map(|s| s.1)}</span>
                </p>
                <p class="hint">"Set with the “Your profile” form."</p>
            </div>
            <div class="profile-col">
                <h3>"Profile B"</h3>
                <p class="compare-figure" data-testid="estimate-b">
                    {move || summary(Profile::B).map(|s| s.0)}
                </p>
                <p class="compare-range">
                    "Range " <span data-testid="range-b">{move || summary(Profile::B).map(|s| s.1)}</span>
                </p>
                <p class="hint" data-testid="in-hand-b">
                    {b_in_hand}
                </p>
                <div class="compare-form">
                    {Dimension::ALL
                        .into_iter()
                        .map(|dim| view! { <FilterSelect profile=Profile::B dim /> })
                        .collect_view()}
                </div>
                <div class="compare-form compare-offer">
                    <TextField param=Param::Offer profile=Profile::B />
                    <TextField param=Param::Join profile=Profile::B />
                    <TextField param=Param::Variable profile=Profile::B />
                    <TextField param=Param::Basic profile=Profile::B />
                    <ChoiceField param=Param::Pf profile=Profile::B />
                    <TextField param=Param::Hra profile=Profile::B />
                    <ChoiceField param=Param::Gratuity profile=Profile::B />
                    <TextField param=Param::EmployerNps profile=Profile::B />
                    <TextField param=Param::Rent profile=Profile::B />
                </div>
                <details class="terms compare-form">
                    <summary>"Profile B stock and bonuses"</summary>
                    {[Param::Join2, Param::Clawback, Param::Payout, Param::Rsu, Param::Vest]
                        .into_iter()
                        .map(|param| view! { <TextField param profile=Profile::B /> })
                        .collect_view()}
                </details>
            </div>
        </div>
        <p class="difference" data-testid="difference" aria-live="polite">
            {difference}
        </p>
        <TwoOffers />
        <table class="compare-factors">
            <caption class="visually-hidden">"Factors of profile A and profile B"</caption>
            <thead>
                <tr>
                    <th scope="col">"Factor"</th>
                    <th scope="col">"A"</th>
                    <th scope="col">"B"</th>
                </tr>
            </thead>
            <tbody>
                {(0..STEPS)
                    .map(|i| {
                        view! {
                            <tr class:differs=move || differs(i) data-differs=move || differs(i).to_string()>
                                <th scope="row">
                                    {cell(factor_rows, i, |p| p.0.factor.to_string())}
                                    <span class="differs-mark">
                                        {move || if differs(i) { " (differs)" } else { "" }}
                                    </span>
                                </th>
                                <td>
                                    {cell(factor_rows, i, |p| p.0.choice.clone())}<br />
                                    <span class="muted">
                                        {cell(factor_rows, i, |p| p.0.multiplier.clone())}
                                    </span>
                                </td>
                                <td>
                                    {cell(factor_rows, i, |p| p.1.choice.clone())}<br />
                                    <span class="muted">
                                        {cell(factor_rows, i, |p| p.1.multiplier.clone())}
                                    </span>
                                </td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
}
