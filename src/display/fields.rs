//! The form's fields for the link's parameters, in words: a value as its field shows it, what a
//! field's text means (its value, or the plain message for text it cannot use), and the line
//! under each field. The first stage and the app read and write the fields with these, so
//! they answer alike and the hand-over changes nothing.

use crate::amount::{self, parse_rupees};
use crate::display::offer::understood;
use crate::display::working::pf_ceiling;
use crate::filters::{percent_in, quote, Job, Kind, Own, Param, Per};
use crate::format::{group_en_in, rupees, trimmed};
use crate::tax::YearInForce;

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
        Kind::Choice { slugs, slot, .. } => slugs[slot.get(job, own)].to_string(),
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
    !matches!(param, Param::Offer | Param::Variable | Param::Current | Param::Want)
}

fn is_default(param: Param, job: &Job, own: &Own) -> bool {
    match param.row().kind {
        Kind::Lakh(slot) => slot.get(job, own).is_none(),
        Kind::Rupees(_, slot) | Kind::Percent { slot, .. } => slot.get(job, own) == slot.default(),
        Kind::Choice { slot, .. } => slot.get(job, own) == slot.default(),
    }
}

/// What the text typed in an amount's field (in lakh) means: `None` when empty, the amount, or
/// the plain message naming what was typed (the field then counts none).
pub fn read_lakh(param: Param, text: &str) -> Result<Option<f64>, String> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    amount::parse(text).map(Some).map_err(|e| e.message(&quote(text.trim()), param.row().subject))
}

/// What the line under an amount's field says instead of its usual "Understood as …" when the
/// text was a month's amount: the CTC a month times twelve, said so. `None` otherwise.
pub fn monthly_note(param: Param, text: &str) -> Option<String> {
    let Kind::Lakh(_) = param.row().kind else { return None };
    let read = amount::parse_annual(text).ok()?;
    read.monthly.map(|monthly| amount::understood_monthly(read.lakh, monthly))
}

/// What the text typed in a percentage's or rupees' field means: the default when empty, the
/// number, or the plain message (the default then stands). `None` for any other parameter.
pub fn read_number(param: Param, text: &str) -> Option<Result<f64, String>> {
    let row = param.row();
    let (default, read) = match row.kind {
        Kind::Percent { range, slot, .. } => {
            let default = slot.default();
            let read = percent_in(text, range.clone()).ok_or_else(|| {
                format!(
                    "“{}” is not a percentage from {} to {}, so {}% is used.",
                    quote(text.trim()),
                    trimmed(*range.start()),
                    trimmed(*range.end()),
                    trimmed(default)
                )
            });
            (default, read)
        }
        Kind::Rupees(per, slot) => {
            let read = parse_rupees(text, per == Per::Month)
                .map_err(|e| format!("{} None is counted.", e.message(&quote(text.trim()), row.subject)));
            (slot.default(), read)
        }
        Kind::Lakh(_) | Kind::Choice { .. } => return None,
    };
    Some(if text.trim().is_empty() { Ok(default) } else { read })
}

/// The line under a field: the problem with what was typed, if any; else what an amount was
/// understood as, or the field's hint.
pub fn status(param: Param, job: &Job, own: &Own, problem: Option<&str>, employer_nps: &str) -> String {
    if let Some(problem) = problem {
        return problem.to_string();
    }
    if param == Param::EmployerNps && !employer_nps.is_empty() {
        return employer_nps.to_string();
    }
    let row = param.row();
    match row.kind {
        Kind::Lakh(slot) => understood(slot.get(job, own)),
        Kind::Percent { range, slot, .. } => format!(
            "From {} to {}; {}% if left empty.",
            trimmed(*range.start()),
            trimmed(*range.end()),
            trimmed(slot.default())
        ),
        Kind::Rupees(..) | Kind::Choice { .. } => row.hint.to_string(),
    }
}

/// The id of one option of a choice's select: `pf-capped`, `b-grat-wages`.
pub fn option_id(select_id: &str, slug: &str) -> String {
    format!("{select_id}-{slug}")
}

/// The words of each option of a choice, in the order of its slugs, for the rules in force:
/// the PF's name the wage ceiling as it stands today.
pub fn choice_labels(param: Param, year: &YearInForce) -> Vec<String> {
    let salary = &year.rules.salary;
    let pf = trimmed(salary.pf_share * 100.0);
    let gratuity = trimmed(salary.gratuity_share * 100.0);
    match param {
        Param::Pf => vec![
            format!("{pf}% of basic"),
            format!(
                "Capped: {} a month ({pf}% of the wage ceiling, {})",
                rupees(salary.pf_wage_ceiling_monthly * salary.pf_share),
                pf_ceiling(year)
            ),
            format!("{pf}% of the wages under the Labour Codes"),
            "None".to_string(),
        ],
        Param::Gratuity => vec![
            format!("{gratuity}% of basic pay, as offer letters write it"),
            format!("{gratuity}% of the wages under the Labour Codes"),
        ],
        Param::ParentsSenior => vec!["No, both are under 60".to_string(), "Yes".to_string()],
        _ => Vec::new(),
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
