//! Checks that the bundled tables load, are sound, and hold the survey's exact figures.

use super::*;

fn figures(table: &Table) -> Vec<(&str, &str, f64)> {
    table.entries.iter().map(|e| (e.slug.as_str(), e.name.as_str(), e.lakh)).collect()
}

#[test]
fn bundled_data_parses_and_has_no_problems() {
    let data = Dataset::parse(&BUNDLED_FILES).expect("bundled data parses");
    for table in data.tables() {
        assert_eq!(table.problems(), Vec::<String>::new(), "table {}", table.id);
        assert_eq!(table.unit, "INR lakh per year");
        assert_eq!(table.survey_date, "January 2025");
    }
}

#[test]
fn roles_match_the_survey() {
    assert_eq!(
        figures(&dataset().roles),
        [
            ("junior-backend-developer", "Junior Backend Developer", 4.0),
            ("backend-developer", "Backend Developer", 8.0),
            ("senior-backend-developer", "Senior Backend Developer", 12.0),
            ("backend-architect", "Backend Architect", 15.0),
            ("technical-lead", "Technical Lead", 20.0),
        ]
    );
    assert_eq!(dataset().roles.source, "Glassdoor");
}

#[test]
fn career_path_matches_the_survey_and_every_step_has_a_responsibility() {
    let path = &dataset().career_path;
    assert_eq!(
        figures(path),
        [
            ("junior-backend-developer", "Junior Backend Developer", 4.0),
            ("backend-developer", "Backend Developer", 8.0),
            ("senior-backend-developer", "Senior Backend Developer", 12.0),
            ("technical-architect", "Technical Architect", 25.0),
            ("engineering-manager", "Engineering Manager", 38.5),
        ]
    );
    assert_eq!(path.source, "Glassdoor");
    for step in &path.entries {
        let note = step.note.as_deref().unwrap_or("");
        assert!(note.len() > 20, "{} needs a responsibility line", step.slug);
    }
}

#[test]
fn experience_matches_the_survey() {
    assert_eq!(
        figures(&dataset().experience),
        [
            ("entry", "Entry-Level (0–1 yr)", 5.0),
            ("junior", "Junior-Level (2–3 yrs)", 6.0),
            ("mid", "Mid-Level (4–7 yrs)", 10.0),
            ("senior", "Senior-Level (8–12 yrs)", 16.0),
            ("lead", "Lead Developer", 20.0),
        ]
    );
    assert_eq!(dataset().experience.source, "Glassdoor");
}

#[test]
fn cities_match_the_survey() {
    assert_eq!(
        figures(&dataset().cities),
        [
            ("bengaluru", "Bengaluru", 10.0),
            ("mumbai", "Mumbai", 6.0),
            ("hyderabad", "Hyderabad", 6.0),
            ("pune", "Pune", 7.0),
            ("chennai", "Chennai", 5.0),
        ]
    );
    assert_eq!(dataset().cities.source, "Glassdoor");
}

#[test]
fn skills_match_the_survey() {
    assert_eq!(
        figures(&dataset().skills),
        [
            ("java", "Java", 3.0),
            ("python", "Python", 6.0),
            ("nodejs", "Node.js", 5.0),
            ("spring", "Spring Framework", 5.0),
            ("data-security", "Data Security Expertise", 20.0),
        ]
    );
    assert_eq!(dataset().skills.source, "Glassdoor");
}

#[test]
fn recruiters_match_the_survey() {
    assert_eq!(
        figures(&dataset().recruiters),
        [
            ("infosys", "Infosys", 5.0),
            ("tcs", "TCS", 5.5),
            ("accenture", "Accenture", 7.0),
            ("cognizant", "Cognizant", 6.8),
            ("wipro", "Wipro", 5.0),
            ("capgemini", "Capgemini", 5.6),
            ("hcltech", "HCL Tech", 5.7),
        ]
    );
    assert_eq!(dataset().recruiters.source, "AmbitionBox");
}

#[test]
fn countries_match_the_survey() {
    assert_eq!(
        figures(&dataset().countries),
        [
            ("india", "India", 8.0),
            ("usa", "USA", 120.0),
            ("uk", "UK", 48.0),
            ("germany", "Germany", 52.0),
            ("canada", "Canada", 85.0),
            ("australia", "Australia", 86.0),
        ]
    );
    assert_eq!(dataset().countries.source, "Glassdoor and Indeed");
}

#[test]
fn outlook_matches_the_survey() {
    let o = &dataset().outlook;
    assert_eq!((o.growth_percent, o.from_year, o.to_year), (17.0, 2023, 2033));
    assert!(!o.source.is_empty());
}

