//! The summary at the top of the page, in plain words: what the offer (or, without one, the
//! market estimate) pays in hand a month under its better regime, which regime that is and by
//! how much, where the offer stands against the market, and the hike from the current CTC.
//! With two offers it leads with which pays more, and its figure is that offer's; the lines
//! about offer A alone give way to "Two offers". Both stages of loading say it with these
//! functions.

use crate::amount;
use crate::data::TaxRules;
use crate::display::hike::{hike, market_against_current, Hike};
use crate::display::lead::{better_pay, in_hand, regime};
use crate::display::{headline, offer};
use crate::filters::{city_of, Job, Own, Selection};
use crate::format::{hundredths, lakh_of, rupees, trimmed, whole_percent_change};
use crate::model::Estimate;
use crate::tax::{Comparison, PayInHand, Structure};

/// Everything the summary says, as texts and flags: one value that both stages of loading
/// write, and that the view reads field by field.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Texts {
    pub title: String,
    /// With two offers, which pays more: it leads the summary; empty otherwise.
    pub offers: String,
    /// The pay in hand a month it leads with, "₹1,21,345", and the regime it is under, "new",
    /// with the words after it; empty where the pay is not worked out (yet).
    pub in_hand: String,
    pub regime: String,
    pub regime_rest: String,
    /// Where the offer stands against the market; empty without an offer, or with two.
    pub verdict: String,
    pub has_offer: bool,
    /// Whether the line about the current CTC shows: with one, and not two offers.
    pub shows_current: bool,
    /// The hike from the current CTC to the offer, in parts the view marks: "Against your
    /// current ₹14 L (read as …): ", "30%", " more CTC, ", "30%", " more in hand: …"; empty without both,
    /// or with two offers.
    pub hike: [String; 5],
    pub has_hike: bool,
    /// Without an offer, the estimate against the current CTC.
    pub against_current: String,
    pub figure: String,
    pub detail: String,
    pub range: String,
    /// With an offer, what the market estimate pays in hand a month under the new regime, as the
    /// pay section shows it: "₹98,937 a month in hand under the new regime"; empty without one.
    pub estimate_in_hand: String,
    pub profile: String,
    /// Under the summary: the amounts that came with the link and still stand; empty when none.
    pub shared: String,
    /// With a take-home wanted: the CTC to ask for, in parts the view marks ("To take home
    /// ₹1,50,000 a month, ask for ", "₹25,68,000 (₹25.68 L)", ": under the new regime …"),
    /// where it stands against the market, and the hike in CTC it means.
    pub has_ask: bool,
    pub ask: [String; 3],
    pub ask_position: String,
    pub ask_hike: String,
    /// With an offer below the estimate (and no second one): what the estimate would add a month
    /// in hand.
    pub counter: String,
    /// One offer with a joining bonus: its first year in hand with the bonus after its tax.
    pub first_year: String,
    /// For a city the survey does not list, that the estimate is the national one.
    pub no_figures: String,
    /// With an employer's NPS contribution, what it costs and saves a month (the line beside
    /// its field); empty without one.
    pub employer_nps: String,
}

/// What the summary needs: the profile and its estimate, the offer and the current CTC (lakh),
/// whether the offer came with the link, and the two regimes for the offer (or the estimate)
/// and for the current CTC, where they are worked out.
pub struct Inputs<'a> {
    /// The rules in force.
    pub rules: &'a TaxRules,
    pub selection: &'a Selection,
    /// The offer's terms as the link gives them: its joining bonus and salary structure.
    pub job: &'a Job,
    pub estimate: &'a Estimate,
    pub offer: Option<f64>,
    pub current: Option<f64>,
    /// The person's own terms: the current job's structure and city among them.
    pub own: &'a Own,
    pub offer_from_the_link: bool,
    pub lead: Option<&'a Comparison>,
    pub current_pay: Option<&'a Comparison>,
    /// The estimate (as shown) under the new regime, with an offer.
    pub estimate_pay: Option<&'a PayInHand>,
    /// The line about a shared link's amounts (`link_privacy::shared_line`).
    pub shared: Option<String>,
    /// The take-home wanted a month (0: none), and both regimes at the least CTC that pays it
    /// (`tax::least_ctc`; `None` where none up to the limit does).
    pub want: f64,
    pub ask: Option<&'a Comparison>,
    /// Both regimes at the estimate as shown, with an offer below it: for the counter-offer.
    pub estimate_lead: Option<&'a Comparison>,
    /// The employer's NPS a year and the tax a year it saves, for offer A's CTC (or the estimate).
    pub employer_nps: (f64, f64),
    /// With two offers, which pays more.
    pub offers: Option<TwoOffers<'a>>,
}

