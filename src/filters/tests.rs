//! The URL codec: presets, aliases, bad input, and round trips.

use super::*;
use crate::data::dataset;
use crate::model::Inputs;
use crate::tax::PfMode;
use proptest::prelude::*;

/// The canonical query of a selection, an offer and profile B, with every other field at its
/// default.
fn encode_parts(selection: &Selection, offer: Option<f64>, compare: Option<&Selection>) -> String {
    encode(&Link {
        selection: *selection,
        job: Job { offer, ..Job::default() },
        compare: compare.copied(),
        ..Link::default()
    })
}

fn slugs(sel: &Selection) -> [Option<&'static str>; 5] {
    Dimension::ALL.map(|d| sel.get(d).map(|e| e.slug.as_ref()))
}

#[test]
fn a_full_preset_decodes_to_its_slugs_with_no_notice() {
    let d = decode("?role=senior-backend-developer&city=bengaluru&skill=python&exp=mid", dataset());
    assert_eq!(
        slugs(&d.link.selection),
        [Some("senior-backend-developer"), Some("bengaluru"), Some("python"), Some("mid"), None]
    );
    assert_eq!(d.link.compare, None);
    assert!(d.notices.is_empty(), "{:?}", d.notices);
}

#[test]
fn every_slug_of_every_filter_is_reachable_by_its_parameter() {
    for dim in Dimension::ALL {
        for entry in dim.table(dataset()).entries.iter() {
            let d = decode(&format!("{}={}", dim.param(), entry.slug), dataset());
            assert_eq!(d.link.selection.get(dim), Some(entry));
            assert!(d.notices.is_empty());
        }
    }
    assert_eq!(Dimension::Role.table(dataset()).entries.len(), 7);
}

#[test]
fn values_are_case_insensitive_and_aliases_work() {
    let d = decode("city=Bangalore&skill=Node.js&exp=MID&role=Technical-Lead", dataset());
    assert_eq!(
        slugs(&d.link.selection),
        [Some("technical-lead"), Some("bengaluru"), Some("nodejs"), Some("mid"), None]
    );
    assert!(d.notices.is_empty());
    for alias in ["node", "node.js", "NODEJS", "node%2Ejs"] {
        assert_eq!(
            decode(&format!("skill={alias}"), dataset()).link.selection.skill.map(|e| e.slug.as_ref()),
            Some("nodejs")
        );
    }
    assert_eq!(
        decode("skill=spring-boot", dataset()).link.selection.skill.map(|e| e.slug.as_ref()),
        Some("spring")
    );
    assert_eq!(
        decode("skill=Spring+Boot", dataset()).link.selection.skill.map(|e| e.slug.as_ref()),
        Some("spring")
    );
}

#[test]
fn an_unknown_value_is_named_and_the_rest_still_applies() {
    let d = decode("role=ceo&city=pune", dataset());
    assert_eq!(slugs(&d.link.selection), [None, Some("pune"), None, None, None]);
    assert_eq!(
        d.notices,
        [Notice::UnknownValue { profile: Profile::A, dim: Dimension::Role, quoted: "ceo".into() }]
    );
    assert_eq!(d.notices[0].text(), "“ceo” is not a role we have figures for, so Role is set to Any.");
}

#[test]
fn an_unknown_parameter_is_named_but_tracking_parameters_pass() {
    let d = decode("salary=100&utm_source=x&UTM_medium=y&fbclid=1&gclid=2&exp=lead", dataset());
    assert_eq!(slugs(&d.link.selection), [None, None, None, Some("lead"), None]);
    assert_eq!(d.notices, [Notice::UnknownParameter { quoted: "salary".into() }]);
    assert_eq!(
        d.notices[0].text(),
        "The link parameter “salary” is not one this page uses, so it was ignored."
    );
}

