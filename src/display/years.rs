//! "Four years": what each choice (staying, offer A, offer B) leaves after tax, tax year by tax
//! year, from a link, with the sentence that answers and what a joining bonus puts at risk.
//! The arithmetic is `tax::years`; this module chooses its inputs from the link and says it.

use crate::amount;
use crate::data::{Date, TaxRules, USD_DEFAULT, USD_REFERENCE};
use crate::filters::{month_of, vest_shares, Job as LinkJob, Link, Own, Selection};
use crate::format::{fixed, rupees, rupees_of, trimmed};
use crate::tax::{four_years, owed_on_leaving, Claims, Job, Month, Plan, Terms, YearRow, Years};

/// One tax year of one choice, its figures in whole rupees.
#[derive(Debug, Clone, Default)]
pub struct Row {
    /// "2027-28".
    pub year: String,
    pub cash: String,
    /// The stock that vested, less the tax it adds.
    pub stock: String,
    pub tax: String,
    pub total: String,
    /// "2026-27 rules assumed" for a year without a rules file; empty otherwise.
    pub assumed: String,
}

/// One choice's table.
#[derive(Debug, Clone, Default)]
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
#[derive(Debug, Clone, Default)]
pub struct Texts {
    /// What is assumed: the month of joining, raises, variable pay, the months before joining.
    pub assumptions: String,
    /// The answer in one sentence.
    pub lead: String,
    /// What leaving early would cost in bonuses; empty without one.
    pub clawback: String,
    pub choices: Vec<Choice>,
    /// Whether any choice vests stock: the tables show its column only then.
    pub has_stock: bool,
    pub chart: Chart,
}

/// The chart of the running total kept, month by month, one line per choice.
#[derive(Debug, Clone, Default)]
pub struct Chart {
    /// Each choice's key and its running total at the end of each month, in rupees.
    pub lines: Vec<(&'static str, Vec<f64>)>,
    /// The first and last months drawn: "April 2026", "March 2031".
    pub from: String,
    pub to: String,
    /// What it shows, in words.
    pub summary: String,
    /// Its data: at the end of each tax year ("March 2027"), each choice's running total.
    pub rows: Vec<(String, Vec<String>)>,
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
        city: selection.city.map(|c| c.slug.as_ref()),
        rent_monthly: job.rent_monthly,
    }
}

