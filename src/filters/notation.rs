//! The link's values written in notations of their own: the month a job starts ("2027-01"),
//! a grant's vesting schedule ("5-15-40-40") and the current job's city ("pune"). Each is held
//! as one number, 0 at its default, so the field table carries it like any other value.

use crate::data::{dataset, Entry};
use crate::tax::Month;

/// How a `Kind::Coded` value is read, written and named.
pub struct Notation {
    /// The value a link or a field writes, as its code; `None` when it is not one; 0 for the
    /// default itself, which a link then leaves out.
    pub read: fn(&str) -> Option<f64>,
    /// The code as a link writes it.
    pub write: fn(f64) -> String,
    /// The code in words, as a field, its line and the privacy line say it; `read` reads them
    /// back.
    pub words: fn(f64) -> String,
    /// What it accepts, a sentence's object: "a month from 2026-01 to 2030-12, like 2027-01".
    pub accepts: &'static str,
    /// The default in words: "next month".
    pub default_words: &'static str,
    /// A value as a person would type it, for the field's placeholder.
    pub example: &'static str,
}

/// The years a start month may fall in.
const START_YEARS: std::ops::RangeInclusive<u64> = 2026..=2030;

// Written with integers, bytes and `u64`'s formatting, which the first stage has already:
// `str::parse`, a float's remainder and collecting into an `Option<Vec>` would each bring
// code of their own into its WebAssembly.

/// A month, `YYYY-MM`.
pub static MONTH: Notation = Notation {
    read: read_month,
    write: write_month,
    words: write_month,
    accepts: "a month from 2026-01 to 2030-12, like 2027-01",
    default_words: "next month",
    example: "2027-01",
};

/// The number `text` writes in at most four digits.
fn small_number(text: &[u8]) -> Option<u64> {
    (!text.is_empty() && text.len() <= 4 && text.iter().all(u8::is_ascii_digit))
        .then(|| text.iter().fold(0, |n, &b| n * 10 + u64::from(b - b'0')))
}

fn read_month(text: &str) -> Option<f64> {
    let text = text.trim().as_bytes();
    let cut = text.iter().position(|&b| b == b'-' || b == b'/')?;
    let (year, month) = (small_number(&text[..cut])?, small_number(&text[cut + 1..])?);
    (START_YEARS.contains(&year) && (1..=12).contains(&month)).then_some((year * 12 + month - 1) as f64)
}

fn write_month(code: f64) -> String {
    let code = code as u64;
    let (year, month) = (code / 12, code % 12 + 1);
    let zero = if month < 10 { "0" } else { "" };
    year.to_string() + "-" + zero + &month.to_string()
}

/// The month a code stands for; `None` at the default.
pub fn month_of(code: f64) -> Option<Month> {
    let code = code as u64;
    (code != 0).then(|| Month { year: (code / 12) as u16, month: (code % 12) as u8 + 1 })
}

/// The most years a vesting schedule may list.
pub const MAX_VEST_YEARS: usize = 7;
/// Each year's share is stored as one more than its percentage, a digit of this base.
const VEST_BASE: u64 = 102;

/// Yearly percentages that sum to 100: `5-15-40-40`, `5/15/40/40`, `33,33,34`.
pub static VEST: Notation = Notation {
    read: read_vest,
    write: write_vest,
    words: write_vest,
    accepts: "a vesting of whole percentages a year that add up to 100, like 25-25-25-25 or 5-15-40-40",
    default_words: "25-25-25-25",
    example: "25-25-25-25",
};

/// The schedules offer letters use most, offered one tap each under the vesting field: even
/// (the default), back-loaded, front-loaded, and over three years.
pub const VEST_PRESETS: [&str; 4] = ["25-25-25-25", "5-15-40-40", "40-30-20-10", "33-33-34"];

fn read_vest(text: &str) -> Option<f64> {
    let (mut code, mut scale, mut sum, mut years) = (0, 1, 0, 0);
    for share in text.as_bytes().split(|b| b"-/, +".contains(b)).filter(|s| !s.is_empty()) {
        let share = share.strip_suffix(b"%").unwrap_or(share);
        let share = small_number(share).filter(|&s| s <= 100)?;
        years += 1;
        if years > MAX_VEST_YEARS {
            return None;
        }
        code += (share + 1) * scale;
        scale *= VEST_BASE;
        sum += share;
    }
    // 25-25-25-25 is the default: 0, so that a link leaves it out.
    let default = (0..4).fold(0, |code, _| code * VEST_BASE + 26);
    (sum == 100).then_some(if code == default { 0.0 } else { code as f64 })
}

fn write_vest(code: f64) -> String {
    let mut out = String::new();
    for share in vest_shares(code) {
        if !out.is_empty() {
            out.push('-');
        }
        out += &u64::from(share).to_string();
    }
    out
}

