//! "How this is worked out": the estimate's method and the sources, as the last section of the
//! page. Prerendered into the shell (see `shell.rs`) and hidden until the app has mounted the
//! sections before it, so it never moves as they arrive.

use crate::components::method::Method;
use crate::components::sources::Sources;
use crate::page::HOW;
use leptos::prelude::*;

#[component]
pub fn How() -> impl IntoView {
    view! {
        <details class="card section" id=HOW hidden>
            <summary>
                <h2>"How this is worked out"</h2>
            </summary>
            <div class="section-body">
                <Method />
                <Sources />
            </div>
        </details>
    }
}
