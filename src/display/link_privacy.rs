//! Next to Copy link: which private amounts the link carries, so nobody shares their pay
//! without knowing. Pure, so the first stage and the app say the same.

use crate::amount;
use crate::filters::{Kind, Link, Param, Per};
use crate::format::group_en_in;

/// "your offer of ₹12.4 L", "your rent of ₹40,000 a month": each amount the link carries,
/// in the table's order.
fn amounts(link: &Link) -> Vec<String> {
    let (job, own) = (&link.job, &link.own);
    Param::ALL
        .iter()
        .filter_map(|&param| {
            let row = param.row();
            let figure = match row.kind {
                Kind::Lakh(slot) => {
                    slot.get(job, own).map(|lakh| format!("₹{} L", amount::canonical(lakh)))?
                }
                Kind::Rupees(per, slot) => {
                    let rupees = slot.get(job, own);
                    let per = match per {
                        Per::Month => " a month",
                        Per::Year => "",
                    };
                    (rupees > 0.0).then(|| format!("₹{}{per}", group_en_in(rupees as u64)))?
                }
                Kind::Percent { .. } | Kind::Pf(_) => return None,
            };
            Some(format!("your {} of {figure}", row.noun))
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
