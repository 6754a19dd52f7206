//! "How this is worked out": the estimate's method and the sources, the last section of the
//! page, which the app puts in once the sections before it are in. It is not in the shell: the
//! bytes before the estimate are the first stage's, and nobody reads this before the app is in.

use crate::components::method::Method;
use crate::components::sources::Sources;
use leptos::prelude::*;

#[component]
pub fn How() -> impl IntoView {
    view! {
        <Method />
        <Sources />
    }
}
