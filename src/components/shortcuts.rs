//! Keyboard shortcuts, anywhere outside a text field: `?` shows them, `/` goes to the list's
//! search, `c` opens Create (at the quota it moves focus to the disabled button, which says
//! why), and Escape closes a dialog (each dialog does that itself).

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use wasm_bindgen::JsCast;

use crate::components::modal::InfoDialog;
use crate::components::LazyPart;
use crate::dom::focus_now;
use crate::split_part;

/// The shortcuts, as the help lists them.
pub fn shortcuts() -> [(&'static str, &'static str); 4] {
    let t = crate::i18n::t();
    [("?", t.shortcut_help), ("/", t.shortcut_search), ("c", t.shortcut_create), ("Esc", t.shortcut_escape)]
}

/// How long after going to the list `/` focuses its search: the filter bar renders with the
/// route, before the list's data (one frame is not always enough after a navigation).
const SEARCH_FOCUS_DELAY: std::time::Duration = std::time::Duration::from_millis(50);

/// Whether a key press belongs to what has focus (typing, a select, a modifier shortcut).
fn typing(ev: &web_sys::KeyboardEvent) -> bool {
    if ev.ctrl_key() || ev.meta_key() || ev.alt_key() || ev.default_prevented() {
        return true;
    }
    let Some(el) = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return false };
    matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
        || el.closest("[contenteditable], [role=dialog]").ok().flatten().is_some()
}

/// The shortcuts' listener and their help dialog; `open` shows the help.
#[component]
pub fn Shortcuts(
    /// The help is shown while true (the top bar's button sets it too).
    open: RwSignal<bool>,
) -> impl IntoView {
    let navigate = use_navigate();
    let location = leptos_router::hooks::use_location();
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        if typing(&ev) || open.get_untracked() {
            return;
        }
        match ev.key().as_str() {
            "?" => {
                ev.prevent_default();
                open.set(true);
            }
            "/" => {
                ev.prevent_default();
                if location.pathname.get_untracked() == "/services" {
                    focus_now("filter-name");
                } else {
                    navigate("/services", Default::default());
                    // The list's filter bar renders with the route, before its data.
                    set_timeout(
                        || {
                            let _ = focus_now("filter-name");
                        },
                        SEARCH_FOCUS_DELAY,
                    );
                }
            }
            "c" => {
                ev.prevent_default();
                let create = document().query_selector("[data-shortcut=create]").ok().flatten();
                match create.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
                    Some(el) if el.get_attribute("aria-disabled").as_deref() == Some("true") => {
                        let _ = el.focus();
                    }
                    _ => navigate("/services/create", Default::default()),
                }
            }
            _ => {}
        }
    });
    on_cleanup(move || handle.remove());
    // The help (its chunk) is there from the first time it opens on.
    let asked = Memo::new(move |asked: Option<&bool>| asked.copied().unwrap_or(false) || open.get());
    move || asked.get().then(|| view! { <LazyPart quiet=true load=move || Box::pin(shortcuts_help(open)) /> })
}

split_part! {
    /// The shortcuts' help dialog, in its own chunk.
    fn shortcuts_help(open: RwSignal<bool>) -> AnyView, chunk = shortcuts_help => view! {
        <InfoDialog open id="shortcuts-dialog" title=crate::i18n::t().keyboard_shortcuts>
            <dl class="shortcuts">
                {shortcuts()
                    .into_iter()
                    .map(|(key, what)| {
                        view! {
                            <div class="shortcut">
                                <dt>
                                    <kbd>{key}</kbd>
                                </dt>
                                <dd>{what}</dd>
                            </div>
                        }
                    })
                    .collect_view()}
            </dl>
        </InfoDialog>
    }
    .into_any()
}
