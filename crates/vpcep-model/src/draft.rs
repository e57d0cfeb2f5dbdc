//! The create form's draft: what a person typed, as text, turned into a create body or into
//! every violation, with the same rules the mock and the real API apply.

use serde::{Deserialize, Serialize};

use crate::lang::Bilingual;
use crate::limits::MAX_PORT_MAPPINGS;
use crate::messages as say;
use crate::service::{CreateServiceBody, PortMapping, Protocol, ServerType, ServiceType, Tag};
use crate::validation::{parse_port_text, validate_create, PortKind, Violation};

/// A row of the Port Mapping table. `id` is the row's stable identity in the editor.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PortMappingDraft {
    pub id: u32,
    pub protocol: Protocol,
    /// Service Port (`server_port`), as typed.
    pub service_port: String,
    /// Terminal Port (`client_port`), as typed.
    pub terminal_port: String,
}

/// A row of the tag editor.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TagDraft {
    pub id: u32,
    pub key: String,
    pub value: String,
}

/// Everything the create form holds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CreateServiceDraft {
    pub name: String,
    pub vpc_id: String,
    pub approval_enabled: bool,
    pub ports: Vec<PortMappingDraft>,
    pub server_type: ServerType,
    /// The chosen load balancer's VIP port or ECS NIC.
    pub port_id: String,
    pub tags: Vec<TagDraft>,
    pub description: String,
    /// The next row id to hand out.
    pub next_id: u32,
}

impl Default for CreateServiceDraft {
    /// The form as it opens: one TCP row, approval on, load balancer backend.
    fn default() -> Self {
        CreateServiceDraft {
            name: String::new(),
            vpc_id: String::new(),
            approval_enabled: true,
            ports: vec![PortMappingDraft::empty(1)],
            server_type: ServerType::Lb,
            port_id: String::new(),
            tags: Vec::new(),
            description: String::new(),
            next_id: 2,
        }
    }
}

impl PortMappingDraft {
    /// An empty TCP row.
    pub fn empty(id: u32) -> Self {
        PortMappingDraft {
            id,
            protocol: Protocol::Tcp,
            service_port: String::new(),
            terminal_port: String::new(),
        }
    }
}

impl CreateServiceDraft {
    /// A fresh row id.
    pub fn take_id(&mut self) -> u32 {
        let id = self.next_id;
        self.next_id += 1;
        id
    }

    /// The body to send, or every violation (field paths use row positions, from 0).
    pub fn check(&self) -> Result<CreateServiceBody, Vec<Violation>> {
        let mut parse_errors = Vec::new();
        let mut port = |text: &str, row: usize, kind: PortKind| match parse_port_text(text, row, kind) {
            Ok(p) => p,
            Err(v) => {
                parse_errors.push(v);
                // A stand-in the rules accept, so that only the parse error is reported
                // for this cell and the row takes part in no duplicate.
                -1 - row as i64
            }
        };
        let ports: Vec<PortMapping> = self
            .ports
            .iter()
            .enumerate()
            .map(|(row, p)| PortMapping {
                server_port: port(&p.service_port, row, PortKind::Service),
                client_port: port(&p.terminal_port, row, PortKind::Terminal),
                protocol: p.protocol.clone(),
            })
            .collect();
        let name = self.name.trim();
        let description = self.description.trim();
        let body = CreateServiceBody {
            port_id: self.port_id.clone(),
            vpc_id: self.vpc_id.clone(),
            server_type: self.server_type.clone(),
            ports,
            service_name: (!name.is_empty()).then(|| name.to_owned()),
            approval_enabled: self.approval_enabled,
            service_type: Some(ServiceType::Interface),
            pool_id: None,
            tcp_proxy: None,
            tags: self
                .tags
                .iter()
                .map(|t| Tag { key: t.key.trim().to_owned(), value: t.value.trim().to_owned() })
                .collect(),
            description: (!description.is_empty()).then(|| description.to_owned()),
        };
        let parsed_cells: Vec<String> = parse_errors.iter().map(|v| v.field.clone()).collect();
        let mut violations: Vec<Violation> =
            validate_create(&body).into_iter().filter(|v| !parsed_cells.contains(&v.field)).collect();
        violations.extend(parse_errors);
        if violations.is_empty() {
            Ok(body)
        } else {
            violations.sort_by_key(|v| form_order(&v.field));
            Err(violations)
        }
    }
}

