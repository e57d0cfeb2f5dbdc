//! The demo services: a table of what each one is (backend, state, ports, tags, connections).

use vpcep_model::{ConnectionStatus, Protocol, ServiceStatus};

pub(crate) const HOUR: u64 = 3_600_000;
pub(crate) const DAY: u64 = 24 * HOUR;

/// The backend a seeded service points at (an index into the seeded load balancers or ECSs).
pub(crate) enum Backend {
    Lb(usize),
    Ecs(usize),
}

/// One demo service.
pub(crate) struct SeedService {
    pub name: Option<&'static str>,
    pub backend: Backend,
    pub status: ServiceStatus,
    pub approval: bool,
    pub age_ms: u64,
    pub ports: &'static [(Protocol, i64, i64)],
    pub tags: &'static [(&'static str, &'static str)],
    pub description: &'static str,
    pub connections: &'static [ConnectionStatus],
    pub whitelist: &'static [&'static str],
}

/// Twelve services in several states; one (web-frontend) has accepted connections, so it
/// cannot be deleted; the six oldest give the list a second page.
pub(crate) fn demo_services() -> Vec<SeedService> {
    use ConnectionStatus as C;
    use Protocol::{Tcp, Udp};
    vec![
        SeedService {
            name: Some("web-frontend"),
            backend: Backend::Lb(0),
            status: ServiceStatus::Available,
            approval: true,
            age_ms: 41 * DAY,
            ports: &[(Tcp, 443, 443), (Tcp, 80, 80)],
            tags: &[("env", "prod"), ("team", "web")],
            description: "Shop front end for partner VPCs",
            connections: &[C::Accepted, C::PendingAcceptance],
            whitelist: &["iam:domain::5fc973eea581490997e82ea11a1df31f"],
        },
        SeedService {
            name: Some("partner-api"),
            backend: Backend::Lb(1),
            status: ServiceStatus::Available,
            approval: false,
            age_ms: 17 * DAY + 5 * HOUR,
            ports: &[(Tcp, 8443, 443)],
            tags: &[("env", "prod"), ("team", "api")],
            description: "",
            connections: &[C::Rejected],
            whitelist: &["*"],
        },
        SeedService {
            name: None,
            backend: Backend::Ecs(2),
            status: ServiceStatus::Available,
            approval: true,
            age_ms: 9 * DAY,
            ports: &[(Tcp, 5432, 5432)],
            tags: &[("env", "staging")],
            description: "PostgreSQL for the reporting team",
            connections: &[],
            whitelist: &[],
        },
        SeedService {
            name: Some("metrics"),
            backend: Backend::Ecs(3),
            status: ServiceStatus::Available,
            approval: false,
            age_ms: 2 * DAY + 3 * HOUR,
            ports: &[(Udp, 8125, 8125), (Tcp, 9090, 9090)],
            tags: &[],
            description: "StatsD and Prometheus",
            connections: &[],
            whitelist: &[],
        },
        SeedService {
            name: Some("legacy-ftp"),
            backend: Backend::Ecs(4),
            status: ServiceStatus::Failed,
            approval: true,
            age_ms: 6 * HOUR,
            ports: &[(Tcp, 21, 2121)],
            tags: &[("owner", "ops")],
            description: "",
            connections: &[],
            whitelist: &[],
        },
        SeedService {
            name: Some("search"),
            backend: Backend::Lb(2),
            status: ServiceStatus::Creating,
            approval: true,
            age_ms: 0,
            ports: &[(Tcp, 9200, 9200)],
            tags: &[("env", "dev")],
            description: "OpenSearch cluster (being created)",
            connections: &[],
            whitelist: &[],
        },
        // Older services, so the list has a second page at 10 rows.
        SeedService {
            name: Some("billing"),
            backend: Backend::Ecs(0),
            status: ServiceStatus::Available,
            approval: true,
            age_ms: 55 * DAY,
            ports: &[(Tcp, 8080, 8080)],
            tags: &[("env", "prod"), ("team", "finance")],
            description: "Invoices and payments",
            connections: &[C::Accepted],
            whitelist: &[],
        },
        SeedService {
            name: Some("cache"),
            backend: Backend::Ecs(1),
            status: ServiceStatus::Available,
            approval: false,
            age_ms: 63 * DAY,
            ports: &[(Tcp, 6379, 6379)],
            tags: &[("env", "prod")],
            description: "Redis",
            connections: &[],
            whitelist: &["*"],
        },
        SeedService {
            name: Some("grafana"),
            backend: Backend::Ecs(3),
            status: ServiceStatus::Available,
            approval: true,
            age_ms: 70 * DAY,
            ports: &[(Tcp, 3000, 443)],
            tags: &[("team", "ops")],
            description: "Dashboards",
            connections: &[],
            whitelist: &[],
        },
        SeedService {
            name: Some("mqtt"),
            backend: Backend::Lb(2),
            status: ServiceStatus::Available,
            approval: false,
            age_ms: 84 * DAY,
            ports: &[(Tcp, 1883, 1883), (Tcp, 8883, 8883)],
            tags: &[("env", "dev")],
            description: "Device telemetry broker",
            connections: &[],
            whitelist: &[],
        },
        SeedService {
            name: Some("ldap"),
            backend: Backend::Ecs(4),
            status: ServiceStatus::Available,
            approval: true,
            age_ms: 97 * DAY,
            ports: &[(Tcp, 389, 389), (Tcp, 636, 636)],
            tags: &[("owner", "ops")],
            description: "",
            connections: &[],
            whitelist: &[],
        },
        SeedService {
            name: None,
            backend: Backend::Lb(0),
            status: ServiceStatus::Available,
            approval: true,
            age_ms: 120 * DAY,
            ports: &[(Tcp, 8081, 81)],
            tags: &[],
            description: "Legacy shop admin",
            connections: &[],
            whitelist: &[],
        },
    ]
}
