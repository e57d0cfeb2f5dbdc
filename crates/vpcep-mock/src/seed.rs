//! The demo data: a few VPCs, load balancers and ECS instances, and services in every state.
//!
//! Ids come from a fixed seed per region, so the demo data is the same in every browser and
//! every test run; only the times are relative to the moment of seeding.

use vpcep_model::naming::generated_service_name;
use vpcep_model::service::ResourceError;
use vpcep_model::time::{format_utc, EpochMillis};
use vpcep_model::{
    Connection, ConnectionStatus, EcsServer, EndpointService, LoadBalancer, PermissionRecord, PortMapping,
    Protocol, Region, ServerType, ServiceStatus, ServiceType, Tag, Vpc,
};

use crate::cloud::MockConfig;
use crate::ids::IdGenerator;
use crate::state::{CloudState, StoredService};

const HOUR: u64 = 3_600_000;
const DAY: u64 = 24 * HOUR;

/// The backend a seeded service points at.
enum Backend {
    Lb(usize),
    Ecs(usize),
}

struct SeedService {
    name: Option<&'static str>,
    backend: Backend,
    status: ServiceStatus,
    approval: bool,
    age_ms: u64,
    ports: &'static [(Protocol, i64, i64)],
    tags: &'static [(&'static str, &'static str)],
    description: &'static str,
    connections: &'static [ConnectionStatus],
    whitelist: &'static [&'static str],
}

fn cidr_prefix(cidr: &str) -> String {
    let mut parts = cidr.split('.');
    format!("{}.{}", parts.next().unwrap_or("10"), parts.next().unwrap_or("0"))
}

/// The demo project of `region` at time `now`.
pub fn demo_state(region: Region, now: EpochMillis, config: &MockConfig) -> CloudState {
    let mut ids = IdGenerator::new(match region {
        Region::EuDe => 0x0e0d_e001,
        Region::EuNl => 0x0e0a_1001,
    });
    let project_id = ids.hex32();
    let domain_id = ids.hex32();
    let r = region.id();

    let vpcs: Vec<Vpc> = [
        ("vpc-default", "192.168.0.0/16"),
        ("vpc-prod-web", "10.10.0.0/16"),
        ("vpc-analytics", "172.16.0.0/16"),
    ]
    .into_iter()
    .map(|(name, cidr)| Vpc {
        id: ids.uuid(),
        name: format!("{name}-{r}"),
        cidr: cidr.to_owned(),
        status: "OK".to_owned(),
    })
    .collect();

    let lb_specs = [("elb-web-prod", 1, 15), ("elb-api-internal", 1, 20), ("elb-analytics", 2, 10)];
    let load_balancers: Vec<LoadBalancer> = lb_specs
        .into_iter()
        .map(|(name, vpc, host)| LoadBalancer {
            id: ids.uuid(),
            name: name.to_owned(),
            vpc_id: vpcs[vpc].id.clone(),
            vip_address: format!("{}.0.{host}", cidr_prefix(&vpcs[vpc].cidr)),
            vip_port_id: ids.uuid(),
            provisioning_status: "ACTIVE".to_owned(),
        })
        .collect();

    let ecs_specs = [
        ("ecs-web-01", 1, "ACTIVE", 11),
        ("ecs-web-02", 1, "ACTIVE", 12),
        ("ecs-db-01", 1, "ACTIVE", 21),
        ("ecs-etl-01", 2, "ACTIVE", 31),
        ("ecs-bastion", 0, "SHUTOFF", 5),
    ];
    let ecs_servers: Vec<EcsServer> = ecs_specs
        .into_iter()
        .enumerate()
        .map(|(i, (name, vpc, status, host))| EcsServer {
            id: ids.uuid(),
            name: name.to_owned(),
            status: status.to_owned(),
            vpc_id: vpcs[vpc].id.clone(),
            availability_zone: format!("{r}-0{}", i % 3 + 1),
            private_ip: format!("{}.2.{host}", cidr_prefix(&vpcs[vpc].cidr)),
            nic_port_id: ids.uuid(),
        })
        .collect();

    use ConnectionStatus as C;
    use Protocol::{Tcp, Udp};
    let specs = [
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
    ];

    let services = specs
        .iter()
        .map(|s| {
            let created = now.saturating_sub(s.age_ms);
            let (server_type, port_id, vpc_id) = match s.backend {
                Backend::Lb(i) => (ServerType::Lb, &load_balancers[i].vip_port_id, &load_balancers[i].vpc_id),
                Backend::Ecs(i) => (ServerType::Vm, &ecs_servers[i].nic_port_id, &ecs_servers[i].vpc_id),
            };
            let id = ids.uuid();
            let failed = s.status == ServiceStatus::Failed;
            let service = EndpointService {
                service_name: generated_service_name(r, s.name, &id),
                id,
                port_id: port_id.clone(),
                pool_id: None,
                service_type: ServiceType::Interface,
                server_type,
                vpc_id: vpc_id.clone(),
                approval_enabled: s.approval,
                status: s.status.clone(),
                created_at: format_utc(created),
                updated_at: Some(format_utc(created)),
                project_id: project_id.clone(),
                domain_id: Some(domain_id.clone()),
                ports: s
                    .ports
                    .iter()
                    .map(|(protocol, server_port, client_port)| PortMapping {
                        client_port: *client_port,
                        server_port: *server_port,
                        protocol: protocol.clone(),
                    })
                    .collect(),
                tcp_proxy: Some("close".to_owned()),
                tags: s
                    .tags
                    .iter()
                    .map(|(k, v)| Tag { key: (*k).to_owned(), value: (*v).to_owned() })
                    .collect(),
                connection_count: None,
                description: Some(s.description.to_owned()),
                error: if failed {
                    vec![ResourceError {
                        error_code: "EndPoint.3003".to_owned(),
                        error_message: "Invalid port ID.".to_owned(),
                    }]
                } else {
                    Vec::new()
                },
            };
            let connections = s
                .connections
                .iter()
                .enumerate()
                .map(|(i, status)| Connection {
                    id: ids.uuid(),
                    marker_id: 16_777_500 + ids.below(400) + i as u64,
                    domain_id: ids.hex32(),
                    status: status.clone(),
                    created_at: format_utc(created + (i as u64 + 1) * DAY),
                    updated_at: Some(format_utc(created + (i as u64 + 1) * DAY)),
                    description: Some(String::new()),
                    error: Vec::new(),
                })
                .collect();
            let permissions = s
                .whitelist
                .iter()
                .map(|p| PermissionRecord {
                    id: ids.uuid(),
                    permission: (*p).to_owned(),
                    permission_type: "domainId".to_owned(),
                    description: String::new(),
                    created_at: format_utc(created + HOUR),
                })
                .collect();
            StoredService {
                service,
                created_ms: created,
                updated_ms: created,
                available_at: (s.status == ServiceStatus::Creating).then_some(now + config.create_delay_ms),
                gone_at: None,
                connections,
                permissions,
            }
        })
        .collect();

    CloudState { region, project_id, domain_id, vpcs, load_balancers, ecs_servers, services, ids }
}