#[test]
fn the_first_of_a_repeated_parameter_wins() {
    let d = decode("city=pune&city=mumbai", dataset());
    assert_eq!(d.link.selection.city.map(|e| e.slug.as_ref()), Some("pune"));
    assert_eq!(d.notices, [Notice::Repeated(Field::Filter(Profile::A, Dimension::City))]);
    assert_eq!(d.notices[0].text(), "The link sets “city” more than once; the first value was used.");
    // Even when the first is invalid: it still counts as the occurrence that wins.
    let d = decode("city=atlantis&city=mumbai", dataset());
    assert_eq!(d.link.selection.city, None);
    assert_eq!(d.notices.len(), 2);
}

#[test]
fn empty_values_mean_any_silently() {
    let d = decode("?role=&city=&&skill", dataset());
    assert_eq!(d, Decoded::default());
    assert_eq!(decode("", dataset()), Decoded::default());
    assert_eq!(decode("?", dataset()), Decoded::default());
}

#[test]
fn over_long_values_are_refused_and_quotes_are_truncated() {
    let long = "a".repeat(MAX_VALUE_LEN + 1);
    let d = decode(&format!("city={long}"), dataset());
    assert_eq!(d.link.selection.city, None);
    assert_eq!(d.notices, [Notice::TooLong { field: Field::Filter(Profile::A, Dimension::City), chars: 65 }]);
    assert!(d.notices[0].text().contains("too long (65 characters), so City is set to Any"));
    let wordy = format!("x{}", "y".repeat(50));
    let d = decode(&format!("{wordy}=1"), dataset());
    assert_eq!(d.notices, [Notice::UnknownParameter { quoted: format!("x{}…", "y".repeat(39)) }]);
}

#[test]
fn script_like_values_come_back_as_plain_text_in_the_notice() {
    let d = decode("role=%3Cscript%3Ealert(1)%3C%2Fscript%3E", dataset());
    assert_eq!(d.link.selection.role, None);
    assert_eq!(
        d.notices,
        [Notice::UnknownValue {
            profile: Profile::A,
            dim: Dimension::Role,
            quoted: "<script>alert(1)</script>".into()
        }]
    );
}

#[test]
fn many_problems_are_summarised() {
    let d = decode("a=1&b=2&c=3&d=4&e=5&f=6&g=7&city=pune", dataset());
    assert_eq!(d.link.selection.city.map(|e| e.slug.as_ref()), Some("pune"));
    assert_eq!(d.notices.len(), MAX_NOTICES);
    assert_eq!(d.notices.last(), Some(&Notice::MoreProblems(3)));
    assert_eq!(d.notices[MAX_NOTICES - 1].text(), "3 more problems in the link were ignored.");
}

#[test]
fn percent_decoding_is_total() {
    assert_eq!(percent_decode("a%20b+c"), "a b c");
    assert_eq!(percent_decode("100%"), "100%");
    assert_eq!(percent_decode("%zz%4"), "%zz%4");
    assert_eq!(percent_decode("%E2%82%B9"), "₹");
    // Escapes that do not make UTF-8 leave the text as it was written.
    for escaped in ["%FF%FE", "a%C3%28b+c", "%E2%82", "%E2%82x%E2%82%B9", "%ED%A0%80%F0%9F%98%80%F4%90%80%80"]
    {
        assert_eq!(percent_decode(escaped), escaped);
    }
}

#[test]
fn encoding_is_canonical() {
    let d = decode("exp=mid&skill=Python&city=bangalore&role=senior-backend-developer", dataset());
    assert_eq!(
        encode_parts(&d.link.selection, None, None),
        "role=senior-backend-developer&city=bengaluru&skill=python&exp=mid"
    );
    assert_eq!(encode_parts(&Selection::default(), None, None), "");
    let only_city = decode("city=chennai", dataset()).link.selection;
    assert_eq!(encode_parts(&only_city, None, None), "city=chennai");
    let employer = decode("company=HCL&exp=entry", dataset()).link.selection;
    assert_eq!(encode_parts(&employer, None, None), "exp=entry&company=hcltech");
}

