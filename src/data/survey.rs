//! The survey's tables as data: an entry, a table with its provenance, the outlook, and the
//! dataset with the role list the form offers. `build.rs` reads the JSON files into these
//! types through this very file, checks them and writes the dataset out as a `static` of plain
//! data, so the browser builds nothing at run time; the tests read the same files and compare.

use super::tax_rules::{List, Text};

/// One row of a table: a stable slug (used in URLs), a display name and the figure.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Deserialize, serde::Serialize))]
pub struct Entry {
    pub slug: Text,
    pub name: Text,
    /// Average annual salary, INR lakh.
    pub lakh: f64,
    /// Other spellings accepted in a URL (`bangalore` for `bengaluru`).
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub aliases: List<Text>,
    /// A one-line description, used for the career-path responsibilities.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub note: Option<Text>,
    /// Whether the survey has a figure for it: every entry of its tables has; a workplace the
    /// page adds to the cities (`places.json`) has not, and its `lakh` is then 0 and unused.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default = "in_the_survey"))]
    pub surveyed: bool,
}

#[cfg(not(target_arch = "wasm32"))]
fn in_the_survey() -> bool {
    true
}

impl Entry {
    /// The survey's figure, INR lakh a year; `None` for a place the survey does not list.
    pub fn figure(&self) -> Option<f64> {
        self.surveyed.then_some(self.lakh)
    }
}

/// A table of the survey with its provenance.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Deserialize, serde::Serialize))]
pub struct Table {
    pub id: Text,
    pub title: Text,
    pub unit: Text,
    pub source: Text,
    pub survey_date: Text,
    pub entries: List<Entry>,
}

impl Table {
    /// The entry with exactly this canonical slug.
    pub fn find(&self, slug: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.slug == slug)
    }

    /// The entry a URL value names: case-insensitive, by slug or alias.
    pub fn resolve(&self, raw: &str) -> Option<&Entry> {
        // Byte by byte, a space or "_" read as "-": without a lowered copy, whose `replace`
        // would weigh on the first stage.
        let wanted = raw.trim().as_bytes();
        let read = |b: u8| if b == b' ' || b == b'_' { b'-' } else { b.to_ascii_lowercase() };
        let names =
            |name: &str| name.len() == wanted.len() && name.bytes().zip(wanted).all(|(n, &w)| n == read(w));
        self.entries.iter().find(|e| names(&e.slug) || e.aliases.iter().any(|a| names(a)))
    }

    /// Arithmetic mean of the table's figures.
    pub fn mean(&self) -> f64 {
        self.entries.iter().map(|e| e.lakh).sum::<f64>() / self.entries.len() as f64
    }

    /// The highest figure in the table.
    pub fn max(&self) -> f64 {
        self.entries.iter().map(|e| e.lakh).fold(0.0, f64::max)
    }

    /// Everything wrong with this table, as readable sentences; empty when sound.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        let id = &self.id;
        if self.entries.is_empty() {
            problems.push(format!("table {id} has no entries"));
        }
        for (field, value) in [
            ("title", &self.title),
            ("unit", &self.unit),
            ("source", &self.source),
            ("survey_date", &self.survey_date),
        ] {
            if value.trim().is_empty() {
                problems.push(format!("table {id} has an empty {field}"));
            }
        }
        let mut names_seen: Vec<&str> = Vec::new();
        for entry in self.entries.iter() {
            let slug = &entry.slug;
            if !(entry.lakh.is_finite() && entry.lakh > 0.0) {
                problems.push(format!("{id}/{slug}: figure {} is not positive and finite", entry.lakh));
            }
            if entry.name.trim().is_empty() {
                problems.push(format!("{id}/{slug}: empty display name"));
            }
            for key in std::iter::once(slug).chain(entry.aliases.iter()) {
                if !is_url_safe_slug(key) {
                    problems.push(format!("{id}: \"{key}\" is not a lowercase URL-safe slug"));
                }
                if names_seen.contains(&key.as_ref()) {
                    problems.push(format!("{id}: slug or alias \"{key}\" is used twice"));
                }
                names_seen.push(key);
            }
        }
        problems
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn is_url_safe_slug(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'.')
}

/// The survey's single outlook figure.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Deserialize, serde::Serialize))]
pub struct Outlook {
    pub growth_percent: f64,
    pub from_year: u16,
    pub to_year: u16,
    pub subject: Text,
    pub source: Text,
    pub survey_date: Text,
}

/// All bundled tables, plus the role list the form offers.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct Dataset {
    pub roles: Table,
    pub career_path: Table,
    pub experience: Table,
    pub cities: Table,
    pub skills: Table,
    pub recruiters: Table,
    pub countries: Table,
    pub outlook: Outlook,
    /// The union of `roles` and `career_path` (seven roles), by ascending figure.
    pub role_choices: Table,
    /// The cities the form offers: the survey's, then the workplaces it does not list
    /// (`places.json`), which have no figure.
    pub city_choices: Table,
}

