//! The create form's state: the draft, which fields were touched or edited, and the errors
//! to show, all derived from the shared rules.

use std::collections::HashSet;

use crate::i18n::lang;
use leptos::prelude::*;
use vpcep_model::draft::CreateServiceDraft;
use vpcep_model::{error, Violation};

#[cfg(test)]
mod tests;

/// A field's stable key: `service_name`, `vpc_id`, `ports.<row id>.server_port`,
/// `tags.<row id>.key`, … (row ids, unlike positions, survive adds and removes).
pub type FieldKey = String;

/// The DOM id of the control of a field.
pub fn dom_id(key: &str) -> String {
    format!("f-{}", key.replace('.', "-"))
}

/// The id of a field's error message (for `aria-describedby`).
pub fn error_id(key: &str) -> String {
    format!("{}-error", dom_id(key))
}

/// The stable key of a violation's wire path, given the draft it came from.
fn stable_key(path: &str, draft: &CreateServiceDraft) -> FieldKey {
    let Some((list, rest)) = path.split_once('[') else { return path.to_owned() };
    let Some((index, leaf)) = rest.split_once(']') else { return path.to_owned() };
    let index: usize = index.parse().unwrap_or(usize::MAX);
    let id = match list {
        "ports" => draft.ports.get(index).map(|r| r.id),
        "tags" => draft.tags.get(index).map(|r| r.id),
        _ => None,
    };
    match id {
        Some(id) => format!("{list}.{id}{leaf}"),
        None => path.to_owned(),
    }
}

/// Duplicates are shown as soon as both fields were edited, not only after a blur.
fn is_duplicate(v: &Violation) -> bool {
    v.code == error::TAG_KEY_DUPLICATE || (v.code == error::PARAMETER_ERROR && v.field.starts_with("ports["))
}

/// The form's reactive state; `Copy`, so every part of the form can hold it.
#[derive(Clone, Copy)]
pub struct FormState {
    /// The form as typed.
    pub draft: RwSignal<CreateServiceDraft>,
    /// Every violation of the draft, keyed by field, in form order.
    errors: Memo<Vec<(FieldKey, Violation)>>,
    touched: RwSignal<HashSet<FieldKey>>,
    edited: RwSignal<HashSet<FieldKey>>,
    /// After a submit every error shows.
    pub submitted: RwSignal<bool>,
    /// An API error that belongs to a field: `(key, message)`, until the draft changes.
    pub server_error: RwSignal<Option<(FieldKey, String)>>,
    /// Polite announcements (row removed, rows pasted).
    pub announcement: RwSignal<String>,
}

impl FormState {
    /// State over `draft`.
    pub fn new(draft: CreateServiceDraft) -> Self {
        let draft = RwSignal::new(draft);
        let errors = Memo::new(move |_| {
            draft.with(|d| {
                d.check()
                    .err()
                    .unwrap_or_default()
                    .into_iter()
                    .map(|v| (stable_key(&v.field, d), v))
                    .collect::<Vec<_>>()
            })
        });
        FormState {
            draft,
            errors,
            touched: RwSignal::new(HashSet::new()),
            edited: RwSignal::new(HashSet::new()),
            submitted: RwSignal::new(false),
            server_error: RwSignal::new(None),
            announcement: RwSignal::new(String::new()),
        }
    }

    fn shown(&self, key: &str, v: &Violation) -> bool {
        self.submitted.get()
            || self.touched.with(|t| t.contains(key))
            || (is_duplicate(v) && self.edited.with(|e| e.contains(key)))
    }

    /// The message to show at `key` now, if any (reactive).
    pub fn error(&self, key: &str) -> Option<String> {
        let rule = self.errors.with(|all| all.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone()));
        if let Some(v) = rule.filter(|v| self.shown(key, v)) {
            return Some(v.message_in(lang()).to_owned());
        }
        self.server_error.with(|s| s.as_ref().filter(|(k, _)| k == key).map(|(_, m)| m.clone()))
    }

    /// Every error shown now, in form order: `(key, message)`.
    pub fn shown_errors(&self) -> Vec<(FieldKey, String)> {
        let all = self.errors.get();
        all.into_iter()
            .filter(|(k, v)| self.shown(k, v))
            .map(|(k, v)| (k, v.message_in(lang()).to_owned()))
            .collect()
    }

    /// The first field in error, in form order.
    pub fn first_error_key(&self) -> Option<FieldKey> {
        self.errors.with_untracked(|e| e.first().map(|(k, _)| k.clone()))
    }

    /// A field lost focus: its errors show from now on, and update live. Safe to call after
    /// the form is gone (from a listener that waits for a release): it then does nothing.
    pub fn touch(&self, key: &str) {
        if self.touched.try_with_untracked(|t| !t.contains(key)) == Some(true) {
            self.touched.try_update(|t| {
                t.insert(key.to_owned());
            });
        }
    }

    /// The message to show at `key`, as a signal (for a [`FormField`]).
    ///
    /// [`FormField`]: crate::components::form_field::FormField
    pub fn error_signal(self, key: impl Into<String>) -> Signal<Option<String>> {
        let key = key.into();
        Signal::derive(move || self.error(&key))
    }

    /// A field lost focus: it is touched. When focus went to a button, the touch waits for
    /// the pointer (or key) to be released: an error shown at once could move that button
    /// from under the pointer between press and release, and the click would be lost. When
    /// focus went to the form's own actions (Create Now, Cancel) nothing is touched: submit
    /// shows every error anyway, and leaving should not flash errors.
    pub fn blur(&self, key: &str, ev: &web_sys::FocusEvent) {
        use wasm_bindgen::JsCast;
        let to = ev.related_target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        match to {
            Some(e) if e.has_attribute("data-form-action") => {}
            Some(e) if e.tag_name() == "BUTTON" => {
                let (me, key) = (*self, key.to_owned());
                crate::dom::after_release(move || me.touch(&key));
            }
            _ => self.touch(key),
        }
    }

    /// Changes the draft through `f`, marking `key` as edited.
    pub fn edit(&self, key: &str, f: impl FnOnce(&mut CreateServiceDraft)) {
        if !self.edited.with_untracked(|e| e.contains(key)) {
            self.edited.update(|e| {
                e.insert(key.to_owned());
            });
        }
        if self.server_error.with_untracked(|s| s.is_some()) {
            self.server_error.set(None);
        }
        self.draft.update(f);
    }
}
