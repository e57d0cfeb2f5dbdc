//! The list's filter: free text on the name, property filters as removable chips, and
//! "Clear filters".

use crate::i18n::{formats, t};
use leptos::prelude::*;
use leptos_use::use_debounce_fn;

use crate::list_view::{FilterProperty, ListView, PropertyFilter};

/// How long typing in the search box pauses before the list filters.
const TYPING_PAUSE_MS: f64 = 250.0;

/// The filter row.
#[component]
pub fn FilterBar(
    /// The list's current view (the search box and the chips follow it).
    #[prop(into)]
    view: Signal<ListView>,
    /// How many services match, when a filter is set.
    #[prop(into)]
    matches: Signal<Option<u32>>,
    /// Applies a new view (a new history entry).
    on_change: Callback<ListView>,
    /// Applies the typed name after a pause (replacing the history entry).
    on_typing: Callback<ListView>,
) -> impl IntoView {
    let text = RwSignal::new(view.get_untracked().name);
    // Back/Forward or a chip change the view: the box follows.
    Effect::new(move |_| {
        let name = view.with(|v| v.name.clone());
        if text.get_untracked() != name {
            text.set(name);
        }
    });
    // The debounce's timer ends with this component (leptos-use clears it in on_cleanup):
    // leaving the page while typing sends nothing into a page that is gone.
    let apply_name = use_debounce_fn(
        move || {
            // The timer is cleared with this component; should it fire anyway (a clock that
            // cannot clear it), it finds the values gone and does nothing.
            let (Some(name), Some(v)) = (text.try_get_untracked(), view.try_get_untracked()) else { return };
            on_typing.try_run(v.changed(|v| v.name = name));
        },
        TYPING_PAUSE_MS,
    );
    let on_input = move |ev| {
        text.set(event_target_value(&ev));
        apply_name();
    };
    let property = RwSignal::new(FilterProperty::Status);
    let value = RwSignal::new(String::new());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if let Some(filter) = PropertyFilter::parse(property.get_untracked(), &value.get_untracked()) {
            value.set(String::new());
            on_change.run(view.get_untracked().with_filter(filter));
        }
    };
    let value_control = move || {
        let p = property.get();
        let choices = p.choices();
        if choices.is_empty() {
            return view! {
                <input
                    type="text"
                    id="filter-value"
                    aria-label=t().filter_value
                    placeholder=p.placeholder()
                    prop:value=move || value.get()
                    on:input=move |ev| value.set(event_target_value(&ev))
                />
            }
            .into_any();
        }
        if !choices.iter().any(|(v, _)| *v == value.get_untracked()) {
            value.set(choices[0].0.clone());
        }
        view! {
            <select
                id="filter-value"
                aria-label=t().filter_value
                prop:value=move || value.get()
                on:change=move |ev| value.set(event_target_value(&ev))
            >
                {choices.into_iter().map(|(v, l)| view! { <option value=v>{l}</option> }).collect_view()}
            </select>
        }
        .into_any()
    };
    let chips = move || {
        let v = view.get();
        v.is_filtered().then(|| {
            let chips = v
                .filters
                .iter()
                .enumerate()
                .map(|(i, f)| {
                    let label = f.label();
                    view! {
                        <li class="chip">
                            {label.clone()}
                            <button
                                type="button"
                                class="chip-remove"
                                aria-label=formats::remove_filter(&label)
                                on:click=move |_| on_change.run(view.get_untracked().without_filter(i))
                            >
                                "×"
                            </button>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <ul class="chips" aria-label=t().active_filters>
                    {(!v.name.is_empty())
                        .then(|| view! { <li class="chip">{formats::name_chip(&v.name)}</li> })}
                    {chips}
                    <li>
                        <button
                            type="button"
                            class="btn btn-link"
                            on:click=move |_| on_change.run(view.get_untracked().cleared())
                        >
                            {t().clear_filters}
                        </button>
                    </li>
                </ul>
            }
        })
    };
    view! {
        <div class="filter-bar">
            <div class="filter-row">
                <input
                    type="search"
                    id="filter-name"
                    class="filter-search"
                    aria-keyshortcuts="/"
                    aria-label=t().search_by_name
                    placeholder=t().search_by_name
                    prop:value=move || text.get()
                    on:input=on_input
                />
                <form class="property-filter" on:submit=add>
                    <select
                        id="filter-property"
                        aria-label=t().filter_property
                        prop:value=move || property.get().key()
                        on:change=move |ev| {
                            if let Some(p) = FilterProperty::from_key(&event_target_value(&ev)) {
                                property.set(p);
                            }
                        }
                    >
                        {FilterProperty::ALL
                            .into_iter()
                            .map(|p| view! { <option value=p.key()>{p.label()}</option> })
                            .collect_view()}
                    </select>
                    {value_control}
                    <button type="submit" class="btn">
                        {t().add_filter}
                    </button>
                </form>
                <span class="filter-count" aria-live="polite">
                    {move || { matches.get().map(|n| formats::matches(n as usize)) }}
                </span>
            </div>
            {chips}
        </div>
    }
}
