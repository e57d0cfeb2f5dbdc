//! The service as Terraform: an `import` block with its ID and the resource, to bring an
//! existing service under Terraform.

use leptos::prelude::*;
use vpcep_model::preview::terraform_for_existing;
use vpcep_model::{EndpointService, ListPermissionsResponse};

use crate::components::code_preview::CodePreview;
use crate::components::modal::InfoDialog;
use crate::i18n::t;
use crate::read::Read;

/// The dialog, open while `open`.
#[component]
pub fn TerraformDialog(
    /// Open while true.
    open: RwSignal<bool>,
    /// The service (its latest read).
    #[prop(into)]
    service: Signal<Option<EndpointService>>,
    /// The whitelist (its domain IDs go into the resource once read).
    permissions: Read<ListPermissionsResponse>,
) -> impl IntoView {
    let texts = Signal::derive(move || {
        let Some(s) = service.get() else { return Vec::new() };
        let whitelist: Vec<String> = permissions
            .with(|p| {
                p.and_then(Result::ok).map(|p| p.permissions.iter().map(|r| r.permission.clone()).collect())
            })
            .unwrap_or_default();
        vec![("Terraform", terraform_for_existing(&s, &whitelist))]
    });
    view! {
        <InfoDialog open id="terraform-dialog" title="Terraform">
            <p class="muted">{t().manage.terraform_intro}</p>
            <CodePreview id="terraform" texts />
        </InfoDialog>
    }
}
