//! For the tests: the markup Leptos renders, read into a small tree of elements, so that the
//! static shell with the first stage's fills applied can be set beside the app's own render,
//! element by element, as a browser would show them.

use crate::first_paint::Fill;
use crate::page::Set;
use std::collections::BTreeMap;

/// One element: its tag, attributes and children.
#[derive(Debug, Clone)]
pub struct Element {
    pub tag: String,
    pub attrs: BTreeMap<String, String>,
    pub children: Vec<Node>,
}

#[derive(Debug, Clone)]
pub enum Node {
    Element(Element),
    Text(String),
}

const VOID: [&str; 6] = ["input", "br", "meta", "link", "img", "hr"];

fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// Reads the markup Leptos writes: elements, text and comments (left out).
pub fn parse(html: &str) -> Vec<Node> {
    let mut stack: Vec<Element> =
        vec![Element { tag: String::new(), attrs: BTreeMap::new(), children: Vec::new() }];
    let mut rest = html;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.find("-->").map_or("", |end| &after[end + 3..]);
        } else if let Some(after) = rest.strip_prefix("<!>") {
            rest = after;
        } else if let Some(after) = rest.strip_prefix("</") {
            let end = after.find('>').expect("a closed end tag");
            let done = stack.pop().expect("an open element");
            assert_eq!(done.tag, after[..end].trim(), "tags nest");
            stack.last_mut().expect("a parent").children.push(Node::Element(done));
            rest = &after[end + 1..];
        } else if let Some(after) = rest.strip_prefix('<') {
            let (tag_text, after_tag) = split_tag(after);
            let name_end = tag_text.find([' ', '/']).unwrap_or(tag_text.len());
            let tag = tag_text[..name_end].to_string();
            let element =
                Element { tag: tag.clone(), attrs: attributes(&tag_text[name_end..]), children: Vec::new() };
            if VOID.contains(&tag.as_str()) {
                stack.last_mut().expect("a parent").children.push(Node::Element(element));
            } else {
                stack.push(element);
            }
            rest = after_tag;
        } else {
            let end = rest.find('<').unwrap_or(rest.len());
            stack.last_mut().expect("a parent").children.push(Node::Text(unescape(&rest[..end])));
            rest = &rest[end..];
        }
    }
    assert_eq!(stack.len(), 1, "every element is closed");
    stack.pop().map(|root| root.children).unwrap_or_default()
}

/// A start tag's text up to its `>` (quoted values may hold one), and what follows it.
fn split_tag(text: &str) -> (&str, &str) {
    let mut quoted = false;
    for (i, c) in text.char_indices() {
        match c {
            '"' => quoted = !quoted,
            '>' if !quoted => return (&text[..i], &text[i + 1..]),
            _ => {}
        }
    }
    panic!("an unclosed tag: {text}")
}

/// The start tags named `name` in `html`, each as its attributes, whatever their order.
pub fn start_tags(html: &str, name: &str) -> Vec<BTreeMap<String, String>> {
    let open = format!("<{name}");
    html.match_indices(&open)
        .filter(|(at, _)| html[at + open.len()..].starts_with([' ', '>', '/']))
        .map(|(at, _)| attributes(split_tag(&html[at + open.len()..]).0))
        .collect()
}

fn attributes(text: &str) -> BTreeMap<String, String> {
    let mut attrs = BTreeMap::new();
    let mut rest = text.trim().trim_end_matches('/').trim();
    while !rest.is_empty() {
        let name_end = rest.find(['=', ' ']).unwrap_or(rest.len());
        let name = rest[..name_end].to_string();
        rest = &rest[name_end..];
        let value = if let Some(quoted) = rest.strip_prefix("=\"") {
            let end = quoted.find('"').expect("a closed value");
            rest = &quoted[end + 1..];
            unescape(&quoted[..end])
        } else {
            String::new()
        };
        attrs.insert(name, value);
        rest = rest.trim_start();
    }
    attrs
}

/// What a person sees of an element: its text, whether hidden, its value, whether open, and
/// whether marked as wrong.
pub type Shown = (String, bool, Option<String>, bool, Option<String>);

impl Element {
    /// Every text under it, in order.
    pub fn text(&self) -> String {
        self.children
            .iter()
            .map(|n| match n {
                Node::Text(t) => t.clone(),
                Node::Element(e) => e.text(),
            })
            .collect()
    }

