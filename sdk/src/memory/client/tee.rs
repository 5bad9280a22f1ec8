//! The memory client as the TEE client needs it ([`OwnerMemory`]): a confidential update grants
//! the node its delegation, hands it the delegated keys, and syncs until the node's writes show.

use memsync_tee::client::OwnerMemory;

use super::*;

impl OwnerMemory for MemoryClient {
    type Error = Error;

    fn vault(&self) -> &Vault {
        MemoryClient::vault(self)
    }

    fn owner(&self) -> Address {
        MemoryClient::owner(self)
    }

    fn delegated_keys(&self) -> Result<crate::keys::DelegatedEpochKeys> {
        MemoryClient::delegated_keys(self)
    }

    async fn publish_pending_keys(&self) -> Result<()> {
        MemoryClient::publish_pending_keys(self).await
    }

    async fn checkpoint(&self) -> crate::vault::Checkpoint {
        MemoryClient::checkpoint(self).await
    }

    async fn grant_delegate(
        &self,
        delegate: Address,
        scope: crate::vault::Scope,
        expiry: u64,
    ) -> Result<crate::vault::TxReceipt> {
        MemoryClient::grant_delegate(self, delegate, scope, expiry).await
    }

    async fn sync_until_holds(
        &self,
        seq: u64,
        written: &[(MemoryId, u64)],
    ) -> Result<crate::vault::Checkpoint> {
        MemoryClient::sync_until_holds(self, seq, written).await
    }

    async fn memory(&self, id: MemoryId) -> Option<Memory> {
        self.get(id).await.ok()
    }
}
