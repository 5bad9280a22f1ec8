//! `memsync`: user-owned AI memory from the terminal.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod demo;
mod devnet;

/// MemSync: your AI memory, encrypted on a chain, under your keys.
#[derive(Debug, Parser)]
#[command(name = "memsync", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Start a local anvil chain, deploy a MemoryVault, print and save its addresses, and keep
    /// the chain running until Ctrl-C.
    Devnet(DevnetArgs),
    /// Run the main job end to end on a throwaway local chain: write records, read them back,
    /// and show what an observer of the chain sees next to what the owner reads.
    Demo(DemoArgs),
}

/// Where to find anvil, shared by commands that start a local chain.
#[derive(Debug, clap::Args)]
struct AnvilArgs {
    /// The anvil binary (default: $MEMSYNC_ANVIL, then PATH, then node_modules).
    #[arg(long, env = memsync::ANVIL_ENV)]
    anvil: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
struct DevnetArgs {
    #[command(flatten)]
    anvil: AnvilArgs,
    /// Port to listen on (default: a free one).
    #[arg(long)]
    port: Option<u16>,
    /// Where to save the devnet's addresses as JSON.
    #[arg(long, default_value = ".memsync/devnet.json")]
    out: PathBuf,
}

#[derive(Debug, clap::Args)]
struct DemoArgs {
    #[command(flatten)]
    anvil: AnvilArgs,
}

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Devnet(args) => devnet::run(args).await,
        Command::Demo(args) => demo::run(args).await,
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::FAILURE
        }
    }
}