/// Two offers, as the summary says them: the sentence that says which pays more
/// (`offers::verdict`), and B's two regimes where B is the one that pays more, so that the
/// summary's figure is the offer its sentence names.
pub struct TwoOffers<'a> {
    pub verdict: String,
    pub b_leads: Option<&'a Comparison>,
}

/// The summary's texts.
pub fn texts(i: &Inputs) -> Texts {
    // With two offers, the figure is the one the verdict names; the lines about offer A alone
    // (where it stands, the hike, the counter-offer) give way to "Two offers", which has both.
    let two = i.offers.as_ref();
    let one_offer = two.is_none();
    let figure = two.and_then(|t| t.b_leads).or(i.lead);
    let (regime, regime_rest) = figure.map(regime).map(|(w, rest)| (w.to_string(), rest)).unwrap_or_default();
    let hike = match (i.lead, i.current_pay, i.current, i.offer) {
        _ if !one_offer => None,
        (Some(lead), Some(now), Some(current), Some(_)) => {
            let [ctc, more_ctc, in_hand, rest] = offer_hike(now, lead).parts();
            Some([against_current_ctc(current, i.own), ctc, more_ctc, in_hand, rest])
        }
        _ => None,
    };
    let against_current = match (i.offer, i.current) {
        (None, Some(current)) => estimate_against_current(i.estimate.lakh, current),
        _ => String::new(),
    };
    Texts {
        title: title(i.offer, two.is_some(), i.offer_from_the_link),
        offers: two.map(|t| t.verdict.clone()).unwrap_or_default(),
        in_hand: figure.map(in_hand).unwrap_or_default(),
        regime,
        regime_rest,
        verdict: i
            .offer
            .filter(|_| one_offer)
            .map(|o| offer::position_text(o, i.estimate))
            .unwrap_or_default(),
        has_offer: i.offer.is_some(),
        shows_current: i.current.is_some() && one_offer,
        has_hike: hike.is_some(),
        hike: hike.unwrap_or_default(),
        against_current,
        figure: headline::figure(i.estimate),
        detail: headline::detail(i.estimate),
        range: headline::range(i.estimate),
        estimate_in_hand: match (i.offer, i.estimate_pay) {
            (Some(_), Some(pay)) => {
                format!("{} a month in hand under the new regime", rupees(pay.per_month.round()))
            }
            _ => String::new(),
        },
        profile: headline::profile(i.selection),
        shared: i.shared.clone().unwrap_or_default(),
        has_ask: i.want > 0.0,
        ask: if i.want > 0.0 { ask_parts(i.want, i.ask) } else { Default::default() },
        ask_position: i
            .ask
            .map(|a| format!("That is {}.", offer::position_text(ctc_lakh(a), i.estimate)))
            .unwrap_or_default(),
        ask_hike: match (i.ask, i.current) {
            (Some(a), Some(current)) => ask_hike(ctc_lakh(a), current),
            _ => String::new(),
        },
        counter: match (i.offer, i.lead, i.estimate_lead) {
            _ if !one_offer => String::new(),
            (Some(offer), Some(lead), Some(at_estimate)) => {
                counter_offer(offer, i.estimate, lead, at_estimate)
            }
            _ => String::new(),
        },
        first_year: first_year_line(i),
        no_figures: headline::no_figures(i.selection),
        employer_nps: employer_nps_line(i.employer_nps),
    }
}

/// "With its ₹2 L joining bonus, the first year brings ₹17,10,360 in hand.": one offer's
/// twelve months in hand, its variable pay and its bonus, each after the tax it brings, under
/// its better regime (as two offers' first years are worked, `offers::worked`). Empty without a
/// bonus, and with two offers, whose section shows each first year.
fn first_year_line(i: &Inputs) -> String {
    let (Some(ctc), Some(join), Some(pay), None) = (i.offer, i.job.join, i.lead, &i.offers) else {
        return String::new();
    };
    let offer = crate::display::offers::Offer { ctc, join: Some(join), estimate: i.estimate, pay };
    let first_year = crate::display::offers::worked(i.rules, &offer).first_year;
    format!(
        "With its {} joining bonus, the first year brings {} in hand.",
        amount::named(join),
        rupees(first_year.round())
    )
}

/// "₹14,583 a month into NPS; ₹3,792 a month less tax."; empty without a contribution.
pub fn employer_nps_line((contribution, saved): (f64, f64)) -> String {
    if contribution <= 0.0 {
        return String::new();
    }
    format!(
        "{} a month into NPS; {} a month less tax.",
        rupees((contribution / 12.0).round()),
        rupees((saved / 12.0).round())
    )
}

