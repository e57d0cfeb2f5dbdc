//! `vpcep-server --addr 127.0.0.1:8787 [--dist DIR] [--api mock] [--state FILE] …`
//! (`--help` lists every flag).

use std::process::ExitCode;

use clap::Parser;
use vpcep_server::cli::Args;
use vpcep_server::Server;

#[tokio::main]
async fn main() -> ExitCode {
    let args = Args::parse();
    match Server::bind(&args).await {
        Ok(server) => {
            // The first line names the address (tests and xtask read it).
            let scheme = if server.is_tls() { "https" } else { "http" };
            println!("vpcep-server listening on {scheme}://{}/", server.local_addr());
            server.run().await;
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("vpcep-server: {e}");
            ExitCode::FAILURE
        }
    }
}
