//! The Add Tag and Edit Tag dialog: a key and a value, checked by the shared tag-action rule
//! against the service's tags before anything is sent. Editing changes the value only. A
//! refusal shows in the dialog and what was typed stays.

use leptos::prelude::*;
use vpcep_model::limits::{MAX_TAG_KEY_CHARS, MAX_TAG_VALUE_CHARS};
use vpcep_model::validation::{tag_charset_words, validate_tag_action};
use vpcep_model::{Tag, TagActionRequest};

use super::dialog_parts::{DialogButtons, DialogRefusal};
use crate::api::ApiError;
use crate::components::form_field::FormField;
use crate::components::modal::Modal;
use crate::i18n::{formats, lang, t};

/// What the dialog does: add a tag, or change the value of the tag with this key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TagDialogMode {
    /// A new key and its value.
    Add,
    /// A new value for this tag's key.
    Edit(Tag),
}

/// The problems of a tag to add or change, by field: key, value, and the whole list.
fn problems(mode: &TagDialogMode, key: &str, value: &str, tags: &[Tag]) -> [Option<String>; 3] {
    let mut out = [None, None, None];
    if *mode == TagDialogMode::Add && tags.iter().any(|t| t.key == key) {
        // The API would replace the value; adding means a new key, so say so.
        out[0] = Some(formats::tag_key_exists(key));
    }
    for v in validate_tag_action(&TagActionRequest::set(key, value), tags) {
        let slot = match v.field.as_str() {
            f if f.ends_with(".key") => 0,
            f if f.ends_with(".value") => 1,
            _ => 2,
        };
        out[slot].get_or_insert(v.message_in(lang()).to_owned());
    }
    out
}

/// The dialog; `on_save` gets the tag to set.
#[component]
pub fn TagDialog(
    /// Open (with its mode) while `Some`; Cancel and Escape set `None`.
    mode: RwSignal<Option<TagDialogMode>>,
    /// The service's tags now.
    #[prop(into)]
    tags: Signal<Vec<Tag>>,
    /// Whether the change is being sent.
    #[prop(into)]
    busy: Signal<bool>,
    /// The refusal of the last save, if any.
    #[prop(into)]
    refused: Signal<Option<ApiError>>,
    /// Sends the change.
    on_save: Callback<Tag>,
) -> impl IntoView {
    let key = RwSignal::new(String::new());
    let value = RwSignal::new(String::new());
    let shown = RwSignal::new([None::<String>, None, None]);
    let open = Signal::derive(move || mode.with(Option::is_some));
    let editing = move || mode.with(|m| matches!(m, Some(TagDialogMode::Edit(_))));
    Effect::new(move |_| match mode.get() {
        Some(TagDialogMode::Edit(t)) => {
            key.set(t.key);
            value.set(t.value);
            shown.set([None, None, None]);
        }
        Some(TagDialogMode::Add) => {
            key.set(String::new());
            value.set(String::new());
            shown.set([None, None, None]);
        }
        None => {}
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let Some(m) = mode.get_untracked() else { return };
        let (k, v) = (key.get_untracked().trim().to_owned(), value.get_untracked().trim().to_owned());
        let found = tags.with_untracked(|t| problems(&m, &k, &v, t));
        let first = found.iter().position(Option::is_some);
        shown.set(found);
        match first {
            None => on_save.run(Tag { key: k, value: v }),
            Some(slot) => {
                let field = if slot == 1 || editing() { "tag-value" } else { "tag-key" };
                crate::dom::focus_now(field);
            }
        }
    };
    let title = Signal::derive(move || {
        if editing() {
            t().manage.edit_tag.to_owned()
        } else {
            t().manage.add_tag.to_owned()
        }
    });
    let error = move |i: usize| Signal::derive(move || shown.with(|s| s[i].clone()));
    view! {
        <Modal open id="tag-dialog" title on_dismiss=Callback::new(move |_| mode.set(None))>
            <form class="form" on:submit=submit novalidate>
                <FormField
                    label=t().manage.col_key
                    id="tag-key"
                    required=true
                    error=error(0)
                    hint=formats::tag_key_hint(MAX_TAG_KEY_CHARS, tag_charset_words().get(lang()))
                    let:c
                >
                    <input
                        type="text"
                        id=c.id
                        aria-invalid=c.invalid
                        aria-describedby=c.described_by
                        aria-required="true"
                        readonly=editing
                        prop:value=move || key.get()
                        on:input=move |ev| key.set(event_target_value(&ev))
                    />
                </FormField>
                <FormField
                    label=t().manage.col_value
                    id="tag-value"
                    error=error(1)
                    hint=formats::tag_value_hint(MAX_TAG_VALUE_CHARS, tag_charset_words().get(lang()))
                    let:c
                >
                    <input
                        type="text"
                        id=c.id
                        aria-invalid=c.invalid
                        aria-describedby=c.described_by
                        prop:value=move || value.get()
                        on:input=move |ev| value.set(event_target_value(&ev))
                    />
                </FormField>
                {move || {
                    shown
                        .with(|s| s[2].clone())
                        .map(|m| {
                            view! {
                                <p class="field-error" role="alert">
                                    {m}
                                </p>
                            }
                        })
                }}
                <DialogRefusal what=t().manage.tag_not_saved refused />
                <DialogButtons busy busy_label=t().saving on_cancel=Callback::new(move |_| mode.set(None)) />
            </form>
        </Modal>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(k: &str, v: &str) -> Tag {
        Tag { key: k.into(), value: v.into() }
    }

    #[test]
    fn each_problem_goes_to_its_field() {
        let tags = vec![tag("env", "prod")];
        let [key, value, list] = problems(&TagDialogMode::Add, "a b", &"v".repeat(44), &tags);
        assert!(key.unwrap().contains("spaces are not allowed"));
        assert!(value.unwrap().contains("(it has 44)"));
        assert_eq!(list, None);
        assert_eq!(problems(&TagDialogMode::Add, "owner", "", &tags), [None, None, None]);
    }

    #[test]
    fn adding_an_existing_key_is_refused_but_editing_it_is_not() {
        let tags = vec![tag("env", "prod")];
        let [key, ..] = problems(&TagDialogMode::Add, "env", "test", &tags);
        assert!(key.unwrap().contains("edit its value instead"));
        let edit = TagDialogMode::Edit(tag("env", "prod"));
        assert_eq!(problems(&edit, "env", "test", &tags), [None, None, None]);
    }

    #[test]
    fn a_new_key_on_a_full_service_is_a_problem_of_the_list() {
        let full: Vec<Tag> = (0..vpcep_model::limits::MAX_TAGS).map(|i| tag(&format!("k{i}"), "")).collect();
        let [key, value, list] = problems(&TagDialogMode::Add, "new", "", &full);
        assert_eq!((key, value), (None, None));
        assert!(list.unwrap().contains("at most 10 tags"));
    }
}
