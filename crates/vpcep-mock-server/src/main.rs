//! `vpcep-mock-server --addr 127.0.0.1:8787 [--state FILE] [--region eu-de] [--create-delay-ms N]`

use std::process::ExitCode;

use vpcep_mock_server::{Options, Server};
use vpcep_model::Region;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let value = |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned();
    let mut options = Options::default();
    let addr = value("--addr").unwrap_or_else(|| "127.0.0.1:8787".to_owned());
    options.state_file = value("--state").map(Into::into);
    if let Some(r) = value("--region") {
        match Region::from_id(&r) {
            Some(region) => options.region = region,
            None => {
                eprintln!("unknown region {r}; use eu-de or eu-nl");
                return ExitCode::from(2);
            }
        }
    }
    for (flag, slot) in [
        ("--create-delay-ms", &mut options.config.create_delay_ms),
        ("--delete-delay-ms", &mut options.config.delete_delay_ms),
    ] {
        if let Some(v) = value(flag) {
            match v.parse() {
                Ok(n) => *slot = n,
                Err(_) => {
                    eprintln!("{flag} needs a number of milliseconds");
                    return ExitCode::from(2);
                }
            }
        }
    }
    match Server::bind(&addr, options) {
        Ok(server) => {
            println!("vpcep-mock-server listening on http://{}/v1/{{project_id}}/", server.local_addr());
            server.run();
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("vpcep-mock-server: {e}");
            ExitCode::FAILURE
        }
    }
}