#[test]
fn selection_inputs_carry_the_table_figures() {
    let sel = decode("role=engineering-manager&city=bengaluru&skill=data-security&exp=entry", dataset())
        .link
        .selection;
    assert_eq!(
        sel.inputs(),
        Inputs {
            role: Some(38.5),
            experience: Some(5.0),
            city: Some(10.0),
            skill: Some(20.0),
            employer: None
        }
    );
}

/// Any valid selection: each filter "Any" or one of its table's entries.
fn selection() -> impl Strategy<Value = Selection> {
    let pick = |dim: Dimension| {
        let n = dim.table(dataset()).entries.len();
        proptest::option::of(0..n).prop_map(move |i| i.map(|i| &dim.table(dataset()).entries[i]))
    };
    (
        pick(Dimension::Role),
        pick(Dimension::City),
        pick(Dimension::Skill),
        pick(Dimension::Experience),
        pick(Dimension::Employer),
    )
        .prop_map(|(role, city, skill, experience, employer)| Selection {
            role,
            city,
            skill,
            experience,
            employer,
        })
}

proptest! {
    #[test]
    fn encode_then_decode_is_the_identity(
        sel in selection(),
        b in proptest::option::of(selection()),
        offer_hundredths in proptest::option::of(50u32..=500_000),
    ) {
        let offer = offer_hundredths.map(|h| f64::from(h) / 100.0);
        let d = decode(&encode_parts(&sel, offer, b.as_ref()), dataset());
        prop_assert_eq!(d.link.selection, sel);
        prop_assert_eq!(d.link.job.offer, offer);
        prop_assert_eq!(d.link.compare, b);
        prop_assert!(d.notices.is_empty());
    }

    #[test]
    fn encoding_is_stable_and_has_no_defaults(sel in selection(), b in proptest::option::of(selection())) {
        let once = encode_parts(&sel, None, b.as_ref());
        let d = decode(&once, dataset());
        prop_assert_eq!(encode_parts(&d.link.selection, None, d.link.compare.as_ref()), once.clone());
        prop_assert!(!once.contains("=&") && !once.ends_with('='), "{}", once);
    }

    #[test]
    fn decoding_anything_never_panics_and_notices_stay_short(query in ".{0,300}") {
        let d = decode(&query, dataset());
        prop_assert!(d.notices.len() <= MAX_NOTICES);
        for n in &d.notices {
            let text = n.text();
            prop_assert!(text.chars().count() < 200, "{}", text);
        }
    }

    #[test]
    fn arbitrary_bytes_are_quoted_back_printable_and_short(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
        let escaped: String = bytes.iter().map(|b| format!("%{b:02X}")).collect();
        let d = decode(&format!("role={escaped}&{escaped}={escaped}&city=pune"), dataset());
        // Whatever the bytes, the rest of the link applies and every notice is plain, short text.
        prop_assert_eq!(d.link.selection.city.map(|c| c.slug.as_ref()), Some("pune"));
        prop_assert!(d.notices.len() <= MAX_NOTICES);
        for notice in &d.notices {
            let text = notice.text();
            prop_assert!(!text.chars().any(char::is_control), "{:?}", text);
            prop_assert!(text.chars().count() < 200, "{}", text);
        }
    }
}

#[test]
fn employer_is_the_company_parameter() {
    let d = decode("company=TCS", dataset());
    assert_eq!(d.link.selection.employer.map(|e| (e.slug.as_ref(), e.lakh)), Some(("tcs", 5.5)));
    let d = decode("company=google", dataset());
    assert_eq!(
        d.notices[0].text(),
        "“google” is not an employer we have figures for, so Employer is set to Any."
    );
}

