//! The offer against the market: below, within or above the estimate's range, by how much,
//! and a drawing of the range with the offer marked (by a shape and a legend, not by colour).

use crate::display::offer;
use crate::format::fixed;
use crate::state::AppState;
use leptos::prelude::*;

#[component]
pub fn OfferPosition() -> impl IntoView {
    let state = expect_context::<AppState>();
    let estimate = state.estimate;
    let sentence =
        move || state.offer().map(|o| estimate.with(|e| offer::position_text(o, e))).unwrap_or_default();
    let marks = Memo::new(move |_| state.offer().map(|o| estimate.with(|e| offer::scale(o, e))));
    let at = move |i: usize| move || marks.get().map(|m| format!("{}%", fixed(m[i], 1)));
    let width = move || marks.get().map(|m| format!("{}%", fixed(m[1] - m[0], 1)));
    view! {
        <section
            class="card offer-position"
            aria-labelledby="offer-heading"
            hidden=move || state.offer().is_none()
        >
            <h2 id="offer-heading">
                {move || {
                    if state.b.with(Option::is_some) {
                        "Your offer against profile A"
                    } else {
                        "Your offer against the market"
                    }
                }}
            </h2>
            <p class="offer-sentence" data-testid="offer-position">
                {sentence}
            </p>
            // The sentence says it all; the drawing repeats it for the eye.
            <div class="offer-scale" aria-hidden="true">
                <div class="offer-band" style:left=at(0) style:width=width></div>
                <div class="offer-estimate" style:left=at(2)></div>
                <div class="offer-marker" style:left=at(3)>
                    "▼"
                </div>
            </div>
            <p class="hint">"Band: the estimate’s range. Dashed line: the estimate. ▼: your offer."</p>
        </section>
    }
}
