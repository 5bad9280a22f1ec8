//! Platform configuration registers and the enclave measurement derived from them.

use std::collections::BTreeMap;

use alloy::primitives::{B256, keccak256};
use sha2::{Digest, Sha384};

use super::AttestationError;

/// Length of one PCR value: Nitro PCRs are SHA-384 digests.
pub const PCR_LEN: usize = 48;

/// How many PCRs a Nitro Secure Module has (indices 0 to 31).
pub const MAX_PCRS: u8 = 32;

/// The PCR values of an enclave, by index: 48-byte SHA-384 digests.
///
/// PCR0 (the enclave image), PCR1 (the kernel and boot ramdisk) and PCR2 (the application) are
/// always present; they define the [`measurement`]. Other PCRs (3: the parent's IAM role, 4: the
/// parent instance, 8: the image's signing certificate) are kept as the document carries them.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Pcrs(BTreeMap<u8, [u8; PCR_LEN]>);

impl Pcrs {
    /// The PCRs of an image from its three boot measurements.
    pub fn new(pcr0: [u8; PCR_LEN], pcr1: [u8; PCR_LEN], pcr2: [u8; PCR_LEN]) -> Self {
        Self(BTreeMap::from([(0, pcr0), (1, pcr1), (2, pcr2)]))
    }

    /// Made-up PCR0..2 of a "dev image" called `label`, for [`DevAttester`](super::DevAttester):
    /// `PCRi = SHA-384("memsync-dev-image" ‖ 0x00 ‖ label ‖ 0x00 ‖ i)`. Two parties that agree on
    /// the label agree on the measurement; no real enclave has these values.
    pub fn dev_image(label: &str) -> Self {
        let pcr = |index: u8| -> [u8; PCR_LEN] {
            Sha384::new()
                .chain_update(b"memsync-dev-image\0")
                .chain_update(label.as_bytes())
                .chain_update([0, index])
                .finalize()
                .into()
        };
        Self::new(pcr(0), pcr(1), pcr(2))
    }

    /// Adds or replaces the PCR at `index` (below [`MAX_PCRS`]).
    pub fn with(mut self, index: u8, value: [u8; PCR_LEN]) -> Result<Self, AttestationError> {
        if index >= MAX_PCRS {
            return Err(AttestationError::malformed(format!(
                "PCR index {index} is out of range (a Nitro module has {MAX_PCRS})"
            )));
        }
        self.0.insert(index, value);
        Ok(self)
    }

    /// The value of PCR `index`, if present.
    pub fn get(&self, index: u8) -> Option<&[u8; PCR_LEN]> {
        self.0.get(&index)
    }

    /// The PCRs present, by increasing index.
    pub fn iter(&self) -> impl Iterator<Item = (u8, &[u8; PCR_LEN])> {
        self.0.iter().map(|(index, value)| (*index, value))
    }

    /// The enclave measurement: see [`measurement`].
    pub fn measurement(&self) -> B256 {
        measurement(self)
    }

    /// Builds PCRs from a parsed map; PCR0..2 must be present.
    pub(crate) fn from_map(map: BTreeMap<u8, [u8; PCR_LEN]>) -> Result<Self, AttestationError> {
        for index in 0..3 {
            if !map.contains_key(&index) {
                return Err(AttestationError::malformed(format!("PCR{index} is missing")));
            }
        }
        Ok(Self(map))
    }

    fn boot(&self, index: u8) -> &[u8; PCR_LEN] {
        // Every constructor puts PCR0..2 in the map; the fallback is never taken.
        self.0.get(&index).unwrap_or(&[0; PCR_LEN])
    }
}

impl std::fmt::Debug for Pcrs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_map()
            .entries(self.0.iter().map(|(index, value)| (index, alloy::hex::encode(value))))
            .finish()
    }
}

/// The enclave measurement: `keccak256(PCR0 ‖ PCR1 ‖ PCR2)` over the raw 48-byte values (144
/// bytes hashed).
///
/// This exact definition is shared with the on-chain TeeRegistry, which approves images by this
/// value: change it in both places or neither. PCR0..2 fix the image, kernel and application;
/// the other PCRs describe the host and are left out on purpose.
pub fn measurement(pcrs: &Pcrs) -> B256 {
    let mut boot = [0u8; 3 * PCR_LEN];
    for (index, chunk) in boot.chunks_exact_mut(PCR_LEN).enumerate() {
        // `index` < 3.
        chunk.copy_from_slice(pcrs.boot(index as u8));
    }
    keccak256(boot)
}
