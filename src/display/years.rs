//! "Four years": what each choice (staying, offer A, offer B) leaves after tax, tax year by tax
//! year, from a link, with the sentence that answers and what a joining bonus puts at risk.
//! The arithmetic is `tax::years`; this module chooses its inputs from the link and says it.

use crate::data::{Date, TaxRules};
use crate::filters::{Job as LinkJob, Link, Selection};
use crate::format::{rupees, rupees_of};
use crate::tax::{four_years, owed_on_leaving, Claims, Job, Month, Plan, Terms, YearRow, Years};

/// One tax year of one choice, its figures in whole rupees.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Row {
    /// "2027-28".
    pub year: String,
    pub cash: String,
    pub stock: String,
    pub tax: String,
    pub total: String,
    /// "2026-27 rules assumed" for a year without a rules file; empty otherwise.
    pub assumed: String,
}

/// One choice's table.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Choice {
    /// "stay", "a", "b": its test ids' part.
    pub key: &'static str,
    /// "Staying", "Offer A", "Offer B".
    pub name: &'static str,
    pub rows: Vec<Row>,
    /// The rows' sums, as a last row.
    pub sum: Row,
}

/// The section's words; empty choices when there is no offer.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Texts {
    /// What is assumed: the month of joining, raises, variable pay, the months before joining.
    pub assumptions: String,
    /// The answer in one sentence.
    pub lead: String,
    /// What leaving early would cost in bonuses; empty without one.
    pub clawback: String,
    pub choices: Vec<Choice>,
    /// Whether any choice has stock: without, its column is left out.
    pub has_stock: bool,
}

/// "2026-27" for the tax year starting in 2026.
pub fn year_name(start: u16) -> String {
    format!("{start}-{:02}", (start + 1) % 100)
}

/// A job of the link as the four years work it: in rupees, in its profile's city.
fn job_of(job: &LinkJob, lakh: f64, selection: &Selection) -> Job<'static> {
    Job {
        ctc: rupees_of(lakh),
        structure: job.structure,
        city: selection.city.map(|c| c.slug.as_str()),
        rent_monthly: job.rent_monthly,
    }
}

/// An offer's terms from the link: its joining bonus; the rest at their defaults.
fn terms_of(job: &LinkJob) -> Terms {
    Terms { joining_bonus: job.join.map_or(0.0, rupees_of), ..Terms::default() }
}

/// One choice worked out: its ids and names, its years and its terms.
struct Run {
    key: &'static str,
    name: &'static str,
    /// Its name inside a sentence: "staying", "offer A".
    phrase: &'static str,
    years: Years,
    terms: Terms,
}

/// The section for `link`, joining the month after `today`, each year under `years`' rules.
pub fn texts(link: &Link, today: Date, years: &'static [TaxRules]) -> Texts {
    let Some(offer) = link.job.offer else { return Texts::default() };
    let start = Month { year: today.year, month: today.month }.plus(1);
    let current =
        link.own.current_job(&link.job).and_then(|now| Some(job_of(&now, now.offer?, &link.selection)));
    let claims = Claims { rent_monthly: 0.0, ..link.job.claims(&link.own) };
    let plan = Plan { start, before: current, raise_percent: 0.0, growth_percent: 0.0, claims };
    let run = |key, name, phrase, job: &Job, terms: Terms| Run {
        key,
        name,
        phrase,
        years: four_years(&plan, job, &terms, years),
        terms,
    };
    let mut runs = Vec::new();
    if let Some(now) = &current {
        runs.push(run("stay", "Staying", "staying", now, Terms::default()));
    }
    runs.push(run(
        "a",
        "Offer A",
        "offer A",
        &job_of(&link.job, offer, &link.selection),
        terms_of(&link.job),
    ));
    if let (Some(selection), Some(b_offer)) = (&link.compare, link.b_job.offer) {
        runs.push(run(
            "b",
            "Offer B",
            "offer B",
            &job_of(&link.b_job, b_offer, selection),
            terms_of(&link.b_job),
        ));
    }
    let joining = start.first_day().month_words();
    Texts {
        assumptions: assumptions(&joining, current.is_some()),
        lead: lead(&joining, &runs),
        clawback: clawback(start, &runs),
        choices: runs.iter().map(|r| choice(r.key, r.name, &r.years)).collect(),
        has_stock: runs.iter().any(|r| r.years.rows.iter().any(|y| y.vested > 0.0)),
    }
}

fn assumptions(joining: &str, has_current: bool) -> String {
    let before = if has_current {
        "The months before it are paid at your current CTC, on the same structure as the hike line."
    } else {
        "Without a current CTC, the months before it count as nothing."
    };
    format!(
        "Joining in {joining}, the month after today, with no raise, variable pay at its target \
         on each anniversary and no stock. {before} Each year is taxed under the regime that \
         takes less. Your PF and gratuity are saved for you, not counted as kept."
    )
}

fn choice(key: &'static str, name: &'static str, years: &Years) -> Choice {
    let figures = |year: String, cash: f64, stock: f64, tax: f64, assumed: String| Row {
        year,
        cash: rupees(cash.round()),
        stock: rupees(stock.round()),
        tax: rupees(tax.round()),
        total: rupees((cash + stock).round()),
        assumed,
    };
    let rows = years
        .rows
        .iter()
        .map(|r| {
            let assumed = if r.assumed { format!("{} rules assumed", r.rules.year) } else { String::new() };
            figures(year_name(r.tax_year), r.cash(), r.stock(), r.tax, assumed)
        })
        .collect();
    let sum = |f: fn(&YearRow) -> f64| years.rows.iter().map(f).sum::<f64>();
    Choice {
        key,
        name,
        rows,
        sum: figures(
            "All years".into(),
            sum(|r| r.cash()),
            sum(|r| r.stock()),
            sum(|r| r.tax),
            String::new(),
        ),
    }
}