#[test]
fn b_parameters_open_compare_mode_with_profile_b() {
    let d = decode("?role=backend-developer&b.role=technical-lead&b.city=bengaluru", dataset());
    assert_eq!(slugs(&d.link.selection), [Some("backend-developer"), None, None, None, None]);
    let b = d.link.compare.expect("compare mode");
    assert_eq!(slugs(&b), [Some("technical-lead"), Some("bengaluru"), None, None, None]);
    assert!(d.notices.is_empty());
    assert_eq!(
        encode_parts(&d.link.selection, None, Some(&b)),
        "role=backend-developer&b.role=technical-lead&b.city=bengaluru"
    );
}

#[test]
fn compare_mode_survives_an_all_any_profile_b() {
    let d = decode("city=pune&compare=1", dataset());
    assert_eq!(d.link.compare, Some(Selection::default()));
    assert_eq!(encode_parts(&d.link.selection, None, d.link.compare.as_ref()), "city=pune&compare=1");
    assert_eq!(encode_parts(&Selection::default(), None, Some(&Selection::default())), "compare=1");
}

#[test]
fn bad_b_parameters_get_the_same_notices() {
    let d = decode("b.city=atlantis&b.salary=9&b.exp=mid&b.exp=lead", dataset());
    let b = d.link.compare.expect("compare mode");
    assert_eq!(slugs(&b), [None, None, None, Some("mid"), None]);
    assert_eq!(
        d.notices,
        [
            Notice::UnknownValue { profile: Profile::B, dim: Dimension::City, quoted: "atlantis".into() },
            Notice::UnknownParameter { quoted: "b.salary".into() },
            Notice::Repeated(Field::Filter(Profile::B, Dimension::Experience)),
        ]
    );
    assert_eq!(
        d.notices.iter().map(Notice::text).collect::<Vec<_>>(),
        [
            "“atlantis” is not a city we have figures for, so profile B’s City is set to Any.",
            "The link parameter “b.salary” is not one this page uses, so it was ignored.",
            "The link sets “b.exp” more than once; the first value was used.",
        ]
    );
}

/// Every character of `text` as a `%XX` escape.
fn escape_all(text: &str) -> String {
    text.bytes().map(|b| format!("%{b:02X}")).collect()
}

proptest! {
    #[test]
    fn percent_encoded_links_decode_like_plain_ones(sel in selection(), b in proptest::option::of(selection())) {
        let plain = encode_parts(&sel, None, b.as_ref());
        let escaped: String = plain
            .split('&')
            .map(|pair| {
                let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
                format!("{}={}", escape_all(k), escape_all(v))
            })
            .collect::<Vec<_>>()
            .join("&");
        let d = decode(&escaped, dataset());
        prop_assert_eq!(d.link.selection, sel);
        prop_assert_eq!(d.link.compare, b);
    }

    #[test]
    fn the_first_of_repeated_keys_wins(dim_index in 0usize..5, i in 0usize..5, j in 0usize..5) {
        let dim = Dimension::ALL[dim_index];
        let entries = &dim.table(dataset()).entries;
        let (first, second) = (&entries[i % entries.len()], &entries[j % entries.len()]);
        let d = decode(&format!("{p}={}&{p}={}", first.slug, second.slug, p = dim.param()), dataset());
        prop_assert_eq!(d.link.selection.get(dim), Some(first));
        prop_assert_eq!(d.notices.len(), 1);
    }

    #[test]
    fn over_long_values_are_always_refused(len in (MAX_VALUE_LEN + 1)..20_000usize, dim_index in 0usize..5) {
        let dim = Dimension::ALL[dim_index];
        let d = decode(&format!("{}={}", dim.param(), "a".repeat(len)), dataset());
        prop_assert_eq!(d.link.selection, Selection::default());
        prop_assert_eq!(&d.notices, &vec![Notice::TooLong { field: Field::Filter(Profile::A, dim), chars: len }]);
    }

    #[test]
    fn empty_values_and_tracking_parameters_change_nothing(
        sel in selection(),
        junk in proptest::collection::vec(
            prop_oneof![Just("utm_source=x"), Just("fbclid=1"), Just("gclid=2"), Just("role="), Just("&"), Just("=")],
            0..6,
        ),
    ) {
        let query = format!("{}&{}", junk.join("&"), encode_parts(&sel, None, None));
        let d = decode(&query, dataset());
        // An empty `role=` before the real one counts as the first occurrence.
        let role_blanked = junk.contains(&"role=");
        let expected = Selection { role: if role_blanked { None } else { sel.role }, ..sel };
        prop_assert_eq!(d.link.selection, expected);
    }
}

