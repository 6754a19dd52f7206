//! Where every figure comes from, with the survey date (in "How this is worked out", `how.rs`).

use crate::data::dataset;
use crate::format::trimmed;
use leptos::prelude::*;

#[component]
pub fn Sources() -> impl IntoView {
    let data = dataset();
    let outlook = &data.outlook;
    view! {
        <div class="sources">
            <h3>"Sources"</h3>
            <p>
                "All figures are average annual salaries in INR lakh, from a market survey of Indian backend salaries updated in January 2025."
            </p>
            <ul data-testid="sources">
                {data
                    .tables()
                    .into_iter()
                    .map(|t| {
                        view! {
                            <li>{t.title.as_ref()}": "{t.source.as_ref()}", "{t.survey_date.as_ref()}</li>
                        }
                    })
                    .collect_view()}
            </ul>
            <p class="outlook">
                {format!(
                    "Outlook: {} is projected to grow {}% from {} to {}. ",
                    outlook.subject,
                    trimmed(outlook.growth_percent),
                    outlook.from_year,
                    outlook.to_year,
                )} {outlook.source.as_ref()}
            </p>
        </div>
    }
}
