//! Money and multipliers written the way people in India read them: lakh, crore, 14,10,000.

/// One lakh is 1,00,000 rupees; one crore is 100 lakh.
const RUPEES_PER_LAKH: f64 = 100_000.0;
const LAKH_PER_CRORE: f64 = 100.0;

/// An amount in lakh, in rupees.
pub fn rupees_of(lakh: f64) -> f64 {
    lakh * RUPEES_PER_LAKH
}

/// An amount in rupees, in lakh.
pub fn lakh_of(rupees: f64) -> f64 {
    rupees / RUPEES_PER_LAKH
}

/// Rounds to one decimal of a lakh (₹10,000), the precision every figure is shown at.
pub fn round_to_tenth(lakh: f64) -> f64 {
    (lakh * 10.0).round() / 10.0
}

/// `value` with exactly `decimals` decimals, rounded half away from zero: `fixed(1.375, 2)`
/// is "1.38". Written with integers because core's float printing adds about 10 KB of
/// WebAssembly; every figure here is small and positive, far inside u64.
pub fn fixed(value: f64, decimals: u32) -> String {
    let scale = 10u64.pow(decimals);
    let scaled = (value.abs() * scale as f64).round() as u64;
    let sign = if value < 0.0 && scaled != 0 { "-" } else { "" };
    let whole = scaled / scale;
    if decimals == 0 {
        return format!("{sign}{whole}");
    }
    let frac = (scaled % scale).to_string();
    let pad = "0".repeat(decimals as usize - frac.len());
    format!("{sign}{whole}.{pad}{frac}")
}

/// `value` with up to two decimals and no trailing zeros: "12", "38.5", "1.25".
pub fn trimmed(value: f64) -> String {
    let text = fixed(value, 2);
    if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        text
    }
}

/// Groups digits the Indian way: the last three, then pairs (14,10,000; 1,20,00,000).
pub fn group_en_in(n: u64) -> String {
    grouped(n, 2)
}

/// Groups digits in thousands, as dollars are written (1,200,000).
pub fn group_thousands(n: u64) -> String {
    grouped(n, 3)
}

