//! Page navigation and page size of a table.

use crate::i18n::{formats, t};
use leptos::prelude::*;

use crate::list_view::PAGE_SIZES;

/// "1-10 of 37", previous / next, and the page size.
#[component]
pub fn Pagination(
    /// What is shown, e.g. "1-10 of 37".
    #[prop(into)]
    range: Signal<String>,
    /// The current page, from 1.
    #[prop(into)]
    page: Signal<u32>,
    /// How many pages there are (at least 1).
    #[prop(into)]
    pages: Signal<u32>,
    /// Rows per page (one of the list's page sizes).
    #[prop(into)]
    page_size: Signal<u32>,
    /// Goes to a page.
    on_page: Callback<u32>,
    /// Changes the rows per page.
    on_page_size: Callback<u32>,
) -> impl IntoView {
    view! {
        <nav class="pagination" aria-label=t().pages>
            <span class="pagination-range" aria-live="polite">
                {move || range.get()}
            </span>
            <button
                type="button"
                class="btn btn-icon"
                aria-label=t().previous_page
                disabled=move || page.get() <= 1
                on:click=move |_| on_page.run(page.get() - 1)
            >
                "‹"
            </button>
            <span class="pagination-page">{move || formats::page_of(page.get(), pages.get())}</span>
            <button
                type="button"
                class="btn btn-icon"
                aria-label=t().next_page
                disabled=move || { page.get() >= pages.get() }
                on:click=move |_| on_page.run(page.get() + 1)
            >
                "›"
            </button>
            <label class="page-size">
                {t().rows_per_page}
                <select
                    prop:value=move || page_size.get().to_string()
                    on:change=move |ev| {
                        if let Ok(n) = event_target_value(&ev).parse() {
                            on_page_size.run(n);
                        }
                    }
                >
                    {PAGE_SIZES
                        .iter()
                        .map(|n| view! { <option value=n.to_string()>{n.to_string()}</option> })
                        .collect_view()}
                </select>
            </label>
        </nav>
    }
}
