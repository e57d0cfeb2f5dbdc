//! A dialog that asks before something happens (for example leaving unsaved changes).

use leptos::prelude::*;

use crate::components::modal::Modal;

/// Two buttons: cancel (focused first) and confirm.
#[component]
pub fn ConfirmDialog(
    /// Open while true; both buttons and Escape set it to false.
    open: RwSignal<bool>,
    /// The dialog's title.
    title: &'static str,
    /// What will happen.
    #[prop(into)]
    message: Signal<String>,
    /// The confirming button's text.
    confirm_label: &'static str,
    /// The cancelling button's text (focused first).
    cancel_label: &'static str,
    /// Runs after the dialog closed by the confirming button.
    on_confirm: Callback<()>,
) -> impl IntoView {
    view! {
        <Modal
            open=open.into()
            id="confirm-dialog"
            title=title.to_owned()
            on_dismiss=Callback::new(move |_| open.set(false))
        >
            <p id="confirm-dialog-message">{move || message.get()}</p>
            <div class="modal-actions">
                <button
                    type="button"
                    class="btn"
                    id="confirm-dialog-cancel"
                    on:click=move |_| open.set(false)
                >
                    {cancel_label}
                </button>
                <button
                    type="button"
                    class="btn btn-primary"
                    on:click=move |_| {
                        open.set(false);
                        on_confirm.run(());
                    }
                >
                    {confirm_label}
                </button>
            </div>
        </Modal>
    }
}
