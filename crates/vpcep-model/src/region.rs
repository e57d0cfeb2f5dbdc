//! The regions the console offers.

use serde::{Deserialize, Serialize};

/// An OTC region with VPCEP.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Region {
    /// Germany (Magdeburg/Biere).
    #[serde(rename = "eu-de")]
    EuDe,
    /// Netherlands (Amsterdam).
    #[serde(rename = "eu-nl")]
    EuNl,
}

impl Region {
    /// All regions, in the order the selector shows them.
    pub const ALL: [Region; 2] = [Region::EuDe, Region::EuNl];

    /// The region id, as used in service names and hosts (`eu-de`).
    pub fn id(self) -> &'static str {
        match self {
            Region::EuDe => "eu-de",
            Region::EuNl => "eu-nl",
        }
    }

    /// The label the console shows, in `lang`.
    pub fn label(self, lang: crate::lang::Lang) -> &'static str {
        crate::messages::region(self, lang)
    }

    /// Parses a region id.
    pub fn from_id(id: &str) -> Option<Region> {
        Region::ALL.into_iter().find(|r| r.id() == id)
    }
}

impl core::fmt::Display for Region {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.id())
    }
}
