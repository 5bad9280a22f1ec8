//! `memsync-tee-node`: serves sealed memory updates from inside an attested enclave.

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    memsync_tee_node::run_cli().await
}
