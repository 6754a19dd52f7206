//! The few browser APIs the app touches: the address bar, the clipboard and the date.
//!
//! Everything here is a thin wrapper so that the rest of the app stays pure.

use crate::data::Date;
use crate::page::{Stage, HANDOVER, MAIN};
use wasm_bindgen::prelude::*;

/// The page's element with this id, if there is one.
pub fn element(id: &str) -> Option<web_sys::Element> {
    leptos::prelude::document().get_element_by_id(id)
}

/// Tells assistive technology the page has finished loading (`aria-busy` on `<main>`).
pub fn mark_loaded() {
    if let Some(main) = element(MAIN) {
        let _ = main.remove_attribute("aria-busy");
    }
}

/// Marks how far the page has loaded on `<main data-stage>` (see `page::Stage`). The
/// stylesheet hides the shell's placeholder figures while static, and `boot.js` reports a
/// slow or failed start until live.
pub fn set_stage(stage: Stage) {
    if let Some(main) = element(MAIN) {
        let _ = main.set_attribute(Stage::ATTRIBUTE, stage.as_str());
    }
}

/// Today in the person's own time zone, which picks the tax year: the date they live in.
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    // JavaScript's months count from 0; its dates are always real days.
    Date { year: now.get_full_year() as u16, month: now.get_month() as u8 + 1, day: now.get_date() as u8 }
}

/// The session the first stage left for the app to take over (`page::Session::handover`), if
/// it ran.
pub fn handover() -> Option<String> {
    js_sys::Reflect::get(&leptos::prelude::window(), &HANDOVER.into()).ok()?.as_string()
}

/// Keeps an element where it is on screen across a change: returns what, called after the
/// change, scrolls the page by as much as the element moved by the next frame, so that a field
/// being typed in does not move when lines above it appear or go.
pub fn keep_in_place(element: &web_sys::Element) -> impl FnOnce() {
    let top = |e: &JsValue| -> Option<f64> {
        let rect = js_sys::Reflect::get(e, &"getBoundingClientRect".into()).ok()?;
        let rect = js_sys::Reflect::apply(rect.unchecked_ref::<js_sys::Function>(), e, &js_sys::Array::new())
            .ok()?;
        js_sys::Reflect::get(&rect, &"top".into()).ok()?.as_f64()
    };
    let element: JsValue = element.clone().into();
    let before = top(&element);
    move || {
        leptos::prelude::request_animation_frame(move || {
            if let (Some(before), Some(after)) = (before, top(&element)) {
                if (after - before).abs() >= 1.0 {
                    leptos::prelude::window().scroll_by_with_x_and_y(0.0, after - before);
                }
            }
        })
    }
}

/// The field that has focus, by its id, with its selection: to give it back after the app has
/// put its own field with that id in place of the shell's.
pub fn focused_field() -> Option<(String, JsValue, JsValue)> {
    let active: JsValue = leptos::prelude::document().active_element()?.into();
    let id = js_sys::Reflect::get(&active, &"id".into()).ok()?.as_string().filter(|id| !id.is_empty())?;
    let start = js_sys::Reflect::get(&active, &"selectionStart".into()).ok()?;
    let end = js_sys::Reflect::get(&active, &"selectionEnd".into()).ok()?;
    Some((id, start, end))
}

/// Focuses the page's field with this id and puts the selection back (see `focused_field`).
pub fn refocus((id, start, end): (String, JsValue, JsValue)) {
    let Some(field) = element(&id) else { return };
    let field: JsValue = field.into();
    let call = |name: &str, args: &js_sys::Array| {
        if let Ok(f) = js_sys::Reflect::get(&field, &name.into()) {
            let _ = js_sys::Reflect::apply(f.unchecked_ref::<js_sys::Function>(), &field, args);
        }
    };
    call("focus", &js_sys::Array::new());
    if !start.is_null() {
        call("setSelectionRange", &js_sys::Array::of2(&start, &end));
    }
}

/// The value of the page's control with this id (a select or a field), if there is one.
pub fn value_of(id: &str) -> Option<String> {
    let control: JsValue = element(id)?.into();
    js_sys::Reflect::get(&control, &"value".into()).ok()?.as_string()
}

/// Sets the value of the page's control with this id (a select or a field), if there is one.
/// The components find their controls by id, not by `NodeRef`: each element type's `NodeRef`
/// compiled a reactive cell and a thread-checked wrapper of its own (with `on_history_change`,
/// 1.8 KB less of the served module).
pub fn set_value_of(id: &str, value: &str) {
    if let Some(control) = element(id) {
        let _ = js_sys::Reflect::set(&control, &"value".into(), &value.into());
    }
}

/// Focuses the page's field with this id and selects all its text: to be typed over, or
/// copied by hand.
pub fn select_all(id: &str) {
    refocus((id.to_string(), JsValue::from(0), JsValue::from(u16::MAX)));
}

/// Calls `on_change` each time the person goes back or forward between entries of this page,
/// for as long as the page lives. Not Leptos's `window_event_listener`, which wraps the
/// listener in a thread-checked handle the page never drops.
pub fn on_history_change(on_change: impl Fn() + 'static) {
    let listener = Closure::<dyn Fn()>::new(on_change);
    let _ = leptos::prelude::window()
        .add_event_listener_with_callback("popstate", listener.as_ref().unchecked_ref());
    listener.forget();
}

/// Opens or closes the page's disclosure with this id.
pub fn set_open(id: &str, open: bool) {
    if let Some(details) = element(id) {
        let _ = if open { details.set_attribute("open", "") } else { details.remove_attribute("open") };
    }
}

/// The current query string, including its leading `?` (or empty).
pub fn current_query() -> String {
    leptos::prelude::window().location().search().unwrap_or_default()
}

/// This page's address with `query` as its query string: the link to share. Built from
/// the state rather than read from the address bar, which is updated a frame later.
pub fn url_with_query(query: &str) -> String {
    let location = leptos::prelude::window().location();
    format!("{}{}", location.origin().unwrap_or_default(), path_with_query(&location, query))
}

/// `query` as a search string ("" or "?…").
fn search_of(query: &str) -> String {
    if query.is_empty() {
        String::new()
    } else {
        format!("?{query}")
    }
}

/// The page's path and hash with `query` in between: the path is kept as it is, so the
/// app works under any sub-path.
fn path_with_query(location: &web_sys::Location, query: &str) -> String {
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    format!("{path}{}{hash}", search_of(query))
}

/// Rewrites the query in place: no reload, no new history entry, no scroll jump.
pub fn replace_query(query: &str) {
    let window = leptos::prelude::window();
    let location = window.location();
    if location.search().unwrap_or_default() == search_of(query) {
        return;
    }
    if let Ok(history) = window.history() {
        let state = history.state().unwrap_or(JsValue::NULL);
        let _ = history.replace_state_with_url(&state, "", Some(&path_with_query(&location, query)));
    }
}

#[wasm_bindgen]
extern "C" {
    /// `navigator.clipboard.writeText`; throws where the Clipboard API is missing.
    #[wasm_bindgen(catch, js_namespace = ["navigator", "clipboard"], js_name = writeText)]
    fn clipboard_write_text(text: &str) -> Result<js_sys::Promise, JsValue>;
}

/// Copies text to the clipboard. `false` when the browser refused or has no clipboard.
pub async fn copy_to_clipboard(text: &str) -> bool {
    match clipboard_write_text(text) {
        Ok(promise) => wasm_bindgen_futures::JsFuture::from(promise).await.is_ok(),
        Err(_) => false,
    }
}
