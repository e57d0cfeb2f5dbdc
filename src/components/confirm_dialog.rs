//! A modal dialog that asks before something happens: focus moves in, Tab stays in, Escape
//! cancels, and focus returns where it was.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::dom::focus_after_render;

/// Shown while `open` is true.
#[component]
pub fn ConfirmDialog(
    open: RwSignal<bool>,
    title: &'static str,
    #[prop(into)] message: String,
    confirm_label: &'static str,
    cancel_label: &'static str,
    on_confirm: Callback<()>,
) -> impl IntoView {
    let previous = StoredValue::new_local(None::<web_sys::HtmlElement>);
    Effect::new(move |_| {
        if open.get() {
            let active = document().active_element().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
            previous.set_value(active);
            focus_after_render("confirm-dialog-cancel".to_owned());
        }
    });
    let close = move || {
        open.set(false);
        if let Some(el) = previous.get_value() {
            let _ = el.focus();
        }
    };
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| match ev.key().as_str() {
        "Escape" => {
            ev.prevent_default();
            close();
        }
        "Tab" => {
            // Two buttons: Tab and Shift+Tab move between them and never leave the dialog.
            ev.prevent_default();
            let on_cancel = document().active_element().is_some_and(|e| e.id() == "confirm-dialog-cancel");
            let next = if on_cancel { "confirm-dialog-confirm" } else { "confirm-dialog-cancel" };
            if let Some(el) =
                document().get_element_by_id(next).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = el.focus();
            }
        }
        _ => {}
    };
    move || {
        open.get().then(|| {
            let message = message.clone();
            view! {
                <div class="modal-backdrop">
                    <div
                        class="modal"
                        role="dialog"
                        aria-modal="true"
                        aria-labelledby="confirm-dialog-title"
                        aria-describedby="confirm-dialog-message"
                        on:keydown=on_keydown
                    >
                        <h2 id="confirm-dialog-title" class="modal-title">{title}</h2>
                        <p id="confirm-dialog-message">{message}</p>
                        <div class="modal-actions">
                            <button type="button" class="btn" id="confirm-dialog-cancel" on:click=move |_| close()>
                                {cancel_label}
                            </button>
                            <button
                                type="button"
                                class="btn btn-primary"
                                id="confirm-dialog-confirm"
                                on:click=move |_| {
                                    open.set(false);
                                    on_confirm.run(());
                                }
                            >
                                {confirm_label}
                            </button>
                        </div>
                    </div>
                </div>
            }
        })
    }
}
