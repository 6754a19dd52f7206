//! A calendar date, as the tax rules state when they are in force and as a person's day is
//! matched to a tax year. Only what that needs: reading `YYYY-MM-DD`, ordering, and words.

/// A day of the Gregorian calendar. Ordered by year, then month, then day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl Date {
    /// The date, if it exists: `Date::new(2026, 2, 29)` is `None`.
    pub const fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        if month == 0 || month > 12 || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// Reads `2026-04-01`; anything else, or a day that does not exist, is `None`.
    pub fn parse(text: &str) -> Option<Date> {
        let mut parts = text.split('-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        // Digits folded by hand: `str::parse` would bring code of its own into the first stage.
        let number = |digits: &str| {
            digits.bytes().try_fold(0u16, |n, b| b.is_ascii_digit().then(|| n * 10 + u16::from(b - b'0')))
        };
        Date::new(number(y)?, number(m)? as u8, number(d)? as u8)
    }

    /// "1 April 2026". Its numbers are written as `u64`s, whose formatter the first stage has
    /// already: a `u8`'s or a `u16`'s would each be another.
    pub fn words(self) -> String {
        format!("{} {}", u64::from(self.day), self.month_words())
    }

    /// Its month in words: "January 2027".
    pub fn month_words(self) -> String {
        format!("{} {}", MONTHS[usize::from(self.month) - 1], u64::from(self.year))
    }

    /// The next day.
    pub fn next(self) -> Date {
        if self.day < days_in_month(self.year, self.month) {
            Date { day: self.day + 1, ..self }
        } else if self.month < 12 {
            Date { month: self.month + 1, day: 1, ..self }
        } else {
            Date { year: self.year + 1, month: 1, day: 1 }
        }
    }
}

/// How many days the month has, February as the year's.
pub const fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_order_and_are_worded() {
        let d = Date::parse("2026-04-01").expect("a date");
        assert_eq!(d, Date { year: 2026, month: 4, day: 1 });
        assert_eq!(d.words(), "1 April 2026");
        assert!(Date::parse("2026-03-31").unwrap() < d);
        assert!(Date::parse("2027-01-01").unwrap() > Date::parse("2026-12-31").unwrap());
        for bad in [
            "",
            "2026-4-1",
            "2026-02-29",
            "2026-13-01",
            "2026-00-10",
            "2026-04-31",
            "x026-04-01",
            "2026-04-01-1",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad:?}");
        }
        assert!(Date::parse("2028-02-29").is_some());
        assert!(Date::parse("2100-02-29").is_none());
    }

    #[test]
    fn the_next_day_rolls_over_months_and_years() {
        assert_eq!(Date::parse("2026-03-31").unwrap().next(), Date::parse("2026-04-01").unwrap());
        assert_eq!(Date::parse("2026-12-31").unwrap().next(), Date::parse("2027-01-01").unwrap());
        assert_eq!(Date::parse("2028-02-28").unwrap().next(), Date::parse("2028-02-29").unwrap());
    }
}