impl Dataset {
    /// Parses and checks the eight survey files (in `data::BUNDLED_FILES` order) and
    /// `places.json`: what `build.rs` writes out, and the tests compare with.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn parse(files: &[(&str, &str); 8], places: &str) -> Result<Dataset, String> {
        fn table(file: &(&str, &str)) -> Result<Table, String> {
            serde_json::from_str(file.1).map_err(|e| format!("{}: {e}", file.0))
        }
        let mut tables = Vec::with_capacity(7);
        for file in &files[..7] {
            tables.push(table(file)?);
        }
        let tables: [Table; 7] = tables.try_into().map_err(|_| "seven tables".to_string())?;
        let outlook: Outlook =
            serde_json::from_str(files[7].1).map_err(|e| format!("{}: {e}", files[7].0))?;
        let places = parse_places(places)?;
        let data = Dataset::assemble(tables, outlook, places).map_err(|c| {
            format!("role {} is {} in roles but {} in career_path", c.slug, c.in_roles, c.in_career_path)
        })?;
        let problems = data.problems();
        if problems.is_empty() {
            Ok(data)
        } else {
            Err(problems.join("; "))
        }
    }

    /// Puts the tables together and derives the role list.
    #[cfg(not(target_arch = "wasm32"))]
    fn assemble(tables: [Table; 7], outlook: Outlook, places: Vec<Entry>) -> Result<Dataset, RoleConflict> {
        let [roles, career_path, experience, cities, skills, recruiters, countries] = tables;
        let role_choices = union_of_roles(&roles, &career_path)?;
        let city_choices = Table {
            id: "city_choices".into(),
            entries: cities.entries.iter().cloned().chain(places).collect::<Vec<_>>().into(),
            ..cities.clone()
        };
        Ok(Dataset {
            roles,
            career_path,
            experience,
            cities,
            skills,
            recruiters,
            countries,
            outlook,
            role_choices,
            city_choices,
        })
    }

    /// The survey tables, each once (the derived role list is left out).
    pub fn tables(&self) -> [&Table; 7] {
        [
            &self.roles,
            &self.career_path,
            &self.experience,
            &self.cities,
            &self.skills,
            &self.recruiters,
            &self.countries,
        ]
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn problems(&self) -> Vec<String> {
        let mut problems: Vec<String> = self.tables().iter().flat_map(|t| t.problems()).collect();
        let mut keys: Vec<&str> = Vec::new();
        for e in self.city_choices.entries.iter() {
            for key in std::iter::once(&e.slug).chain(e.aliases.iter()) {
                if keys.contains(&key.as_ref()) || !is_url_safe_slug(key) {
                    problems.push(format!("city_choices: \"{key}\" is used twice or is not a URL-safe slug"));
                }
                keys.push(key);
            }
        }
        let o = &self.outlook;
        if !(o.growth_percent.is_finite() && o.growth_percent > 0.0) || o.from_year >= o.to_year {
            problems.push("outlook: growth must be positive over a forward year range".into());
        }
        if self.roles.find("backend-developer").is_none() {
            problems.push("roles: the benchmark role backend-developer is missing".into());
        }
        problems
    }
}

/// Reads `places.json` into entries without a figure.
#[cfg(not(target_arch = "wasm32"))]
fn parse_places(json: &str) -> Result<Vec<Entry>, String> {
    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Place {
        slug: String,
        name: String,
        #[serde(default)]
        aliases: Vec<String>,
    }
    #[derive(serde::Deserialize)]
    #[allow(dead_code)]
    struct Places {
        id: String,
        title: String,
        source: String,
        entries: Vec<Place>,
    }
    let places: Places = serde_json::from_str(json).map_err(|e| format!("places.json: {e}"))?;
    if places.source.trim().is_empty() {
        return Err("places.json: an empty source".into());
    }
    Ok(places
        .entries
        .into_iter()
        .map(|p| Entry {
            slug: p.slug.into(),
            name: p.name.into(),
            lakh: 0.0,
            aliases: p.aliases.into_iter().map(Text::from).collect::<Vec<_>>().into(),
            note: None,
            surveyed: false,
        })
        .collect())
}

/// A role whose figure differs between the role and career-path tables.
#[cfg(not(target_arch = "wasm32"))]
struct RoleConflict {
    slug: Text,
    in_roles: f64,
    in_career_path: f64,
}

/// Merges the role and career-path tables. A role in both must carry the same figure.
#[cfg(not(target_arch = "wasm32"))]
fn union_of_roles(roles: &Table, career_path: &Table) -> Result<Table, RoleConflict> {
    let mut entries: Vec<Entry> = roles.entries.to_vec();
    for step in career_path.entries.iter() {
        match entries.iter_mut().find(|e| e.slug == step.slug) {
            Some(existing) if existing.lakh != step.lakh => {
                return Err(RoleConflict {
                    slug: step.slug.clone(),
                    in_roles: existing.lakh,
                    in_career_path: step.lakh,
                });
            }
            Some(existing) => existing.note = existing.note.take().or(step.note.clone()),
            None => entries.push(step.clone()),
        }
    }
    sort_small(&mut entries, |a, b| a.lakh < b.lakh);
    Ok(Table {
        id: "role_choices".into(),
        title: "Average annual salary by role and career step".into(),
        unit: roles.unit.clone(),
        source: roles.source.clone(),
        survey_date: roles.survey_date.clone(),
        entries: entries.into(),
    })
}

/// A stable insertion sort by `before` (a strict "comes before"). The lists sorted here hold
/// a dozen items at most, and core's general-purpose sort costs about 3 KB of WebAssembly
/// for each element type it is used with.
pub fn sort_small<T>(items: &mut [T], mut before: impl FnMut(&T, &T) -> bool) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && before(&items[j], &items[j - 1]) {
            items.swap(j, j - 1);
            j -= 1;
        }
    }
}
