//! The demo data: a few VPCs, load balancers and ECS instances, and services in every state.
//!
//! Ids come from a fixed seed per region, so the demo data is the same in every browser and
//! every test run; only the times are relative to the moment of seeding.

use vpcep_model::load_balancers::Subnet;
use vpcep_model::naming::generated_service_name;
use vpcep_model::resources::LoadBalancerKind;
use vpcep_model::service::ResourceError;
use vpcep_model::time::{format_utc, EpochMillis};
use vpcep_model::{
    Connection, EcsServer, EndpointService, LoadBalancer, PermissionRecord, PortMapping, Region, ServerType,
    ServiceStatus, ServiceType, Tag, Vpc,
};

use crate::cloud::MockConfig;
use crate::ids::IdGenerator;
use crate::seed_services::{self, Backend};
use crate::state::{CloudState, StoredService};

use crate::seed_services::{DAY, HOUR};

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

    // The first is a shared (ELB v2.0, "enhanced") load balancer, the others dedicated (v3).
    let lb_specs = [("elb-web-prod", 1, 15), ("elb-api-internal", 1, 20), ("elb-analytics", 2, 10)];
    let load_balancers: Vec<LoadBalancer> = lb_specs
        .into_iter()
        .enumerate()
        .map(|(i, (name, vpc, host))| LoadBalancer {
            id: ids.uuid(),
            name: name.to_owned(),
            vpc_id: vpcs[vpc].id.clone(),
            vip_address: format!("{}.0.{host}", cidr_prefix(&vpcs[vpc].cidr)),
            vip_port_id: ids.uuid(),
            provisioning_status: "ACTIVE".to_owned(),
            kind: if i == 0 { LoadBalancerKind::Shared } else { LoadBalancerKind::Dedicated },
        })
        .collect();
    let subnets = seed_subnets(region, &vpcs);

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

    let specs = seed_services::demo_services();

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

    CloudState { region, project_id, domain_id, vpcs, load_balancers, subnets, ecs_servers, services, ids }
}

/// One subnet per VPC, from ids of their own (the other demo ids stay as they were).
fn seed_subnets(region: Region, vpcs: &[Vpc]) -> Vec<Subnet> {
    let mut ids = IdGenerator::new(match region {
        Region::EuDe => 0x05b0_e001,
        Region::EuNl => 0x05b0_1001,
    });
    vpcs.iter()
        .map(|vpc| {
            let net = cidr_prefix(&vpc.cidr);
            Subnet {
                id: ids.uuid(),
                name: format!("subnet-{}", vpc.name),
                cidr: format!("{net}.0.0/24"),
                // Demo resolvers; the console does not read them.
                dns_list: vec!["100.125.4.25".to_owned(), "100.125.129.199".to_owned()],
                status: "ACTIVE".to_owned(),
                vpc_id: vpc.id.clone(),
                gateway_ip: format!("{net}.0.1"),
                dhcp_enable: true,
                primary_dns: "100.125.4.25".to_owned(),
                secondary_dns: "100.125.129.199".to_owned(),
                availability_zone: String::new(),
                neutron_network_id: ids.uuid(),
                neutron_subnet_id: ids.uuid(),
                extra_dhcp_opts: Vec::new(),
            }
        })
        .collect()
}
