//! The form's fields for the link's parameters, in words: a value as its field shows it, what a
//! field's text means as it is typed and once it is left (`reading`), and the line under each
//! field (`line`). The page model reads every field with these, so both stages of loading say
//! the same, and a field shows what it understood.

use crate::amount::{self, how_to_type, read_left, read_typed, Limits, Typed, Wrong};
use crate::filters::{minus_sign, number_in, quote, unset_rupees, Job, Kind, Own, Param};
use crate::format::{group_en_in, rupees, rupees_of, trimmed};
use crate::tax::YearInForce;

/// Whether this build words the fields of the app's own disclosures (`Disclosure::app_only`).
/// The first stage's module, built without the `app` feature, never shows them, so the code
/// that words only their kinds of value (a month, a vesting, a city; an amount paid once, a
/// grant) stays out of it, as `prose!` keeps words out; there, those fields' texts and lines
/// are empty or generic. A test holds those kinds to those disclosures.
const APP_FIELDS: bool = cfg!(feature = "app");

/// The text in the field for `param`: empty at its default (the placeholder shows that), else
/// as a person would type it and the field reads it back the same: lakh ("12.5"; "150 L" from
/// ₹1 Cr, where a bare number would be read as rupees or asked about), rupees grouped
/// ("40,000"; "₹500" below a thousand), a percentage ("12.5"), a coded value in its words
/// ("2027-01", "Pune"), or a choice's slug.
pub fn field_text(param: Param, job: &Job, own: &Own) -> String {
    match param.row().kind {
        Kind::Lakh(_, slot) => match slot.get(job, own) {
            Some(dollars) if dollars < 0.0 => amount::named(dollars),
            Some(lakh) if lakh >= 100.0 => format!("{} L", amount::canonical(lakh)),
            Some(lakh) => amount::canonical(lakh),
            None => String::new(),
        },
        Kind::Rupees(_, slot) => shown_or_empty(slot.get(job, own), slot.default(), |v| {
            let grouped = group_en_in(v as u64);
            if v < 1_000.0 {
                format!("₹{grouped}")
            } else {
                grouped
            }
        }),
        Kind::Number { slot, .. } => shown_or_empty(slot.get(job, own), slot.default(), trimmed),
        Kind::Coded { .. } if !APP_FIELDS => String::new(),
        Kind::Coded { notation, slot } => shown_or_empty(slot.get(job, own), slot.default(), notation.words),
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

/// The form's two disclosures below the profile: the salary structure, and the rent and
/// investments. The offer, its variable pay, the current CTC and the take-home wanted stand
/// above the profile, in neither.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Disclosure {
    Structure,
    /// The current job's structure and city, beside the current CTC.
    Current,
    /// Stock, bonuses and switching: what the four years count beyond the monthly pay.
    Switching,
    Claims,
}

impl Disclosure {
    /// Whether its fields come with the app only, not in the static shell: they change what
    /// the first stage does not show, and its bytes are the estimate's.
    pub fn app_only(self) -> bool {
        matches!(self, Disclosure::Current | Disclosure::Switching)
    }
}

/// Which of the form's disclosures holds a parameter's field, if one does.
pub fn disclosure_of(param: Param) -> Option<Disclosure> {
    match param {
        Param::Offer | Param::Variable | Param::Current | Param::Want => None,
        Param::NowCity | Param::NowBasic | Param::NowPf | Param::NowVar | Param::NowRent => {
            Some(Disclosure::Current)
        }
        Param::Basic | Param::Pf | Param::Hra | Param::Gratuity | Param::EmployerNps => {
            Some(Disclosure::Structure)
        }
        Param::Start
        | Param::Join
        | Param::Join2
        | Param::Clawback
        | Param::Payout
        | Param::Rsu
        | Param::Vest
        | Param::Growth
        | Param::Usd
        | Param::Raise
        | Param::Buyout
        | Param::Forfeit => Some(Disclosure::Switching),
        _ => Some(Disclosure::Claims),
    }
}

/// Whether the link sets any field in a disclosure, which then opens by itself.
pub fn sets_any(disclosure: Disclosure, job: &Job, own: &Own) -> bool {
    Param::ALL.iter().any(|&param| disclosure_of(param) == Some(disclosure) && !is_default(param, job, own))
}

fn is_default(param: Param, job: &Job, own: &Own) -> bool {
    match param.row().kind {
        Kind::Lakh(_, slot) => slot.get(job, own).is_none(),
        Kind::Rupees(_, slot) | Kind::Number { slot, .. } | Kind::Coded { slot, .. } => {
            slot.get(job, own) == slot.default()
        }
        Kind::Choice { slot, .. } => slot.get(job, own) == slot.default(),
    }
}

/// A value a text field can set: an amount in lakh (or none), or a number (rupees, or a
/// percentage).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Value {
    Lakh(Option<f64>),
    Number(f64),
}

