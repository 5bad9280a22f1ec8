//! The sealed request and response between a client and a TEE node.
