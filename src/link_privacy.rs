//! Next to Copy link: which private amounts the link carries, so nobody shares their pay
//! without knowing. Pure, so the first stage and the app say the same.

use crate::amount;
use crate::filters::Link;
use crate::format::group_en_in;

/// "This link includes your offer of ₹12.4 L and your current CTC of ₹10 L."; `None` when
/// the link carries no amount.
pub fn in_link(link: &Link) -> Option<String> {
    let lakh =
        |what: &str, lakh: Option<f64>| lakh.map(|l| format!("your {what} of ₹{} L", amount::canonical(l)));
    let claims = &link.claims;
    let rupees = |what: &str, rupees: f64, per: &str| {
        (rupees > 0.0).then(|| format!("your {what} of ₹{}{per}", group_en_in(rupees as u64)))
    };
    let amounts: Vec<String> = [
        lakh("offer", link.offer),
        lakh("current CTC", link.current),
        rupees("rent", claims.rent_monthly, " a month"),
        rupees("80C investments", claims.c80, ""),
        rupees("health insurance premium", claims.d80, ""),
        rupees("NPS contribution", claims.nps, ""),
        rupees("home-loan interest", claims.home_loan, ""),
    ]
    .into_iter()
    .flatten()
    .collect();
    let listed = match amounts.as_slice() {
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
        use crate::tax::Claims;
        let all = Link {
            offer: Some(13.0),
            claims: Claims {
                rent_monthly: 40_000.0,
                c80: 30_000.0,
                d80: 25_000.0,
                nps: 50_000.0,
                home_loan: 200_000.0,
                ..Claims::default()
            },
            ..Link::default()
        };
        assert_eq!(
            in_link(&all).as_deref(),
            Some("This link includes your offer of ₹13 L, your rent of ₹40,000 a month, your 80C investments of ₹30,000, your health insurance premium of ₹25,000, your NPS contribution of ₹50,000 and your home-loan interest of ₹2,00,000.")
        );
        assert_eq!(in_link(&Link::default()), None);
        let offer = Link { offer: Some(12.4), ..Link::default() };
        assert_eq!(in_link(&offer).as_deref(), Some("This link includes your offer of ₹12.4 L."));
        let both = Link { offer: Some(13.0), current: Some(10.0), ..Link::default() };
        assert_eq!(
            in_link(&both).as_deref(),
            Some("This link includes your offer of ₹13 L and your current CTC of ₹10 L.")
        );
    }
}
