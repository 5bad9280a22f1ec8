//! Errors of the record envelope.

/// What can go wrong while sealing, opening or re-keying an envelope.
///
/// Every failure to open an envelope is the one variant [`EnvelopeError::Open`], whatever check
/// failed, so that an attacker who feeds envelopes to a reader learns nothing from the error.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum EnvelopeError {
    /// The envelope does not open: it is damaged, truncated or extended, was written for
    /// another record, version, storage mode or owner, uses an unknown format version, or the
    /// keyring lacks the right key.
    #[error(
        "the record envelope does not open: it is damaged, belongs to another record, version or \
         owner, or the keyring does not hold its key epoch"
    )]
    Open,

    /// The body is larger than one envelope can hold.
    #[error("the record body is {len} bytes; an envelope holds at most {max} bytes")]
    BodyTooLarge {
        /// The body length.
        len: usize,
        /// The largest body an envelope holds.
        max: usize,
    },

    /// The keys belong to another chain, vault or owner than the record.
    #[error(
        "the keys belong to another chain, vault or owner than the record; use the keyring of the \
         record's owner"
    )]
    ScopeMismatch,

    /// A rotation was asked to re-key across records or backwards in versions.
    #[error("cannot re-key: {reason}")]
    InvalidRewrap {
        /// What is wrong.
        reason: &'static str,
    },

    /// The random number generator failed; nothing was sealed.
    #[error("the random number generator failed; nothing was sealed, try again")]
    Rng,
}