/// The CTC a comparison was worked out for, in lakh.
fn ctc_lakh(c: &Comparison) -> f64 {
    lakh_of(c.new.split.ctc)
}

/// "To take home ₹1,50,000 a month, ask for ", "₹25,68,000 (₹25.68 L)", ": under the new
/// regime it pays ₹1,50,012 a month in hand."; or, where no CTC up to the limit pays it, says so.
pub fn ask_parts(want: f64, ask: Option<&Comparison>) -> [String; 3] {
    let lead = format!("To take home {} a month, ask for ", rupees(want));
    match ask {
        Some(a) => [
            lead,
            format!("{} ({})", rupees(a.new.split.ctc), amount::named(ctc_lakh(a))),
            format!(": under the {} regime it pays {} a month in hand.", regime(a).0, in_hand(a)),
        ],
        None => {
            [lead, "more than ₹50 Cr".to_string(), ": no CTC this page reads pays that much.".to_string()]
        }
    }
}

/// "A hike of 83% in CTC over your current ₹14 L."
pub fn ask_hike(ask_lakh: f64, current_lakh: f64) -> String {
    let change = whole_percent_change(hundredths(current_lakh), hundredths(ask_lakh));
    let current = amount::named(current_lakh);
    match change {
        0 => format!("The same CTC as your current {current}."),
        c if c > 0 => format!("A hike of {}% in CTC over your current {current}.", c.unsigned_abs()),
        c => format!("{}% less CTC than your current {current}.", c.unsigned_abs()),
    }
}

/// With an offer below the market estimate (as shown): "The market estimate for this profile is
/// ₹14.1 L: ₹2.1 L more than the offer, which would add ₹11,210 a month in hand." Each CTC under
/// its better regime, on the same structure and claims. Empty for an offer at or above it.
pub fn counter_offer(offer: f64, estimate: &Estimate, lead: &Comparison, at_estimate: &Comparison) -> String {
    let shown = estimate.shown();
    let more = hundredths(shown) - hundredths(offer);
    if more <= 0 {
        return String::new();
    }
    let add = better_pay(at_estimate).per_month.round() - better_pay(lead).per_month.round();
    let gain = if add >= 1.0 {
        format!("which would add {} a month in hand", rupees(add))
    } else {
        // Just above the rebate's edge a rupee more of CTC can cost more than a rupee of tax.
        "though it would pay no more a month in hand: the tax would take the difference".to_string()
    };
    format!(
        "The market estimate for this profile is {}: {} more than the offer, {gain}.",
        amount::named(shown),
        amount::named(more as f64 / 100.0),
    )
}

/// The summary's heading: "Your offer of ₹19 L", "The offer in this link: ₹19 L" (when it
/// came with the link and is still as it came), "Your two offers" (each CTC is in "Two offers"
/// and the form; a link's words for it would cost the first stage bytes it has not), or
/// "Estimated salary" without one.
pub fn title(offer: Option<f64>, two_offers: bool, from_the_link: bool) -> String {
    match offer {
        Some(_) if two_offers => "Your two offers".to_string(),
        Some(lakh) if from_the_link => format!("The offer in this link: {}", amount::named(lakh)),
        Some(lakh) => format!("Your offer of {}", amount::named(lakh)),
        None => "Estimated salary".to_string(),
    }
}

/// The hike in monthly pay in hand from the current CTC to the offer, each under its better
/// regime: one figure wherever the page shows it.
pub fn offer_hike(current: &Comparison, offer: &Comparison) -> Hike {
    hike(better_pay(current), better_pay(offer))
}

/// What the hike is against, with the structure and city the current job is worked on
/// (`Own::current_job`): what the link gives, then what is assumed, "read as": "Against your
/// current ₹14 L (read as all fixed, basic 50%, full PF): ", "… (10% variable, in Pune; read
/// as basic 50%, full PF): ".
pub fn against_current_ctc(current_lakh: f64, own: &Own) -> String {
    let (now, default) = (&own.now, Structure::DEFAULT);
    let pay = match now.variable_percent {
        0.0 => "all fixed".to_string(),
        share => trimmed(share) + "% variable",
    };
    let basic = "basic ".to_string() + &trimmed(now.basic_percent) + "%";
    let pf = ["full PF", "PF capped", "PF on the Code’s wages", "no PF"][now.pf as usize];
    // Pushed in a loop: collecting and joining lists would weigh on the first stage.
    let (mut given, mut assumed) = (String::new(), String::new());
    for (part, set) in [
        (pay.as_str(), now.variable_percent != default.variable_percent),
        (&basic, now.basic_percent != default.basic_percent),
        (pf, now.pf != default.pf),
    ] {
        let list = if set { &mut given } else { &mut assumed };
        if !list.is_empty() {
            *list += ", ";
        }
        *list += part;
    }
    if let Some(city) = city_of(own.now_city) {
        given += if given.is_empty() { "in " } else { ", in " };
        given += &city.name;
    }
    if !assumed.is_empty() {
        given += if given.is_empty() { "read as " } else { "; read as " };
        given += &assumed;
    }
    format!("Against your current {} ({given}): ", amount::named(current_lakh))
}