/// What a field's text means.
#[derive(Debug, Clone, PartialEq)]
pub enum Reading {
    /// A value to set, and the line that says what it understood.
    Value(Value, String),
    /// Not a value yet, and more typing can make it one: nothing changes, and the line says how
    /// to type one, without alarm.
    Incomplete,
    /// A text that cannot be used: the field counts its default, and the line says why.
    Wrong(String),
}

/// What `text` in the field for `param` means, while it is typed or (`left`) once the field is
/// left. `None` for a parameter that is not typed in (a choice).
pub fn reading(param: Param, text: &str, left: bool) -> Option<Reading> {
    let row = param.row();
    let quoted = quote(text.trim());
    let wrong = |w: Wrong, limits: Limits| Reading::Wrong(w.message(&quoted, row.subject, limits));
    let reading = match row.kind {
        Kind::Lakh(limits, _) | Kind::Rupees(limits, _) => {
            let typed = if left { read_left(text, limits) } else { read_typed(text, limits) };
            match typed {
                Typed::Empty => Reading::Value(default_value(param), how_to(param)),
                Typed::Amount { rupees, as_typed } => {
                    let value = match row.kind {
                        Kind::Lakh(..) => Value::Lakh(amount::held(typed)),
                        _ => Value::Number(rupees),
                    };
                    Reading::Value(value, understood(param, value, as_typed))
                }
                // Only where the limits take dollars: a grant, in lakh.
                Typed::Dollars(_) => {
                    let value = Value::Lakh(amount::held(typed));
                    Reading::Value(value, understood(param, value, None))
                }
                Typed::Incomplete(_) => Reading::Incomplete,
                Typed::Wrong(w) => match row.kind {
                    Kind::Rupees(..) => Reading::Wrong(format!(
                        "{} {} is counted.",
                        w.message(&quoted, row.subject, limits),
                        unset_rupees(param).1
                    )),
                    _ => wrong(w, limits),
                },
            }
        }
        Kind::Number { range, unit, slot, .. } => {
            let trimmed_text = text.trim();
            match number_in(trimmed_text, unit, range.clone()) {
                _ if trimmed_text.is_empty() => Reading::Value(Value::Number(slot.default()), how_to(param)),
                Some(number) => Reading::Value(Value::Number(number), how_to(param)),
                // A start of a number in range ("3" of "35", "12." of "12.5", "-" of "-10") may
                // still come.
                None if !left && could_become_number(trimmed_text, range) => Reading::Incomplete,
                None => Reading::Wrong(format!(
                    "“{quoted}” is not {} from {} to {}, so {}{} is used.",
                    unit.a_value(),
                    trimmed(*range.start()),
                    trimmed(*range.end()),
                    trimmed(slot.default()),
                    unit.symbol()
                )),
            }
        }
        Kind::Coded { .. } if !APP_FIELDS => return None,
        Kind::Coded { notation, slot } => {
            let trimmed_text = text.trim();
            match (notation.read)(trimmed_text) {
                _ if trimmed_text.is_empty() => Reading::Value(Value::Number(slot.default()), how_to(param)),
                Some(code) => {
                    Reading::Value(Value::Number(code), understood(param, Value::Number(code), None))
                }
                // A notation is read whole: until the field is left, what is typed may still
                // become one.
                None if !left => Reading::Incomplete,
                None => Reading::Wrong(format!(
                    "“{quoted}” is not {}, so {} is used.",
                    notation.accepts, notation.default_words
                )),
            }
        }
        Kind::Choice { .. } => return None,
    };
    Some(reading)
}

