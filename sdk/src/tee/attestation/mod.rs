//! Attestation documents, their verifier, and attesters.