#[test]
fn the_offer_is_profile_a_s_in_lakh_after_its_filters() {
    let d = decode("?offer=12.5&city=pune&b.city=mumbai", dataset());
    assert_eq!(d.link.job.offer, Some(12.5));
    assert_eq!(
        encode_parts(&d.link.selection, d.link.job.offer, d.link.compare.as_ref()),
        "city=pune&offer=12.5&b.city=mumbai"
    );
    // Other notations read too, and are written back in lakh.
    assert_eq!(decode("offer=%E2%82%B912%2C50%2C000", dataset()).link.job.offer, Some(12.5));
    assert_eq!(decode("offer=1.2+Cr", dataset()).link.job.offer, Some(120.0));
    assert_eq!(encode_parts(&Selection::default(), Some(14.0), None), "offer=14");
}

#[test]
fn a_bad_offer_is_ignored_with_a_notice_and_the_rest_applies() {
    for (query, says) in [
        ("offer=abc&city=pune", "“abc” is not an amount"),
        ("offer=-5&city=pune", "cannot be below zero"),
        ("offer=0&city=pune", "is at least ₹0.5 L a year"),
        ("offer=0.1&city=pune", "is at least ₹0.5 L a year"),
        ("offer=60+Cr&city=pune", "is at most ₹50 Cr a year"),
    ] {
        let d = decode(query, dataset());
        assert_eq!(d.link.job.offer, None, "{query}");
        assert_eq!(d.link.selection.city.map(|c| c.slug.as_ref()), Some("pune"), "{query}");
        assert_eq!(d.notices.len(), 1, "{query}");
        assert!(
            matches!(
                d.notices[0],
                Notice::Unusable { param: Param::Offer, problem: Problem::Amount(..), .. }
            ),
            "{query}"
        );
        assert!(d.notices[0].text().contains(says), "{query}: {}", d.notices[0].text());
    }
    let twice = decode("offer=12&offer=14", dataset());
    assert_eq!(twice.link.job.offer, Some(12.0));
    assert_eq!(twice.notices, [Notice::Repeated(Field::Param(Profile::A, Param::Offer))]);
    assert_eq!(decode("offer=", dataset()), decode("", dataset()));
}

#[test]
fn a_form_value_is_any_a_known_slug_or_nothing() {
    assert_eq!(Dimension::City.choice_from_form(dataset(), ""), Some(None));
    assert_eq!(
        Dimension::City.choice_from_form(dataset(), "pune").map(|c| c.map(|e| e.slug.as_ref())),
        Some(Some("pune"))
    );
    // Only canonical slugs: aliases and unknown values are not what a select sends.
    assert_eq!(Dimension::City.choice_from_form(dataset(), "atlantis"), None);
    assert_eq!(Dimension::City.choice_from_form(dataset(), "bangalore"), None);
}

