//! The service list and the shell, in headless Chromium: `cargo test --target wasm32-unknown-unknown`
//! (runner: wasm-bindgen-test-runner; `cargo xtask test` runs them).
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use leptos_router::components::Router;
use vpcep_console::api::{Api, ApiError, ApiFuture, VpcepApi};
use vpcep_console::components::StatusIndicator;
use vpcep_console::context::provide_app_context;
use vpcep_console::format::{local_time, or_dashes};
use vpcep_console::pages::ServiceListPage;
use vpcep_model::error;
use vpcep_model::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

mod common;
use common::{container, instant_mock, texts, wait_for};

wasm_bindgen_test_configure!(run_in_browser);

/// The list page on the seeded embedded mock (answers at once), mounted in a fresh container.
fn seeded_list() -> (web_sys::HtmlElement, impl Drop) {
    let root = container();
    let handle = leptos::mount::mount_to(root.clone(), || {
        Api::provide(instant_mock());
        provide_app_context();
        view! {
            <Router>
                <ServiceListPage />
            </Router>
        }
    });
    (root, handle)
}

#[wasm_bindgen_test]
async fn the_list_shows_the_seeded_services_with_every_column() {
    let (root, _handle) = seeded_list();
    let rows = wait_for(&root, "tbody tr[data-service-id]", 10).await;
    assert_eq!(rows.length(), 10, "the first page of 12");
    let names = texts(&root.query_selector_all(".service-name").unwrap());
    for short in ["web-frontend", "partner-api", "metrics", "legacy-ftp", "search"] {
        assert!(names.iter().any(|n| n.starts_with("eu-de.") && n.contains(short)), "{short} in {names:?}");
    }
    let headers = texts(&root.query_selector_all("thead th").unwrap());
    assert_eq!(
        headers,
        [
            "",
            "Name/ID↕",
            "VPC",
            "Backend Resource Type",
            "Status",
            "Connection Approval",
            "Created▼",
            "Description",
            "Operation"
        ]
    );
    assert_eq!(root.query_selector("h1 .count").unwrap().unwrap().text_content().unwrap(), "(12)");
    let body = root.text_content().unwrap();
    for word in [
        "Enhanced load balancer",
        "ECS",
        "Available",
        "Failed",
        "Creating",
        "Enabled",
        "Disabled",
        "vpc-prod-web-eu-de",
        "--",
    ] {
        assert!(body.contains(word), "{word} missing from the table");
    }
    let link = root.query_selector(".service-name").unwrap().unwrap();
    assert!(link.get_attribute("href").unwrap().starts_with("/services/"));
}

/// An API whose every call fails with one error.
struct FailingApi(ApiError);

impl FailingApi {
    fn fail<T: 'static>(&self) -> ApiFuture<T> {
        let e = self.0.clone();
        Box::pin(async move { Err(e) })
    }
}

impl VpcepApi for FailingApi {
    fn list_services(&self, _: Region, _: ListServicesQuery) -> ApiFuture<ListServicesResponse> {
        self.fail()
    }
    fn get_service(&self, _: Region, _: String) -> ApiFuture<EndpointService> {
        self.fail()
    }
    fn create_service(&self, _: Region, _: CreateServiceBody) -> ApiFuture<EndpointService> {
        self.fail()
    }
    fn update_service(&self, _: Region, _: String, _: UpdateServiceBody) -> ApiFuture<EndpointService> {
        self.fail()
    }
    fn delete_service(&self, _: Region, _: String) -> ApiFuture<()> {
        self.fail()
    }
    fn list_connections(&self, _: Region, _: String) -> ApiFuture<ListConnectionsResponse> {
        self.fail()
    }
    fn connection_action(
        &self,
        _: Region,
        _: String,
        _: ConnectionActionRequest,
    ) -> ApiFuture<ConnectionActionResponse> {
        self.fail()
    }
    fn list_permissions(&self, _: Region, _: String) -> ApiFuture<ListPermissionsResponse> {
        self.fail()
    }
    fn permission_action(
        &self,
        _: Region,
        _: String,
        _: vpcep_model::PermissionActionRequest,
    ) -> ApiFuture<vpcep_model::PermissionActionResponse> {
        self.fail()
    }
    fn tag_action(&self, _: Region, _: String, _: vpcep_model::TagActionRequest) -> ApiFuture<()> {
        self.fail()
    }
    fn filter_services_by_tags(
        &self,
        _: Region,
        _: vpcep_model::tag_filter::ResourceInstancesRequest,
    ) -> ApiFuture<vpcep_model::tag_filter::ResourceInstancesResponse> {
        self.fail()
    }
    fn quotas(&self, _: Region) -> ApiFuture<QuotaResponse> {
        self.fail()
    }
    fn list_vpcs(&self, _: Region) -> ApiFuture<Vec<Vpc>> {
        self.fail()
    }
    fn list_load_balancers(&self, _: Region) -> ApiFuture<Vec<LoadBalancer>> {
        self.fail()
    }
    fn list_ecs_servers(&self, _: Region) -> ApiFuture<Vec<EcsServer>> {
        self.fail()
    }
}

