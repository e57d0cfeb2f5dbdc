//! Port Mapping rules: 1 to 50 mappings, TCP or UDP, ports 1-65535, no duplicates.

use super::Violation;
use crate::error;
use crate::lang::Bilingual;
use crate::limits::{MAX_PORT, MAX_PORT_MAPPINGS, MIN_PORT, UDP_ALLOWED};
use crate::messages as say;
use crate::service::{PortMapping, Protocol};

/// Which port of a mapping.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PortKind {
    /// The backend's port (`server_port`).
    Service,
    /// The VPC endpoint's port (`client_port`).
    Terminal,
}

impl PortKind {
    /// The JSON field name.
    pub fn field(self) -> &'static str {
        match self {
            PortKind::Service => "server_port",
            PortKind::Terminal => "client_port",
        }
    }

    /// The seed's word, lower case (in German a noun, capitalised).
    pub fn words(self) -> Bilingual {
        match self {
            PortKind::Service => say::service_port(),
            PortKind::Terminal => say::terminal_port(),
        }
    }

    fn port_of(self, m: &PortMapping) -> i64 {
        match self {
            PortKind::Service => m.server_port,
            PortKind::Terminal => m.client_port,
        }
    }
}

fn path(row: usize, leaf: &str) -> String {
    format!("ports[{row}].{leaf}")
}

fn range_message(kind: PortKind) -> Bilingual {
    say::port_range(&kind.words(), MIN_PORT, MAX_PORT)
}

/// Parses what a person typed into a port cell of row `row`.
// The error is the Violation the form shows (144 bytes with both languages); a port cell is
// parsed per keystroke, not in a loop, so boxing it would buy nothing.
#[allow(clippy::result_large_err)]
pub fn parse_port_text(text: &str, row: usize, kind: PortKind) -> Result<i64, Violation> {
    let t = text.trim();
    let bad =
        |message: Bilingual| Violation::new(path(row, kind.field()), error::INVALID_SERVICE_PORT, message);
    if t.is_empty() {
        return Err(bad(range_message(kind)));
    }
    if !t.bytes().all(|b| b.is_ascii_digit()) {
        return Err(bad(say::port_whole_number(&kind.words(), MIN_PORT, MAX_PORT)));
    }
    match t.parse::<i64>() {
        Ok(p) if (MIN_PORT..=MAX_PORT).contains(&p) => Ok(p),
        _ => Err(bad(range_message(kind))),
    }
}

fn protocol_violation(row: usize, protocol: &Protocol) -> Option<Violation> {
    let ok = match protocol {
        Protocol::Tcp => true,
        Protocol::Udp => UDP_ALLOWED,
        Protocol::Other(_) => false,
    };
    let message = if UDP_ALLOWED { say::choose_tcp_or_udp() } else { say::choose_tcp() };
    (!ok).then(|| Violation::new(path(row, "protocol"), error::INVALID_PROTOCOL, message))
}

fn range_violation(row: usize, m: &PortMapping, kind: PortKind) -> Option<Violation> {
    let port = kind.port_of(m);
    (!(MIN_PORT..=MAX_PORT).contains(&port))
        .then(|| Violation::new(path(row, kind.field()), error::INVALID_SERVICE_PORT, range_message(kind)))
}

/// Rows that share protocol and `kind` port with an earlier or later row: both are reported,
/// each naming the first other row it clashes with (numbers start at 1, as the form shows).
fn duplicate_violations(ports: &[PortMapping], kind: PortKind) -> Vec<Violation> {
    let mut out = Vec::new();
    for (i, m) in ports.iter().enumerate() {
        let port = kind.port_of(m);
        if !(MIN_PORT..=MAX_PORT).contains(&port) {
            continue;
        }
        let clash = ports
            .iter()
            .enumerate()
            .find(|(j, o)| *j != i && o.protocol == m.protocol && kind.port_of(o) == port);
        if let Some((j, _)) = clash {
            out.push(Violation::new(
                path(i, kind.field()),
                error::PARAMETER_ERROR,
                say::same_port(i + 1, &kind.words(), m.protocol.as_str(), port, j + 1),
            ));
        }
    }
    out
}

/// Every violation of the port-mapping list.
pub fn validate_port_mappings(ports: &[PortMapping]) -> Vec<Violation> {
    let mut out = Vec::new();
    if ports.is_empty() {
        out.push(Violation::new("ports", error::PORTS_EMPTY, say::add_port_mapping()));
        return out;
    }
    if ports.len() > MAX_PORT_MAPPINGS {
        out.push(Violation::new(
            "ports",
            error::PORT_LIMIT,
            say::too_many_port_mappings(MAX_PORT_MAPPINGS, ports.len()),
        ));
    }
    for (row, m) in ports.iter().enumerate() {
        out.extend(protocol_violation(row, &m.protocol));
        out.extend(range_violation(row, m, PortKind::Service));
        out.extend(range_violation(row, m, PortKind::Terminal));
    }
    out.extend(duplicate_violations(ports, PortKind::Service));
    out.extend(duplicate_violations(ports, PortKind::Terminal));
    out
}
