//! The chain as a client sees it through an RPC: which block is the tip, which blocks are final,
//! and whether a block it saw earlier is still part of the chain.

use alloy::eips::{BlockId, BlockNumberOrTag};
use alloy::primitives::B256;
use alloy::providers::{DynProvider, Provider};
use serde::{Deserialize, Serialize};

use crate::error::{Result, VaultError};

/// A block, identified by number and hash.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BlockRef {
    /// Its number.
    pub number: u64,
    /// Its hash.
    pub hash: B256,
    /// Its timestamp (unix seconds).
    pub timestamp: u64,
}

impl BlockRef {
    /// This block as an `eth_call` target: by hash, so that every call of a sync reads the same
    /// block whichever replica answers (EIP-1898).
    pub fn id(&self) -> BlockId {
        BlockId::hash(self.hash)
    }
}

/// When a client treats a block as final: entries in final blocks are kept for good, the
/// entries after them (the unconfirmed tail) are rolled back if a reorg replaces their blocks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Finality {
    /// The chain's `finalized` block (post-merge Ethereum and most L2s; anvil answers it too).
    /// A node that does not know the tag is treated as [`Confirmations`](Self::Confirmations)
    /// of [`Finality::FALLBACK_CONFIRMATIONS`].
    #[default]
    Finalized,
    /// The chain's `safe` block: sooner than `finalized`, reorganised only in rare cases.
    Safe,
    /// Blocks at least this many blocks below the tip (for chains without the tags).
    Confirmations(u64),
}

impl Finality {
    /// The confirmations used when a node does not answer the `finalized` or `safe` tag.
    pub const FALLBACK_CONFIRMATIONS: u64 = 64;

    /// The number of the newest final block, given the tip `latest`.
    #[doc(hidden)]
    pub async fn final_block(self, provider: &DynProvider, latest: u64) -> Result<u64> {
        let tag = match self {
            Self::Confirmations(n) => return Ok(latest.saturating_sub(n)),
            Self::Finalized => BlockNumberOrTag::Finalized,
            Self::Safe => BlockNumberOrTag::Safe,
        };
        match provider.get_block_by_number(tag).await {
            // A replica's final block is never above the tip the client pinned.
            Ok(Some(block)) => Ok(block.header.number.min(latest)),
            // No final block yet (a young chain), or a node that does not know the tag.
            Ok(None) | Err(_) => Ok(latest.saturating_sub(Self::FALLBACK_CONFIRMATIONS)),
        }
    }
}

impl std::str::FromStr for Finality {
    type Err = String;

    /// `finalized`, `safe`, or a number of confirmations.
    fn from_str(s: &str) -> Result<Self, String> {
        match s.trim() {
            "finalized" => Ok(Self::Finalized),
            "safe" => Ok(Self::Safe),
            n => n.parse().map(Self::Confirmations).map_err(|_| {
                format!("`{s}`: expected `finalized`, `safe` or a number of confirmations")
            }),
        }
    }
}

/// The block `number` (or tag), if the RPC serves it.
pub(crate) async fn block(
    provider: &DynProvider,
    number: BlockNumberOrTag,
) -> Result<Option<BlockRef>> {
    let block = provider
        .get_block_by_number(number)
        .await
        .map_err(VaultError::rpc("eth_getBlockByNumber"))?;
    Ok(block.map(|b| BlockRef {
        number: b.header.number,
        hash: b.header.hash,
        timestamp: b.header.timestamp,
    }))
}

/// The tip the RPC serves.
pub(crate) async fn latest(provider: &DynProvider) -> Result<BlockRef> {
    block(provider, BlockNumberOrTag::Latest).await?.ok_or_else(|| VaultError::Rpc {
        context: "eth_getBlockByNumber(latest)",
        source: alloy::transports::TransportErrorKind::custom_str("the RPC has no latest block"),
    })
}