/// "Over four years from January 2027, offer A leaves you ₹X more than staying, ₹Y of it in
/// the first year." With two offers, the better one against the other, and against staying.
fn lead(joining: &str, runs: &[Run]) -> String {
    let total = |i: usize| runs[i].years.total().round() as i64;
    let first = |i: usize| runs[i].years.rows[0].total().round() as i64;
    let from = format!("Over four years from {joining}");
    match runs.len() {
        1 => format!("{from}, {} leaves you {} after tax.", runs[0].phrase, rupees(total(0) as f64)),
        _ => {
            // The offers are the last one or two runs; the baseline is staying, or offer A.
            let offers: Vec<usize> = (0..runs.len()).filter(|&i| runs[i].key != "stay").collect();
            let (best, other) = match offers.as_slice() {
                [a, b] if total(*b) > total(*a) => (*b, *a),
                [a, b] => (*a, *b),
                _ => (offers[0], 0),
            };
            let (more, first_more) = (total(best) - total(other), first(best) - first(other));
            let word = if more >= 0 { "more" } else { "less" };
            let mut out = format!(
                "{from}, {} leaves you {} {word} than {}",
                runs[best].phrase,
                rupees(more.unsigned_abs() as f64),
                runs[other].phrase
            );
            if (first_more >= 0) == (more >= 0) {
                out += &format!(", {} of it in the first year.", rupees(first_more.unsigned_abs() as f64));
            } else {
                out += &format!(
                    ", though {} leaves {} more in the first year.",
                    runs[other].phrase,
                    rupees(first_more.unsigned_abs() as f64)
                );
            }
            out
        }
    }
}

/// "Leave before January 2028 and you repay up to ₹2,00,000 of the joining bonus.", for each
/// offer with one ("With offer B, leave before …" when there are two offers).
fn clawback(start: Month, runs: &[Run]) -> String {
    let offers = runs.iter().filter(|r| r.key != "stay").count();
    runs.iter()
        .filter(|r| r.terms.joining_bonus > 0.0)
        .map(|r| {
            let until = start.plus(r.terms.clawback_months).first_day().month_words();
            let owed = rupees(owed_on_leaving(&r.terms, 1).round());
            match offers {
                1 => format!("Leave before {until} and you repay up to {owed} of the joining bonus."),
                _ => format!(
                    "With {}, leave before {until} and you repay up to {owed} of its joining bonus.",
                    r.phrase
                ),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    //! The figures are the recomputation's from the law (see `tax::years`'s tests): ₹14 L now,
    //! all fixed, in Bengaluru; offer A ₹21.5 L with 15% variable and a ₹2 L joining bonus;
    //! offer B ₹23.5 L all fixed in Pune; joining in January 2027.
    use super::*;
    use crate::data::tax_years;
    use crate::page::Session;

    fn on(query: &str) -> Texts {
        texts(&Session::open(query).link, Date::parse("2026-12-04").unwrap(), tax_years())
    }

    #[test]
    fn one_offer_against_staying_answers_in_one_sentence() {
        let t = on("?city=bengaluru&offer=21.5&var=15&join=2&current=14");
        assert_eq!(
            t.lead,
            "Over four years from January 2027, offer A leaves you ₹22,06,644 more than staying, \
             ₹1,89,090 of it in the first year."
        );
        assert_eq!(
            t.clawback,
            "Leave before January 2028 and you repay up to ₹2,00,000 of the joining bonus."
        );
        assert!(t.assumptions.starts_with("Joining in January 2027, the month after today,"));
        let keys: Vec<_> = t.choices.iter().map(|c| c.key).collect();
        assert_eq!(keys, ["stay", "a"]);
        let (stay, a) = (&t.choices[0], &t.choices[1]);
        assert_eq!((stay.sum.total.as_str(), a.sum.total.as_str()), ("₹59,41,050", "₹81,47,694"));
        assert_eq!(stay.rows[0].tax, "₹7,620");
        assert_eq!(
            (a.rows[0].year.as_str(), a.rows[0].tax.as_str(), a.rows[0].assumed.as_str()),
            ("2026-27", "₹1,10,010", "")
        );
        assert_eq!(
            (a.rows[4].year.as_str(), a.rows[4].assumed.as_str()),
            ("2030-31", "2026-27 rules assumed")
        );
    }

    #[test]
    fn two_offers_say_which_leaves_more_and_when_the_first_year_says_otherwise() {
        let t = on("?city=bengaluru&offer=21.5&var=15&join=2&current=14&b.city=pune&b.offer=23.5");
        assert_eq!(
            t.lead,
            "Over four years from January 2027, offer B leaves you ₹2,77,314 more than offer A, \
             though offer A leaves ₹75,662 more in the first year."
        );
        assert_eq!(
            t.clawback,
            "With offer A, leave before January 2028 and you repay up to ₹2,00,000 of its joining bonus."
        );
        assert_eq!(t.choices.iter().map(|c| c.key).collect::<Vec<_>>(), ["stay", "a", "b"]);
        assert_eq!(t.choices[2].sum.total, "₹84,25,008");
    }

    #[test]
    fn without_an_offer_there_is_nothing_to_show_and_without_a_current_ctc_it_is_said() {
        assert_eq!(on("?city=pune&current=14"), Texts::default());
        let t = on("?city=pune&offer=12");
        assert!(t.assumptions.contains("Without a current CTC, the months before it count as nothing."));
        assert!(t.lead.starts_with("Over four years from January 2027, offer A leaves you ₹"));
        assert_eq!(t.clawback, "");
    }
}
