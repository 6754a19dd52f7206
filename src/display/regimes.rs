//! "Old or new regime" in words: which pays more, the break-even in its three forms, and what
//! the HRA exemption took for the city.

use crate::data::{Entry, TaxRules};
use crate::format::{rupees, trimmed};
use crate::tax::{hra_city, Better, BreakEven, Comparison, CurvePoint, HraCity};

/// "The new regime pays ₹3,114 more a month." and the like.
pub fn better_text(c: &Comparison) -> String {
    let amount = rupees(c.monthly_difference.unsigned_abs() as f64);
    match c.better {
        Better::New => format!("The new regime pays {amount} more a month."),
        Better::Old => format!("The old regime pays {amount} more a month."),
        Better::Same => "Both regimes pay the same in hand.".to_string(),
    }
}

/// The break-even in words, in one of its three forms.
pub fn break_even_text(c: &Comparison, at: BreakEven) -> String {
    match at {
        BreakEven::AlreadyAsGood => {
            "The old regime already pays as much or more with what you claim.".to_string()
        }
        BreakEven::Needs(x) => format!(
            "The old regime would need {} more in deductions a year to pay as much as the new (of {} that its limits still allow).",
            rupees(x.round()),
            rupees(c.room)
        ),
        BreakEven::Cannot { room, short } => format!(
            "The old regime cannot catch up within its limits: all {} of room left would still leave it {} a year behind.",
            rupees(room),
            rupees(short.round())
        ),
    }
}

/// What the HRA exemption took for the city, and what is not confirmed.
pub fn city_note(rules: &TaxRules, city: Option<&Entry>) -> String {
    let hra = &rules.old_regime_reliefs.hra;
    let share = |s: f64| format!("{}%", trimmed(s * 100.0));
    let listed = hra_city(rules, city.map(|c| c.slug.as_ref())) == HraCity::Listed;
    let city_part = match city {
        Some(c) if listed => {
            format!(
                "HRA is exempt up to {} of basic in {}, a city the rules list.",
                share(hra.metro_share_of_basic),
                c.name
            )
        }
        Some(c) => format!("HRA is exempt up to {} of basic in {}.", share(hra.other_share_of_basic), c.name),
        None => format!(
            "No city is chosen, so HRA is exempt up to {} of basic, as outside the cities the rules list.",
            share(hra.other_share_of_basic)
        ),
    };
    let list_note = if hra.metro_note.is_empty() { String::new() } else { format!(" {}", hra.metro_note) };
    format!("{city_part}{list_note} Both regimes are worked out on the fixed pay; the variable pay is taxed apart under each.")
}

/// The regimes' chart in words: its summary, and its table's rows (deductions, the old
/// regime's tax, the new's) at every fourth of `points`' steps, then the person's own claims
/// (`yours`: deductions, old tax) and the break-even where there is one.
pub fn chart_words(
    points: &[CurvePoint],
    yours: (f64, f64),
    crossing: Option<(f64, f64)>,
    new_tax: f64,
) -> (String, Vec<[String; 3]>) {
    let all = points.last().map_or(0.0, |q| q.deductions);
    let summary = format!(
        "Tax a year as the deductions with limits grow from none to {}: the new regime’s stays at {}; the old regime’s falls from {} to {}.",
        rupees(all),
        rupees(new_tax.round()),
        rupees(points.first().map_or(0.0, |q| q.old_tax).round()),
        rupees(points.last().map_or(0.0, |q| q.old_tax).round()),
    );
    let mut rows: Vec<[String; 3]> = points
        .iter()
        .step_by((points.len() / 4).max(1))
        .map(|q| [rupees(q.deductions.round()), rupees(q.old_tax.round()), rupees(new_tax.round())])
        .collect();
    rows.push([
        format!("Yours: {}", rupees(yours.0.round())),
        rupees(yours.1.round()),
        rupees(new_tax.round()),
    ]);
    if let Some((d, t)) = crossing {
        rows.push([format!("Break-even: {}", rupees(d.round())), rupees(t.round()), rupees(new_tax.round())]);
    }
    (summary, rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::dataset;
    use crate::tax::test_rules::year_2026_27;
    use crate::tax::{break_even, compare, curve, Claims, Structure};

    /// The worked example (tax/break_even.rs): ₹20 L in Mumbai, ₹40,000 rent, ₹30,000 in 80C:
    /// the new regime ₹1,29,330 a month, the old ₹1,26,216, so ₹3,114 more under the new, and
    /// the old needs ₹1,19,765 more in deductions of the ₹3,00,000 its limits allow.
    fn worked() -> Comparison {
        let claims = Claims { rent_monthly: 40_000.0, c80: 30_000.0, ..Claims::default() };
        compare(year_2026_27(), 2_000_000.0, &Structure::default(), &claims, Some("mumbai"))
    }

    #[test]
    fn the_worked_example_in_words() {
        let c = worked();
        assert_eq!(better_text(&c), "The new regime pays ₹3,114 more a month.");
        assert_eq!(
            break_even_text(&c, break_even(year_2026_27(), &c)),
            "The old regime would need ₹1,19,765 more in deductions a year to pay as much as the new (of ₹3,00,000 that its limits still allow)."
        );
        assert_eq!(
            break_even_text(&c, BreakEven::AlreadyAsGood),
            "The old regime already pays as much or more with what you claim."
        );
        assert_eq!(
            break_even_text(&c, BreakEven::Cannot { room: 50_000.0, short: 1_234.4 }),
            "The old regime cannot catch up within its limits: all ₹50,000 of room left would still leave it ₹1,234 a year behind."
        );
    }

    #[test]
    fn the_hra_note_names_the_city_s_class_under_rule_279() {
        let rules = year_2026_27();
        let city = |slug| dataset().city_choices.find(slug);
        // Rule 279(1): 50% of basic in the eight cities it lists, 40% anywhere else.
        assert!(city_note(rules, city("kolkata"))
            .starts_with("HRA is exempt up to 50% of basic in Kolkata, a city the rules list."));
        assert!(
            city_note(rules, city("gurugram")).starts_with("HRA is exempt up to 40% of basic in Gurugram.")
        );
        assert!(city_note(rules, None).starts_with("No city is chosen, so HRA is exempt up to 40% of basic"));
    }

    #[test]
    fn the_chart_s_words_have_its_ends_the_person_s_claims_and_the_crossing() {
        let c = worked();
        let points = curve(year_2026_27(), &c, 16);
        let yours = (c.old.deductions.limited(), c.old.due.total());
        let (summary, rows) =
            chart_words(&points, yours, Some((yours.0 + 119_765.0, c.new.due.total())), c.new.due.total());
        assert!(
            summary.starts_with("Tax a year as the deductions with limits grow from none to "),
            "{summary}"
        );
        // Five steps (every fourth of 17 points), the person's own, the crossing.
        assert_eq!(rows.len(), 7);
        assert!(rows[5][0].starts_with("Yours: "));
        assert!(rows[6][0].starts_with("Break-even: "));
        assert!(rows.iter().all(|r| r[2] == rows[0][2]), "the new regime's tax is one figure throughout");
    }
}
