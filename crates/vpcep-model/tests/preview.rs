//! The request preview: the body is what the HTTP client sends, curl carries no token, and the
//! Terraform parses as HCL and names only arguments the provider documents.

use std::collections::BTreeSet;

use hcl::{Block, Body, Structure};
use vpcep_model::fixtures;
use vpcep_model::preview::{terraform_for_create, terraform_for_existing, terraform_name, RequestPreview};
use vpcep_model::{CreateServiceBody, EndpointService, Region, Tag};

/// The arguments of `opentelekomcloud_vpcep_service_v1` in the provider's documentation
/// (terraform-provider-opentelekomcloud, docs/resources/vpcep_service_v1.md and the resource's
/// schema, commit 2670e81): no `description`.
const DOCUMENTED: &[&str] = &[
    "name",
    "port_id",
    "pool_id",
    "vip_port_id",
    "vpc_id",
    "approval_enabled",
    "service_type",
    "server_type",
    "port",
    "whitelist",
    "tcp_proxy",
    "tags",
];
const PORT_ARGUMENTS: &[&str] = &["client_port", "server_port", "protocol"];

fn body() -> CreateServiceBody {
    CreateServiceBody {
        service_name: Some("shop".into()),
        description: Some("Say \"hi\" ${not_a_var} %{if} \\ end".into()),
        tags: vec![
            Tag { key: "env".into(), value: "prod".into() },
            Tag { key: "k@1".into(), value: String::new() },
        ],
        ..fixtures::create_body_on("vpc-1", "port-1")
    }
}

fn resource_blocks(text: &str) -> Vec<Block> {
    let parsed: Body = hcl::from_str(text).unwrap_or_else(|e| panic!("not HCL: {e}\n{text}"));
    parsed.into_blocks().filter(|b| b.identifier() == "resource").collect()
}

fn names(body: &Body) -> (BTreeSet<String>, Vec<Block>) {
    let mut attrs = BTreeSet::new();
    let mut blocks = Vec::new();
    for s in body.iter() {
        match s {
            Structure::Attribute(a) => {
                attrs.insert(a.key().to_owned());
            }
            Structure::Block(b) => blocks.push(b.clone()),
        }
    }
    (attrs, blocks)
}

fn check_documented(block: &Block) {
    assert_eq!(block.labels()[0].as_str(), "opentelekomcloud_vpcep_service_v1");
    let (attrs, blocks) = names(block.body());
    for a in &attrs {
        assert!(DOCUMENTED.contains(&a.as_str()), "undocumented argument {a}");
    }
    for b in &blocks {
        assert_eq!(b.identifier(), "port");
        let (port_attrs, _) = names(b.body());
        let expected: BTreeSet<String> = PORT_ARGUMENTS.iter().map(|s| (*s).to_owned()).collect();
        assert_eq!(port_attrs, expected);
    }
}

#[test]
fn the_previewed_body_is_what_the_client_sends() {
    let b = body();
    let preview = RequestPreview::create(Region::EuNl, "p0123", &b);
    assert_eq!(preview.method, "POST");
    assert_eq!(preview.url, "https://vpcep.eu-nl.otc.t-systems.com/v1/p0123/vpc-endpoint-services");
    let shown: serde_json::Value = serde_json::from_str(preview.body.as_deref().unwrap()).unwrap();
    let sent: serde_json::Value = serde_json::from_str(&serde_json::to_string(&b).unwrap()).unwrap();
    assert_eq!(shown, sent);
    assert!(preview.http().starts_with("POST https://vpcep.eu-nl.otc.t-systems.com/v1/p0123/"));
}

#[test]
fn curl_quotes_for_the_shell_and_carries_only_a_placeholder_token() {
    let mut b = body();
    b.description = Some("it's".into());
    let curl = RequestPreview::create(Region::EuDe, "p", &b).curl();
    assert!(
        curl.starts_with("curl -X POST 'https://vpcep.eu-de.otc.t-systems.com/v1/p/vpc-endpoint-services'")
    );
    assert!(curl.contains("-H \"X-Auth-Token: $OS_TOKEN\""), "{curl}");
    assert!(curl.contains(r"it'\''s"), "{curl}");
}

#[test]
fn terraform_for_a_create_parses_and_names_only_documented_arguments() {
    let text = terraform_for_create(&body());
    let blocks = resource_blocks(&text);
    assert_eq!(blocks.len(), 1);
    check_documented(&blocks[0]);
    assert_eq!(blocks[0].labels()[1].as_str(), "shop");
    // Values survive the quoting: read them back.
    let value: serde_json::Value = hcl::from_str(&text).unwrap();
    let shop = &value["resource"]["opentelekomcloud_vpcep_service_v1"]["shop"];
    assert_eq!(shop["name"], serde_json::json!("shop"));
    assert_eq!(shop["tags"]["k@1"], serde_json::json!(""));
    assert_eq!(shop["approval_enabled"], serde_json::json!(body().approval_enabled));
    assert_eq!(shop["port"]["server_port"], serde_json::json!(body().ports[0].server_port));
    assert!(text.contains("# The provider has no `description` argument"), "{text}");
}

#[test]
fn terraform_for_an_existing_service_has_an_import_block_and_the_whitelist() {
    let b = body();
    let service: EndpointService = serde_json::from_value(serde_json::json!({
        "id": "4189d3c2-8882-4871-a3c2-d380272eed88",
        "service_name": "eu-de.shop.4189d3c2-8882-4871-a3c2-d380272eed88",
        "port_id": b.port_id, "vpc_id": b.vpc_id, "server_type": "LB", "service_type": "interface",
        "approval_enabled": true, "status": "available", "created_at": "2026-01-01T00:00:00Z",
        "project_id": "p", "ports": b.ports, "tags": b.tags, "tcp_proxy": "close"
    }))
    .unwrap();
    let text = terraform_for_existing(&service, &["iam:domain::abc".into(), "*".into()]);
    let parsed: Body = hcl::from_str(&text).unwrap();
    let import = parsed.blocks().find(|b| b.identifier() == "import").expect("an import block");
    let (attrs, _) = names(import.body());
    assert_eq!(attrs, ["id", "to"].into_iter().map(str::to_owned).collect());
    let blocks = resource_blocks(&text);
    check_documented(&blocks[0]);
    let value: serde_json::Value = hcl::from_str(&text).unwrap();
    let shop = &value["resource"]["opentelekomcloud_vpcep_service_v1"]["shop"];
    assert_eq!(shop["whitelist"], serde_json::json!(["abc", "*"]));
    assert!(text.contains("id = \"4189d3c2-8882-4871-a3c2-d380272eed88\""));
    assert!(text.contains("to = opentelekomcloud_vpcep_service_v1.shop"));
}

#[test]
fn a_resource_name_is_the_service_name_when_it_can_be_one() {
    assert_eq!(terraform_name(Some("web_1")), "web_1");
    assert_eq!(terraform_name(Some("1web")), "service");
    assert_eq!(terraform_name(None), "service");
}
