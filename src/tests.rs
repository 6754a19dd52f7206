//! The crate's shape: each module uses only its own layer and those before it, in the order
//! `lib.rs`'s diagram gives them, so the diagram cannot drift from the code.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// The top-level modules `lib.rs` declares.
fn declared_modules(lib: &str) -> Vec<String> {
    lib.lines()
        .filter_map(|line| line.trim().strip_prefix("pub mod "))
        .map(|rest| rest.trim_end_matches(';').to_string())
        .collect()
}

/// Each module named in backticks in the numbered list of `lib.rs`'s doc, with its item's number.
fn layers_of_diagram(lib: &str, modules: &[String]) -> BTreeMap<String, u32> {
    let mut layers = BTreeMap::new();
    let mut layer = None;
    for line in lib.lines() {
        let Some(doc) = line.strip_prefix("//!") else { continue };
        let doc = doc.trim();
        if let Some((number, _)) = doc.split_once(". ") {
            if let Ok(number) = number.parse::<u32>() {
                layer = Some(number);
            }
        }
        if doc.is_empty() {
            layer = None;
        }
        let Some(layer) = layer else { continue };
        for (i, name) in doc.split('`').enumerate() {
            if i % 2 == 1 && modules.iter().any(|m| m == name) {
                layers.insert(name.to_string(), layer);
            }
        }
    }
    layers
}

/// Code with its comments and `#[cfg(test)]` modules removed: what the build compiles.
fn code_without_comments_and_tests(text: &str) -> String {
    let mut code = String::new();
    let mut rest = text;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix("//") {
            rest = after.find('\n').map_or("", |end| &after[end..]);
        } else if let Some(after) = rest.strip_prefix("/*") {
            rest = after.find("*/").map_or("", |end| &after[end + 2..]);
        } else if let Some(after) = rest.strip_prefix("#[cfg(test)]") {
            // Skip the item that follows: up to `;`, or through its braces.
            let open = after.find('{');
            let semi = after.find(';');
            rest = match (open, semi) {
                (Some(open), semi) if semi.is_none_or(|semi| open < semi) => {
                    let mut depth = 0;
                    let mut end = after.len();
                    for (i, c) in after[open..].char_indices() {
                        match c {
                            '{' => depth += 1,
                            '}' => {
                                depth -= 1;
                                if depth == 0 {
                                    end = open + i + 1;
                                    break;
                                }
                            }
                            _ => {}
                        }
                    }
                    &after[end..]
                }
                (_, Some(semi)) => &after[semi + 1..],
                _ => "",
            };
        } else {
            let c = rest.chars().next().expect("rest is not empty");
            code.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    code
}

/// The top-level modules named by `crate::` paths in `code`, grouped ones too:
/// `use crate::{data::X, format}` names `data` and `format`.
fn crate_paths(code: &str) -> Vec<String> {
    let name = |text: &str| -> String {
        text.trim_start().chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect()
    };
    let mut found = Vec::new();
    for after in code.split("crate::").skip(1) {
        let Some(group) = after.strip_prefix('{') else {
            found.push(name(after));
            continue;
        };
        // The group's own items: split at its top-level commas, up to its closing brace.
        let (mut depth, mut start) = (0, 0);
        for (i, c) in group.char_indices() {
            match c {
                '{' => depth += 1,
                '}' if depth == 0 => {
                    found.push(name(&group[start..i]));
                    break;
                }
                '}' => depth -= 1,
                ',' if depth == 0 => {
                    found.push(name(&group[start..i]));
                    start = i + 1;
                }
                _ => {}
            }
        }
    }
    found.retain(|n| !n.is_empty());
    found
}

/// Every source file of a top-level module, test files left out.
fn files_of(module: &str) -> Vec<PathBuf> {
    let single = src().join(format!("{module}.rs"));
    if single.exists() {
        return vec![single];
    }
    let mut files = Vec::new();
    let mut folders = vec![src().join(module)];
    while let Some(folder) = folders.pop() {
        for entry in fs::read_dir(&folder).expect("a module's folder") {
            let path = entry.expect("a folder entry").path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "rs")
                && path.file_stem().is_some_and(|s| s != "tests")
            {
                files.push(path);
            }
        }
    }
    files
}

/// Each use of a module from a later layer, as "file uses module (layer n over m)".
fn upward_uses(layers: &BTreeMap<String, u32>) -> Vec<String> {
    let mut found = Vec::new();
    for (module, &layer) in layers {
        for file in files_of(module) {
            let code = code_without_comments_and_tests(&fs::read_to_string(&file).expect("a source file"));
            for used in crate_paths(&code) {
                if let Some(&used_layer) = layers.get(&used) {
                    if used_layer > layer {
                        found.push(format!(
                            "{} uses {used} (layer {used_layer}, above its own {layer})",
                            file.display()
                        ));
                    }
                }
            }
        }
    }
    found.sort();
    found.dedup();
    found
}

#[test]
fn every_module_is_in_the_diagram_and_uses_no_later_layer() {
    let lib = fs::read_to_string(src().join("lib.rs")).expect("src/lib.rs");
    let modules = declared_modules(&lib);
    assert!(modules.len() >= 10, "lib.rs declares its modules: {modules:?}");
    let layers = layers_of_diagram(&lib, &modules);
    let missing: Vec<_> = modules.iter().filter(|m| !layers.contains_key(*m)).collect();
    assert!(missing.is_empty(), "modules missing from lib.rs's layer diagram: {missing:?}");
    let upward = upward_uses(&layers);
    assert!(upward.is_empty(), "imports against the layers:\n{}", upward.join("\n"));
}

#[test]
fn the_layer_check_sees_an_upward_use() {
    let lib = "//! 1. `data`, `format`;\n//! 2. `filters`, then\n//!    `state`.\n//!\n//! `model` is prose.\npub mod data;\npub mod format;\npub mod filters;\npub mod state;\npub mod model;\n";
    let modules = declared_modules(lib);
    let layers = layers_of_diagram(lib, &modules);
    assert_eq!(layers.get("data"), Some(&1));
    assert_eq!(layers.get("state"), Some(&2));
    assert_eq!(layers.get("model"), None, "a name outside the numbered list has no layer");

    let code = code_without_comments_and_tests(
        "use crate::data::X; // crate::state in a comment\n/* crate::model */\n#[cfg(test)]\nmod tests { use crate::state::Y; }\nfn f() { crate::filters::g() }",
    );
    assert_eq!(crate_paths(&code), ["data", "filters"]);
    let grouped = "use crate::{data::{A, B}, format,\n    state::C};\nuse crate::{model};";
    assert_eq!(crate_paths(grouped), ["data", "format", "state", "model"]);
}
