//! The rules of the changes to an existing service: whitelist records and tag actions, at
//! their boundaries, and the documented examples of both requests.

use vpcep_model::error;
use vpcep_model::limits::{MAX_DOMAIN_ID_CHARS, MAX_TAGS, MAX_WHITELIST_PER_OPERATION};
use vpcep_model::validation::{
    parse_domain_id_lines, validate_domain_id, validate_permission, validate_permission_action,
    validate_tag_action,
};
use vpcep_model::whitelist::{normalized_permission, permission_for};
use vpcep_model::{PermissionActionRequest, PermissionActionResponse, Tag, TagActionItem, TagActionRequest};

fn tag(k: &str, v: &str) -> Tag {
    Tag { key: k.into(), value: v.into() }
}

#[test]
fn a_domain_id_is_1_to_64_letters_and_digits_or_a_star() {
    assert_eq!(validate_domain_id(&"a".repeat(MAX_DOMAIN_ID_CHARS), 0), None);
    assert_eq!(validate_domain_id("5fc973eea581490997e82ea11a1d0101", 0), None);
    assert_eq!(validate_domain_id("*", 0), None);
    let long = validate_domain_id(&"a".repeat(MAX_DOMAIN_ID_CHARS + 1), 2).unwrap();
    assert_eq!(long.field, "permissions[2]");
    assert_eq!(long.code, error::INVALID_PERMISSION);
    assert!(long.message.contains("(this one has 65)"), "{}", long.message);
    assert!(validate_domain_id("", 0).unwrap().message.contains("Enter"));
    let dash = validate_domain_id("abc-1", 0).unwrap();
    assert!(dash.message.contains("\"-\" is not allowed"), "{}", dash.message);
    assert!(validate_domain_id("ab*", 0).is_some(), "a star only alone");
    assert!(validate_domain_id("äb", 0).is_some(), "ASCII letters only");
}

#[test]
fn a_record_is_the_prefix_and_a_domain_id_or_a_star() {
    assert_eq!(validate_permission("iam:domain::abc", 0), None);
    assert_eq!(validate_permission("iam:domain::*", 0), None);
    assert_eq!(validate_permission("*", 0), None);
    assert_eq!(validate_permission("iam:domain::", 0).unwrap().code, error::INVALID_PERMISSION);
    assert_eq!(validate_permission("abc", 0).unwrap().code, error::INVALID_PERMISSION);
    assert_eq!(validate_permission("iam:user::abc", 0).unwrap().code, error::INVALID_PERMISSION);
    assert_eq!(permission_for("abc"), "iam:domain::abc");
    assert_eq!(normalized_permission("iam:domain::*"), "*");
    assert_eq!(normalized_permission("iam:domain::abc"), "iam:domain::abc");
}

#[test]
fn a_whitelist_action_needs_a_known_action_and_at_least_one_good_record() {
    assert!(validate_permission_action(&PermissionActionRequest::add(vec!["*".into()])).is_empty());
    let empty = validate_permission_action(&PermissionActionRequest::remove(Vec::new()));
    assert_eq!(empty[0].code, error::PERMISSIONS_EMPTY);
    let bad = PermissionActionRequest { permissions: vec!["*".into()], action: "append".into() };
    assert_eq!(validate_permission_action(&bad)[0].code, error::INVALID_ACTION);
    let second_bad = PermissionActionRequest::add(vec!["*".into(), "iam:domain::a-b".into()]);
    let v = validate_permission_action(&second_bad);
    assert_eq!((v.len(), v[0].field.as_str()), (1, "permissions[1]"));
}

#[test]
fn the_dialog_reads_one_account_per_line_and_names_each_problem_with_its_line() {
    assert_eq!(parse_domain_id_lines("  abc \n\n*\n"), Ok(vec!["abc".to_owned(), "*".to_owned()]));
    let english =
        |text: &str| parse_domain_id_lines(text).map_err(|p| p.into_iter().map(|b| b.en).collect::<Vec<_>>());
    assert_eq!(english(" \n"), Err(vec!["Enter at least one account ID.".to_owned()]));
    let problems = parse_domain_id_lines("abc\nx-y\nabc").unwrap_err();
    assert_eq!(problems.len(), 2);
    assert!(problems[0].en.starts_with("Line 2: "), "{problems:?}");
    assert!(problems[0].de.starts_with("Zeile 2: "), "{problems:?}");
    assert_eq!(problems[1].en, "Line 3: the same account ID as line 1.");
    assert_eq!(problems[1].de, "Zeile 3: dieselbe Konto-ID wie Zeile 1.");
    let at_limit: String = (0..MAX_WHITELIST_PER_OPERATION).map(|i| format!("a{i}\n")).collect();
    assert_eq!(parse_domain_id_lines(&at_limit).map(|v| v.len()), Ok(MAX_WHITELIST_PER_OPERATION));
    let over = format!("{at_limit}b");
    assert_eq!(
        english(&over),
        Err(vec![format!(
            "At most {MAX_WHITELIST_PER_OPERATION} accounts can be added at a time (there are 51)."
        )])
    );
}

