//! MemSync's end-to-end suites, one module each, in one test binary. Each suite starts the anvil
//! (or anvils) it needs; run one with `cargo test -p memsync-e2e --test it vault::`.

mod bad_input;
mod batches;
mod blob;
mod delegation;
mod deploy_script;
mod lying_rpc;
mod memory;
mod modes;
mod relay;
mod rpc_faults;
mod rpc_sim;
mod scopes;
mod sealed;
mod soak;
mod tee_leak;
mod tee_node;
mod tee_registry;
mod vault;
