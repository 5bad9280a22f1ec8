//! The on-chain TeeRegistry from Rust.
