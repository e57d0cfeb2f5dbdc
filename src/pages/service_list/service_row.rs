//! One service's row of the table, built with the DOM directly (see
//! [`crate::components::keyed_rows`]: the list paints 1,000 rows on a budget). The row has no
//! listener of its own: [`super::service_table::ServiceTable`] listens on the table body and
//! finds the row's action by the `data-row-action` of the button clicked.

use vpcep_model::EndpointService;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element};

use crate::components::status_indicator::status_class;
use crate::format::{local_time, or_dashes};
use crate::i18n::{formats, lang, t};

/// `data-row-action` of a row's Delete button.
pub const DELETE_ACTION: &str = "delete";
/// `data-row-action` of a row's copy-ID button (its `data-copy` is what it copies).
pub const COPY_ACTION: &str = "copy";

/// What a row shows: the service, and its VPC's name (or id, until the names arrive).
#[derive(PartialEq)]
pub struct RowData {
    /// The service.
    pub service: EndpointService,
    /// The VPC's name, or its id.
    pub vpc: String,
}

/// The key of a row: the service's id.
pub fn row_key(row: &RowData) -> &str {
    &row.service.id
}

/// The `<tr>` of one service; its checkbox is checked when `selected`.
pub fn build_row(doc: &Document, row: &RowData, selected: bool) -> Element {
    let RowData { service, vpc } = row;
    let t = t();
    let tr = element(doc, "tr", "");
    set(&tr, "data-service-id", &service.id);

    let select = cell(doc, "cell-select", t.select);
    let checkbox = element(doc, "input", "");
    set(&checkbox, "type", "checkbox");
    set(&checkbox, "data-select-row", &service.id);
    set(&checkbox, "aria-label", &formats::select_named(&service.service_name));
    if let Some(input) = checkbox.dyn_ref::<web_sys::HtmlInputElement>() {
        input.set_checked(selected);
    }
    append(&select, &checkbox);
    append(&tr, &select);

    // Name and ID take one line each, cut with an ellipsis; the whole text is the title
    // (hover), and a focused name shows it whole. A plain link: the router handles its click.
    let name = cell(doc, "cell-name", t.col_name_id);
    let link = element(doc, "a", "service-name");
    set(&link, "href", &format!("/services/{}", service.id));
    set(&link, "title", &service.service_name);
    link.set_text_content(Some(&service.service_name));
    append(&name, &link);
    let sub = element(doc, "div", "cell-sub mono");
    let id = element(doc, "span", "cell-id");
    set(&id, "title", &service.id);
    id.set_text_content(Some(&service.id));
    append(&sub, &id);
    let copy = element(doc, "button", "btn-copy-icon");
    set(&copy, "type", "button");
    set(&copy, "aria-label", t.copy_id);
    set(&copy, "title", t.copy_id);
    set(&copy, "data-row-action", COPY_ACTION);
    set(&copy, "data-copy", &service.id);
    let icon = element(doc, "span", "copy-icon");
    set(&icon, "aria-hidden", "true");
    append(&copy, &icon);
    append(&sub, &copy);
    append(&name, &sub);
    append(&tr, &name);

    let vpc_cell = text_cell(doc, "cell-clip", t.col_vpc, vpc);
    set(&vpc_cell, "title", vpc);
    append(&tr, &vpc_cell);
    append(&tr, &text_cell(doc, "", t.col_backend_type, service.server_type.label(lang())));

    let status = cell(doc, "", t.col_status);
    let indicator = element(doc, "span", status_class(&service.status));
    set(&indicator, "data-status", service.status.as_str());
    let status_icon = element(doc, "span", "status-icon");
    set(&status_icon, "aria-hidden", "true");
    append(&indicator, &status_icon);
    append(&indicator, &doc.create_text_node(service.status.label(lang())));
    append(&status, &indicator);
    append(&tr, &status);

    let approval = if service.approval_enabled { t.enabled } else { t.disabled };
    append(&tr, &text_cell(doc, "", t.col_approval, approval));
    append(&tr, &text_cell(doc, "cell-created", t.col_created, &local_time(&service.created_at)));

    let description = or_dashes(service.description.as_deref());
    let description_cell = cell(doc, "cell-description", t.col_description);
    set(&description_cell, "title", &description);
    set(&description_cell, "translate", "no");
    let clamp = element(doc, "div", "clamp-2");
    clamp.set_text_content(Some(&description));
    append(&description_cell, &clamp);
    append(&tr, &description_cell);

    let operation = cell(doc, "cell-operation", t.col_operation);
    let delete = element(doc, "button", "btn btn-link");
    set(&delete, "type", "button");
    set(&delete, "aria-label", &formats::delete_named(&service.service_name));
    set(&delete, "data-row-action", DELETE_ACTION);
    if service.status.is_transitional() {
        set(&delete, "disabled", "");
    }
    delete.set_text_content(Some(t.delete));
    append(&operation, &delete);
    append(&tr, &operation);
    tr
}

// The DOM calls below cannot fail for these constant tag and attribute names: `createElement`
// throws only for an invalid name; the other results are dropped.

fn element(doc: &Document, tag: &str, class: &str) -> Element {
    let el = doc.create_element(tag).expect("a valid tag name");
    if !class.is_empty() {
        el.set_class_name(class);
    }
    el
}

fn set(el: &Element, name: &str, value: &str) {
    let _ = el.set_attribute(name, value);
}

fn append(parent: &Element, child: &web_sys::Node) {
    let _ = parent.append_child(child);
}

/// A `<td>` with its column's name as `data-label` (the phone layout shows it).
fn cell(doc: &Document, class: &str, label: &str) -> Element {
    let td = element(doc, "td", class);
    set(&td, "data-label", label);
    td
}

fn text_cell(doc: &Document, class: &str, label: &str, text: &str) -> Element {
    let td = cell(doc, class, label);
    td.set_text_content(Some(text));
    td
}
