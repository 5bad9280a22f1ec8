//! What a transaction may cost, for splitting batches under the per-transaction gas cap.
//!
//! Since Osaka, EIP-7825 caps a transaction at 2^24 gas, and EIP-7623 charges calldata at least
//! 10 gas per zero byte and 40 per non-zero byte. The SDK sizes batches with an upper estimate
//! built from the EVM's gas schedule, so it can split before asking a node; the node's
//! `eth_estimateGas` then prices each transaction exactly.

use std::ops::Range;

use super::operation::{Operation, Payload, encode_batch};
use crate::error::{Result, VaultError};

/// EIP-7825's per-transaction gas cap.
pub const TX_GAS_CAP: u64 = 1 << 24;

/// Gas every transaction pays before its calldata and execution.
pub const TX_BASE_GAS: u64 = 21_000;

/// EIP-7623 calldata tokens: one per zero byte, four per non-zero byte.
pub fn calldata_tokens(data: &[u8]) -> u64 {
    data.iter().map(|b| if *b == 0 { 1 } else { 4 }).sum()
}

/// The EIP-7623 floor of a transaction with this calldata: 21,000 plus 10 gas per token.
pub fn calldata_floor(data: &[u8]) -> u64 {
    TX_BASE_GAS + 10 * calldata_tokens(data)
}

/// An upper estimate of the gas of one `applyBatch`-family transaction carrying `ops`, whose
/// packed encoding is `packed`.
///
/// Per transaction it allows 80,000 gas of fixed execution (cold log state written for the first
/// time, a signature, a nonce, a delegation and a TEE registry call) and 400 bytes of ABI framing
/// and signature; per operation, the execution of [`op_exec_gas`]. The result is the larger of
/// the standard and the floor pricing, as EIP-7623 charges.
pub fn batch_gas_upper(ops: &[Operation], packed: &[u8]) -> u64 {
    let tokens = calldata_tokens(packed) + 4 * 400;
    let exec: u64 = 80_000 + ops.iter().map(op_exec_gas).sum::<u64>();
    TX_BASE_GAS + (4 * tokens + exec).max(10 * tokens)
}

/// An upper estimate of the execution gas of one packed operation (calldata excluded).
pub fn op_exec_gas(op: &Operation) -> u64 {
    // Parsing, checks, two keccaks of the chain and the LOG3 with its topics.
    const FIXED: u64 = 6_000;
    let words = |len: usize| (len as u64).div_ceil(32);
    // Copying `len` bytes to memory, hashing them, logging them, and memory that grows to hold
    // them twice over (the event's ABI encoding and the copy that is hashed).
    let data_cost = |len: usize| {
        let w = words(len) * 2 + 16;
        8 * len as u64 + 12 * words(len) + 3 * w + w * w / 512
    };
    match op {
        Operation::Write { payload: Payload::Inline(data), .. } => FIXED + data_cost(data.len()),
        Operation::Write { payload: Payload::Pointer { uri, .. }, .. } => {
            FIXED + data_cost(uri.len())
        }
        // CREATE, 200 gas per byte of code deposited, EIP-3860 initcode words, and the copy.
        Operation::Write { payload: Payload::NewCode(data), .. } => {
            let len = data.len();
            FIXED + 32_000 + 200 * (len as u64 + 1) + 2 * words(len + 14) + data_cost(len)
        }
        // A code record as the log holds it is never sent; a tombstone or key check is fixed.
        Operation::Write { payload: Payload::Code { .. }, .. }
        | Operation::Delete { .. }
        | Operation::PublishKeyCheck { .. } => FIXED,
    }
}

/// Splits `ops` into consecutive runs that each fit in one transaction of at most `budget` gas
/// (by [`batch_gas_upper`]), keeping their order. Fails with [`VaultError::BatchTooLarge`] if one
/// operation alone does not fit.
pub fn plan_chunks(ops: &[Operation], budget: u64) -> Result<Vec<Range<usize>>> {
    let mut chunks = Vec::new();
    let mut start = 0;
    while start < ops.len() {
        let single = encode_batch(&ops[start..start + 1])?;
        let gas = batch_gas_upper(&ops[start..start + 1], &single);
        if gas > budget {
            return Err(VaultError::BatchTooLarge { operations: 1, gas, cap: budget });
        }
        // Grow greedily; the estimate is additive, so track it incrementally.
        let mut end = start + 1;
        let mut tokens = calldata_tokens(&single);
        let mut exec = op_exec_gas(&ops[start]);
        while end < ops.len() {
            let mut buf = Vec::new();
            ops[end].validate()?;
            ops[end].encode_packed(&mut buf)?;
            let (t, e) = (tokens + calldata_tokens(&buf), exec + op_exec_gas(&ops[end]));
            let framing = 4 * 400;
            if TX_BASE_GAS + (4 * (t + framing) + 80_000 + e).max(10 * (t + framing)) > budget {
                break;
            }
            (tokens, exec, end) = (t, e, end + 1);
        }
        chunks.push(start..end);
        start = end;
    }
    Ok(chunks)
}