#[wasm_bindgen_test]
async fn a_failed_list_shows_the_code_and_retries() {
    let root = container();
    let _handle = leptos::mount::mount_to(root.clone(), || {
        Api::provide(FailingApi(ApiError::from_code(error::NO_PERMISSION)));
        provide_app_context();
        view! {
            <Router>
                <ServiceListPage />
            </Router>
        }
    });
    let alert = wait_for(&root, "[role=alert]", 1).await.item(0).unwrap().text_content().unwrap();
    assert!(alert.contains("You have no permission for this operation"), "{alert}");
    assert!(alert.contains("EndPoint.0004"), "{alert}");
    assert!(root.query_selector("table").unwrap().is_none(), "no table when the list failed");
    let retry: web_sys::HtmlElement =
        root.query_selector("[role=alert] button").unwrap().unwrap().unchecked_into();
    assert_eq!(retry.text_content().unwrap(), "Retry");
    retry.click();
    wait_for(&root, "[role=alert]", 1).await;
}

#[wasm_bindgen_test]
async fn status_indicator_shows_icon_and_label() {
    let root = container();
    let _handle = leptos::mount::mount_to(root.clone(), || {
        view! {
            <StatusIndicator status=ServiceStatus::Creating />
            <StatusIndicator status=ServiceStatus::Available />
        }
    });
    leptos::task::tick().await;
    let spans = root.query_selector_all("[data-status]").unwrap();
    assert_eq!(texts(&spans), ["Creating", "Available"]);
    let first: web_sys::Element = spans.item(0).unwrap().unchecked_into();
    assert!(first.class_name().contains("status-progress"), "Creating is animated");
    assert_eq!(
        first.query_selector(".status-icon").unwrap().unwrap().get_attribute("aria-hidden").as_deref(),
        Some("true")
    );
}

#[wasm_bindgen_test]
fn times_show_in_local_time_with_the_offset() {
    let shown = local_time("2018-01-30T07:42:01Z");
    assert_eq!(shown.len(), "2018-01-30 07:42:01 GMT+00:00".len(), "{shown}");
    assert!(shown.contains(":42:01 GMT"), "{shown}");
    assert_eq!(local_time("not a time"), "not a time");
    assert_eq!(or_dashes(Some(" ")), "--");
    assert_eq!(or_dashes(Some("db")), "db");
}

#[wasm_bindgen_test]
async fn the_embedded_mock_creates_and_validates_like_the_api() {
    let api = instant_mock();
    let lbs = api.list_load_balancers(Region::EuDe).await.unwrap();
    let lb = lbs.iter().find(|lb| lb.name == "elb-analytics").unwrap();
    let mut body = CreateServiceBody {
        ports: vec![PortMapping { client_port: 80, server_port: 8080, protocol: Protocol::Udp }],
        service_name: Some("wasm-test".into()),
        approval_enabled: false,
        tags: vec![Tag { key: "owner@x".into(), value: String::new() }],
        ..vpcep_model::fixtures::create_body_on(&lb.vpc_id, &lb.vip_port_id)
    };
    let err = api.create_service(Region::EuDe, body.clone()).await.unwrap_err();
    assert_eq!(err.code(), Some("EndPoint.3068"));
    body.tags.clear();
    let made = api.create_service(Region::EuDe, body).await.unwrap();
    assert_eq!(made.status, ServiceStatus::Creating);
    assert_eq!(made.service_name, format!("eu-de.wasm-test.{}", made.id));
    assert_eq!(made.id.len(), 36);
}

/// The rows' checkboxes have no effect each: the header's checkbox keeps them in step with
/// the selection. Select all checks every row; a row's click unchecks "all"; selecting all
/// again and then clearing unchecks every row.
#[wasm_bindgen_test]
async fn select_all_and_clearing_reach_every_row_checkbox() {
    let (root, _handle) = seeded_list();
    wait_for(&root, "tbody tr[data-service-id]", 10).await;
    let input = |selector: &str| -> Vec<web_sys::HtmlInputElement> {
        let list = root.query_selector_all(selector).unwrap();
        (0..list.length()).map(|i| list.item(i).unwrap().unchecked_into()).collect()
    };
    let all = || input("thead input[type=checkbox]").remove(0);
    let rows = || input("tbody input[data-select-row]");
    let checked = || rows().iter().filter(|r| r.checked()).count();
    assert_eq!((rows().len(), checked()), (10, 0));

    all().click();
    leptos::task::tick().await;
    assert_eq!(checked(), 10, "select all checks every row");
    assert!(all().checked());

    rows()[3].click();
    leptos::task::tick().await;
    assert_eq!(checked(), 9);
    assert!(!all().checked(), "one row unchecked: not all");

    all().click();
    leptos::task::tick().await;
    assert_eq!(checked(), 10);
    all().click();
    leptos::task::tick().await;
    assert_eq!(checked(), 0, "clearing unchecks every row");
    let delete = root.query_selector(".page-actions button").unwrap().unwrap();
    assert_eq!(delete.text_content().unwrap(), "Delete", "nothing selected");
}
