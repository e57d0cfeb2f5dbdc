//! A table of a details tab: its header row, and a box that scrolls sideways on a narrow
//! screen instead of the page (focusable, so a keyboard can scroll it).

use leptos::prelude::*;

/// The table; `children` are its rows.
#[component]
pub fn ScrollTable(
    /// The table's name (for screen readers).
    label: &'static str,
    /// The column headers.
    headers: Vec<&'static str>,
    /// A first, narrow column's header: the checkbox that selects every row.
    #[prop(optional, into)]
    select_all: Option<ViewFn>,
    /// The rows.
    children: Children,
) -> impl IntoView {
    view! {
        <div class="table-scroll" role="region" aria-label=label tabindex="0">
            <table class="table" aria-label=label>
                <thead>
                    <tr>
                        {select_all
                            .map(|v| {
                                view! {
                                    <th scope="col" class="cell-select">
                                        {v.run()}
                                    </th>
                                }
                            })}
                        {headers.into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>{children()}</tbody>
            </table>
        </div>
    }
}
