//! The request behind an action, for the person who reviews it: the HTTP request (method, URL
//! with region and project, JSON body), the same as curl, and the service as Terraform
//! (`opentelekomcloud_vpcep_service_v1`, with the provider's own argument names).
//!
//! The body is serialized by serde exactly as the HTTP client sends it (pretty-printed here).
//! Terraform follows the provider's documentation (terraform-provider-opentelekomcloud,
//! `docs/resources/vpcep_service_v1.md`): it has no `description` argument, so a description
//! is written as a comment.

use crate::region::Region;
use crate::request::Route;
use crate::service::{CreateServiceBody, EndpointService, PortMapping, Tag};
use crate::whitelist::normalized_permission;

/// The Terraform resource type of an endpoint service.
pub const TERRAFORM_RESOURCE: &str = "opentelekomcloud_vpcep_service_v1";

/// What stands in for the token in curl: never a real one.
pub const TOKEN_PLACEHOLDER: &str = "$OS_TOKEN";

/// One request as it will be sent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RequestPreview {
    pub method: &'static str,
    pub url: String,
    /// The JSON body, pretty-printed.
    pub body: Option<String>,
}

impl RequestPreview {
    /// The create request of `body` in `region`'s project `project_id`.
    pub fn create(region: Region, project_id: &str, body: &CreateServiceBody) -> Self {
        let route = Route::CreateService;
        RequestPreview {
            method: route.method().as_str(),
            url: route.cloud_url(region, project_id),
            body: serde_json::to_string_pretty(body).ok(),
        }
    }

    /// Method, URL and body, as an HTTP message shows them.
    pub fn http(&self) -> String {
        let mut out = format!(
            "{} {}\nContent-Type: application/json\nX-Auth-Token: {TOKEN_PLACEHOLDER}\n",
            self.method, self.url
        );
        if let Some(body) = &self.body {
            out.push('\n');
            out.push_str(body);
        }
        out
    }

    /// The same request as a curl command, with the token as [`TOKEN_PLACEHOLDER`].
    pub fn curl(&self) -> String {
        let mut out = format!(
            "curl -X {} {} \\\n  -H \"X-Auth-Token: {TOKEN_PLACEHOLDER}\" \\\n  -H 'Content-Type: application/json'",
            self.method,
            shell_quote(&self.url)
        );
        if let Some(body) = &self.body {
            out.push_str(" \\\n  -d ");
            out.push_str(&shell_quote(body));
        }
        out
    }
}

/// `s` in single quotes for a POSIX shell.
fn shell_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', r"'\''"))
}

/// `s` as an HCL quoted string: `"` and `\` escaped, `${` and `%{` doubled so that they stay
/// literal, control characters escaped.
fn hcl_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '$' | '%' if chars.peek() == Some(&'{') => {
                out.push(c);
                out.push(c);
            }
            c if c.is_control() => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A Terraform resource name: the service's name where it is one (a letter or `_`, then
/// letters, digits, `_` and `-`), else `service`.
pub fn terraform_name(name: Option<&str>) -> String {
    match name {
        Some(n)
            if n.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
                && n.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-') =>
        {
            n.to_owned()
        }
        _ => "service".to_owned(),
    }
}

/// The arguments of a service, in the provider's names.
struct TerraformService<'a> {
    name: Option<&'a str>,
    port_id: &'a str,
    vpc_id: &'a str,
    server_type: &'a str,
    service_type: &'a str,
    approval_enabled: bool,
    pool_id: Option<&'a str>,
    tcp_proxy: Option<&'a str>,
    ports: &'a [PortMapping],
    tags: &'a [Tag],
    whitelist: Vec<String>,
    description: Option<&'a str>,
}

