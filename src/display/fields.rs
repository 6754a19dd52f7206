//! A parameter's value as its field in the form shows it: what the first stage writes into the
//! shell's fields and what the app's fields start with, so the hand-over changes nothing.

use crate::amount;
use crate::filters::{Job, Kind, Own, Param};
use crate::format::{group_en_in, trimmed};

/// The text in the field for `param`: empty at its default (the placeholder shows that), else
/// lakh as a link writes them ("12.5"), rupees grouped ("40,000"), a percentage ("12.5"), or
/// the PF's slug (the select's value).
pub fn field_text(param: Param, job: &Job, own: &Own) -> String {
    match param.row().kind {
        Kind::Lakh(slot) => slot.get(job, own).map(amount::canonical).unwrap_or_default(),
        Kind::Rupees(_, slot) => {
            shown_or_empty(slot.get(job, own), slot.default(), |v| group_en_in(v as u64))
        }
        Kind::Percent { slot, .. } => shown_or_empty(slot.get(job, own), slot.default(), trimmed),
        Kind::Pf(slot) => slot.get(job, own).slug().to_string(),
    }
}

fn shown_or_empty(value: f64, default: f64, shown: fn(f64) -> String) -> String {
    if value == default {
        String::new()
    } else {
        shown(value)
    }
}

/// Whether the link sets any part of the salary structure or the claims: the form's
/// "Salary structure, rent and investments" then opens by itself.
pub fn sets_the_terms(job: &Job, own: &Own) -> bool {
    Param::ALL.iter().any(|&param| in_the_terms(param) && !is_default(param, job, own))
}

/// The parameters that live in the form's disclosure: all but the offer, its variable pay and
/// the current CTC, which stand above the profile.
pub fn in_the_terms(param: Param) -> bool {
    !matches!(param, Param::Offer | Param::Variable | Param::Current)
}

fn is_default(param: Param, job: &Job, own: &Own) -> bool {
    match param.row().kind {
        Kind::Lakh(slot) => slot.get(job, own).is_none(),
        Kind::Rupees(_, slot) | Kind::Percent { slot, .. } => slot.get(job, own) == slot.default(),
        Kind::Pf(slot) => slot.get(job, own) == slot.default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::dataset;
    use crate::filters::decode;

    #[test]
    fn fields_show_the_link_s_values_and_nothing_at_their_defaults() {
        let link = decode("offer=12.5&rent=40000&basic=40&pf=capped&80c=0.3+L", dataset()).link;
        let text = |p| field_text(p, &link.job, &link.own);
        assert_eq!(
            [text(Param::Offer), text(Param::Rent), text(Param::Basic), text(Param::Pf), text(Param::C80)],
            ["12.5", "40,000", "40", "capped", "30,000"]
        );
        assert_eq!([text(Param::Current), text(Param::Hra), text(Param::Variable)], ["", "", ""]);
        assert!(sets_the_terms(&link.job, &link.own));
        let offer_only = decode("offer=12.5&var=10&current=9", dataset()).link;
        assert!(!sets_the_terms(&offer_only.job, &offer_only.own));
        assert_eq!(field_text(Param::Pf, &offer_only.job, &offer_only.own), "full");
    }
}
