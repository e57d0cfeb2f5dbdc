//! The gateway (`--api otc`) against local HTTPS upstreams whose certificates come from a CA
//! made in the test (rcgen): routing per service and region, the allowlist, which headers pass
//! each way, `X-Subject-Token`, an upstream timeout, a TLS failure, and a sign-in and list
//! through the gateway to the mock (served with TLS) as the console does it.

mod common;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use common::{agent, start, Running};
use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, KeyPair};
use serde_json::{json, Value};

/// A CA and a certificate it signed for 127.0.0.1 and localhost, as PEM files in a temp folder.
struct TestPki {
    dir: PathBuf,
}

impl TestPki {
    fn new() -> TestPki {
        let dir = std::env::temp_dir().join(format!("vpcep-pki-{}", uuid::Uuid::new_v4().simple()));
        std::fs::create_dir_all(&dir).unwrap();
        let ca_key = KeyPair::generate().unwrap();
        let mut ca_params = CertificateParams::new(Vec::<String>::new()).unwrap();
        ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        ca_params.distinguished_name.push(DnType::CommonName, "vpcep-console test CA");
        let ca = ca_params.self_signed(&ca_key).unwrap();
        let key = KeyPair::generate().unwrap();
        let params = CertificateParams::new(vec!["localhost".to_owned(), "127.0.0.1".to_owned()]).unwrap();
        let cert = params.signed_by(&key, &ca, &ca_key).unwrap();
        std::fs::write(dir.join("ca.pem"), ca.pem()).unwrap();
        std::fs::write(dir.join("cert.pem"), cert.pem()).unwrap();
        std::fs::write(dir.join("key.pem"), key.serialize_pem()).unwrap();
        TestPki { dir }
    }

    fn path(&self, name: &str) -> String {
        self.dir.join(name).display().to_string()
    }
}

impl Drop for TestPki {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// An HTTPS upstream that answers every request with what it received (method, path, headers)
/// and adds headers that must not reach the browser; `/slow` answers after 3 s, `/big` with
/// one byte more than the gateway passes back.
fn echo_upstream(pki: &TestPki) -> SocketAddr {
    use hyper::service::service_fn;
    use hyper_util::rt::TokioIo;
    use rustls::pki_types::pem::PemObject;
    use rustls::pki_types::{CertificateDer, PrivateKeyDer};

    let chain: Vec<CertificateDer<'static>> =
        CertificateDer::pem_file_iter(pki.path("cert.pem")).unwrap().map(Result::unwrap).collect();
    let key = PrivateKeyDer::from_pem_file(pki.path("key.pem")).unwrap();
    let config =
        rustls::ServerConfig::builder_with_provider(Arc::new(rustls::crypto::ring::default_provider()))
            .with_safe_default_protocol_versions()
            .unwrap()
            .with_no_client_auth()
            .with_single_cert(chain, key)
            .unwrap();
    let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.set_nonblocking(true).unwrap();
    let addr = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        rt.block_on(async move {
            let listener = tokio::net::TcpListener::from_std(listener).unwrap();
            loop {
                let (stream, _) = listener.accept().await.unwrap();
                let acceptor = acceptor.clone();
                tokio::spawn(async move {
                    let Ok(tls) = acceptor.accept(stream).await else { return };
                    let service = service_fn(|req: hyper::Request<hyper::body::Incoming>| async move {
                        if req.uri().path() == "/slow" {
                            tokio::time::sleep(Duration::from_secs(3)).await;
                        }
                        if req.uri().path() == "/big" {
                            let big = vec![b' '; vpcep_server::limits::MAX_UPSTREAM_BODY_BYTES + 1];
                            let res = hyper::Response::new(http_body_util::Full::new(
                                hyper::body::Bytes::from(big),
                            ));
                            return Ok::<_, std::convert::Infallible>(res);
                        }
                        let headers: serde_json::Map<String, Value> = req
                            .headers()
                            .iter()
                            .map(|(k, v)| (k.as_str().to_owned(), json!(v.to_str().unwrap_or(""))))
                            .collect();
                        let seen = json!({
                            "method": req.method().as_str(),
                            "path": req.uri().path(),
                            "query": req.uri().query(),
                            "headers": headers,
                        });
                        let res = hyper::Response::builder()
                            .status(201)
                            .header("content-type", "application/json")
                            .header("x-subject-token", "subject-token-from-upstream")
                            .header("set-cookie", "session=upstream")
                            .header("x-internal", "upstream-only")
                            .body(http_body_util::Full::new(hyper::body::Bytes::from(seen.to_string())))
                            .unwrap();
                        Ok::<_, std::convert::Infallible>(res)
                    });
                    let _ = hyper::server::conn::http1::Builder::new()
                        .serve_connection(TokioIo::new(tls), service)
                        .await;
                });
            }
        });
    });
    addr
}