/// The form's top-to-bottom order of a field path.
fn form_order(field: &str) -> (u32, usize, u32) {
    let (head, row, leaf) = match field.split_once('[') {
        Some((head, rest)) => {
            let (row, leaf) = rest.split_once(']').unwrap_or((rest, ""));
            (head, row.parse().unwrap_or(0), leaf.trim_start_matches('.'))
        }
        None => (field, 0, ""),
    };
    let section = match head {
        "service_name" => 0,
        "vpc_id" => 1,
        "service_type" => 2,
        "ports" => 3,
        "server_type" => 4,
        "port_id" => 5,
        "tags" => 6,
        "description" => 7,
        _ => 8,
    };
    let leaf = match leaf {
        "protocol" | "key" => 0,
        "server_port" | "value" => 1,
        _ => 2,
    };
    (section, row, leaf)
}

/// A line of pasted port mappings that could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RejectedLine {
    /// 1-based line number in the pasted text.
    pub line: usize,
    pub text: String,
    pub reason: Bilingual,
}

/// What a paste of several lines into a port cell gives.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PastedPortMappings {
    /// `(protocol, service port, terminal port)` of every usable line, in order.
    pub rows: Vec<(Protocol, String, String)>,
    pub rejected: Vec<RejectedLine>,
}

/// True when `text` looks like port-mapping lines rather than a single value: it has a line
/// break, or several words on one line.
pub fn looks_like_port_mapping_lines(text: &str) -> bool {
    let trimmed = text.trim();
    trimmed.contains('\n') || trimmed.split(is_separator).filter(|w| !w.is_empty()).count() > 1
}

fn is_separator(c: char) -> bool {
    c.is_whitespace() || c == ',' || c == ';'
}

/// Parses lines such as `TCP 80 8080`, `udp 53 5353`, `80 8080` (TCP) or `tcp,443,8443`:
/// protocol (optional, TCP by default), service port, terminal port. Blank lines are skipped;
/// every other line is used or rejected with a reason. At most `room` rows are taken; the
/// rest are rejected as over the limit.
pub fn parse_port_mapping_lines(text: &str, room: usize) -> PastedPortMappings {
    let mut out = PastedPortMappings::default();
    for (i, raw) in text.lines().enumerate() {
        let words: Vec<&str> = raw.split(is_separator).filter(|w| !w.is_empty()).collect();
        if words.is_empty() {
            continue;
        }
        let reject = |reason: Bilingual| RejectedLine { line: i + 1, text: raw.trim().to_owned(), reason };
        let (protocol, ports) = match Protocol::parse_loose(words[0]) {
            Some(p) => (p, &words[1..]),
            None if words[0].bytes().all(|b| b.is_ascii_digit()) => (Protocol::Tcp, &words[..]),
            None => {
                out.rejected.push(reject(say::not_a_protocol(words[0])));
                continue;
            }
        };
        if ports.len() != 2 {
            out.rejected.push(reject(say::write_protocol_and_ports()));
            continue;
        }
        let checks = [
            parse_port_text(ports[0], 0, PortKind::Service),
            parse_port_text(ports[1], 0, PortKind::Terminal),
        ];
        if let Some(Err(v)) = checks.iter().find(|c| c.is_err()) {
            out.rejected.push(reject(v.text()));
            continue;
        }
        if out.rows.len() >= room {
            out.rejected.push(reject(say::over_port_mapping_limit(MAX_PORT_MAPPINGS)));
            continue;
        }
        out.rows.push((protocol, ports[0].to_owned(), ports[1].to_owned()));
    }
    out
}
