//! "How this is worked out": a disclosure with the working's lines in fixed rows, totals in
//! bold. One component for every working on the page (each regime's, each CTC's).

use crate::components::rows::cell;
use crate::display::working::Line;
use leptos::prelude::*;

/// The disclosure `summary` over `rows` fixed rows of `lines` (the rows past the lines hidden).
#[component]
pub fn WorkingTable(summary: &'static str, lines: Memo<Vec<Line>>, rows: usize) -> impl IntoView {
    let line = move |i: usize, f: fn(&Line) -> String| cell(lines, i, f);
    view! {
        <details>
            <summary>{summary}</summary>
            <table class="working">
                <tbody>
                    {(0..rows)
                        .map(|i| {
                            view! {
                                <tr
                                    hidden=move || lines.with(|l| l.len() <= i)
                                    class=move || {
                                        if lines.with(|l| l.get(i).is_some_and(|l| l.total)) {
                                            "total"
                                        } else {
                                            ""
                                        }
                                    }
                                >
                                    <th scope="row">{line(i, |l| l.label.clone())}</th>
                                    <td>{line(i, |l| l.amount.clone())}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </details>
    }
}

/// The last line of a working: the year's pay in hand a month.
pub fn monthly_line(per_month: f64) -> Line {
    Line {
        label: "In hand a month (÷ 12)".into(),
        amount: crate::format::rupees(per_month.round()),
        total: true,
    }
}
