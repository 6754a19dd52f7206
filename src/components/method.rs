//! "How this is calculated": the formula in plain words, with its limits (in "How this is
//! worked out", `how.rs`).

use crate::data::dataset;
use crate::format::{count_word, fixed, table_figure};
use crate::model::RANGE_SPREAD;
use crate::state::AppState;
use leptos::prelude::*;

#[component]
pub fn Method() -> impl IntoView {
    let model = expect_context::<AppState>().model;
    let spread = format!("±{}%", fixed(RANGE_SPREAD * 100.0, 0));
    let data = dataset();
    let mean_of = |what: &str, n: usize, mean: f64| {
        format!("the mean of the {} {what}, {}", count_word(n), table_figure(mean))
    };
    view! {
        <div class="method">
            <h3>"How the estimate is calculated"</h3>
            <p>
                "Like the open compensation calculators, the estimate starts from one benchmark and multiplies it by one factor per choice:"
            </p>
            <p class="formula">"estimate = B × S × C × K × F"</p>
            <ul>
                <li>
                    <strong>"B"</strong>
                    " is the survey’s national average for a Backend Developer, "
                    {table_figure(model.benchmark)}
                    "."
                </li>
                <li>
                    <strong>"S"</strong>
                    " (seniority) is the role average ÷ B, or the experience average ÷ B. "
                    "Role and experience both measure seniority, so when you pick both they are combined as a geometric mean, √(R × E), instead of being counted twice."
                </li>
                <li>
                    <strong>"C"</strong>
                    " (city) is the city average ÷ "
                    {mean_of("cities", data.cities.entries.len(), model.city_mean)}
                    "."
                </li>
                <li>
                    <strong>"K"</strong>
                    " (skill) is the square root of the skill average ÷ "
                    {mean_of("skills", data.skills.entries.len(), model.skill_mean)}
                    ". "
                    "The square root damps it, because the survey’s skill figures also carry seniority: most data-security specialists are senior."
                </li>
                <li>
                    <strong>"F"</strong>
                    " (employer) is the recruiter average ÷ "
                    {mean_of("recruiters", data.recruiters.entries.len(), model.employer_mean)}
                    "."
                </li>
                <li>"“Any” leaves its factor at 1."</li>
            </ul>
            <p>
                "The range is "{spread}
                " around the estimate. When role and experience disagree, it widens to cover the estimate from each of them alone. "
                "Figures are rounded to the nearest ₹0.1 lakh (₹10,000) for display only."
            </p>
            <p class="caveat">
                "What this cannot tell you: the survey gives averages without sample sizes, bonuses or equity, and its tables do not combine (nobody published the pay of Python developers in Pune at mid level). "
                "The factors assume each choice acts on pay independently. Treat the result as a starting point for a conversation, not as an offer."
            </p>
        </div>
    }
}
