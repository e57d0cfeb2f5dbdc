//! The project's other resources as their own services list them: VPCs and subnets, the two
//! kinds of load balancers, ECS instances.

use vpcep_model::load_balancers::{SharedLoadBalancer, Subnet};
use vpcep_model::{EcsServer, LoadBalancer, Vpc};

use crate::clock::Clock;
use crate::cloud::MockCloud;

impl<C: Clock> MockCloud<C> {
    /// The project's VPCs (VPC service).
    pub fn list_vpcs(&self) -> Vec<Vpc> {
        self.state.vpcs.clone()
    }

    /// The project's load balancers, both kinds, as the console shows them.
    pub fn list_load_balancers(&self) -> Vec<LoadBalancer> {
        self.state.load_balancers.clone()
    }

    /// The dedicated load balancers (ELB v3 list).
    pub fn list_dedicated_load_balancers(&self) -> Vec<LoadBalancer> {
        self.state.load_balancers.iter().filter(|lb| lb.kind.is_dedicated()).cloned().collect()
    }

    /// The shared load balancers as ELB v2.0 lists them: no VPC, the VIP's subnet instead (the
    /// OpenStack id of the VPC's subnet).
    pub fn list_shared_load_balancers(&self) -> Vec<SharedLoadBalancer> {
        let state = &self.state;
        let subnet_of = |vpc: &str| state.subnets.iter().find(|s| s.vpc_id == vpc);
        state
            .load_balancers
            .iter()
            .filter(|lb| !lb.kind.is_dedicated())
            .map(|lb| SharedLoadBalancer {
                id: lb.id.clone(),
                name: lb.name.clone(),
                tenant_id: state.project_id.clone(),
                vip_subnet_id: subnet_of(&lb.vpc_id).map(|s| s.neutron_subnet_id.clone()).unwrap_or_default(),
                vip_address: lb.vip_address.clone(),
                vip_port_id: lb.vip_port_id.clone(),
                provisioning_status: lb.provisioning_status.clone(),
                operating_status: "ONLINE".to_owned(),
                description: String::new(),
                admin_state_up: true,
                provider: "vlb".to_owned(),
                listeners: Vec::new(),
                pools: Vec::new(),
                tags: Vec::new(),
                created_at: String::new(),
                updated_at: String::new(),
            })
            .collect()
    }

    /// The project's subnets (VPC service).
    pub fn list_subnets(&self) -> Vec<Subnet> {
        self.state.subnets.clone()
    }

    /// The project's ECS instances with their NICs (ECS service).
    pub fn list_ecs_servers(&self) -> Vec<EcsServer> {
        self.state.ecs_servers.clone()
    }
}
