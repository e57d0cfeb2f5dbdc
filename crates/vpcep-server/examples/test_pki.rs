//! `cargo run -p vpcep-server --example test_pki -- DIR`: a throwaway CA and a certificate it
//! signed for 127.0.0.1 and localhost (`DIR/ca.pem`, `DIR/cert.pem`, `DIR/key.pem`), and the
//! mock IAM's users (`DIR/users.json`), for the end-to-end tests' HTTPS fake of the cloud.
//! Never for production.

use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, KeyPair};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::path::PathBuf::from(std::env::args().nth(1).ok_or("usage: test_pki DIR")?);
    std::fs::create_dir_all(&dir)?;
    let ca_key = KeyPair::generate()?;
    let mut ca_params = CertificateParams::new(Vec::<String>::new())?;
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    ca_params.distinguished_name.push(DnType::CommonName, "vpcep-console e2e CA (throwaway)");
    let ca = ca_params.self_signed(&ca_key)?;
    let key = KeyPair::generate()?;
    let cert = CertificateParams::new(vec!["localhost".to_owned(), "127.0.0.1".to_owned()])?
        .signed_by(&key, &ca, &ca_key)?;
    std::fs::write(dir.join("ca.pem"), ca.pem())?;
    std::fs::write(dir.join("cert.pem"), cert.pem())?;
    std::fs::write(dir.join("key.pem"), key.serialize_pem())?;
    let users = r#"{"users": [{"name": "alice", "password": "correct horse", "domain": {"name": "OTC00000000001000000e2e"}}]}"#;
    std::fs::write(dir.join("users.json"), users)?;
    println!("{}", dir.display());
    Ok(())
}
