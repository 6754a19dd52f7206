//! Checks that the bundled tables load, are sound, and hold the survey's exact figures (against
//! its article, where it is beside the project).

use super::*;

#[test]
fn bundled_data_parses_and_has_no_problems() {
    let data = Dataset::parse(&BUNDLED_FILES, PLACES_FILE).expect("bundled data parses");
    for table in data.tables() {
        assert_eq!(table.problems(), Vec::<String>::new(), "table {}", table.id);
        assert_eq!(table.unit, "INR lakh per year");
        assert_eq!(table.survey_date, "January 2025");
    }
}

/// The survey's article, where it is beside the project (`SURVEY_ARTICLE`, or the team's
/// `../shared/reference/`): the source the tables were taken from.
fn survey_article() -> Option<String> {
    let path = std::env::var_os("SURVEY_ARTICLE").map(std::path::PathBuf::from).unwrap_or_else(|| {
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../shared/reference/backend-developer-salary-india-2025.txt")
    });
    match std::fs::read_to_string(&path) {
        Ok(text) => Some(text),
        // Named but missing is a mistake; not named and not beside the project is a clone elsewhere.
        Err(e) if std::env::var_os("SURVEY_ARTICLE").is_some() => {
            panic!("SURVEY_ARTICLE {}: {e}", path.display())
        }
        Err(_) => None,
    }
}

/// The article's tables as it prints them, in its order: each row's first cell and its figure
/// in lakh ("4L", "5.5L", "1.2 Cr", "INR 38.5L"), and the table's source line.
fn article_tables(article: &str) -> Vec<(Vec<(String, f64)>, String)> {
    let mut tables = Vec::new();
    let mut rows = Vec::new();
    for line in article.lines() {
        if let Some(source) = line.strip_prefix("Source: ") {
            tables.push((std::mem::take(&mut rows), source.trim().to_string()));
            continue;
        }
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        if let [name, figure, _, ..] = cells.as_slice() {
            let any =
                crate::amount::Limits { monthly: false, min: 50_000.0, max: 500_000_000.0, dollars: false };
            if let crate::amount::Typed::Amount { rupees, .. } = crate::amount::read_link(figure, any, true) {
                rows.push((name.to_string(), crate::format::lakh_of(rupees)));
            }
        }
    }
    tables
}

#[test]
fn the_tables_hold_exactly_the_survey_s_figures_in_its_order() {
    let Some(article) = survey_article() else {
        eprintln!("skipped: the survey article is not beside the project (set SURVEY_ARTICLE to check the tables against it)");
        return;
    };
    let data = dataset();
    let ours = [
        &data.roles,
        &data.experience,
        &data.cities,
        &data.skills,
        &data.recruiters,
        &data.countries,
        &data.career_path,
    ];
    let theirs = article_tables(&article);
    assert_eq!(theirs.len(), ours.len(), "the article has {} tables", theirs.len());
    // Sources are compared as words: "Ambitionbox" is AmbitionBox, "Glassdoor, Indeed" is
    // "Glassdoor and Indeed".
    let words = |source: &str| source.to_lowercase().replace(" and ", ", ");
    for (table, (rows, source)) in ours.iter().zip(&theirs) {
        let figures: Vec<f64> = table.entries.iter().map(|e| e.lakh).collect();
        let printed: Vec<f64> = rows.iter().map(|r| r.1).collect();
        assert_eq!(figures, printed, "{}: our figures against the article's {:?}", table.id, rows);
        assert_eq!(words(&table.source), words(source), "{}", table.id);
        // The names are ours where the article abbreviates ("0-1 Year"), but they start alike.
        for (entry, (name, _)) in table.entries.iter().zip(rows) {
            let first_word = |s: &str| s.split([' ', '-']).next().unwrap_or("").to_lowercase();
            assert_eq!(
                first_word(&entry.name),
                first_word(name),
                "{}: {} against {name}",
                table.id,
                entry.name
            );
        }
    }
    let o = &data.outlook;
    let claim = format!("grow {}% from {} to {}", o.growth_percent, o.from_year, o.to_year);
    assert!(article.contains(&claim), "the article says {claim:?}");
}

#[test]
fn every_career_step_has_a_responsibility_and_the_role_list_is_both_tables_by_figure() {
    for step in dataset().career_path.entries.iter() {
        let note = step.note.as_deref().unwrap_or("");
        assert!(note.len() > 20, "{} needs a responsibility line", step.slug);
    }
    let choices = &dataset().role_choices.entries;
    for role in dataset().roles.entries.iter().chain(dataset().career_path.entries.iter()) {
        assert_eq!(
            choices.iter().filter(|c| c.slug == role.slug).count(),
            1,
            "{} once in the role list",
            role.slug
        );
    }
    assert!(choices.windows(2).all(|w| w[0].lakh <= w[1].lakh), "by ascending figure");
    let distinct =
        |t: &Table| t.entries.iter().map(|e| e.slug.clone()).collect::<std::collections::BTreeSet<_>>();
    assert_eq!(choices.len(), distinct(&dataset().roles).union(&distinct(&dataset().career_path)).count());
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
    assert_eq!(data.cities.resolve("Bangalore").map(|e| e.slug.as_ref()), Some("bengaluru"));
    assert_eq!(data.cities.resolve(" BENGALURU ").map(|e| e.slug.as_ref()), Some("bengaluru"));
    assert_eq!(data.skills.resolve("Node.js").map(|e| e.slug.as_ref()), Some("nodejs"));
    assert_eq!(data.skills.resolve("node").map(|e| e.slug.as_ref()), Some("nodejs"));
    assert_eq!(data.skills.resolve("spring-boot").map(|e| e.slug.as_ref()), Some("spring"));
    assert_eq!(data.skills.resolve("spring_boot").map(|e| e.slug.as_ref()), Some("spring"));
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
    Dataset::parse(&borrowed, PLACES_FILE)
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
    let parsed = Dataset::parse(&BUNDLED_FILES, PLACES_FILE).expect("bundled data parses");
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