/// Whether more typing could make `text` a number in `range`.
fn could_become_number(text: &str, range: &std::ops::RangeInclusive<f64>) -> bool {
    let (negative, text) = minus_sign(text);
    let bound = if negative { -*range.start() } else { *range.end() };
    let digits = text.strip_suffix('.').unwrap_or(text);
    (!negative || *range.start() < 0.0)
        && (digits.is_empty() || amount::read_decimal(digits).is_some_and(|n| n <= bound))
}

/// A parameter's value at its default: a field left empty, or one whose text cannot be used.
pub fn default_value(param: Param) -> Value {
    match param.row().kind {
        Kind::Lakh(..) => Value::Lakh(None),
        Kind::Rupees(_, slot) | Kind::Number { slot, .. } | Kind::Coded { slot, .. } => {
            Value::Number(slot.default())
        }
        Kind::Choice { .. } => Value::Number(0.0),
    }
}

/// The field's line when nothing is typed in it, or while what is typed is not yet a value.
pub fn how_to(param: Param) -> String {
    let row = param.row();
    match row.kind {
        Kind::Lakh(limits, _) => format!("Optional. {}", how_to_type(limits)),
        Kind::Rupees(limits, _) => {
            format!("{} {} if left empty.", how_to_type(limits), unset_rupees(param).1)
        }
        Kind::Number { range, unit, slot, .. } => format!(
            "From {} to {}; {}{} if left empty.",
            trimmed(*range.start()),
            trimmed(*range.end()),
            trimmed(slot.default()),
            unit.symbol()
        ),
        Kind::Coded { .. } if !APP_FIELDS => String::new(),
        Kind::Coded { notation, .. } => {
            format!("Like {}; {} if left empty.", notation.example, notation.default_words)
        }
        Kind::Choice { .. } => String::new(),
    }
}

/// What a field understood a value as: "Understood as ₹12.5 L a year (₹12,50,000).", "…, paid
/// once." for a bonus, "Understood as ₹35,000 a month."; with what was typed when it was the
/// other period's ("(₹1,04,167 a month × 12)"). A percentage's line is its range.
pub fn understood(param: Param, value: Value, as_typed: Option<f64>) -> String {
    match (param.row().kind, value) {
        (Kind::Lakh(..), Value::Lakh(Some(lakh))) => match (param, as_typed) {
            // A grant in dollars; then amounts paid once, not a year's.
            (Param::Rsu, _) if APP_FIELDS && lakh < 0.0 => format!(
                "Understood as {}, its value when granted, in rupees at the rate below.",
                amount::named(lakh)
            ),
            (Param::Join | Param::Join2 | Param::Buyout | Param::Forfeit | Param::Rsu, _) if APP_FIELDS => {
                format!(
                    "Understood as ₹{} L (₹{}), {}.",
                    trimmed(lakh),
                    group_en_in(rupees_of(lakh).round() as u64),
                    if param == Param::Rsu { "its value when granted" } else { "paid once" }
                )
            }
            (_, Some(monthly)) => amount::understood_monthly(lakh, monthly),
            _ => amount::understood(lakh),
        },
        (Kind::Coded { notation, .. }, Value::Number(code)) if APP_FIELDS && code != 0.0 => {
            format!("Understood as {}.", (notation.words)(code))
        }
        (Kind::Rupees(limits, _), Value::Number(r)) if r > 0.0 => {
            let (per, other, how) =
                if limits.monthly { ("a month", "a year", "÷ 12") } else { ("a year", "a month", "× 12") };
            match as_typed {
                Some(typed) => {
                    format!("Understood as {} {per} ({} {other} {how}).", rupees(r), rupees(typed))
                }
                None => format!("Understood as {} {per}.", rupees(r)),
            }
        }
        _ => how_to(param),
    }
}

