//! The offer on the market's range: a drawing of the estimate's range and the estimate, with
//! the offer marked by a shape and a legend, not by colour. The sentence that says where it
//! stands is the summary's; this repeats it for the eye.

use crate::display::offer;
use crate::format::fixed;
use crate::state::AppState;
use leptos::prelude::*;

#[component]
pub fn OfferPosition() -> impl IntoView {
    let state = expect_context::<AppState>();
    let estimate = state.estimate;
    let marks = Memo::new(move |_| state.offer().map(|o| estimate.with(|e| offer::scale(o, e))));
    let at = move |i: usize| move || marks.get().map(|m| format!("{}%", fixed(m[i], 1)));
    let width = move || marks.get().map(|m| format!("{}%", fixed(m[1] - m[0], 1)));
    view! {
        <div class="offer-position" hidden=move || state.offer().is_none()>
            <h3>"Your offer on the market’s range"</h3>
            <div class="offer-scale" aria-hidden="true">
                <div class="offer-band" style:left=at(0) style:width=width></div>
                <div class="offer-estimate" style:left=at(2)></div>
                <div class="offer-marker" style:left=at(3)>
                    "▼"
                </div>
            </div>
            <p class="hint">
                "Band: the estimate’s range. Dashed line: the estimate. ▼: your offer’s CTC, set against the survey’s figures as they are."
            </p>
        </div>
    }
}
