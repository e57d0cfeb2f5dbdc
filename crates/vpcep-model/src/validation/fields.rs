//! Single-field rules: name, VPC, service type, backend, description.

use super::charset::{charset_message, first_disallowed, is_name_char, name_charset_words};
use super::Violation;
use crate::error;
use crate::limits::{MAX_DESCRIPTION_CHARS, MAX_NAME_CHARS, MAX_POOL_ID_CHARS, TCP_PROXY_VALUES};
use crate::messages as say;
use crate::service::{ServerType, ServiceType};

/// Name (optional): at most 16 characters, letters, digits, `_` and `-`.
pub fn validate_name(name: &str) -> Option<Violation> {
    let count = name.chars().count();
    let message = if count > MAX_NAME_CHARS {
        say::name_too_long(MAX_NAME_CHARS, count)
    } else if let Some(bad) = first_disallowed(name, is_name_char) {
        charset_message(say::the_name(), name_charset_words(), bad)
    } else {
        return None;
    };
    Some(Violation::new("service_name", error::INVALID_SERVICE_NAME, message))
}

/// VPC: required.
pub fn validate_vpc(vpc_id: &str) -> Option<Violation> {
    vpc_id.trim().is_empty().then(|| Violation::new("vpc_id", error::INVALID_VPC_ID, say::select_vpc()))
}

/// Service Type: "The value can only be Interface." Absent means interface.
pub fn validate_service_type(service_type: Option<&ServiceType>) -> Option<Violation> {
    match service_type {
        None | Some(ServiceType::Interface) => None,
        Some(_) => Some(Violation::new("service_type", error::PARAMETER_ERROR, say::only_interface())),
    }
}

/// Backend Resource Type: an enhanced load balancer (`LB`) or an ECS (`VM`).
pub fn validate_server_type(server_type: &ServerType) -> Option<Violation> {
    match server_type {
        ServerType::Lb | ServerType::Vm => None,
        ServerType::Other(_) => {
            Some(Violation::new("server_type", error::INVALID_SERVER_TYPE, say::choose_backend_type()))
        }
    }
}

/// The backend resource itself: its port id is required.
pub fn validate_backend(server_type: &ServerType, port_id: &str) -> Option<Violation> {
    if !port_id.trim().is_empty() {
        return None;
    }
    let message = match server_type {
        ServerType::Vm => say::select_ecs(),
        _ => say::select_load_balancer(),
    };
    Some(Violation::new("port_id", error::INVALID_PORT_ID, message))
}

/// Description (optional): at most 128 characters, no `<` or `>`, no control characters.
pub fn validate_description(description: &str) -> Option<Violation> {
    let count = description.chars().count();
    let message = if count > MAX_DESCRIPTION_CHARS {
        say::description_too_long(MAX_DESCRIPTION_CHARS, count)
    } else if description.contains(['<', '>']) {
        say::description_angle_brackets()
    } else if description.chars().any(char::is_control) {
        say::description_control_characters()
    } else {
        return None;
    };
    Some(Violation::new("description", error::PARAMETER_ERROR, message))
}

/// `tcp_proxy` (optional, API only): one of [`TCP_PROXY_VALUES`].
pub fn validate_tcp_proxy(tcp_proxy: Option<&str>) -> Option<Violation> {
    let value = tcp_proxy?;
    (!TCP_PROXY_VALUES.contains(&value)).then(|| {
        let message = say::tcp_proxy_values(&TCP_PROXY_VALUES.join(", "));
        Violation::new("tcp_proxy", error::PARAMETER_ERROR, message)
    })
}

/// `pool_id` (optional, API only): 1 to [`MAX_POOL_ID_CHARS`] letters, digits, `-` and `_`.
pub fn validate_pool_id(pool_id: Option<&str>) -> Option<Violation> {
    let value = pool_id?;
    let count = value.chars().count();
    let ok = (1..=MAX_POOL_ID_CHARS).contains(&count)
        && value.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    (!ok).then(|| {
        let message = say::pool_id_rule(MAX_POOL_ID_CHARS);
        Violation::new("pool_id", error::PARAMETER_ERROR, message)
    })
}
