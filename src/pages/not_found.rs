//! Unknown addresses.

use crate::i18n::t;
use leptos::prelude::*;
use leptos_router::components::A;

/// "Page not found" with a way back.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <div class="page-header">
            <h1>{t().tools.page_not_found}</h1>
        </div>
        <div class="card empty-state">
            <p>{t().tools.no_page_here}</p>
            <A href="/services">{t().create.back_to_list}</A>
        </div>
    }
}
