//! The state file: a write is answered only once it is durably saved; a failed save answers
//! 500 and changes nothing; a kill at any moment loses no answered write and leaves a file
//! that loads.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use serde_json::{json, Value};

mod common;
use common::*;

/// A create body on the seed's elb-analytics of `project`.
fn create_body(server: &Running, project: &str, name: &str) -> String {
    let (_, list) =
        get(server, &format!("/v1/{project}/vpc-endpoint-services?limit=1000&endpoint_service_name=search"));
    let search = &list["endpoint_services"][0];
    json!({
        "port_id": search["port_id"], "vpc_id": search["vpc_id"], "server_type": "LB",
        "service_name": name, "ports": [{"client_port": 80, "server_port": 7001, "protocol": "TCP"}]
    })
    .to_string()
}

fn project(n: usize) -> String {
    format!("{n:032x}")
}

#[test]
fn the_state_survives_a_restart_and_no_temporary_file_stays() {
    let dir = temp_dir("restart");
    let file = dir.join("state.json");
    std::fs::write(dir.join("state.json.tmp-99999"), b"torn").unwrap(); // left by a killed server
    let args = ["--api", "mock", "--state", file.to_str().unwrap()];
    let server = start(&args);
    let p = project(1);
    let (status, made) = call(
        &server,
        "POST",
        &format!("/v1/{p}/vpc-endpoint-services"),
        Some("t"),
        Some(&create_body(&server, &p, "kept")),
    );
    assert_eq!(status, 200, "{made}");
    let id = made["id"].as_str().unwrap().to_owned();
    let parsed: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert!(parsed.get(&p).is_some());
    let others: Vec<_> = std::fs::read_dir(&dir).unwrap().flatten().map(|e| e.file_name()).collect();
    assert_eq!(others.len(), 1, "only the state file: {others:?}");
    server.kill();
    let again = start(&args);
    let (status, got) = get(&again, &format!("/v1/{p}/vpc-endpoint-services/{id}"));
    assert_eq!((status, got["service_name"].as_str()), (200, Some(format!("eu-de.kept.{id}").as_str())));
}

#[test]
fn a_failed_save_answers_500_and_changes_nothing() {
    let dir = temp_dir("failed-save");
    let file = dir.join("state.json");
    let server = start(&["--api", "mock", "--state", file.to_str().unwrap()]);
    let p = project(2);
    let body = create_body(&server, &p, "lost");
    // The server's temporary file cannot be created (a folder stands in its place; file
    // permissions would not stop root).
    std::fs::create_dir(dir.join(format!("state.json.tmp-{}", server.pid()))).unwrap();
    let (status, answer) =
        call(&server, "POST", &format!("/v1/{p}/vpc-endpoint-services"), Some("t"), Some(&body));
    assert_eq!((status, code(&answer)), (500, "EndPoint.0001"), "{answer}");
    let (_, list) = get(&server, &format!("/v1/{p}/vpc-endpoint-services?endpoint_service_name=lost"));
    assert_eq!(list["total_count"], 0, "the change was undone");
    std::fs::remove_dir(dir.join(format!("state.json.tmp-{}", server.pid()))).unwrap();
    let (status, _) =
        call(&server, "POST", &format!("/v1/{p}/vpc-endpoint-services"), Some("t"), Some(&body));
    assert_eq!(status, 200, "saving works again");
}

/// Creates services until `stop` or a failure, 8 per project (the quota leaves room for 8),
/// projects from `first`; every answered create goes to `acked`.
fn burst(base: String, first: usize, stop: Arc<AtomicBool>, acked: Arc<Mutex<Vec<(String, String)>>>) {
    let agent = agent();
    for k in 0.. {
        if stop.load(Ordering::Relaxed) {
            return;
        }
        let p = project(first + k / 8);
        let url = format!("{base}/v1/{p}/vpc-endpoint-services?limit=1000&endpoint_service_name=search");
        let Ok(mut r) = agent.get(&url).header("X-Auth-Token", "t").call() else { return };
        let list: Value =
            serde_json::from_str(&r.body_mut().read_to_string().unwrap_or_default()).unwrap_or_default();
        let s = &list["endpoint_services"][0];
        let body = json!({"port_id": s["port_id"], "vpc_id": s["vpc_id"], "server_type": "LB",
            "ports": [{"client_port": 80, "server_port": 7001 + k % 8, "protocol": "TCP"}]})
        .to_string();
        let url = format!("{base}/v1/{p}/vpc-endpoint-services");
        match agent.post(&url).header("X-Auth-Token", "t").content_type("application/json").send(&body) {
            Ok(mut r) if r.status() == 200 => {
                let made: Value = serde_json::from_str(&r.body_mut().read_to_string().unwrap_or_default())
                    .unwrap_or_default();
                acked.lock().unwrap().push((p, made["id"].as_str().unwrap_or("").to_owned()));
            }
            _ => return,
        }
    }
}

#[test]
fn a_kill_during_a_burst_of_writes_loses_no_answered_write_20_times() {
    let dir = temp_dir("kill");
    let file = dir.join("state.json");
    let args = ["--api", "mock", "--state", file.to_str().unwrap()];
    let mut answered: Vec<(String, String)> = Vec::new();
    for round in 0..20 {
        let server = start(&args);
        let acked = Arc::new(Mutex::new(Vec::new()));
        let stop = Arc::new(AtomicBool::new(false));
        let writers: Vec<_> = (0..4)
            .map(|w| {
                let (base, acked, stop) = (server.url(""), acked.clone(), stop.clone());
                std::thread::spawn(move || burst(base, 1_000_000 * (round + 1) + 1000 * w, stop, acked))
            })
            .collect();
        std::thread::sleep(std::time::Duration::from_millis(100 + 37 * (round % 7) as u64));
        server.kill(); // SIGKILL, in the middle of the burst
        stop.store(true, Ordering::Relaxed);
        for w in writers {
            let _ = w.join();
        }
        answered.extend(acked.lock().unwrap().drain(..));
        // The file loads, and holds every write answered so far.
        let again =
            try_start(&args).unwrap_or_else(|e| panic!("round {round}: the state file does not load: {e}"));
        for (p, id) in &answered {
            let (status, _) = get(&again, &format!("/v1/{p}/vpc-endpoint-services/{id}"));
            assert_eq!(status, 200, "round {round}: the answered create {id} of {p} is lost");
        }
        again.kill();
    }
    println!("{} answered creates survived 20 kills", answered.len());
    assert!(answered.len() >= 20, "the bursts made writes: {}", answered.len());
}
