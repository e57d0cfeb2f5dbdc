//! `cargo bench -p vpcep-server --bench load` (run by `cargo xtask bench`): requests per second
//! and p99 latency of list, create and delete, with 8 and 64 concurrent clients, with and
//! without `--state`, on the release build over loopback. Numbers to read, not a test.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

#[path = "../tests/common/mod.rs"]
mod common;
use common::*;

/// How long each measurement runs.
const RUN: Duration = Duration::from_millis(1500);

/// The load balancer of a project's seed (for valid create bodies).
fn backend(server: &Running, project: &str) -> (Value, Value) {
    let (_, list) =
        get(server, &format!("/v1/{project}/vpc-endpoint-services?limit=1000&endpoint_service_name=search"));
    let s = &list["endpoint_services"][0];
    (s["port_id"].clone(), s["vpc_id"].clone())
}

/// Runs `op(client, n)` from `clients` threads for [`RUN`]; requests/s and p99.
fn measure(clients: usize, op: Arc<dyn Fn(usize, usize) -> bool + Send + Sync>) -> (f64, Duration) {
    let times = Arc::new(Mutex::new(Vec::new()));
    let started = Instant::now();
    let threads: Vec<_> = (0..clients)
        .map(|c| {
            let (op, times) = (op.clone(), times.clone());
            std::thread::spawn(move || {
                let mut mine = Vec::new();
                let mut n = 0;
                while started.elapsed() < RUN {
                    let t = Instant::now();
                    if !op(c, n) {
                        break;
                    }
                    mine.push(t.elapsed());
                    n += 1;
                }
                times.lock().unwrap().extend(mine);
            })
        })
        .collect();
    for t in threads {
        let _ = t.join();
    }
    let mut times = times.lock().unwrap().clone();
    times.sort();
    let rate = times.len() as f64 / started.elapsed().as_secs_f64();
    let p99 = times.get(times.len() * 99 / 100).copied().unwrap_or_default();
    (rate, p99)
}

fn main() {
    for state in [false, true] {
        let dir = temp_dir("bench");
        let file = dir.join("state.json");
        let mut args = vec!["--api", "mock", "--create-delay-ms", "0", "--delete-delay-ms", "0"];
        if state {
            args.extend(["--state", file.to_str().unwrap()]);
        }
        let server = Arc::new(start(&args));
        let mode = if state { "with --state" } else { "in memory" };
        for clients in [8, 64] {
            let base = server.url("");
            let list = {
                let base = base.clone();
                Arc::new(move |c: usize, _n: usize| {
                    let url = format!("{base}/v1/{c:032x}/vpc-endpoint-services");
                    agent().get(&url).header("X-Auth-Token", "t").call().is_ok_and(|r| r.status() == 200)
                }) as Arc<dyn Fn(usize, usize) -> bool + Send + Sync>
            };
            let (rate, p99) = measure(clients, list);
            println!("BENCH server list   {clients:>2} clients, {mode}: {rate:>7.0} requests/s, p99 {p99:?}");

            // Create: 8 per project (the quota leaves room for 8), each in its own project.
            let created = Arc::new(Mutex::new(Vec::<(String, String)>::new()));
            let backends = Arc::new(Mutex::new(std::collections::HashMap::new()));
            let create = {
                let (base, created, server) = (base.clone(), created.clone(), server.clone());
                Arc::new(move |c: usize, n: usize| {
                    let project = format!("{:032x}", 0x1000_0000 + clients * 100_000 + c * 1000 + n / 8);
                    let (port_id, vpc_id) = backends
                        .lock()
                        .unwrap()
                        .entry(project.clone())
                        .or_insert_with(|| backend(&server, &project))
                        .clone();
                    let body = json!({"port_id": port_id, "vpc_id": vpc_id, "server_type": "LB",
                        "ports": [{"client_port": 80, "server_port": 7001 + n % 8, "protocol": "TCP"}]})
                    .to_string();
                    let url = format!("{base}/v1/{project}/vpc-endpoint-services");
                    match agent()
                        .post(&url)
                        .header("X-Auth-Token", "t")
                        .content_type("application/json")
                        .send(&body)
                    {
                        Ok(mut r) if r.status() == 200 => {
                            let v: Value =
                                serde_json::from_str(&r.body_mut().read_to_string().unwrap_or_default())
                                    .unwrap_or_default();
                            created
                                .lock()
                                .unwrap()
                                .push((project, v["id"].as_str().unwrap_or("").to_owned()));
                            true
                        }
                        _ => false,
                    }
                }) as Arc<dyn Fn(usize, usize) -> bool + Send + Sync>
            };
            let (rate, p99) = measure(clients, create);
            println!("BENCH server create {clients:>2} clients, {mode}: {rate:>7.0} requests/s, p99 {p99:?}");

            let queue = Arc::new(Mutex::new(created.lock().unwrap().clone()));
            let delete = {
                let base = base.clone();
                Arc::new(move |_c: usize, _n: usize| {
                    let Some((project, id)) = queue.lock().unwrap().pop() else { return false };
                    let url = format!("{base}/v1/{project}/vpc-endpoint-services/{id}");
                    agent().delete(&url).header("X-Auth-Token", "t").call().is_ok_and(|r| r.status() == 204)
                }) as Arc<dyn Fn(usize, usize) -> bool + Send + Sync>
            };
            let (rate, p99) = measure(clients, delete);
            println!("BENCH server delete {clients:>2} clients, {mode}: {rate:>7.0} requests/s, p99 {p99:?}");
        }
    }
}