impl TerraformService<'_> {
    fn write(&self, label: &str) -> String {
        let mut attrs: Vec<(&str, String)> = Vec::new();
        if let Some(n) = self.name.filter(|n| !n.is_empty()) {
            attrs.push(("name", hcl_string(n)));
        }
        attrs.push(("port_id", hcl_string(self.port_id)));
        attrs.push(("vpc_id", hcl_string(self.vpc_id)));
        attrs.push(("server_type", hcl_string(self.server_type)));
        attrs.push(("service_type", hcl_string(self.service_type)));
        attrs.push(("approval_enabled", self.approval_enabled.to_string()));
        if let Some(p) = self.pool_id.filter(|p| !p.is_empty()) {
            attrs.push(("pool_id", hcl_string(p)));
        }
        if let Some(t) = self.tcp_proxy.filter(|t| !t.is_empty()) {
            attrs.push(("tcp_proxy", hcl_string(t)));
        }
        if !self.whitelist.is_empty() {
            let items: Vec<String> = self.whitelist.iter().map(|w| hcl_string(w)).collect();
            attrs.push(("whitelist", format!("[{}]", items.join(", "))));
        }
        let width = attrs.iter().map(|(k, _)| k.len()).max().unwrap_or(0);
        let mut out = format!("resource \"{TERRAFORM_RESOURCE}\" {} {{\n", hcl_string(label));
        for (k, v) in &attrs {
            out.push_str(&format!("  {k:width$} = {v}\n"));
        }
        for p in self.ports {
            out.push_str(&format!(
                "\n  port {{\n    client_port = {}\n    server_port = {}\n    protocol    = {}\n  }}\n",
                p.client_port,
                p.server_port,
                hcl_string(&p.protocol.to_string())
            ));
        }
        if !self.tags.is_empty() {
            out.push_str("\n  tags = {\n");
            for t in self.tags {
                out.push_str(&format!("    {} = {}\n", hcl_string(&t.key), hcl_string(&t.value)));
            }
            out.push_str("  }\n");
        }
        if let Some(d) = self.description.filter(|d| !d.is_empty()) {
            out.push_str("\n  # The provider has no `description` argument; the service's description is\n");
            out.push_str(&format!("  # {}\n", d.replace(['\n', '\r'], " ")));
        }
        out.push_str("}\n");
        out
    }
}

/// The service a create request makes, as Terraform.
pub fn terraform_for_create(body: &CreateServiceBody) -> String {
    let name = body.service_name.as_deref().filter(|n| !n.is_empty());
    TerraformService {
        name,
        port_id: &body.port_id,
        vpc_id: &body.vpc_id,
        server_type: body.server_type.as_str(),
        service_type: body.service_type.as_ref().map_or("interface", |t| t.as_str()),
        approval_enabled: body.approval_enabled,
        pool_id: body.pool_id.as_deref(),
        tcp_proxy: body.tcp_proxy.as_deref(),
        ports: &body.ports,
        tags: &body.tags,
        whitelist: Vec::new(),
        description: body.description.as_deref(),
    }
    .write(&terraform_name(name))
}

/// An existing service as Terraform: an `import` block with its ID, then the resource (its
/// short name read back from `{region}.{name}.{id}`, its whitelist as domain IDs).
pub fn terraform_for_existing(service: &EndpointService, whitelist: &[String]) -> String {
    let name = crate::naming::short_name(&service.service_name, &service.id);
    let label = terraform_name(name);
    let domains = whitelist
        .iter()
        .map(|p| {
            let p = normalized_permission(p);
            p.strip_prefix(crate::limits::WHITELIST_PREFIX).map_or(p.clone(), str::to_owned)
        })
        .collect();
    let resource = TerraformService {
        name,
        port_id: &service.port_id,
        vpc_id: &service.vpc_id,
        server_type: service.server_type.as_str(),
        service_type: service.service_type.as_str(),
        approval_enabled: service.approval_enabled,
        pool_id: service.pool_id.as_deref(),
        tcp_proxy: service.tcp_proxy.as_deref(),
        ports: &service.ports,
        tags: &service.tags,
        whitelist: domains,
        description: service.description.as_deref(),
    };
    format!(
        "import {{\n  to = {TERRAFORM_RESOURCE}.{label}\n  id = {}\n}}\n\n{}",
        hcl_string(&service.id),
        resource.write(&label)
    )
}
