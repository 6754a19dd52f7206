//! The rupees a US dollar is counted at by default, for an RSU grant written in dollars: a
//! dated reference rate, and where it was read.

/// A published rate of the rupee to the US dollar on one day.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DollarRate {
    /// Rupees a dollar, as published (four decimals).
    pub rupees: f64,
    /// The day it is for, as the page says it.
    pub date: &'static str,
    /// What it is, as the page names it.
    pub name: &'static str,
}

/// The USD/INR reference rate for 5 February 2026: ₹90.3957. Financial Benchmarks India Pvt
/// Ltd (FBIL) has computed and published this rate on each working day since 10 July 2018,
/// when it took the task over from the Reserve Bank of India (RBI press release 2018-2019/35
/// of 4 July 2018). The figure was read in NSE's series of the "RBI reference rate"
/// (`nseindia.com/api/historicalOR/rbi-reference-rate-stats`) as copied on 5 February 2026 in
/// the public gist `gist.github.com/the-solipsist/3c0297735045f6fb2cff8213c5a2d8a6`; FBIL's
/// own page for that day could not be reached, and no later rate could be found. A person
/// sets their own rate with `usd=`.
pub const USD_REFERENCE: DollarRate =
    DollarRate { rupees: 90.3957, date: "5 February 2026", name: "FBIL’s reference rate" };

/// The rate `usd` counts when a link does not set one: the reference rate to the paisa, as a
/// link writes rates (two decimals), so that the page shows the rate it uses.
pub const USD_DEFAULT: f64 = 90.40;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_is_the_reference_rate_to_the_paisa() {
        assert_eq!((USD_REFERENCE.rupees * 100.0).round() / 100.0, USD_DEFAULT);
    }
}
