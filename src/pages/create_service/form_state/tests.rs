//! The form state natively: which errors show when (after a blur, after a submit, at once for
//! duplicates), field keys that follow rows, and API errors that last until the next edit.

use vpcep_model::draft::{CreateServiceDraft, PortMappingDraft, TagDraft};
use vpcep_model::Protocol;

use super::*;

fn port(id: u32, service: &str, terminal: &str) -> PortMappingDraft {
    PortMappingDraft {
        id,
        protocol: Protocol::Tcp,
        service_port: service.into(),
        terminal_port: terminal.into(),
    }
}

/// A draft that breaks only the VPC and backend rules, with two mappings (row ids 7 and 9).
fn draft() -> CreateServiceDraft {
    CreateServiceDraft {
        ports: vec![port(7, "80", "8080"), port(9, "81", "8081")],
        next_id: 10,
        ..Default::default()
    }
}

#[test]
fn an_error_shows_after_its_field_is_touched_or_after_a_submit() {
    let form = FormState::new(draft());
    assert_eq!(form.error("vpc_id"), None, "nothing shows before the user leaves a field");
    assert_eq!(form.first_error_key().as_deref(), Some("vpc_id"));
    form.touch("vpc_id");
    assert!(form.error("vpc_id").is_some());
    assert_eq!(form.error("port_id"), None);
    form.submitted.set(true);
    let shown: Vec<FieldKey> = form.shown_errors().into_iter().map(|(k, _)| k).collect();
    assert_eq!(shown, ["vpc_id", "port_id"], "in form order");
}

#[test]
fn a_row_error_is_keyed_by_the_row_not_its_position() {
    let form = FormState::new(draft());
    form.edit("ports.9.server_port", |d| d.ports[1].service_port = "0".into());
    form.touch("ports.9.server_port");
    assert!(form.error("ports.9.server_port").is_some(), "the second row has id 9");
    // Removing the first row moves the bad one to position 0; its key stays.
    form.edit("ports", |d| {
        d.ports.remove(0);
    });
    assert!(form.error("ports.9.server_port").is_some());
    assert_eq!(form.error("ports.7.server_port"), None);
}

#[test]
fn duplicates_show_as_soon_as_both_fields_were_edited() {
    let form = FormState::new(draft());
    form.edit("ports.9.server_port", |d| d.ports[1].service_port = "80".into());
    assert!(form.error("ports.9.server_port").is_some(), "edited: shown without a blur");
    assert_eq!(form.error("ports.7.server_port"), None, "the other row was not edited yet");

    let tags = FormState::new(CreateServiceDraft {
        tags: vec![TagDraft { id: 1, key: "env".into(), value: String::new() }],
        next_id: 2,
        ..draft()
    });
    tags.edit("tags.2.key", |d| d.tags.push(TagDraft { id: 2, key: "env".into(), value: String::new() }));
    assert!(tags.error("tags.2.key").unwrap().contains("tag 1"));
}

#[test]
fn an_api_error_at_a_field_lasts_until_the_next_edit() {
    let form = FormState::new(draft());
    form.server_error.set(Some(("ports".into(), "The ports conflict (EndPoint.3044)".into())));
    assert_eq!(form.error("ports").as_deref(), Some("The ports conflict (EndPoint.3044)"));
    assert_eq!(form.error("vpc_id"), None);
    form.edit("service_name", |d| d.name = "x".into());
    assert_eq!(form.error("ports"), None);
    assert_eq!(form.error_signal("ports").get_untracked(), None);
}

#[test]
fn dom_ids_are_derived_from_field_keys() {
    assert_eq!(dom_id("ports.9.server_port"), "f-ports-9-server_port");
    assert_eq!(error_id("vpc_id"), "f-vpc_id-error");
}

#[test]
fn touching_after_the_form_is_gone_does_nothing() {
    let owner = Owner::new();
    let form = owner.with(|| FormState::new(draft()));
    drop(owner);
    form.touch("vpc_id"); // a release listener may fire after the page is left
}
