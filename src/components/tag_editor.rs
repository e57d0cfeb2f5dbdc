//! The tag editor: Tag key and Tag value rows with remove, "Add Tag", and suggestions from
//! the tags already used in the account.

use leptos::prelude::*;
use vpcep_model::draft::TagDraft;
use vpcep_model::limits::MAX_TAGS;

use crate::components::field_error::FieldError;
use crate::components::form_state::{dom_id, FormState};
use crate::components::row_editor::{focus_after_remove, AddRowButton, CellInput};
use crate::dom::focus_after_render;

fn key(id: u32, leaf: &str) -> String {
    format!("tags.{id}.{leaf}")
}

/// Keys and values already in use, offered as suggestions.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TagSuggestions {
    pub keys: Vec<String>,
    pub values: Vec<String>,
}

/// The whole editor.
#[component]
pub fn TagEditor(form: FormState, #[prop(into)] suggestions: Signal<TagSuggestions>) -> impl IntoView {
    let ids = Memo::new(move |_| form.draft.with(|d| d.tags.iter().map(|t| t.id).collect::<Vec<u32>>()));
    let count = Signal::derive(move || ids.with(Vec::len));
    let add = Callback::new(move |_| {
        let mut new_id = 0;
        form.edit("tags", |d| {
            new_id = d.take_id();
            d.tags.push(TagDraft { id: new_id, key: String::new(), value: String::new() });
        });
        focus_after_render(dom_id(&key(new_id, "key")));
    });
    let options =
        |list: Vec<String>| list.into_iter().map(|v| view! { <option value=v></option> }).collect_view();
    view! {
        <div class="row-editor tags">
            {move || {
                (count.get() > 0)
                    .then(|| {
                        view! {
                            <div class="row-editor-head" aria-hidden="true">
                                <span>"Tag key"</span>
                                <span>"Tag value"</span>
                                <span></span>
                            </div>
                        }
                    })
            }}
            <For each=move || ids.get() key=|id| *id children=move |id| view! { <TagRow form id ids /> } />
            <AddRowButton id=dom_id("tags") label="Add Tag" plural="tags" limit=MAX_TAGS count on_add=add />
            <FieldError form field="tags" />
            <datalist id="tag-key-suggestions">{move || options(suggestions.get().keys)}</datalist>
            <datalist id="tag-value-suggestions">{move || options(suggestions.get().values)}</datalist>
        </div>
    }
}

#[component]
fn TagRow(form: FormState, id: u32, ids: Memo<Vec<u32>>) -> impl IntoView {
    let position = move || ids.with(|ids| ids.iter().position(|i| *i == id).unwrap_or(0));
    let row = move || form.draft.with(|d| d.tags.iter().find(|t| t.id == id).cloned());
    let remove = move |_| {
        let index = position();
        let name = row().map(|t| t.key).filter(|k| !k.is_empty());
        form.edit("tags", |d| d.tags.retain(|t| t.id != id));
        form.announcement.set(match name {
            Some(k) => format!("Tag {k} removed."),
            None => format!("Tag {} removed.", index + 1),
        });
        let target = ids.with_untracked(|ids| focus_after_remove(index, ids.len()).map(|i| ids[i]));
        focus_after_render(match target {
            Some(next) => dom_id(&key(next, "remove")),
            None => dom_id("tags"),
        });
    };
    let input = move |leaf: &'static str, caption: &'static str, list: &'static str| {
        let field = key(id, leaf);
        let edited = field.clone();
        let is_key = leaf == "key";
        let value =
            Signal::derive(move || row().map(|t| if is_key { t.key } else { t.value }).unwrap_or_default());
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
        <div class="row-editor-row" role="group" aria-label=move || format!("Tag {}", position() + 1)>
            {input("key", "Tag key", "tag-key-suggestions")}
            {input("value", "Tag value", "tag-value-suggestions")}
            <div class="cell cell-remove">
                <button
                    type="button"
                    class="btn btn-link"
                    id=dom_id(&key(id, "remove"))
                    aria-label=move || match row().map(|t| t.key).filter(|k| !k.is_empty()) {
                        Some(k) => format!("Remove tag {k}"),
                        None => format!("Remove tag {}", position() + 1),
                    }
                    on:click=remove
                >
                    "Remove"
                </button>
            </div>
        </div>
    }
}