/// The line under a field that shows the link's value, with nothing typed over it.
pub fn line_for_value(param: Param, job: &Job, own: &Own) -> String {
    let value = match param.row().kind {
        Kind::Lakh(_, slot) => Value::Lakh(slot.get(job, own)),
        Kind::Rupees(_, slot) | Kind::Number { slot, .. } | Kind::Coded { slot, .. } => {
            Value::Number(slot.get(job, own))
        }
        Kind::Choice { .. } => return String::new(),
    };
    understood(param, value, None)
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
        Param::Pf | Param::NowPf => vec![
            format!("{pf}% of basic"),
            // Short enough for a phone's select; the date the ceiling took effect is in the
            // working and the tax year's line.
            format!(
                "Capped: {} a month ({pf}% of the {} wage ceiling)",
                rupees(salary.pf_wage_ceiling_monthly * salary.pf_share),
                rupees(salary.pf_wage_ceiling_monthly)
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
    fn the_values_only_the_app_words_are_in_its_own_disclosures() {
        // `APP_FIELDS`: the first stage leaves out the words of coded values and of amounts
        // paid once, so every field that holds one must come with the app.
        for &param in Param::ALL {
            let paid_once =
                matches!(param, Param::Join | Param::Join2 | Param::Buyout | Param::Forfeit | Param::Rsu);
            if paid_once || matches!(param.row().kind, Kind::Coded { .. }) {
                assert!(disclosure_of(param).is_some_and(Disclosure::app_only), "{param:?} is in the shell");
            }
        }
    }

    #[test]
    fn fields_show_the_link_s_values_and_nothing_at_their_defaults() {
        let link = decode("offer=12.5&rent=40000&basic=40&pf=capped&80c=0.3+L", dataset()).link;
        let text = |p| field_text(p, &link.job, &link.own);
        assert_eq!(
            [text(Param::Offer), text(Param::Rent), text(Param::Basic), text(Param::Pf), text(Param::C80)],
            ["12.5", "40,000", "40", "capped", "30,000"]
        );
        // Each reads back as the same value when typed.
        let link = decode("offer=150&rent=500&80d=25000", dataset()).link;
        let text = |p| field_text(p, &link.job, &link.own);
        assert_eq!([text(Param::Offer), text(Param::Rent), text(Param::D80)], ["150 L", "₹500", "25,000"]);
        for (param, value) in [
            (Param::Offer, Value::Lakh(Some(150.0))),
            (Param::Rent, Value::Number(500.0)),
            (Param::D80, Value::Number(25_000.0)),
        ] {
            assert!(
                matches!(reading(param, &text(param), false), Some(Reading::Value(v, _)) if v == value),
                "{param:?}"
            );
        }
        assert_eq!([text(Param::Current), text(Param::Hra), text(Param::Variable)], ["", "", ""]);
        assert!(sets_any(Disclosure::Claims, &link.job, &link.own));
        assert!(!sets_any(Disclosure::Structure, &link.job, &link.own));
        let offer_only = decode("offer=12.5&var=10&current=9", dataset()).link;
        assert!(!sets_any(Disclosure::Structure, &offer_only.job, &offer_only.own));
        assert!(!sets_any(Disclosure::Claims, &offer_only.job, &offer_only.own));
        assert_eq!(field_text(Param::Pf, &offer_only.job, &offer_only.own), "full");
    }
}