#[test]
fn the_current_ctc_reads_like_the_offer_and_is_named_when_bad() {
    let d = decode("current=10&offer=13", dataset());
    assert_eq!((d.link.own.current, d.link.job.offer), (Some(10.0), Some(13.0)));
    assert_eq!(encode(&d.link), "offer=13&current=10");
    assert_eq!(decode("current=%E2%82%B910%2C00%2C000", dataset()).link.own.current, Some(10.0));
    let bad = decode("current=ten&city=pune", dataset());
    assert_eq!(bad.link.own.current, None);
    assert_eq!(bad.link.selection.city.map(|c| c.slug.as_ref()), Some("pune"));
    assert_eq!(
        bad.notices.iter().map(Notice::text).collect::<Vec<_>>(),
        ["The current CTC in the link was ignored: “ten” is not an amount this page can read. Type it as 12.5, 12.5 L, ₹12,50,000 or 1.2 Cr."]
    );
    assert!(decode("current=0", dataset()).notices[0]
        .text()
        .ends_with("A current CTC is at least ₹0.5 L a year: “0” reads as ₹0."));
    assert_eq!(
        decode("current=9&current=10", dataset()).notices,
        [Notice::Repeated(Field::Param(Profile::A, Param::Current))]
    );
}

#[test]
fn the_structure_is_carried_canonically_and_left_out_at_its_defaults() {
    let d = decode("var=12.5&pf=Capped&basic=40", dataset());
    assert!(d.notices.is_empty(), "{:?}", d.notices);
    let s = d.link.job.structure;
    assert_eq!((s.basic_percent, s.pf, s.variable_percent), (40.0, PfMode::Capped, 12.5));
    assert_eq!(encode(&d.link), "basic=40&pf=capped&var=12.5");
    assert_eq!(encode(&decode("basic=50&pf=full&var=0", dataset()).link), "");
    assert_eq!(decode("basic=55%25", dataset()).link.job.structure.basic_percent, 55.0);
    assert_eq!(decode("basic=30&var=50", dataset()).notices, []);
}

#[test]
fn a_structure_value_out_of_range_or_unreadable_is_named_and_the_default_applies() {
    for (query, says) in [
        ("basic=80&city=pune", "“80” in “basic” is not basic pay as 30 to 70% of the fixed CTC, so the default, 50%, is used."),
        ("basic=29.99&city=pune", "“29.99” in “basic” is not basic pay as 30 to 70% of the fixed CTC, so the default, 50%, is used."),
        ("var=-5&city=pune", "“-5” in “var” is not variable pay as 0 to 50% of the CTC, so the default, 0%, is used."),
        ("var=half&city=pune", "“half” in “var” is not variable pay as 0 to 50% of the CTC, so the default, 0%, is used."),
        ("pf=some&city=pune", "“some” in “pf” is not the PF as “full”, “capped”, “wages” or “none”, so the default, “full”, is used."),
        ("pf=%3Cb%3E&city=pune", "“<b>” in “pf” is not the PF as “full”, “capped”, “wages” or “none”, so the default, “full”, is used."),
    ] {
        let d = decode(query, dataset());
        assert_eq!(d.link.job, Job::default(), "{query}");
        assert_eq!(d.link.selection.city.map(|c| c.slug.as_ref()), Some("pune"), "{query}");
        assert_eq!(d.notices.iter().map(Notice::text).collect::<Vec<_>>(), [says], "{query}");
    }
}

