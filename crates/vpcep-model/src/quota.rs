//! `GET /v1/{project_id}/quotas?type=endpoint_service` (API reference §4.13):
//! `{"quotas":{"resources":[{"type":"endpoint_service","used":10,"quota":100}, …]}}`.

use serde::{Deserialize, Serialize};

/// The quota of one kind of resource.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuotaResource {
    /// `endpoint_service` or `endpoint`.
    #[serde(rename = "type")]
    pub kind: String,
    pub used: u32,
    pub quota: u32,
}

/// The `quotas` object.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quotas {
    #[serde(default)]
    pub resources: Vec<QuotaResource>,
}

/// The answer.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuotaResponse {
    pub quotas: Quotas,
}

impl QuotaResponse {
    /// The answer for endpoint services: `used` of `quota`.
    pub fn endpoint_services(used: u32, quota: u32) -> Self {
        let resource = QuotaResource { kind: "endpoint_service".into(), used, quota };
        QuotaResponse { quotas: Quotas { resources: vec![resource] } }
    }

    /// How many endpoint services may still be created (`None` when the answer has none).
    pub fn services_left(&self) -> Option<u32> {
        let r = self.quotas.resources.iter().find(|r| r.kind == "endpoint_service")?;
        Some(r.quota.saturating_sub(r.used))
    }
}
