//! Two offers side by side, "which pays more": each against the market for its own profile,
//! its monthly pay in hand under its better regime, its first year's cash (with the variable
//! pay and a joining bonus after the tax they bring), the hike over the current pay, where
//! its CTC goes, and one sentence that says which pays more. Pure, on the law of `tax`.

use crate::amount;
use crate::data::TaxRules;
use crate::display::hike::hike;
use crate::display::lead::{in_hand, regime};
use crate::display::offer::position_text;
use crate::format::{rupees, rupees_of};
use crate::model::Estimate;
use crate::tax::{one_time_tax, Better, Comparison, PayInHand};

/// One offer, as the link gives it and the law works it out.
pub struct Offer<'a> {
    /// Its CTC, in lakh.
    pub ctc: f64,
    /// Its joining bonus, in lakh.
    pub join: Option<f64>,
    /// The market estimate for its own profile.
    pub estimate: &'a Estimate,
    /// Both regimes for it, on its own structure, city and rent, with the shared claims.
    pub pay: &'a Comparison,
}

/// What one offer comes to, in rupees (unrounded), under its better regime.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Worked {
    /// Pay in hand a month on the fixed pay.
    pub monthly: f64,
    /// Twelve months in hand, the variable pay and the joining bonus after the tax they bring.
    pub first_year: f64,
    /// "new" or "old".
    pub regime: &'static str,
}

/// The offer worked out under its better regime (the new one on a tie).
pub fn worked(rules: &TaxRules, offer: &Offer) -> Worked {
    let (pay, regime) = offer.pay.chosen(rules);
    let bonus = rupees_of(offer.join.unwrap_or(0.0));
    let bonus_net = bonus - one_time_tax(rules, regime, pay, bonus);
    Worked {
        monthly: pay.per_month,
        first_year: pay.per_year + pay.variable_net + bonus_net,
        regime: match offer.pay.better {
            Better::Old => "old",
            Better::New | Better::Same => "new",
        },
    }
}

/// One offer's texts, each a test id of the section: `offer-a-monthly`, …
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Side {
    /// "₹1,07,133"
    pub monthly: String,
    /// "new" or "old"
    pub regime: &'static str,
    /// "₹13,20,482"
    pub first_year: String,
    /// "35% above the estimate of ₹14.1 L, above its range ₹11.3 L to ₹17.0 L"
    pub position: String,
    /// "27% more in hand a month than now"; empty without a current CTC.
    pub hike: String,
}

/// What the section says.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Texts {
    pub a: Side,
    pub b: Side,
    pub verdict: String,
}

/// The texts for offers `a` and `b`, with the current CTC's pay (on the current job's own
/// terms, `Own::current_job`) when there is one.
pub fn texts(rules: &TaxRules, a: &Offer, b: &Offer, current: Option<&Comparison>) -> Texts {
    let (wa, wb) = (worked(rules, a), worked(rules, b));
    let side = |offer: &Offer, w: &Worked| Side {
        // The summary's own words for the same figure: one function for one figure.
        monthly: in_hand(offer.pay),
        regime: regime(offer.pay).0,
        first_year: rupees(w.first_year.round()),
        position: position_text(offer.ctc, offer.estimate),
        hike: current.map(|c| hike_text(chosen_pay(rules, c), offer.pay.chosen(rules).0)).unwrap_or_default(),
    };
    Texts { a: side(a, &wa), b: side(b, &wb), verdict: verdict((a, &wa), (b, &wb)) }
}

/// Only the sentence that says which pays more, as `texts` words it: all the summary needs.
/// With it, whether offer B is the one it names as paying more a month in hand.
pub fn verdict_of(rules: &TaxRules, a: &Offer, b: &Offer) -> (String, bool) {
    let (wa, wb) = (worked(rules, a), worked(rules, b));
    (verdict((a, &wa), (b, &wb)), b_pays_more(&wa, &wb))
}

/// Whether offer B pays more a month in hand than A, on the figures as shown (whole rupees a
/// month): within ₹1 a month the two pay the same.
fn b_pays_more(a: &Worked, b: &Worked) -> bool {
    b.monthly.round() - a.monthly.round() > 1.0
}

fn chosen_pay<'a>(rules: &'a TaxRules, c: &'a Comparison) -> &'a PayInHand {
    c.chosen(rules).0
}

/// "27% more in hand a month than now": the hike in monthly pay in hand, in whole percent.
fn hike_text(current: &PayInHand, offer: &PayInHand) -> String {
    let change = hike(current, offer).in_hand_percent;
    match change {
        0 => "The same in hand a month as now".to_string(),
        c if c > 0 => format!("{}% more in hand a month than now", c.unsigned_abs()),
        c => format!("{}% less in hand a month than now", c.unsigned_abs()),
    }
}

