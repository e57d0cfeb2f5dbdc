//! The rules of a create request, as pure functions that report every violation at once.
//!
//! Each [`Violation`] names the field by its wire path (`ports[3].server_port`, `tags[1].key`;
//! indices start at 0), carries a message for the person at that field, and the
//! `EndPoint.xxxx` code and HTTP status the real API answers for it. The form shows the
//! messages; the mock answers the first violation's code; the tests check both.

mod charset;
mod fields;
mod ports;
mod tag_action;
mod tags;
mod whitelist;

pub use charset::{first_disallowed, is_name_char, is_tag_char, tag_charset_words};
pub use fields::{
    validate_backend, validate_description, validate_name, validate_pool_id, validate_server_type,
    validate_service_type, validate_tcp_proxy, validate_vpc,
};
pub use ports::{parse_port_text, validate_port_mappings, PortKind};
pub use tag_action::validate_tag_action;
pub use tags::{validate_tag_key, validate_tag_value, validate_tags};
pub use whitelist::{
    parse_domain_id_lines, validate_domain_id, validate_permission, validate_permission_action,
};

use crate::error::ErrorCode;
use crate::lang::{Bilingual, Lang};
use crate::messages as say;
use crate::service::{CreateServiceBody, UpdateServiceBody};

/// One broken rule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Violation {
    /// The wire path of the field, e.g. `ports[3].server_port`.
    pub field: String,
    /// What the person should do, in the console's words, in English (what the mock answers).
    pub message: String,
    /// The same in German.
    pub message_de: String,
    /// The code (and HTTP status) the real API answers for this rule.
    pub code: ErrorCode,
}

impl Violation {
    /// A violation of `field`, its message in both languages.
    pub fn new(field: impl Into<String>, code: ErrorCode, message: Bilingual) -> Self {
        Violation { field: field.into(), message: message.en, message_de: message.de, code }
    }

    /// The message in both languages.
    pub fn text(&self) -> Bilingual {
        Bilingual { en: self.message.clone(), de: self.message_de.clone() }
    }

    /// The message in `lang`.
    pub fn message_in(&self, lang: Lang) -> &str {
        lang.pick(&self.message, &self.message_de)
    }

    /// The HTTP status the API answers.
    pub fn status(&self) -> u16 {
        self.code.status
    }
}

/// Every violation of a create request, in the order of the form's fields.
pub fn validate_create(body: &CreateServiceBody) -> Vec<Violation> {
    let mut out = Vec::new();
    out.extend(validate_name(body.service_name.as_deref().unwrap_or("")));
    out.extend(validate_vpc(&body.vpc_id));
    out.extend(validate_service_type(body.service_type.as_ref()));
    out.extend(validate_port_mappings(&body.ports));
    out.extend(validate_server_type(&body.server_type));
    out.extend(validate_backend(&body.server_type, &body.port_id));
    out.extend(validate_tags(&body.tags));
    out.extend(validate_description(body.description.as_deref().unwrap_or("")));
    out.extend(validate_pool_id(body.pool_id.as_deref()));
    out.extend(validate_tcp_proxy(body.tcp_proxy.as_deref()));
    out
}

/// Every violation of a change (`PUT`): each field given follows the create rules. The port
/// mappings, when given, replace the list and follow its rules too.
pub fn validate_update(body: &UpdateServiceBody) -> Vec<Violation> {
    let mut out = Vec::new();
    if let Some(name) = &body.service_name {
        out.extend(validate_name(name));
    }
    if let Some(ports) = &body.ports {
        out.extend(validate_port_mappings(ports));
    }
    if let Some(port_id) = &body.port_id {
        out.extend(
            port_id.trim().is_empty().then(|| {
                Violation::new("port_id", crate::error::INVALID_PORT_ID, say::backend_port_id_empty())
            }),
        );
    }
    out.extend(validate_tcp_proxy(body.tcp_proxy.as_deref()));
    if let Some(description) = &body.description {
        out.extend(validate_description(description));
    }
    out
}
