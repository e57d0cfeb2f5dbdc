//! Every limit of the create form, in one place.
//!
//! The seed (the OTC user guide page) is the specification. Where today's cloud differs, the
//! seed's value is used and the cloud's is named next to it, so a switch is a one-line change.

/// Name: "a maximum of 16 characters".
pub const MAX_NAME_CHARS: usize = 16;

/// "A maximum of 50 port mappings can be added at a time." (the API itself allows 200).
pub const MAX_PORT_MAPPINGS: usize = 50;

/// "The service and terminal port numbers range from 1 to 65535."
pub const MIN_PORT: i64 = 1;
/// See [`MIN_PORT`].
pub const MAX_PORT: i64 = 65_535;

/// "The protocol is TCP or UDP." Today's API accepts TCP only (error `EndPoint.3075`).
pub const UDP_ALLOWED: bool = true;

/// "You can add a maximum of 10 tags" (seed). eu-de allows 20 today.
pub const MAX_TAGS: usize = 10;
/// Tag key: "a maximum of 36 characters".
pub const MAX_TAG_KEY_CHARS: usize = 36;
/// Tag value: "a maximum of 43 characters"; it may be empty.
pub const MAX_TAG_VALUE_CHARS: usize = 43;
/// The seed allows letters, digits, `-` and `_` in tags; today's API also allows `@`.
pub const TAG_ALLOWS_AT_SIGN: bool = false;

/// Description: at most 128 characters, no `<` or `>` (API reference).
pub const MAX_DESCRIPTION_CHARS: usize = 128;

/// `tcp_proxy`: how client information reaches the backend (API reference; `close` when absent).
pub const TCP_PROXY_VALUES: [&str; 5] = ["close", "toa_open", "proxy_open", "open", "proxy_vni"];

/// `pool_id` (a cluster ID): at most 64 letters, digits, `-` and `_`. UNCONFIRMED: the API
/// reference gives no format; this bounds what the mock stores.
pub const MAX_POOL_ID_CHARS: usize = 64;

/// Endpoint services per account and region (default quota, error `Endpoint.1018`).
pub const SERVICE_QUOTA: usize = 20;

/// Whitelist records added in one operation: the console's Add to Whitelist dialog says "You
/// can add 49 more authorized domains in this operation" next to its first row. The API
/// documents no per-request limit, so only the console applies this one.
pub const MAX_WHITELIST_PER_OPERATION: usize = 50;
/// A whitelist record's domain (account) ID: 1 to 64 characters (API reference §4.9).
pub const MAX_DOMAIN_ID_CHARS: usize = 64;
/// Whitelist records of one service. UNCONFIRMED: the API has an error for "the maximum number
/// of whitelist records" (`EndPoint.3049`) but documents no number; this bounds what the mock
/// stores.
pub const MAX_WHITELIST_RECORDS: usize = 1000;
/// The fixed start of a whitelist record: `iam:domain::<domain id>`.
pub const WHITELIST_PREFIX: &str = "iam:domain::";

/// The CIDR the backend's security group must allow inbound (seed, backend note).
pub const WHITELIST_SOURCE_CIDR: &str = "198.19.128.0/20";

/// List `limit`: 0 to 1000, 10 when not given.
pub const MAX_LIST_LIMIT: u32 = 1000;
/// See [`MAX_LIST_LIMIT`].
pub const DEFAULT_LIST_LIMIT: u32 = 10;