/// The yearly percentages a code stands for: 25-25-25-25 at the default.
pub fn vest_shares(code: f64) -> Vec<u8> {
    let mut rest = code as u64;
    if rest == 0 {
        return vec![25; 4];
    }
    let mut shares = Vec::new();
    while rest > 0 {
        shares.push((rest % VEST_BASE - 1) as u8);
        rest /= VEST_BASE;
    }
    shares
}

/// A city of the form's list, by its slug, an alias or its name in any case ("pune",
/// "Bangalore", "Visakhapatnam"), coded as its place in the list plus one.
pub static CITY: Notation = Notation {
    read: read_city,
    write: |code| city_of(code).map_or(String::new(), |c| c.slug.to_string()),
    words: |code| city_of(code).map_or(String::new(), |c| c.name.to_string()),
    accepts: "a city of the form’s list, like Pune or Hyderabad",
    default_words: "your profile’s city",
    example: "Pune",
};

fn read_city(text: &str) -> Option<f64> {
    let cities = &dataset().city_choices;
    // `resolve` reads a slug or an alias, and a name is its slug with spaces for hyphens.
    let city = cities.resolve(text)?;
    Some(cities.entries.iter().position(|c| std::ptr::eq(c, city))? as f64 + 1.0)
}

/// The city a code stands for; `None` at the default.
pub fn city_of(code: f64) -> Option<&'static Entry> {
    dataset().city_choices.entries.get((code as usize).checked_sub(1)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_month_reads_and_writes_back_and_is_named_by_its_code() {
        let code = (MONTH.read)("2027-01").expect("a month");
        assert_eq!((MONTH.write)(code), "2027-01");
        assert_eq!(month_of(code), Some(Month { year: 2027, month: 1 }));
        assert_eq!((MONTH.read)("2028/4").map(MONTH.write), Some("2028-04".to_string()));
        for wrong in ["2027", "2027-13", "2027-00", "2031-01", "2025-12", "jan 2027", "2027-1-1", "-01"] {
            assert_eq!((MONTH.read)(wrong), None, "{wrong}");
        }
        assert_eq!(month_of(0.0), None);
    }

    #[test]
    fn a_schedule_reads_in_the_ways_offer_letters_write_it_and_must_add_up_to_100() {
        for (typed, written) in [
            ("5-15-40-40", "5-15-40-40"),
            ("5/15/40/40", "5-15-40-40"),
            ("40, 30, 20, 10", "40-30-20-10"),
            ("33-33-34", "33-33-34"),
            ("100", "100"),
            ("0-0-50-50", "0-0-50-50"),
            ("10%-20%-30%-40%", "10-20-30-40"),
        ] {
            let code = (VEST.read)(typed).unwrap_or_else(|| panic!("{typed}"));
            assert_eq!((VEST.write)(code), written);
            let sum: u32 = vest_shares(code).iter().map(|&s| u32::from(s)).sum();
            assert_eq!(sum, 100, "{typed}");
        }
        for wrong in ["25-25-25", "50-60", "", "a-b", "12.5-87.5", "10-10-10-10-10-10-10-30", "-"] {
            assert_eq!((VEST.read)(wrong), None, "{wrong}");
        }
        assert_eq!(vest_shares(0.0), vec![25, 25, 25, 25]);
        // Each preset is a schedule the field reads back as written.
        for preset in VEST_PRESETS {
            let code = (VEST.read)(preset).unwrap_or_else(|| panic!("{preset}"));
            assert_eq!((VEST.words)(code), preset);
        }
        // The default, however written, is the default: a link leaves it out.
        assert_eq!((VEST.read)("25/25/25/25"), Some(0.0));
    }

    #[test]
    fn a_city_reads_by_slug_alias_or_name_and_is_named() {
        for typed in ["pune", "Pune", " PUNE "] {
            let code = (CITY.read)(typed).unwrap_or_else(|| panic!("{typed}"));
            assert_eq!(((CITY.write)(code), (CITY.words)(code)), ("pune".to_string(), "Pune".to_string()));
        }
        let bengaluru = (CITY.read)("Bangalore").expect("an alias");
        assert_eq!(city_of(bengaluru).map(|c| c.slug.as_ref()), Some("bengaluru"));
        assert_eq!((CITY.read)("Atlantis"), None);
        // 0 is the default (profile A's city), so no city codes as 0.
        assert_eq!(city_of(0.0), None);
        // Every city reads by its slug, and a field showing its name reads it back the same.
        for city in dataset().city_choices.entries.iter() {
            let code = (CITY.read)(&city.slug).filter(|&code| code > 0.0).expect("a code");
            assert_eq!((CITY.read)(&(CITY.words)(code)), Some(code), "{}", city.name);
        }
    }
}
