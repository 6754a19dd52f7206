//! Next to Copy link: which private amounts the link carries, so nobody shares their pay
//! without knowing. Pure, so the first stage and the app say the same.

use crate::amount;
use crate::filters::Link;

/// "This link includes your offer of ₹12.4 L and your current CTC of ₹10 L."; `None` when
/// the link carries no amount.
pub fn in_link(link: &Link) -> Option<String> {
    let lakh =
        |what: &str, lakh: Option<f64>| lakh.map(|l| format!("your {what} of ₹{} L", amount::canonical(l)));
    let amounts: Vec<String> =
        [lakh("offer", link.offer), lakh("current CTC", link.current)].into_iter().flatten().collect();
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
