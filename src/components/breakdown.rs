//! How each choice moved the figure: the benchmark, then the rows of `crate::display::breakdown`.

use crate::components::rows::cell;
use crate::display::breakdown::{breakdown_rows, BreakdownRow};
use crate::format::short_money;
use crate::model::STEPS;
use crate::state::AppState;
use leptos::prelude::*;

#[component]
pub fn Breakdown() -> impl IntoView {
    let state = expect_context::<AppState>();
    let rows = Memo::new(move |_| breakdown_rows(&state.a.get(), &state.estimate.get()));
    let text = move |i: usize, field: fn(&BreakdownRow) -> String| cell(rows, i, field);
    let benchmark = move || short_money(state.estimate.get().benchmark);

    view! {
        <div class="breakdown">
            <h3>"How your choices moved the figure"</h3>
            <ol class="steps" data-testid="breakdown">
                <li class="step">
                    <div class="step-what">
                        <span class="step-factor">"Benchmark"</span>
                        <span class="step-choice">"Backend Developer, all of India"</span>
                        <span class="step-working">"The survey’s national average for the role"</span>
                    </div>
                    <div class="step-effect">
                        <span class="step-running">{benchmark}</span>
                    </div>
                </li>
                {(0..STEPS)
                    .map(|i| {
                        view! {
                            <li class="step">
                                <div class="step-what">
                                    <span class="step-factor">{text(i, |r| r.factor.to_string())}</span>
                                    <span class="step-choice">{text(i, |r| r.choice.to_string())}</span>
                                    <span class="step-working">{text(i, |r| r.working.to_string())}</span>
                                </div>
                                <div class="step-effect">
                                    <span class="step-multiplier">
                                        {text(i, |r| r.multiplier.to_string())}
                                    </span>
                                    <span class="step-change">{text(i, |r| r.change.to_string())}</span>
                                    <span class="step-running">{text(i, |r| r.running.to_string())}</span>
                                </div>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </div>
    }
}