/// An offer's terms from the link: its bonuses, variable pay's payout, grant and what the
/// person pays to leave their current job.
fn terms_of(job: &LinkJob, own: &Own) -> Terms {
    Terms {
        payout_percent: job.payout,
        joining_bonus: job.join.map_or(0.0, rupees_of),
        second_year_bonus: job.join2.map_or(0.0, rupees_of),
        clawback_months: job.clawback as i32,
        grant: job.rsu.map_or(0.0, |held| amount::rupees_held(held, own.usd)),
        vest: vest_shares(job.vest).into_iter().map(f64::from).collect(),
        buyout: own.buyout.map_or(0.0, rupees_of),
        forfeit: 0.0,
    }
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

/// The section for `link`, joining in its month or the month after `today`, each year under
/// `years`' rules.
pub fn texts(link: &Link, today: Date, years: &'static [TaxRules]) -> Texts {
    let Some(offer) = link.job.offer else { return Texts::default() };
    let start = month_of(link.own.start).unwrap_or(Month { year: today.year, month: today.month }.plus(1));
    let current_selection = link.own.current_selection(&link.selection);
    let current =
        link.own.current_job(&link.job).and_then(|now| Some(job_of(&now, now.offer?, &current_selection)));
    let claims = Claims { rent_monthly: 0.0, ..link.job.claims(&link.own) };
    let plan = Plan {
        start,
        before: current,
        raise_percent: link.own.raise,
        growth_percent: link.own.growth,
        claims,
    };
    let run = |key, name, phrase, job: &Job, terms: Terms| Run {
        key,
        name,
        phrase,
        years: four_years(&plan, job, &terms, years),
        terms,
    };
    let mut runs = Vec::new();
    if let Some(now) = &current {
        let forfeit = link.own.forfeit.map_or(0.0, rupees_of);
        runs.push(run("stay", "Staying", "staying", now, Terms { forfeit, ..Terms::default() }));
    }
    runs.push(run(
        "a",
        "Offer A",
        "offer A",
        &job_of(&link.job, offer, &link.selection),
        terms_of(&link.job, &link.own),
    ));
    if let (Some(selection), Some(b_offer)) = (&link.compare, link.b_job.offer) {
        runs.push(run(
            "b",
            "Offer B",
            "offer B",
            &job_of(&link.b_job, b_offer, selection),
            terms_of(&link.b_job, &link.own),
        ));
    }
    let joining = start.first_day().month_words();
    Texts {
        assumptions: assumptions(&joining, start, link, current.is_some()),
        lead: lead(&joining, &runs),
        clawback: clawback(start, &runs),
        choices: runs.iter().map(|r| choice(r.key, r.name, &r.years)).collect(),
        has_stock: runs.iter().any(|r| r.years.rows.iter().any(|y| y.vested > 0.0)),
        chart: chart(&runs),
    }
}

/// What the four years take as given: each term the link sets, and the default of each it
/// does not, said as such.
fn assumptions(joining: &str, start: Month, link: &Link, has_current: bool) -> String {
    let own = &link.own;
    let when = if month_of(own.start).is_some() { "as you set" } else { "the month after today" };
    let raise = match own.raise {
        r if r > 0.0 => format!("a raise of {}% at each anniversary", trimmed(r)),
        _ => "no raise".to_string(),
    };
    // The offers worked out: A, and B where it has an offer.
    let b = link.compare.and(link.b_job.offer).map(|_| &link.b_job);
    let offers = [Some(&link.job), b];
    let offers = offers.iter().flatten();
    let payout = match (link.job.payout, b.map(|b| b.payout)) {
        (a, Some(b)) if a != b => {
            format!(
                ", variable pay at {}% of its target for offer A and {}% for offer B",
                trimmed(a),
                trimmed(b)
            )
        }
        (100.0, _) => ", variable pay at its target".to_string(),
        (a, _) => format!(", variable pay at {}% of its target", trimmed(a)),
    };
    let has_variable = offers.clone().any(|j| j.structure.variable_percent > 0.0);
    let payout = if has_variable { payout + " on each anniversary" } else { String::new() };
    let has_grant = offers.clone().any(|j| j.rsu.is_some());
    let stock = match (has_grant, own.growth) {
        (false, _) => "no stock".to_string(),
        (true, 0.0) => "stock valued at its grant price throughout".to_string(),
        (true, g) if g < 0.0 => format!("the share price falling {}% a year", trimmed(-g)),
        (true, g) => format!("the share price rising {}% a year", trimmed(g)),
    };
    let in_dollars = offers.clone().filter_map(|j| j.rsu).any(|held| amount::dollars_held(held).is_some());
    // One rate for every vest, where the tax would take each vest's own day's: said so.
    let rate = match (in_dollars, own.usd == USD_DEFAULT) {
        (false, _) => String::new(),
        (true, true) => format!(
            " A grant in dollars is counted at {} a dollar, {} for {} (₹{}) to the paisa, the latest \
             this page found; the tax would take each vest at its own day’s rate.",
            rupees(own.usd),
            USD_REFERENCE.name,
            USD_REFERENCE.date,
            fixed(USD_REFERENCE.rupees, 4)
        ),
        (true, false) => format!(
            " A grant in dollars is counted at {} a dollar, as you set; the tax would take each vest at \
             its own day’s rate.",
            rupees(own.usd)
        ),
    };
    let before = if start.month == 4 {
        "It starts a tax year, so no months before it count."
    } else if has_current && own.now.variable_percent > 0.0 {
        "The months before it are paid at your current CTC, on the same structure as the hike line, \
         and staying pays its variable pay in full on each anniversary."
    } else if has_current {
        "The months before it are paid at your current CTC, on the same structure as the hike line."
    } else {
        "Without a current CTC, the months before it count as nothing."
    };
    // Named, not worked out: what the shares bring after they vest.
    let shares = if has_grant {
        " Shares count at their value as they vest: what selling them later brings (capital gains, \
         taxed apart) is left out, and so is reporting shares of a company abroad as foreign assets \
         in your return, which a resident must do."
    } else {
        ""
    };
    format!(
        "Joining in {joining}, {when}, with {raise}{payout} and {stock}. {before}{rate} Each year is \
         taxed under the regime that takes less. Your PF and gratuity are saved for you, not \
         counted as kept.{shares}"
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

/// "From January 2027 to March 2031, offer A leaves ₹X more than staying, ₹Y of it by 31 March
/// 2027." (the end of the tax year of joining). The choice that leaves more is the subject; with
/// two offers it is the better offer against the other, and staying is named if it beats both.
/// Short, as it is the summary's last line too.
fn lead(joining: &str, runs: &[Run]) -> String {
    let total = |i: usize| runs[i].years.total().round() as i64;
    let first = |i: usize| runs[i].years.rows[0].total().round() as i64;
    let last_row = runs[0].years.rows.len() - 1;
    let span = format!("From {joining} to March {}", runs[0].years.rows[last_row].tax_year + 1);
    if runs.len() == 1 {
        return format!("{span}, {} leaves {} after tax.", runs[0].phrase, rupees(total(0) as f64));
    }
    let offers: Vec<usize> = (0..runs.len()).filter(|&i| runs[i].key != "stay").collect();
    let (a, b) = match offers.as_slice() {
        [a, b] => (*a, *b),
        _ => (offers[0], 0),
    };
    let (best, other) = if total(b) > total(a) { (b, a) } else { (a, b) };
    let more = total(best) - total(other);
    let (phrase, behind) = (runs[best].phrase, runs[other].phrase);
    let mut out = if more == 0 {
        format!("{span}, {phrase} and {behind} leave the same after tax.")
    } else {
        let by = format!("by 31 March {}", runs[0].years.rows[0].tax_year + 1);
        let out = format!("{span}, {phrase} leaves {} more than {behind}", rupees(more as f64));
        match first(best) - first(other) {
            0 => out + ".",
            d if d < 0 => out + &format!(", though {behind} leaves {} more {by}.", rupees(-d as f64)),
            d if d <= more => out + &format!(", {} of it {by}.", rupees(d as f64)),
            d => {
                out + &format!(
                    ": {} more {by}, and {} less after it.",
                    rupees(d as f64),
                    rupees((d - more) as f64)
                )
            }
        }
    };
    // With two offers, staying too, if it leaves more than either.
    if offers.len() == 2 && runs[0].key == "stay" && total(0) > total(best) {
        let than = if more == 0 { "either" } else { phrase };
        out += &format!(" Staying leaves {} more than {than}.", rupees((total(0) - total(best)) as f64));
    }
    out
}

/// The running totals, the words that say where they end and where the better offer passes
/// the other, and the totals at each tax year's end.
fn chart(runs: &[Run]) -> Chart {
    let months: Vec<Month> = runs[0].years.monthly.iter().map(|m| m.0).collect();
    let lines: Vec<(&'static str, Vec<f64>)> = runs
        .iter()
        .map(|r| {
            let mut sum = 0.0;
            (
                r.key,
                r.years
                    .monthly
                    .iter()
                    .map(|m| {
                        sum += m.1;
                        sum
                    })
                    .collect(),
            )
        })
        .collect();
    let month = |i: usize| months[i].first_day().month_words();
    let last = months.len() - 1;
    let ends: Vec<String> = runs
        .iter()
        .zip(&lines)
        .enumerate()
        .map(|(i, (r, l))| {
            let kept = rupees(l.1[last].round());
            if i == 0 {
                format!("{} keeps {kept} in all", r.phrase)
            } else {
                format!("{} {kept}", r.phrase)
            }
        })
        .collect();
    let mut summary = format!("By the end of {}: {}.", month(last), list(&ends));
    // Where the line that ends highest last rose above each other one.
    let best = (0..runs.len()).max_by(|&a, &b| lines[a].1[last].total_cmp(&lines[b].1[last])).unwrap_or(0);
    for other in (0..runs.len()).filter(|&o| o != best) {
        let ahead = |i: usize| lines[best].1[i] > lines[other].1[i];
        // The first month of the run of months it is ahead to the end, if it is at the end.
        let Some(i) = (0..=last).rev().take_while(|&i| ahead(i)).last() else { continue };
        let (leader, behind, when) = (runs[best].name, runs[other].phrase, month(i));
        // Level before it (the months before joining, which every choice shares), or nothing before it.
        if i == 0 || lines[best].1[i - 1] == lines[other].1[i - 1] {
            summary += &format!(" {leader} is ahead of {behind} from {when}, the month of joining.");
        } else {
            summary += &format!(" {leader} draws ahead of {behind} in {when}.");
        }
    }
    let rows = (0..=last)
        .filter(|&i| months[i].month == 3)
        .map(|i| (month(i), lines.iter().map(|l| rupees(l.1[i].round())).collect()))
        .collect();
    Chart { from: month(0), to: month(last), summary, rows, lines }
}

/// "staying ₹1, offer A ₹2 and offer B ₹3".
fn list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// "Leave before January 2028 and you repay up to ₹2,00,000 of the joining bonus.", and for a
/// second-year bonus when it is paid and until when it is at risk, for each offer with one
/// ("With offer B, leave before …" when there are two offers).
fn clawback(start: Month, runs: &[Run]) -> String {
    let offers = runs.iter().filter(|r| r.key != "stay").count();
    let month = |m: i32| start.plus(m).first_day().month_words();
    let mut out = String::new();
    for r in runs.iter().filter(|r| r.key != "stay" && r.terms.clawback_months > 0) {
        let months = r.terms.clawback_months;
        // What leaving in the month of joining owes: the joining bonus, by the model's rule.
        let (join, join2) = (owed_on_leaving(&r.terms, 1), r.terms.second_year_bonus);
        // "Leave …" for the one offer; "With offer B, leave …" when there are two.
        let (with, leave, the, the_second) = match offers {
            1 => (String::new(), "Leave", "the", "The"),
            _ => (format!("With {}, ", r.phrase), "leave", "its", "its"),
        };
        if join > 0.0 {
            out += &format!(
                " {with}{leave} before {} and you repay up to {} of {the} joining bonus.",
                month(months),
                rupees(join.round())
            );
        }
        if join2 > 0.0 {
            out += &format!(
                " {with}{the_second} second-year bonus of {}, paid in {}, is repaid if you leave before {}.",
                rupees(join2.round()),
                month(12),
                month(12 + months)
            );
        }
    }
    out.trim_start().to_string()
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

    /// A figure the section shows ("₹1,89,090"), in whole rupees.
    fn rupees_in(text: &str) -> i64 {
        text.replace(['₹', ','], "").parse().expect("a figure in rupees")
    }

    #[test]
    fn one_offer_against_staying_answers_in_one_sentence() {
        let t = on("?city=bengaluru&offer=21.5&var=15&join=2&current=14");
        assert_eq!(
            t.lead,
            "From January 2027 to March 2031, offer A leaves ₹22,06,644 more than staying, \
             ₹1,89,090 of it by 31 March 2027."
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
            "From January 2027 to March 2031, offer B leaves ₹2,77,314 more than offer A, \
             though offer A leaves ₹75,662 more by 31 March 2027."
        );
        assert_eq!(
            t.clawback,
            "With offer A, leave before January 2028 and you repay up to ₹2,00,000 of its joining bonus."
        );
        assert_eq!(t.choices.iter().map(|c| c.key).collect::<Vec<_>>(), ["stay", "a", "b"]);
        assert_eq!(t.choices[2].sum.total, "₹84,25,008");
        let chart = &t.chart;
        assert!(
            chart.summary.starts_with(
                "By the end of March 2031: staying keeps ₹59,41,050 in all, offer A ₹81,47,694 and \
                 offer B ₹84,25,008. Offer B is ahead of staying from January 2027, the month of joining. \
                 Offer B draws ahead of offer A in "
            ),
            "{}",
            chart.summary
        );
        assert_eq!((chart.from.as_str(), chart.to.as_str()), ("April 2026", "March 2031"));
        // The table's rows are the running sums of the tax years' totals: 2026-27's, then
        // 2026-27's and 2027-28's (₹13,77,299.66 + ₹16,92,598.63 = ₹30,69,898.29 for offer A),
        // and so on.
        let years: Vec<_> = chart.rows.iter().map(|r| r.0.as_str()).collect();
        assert_eq!(years, ["March 2027", "March 2028", "March 2029", "March 2030", "March 2031"]);
        assert_eq!(chart.rows[0].1, ["₹11,88,210", "₹13,77,300", "₹13,01,638"]);
        assert_eq!(chart.rows[1].1[1], "₹30,69,898");
        assert_eq!(chart.rows[4].1, ["₹59,41,050", "₹81,47,694", "₹84,25,008"]);
        // The month named is where B's line rises above A's for good.
        let (a, b) = (&chart.lines[1].1, &chart.lines[2].1);
        let named = chart.summary.rsplit(" in ").next().unwrap().trim_end_matches('.');
        let i = (0..a.len()).find(|&i| {
            crate::tax::Month { year: 2026, month: 4 }.plus(i as i32).first_day().month_words() == named
        });
        let i = i.expect("a month of the chart");
        assert!(b[i] > a[i] && b[i - 1] <= a[i - 1] && (i..a.len()).all(|j| b[j] > a[j]));
    }

    #[test]
    fn the_sentence_names_the_choice_that_leaves_more_and_what_the_year_of_joining_says() {
        // ₹20 L now in Pune, and offers of ₹17.9 L and ₹19.5 L there, each with a ₹5 L joining
        // bonus (e2e/law.mjs's fourYears: staying keeps ₹77,59,800, ₹15,51,960 in 2026-27; the
        // offers ₹75,43,694.63 and ₹80,01,650.63, ₹19,02,172.63 and ₹19,26,880.63 in 2026-27).
        assert_eq!(
            on("?city=pune&offer=17.9&join=5&current=20").lead,
            "From January 2027 to March 2031, staying leaves ₹2,16,105 more than offer A, \
             though offer A leaves ₹3,50,213 more by 31 March 2027."
        );
        assert_eq!(
            on("?city=pune&offer=19.5&join=5&current=20").lead,
            "From January 2027 to March 2031, offer A leaves ₹2,41,851 more than staying: \
             ₹3,74,921 more by 31 March 2027, and ₹1,33,070 less after it."
        );
        // Two offers that staying beats: it is named too.
        let both = on("?city=pune&offer=17.9&join=5&current=20&b.city=pune&b.offer=17.9&b.join=5");
        let ahead = rupees_in(&both.choices[0].sum.total) - rupees_in(&both.choices[1].sum.total);
        assert!(ahead > 0);
        assert_eq!(
            both.lead,
            format!(
                "From January 2027 to March 2031, offer A and offer B leave the same after tax. Staying \
                 leaves {} more than either.",
                rupees(ahead as f64)
            )
        );
        let lower = on("?city=pune&offer=17.9&join=5&current=20&b.city=pune&b.offer=17.9");
        assert!(lower.lead.ends_with(" Staying leaves ₹2,16,105 more than offer A."), "{}", lower.lead);
    }

    #[test]
    fn an_april_start_has_no_months_before_it() {
        let t = texts(
            &Session::open("?city=pune&offer=12&current=10").link,
            Date::parse("2027-03-10").unwrap(),
            tax_years(),
        );
        assert!(t.assumptions.contains("It starts a tax year, so no months before it count."));
        assert!(t.lead.starts_with("From April 2027 to March 2032, offer A leaves "), "{}", t.lead);
        assert!(
            t.chart.summary.ends_with("Offer A is ahead of staying from April 2027, the month of joining."),
            "{}",
            t.chart.summary
        );
    }

    #[test]
    fn without_an_offer_there_is_nothing_to_show_and_without_a_current_ctc_it_is_said() {
        let none = on("?city=pune&current=14");
        assert!(none.choices.is_empty() && none.lead.is_empty() && none.chart.lines.is_empty());
        let t = on("?city=pune&offer=12");
        assert!(t.assumptions.contains("Without a current CTC, the months before it count as nothing."));
        assert!(t.lead.starts_with("From January 2027 to March 2031, offer A leaves ₹"));
        assert_eq!(t.clawback, "");
    }
    /// Offer A's rows against case `name` of `years-cases.json`, the law worked out again by
    /// e2e/law.mjs (not by this code): each year's tax and total, to the rupee.
    fn agrees(t: &Texts, name: &str) {
        choice_agrees(t, "a", name)
    }

    /// The rows of the choice `key` ("stay", "a", "b") against case `name`, as `agrees`.
    fn choice_agrees(t: &Texts, key: &str, name: &str) {
        let cases: serde_json::Value =
            serde_json::from_str(include_str!("../tax/years-cases.json")).expect("JSON");
        let rows = cases["cases"][name]["rows"].as_array().unwrap_or_else(|| panic!("no case {name}"));
        let a = t.choices.iter().find(|c| c.key == key).unwrap_or_else(|| panic!("no choice {key}"));
        assert_eq!(a.rows.len(), rows.len(), "{name}");
        for (row, want) in a.rows.iter().zip(rows) {
            let year = want[0].as_str().unwrap();
            assert_eq!(row.year, year, "{name}");
            assert_eq!(row.tax, rupees(want[1].as_f64().unwrap().round()), "{name}, {year}: tax");
            assert_eq!(row.total, rupees(want[2].as_f64().unwrap().round()), "{name}, {year}: total");
        }
    }

    #[test]
    fn staying_is_the_current_job_on_its_own_structure_city_and_rent() {
        // The current job in Pune, 10% variable, basic 40%, PF capped, ₹20,000 rent; the
        // offer in Bengaluru with ₹30,000 rent. Staying's rows are case "stay-own-terms",
        // which e2e/law.mjs works out on the current job's own terms.
        let t = on("?city=bengaluru&offer=21.5&var=15&current=14&now.city=pune&now.basic=40&now.pf=capped\
             &now.var=10&now.rent=20000&rent=30000&start=2027-01");
        choice_agrees(&t, "stay", "stay-own-terms");
        assert!(t.assumptions.contains("staying pays its variable pay in full on each anniversary"));
    }

    #[test]
    fn every_term_a_link_carries_reaches_the_four_years_as_the_law_works_them_out() {
        // The cases' terms, written as a link: a grant with growth; the same grant large enough
        // to pass a surcharge threshold; an April start with both bonuses, an 80% payout and
        // raises of 8%.
        agrees(&on("?city=bengaluru&offer=30&rsu=20&vest=5/15/40/40&growth=10"), "grant-growth");
        agrees(&on("?city=bengaluru&offer=40&rsu=81+L&vest=5-15-40-40&growth=10%25"), "grant-surcharge");
        let april = on("?city=bengaluru&offer=25&var=20&join=2&join2=1&payout=80&raise=8&start=2027-04");
        agrees(&april, "bonuses-raises");
        assert!(
            april.assumptions.starts_with(
                "Joining in April 2027, as you set, with a raise of 8% at each anniversary, variable \
                 pay at 80% of its target on each anniversary and no stock."
            ),
            "{}",
            april.assumptions
        );
        assert_eq!(
            april.clawback,
            "Leave before April 2028 and you repay up to ₹2,00,000 of the joining bonus. The \
             second-year bonus of ₹1,00,000, paid in April 2028, is repaid if you leave before April 2029."
        );
        // The stock column shows only where a grant vests.
        let grant = on("?city=bengaluru&offer=30&rsu=20&vest=5-15-40-40&growth=10");
        assert!(grant.has_stock && !april.has_stock);
        assert!(
            grant.assumptions.contains(" and the share price rising 10% a year."),
            "{}",
            grant.assumptions
        );
    }

    #[test]
    fn a_grant_in_dollars_counts_as_its_rupees_at_the_rate_and_the_rate_is_said() {
        let total = |t: &Texts| t.choices.iter().find(|c| c.key == "a").unwrap().sum.total.clone();
        // $40,000 at ₹90 is ₹36,00,000, ₹36 L; at the default, ₹90.40, it is ₹36,16,000.
        let at_90 = on("?city=pune&offer=30&rsu=40000usd&usd=90");
        assert_eq!(total(&at_90), total(&on("?city=pune&offer=30&rsu=36")));
        let at_default = on("?city=pune&offer=30&rsu=%2440%2C000");
        assert_eq!(total(&at_default), total(&on("?city=pune&offer=30&rsu=36.16")));
        assert!(
            at_default.assumptions.contains(
                " A grant in dollars is counted at ₹90.40 a dollar, FBIL’s reference rate for 5 February \
                 2026 (₹90.3957) to the paisa, the latest this page found;"
            ),
            "{}",
            at_default.assumptions
        );
        assert!(at_90.assumptions.contains(" A grant in dollars is counted at ₹90 a dollar, as you set;"));
        // A grant in rupees says no rate.
        assert!(!on("?city=pune&offer=30&rsu=36").assumptions.contains("dollar"));
        // With a grant, what its shares bring after they vest is named as left out; without one,
        // not at all.
        assert!(at_90.assumptions.ends_with(
            " Shares count at their value as they vest: what selling them later brings (capital \
             gains, taxed apart) is left out, and so is reporting shares of a company abroad as \
             foreign assets in your return, which a resident must do."
        ));
        assert!(!on("?city=pune&offer=30").assumptions.contains("capital gains"));
    }

    #[test]
    fn a_buyout_costs_the_offers_and_a_forfeit_is_paid_to_staying() {
        let base = on("?city=pune&offer=20&current=15&start=2027-04");
        let both = on("?city=pune&offer=20&current=15&start=2027-04&buyout=1&forfeit=3");
        let total = |t: &Texts, key: &str| t.choices.iter().find(|c| c.key == key).unwrap().sum.total.clone();
        // The buyout is paid from cash in the month of joining, so offer A keeps ₹1,00,000 less.
        assert_eq!(rupees_in(&total(&base, "a")) - rupees_in(&total(&both, "a")), 100_000);
        // The forfeit is salary for staying at the first anniversary: more kept, less than ₹3 L.
        let gained = rupees_in(&total(&both, "stay")) - rupees_in(&total(&base, "stay"));
        assert!(gained > 200_000 && gained < 300_000, "{gained}");
    }

    #[test]
    fn the_assumptions_name_each_offer_s_terms_and_only_the_offers_worked_out() {
        // Profile B without an offer is not worked out: its payout and grant are not said.
        let no_b = on("?city=pune&offer=20&var=10&payout=80&b.city=pune&b.rsu=10&growth=5");
        assert!(
            no_b.assumptions
                .contains(", variable pay at 80% of its target on each anniversary and no stock."),
            "{}",
            no_b.assumptions
        );
        let two =
            on("?city=pune&offer=20&var=10&payout=80&b.city=pune&b.offer=22&b.var=10&b.rsu=10&growth=-10");
        assert!(
            two.assumptions.contains(
                ", variable pay at 80% of its target for offer A and 100% for offer B on each anniversary \
                 and the share price falling 10% a year."
            ),
            "{}",
            two.assumptions
        );
        // Without variable pay, nothing is said of it.
        let fixed = on("?city=pune&offer=20");
        assert!(fixed.assumptions.contains(", with no raise and no stock."), "{}", fixed.assumptions);
    }
}
