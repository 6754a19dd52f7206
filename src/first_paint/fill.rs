//! The first stage's answers as the loader applies them: what to set on which element, and
//! the list of them as JSON that `public/early.js` reads.

use crate::page::Set;
use std::borrow::Cow;

/// What to do to the page.
#[derive(Debug, Clone, PartialEq)]
pub enum Fill {
    /// Set something of the page model on an element (`page::sets`).
    Set(Cow<'static, str>, Set),
    /// Focus a field and select its text.
    Select(&'static str),
    /// Rewrite the address's query in place (no reload, no new history entry).
    Address(String),
    /// The session as the app takes it over (`Session::handover`).
    Handover(String),
}

impl Fill {
    /// The fill as the loader in `public/early.js` reads it: a kind, an id and a value. Kind
    /// `t` (text), `v` (value), `h` (hidden, "1" or ""), `o` (open, "1" or ""), `x` (invalid,
    /// "1" or ""), `e` (enable and listen), `s` (focus and select), `q` (the address's query,
    /// in value) or `n` (the hand-over, in value).
    pub(super) fn parts(&self) -> (&'static str, &str, &str) {
        let flag = |on: bool| if on { "1" } else { "" };
        match self {
            Fill::Set(id, set) => match set {
                Set::Text(text) => ("t", id, text),
                Set::Value(value) => ("v", id, value),
                Set::Hidden(hidden) => ("h", id, flag(*hidden)),
                Set::Open(open) => ("o", id, flag(*open)),
                Set::Invalid(invalid) => ("x", id, flag(*invalid)),
            },
            Fill::Select(id) => ("s", id, ""),
            Fill::Address(query) => ("q", "", query),
            Fill::Handover(text) => ("n", "", text),
        }
    }
}

/// The fills as a JSON array of `[kind, id, value]` triples (`Fill::parts`), for the loader,
/// which reads them with `JSON.parse`. JSON escaping makes any text safe, whatever a link put
/// in it.
pub fn encode(fills: &[Fill]) -> String {
    let mut out = String::from("[");
    for (i, fill) in fills.iter().enumerate() {
        let (kind, id, value) = fill.parts();
        if i > 0 {
            out.push(',');
        }
        out.push_str("[\"");
        out.push_str(kind);
        out.push_str("\",");
        push_json_string(&mut out, id);
        out.push(',');
        push_json_string(&mut out, value);
        out.push(']');
    }
    out.push(']');
    out
}

/// `text` as a JSON string literal: quotes, backslashes and every control character escaped.
fn push_json_string(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u00");
                out.push(HEX[(c as usize) >> 4] as char);
                out.push(HEX[(c as usize) & 15] as char);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}