    /// What a person sees of it: its text, whether hidden, its value (a field's, or the option
    /// a select shows), whether open, whether marked as wrong.
    pub fn shown(&self) -> Shown {
        let value = match self.tag.as_str() {
            "input" => Some(self.attrs.get("value").cloned().unwrap_or_default()),
            "select" => {
                let mut options = Vec::new();
                self.visit(&mut |e| {
                    if e.tag == "option" {
                        options.push(e.clone());
                    }
                });
                let chosen = options.iter().find(|o| o.attrs.contains_key("selected")).or(options.first());
                chosen.map(|o| o.attrs.get("value").cloned().unwrap_or_default())
            }
            _ => None,
        };
        // Whitespace is left out: server rendering pads empty and joined texts with spaces
        // that a browser collapses, and the fills write none.
        let text = if self.tag == "select" {
            String::new()
        } else {
            self.text().chars().filter(|c| !c.is_whitespace()).collect()
        };
        (
            text,
            self.attrs.contains_key("hidden"),
            value,
            self.attrs.contains_key("open"),
            self.attrs.get("aria-invalid").cloned(),
        )
    }

    /// Calls `f` on it and every element under it.
    pub fn visit(&self, f: &mut impl FnMut(&Element)) {
        f(self);
        for child in &self.children {
            if let Node::Element(e) = child {
                e.visit(f);
            }
        }
    }

    fn visit_mut(&mut self, f: &mut impl FnMut(&mut Element)) {
        f(self);
        for child in &mut self.children {
            if let Node::Element(e) = child {
                e.visit_mut(f);
            }
        }
    }

    /// Applies one set of the first stage to the element with its id, as `public/early.js` does.
    fn apply(&mut self, id: &str, set: &Set) {
        self.visit_mut(&mut |e| {
            if e.attrs.get("id").map(String::as_str) != Some(id) {
                return;
            }
            let flag = |e: &mut Element, name: &str, on: bool| {
                if on {
                    e.attrs.insert(name.to_string(), String::new());
                } else {
                    e.attrs.remove(name);
                }
            };
            match set {
                Set::Text(t) => e.children = vec![Node::Text(t.clone())],
                Set::Hidden(h) => flag(e, "hidden", *h),
                Set::Open(o) => flag(e, "open", *o),
                Set::Invalid(x) => {
                    e.attrs.insert("aria-invalid".into(), x.to_string());
                }
                Set::Value(v) if e.tag == "select" => e.visit_mut(&mut |o| {
                    if o.tag == "option" {
                        let on = o.attrs.get("value") == Some(v);
                        flag(o, "selected", on);
                    }
                }),
                Set::Value(v) => {
                    e.attrs.insert("value".into(), v.clone());
                }
            }
        });
    }
}

/// The markup as one root element.
pub fn root(html: &str) -> Element {
    Element { tag: "root".into(), attrs: BTreeMap::new(), children: parse(html) }
}

/// The first stage's fills applied to `page`, as the loader applies them.
pub fn apply(page: &mut Element, fills: &[Fill]) {
    for fill in fills {
        match fill {
            Fill::Set(id, set) => page.apply(id, set),
            Fill::Select(_) | Fill::Address(_) | Fill::Handover(_) => {}
        }
    }
}

/// `page` without what only the app renders inside the element `id`: all of it but its
/// `<summary>`, whose place the shell keeps.
pub fn without_app_only(page: &mut Element, id: &str) {
    page.visit_mut(&mut |e| {
        if e.attrs.get("id").map(String::as_str) == Some(id) {
            e.children.retain(|c| matches!(c, Node::Element(s) if s.tag == "summary"));
        }
    });
}

/// The page without the elements of `class` (a control that comes with the app only).
pub fn without_class(page: &mut Element, class: &str) {
    page.visit_mut(&mut |e| {
        e.children.retain(
            |c| !matches!(c, Node::Element(s) if s.attrs.get("class").is_some_and(|c| c.split(' ').any(|c| c == class))),
        );
    });
}

/// Every element with an id, and what a person sees of it.
pub fn by_id(page: &Element) -> BTreeMap<String, Shown> {
    let mut out = BTreeMap::new();
    page.visit(&mut |e| {
        if let Some(id) = e.attrs.get("id") {
            out.insert(id.clone(), e.shown());
        }
    });
    out
}
