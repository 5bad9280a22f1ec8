//! End-to-end tests of every `memsync` command against a real anvil: each scenario starts its own
//! `memsync devnet` (or anvil) and runs the CLI binary in temporary homes, asserting on what it
//! prints (JSON parsed exactly, text for its key words) and on its exit codes (cli/src/exit.rs).

mod caches;
mod chain_faults;
mod imports;
mod init;
mod json_output;
mod keys;
mod mcp;
mod memories;
mod rpc;
mod support;
mod tee;
