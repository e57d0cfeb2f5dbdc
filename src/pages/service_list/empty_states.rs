//! What the list shows instead of its table: no service yet, or none that matches the filter.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::t;

/// Which state of the list shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shown {
    Table,
    Empty,
    NoMatch,
}

impl Shown {
    /// The state for `total` services found, with or without a filter.
    pub fn of(total: u32, filtered: bool) -> Self {
        match (total, filtered) {
            (0, true) => Shown::NoMatch,
            (0, false) => Shown::Empty,
            _ => Shown::Table,
        }
    }
}

/// No service matches the filter; the button clears it.
#[component]
pub fn NoMatches(
    /// Clears the filters.
    on_clear: Callback<()>,
) -> impl IntoView {
    view! {
        <div class="empty-state">
            <p class="empty-title">{t().no_matches}</p>
            <p>{t().no_matches_text}</p>
            <button type="button" class="btn" on:click=move |_| on_clear.run(())>
                {t().clear_filters}
            </button>
        </div>
    }
}

/// The region has no service yet: a link to create one.
#[component]
pub fn NoServices() -> impl IntoView {
    view! {
        <div class="empty-state">
            <p class="empty-title">{t().no_services}</p>
            <p>{t().no_services_text}</p>
            <A href="/services/create" attr:class="btn btn-primary">
                {t().create_service}
            </A>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::Shown;

    #[test]
    fn no_service_is_empty_unless_a_filter_hides_them() {
        assert_eq!(Shown::of(0, false), Shown::Empty);
        assert_eq!(Shown::of(0, true), Shown::NoMatch);
        assert_eq!(Shown::of(3, true), Shown::Table);
        assert_eq!(Shown::of(3, false), Shown::Table);
    }
}
