//! `tee-node-under-test`: the `memsync-tee-node` command, built again in this package.
//!
//! Cargo builds a package's binaries before its integration tests and hands each test their
//! paths (`CARGO_BIN_EXE_<name>`), but only for the test's own package. Its `main` is the node
//! binary's `main` ([`memsync_tee_node::run_cli`]), so `tests/it/tee_leak.rs` runs the real
//! node as a separate process, with its own stdout, stderr, working directory and environment.

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    memsync_tee_node::run_cli().await
}
