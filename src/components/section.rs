//! A section of the page below the summary that opens on demand: a disclosure whose heading a
//! person can scan, with its content in the DOM whether it is open or not (closed, the browser
//! neither lays it out nor paints it). Keyboard and screen readers get the disclosure's own
//! behaviour and state. Rendered into the shell (`shell.rs`), hidden: the app puts each part
//! into its section's body and shows it (`mount::Place::Section`), so the sections cost the
//! WebAssembly nothing.

use leptos::prelude::*;

/// The section `id`, headed `title`, open at first when `open`, hidden until its content is in;
/// its body holds what the shell already has of it (`""`: nothing yet).
#[component]
pub fn Section<V: IntoView + 'static>(
    id: &'static str,
    title: &'static str,
    open: bool,
    children: TypedChildren<V>,
) -> impl IntoView {
    view! {
        <details class="card section" id=id open=open hidden>
            <summary>
                <h2>{title}</h2>
            </summary>
            <div class="section-body">{children.into_inner()()}</div>
        </details>
    }
}
