//! Benchmark (prints numbers): validating a full create request, 50 port mappings and 10 tags,
//! as the form does on every keystroke and the mock on every create. Native; run by
//! `cargo xtask bench`. The baseline is validating the smallest valid request, so the ratio
//! says what the full form costs over the least the rules do.

use std::hint::black_box;
use std::time::Instant;

use vpcep_model::fixtures;
use vpcep_model::limits::{MAX_PORT_MAPPINGS, MAX_TAGS};
use vpcep_model::validation::validate_create;
use vpcep_model::{PortMapping, Protocol, Tag};

fn time_per_call(body: &vpcep_model::CreateServiceBody) -> f64 {
    let runs = 20_000;
    let start = Instant::now();
    for _ in 0..runs {
        black_box(validate_create(black_box(body)));
    }
    start.elapsed().as_secs_f64() * 1e6 / runs as f64
}

fn main() {
    let small = fixtures::create_body_on(fixtures::DOC_VPC_ID, fixtures::DOC_PORT_ID);
    let mut full = small.clone();
    full.ports = (1..=MAX_PORT_MAPPINGS as i64)
        .map(|p| PortMapping { client_port: p, server_port: p + 1000, protocol: Protocol::Tcp })
        .collect();
    full.tags = (0..MAX_TAGS).map(|i| Tag { key: format!("key-{i}"), value: format!("value-{i}") }).collect();
    full.service_name = Some("a-service_name".into());
    full.description = Some("d".repeat(120));
    assert!(validate_create(&full).is_empty(), "the full request must be valid");
    // Warm up, then measure three times and keep the best (least disturbed) of each.
    time_per_call(&full);
    let best = |b| (0..3).map(|_| time_per_call(b)).fold(f64::MAX, f64::min);
    let (f, s) = (best(&full), best(&small));
    println!("Full-form validation (native, best of 3 x 20,000 calls):");
    println!(
        "  50 port mappings + 10 tags  {f:8.2} µs   smallest valid request {s:8.2} µs   ratio {:.1}x",
        f / s
    );
}
