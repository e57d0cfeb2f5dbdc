//! Accepting or rejecting several connections: the API takes one endpoint per request
//! (`EndPoint.2031` otherwise), so one request each, in turn, with the progress shown and each
//! result reported.

use leptos::prelude::*;
use vpcep_model::ConnectionActionRequest;

use super::inline_edit::refusal;
use crate::api::{use_api, ApiError};
use crate::components::dismiss::Dismiss;
use crate::components::error_alert::ErrorBox;
use crate::context::use_region;
use crate::i18n::formats;

/// What was asked: the endpoints, and accept (`true`) or reject.
pub type BulkRequest = (Vec<String>, bool);
/// Each endpoint's result, and whether it was an accept.
pub type BulkResults = (bool, Vec<(String, Result<(), ApiError>)>);

/// The write: sends one request per endpoint and sets `progress` to (done, of) as it goes.
pub fn bulk_action(
    service_id: Signal<String>,
    progress: RwSignal<Option<(usize, usize)>>,
) -> Action<BulkRequest, BulkResults> {
    let api = use_api();
    let region = use_region();
    Action::new_local(move |(endpoints, accept): &BulkRequest| {
        let (api, endpoints, accept) = (api.clone(), endpoints.clone(), *accept);
        let (region, id) = (region.get_untracked(), service_id.get_untracked());
        async move {
            let mut results = Vec::with_capacity(endpoints.len());
            for (i, endpoint) in endpoints.iter().enumerate() {
                progress.set(Some((i, endpoints.len())));
                let request = if accept {
                    ConnectionActionRequest::accept(endpoint)
                } else {
                    ConnectionActionRequest::reject(endpoint)
                };
                let sent = api.connection_action(region, id.clone(), request).await;
                results.push((endpoint.clone(), sent.map(drop)));
            }
            progress.set(None);
            (accept, results)
        }
    })
}

/// The report of the last bulk action: all done, or which ones failed and why.
#[component]
pub fn BulkReport(
    /// The results; the close button clears them.
    results: RwSignal<Option<BulkResults>>,
) -> impl IntoView {
    move || {
        results.get().map(|(accept, list)| {
            let failed: Vec<_> =
                list.iter().filter_map(|(id, r)| r.as_ref().err().map(|e| (id, e))).collect();
            let done = list.len() - failed.len();
            let close = view! { <Dismiss on_click=Callback::new(move |_| results.set(None)) /> };
            if failed.is_empty() {
                let text = formats::connections_done(done, accept);
                return view! {
                    <div class="alert alert-success" role="status">
                        <span class="alert-body">{text}</span>
                        {close}
                    </div>
                }
                .into_any();
            }
            let items = failed
                .into_iter()
                .map(|(id, e)| {
                    view! {
                        <li>
                            <span class="mono">{id.clone()}</span>
                            ": "
                            {refusal(e)}
                        </li>
                    }
                })
                .collect_view();
            view! {
                <ErrorBox
                    title=formats::connections_partly(done, list.len(), accept)
                    action=Some(close.into_any())
                >
                    <ul class="alert-detail">{items}</ul>
                </ErrorBox>
            }
            .into_any()
        })
    }
}
