//! Small DOM helpers: focus an element by id after the next render, copy to the clipboard.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Focuses (and scrolls to) the element with `id` once the pending render is done.
pub fn focus_after_render(id: String) {
    request_animation_frame(move || {
        focus_now(&id);
    });
}

/// Focuses (and scrolls to) the element with `id`; false when there is none.
pub fn focus_now(id: &str) -> bool {
    let Some(el) = document().get_element_by_id(id) else { return false };
    el.scroll_into_view_with_bool(false);
    el.dyn_ref::<web_sys::HtmlElement>().is_some_and(|h| h.focus().is_ok())
}

/// Writes `text` to the clipboard (`navigator.clipboard.writeText`), where the browser allows.
///
/// Hand-written rather than leptos-use's `use_clipboard`: that one keeps two signals, a
/// permission query and a timeout per use, and the service list has a copy button per row;
/// this call keeps nothing and needs no cleanup.
pub fn copy_to_clipboard(text: &str) -> bool {
    let Ok(navigator) = js_sys::Reflect::get(&window(), &"navigator".into()) else { return false };
    let Ok(clipboard) = js_sys::Reflect::get(&navigator, &"clipboard".into()) else { return false };
    let Ok(write) = js_sys::Reflect::get(&clipboard, &"writeText".into()) else { return false };
    let Some(write) = write.dyn_ref::<js_sys::Function>() else { return false };
    write.call1(&clipboard, &text.into()).is_ok()
}

/// Runs `f` once, when the pressed pointer or key is released (`pointerup` or `keyup`).
pub fn after_release(f: impl FnOnce() + 'static) {
    use std::cell::Cell;
    use std::rc::Rc;
    use wasm_bindgen::closure::Closure;
    let f = Rc::new(Cell::new(Some(Box::new(f) as Box<dyn FnOnce()>)));
    for kind in ["pointerup", "keyup"] {
        let f = f.clone();
        let once = Closure::once_into_js(move || {
            if let Some(f) = f.take() {
                f();
            }
        });
        let options = web_sys::AddEventListenerOptions::new();
        options.set_once(true);
        options.set_capture(true);
        let _ = document().add_event_listener_with_callback_and_add_event_listener_options(
            kind,
            once.unchecked_ref(),
            &options,
        );
    }
}
