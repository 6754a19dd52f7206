//! The house rent allowance exempt under the old regime (Schedule III of the Income-tax Act,
//! 2025; section 10(13A) of the 1961 Act): the least of the HRA received, the rent paid less a
//! tenth of basic, and a share of basic that is higher in the cities the rules list.

use super::claims::Claims;
use super::structure::Split;
use crate::data::TaxRules;

/// Which of the three amounts the exemption is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HraBound {
    /// The HRA received.
    Received,
    /// The rent paid less a share of basic.
    Rent,
    /// A share of basic: the larger in a listed city.
    ShareOfBasic,
}

/// Where the person works, for the share of basic.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HraCity {
    /// A city the year's rules list: the larger share.
    Listed,
    /// A city they do not list.
    Unlisted,
    /// No city chosen: the smaller share, as anywhere outside the list.
    NoneChosen,
}

/// The HRA exemption and how it was reached, rupees a year.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct HraExemption {
    pub received: f64,
    pub rent_less_share: f64,
    pub share_of_basic: f64,
    pub city: HraCity,
    pub exempt: f64,
    pub bound: HraBound,
}

/// Whether the year's rules list the city (a slug of the city table).
pub fn hra_city(rules: &TaxRules, city_slug: Option<&str>) -> HraCity {
    match city_slug {
        None => HraCity::NoneChosen,
        Some(slug) if rules.old_regime_reliefs.hra.metro_cities.iter().any(|c| c == slug) => HraCity::Listed,
        Some(_) => HraCity::Unlisted,
    }
}

/// The least of the three amounts; none without rent.
pub fn hra_exemption(
    rules: &TaxRules,
    split: &Split,
    claims: &Claims,
    city_slug: Option<&str>,
) -> HraExemption {
    let rule = &rules.old_regime_reliefs.hra;
    let city = hra_city(rules, city_slug);
    let share = match city {
        HraCity::Listed => rule.metro_share_of_basic,
        HraCity::Unlisted | HraCity::NoneChosen => rule.other_share_of_basic,
    };
    let received = split.hra;
    let rent_less_share = (claims.rent_monthly * 12.0 - split.basic * rule.rent_over_share_of_basic).max(0.0);
    let share_of_basic = split.basic * share;
    // Ties go to the first in this order, the order the law lists them in.
    let (exempt, bound) = [
        (received, HraBound::Received),
        (rent_less_share, HraBound::Rent),
        (share_of_basic, HraBound::ShareOfBasic),
    ]
    .into_iter()
    .fold((f64::INFINITY, HraBound::Received), |least, this| if this.0 < least.0 { this } else { least });
    HraExemption { received, rent_less_share, share_of_basic, city, exempt, bound }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tax::structure::{split, Structure};
    use crate::tax::test_rules::{close, year_2025_26, year_2026_27};

    /// ₹20 L, basic 50%: basic ₹10,00,000 (₹83,333.33 a month).
    fn twenty_lakh() -> Split {
        split(&year_2026_27().salary, 2_000_000.0, &Structure::default())
    }

    #[test]
    fn the_hra_received_binds_when_it_is_least() {
        // HRA 20% of basic, ₹2,00,000; rent ₹40,000 a month less 10% of basic is ₹3,80,000;
        // 50% of basic in Mumbai is ₹5,00,000.
        let claims = Claims { rent_monthly: 40_000.0, ..Claims::default() };
        let split = split(
            &year_2026_27().salary,
            2_000_000.0,
            &Structure { hra_percent: 20.0, ..Structure::default() },
        );
        let h = hra_exemption(year_2026_27(), &split, &claims, Some("mumbai"));
        assert_eq!(h.bound, HraBound::Received);
        assert!(close(h.exempt, 200_000.0), "{h:?}");
    }

    #[test]
    fn the_rent_less_a_tenth_of_basic_binds_when_it_is_least() {
        // Rent ₹25,000 a month: ₹3,00,000 − ₹1,00,000 = ₹2,00,000, under HRA ₹5,00,000 and the cap.
        let claims = Claims { rent_monthly: 25_000.0, ..Claims::default() };
        let h = hra_exemption(year_2026_27(), &twenty_lakh(), &claims, Some("pune"));
        assert_eq!(h.bound, HraBound::Rent);
        assert!(close(h.exempt, 200_000.0), "{h:?}");
        // Rent under a tenth of basic exempts nothing.
        let low = Claims { rent_monthly: 8_000.0, ..Claims::default() };
        assert_eq!(hra_exemption(year_2026_27(), &twenty_lakh(), &low, Some("pune")).exempt, 0.0);
    }

    #[test]
    fn the_share_of_basic_binds_and_depends_on_the_city_list() {
        // Rent ₹60,000 a month: ₹7,20,000 − ₹1,00,000 = ₹6,20,000; HRA ₹5,00,000.
        let claims = Claims { rent_monthly: 60_000.0, ..Claims::default() };
        // In 2026-27 Bengaluru is at 50%: ₹5,00,000 ties with the HRA received, which binds
        // first; in FY 2025-26 it is at 40%: ₹4,00,000.
        let now = hra_exemption(year_2026_27(), &twenty_lakh(), &claims, Some("bengaluru"));
        assert_eq!((now.city, now.exempt), (HraCity::Listed, 500_000.0));
        let before = hra_exemption(year_2025_26(), &twenty_lakh(), &claims, Some("bengaluru"));
        assert_eq!((before.bound, before.city), (HraBound::ShareOfBasic, HraCity::Unlisted));
        assert!(close(before.exempt, 400_000.0));
        // No city chosen: 40%.
        let anywhere = hra_exemption(year_2026_27(), &twenty_lakh(), &claims, None);
        assert_eq!((anywhere.bound, anywhere.city), (HraBound::ShareOfBasic, HraCity::NoneChosen));
        assert!(close(anywhere.exempt, 400_000.0));
    }
}