/// Without an offer, the market estimate (as shown) against the current CTC, both in lakh.
pub fn estimate_against_current(estimate_lakh: f64, current_lakh: f64) -> String {
    format!("{}.", market_against_current(estimate_lakh, current_lakh))
}

/// What the survey's figures are, where an offer is set against them.
pub const SURVEY_FIGURES: &str =
    "The survey's figures are average annual salaries, not said to be CTC or fixed pay.";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tax::test_rules::{comparison, on as year_on};
    use crate::tax::Claims;

    #[test]
    fn one_offer_s_first_year_counts_its_joining_bonus_after_tax() {
        // ₹20 L in Bengaluru, default structure, new regime: gross ₹18,31,900 (less PF
        // ₹1,20,000 and gratuity ₹48,100), taxable ₹17,56,900, tax 1.04 × 1,51,380 rounded to
        // ₹1,57,440; in hand 18,31,900 − 1,20,000 − 1,57,440 − 2,500 = ₹15,51,960 a year. The
        // ₹2 L bonus: tax on ₹19,56,900 is 1.04 × 1,91,380 rounded to ₹1,99,040, ₹41,600 more,
        // so ₹1,58,400 kept: ₹17,10,360 in the first year.
        let page =
            |query: &str| crate::page::page(&crate::page::Session::open(query), &year_on("2026-12-01"));
        let with = page("city=bengaluru&offer=20&join=2");
        assert_eq!(
            with.summary.first_year,
            "With its ₹2 L joining bonus, the first year brings ₹17,10,360 in hand."
        );
        assert_eq!(page("city=bengaluru&offer=20").summary.first_year, "");
        // Two offers: the section shows each first year, and the verdict weighs the bonuses.
        assert_eq!(page("city=bengaluru&offer=20&join=2&b.offer=19&compare=1").summary.first_year, "");
    }

    #[test]
    fn the_counter_offer_says_what_the_estimate_adds_or_that_it_adds_nothing() {
        let none = Claims::default();
        let e = crate::model::Model::from_dataset(crate::data::dataset()).estimate(
            &crate::filters::decode(
                "role=senior-backend-developer&city=bengaluru&skill=python&exp=mid",
                crate::data::dataset(),
            )
            .link
            .selection
            .inputs(),
        );
        let at_estimate = comparison(14.1, &none, "bengaluru");
        // ₹12 L pays ₹11,210 less a month than the estimate's ₹14.1 L.
        let twelve = comparison(12.0, &none, "bengaluru");
        let add = at_estimate.new.per_month.round() - twelve.new.per_month.round();
        assert_eq!(
            counter_offer(12.0, &e, &twelve, &at_estimate),
            format!("The market estimate for this profile is ₹14.1 L: ₹2.1 L more than the offer, which would add {} a month in hand.", rupees(add))
        );
        // ₹13.9 L is still under the rebate: the estimate's ₹14.1 L pays no more in hand.
        let just_under = comparison(13.9, &none, "bengaluru");
        assert!(just_under.new.per_month.round() >= at_estimate.new.per_month.round());
        assert!(counter_offer(13.9, &e, &just_under, &at_estimate)
            .ends_with("though it would pay no more a month in hand: the tax would take the difference."));
        assert_eq!(counter_offer(14.1, &e, &at_estimate, &at_estimate), "");
    }

    #[test]
    fn the_title_says_whose_offer_it_is() {
        assert_eq!(title(Some(19.0), false, false), "Your offer of ₹19 L");
        assert_eq!(title(Some(19.0), false, true), "The offer in this link: ₹19 L");
        assert_eq!(title(None, false, true), "Estimated salary");
        assert_eq!(title(Some(19.0), true, true), "Your two offers");
        assert_eq!(title(Some(19.0), true, false), "Your two offers");
    }

    #[test]
    fn the_hike_is_taken_between_the_better_regimes() {
        let none = Claims::default();
        let (current, offer) = (comparison(10.0, &none, "bengaluru"), comparison(13.0, &none, "bengaluru"));
        assert_eq!(
            offer_hike(&current, &offer).text(),
            "30% more CTC, 30% more in hand: ₹21,399 more a month"
        );
        assert_eq!(
            estimate_against_current(14.1, 10.0),
            "The market estimate for this profile is 41% above your current CTC."
        );
    }
}
