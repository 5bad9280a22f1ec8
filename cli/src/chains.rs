//! The chains the CLI knows by name, and the devnet's.

/// anvil's chain id: the only chain the dev key is used on.
pub(crate) const DEVNET_CHAIN_ID: u64 = 31337;

/// The names of chains people are likely to configure by mistake or on purpose.
pub(crate) fn chain_name(chain_id: u64) -> Option<&'static str> {
    Some(match chain_id {
        1 => "Ethereum mainnet",
        10 => "OP mainnet",
        137 => "Polygon PoS",
        8453 => "Base mainnet",
        42161 => "Arbitrum One",
        84532 => "Base Sepolia",
        11155111 => "Sepolia",
        DEVNET_CHAIN_ID => "a local devnet",
        _ => return None,
    })
}
