//! The tag editor: Tag key and Tag value rows with Remove, "Add Tag", and suggestions from
//! the tags already used in the account; on the generic row editor.

use leptos::prelude::*;
use vpcep_model::draft::TagDraft;
use vpcep_model::limits::MAX_TAGS;

use super::cell_input::CellInput;
use super::form_state::{dom_id, error_id, FormState};
use crate::components::field_error::FieldError;
use crate::components::row_editor::{RowEditor, RowsSpec};
use crate::i18n::{formats, t};

fn key(id: u32, leaf: &str) -> String {
    format!("tags.{id}.{leaf}")
}

fn spec() -> RowsSpec {
    RowsSpec {
        headers: || vec![t().create.tag_key, t().create.tag_value],
        headers_when_empty: false,
        add_id: "f-tags",
        add_label: t().manage.add_tag,
        plural: t().create.tags_plural,
        limit: MAX_TAGS,
        row_name: |i| formats::tag_n(i + 1),
    }
}

/// Keys and values already in use, offered as suggestions.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TagSuggestions {
    /// Keys in use.
    pub keys: Vec<String>,
    /// Values in use (not empty ones).
    pub values: Vec<String>,
}

/// The key of the tag with row id `id`, when it has one.
fn tag_key(form: FormState, id: u32) -> Option<String> {
    form.draft.with(|d| d.tags.iter().find(|t| t.id == id).map(|t| t.key.clone())).filter(|k| !k.is_empty())
}

/// The whole editor.
#[component]
pub fn TagEditor(
    /// The form whose `tags` this edits.
    form: FormState,
    /// Keys and values to suggest.
    #[prop(into)]
    suggestions: Signal<TagSuggestions>,
) -> impl IntoView {
    let ids = Memo::new(move |_| form.draft.with(|d| d.tags.iter().map(|t| t.id).collect::<Vec<u32>>()));
    let on_add = Callback::new(move |_| {
        let mut new_id = 0;
        form.edit("tags", |d| {
            new_id = d.take_id();
            d.tags.push(TagDraft { id: new_id, key: String::new(), value: String::new() });
        });
        dom_id(&key(new_id, "key"))
    });
    let on_remove = Callback::new(move |(id, index): (u32, usize)| {
        let name = tag_key(form, id);
        form.edit("tags", |d| d.tags.retain(|t| t.id != id));
        formats::tag_removed(&name.unwrap_or_else(|| (index + 1).to_string()))
    });
    let remove_label = Callback::new(move |(id, index): (u32, usize)| {
        formats::remove_tag(&tag_key(form, id).unwrap_or_else(|| (index + 1).to_string()))
    });
    let row = move |id: u32, _: Signal<usize>| view! { <TagRow form id /> };
    let options =
        |list: Vec<String>| list.into_iter().map(|v| view! { <option value=v></option> }).collect_view();
    view! {
        <div class="row-editor tags">
            <RowEditor
                spec=spec()
                keys=ids
                row
                remove_label
                remove_id=|id| dom_id(&key(*id, "remove"))
                on_add
                on_remove
                announce=Callback::new(move |text| form.announcement.set(text))
            />
            <FieldError id=error_id("tags") message=form.error_signal("tags") />
            <datalist id="tag-key-suggestions">{move || options(suggestions.get().keys)}</datalist>
            <datalist id="tag-value-suggestions">{move || options(suggestions.get().values)}</datalist>
        </div>
    }
}

/// The cells of one tag.
#[component]
fn TagRow(
    /// The form.
    form: FormState,
    /// The tag's row id.
    id: u32,
) -> impl IntoView {
    let input = move |leaf: &'static str, caption: &'static str, list: &'static str| {
        let field = key(id, leaf);
        let edited = field.clone();
        let is_key = leaf == "key";
        let value = Signal::derive(move || {
            form.draft
                .with(|d| {
                    d.tags.iter().find(|t| t.id == id).map(|t| {
                        if is_key {
                            t.key.clone()
                        } else {
                            t.value.clone()
                        }
                    })
                })
                .unwrap_or_default()
        });
        let set = Callback::new(move |text: String| {
            form.edit(&edited, |d| {
                if let Some(t) = d.tags.iter_mut().find(|t| t.id == id) {
                    if is_key {
                        t.key = text
                    } else {
                        t.value = text
                    }
                }
            })
        });
        view! { <CellInput form field caption placeholder=caption value set list /> }
    };
    view! {
        {input("key", t().create.tag_key, "tag-key-suggestions")}
        {input("value", t().create.tag_value, "tag-value-suggestions")}
    }
}
