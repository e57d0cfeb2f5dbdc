//! Deleting one or several services: the user types "delete" to confirm; each result is
//! reported, and a refusal (a service in use, EndPoint.3006) is shown in the dialog.

use crate::i18n::{formats, lang, t};
use leptos::prelude::*;
use vpcep_model::EndpointService;

use crate::api::{use_api, ApiError};
use crate::components::modal::Modal;
use crate::components::StatusIndicator;
use crate::context::use_region;
use crate::dom::focus_after_render;

/// What happened to each service of a delete.
pub type DeleteResults = Vec<(EndpointService, Result<(), ApiError>)>;

/// The write behind the dialog: the services are deleted one after the other, each result
/// kept.
pub type DeleteServices = Action<Vec<EndpointService>, DeleteResults>;

/// The delete write of a page (the page owns it; the dialog runs it and shows its result).
pub fn delete_services() -> DeleteServices {
    let api = use_api();
    let region = use_region();
    Action::new_local(move |items: &Vec<EndpointService>| {
        let (api, r, items) = (api.clone(), region.get_untracked(), items.clone());
        async move {
            let mut out = Vec::with_capacity(items.len());
            for s in items {
                let result = api.delete_service(r, s.id.clone()).await;
                out.push((s, result));
            }
            out
        }
    })
}

/// Open while `targets` is not empty; runs `delete` on confirm. `on_done` gets every result
/// once the deletes ran.
#[component]
pub fn DeleteDialog(
    /// The services to delete; the dialog is open while there is one, and empties it when
    /// every delete started (or on Cancel).
    targets: RwSignal<Vec<EndpointService>>,
    /// The write to run on confirm (see [`delete_services`]).
    delete: DeleteServices,
    /// Every service's result, once the deletes ran.
    on_done: Callback<DeleteResults>,
) -> impl IntoView {
    let typed = RwSignal::new(String::new());
    let results = RwSignal::new(None::<DeleteResults>);
    let open = Signal::derive(move || targets.with(|t| !t.is_empty()));
    let pending = delete.pending();
    Effect::new(move |_| {
        if open.get() {
            typed.set(String::new());
            results.set(None);
        }
    });
    Effect::new(move |_| {
        let Some(out) = delete.value().get() else { return };
        on_done.run(out.clone());
        if out.iter().all(|(_, r)| r.is_ok()) {
            targets.set(Vec::new());
        } else {
            results.set(Some(out));
            // The Delete button is now disabled: keep focus in the dialog, on Close.
            focus_after_render("delete-dialog-close".to_owned());
        }
    });
    let close = Callback::new(move |_| {
        if !pending.get_untracked() {
            targets.set(Vec::new());
        }
    });
    let confirmed = move || typed.with(|typed| typed.trim().to_lowercase() == t().confirm_word);
    let title = Signal::derive(move || match targets.with(Vec::len) {
        1 => t().delete_one_title.to_owned(),
        n => formats::delete_many_title(n),
    });
    let run = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if !confirmed() || pending.get_untracked() || results.with_untracked(Option::is_some) {
            return;
        }
        delete.dispatch_local(targets.get_untracked());
    };
    let names =
        move || targets.with(|t| t.iter().map(|s| s.service_name.clone()).collect::<Vec<_>>().join(", "));
    view! {
        <Modal open id="delete-dialog" title on_dismiss=close>
            <form on:submit=run>
                <p>{t().delete_intro} <strong>{names}</strong> {t().delete_outro}</p>
                <p class="warning-text">{t().delete_warning}</p>
                <table class="table table-compact">
                    <thead>
                        <tr>
                            <th scope="col">{t().col_name}</th>
                            <th scope="col">{t().col_backend_type}</th>
                            <th scope="col">{t().col_status}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || {
                            targets
                                .get()
                                .into_iter()
                                .map(|s| {
                                    view! {
                                        <tr>
                                            <td class="service-name-plain">{s.service_name.clone()}</td>
                                            <td>{s.server_type.label(lang()).to_owned()}</td>
                                            <td>
                                                <StatusIndicator status=s.status.clone() />
                                            </td>
                                        </tr>
                                    }
                                })
                                .collect_view()
                        }}
                    </tbody>
                </table>
                {move || {
                    results
                        .get()
                        .map(|list| {
                            view! {
                                <div class="alert alert-error" role="alert" id="delete-results">
                                    <span class="alert-icon" aria-hidden="true">
                                        "!"
                                    </span>
                                    <ul class="alert-body">
                                        {list
                                            .into_iter()
                                            .map(|(s, r)| {
                                                view! {
                                                    <li>
                                                        <strong>{s.service_name}</strong>
                                                        ": "
                                                        {match r {
                                                            Ok(()) => t().tools.deletion_started.to_owned(),
                                                            Err(e) => {
                                                                format!(
                                                                    "{} ({})",
                                                                    e.detail(),
                                                                    e.code().unwrap_or(t().tools.no_code),
                                                                )
                                                            }
                                                        }}
                                                    </li>
                                                }
                                            })
                                            .collect_view()}
                                    </ul>
                                </div>
                            }
                        })
                }}
                <label class="confirm-field">
                    {formats::type_to_confirm(t().confirm_word)}
                    <input
                        type="text"
                        id="delete-confirm"
                        autocomplete="off"
                        prop:value=move || typed.get()
                        on:input=move |ev| typed.set(event_target_value(&ev))
                    />
                </label>
                <div class="modal-actions">
                    <button
                        type="button"
                        class="btn"
                        id="delete-dialog-close"
                        on:click=move |_| close.run(())
                    >
                        {move || if results.with(Option::is_some) { t().close } else { t().cancel }}
                    </button>
                    <button
                        type="submit"
                        class="btn btn-danger"
                        disabled=move || !confirmed() || pending.get() || results.with(Option::is_some)
                    >
                        {move || if pending.get() { t().deleting } else { t().delete }}
                    </button>
                </div>
            </form>
        </Modal>
    }
}
