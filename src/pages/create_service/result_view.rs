//! What the page shows after a successful create.

use leptos::prelude::*;
use leptos_router::components::A;
use vpcep_model::EndpointService;

use crate::components::StatusIndicator;

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
                "The VPC endpoint service is being created."
            </h2>
            <p class="muted">"It becomes available in a moment; the list shows its status."</p>
            <dl class="summary-grid result-facts">
                <div class="summary-item">
                    <dt>"Name"</dt>
                    <dd id="created-name">{service.service_name.clone()}</dd>
                </div>
                <div class="summary-item">
                    <dt>"ID"</dt>
                    <dd id="created-id" class="mono">
                        {service.id.clone()}
                    </dd>
                </div>
                <div class="summary-item">
                    <dt>"Status"</dt>
                    <dd>
                        <StatusIndicator status=service.status.clone() />
                    </dd>
                </div>
            </dl>
            <div class="form-actions">
                <A href=format!("/services/{}", service.id) attr:class="btn">
                    "View Details"
                </A>
                <A href="/services" attr:class="btn btn-primary">
                    "Back to VPC Endpoint Service List"
                </A>
            </div>
        </section>
    }
}
