//! What the page shows after a successful create.

use leptos::prelude::*;
use leptos_router::components::A;
use vpcep_model::EndpointService;

use crate::components::StatusIndicator;
use crate::i18n::t;

/// The new service's full name and ID, and the way back to the list.
#[component]
pub fn CreatedResult(
    /// The service the API created.
    service: EndpointService,
) -> impl IntoView {
    view! {
        <section class="card result" aria-labelledby="result-title">
            <div class="result-icon" aria-hidden="true">
                "✓"
            </div>
            <h2 id="result-title" tabindex="-1">
                {t().create.being_created}
            </h2>
            <p class="muted">{t().create.available_soon}</p>
            <dl class="summary-grid result-facts">
                <div class="summary-item">
                    <dt>{t().create.name}</dt>
                    <dd id="created-name">{service.service_name.clone()}</dd>
                </div>
                <div class="summary-item">
                    <dt>{t().id}</dt>
                    <dd id="created-id" class="mono">
                        {service.id.clone()}
                    </dd>
                </div>
                <div class="summary-item">
                    <dt>{t().col_status}</dt>
                    <dd>
                        <StatusIndicator status=service.status.clone() />
                    </dd>
                </div>
            </dl>
            <div class="form-actions">
                <A href=format!("/services/{}", service.id) attr:class="btn">
                    {t().create.view_details}
                </A>
                <A href="/services" attr:class="btn btn-primary">
                    {t().create.back_to_list}
                </A>
            </div>
        </section>
    }
}
