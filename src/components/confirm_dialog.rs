//! A dialog that asks before something happens (for example leaving unsaved changes).

use leptos::prelude::*;

use crate::components::modal::Modal;

/// Two buttons: cancel (focused first) and confirm.
#[component]
pub fn ConfirmDialog(
    open: RwSignal<bool>,
    title: &'static str,
    #[prop(into)] message: String,
    confirm_label: &'static str,
    cancel_label: &'static str,
    on_confirm: Callback<()>,
) -> impl IntoView {
    let message = StoredValue::new(message);
    view! {
        <Modal
            open=open.into()
            id="confirm-dialog"
            title=title.to_owned()
            on_dismiss=Callback::new(move |_| open.set(false))
        >
            <p id="confirm-dialog-message">{message.get_value()}</p>
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
