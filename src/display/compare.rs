//! Compare mode in words: how far profile B's estimate is from A's.

use crate::format::{percent_change, round_to_tenth, short_money};

/// How far B is from A, in words: "B is ₹5.0 L a year more than A (+35%)".
pub fn difference_text(a_lakh: f64, b_lakh: f64) -> String {
    let diff = b_lakh - a_lakh;
    // The same when the difference rounds away at the precision every figure is shown at.
    if round_to_tenth(diff.abs()) == 0.0 {
        return "A and B come out the same.".to_string();
    }
    let direction = if diff > 0.0 { "more" } else { "less" };
    format!(
        "B is {} a year {direction} than A ({})",
        short_money(diff.abs()),
        percent_change(b_lakh / a_lakh)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_difference_reads_both_ways() {
        assert_eq!(difference_text(8.0, 29.411_76), "B is ₹21.4 L a year more than A (+268%)");
        assert_eq!(difference_text(10.0, 7.5), "B is ₹2.5 L a year less than A (−25%)");
        assert_eq!(difference_text(8.0, 8.02), "A and B come out the same.");
    }
}
