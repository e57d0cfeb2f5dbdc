//! vpcep-console