#[test]
fn role_choices_are_the_seven_role_union_in_ascending_order() {
    let slugs: Vec<&str> = dataset().role_choices.entries.iter().map(|e| e.slug.as_str()).collect();
    assert_eq!(
        slugs,
        [
            "junior-backend-developer",
            "backend-developer",
            "senior-backend-developer",
            "backend-architect",
            "technical-lead",
            "technical-architect",
            "engineering-manager",
        ]
    );
}

#[test]
fn table_means_are_the_documented_ones() {
    assert!((dataset().cities.mean() - 6.8).abs() < 1e-12);
    assert!((dataset().skills.mean() - 7.8).abs() < 1e-12);
    assert_eq!(dataset().countries.max(), 120.0);
    assert_eq!(dataset().role_choices.max(), 38.5);
}

#[test]
fn resolve_accepts_case_and_aliases_but_nothing_else() {
    let data = dataset();
    assert_eq!(data.cities.resolve("Bangalore").map(|e| e.slug.as_str()), Some("bengaluru"));
    assert_eq!(data.cities.resolve(" BENGALURU ").map(|e| e.slug.as_str()), Some("bengaluru"));
    assert_eq!(data.skills.resolve("Node.js").map(|e| e.slug.as_str()), Some("nodejs"));
    assert_eq!(data.skills.resolve("node").map(|e| e.slug.as_str()), Some("nodejs"));
    assert_eq!(data.skills.resolve("spring-boot").map(|e| e.slug.as_str()), Some("spring"));
    assert_eq!(data.skills.resolve("spring_boot").map(|e| e.slug.as_str()), Some("spring"));
    assert_eq!(data.cities.resolve("delhi"), None);
    assert_eq!(data.cities.resolve(""), None);
}

/// The bundled files with one of them replaced.
fn with_file(index: usize, json: &str) -> [(&'static str, String); 8] {
    let mut files = BUNDLED_FILES.map(|(name, text)| (name, text.to_string()));
    files[index].1 = json.to_string();
    files
}

fn parse_owned(files: &[(&'static str, String); 8]) -> Result<Dataset, String> {
    let borrowed: [(&str, &str); 8] = std::array::from_fn(|i| (files[i].0, files[i].1.as_str()));
    Dataset::parse(&borrowed)
}

#[test]
fn a_broken_file_is_rejected_with_a_reason() {
    let cities = BUNDLED_FILES[3].1;
    let cases = [
        (cities.replace("\"lakh\": 10", "\"lakh\": -10"), "not positive"),
        (cities.replace("\"lakh\": 10", "\"lakh\": 0"), "not positive"),
        (cities.replace("\"slug\": \"mumbai\"", "\"slug\": \"pune\""), "used twice"),
        (cities.replace("\"bombay\"", "\"pune\""), "used twice"),
        (cities.replace("\"source\": \"Glassdoor\"", "\"source\": \" \""), "empty source"),
        (cities.replace("\"slug\": \"pune\"", "\"slug\": \"Pu ne\""), "URL-safe"),
        (cities.replace("\"lakh\": 10", "\"lakh\": \"10\""), "cities.json"),
        (cities.replace("\"source\": \"Glassdoor\",", ""), "missing field `source`"),
    ];
    for (json, expected) in cases {
        assert_ne!(json, cities, "the mutation for {expected:?} must change the file");
        let err = parse_owned(&with_file(3, &json)).expect_err(expected);
        assert!(err.contains(expected), "{err:?} should mention {expected:?}");
    }
}

#[test]
fn a_role_in_both_tables_with_different_figures_is_rejected() {
    let path = BUNDLED_FILES[1].1.replace("\"lakh\": 12", "\"lakh\": 13");
    let err = parse_owned(&with_file(1, &path)).expect_err("conflicting role figures");
    assert!(err.contains("senior-backend-developer"), "{err}");
}

#[test]
fn the_generated_tables_equal_the_parsed_json() {
    // The app uses the tables build.rs generates; they must be exactly what the JSON says.
    let parsed = Dataset::parse(&BUNDLED_FILES).expect("bundled data parses");
    assert_eq!(dataset(), &parsed);
    assert_eq!(dataset().skills.find("spring").map(|e| e.aliases.len()), Some(3));
    assert!(dataset().career_path.entries.iter().all(|e| e.note.is_some()));
}

proptest::proptest! {
    #[test]
    fn sort_small_is_a_stable_sort(keys in proptest::collection::vec(0u8..6, 0..14)) {
        let mut tagged: Vec<(u8, usize)> = keys.iter().copied().zip(0..).collect();
        let mut expected = tagged.clone();
        expected.sort_by_key(|t| t.0); // std's sort is stable too
        sort_small(&mut tagged, |a, b| a.0 < b.0);
        proptest::prop_assert_eq!(tagged, expected);
    }
}