/// "Offer B pays ₹6,240 more a month in hand (₹74,880 a year), though its CTC is ₹1.5 L
/// lower." On the figures as shown (whole rupees a month); within ₹1 a month they pay the
/// same. When joining bonuses turn the first year the other way, it says so too (each side's
/// first year is shown beside it in any case).
pub fn verdict(a: (&Offer, &Worked), b: (&Offer, &Worked)) -> String {
    let whole = |w: &Worked| (w.monthly.round() as i64, w.first_year.round() as i64);
    let ((ma, fa), (mb, fb)) = (whole(a.1), whole(b.1));
    let bonuses = a.0.join.is_some() || b.0.join.is_some();
    let name = |is_b: bool| if is_b { "Offer B" } else { "Offer A" };
    let b_wins = b_pays_more(a.1, b.1);
    if !b_wins && !b_pays_more(b.1, a.1) {
        // A's figure, which the summary shows beside it (the two are within ₹1 a month).
        let mut text = format!("Both offers pay the same a month in hand, {}.", rupees(ma as f64));
        if bonuses && (fb - fa).abs() > 1 {
            let b_more = fb > fa;
            text.push_str(&format!(
                " In the first year, with the joining bonuses, {} brings {} more.",
                name(b_more),
                rupees((fb - fa).unsigned_abs() as f64)
            ));
        }
        return text;
    }
    let (win, lose) = if b_wins { (b, a) } else { (a, b) };
    let monthly = (mb - ma).unsigned_abs();
    let ctc_difference = ((win.0.ctc - lose.0.ctc) * 100.0).round() / 100.0;
    let ctc = if ctc_difference < 0.0 {
        format!(", though its CTC is {} lower", amount::named(-ctc_difference))
    } else if ctc_difference > 0.0 {
        format!(", on a CTC {} higher", amount::named(ctc_difference))
    } else {
        ", on the same CTC".to_string()
    };
    let mut text = format!(
        "{} pays {} more a month in hand ({} a year){ctc}.",
        name(b_wins),
        rupees(monthly as f64),
        rupees((monthly * 12) as f64)
    );
    let (fw, fl) = if b_wins { (fb, fa) } else { (fa, fb) };
    if bonuses && fl > fw {
        text.push_str(&format!(
            " In the first year, with the joining bonuses, {} brings more: {} against {}.",
            name(!b_wins),
            rupees(fl as f64),
            rupees(fw as f64)
        ));
    }
    text
}

/// A profile's estimate in hand: "₹1,07,133 a month in hand, under the new regime".
pub fn estimate_in_hand(c: &Comparison) -> String {
    format!("{} a month in hand, under the {} regime", in_hand(c), regime(c).0)
}

/// The parts of a CTC, in the chart's order.
pub const PART_NAMES: [&str; 7] = [
    "In hand, twelve months",
    "Income tax",
    "Your PF",
    "Employer’s PF",
    "Gratuity",
    "Professional tax",
    "Variable pay, after its tax",
];

