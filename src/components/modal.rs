//! A modal dialog: focus moves in, Tab and Shift+Tab stay in, Escape dismisses, and focus
//! returns to where it was.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

const FOCUSABLE: &str = "button:not([disabled]), input:not([disabled]), select, textarea, a[href]";

fn focusables(dialog: &web_sys::Element) -> Vec<web_sys::HtmlElement> {
    let Ok(list) = dialog.query_selector_all(FOCUSABLE) else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<web_sys::HtmlElement>().ok()).collect()
}

/// Shown while `open`; `id` names the dialog (its title is `{id}-title`).
#[component]
pub fn Modal(
    /// Shown while true.
    open: Signal<bool>,
    /// The dialog's id; its title is `{id}-title`.
    #[prop(into)]
    id: String,
    /// The dialog's title.
    #[prop(into)]
    title: Signal<String>,
    /// Escape was pressed: the owner decides whether to close.
    on_dismiss: Callback<()>,
    /// The dialog's content.
    children: ChildrenFn,
) -> impl IntoView {
    let previous = StoredValue::new_local(None::<web_sys::HtmlElement>);
    let dialog_ref = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |was_open: Option<bool>| {
        let is_open = open.get();
        if is_open && was_open != Some(true) {
            previous.set_value(document().active_element().and_then(|e| e.dyn_into().ok()));
            request_animation_frame(move || {
                // A frame later the dialog may be gone (closed, or the page left): then nothing.
                if let Some(d) = dialog_ref.try_get_untracked().flatten() {
                    // The first field, else the first button.
                    let inputs = d.query_selector("input:not([disabled]):not([readonly])").ok().flatten();
                    let target = inputs.or_else(|| focusables(&d).into_iter().next().map(Into::into));
                    if let Some(el) = target.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
                        let _ = el.focus();
                    }
                }
            });
        }
        if !is_open && was_open == Some(true) {
            if let Some(el) = previous.get_value() {
                let _ = el.focus();
            }
        }
        is_open
    });
    // The focus moves in a frame after opening, and a click on the backdrop takes it out: in
    // between, keys go elsewhere. Escape still dismisses the open dialog then (when the focus is
    // in no dialog; inside one, that dialog's own listener below has it).
    let escape_outside = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() != "Escape" || ev.default_prevented() || !open.try_get_untracked().unwrap_or(false) {
            return;
        }
        let in_a_dialog = document().active_element().and_then(|a| a.closest("[role=dialog]").ok().flatten());
        if in_a_dialog.is_none() {
            ev.prevent_default();
            on_dismiss.run(());
        }
    });
    on_cleanup(move || escape_outside.remove());
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        let Some(d) = dialog_ref.get_untracked() else { return };
        match ev.key().as_str() {
            "Escape" => {
                ev.prevent_default();
                on_dismiss.run(());
            }
            "Tab" => {
                let items = focusables(&d);
                let (Some(first), Some(last)) = (items.first(), items.last()) else { return };
                let active = document().active_element();
                let at = |el: &web_sys::HtmlElement| {
                    active.as_ref().is_some_and(|a| a == el.unchecked_ref::<web_sys::Element>())
                };
                if ev.shift_key() && at(first) {
                    ev.prevent_default();
                    let _ = last.focus();
                } else if !ev.shift_key() && at(last) {
                    ev.prevent_default();
                    let _ = first.focus();
                }
            }
            _ => {}
        }
    };
    let title_id = format!("{id}-title");
    move || {
        open.get().then(|| {
            view! {
                <div class="modal-backdrop">
                    <div
                        class="modal"
                        role="dialog"
                        aria-modal="true"
                        id=id.clone()
                        aria-labelledby=title_id.clone()
                        node_ref=dialog_ref
                        on:keydown=on_keydown
                    >
                        <h2 id=title_id.clone() class="modal-title">
                            {move || title.get()}
                        </h2>
                        {children()}
                    </div>
                </div>
            }
        })
    }
}

/// A dialog that only shows something: its content and Close (Escape closes it too).
#[component]
pub fn InfoDialog(
    /// Open while true.
    open: RwSignal<bool>,
    /// The dialog's id.
    id: &'static str,
    /// The dialog's title.
    title: &'static str,
    /// What it shows.
    children: ChildrenFn,
) -> impl IntoView {
    let children = StoredValue::new(children);
    view! {
        <Modal
            open=open.into()
            id=id
            title=title.to_owned()
            on_dismiss=Callback::new(move |_| open.set(false))
        >
            {children.with_value(|c| c())}
            <div class="modal-actions">
                <button type="button" class="btn" on:click=move |_| open.set(false)>
                    {crate::i18n::t().close}
                </button>
            </div>
        </Modal>
    }
}
