//! The Tags tab: the service's tags with Add Tag, Edit (the value) and Delete, each one
//! `tags/action`; the same rules and limit as the create form's tag editor.

use leptos::prelude::*;
use vpcep_model::limits::MAX_TAGS;
use vpcep_model::{EndpointService, Tag, TagActionRequest};

use super::outcome::{Outcome, OutcomeView};
use super::tag_dialog::{TagDialog, TagDialogMode};
use crate::api::{use_api, ApiError};
use crate::components::confirm_dialog::ConfirmDialog;
use crate::components::scroll_table::ScrollTable;
use crate::context::use_region;
use crate::format::or_dashes;
use crate::i18n::{formats, t};

/// A change of one tag.
#[derive(Clone, Debug)]
enum TagChange {
    Add(Tag),
    Edit(Tag),
    Delete(String),
}

/// The Tags tab.
#[component]
pub fn Tags(
    /// The service (its tags).
    service: Signal<EndpointService>,
    /// Reads the service again (after a change).
    on_changed: Callback<()>,
) -> impl IntoView {
    let api = use_api();
    let region = use_region();
    let act = Action::new_local(move |change: &TagChange| {
        let request = match change {
            TagChange::Add(t) | TagChange::Edit(t) => TagActionRequest::set(&t.key, &t.value),
            TagChange::Delete(key) => TagActionRequest::delete_keys([key.as_str()]),
        };
        let id = service.with_untracked(|s| s.id.clone());
        let sent = api.tag_action(region.get_untracked(), id, request);
        let change = change.clone();
        async move { (change, sent.await) }
    });
    let busy = act.pending();
    let dialog = RwSignal::new(None::<TagDialogMode>);
    let refused = RwSignal::new(None::<ApiError>);
    let deleting = RwSignal::new(None::<String>);
    let confirming = RwSignal::new(false);
    let outcome = RwSignal::new(None::<Outcome>);
    Effect::new(move |_| {
        let Some((change, result)) = act.value().get() else { return };
        let done = match &change {
            TagChange::Add(tag) => formats::tag_added(&tag.key),
            TagChange::Edit(tag) => formats::tag_changed(&tag.key),
            TagChange::Delete(k) => formats::tag_deleted(k),
        };
        match (&change, &result) {
            (TagChange::Add(_) | TagChange::Edit(_), Err(e)) => refused.set(Some(e.clone())),
            (TagChange::Add(_) | TagChange::Edit(_), Ok(())) => {
                dialog.set(None);
                outcome.set(Some(Outcome::Done(done)));
            }
            (TagChange::Delete(_), _) => {
                outcome.set(Some(Outcome::of(&result, done, t().manage.tag_not_deleted)));
            }
        }
        if result.is_ok() {
            on_changed.run(());
        }
    });
    let tags = Signal::derive(move || service.with(|s| s.tags.clone()));
    let full = move || tags.with(|t| t.len() >= MAX_TAGS);
    let on_save = Callback::new(move |tag: Tag| {
        refused.set(None);
        let change = match dialog.get_untracked() {
            Some(TagDialogMode::Edit(_)) => TagChange::Edit(tag),
            _ => TagChange::Add(tag),
        };
        act.dispatch_local(change);
    });
    let open = move |mode: TagDialogMode| {
        refused.set(None);
        dialog.set(Some(mode));
    };
    let confirm_message =
        Signal::derive(move || formats::delete_tag_question(&deleting.get().unwrap_or_default()));
    let on_delete = Callback::new(move |_| {
        if let Some(key) = deleting.get_untracked() {
            act.dispatch_local(TagChange::Delete(key));
        }
    });
    let table = move || {
        let list = tags.get();
        if list.is_empty() {
            return view! { <p class="empty-state">{t().manage.no_tags}</p> }.into_any();
        }
        let rows = list
            .into_iter()
            .map(|tag| {
                let (edit_tag, key) = (tag.clone(), tag.key.clone());
                view! {
                    <tr data-tag-key=tag.key.clone()>
                        <td>{tag.key.clone()}</td>
                        <td>{or_dashes(Some(&tag.value))}</td>
                        <td class="nowrap">
                            <button
                                type="button"
                                class="btn btn-link"
                                aria-label=formats::edit_tag_named(&tag.key)
                                disabled=move || busy.get()
                                on:click=move |_| open(TagDialogMode::Edit(edit_tag.clone()))
                            >
                                {t().edit}
                            </button>
                            <button
                                type="button"
                                class="btn btn-link"
                                aria-label=formats::delete_tag_named(&tag.key)
                                disabled=move || busy.get()
                                on:click=move |_| {
                                    deleting.set(Some(key.clone()));
                                    confirming.set(true);
                                }
                            >
                                {t().delete}
                            </button>
                        </td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <ScrollTable
                label=t().tab_tags
                headers=vec![t().manage.col_key, t().manage.col_value, t().col_operation]
            >
                {rows}
            </ScrollTable>
        }
        .into_any()
    };
    view! {
        <div class="tab-toolbar">
            <button
                type="button"
                class="btn btn-primary"
                id="tag-add"
                disabled=full
                aria-describedby="tag-room"
                on:click=move |_| open(TagDialogMode::Add)
            >
                {t().manage.add_tag}
            </button>
            <span class="muted" id="tag-room">
                {move || { formats::tags_of(tags.with(Vec::len), MAX_TAGS) }}
            </span>
            <span class="muted" aria-live="polite">
                {move || busy.get().then_some(t().saving)}
            </span>
        </div>
        <OutcomeView outcome />
        {table}
        <TagDialog mode=dialog tags busy refused on_save />
        <ConfirmDialog
            open=confirming
            title=t().manage.delete_tag
            message=confirm_message
            confirm_label=t().delete
            cancel_label=t().cancel
            on_confirm=on_delete
        />
    }
}
