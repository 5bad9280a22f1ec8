//! Sending one signer's transactions and waiting for them: shared by every contract client
//! (the vault, the TEE registry).

use std::sync::Arc;

use alloy::contract::SolCallBuilder;
use alloy::network::Ethereum;
use alloy::primitives::Address;
use alloy::providers::{PendingTransactionBuilder, Provider};
use alloy::rpc::types::TransactionReceipt;
use alloy::sol_types::SolCall;

use super::client::TxReceipt;
use crate::error::{Error, Result};

/// How long a transaction waits for its receipt before giving up with [`Error::NotMined`].
const RECEIPT_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(120);

/// How often a send that lost its nonce to another process is retried.
const NONCE_RACE_RETRIES: u32 = 8;

/// Submits a client's transactions one at a time, so that concurrent writes through clones of
/// one client take nonces one after the other instead of racing for the same one; and retries
/// a send whose nonce another process signing with the same key took first.
#[derive(Clone, Debug, Default)]
pub(crate) struct TxLane {
    lock: Arc<tokio::sync::Mutex<()>>,
}

impl TxLane {
    /// Sends the call `make` builds, from `account`. Nonces come from the node for every
    /// transaction, so a retry after a lost race ("nonce too low", "replacement transaction
    /// underpriced") takes the next one. `decode` turns any other failure into the client's
    /// error (decoding its contract's reverts).
    pub(crate) async fn send<P: Provider, C: SolCall>(
        &self,
        account: Option<Address>,
        make: impl Fn() -> SolCallBuilder<P, C>,
        decode: fn(alloy::contract::Error) -> Error,
    ) -> Result<PendingTransactionBuilder<Ethereum>> {
        let mut attempt = 0;
        loop {
            let sent = {
                let _lane = self.lock.lock().await;
                make().send().await
            };
            match sent {
                Ok(pending) => return Ok(pending),
                Err(err) if attempt < NONCE_RACE_RETRIES && is_nonce_race(&err) => {
                    attempt += 1;
                    tokio::time::sleep(std::time::Duration::from_millis(25 * u64::from(attempt)))
                        .await;
                }
                Err(err) => {
                    let broke = err.to_string().to_ascii_lowercase().contains("insufficient funds");
                    return Err(match account {
                        Some(account) if broke => Error::InsufficientFunds { account },
                        _ => decode(err),
                    });
                }
            }
        }
    }
}

/// Whether a send failed because another transaction of the same signer took its nonce. That
/// includes the very same transaction sent by another process at the same moment ("already
/// imported", "already known": two devices publishing the same key-check value): the retry
/// then takes the next nonce, and the contract refuses what would repeat (a key epoch that is
/// not newer, a record version that is not), which the callers already handle.
fn is_nonce_race(err: &alloy::contract::Error) -> bool {
    let text = err.to_string().to_ascii_lowercase();
    [
        "nonce too low",
        "replacement transaction underpriced",
        "nonce has already been used",
        "already imported",
        "already known",
    ]
    .iter()
    .any(|race| text.contains(race))
}

/// Waits for `pending`'s receipt; a transaction that reverted is an error.
pub(crate) async fn mined(
    pending: PendingTransactionBuilder<Ethereum>,
) -> Result<TransactionReceipt> {
    let tx_hash = *pending.tx_hash();
    let receipt: TransactionReceipt = pending
        .with_timeout(Some(RECEIPT_TIMEOUT))
        .get_receipt()
        .await
        .map_err(|source| Error::NotMined { tx_hash, source })?;
    if !receipt.status() {
        return Err(Error::TransactionReverted { tx_hash: receipt.transaction_hash });
    }
    Ok(receipt)
}

/// Waits for `pending` and reports what it cost.
pub(crate) async fn confirm_tx(pending: PendingTransactionBuilder<Ethereum>) -> Result<TxReceipt> {
    let receipt = mined(pending).await?;
    Ok(TxReceipt {
        tx_hash: receipt.transaction_hash,
        block: receipt.block_number.unwrap_or_default(),
        gas_used: receipt.gas_used,
    })
}
