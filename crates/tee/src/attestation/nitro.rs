//! The attester of a real AWS Nitro enclave: the Nitro Secure Module at `/dev/nsm`.

use std::path::Path;

use aws_nitro_enclaves_nsm_api::api::{Request, Response};
use aws_nitro_enclaves_nsm_api::driver::{nsm_exit, nsm_init, nsm_process_request};

use super::pcrs::{MAX_PCRS, PCR_LEN};
use super::{AttestationError, Attester, Pcrs};

/// The device of the Nitro Secure Module inside an enclave.
pub const NSM_DEVICE: &str = "/dev/nsm";

/// Asks the Nitro Secure Module for documents signed by AWS (feature `nitro`).
///
/// Works only inside a Nitro enclave: elsewhere [`open`](Self::open) fails with a clear error.
#[derive(Debug)]
pub struct NitroAttester {
    fd: i32,
}

impl NitroAttester {
    /// Opens the Nitro Secure Module.
    pub fn open() -> Result<Self, AttestationError> {
        if !Path::new(NSM_DEVICE).exists() {
            return Err(AttestationError::Attester(format!(
                "{NSM_DEVICE} does not exist: the Nitro attester only runs inside an AWS Nitro \
                 enclave (use DevAttester for local development)"
            )));
        }
        let fd = nsm_init();
        if fd < 0 {
            return Err(AttestationError::Attester(format!(
                "could not open {NSM_DEVICE}: check the enclave's permissions"
            )));
        }
        Ok(Self { fd })
    }

    fn describe_pcr(&self, index: u8) -> Result<Option<[u8; PCR_LEN]>, AttestationError> {
        match nsm_process_request(self.fd, Request::DescribePCR { index: index.into() }) {
            Response::DescribePCR { data, .. } => Ok(data.try_into().ok()),
            Response::Error(code) => {
                Err(AttestationError::Attester(format!("the NSM refused DescribePCR: {code:?}")))
            }
            other => Err(unexpected(&other)),
        }
    }
}

impl Attester for NitroAttester {
    fn attest(
        &self,
        nonce: Option<&[u8]>,
        public_key: &[u8],
        user_data: &[u8],
    ) -> Result<Vec<u8>, AttestationError> {
        let non_empty = |bytes: &[u8]| (!bytes.is_empty()).then(|| bytes.to_vec().into());
        let request = Request::Attestation {
            user_data: non_empty(user_data),
            nonce: nonce.map(|nonce| nonce.to_vec().into()),
            public_key: non_empty(public_key),
        };
        match nsm_process_request(self.fd, request) {
            Response::Attestation { document } => Ok(document),
            Response::Error(code) => {
                Err(AttestationError::Attester(format!("the NSM refused to attest: {code:?}")))
            }
            other => Err(unexpected(&other)),
        }
    }

    fn pcrs(&self) -> Result<Pcrs, AttestationError> {
        let boot = |index| {
            self.describe_pcr(index)?.ok_or_else(|| {
                AttestationError::Attester(format!("PCR{index} is not a SHA-384 value"))
            })
        };
        let mut pcrs = Pcrs::new(boot(0)?, boot(1)?, boot(2)?);
        for index in 3..MAX_PCRS {
            if let Some(value) = self.describe_pcr(index)? {
                pcrs = pcrs.with(index, value)?;
            }
        }
        Ok(pcrs)
    }
}

impl Drop for NitroAttester {
    fn drop(&mut self) {
        nsm_exit(self.fd);
    }
}

fn unexpected(response: &Response) -> AttestationError {
    AttestationError::Attester(format!("unexpected NSM response: {response:?}"))
}
