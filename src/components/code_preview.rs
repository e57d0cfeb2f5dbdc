//! Text for a person to read and copy, in several formats (HTTP, curl, Terraform): one button
//! per format (the chosen one pressed), the text, and Copy.

use leptos::prelude::*;

use crate::dom::copy_to_clipboard;
use crate::i18n::t;

/// One format: its name and its text.
pub type Format = (&'static str, String);

/// The formats of `texts`; `id` names the shown text (`{id}-text`).
#[component]
pub fn CodePreview(
    /// The element ids' prefix.
    id: &'static str,
    /// The formats, in order; the first is shown first.
    #[prop(into)]
    texts: Signal<Vec<Format>>,
) -> impl IntoView {
    let chosen = RwSignal::new(0usize);
    let copied = RwSignal::new(false);
    let shown = move || texts.with(|t| t.get(chosen.get()).map(|(_, text)| text.clone()).unwrap_or_default());
    let copy = move |_| copied.set(copy_to_clipboard(&shown()));
    let text_id = format!("{id}-text");
    view! {
        <div class="code-preview">
            <div class="code-preview-bar">
                <div class="code-formats" role="group" aria-label=t().tools.format>
                    {move || {
                        texts
                            .get()
                            .into_iter()
                            .enumerate()
                            .map(|(i, (name, _))| {
                                view! {
                                    <button
                                        type="button"
                                        class="btn btn-small"
                                        aria-pressed=move || (chosen.get() == i).to_string()
                                        on:click=move |_| {
                                            chosen.set(i);
                                            copied.set(false);
                                        }
                                    >
                                        {name}
                                    </button>
                                }
                            })
                            .collect_view()
                    }}
                </div>
                <button type="button" class="btn btn-small" aria-describedby=text_id.clone() on:click=copy>
                    {t().tools.copy}
                </button>
                <span class="muted" role="status">
                    {move || copied.get().then_some(t().tools.copied)}
                </span>
            </div>
            <pre class="code" id=text_id tabindex="0">
                <code>{shown}</code>
            </pre>
        </div>
    }
}
