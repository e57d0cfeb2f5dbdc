//! The embedded mock's state out and in: Export (a JSON file), Import (a file; a bad one says
//! why and changes nothing) and Copy state link (a small state in the URL).

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::api::mock_state::{state_link, MAX_STATE_LINK_CHARS};
use crate::api::EmbeddedMock;
use crate::context::use_data_version;
use crate::dom::copy_to_clipboard;
use crate::i18n::{formats, t};

/// The file Export writes.
const FILE_NAME: &str = "vpcep-mock-state.json";

/// Offers `text` as a download named `name`.
fn download(name: &str, text: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(|_| "no Blob")?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| "no object URL")?;
    let a: web_sys::HtmlAnchorElement =
        document().create_element("a").map_err(|_| "no link")?.dyn_into().map_err(|_| "no link")?;
    a.set_href(&url);
    a.set_download(name);
    a.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// The Data part of the Scenario panel.
#[component]
pub fn StateTransfer(
    /// The mock.
    mock: EmbeddedMock,
) -> impl IntoView {
    let message = RwSignal::new(None::<Result<String, String>>);
    let mock = StoredValue::new(mock);
    let version = use_data_version();
    let export = move |_| {
        let json = mock.with_value(|m| serde_json::to_string_pretty(&m.export()).unwrap_or_default());
        message.set(Some(download(FILE_NAME, &json).map(|()| formats::exported_as(FILE_NAME))));
    };
    let link = move |_| {
        let state = mock.with_value(EmbeddedMock::export);
        let origin = window().location().origin().unwrap_or_default();
        message.set(Some(match state_link(&origin, &state) {
            Err(len) => Err(formats::state_too_large(len, MAX_STATE_LINK_CHARS)),
            Ok(url) if copy_to_clipboard(&url) => Ok(t().tools.state_link_copied.to_owned()),
            Ok(_) => Err(t().tools.link_not_copied.to_owned()),
        }));
    };
    let import = move |ev: leptos::ev::Event| {
        let input: Option<web_sys::HtmlInputElement> = ev.target().and_then(|t| t.dyn_into().ok());
        let Some(file) = input.as_ref().and_then(|i| i.files()).and_then(|f| f.get(0)) else { return };
        if let Some(i) = &input {
            // The same file can be chosen again.
            i.set_value("");
        }
        // The read finishes after an await: by then the panel may be closed and this component's
        // values disposed, so the task owns the mock (not the StoredValue) and only sets signals
        // (a disposed signal ignores a set; reading a disposed StoredValue would panic).
        let mock = mock.get_value();
        leptos::task::spawn_local(async move {
            let text = JsFuture::from(file.text()).await.ok().and_then(|v| v.as_string()).unwrap_or_default();
            let result = mock.import(&text);
            if result.is_ok() {
                version.bump();
            }
            message.set(Some(
                result
                    .map(|()| formats::imported(&file.name()))
                    .map_err(|why| formats::not_imported(&file.name(), &why)),
            ));
        });
    };
    view! {
        <fieldset class="state-transfer">
            <legend>{t().tools.data}</legend>
            <div class="control-row">
                <button type="button" class="btn" on:click=export>
                    {t().tools.export_file}
                </button>
                // The input keeps the keyboard focus; its label is what shows (and is outlined).
                <input
                    type="file"
                    id="state-import"
                    class="visually-hidden"
                    accept="application/json,.json"
                    on:change=import
                />
                <label class="btn" for="state-import">
                    {t().tools.import_file}
                </label>
                <button type="button" class="btn" on:click=link>
                    {t().tools.copy_state_link}
                </button>
            </div>
            {move || {
                message
                    .get()
                    .map(|m| match m {
                        Ok(text) => view! { <p role="status">{text}</p> }.into_any(),
                        Err(text) => {
                            view! {
                                <p class="field-error" role="alert">
                                    {text}
                                </p>
                            }
                                .into_any()
                        }
                    })
            }}
        </fieldset>
    }
}
