//! The SDK's integration tests, one module each, in one test binary: CIDs against the
//! multiformats reference, the envelope's properties, and the test vectors (every byte
//! recomputed, then replayed through a `MemoryClient`).

#![allow(clippy::unwrap_used, missing_docs)]

mod cid_multiformats;
mod envelope_props;
mod envelope_vectors;