fn gateway(pki: Option<&TestPki>, upstream: SocketAddr, extra: &[&str]) -> Running {
    let mut args: Vec<String> = vec!["--api".into(), "otc".into(), "--upstream-timeout-s".into(), "1".into()];
    if let Some(pki) = pki {
        args.extend(["--ca-file".into(), pki.path("ca.pem")]);
    }
    for service in ["iam", "vpcep", "vpc", "elb", "ecs"] {
        args.extend(["--endpoint".into(), format!("{service}.eu-de=https://127.0.0.1:{}", upstream.port())]);
    }
    args.extend(extra.iter().map(|s| (*s).to_owned()));
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    start(&refs)
}

/// A request through the gateway: status, the answer's headers, its JSON body.
fn send(
    gw: &Running,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: Option<&str>,
) -> (u16, ureq::http::HeaderMap, Value) {
    let url = gw.url(path);
    let agent = agent();
    let result = if method == "GET" {
        let mut r = agent.get(&url);
        for (k, v) in headers {
            r = r.header(*k, *v);
        }
        r.call()
    } else {
        let mut r = agent.post(&url);
        for (k, v) in headers {
            r = r.header(*k, *v);
        }
        r.content_type("application/json").send(body.unwrap_or("{}"))
    };
    let mut res = result.unwrap();
    let status = res.status().as_u16();
    let text = res.body_mut().read_to_string().unwrap_or_default();
    (status, res.headers().clone(), serde_json::from_str(&text).unwrap_or(Value::Null))
}

#[test]
fn requests_go_to_their_service_and_region_with_only_the_headers_the_apis_need() {
    let pki = TestPki::new();
    let upstream = echo_upstream(&pki);
    let gw = gateway(Some(&pki), upstream, &[]);
    let headers = [
        ("X-Auth-Token", "user-token"),
        ("Accept", "application/json"),
        ("Cookie", "console=secret"),
        ("X-Forwarded-For", "10.0.0.1"),
        ("Authorization", "Basic abc"),
    ];
    let (status, h, seen) =
        send(&gw, "GET", "/api/vpcep/eu-de/v1/p1/vpc-endpoint-services?limit=10", &headers, None);
    assert_eq!(status, 201, "the upstream's status passes: {seen}");
    assert_eq!(seen["path"], "/v1/p1/vpc-endpoint-services");
    assert_eq!(seen["query"], "limit=10");
    let up = &seen["headers"];
    assert_eq!(up["x-auth-token"], "user-token");
    assert_eq!(up["accept"], "application/json");
    for dropped in ["cookie", "x-forwarded-for", "authorization"] {
        assert!(up.get(dropped).is_none(), "{dropped} must not go up: {up}");
    }
    assert_eq!(up["host"], format!("127.0.0.1:{}", upstream.port()));
    // Back: the body's type, never the upstream's cookies, its other headers or a subject token
    // (that comes from IAM's token call only).
    assert_eq!(h.get("content-type").unwrap(), "application/json");
    for dropped in ["set-cookie", "x-internal", "x-subject-token"] {
        assert!(h.get(dropped).is_none(), "{dropped} must not come back");
    }

    let body = r#"{"auth":{}}"#;
    let (status, h, seen) = send(
        &gw,
        "POST",
        "/api/iam/eu-de/v3/auth/tokens",
        &[("Content-Type", "application/json")],
        Some(body),
    );
    assert_eq!(
        (status, seen["method"].as_str(), seen["path"].as_str()),
        (201, Some("POST"), Some("/v3/auth/tokens"))
    );
    assert_eq!(h.get("x-subject-token").unwrap(), "subject-token-from-upstream");
}

#[test]
fn anything_outside_the_allowlist_is_refused_with_403_and_a_clear_body() {
    let pki = TestPki::new();
    let upstream = echo_upstream(&pki);
    let gw = gateway(Some(&pki), upstream, &[]);
    for path in [
        "/api/evil/eu-de/v1/x",
        "/api/vpcep/us-east-1/v1/x",
        "/api/vpcep",
        "/api/vpcep/eu-de",
        "/api/vpcep/eu-de/v1/../../x",
        "/api/https:/evil.example/x",
    ] {
        let (status, _, body) = send(&gw, "GET", path, &[], None);
        assert_eq!(status, 403, "{path}");
        assert_eq!(body["error_code"], "Gateway.0403", "{path}");
        assert!(body["error_msg"].as_str().unwrap().contains("forward"), "{path}: {body}");
    }
}

#[test]
fn a_slow_upstream_gets_504_a_huge_answer_and_an_unknown_ca_get_502() {
    let pki = TestPki::new();
    let upstream = echo_upstream(&pki);
    let gw = gateway(Some(&pki), upstream, &[]);
    let (status, _, body) = send(&gw, "GET", "/api/ecs/eu-de/slow", &[], None);
    assert_eq!((status, body["error_code"].as_str()), (504, Some("Gateway.0504")));
    assert!(body["error_msg"].as_str().unwrap().contains("ecs.eu-de did not answer within 1 s"), "{body}");

    // An answer over the limit is not passed on.
    let (status, _, body) = send(&gw, "GET", "/api/ecs/eu-de/big", &[], None);
    assert_eq!((status, body["error_code"].as_str()), (502, Some("Gateway.0502")), "{body}");
    assert!(body["error_msg"].as_str().unwrap().contains("too large"), "{body}");

    // Without --ca-file the test CA is unknown: the TLS handshake fails.
    let untrusting = gateway(None, upstream, &[]);
    let (status, _, body) = send(&untrusting, "GET", "/api/vpc/eu-de/v1/p/vpcs", &[], None);
    assert_eq!((status, body["error_code"].as_str()), (502, Some("Gateway.0502")));
    let msg = body["error_msg"].as_str().unwrap().to_lowercase();
    assert!(msg.contains("certificate") || msg.contains("unknownissuer"), "{msg}");
}

