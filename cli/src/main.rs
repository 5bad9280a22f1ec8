//! `memsync`: user-owned AI memory from the terminal.

use std::ffi::OsString;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::error::ErrorKind;
use clap::{Parser, Subcommand};

mod applied;
mod apps;
mod chains;
mod commands;
mod config;
mod demo;
mod dev_node;
mod devnet;
mod exit;
mod freshness;
mod identity;
mod init;
mod mcp;
mod output;
mod session;
mod tee;

use exit::Failure;

/// MemSync: your AI memory, encrypted on a chain, under your keys.
#[derive(Debug, Parser)]
#[command(
    name = "memsync",
    version,
    about,
    long_about = None,
    after_help = "Exit codes: 0 success, 1 other error, 2 bad command line, 3 no such memory, \
                  4 invalid input, 5 conflict with another writer, 6 configuration or keys, \
                  7 network, 8 data or a TEE attestation that does not verify."
)]
struct Cli {
    #[command(flatten)]
    global: GlobalArgs,
    #[command(subcommand)]
    command: Command,
}

/// Options every command takes.
#[derive(Clone, Debug, clap::Args)]
pub(crate) struct GlobalArgs {
    /// The config file (default: memsync/config.toml in the user's config directory).
    #[arg(long, global = true, env = "MEMSYNC_CONFIG")]
    pub(crate) config: Option<PathBuf>,
    /// Where caches and keystores live (default: memsync in the user's data directory).
    #[arg(long, global = true, env = "MEMSYNC_DATA_DIR")]
    pub(crate) data_dir: Option<PathBuf>,
    /// The network to use (default: the config's default network).
    #[arg(long, global = true, env = "MEMSYNC_NETWORK")]
    pub(crate) network: Option<String>,
    /// Print JSON for scripts instead of text.
    #[arg(long, global = true)]
    pub(crate) json: bool,
    /// No progress bars.
    #[arg(long, short, global = true)]
    pub(crate) quiet: bool,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Set up the identity (a new or existing keystore, a mnemonic, or a devnet's test key)
    /// and, optionally, a network.
    Init(init::InitArgs),
    /// Start a local anvil chain, deploy a MemoryVault and a TeeRegistry, serve a TEE node
    /// (INSECURE dev attester), register it all as network `devnet`, and keep running until
    /// Ctrl-C.
    Devnet(DevnetArgs),
    /// Run the main job end to end on a throwaway local chain.
    Demo(DemoArgs),
    /// Add a memory, or the memories in a conversation (--messages).
    Add(commands::AddArgs),
    /// Search memories, best match first.
    Search(commands::SearchArgs),
    /// List memories, most recently updated first.
    List(commands::ListArgs),
    /// Show one memory.
    Show(commands::IdArgs),
    /// Change a memory (a new version; the old one stays in its history).
    Edit(commands::EditArgs),
    /// Delete a memory (its history stays in the log).
    Forget(commands::IdArgs),
    /// Show every version of a memory.
    History(commands::IdArgs),
    /// Show the profile derived from your lasting memories.
    Profile,
    /// Export every memory to a portable JSON file.
    Export(commands::ExportArgs),
    /// Import memories: a MemSync export, a mem0 export, text or Markdown notes, or a ChatGPT or
    /// Claude data export (its zip, folder or conversations.json).
    Import(commands::ImportArgs),
    /// Catch up with the chain (exits 7 when it cannot be reached), or rebuild the local cache
    /// from it.
    Sync(commands::SyncArgs),
    /// TEE nodes: list the registry's active nodes, verify a node's attestation.
    #[command(subcommand)]
    Tee(tee::TeeCommand),
    /// Serve your memory to AI tools over the Model Context Protocol (stdio), each app within
    /// the scope you gave it (docs/MCP.md).
    Mcp(mcp::McpArgs),
    /// What each app may see and write through `memsync mcp` (docs/APPS.md).
    #[command(subcommand)]
    Apps(apps::AppsCommand),
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
    /// Do not register the devnet as network `devnet` in the config file.
    #[arg(long)]
    no_config: bool,
    /// Port of the devnet's TEE node (default: a free one).
    #[arg(long)]
    tee_port: Option<u16>,
}

#[derive(Debug, clap::Args)]
struct DemoArgs {
    #[command(flatten)]
    anvil: AnvilArgs,
}

#[tokio::main]
async fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => return command_line_error(&err, wants_json(std::env::args_os())),
    };
    let global = cli.global;
    let result = match cli.command {
        Command::Init(args) => init::run(&global, args).await,
        Command::Devnet(args) => devnet::run(&global, args).await,
        Command::Demo(args) => demo::run(args).await,
        Command::Add(args) => commands::add(&global, args).await,
        Command::Search(args) => commands::search(&global, args).await,
        Command::List(args) => commands::list(&global, args).await,
        Command::Show(args) => commands::show(&global, args).await,
        Command::Edit(args) => commands::edit(&global, args).await,
        Command::Forget(args) => commands::forget(&global, args).await,
        Command::History(args) => commands::history(&global, args).await,
        Command::Profile => commands::profile(&global).await,
        Command::Export(args) => commands::export(&global, args).await,
        Command::Import(args) => commands::import(&global, args).await,
        Command::Sync(args) => commands::sync(&global, args).await,
        Command::Tee(command) => tee::run(&global, command).await,
        Command::Mcp(args) => mcp::run(&global, args).await,
        Command::Apps(command) => apps::run(&global, command).await,
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            let failure = Failure::of(&err);
            let message = exit::describe(&err);
            if global.json {
                println!("{}", serde_json::json!({"error": message, "code": failure as u8}));
            } else {
                eprintln!("error: {message}");
            }
            failure.code()
        }
    }
}

/// Whether the command line asks for JSON (`--json` anywhere before a `--`): known before the
/// command line parses, so that its errors are JSON too.
fn wants_json(args: impl IntoIterator<Item = OsString>) -> bool {
    args.into_iter().skip(1).take_while(|arg| arg != "--").any(|arg| arg == "--json")
}

/// A command line clap refuses: its error (exit 2), as `{"error", "code"}` on stdout with
/// `--json` like every other error; `--help` and `--version` print as they do, with exit 0.
fn command_line_error(err: &clap::Error, json: bool) -> ExitCode {
    let code = err.exit_code();
    let help = matches!(err.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion);
    if !json || help {
        let _ = err.print();
        return ExitCode::from(u8::try_from(code).unwrap_or(2));
    }
    let message = if err.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
        // clap's text here is the whole help: the command is missing its subcommand.
        "this command needs a subcommand: add `--help` to list them".to_owned()
    } else {
        // clap's text without its `error: ` and on one line: the error, its tip, the usage.
        let rendered = err.render().to_string();
        let lines: Vec<&str> = rendered.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
        let message = lines.join("; ");
        message.strip_prefix("error: ").unwrap_or(&message).to_owned()
    };
    output::print_out(&serde_json::json!({"error": message, "code": code}).to_string(), true);
    ExitCode::from(u8::try_from(code).unwrap_or(2))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_is_asked_for_anywhere_before_a_double_dash() {
        let args = |list: &[&str]| list.iter().map(OsString::from).collect::<Vec<_>>();
        assert!(wants_json(args(&["memsync", "--json", "list", "--bogus"])));
        assert!(wants_json(args(&["memsync", "list", "--bogus", "--json"])));
        assert!(!wants_json(args(&["memsync", "add", "--", "--json"])));
        assert!(!wants_json(args(&["--json"])), "the program's own name is not an argument");
    }
}