#[test]
fn creating_a_tag_adds_it_or_replaces_its_value_and_deleting_is_idempotent() {
    let tags = vec![tag("env", "prod"), tag("team", "a")];
    assert_eq!(TagActionRequest::set("env", "test").apply(&tags), vec![tag("env", "test"), tag("team", "a")]);
    assert_eq!(TagActionRequest::set("new", "").apply(&tags).last(), Some(&tag("new", "")));
    assert_eq!(TagActionRequest::delete_keys(["env"]).apply(&tags), vec![tag("team", "a")]);
    assert_eq!(TagActionRequest::delete_keys(["nope"]).apply(&tags), tags);
    // With a value, a tag goes only when the value matches.
    let by_value = |v: &str| TagActionRequest {
        action: "delete".into(),
        tags: vec![TagActionItem { key: "env".into(), value: Some(v.into()) }],
    };
    assert_eq!(by_value("other").apply(&tags), tags);
    assert_eq!(by_value("prod").apply(&tags), vec![tag("team", "a")]);
    // The same action twice gives the same tags.
    let twice = TagActionRequest::set("env", "x");
    assert_eq!(twice.apply(&twice.apply(&tags)), twice.apply(&tags));
}

#[test]
fn a_tag_action_follows_the_create_forms_tag_rules_and_the_tag_limit() {
    let full: Vec<Tag> = (0..MAX_TAGS).map(|i| tag(&format!("k{i}"), "")).collect();
    // At the limit: replacing a value is fine, one more key is not.
    assert!(validate_tag_action(&TagActionRequest::set("k0", "v"), &full).is_empty());
    let over = validate_tag_action(&TagActionRequest::set("k99", "v"), &full);
    assert_eq!(over[0].code, error::TAG_LIMIT);
    let one_short = &full[..MAX_TAGS - 1];
    assert!(validate_tag_action(&TagActionRequest::set("k99", "v"), one_short).is_empty());
    assert_eq!(validate_tag_action(&TagActionRequest::set("", "v"), &[])[0].code, error::TAG_EMPTY);
    assert_eq!(validate_tag_action(&TagActionRequest::set("a b", "v"), &[])[0].code, error::TAG_CHARACTERS);
    assert_eq!(
        validate_tag_action(&TagActionRequest::set(&"k".repeat(37), "v"), &[])[0].code,
        error::TAG_KEY_SIZE
    );
    assert_eq!(
        validate_tag_action(&TagActionRequest::set("k", &"v".repeat(44)), &[])[0].code,
        error::TAG_VALUE_SIZE
    );
    let twice = TagActionRequest {
        action: "create".into(),
        tags: vec![
            TagActionItem { key: "a".into(), value: Some("1".into()) },
            TagActionItem { key: "a".into(), value: Some("2".into()) },
        ],
    };
    assert_eq!(validate_tag_action(&twice, &[])[0].code, error::TAG_KEY_DUPLICATE);
    let no_value = TagActionRequest {
        action: "create".into(),
        tags: vec![TagActionItem { key: "a".into(), value: None }],
    };
    assert_eq!(validate_tag_action(&no_value, &[])[0].code, error::PARAMETER_ERROR);
    let empty = TagActionRequest { action: "delete".into(), tags: Vec::new() };
    assert_eq!(validate_tag_action(&empty, &[])[0].code, error::TAG_EMPTY);
    // Deleting does not check the character set: a tag made under older rules can go.
    assert!(validate_tag_action(&TagActionRequest::delete_keys(["a@b"]), &[]).is_empty());
    let unknown = TagActionRequest { action: "update".into(), tags: Vec::new() };
    assert_eq!(validate_tag_action(&unknown, &[])[0].code, error::INVALID_ACTION);
}

#[test]
fn the_documented_requests_and_answer_parse_and_pass_the_rules() {
    let add: PermissionActionRequest =
        serde_json::from_str(include_str!("fixtures/vpcep_permissions_action_add.json")).unwrap();
    assert_eq!(add, PermissionActionRequest::add(vec!["iam:domain::fc973eea581490997e82ea11a1d0101".into()]));
    assert!(validate_permission_action(&add).is_empty());
    let answer: PermissionActionResponse =
        serde_json::from_str(include_str!("fixtures/vpcep_permissions_action_response.json")).unwrap();
    assert_eq!(answer.permissions.len(), 2);
    let create: TagActionRequest =
        serde_json::from_str(include_str!("fixtures/vpcep_tags_action_create.json")).unwrap();
    assert!(validate_tag_action(&create, &[]).is_empty());
    assert_eq!(create.apply(&[]), vec![tag("key1", "value1"), tag("key", "value3")]);
    let delete: TagActionRequest =
        serde_json::from_str(include_str!("fixtures/vpcep_tags_action_delete.json")).unwrap();
    assert_eq!(delete.tags[0].value, None);
    assert_eq!(delete.apply(&[tag("key1", "x"), tag("key2", "value3"), tag("k", "")]), vec![tag("k", "")]);
    // What the console sends has the documented shape.
    let sent = serde_json::to_value(TagActionRequest::delete_keys(["key1"])).unwrap();
    assert_eq!(sent, serde_json::json!({"action": "delete", "tags": [{"key": "key1"}]}));
}
