//! The amounts a link carries, in words: next to Copy link, which private amounts the link
//! would share, so nobody shares their pay without knowing; and at the top, which of them came
//! with a link someone sent, so nobody takes them for their own. Pure, so the first stage and
//! the app say the same.

use crate::amount;
use crate::filters::{Field, Job, Kind, Link, Own, Param, Profile};
use crate::format::{group_en_in, trimmed};

/// What Copy link says when the clipboard took the link.
pub const COPIED: &str = "Link copied. Anyone who opens it sees this estimate.";
/// What it says when the browser refused: the link is then selected in a field.
pub const COPY_REFUSED: &str =
    "Your browser did not allow copying. The link is selected below: copy it by hand.";

/// Every term the link sets away from its default, with its value in words, in the link's
/// order: profile A's, then profile B's job's in compare mode.
fn terms(link: &Link) -> Vec<(Field, String)> {
    let own_default = Own::default();
    let a = Param::ALL.iter().map(|&p| (Field::Param(Profile::A, p), value_words(p, &link.job, &link.own)));
    let b = Param::ALL
        .iter()
        .filter(|p| link.compare.is_some() && p.in_job())
        .map(|&p| (Field::Param(Profile::B, p), value_words(p, &link.b_job, &own_default)));
    a.chain(b).filter_map(|(field, words)| Some((field, words?))).collect()
}

/// How a term is named: "offer", "profile B’s offer", "PF" (from "the PF").
fn term_name(field: Field) -> String {
    let Field::Param(profile, param) = field else { return String::new() };
    let noun = param.row().noun;
    let noun = noun.strip_prefix("the ").unwrap_or(noun);
    match profile {
        Profile::A => noun.to_string(),
        Profile::B => format!("profile B’s {noun}"),
    }
}

/// "your offer of ₹12.4 L", "profile B’s rent of ₹40,000 a month": each amount the link
/// carries, in the link's order.
fn amounts(link: &Link) -> Vec<String> {
    terms(link)
        .into_iter()
        .filter_map(|(field, words)| {
            let Field::Param(profile, param) = field else { return None };
            matches!(param.row().kind, Kind::Lakh(..) | Kind::Rupees(..)).then(|| match profile {
                Profile::A => format!("your {} of {words}", param.row().noun),
                Profile::B => format!("{} of {words}", term_name(field)),
            })
        })
        .collect()
}

/// "This link includes your offer of ₹12.4 L and your current CTC of ₹10 L."; `None` when
/// the link carries no amount.
pub fn in_link(link: &Link) -> Option<String> {
    let listed = match amounts(link).as_slice() {
        [] => return None,
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    };
    Some(format!("This link includes {listed}."))
}

/// A parameter's value in words, or `None` at its default: "₹19 L", "₹30,000 a month", "15%",
/// "capped".
fn value_words(param: Param, job: &Job, own: &Own) -> Option<String> {
    match param.row().kind {
        Kind::Lakh(_, slot) => slot.get(job, own).map(amount::named),
        Kind::Rupees(limits, slot) => {
            let rupees = slot.get(job, own);
            let per = if limits.monthly { " a month" } else { "" };
            (rupees != slot.default()).then(|| format!("₹{}{per}", group_en_in(rupees as u64)))
        }
        Kind::Number { unit, slot, .. } => {
            let number = slot.get(job, own);
            (number != slot.default()).then(|| format!("{}{}", trimmed(number), unit.symbol()))
        }
        Kind::Coded { notation, slot } => {
            let code = slot.get(job, own);
            (code != slot.default()).then(|| (notation.words)(code))
        }
        Kind::Choice { words, slot, .. } => {
            let choice = slot.get(job, own);
            (choice != slot.default()).then(|| words[choice].to_string())
        }
    }
}

/// "This link carries amounts someone entered: offer ₹19 L, current CTC ₹14 L, variable pay 15%
/// and rent ₹30,000 a month.": the terms the link set when the page opened (`opened`) that
/// still stand as it set them (`now`); `None` when none does.
pub fn shared_line(now: &Link, opened: &Link) -> Option<String> {
    let standing = terms(now);
    let terms: Vec<String> = terms(opened)
        .into_iter()
        .filter(|term| standing.contains(term))
        .map(|(field, words)| format!("{} {words}", term_name(field)))
        .collect();
    let listed = match terms.as_slice() {
        [] => return None,
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    };
    Some(format!("This link carries amounts someone entered: {listed}."))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_shared_link_s_terms_are_named_until_they_are_changed() {
        use crate::data::dataset;
        use crate::filters::decode;
        let opened = decode("offer=19&current=14&var=15&rent=30000&pf=capped", dataset()).link;
        assert_eq!(
            shared_line(&opened, &opened).as_deref(),
            Some("This link carries amounts someone entered: offer ₹19 L, current CTC ₹14 L, PF capped at the wage ceiling, variable pay 15% and rent ₹30,000 a month.")
        );
        // The offer typed anew is the person's own; the rest still came with the link.
        let mut now = opened;
        now.job.offer = Some(17.0);
        now.job.structure.variable_percent = 0.0;
        assert_eq!(
            shared_line(&now, &opened).as_deref(),
            Some("This link carries amounts someone entered: current CTC ₹14 L, PF capped at the wage ceiling and rent ₹30,000 a month.")
        );
        assert_eq!(shared_line(&Link::default(), &opened), None);
        assert_eq!(shared_line(&opened, &Link::default()), None);
    }

    #[test]
    fn the_line_names_every_amount_the_link_carries() {
        use crate::filters::{Job, Own};
        let all = Link {
            job: Job { offer: Some(13.0), rent_monthly: 40_000.0, ..Job::default() },
            own: Own { c80: 30_000.0, d80: 25_000.0, nps: 50_000.0, home_loan: 200_000.0, ..Own::default() },
            ..Link::default()
        };
        assert_eq!(
            in_link(&all).as_deref(),
            Some("This link includes your offer of ₹13 L, your rent of ₹40,000 a month, your 80C investments of ₹30,000, your health insurance premium of ₹25,000, your NPS contribution of ₹50,000 and your home-loan interest of ₹2,00,000.")
        );
        assert_eq!(in_link(&Link::default()), None);
        let offer = Link { job: Job { offer: Some(12.4), ..Job::default() }, ..Link::default() };
        assert_eq!(in_link(&offer).as_deref(), Some("This link includes your offer of ₹12.4 L."));
        let both = Link {
            job: Job { offer: Some(13.0), ..Job::default() },
            own: Own { current: Some(10.0), ..Own::default() },
            ..Link::default()
        };
        assert_eq!(
            in_link(&both).as_deref(),
            Some("This link includes your offer of ₹13 L and your current CTC of ₹10 L.")
        );
    }

    #[test]
    fn the_four_years_amounts_are_named_and_their_other_terms_said_when_shared() {
        use crate::data::dataset;
        use crate::filters::decode;
        let link = decode("offer=30&rsu=35&join2=1.5&buyout=1&vest=5-15-40-40&growth=10", dataset()).link;
        assert_eq!(
            in_link(&link).as_deref(),
            Some("This link includes your offer of ₹30 L, your second-year bonus of ₹1.5 L, your RSU grant of ₹35 L and your notice-period buyout of ₹1 L.")
        );
        assert_eq!(
            shared_line(&link, &link).as_deref(),
            Some("This link carries amounts someone entered: offer ₹30 L, second-year bonus ₹1.5 L, RSU grant ₹35 L, vesting 5-15-40-40, share price change 10% and notice-period buyout ₹1 L.")
        );
    }
}
