//! The console frame: top bar with the region selector, left navigation, and the page.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::api::backend::{Backend, BackendSlot, ChunkView};
use crate::api::use_api;
use crate::components::shortcuts::Shortcuts;
use crate::components::RegionSelector;
use crate::context::use_data_version;
use crate::i18n::{t, Lang};

/// The frame around every page. Below 768 px the region, the API badge and the navigation
/// fold into a menu button.
#[component]
pub fn Shell(
    /// The page.
    children: Children,
) -> impl IntoView {
    let t = t();
    let menu_open = RwSignal::new(false);
    let shortcuts = RwSignal::new(false);
    // Going to another page closes the menu.
    let location = leptos_router::hooks::use_location();
    Effect::new(move |previous: Option<String>| {
        let path = location.pathname.get();
        if previous.is_some_and(|p| p != path) {
            menu_open.set(false);
        }
        path
    });
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" && menu_open.get_untracked() {
            menu_open.set(false);
        }
    };
    view! {
        <div
            class="shell"
            class:menu-open=move || menu_open.get()
            on:keydown=on_keydown
            on:pointerover=move |ev| prefetch_link(ev.target())
            on:focusin=move |ev| prefetch_link(ev.target())
        >
            <a class="skip-link" href="#main">
                {t.skip_to_content}
            </a>
            <header class="topbar">
                <div class="topbar-brand">
                    <span class="brand-mark" aria-hidden="true">
                        "T"
                    </span>
                    <span class="brand-name">"Open Telekom Cloud"</span>
                    <span class="brand-sep" aria-hidden="true"></span>
                    <span class="brand-console">{t.console}</span>
                </div>
                <div class="topbar-spacer"></div>
                <button
                    type="button"
                    class="btn menu-button"
                    aria-expanded=move || menu_open.get().to_string()
                    aria-controls="topbar-tools sidenav"
                    on:click=move |_| menu_open.update(|o| *o = !*o)
                >
                    {move || if menu_open.get() { t.close_menu } else { t.menu }}
                </button>
                <div class="topbar-tools" id="topbar-tools">
                    <RegionSelector />
                    <div class="topbar-spacer"></div>
                    {backend_view(|b| b.scenario_button.clone())}
                    <ResetDemoData />
                    {backend_view(|b| b.session.clone())}
                    <button
                        type="button"
                        class="btn btn-link topbar-action"
                        aria-keyshortcuts="?"
                        title=t.shortcuts_title
                        on:click=move |_| shortcuts.set(true)
                    >
                        {t.shortcuts}
                    </button>
                    <LanguageSelect />
                </div>
            </header>
            {backend_view(|b| b.dialogs.clone())}
            <Shortcuts open=shortcuts />
            <div class="layout">
                <nav class="sidenav" id="sidenav" aria-label=t.nav_title>
                    <h2 class="sidenav-title">{t.nav_title}</h2>
                    <ul>
                        <li>
                            <A href="/services">{t.services}</A>
                        </li>
                        <li>
                            <A href="/settings">{t.settings}</A>
                        </li>
                    </ul>
                </nav>
                <main id="main" class="content" tabindex="-1">
                    {children()}
                </main>
            </div>
        </div>
    }
}

/// The page a link goes to loads its chunk when the pointer or the focus comes to the link
/// (one listener for the whole console, not one per link).
fn prefetch_link(target: Option<web_sys::EventTarget>) {
    use wasm_bindgen::JsCast;
    let link = target
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest("a[href]").ok().flatten())
        .and_then(|a| a.get_attribute("href"));
    if let Some(href) = link {
        crate::prefetch_page(href.split('?').next().unwrap_or_default());
    }
}

/// A view of the backend's chunk (a top bar tool), once the chunk is there.
fn backend_view(part: fn(&Backend) -> Option<ChunkView>) -> impl IntoView {
    let slot = use_context::<BackendSlot>();
    move || slot.as_ref().and_then(|s| s.loaded()).and_then(part).map(|v| v())
}

/// "Reset demo data", shown only when the API is the embedded mock.
#[component]
fn ResetDemoData() -> impl IntoView {
    let api = use_api();
    let version = use_data_version();
    let supported = api.reset_demo_data().is_some();
    if !supported {
        let settings = crate::api::settings::ApiSettings::load();
        return view! {
            <A href="/settings" attr:class="mock-badge" attr:title=crate::i18n::t().tools.http_api_title>
                {crate::i18n::formats::http_api(&settings.base)}
            </A>
        }
        .into_any();
    }
    let reset = Action::new_local(move |_: &()| {
        let task = api.reset_demo_data();
        async move {
            if let Some(task) = task {
                let _ = task.await;
            }
        }
    });
    let busy = reset.pending();
    // Every page reads again once the data is back to the seed.
    Effect::new(move |_| {
        if reset.version().get() > 0 {
            version.bump();
        }
    });
    view! {
        <span class="mock-badge" title=t().embedded_mock_title>
            {t().embedded_mock}
        </span>
        <button
            type="button"
            class="btn btn-link topbar-action"
            on:click=move |_| {
                reset.dispatch_local(());
            }
            aria-busy=move || busy.get().to_string()
            disabled=move || busy.get()
        >
            {move || if busy.get() { t().resetting } else { t().reset_demo_data }}
        </button>
    }
    .into_any()
}

/// The language select: choosing reloads the page.
#[component]
fn LanguageSelect() -> impl IntoView {
    let current = crate::i18n::lang();
    view! {
        <label class="visually-hidden" for="language-select">
            {t().language}
        </label>
        <select
            id="language-select"
            class="language-select"
            on:change=move |ev| {
                if let Some(lang) = Lang::from_code(&event_target_value(&ev)) {
                    crate::i18n::choose(lang);
                }
            }
        >
            {Lang::ALL
                .iter()
                .map(|l| {
                    view! {
                        <option value=l.code() lang=l.code() selected=*l == current>
                            {l.name()}
                        </option>
                    }
                })
                .collect_view()}
        </select>
    }
    .into_any()
}