#[test]
fn a_bad_ca_file_or_endpoint_stops_the_start() {
    let pki = TestPki::new();
    let missing = pki.path("missing.pem");
    let err = common::try_start(&["--api", "otc", "--ca-file", &missing]).err().unwrap();
    assert!(err.contains("--ca-file"), "{err}");
    let err = common::try_start(&["--api", "otc", "--endpoint", "ftp.eu-de=https://x"]).err().unwrap();
    assert!(err.contains("unknown service"), "{err}");
    let err = common::try_start(&["--api", "mock", "--endpoint", "vpc.eu-de=https://x"]).err().unwrap();
    assert!(err.contains("need --api otc"), "{err}");
}

/// The console's path through the gateway to the mock served over TLS, signed in with IAM.
#[test]
fn sign_in_then_list_through_the_gateway_to_the_mock_over_tls() {
    let pki = TestPki::new();
    let users = pki.dir.join("users.json");
    let users_json =
        r#"{"users":[{"name":"alice","password":"pw","domain":{"name":"OTC00000000001000000123"}}]}"#;
    std::fs::write(&users, users_json).unwrap();
    let mock = start(&[
        "--api",
        "mock",
        "--tls-cert",
        &pki.path("cert.pem"),
        "--tls-key",
        &pki.path("key.pem"),
        "--users",
        users.to_str().unwrap(),
    ]);
    let gw = gateway(Some(&pki), mock.addr, &[]);
    let sign_in = |password: &str| {
        let body = serde_json::to_string(&vpcep_model::iam::PasswordAuthRequest::new(
            "OTC00000000001000000123",
            "alice",
            password,
            vpcep_model::Region::EuDe,
        ))
        .unwrap();
        send(&gw, "POST", "/api/iam/eu-de/v3/auth/tokens", &[], Some(&body))
    };
    assert_eq!(sign_in("wrong").0, 401);
    let (status, headers, body) = sign_in("pw");
    assert_eq!(status, 201, "{body}");
    let token = headers.get("x-subject-token").unwrap().to_str().unwrap().to_owned();
    let project = body["token"]["project"]["id"].as_str().unwrap().to_owned();
    assert!(body["token"]["expires_at"].as_str().unwrap().ends_with('Z'));

    let auth = [("X-Auth-Token", token.as_str())];
    let path = format!("/api/vpcep/eu-de/v1/{project}/vpc-endpoint-services");
    let (status, _, list) = send(&gw, "GET", &path, &auth, None);
    assert_eq!(status, 200, "{list}");
    assert!(list["total_count"].as_u64().unwrap() > 0);
    let (status, _, shared) = send(&gw, "GET", "/api/elb/eu-de/v2.0/lbaas/loadbalancers", &auth, None);
    assert_eq!(status, 200);
    let lb = &shared["loadbalancers"][0];
    assert_eq!(lb["tenant_id"], project.as_str());
    let (_, _, subnets) = send(&gw, "GET", &format!("/api/vpc/eu-de/v1/{project}/subnets"), &auth, None);
    let in_subnet =
        subnets["subnets"].as_array().unwrap().iter().any(|s| s["neutron_subnet_id"] == lb["vip_subnet_id"]);
    assert!(in_subnet, "the shared load balancer's subnet is listed: {subnets}");
    // A made-up token is refused as the cloud refuses an expired one.
    let (status, _, body) = send(&gw, "GET", &path, &[("X-Auth-Token", "made-up")], None);
    assert_eq!((status, body["error_msg"].as_str()), (401, Some("The token must be updated.")));
}

/// A client that opens a TLS connection and says nothing is closed after the time a request's
/// head may take (the handshake runs under the same limit).
#[test]
fn a_silent_tls_client_is_closed_after_the_header_read_timeout() {
    use std::io::Read;
    let pki = TestPki::new();
    let server =
        start(&["--api", "mock", "--tls-cert", &pki.path("cert.pem"), "--tls-key", &pki.path("key.pem")]);
    let mut stream = std::net::TcpStream::connect(server.addr).unwrap();
    stream.set_read_timeout(Some(vpcep_server::limits::HEADER_READ_TIMEOUT * 3)).unwrap();
    let began = std::time::Instant::now();
    let read = stream.read(&mut [0u8; 16]);
    let took = began.elapsed();
    let closed = matches!(read, Ok(0))
        || read.as_ref().is_err_and(|e| e.kind() == std::io::ErrorKind::ConnectionReset);
    assert!(closed, "the server must close the connection: {read:?}");
    let limit = vpcep_server::limits::HEADER_READ_TIMEOUT;
    assert!(took >= limit && took < limit * 2, "closed after {took:?}");
}
