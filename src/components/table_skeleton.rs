//! Placeholder rows while a table loads for the first time.

use leptos::prelude::*;

/// `rows` grey rows of `columns` cells, hidden from assistive technology (the table is
/// marked `aria-busy` instead).
#[component]
pub fn TableSkeleton(
    /// How many rows.
    rows: usize,
    /// How many cells per row.
    columns: usize,
) -> impl IntoView {
    (0..rows)
        .map(|_| {
            view! {
                <tr class="skeleton-row" aria-hidden="true">
                    {(0..columns)
                        .map(|_| {
                            view! {
                                <td>
                                    <span class="skeleton"></span>
                                </td>
                            }
                        })
                        .collect_view()}
                </tr>
            }
        })
        .collect_view()
}