/// A job's and the person's terms with every parameter of the table at its default or at any
/// value a link can carry (amounts in whole hundredths of a lakh or rupees, percentages in
/// hundredths), so a new row of the table is in the round trip below with no new strategy.
fn terms() -> impl Strategy<Value = (Job, Own)> {
    proptest::collection::vec(proptest::option::of(any::<u32>()), Param::ALL.len()).prop_map(|seeds| {
        let (mut job, mut own) = (Job::default(), Own::default());
        for (&param, seed) in Param::ALL.iter().zip(seeds) {
            let Some(n) = seed else { continue };
            match param.row().kind {
                // Half of a grant's values in whole dollars, held as `amount::held` says.
                Kind::Lakh(limits, slot) if limits.dollars && n % 2 == 1 => {
                    slot.set(&mut job, &mut own, Some(-f64::from(1_000 + n / 2 % 10_000_000)))
                }
                Kind::Lakh(_, slot) => {
                    slot.set(&mut job, &mut own, Some(f64::from(50 + n % 499_951) / 100.0))
                }
                Kind::Rupees(limits, slot) => {
                    let (least, most) = (limits.min as u32, limits.max as u32);
                    slot.set(&mut job, &mut own, f64::from(least + n % (most - least + 1)))
                }
                Kind::Number { range, unit, slot, .. } => {
                    // Hundredths of a percentage; whole months.
                    let scale = if unit == Unit::Months { 1.0 } else { 100.0 };
                    let (from, to) =
                        ((range.start() * scale).round() as i64, (range.end() * scale).round() as i64);
                    slot.set(&mut job, &mut own, (from + i64::from(n) % (to - from + 1)) as f64 / scale);
                }
                // Whatever the notation, one of these texts is a value of it.
                Kind::Coded { notation, slot } => {
                    let month = format!("{}-{:02}", 2026 + n % 5, 1 + n / 5 % 12);
                    let first = n % 101;
                    let second = n / 101 % (101 - first);
                    let vest = format!("{first}-{second}-{}", 100 - first - second);
                    let city = ["pune", "Bengaluru", "Visakhapatnam"][n as usize % 3].to_string();
                    let code = [month, vest, city].iter().find_map(|text| (notation.read)(text));
                    slot.set(&mut job, &mut own, code.expect("a text of each notation"));
                }
                Kind::Choice { slugs, slot, .. } => slot.set(&mut job, &mut own, n as usize % slugs.len()),
            }
        }
        (job, own)
    })
}

proptest! {
    #[test]
    fn every_link_reads_back_from_its_own_query(
        sel in selection(), b in proptest::option::of(selection()), (job, own) in terms(), (b_job, _) in terms(),
    ) {
        // Profile B's job is in the link in compare mode only.
        let b_job = if b.is_some() { b_job } else { Job::default() };
        let link = Link { selection: sel, job, own, compare: b, b_job };
        let query = encode(&link);
        let d = decode(&query, dataset());
        prop_assert!(d.notices.is_empty(), "{} gave {:?}", query, d.notices);
        prop_assert_eq!(&d.link, &link);
        prop_assert_eq!(encode(&d.link), query);
    }
}

#[test]
fn the_old_regime_s_claims_are_carried_in_rupees_and_left_out_when_none() {
    let d = decode("home-loan=2%2C00%2C000&rent=40000&80c=0.3+L&hra=40&nps=50000&80d=25000", dataset());
    assert!(d.notices.is_empty(), "{:?}", d.notices);
    let c = d.link.job.claims(&d.link.own);
    assert_eq!(
        (c.rent_monthly, d.link.job.structure.hra_percent, c.c80, c.d80, c.nps, c.home_loan),
        (40_000.0, 40.0, 30_000.0, 25_000.0, 50_000.0, 200_000.0)
    );
    assert_eq!(encode(&d.link), "rent=40000&hra=40&80c=30000&80d=25000&nps=50000&home-loan=200000");
    assert_eq!(encode(&decode("rent=0&hra=50&80c=", dataset()).link), "");
    // A zero take-home wanted is none too, though the field's least is above nothing.
    let d = decode("want=0", dataset());
    assert!(d.notices.is_empty(), "{:?}", d.notices);
    assert_eq!(encode(&d.link), "");
}

#[test]
fn a_bad_claim_is_named_and_counts_as_none() {
    for (query, says) in [
        ("rent=lots&city=pune", "“rent” in the link was ignored, so none is counted: “lots” is not an amount this page can read. Type it as ₹40,000, 40k or 0.4 L a month."),
        ("80c=-5&city=pune", "“80c” in the link was ignored, so none is counted: An 80C amount cannot be below zero."),
        ("home-loan=2+Cr&city=pune", "“home-loan” in the link was ignored, so none is counted: Home-loan interest is at most ₹1 Cr a year: “2 Cr” reads as ₹2 Cr. Type it as ₹50,000, 50k or 0.5 L a year."),
        ("hra=60&city=pune", "“60” in “hra” is not HRA as 0 to 50% of basic pay, so the default, 50%, is used."),
    ] {
        let d = decode(query, dataset());
        assert_eq!((d.link.job, d.link.own), (Job::default(), Own::default()), "{query}");
        assert_eq!(d.link.selection.city.map(|c| c.slug.as_ref()), Some("pune"), "{query}");
        assert_eq!(d.notices.iter().map(Notice::text).collect::<Vec<_>>(), [says], "{query}");
    }
}