/// The digits of `n` with a comma before the last three, and before each `step` digits left
/// of them. Written without slicing, whose panic path would bring string formatting into the
/// WebAssembly.
fn grouped(n: u64, step: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() * 3 / 2);
    for (i, digit) in digits.chars().enumerate() {
        let left = digits.len() - i;
        if i > 0 && left >= 3 && (left - 3) % step == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// An annual figure in short form: "₹14.1 L", or "₹1.2 Cr" from 100 lakh up.
pub fn short_money(lakh: f64) -> String {
    let shown = round_to_tenth(lakh);
    if shown >= LAKH_PER_CRORE {
        format!("₹{} Cr", trimmed(shown / LAKH_PER_CRORE))
    } else {
        format!("₹{} L", fixed(shown, 1))
    }
}

/// The full rupee amount of the figure as shown (rounded to 0.1 lakh): "₹14,10,000".
pub fn full_rupees(lakh: f64) -> String {
    let rupees = (round_to_tenth(lakh) * RUPEES_PER_LAKH).round().max(0.0) as u64;
    format!("₹{}", group_en_in(rupees))
}

/// A rupee amount with en-IN grouping, and paise only when there are some:
/// "₹12,91,489.50", "₹75,000".
pub fn rupees(amount: f64) -> String {
    let paise = (amount.abs() * 100.0).round() as u64;
    let sign = if amount < 0.0 && paise != 0 { "−" } else { "" };
    match paise % 100 {
        0 => format!("{sign}₹{}", group_en_in(paise / 100)),
        p => format!("{sign}₹{}.{p:02}", group_en_in(paise / 100)),
    }
}

/// An annual figure per month: "₹1.18 L" from one lakh a month, else "₹33,300".
pub fn monthly_money(annual_lakh: f64) -> String {
    let monthly = annual_lakh / 12.0;
    if monthly >= 1.0 {
        format!("₹{} L", fixed(monthly, 2))
    } else {
        // Nearest ₹100: anything finer would be false precision.
        let rupees = ((monthly * RUPEES_PER_LAKH / 100.0).round() * 100.0).max(0.0) as u64;
        format!("₹{}", group_en_in(rupees))
    }
}

/// A count in words, as prose uses it: "five", "seven"; figures from 13 up.
pub fn count_word(n: usize) -> String {
    const WORDS: [&str; 13] = [
        "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve",
    ];
    WORDS.get(n).map_or_else(|| n.to_string(), |w| w.to_string())
}

/// A multiplier: "×1.37".
pub fn multiplier(factor: f64) -> String {
    format!("×{}", fixed(factor, 2))
}

/// How much a multiplier moves a figure: "+37%", "−12%" (a true minus sign) or "±0%".
pub fn percent_change(factor: f64) -> String {
    let pct = ((factor - 1.0) * 100.0).round();
    if pct > 0.0 {
        format!("+{}%", fixed(pct, 0))
    } else if pct < 0.0 {
        format!("−{}%", fixed(-pct, 0))
    } else {
        "±0%".to_string()
    }
}

/// Hundredths of a lakh: the precision at which amounts in lakh are shown and linked.
pub fn hundredths(lakh: f64) -> i64 {
    (lakh * 100.0).round() as i64
}

/// `to` against `from` in whole percent, rounded half away from zero. In integers: the
/// figures are whole rupees or hundredths of a lakh, and a float would turn 17.5 into 17.49….
pub fn whole_percent_change(from: i64, to: i64) -> i64 {
    let (numerator, denominator) = ((to - from) * 100, from.max(1));
    (2 * numerator + numerator.signum() * denominator) / (2 * denominator)
}

/// A whole-percent difference in words, before what it is against: "12% below", "18% above",
/// "level with".
pub fn against(percent: i64) -> String {
    match percent {
        0 => "level with".to_string(),
        // Written unsigned: the module has `u64`'s formatter already, and `i64`'s would be another.
        p if p < 0 => format!("{}% below", p.unsigned_abs()),
        p => format!("{}% above", p.unsigned_abs()),
    }
}

/// A plain figure from a table: "12 L", "38.5 L", "1.2 Cr".
pub fn table_figure(lakh: f64) -> String {
    if lakh >= LAKH_PER_CRORE {
        short_money(lakh).trim_start_matches('₹').to_string()
    } else {
        format!("{} L", trimmed(lakh))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_percents_round_half_away_from_zero_and_read_as_words() {
        // 14.1 against 12 is exactly 17.5% more: half away from zero, whatever the floats say.
        assert_eq!(whole_percent_change(1_200, 1_410), 18);
        assert_eq!(whole_percent_change(1_410, 1_200), -15);
        assert_eq!(whole_percent_change(200, 199), -1);
        assert_eq!(whole_percent_change(200, 201), 1);
        assert_eq!(hundredths(14.1), 1_410);
        assert_eq!(
            (against(-12), against(0), against(18)),
            ("12% below".into(), "level with".into(), "18% above".into())
        );
    }

    #[test]
    fn counts_read_as_words_up_to_twelve() {
        assert_eq!(
            (count_word(5).as_str(), count_word(7).as_str(), count_word(13).as_str()),
            ("five", "seven", "13")
        );
    }

    #[test]
    fn rupees_group_the_indian_way_with_paise_only_when_there_are_some() {
        assert_eq!(rupees(1_291_489.5), "₹12,91,489.50");
        assert_eq!(rupees(659.58), "₹659.58");
        assert_eq!(rupees(75_000.0), "₹75,000");
        assert_eq!(rupees(98_945.03), "₹98,945.03");
        assert_eq!(rupees(0.0), "₹0");
        assert_eq!(rupees(-2_400.0), "−₹2,400");
    }

    #[test]
    fn fixed_rounds_half_away_from_zero_and_pads() {
        assert_eq!(fixed(1.375, 2), "1.38");
        assert_eq!(fixed(1.0, 2), "1.00");
        assert_eq!(fixed(0.05, 2), "0.05");
        assert_eq!(fixed(14.1, 1), "14.1");
        assert_eq!(fixed(99.96, 1), "100.0");
        assert_eq!(fixed(2.5, 0), "3");
        assert_eq!(fixed(-1.5, 1), "-1.5");
        assert_eq!(fixed(-0.001, 2), "0.00");
        assert_eq!(fixed(1_234_567.891, 3), "1234567.891");
        assert_eq!(trimmed(12.0), "12");
        assert_eq!(trimmed(38.5), "38.5");
        assert_eq!(trimmed(1.25), "1.25");
        assert_eq!(trimmed(0.0), "0");
    }

    proptest::proptest! {
        #[test]
        fn fixed_agrees_with_core_formatting_away_from_ties(value in 0.0f64..1e6, decimals in 0u32..4) {
            let scale = 10f64.powi(decimals as i32);
            // Exact ties may round differently (core rounds the decimal expansion); skip them.
            let frac = (value * scale).fract();
            proptest::prop_assume!((frac - 0.5).abs() > 1e-6);
            proptest::prop_assert_eq!(fixed(value, decimals), format!("{value:.*}", decimals as usize));
        }
    }

    #[test]
    fn groups_digits_the_indian_way() {
        assert_eq!(group_thousands(1_234_567), "1,234,567");
        assert_eq!(group_thousands(40_000), "40,000");
        assert_eq!(group_thousands(999), "999");
        assert_eq!(group_en_in(0), "0");
        assert_eq!(group_en_in(999), "999");
        assert_eq!(group_en_in(1_000), "1,000");
        assert_eq!(group_en_in(99_999), "99,999");
        assert_eq!(group_en_in(100_000), "1,00,000");
        assert_eq!(group_en_in(1_410_000), "14,10,000");
        assert_eq!(group_en_in(12_000_000), "1,20,00,000");
        assert_eq!(group_en_in(123_456_789), "12,34,56,789");
    }

    #[test]
    fn short_money_switches_to_crore_at_one_hundred_lakh() {
        assert_eq!(short_money(14.128_9), "₹14.1 L");
        assert_eq!(short_money(16.955), "₹17.0 L");
        assert_eq!(short_money(8.0), "₹8.0 L");
        assert_eq!(short_money(99.94), "₹99.9 L");
        assert_eq!(short_money(99.96), "₹1 Cr");
        assert_eq!(short_money(120.0), "₹1.2 Cr");
        assert_eq!(short_money(125.0), "₹1.25 Cr");
    }

    #[test]
    fn full_rupees_match_the_shown_short_figure() {
        assert_eq!(full_rupees(14.128_9), "₹14,10,000");
        assert_eq!(full_rupees(4.0), "₹4,00,000");
        assert_eq!(full_rupees(120.0), "₹1,20,00,000");
    }

    #[test]
    fn monthly_money_uses_lakh_from_one_lakh_a_month() {
        assert_eq!(monthly_money(14.128_9), "₹1.18 L");
        assert_eq!(monthly_money(12.0), "₹1.00 L");
        assert_eq!(monthly_money(4.0), "₹33,300");
        assert_eq!(monthly_money(6.4), "₹53,300");
    }

    #[test]
    fn multipliers_and_changes() {
        assert_eq!(multiplier(1.369_306), "×1.37");
        assert_eq!(percent_change(1.47), "+47%");
        assert_eq!(percent_change(0.877), "−12%");
        assert_eq!(percent_change(1.0), "±0%");
        assert_eq!(percent_change(1.004), "±0%");
    }

    #[test]
    fn table_figures_drop_needless_decimals() {
        assert_eq!(table_figure(12.0), "12 L");
        assert_eq!(table_figure(38.5), "38.5 L");
        assert_eq!(table_figure(6.8), "6.8 L");
        assert_eq!(table_figure(120.0), "1.2 Cr");
    }
}