/// Where a CTC goes in a year, under the offer's better regime, rupees (unrounded), in the
/// order of `PART_NAMES`; the parts add up to the CTC.
pub fn parts(pay: &PayInHand) -> [(&'static str, f64); 7] {
    let s = &pay.split;
    let values = [
        pay.per_year,
        pay.due.total() + pay.variable_tax,
        s.employee_pf,
        s.employer_pf,
        s.gratuity,
        pay.professional_tax,
        pay.variable_net,
    ];
    std::array::from_fn(|i| (PART_NAMES[i], values[i]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::dataset;
    use crate::filters::decode;
    use crate::model::Model;
    use crate::tax::test_rules::year_2026_27;
    use crate::tax::{compare, Claims, PfMode, Structure};

    fn estimate(query: &str) -> Estimate {
        Model::from_dataset(dataset()).estimate(&decode(query, dataset()).link.selection.inputs())
    }

    fn pay(ctc_lakh: f64, structure: Structure, claims: &Claims, city: &str) -> Comparison {
        compare(year_2026_27(), rupees_of(ctc_lakh), &structure, claims, Some(city))
    }

    #[test]
    fn the_parts_of_a_ctc_add_up_to_it() {
        for (ctc, variable, pf) in
            [(19.0, 15.0, PfMode::Full), (17.5, 0.0, PfMode::Capped), (120.0, 10.0, PfMode::None)]
        {
            let structure = Structure { variable_percent: variable, pf, ..Structure::default() };
            let c = pay(ctc, structure, &Claims::default(), "pune");
            for p in [&c.new, &c.old] {
                let sum: f64 = parts(p).iter().map(|(_, v)| v).sum();
                assert!((sum - rupees_of(ctc)).abs() < 0.01, "{ctc}: {sum}");
            }
        }
    }

    #[test]
    fn the_first_year_adds_the_variable_pay_and_the_bonus_after_their_tax() {
        let rules = year_2026_27();
        let e = estimate("role=senior-backend-developer&city=bengaluru");
        let structure = Structure { variable_percent: 15.0, ..Structure::default() };
        let c = pay(19.0, structure, &Claims::default(), "bengaluru");
        let without = worked(rules, &Offer { ctc: 19.0, join: None, estimate: &e, pay: &c });
        let with = worked(rules, &Offer { ctc: 19.0, join: Some(2.0), estimate: &e, pay: &c });
        let (p, _) = c.chosen(rules);
        assert!((without.first_year - (p.per_year + p.variable_net)).abs() < 1e-6);
        // The bonus reaches the slabs above the fixed and variable pay: it keeps less than ₹2 L.
        let kept = with.first_year - without.first_year;
        assert!(kept > 100_000.0 && kept < 200_000.0, "{kept}");
        assert_eq!(with.monthly, without.monthly);
    }

    #[test]
    fn the_verdict_names_the_offer_that_pays_more_and_the_ctc_when_it_goes_the_other_way() {
        let rules = year_2026_27();
        let ea = estimate("role=senior-backend-developer&city=bengaluru");
        let eb = estimate("role=senior-backend-developer&city=pune");
        let claims = Claims::default();
        let ca =
            pay(19.0, Structure { variable_percent: 15.0, ..Structure::default() }, &claims, "bengaluru");
        let cb = pay(17.5, Structure::default(), &claims, "pune");
        let a = Offer { ctc: 19.0, join: None, estimate: &ea, pay: &ca };
        let b = Offer { ctc: 17.5, join: None, estimate: &eb, pay: &cb };
        let t = texts(rules, &a, &b, None);
        let (wa, wb) = (worked(rules, &a), worked(rules, &b));
        let difference = (wb.monthly.round() - wa.monthly.round()) as i64;
        assert!(difference > 1, "B's all-fixed ₹17.5 L pays more a month than A's ₹19 L with 15% variable");
        assert_eq!(
            t.verdict,
            format!(
                "Offer B pays {} more a month in hand ({} a year), though its CTC is ₹1.5 L lower.",
                rupees(difference as f64),
                rupees((difference * 12) as f64)
            )
        );
        assert_eq!(t.a.hike, "");
        // A joining bonus that turns the first year round is named too.
        let a_bonus = Offer { join: Some(5.0), ..a };
        let t = texts(rules, &a_bonus, &b, None);
        assert!(
            t.verdict.contains(" In the first year, with the joining bonuses, Offer A brings more: "),
            "{}",
            t.verdict
        );
        // The same offer twice pays the same.
        assert_eq!(
            verdict((&b, &wb), (&b, &wb)),
            format!("Both offers pay the same a month in hand, {}.", rupees(wb.monthly.round()))
        );
    }

    #[test]
    fn each_side_stands_against_its_own_market_and_the_current_pay() {
        let rules = year_2026_27();
        let ea = estimate("role=senior-backend-developer&exp=mid&city=bengaluru&skill=python");
        let eb = estimate("role=senior-backend-developer&exp=mid&city=pune&skill=python");
        let claims = Claims::default();
        let ca = pay(19.0, Structure::default(), &claims, "bengaluru");
        let cb = pay(12.0, Structure::default(), &claims, "pune");
        let current = pay(14.0, Structure::default(), &claims, "bengaluru");
        let t = texts(
            rules,
            &Offer { ctc: 19.0, join: None, estimate: &ea, pay: &ca },
            &Offer { ctc: 12.0, join: None, estimate: &eb, pay: &cb },
            Some(&current),
        );
        assert_eq!(t.a.position, position_text(19.0, &ea));
        assert!(t.a.position.starts_with("35% above the estimate of ₹14.1 L"), "{}", t.a.position);
        assert!(t.b.position.contains("the estimate of ₹9.9 L"), "{}", t.b.position);
        assert!(t.a.hike.ends_with("% more in hand a month than now"), "{}", t.a.hike);
        assert!(t.b.hike.ends_with("% less in hand a month than now"), "{}", t.b.hike);
        assert_eq!(t.a.monthly, rupees(ca.chosen(rules).0.per_month.round()));
    }
}