#[test]
fn a_bad_amount_for_profile_b_names_its_key_and_profile_b() {
    for (query, key) in
        [("compare=1&b.offer=lots", "b.offer"), ("compare=1&b.join=%3Cb%3E9%3C%2Fb%3E", "b.join")]
    {
        let d = decode(query, dataset());
        let texts: Vec<String> = d.notices.iter().map(Notice::text).collect();
        assert_eq!(texts.len(), 1, "{query}: {texts:?}");
        assert!(texts[0].starts_with("Profile B’s "), "{query}: {texts:?}");
        assert!(texts[0].contains(&format!("(“{key}”)")), "{query}: {texts:?}");
        // Profile A's notice for the same value is a different sentence.
        let a = decode(&query.replace("b.", "").replace("compare=1&", ""), dataset());
        assert_ne!(a.notices[0].text(), texts[0]);
    }
}

#[test]
fn the_four_years_terms_read_as_offer_letters_write_them_and_share_what_is_the_person_s() {
    let d = decode("offer=30&rsu=35+L&vest=5%2F15%2F40%2F40&growth=-10%25&start=2027-1&b.offer=28&b.vest=40,30,20,10&clawback=18", dataset());
    assert!(d.notices.is_empty(), "{:?}", d.notices);
    assert_eq!(d.link.job.rsu, Some(35.0));
    assert_eq!(d.link.own.growth, -10.0);
    assert_eq!(d.link.job.clawback, 18.0);
    assert_eq!(
        encode(&d.link),
        "offer=30&start=2027-01&clawback=18&rsu=35&vest=5-15-40-40&growth=-10&b.offer=28&b.vest=40-30-20-10"
    );
    // The person's own terms have no profile B form.
    let b = decode("b.start=2027-01&b.growth=5&b.buyout=1", dataset());
    assert_eq!(b.notices.len(), 3, "{:?}", b.notices);
}

#[test]
fn a_four_years_term_it_cannot_use_is_named_and_its_default_applies() {
    for (query, says) in [
        ("vest=25-25-25", "“25-25-25” in “vest” is not a vesting of whole percentages a year that add up to 100, like 25-25-25-25 or 5-15-40-40, so the default, 25-25-25-25, is used."),
        ("start=2031-01", "“2031-01” in “start” is not a month from 2026-01 to 2030-12, like 2027-01, so the default, next month, is used."),
        ("growth=-60", "“-60” in “growth” is not the share price change as -50 to 50% a year, so the default, 0%, is used."),
        ("clawback=40", "“40” in “clawback” is not the clawback as 0 to 36 months after a bonus is paid, so the default, 12 months, is used."),
        ("clawback=12.5", "“12.5” in “clawback” is not the clawback as 0 to 36 months after a bonus is paid, so the default, 12 months, is used."),
        ("b.vest=50-60", "“50-60” in “b.vest” is not a vesting of whole percentages a year that add up to 100, like 25-25-25-25 or 5-15-40-40, so the default, 25-25-25-25, is used."),
    ] {
        let d = decode(query, dataset());
        assert_eq!(d.link.job, Job::default(), "{query}");
        assert_eq!(d.link.own, Own::default(), "{query}");
        assert_eq!(d.notices.iter().map(Notice::text).collect::<Vec<_>>(), [says], "{query}");
    }
}
