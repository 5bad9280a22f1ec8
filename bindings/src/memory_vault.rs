///Module containing a contract's types and functions.
/**

```solidity
library IMemoryVault {
    struct Delegation { uint8 scope; uint64 expiry; }
    struct LogState { bytes32 head; uint64 seq; uint64 lastWriteBlock; uint64 keyEpoch; }
}
```*/
#[allow(
    non_camel_case_types,
    non_snake_case,
    clippy::pub_underscore_fields,
    clippy::style,
    clippy::empty_structs_with_brackets
)]
pub mod IMemoryVault {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
    struct Delegation { uint8 scope; uint64 expiry; }
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Delegation {
        #[allow(missing_docs)]
        pub scope: u8,
        #[allow(missing_docs)]
        pub expiry: u64,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> =
            (alloy::sol_types::sol_data::Uint<8>, alloy::sol_types::sol_data::Uint<64>);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (u8, u64);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<Delegation> for UnderlyingRustTuple<'_> {
            fn from(value: Delegation) -> Self {
                (value.scope, value.expiry)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for Delegation {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { scope: tuple.0, expiry: tuple.1 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for Delegation {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for Delegation {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::tokenize(
                        &self.scope,
                    ),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.expiry,
                    ),
                )
            }
            #[inline]
            fn stv_abi_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::ENCODED_SIZE {
                    return size;
                }
                let tuple =
                    <UnderlyingRustTuple<'_> as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::abi_encoded_size(&tuple)
            }
            #[inline]
            fn stv_eip712_data_word(&self) -> alloy_sol_types::Word {
                <Self as alloy_sol_types::SolStruct>::eip712_hash_struct(self)
            }
            #[inline]
            fn stv_abi_encode_packed_to(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
                let tuple =
                    <UnderlyingRustTuple<'_> as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::abi_encode_packed_to(
                    &tuple, out,
                )
            }
            #[inline]
            fn stv_abi_packed_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE {
                    return size;
                }
                let tuple =
                    <UnderlyingRustTuple<'_> as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::abi_packed_encoded_size(
                    &tuple,
                )
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for Delegation {
            type RustType = Self;
            type Token<'a> = <UnderlyingSolTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SOL_NAME: &'static str = <Self as alloy_sol_types::SolStruct>::NAME;
            const ENCODED_SIZE: Option<usize> =
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::ENCODED_SIZE;
            const PACKED_ENCODED_SIZE: Option<usize> =
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE;
            #[inline]
            fn valid_token(token: &Self::Token<'_>) -> bool {
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::valid_token(token)
            }
            #[inline]
            fn detokenize(token: Self::Token<'_>) -> Self::RustType {
                let tuple = <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::detokenize(token);
                <Self as ::core::convert::From<UnderlyingRustTuple<'_>>>::from(tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolStruct for Delegation {
            const NAME: &'static str = "Delegation";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed("Delegation(uint8 scope,uint64 expiry)")
            }
            #[inline]
            fn eip712_components()
            -> alloy_sol_types::private::Vec<alloy_sol_types::private::Cow<'static, str>>
            {
                alloy_sol_types::private::Vec::new()
            }
            #[inline]
            fn eip712_encode_type() -> alloy_sol_types::private::Cow<'static, str> {
                <Self as alloy_sol_types::SolStruct>::eip712_root_type()
            }
            #[inline]
            fn eip712_encode_data(&self) -> alloy_sol_types::private::Vec<u8> {
                [
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.scope)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.expiry)
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for Delegation {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(&rust.scope)
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.expiry,
                    )
            }
            #[inline]
            fn encode_topic_preimage(
                rust: &Self::RustType,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                out.reserve(<Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust));
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.scope,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.expiry,
                    out,
                );
            }
            #[inline]
            fn encode_topic(rust: &Self::RustType) -> alloy_sol_types::abi::token::WordToken {
                let mut out = alloy_sol_types::private::Vec::new();
                <Self as alloy_sol_types::EventTopic>::encode_topic_preimage(rust, &mut out);
                alloy_sol_types::abi::token::WordToken(alloy_sol_types::private::keccak256(out))
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
    struct LogState { bytes32 head; uint64 seq; uint64 lastWriteBlock; uint64 keyEpoch; }
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct LogState {
        #[allow(missing_docs)]
        pub head: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub seq: u64,
        #[allow(missing_docs)]
        pub lastWriteBlock: u64,
        #[allow(missing_docs)]
        pub keyEpoch: u64,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::FixedBytes<32>,
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Uint<64>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>, u64, u64, u64);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<LogState> for UnderlyingRustTuple<'_> {
            fn from(value: LogState) -> Self {
                (value.head, value.seq, value.lastWriteBlock, value.keyEpoch)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for LogState {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { head: tuple.0, seq: tuple.1, lastWriteBlock: tuple.2, keyEpoch: tuple.3 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for LogState {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for LogState {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.head),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.seq),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.lastWriteBlock),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.keyEpoch),
                )
            }
            #[inline]
            fn stv_abi_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::ENCODED_SIZE {
                    return size;
                }
                let tuple =
                    <UnderlyingRustTuple<'_> as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::abi_encoded_size(&tuple)
            }
            #[inline]
            fn stv_eip712_data_word(&self) -> alloy_sol_types::Word {
                <Self as alloy_sol_types::SolStruct>::eip712_hash_struct(self)
            }
            #[inline]
            fn stv_abi_encode_packed_to(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
                let tuple =
                    <UnderlyingRustTuple<'_> as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::abi_encode_packed_to(
                    &tuple, out,
                )
            }
            #[inline]
            fn stv_abi_packed_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE {
                    return size;
                }
                let tuple =
                    <UnderlyingRustTuple<'_> as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::abi_packed_encoded_size(
                    &tuple,
                )
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for LogState {
            type RustType = Self;
            type Token<'a> = <UnderlyingSolTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SOL_NAME: &'static str = <Self as alloy_sol_types::SolStruct>::NAME;
            const ENCODED_SIZE: Option<usize> =
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::ENCODED_SIZE;
            const PACKED_ENCODED_SIZE: Option<usize> =
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE;
            #[inline]
            fn valid_token(token: &Self::Token<'_>) -> bool {
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::valid_token(token)
            }
            #[inline]
            fn detokenize(token: Self::Token<'_>) -> Self::RustType {
                let tuple = <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::detokenize(token);
                <Self as ::core::convert::From<UnderlyingRustTuple<'_>>>::from(tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolStruct for LogState {
            const NAME: &'static str = "LogState";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "LogState(bytes32 head,uint64 seq,uint64 lastWriteBlock,uint64 keyEpoch)",
                )
            }
            #[inline]
            fn eip712_components()
            -> alloy_sol_types::private::Vec<alloy_sol_types::private::Cow<'static, str>>
            {
                alloy_sol_types::private::Vec::new()
            }
            #[inline]
            fn eip712_encode_type() -> alloy_sol_types::private::Cow<'static, str> {
                <Self as alloy_sol_types::SolStruct>::eip712_root_type()
            }
            #[inline]
            fn eip712_encode_data(&self) -> alloy_sol_types::private::Vec<u8> {
                [
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.head)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.seq)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.lastWriteBlock,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.keyEpoch)
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for LogState {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(&rust.head)
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(&rust.seq)
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.lastWriteBlock,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.keyEpoch,
                    )
            }
            #[inline]
            fn encode_topic_preimage(
                rust: &Self::RustType,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                out.reserve(<Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust));
                <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.head,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(&rust.seq, out);
                <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.lastWriteBlock,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.keyEpoch,
                    out,
                );
            }
            #[inline]
            fn encode_topic(rust: &Self::RustType) -> alloy_sol_types::abi::token::WordToken {
                let mut out = alloy_sol_types::private::Vec::new();
                <Self as alloy_sol_types::EventTopic>::encode_topic_preimage(rust, &mut out);
                alloy_sol_types::abi::token::WordToken(alloy_sol_types::private::keccak256(out))
            }
        }
    };
    use alloy::contract as alloy_contract;
    /**Creates a new wrapper around an on-chain [`IMemoryVault`](self) contract instance.

    See the [wrapper's documentation](`IMemoryVaultInstance`) for more details.*/
    #[inline]
    pub const fn new<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> IMemoryVaultInstance<P, N> {
        IMemoryVaultInstance::<P, N>::new(address, __provider)
    }
    /**A [`IMemoryVault`](self) instance.

    Contains type-safe methods for interacting with an on-chain instance of the
    [`IMemoryVault`](self) contract located at a given `address`, using a given
    provider `P`.

    If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
    documentation on how to provide it), the `deploy` and `deploy_builder` methods can
    be used to deploy a new instance of the contract.

    See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct IMemoryVaultInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for IMemoryVaultInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("IMemoryVaultInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>
        IMemoryVaultInstance<P, N>
    {
        /**Creates a new wrapper around an on-chain [`IMemoryVault`](self) contract instance.

        See the [wrapper's documentation](`IMemoryVaultInstance`) for more details.*/
        #[inline]
        pub const fn new(address: alloy_sol_types::private::Address, __provider: P) -> Self {
            Self { address, provider: __provider, _network: ::core::marker::PhantomData }
        }
        /// Returns a reference to the address.
        #[inline]
        pub const fn address(&self) -> &alloy_sol_types::private::Address {
            &self.address
        }
        /// Sets the address.
        #[inline]
        pub fn set_address(&mut self, address: alloy_sol_types::private::Address) {
            self.address = address;
        }
        /// Sets the address and returns `self`.
        pub fn at(mut self, address: alloy_sol_types::private::Address) -> Self {
            self.set_address(address);
            self
        }
        /// Returns a reference to the provider.
        #[inline]
        pub const fn provider(&self) -> &P {
            &self.provider
        }
    }
    impl<P: ::core::clone::Clone, N> IMemoryVaultInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> IMemoryVaultInstance<P, N> {
            IMemoryVaultInstance {
                address: self.address,
                provider: ::core::clone::Clone::clone(&self.provider),
                _network: ::core::marker::PhantomData,
            }
        }
    }
    /// Function calls.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>
        IMemoryVaultInstance<P, N>
    {
        /// Creates a new call builder using this contract instance's provider and address.
        ///
        /// Note that the call can be any function call, not just those defined in this
        /// contract. Prefer using the other methods for building type-safe contract calls.
        pub fn call_builder<C: alloy_sol_types::SolCall>(
            &self,
            call: &C,
        ) -> alloy_contract::SolCallBuilder<&P, C, N> {
            alloy_contract::SolCallBuilder::new_sol(&self.provider, &self.address, call)
        }
    }
    /// Event filters.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>
        IMemoryVaultInstance<P, N>
    {
        /// Creates a new event filter using this contract instance's provider and address.
        ///
        /// Note that the type can be any event, not just those defined in this contract.
        /// Prefer using the other methods for building type-safe event filters.
        pub fn event_filter<E: alloy_sol_types::SolEvent>(
            &self,
        ) -> alloy_contract::Event<&P, E, N> {
            alloy_contract::Event::new_sol(&self.provider, &self.address)
        }
    }
}
/**

Generated by the following Solidity interface...
```solidity
library IMemoryVault {
    struct Delegation {
        uint8 scope;
        uint64 expiry;
    }
    struct LogState {
        bytes32 head;
        uint64 seq;
        uint64 lastWriteBlock;
        uint64 keyEpoch;
    }
}

interface MemoryVault {
    type Scope is uint8;

    error InvalidAccountNonce(address account, uint256 currentNonce);
    error InvalidShortString();
    error StringTooLong(string str);
    error VaultCodeTooLarge(bytes32 id, uint256 length);
    error VaultDelegationExpired(address owner, address delegate, uint64 expiry);
    error VaultEmptyBatch();
    error VaultEmptyCiphertext(bytes32 id);
    error VaultEpochNotIncreasing(uint64 current, uint64 proposed);
    error VaultInvalidGrant(address delegate, Scope scope, uint64 expiry);
    error VaultInvalidPointer(bytes32 id);
    error VaultInvalidSignature(address signer);
    error VaultMalformedBatch(uint256 offset);
    error VaultNoTeeRegistry();
    error VaultNotDelegate(address owner, address delegate);
    error VaultScopeNotGranted(address owner, address delegate, Scope required, Scope granted);
    error VaultSequenceMismatch(address owner, uint64 expected, uint64 actual);
    error VaultSignatureExpired(uint256 deadline);
    error VaultTeeNodeInactive(address delegate);
    error VaultZeroId();
    error VaultZeroKeyCheck();
    error VaultZeroVersion(bytes32 id);

    event BatchApplied(address indexed owner, uint64 firstSeq, uint64 prevWriteBlock, bytes ops);
    event DelegateGranted(address indexed owner, address indexed delegate, Scope scope, uint64 expiry);
    event DelegateRevoked(address indexed owner, address indexed delegate);
    event DelegatedBatchApplied(address indexed owner, address indexed delegate, uint64 firstSeq, uint64 lastSeq);
    event EIP712DomainChanged();
    event KeyCheckPublished(address indexed owner, uint64 indexed epoch, bytes32 keyCheck, uint64 seq, uint64 prevWriteBlock);
    event RecordCodeStored(address indexed owner, uint64 seq, address pointer);
    event RecordDeleted(address indexed owner, bytes32 indexed id, uint64 version, uint64 seq, uint64 prevWriteBlock);
    event RecordPointerWritten(address indexed owner, bytes32 indexed id, uint64 version, uint64 seq, uint64 prevWriteBlock, bytes32 contentHash, string uri);
    event RecordWritten(address indexed owner, bytes32 indexed id, uint64 version, uint64 seq, uint64 prevWriteBlock, bytes ciphertext);

    constructor(address teeRegistry_);

    function ANY_SEQ() external view returns (uint64);
    function DOMAIN_SEPARATOR() external view returns (bytes32);
    function GRANT_DELEGATE_TYPEHASH() external view returns (bytes32);
    function REVOKE_DELEGATE_TYPEHASH() external view returns (bytes32);
    function SCOPE_DELETE() external view returns (Scope);
    function SCOPE_TEE_NODE() external view returns (Scope);
    function SCOPE_WRITE() external view returns (Scope);
    function WRITE_BATCH_TYPEHASH() external view returns (bytes32);
    function applyBatch(bytes memory ops, uint64 expectedSeq) external returns (uint64);
    function applyBatchBySig(address owner, bytes memory ops, uint64 expectedSeq, address signer, uint256 nonce, uint256 deadline, bytes memory signature) external returns (uint64);
    function applyBatchFor(address owner, bytes memory ops, uint64 expectedSeq) external returns (uint64);
    function delegation(address owner, address delegate) external view returns (IMemoryVault.Delegation memory);
    function deleteRecord(bytes32 id, uint64 version, uint64 expectedSeq) external returns (uint64);
    function eip712Domain() external view returns (bytes1 fields, string memory name, string memory version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] memory extensions);
    function grantDelegate(address delegate, Scope scope, uint64 expiry) external;
    function grantDelegateBySig(address owner, address delegate, Scope scope, uint64 expiry, uint256 nonce, uint256 deadline, bytes memory signature) external;
    function keyCheck(address owner, uint64 epoch) external view returns (bytes32);
    function logState(address owner) external view returns (IMemoryVault.LogState memory);
    function nonces(address account) external view returns (uint256);
    function publishKeyCheck(uint64 epoch, bytes32 keyCheck_, uint64 expectedSeq) external returns (uint64);
    function revokeDelegate(address delegate) external;
    function revokeDelegateBySig(address owner, address delegate, uint256 nonce, uint256 deadline, bytes memory signature) external;
    function teeRegistry() external view returns (address);
    function write(bytes32 id, uint64 version, bytes memory ciphertext, uint64 expectedSeq) external returns (uint64);
    function writePointer(bytes32 id, uint64 version, bytes32 contentHash, string memory uri, uint64 expectedSeq) external returns (uint64);
}
```

...which was generated by the following JSON ABI:
```json
[
  {
    "type": "constructor",
    "inputs": [
      {
        "name": "teeRegistry_",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "ANY_SEQ",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "DOMAIN_SEPARATOR",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "GRANT_DELEGATE_TYPEHASH",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "REVOKE_DELEGATE_TYPEHASH",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "SCOPE_DELETE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint8",
        "internalType": "Scope"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "SCOPE_TEE_NODE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint8",
        "internalType": "Scope"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "SCOPE_WRITE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint8",
        "internalType": "Scope"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "WRITE_BATCH_TYPEHASH",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "applyBatch",
    "inputs": [
      {
        "name": "ops",
        "type": "bytes",
        "internalType": "bytes"
      },
      {
        "name": "expectedSeq",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "applyBatchBySig",
    "inputs": [
      {
        "name": "owner",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "ops",
        "type": "bytes",
        "internalType": "bytes"
      },
      {
        "name": "expectedSeq",
        "type": "uint64",
        "internalType": "uint64"
      },
      {
        "name": "signer",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "nonce",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "deadline",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "signature",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "applyBatchFor",
    "inputs": [
      {
        "name": "owner",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "ops",
        "type": "bytes",
        "internalType": "bytes"
      },
      {
        "name": "expectedSeq",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "delegation",
    "inputs": [
      {
        "name": "owner",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "delegate",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct IMemoryVault.Delegation",
        "components": [
          {
            "name": "scope",
            "type": "uint8",
            "internalType": "uint8"
          },
          {
            "name": "expiry",
            "type": "uint64",
            "internalType": "uint64"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "deleteRecord",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "version",
        "type": "uint64",
        "internalType": "uint64"
      },
      {
        "name": "expectedSeq",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "eip712Domain",
    "inputs": [],
    "outputs": [
      {
        "name": "fields",
        "type": "bytes1",
        "internalType": "bytes1"
      },
      {
        "name": "name",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "version",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "chainId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "verifyingContract",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "salt",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "extensions",
        "type": "uint256[]",
        "internalType": "uint256[]"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "grantDelegate",
    "inputs": [
      {
        "name": "delegate",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "scope",
        "type": "uint8",
        "internalType": "Scope"
      },
      {
        "name": "expiry",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "grantDelegateBySig",
    "inputs": [
      {
        "name": "owner",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "delegate",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "scope",
        "type": "uint8",
        "internalType": "Scope"
      },
      {
        "name": "expiry",
        "type": "uint64",
        "internalType": "uint64"
      },
      {
        "name": "nonce",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "deadline",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "signature",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "keyCheck",
    "inputs": [
      {
        "name": "owner",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "epoch",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "logState",
    "inputs": [
      {
        "name": "owner",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct IMemoryVault.LogState",
        "components": [
          {
            "name": "head",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "seq",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "lastWriteBlock",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "keyEpoch",
            "type": "uint64",
            "internalType": "uint64"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "nonces",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "publishKeyCheck",
    "inputs": [
      {
        "name": "epoch",
        "type": "uint64",
        "internalType": "uint64"
      },
      {
        "name": "keyCheck_",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "expectedSeq",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "revokeDelegate",
    "inputs": [
      {
        "name": "delegate",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "revokeDelegateBySig",
    "inputs": [
      {
        "name": "owner",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "delegate",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "nonce",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "deadline",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "signature",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "teeRegistry",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "write",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "version",
        "type": "uint64",
        "internalType": "uint64"
      },
      {
        "name": "ciphertext",
        "type": "bytes",
        "internalType": "bytes"
      },
      {
        "name": "expectedSeq",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "writePointer",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "version",
        "type": "uint64",
        "internalType": "uint64"
      },
      {
        "name": "contentHash",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "uri",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "expectedSeq",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "event",
    "name": "BatchApplied",
    "inputs": [
      {
        "name": "owner",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "firstSeq",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      },
      {
        "name": "prevWriteBlock",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      },
      {
        "name": "ops",
        "type": "bytes",
        "indexed": false,
        "internalType": "bytes"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "DelegateGranted",
    "inputs": [
      {
        "name": "owner",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "delegate",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "scope",
        "type": "uint8",
        "indexed": false,
        "internalType": "Scope"
      },
      {
        "name": "expiry",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "DelegateRevoked",
    "inputs": [
      {
        "name": "owner",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "delegate",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "DelegatedBatchApplied",
    "inputs": [
      {
        "name": "owner",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "delegate",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "firstSeq",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      },
      {
        "name": "lastSeq",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "EIP712DomainChanged",
    "inputs": [],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "KeyCheckPublished",
    "inputs": [
      {
        "name": "owner",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "epoch",
        "type": "uint64",
        "indexed": true,
        "internalType": "uint64"
      },
      {
        "name": "keyCheck",
        "type": "bytes32",
        "indexed": false,
        "internalType": "bytes32"
      },
      {
        "name": "seq",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      },
      {
        "name": "prevWriteBlock",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RecordCodeStored",
    "inputs": [
      {
        "name": "owner",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "seq",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      },
      {
        "name": "pointer",
        "type": "address",
        "indexed": false,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RecordDeleted",
    "inputs": [
      {
        "name": "owner",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "id",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "version",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      },
      {
        "name": "seq",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      },
      {
        "name": "prevWriteBlock",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RecordPointerWritten",
    "inputs": [
      {
        "name": "owner",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "id",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "version",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      },
      {
        "name": "seq",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      },
      {
        "name": "prevWriteBlock",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      },
      {
        "name": "contentHash",
        "type": "bytes32",
        "indexed": false,
        "internalType": "bytes32"
      },
      {
        "name": "uri",
        "type": "string",
        "indexed": false,
        "internalType": "string"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RecordWritten",
    "inputs": [
      {
        "name": "owner",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "id",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "version",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      },
      {
        "name": "seq",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      },
      {
        "name": "prevWriteBlock",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      },
      {
        "name": "ciphertext",
        "type": "bytes",
        "indexed": false,
        "internalType": "bytes"
      }
    ],
    "anonymous": false
  },
  {
    "type": "error",
    "name": "InvalidAccountNonce",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "currentNonce",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "InvalidShortString",
    "inputs": []
  },
  {
    "type": "error",
    "name": "StringTooLong",
    "inputs": [
      {
        "name": "str",
        "type": "string",
        "internalType": "string"
      }
    ]
  },
  {
    "type": "error",
    "name": "VaultCodeTooLarge",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "length",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "VaultDelegationExpired",
    "inputs": [
      {
        "name": "owner",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "delegate",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "expiry",
        "type": "uint64",
        "internalType": "uint64"
      }
    ]
  },
  {
    "type": "error",
    "name": "VaultEmptyBatch",
    "inputs": []
  },
  {
    "type": "error",
    "name": "VaultEmptyCiphertext",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "VaultEpochNotIncreasing",
    "inputs": [
      {
        "name": "current",
        "type": "uint64",
        "internalType": "uint64"
      },
      {
        "name": "proposed",
        "type": "uint64",
        "internalType": "uint64"
      }
    ]
  },
  {
    "type": "error",
    "name": "VaultInvalidGrant",
    "inputs": [
      {
        "name": "delegate",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "scope",
        "type": "uint8",
        "internalType": "Scope"
      },
      {
        "name": "expiry",
        "type": "uint64",
        "internalType": "uint64"
      }
    ]
  },
  {
    "type": "error",
    "name": "VaultInvalidPointer",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "VaultInvalidSignature",
    "inputs": [
      {
        "name": "signer",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "VaultMalformedBatch",
    "inputs": [
      {
        "name": "offset",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "VaultNoTeeRegistry",
    "inputs": []
  },
  {
    "type": "error",
    "name": "VaultNotDelegate",
    "inputs": [
      {
        "name": "owner",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "delegate",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "VaultScopeNotGranted",
    "inputs": [
      {
        "name": "owner",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "delegate",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "required",
        "type": "uint8",
        "internalType": "Scope"
      },
      {
        "name": "granted",
        "type": "uint8",
        "internalType": "Scope"
      }
    ]
  },
  {
    "type": "error",
    "name": "VaultSequenceMismatch",
    "inputs": [
      {
        "name": "owner",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "expected",
        "type": "uint64",
        "internalType": "uint64"
      },
      {
        "name": "actual",
        "type": "uint64",
        "internalType": "uint64"
      }
    ]
  },
  {
    "type": "error",
    "name": "VaultSignatureExpired",
    "inputs": [
      {
        "name": "deadline",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "VaultTeeNodeInactive",
    "inputs": [
      {
        "name": "delegate",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "VaultZeroId",
    "inputs": []
  },
  {
    "type": "error",
    "name": "VaultZeroKeyCheck",
    "inputs": []
  },
  {
    "type": "error",
    "name": "VaultZeroVersion",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  }
]
```*/
#[allow(
    non_camel_case_types,
    non_snake_case,
    clippy::pub_underscore_fields,
    clippy::style,
    clippy::empty_structs_with_brackets
)]
pub mod MemoryVault {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    /// The creation / init bytecode of the contract.
    ///
    /// ```text
    ///0x610180604052348015610010575f5ffd5b5060405161309238038061309283398101604081905261002f91610188565b6040518060400160405280601381526020017f4d656d53796e63204d656d6f72795661756c7400000000000000000000000000815250604051806040016040528060018152602001603160f81b81525061008e8261014260201b60201c565b6101205261009b81610142565b61014052815160208084019190912060e052815190820120610100524660a05261012760e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0526001600160a01b031661016052610210565b5f5f829050601f81511115610175578260405163305a27a960e01b815260040161016c91906101b5565b60405180910390fd5b8051610180826101ea565b179392505050565b5f60208284031215610198575f5ffd5b81516001600160a01b03811681146101ae575f5ffd5b9392505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b8051602080830151919081101561020a575f198160200360031b1b821691505b50919050565b60805160a05160c05160e05161010051610120516101405161016051612e196102795f395f818161040a015281816114580152611a3701525f6115a701525f61157c01525f61119001525f61116801525f6110c301525f6110ed01525f6111170152612e195ff3fe608060405234801561000f575f5ffd5b506004361061019a575f3560e01c80639523adba116100e8578063b81ec6c011610093578063d401dc261161006e578063d401dc26146104a7578063d7e1005b146104ce578063ee62c4051461050f578063fa352c0014610522575f5ffd5b8063b81ec6c014610484578063d0644a241461048c578063d3e78a3d1461049f575f5ffd5b80639b6d630e116100c35780639b6d630e14610444578063a164647f14610457578063a2b81a1814610471575f5ffd5b80639523adba146103e3578063957a29fe146103f6578063987a558414610405575f5ffd5b80634dbb8616116101485780637ecebe00116101235780637ecebe00146103a257806381cc9f02146103b557806384b0196e146103c8575f5ffd5b80634dbb861614610353578063526290bb146103665780637b051eed1461038d575f5ffd5b806330919f471161017857806330919f471461030c5780633644e515146103385780633d14ae3714610340575f5ffd5b8063046d33071461019e5780631cb9c2d5146101de5780631f90ee4a146102d7575b5f5ffd5b6101b16101ac3660046124fe565b610535565b60408051825160ff16815260209283015167ffffffffffffffff1692810192909252015b60405180910390f35b6102826101ec36600461252f565b604080516080810182525f808252602082018190529181018290526060810191909152506001600160a01b03165f9081526003602090815260409182902082516080810184528154815260019091015467ffffffffffffffff8082169383019390935268010000000000000000810483169382019390935270010000000000000000000000000000000090920416606082015290565b6040516101d591905f6080820190508251825267ffffffffffffffff602084015116602083015267ffffffffffffffff604084015116604083015267ffffffffffffffff606084015116606083015292915050565b6102fe7fffe1539315501c86da9ba27e935d6a0e82e3958c27b3724f14a610e9949335c681565b6040519081526020016101d5565b61031f61031a3660046125ab565b610591565b60405167ffffffffffffffff90911681526020016101d5565b6102fe61065a565b61031f61034e366004612660565b610668565b61031f610361366004612699565b6108f9565b6102fe7f7d8768925a92835fa1bd8e0f910bf1793dd2458944631cbf3c2b47218e4d297281565b6103a061039b3660046126d9565b6109cb565b005b6102fe6103b036600461252f565b6109dc565b61031f6103c3366004612702565b6109f9565b6103d0610a12565b6040516101d597969594939291906127af565b6103a06103f1366004612861565b610a70565b61031f67ffffffffffffffff81565b61042c7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016101d5565b61031f6104523660046128d4565b610afb565b61045f600281565b60405160ff90911681526020016101d5565b61031f61047f36600461291b565b610b09565b61045f600181565b6103a061049a366004612985565b610bdf565b61045f600481565b6102fe7fbb1ac11ea30485c56e3d71ff84a215c08281150d7e7280d64fcc241a2c7b8bfb81565b6102fe6104dc366004612a18565b6001600160a01b0382165f90815260046020908152604080832067ffffffffffffffff8516845290915290205492915050565b61031f61051d366004612a40565b610c88565b6103a061053036600461252f565b610d60565b6040805180820182525f80825260209182018190526001600160a01b038581168252600583528382209085168252825282902082518084019093525460ff81168352610100900467ffffffffffffffff16908201525b92915050565b5f5f7fbb1ac11ea30485c56e3d71ff84a215c08281150d7e7280d64fcc241a2c7b8bfb8b888c8c6040516105c6929190612ab2565b6040805191829003822060208301959095526001600160a01b039384169082015291166060820152608081019190915267ffffffffffffffff891660a082015260c0810187905260e081018690526101000160405160208183030381529060405280519060200120905061063e878288888888610d82565b61064b8b888c8c8c610e26565b9b9a5050505050505050505050565b5f6106636110b7565b905090565b5f826106a0576040517fab02f7b300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f6106ab33846111e0565b9050806060015167ffffffffffffffff168567ffffffffffffffff161161071d5760608101516040517f9e690ad800000000000000000000000000000000000000000000000000000000815267ffffffffffffffff918216600482015290861660248201526044015b60405180910390fd5b67ffffffffffffffff85166060828101829052335f9081526004602090815260408083208584528252808320899055805160108184015280820195909552848401899052805180860390940184526080909401909352815191909201206107cf9083905b6040828101516020808501805160010167ffffffffffffffff169081905285518451908152918201529182018390526060909120835267ffffffffffffffff43166040909301929092525090565b90508567ffffffffffffffff16336001600160a01b03167f79ee84fdc5cb51dc0e17f820d46eaf7688046cec44551e633928a7a0f90d15a2878560200151856040516108389392919092835267ffffffffffffffff918216602084015216604082015260600190565b60405180910390a3335f9081526003602090815260409182902084518155908401516001909101805492850151606086015167ffffffffffffffff908116700100000000000000000000000000000000027fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff92821668010000000000000000027fffffffffffffffffffffffffffffffff00000000000000000000000000000000909616919094161793909317929092161790555060200151949350505050565b5f5f61090533846111e0565b9050610913813387876112f8565b335f9081526003602090815260409182902083518155908301516001909101805492840151606085015167ffffffffffffffff908116700100000000000000000000000000000000027fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff92821668010000000000000000027fffffffffffffffffffffffffffffffff000000000000000000000000000000009096169190941617939093179290921617905560200151949350505050565b6109d733848484611398565b505050565b6001600160a01b0381165f9081526002602052604081205461058b565b5f610a078533868686610e26565b90505b949350505050565b5f6060805f5f5f6060610a23611575565b610a2b6115a0565b604080515f808252602082019092527f0f000000000000000000000000000000000000000000000000000000000000009b939a50919850469750309650945092509050565b604080517fffe1539315501c86da9ba27e935d6a0e82e3958c27b3724f14a610e9949335c66020808301919091526001600160a01b0389811683850152881660608301526080820187905260a08083018790528351808403909101815260c09092019092528051910120610ae8878287878787610d82565b610af287876115cb565b50505050505050565b5f610a0a3333868686610e26565b5f5f610b1533846111e0565b9050610b25813389898989611642565b335f9081526003602090815260409182902083518155908301516001909101805492840151606085015167ffffffffffffffff908116700100000000000000000000000000000000027fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff92821668010000000000000000027fffffffffffffffffffffffffffffffff0000000000000000000000000000000090961691909416179390931792909216179055602001519695505050505050565b604080517f7d8768925a92835fa1bd8e0f910bf1793dd2458944631cbf3c2b47218e4d29726020808301919091526001600160a01b038b8116838501528a16606083015260ff8916608083015267ffffffffffffffff881660a083015260c0820187905260e0808301879052835180840390910181526101009092019092528051910120610c71898287878787610d82565b610c7d89898989611398565b505050505050505050565b5f5f610c9433846111e0565b9050610ca581338a8a8a8a8a6116f3565b335f9081526003602090815260409182902083518155908301516001909101805492840151606085015167ffffffffffffffff908116700100000000000000000000000000000000027fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff92821668010000000000000000027fffffffffffffffffffffffffffffffff000000000000000000000000000000009096169190941617939093179290921617905560200151979650505050505050565b335f81815260026020526040902080546001019055610d7f90826115cb565b50565b82421115610dbf576040517fbab6e9db00000000000000000000000000000000000000000000000000000000815260048101849052602401610714565b610dc986856117c2565b610ddd86610dd68761182d565b8484611874565b610e1e576040517f28cc3f720000000000000000000000000000000000000000000000000000000081526001600160a01b0387166004820152602401610714565b505050505050565b5f828103610e60576040517f63cf0f2600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f866001600160a01b0316866001600160a01b031614610e8957610e8487876118e6565b610e8c565b60035b90505f610e9988856111e0565b90505f5f82602001516001610eae9190612aee565b8360400151915091505f610ec4848c8b8b611aef565b905060ff851982161615610f28576040517f6c9ab4520000000000000000000000000000000000000000000000000000000081526001600160a01b03808d1660048301528b16602482015260ff808316604483015286166064820152608401610714565b8a6001600160a01b03167f8d0bda29fed31e14cd336f598b451510ca7ccc1def5180746efa6f4b2370a9f284848c8c604051610f679493929190612b55565b60405180910390a28a6001600160a01b03168a6001600160a01b031614610ff057896001600160a01b03168b6001600160a01b03167fe557dc7db08d0d4cd1e79abf059cae3e470552f0d9cfacf633359e730402f7da858760200151604051610fe792919067ffffffffffffffff92831681529116602082015260400190565b60405180910390a35b6001600160a01b038b165f9081526003602090815260409182902086518155908601516001909101805492870151606088015167ffffffffffffffff908116700100000000000000000000000000000000027fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff92821668010000000000000000027fffffffffffffffffffffffffffffffff000000000000000000000000000000009096169190941617939093179290921617905550505060200151979650505050505050565b5f306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614801561110f57507f000000000000000000000000000000000000000000000000000000000000000046145b1561113957507f000000000000000000000000000000000000000000000000000000000000000090565b610663604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60408051608080820183525f808352602080840182905283850182905260609384018290526001600160a01b0387168252600381529084902084519283018552805483526001015467ffffffffffffffff8082169284019290925268010000000000000000810482169483019490945270010000000000000000000000000000000090930483169181019190915290828116148015906112985750806020015167ffffffffffffffff168267ffffffffffffffff1614155b1561058b5760208101516040517f565068110000000000000000000000000000000000000000000000000000000081526001600160a01b038516600482015267ffffffffffffffff80851660248301529091166044820152606401610714565b6113028282611b36565b5f611326856107818585604080516002815260208101939093528201526060902090565b905082846001600160a01b03167f0e8d4dc112a9b7c2998e68977205e7b8f271ba4f9c7d2729ef2d3b4540965d04848860200151856040516113899392919067ffffffffffffffff93841681529183166020830152909116604082015260600190565b60405180910390a35050505050565b4267ffffffffffffffff821611156001600160a01b03841615806113cd5750846001600160a01b0316846001600160a01b0316145b806113d9575060038316155b806113e6575060f8831615155b806113ee5750805b15611449576040517f05d0b6e10000000000000000000000000000000000000000000000000000000081526001600160a01b038516600482015260ff8416602482015267ffffffffffffffff83166044820152606401610714565b600483161580159061148257507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316155b156114b9576040517f202afb9f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60408051808201825260ff85811680835267ffffffffffffffff86811660208086018281526001600160a01b038d81165f818152600585528a8120928f168082529285528a9020985189549351909616610100027fffffffffffffffffffffffffffffffffffffffffffffff000000000000000000909316959097169490941717909555855192835293820193909352919290917f8998f53af6b3f419dec4df2455c5b06df461d3bc38a5aa629b137af7dbcfe3c79101611389565b60606106637f0000000000000000000000000000000000000000000000000000000000000000611bb7565b60606106637f0000000000000000000000000000000000000000000000000000000000000000611bb7565b6001600160a01b038083165f8181526005602090815260408083209486168084529490915280822080547fffffffffffffffffffffffffffffffffffffffffffffff000000000000000000169055517f76e6646868d096078ac7f3f1401c3aaa55dc84890ec74b99c699e4754714b18e9190a35050565b61164c8484611b36565b5f819003611689576040517f228e6f7400000000000000000000000000000000000000000000000000000000815260048101859052602401610714565b5f61169a8761078187878787611bf4565b905084866001600160a01b03167fb377c8dc77689a8256cb1e1cf6a212908744bfcea3967d85042e909a06e8b952868a602001518588886040516116e2959493929190612b92565b60405180910390a350505050505050565b6116fd8585611b36565b821580611708575080155b8061171a57506117188282611c23565b155b15611754576040517fecb91d9c00000000000000000000000000000000000000000000000000000000815260048101869052602401610714565b5f611766886107818888888888611c8f565b905085876001600160a01b03167f6e1293b7ef99d67fdf1e17d90ab4117d2a017c9deaaef2e51478e54af37cd04f878b60200151858989896040516117b096959493929190612be0565b60405180910390a35050505050505050565b6001600160a01b0382165f9081526002602052604090208054600181019091558181146109d7576040517f752d88c00000000000000000000000000000000000000000000000000000000081526001600160a01b038416600482015260248101829052604401610714565b5f61058b6118396110b7565b836040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b5f846001600160a01b03163b5f036118d3575f5f611893868686611cc4565b5090925090505f8160038111156118ac576118ac612c35565b1480156118ca5750866001600160a01b0316826001600160a01b0316145b92505050610a0a565b6118df85858585611d0b565b9050610a0a565b6001600160a01b038281165f908152600560209081526040808320938516835292815282822083518085019094525460ff811680855261010090910467ffffffffffffffff16918401919091529091908203611981576040517fbcb9f5880000000000000000000000000000000000000000000000000000000081526001600160a01b03808616600483015284166024820152604401610714565b806020015167ffffffffffffffff1642106119f15760208101516040517f4f320a330000000000000000000000000000000000000000000000000000000081526001600160a01b0380871660048301528516602482015267ffffffffffffffff9091166044820152606401610714565b805160041615801590611aa257506040517f1d0f22d80000000000000000000000000000000000000000000000000000000081526001600160a01b0384811660048301527f00000000000000000000000000000000000000000000000000000000000000001690631d0f22d890602401602060405180830381865afa158015611a7c573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611aa09190612c62565b155b15611ae4576040517fb125dd1f0000000000000000000000000000000000000000000000000000000081526001600160a01b0384166004820152602401610714565b516003169392505050565b5f5f5b82811015611b2d575f611b0460405190565b90505f611b148888888887611d8e565b948517949093509050611b2682604052565b5050611af2565b50949350505050565b81611b6d576040517fc12eebbb00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8067ffffffffffffffff165f03611bb3576040517f8b1e4d8400000000000000000000000000000000000000000000000000000000815260048101839052602401610714565b5050565b60605f611bc383611f92565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f604051828482379182205f835260208301959095525060408101929092525060608101919091526080902090565b5f7f80808080808080808080808080808080808080808080808080808080808080805f838501855b81601f82011015611c655780359290921791602001611c4b565b808203918114611c8457600180836020036008021b0319813516831792505b505016159392505050565b5f60405182848237918220600183526020830196909652506040810193909352506060820152608081019190915260a0902090565b5f80806041849003611cf8578435602086013560408701355f1a611cea89828585611fd2565b955095509550505050611d02565b505f915060029050825b93509350939050565b604080517f1626ba7e00000000000000000000000000000000000000000000000000000000808252600482018690526024820192909252604481018390525f91908390818660648301375f82606483010152601f820160051c60051b915060205f60648401838b5afa9050825f5114601f3d111681169350505050949350505050565b5f5f5f5f5f5f611d9f8989896120b8565b9350935093509350611db18383611b36565b60028403611dec57611ddc8b6107818585604080516002815260208101939093528201526060902090565b50945060029350611f8892505050565b60018403611ed457611e00898989846121e6565b95505f89828a611e11826020612c81565b92611e1e93929190612c94565b611e2791612cbb565b9050801580611e3f5750611e3c826022612c81565b87145b80611e685750611e668a8a611e55856022612c81565b611e61928b9290612c94565b611c23565b155b15611ea2576040517fecb91d9c00000000000000000000000000000000000000000000000000000000815260048101859052602401610714565b611ecd8c6107818686858f8f611eb98a6022612c81565b908f92611ec893929190612c94565b611c8f565b5050611f7f565b611ee0898989846122b4565b9550611eed816003612c81565b8603611f28576040517f228e6f7400000000000000000000000000000000000000000000000000000000815260048101849052602401610714565b83611f5a57611f548b61078185858d8d611f43886003612c81565b611f4f928e9290612c94565b611bf4565b50611f7f565b611f7f8b8b85858d8d611f6e886003612c81565b611f7a928e9290612c94565b61232e565b60019450505050505b9550959350505050565b5f60ff8216601f81111561058b576040517fb3512b0c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561200b57505f915060039050826120ae565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa15801561205c573d5f5f3e3d5ffd5b50506040517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe001519150506001600160a01b0381166120a557505f9250600191508290506120ae565b92505f91508190505b9450945094915050565b5f5f5f5f5f8787878181106120cf576120cf612cf7565b919091013560f81c91505f90506004821681036120ed5760206120f0565b60105b60ff166120fe886001612c81565b6121089190612c81565b905061211b6007600384901c1682612c81565b612126906001612c81565b925060c0821615158061213857508783115b15612172576040517fb096255100000000000000000000000000000000000000000000000000000000815260048101889052602401610714565b888861217f896001612c81565b61218b92849290612c94565b61219491612cbb565b94506121a08184612d24565b6121ab906008612d37565b6121b790610100612d24565b6121c384838b8d612c94565b6121cc91612cbb565b5f1c901c9350600360ff1682169550505093509350935093565b5f836121f3836022612c81565b111561222e576040517fb096255100000000000000000000000000000000000000000000000000000000815260048101849052602401610714565b848461223b846020612c81565b90612247856022612c81565b9261225493929190612c94565b61225d91612d4e565b60f01c61226b836022612c81565b6122759190612c81565b905083811115610a0a576040517fb096255100000000000000000000000000000000000000000000000000000000815260048101849052602401610714565b5f836122c1836003612c81565b11156122fc576040517fb096255100000000000000000000000000000000000000000000000000000000815260048101849052602401610714565b84828561230a826003612c81565b9261231793929190612c94565b61232091612db4565b60e81c61226b836003612c81565b615fff811115612374576040517faa9ae3030000000000000000000000000000000000000000000000000000000081526004810185905260248101829052604401610714565b5f8282604051612385929190612ab2565b604051809103902090505f6123ce84848080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506124a292505050565b6040805160036020808301919091528183018a905267ffffffffffffffff89166060830152608082018690526001600160a01b03841660a0808401919091528351808403909101815260c09092019092528051910120909150612432908990610781565b50866001600160a01b03167f49d448a98b32bc271f6bed4777fce1d7d294f56170685e550c6d0304e1e5662589602001518360405161249092919067ffffffffffffffff9290921682526001600160a01b0316602082015260400190565b60405180910390a25050505050505050565b5f81518060401b6bfe61000180600a3d393df3000161fffe8211840152600b8101601584015ff09150816124dd5763301164255f526004601cfd5b90915290565b80356001600160a01b03811681146124f9575f5ffd5b919050565b5f5f6040838503121561250f575f5ffd5b612518836124e3565b9150612526602084016124e3565b90509250929050565b5f6020828403121561253f575f5ffd5b612548826124e3565b9392505050565b5f5f83601f84011261255f575f5ffd5b50813567ffffffffffffffff811115612576575f5ffd5b60208301915083602082850101111561258d575f5ffd5b9250929050565b803567ffffffffffffffff811681146124f9575f5ffd5b5f5f5f5f5f5f5f5f5f60e08a8c0312156125c3575f5ffd5b6125cc8a6124e3565b985060208a013567ffffffffffffffff8111156125e7575f5ffd5b6125f38c828d0161254f565b9099509750612606905060408b01612594565b955061261460608b016124e3565b945060808a0135935060a08a0135925060c08a013567ffffffffffffffff81111561263d575f5ffd5b6126498c828d0161254f565b915080935050809150509295985092959850929598565b5f5f5f60608486031215612672575f5ffd5b61267b84612594565b92506020840135915061269060408501612594565b90509250925092565b5f5f5f606084860312156126ab575f5ffd5b833592506126bb60208501612594565b915061269060408501612594565b803560ff811681146124f9575f5ffd5b5f5f5f606084860312156126eb575f5ffd5b6126f4846124e3565b92506126bb602085016126c9565b5f5f5f5f60608587031215612715575f5ffd5b61271e856124e3565b9350602085013567ffffffffffffffff811115612739575f5ffd5b6127458782880161254f565b9094509250612758905060408601612594565b905092959194509250565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b7fff000000000000000000000000000000000000000000000000000000000000008816815260e060208201525f6127e960e0830189612763565b82810360408401526127fb8189612763565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015612850578351835260209384019390920191600101612832565b50909b9a5050505050505050505050565b5f5f5f5f5f5f60a08789031215612876575f5ffd5b61287f876124e3565b955061288d602088016124e3565b94506040870135935060608701359250608087013567ffffffffffffffff8111156128b6575f5ffd5b6128c289828a0161254f565b979a9699509497509295939492505050565b5f5f5f604084860312156128e6575f5ffd5b833567ffffffffffffffff8111156128fc575f5ffd5b6129088682870161254f565b9094509250612690905060208501612594565b5f5f5f5f5f6080868803121561292f575f5ffd5b8535945061293f60208701612594565b9350604086013567ffffffffffffffff81111561295a575f5ffd5b6129668882890161254f565b9094509250612979905060608701612594565b90509295509295909350565b5f5f5f5f5f5f5f5f60e0898b03121561299c575f5ffd5b6129a5896124e3565b97506129b360208a016124e3565b96506129c160408a016126c9565b95506129cf60608a01612594565b94506080890135935060a0890135925060c089013567ffffffffffffffff8111156129f8575f5ffd5b612a048b828c0161254f565b999c989b5096995094979396929594505050565b5f5f60408385031215612a29575f5ffd5b612a32836124e3565b915061252660208401612594565b5f5f5f5f5f5f60a08789031215612a55575f5ffd5b86359550612a6560208801612594565b945060408701359350606087013567ffffffffffffffff811115612a87575f5ffd5b612a9389828a0161254f565b9094509250612aa6905060808801612594565b90509295509295509295565b818382375f9101908152919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b67ffffffffffffffff818116838216019081111561058b5761058b612ac1565b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b67ffffffffffffffff8516815267ffffffffffffffff84166020820152606060408201525f612b88606083018486612b0e565b9695505050505050565b67ffffffffffffffff8616815267ffffffffffffffff8516602082015267ffffffffffffffff84166040820152608060608201525f612bd5608083018486612b0e565b979650505050505050565b67ffffffffffffffff8716815267ffffffffffffffff8616602082015267ffffffffffffffff8516604082015283606082015260a060808201525f612c2960a083018486612b0e565b98975050505050505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b5f60208284031215612c72575f5ffd5b81518015158114612548575f5ffd5b8082018082111561058b5761058b612ac1565b5f5f85851115612ca2575f5ffd5b83861115612cae575f5ffd5b5050820193919092039150565b8035602083101561058b577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff602084900360031b1b1692915050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b8181038181111561058b5761058b612ac1565b808202811582820484141761058b5761058b612ac1565b80357fffff0000000000000000000000000000000000000000000000000000000000008116906002841015612dad577fffff000000000000000000000000000000000000000000000000000000000000808560020360031b1b82161691505b5092915050565b80357fffffff00000000000000000000000000000000000000000000000000000000008116906003841015612dad577fffffff0000000000000000000000000000000000000000000000000000000000808560030360031b1b8216169150509291505056
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"a\x01\x80`@R4\x80\x15a\0\x10W__\xFD[P`@Qa0\x928\x03\x80a0\x92\x839\x81\x01`@\x81\x90Ra\0/\x91a\x01\x88V[`@Q\x80`@\x01`@R\x80`\x13\x81R` \x01\x7FMemSync MemoryVault\0\0\0\0\0\0\0\0\0\0\0\0\0\x81RP`@Q\x80`@\x01`@R\x80`\x01\x81R` \x01`1`\xF8\x1B\x81RPa\0\x8E\x82a\x01B` \x1B` \x1CV[a\x01 Ra\0\x9B\x81a\x01BV[a\x01@R\x81Q` \x80\x84\x01\x91\x90\x91 `\xE0R\x81Q\x90\x82\x01 a\x01\0RF`\xA0Ra\x01'`\xE0Qa\x01\0Q`@\x80Q\x7F\x8Bs\xC3\xC6\x9B\xB8\xFE=Q.\xCCL\xF7Y\xCCy#\x9F{\x17\x9B\x0F\xFA\xCA\xA9\xA7]R+9@\x0F` \x82\x01R\x90\x81\x01\x92\x90\x92R``\x82\x01RF`\x80\x82\x01R0`\xA0\x82\x01R_\x90`\xC0\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x90V[`\x80RPP0`\xC0R`\x01`\x01`\xA0\x1B\x03\x16a\x01`Ra\x02\x10V[__\x82\x90P`\x1F\x81Q\x11\x15a\x01uW\x82`@Qc0Z'\xA9`\xE0\x1B\x81R`\x04\x01a\x01l\x91\x90a\x01\xB5V[`@Q\x80\x91\x03\x90\xFD[\x80Qa\x01\x80\x82a\x01\xEAV[\x17\x93\x92PPPV[_` \x82\x84\x03\x12\x15a\x01\x98W__\xFD[\x81Q`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\x01\xAEW__\xFD[\x93\x92PPPV[` \x81R_\x82Q\x80` \x84\x01R\x80` \x85\x01`@\x85\x01^_`@\x82\x85\x01\x01R`@`\x1F\x19`\x1F\x83\x01\x16\x84\x01\x01\x91PP\x92\x91PPV[\x80Q` \x80\x83\x01Q\x91\x90\x81\x10\x15a\x02\nW_\x19\x81` \x03`\x03\x1B\x1B\x82\x16\x91P[P\x91\x90PV[`\x80Q`\xA0Q`\xC0Q`\xE0Qa\x01\0Qa\x01 Qa\x01@Qa\x01`Qa.\x19a\x02y_9_\x81\x81a\x04\n\x01R\x81\x81a\x14X\x01Ra\x1A7\x01R_a\x15\xA7\x01R_a\x15|\x01R_a\x11\x90\x01R_a\x11h\x01R_a\x10\xC3\x01R_a\x10\xED\x01R_a\x11\x17\x01Ra.\x19_\xF3\xFE`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\x01\x9AW_5`\xE0\x1C\x80c\x95#\xAD\xBA\x11a\0\xE8W\x80c\xB8\x1E\xC6\xC0\x11a\0\x93W\x80c\xD4\x01\xDC&\x11a\0nW\x80c\xD4\x01\xDC&\x14a\x04\xA7W\x80c\xD7\xE1\0[\x14a\x04\xCEW\x80c\xEEb\xC4\x05\x14a\x05\x0FW\x80c\xFA5,\0\x14a\x05\"W__\xFD[\x80c\xB8\x1E\xC6\xC0\x14a\x04\x84W\x80c\xD0dJ$\x14a\x04\x8CW\x80c\xD3\xE7\x8A=\x14a\x04\x9FW__\xFD[\x80c\x9Bmc\x0E\x11a\0\xC3W\x80c\x9Bmc\x0E\x14a\x04DW\x80c\xA1dd\x7F\x14a\x04WW\x80c\xA2\xB8\x1A\x18\x14a\x04qW__\xFD[\x80c\x95#\xAD\xBA\x14a\x03\xE3W\x80c\x95z)\xFE\x14a\x03\xF6W\x80c\x98zU\x84\x14a\x04\x05W__\xFD[\x80cM\xBB\x86\x16\x11a\x01HW\x80c~\xCE\xBE\0\x11a\x01#W\x80c~\xCE\xBE\0\x14a\x03\xA2W\x80c\x81\xCC\x9F\x02\x14a\x03\xB5W\x80c\x84\xB0\x19n\x14a\x03\xC8W__\xFD[\x80cM\xBB\x86\x16\x14a\x03SW\x80cRb\x90\xBB\x14a\x03fW\x80c{\x05\x1E\xED\x14a\x03\x8DW__\xFD[\x80c0\x91\x9FG\x11a\x01xW\x80c0\x91\x9FG\x14a\x03\x0CW\x80c6D\xE5\x15\x14a\x038W\x80c=\x14\xAE7\x14a\x03@W__\xFD[\x80c\x04m3\x07\x14a\x01\x9EW\x80c\x1C\xB9\xC2\xD5\x14a\x01\xDEW\x80c\x1F\x90\xEEJ\x14a\x02\xD7W[__\xFD[a\x01\xB1a\x01\xAC6`\x04a$\xFEV[a\x055V[`@\x80Q\x82Q`\xFF\x16\x81R` \x92\x83\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x92\x81\x01\x92\x90\x92R\x01[`@Q\x80\x91\x03\x90\xF3[a\x02\x82a\x01\xEC6`\x04a%/V[`@\x80Q`\x80\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x91\x90\x91RP`\x01`\x01`\xA0\x1B\x03\x16_\x90\x81R`\x03` \x90\x81R`@\x91\x82\x90 \x82Q`\x80\x81\x01\x84R\x81T\x81R`\x01\x90\x91\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x82\x16\x93\x83\x01\x93\x90\x93Rh\x01\0\0\0\0\0\0\0\0\x81\x04\x83\x16\x93\x82\x01\x93\x90\x93Rp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x92\x04\x16``\x82\x01R\x90V[`@Qa\x01\xD5\x91\x90_`\x80\x82\x01\x90P\x82Q\x82Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF` \x84\x01Q\x16` \x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`@\x84\x01Q\x16`@\x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF``\x84\x01Q\x16``\x83\x01R\x92\x91PPV[a\x02\xFE\x7F\xFF\xE1S\x93\x15P\x1C\x86\xDA\x9B\xA2~\x93]j\x0E\x82\xE3\x95\x8C'\xB3rO\x14\xA6\x10\xE9\x94\x935\xC6\x81V[`@Q\x90\x81R` \x01a\x01\xD5V[a\x03\x1Fa\x03\x1A6`\x04a%\xABV[a\x05\x91V[`@Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x01\xD5V[a\x02\xFEa\x06ZV[a\x03\x1Fa\x03N6`\x04a&`V[a\x06hV[a\x03\x1Fa\x03a6`\x04a&\x99V[a\x08\xF9V[a\x02\xFE\x7F}\x87h\x92Z\x92\x83_\xA1\xBD\x8E\x0F\x91\x0B\xF1y=\xD2E\x89Dc\x1C\xBF<+G!\x8EM)r\x81V[a\x03\xA0a\x03\x9B6`\x04a&\xD9V[a\t\xCBV[\0[a\x02\xFEa\x03\xB06`\x04a%/V[a\t\xDCV[a\x03\x1Fa\x03\xC36`\x04a'\x02V[a\t\xF9V[a\x03\xD0a\n\x12V[`@Qa\x01\xD5\x97\x96\x95\x94\x93\x92\x91\x90a'\xAFV[a\x03\xA0a\x03\xF16`\x04a(aV[a\npV[a\x03\x1Fg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81V[a\x04,\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[`@Q`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x81R` \x01a\x01\xD5V[a\x03\x1Fa\x04R6`\x04a(\xD4V[a\n\xFBV[a\x04_`\x02\x81V[`@Q`\xFF\x90\x91\x16\x81R` \x01a\x01\xD5V[a\x03\x1Fa\x04\x7F6`\x04a)\x1BV[a\x0B\tV[a\x04_`\x01\x81V[a\x03\xA0a\x04\x9A6`\x04a)\x85V[a\x0B\xDFV[a\x04_`\x04\x81V[a\x02\xFE\x7F\xBB\x1A\xC1\x1E\xA3\x04\x85\xC5n=q\xFF\x84\xA2\x15\xC0\x82\x81\x15\r~r\x80\xD6O\xCC$\x1A,{\x8B\xFB\x81V[a\x02\xFEa\x04\xDC6`\x04a*\x18V[`\x01`\x01`\xA0\x1B\x03\x82\x16_\x90\x81R`\x04` \x90\x81R`@\x80\x83 g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16\x84R\x90\x91R\x90 T\x92\x91PPV[a\x03\x1Fa\x05\x1D6`\x04a*@V[a\x0C\x88V[a\x03\xA0a\x0506`\x04a%/V[a\r`V[`@\x80Q\x80\x82\x01\x82R_\x80\x82R` \x91\x82\x01\x81\x90R`\x01`\x01`\xA0\x1B\x03\x85\x81\x16\x82R`\x05\x83R\x83\x82 \x90\x85\x16\x82R\x82R\x82\x90 \x82Q\x80\x84\x01\x90\x93RT`\xFF\x81\x16\x83Ra\x01\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90\x82\x01R[\x92\x91PPV[__\x7F\xBB\x1A\xC1\x1E\xA3\x04\x85\xC5n=q\xFF\x84\xA2\x15\xC0\x82\x81\x15\r~r\x80\xD6O\xCC$\x1A,{\x8B\xFB\x8B\x88\x8C\x8C`@Qa\x05\xC6\x92\x91\x90a*\xB2V[`@\x80Q\x91\x82\x90\x03\x82 ` \x83\x01\x95\x90\x95R`\x01`\x01`\xA0\x1B\x03\x93\x84\x16\x90\x82\x01R\x91\x16``\x82\x01R`\x80\x81\x01\x91\x90\x91Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x89\x16`\xA0\x82\x01R`\xC0\x81\x01\x87\x90R`\xE0\x81\x01\x86\x90Ra\x01\0\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90Pa\x06>\x87\x82\x88\x88\x88\x88a\r\x82V[a\x06K\x8B\x88\x8C\x8C\x8Ca\x0E&V[\x9B\x9APPPPPPPPPPPV[_a\x06ca\x10\xB7V[\x90P\x90V[_\x82a\x06\xA0W`@Q\x7F\xAB\x02\xF7\xB3\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_a\x06\xAB3\x84a\x11\xE0V[\x90P\x80``\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x85g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11a\x07\x1DW``\x81\x01Q`@Q\x7F\x9Ei\n\xD8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91\x82\x16`\x04\x82\x01R\x90\x86\x16`$\x82\x01R`D\x01[`@Q\x80\x91\x03\x90\xFD[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16``\x82\x81\x01\x82\x90R3_\x90\x81R`\x04` \x90\x81R`@\x80\x83 \x85\x84R\x82R\x80\x83 \x89\x90U\x80Q`\x10\x81\x84\x01R\x80\x82\x01\x95\x90\x95R\x84\x84\x01\x89\x90R\x80Q\x80\x86\x03\x90\x94\x01\x84R`\x80\x90\x94\x01\x90\x93R\x81Q\x91\x90\x92\x01 a\x07\xCF\x90\x83\x90[`@\x82\x81\x01Q` \x80\x85\x01\x80Q`\x01\x01g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90\x81\x90R\x85Q\x84Q\x90\x81R\x91\x82\x01R\x91\x82\x01\x83\x90R``\x90\x91 \x83Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFC\x16`@\x90\x93\x01\x92\x90\x92RP\x90V[\x90P\x85g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x163`\x01`\x01`\xA0\x1B\x03\x16\x7Fy\xEE\x84\xFD\xC5\xCBQ\xDC\x0E\x17\xF8 \xD4n\xAFv\x88\x04l\xECDU\x1Ec9(\xA7\xA0\xF9\r\x15\xA2\x87\x85` \x01Q\x85`@Qa\x088\x93\x92\x91\x90\x92\x83Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91\x82\x16` \x84\x01R\x16`@\x82\x01R``\x01\x90V[`@Q\x80\x91\x03\x90\xA33_\x90\x81R`\x03` \x90\x81R`@\x91\x82\x90 \x84Q\x81U\x90\x84\x01Q`\x01\x90\x91\x01\x80T\x92\x85\x01Q``\x86\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x82\x16h\x01\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x96\x16\x91\x90\x94\x16\x17\x93\x90\x93\x17\x92\x90\x92\x16\x17\x90UP` \x01Q\x94\x93PPPPV[__a\t\x053\x84a\x11\xE0V[\x90Pa\t\x13\x813\x87\x87a\x12\xF8V[3_\x90\x81R`\x03` \x90\x81R`@\x91\x82\x90 \x83Q\x81U\x90\x83\x01Q`\x01\x90\x91\x01\x80T\x92\x84\x01Q``\x85\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x82\x16h\x01\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x96\x16\x91\x90\x94\x16\x17\x93\x90\x93\x17\x92\x90\x92\x16\x17\x90U` \x01Q\x94\x93PPPPV[a\t\xD73\x84\x84\x84a\x13\x98V[PPPV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x02` R`@\x81 Ta\x05\x8BV[_a\n\x07\x853\x86\x86\x86a\x0E&V[\x90P[\x94\x93PPPPV[_``\x80___``a\n#a\x15uV[a\n+a\x15\xA0V[`@\x80Q_\x80\x82R` \x82\x01\x90\x92R\x7F\x0F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x9B\x93\x9AP\x91\x98PF\x97P0\x96P\x94P\x92P\x90PV[`@\x80Q\x7F\xFF\xE1S\x93\x15P\x1C\x86\xDA\x9B\xA2~\x93]j\x0E\x82\xE3\x95\x8C'\xB3rO\x14\xA6\x10\xE9\x94\x935\xC6` \x80\x83\x01\x91\x90\x91R`\x01`\x01`\xA0\x1B\x03\x89\x81\x16\x83\x85\x01R\x88\x16``\x83\x01R`\x80\x82\x01\x87\x90R`\xA0\x80\x83\x01\x87\x90R\x83Q\x80\x84\x03\x90\x91\x01\x81R`\xC0\x90\x92\x01\x90\x92R\x80Q\x91\x01 a\n\xE8\x87\x82\x87\x87\x87\x87a\r\x82V[a\n\xF2\x87\x87a\x15\xCBV[PPPPPPPV[_a\n\n33\x86\x86\x86a\x0E&V[__a\x0B\x153\x84a\x11\xE0V[\x90Pa\x0B%\x813\x89\x89\x89\x89a\x16BV[3_\x90\x81R`\x03` \x90\x81R`@\x91\x82\x90 \x83Q\x81U\x90\x83\x01Q`\x01\x90\x91\x01\x80T\x92\x84\x01Q``\x85\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x82\x16h\x01\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x96\x16\x91\x90\x94\x16\x17\x93\x90\x93\x17\x92\x90\x92\x16\x17\x90U` \x01Q\x96\x95PPPPPPV[`@\x80Q\x7F}\x87h\x92Z\x92\x83_\xA1\xBD\x8E\x0F\x91\x0B\xF1y=\xD2E\x89Dc\x1C\xBF<+G!\x8EM)r` \x80\x83\x01\x91\x90\x91R`\x01`\x01`\xA0\x1B\x03\x8B\x81\x16\x83\x85\x01R\x8A\x16``\x83\x01R`\xFF\x89\x16`\x80\x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x88\x16`\xA0\x83\x01R`\xC0\x82\x01\x87\x90R`\xE0\x80\x83\x01\x87\x90R\x83Q\x80\x84\x03\x90\x91\x01\x81Ra\x01\0\x90\x92\x01\x90\x92R\x80Q\x91\x01 a\x0Cq\x89\x82\x87\x87\x87\x87a\r\x82V[a\x0C}\x89\x89\x89\x89a\x13\x98V[PPPPPPPPPV[__a\x0C\x943\x84a\x11\xE0V[\x90Pa\x0C\xA5\x813\x8A\x8A\x8A\x8A\x8Aa\x16\xF3V[3_\x90\x81R`\x03` \x90\x81R`@\x91\x82\x90 \x83Q\x81U\x90\x83\x01Q`\x01\x90\x91\x01\x80T\x92\x84\x01Q``\x85\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x82\x16h\x01\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x96\x16\x91\x90\x94\x16\x17\x93\x90\x93\x17\x92\x90\x92\x16\x17\x90U` \x01Q\x97\x96PPPPPPPV[3_\x81\x81R`\x02` R`@\x90 \x80T`\x01\x01\x90Ua\r\x7F\x90\x82a\x15\xCBV[PV[\x82B\x11\x15a\r\xBFW`@Q\x7F\xBA\xB6\xE9\xDB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`$\x01a\x07\x14V[a\r\xC9\x86\x85a\x17\xC2V[a\r\xDD\x86a\r\xD6\x87a\x18-V[\x84\x84a\x18tV[a\x0E\x1EW`@Q\x7F(\xCC?r\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x87\x16`\x04\x82\x01R`$\x01a\x07\x14V[PPPPPPV[_\x82\x81\x03a\x0E`W`@Q\x7Fc\xCF\x0F&\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_\x86`\x01`\x01`\xA0\x1B\x03\x16\x86`\x01`\x01`\xA0\x1B\x03\x16\x14a\x0E\x89Wa\x0E\x84\x87\x87a\x18\xE6V[a\x0E\x8CV[`\x03[\x90P_a\x0E\x99\x88\x85a\x11\xE0V[\x90P__\x82` \x01Q`\x01a\x0E\xAE\x91\x90a*\xEEV[\x83`@\x01Q\x91P\x91P_a\x0E\xC4\x84\x8C\x8B\x8Ba\x1A\xEFV[\x90P`\xFF\x85\x19\x82\x16\x16\x15a\x0F(W`@Q\x7Fl\x9A\xB4R\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x80\x8D\x16`\x04\x83\x01R\x8B\x16`$\x82\x01R`\xFF\x80\x83\x16`D\x83\x01R\x86\x16`d\x82\x01R`\x84\x01a\x07\x14V[\x8A`\x01`\x01`\xA0\x1B\x03\x16\x7F\x8D\x0B\xDA)\xFE\xD3\x1E\x14\xCD3oY\x8BE\x15\x10\xCA|\xCC\x1D\xEFQ\x80tn\xFAoK#p\xA9\xF2\x84\x84\x8C\x8C`@Qa\x0Fg\x94\x93\x92\x91\x90a+UV[`@Q\x80\x91\x03\x90\xA2\x8A`\x01`\x01`\xA0\x1B\x03\x16\x8A`\x01`\x01`\xA0\x1B\x03\x16\x14a\x0F\xF0W\x89`\x01`\x01`\xA0\x1B\x03\x16\x8B`\x01`\x01`\xA0\x1B\x03\x16\x7F\xE5W\xDC}\xB0\x8D\rL\xD1\xE7\x9A\xBF\x05\x9C\xAE>G\x05R\xF0\xD9\xCF\xAC\xF635\x9Es\x04\x02\xF7\xDA\x85\x87` \x01Q`@Qa\x0F\xE7\x92\x91\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x83\x16\x81R\x91\x16` \x82\x01R`@\x01\x90V[`@Q\x80\x91\x03\x90\xA3[`\x01`\x01`\xA0\x1B\x03\x8B\x16_\x90\x81R`\x03` \x90\x81R`@\x91\x82\x90 \x86Q\x81U\x90\x86\x01Q`\x01\x90\x91\x01\x80T\x92\x87\x01Q``\x88\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x82\x16h\x01\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x96\x16\x91\x90\x94\x16\x17\x93\x90\x93\x17\x92\x90\x92\x16\x17\x90UPPP` \x01Q\x97\x96PPPPPPPV[_0`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x14\x80\x15a\x11\x0FWP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0F\x14[\x15a\x119WP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90V[a\x06c`@\x80Q\x7F\x8Bs\xC3\xC6\x9B\xB8\xFE=Q.\xCCL\xF7Y\xCCy#\x9F{\x17\x9B\x0F\xFA\xCA\xA9\xA7]R+9@\x0F` \x82\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91\x81\x01\x91\x90\x91R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0``\x82\x01RF`\x80\x82\x01R0`\xA0\x82\x01R_\x90`\xC0\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x90V[`@\x80Q`\x80\x80\x82\x01\x83R_\x80\x83R` \x80\x84\x01\x82\x90R\x83\x85\x01\x82\x90R``\x93\x84\x01\x82\x90R`\x01`\x01`\xA0\x1B\x03\x87\x16\x82R`\x03\x81R\x90\x84\x90 \x84Q\x92\x83\x01\x85R\x80T\x83R`\x01\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x82\x16\x92\x84\x01\x92\x90\x92Rh\x01\0\0\0\0\0\0\0\0\x81\x04\x82\x16\x94\x83\x01\x94\x90\x94Rp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x93\x04\x83\x16\x91\x81\x01\x91\x90\x91R\x90\x82\x81\x16\x14\x80\x15\x90a\x12\x98WP\x80` \x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14\x15[\x15a\x05\x8BW` \x81\x01Q`@Q\x7FVPh\x11\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x85\x16`$\x83\x01R\x90\x91\x16`D\x82\x01R`d\x01a\x07\x14V[a\x13\x02\x82\x82a\x1B6V[_a\x13&\x85a\x07\x81\x85\x85`@\x80Q`\x02\x81R` \x81\x01\x93\x90\x93R\x82\x01R``\x90 \x90V[\x90P\x82\x84`\x01`\x01`\xA0\x1B\x03\x16\x7F\x0E\x8DM\xC1\x12\xA9\xB7\xC2\x99\x8Eh\x97r\x05\xE7\xB8\xF2q\xBAO\x9C}')\xEF-;E@\x96]\x04\x84\x88` \x01Q\x85`@Qa\x13\x89\x93\x92\x91\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x93\x84\x16\x81R\x91\x83\x16` \x83\x01R\x90\x91\x16`@\x82\x01R``\x01\x90V[`@Q\x80\x91\x03\x90\xA3PPPPPV[Bg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x11\x15`\x01`\x01`\xA0\x1B\x03\x84\x16\x15\x80a\x13\xCDWP\x84`\x01`\x01`\xA0\x1B\x03\x16\x84`\x01`\x01`\xA0\x1B\x03\x16\x14[\x80a\x13\xD9WP`\x03\x83\x16\x15[\x80a\x13\xE6WP`\xF8\x83\x16\x15\x15[\x80a\x13\xEEWP\x80[\x15a\x14IW`@Q\x7F\x05\xD0\xB6\xE1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`\xFF\x84\x16`$\x82\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16`D\x82\x01R`d\x01a\x07\x14V[`\x04\x83\x16\x15\x80\x15\x90a\x14\x82WP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16\x15[\x15a\x14\xB9W`@Q\x7F *\xFB\x9F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`@\x80Q\x80\x82\x01\x82R`\xFF\x85\x81\x16\x80\x83Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x86\x81\x16` \x80\x86\x01\x82\x81R`\x01`\x01`\xA0\x1B\x03\x8D\x81\x16_\x81\x81R`\x05\x85R\x8A\x81 \x92\x8F\x16\x80\x82R\x92\x85R\x8A\x90 \x98Q\x89T\x93Q\x90\x96\x16a\x01\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\x90\x93\x16\x95\x90\x97\x16\x94\x90\x94\x17\x17\x90\x95U\x85Q\x92\x83R\x93\x82\x01\x93\x90\x93R\x91\x92\x90\x91\x7F\x89\x98\xF5:\xF6\xB3\xF4\x19\xDE\xC4\xDF$U\xC5\xB0m\xF4a\xD3\xBC8\xA5\xAAb\x9B\x13z\xF7\xDB\xCF\xE3\xC7\x91\x01a\x13\x89V[``a\x06c\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x1B\xB7V[``a\x06c\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x1B\xB7V[`\x01`\x01`\xA0\x1B\x03\x80\x83\x16_\x81\x81R`\x05` \x90\x81R`@\x80\x83 \x94\x86\x16\x80\x84R\x94\x90\x91R\x80\x82 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\x16\x90UQ\x7Fv\xE6dhh\xD0\x96\x07\x8A\xC7\xF3\xF1@\x1C:\xAAU\xDC\x84\x89\x0E\xC7K\x99\xC6\x99\xE4uG\x14\xB1\x8E\x91\x90\xA3PPV[a\x16L\x84\x84a\x1B6V[_\x81\x90\x03a\x16\x89W`@Q\x7F\"\x8Eot\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x85\x90R`$\x01a\x07\x14V[_a\x16\x9A\x87a\x07\x81\x87\x87\x87\x87a\x1B\xF4V[\x90P\x84\x86`\x01`\x01`\xA0\x1B\x03\x16\x7F\xB3w\xC8\xDCwh\x9A\x82V\xCB\x1E\x1C\xF6\xA2\x12\x90\x87D\xBF\xCE\xA3\x96}\x85\x04.\x90\x9A\x06\xE8\xB9R\x86\x8A` \x01Q\x85\x88\x88`@Qa\x16\xE2\x95\x94\x93\x92\x91\x90a+\x92V[`@Q\x80\x91\x03\x90\xA3PPPPPPPV[a\x16\xFD\x85\x85a\x1B6V[\x82\x15\x80a\x17\x08WP\x80\x15[\x80a\x17\x1AWPa\x17\x18\x82\x82a\x1C#V[\x15[\x15a\x17TW`@Q\x7F\xEC\xB9\x1D\x9C\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x86\x90R`$\x01a\x07\x14V[_a\x17f\x88a\x07\x81\x88\x88\x88\x88\x88a\x1C\x8FV[\x90P\x85\x87`\x01`\x01`\xA0\x1B\x03\x16\x7Fn\x12\x93\xB7\xEF\x99\xD6\x7F\xDF\x1E\x17\xD9\n\xB4\x11}*\x01|\x9D\xEA\xAE\xF2\xE5\x14x\xE5J\xF3|\xD0O\x87\x8B` \x01Q\x85\x89\x89\x89`@Qa\x17\xB0\x96\x95\x94\x93\x92\x91\x90a+\xE0V[`@Q\x80\x91\x03\x90\xA3PPPPPPPPV[`\x01`\x01`\xA0\x1B\x03\x82\x16_\x90\x81R`\x02` R`@\x90 \x80T`\x01\x81\x01\x90\x91U\x81\x81\x14a\t\xD7W`@Q\x7Fu-\x88\xC0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x84\x16`\x04\x82\x01R`$\x81\x01\x82\x90R`D\x01a\x07\x14V[_a\x05\x8Ba\x189a\x10\xB7V[\x83`@Q\x7F\x19\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x02\x81\x01\x92\x90\x92R`\"\x82\x01R`B\x90 \x90V[_\x84`\x01`\x01`\xA0\x1B\x03\x16;_\x03a\x18\xD3W__a\x18\x93\x86\x86\x86a\x1C\xC4V[P\x90\x92P\x90P_\x81`\x03\x81\x11\x15a\x18\xACWa\x18\xACa,5V[\x14\x80\x15a\x18\xCAWP\x86`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x14[\x92PPPa\n\nV[a\x18\xDF\x85\x85\x85\x85a\x1D\x0BV[\x90Pa\n\nV[`\x01`\x01`\xA0\x1B\x03\x82\x81\x16_\x90\x81R`\x05` \x90\x81R`@\x80\x83 \x93\x85\x16\x83R\x92\x81R\x82\x82 \x83Q\x80\x85\x01\x90\x94RT`\xFF\x81\x16\x80\x85Ra\x01\0\x90\x91\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x91\x84\x01\x91\x90\x91R\x90\x91\x90\x82\x03a\x19\x81W`@Q\x7F\xBC\xB9\xF5\x88\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x80\x86\x16`\x04\x83\x01R\x84\x16`$\x82\x01R`D\x01a\x07\x14V[\x80` \x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x10a\x19\xF1W` \x81\x01Q`@Q\x7FO2\n3\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x80\x87\x16`\x04\x83\x01R\x85\x16`$\x82\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16`D\x82\x01R`d\x01a\x07\x14V[\x80Q`\x04\x16\x15\x80\x15\x90a\x1A\xA2WP`@Q\x7F\x1D\x0F\"\xD8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x84\x81\x16`\x04\x83\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90c\x1D\x0F\"\xD8\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x1A|W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x1A\xA0\x91\x90a,bV[\x15[\x15a\x1A\xE4W`@Q\x7F\xB1%\xDD\x1F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x84\x16`\x04\x82\x01R`$\x01a\x07\x14V[Q`\x03\x16\x93\x92PPPV[__[\x82\x81\x10\x15a\x1B-W_a\x1B\x04`@Q\x90V[\x90P_a\x1B\x14\x88\x88\x88\x88\x87a\x1D\x8EV[\x94\x85\x17\x94\x90\x93P\x90Pa\x1B&\x82`@RV[PPa\x1A\xF2V[P\x94\x93PPPPV[\x81a\x1BmW`@Q\x7F\xC1.\xEB\xBB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x80g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16_\x03a\x1B\xB3W`@Q\x7F\x8B\x1EM\x84\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x01a\x07\x14V[PPV[``_a\x1B\xC3\x83a\x1F\x92V[`@\x80Q` \x80\x82R\x81\x83\x01\x90\x92R\x91\x92P_\x91\x90` \x82\x01\x81\x806\x837PPP\x91\x82RP` \x81\x01\x92\x90\x92RP\x90V[_`@Q\x82\x84\x827\x91\x82 _\x83R` \x83\x01\x95\x90\x95RP`@\x81\x01\x92\x90\x92RP``\x81\x01\x91\x90\x91R`\x80\x90 \x90V[_\x7F\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80_\x83\x85\x01\x85[\x81`\x1F\x82\x01\x10\x15a\x1CeW\x805\x92\x90\x92\x17\x91` \x01a\x1CKV[\x80\x82\x03\x91\x81\x14a\x1C\x84W`\x01\x80\x83` \x03`\x08\x02\x1B\x03\x19\x815\x16\x83\x17\x92P[PP\x16\x15\x93\x92PPPV[_`@Q\x82\x84\x827\x91\x82 `\x01\x83R` \x83\x01\x96\x90\x96RP`@\x81\x01\x93\x90\x93RP``\x82\x01R`\x80\x81\x01\x91\x90\x91R`\xA0\x90 \x90V[_\x80\x80`A\x84\x90\x03a\x1C\xF8W\x845` \x86\x015`@\x87\x015_\x1Aa\x1C\xEA\x89\x82\x85\x85a\x1F\xD2V[\x95P\x95P\x95PPPPa\x1D\x02V[P_\x91P`\x02\x90P\x82[\x93P\x93P\x93\x90PV[`@\x80Q\x7F\x16&\xBA~\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x80\x82R`\x04\x82\x01\x86\x90R`$\x82\x01\x92\x90\x92R`D\x81\x01\x83\x90R_\x91\x90\x83\x90\x81\x86`d\x83\x017_\x82`d\x83\x01\x01R`\x1F\x82\x01`\x05\x1C`\x05\x1B\x91P` _`d\x84\x01\x83\x8BZ\xFA\x90P\x82_Q\x14`\x1F=\x11\x16\x81\x16\x93PPPP\x94\x93PPPPV[______a\x1D\x9F\x89\x89\x89a \xB8V[\x93P\x93P\x93P\x93Pa\x1D\xB1\x83\x83a\x1B6V[`\x02\x84\x03a\x1D\xECWa\x1D\xDC\x8Ba\x07\x81\x85\x85`@\x80Q`\x02\x81R` \x81\x01\x93\x90\x93R\x82\x01R``\x90 \x90V[P\x94P`\x02\x93Pa\x1F\x88\x92PPPV[`\x01\x84\x03a\x1E\xD4Wa\x1E\0\x89\x89\x89\x84a!\xE6V[\x95P_\x89\x82\x8Aa\x1E\x11\x82` a,\x81V[\x92a\x1E\x1E\x93\x92\x91\x90a,\x94V[a\x1E'\x91a,\xBBV[\x90P\x80\x15\x80a\x1E?WPa\x1E<\x82`\"a,\x81V[\x87\x14[\x80a\x1EhWPa\x1Ef\x8A\x8Aa\x1EU\x85`\"a,\x81V[a\x1Ea\x92\x8B\x92\x90a,\x94V[a\x1C#V[\x15[\x15a\x1E\xA2W`@Q\x7F\xEC\xB9\x1D\x9C\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x85\x90R`$\x01a\x07\x14V[a\x1E\xCD\x8Ca\x07\x81\x86\x86\x85\x8F\x8Fa\x1E\xB9\x8A`\"a,\x81V[\x90\x8F\x92a\x1E\xC8\x93\x92\x91\x90a,\x94V[a\x1C\x8FV[PPa\x1F\x7FV[a\x1E\xE0\x89\x89\x89\x84a\"\xB4V[\x95Pa\x1E\xED\x81`\x03a,\x81V[\x86\x03a\x1F(W`@Q\x7F\"\x8Eot\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`$\x01a\x07\x14V[\x83a\x1FZWa\x1FT\x8Ba\x07\x81\x85\x85\x8D\x8Da\x1FC\x88`\x03a,\x81V[a\x1FO\x92\x8E\x92\x90a,\x94V[a\x1B\xF4V[Pa\x1F\x7FV[a\x1F\x7F\x8B\x8B\x85\x85\x8D\x8Da\x1Fn\x88`\x03a,\x81V[a\x1Fz\x92\x8E\x92\x90a,\x94V[a#.V[`\x01\x94PPPPP[\x95P\x95\x93PPPPV[_`\xFF\x82\x16`\x1F\x81\x11\x15a\x05\x8BW`@Q\x7F\xB3Q+\x0C\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_\x80\x80\x7F\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF]WnsW\xA4P\x1D\xDF\xE9/Fh\x1B \xA0\x84\x11\x15a \x0BWP_\x91P`\x03\x90P\x82a \xAEV[`@\x80Q_\x80\x82R` \x82\x01\x80\x84R\x8A\x90R`\xFF\x89\x16\x92\x82\x01\x92\x90\x92R``\x81\x01\x87\x90R`\x80\x81\x01\x86\x90R`\x01\x90`\xA0\x01` `@Q` \x81\x03\x90\x80\x84\x03\x90\x85Z\xFA\x15\x80\x15a \\W=__>=_\xFD[PP`@Q\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x01Q\x91PP`\x01`\x01`\xA0\x1B\x03\x81\x16a \xA5WP_\x92P`\x01\x91P\x82\x90Pa \xAEV[\x92P_\x91P\x81\x90P[\x94P\x94P\x94\x91PPV[_____\x87\x87\x87\x81\x81\x10a \xCFWa \xCFa,\xF7V[\x91\x90\x91\x015`\xF8\x1C\x91P_\x90P`\x04\x82\x16\x81\x03a \xEDW` a \xF0V[`\x10[`\xFF\x16a \xFE\x88`\x01a,\x81V[a!\x08\x91\x90a,\x81V[\x90Pa!\x1B`\x07`\x03\x84\x90\x1C\x16\x82a,\x81V[a!&\x90`\x01a,\x81V[\x92P`\xC0\x82\x16\x15\x15\x80a!8WP\x87\x83\x11[\x15a!rW`@Q\x7F\xB0\x96%Q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x88\x90R`$\x01a\x07\x14V[\x88\x88a!\x7F\x89`\x01a,\x81V[a!\x8B\x92\x84\x92\x90a,\x94V[a!\x94\x91a,\xBBV[\x94Pa!\xA0\x81\x84a-$V[a!\xAB\x90`\x08a-7V[a!\xB7\x90a\x01\0a-$V[a!\xC3\x84\x83\x8B\x8Da,\x94V[a!\xCC\x91a,\xBBV[_\x1C\x90\x1C\x93P`\x03`\xFF\x16\x82\x16\x95PPP\x93P\x93P\x93P\x93V[_\x83a!\xF3\x83`\"a,\x81V[\x11\x15a\".W`@Q\x7F\xB0\x96%Q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`$\x01a\x07\x14V[\x84\x84a\";\x84` a,\x81V[\x90a\"G\x85`\"a,\x81V[\x92a\"T\x93\x92\x91\x90a,\x94V[a\"]\x91a-NV[`\xF0\x1Ca\"k\x83`\"a,\x81V[a\"u\x91\x90a,\x81V[\x90P\x83\x81\x11\x15a\n\nW`@Q\x7F\xB0\x96%Q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`$\x01a\x07\x14V[_\x83a\"\xC1\x83`\x03a,\x81V[\x11\x15a\"\xFCW`@Q\x7F\xB0\x96%Q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`$\x01a\x07\x14V[\x84\x82\x85a#\n\x82`\x03a,\x81V[\x92a#\x17\x93\x92\x91\x90a,\x94V[a# \x91a-\xB4V[`\xE8\x1Ca\"k\x83`\x03a,\x81V[a_\xFF\x81\x11\x15a#tW`@Q\x7F\xAA\x9A\xE3\x03\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x85\x90R`$\x81\x01\x82\x90R`D\x01a\x07\x14V[_\x82\x82`@Qa#\x85\x92\x91\x90a*\xB2V[`@Q\x80\x91\x03\x90 \x90P_a#\xCE\x84\x84\x80\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x93\x92\x91\x90\x81\x81R` \x01\x83\x83\x80\x82\x847_\x92\x01\x91\x90\x91RPa$\xA2\x92PPPV[`@\x80Q`\x03` \x80\x83\x01\x91\x90\x91R\x81\x83\x01\x8A\x90Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x89\x16``\x83\x01R`\x80\x82\x01\x86\x90R`\x01`\x01`\xA0\x1B\x03\x84\x16`\xA0\x80\x84\x01\x91\x90\x91R\x83Q\x80\x84\x03\x90\x91\x01\x81R`\xC0\x90\x92\x01\x90\x92R\x80Q\x91\x01 \x90\x91Pa$2\x90\x89\x90a\x07\x81V[P\x86`\x01`\x01`\xA0\x1B\x03\x16\x7FI\xD4H\xA9\x8B2\xBC'\x1Fk\xEDGw\xFC\xE1\xD7\xD2\x94\xF5aph^U\x0Cm\x03\x04\xE1\xE5f%\x89` \x01Q\x83`@Qa$\x90\x92\x91\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x90\x92\x16\x82R`\x01`\x01`\xA0\x1B\x03\x16` \x82\x01R`@\x01\x90V[`@Q\x80\x91\x03\x90\xA2PPPPPPPPV[_\x81Q\x80`@\x1Bk\xFEa\0\x01\x80`\n=9=\xF3\0\x01a\xFF\xFE\x82\x11\x84\x01R`\x0B\x81\x01`\x15\x84\x01_\xF0\x91P\x81a$\xDDWc0\x11d%_R`\x04`\x1C\xFD[\x90\x91R\x90V[\x805`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a$\xF9W__\xFD[\x91\x90PV[__`@\x83\x85\x03\x12\x15a%\x0FW__\xFD[a%\x18\x83a$\xE3V[\x91Pa%&` \x84\x01a$\xE3V[\x90P\x92P\x92\x90PV[_` \x82\x84\x03\x12\x15a%?W__\xFD[a%H\x82a$\xE3V[\x93\x92PPPV[__\x83`\x1F\x84\x01\x12a%_W__\xFD[P\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a%vW__\xFD[` \x83\x01\x91P\x83` \x82\x85\x01\x01\x11\x15a%\x8DW__\xFD[\x92P\x92\x90PV[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a$\xF9W__\xFD[_________`\xE0\x8A\x8C\x03\x12\x15a%\xC3W__\xFD[a%\xCC\x8Aa$\xE3V[\x98P` \x8A\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a%\xE7W__\xFD[a%\xF3\x8C\x82\x8D\x01a%OV[\x90\x99P\x97Pa&\x06\x90P`@\x8B\x01a%\x94V[\x95Pa&\x14``\x8B\x01a$\xE3V[\x94P`\x80\x8A\x015\x93P`\xA0\x8A\x015\x92P`\xC0\x8A\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a&=W__\xFD[a&I\x8C\x82\x8D\x01a%OV[\x91P\x80\x93PP\x80\x91PP\x92\x95\x98P\x92\x95\x98P\x92\x95\x98V[___``\x84\x86\x03\x12\x15a&rW__\xFD[a&{\x84a%\x94V[\x92P` \x84\x015\x91Pa&\x90`@\x85\x01a%\x94V[\x90P\x92P\x92P\x92V[___``\x84\x86\x03\x12\x15a&\xABW__\xFD[\x835\x92Pa&\xBB` \x85\x01a%\x94V[\x91Pa&\x90`@\x85\x01a%\x94V[\x805`\xFF\x81\x16\x81\x14a$\xF9W__\xFD[___``\x84\x86\x03\x12\x15a&\xEBW__\xFD[a&\xF4\x84a$\xE3V[\x92Pa&\xBB` \x85\x01a&\xC9V[____``\x85\x87\x03\x12\x15a'\x15W__\xFD[a'\x1E\x85a$\xE3V[\x93P` \x85\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a'9W__\xFD[a'E\x87\x82\x88\x01a%OV[\x90\x94P\x92Pa'X\x90P`@\x86\x01a%\x94V[\x90P\x92\x95\x91\x94P\x92PV[_\x81Q\x80\x84R\x80` \x84\x01` \x86\x01^_` \x82\x86\x01\x01R` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0`\x1F\x83\x01\x16\x85\x01\x01\x91PP\x92\x91PPV[\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x88\x16\x81R`\xE0` \x82\x01R_a'\xE9`\xE0\x83\x01\x89a'cV[\x82\x81\x03`@\x84\x01Ra'\xFB\x81\x89a'cV[``\x84\x01\x88\x90R`\x01`\x01`\xA0\x1B\x03\x87\x16`\x80\x85\x01R`\xA0\x84\x01\x86\x90R\x83\x81\x03`\xC0\x85\x01R\x84Q\x80\x82R` \x80\x87\x01\x93P\x90\x91\x01\x90_[\x81\x81\x10\x15a(PW\x83Q\x83R` \x93\x84\x01\x93\x90\x92\x01\x91`\x01\x01a(2V[P\x90\x9B\x9APPPPPPPPPPPV[______`\xA0\x87\x89\x03\x12\x15a(vW__\xFD[a(\x7F\x87a$\xE3V[\x95Pa(\x8D` \x88\x01a$\xE3V[\x94P`@\x87\x015\x93P``\x87\x015\x92P`\x80\x87\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a(\xB6W__\xFD[a(\xC2\x89\x82\x8A\x01a%OV[\x97\x9A\x96\x99P\x94\x97P\x92\x95\x93\x94\x92PPPV[___`@\x84\x86\x03\x12\x15a(\xE6W__\xFD[\x835g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a(\xFCW__\xFD[a)\x08\x86\x82\x87\x01a%OV[\x90\x94P\x92Pa&\x90\x90P` \x85\x01a%\x94V[_____`\x80\x86\x88\x03\x12\x15a)/W__\xFD[\x855\x94Pa)?` \x87\x01a%\x94V[\x93P`@\x86\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a)ZW__\xFD[a)f\x88\x82\x89\x01a%OV[\x90\x94P\x92Pa)y\x90P``\x87\x01a%\x94V[\x90P\x92\x95P\x92\x95\x90\x93PV[________`\xE0\x89\x8B\x03\x12\x15a)\x9CW__\xFD[a)\xA5\x89a$\xE3V[\x97Pa)\xB3` \x8A\x01a$\xE3V[\x96Pa)\xC1`@\x8A\x01a&\xC9V[\x95Pa)\xCF``\x8A\x01a%\x94V[\x94P`\x80\x89\x015\x93P`\xA0\x89\x015\x92P`\xC0\x89\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a)\xF8W__\xFD[a*\x04\x8B\x82\x8C\x01a%OV[\x99\x9C\x98\x9BP\x96\x99P\x94\x97\x93\x96\x92\x95\x94PPPV[__`@\x83\x85\x03\x12\x15a*)W__\xFD[a*2\x83a$\xE3V[\x91Pa%&` \x84\x01a%\x94V[______`\xA0\x87\x89\x03\x12\x15a*UW__\xFD[\x865\x95Pa*e` \x88\x01a%\x94V[\x94P`@\x87\x015\x93P``\x87\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a*\x87W__\xFD[a*\x93\x89\x82\x8A\x01a%OV[\x90\x94P\x92Pa*\xA6\x90P`\x80\x88\x01a%\x94V[\x90P\x92\x95P\x92\x95P\x92\x95V[\x81\x83\x827_\x91\x01\x90\x81R\x91\x90PV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x11`\x04R`$_\xFD[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x05\x8BWa\x05\x8Ba*\xC1V[\x81\x83R\x81\x81` \x85\x017P_` \x82\x84\x01\x01R_` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0`\x1F\x84\x01\x16\x84\x01\x01\x90P\x92\x91PPV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16` \x82\x01R```@\x82\x01R_a+\x88``\x83\x01\x84\x86a+\x0EV[\x96\x95PPPPPPV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x86\x16\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16` \x82\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16`@\x82\x01R`\x80``\x82\x01R_a+\xD5`\x80\x83\x01\x84\x86a+\x0EV[\x97\x96PPPPPPPV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x87\x16\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x86\x16` \x82\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16`@\x82\x01R\x83``\x82\x01R`\xA0`\x80\x82\x01R_a,)`\xA0\x83\x01\x84\x86a+\x0EV[\x98\x97PPPPPPPPV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[_` \x82\x84\x03\x12\x15a,rW__\xFD[\x81Q\x80\x15\x15\x81\x14a%HW__\xFD[\x80\x82\x01\x80\x82\x11\x15a\x05\x8BWa\x05\x8Ba*\xC1V[__\x85\x85\x11\x15a,\xA2W__\xFD[\x83\x86\x11\x15a,\xAEW__\xFD[PP\x82\x01\x93\x91\x90\x92\x03\x91PV[\x805` \x83\x10\x15a\x05\x8BW\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF` \x84\x90\x03`\x03\x1B\x1B\x16\x92\x91PPV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`2`\x04R`$_\xFD[\x81\x81\x03\x81\x81\x11\x15a\x05\x8BWa\x05\x8Ba*\xC1V[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\x05\x8BWa\x05\x8Ba*\xC1V[\x805\x7F\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x90`\x02\x84\x10\x15a-\xADW\x7F\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x80\x85`\x02\x03`\x03\x1B\x1B\x82\x16\x16\x91P[P\x92\x91PPV[\x805\x7F\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x90`\x03\x84\x10\x15a-\xADW\x7F\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x80\x85`\x03\x03`\x03\x1B\x1B\x82\x16\x16\x91PP\x92\x91PPV",
    );
    /// The runtime bytecode of the contract, as deployed on the network.
    ///
    /// ```text
    ///0x608060405234801561000f575f5ffd5b506004361061019a575f3560e01c80639523adba116100e8578063b81ec6c011610093578063d401dc261161006e578063d401dc26146104a7578063d7e1005b146104ce578063ee62c4051461050f578063fa352c0014610522575f5ffd5b8063b81ec6c014610484578063d0644a241461048c578063d3e78a3d1461049f575f5ffd5b80639b6d630e116100c35780639b6d630e14610444578063a164647f14610457578063a2b81a1814610471575f5ffd5b80639523adba146103e3578063957a29fe146103f6578063987a558414610405575f5ffd5b80634dbb8616116101485780637ecebe00116101235780637ecebe00146103a257806381cc9f02146103b557806384b0196e146103c8575f5ffd5b80634dbb861614610353578063526290bb146103665780637b051eed1461038d575f5ffd5b806330919f471161017857806330919f471461030c5780633644e515146103385780633d14ae3714610340575f5ffd5b8063046d33071461019e5780631cb9c2d5146101de5780631f90ee4a146102d7575b5f5ffd5b6101b16101ac3660046124fe565b610535565b60408051825160ff16815260209283015167ffffffffffffffff1692810192909252015b60405180910390f35b6102826101ec36600461252f565b604080516080810182525f808252602082018190529181018290526060810191909152506001600160a01b03165f9081526003602090815260409182902082516080810184528154815260019091015467ffffffffffffffff8082169383019390935268010000000000000000810483169382019390935270010000000000000000000000000000000090920416606082015290565b6040516101d591905f6080820190508251825267ffffffffffffffff602084015116602083015267ffffffffffffffff604084015116604083015267ffffffffffffffff606084015116606083015292915050565b6102fe7fffe1539315501c86da9ba27e935d6a0e82e3958c27b3724f14a610e9949335c681565b6040519081526020016101d5565b61031f61031a3660046125ab565b610591565b60405167ffffffffffffffff90911681526020016101d5565b6102fe61065a565b61031f61034e366004612660565b610668565b61031f610361366004612699565b6108f9565b6102fe7f7d8768925a92835fa1bd8e0f910bf1793dd2458944631cbf3c2b47218e4d297281565b6103a061039b3660046126d9565b6109cb565b005b6102fe6103b036600461252f565b6109dc565b61031f6103c3366004612702565b6109f9565b6103d0610a12565b6040516101d597969594939291906127af565b6103a06103f1366004612861565b610a70565b61031f67ffffffffffffffff81565b61042c7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016101d5565b61031f6104523660046128d4565b610afb565b61045f600281565b60405160ff90911681526020016101d5565b61031f61047f36600461291b565b610b09565b61045f600181565b6103a061049a366004612985565b610bdf565b61045f600481565b6102fe7fbb1ac11ea30485c56e3d71ff84a215c08281150d7e7280d64fcc241a2c7b8bfb81565b6102fe6104dc366004612a18565b6001600160a01b0382165f90815260046020908152604080832067ffffffffffffffff8516845290915290205492915050565b61031f61051d366004612a40565b610c88565b6103a061053036600461252f565b610d60565b6040805180820182525f80825260209182018190526001600160a01b038581168252600583528382209085168252825282902082518084019093525460ff81168352610100900467ffffffffffffffff16908201525b92915050565b5f5f7fbb1ac11ea30485c56e3d71ff84a215c08281150d7e7280d64fcc241a2c7b8bfb8b888c8c6040516105c6929190612ab2565b6040805191829003822060208301959095526001600160a01b039384169082015291166060820152608081019190915267ffffffffffffffff891660a082015260c0810187905260e081018690526101000160405160208183030381529060405280519060200120905061063e878288888888610d82565b61064b8b888c8c8c610e26565b9b9a5050505050505050505050565b5f6106636110b7565b905090565b5f826106a0576040517fab02f7b300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f6106ab33846111e0565b9050806060015167ffffffffffffffff168567ffffffffffffffff161161071d5760608101516040517f9e690ad800000000000000000000000000000000000000000000000000000000815267ffffffffffffffff918216600482015290861660248201526044015b60405180910390fd5b67ffffffffffffffff85166060828101829052335f9081526004602090815260408083208584528252808320899055805160108184015280820195909552848401899052805180860390940184526080909401909352815191909201206107cf9083905b6040828101516020808501805160010167ffffffffffffffff169081905285518451908152918201529182018390526060909120835267ffffffffffffffff43166040909301929092525090565b90508567ffffffffffffffff16336001600160a01b03167f79ee84fdc5cb51dc0e17f820d46eaf7688046cec44551e633928a7a0f90d15a2878560200151856040516108389392919092835267ffffffffffffffff918216602084015216604082015260600190565b60405180910390a3335f9081526003602090815260409182902084518155908401516001909101805492850151606086015167ffffffffffffffff908116700100000000000000000000000000000000027fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff92821668010000000000000000027fffffffffffffffffffffffffffffffff00000000000000000000000000000000909616919094161793909317929092161790555060200151949350505050565b5f5f61090533846111e0565b9050610913813387876112f8565b335f9081526003602090815260409182902083518155908301516001909101805492840151606085015167ffffffffffffffff908116700100000000000000000000000000000000027fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff92821668010000000000000000027fffffffffffffffffffffffffffffffff000000000000000000000000000000009096169190941617939093179290921617905560200151949350505050565b6109d733848484611398565b505050565b6001600160a01b0381165f9081526002602052604081205461058b565b5f610a078533868686610e26565b90505b949350505050565b5f6060805f5f5f6060610a23611575565b610a2b6115a0565b604080515f808252602082019092527f0f000000000000000000000000000000000000000000000000000000000000009b939a50919850469750309650945092509050565b604080517fffe1539315501c86da9ba27e935d6a0e82e3958c27b3724f14a610e9949335c66020808301919091526001600160a01b0389811683850152881660608301526080820187905260a08083018790528351808403909101815260c09092019092528051910120610ae8878287878787610d82565b610af287876115cb565b50505050505050565b5f610a0a3333868686610e26565b5f5f610b1533846111e0565b9050610b25813389898989611642565b335f9081526003602090815260409182902083518155908301516001909101805492840151606085015167ffffffffffffffff908116700100000000000000000000000000000000027fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff92821668010000000000000000027fffffffffffffffffffffffffffffffff0000000000000000000000000000000090961691909416179390931792909216179055602001519695505050505050565b604080517f7d8768925a92835fa1bd8e0f910bf1793dd2458944631cbf3c2b47218e4d29726020808301919091526001600160a01b038b8116838501528a16606083015260ff8916608083015267ffffffffffffffff881660a083015260c0820187905260e0808301879052835180840390910181526101009092019092528051910120610c71898287878787610d82565b610c7d89898989611398565b505050505050505050565b5f5f610c9433846111e0565b9050610ca581338a8a8a8a8a6116f3565b335f9081526003602090815260409182902083518155908301516001909101805492840151606085015167ffffffffffffffff908116700100000000000000000000000000000000027fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff92821668010000000000000000027fffffffffffffffffffffffffffffffff000000000000000000000000000000009096169190941617939093179290921617905560200151979650505050505050565b335f81815260026020526040902080546001019055610d7f90826115cb565b50565b82421115610dbf576040517fbab6e9db00000000000000000000000000000000000000000000000000000000815260048101849052602401610714565b610dc986856117c2565b610ddd86610dd68761182d565b8484611874565b610e1e576040517f28cc3f720000000000000000000000000000000000000000000000000000000081526001600160a01b0387166004820152602401610714565b505050505050565b5f828103610e60576040517f63cf0f2600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f866001600160a01b0316866001600160a01b031614610e8957610e8487876118e6565b610e8c565b60035b90505f610e9988856111e0565b90505f5f82602001516001610eae9190612aee565b8360400151915091505f610ec4848c8b8b611aef565b905060ff851982161615610f28576040517f6c9ab4520000000000000000000000000000000000000000000000000000000081526001600160a01b03808d1660048301528b16602482015260ff808316604483015286166064820152608401610714565b8a6001600160a01b03167f8d0bda29fed31e14cd336f598b451510ca7ccc1def5180746efa6f4b2370a9f284848c8c604051610f679493929190612b55565b60405180910390a28a6001600160a01b03168a6001600160a01b031614610ff057896001600160a01b03168b6001600160a01b03167fe557dc7db08d0d4cd1e79abf059cae3e470552f0d9cfacf633359e730402f7da858760200151604051610fe792919067ffffffffffffffff92831681529116602082015260400190565b60405180910390a35b6001600160a01b038b165f9081526003602090815260409182902086518155908601516001909101805492870151606088015167ffffffffffffffff908116700100000000000000000000000000000000027fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff92821668010000000000000000027fffffffffffffffffffffffffffffffff000000000000000000000000000000009096169190941617939093179290921617905550505060200151979650505050505050565b5f306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614801561110f57507f000000000000000000000000000000000000000000000000000000000000000046145b1561113957507f000000000000000000000000000000000000000000000000000000000000000090565b610663604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60408051608080820183525f808352602080840182905283850182905260609384018290526001600160a01b0387168252600381529084902084519283018552805483526001015467ffffffffffffffff8082169284019290925268010000000000000000810482169483019490945270010000000000000000000000000000000090930483169181019190915290828116148015906112985750806020015167ffffffffffffffff168267ffffffffffffffff1614155b1561058b5760208101516040517f565068110000000000000000000000000000000000000000000000000000000081526001600160a01b038516600482015267ffffffffffffffff80851660248301529091166044820152606401610714565b6113028282611b36565b5f611326856107818585604080516002815260208101939093528201526060902090565b905082846001600160a01b03167f0e8d4dc112a9b7c2998e68977205e7b8f271ba4f9c7d2729ef2d3b4540965d04848860200151856040516113899392919067ffffffffffffffff93841681529183166020830152909116604082015260600190565b60405180910390a35050505050565b4267ffffffffffffffff821611156001600160a01b03841615806113cd5750846001600160a01b0316846001600160a01b0316145b806113d9575060038316155b806113e6575060f8831615155b806113ee5750805b15611449576040517f05d0b6e10000000000000000000000000000000000000000000000000000000081526001600160a01b038516600482015260ff8416602482015267ffffffffffffffff83166044820152606401610714565b600483161580159061148257507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316155b156114b9576040517f202afb9f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60408051808201825260ff85811680835267ffffffffffffffff86811660208086018281526001600160a01b038d81165f818152600585528a8120928f168082529285528a9020985189549351909616610100027fffffffffffffffffffffffffffffffffffffffffffffff000000000000000000909316959097169490941717909555855192835293820193909352919290917f8998f53af6b3f419dec4df2455c5b06df461d3bc38a5aa629b137af7dbcfe3c79101611389565b60606106637f0000000000000000000000000000000000000000000000000000000000000000611bb7565b60606106637f0000000000000000000000000000000000000000000000000000000000000000611bb7565b6001600160a01b038083165f8181526005602090815260408083209486168084529490915280822080547fffffffffffffffffffffffffffffffffffffffffffffff000000000000000000169055517f76e6646868d096078ac7f3f1401c3aaa55dc84890ec74b99c699e4754714b18e9190a35050565b61164c8484611b36565b5f819003611689576040517f228e6f7400000000000000000000000000000000000000000000000000000000815260048101859052602401610714565b5f61169a8761078187878787611bf4565b905084866001600160a01b03167fb377c8dc77689a8256cb1e1cf6a212908744bfcea3967d85042e909a06e8b952868a602001518588886040516116e2959493929190612b92565b60405180910390a350505050505050565b6116fd8585611b36565b821580611708575080155b8061171a57506117188282611c23565b155b15611754576040517fecb91d9c00000000000000000000000000000000000000000000000000000000815260048101869052602401610714565b5f611766886107818888888888611c8f565b905085876001600160a01b03167f6e1293b7ef99d67fdf1e17d90ab4117d2a017c9deaaef2e51478e54af37cd04f878b60200151858989896040516117b096959493929190612be0565b60405180910390a35050505050505050565b6001600160a01b0382165f9081526002602052604090208054600181019091558181146109d7576040517f752d88c00000000000000000000000000000000000000000000000000000000081526001600160a01b038416600482015260248101829052604401610714565b5f61058b6118396110b7565b836040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b5f846001600160a01b03163b5f036118d3575f5f611893868686611cc4565b5090925090505f8160038111156118ac576118ac612c35565b1480156118ca5750866001600160a01b0316826001600160a01b0316145b92505050610a0a565b6118df85858585611d0b565b9050610a0a565b6001600160a01b038281165f908152600560209081526040808320938516835292815282822083518085019094525460ff811680855261010090910467ffffffffffffffff16918401919091529091908203611981576040517fbcb9f5880000000000000000000000000000000000000000000000000000000081526001600160a01b03808616600483015284166024820152604401610714565b806020015167ffffffffffffffff1642106119f15760208101516040517f4f320a330000000000000000000000000000000000000000000000000000000081526001600160a01b0380871660048301528516602482015267ffffffffffffffff9091166044820152606401610714565b805160041615801590611aa257506040517f1d0f22d80000000000000000000000000000000000000000000000000000000081526001600160a01b0384811660048301527f00000000000000000000000000000000000000000000000000000000000000001690631d0f22d890602401602060405180830381865afa158015611a7c573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611aa09190612c62565b155b15611ae4576040517fb125dd1f0000000000000000000000000000000000000000000000000000000081526001600160a01b0384166004820152602401610714565b516003169392505050565b5f5f5b82811015611b2d575f611b0460405190565b90505f611b148888888887611d8e565b948517949093509050611b2682604052565b5050611af2565b50949350505050565b81611b6d576040517fc12eebbb00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8067ffffffffffffffff165f03611bb3576040517f8b1e4d8400000000000000000000000000000000000000000000000000000000815260048101839052602401610714565b5050565b60605f611bc383611f92565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f604051828482379182205f835260208301959095525060408101929092525060608101919091526080902090565b5f7f80808080808080808080808080808080808080808080808080808080808080805f838501855b81601f82011015611c655780359290921791602001611c4b565b808203918114611c8457600180836020036008021b0319813516831792505b505016159392505050565b5f60405182848237918220600183526020830196909652506040810193909352506060820152608081019190915260a0902090565b5f80806041849003611cf8578435602086013560408701355f1a611cea89828585611fd2565b955095509550505050611d02565b505f915060029050825b93509350939050565b604080517f1626ba7e00000000000000000000000000000000000000000000000000000000808252600482018690526024820192909252604481018390525f91908390818660648301375f82606483010152601f820160051c60051b915060205f60648401838b5afa9050825f5114601f3d111681169350505050949350505050565b5f5f5f5f5f5f611d9f8989896120b8565b9350935093509350611db18383611b36565b60028403611dec57611ddc8b6107818585604080516002815260208101939093528201526060902090565b50945060029350611f8892505050565b60018403611ed457611e00898989846121e6565b95505f89828a611e11826020612c81565b92611e1e93929190612c94565b611e2791612cbb565b9050801580611e3f5750611e3c826022612c81565b87145b80611e685750611e668a8a611e55856022612c81565b611e61928b9290612c94565b611c23565b155b15611ea2576040517fecb91d9c00000000000000000000000000000000000000000000000000000000815260048101859052602401610714565b611ecd8c6107818686858f8f611eb98a6022612c81565b908f92611ec893929190612c94565b611c8f565b5050611f7f565b611ee0898989846122b4565b9550611eed816003612c81565b8603611f28576040517f228e6f7400000000000000000000000000000000000000000000000000000000815260048101849052602401610714565b83611f5a57611f548b61078185858d8d611f43886003612c81565b611f4f928e9290612c94565b611bf4565b50611f7f565b611f7f8b8b85858d8d611f6e886003612c81565b611f7a928e9290612c94565b61232e565b60019450505050505b9550959350505050565b5f60ff8216601f81111561058b576040517fb3512b0c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561200b57505f915060039050826120ae565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa15801561205c573d5f5f3e3d5ffd5b50506040517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe001519150506001600160a01b0381166120a557505f9250600191508290506120ae565b92505f91508190505b9450945094915050565b5f5f5f5f5f8787878181106120cf576120cf612cf7565b919091013560f81c91505f90506004821681036120ed5760206120f0565b60105b60ff166120fe886001612c81565b6121089190612c81565b905061211b6007600384901c1682612c81565b612126906001612c81565b925060c0821615158061213857508783115b15612172576040517fb096255100000000000000000000000000000000000000000000000000000000815260048101889052602401610714565b888861217f896001612c81565b61218b92849290612c94565b61219491612cbb565b94506121a08184612d24565b6121ab906008612d37565b6121b790610100612d24565b6121c384838b8d612c94565b6121cc91612cbb565b5f1c901c9350600360ff1682169550505093509350935093565b5f836121f3836022612c81565b111561222e576040517fb096255100000000000000000000000000000000000000000000000000000000815260048101849052602401610714565b848461223b846020612c81565b90612247856022612c81565b9261225493929190612c94565b61225d91612d4e565b60f01c61226b836022612c81565b6122759190612c81565b905083811115610a0a576040517fb096255100000000000000000000000000000000000000000000000000000000815260048101849052602401610714565b5f836122c1836003612c81565b11156122fc576040517fb096255100000000000000000000000000000000000000000000000000000000815260048101849052602401610714565b84828561230a826003612c81565b9261231793929190612c94565b61232091612db4565b60e81c61226b836003612c81565b615fff811115612374576040517faa9ae3030000000000000000000000000000000000000000000000000000000081526004810185905260248101829052604401610714565b5f8282604051612385929190612ab2565b604051809103902090505f6123ce84848080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506124a292505050565b6040805160036020808301919091528183018a905267ffffffffffffffff89166060830152608082018690526001600160a01b03841660a0808401919091528351808403909101815260c09092019092528051910120909150612432908990610781565b50866001600160a01b03167f49d448a98b32bc271f6bed4777fce1d7d294f56170685e550c6d0304e1e5662589602001518360405161249092919067ffffffffffffffff9290921682526001600160a01b0316602082015260400190565b60405180910390a25050505050505050565b5f81518060401b6bfe61000180600a3d393df3000161fffe8211840152600b8101601584015ff09150816124dd5763301164255f526004601cfd5b90915290565b80356001600160a01b03811681146124f9575f5ffd5b919050565b5f5f6040838503121561250f575f5ffd5b612518836124e3565b9150612526602084016124e3565b90509250929050565b5f6020828403121561253f575f5ffd5b612548826124e3565b9392505050565b5f5f83601f84011261255f575f5ffd5b50813567ffffffffffffffff811115612576575f5ffd5b60208301915083602082850101111561258d575f5ffd5b9250929050565b803567ffffffffffffffff811681146124f9575f5ffd5b5f5f5f5f5f5f5f5f5f60e08a8c0312156125c3575f5ffd5b6125cc8a6124e3565b985060208a013567ffffffffffffffff8111156125e7575f5ffd5b6125f38c828d0161254f565b9099509750612606905060408b01612594565b955061261460608b016124e3565b945060808a0135935060a08a0135925060c08a013567ffffffffffffffff81111561263d575f5ffd5b6126498c828d0161254f565b915080935050809150509295985092959850929598565b5f5f5f60608486031215612672575f5ffd5b61267b84612594565b92506020840135915061269060408501612594565b90509250925092565b5f5f5f606084860312156126ab575f5ffd5b833592506126bb60208501612594565b915061269060408501612594565b803560ff811681146124f9575f5ffd5b5f5f5f606084860312156126eb575f5ffd5b6126f4846124e3565b92506126bb602085016126c9565b5f5f5f5f60608587031215612715575f5ffd5b61271e856124e3565b9350602085013567ffffffffffffffff811115612739575f5ffd5b6127458782880161254f565b9094509250612758905060408601612594565b905092959194509250565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b7fff000000000000000000000000000000000000000000000000000000000000008816815260e060208201525f6127e960e0830189612763565b82810360408401526127fb8189612763565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015612850578351835260209384019390920191600101612832565b50909b9a5050505050505050505050565b5f5f5f5f5f5f60a08789031215612876575f5ffd5b61287f876124e3565b955061288d602088016124e3565b94506040870135935060608701359250608087013567ffffffffffffffff8111156128b6575f5ffd5b6128c289828a0161254f565b979a9699509497509295939492505050565b5f5f5f604084860312156128e6575f5ffd5b833567ffffffffffffffff8111156128fc575f5ffd5b6129088682870161254f565b9094509250612690905060208501612594565b5f5f5f5f5f6080868803121561292f575f5ffd5b8535945061293f60208701612594565b9350604086013567ffffffffffffffff81111561295a575f5ffd5b6129668882890161254f565b9094509250612979905060608701612594565b90509295509295909350565b5f5f5f5f5f5f5f5f60e0898b03121561299c575f5ffd5b6129a5896124e3565b97506129b360208a016124e3565b96506129c160408a016126c9565b95506129cf60608a01612594565b94506080890135935060a0890135925060c089013567ffffffffffffffff8111156129f8575f5ffd5b612a048b828c0161254f565b999c989b5096995094979396929594505050565b5f5f60408385031215612a29575f5ffd5b612a32836124e3565b915061252660208401612594565b5f5f5f5f5f5f60a08789031215612a55575f5ffd5b86359550612a6560208801612594565b945060408701359350606087013567ffffffffffffffff811115612a87575f5ffd5b612a9389828a0161254f565b9094509250612aa6905060808801612594565b90509295509295509295565b818382375f9101908152919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b67ffffffffffffffff818116838216019081111561058b5761058b612ac1565b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b67ffffffffffffffff8516815267ffffffffffffffff84166020820152606060408201525f612b88606083018486612b0e565b9695505050505050565b67ffffffffffffffff8616815267ffffffffffffffff8516602082015267ffffffffffffffff84166040820152608060608201525f612bd5608083018486612b0e565b979650505050505050565b67ffffffffffffffff8716815267ffffffffffffffff8616602082015267ffffffffffffffff8516604082015283606082015260a060808201525f612c2960a083018486612b0e565b98975050505050505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b5f60208284031215612c72575f5ffd5b81518015158114612548575f5ffd5b8082018082111561058b5761058b612ac1565b5f5f85851115612ca2575f5ffd5b83861115612cae575f5ffd5b5050820193919092039150565b8035602083101561058b577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff602084900360031b1b1692915050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b8181038181111561058b5761058b612ac1565b808202811582820484141761058b5761058b612ac1565b80357fffff0000000000000000000000000000000000000000000000000000000000008116906002841015612dad577fffff000000000000000000000000000000000000000000000000000000000000808560020360031b1b82161691505b5092915050565b80357fffffff00000000000000000000000000000000000000000000000000000000008116906003841015612dad577fffffff0000000000000000000000000000000000000000000000000000000000808560030360031b1b8216169150509291505056
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static DEPLOYED_BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\x01\x9AW_5`\xE0\x1C\x80c\x95#\xAD\xBA\x11a\0\xE8W\x80c\xB8\x1E\xC6\xC0\x11a\0\x93W\x80c\xD4\x01\xDC&\x11a\0nW\x80c\xD4\x01\xDC&\x14a\x04\xA7W\x80c\xD7\xE1\0[\x14a\x04\xCEW\x80c\xEEb\xC4\x05\x14a\x05\x0FW\x80c\xFA5,\0\x14a\x05\"W__\xFD[\x80c\xB8\x1E\xC6\xC0\x14a\x04\x84W\x80c\xD0dJ$\x14a\x04\x8CW\x80c\xD3\xE7\x8A=\x14a\x04\x9FW__\xFD[\x80c\x9Bmc\x0E\x11a\0\xC3W\x80c\x9Bmc\x0E\x14a\x04DW\x80c\xA1dd\x7F\x14a\x04WW\x80c\xA2\xB8\x1A\x18\x14a\x04qW__\xFD[\x80c\x95#\xAD\xBA\x14a\x03\xE3W\x80c\x95z)\xFE\x14a\x03\xF6W\x80c\x98zU\x84\x14a\x04\x05W__\xFD[\x80cM\xBB\x86\x16\x11a\x01HW\x80c~\xCE\xBE\0\x11a\x01#W\x80c~\xCE\xBE\0\x14a\x03\xA2W\x80c\x81\xCC\x9F\x02\x14a\x03\xB5W\x80c\x84\xB0\x19n\x14a\x03\xC8W__\xFD[\x80cM\xBB\x86\x16\x14a\x03SW\x80cRb\x90\xBB\x14a\x03fW\x80c{\x05\x1E\xED\x14a\x03\x8DW__\xFD[\x80c0\x91\x9FG\x11a\x01xW\x80c0\x91\x9FG\x14a\x03\x0CW\x80c6D\xE5\x15\x14a\x038W\x80c=\x14\xAE7\x14a\x03@W__\xFD[\x80c\x04m3\x07\x14a\x01\x9EW\x80c\x1C\xB9\xC2\xD5\x14a\x01\xDEW\x80c\x1F\x90\xEEJ\x14a\x02\xD7W[__\xFD[a\x01\xB1a\x01\xAC6`\x04a$\xFEV[a\x055V[`@\x80Q\x82Q`\xFF\x16\x81R` \x92\x83\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x92\x81\x01\x92\x90\x92R\x01[`@Q\x80\x91\x03\x90\xF3[a\x02\x82a\x01\xEC6`\x04a%/V[`@\x80Q`\x80\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x91\x90\x91RP`\x01`\x01`\xA0\x1B\x03\x16_\x90\x81R`\x03` \x90\x81R`@\x91\x82\x90 \x82Q`\x80\x81\x01\x84R\x81T\x81R`\x01\x90\x91\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x82\x16\x93\x83\x01\x93\x90\x93Rh\x01\0\0\0\0\0\0\0\0\x81\x04\x83\x16\x93\x82\x01\x93\x90\x93Rp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x92\x04\x16``\x82\x01R\x90V[`@Qa\x01\xD5\x91\x90_`\x80\x82\x01\x90P\x82Q\x82Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF` \x84\x01Q\x16` \x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`@\x84\x01Q\x16`@\x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF``\x84\x01Q\x16``\x83\x01R\x92\x91PPV[a\x02\xFE\x7F\xFF\xE1S\x93\x15P\x1C\x86\xDA\x9B\xA2~\x93]j\x0E\x82\xE3\x95\x8C'\xB3rO\x14\xA6\x10\xE9\x94\x935\xC6\x81V[`@Q\x90\x81R` \x01a\x01\xD5V[a\x03\x1Fa\x03\x1A6`\x04a%\xABV[a\x05\x91V[`@Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x01\xD5V[a\x02\xFEa\x06ZV[a\x03\x1Fa\x03N6`\x04a&`V[a\x06hV[a\x03\x1Fa\x03a6`\x04a&\x99V[a\x08\xF9V[a\x02\xFE\x7F}\x87h\x92Z\x92\x83_\xA1\xBD\x8E\x0F\x91\x0B\xF1y=\xD2E\x89Dc\x1C\xBF<+G!\x8EM)r\x81V[a\x03\xA0a\x03\x9B6`\x04a&\xD9V[a\t\xCBV[\0[a\x02\xFEa\x03\xB06`\x04a%/V[a\t\xDCV[a\x03\x1Fa\x03\xC36`\x04a'\x02V[a\t\xF9V[a\x03\xD0a\n\x12V[`@Qa\x01\xD5\x97\x96\x95\x94\x93\x92\x91\x90a'\xAFV[a\x03\xA0a\x03\xF16`\x04a(aV[a\npV[a\x03\x1Fg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81V[a\x04,\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[`@Q`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x81R` \x01a\x01\xD5V[a\x03\x1Fa\x04R6`\x04a(\xD4V[a\n\xFBV[a\x04_`\x02\x81V[`@Q`\xFF\x90\x91\x16\x81R` \x01a\x01\xD5V[a\x03\x1Fa\x04\x7F6`\x04a)\x1BV[a\x0B\tV[a\x04_`\x01\x81V[a\x03\xA0a\x04\x9A6`\x04a)\x85V[a\x0B\xDFV[a\x04_`\x04\x81V[a\x02\xFE\x7F\xBB\x1A\xC1\x1E\xA3\x04\x85\xC5n=q\xFF\x84\xA2\x15\xC0\x82\x81\x15\r~r\x80\xD6O\xCC$\x1A,{\x8B\xFB\x81V[a\x02\xFEa\x04\xDC6`\x04a*\x18V[`\x01`\x01`\xA0\x1B\x03\x82\x16_\x90\x81R`\x04` \x90\x81R`@\x80\x83 g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16\x84R\x90\x91R\x90 T\x92\x91PPV[a\x03\x1Fa\x05\x1D6`\x04a*@V[a\x0C\x88V[a\x03\xA0a\x0506`\x04a%/V[a\r`V[`@\x80Q\x80\x82\x01\x82R_\x80\x82R` \x91\x82\x01\x81\x90R`\x01`\x01`\xA0\x1B\x03\x85\x81\x16\x82R`\x05\x83R\x83\x82 \x90\x85\x16\x82R\x82R\x82\x90 \x82Q\x80\x84\x01\x90\x93RT`\xFF\x81\x16\x83Ra\x01\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90\x82\x01R[\x92\x91PPV[__\x7F\xBB\x1A\xC1\x1E\xA3\x04\x85\xC5n=q\xFF\x84\xA2\x15\xC0\x82\x81\x15\r~r\x80\xD6O\xCC$\x1A,{\x8B\xFB\x8B\x88\x8C\x8C`@Qa\x05\xC6\x92\x91\x90a*\xB2V[`@\x80Q\x91\x82\x90\x03\x82 ` \x83\x01\x95\x90\x95R`\x01`\x01`\xA0\x1B\x03\x93\x84\x16\x90\x82\x01R\x91\x16``\x82\x01R`\x80\x81\x01\x91\x90\x91Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x89\x16`\xA0\x82\x01R`\xC0\x81\x01\x87\x90R`\xE0\x81\x01\x86\x90Ra\x01\0\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90Pa\x06>\x87\x82\x88\x88\x88\x88a\r\x82V[a\x06K\x8B\x88\x8C\x8C\x8Ca\x0E&V[\x9B\x9APPPPPPPPPPPV[_a\x06ca\x10\xB7V[\x90P\x90V[_\x82a\x06\xA0W`@Q\x7F\xAB\x02\xF7\xB3\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_a\x06\xAB3\x84a\x11\xE0V[\x90P\x80``\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x85g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11a\x07\x1DW``\x81\x01Q`@Q\x7F\x9Ei\n\xD8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91\x82\x16`\x04\x82\x01R\x90\x86\x16`$\x82\x01R`D\x01[`@Q\x80\x91\x03\x90\xFD[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16``\x82\x81\x01\x82\x90R3_\x90\x81R`\x04` \x90\x81R`@\x80\x83 \x85\x84R\x82R\x80\x83 \x89\x90U\x80Q`\x10\x81\x84\x01R\x80\x82\x01\x95\x90\x95R\x84\x84\x01\x89\x90R\x80Q\x80\x86\x03\x90\x94\x01\x84R`\x80\x90\x94\x01\x90\x93R\x81Q\x91\x90\x92\x01 a\x07\xCF\x90\x83\x90[`@\x82\x81\x01Q` \x80\x85\x01\x80Q`\x01\x01g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90\x81\x90R\x85Q\x84Q\x90\x81R\x91\x82\x01R\x91\x82\x01\x83\x90R``\x90\x91 \x83Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFC\x16`@\x90\x93\x01\x92\x90\x92RP\x90V[\x90P\x85g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x163`\x01`\x01`\xA0\x1B\x03\x16\x7Fy\xEE\x84\xFD\xC5\xCBQ\xDC\x0E\x17\xF8 \xD4n\xAFv\x88\x04l\xECDU\x1Ec9(\xA7\xA0\xF9\r\x15\xA2\x87\x85` \x01Q\x85`@Qa\x088\x93\x92\x91\x90\x92\x83Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91\x82\x16` \x84\x01R\x16`@\x82\x01R``\x01\x90V[`@Q\x80\x91\x03\x90\xA33_\x90\x81R`\x03` \x90\x81R`@\x91\x82\x90 \x84Q\x81U\x90\x84\x01Q`\x01\x90\x91\x01\x80T\x92\x85\x01Q``\x86\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x82\x16h\x01\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x96\x16\x91\x90\x94\x16\x17\x93\x90\x93\x17\x92\x90\x92\x16\x17\x90UP` \x01Q\x94\x93PPPPV[__a\t\x053\x84a\x11\xE0V[\x90Pa\t\x13\x813\x87\x87a\x12\xF8V[3_\x90\x81R`\x03` \x90\x81R`@\x91\x82\x90 \x83Q\x81U\x90\x83\x01Q`\x01\x90\x91\x01\x80T\x92\x84\x01Q``\x85\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x82\x16h\x01\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x96\x16\x91\x90\x94\x16\x17\x93\x90\x93\x17\x92\x90\x92\x16\x17\x90U` \x01Q\x94\x93PPPPV[a\t\xD73\x84\x84\x84a\x13\x98V[PPPV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x02` R`@\x81 Ta\x05\x8BV[_a\n\x07\x853\x86\x86\x86a\x0E&V[\x90P[\x94\x93PPPPV[_``\x80___``a\n#a\x15uV[a\n+a\x15\xA0V[`@\x80Q_\x80\x82R` \x82\x01\x90\x92R\x7F\x0F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x9B\x93\x9AP\x91\x98PF\x97P0\x96P\x94P\x92P\x90PV[`@\x80Q\x7F\xFF\xE1S\x93\x15P\x1C\x86\xDA\x9B\xA2~\x93]j\x0E\x82\xE3\x95\x8C'\xB3rO\x14\xA6\x10\xE9\x94\x935\xC6` \x80\x83\x01\x91\x90\x91R`\x01`\x01`\xA0\x1B\x03\x89\x81\x16\x83\x85\x01R\x88\x16``\x83\x01R`\x80\x82\x01\x87\x90R`\xA0\x80\x83\x01\x87\x90R\x83Q\x80\x84\x03\x90\x91\x01\x81R`\xC0\x90\x92\x01\x90\x92R\x80Q\x91\x01 a\n\xE8\x87\x82\x87\x87\x87\x87a\r\x82V[a\n\xF2\x87\x87a\x15\xCBV[PPPPPPPV[_a\n\n33\x86\x86\x86a\x0E&V[__a\x0B\x153\x84a\x11\xE0V[\x90Pa\x0B%\x813\x89\x89\x89\x89a\x16BV[3_\x90\x81R`\x03` \x90\x81R`@\x91\x82\x90 \x83Q\x81U\x90\x83\x01Q`\x01\x90\x91\x01\x80T\x92\x84\x01Q``\x85\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x82\x16h\x01\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x96\x16\x91\x90\x94\x16\x17\x93\x90\x93\x17\x92\x90\x92\x16\x17\x90U` \x01Q\x96\x95PPPPPPV[`@\x80Q\x7F}\x87h\x92Z\x92\x83_\xA1\xBD\x8E\x0F\x91\x0B\xF1y=\xD2E\x89Dc\x1C\xBF<+G!\x8EM)r` \x80\x83\x01\x91\x90\x91R`\x01`\x01`\xA0\x1B\x03\x8B\x81\x16\x83\x85\x01R\x8A\x16``\x83\x01R`\xFF\x89\x16`\x80\x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x88\x16`\xA0\x83\x01R`\xC0\x82\x01\x87\x90R`\xE0\x80\x83\x01\x87\x90R\x83Q\x80\x84\x03\x90\x91\x01\x81Ra\x01\0\x90\x92\x01\x90\x92R\x80Q\x91\x01 a\x0Cq\x89\x82\x87\x87\x87\x87a\r\x82V[a\x0C}\x89\x89\x89\x89a\x13\x98V[PPPPPPPPPV[__a\x0C\x943\x84a\x11\xE0V[\x90Pa\x0C\xA5\x813\x8A\x8A\x8A\x8A\x8Aa\x16\xF3V[3_\x90\x81R`\x03` \x90\x81R`@\x91\x82\x90 \x83Q\x81U\x90\x83\x01Q`\x01\x90\x91\x01\x80T\x92\x84\x01Q``\x85\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x82\x16h\x01\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x96\x16\x91\x90\x94\x16\x17\x93\x90\x93\x17\x92\x90\x92\x16\x17\x90U` \x01Q\x97\x96PPPPPPPV[3_\x81\x81R`\x02` R`@\x90 \x80T`\x01\x01\x90Ua\r\x7F\x90\x82a\x15\xCBV[PV[\x82B\x11\x15a\r\xBFW`@Q\x7F\xBA\xB6\xE9\xDB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`$\x01a\x07\x14V[a\r\xC9\x86\x85a\x17\xC2V[a\r\xDD\x86a\r\xD6\x87a\x18-V[\x84\x84a\x18tV[a\x0E\x1EW`@Q\x7F(\xCC?r\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x87\x16`\x04\x82\x01R`$\x01a\x07\x14V[PPPPPPV[_\x82\x81\x03a\x0E`W`@Q\x7Fc\xCF\x0F&\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_\x86`\x01`\x01`\xA0\x1B\x03\x16\x86`\x01`\x01`\xA0\x1B\x03\x16\x14a\x0E\x89Wa\x0E\x84\x87\x87a\x18\xE6V[a\x0E\x8CV[`\x03[\x90P_a\x0E\x99\x88\x85a\x11\xE0V[\x90P__\x82` \x01Q`\x01a\x0E\xAE\x91\x90a*\xEEV[\x83`@\x01Q\x91P\x91P_a\x0E\xC4\x84\x8C\x8B\x8Ba\x1A\xEFV[\x90P`\xFF\x85\x19\x82\x16\x16\x15a\x0F(W`@Q\x7Fl\x9A\xB4R\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x80\x8D\x16`\x04\x83\x01R\x8B\x16`$\x82\x01R`\xFF\x80\x83\x16`D\x83\x01R\x86\x16`d\x82\x01R`\x84\x01a\x07\x14V[\x8A`\x01`\x01`\xA0\x1B\x03\x16\x7F\x8D\x0B\xDA)\xFE\xD3\x1E\x14\xCD3oY\x8BE\x15\x10\xCA|\xCC\x1D\xEFQ\x80tn\xFAoK#p\xA9\xF2\x84\x84\x8C\x8C`@Qa\x0Fg\x94\x93\x92\x91\x90a+UV[`@Q\x80\x91\x03\x90\xA2\x8A`\x01`\x01`\xA0\x1B\x03\x16\x8A`\x01`\x01`\xA0\x1B\x03\x16\x14a\x0F\xF0W\x89`\x01`\x01`\xA0\x1B\x03\x16\x8B`\x01`\x01`\xA0\x1B\x03\x16\x7F\xE5W\xDC}\xB0\x8D\rL\xD1\xE7\x9A\xBF\x05\x9C\xAE>G\x05R\xF0\xD9\xCF\xAC\xF635\x9Es\x04\x02\xF7\xDA\x85\x87` \x01Q`@Qa\x0F\xE7\x92\x91\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x83\x16\x81R\x91\x16` \x82\x01R`@\x01\x90V[`@Q\x80\x91\x03\x90\xA3[`\x01`\x01`\xA0\x1B\x03\x8B\x16_\x90\x81R`\x03` \x90\x81R`@\x91\x82\x90 \x86Q\x81U\x90\x86\x01Q`\x01\x90\x91\x01\x80T\x92\x87\x01Q``\x88\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x82\x16h\x01\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x96\x16\x91\x90\x94\x16\x17\x93\x90\x93\x17\x92\x90\x92\x16\x17\x90UPPP` \x01Q\x97\x96PPPPPPPV[_0`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x14\x80\x15a\x11\x0FWP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0F\x14[\x15a\x119WP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90V[a\x06c`@\x80Q\x7F\x8Bs\xC3\xC6\x9B\xB8\xFE=Q.\xCCL\xF7Y\xCCy#\x9F{\x17\x9B\x0F\xFA\xCA\xA9\xA7]R+9@\x0F` \x82\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91\x81\x01\x91\x90\x91R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0``\x82\x01RF`\x80\x82\x01R0`\xA0\x82\x01R_\x90`\xC0\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x90V[`@\x80Q`\x80\x80\x82\x01\x83R_\x80\x83R` \x80\x84\x01\x82\x90R\x83\x85\x01\x82\x90R``\x93\x84\x01\x82\x90R`\x01`\x01`\xA0\x1B\x03\x87\x16\x82R`\x03\x81R\x90\x84\x90 \x84Q\x92\x83\x01\x85R\x80T\x83R`\x01\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x82\x16\x92\x84\x01\x92\x90\x92Rh\x01\0\0\0\0\0\0\0\0\x81\x04\x82\x16\x94\x83\x01\x94\x90\x94Rp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x93\x04\x83\x16\x91\x81\x01\x91\x90\x91R\x90\x82\x81\x16\x14\x80\x15\x90a\x12\x98WP\x80` \x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14\x15[\x15a\x05\x8BW` \x81\x01Q`@Q\x7FVPh\x11\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x85\x16`$\x83\x01R\x90\x91\x16`D\x82\x01R`d\x01a\x07\x14V[a\x13\x02\x82\x82a\x1B6V[_a\x13&\x85a\x07\x81\x85\x85`@\x80Q`\x02\x81R` \x81\x01\x93\x90\x93R\x82\x01R``\x90 \x90V[\x90P\x82\x84`\x01`\x01`\xA0\x1B\x03\x16\x7F\x0E\x8DM\xC1\x12\xA9\xB7\xC2\x99\x8Eh\x97r\x05\xE7\xB8\xF2q\xBAO\x9C}')\xEF-;E@\x96]\x04\x84\x88` \x01Q\x85`@Qa\x13\x89\x93\x92\x91\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x93\x84\x16\x81R\x91\x83\x16` \x83\x01R\x90\x91\x16`@\x82\x01R``\x01\x90V[`@Q\x80\x91\x03\x90\xA3PPPPPV[Bg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x11\x15`\x01`\x01`\xA0\x1B\x03\x84\x16\x15\x80a\x13\xCDWP\x84`\x01`\x01`\xA0\x1B\x03\x16\x84`\x01`\x01`\xA0\x1B\x03\x16\x14[\x80a\x13\xD9WP`\x03\x83\x16\x15[\x80a\x13\xE6WP`\xF8\x83\x16\x15\x15[\x80a\x13\xEEWP\x80[\x15a\x14IW`@Q\x7F\x05\xD0\xB6\xE1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`\xFF\x84\x16`$\x82\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16`D\x82\x01R`d\x01a\x07\x14V[`\x04\x83\x16\x15\x80\x15\x90a\x14\x82WP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16\x15[\x15a\x14\xB9W`@Q\x7F *\xFB\x9F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`@\x80Q\x80\x82\x01\x82R`\xFF\x85\x81\x16\x80\x83Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x86\x81\x16` \x80\x86\x01\x82\x81R`\x01`\x01`\xA0\x1B\x03\x8D\x81\x16_\x81\x81R`\x05\x85R\x8A\x81 \x92\x8F\x16\x80\x82R\x92\x85R\x8A\x90 \x98Q\x89T\x93Q\x90\x96\x16a\x01\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\x90\x93\x16\x95\x90\x97\x16\x94\x90\x94\x17\x17\x90\x95U\x85Q\x92\x83R\x93\x82\x01\x93\x90\x93R\x91\x92\x90\x91\x7F\x89\x98\xF5:\xF6\xB3\xF4\x19\xDE\xC4\xDF$U\xC5\xB0m\xF4a\xD3\xBC8\xA5\xAAb\x9B\x13z\xF7\xDB\xCF\xE3\xC7\x91\x01a\x13\x89V[``a\x06c\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x1B\xB7V[``a\x06c\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x1B\xB7V[`\x01`\x01`\xA0\x1B\x03\x80\x83\x16_\x81\x81R`\x05` \x90\x81R`@\x80\x83 \x94\x86\x16\x80\x84R\x94\x90\x91R\x80\x82 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\x16\x90UQ\x7Fv\xE6dhh\xD0\x96\x07\x8A\xC7\xF3\xF1@\x1C:\xAAU\xDC\x84\x89\x0E\xC7K\x99\xC6\x99\xE4uG\x14\xB1\x8E\x91\x90\xA3PPV[a\x16L\x84\x84a\x1B6V[_\x81\x90\x03a\x16\x89W`@Q\x7F\"\x8Eot\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x85\x90R`$\x01a\x07\x14V[_a\x16\x9A\x87a\x07\x81\x87\x87\x87\x87a\x1B\xF4V[\x90P\x84\x86`\x01`\x01`\xA0\x1B\x03\x16\x7F\xB3w\xC8\xDCwh\x9A\x82V\xCB\x1E\x1C\xF6\xA2\x12\x90\x87D\xBF\xCE\xA3\x96}\x85\x04.\x90\x9A\x06\xE8\xB9R\x86\x8A` \x01Q\x85\x88\x88`@Qa\x16\xE2\x95\x94\x93\x92\x91\x90a+\x92V[`@Q\x80\x91\x03\x90\xA3PPPPPPPV[a\x16\xFD\x85\x85a\x1B6V[\x82\x15\x80a\x17\x08WP\x80\x15[\x80a\x17\x1AWPa\x17\x18\x82\x82a\x1C#V[\x15[\x15a\x17TW`@Q\x7F\xEC\xB9\x1D\x9C\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x86\x90R`$\x01a\x07\x14V[_a\x17f\x88a\x07\x81\x88\x88\x88\x88\x88a\x1C\x8FV[\x90P\x85\x87`\x01`\x01`\xA0\x1B\x03\x16\x7Fn\x12\x93\xB7\xEF\x99\xD6\x7F\xDF\x1E\x17\xD9\n\xB4\x11}*\x01|\x9D\xEA\xAE\xF2\xE5\x14x\xE5J\xF3|\xD0O\x87\x8B` \x01Q\x85\x89\x89\x89`@Qa\x17\xB0\x96\x95\x94\x93\x92\x91\x90a+\xE0V[`@Q\x80\x91\x03\x90\xA3PPPPPPPPV[`\x01`\x01`\xA0\x1B\x03\x82\x16_\x90\x81R`\x02` R`@\x90 \x80T`\x01\x81\x01\x90\x91U\x81\x81\x14a\t\xD7W`@Q\x7Fu-\x88\xC0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x84\x16`\x04\x82\x01R`$\x81\x01\x82\x90R`D\x01a\x07\x14V[_a\x05\x8Ba\x189a\x10\xB7V[\x83`@Q\x7F\x19\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x02\x81\x01\x92\x90\x92R`\"\x82\x01R`B\x90 \x90V[_\x84`\x01`\x01`\xA0\x1B\x03\x16;_\x03a\x18\xD3W__a\x18\x93\x86\x86\x86a\x1C\xC4V[P\x90\x92P\x90P_\x81`\x03\x81\x11\x15a\x18\xACWa\x18\xACa,5V[\x14\x80\x15a\x18\xCAWP\x86`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x14[\x92PPPa\n\nV[a\x18\xDF\x85\x85\x85\x85a\x1D\x0BV[\x90Pa\n\nV[`\x01`\x01`\xA0\x1B\x03\x82\x81\x16_\x90\x81R`\x05` \x90\x81R`@\x80\x83 \x93\x85\x16\x83R\x92\x81R\x82\x82 \x83Q\x80\x85\x01\x90\x94RT`\xFF\x81\x16\x80\x85Ra\x01\0\x90\x91\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x91\x84\x01\x91\x90\x91R\x90\x91\x90\x82\x03a\x19\x81W`@Q\x7F\xBC\xB9\xF5\x88\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x80\x86\x16`\x04\x83\x01R\x84\x16`$\x82\x01R`D\x01a\x07\x14V[\x80` \x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x10a\x19\xF1W` \x81\x01Q`@Q\x7FO2\n3\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x80\x87\x16`\x04\x83\x01R\x85\x16`$\x82\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16`D\x82\x01R`d\x01a\x07\x14V[\x80Q`\x04\x16\x15\x80\x15\x90a\x1A\xA2WP`@Q\x7F\x1D\x0F\"\xD8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x84\x81\x16`\x04\x83\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90c\x1D\x0F\"\xD8\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x1A|W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x1A\xA0\x91\x90a,bV[\x15[\x15a\x1A\xE4W`@Q\x7F\xB1%\xDD\x1F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x84\x16`\x04\x82\x01R`$\x01a\x07\x14V[Q`\x03\x16\x93\x92PPPV[__[\x82\x81\x10\x15a\x1B-W_a\x1B\x04`@Q\x90V[\x90P_a\x1B\x14\x88\x88\x88\x88\x87a\x1D\x8EV[\x94\x85\x17\x94\x90\x93P\x90Pa\x1B&\x82`@RV[PPa\x1A\xF2V[P\x94\x93PPPPV[\x81a\x1BmW`@Q\x7F\xC1.\xEB\xBB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x80g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16_\x03a\x1B\xB3W`@Q\x7F\x8B\x1EM\x84\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x01a\x07\x14V[PPV[``_a\x1B\xC3\x83a\x1F\x92V[`@\x80Q` \x80\x82R\x81\x83\x01\x90\x92R\x91\x92P_\x91\x90` \x82\x01\x81\x806\x837PPP\x91\x82RP` \x81\x01\x92\x90\x92RP\x90V[_`@Q\x82\x84\x827\x91\x82 _\x83R` \x83\x01\x95\x90\x95RP`@\x81\x01\x92\x90\x92RP``\x81\x01\x91\x90\x91R`\x80\x90 \x90V[_\x7F\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80_\x83\x85\x01\x85[\x81`\x1F\x82\x01\x10\x15a\x1CeW\x805\x92\x90\x92\x17\x91` \x01a\x1CKV[\x80\x82\x03\x91\x81\x14a\x1C\x84W`\x01\x80\x83` \x03`\x08\x02\x1B\x03\x19\x815\x16\x83\x17\x92P[PP\x16\x15\x93\x92PPPV[_`@Q\x82\x84\x827\x91\x82 `\x01\x83R` \x83\x01\x96\x90\x96RP`@\x81\x01\x93\x90\x93RP``\x82\x01R`\x80\x81\x01\x91\x90\x91R`\xA0\x90 \x90V[_\x80\x80`A\x84\x90\x03a\x1C\xF8W\x845` \x86\x015`@\x87\x015_\x1Aa\x1C\xEA\x89\x82\x85\x85a\x1F\xD2V[\x95P\x95P\x95PPPPa\x1D\x02V[P_\x91P`\x02\x90P\x82[\x93P\x93P\x93\x90PV[`@\x80Q\x7F\x16&\xBA~\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x80\x82R`\x04\x82\x01\x86\x90R`$\x82\x01\x92\x90\x92R`D\x81\x01\x83\x90R_\x91\x90\x83\x90\x81\x86`d\x83\x017_\x82`d\x83\x01\x01R`\x1F\x82\x01`\x05\x1C`\x05\x1B\x91P` _`d\x84\x01\x83\x8BZ\xFA\x90P\x82_Q\x14`\x1F=\x11\x16\x81\x16\x93PPPP\x94\x93PPPPV[______a\x1D\x9F\x89\x89\x89a \xB8V[\x93P\x93P\x93P\x93Pa\x1D\xB1\x83\x83a\x1B6V[`\x02\x84\x03a\x1D\xECWa\x1D\xDC\x8Ba\x07\x81\x85\x85`@\x80Q`\x02\x81R` \x81\x01\x93\x90\x93R\x82\x01R``\x90 \x90V[P\x94P`\x02\x93Pa\x1F\x88\x92PPPV[`\x01\x84\x03a\x1E\xD4Wa\x1E\0\x89\x89\x89\x84a!\xE6V[\x95P_\x89\x82\x8Aa\x1E\x11\x82` a,\x81V[\x92a\x1E\x1E\x93\x92\x91\x90a,\x94V[a\x1E'\x91a,\xBBV[\x90P\x80\x15\x80a\x1E?WPa\x1E<\x82`\"a,\x81V[\x87\x14[\x80a\x1EhWPa\x1Ef\x8A\x8Aa\x1EU\x85`\"a,\x81V[a\x1Ea\x92\x8B\x92\x90a,\x94V[a\x1C#V[\x15[\x15a\x1E\xA2W`@Q\x7F\xEC\xB9\x1D\x9C\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x85\x90R`$\x01a\x07\x14V[a\x1E\xCD\x8Ca\x07\x81\x86\x86\x85\x8F\x8Fa\x1E\xB9\x8A`\"a,\x81V[\x90\x8F\x92a\x1E\xC8\x93\x92\x91\x90a,\x94V[a\x1C\x8FV[PPa\x1F\x7FV[a\x1E\xE0\x89\x89\x89\x84a\"\xB4V[\x95Pa\x1E\xED\x81`\x03a,\x81V[\x86\x03a\x1F(W`@Q\x7F\"\x8Eot\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`$\x01a\x07\x14V[\x83a\x1FZWa\x1FT\x8Ba\x07\x81\x85\x85\x8D\x8Da\x1FC\x88`\x03a,\x81V[a\x1FO\x92\x8E\x92\x90a,\x94V[a\x1B\xF4V[Pa\x1F\x7FV[a\x1F\x7F\x8B\x8B\x85\x85\x8D\x8Da\x1Fn\x88`\x03a,\x81V[a\x1Fz\x92\x8E\x92\x90a,\x94V[a#.V[`\x01\x94PPPPP[\x95P\x95\x93PPPPV[_`\xFF\x82\x16`\x1F\x81\x11\x15a\x05\x8BW`@Q\x7F\xB3Q+\x0C\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_\x80\x80\x7F\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF]WnsW\xA4P\x1D\xDF\xE9/Fh\x1B \xA0\x84\x11\x15a \x0BWP_\x91P`\x03\x90P\x82a \xAEV[`@\x80Q_\x80\x82R` \x82\x01\x80\x84R\x8A\x90R`\xFF\x89\x16\x92\x82\x01\x92\x90\x92R``\x81\x01\x87\x90R`\x80\x81\x01\x86\x90R`\x01\x90`\xA0\x01` `@Q` \x81\x03\x90\x80\x84\x03\x90\x85Z\xFA\x15\x80\x15a \\W=__>=_\xFD[PP`@Q\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x01Q\x91PP`\x01`\x01`\xA0\x1B\x03\x81\x16a \xA5WP_\x92P`\x01\x91P\x82\x90Pa \xAEV[\x92P_\x91P\x81\x90P[\x94P\x94P\x94\x91PPV[_____\x87\x87\x87\x81\x81\x10a \xCFWa \xCFa,\xF7V[\x91\x90\x91\x015`\xF8\x1C\x91P_\x90P`\x04\x82\x16\x81\x03a \xEDW` a \xF0V[`\x10[`\xFF\x16a \xFE\x88`\x01a,\x81V[a!\x08\x91\x90a,\x81V[\x90Pa!\x1B`\x07`\x03\x84\x90\x1C\x16\x82a,\x81V[a!&\x90`\x01a,\x81V[\x92P`\xC0\x82\x16\x15\x15\x80a!8WP\x87\x83\x11[\x15a!rW`@Q\x7F\xB0\x96%Q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x88\x90R`$\x01a\x07\x14V[\x88\x88a!\x7F\x89`\x01a,\x81V[a!\x8B\x92\x84\x92\x90a,\x94V[a!\x94\x91a,\xBBV[\x94Pa!\xA0\x81\x84a-$V[a!\xAB\x90`\x08a-7V[a!\xB7\x90a\x01\0a-$V[a!\xC3\x84\x83\x8B\x8Da,\x94V[a!\xCC\x91a,\xBBV[_\x1C\x90\x1C\x93P`\x03`\xFF\x16\x82\x16\x95PPP\x93P\x93P\x93P\x93V[_\x83a!\xF3\x83`\"a,\x81V[\x11\x15a\".W`@Q\x7F\xB0\x96%Q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`$\x01a\x07\x14V[\x84\x84a\";\x84` a,\x81V[\x90a\"G\x85`\"a,\x81V[\x92a\"T\x93\x92\x91\x90a,\x94V[a\"]\x91a-NV[`\xF0\x1Ca\"k\x83`\"a,\x81V[a\"u\x91\x90a,\x81V[\x90P\x83\x81\x11\x15a\n\nW`@Q\x7F\xB0\x96%Q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`$\x01a\x07\x14V[_\x83a\"\xC1\x83`\x03a,\x81V[\x11\x15a\"\xFCW`@Q\x7F\xB0\x96%Q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`$\x01a\x07\x14V[\x84\x82\x85a#\n\x82`\x03a,\x81V[\x92a#\x17\x93\x92\x91\x90a,\x94V[a# \x91a-\xB4V[`\xE8\x1Ca\"k\x83`\x03a,\x81V[a_\xFF\x81\x11\x15a#tW`@Q\x7F\xAA\x9A\xE3\x03\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x85\x90R`$\x81\x01\x82\x90R`D\x01a\x07\x14V[_\x82\x82`@Qa#\x85\x92\x91\x90a*\xB2V[`@Q\x80\x91\x03\x90 \x90P_a#\xCE\x84\x84\x80\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x93\x92\x91\x90\x81\x81R` \x01\x83\x83\x80\x82\x847_\x92\x01\x91\x90\x91RPa$\xA2\x92PPPV[`@\x80Q`\x03` \x80\x83\x01\x91\x90\x91R\x81\x83\x01\x8A\x90Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x89\x16``\x83\x01R`\x80\x82\x01\x86\x90R`\x01`\x01`\xA0\x1B\x03\x84\x16`\xA0\x80\x84\x01\x91\x90\x91R\x83Q\x80\x84\x03\x90\x91\x01\x81R`\xC0\x90\x92\x01\x90\x92R\x80Q\x91\x01 \x90\x91Pa$2\x90\x89\x90a\x07\x81V[P\x86`\x01`\x01`\xA0\x1B\x03\x16\x7FI\xD4H\xA9\x8B2\xBC'\x1Fk\xEDGw\xFC\xE1\xD7\xD2\x94\xF5aph^U\x0Cm\x03\x04\xE1\xE5f%\x89` \x01Q\x83`@Qa$\x90\x92\x91\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x90\x92\x16\x82R`\x01`\x01`\xA0\x1B\x03\x16` \x82\x01R`@\x01\x90V[`@Q\x80\x91\x03\x90\xA2PPPPPPPPV[_\x81Q\x80`@\x1Bk\xFEa\0\x01\x80`\n=9=\xF3\0\x01a\xFF\xFE\x82\x11\x84\x01R`\x0B\x81\x01`\x15\x84\x01_\xF0\x91P\x81a$\xDDWc0\x11d%_R`\x04`\x1C\xFD[\x90\x91R\x90V[\x805`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a$\xF9W__\xFD[\x91\x90PV[__`@\x83\x85\x03\x12\x15a%\x0FW__\xFD[a%\x18\x83a$\xE3V[\x91Pa%&` \x84\x01a$\xE3V[\x90P\x92P\x92\x90PV[_` \x82\x84\x03\x12\x15a%?W__\xFD[a%H\x82a$\xE3V[\x93\x92PPPV[__\x83`\x1F\x84\x01\x12a%_W__\xFD[P\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a%vW__\xFD[` \x83\x01\x91P\x83` \x82\x85\x01\x01\x11\x15a%\x8DW__\xFD[\x92P\x92\x90PV[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a$\xF9W__\xFD[_________`\xE0\x8A\x8C\x03\x12\x15a%\xC3W__\xFD[a%\xCC\x8Aa$\xE3V[\x98P` \x8A\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a%\xE7W__\xFD[a%\xF3\x8C\x82\x8D\x01a%OV[\x90\x99P\x97Pa&\x06\x90P`@\x8B\x01a%\x94V[\x95Pa&\x14``\x8B\x01a$\xE3V[\x94P`\x80\x8A\x015\x93P`\xA0\x8A\x015\x92P`\xC0\x8A\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a&=W__\xFD[a&I\x8C\x82\x8D\x01a%OV[\x91P\x80\x93PP\x80\x91PP\x92\x95\x98P\x92\x95\x98P\x92\x95\x98V[___``\x84\x86\x03\x12\x15a&rW__\xFD[a&{\x84a%\x94V[\x92P` \x84\x015\x91Pa&\x90`@\x85\x01a%\x94V[\x90P\x92P\x92P\x92V[___``\x84\x86\x03\x12\x15a&\xABW__\xFD[\x835\x92Pa&\xBB` \x85\x01a%\x94V[\x91Pa&\x90`@\x85\x01a%\x94V[\x805`\xFF\x81\x16\x81\x14a$\xF9W__\xFD[___``\x84\x86\x03\x12\x15a&\xEBW__\xFD[a&\xF4\x84a$\xE3V[\x92Pa&\xBB` \x85\x01a&\xC9V[____``\x85\x87\x03\x12\x15a'\x15W__\xFD[a'\x1E\x85a$\xE3V[\x93P` \x85\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a'9W__\xFD[a'E\x87\x82\x88\x01a%OV[\x90\x94P\x92Pa'X\x90P`@\x86\x01a%\x94V[\x90P\x92\x95\x91\x94P\x92PV[_\x81Q\x80\x84R\x80` \x84\x01` \x86\x01^_` \x82\x86\x01\x01R` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0`\x1F\x83\x01\x16\x85\x01\x01\x91PP\x92\x91PPV[\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x88\x16\x81R`\xE0` \x82\x01R_a'\xE9`\xE0\x83\x01\x89a'cV[\x82\x81\x03`@\x84\x01Ra'\xFB\x81\x89a'cV[``\x84\x01\x88\x90R`\x01`\x01`\xA0\x1B\x03\x87\x16`\x80\x85\x01R`\xA0\x84\x01\x86\x90R\x83\x81\x03`\xC0\x85\x01R\x84Q\x80\x82R` \x80\x87\x01\x93P\x90\x91\x01\x90_[\x81\x81\x10\x15a(PW\x83Q\x83R` \x93\x84\x01\x93\x90\x92\x01\x91`\x01\x01a(2V[P\x90\x9B\x9APPPPPPPPPPPV[______`\xA0\x87\x89\x03\x12\x15a(vW__\xFD[a(\x7F\x87a$\xE3V[\x95Pa(\x8D` \x88\x01a$\xE3V[\x94P`@\x87\x015\x93P``\x87\x015\x92P`\x80\x87\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a(\xB6W__\xFD[a(\xC2\x89\x82\x8A\x01a%OV[\x97\x9A\x96\x99P\x94\x97P\x92\x95\x93\x94\x92PPPV[___`@\x84\x86\x03\x12\x15a(\xE6W__\xFD[\x835g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a(\xFCW__\xFD[a)\x08\x86\x82\x87\x01a%OV[\x90\x94P\x92Pa&\x90\x90P` \x85\x01a%\x94V[_____`\x80\x86\x88\x03\x12\x15a)/W__\xFD[\x855\x94Pa)?` \x87\x01a%\x94V[\x93P`@\x86\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a)ZW__\xFD[a)f\x88\x82\x89\x01a%OV[\x90\x94P\x92Pa)y\x90P``\x87\x01a%\x94V[\x90P\x92\x95P\x92\x95\x90\x93PV[________`\xE0\x89\x8B\x03\x12\x15a)\x9CW__\xFD[a)\xA5\x89a$\xE3V[\x97Pa)\xB3` \x8A\x01a$\xE3V[\x96Pa)\xC1`@\x8A\x01a&\xC9V[\x95Pa)\xCF``\x8A\x01a%\x94V[\x94P`\x80\x89\x015\x93P`\xA0\x89\x015\x92P`\xC0\x89\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a)\xF8W__\xFD[a*\x04\x8B\x82\x8C\x01a%OV[\x99\x9C\x98\x9BP\x96\x99P\x94\x97\x93\x96\x92\x95\x94PPPV[__`@\x83\x85\x03\x12\x15a*)W__\xFD[a*2\x83a$\xE3V[\x91Pa%&` \x84\x01a%\x94V[______`\xA0\x87\x89\x03\x12\x15a*UW__\xFD[\x865\x95Pa*e` \x88\x01a%\x94V[\x94P`@\x87\x015\x93P``\x87\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a*\x87W__\xFD[a*\x93\x89\x82\x8A\x01a%OV[\x90\x94P\x92Pa*\xA6\x90P`\x80\x88\x01a%\x94V[\x90P\x92\x95P\x92\x95P\x92\x95V[\x81\x83\x827_\x91\x01\x90\x81R\x91\x90PV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x11`\x04R`$_\xFD[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x05\x8BWa\x05\x8Ba*\xC1V[\x81\x83R\x81\x81` \x85\x017P_` \x82\x84\x01\x01R_` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0`\x1F\x84\x01\x16\x84\x01\x01\x90P\x92\x91PPV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16` \x82\x01R```@\x82\x01R_a+\x88``\x83\x01\x84\x86a+\x0EV[\x96\x95PPPPPPV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x86\x16\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16` \x82\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16`@\x82\x01R`\x80``\x82\x01R_a+\xD5`\x80\x83\x01\x84\x86a+\x0EV[\x97\x96PPPPPPPV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x87\x16\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x86\x16` \x82\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16`@\x82\x01R\x83``\x82\x01R`\xA0`\x80\x82\x01R_a,)`\xA0\x83\x01\x84\x86a+\x0EV[\x98\x97PPPPPPPPV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[_` \x82\x84\x03\x12\x15a,rW__\xFD[\x81Q\x80\x15\x15\x81\x14a%HW__\xFD[\x80\x82\x01\x80\x82\x11\x15a\x05\x8BWa\x05\x8Ba*\xC1V[__\x85\x85\x11\x15a,\xA2W__\xFD[\x83\x86\x11\x15a,\xAEW__\xFD[PP\x82\x01\x93\x91\x90\x92\x03\x91PV[\x805` \x83\x10\x15a\x05\x8BW\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF` \x84\x90\x03`\x03\x1B\x1B\x16\x92\x91PPV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`2`\x04R`$_\xFD[\x81\x81\x03\x81\x81\x11\x15a\x05\x8BWa\x05\x8Ba*\xC1V[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\x05\x8BWa\x05\x8Ba*\xC1V[\x805\x7F\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x90`\x02\x84\x10\x15a-\xADW\x7F\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x80\x85`\x02\x03`\x03\x1B\x1B\x82\x16\x16\x91P[P\x92\x91PPV[\x805\x7F\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x90`\x03\x84\x10\x15a-\xADW\x7F\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x80\x85`\x03\x03`\x03\x1B\x1B\x82\x16\x16\x91PP\x92\x91PPV",
    );
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Scope(u8);
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Scope> for u8 {
            #[inline]
            fn stv_to_tokens(
                &self,
            ) -> <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::Token<'_>
            {
                alloy_sol_types::private::SolTypeValue::<
                    alloy::sol_types::sol_data::Uint<8>,
                >::stv_to_tokens(self)
            }
            #[inline]
            fn stv_eip712_data_word(&self) -> alloy_sol_types::Word {
                <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::tokenize(self).0
            }
            #[inline]
            fn stv_abi_encode_packed_to(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::SolType>::abi_encode_packed_to(self, out)
            }
            #[inline]
            fn stv_abi_packed_encoded_size(&self) -> usize {
                <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::abi_encoded_size(
                    self,
                )
            }
        }
        impl Scope {
            /// The Solidity type name.
            pub const NAME: &'static str = stringify!(@ name);
            /// Convert from the underlying value type.
            #[inline]
            pub const fn from_underlying(value: u8) -> Self {
                Self(value)
            }
            /// Return the underlying value.
            #[inline]
            pub const fn into_underlying(self) -> u8 {
                self.0
            }
            /// Return the single encoding of this value, delegating to the
            /// underlying type.
            #[inline]
            pub fn abi_encode(&self) -> alloy_sol_types::private::Vec<u8> {
                <Self as alloy_sol_types::SolType>::abi_encode(&self.0)
            }
            /// Return the packed encoding of this value, delegating to the
            /// underlying type.
            #[inline]
            pub fn abi_encode_packed(&self) -> alloy_sol_types::private::Vec<u8> {
                <Self as alloy_sol_types::SolType>::abi_encode_packed(&self.0)
            }
        }
        #[automatically_derived]
        impl From<u8> for Scope {
            fn from(value: u8) -> Self {
                Self::from_underlying(value)
            }
        }
        #[automatically_derived]
        impl From<Scope> for u8 {
            fn from(value: Scope) -> Self {
                value.into_underlying()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for Scope {
            type RustType = u8;
            type Token<'a> =
                <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::Token<'a>;
            const SOL_NAME: &'static str = Self::NAME;
            const ENCODED_SIZE: Option<usize> =
                <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::ENCODED_SIZE;
            const PACKED_ENCODED_SIZE: Option<usize> = <alloy::sol_types::sol_data::Uint<
                8,
            > as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE;
            #[inline]
            fn valid_token(token: &Self::Token<'_>) -> bool {
                Self::type_check(token).is_ok()
            }
            #[inline]
            fn type_check(token: &Self::Token<'_>) -> alloy_sol_types::Result<()> {
                <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::type_check(token)
            }
            #[inline]
            fn detokenize(token: Self::Token<'_>) -> Self::RustType {
                <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::detokenize(token)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for Scope {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::EventTopic>::topic_preimage_length(rust)
            }
            #[inline]
            fn encode_topic_preimage(
                rust: &Self::RustType,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(rust, out)
            }
            #[inline]
            fn encode_topic(rust: &Self::RustType) -> alloy_sol_types::abi::token::WordToken {
                <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::EventTopic>::encode_topic(
                    rust,
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `InvalidAccountNonce(address,uint256)` and selector `0x752d88c0`.
    ```solidity
    error InvalidAccountNonce(address account, uint256 currentNonce);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidAccountNonce {
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub currentNonce: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> =
            (alloy::sol_types::sol_data::Address, alloy::sol_types::sol_data::Uint<256>);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::Address,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<InvalidAccountNonce> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidAccountNonce) -> Self {
                (value.account, value.currentNonce)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidAccountNonce {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { account: tuple.0, currentNonce: tuple.1 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidAccountNonce {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidAccountNonce(address,uint256)";
            const SELECTOR: [u8; 4] = [117u8, 45u8, 136u8, 192u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.account,
                    ),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        &self.currentNonce,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `InvalidShortString()` and selector `0xb3512b0c`.
    ```solidity
    error InvalidShortString();
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidShortString;
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<InvalidShortString> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidShortString) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidShortString {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidShortString {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidShortString()";
            const SELECTOR: [u8; 4] = [179u8, 81u8, 43u8, 12u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `StringTooLong(string)` and selector `0x305a27a9`.
    ```solidity
    error StringTooLong(string str);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct StringTooLong {
        #[allow(missing_docs)]
        pub str: alloy::sol_types::private::String,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::String,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::String,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<StringTooLong> for UnderlyingRustTuple<'_> {
            fn from(value: StringTooLong) -> Self {
                (value.str,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for StringTooLong {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { str: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for StringTooLong {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "StringTooLong(string)";
            const SELECTOR: [u8; 4] = [48u8, 90u8, 39u8, 169u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                    &self.str,
                ),)
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `VaultCodeTooLarge(bytes32,uint256)` and selector `0xaa9ae303`.
    ```solidity
    error VaultCodeTooLarge(bytes32 id, uint256 length);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct VaultCodeTooLarge {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub length: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> =
            (alloy::sol_types::sol_data::FixedBytes<32>, alloy::sol_types::sol_data::Uint<256>);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::FixedBytes<32>,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<VaultCodeTooLarge> for UnderlyingRustTuple<'_> {
            fn from(value: VaultCodeTooLarge) -> Self {
                (value.id, value.length)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for VaultCodeTooLarge {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { id: tuple.0, length: tuple.1 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for VaultCodeTooLarge {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "VaultCodeTooLarge(bytes32,uint256)";
            const SELECTOR: [u8; 4] = [170u8, 154u8, 227u8, 3u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.id),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.length),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `VaultDelegationExpired(address,address,uint64)` and selector `0x4f320a33`.
    ```solidity
    error VaultDelegationExpired(address owner, address delegate, uint64 expiry);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct VaultDelegationExpired {
        #[allow(missing_docs)]
        pub owner: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub delegate: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub expiry: u64,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Uint<64>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> =
            (alloy::sol_types::private::Address, alloy::sol_types::private::Address, u64);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<VaultDelegationExpired> for UnderlyingRustTuple<'_> {
            fn from(value: VaultDelegationExpired) -> Self {
                (value.owner, value.delegate, value.expiry)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for VaultDelegationExpired {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { owner: tuple.0, delegate: tuple.1, expiry: tuple.2 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for VaultDelegationExpired {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "VaultDelegationExpired(address,address,uint64)";
            const SELECTOR: [u8; 4] = [79u8, 50u8, 10u8, 51u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.owner,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.delegate,
                    ),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.expiry,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `VaultEmptyBatch()` and selector `0x63cf0f26`.
    ```solidity
    error VaultEmptyBatch();
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct VaultEmptyBatch;
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<VaultEmptyBatch> for UnderlyingRustTuple<'_> {
            fn from(value: VaultEmptyBatch) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for VaultEmptyBatch {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for VaultEmptyBatch {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "VaultEmptyBatch()";
            const SELECTOR: [u8; 4] = [99u8, 207u8, 15u8, 38u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `VaultEmptyCiphertext(bytes32)` and selector `0x228e6f74`.
    ```solidity
    error VaultEmptyCiphertext(bytes32 id);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct VaultEmptyCiphertext {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<VaultEmptyCiphertext> for UnderlyingRustTuple<'_> {
            fn from(value: VaultEmptyCiphertext) -> Self {
                (value.id,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for VaultEmptyCiphertext {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { id: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for VaultEmptyCiphertext {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "VaultEmptyCiphertext(bytes32)";
            const SELECTOR: [u8; 4] = [34u8, 142u8, 111u8, 116u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.id),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `VaultEpochNotIncreasing(uint64,uint64)` and selector `0x9e690ad8`.
    ```solidity
    error VaultEpochNotIncreasing(uint64 current, uint64 proposed);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct VaultEpochNotIncreasing {
        #[allow(missing_docs)]
        pub current: u64,
        #[allow(missing_docs)]
        pub proposed: u64,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> =
            (alloy::sol_types::sol_data::Uint<64>, alloy::sol_types::sol_data::Uint<64>);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (u64, u64);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<VaultEpochNotIncreasing> for UnderlyingRustTuple<'_> {
            fn from(value: VaultEpochNotIncreasing) -> Self {
                (value.current, value.proposed)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for VaultEpochNotIncreasing {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { current: tuple.0, proposed: tuple.1 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for VaultEpochNotIncreasing {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "VaultEpochNotIncreasing(uint64,uint64)";
            const SELECTOR: [u8; 4] = [158u8, 105u8, 10u8, 216u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.current,
                    ),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.proposed,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `VaultInvalidGrant(address,uint8,uint64)` and selector `0x05d0b6e1`.
    ```solidity
    error VaultInvalidGrant(address delegate, Scope scope, uint64 expiry);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct VaultInvalidGrant {
        #[allow(missing_docs)]
        pub delegate: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub scope: <Scope as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub expiry: u64,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> =
            (alloy::sol_types::sol_data::Address, Scope, alloy::sol_types::sol_data::Uint<64>);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::Address,
            <Scope as alloy::sol_types::SolType>::RustType,
            u64,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<VaultInvalidGrant> for UnderlyingRustTuple<'_> {
            fn from(value: VaultInvalidGrant) -> Self {
                (value.delegate, value.scope, value.expiry)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for VaultInvalidGrant {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { delegate: tuple.0, scope: tuple.1, expiry: tuple.2 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for VaultInvalidGrant {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "VaultInvalidGrant(address,uint8,uint64)";
            const SELECTOR: [u8; 4] = [5u8, 208u8, 182u8, 225u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.delegate,
                    ),
                    <Scope as alloy_sol_types::SolType>::tokenize(&self.scope),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.expiry,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `VaultInvalidPointer(bytes32)` and selector `0xecb91d9c`.
    ```solidity
    error VaultInvalidPointer(bytes32 id);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct VaultInvalidPointer {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<VaultInvalidPointer> for UnderlyingRustTuple<'_> {
            fn from(value: VaultInvalidPointer) -> Self {
                (value.id,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for VaultInvalidPointer {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { id: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for VaultInvalidPointer {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "VaultInvalidPointer(bytes32)";
            const SELECTOR: [u8; 4] = [236u8, 185u8, 29u8, 156u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.id),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `VaultInvalidSignature(address)` and selector `0x28cc3f72`.
    ```solidity
    error VaultInvalidSignature(address signer);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct VaultInvalidSignature {
        #[allow(missing_docs)]
        pub signer: alloy::sol_types::private::Address,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<VaultInvalidSignature> for UnderlyingRustTuple<'_> {
            fn from(value: VaultInvalidSignature) -> Self {
                (value.signer,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for VaultInvalidSignature {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { signer: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for VaultInvalidSignature {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "VaultInvalidSignature(address)";
            const SELECTOR: [u8; 4] = [40u8, 204u8, 63u8, 114u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                    &self.signer,
                ),)
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `VaultMalformedBatch(uint256)` and selector `0xb0962551`.
    ```solidity
    error VaultMalformedBatch(uint256 offset);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct VaultMalformedBatch {
        #[allow(missing_docs)]
        pub offset: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::primitives::aliases::U256,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<VaultMalformedBatch> for UnderlyingRustTuple<'_> {
            fn from(value: VaultMalformedBatch) -> Self {
                (value.offset,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for VaultMalformedBatch {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { offset: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for VaultMalformedBatch {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "VaultMalformedBatch(uint256)";
            const SELECTOR: [u8; 4] = [176u8, 150u8, 37u8, 81u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                    &self.offset,
                ),)
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `VaultNoTeeRegistry()` and selector `0x202afb9f`.
    ```solidity
    error VaultNoTeeRegistry();
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct VaultNoTeeRegistry;
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<VaultNoTeeRegistry> for UnderlyingRustTuple<'_> {
            fn from(value: VaultNoTeeRegistry) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for VaultNoTeeRegistry {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for VaultNoTeeRegistry {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "VaultNoTeeRegistry()";
            const SELECTOR: [u8; 4] = [32u8, 42u8, 251u8, 159u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `VaultNotDelegate(address,address)` and selector `0xbcb9f588`.
    ```solidity
    error VaultNotDelegate(address owner, address delegate);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct VaultNotDelegate {
        #[allow(missing_docs)]
        pub owner: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub delegate: alloy::sol_types::private::Address,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> =
            (alloy::sol_types::sol_data::Address, alloy::sol_types::sol_data::Address);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> =
            (alloy::sol_types::private::Address, alloy::sol_types::private::Address);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<VaultNotDelegate> for UnderlyingRustTuple<'_> {
            fn from(value: VaultNotDelegate) -> Self {
                (value.owner, value.delegate)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for VaultNotDelegate {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { owner: tuple.0, delegate: tuple.1 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for VaultNotDelegate {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "VaultNotDelegate(address,address)";
            const SELECTOR: [u8; 4] = [188u8, 185u8, 245u8, 136u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.owner,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.delegate,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `VaultScopeNotGranted(address,address,uint8,uint8)` and selector `0x6c9ab452`.
    ```solidity
    error VaultScopeNotGranted(address owner, address delegate, Scope required, Scope granted);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct VaultScopeNotGranted {
        #[allow(missing_docs)]
        pub owner: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub delegate: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub required: <Scope as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub granted: <Scope as alloy::sol_types::SolType>::RustType,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Address,
            Scope,
            Scope,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::Address,
            alloy::sol_types::private::Address,
            <Scope as alloy::sol_types::SolType>::RustType,
            <Scope as alloy::sol_types::SolType>::RustType,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<VaultScopeNotGranted> for UnderlyingRustTuple<'_> {
            fn from(value: VaultScopeNotGranted) -> Self {
                (value.owner, value.delegate, value.required, value.granted)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for VaultScopeNotGranted {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { owner: tuple.0, delegate: tuple.1, required: tuple.2, granted: tuple.3 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for VaultScopeNotGranted {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "VaultScopeNotGranted(address,address,uint8,uint8)";
            const SELECTOR: [u8; 4] = [108u8, 154u8, 180u8, 82u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.owner,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.delegate,
                    ),
                    <Scope as alloy_sol_types::SolType>::tokenize(&self.required),
                    <Scope as alloy_sol_types::SolType>::tokenize(&self.granted),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `VaultSequenceMismatch(address,uint64,uint64)` and selector `0x56506811`.
    ```solidity
    error VaultSequenceMismatch(address owner, uint64 expected, uint64 actual);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct VaultSequenceMismatch {
        #[allow(missing_docs)]
        pub owner: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub expected: u64,
        #[allow(missing_docs)]
        pub actual: u64,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Uint<64>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address, u64, u64);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<VaultSequenceMismatch> for UnderlyingRustTuple<'_> {
            fn from(value: VaultSequenceMismatch) -> Self {
                (value.owner, value.expected, value.actual)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for VaultSequenceMismatch {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { owner: tuple.0, expected: tuple.1, actual: tuple.2 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for VaultSequenceMismatch {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "VaultSequenceMismatch(address,uint64,uint64)";
            const SELECTOR: [u8; 4] = [86u8, 80u8, 104u8, 17u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.owner,
                    ),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.expected,
                    ),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.actual,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `VaultSignatureExpired(uint256)` and selector `0xbab6e9db`.
    ```solidity
    error VaultSignatureExpired(uint256 deadline);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct VaultSignatureExpired {
        #[allow(missing_docs)]
        pub deadline: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::primitives::aliases::U256,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<VaultSignatureExpired> for UnderlyingRustTuple<'_> {
            fn from(value: VaultSignatureExpired) -> Self {
                (value.deadline,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for VaultSignatureExpired {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { deadline: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for VaultSignatureExpired {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "VaultSignatureExpired(uint256)";
            const SELECTOR: [u8; 4] = [186u8, 182u8, 233u8, 219u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                    &self.deadline,
                ),)
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `VaultTeeNodeInactive(address)` and selector `0xb125dd1f`.
    ```solidity
    error VaultTeeNodeInactive(address delegate);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct VaultTeeNodeInactive {
        #[allow(missing_docs)]
        pub delegate: alloy::sol_types::private::Address,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<VaultTeeNodeInactive> for UnderlyingRustTuple<'_> {
            fn from(value: VaultTeeNodeInactive) -> Self {
                (value.delegate,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for VaultTeeNodeInactive {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { delegate: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for VaultTeeNodeInactive {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "VaultTeeNodeInactive(address)";
            const SELECTOR: [u8; 4] = [177u8, 37u8, 221u8, 31u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                    &self.delegate,
                ),)
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `VaultZeroId()` and selector `0xc12eebbb`.
    ```solidity
    error VaultZeroId();
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct VaultZeroId;
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<VaultZeroId> for UnderlyingRustTuple<'_> {
            fn from(value: VaultZeroId) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for VaultZeroId {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for VaultZeroId {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "VaultZeroId()";
            const SELECTOR: [u8; 4] = [193u8, 46u8, 235u8, 187u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `VaultZeroKeyCheck()` and selector `0xab02f7b3`.
    ```solidity
    error VaultZeroKeyCheck();
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct VaultZeroKeyCheck;
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<VaultZeroKeyCheck> for UnderlyingRustTuple<'_> {
            fn from(value: VaultZeroKeyCheck) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for VaultZeroKeyCheck {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for VaultZeroKeyCheck {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "VaultZeroKeyCheck()";
            const SELECTOR: [u8; 4] = [171u8, 2u8, 247u8, 179u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `VaultZeroVersion(bytes32)` and selector `0x8b1e4d84`.
    ```solidity
    error VaultZeroVersion(bytes32 id);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct VaultZeroVersion {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<VaultZeroVersion> for UnderlyingRustTuple<'_> {
            fn from(value: VaultZeroVersion) -> Self {
                (value.id,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for VaultZeroVersion {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { id: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for VaultZeroVersion {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "VaultZeroVersion(bytes32)";
            const SELECTOR: [u8; 4] = [139u8, 30u8, 77u8, 132u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.id),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `BatchApplied(address,uint64,uint64,bytes)` and selector `0x8d0bda29fed31e14cd336f598b451510ca7ccc1def5180746efa6f4b2370a9f2`.
    ```solidity
    event BatchApplied(address indexed owner, uint64 firstSeq, uint64 prevWriteBlock, bytes ops);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct BatchApplied {
        #[allow(missing_docs)]
        pub owner: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub firstSeq: u64,
        #[allow(missing_docs)]
        pub prevWriteBlock: u64,
        #[allow(missing_docs)]
        pub ops: alloy::sol_types::private::Bytes,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for BatchApplied {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Bytes,
            );
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList =
                (alloy_sol_types::sol_data::FixedBytes<32>, alloy::sol_types::sol_data::Address);
            const SIGNATURE: &'static str = "BatchApplied(address,uint64,uint64,bytes)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    141u8, 11u8, 218u8, 41u8, 254u8, 211u8, 30u8, 20u8, 205u8, 51u8, 111u8, 89u8,
                    139u8, 69u8, 21u8, 16u8, 202u8, 124u8, 204u8, 29u8, 239u8, 81u8, 128u8, 116u8,
                    110u8, 250u8, 111u8, 75u8, 35u8, 112u8, 169u8, 242u8,
                ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { owner: topics.1, firstSeq: data.0, prevWriteBlock: data.1, ops: data.2 }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(alloy_sol_types::Error::invalid_event_signature_hash(
                        Self::SIGNATURE,
                        topics.0,
                        Self::SIGNATURE_HASH,
                    ));
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.firstSeq,
                    ),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.prevWriteBlock,
                    ),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.ops,
                    ),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.owner.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(Self::SIGNATURE_HASH);
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.owner,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for BatchApplied {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&BatchApplied> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &BatchApplied) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `DelegateGranted(address,address,uint8,uint64)` and selector `0x8998f53af6b3f419dec4df2455c5b06df461d3bc38a5aa629b137af7dbcfe3c7`.
    ```solidity
    event DelegateGranted(address indexed owner, address indexed delegate, Scope scope, uint64 expiry);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct DelegateGranted {
        #[allow(missing_docs)]
        pub owner: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub delegate: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub scope: <Scope as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub expiry: u64,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for DelegateGranted {
            type DataTuple<'a> = (Scope, alloy::sol_types::sol_data::Uint<64>);
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "DelegateGranted(address,address,uint8,uint64)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    137u8, 152u8, 245u8, 58u8, 246u8, 179u8, 244u8, 25u8, 222u8, 196u8, 223u8,
                    36u8, 85u8, 197u8, 176u8, 109u8, 244u8, 97u8, 211u8, 188u8, 56u8, 165u8, 170u8,
                    98u8, 155u8, 19u8, 122u8, 247u8, 219u8, 207u8, 227u8, 199u8,
                ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { owner: topics.1, delegate: topics.2, scope: data.0, expiry: data.1 }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(alloy_sol_types::Error::invalid_event_signature_hash(
                        Self::SIGNATURE,
                        topics.0,
                        Self::SIGNATURE_HASH,
                    ));
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <Scope as alloy_sol_types::SolType>::tokenize(&self.scope),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.expiry,
                    ),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.owner.clone(), self.delegate.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(Self::SIGNATURE_HASH);
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.owner,
                );
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.delegate,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for DelegateGranted {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&DelegateGranted> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &DelegateGranted) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `DelegateRevoked(address,address)` and selector `0x76e6646868d096078ac7f3f1401c3aaa55dc84890ec74b99c699e4754714b18e`.
    ```solidity
    event DelegateRevoked(address indexed owner, address indexed delegate);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct DelegateRevoked {
        #[allow(missing_docs)]
        pub owner: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub delegate: alloy::sol_types::private::Address,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for DelegateRevoked {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "DelegateRevoked(address,address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    118u8, 230u8, 100u8, 104u8, 104u8, 208u8, 150u8, 7u8, 138u8, 199u8, 243u8,
                    241u8, 64u8, 28u8, 58u8, 170u8, 85u8, 220u8, 132u8, 137u8, 14u8, 199u8, 75u8,
                    153u8, 198u8, 153u8, 228u8, 117u8, 71u8, 20u8, 177u8, 142u8,
                ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { owner: topics.1, delegate: topics.2 }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(alloy_sol_types::Error::invalid_event_signature_hash(
                        Self::SIGNATURE,
                        topics.0,
                        Self::SIGNATURE_HASH,
                    ));
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                ()
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.owner.clone(), self.delegate.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(Self::SIGNATURE_HASH);
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.owner,
                );
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.delegate,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for DelegateRevoked {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&DelegateRevoked> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &DelegateRevoked) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `DelegatedBatchApplied(address,address,uint64,uint64)` and selector `0xe557dc7db08d0d4cd1e79abf059cae3e470552f0d9cfacf633359e730402f7da`.
    ```solidity
    event DelegatedBatchApplied(address indexed owner, address indexed delegate, uint64 firstSeq, uint64 lastSeq);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct DelegatedBatchApplied {
        #[allow(missing_docs)]
        pub owner: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub delegate: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub firstSeq: u64,
        #[allow(missing_docs)]
        pub lastSeq: u64,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for DelegatedBatchApplied {
            type DataTuple<'a> =
                (alloy::sol_types::sol_data::Uint<64>, alloy::sol_types::sol_data::Uint<64>);
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "DelegatedBatchApplied(address,address,uint64,uint64)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    229u8, 87u8, 220u8, 125u8, 176u8, 141u8, 13u8, 76u8, 209u8, 231u8, 154u8,
                    191u8, 5u8, 156u8, 174u8, 62u8, 71u8, 5u8, 82u8, 240u8, 217u8, 207u8, 172u8,
                    246u8, 51u8, 53u8, 158u8, 115u8, 4u8, 2u8, 247u8, 218u8,
                ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { owner: topics.1, delegate: topics.2, firstSeq: data.0, lastSeq: data.1 }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(alloy_sol_types::Error::invalid_event_signature_hash(
                        Self::SIGNATURE,
                        topics.0,
                        Self::SIGNATURE_HASH,
                    ));
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.firstSeq,
                    ),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.lastSeq,
                    ),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.owner.clone(), self.delegate.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(Self::SIGNATURE_HASH);
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.owner,
                );
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.delegate,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for DelegatedBatchApplied {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&DelegatedBatchApplied> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &DelegatedBatchApplied) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `EIP712DomainChanged()` and selector `0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31`.
    ```solidity
    event EIP712DomainChanged();
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct EIP712DomainChanged;
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for EIP712DomainChanged {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "EIP712DomainChanged()";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    10u8, 99u8, 135u8, 201u8, 234u8, 54u8, 40u8, 184u8, 138u8, 99u8, 59u8, 180u8,
                    243u8, 177u8, 81u8, 119u8, 15u8, 112u8, 8u8, 81u8, 23u8, 161u8, 95u8, 155u8,
                    243u8, 120u8, 124u8, 218u8, 83u8, 241u8, 61u8, 49u8,
                ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {}
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(alloy_sol_types::Error::invalid_event_signature_hash(
                        Self::SIGNATURE,
                        topics.0,
                        Self::SIGNATURE_HASH,
                    ));
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                ()
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(),)
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(Self::SIGNATURE_HASH);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for EIP712DomainChanged {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&EIP712DomainChanged> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &EIP712DomainChanged) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `KeyCheckPublished(address,uint64,bytes32,uint64,uint64)` and selector `0x79ee84fdc5cb51dc0e17f820d46eaf7688046cec44551e633928a7a0f90d15a2`.
    ```solidity
    event KeyCheckPublished(address indexed owner, uint64 indexed epoch, bytes32 keyCheck, uint64 seq, uint64 prevWriteBlock);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct KeyCheckPublished {
        #[allow(missing_docs)]
        pub owner: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub epoch: u64,
        #[allow(missing_docs)]
        pub keyCheck: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub seq: u64,
        #[allow(missing_docs)]
        pub prevWriteBlock: u64,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for KeyCheckPublished {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Uint<64>,
            );
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<64>,
            );
            const SIGNATURE: &'static str =
                "KeyCheckPublished(address,uint64,bytes32,uint64,uint64)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    121u8, 238u8, 132u8, 253u8, 197u8, 203u8, 81u8, 220u8, 14u8, 23u8, 248u8, 32u8,
                    212u8, 110u8, 175u8, 118u8, 136u8, 4u8, 108u8, 236u8, 68u8, 85u8, 30u8, 99u8,
                    57u8, 40u8, 167u8, 160u8, 249u8, 13u8, 21u8, 162u8,
                ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    owner: topics.1,
                    epoch: topics.2,
                    keyCheck: data.0,
                    seq: data.1,
                    prevWriteBlock: data.2,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(alloy_sol_types::Error::invalid_event_signature_hash(
                        Self::SIGNATURE,
                        topics.0,
                        Self::SIGNATURE_HASH,
                    ));
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.keyCheck),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.seq),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.prevWriteBlock),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.owner.clone(), self.epoch.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(Self::SIGNATURE_HASH);
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.owner,
                );
                out[2usize] = <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.epoch);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for KeyCheckPublished {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&KeyCheckPublished> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &KeyCheckPublished) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `RecordCodeStored(address,uint64,address)` and selector `0x49d448a98b32bc271f6bed4777fce1d7d294f56170685e550c6d0304e1e56625`.
    ```solidity
    event RecordCodeStored(address indexed owner, uint64 seq, address pointer);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct RecordCodeStored {
        #[allow(missing_docs)]
        pub owner: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub seq: u64,
        #[allow(missing_docs)]
        pub pointer: alloy::sol_types::private::Address,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for RecordCodeStored {
            type DataTuple<'a> =
                (alloy::sol_types::sol_data::Uint<64>, alloy::sol_types::sol_data::Address);
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList =
                (alloy_sol_types::sol_data::FixedBytes<32>, alloy::sol_types::sol_data::Address);
            const SIGNATURE: &'static str = "RecordCodeStored(address,uint64,address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    73u8, 212u8, 72u8, 169u8, 139u8, 50u8, 188u8, 39u8, 31u8, 107u8, 237u8, 71u8,
                    119u8, 252u8, 225u8, 215u8, 210u8, 148u8, 245u8, 97u8, 112u8, 104u8, 94u8,
                    85u8, 12u8, 109u8, 3u8, 4u8, 225u8, 229u8, 102u8, 37u8,
                ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { owner: topics.1, seq: data.0, pointer: data.1 }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(alloy_sol_types::Error::invalid_event_signature_hash(
                        Self::SIGNATURE,
                        topics.0,
                        Self::SIGNATURE_HASH,
                    ));
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.seq,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.pointer,
                    ),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.owner.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(Self::SIGNATURE_HASH);
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.owner,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for RecordCodeStored {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&RecordCodeStored> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &RecordCodeStored) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `RecordDeleted(address,bytes32,uint64,uint64,uint64)` and selector `0x0e8d4dc112a9b7c2998e68977205e7b8f271ba4f9c7d2729ef2d3b4540965d04`.
    ```solidity
    event RecordDeleted(address indexed owner, bytes32 indexed id, uint64 version, uint64 seq, uint64 prevWriteBlock);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct RecordDeleted {
        #[allow(missing_docs)]
        pub owner: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub version: u64,
        #[allow(missing_docs)]
        pub seq: u64,
        #[allow(missing_docs)]
        pub prevWriteBlock: u64,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for RecordDeleted {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Uint<64>,
            );
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            const SIGNATURE: &'static str = "RecordDeleted(address,bytes32,uint64,uint64,uint64)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    14u8, 141u8, 77u8, 193u8, 18u8, 169u8, 183u8, 194u8, 153u8, 142u8, 104u8,
                    151u8, 114u8, 5u8, 231u8, 184u8, 242u8, 113u8, 186u8, 79u8, 156u8, 125u8, 39u8,
                    41u8, 239u8, 45u8, 59u8, 69u8, 64u8, 150u8, 93u8, 4u8,
                ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    owner: topics.1,
                    id: topics.2,
                    version: data.0,
                    seq: data.1,
                    prevWriteBlock: data.2,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(alloy_sol_types::Error::invalid_event_signature_hash(
                        Self::SIGNATURE,
                        topics.0,
                        Self::SIGNATURE_HASH,
                    ));
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.version,
                    ),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.seq,
                    ),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.prevWriteBlock,
                    ),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.owner.clone(), self.id.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(Self::SIGNATURE_HASH);
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.owner,
                );
                out[2usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.id);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for RecordDeleted {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&RecordDeleted> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &RecordDeleted) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `RecordPointerWritten(address,bytes32,uint64,uint64,uint64,bytes32,string)` and selector `0x6e1293b7ef99d67fdf1e17d90ab4117d2a017c9deaaef2e51478e54af37cd04f`.
    ```solidity
    event RecordPointerWritten(address indexed owner, bytes32 indexed id, uint64 version, uint64 seq, uint64 prevWriteBlock, bytes32 contentHash, string uri);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct RecordPointerWritten {
        #[allow(missing_docs)]
        pub owner: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub version: u64,
        #[allow(missing_docs)]
        pub seq: u64,
        #[allow(missing_docs)]
        pub prevWriteBlock: u64,
        #[allow(missing_docs)]
        pub contentHash: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub uri: alloy::sol_types::private::String,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for RecordPointerWritten {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::String,
            );
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            const SIGNATURE: &'static str =
                "RecordPointerWritten(address,bytes32,uint64,uint64,uint64,bytes32,string)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    110u8, 18u8, 147u8, 183u8, 239u8, 153u8, 214u8, 127u8, 223u8, 30u8, 23u8,
                    217u8, 10u8, 180u8, 17u8, 125u8, 42u8, 1u8, 124u8, 157u8, 234u8, 174u8, 242u8,
                    229u8, 20u8, 120u8, 229u8, 74u8, 243u8, 124u8, 208u8, 79u8,
                ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    owner: topics.1,
                    id: topics.2,
                    version: data.0,
                    seq: data.1,
                    prevWriteBlock: data.2,
                    contentHash: data.3,
                    uri: data.4,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(alloy_sol_types::Error::invalid_event_signature_hash(
                        Self::SIGNATURE,
                        topics.0,
                        Self::SIGNATURE_HASH,
                    ));
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.version),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.seq),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.prevWriteBlock),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.contentHash),
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.uri,
                    ),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.owner.clone(), self.id.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(Self::SIGNATURE_HASH);
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.owner,
                );
                out[2usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.id);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for RecordPointerWritten {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&RecordPointerWritten> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &RecordPointerWritten) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `RecordWritten(address,bytes32,uint64,uint64,uint64,bytes)` and selector `0xb377c8dc77689a8256cb1e1cf6a212908744bfcea3967d85042e909a06e8b952`.
    ```solidity
    event RecordWritten(address indexed owner, bytes32 indexed id, uint64 version, uint64 seq, uint64 prevWriteBlock, bytes ciphertext);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct RecordWritten {
        #[allow(missing_docs)]
        pub owner: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub version: u64,
        #[allow(missing_docs)]
        pub seq: u64,
        #[allow(missing_docs)]
        pub prevWriteBlock: u64,
        #[allow(missing_docs)]
        pub ciphertext: alloy::sol_types::private::Bytes,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for RecordWritten {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Bytes,
            );
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            const SIGNATURE: &'static str =
                "RecordWritten(address,bytes32,uint64,uint64,uint64,bytes)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    179u8, 119u8, 200u8, 220u8, 119u8, 104u8, 154u8, 130u8, 86u8, 203u8, 30u8,
                    28u8, 246u8, 162u8, 18u8, 144u8, 135u8, 68u8, 191u8, 206u8, 163u8, 150u8,
                    125u8, 133u8, 4u8, 46u8, 144u8, 154u8, 6u8, 232u8, 185u8, 82u8,
                ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    owner: topics.1,
                    id: topics.2,
                    version: data.0,
                    seq: data.1,
                    prevWriteBlock: data.2,
                    ciphertext: data.3,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(alloy_sol_types::Error::invalid_event_signature_hash(
                        Self::SIGNATURE,
                        topics.0,
                        Self::SIGNATURE_HASH,
                    ));
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.version,
                    ),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.seq,
                    ),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.prevWriteBlock,
                    ),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.ciphertext,
                    ),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.owner.clone(), self.id.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(Self::SIGNATURE_HASH);
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.owner,
                );
                out[2usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.id);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for RecordWritten {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&RecordWritten> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &RecordWritten) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    /**Constructor`.
    ```solidity
    constructor(address teeRegistry_);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct constructorCall {
        #[allow(missing_docs)]
        pub teeRegistry_: alloy::sol_types::private::Address,
    }
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<constructorCall> for UnderlyingRustTuple<'_> {
                fn from(value: constructorCall) -> Self {
                    (value.teeRegistry_,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for constructorCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { teeRegistry_: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolConstructor for constructorCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                    &self.teeRegistry_,
                ),)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `ANY_SEQ()` and selector `0x957a29fe`.
    ```solidity
    function ANY_SEQ() external view returns (uint64);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ANY_SEQCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`ANY_SEQ()`](ANY_SEQCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ANY_SEQReturn {
        #[allow(missing_docs)]
        pub _0: u64,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<ANY_SEQCall> for UnderlyingRustTuple<'_> {
                fn from(value: ANY_SEQCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for ANY_SEQCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u64,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<ANY_SEQReturn> for UnderlyingRustTuple<'_> {
                fn from(value: ANY_SEQReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for ANY_SEQReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for ANY_SEQCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = u64;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ANY_SEQ()";
            const SELECTOR: [u8; 4] = [149u8, 122u8, 41u8, 254u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: ANY_SEQReturn = r.into();
                        r._0
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: ANY_SEQReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `DOMAIN_SEPARATOR()` and selector `0x3644e515`.
    ```solidity
    function DOMAIN_SEPARATOR() external view returns (bytes32);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct DOMAIN_SEPARATORCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`DOMAIN_SEPARATOR()`](DOMAIN_SEPARATORCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct DOMAIN_SEPARATORReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<DOMAIN_SEPARATORCall> for UnderlyingRustTuple<'_> {
                fn from(value: DOMAIN_SEPARATORCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for DOMAIN_SEPARATORCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<DOMAIN_SEPARATORReturn> for UnderlyingRustTuple<'_> {
                fn from(value: DOMAIN_SEPARATORReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for DOMAIN_SEPARATORReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for DOMAIN_SEPARATORCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "DOMAIN_SEPARATOR()";
            const SELECTOR: [u8; 4] = [54u8, 68u8, 229u8, 21u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: DOMAIN_SEPARATORReturn = r.into();
                        r._0
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: DOMAIN_SEPARATORReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `GRANT_DELEGATE_TYPEHASH()` and selector `0x526290bb`.
    ```solidity
    function GRANT_DELEGATE_TYPEHASH() external view returns (bytes32);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct GRANT_DELEGATE_TYPEHASHCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`GRANT_DELEGATE_TYPEHASH()`](GRANT_DELEGATE_TYPEHASHCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct GRANT_DELEGATE_TYPEHASHReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<GRANT_DELEGATE_TYPEHASHCall> for UnderlyingRustTuple<'_> {
                fn from(value: GRANT_DELEGATE_TYPEHASHCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for GRANT_DELEGATE_TYPEHASHCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<GRANT_DELEGATE_TYPEHASHReturn> for UnderlyingRustTuple<'_> {
                fn from(value: GRANT_DELEGATE_TYPEHASHReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for GRANT_DELEGATE_TYPEHASHReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for GRANT_DELEGATE_TYPEHASHCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "GRANT_DELEGATE_TYPEHASH()";
            const SELECTOR: [u8; 4] = [82u8, 98u8, 144u8, 187u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: GRANT_DELEGATE_TYPEHASHReturn = r.into();
                        r._0
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: GRANT_DELEGATE_TYPEHASHReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `REVOKE_DELEGATE_TYPEHASH()` and selector `0x1f90ee4a`.
    ```solidity
    function REVOKE_DELEGATE_TYPEHASH() external view returns (bytes32);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct REVOKE_DELEGATE_TYPEHASHCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`REVOKE_DELEGATE_TYPEHASH()`](REVOKE_DELEGATE_TYPEHASHCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct REVOKE_DELEGATE_TYPEHASHReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<REVOKE_DELEGATE_TYPEHASHCall> for UnderlyingRustTuple<'_> {
                fn from(value: REVOKE_DELEGATE_TYPEHASHCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for REVOKE_DELEGATE_TYPEHASHCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<REVOKE_DELEGATE_TYPEHASHReturn> for UnderlyingRustTuple<'_> {
                fn from(value: REVOKE_DELEGATE_TYPEHASHReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for REVOKE_DELEGATE_TYPEHASHReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for REVOKE_DELEGATE_TYPEHASHCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "REVOKE_DELEGATE_TYPEHASH()";
            const SELECTOR: [u8; 4] = [31u8, 144u8, 238u8, 74u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: REVOKE_DELEGATE_TYPEHASHReturn = r.into();
                        r._0
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: REVOKE_DELEGATE_TYPEHASHReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `SCOPE_DELETE()` and selector `0xa164647f`.
    ```solidity
    function SCOPE_DELETE() external view returns (Scope);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct SCOPE_DELETECall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`SCOPE_DELETE()`](SCOPE_DELETECall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct SCOPE_DELETEReturn {
        #[allow(missing_docs)]
        pub _0: <Scope as alloy::sol_types::SolType>::RustType,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<SCOPE_DELETECall> for UnderlyingRustTuple<'_> {
                fn from(value: SCOPE_DELETECall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for SCOPE_DELETECall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (Scope,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (<Scope as alloy::sol_types::SolType>::RustType,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<SCOPE_DELETEReturn> for UnderlyingRustTuple<'_> {
                fn from(value: SCOPE_DELETEReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for SCOPE_DELETEReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for SCOPE_DELETECall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = <Scope as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (Scope,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "SCOPE_DELETE()";
            const SELECTOR: [u8; 4] = [161u8, 100u8, 100u8, 127u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<Scope as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: SCOPE_DELETEReturn = r.into();
                        r._0
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: SCOPE_DELETEReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `SCOPE_TEE_NODE()` and selector `0xd3e78a3d`.
    ```solidity
    function SCOPE_TEE_NODE() external view returns (Scope);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct SCOPE_TEE_NODECall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`SCOPE_TEE_NODE()`](SCOPE_TEE_NODECall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct SCOPE_TEE_NODEReturn {
        #[allow(missing_docs)]
        pub _0: <Scope as alloy::sol_types::SolType>::RustType,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<SCOPE_TEE_NODECall> for UnderlyingRustTuple<'_> {
                fn from(value: SCOPE_TEE_NODECall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for SCOPE_TEE_NODECall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (Scope,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (<Scope as alloy::sol_types::SolType>::RustType,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<SCOPE_TEE_NODEReturn> for UnderlyingRustTuple<'_> {
                fn from(value: SCOPE_TEE_NODEReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for SCOPE_TEE_NODEReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for SCOPE_TEE_NODECall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = <Scope as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (Scope,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "SCOPE_TEE_NODE()";
            const SELECTOR: [u8; 4] = [211u8, 231u8, 138u8, 61u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<Scope as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: SCOPE_TEE_NODEReturn = r.into();
                        r._0
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: SCOPE_TEE_NODEReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `SCOPE_WRITE()` and selector `0xb81ec6c0`.
    ```solidity
    function SCOPE_WRITE() external view returns (Scope);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct SCOPE_WRITECall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`SCOPE_WRITE()`](SCOPE_WRITECall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct SCOPE_WRITEReturn {
        #[allow(missing_docs)]
        pub _0: <Scope as alloy::sol_types::SolType>::RustType,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<SCOPE_WRITECall> for UnderlyingRustTuple<'_> {
                fn from(value: SCOPE_WRITECall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for SCOPE_WRITECall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (Scope,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (<Scope as alloy::sol_types::SolType>::RustType,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<SCOPE_WRITEReturn> for UnderlyingRustTuple<'_> {
                fn from(value: SCOPE_WRITEReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for SCOPE_WRITEReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for SCOPE_WRITECall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = <Scope as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (Scope,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "SCOPE_WRITE()";
            const SELECTOR: [u8; 4] = [184u8, 30u8, 198u8, 192u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<Scope as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: SCOPE_WRITEReturn = r.into();
                        r._0
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: SCOPE_WRITEReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `WRITE_BATCH_TYPEHASH()` and selector `0xd401dc26`.
    ```solidity
    function WRITE_BATCH_TYPEHASH() external view returns (bytes32);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct WRITE_BATCH_TYPEHASHCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`WRITE_BATCH_TYPEHASH()`](WRITE_BATCH_TYPEHASHCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct WRITE_BATCH_TYPEHASHReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<WRITE_BATCH_TYPEHASHCall> for UnderlyingRustTuple<'_> {
                fn from(value: WRITE_BATCH_TYPEHASHCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for WRITE_BATCH_TYPEHASHCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<WRITE_BATCH_TYPEHASHReturn> for UnderlyingRustTuple<'_> {
                fn from(value: WRITE_BATCH_TYPEHASHReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for WRITE_BATCH_TYPEHASHReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for WRITE_BATCH_TYPEHASHCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "WRITE_BATCH_TYPEHASH()";
            const SELECTOR: [u8; 4] = [212u8, 1u8, 220u8, 38u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: WRITE_BATCH_TYPEHASHReturn = r.into();
                        r._0
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: WRITE_BATCH_TYPEHASHReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `applyBatch(bytes,uint64)` and selector `0x9b6d630e`.
    ```solidity
    function applyBatch(bytes memory ops, uint64 expectedSeq) external returns (uint64);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct applyBatchCall {
        #[allow(missing_docs)]
        pub ops: alloy::sol_types::private::Bytes,
        #[allow(missing_docs)]
        pub expectedSeq: u64,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`applyBatch(bytes,uint64)`](applyBatchCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct applyBatchReturn {
        #[allow(missing_docs)]
        pub _0: u64,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> =
                (alloy::sol_types::sol_data::Bytes, alloy::sol_types::sol_data::Uint<64>);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Bytes, u64);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<applyBatchCall> for UnderlyingRustTuple<'_> {
                fn from(value: applyBatchCall) -> Self {
                    (value.ops, value.expectedSeq)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for applyBatchCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { ops: tuple.0, expectedSeq: tuple.1 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u64,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<applyBatchReturn> for UnderlyingRustTuple<'_> {
                fn from(value: applyBatchReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for applyBatchReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for applyBatchCall {
            type Parameters<'a> =
                (alloy::sol_types::sol_data::Bytes, alloy::sol_types::sol_data::Uint<64>);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = u64;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "applyBatch(bytes,uint64)";
            const SELECTOR: [u8; 4] = [155u8, 109u8, 99u8, 14u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.ops,
                    ),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.expectedSeq,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: applyBatchReturn = r.into();
                        r._0
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: applyBatchReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `applyBatchBySig(address,bytes,uint64,address,uint256,uint256,bytes)` and selector `0x30919f47`.
    ```solidity
    function applyBatchBySig(address owner, bytes memory ops, uint64 expectedSeq, address signer, uint256 nonce, uint256 deadline, bytes memory signature) external returns (uint64);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct applyBatchBySigCall {
        #[allow(missing_docs)]
        pub owner: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub ops: alloy::sol_types::private::Bytes,
        #[allow(missing_docs)]
        pub expectedSeq: u64,
        #[allow(missing_docs)]
        pub signer: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub nonce: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub deadline: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub signature: alloy::sol_types::private::Bytes,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`applyBatchBySig(address,bytes,uint64,address,uint256,uint256,bytes)`](applyBatchBySigCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct applyBatchBySigReturn {
        #[allow(missing_docs)]
        pub _0: u64,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Bytes,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Bytes,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Bytes,
                u64,
                alloy::sol_types::private::Address,
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::Bytes,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<applyBatchBySigCall> for UnderlyingRustTuple<'_> {
                fn from(value: applyBatchBySigCall) -> Self {
                    (
                        value.owner,
                        value.ops,
                        value.expectedSeq,
                        value.signer,
                        value.nonce,
                        value.deadline,
                        value.signature,
                    )
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for applyBatchBySigCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        owner: tuple.0,
                        ops: tuple.1,
                        expectedSeq: tuple.2,
                        signer: tuple.3,
                        nonce: tuple.4,
                        deadline: tuple.5,
                        signature: tuple.6,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u64,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<applyBatchBySigReturn> for UnderlyingRustTuple<'_> {
                fn from(value: applyBatchBySigReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for applyBatchBySigReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for applyBatchBySigCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Bytes,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Bytes,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = u64;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str =
                "applyBatchBySig(address,bytes,uint64,address,uint256,uint256,bytes)";
            const SELECTOR: [u8; 4] = [48u8, 145u8, 159u8, 71u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.owner,
                    ),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.ops,
                    ),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.expectedSeq,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.signer,
                    ),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        &self.nonce,
                    ),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        &self.deadline,
                    ),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.signature,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: applyBatchBySigReturn = r.into();
                        r._0
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: applyBatchBySigReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `applyBatchFor(address,bytes,uint64)` and selector `0x81cc9f02`.
    ```solidity
    function applyBatchFor(address owner, bytes memory ops, uint64 expectedSeq) external returns (uint64);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct applyBatchForCall {
        #[allow(missing_docs)]
        pub owner: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub ops: alloy::sol_types::private::Bytes,
        #[allow(missing_docs)]
        pub expectedSeq: u64,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`applyBatchFor(address,bytes,uint64)`](applyBatchForCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct applyBatchForReturn {
        #[allow(missing_docs)]
        pub _0: u64,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Bytes,
                alloy::sol_types::sol_data::Uint<64>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> =
                (alloy::sol_types::private::Address, alloy::sol_types::private::Bytes, u64);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<applyBatchForCall> for UnderlyingRustTuple<'_> {
                fn from(value: applyBatchForCall) -> Self {
                    (value.owner, value.ops, value.expectedSeq)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for applyBatchForCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { owner: tuple.0, ops: tuple.1, expectedSeq: tuple.2 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u64,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<applyBatchForReturn> for UnderlyingRustTuple<'_> {
                fn from(value: applyBatchForReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for applyBatchForReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for applyBatchForCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Bytes,
                alloy::sol_types::sol_data::Uint<64>,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = u64;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "applyBatchFor(address,bytes,uint64)";
            const SELECTOR: [u8; 4] = [129u8, 204u8, 159u8, 2u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.owner,
                    ),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.ops,
                    ),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.expectedSeq,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: applyBatchForReturn = r.into();
                        r._0
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: applyBatchForReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `delegation(address,address)` and selector `0x046d3307`.
    ```solidity
    function delegation(address owner, address delegate) external view returns (IMemoryVault.Delegation memory);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct delegationCall {
        #[allow(missing_docs)]
        pub owner: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub delegate: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`delegation(address,address)`](delegationCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct delegationReturn {
        #[allow(missing_docs)]
        pub _0: <IMemoryVault::Delegation as alloy::sol_types::SolType>::RustType,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> =
                (alloy::sol_types::sol_data::Address, alloy::sol_types::sol_data::Address);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> =
                (alloy::sol_types::private::Address, alloy::sol_types::private::Address);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<delegationCall> for UnderlyingRustTuple<'_> {
                fn from(value: delegationCall) -> Self {
                    (value.owner, value.delegate)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for delegationCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { owner: tuple.0, delegate: tuple.1 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IMemoryVault::Delegation,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> =
                (<IMemoryVault::Delegation as alloy::sol_types::SolType>::RustType,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<delegationReturn> for UnderlyingRustTuple<'_> {
                fn from(value: delegationReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for delegationReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for delegationCall {
            type Parameters<'a> =
                (alloy::sol_types::sol_data::Address, alloy::sol_types::sol_data::Address);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = <IMemoryVault::Delegation as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (IMemoryVault::Delegation,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "delegation(address,address)";
            const SELECTOR: [u8; 4] = [4u8, 109u8, 51u8, 7u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.owner,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.delegate,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<IMemoryVault::Delegation as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: delegationReturn = r.into();
                        r._0
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: delegationReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `deleteRecord(bytes32,uint64,uint64)` and selector `0x4dbb8616`.
    ```solidity
    function deleteRecord(bytes32 id, uint64 version, uint64 expectedSeq) external returns (uint64);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct deleteRecordCall {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub version: u64,
        #[allow(missing_docs)]
        pub expectedSeq: u64,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`deleteRecord(bytes32,uint64,uint64)`](deleteRecordCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct deleteRecordReturn {
        #[allow(missing_docs)]
        pub _0: u64,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Uint<64>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>, u64, u64);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<deleteRecordCall> for UnderlyingRustTuple<'_> {
                fn from(value: deleteRecordCall) -> Self {
                    (value.id, value.version, value.expectedSeq)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for deleteRecordCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { id: tuple.0, version: tuple.1, expectedSeq: tuple.2 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u64,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<deleteRecordReturn> for UnderlyingRustTuple<'_> {
                fn from(value: deleteRecordReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for deleteRecordReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for deleteRecordCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Uint<64>,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = u64;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "deleteRecord(bytes32,uint64,uint64)";
            const SELECTOR: [u8; 4] = [77u8, 187u8, 134u8, 22u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.id),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.version),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.expectedSeq),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: deleteRecordReturn = r.into();
                        r._0
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: deleteRecordReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `eip712Domain()` and selector `0x84b0196e`.
    ```solidity
    function eip712Domain() external view returns (bytes1 fields, string memory name, string memory version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] memory extensions);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct eip712DomainCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`eip712Domain()`](eip712DomainCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct eip712DomainReturn {
        #[allow(missing_docs)]
        pub fields: alloy::sol_types::private::FixedBytes<1>,
        #[allow(missing_docs)]
        pub name: alloy::sol_types::private::String,
        #[allow(missing_docs)]
        pub version: alloy::sol_types::private::String,
        #[allow(missing_docs)]
        pub chainId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub verifyingContract: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub salt: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub extensions:
            alloy::sol_types::private::Vec<alloy::sol_types::private::primitives::aliases::U256>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<eip712DomainCall> for UnderlyingRustTuple<'_> {
                fn from(value: eip712DomainCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for eip712DomainCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<1>,
                alloy::sol_types::sol_data::String,
                alloy::sol_types::sol_data::String,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<256>>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<1>,
                alloy::sol_types::private::String,
                alloy::sol_types::private::String,
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::Address,
                alloy::sol_types::private::FixedBytes<32>,
                alloy::sol_types::private::Vec<
                    alloy::sol_types::private::primitives::aliases::U256,
                >,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<eip712DomainReturn> for UnderlyingRustTuple<'_> {
                fn from(value: eip712DomainReturn) -> Self {
                    (
                        value.fields,
                        value.name,
                        value.version,
                        value.chainId,
                        value.verifyingContract,
                        value.salt,
                        value.extensions,
                    )
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for eip712DomainReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        fields: tuple.0,
                        name: tuple.1,
                        version: tuple.2,
                        chainId: tuple.3,
                        verifyingContract: tuple.4,
                        salt: tuple.5,
                        extensions: tuple.6,
                    }
                }
            }
        }
        impl eip712DomainReturn {
            fn _tokenize(&self) -> <eip712DomainCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        1,
                    > as alloy_sol_types::SolType>::tokenize(&self.fields),
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.name,
                    ),
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.version,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.chainId),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.verifyingContract,
                    ),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.salt),
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Uint<256>,
                    > as alloy_sol_types::SolType>::tokenize(&self.extensions),
                )
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for eip712DomainCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = eip712DomainReturn;
            type ReturnTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<1>,
                alloy::sol_types::sol_data::String,
                alloy::sol_types::sol_data::String,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<256>>,
            );
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "eip712Domain()";
            const SELECTOR: [u8; 4] = [132u8, 176u8, 25u8, 110u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                eip712DomainReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `grantDelegate(address,uint8,uint64)` and selector `0x7b051eed`.
    ```solidity
    function grantDelegate(address delegate, Scope scope, uint64 expiry) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct grantDelegateCall {
        #[allow(missing_docs)]
        pub delegate: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub scope: <Scope as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub expiry: u64,
    }
    ///Container type for the return parameters of the [`grantDelegate(address,uint8,uint64)`](grantDelegateCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct grantDelegateReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> =
                (alloy::sol_types::sol_data::Address, Scope, alloy::sol_types::sol_data::Uint<64>);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                <Scope as alloy::sol_types::SolType>::RustType,
                u64,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<grantDelegateCall> for UnderlyingRustTuple<'_> {
                fn from(value: grantDelegateCall) -> Self {
                    (value.delegate, value.scope, value.expiry)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for grantDelegateCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { delegate: tuple.0, scope: tuple.1, expiry: tuple.2 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<grantDelegateReturn> for UnderlyingRustTuple<'_> {
                fn from(value: grantDelegateReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for grantDelegateReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl grantDelegateReturn {
            fn _tokenize(
                &self,
            ) -> <grantDelegateCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for grantDelegateCall {
            type Parameters<'a> =
                (alloy::sol_types::sol_data::Address, Scope, alloy::sol_types::sol_data::Uint<64>);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = grantDelegateReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "grantDelegate(address,uint8,uint64)";
            const SELECTOR: [u8; 4] = [123u8, 5u8, 30u8, 237u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.delegate,
                    ),
                    <Scope as alloy_sol_types::SolType>::tokenize(&self.scope),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.expiry,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                grantDelegateReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `grantDelegateBySig(address,address,uint8,uint64,uint256,uint256,bytes)` and selector `0xd0644a24`.
    ```solidity
    function grantDelegateBySig(address owner, address delegate, Scope scope, uint64 expiry, uint256 nonce, uint256 deadline, bytes memory signature) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct grantDelegateBySigCall {
        #[allow(missing_docs)]
        pub owner: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub delegate: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub scope: <Scope as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub expiry: u64,
        #[allow(missing_docs)]
        pub nonce: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub deadline: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub signature: alloy::sol_types::private::Bytes,
    }
    ///Container type for the return parameters of the [`grantDelegateBySig(address,address,uint8,uint64,uint256,uint256,bytes)`](grantDelegateBySigCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct grantDelegateBySigReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                Scope,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Bytes,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
                <Scope as alloy::sol_types::SolType>::RustType,
                u64,
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::Bytes,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<grantDelegateBySigCall> for UnderlyingRustTuple<'_> {
                fn from(value: grantDelegateBySigCall) -> Self {
                    (
                        value.owner,
                        value.delegate,
                        value.scope,
                        value.expiry,
                        value.nonce,
                        value.deadline,
                        value.signature,
                    )
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for grantDelegateBySigCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        owner: tuple.0,
                        delegate: tuple.1,
                        scope: tuple.2,
                        expiry: tuple.3,
                        nonce: tuple.4,
                        deadline: tuple.5,
                        signature: tuple.6,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<grantDelegateBySigReturn> for UnderlyingRustTuple<'_> {
                fn from(value: grantDelegateBySigReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for grantDelegateBySigReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl grantDelegateBySigReturn {
            fn _tokenize(
                &self,
            ) -> <grantDelegateBySigCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for grantDelegateBySigCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                Scope,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Bytes,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = grantDelegateBySigReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str =
                "grantDelegateBySig(address,address,uint8,uint64,uint256,uint256,bytes)";
            const SELECTOR: [u8; 4] = [208u8, 100u8, 74u8, 36u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.owner,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.delegate,
                    ),
                    <Scope as alloy_sol_types::SolType>::tokenize(&self.scope),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.expiry,
                    ),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        &self.nonce,
                    ),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        &self.deadline,
                    ),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.signature,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                grantDelegateBySigReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `keyCheck(address,uint64)` and selector `0xd7e1005b`.
    ```solidity
    function keyCheck(address owner, uint64 epoch) external view returns (bytes32);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct keyCheckCall {
        #[allow(missing_docs)]
        pub owner: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub epoch: u64,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`keyCheck(address,uint64)`](keyCheckCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct keyCheckReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> =
                (alloy::sol_types::sol_data::Address, alloy::sol_types::sol_data::Uint<64>);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address, u64);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<keyCheckCall> for UnderlyingRustTuple<'_> {
                fn from(value: keyCheckCall) -> Self {
                    (value.owner, value.epoch)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for keyCheckCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { owner: tuple.0, epoch: tuple.1 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<keyCheckReturn> for UnderlyingRustTuple<'_> {
                fn from(value: keyCheckReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for keyCheckReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for keyCheckCall {
            type Parameters<'a> =
                (alloy::sol_types::sol_data::Address, alloy::sol_types::sol_data::Uint<64>);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "keyCheck(address,uint64)";
            const SELECTOR: [u8; 4] = [215u8, 225u8, 0u8, 91u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.owner,
                    ),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.epoch,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: keyCheckReturn = r.into();
                        r._0
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: keyCheckReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `logState(address)` and selector `0x1cb9c2d5`.
    ```solidity
    function logState(address owner) external view returns (IMemoryVault.LogState memory);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct logStateCall {
        #[allow(missing_docs)]
        pub owner: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`logState(address)`](logStateCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct logStateReturn {
        #[allow(missing_docs)]
        pub _0: <IMemoryVault::LogState as alloy::sol_types::SolType>::RustType,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<logStateCall> for UnderlyingRustTuple<'_> {
                fn from(value: logStateCall) -> Self {
                    (value.owner,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for logStateCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { owner: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IMemoryVault::LogState,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> =
                (<IMemoryVault::LogState as alloy::sol_types::SolType>::RustType,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<logStateReturn> for UnderlyingRustTuple<'_> {
                fn from(value: logStateReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for logStateReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for logStateCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = <IMemoryVault::LogState as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (IMemoryVault::LogState,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "logState(address)";
            const SELECTOR: [u8; 4] = [28u8, 185u8, 194u8, 213u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                    &self.owner,
                ),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<IMemoryVault::LogState as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: logStateReturn = r.into();
                        r._0
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: logStateReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `nonces(address)` and selector `0x7ecebe00`.
    ```solidity
    function nonces(address account) external view returns (uint256);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct noncesCall {
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`nonces(address)`](noncesCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct noncesReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<noncesCall> for UnderlyingRustTuple<'_> {
                fn from(value: noncesCall) -> Self {
                    (value.account,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for noncesCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { account: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::primitives::aliases::U256,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<noncesReturn> for UnderlyingRustTuple<'_> {
                fn from(value: noncesReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for noncesReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for noncesCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "nonces(address)";
            const SELECTOR: [u8; 4] = [126u8, 206u8, 190u8, 0u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                    &self.account,
                ),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: noncesReturn = r.into();
                        r._0
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: noncesReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `publishKeyCheck(uint64,bytes32,uint64)` and selector `0x3d14ae37`.
    ```solidity
    function publishKeyCheck(uint64 epoch, bytes32 keyCheck_, uint64 expectedSeq) external returns (uint64);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct publishKeyCheckCall {
        #[allow(missing_docs)]
        pub epoch: u64,
        #[allow(missing_docs)]
        pub keyCheck_: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub expectedSeq: u64,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`publishKeyCheck(uint64,bytes32,uint64)`](publishKeyCheckCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct publishKeyCheckReturn {
        #[allow(missing_docs)]
        pub _0: u64,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<64>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u64, alloy::sol_types::private::FixedBytes<32>, u64);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<publishKeyCheckCall> for UnderlyingRustTuple<'_> {
                fn from(value: publishKeyCheckCall) -> Self {
                    (value.epoch, value.keyCheck_, value.expectedSeq)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for publishKeyCheckCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { epoch: tuple.0, keyCheck_: tuple.1, expectedSeq: tuple.2 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u64,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<publishKeyCheckReturn> for UnderlyingRustTuple<'_> {
                fn from(value: publishKeyCheckReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for publishKeyCheckReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for publishKeyCheckCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<64>,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = u64;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "publishKeyCheck(uint64,bytes32,uint64)";
            const SELECTOR: [u8; 4] = [61u8, 20u8, 174u8, 55u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.epoch),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.keyCheck_),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.expectedSeq),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: publishKeyCheckReturn = r.into();
                        r._0
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: publishKeyCheckReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `revokeDelegate(address)` and selector `0xfa352c00`.
    ```solidity
    function revokeDelegate(address delegate) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct revokeDelegateCall {
        #[allow(missing_docs)]
        pub delegate: alloy::sol_types::private::Address,
    }
    ///Container type for the return parameters of the [`revokeDelegate(address)`](revokeDelegateCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct revokeDelegateReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<revokeDelegateCall> for UnderlyingRustTuple<'_> {
                fn from(value: revokeDelegateCall) -> Self {
                    (value.delegate,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for revokeDelegateCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { delegate: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<revokeDelegateReturn> for UnderlyingRustTuple<'_> {
                fn from(value: revokeDelegateReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for revokeDelegateReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl revokeDelegateReturn {
            fn _tokenize(
                &self,
            ) -> <revokeDelegateCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for revokeDelegateCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = revokeDelegateReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "revokeDelegate(address)";
            const SELECTOR: [u8; 4] = [250u8, 53u8, 44u8, 0u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                    &self.delegate,
                ),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                revokeDelegateReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `revokeDelegateBySig(address,address,uint256,uint256,bytes)` and selector `0x9523adba`.
    ```solidity
    function revokeDelegateBySig(address owner, address delegate, uint256 nonce, uint256 deadline, bytes memory signature) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct revokeDelegateBySigCall {
        #[allow(missing_docs)]
        pub owner: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub delegate: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub nonce: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub deadline: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub signature: alloy::sol_types::private::Bytes,
    }
    ///Container type for the return parameters of the [`revokeDelegateBySig(address,address,uint256,uint256,bytes)`](revokeDelegateBySigCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct revokeDelegateBySigReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Bytes,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::Bytes,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<revokeDelegateBySigCall> for UnderlyingRustTuple<'_> {
                fn from(value: revokeDelegateBySigCall) -> Self {
                    (value.owner, value.delegate, value.nonce, value.deadline, value.signature)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for revokeDelegateBySigCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        owner: tuple.0,
                        delegate: tuple.1,
                        nonce: tuple.2,
                        deadline: tuple.3,
                        signature: tuple.4,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<revokeDelegateBySigReturn> for UnderlyingRustTuple<'_> {
                fn from(value: revokeDelegateBySigReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for revokeDelegateBySigReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl revokeDelegateBySigReturn {
            fn _tokenize(
                &self,
            ) -> <revokeDelegateBySigCall as alloy_sol_types::SolCall>::ReturnToken<'_>
            {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for revokeDelegateBySigCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Bytes,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = revokeDelegateBySigReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str =
                "revokeDelegateBySig(address,address,uint256,uint256,bytes)";
            const SELECTOR: [u8; 4] = [149u8, 35u8, 173u8, 186u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.owner,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.delegate,
                    ),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        &self.nonce,
                    ),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        &self.deadline,
                    ),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.signature,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                revokeDelegateBySigReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `teeRegistry()` and selector `0x987a5584`.
    ```solidity
    function teeRegistry() external view returns (address);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct teeRegistryCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`teeRegistry()`](teeRegistryCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct teeRegistryReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::Address,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<teeRegistryCall> for UnderlyingRustTuple<'_> {
                fn from(value: teeRegistryCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for teeRegistryCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<teeRegistryReturn> for UnderlyingRustTuple<'_> {
                fn from(value: teeRegistryReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for teeRegistryReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for teeRegistryCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "teeRegistry()";
            const SELECTOR: [u8; 4] = [152u8, 122u8, 85u8, 132u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: teeRegistryReturn = r.into();
                        r._0
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: teeRegistryReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `write(bytes32,uint64,bytes,uint64)` and selector `0xa2b81a18`.
    ```solidity
    function write(bytes32 id, uint64 version, bytes memory ciphertext, uint64 expectedSeq) external returns (uint64);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct writeCall {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub version: u64,
        #[allow(missing_docs)]
        pub ciphertext: alloy::sol_types::private::Bytes,
        #[allow(missing_docs)]
        pub expectedSeq: u64,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`write(bytes32,uint64,bytes,uint64)`](writeCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct writeReturn {
        #[allow(missing_docs)]
        pub _0: u64,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Bytes,
                alloy::sol_types::sol_data::Uint<64>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<32>,
                u64,
                alloy::sol_types::private::Bytes,
                u64,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<writeCall> for UnderlyingRustTuple<'_> {
                fn from(value: writeCall) -> Self {
                    (value.id, value.version, value.ciphertext, value.expectedSeq)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for writeCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        id: tuple.0,
                        version: tuple.1,
                        ciphertext: tuple.2,
                        expectedSeq: tuple.3,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u64,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<writeReturn> for UnderlyingRustTuple<'_> {
                fn from(value: writeReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for writeReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for writeCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Bytes,
                alloy::sol_types::sol_data::Uint<64>,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = u64;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "write(bytes32,uint64,bytes,uint64)";
            const SELECTOR: [u8; 4] = [162u8, 184u8, 26u8, 24u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.id),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.version),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.ciphertext,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.expectedSeq),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: writeReturn = r.into();
                        r._0
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: writeReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `writePointer(bytes32,uint64,bytes32,string,uint64)` and selector `0xee62c405`.
    ```solidity
    function writePointer(bytes32 id, uint64 version, bytes32 contentHash, string memory uri, uint64 expectedSeq) external returns (uint64);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct writePointerCall {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub version: u64,
        #[allow(missing_docs)]
        pub contentHash: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub uri: alloy::sol_types::private::String,
        #[allow(missing_docs)]
        pub expectedSeq: u64,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`writePointer(bytes32,uint64,bytes32,string,uint64)`](writePointerCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct writePointerReturn {
        #[allow(missing_docs)]
        pub _0: u64,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::String,
                alloy::sol_types::sol_data::Uint<64>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<32>,
                u64,
                alloy::sol_types::private::FixedBytes<32>,
                alloy::sol_types::private::String,
                u64,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<writePointerCall> for UnderlyingRustTuple<'_> {
                fn from(value: writePointerCall) -> Self {
                    (value.id, value.version, value.contentHash, value.uri, value.expectedSeq)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for writePointerCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        id: tuple.0,
                        version: tuple.1,
                        contentHash: tuple.2,
                        uri: tuple.3,
                        expectedSeq: tuple.4,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u64,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<writePointerReturn> for UnderlyingRustTuple<'_> {
                fn from(value: writePointerReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for writePointerReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for writePointerCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::String,
                alloy::sol_types::sol_data::Uint<64>,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = u64;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "writePointer(bytes32,uint64,bytes32,string,uint64)";
            const SELECTOR: [u8; 4] = [238u8, 98u8, 196u8, 5u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.id),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.version),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.contentHash),
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.uri,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.expectedSeq),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: writePointerReturn = r.into();
                        r._0
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: writePointerReturn = r.into();
                    r._0
                })
            }
        }
    };
    ///Container for all the [`MemoryVault`](self) function calls.
    #[derive(Clone, serde::Serialize, serde::Deserialize)]
    pub enum MemoryVaultCalls {
        #[allow(missing_docs)]
        ANY_SEQ(ANY_SEQCall),
        #[allow(missing_docs)]
        DOMAIN_SEPARATOR(DOMAIN_SEPARATORCall),
        #[allow(missing_docs)]
        GRANT_DELEGATE_TYPEHASH(GRANT_DELEGATE_TYPEHASHCall),
        #[allow(missing_docs)]
        REVOKE_DELEGATE_TYPEHASH(REVOKE_DELEGATE_TYPEHASHCall),
        #[allow(missing_docs)]
        SCOPE_DELETE(SCOPE_DELETECall),
        #[allow(missing_docs)]
        SCOPE_TEE_NODE(SCOPE_TEE_NODECall),
        #[allow(missing_docs)]
        SCOPE_WRITE(SCOPE_WRITECall),
        #[allow(missing_docs)]
        WRITE_BATCH_TYPEHASH(WRITE_BATCH_TYPEHASHCall),
        #[allow(missing_docs)]
        applyBatch(applyBatchCall),
        #[allow(missing_docs)]
        applyBatchBySig(applyBatchBySigCall),
        #[allow(missing_docs)]
        applyBatchFor(applyBatchForCall),
        #[allow(missing_docs)]
        delegation(delegationCall),
        #[allow(missing_docs)]
        deleteRecord(deleteRecordCall),
        #[allow(missing_docs)]
        eip712Domain(eip712DomainCall),
        #[allow(missing_docs)]
        grantDelegate(grantDelegateCall),
        #[allow(missing_docs)]
        grantDelegateBySig(grantDelegateBySigCall),
        #[allow(missing_docs)]
        keyCheck(keyCheckCall),
        #[allow(missing_docs)]
        logState(logStateCall),
        #[allow(missing_docs)]
        nonces(noncesCall),
        #[allow(missing_docs)]
        publishKeyCheck(publishKeyCheckCall),
        #[allow(missing_docs)]
        revokeDelegate(revokeDelegateCall),
        #[allow(missing_docs)]
        revokeDelegateBySig(revokeDelegateBySigCall),
        #[allow(missing_docs)]
        teeRegistry(teeRegistryCall),
        #[allow(missing_docs)]
        write(writeCall),
        #[allow(missing_docs)]
        writePointer(writePointerCall),
    }
    impl MemoryVaultCalls {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [4u8, 109u8, 51u8, 7u8],
            [28u8, 185u8, 194u8, 213u8],
            [31u8, 144u8, 238u8, 74u8],
            [48u8, 145u8, 159u8, 71u8],
            [54u8, 68u8, 229u8, 21u8],
            [61u8, 20u8, 174u8, 55u8],
            [77u8, 187u8, 134u8, 22u8],
            [82u8, 98u8, 144u8, 187u8],
            [123u8, 5u8, 30u8, 237u8],
            [126u8, 206u8, 190u8, 0u8],
            [129u8, 204u8, 159u8, 2u8],
            [132u8, 176u8, 25u8, 110u8],
            [149u8, 35u8, 173u8, 186u8],
            [149u8, 122u8, 41u8, 254u8],
            [152u8, 122u8, 85u8, 132u8],
            [155u8, 109u8, 99u8, 14u8],
            [161u8, 100u8, 100u8, 127u8],
            [162u8, 184u8, 26u8, 24u8],
            [184u8, 30u8, 198u8, 192u8],
            [208u8, 100u8, 74u8, 36u8],
            [211u8, 231u8, 138u8, 61u8],
            [212u8, 1u8, 220u8, 38u8],
            [215u8, 225u8, 0u8, 91u8],
            [238u8, 98u8, 196u8, 5u8],
            [250u8, 53u8, 44u8, 0u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(delegation),
            ::core::stringify!(logState),
            ::core::stringify!(REVOKE_DELEGATE_TYPEHASH),
            ::core::stringify!(applyBatchBySig),
            ::core::stringify!(DOMAIN_SEPARATOR),
            ::core::stringify!(publishKeyCheck),
            ::core::stringify!(deleteRecord),
            ::core::stringify!(GRANT_DELEGATE_TYPEHASH),
            ::core::stringify!(grantDelegate),
            ::core::stringify!(nonces),
            ::core::stringify!(applyBatchFor),
            ::core::stringify!(eip712Domain),
            ::core::stringify!(revokeDelegateBySig),
            ::core::stringify!(ANY_SEQ),
            ::core::stringify!(teeRegistry),
            ::core::stringify!(applyBatch),
            ::core::stringify!(SCOPE_DELETE),
            ::core::stringify!(write),
            ::core::stringify!(SCOPE_WRITE),
            ::core::stringify!(grantDelegateBySig),
            ::core::stringify!(SCOPE_TEE_NODE),
            ::core::stringify!(WRITE_BATCH_TYPEHASH),
            ::core::stringify!(keyCheck),
            ::core::stringify!(writePointer),
            ::core::stringify!(revokeDelegate),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <delegationCall as alloy_sol_types::SolCall>::SIGNATURE,
            <logStateCall as alloy_sol_types::SolCall>::SIGNATURE,
            <REVOKE_DELEGATE_TYPEHASHCall as alloy_sol_types::SolCall>::SIGNATURE,
            <applyBatchBySigCall as alloy_sol_types::SolCall>::SIGNATURE,
            <DOMAIN_SEPARATORCall as alloy_sol_types::SolCall>::SIGNATURE,
            <publishKeyCheckCall as alloy_sol_types::SolCall>::SIGNATURE,
            <deleteRecordCall as alloy_sol_types::SolCall>::SIGNATURE,
            <GRANT_DELEGATE_TYPEHASHCall as alloy_sol_types::SolCall>::SIGNATURE,
            <grantDelegateCall as alloy_sol_types::SolCall>::SIGNATURE,
            <noncesCall as alloy_sol_types::SolCall>::SIGNATURE,
            <applyBatchForCall as alloy_sol_types::SolCall>::SIGNATURE,
            <eip712DomainCall as alloy_sol_types::SolCall>::SIGNATURE,
            <revokeDelegateBySigCall as alloy_sol_types::SolCall>::SIGNATURE,
            <ANY_SEQCall as alloy_sol_types::SolCall>::SIGNATURE,
            <teeRegistryCall as alloy_sol_types::SolCall>::SIGNATURE,
            <applyBatchCall as alloy_sol_types::SolCall>::SIGNATURE,
            <SCOPE_DELETECall as alloy_sol_types::SolCall>::SIGNATURE,
            <writeCall as alloy_sol_types::SolCall>::SIGNATURE,
            <SCOPE_WRITECall as alloy_sol_types::SolCall>::SIGNATURE,
            <grantDelegateBySigCall as alloy_sol_types::SolCall>::SIGNATURE,
            <SCOPE_TEE_NODECall as alloy_sol_types::SolCall>::SIGNATURE,
            <WRITE_BATCH_TYPEHASHCall as alloy_sol_types::SolCall>::SIGNATURE,
            <keyCheckCall as alloy_sol_types::SolCall>::SIGNATURE,
            <writePointerCall as alloy_sol_types::SolCall>::SIGNATURE,
            <revokeDelegateCall as alloy_sol_types::SolCall>::SIGNATURE,
        ];
        /// Returns the signature for the given selector, if known.
        #[inline]
        pub fn signature_by_selector(
            selector: [u8; 4usize],
        ) -> ::core::option::Option<&'static str> {
            match Self::SELECTORS.binary_search(&selector) {
                ::core::result::Result::Ok(idx) => {
                    ::core::option::Option::Some(Self::SIGNATURES[idx])
                }
                ::core::result::Result::Err(_) => ::core::option::Option::None,
            }
        }
        /// Returns the enum variant name for the given selector, if known.
        #[inline]
        pub fn name_by_selector(selector: [u8; 4usize]) -> ::core::option::Option<&'static str> {
            let sig = Self::signature_by_selector(selector)?;
            sig.split_once('(').map(|(name, _)| name)
        }
    }
    #[automatically_derived]
    impl alloy_sol_types::SolInterface for MemoryVaultCalls {
        const NAME: &'static str = "MemoryVaultCalls";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 25usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::ANY_SEQ(_) => <ANY_SEQCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::DOMAIN_SEPARATOR(_) => {
                    <DOMAIN_SEPARATORCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::GRANT_DELEGATE_TYPEHASH(_) => {
                    <GRANT_DELEGATE_TYPEHASHCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::REVOKE_DELEGATE_TYPEHASH(_) => {
                    <REVOKE_DELEGATE_TYPEHASHCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::SCOPE_DELETE(_) => <SCOPE_DELETECall as alloy_sol_types::SolCall>::SELECTOR,
                Self::SCOPE_TEE_NODE(_) => {
                    <SCOPE_TEE_NODECall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::SCOPE_WRITE(_) => <SCOPE_WRITECall as alloy_sol_types::SolCall>::SELECTOR,
                Self::WRITE_BATCH_TYPEHASH(_) => {
                    <WRITE_BATCH_TYPEHASHCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::applyBatch(_) => <applyBatchCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::applyBatchBySig(_) => {
                    <applyBatchBySigCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::applyBatchFor(_) => <applyBatchForCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::delegation(_) => <delegationCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::deleteRecord(_) => <deleteRecordCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::eip712Domain(_) => <eip712DomainCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::grantDelegate(_) => <grantDelegateCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::grantDelegateBySig(_) => {
                    <grantDelegateBySigCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::keyCheck(_) => <keyCheckCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::logState(_) => <logStateCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::nonces(_) => <noncesCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::publishKeyCheck(_) => {
                    <publishKeyCheckCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::revokeDelegate(_) => {
                    <revokeDelegateCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::revokeDelegateBySig(_) => {
                    <revokeDelegateBySigCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::teeRegistry(_) => <teeRegistryCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::write(_) => <writeCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::writePointer(_) => <writePointerCall as alloy_sol_types::SolCall>::SELECTOR,
            }
        }
        #[inline]
        fn selector_at(i: usize) -> ::core::option::Option<[u8; 4]> {
            Self::SELECTORS.get(i).copied()
        }
        #[inline]
        fn valid_selector(selector: [u8; 4]) -> bool {
            Self::SELECTORS.binary_search(&selector).is_ok()
        }
        #[inline]
        #[allow(non_snake_case)]
        fn abi_decode_raw(selector: [u8; 4], data: &[u8]) -> alloy_sol_types::Result<Self> {
            static DECODE_SHIMS: &[fn(&[u8]) -> alloy_sol_types::Result<MemoryVaultCalls>] = &[
                {
                    fn delegation(data: &[u8]) -> alloy_sol_types::Result<MemoryVaultCalls> {
                        <delegationCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(MemoryVaultCalls::delegation)
                    }
                    delegation
                },
                {
                    fn logState(data: &[u8]) -> alloy_sol_types::Result<MemoryVaultCalls> {
                        <logStateCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(MemoryVaultCalls::logState)
                    }
                    logState
                },
                {
                    fn REVOKE_DELEGATE_TYPEHASH(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MemoryVaultCalls> {
                        <REVOKE_DELEGATE_TYPEHASHCall as alloy_sol_types::SolCall>::abi_decode_raw(
                            data,
                        )
                        .map(MemoryVaultCalls::REVOKE_DELEGATE_TYPEHASH)
                    }
                    REVOKE_DELEGATE_TYPEHASH
                },
                {
                    fn applyBatchBySig(data: &[u8]) -> alloy_sol_types::Result<MemoryVaultCalls> {
                        <applyBatchBySigCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(MemoryVaultCalls::applyBatchBySig)
                    }
                    applyBatchBySig
                },
                {
                    fn DOMAIN_SEPARATOR(data: &[u8]) -> alloy_sol_types::Result<MemoryVaultCalls> {
                        <DOMAIN_SEPARATORCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(MemoryVaultCalls::DOMAIN_SEPARATOR)
                    }
                    DOMAIN_SEPARATOR
                },
                {
                    fn publishKeyCheck(data: &[u8]) -> alloy_sol_types::Result<MemoryVaultCalls> {
                        <publishKeyCheckCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(MemoryVaultCalls::publishKeyCheck)
                    }
                    publishKeyCheck
                },
                {
                    fn deleteRecord(data: &[u8]) -> alloy_sol_types::Result<MemoryVaultCalls> {
                        <deleteRecordCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(MemoryVaultCalls::deleteRecord)
                    }
                    deleteRecord
                },
                {
                    fn GRANT_DELEGATE_TYPEHASH(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MemoryVaultCalls> {
                        <GRANT_DELEGATE_TYPEHASHCall as alloy_sol_types::SolCall>::abi_decode_raw(
                            data,
                        )
                        .map(MemoryVaultCalls::GRANT_DELEGATE_TYPEHASH)
                    }
                    GRANT_DELEGATE_TYPEHASH
                },
                {
                    fn grantDelegate(data: &[u8]) -> alloy_sol_types::Result<MemoryVaultCalls> {
                        <grantDelegateCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(MemoryVaultCalls::grantDelegate)
                    }
                    grantDelegate
                },
                {
                    fn nonces(data: &[u8]) -> alloy_sol_types::Result<MemoryVaultCalls> {
                        <noncesCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(MemoryVaultCalls::nonces)
                    }
                    nonces
                },
                {
                    fn applyBatchFor(data: &[u8]) -> alloy_sol_types::Result<MemoryVaultCalls> {
                        <applyBatchForCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(MemoryVaultCalls::applyBatchFor)
                    }
                    applyBatchFor
                },
                {
                    fn eip712Domain(data: &[u8]) -> alloy_sol_types::Result<MemoryVaultCalls> {
                        <eip712DomainCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(MemoryVaultCalls::eip712Domain)
                    }
                    eip712Domain
                },
                {
                    fn revokeDelegateBySig(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MemoryVaultCalls> {
                        <revokeDelegateBySigCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(MemoryVaultCalls::revokeDelegateBySig)
                    }
                    revokeDelegateBySig
                },
                {
                    fn ANY_SEQ(data: &[u8]) -> alloy_sol_types::Result<MemoryVaultCalls> {
                        <ANY_SEQCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(MemoryVaultCalls::ANY_SEQ)
                    }
                    ANY_SEQ
                },
                {
                    fn teeRegistry(data: &[u8]) -> alloy_sol_types::Result<MemoryVaultCalls> {
                        <teeRegistryCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(MemoryVaultCalls::teeRegistry)
                    }
                    teeRegistry
                },
                {
                    fn applyBatch(data: &[u8]) -> alloy_sol_types::Result<MemoryVaultCalls> {
                        <applyBatchCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(MemoryVaultCalls::applyBatch)
                    }
                    applyBatch
                },
                {
                    fn SCOPE_DELETE(data: &[u8]) -> alloy_sol_types::Result<MemoryVaultCalls> {
                        <SCOPE_DELETECall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(MemoryVaultCalls::SCOPE_DELETE)
                    }
                    SCOPE_DELETE
                },
                {
                    fn write(data: &[u8]) -> alloy_sol_types::Result<MemoryVaultCalls> {
                        <writeCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(MemoryVaultCalls::write)
                    }
                    write
                },
                {
                    fn SCOPE_WRITE(data: &[u8]) -> alloy_sol_types::Result<MemoryVaultCalls> {
                        <SCOPE_WRITECall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(MemoryVaultCalls::SCOPE_WRITE)
                    }
                    SCOPE_WRITE
                },
                {
                    fn grantDelegateBySig(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MemoryVaultCalls> {
                        <grantDelegateBySigCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(MemoryVaultCalls::grantDelegateBySig)
                    }
                    grantDelegateBySig
                },
                {
                    fn SCOPE_TEE_NODE(data: &[u8]) -> alloy_sol_types::Result<MemoryVaultCalls> {
                        <SCOPE_TEE_NODECall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(MemoryVaultCalls::SCOPE_TEE_NODE)
                    }
                    SCOPE_TEE_NODE
                },
                {
                    fn WRITE_BATCH_TYPEHASH(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MemoryVaultCalls> {
                        <WRITE_BATCH_TYPEHASHCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(MemoryVaultCalls::WRITE_BATCH_TYPEHASH)
                    }
                    WRITE_BATCH_TYPEHASH
                },
                {
                    fn keyCheck(data: &[u8]) -> alloy_sol_types::Result<MemoryVaultCalls> {
                        <keyCheckCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(MemoryVaultCalls::keyCheck)
                    }
                    keyCheck
                },
                {
                    fn writePointer(data: &[u8]) -> alloy_sol_types::Result<MemoryVaultCalls> {
                        <writePointerCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(MemoryVaultCalls::writePointer)
                    }
                    writePointer
                },
                {
                    fn revokeDelegate(data: &[u8]) -> alloy_sol_types::Result<MemoryVaultCalls> {
                        <revokeDelegateCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(MemoryVaultCalls::revokeDelegate)
                    }
                    revokeDelegate
                },
            ];
            let Ok(idx) = Self::SELECTORS.binary_search(&selector) else {
                return Err(alloy_sol_types::Error::unknown_selector(
                    <Self as alloy_sol_types::SolInterface>::NAME,
                    selector,
                ));
            };
            DECODE_SHIMS[idx](data)
        }
        #[inline]
        #[allow(non_snake_case)]
        fn abi_decode_raw_validate(
            selector: [u8; 4],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            static DECODE_VALIDATE_SHIMS: &[fn(
                &[u8],
            )
                -> alloy_sol_types::Result<MemoryVaultCalls>] = &[
                {
                    fn delegation(data: &[u8]) -> alloy_sol_types::Result<MemoryVaultCalls> {
                        <delegationCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(MemoryVaultCalls::delegation)
                    }
                    delegation
                },
                {
                    fn logState(data: &[u8]) -> alloy_sol_types::Result<MemoryVaultCalls> {
                        <logStateCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(MemoryVaultCalls::logState)
                    }
                    logState
                },
                {
                    fn REVOKE_DELEGATE_TYPEHASH(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MemoryVaultCalls> {
                        <REVOKE_DELEGATE_TYPEHASHCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MemoryVaultCalls::REVOKE_DELEGATE_TYPEHASH)
                    }
                    REVOKE_DELEGATE_TYPEHASH
                },
                {
                    fn applyBatchBySig(data: &[u8]) -> alloy_sol_types::Result<MemoryVaultCalls> {
                        <applyBatchBySigCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                            data,
                        )
                        .map(MemoryVaultCalls::applyBatchBySig)
                    }
                    applyBatchBySig
                },
                {
                    fn DOMAIN_SEPARATOR(data: &[u8]) -> alloy_sol_types::Result<MemoryVaultCalls> {
                        <DOMAIN_SEPARATORCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                            data,
                        )
                        .map(MemoryVaultCalls::DOMAIN_SEPARATOR)
                    }
                    DOMAIN_SEPARATOR
                },
                {
                    fn publishKeyCheck(data: &[u8]) -> alloy_sol_types::Result<MemoryVaultCalls> {
                        <publishKeyCheckCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                            data,
                        )
                        .map(MemoryVaultCalls::publishKeyCheck)
                    }
                    publishKeyCheck
                },
                {
                    fn deleteRecord(data: &[u8]) -> alloy_sol_types::Result<MemoryVaultCalls> {
                        <deleteRecordCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                            data,
                        )
                        .map(MemoryVaultCalls::deleteRecord)
                    }
                    deleteRecord
                },
                {
                    fn GRANT_DELEGATE_TYPEHASH(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MemoryVaultCalls> {
                        <GRANT_DELEGATE_TYPEHASHCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MemoryVaultCalls::GRANT_DELEGATE_TYPEHASH)
                    }
                    GRANT_DELEGATE_TYPEHASH
                },
                {
                    fn grantDelegate(data: &[u8]) -> alloy_sol_types::Result<MemoryVaultCalls> {
                        <grantDelegateCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                            data,
                        )
                        .map(MemoryVaultCalls::grantDelegate)
                    }
                    grantDelegate
                },
                {
                    fn nonces(data: &[u8]) -> alloy_sol_types::Result<MemoryVaultCalls> {
                        <noncesCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(MemoryVaultCalls::nonces)
                    }
                    nonces
                },
                {
                    fn applyBatchFor(data: &[u8]) -> alloy_sol_types::Result<MemoryVaultCalls> {
                        <applyBatchForCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                            data,
                        )
                        .map(MemoryVaultCalls::applyBatchFor)
                    }
                    applyBatchFor
                },
                {
                    fn eip712Domain(data: &[u8]) -> alloy_sol_types::Result<MemoryVaultCalls> {
                        <eip712DomainCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                            data,
                        )
                        .map(MemoryVaultCalls::eip712Domain)
                    }
                    eip712Domain
                },
                {
                    fn revokeDelegateBySig(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MemoryVaultCalls> {
                        <revokeDelegateBySigCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MemoryVaultCalls::revokeDelegateBySig)
                    }
                    revokeDelegateBySig
                },
                {
                    fn ANY_SEQ(data: &[u8]) -> alloy_sol_types::Result<MemoryVaultCalls> {
                        <ANY_SEQCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(MemoryVaultCalls::ANY_SEQ)
                    }
                    ANY_SEQ
                },
                {
                    fn teeRegistry(data: &[u8]) -> alloy_sol_types::Result<MemoryVaultCalls> {
                        <teeRegistryCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(MemoryVaultCalls::teeRegistry)
                    }
                    teeRegistry
                },
                {
                    fn applyBatch(data: &[u8]) -> alloy_sol_types::Result<MemoryVaultCalls> {
                        <applyBatchCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(MemoryVaultCalls::applyBatch)
                    }
                    applyBatch
                },
                {
                    fn SCOPE_DELETE(data: &[u8]) -> alloy_sol_types::Result<MemoryVaultCalls> {
                        <SCOPE_DELETECall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                            data,
                        )
                        .map(MemoryVaultCalls::SCOPE_DELETE)
                    }
                    SCOPE_DELETE
                },
                {
                    fn write(data: &[u8]) -> alloy_sol_types::Result<MemoryVaultCalls> {
                        <writeCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(MemoryVaultCalls::write)
                    }
                    write
                },
                {
                    fn SCOPE_WRITE(data: &[u8]) -> alloy_sol_types::Result<MemoryVaultCalls> {
                        <SCOPE_WRITECall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(MemoryVaultCalls::SCOPE_WRITE)
                    }
                    SCOPE_WRITE
                },
                {
                    fn grantDelegateBySig(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MemoryVaultCalls> {
                        <grantDelegateBySigCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MemoryVaultCalls::grantDelegateBySig)
                    }
                    grantDelegateBySig
                },
                {
                    fn SCOPE_TEE_NODE(data: &[u8]) -> alloy_sol_types::Result<MemoryVaultCalls> {
                        <SCOPE_TEE_NODECall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                            data,
                        )
                        .map(MemoryVaultCalls::SCOPE_TEE_NODE)
                    }
                    SCOPE_TEE_NODE
                },
                {
                    fn WRITE_BATCH_TYPEHASH(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MemoryVaultCalls> {
                        <WRITE_BATCH_TYPEHASHCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MemoryVaultCalls::WRITE_BATCH_TYPEHASH)
                    }
                    WRITE_BATCH_TYPEHASH
                },
                {
                    fn keyCheck(data: &[u8]) -> alloy_sol_types::Result<MemoryVaultCalls> {
                        <keyCheckCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(MemoryVaultCalls::keyCheck)
                    }
                    keyCheck
                },
                {
                    fn writePointer(data: &[u8]) -> alloy_sol_types::Result<MemoryVaultCalls> {
                        <writePointerCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                            data,
                        )
                        .map(MemoryVaultCalls::writePointer)
                    }
                    writePointer
                },
                {
                    fn revokeDelegate(data: &[u8]) -> alloy_sol_types::Result<MemoryVaultCalls> {
                        <revokeDelegateCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                            data,
                        )
                        .map(MemoryVaultCalls::revokeDelegate)
                    }
                    revokeDelegate
                },
            ];
            let Ok(idx) = Self::SELECTORS.binary_search(&selector) else {
                return Err(alloy_sol_types::Error::unknown_selector(
                    <Self as alloy_sol_types::SolInterface>::NAME,
                    selector,
                ));
            };
            DECODE_VALIDATE_SHIMS[idx](data)
        }
        #[inline]
        fn abi_encoded_size(&self) -> usize {
            match self {
                Self::ANY_SEQ(inner) => {
                    <ANY_SEQCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::DOMAIN_SEPARATOR(inner) => {
                    <DOMAIN_SEPARATORCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::GRANT_DELEGATE_TYPEHASH(inner) => {
                    <GRANT_DELEGATE_TYPEHASHCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::REVOKE_DELEGATE_TYPEHASH(inner) => {
                    <REVOKE_DELEGATE_TYPEHASHCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::SCOPE_DELETE(inner) => {
                    <SCOPE_DELETECall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::SCOPE_TEE_NODE(inner) => {
                    <SCOPE_TEE_NODECall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::SCOPE_WRITE(inner) => {
                    <SCOPE_WRITECall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::WRITE_BATCH_TYPEHASH(inner) => {
                    <WRITE_BATCH_TYPEHASHCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::applyBatch(inner) => {
                    <applyBatchCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::applyBatchBySig(inner) => {
                    <applyBatchBySigCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::applyBatchFor(inner) => {
                    <applyBatchForCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::delegation(inner) => {
                    <delegationCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::deleteRecord(inner) => {
                    <deleteRecordCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::eip712Domain(inner) => {
                    <eip712DomainCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::grantDelegate(inner) => {
                    <grantDelegateCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::grantDelegateBySig(inner) => {
                    <grantDelegateBySigCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::keyCheck(inner) => {
                    <keyCheckCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::logState(inner) => {
                    <logStateCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::nonces(inner) => {
                    <noncesCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::publishKeyCheck(inner) => {
                    <publishKeyCheckCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::revokeDelegate(inner) => {
                    <revokeDelegateCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::revokeDelegateBySig(inner) => {
                    <revokeDelegateBySigCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::teeRegistry(inner) => {
                    <teeRegistryCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::write(inner) => {
                    <writeCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::writePointer(inner) => {
                    <writePointerCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
            }
        }
        #[inline]
        fn abi_encode_raw(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
            match self {
                Self::ANY_SEQ(inner) => {
                    <ANY_SEQCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::DOMAIN_SEPARATOR(inner) => {
                    <DOMAIN_SEPARATORCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::GRANT_DELEGATE_TYPEHASH(inner) => {
                    <GRANT_DELEGATE_TYPEHASHCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner, out,
                    )
                }
                Self::REVOKE_DELEGATE_TYPEHASH(inner) => {
                    <REVOKE_DELEGATE_TYPEHASHCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner, out,
                    )
                }
                Self::SCOPE_DELETE(inner) => {
                    <SCOPE_DELETECall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::SCOPE_TEE_NODE(inner) => {
                    <SCOPE_TEE_NODECall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::SCOPE_WRITE(inner) => {
                    <SCOPE_WRITECall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::WRITE_BATCH_TYPEHASH(inner) => {
                    <WRITE_BATCH_TYPEHASHCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner, out,
                    )
                }
                Self::applyBatch(inner) => {
                    <applyBatchCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::applyBatchBySig(inner) => {
                    <applyBatchBySigCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::applyBatchFor(inner) => {
                    <applyBatchForCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::delegation(inner) => {
                    <delegationCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::deleteRecord(inner) => {
                    <deleteRecordCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::eip712Domain(inner) => {
                    <eip712DomainCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::grantDelegate(inner) => {
                    <grantDelegateCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::grantDelegateBySig(inner) => {
                    <grantDelegateBySigCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::keyCheck(inner) => {
                    <keyCheckCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::logState(inner) => {
                    <logStateCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::nonces(inner) => {
                    <noncesCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::publishKeyCheck(inner) => {
                    <publishKeyCheckCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::revokeDelegate(inner) => {
                    <revokeDelegateCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::revokeDelegateBySig(inner) => {
                    <revokeDelegateBySigCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner, out,
                    )
                }
                Self::teeRegistry(inner) => {
                    <teeRegistryCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::write(inner) => {
                    <writeCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::writePointer(inner) => {
                    <writePointerCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
            }
        }
    }
    ///Container for all the [`MemoryVault`](self) custom errors.
    #[derive(Clone, serde::Serialize, serde::Deserialize, Debug, PartialEq, Eq, Hash)]
    pub enum MemoryVaultErrors {
        #[allow(missing_docs)]
        InvalidAccountNonce(InvalidAccountNonce),
        #[allow(missing_docs)]
        InvalidShortString(InvalidShortString),
        #[allow(missing_docs)]
        StringTooLong(StringTooLong),
        #[allow(missing_docs)]
        VaultCodeTooLarge(VaultCodeTooLarge),
        #[allow(missing_docs)]
        VaultDelegationExpired(VaultDelegationExpired),
        #[allow(missing_docs)]
        VaultEmptyBatch(VaultEmptyBatch),
        #[allow(missing_docs)]
        VaultEmptyCiphertext(VaultEmptyCiphertext),
        #[allow(missing_docs)]
        VaultEpochNotIncreasing(VaultEpochNotIncreasing),
        #[allow(missing_docs)]
        VaultInvalidGrant(VaultInvalidGrant),
        #[allow(missing_docs)]
        VaultInvalidPointer(VaultInvalidPointer),
        #[allow(missing_docs)]
        VaultInvalidSignature(VaultInvalidSignature),
        #[allow(missing_docs)]
        VaultMalformedBatch(VaultMalformedBatch),
        #[allow(missing_docs)]
        VaultNoTeeRegistry(VaultNoTeeRegistry),
        #[allow(missing_docs)]
        VaultNotDelegate(VaultNotDelegate),
        #[allow(missing_docs)]
        VaultScopeNotGranted(VaultScopeNotGranted),
        #[allow(missing_docs)]
        VaultSequenceMismatch(VaultSequenceMismatch),
        #[allow(missing_docs)]
        VaultSignatureExpired(VaultSignatureExpired),
        #[allow(missing_docs)]
        VaultTeeNodeInactive(VaultTeeNodeInactive),
        #[allow(missing_docs)]
        VaultZeroId(VaultZeroId),
        #[allow(missing_docs)]
        VaultZeroKeyCheck(VaultZeroKeyCheck),
        #[allow(missing_docs)]
        VaultZeroVersion(VaultZeroVersion),
    }
    impl MemoryVaultErrors {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [5u8, 208u8, 182u8, 225u8],
            [32u8, 42u8, 251u8, 159u8],
            [34u8, 142u8, 111u8, 116u8],
            [40u8, 204u8, 63u8, 114u8],
            [48u8, 90u8, 39u8, 169u8],
            [79u8, 50u8, 10u8, 51u8],
            [86u8, 80u8, 104u8, 17u8],
            [99u8, 207u8, 15u8, 38u8],
            [108u8, 154u8, 180u8, 82u8],
            [117u8, 45u8, 136u8, 192u8],
            [139u8, 30u8, 77u8, 132u8],
            [158u8, 105u8, 10u8, 216u8],
            [170u8, 154u8, 227u8, 3u8],
            [171u8, 2u8, 247u8, 179u8],
            [176u8, 150u8, 37u8, 81u8],
            [177u8, 37u8, 221u8, 31u8],
            [179u8, 81u8, 43u8, 12u8],
            [186u8, 182u8, 233u8, 219u8],
            [188u8, 185u8, 245u8, 136u8],
            [193u8, 46u8, 235u8, 187u8],
            [236u8, 185u8, 29u8, 156u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(VaultInvalidGrant),
            ::core::stringify!(VaultNoTeeRegistry),
            ::core::stringify!(VaultEmptyCiphertext),
            ::core::stringify!(VaultInvalidSignature),
            ::core::stringify!(StringTooLong),
            ::core::stringify!(VaultDelegationExpired),
            ::core::stringify!(VaultSequenceMismatch),
            ::core::stringify!(VaultEmptyBatch),
            ::core::stringify!(VaultScopeNotGranted),
            ::core::stringify!(InvalidAccountNonce),
            ::core::stringify!(VaultZeroVersion),
            ::core::stringify!(VaultEpochNotIncreasing),
            ::core::stringify!(VaultCodeTooLarge),
            ::core::stringify!(VaultZeroKeyCheck),
            ::core::stringify!(VaultMalformedBatch),
            ::core::stringify!(VaultTeeNodeInactive),
            ::core::stringify!(InvalidShortString),
            ::core::stringify!(VaultSignatureExpired),
            ::core::stringify!(VaultNotDelegate),
            ::core::stringify!(VaultZeroId),
            ::core::stringify!(VaultInvalidPointer),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <VaultInvalidGrant as alloy_sol_types::SolError>::SIGNATURE,
            <VaultNoTeeRegistry as alloy_sol_types::SolError>::SIGNATURE,
            <VaultEmptyCiphertext as alloy_sol_types::SolError>::SIGNATURE,
            <VaultInvalidSignature as alloy_sol_types::SolError>::SIGNATURE,
            <StringTooLong as alloy_sol_types::SolError>::SIGNATURE,
            <VaultDelegationExpired as alloy_sol_types::SolError>::SIGNATURE,
            <VaultSequenceMismatch as alloy_sol_types::SolError>::SIGNATURE,
            <VaultEmptyBatch as alloy_sol_types::SolError>::SIGNATURE,
            <VaultScopeNotGranted as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidAccountNonce as alloy_sol_types::SolError>::SIGNATURE,
            <VaultZeroVersion as alloy_sol_types::SolError>::SIGNATURE,
            <VaultEpochNotIncreasing as alloy_sol_types::SolError>::SIGNATURE,
            <VaultCodeTooLarge as alloy_sol_types::SolError>::SIGNATURE,
            <VaultZeroKeyCheck as alloy_sol_types::SolError>::SIGNATURE,
            <VaultMalformedBatch as alloy_sol_types::SolError>::SIGNATURE,
            <VaultTeeNodeInactive as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidShortString as alloy_sol_types::SolError>::SIGNATURE,
            <VaultSignatureExpired as alloy_sol_types::SolError>::SIGNATURE,
            <VaultNotDelegate as alloy_sol_types::SolError>::SIGNATURE,
            <VaultZeroId as alloy_sol_types::SolError>::SIGNATURE,
            <VaultInvalidPointer as alloy_sol_types::SolError>::SIGNATURE,
        ];
        /// Returns the signature for the given selector, if known.
        #[inline]
        pub fn signature_by_selector(
            selector: [u8; 4usize],
        ) -> ::core::option::Option<&'static str> {
            match Self::SELECTORS.binary_search(&selector) {
                ::core::result::Result::Ok(idx) => {
                    ::core::option::Option::Some(Self::SIGNATURES[idx])
                }
                ::core::result::Result::Err(_) => ::core::option::Option::None,
            }
        }
        /// Returns the enum variant name for the given selector, if known.
        #[inline]
        pub fn name_by_selector(selector: [u8; 4usize]) -> ::core::option::Option<&'static str> {
            let sig = Self::signature_by_selector(selector)?;
            sig.split_once('(').map(|(name, _)| name)
        }
    }
    #[automatically_derived]
    impl alloy_sol_types::SolInterface for MemoryVaultErrors {
        const NAME: &'static str = "MemoryVaultErrors";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 21usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::InvalidAccountNonce(_) => {
                    <InvalidAccountNonce as alloy_sol_types::SolError>::SELECTOR
                }
                Self::InvalidShortString(_) => {
                    <InvalidShortString as alloy_sol_types::SolError>::SELECTOR
                }
                Self::StringTooLong(_) => <StringTooLong as alloy_sol_types::SolError>::SELECTOR,
                Self::VaultCodeTooLarge(_) => {
                    <VaultCodeTooLarge as alloy_sol_types::SolError>::SELECTOR
                }
                Self::VaultDelegationExpired(_) => {
                    <VaultDelegationExpired as alloy_sol_types::SolError>::SELECTOR
                }
                Self::VaultEmptyBatch(_) => {
                    <VaultEmptyBatch as alloy_sol_types::SolError>::SELECTOR
                }
                Self::VaultEmptyCiphertext(_) => {
                    <VaultEmptyCiphertext as alloy_sol_types::SolError>::SELECTOR
                }
                Self::VaultEpochNotIncreasing(_) => {
                    <VaultEpochNotIncreasing as alloy_sol_types::SolError>::SELECTOR
                }
                Self::VaultInvalidGrant(_) => {
                    <VaultInvalidGrant as alloy_sol_types::SolError>::SELECTOR
                }
                Self::VaultInvalidPointer(_) => {
                    <VaultInvalidPointer as alloy_sol_types::SolError>::SELECTOR
                }
                Self::VaultInvalidSignature(_) => {
                    <VaultInvalidSignature as alloy_sol_types::SolError>::SELECTOR
                }
                Self::VaultMalformedBatch(_) => {
                    <VaultMalformedBatch as alloy_sol_types::SolError>::SELECTOR
                }
                Self::VaultNoTeeRegistry(_) => {
                    <VaultNoTeeRegistry as alloy_sol_types::SolError>::SELECTOR
                }
                Self::VaultNotDelegate(_) => {
                    <VaultNotDelegate as alloy_sol_types::SolError>::SELECTOR
                }
                Self::VaultScopeNotGranted(_) => {
                    <VaultScopeNotGranted as alloy_sol_types::SolError>::SELECTOR
                }
                Self::VaultSequenceMismatch(_) => {
                    <VaultSequenceMismatch as alloy_sol_types::SolError>::SELECTOR
                }
                Self::VaultSignatureExpired(_) => {
                    <VaultSignatureExpired as alloy_sol_types::SolError>::SELECTOR
                }
                Self::VaultTeeNodeInactive(_) => {
                    <VaultTeeNodeInactive as alloy_sol_types::SolError>::SELECTOR
                }
                Self::VaultZeroId(_) => <VaultZeroId as alloy_sol_types::SolError>::SELECTOR,
                Self::VaultZeroKeyCheck(_) => {
                    <VaultZeroKeyCheck as alloy_sol_types::SolError>::SELECTOR
                }
                Self::VaultZeroVersion(_) => {
                    <VaultZeroVersion as alloy_sol_types::SolError>::SELECTOR
                }
            }
        }
        #[inline]
        fn selector_at(i: usize) -> ::core::option::Option<[u8; 4]> {
            Self::SELECTORS.get(i).copied()
        }
        #[inline]
        fn valid_selector(selector: [u8; 4]) -> bool {
            Self::SELECTORS.binary_search(&selector).is_ok()
        }
        #[inline]
        #[allow(non_snake_case)]
        fn abi_decode_raw(selector: [u8; 4], data: &[u8]) -> alloy_sol_types::Result<Self> {
            static DECODE_SHIMS: &[fn(&[u8]) -> alloy_sol_types::Result<MemoryVaultErrors>] = &[
                {
                    fn VaultInvalidGrant(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MemoryVaultErrors> {
                        <VaultInvalidGrant as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(MemoryVaultErrors::VaultInvalidGrant)
                    }
                    VaultInvalidGrant
                },
                {
                    fn VaultNoTeeRegistry(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MemoryVaultErrors> {
                        <VaultNoTeeRegistry as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(MemoryVaultErrors::VaultNoTeeRegistry)
                    }
                    VaultNoTeeRegistry
                },
                {
                    fn VaultEmptyCiphertext(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MemoryVaultErrors> {
                        <VaultEmptyCiphertext as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(MemoryVaultErrors::VaultEmptyCiphertext)
                    }
                    VaultEmptyCiphertext
                },
                {
                    fn VaultInvalidSignature(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MemoryVaultErrors> {
                        <VaultInvalidSignature as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(MemoryVaultErrors::VaultInvalidSignature)
                    }
                    VaultInvalidSignature
                },
                {
                    fn StringTooLong(data: &[u8]) -> alloy_sol_types::Result<MemoryVaultErrors> {
                        <StringTooLong as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(MemoryVaultErrors::StringTooLong)
                    }
                    StringTooLong
                },
                {
                    fn VaultDelegationExpired(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MemoryVaultErrors> {
                        <VaultDelegationExpired as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(MemoryVaultErrors::VaultDelegationExpired)
                    }
                    VaultDelegationExpired
                },
                {
                    fn VaultSequenceMismatch(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MemoryVaultErrors> {
                        <VaultSequenceMismatch as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(MemoryVaultErrors::VaultSequenceMismatch)
                    }
                    VaultSequenceMismatch
                },
                {
                    fn VaultEmptyBatch(data: &[u8]) -> alloy_sol_types::Result<MemoryVaultErrors> {
                        <VaultEmptyBatch as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(MemoryVaultErrors::VaultEmptyBatch)
                    }
                    VaultEmptyBatch
                },
                {
                    fn VaultScopeNotGranted(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MemoryVaultErrors> {
                        <VaultScopeNotGranted as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(MemoryVaultErrors::VaultScopeNotGranted)
                    }
                    VaultScopeNotGranted
                },
                {
                    fn InvalidAccountNonce(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MemoryVaultErrors> {
                        <InvalidAccountNonce as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(MemoryVaultErrors::InvalidAccountNonce)
                    }
                    InvalidAccountNonce
                },
                {
                    fn VaultZeroVersion(data: &[u8]) -> alloy_sol_types::Result<MemoryVaultErrors> {
                        <VaultZeroVersion as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(MemoryVaultErrors::VaultZeroVersion)
                    }
                    VaultZeroVersion
                },
                {
                    fn VaultEpochNotIncreasing(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MemoryVaultErrors> {
                        <VaultEpochNotIncreasing as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(MemoryVaultErrors::VaultEpochNotIncreasing)
                    }
                    VaultEpochNotIncreasing
                },
                {
                    fn VaultCodeTooLarge(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MemoryVaultErrors> {
                        <VaultCodeTooLarge as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(MemoryVaultErrors::VaultCodeTooLarge)
                    }
                    VaultCodeTooLarge
                },
                {
                    fn VaultZeroKeyCheck(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MemoryVaultErrors> {
                        <VaultZeroKeyCheck as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(MemoryVaultErrors::VaultZeroKeyCheck)
                    }
                    VaultZeroKeyCheck
                },
                {
                    fn VaultMalformedBatch(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MemoryVaultErrors> {
                        <VaultMalformedBatch as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(MemoryVaultErrors::VaultMalformedBatch)
                    }
                    VaultMalformedBatch
                },
                {
                    fn VaultTeeNodeInactive(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MemoryVaultErrors> {
                        <VaultTeeNodeInactive as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(MemoryVaultErrors::VaultTeeNodeInactive)
                    }
                    VaultTeeNodeInactive
                },
                {
                    fn InvalidShortString(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MemoryVaultErrors> {
                        <InvalidShortString as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(MemoryVaultErrors::InvalidShortString)
                    }
                    InvalidShortString
                },
                {
                    fn VaultSignatureExpired(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MemoryVaultErrors> {
                        <VaultSignatureExpired as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(MemoryVaultErrors::VaultSignatureExpired)
                    }
                    VaultSignatureExpired
                },
                {
                    fn VaultNotDelegate(data: &[u8]) -> alloy_sol_types::Result<MemoryVaultErrors> {
                        <VaultNotDelegate as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(MemoryVaultErrors::VaultNotDelegate)
                    }
                    VaultNotDelegate
                },
                {
                    fn VaultZeroId(data: &[u8]) -> alloy_sol_types::Result<MemoryVaultErrors> {
                        <VaultZeroId as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(MemoryVaultErrors::VaultZeroId)
                    }
                    VaultZeroId
                },
                {
                    fn VaultInvalidPointer(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MemoryVaultErrors> {
                        <VaultInvalidPointer as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(MemoryVaultErrors::VaultInvalidPointer)
                    }
                    VaultInvalidPointer
                },
            ];
            let Ok(idx) = Self::SELECTORS.binary_search(&selector) else {
                return Err(alloy_sol_types::Error::unknown_selector(
                    <Self as alloy_sol_types::SolInterface>::NAME,
                    selector,
                ));
            };
            DECODE_SHIMS[idx](data)
        }
        #[inline]
        #[allow(non_snake_case)]
        fn abi_decode_raw_validate(
            selector: [u8; 4],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            static DECODE_VALIDATE_SHIMS: &[fn(
                &[u8],
            )
                -> alloy_sol_types::Result<MemoryVaultErrors>] = &[
                {
                    fn VaultInvalidGrant(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MemoryVaultErrors> {
                        <VaultInvalidGrant as alloy_sol_types::SolError>::abi_decode_raw_validate(
                            data,
                        )
                        .map(MemoryVaultErrors::VaultInvalidGrant)
                    }
                    VaultInvalidGrant
                },
                {
                    fn VaultNoTeeRegistry(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MemoryVaultErrors> {
                        <VaultNoTeeRegistry as alloy_sol_types::SolError>::abi_decode_raw_validate(
                            data,
                        )
                        .map(MemoryVaultErrors::VaultNoTeeRegistry)
                    }
                    VaultNoTeeRegistry
                },
                {
                    fn VaultEmptyCiphertext(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MemoryVaultErrors> {
                        <VaultEmptyCiphertext as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MemoryVaultErrors::VaultEmptyCiphertext)
                    }
                    VaultEmptyCiphertext
                },
                {
                    fn VaultInvalidSignature(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MemoryVaultErrors> {
                        <VaultInvalidSignature as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MemoryVaultErrors::VaultInvalidSignature)
                    }
                    VaultInvalidSignature
                },
                {
                    fn StringTooLong(data: &[u8]) -> alloy_sol_types::Result<MemoryVaultErrors> {
                        <StringTooLong as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(MemoryVaultErrors::StringTooLong)
                    }
                    StringTooLong
                },
                {
                    fn VaultDelegationExpired(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MemoryVaultErrors> {
                        <VaultDelegationExpired as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MemoryVaultErrors::VaultDelegationExpired)
                    }
                    VaultDelegationExpired
                },
                {
                    fn VaultSequenceMismatch(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MemoryVaultErrors> {
                        <VaultSequenceMismatch as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MemoryVaultErrors::VaultSequenceMismatch)
                    }
                    VaultSequenceMismatch
                },
                {
                    fn VaultEmptyBatch(data: &[u8]) -> alloy_sol_types::Result<MemoryVaultErrors> {
                        <VaultEmptyBatch as alloy_sol_types::SolError>::abi_decode_raw_validate(
                            data,
                        )
                        .map(MemoryVaultErrors::VaultEmptyBatch)
                    }
                    VaultEmptyBatch
                },
                {
                    fn VaultScopeNotGranted(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MemoryVaultErrors> {
                        <VaultScopeNotGranted as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MemoryVaultErrors::VaultScopeNotGranted)
                    }
                    VaultScopeNotGranted
                },
                {
                    fn InvalidAccountNonce(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MemoryVaultErrors> {
                        <InvalidAccountNonce as alloy_sol_types::SolError>::abi_decode_raw_validate(
                            data,
                        )
                        .map(MemoryVaultErrors::InvalidAccountNonce)
                    }
                    InvalidAccountNonce
                },
                {
                    fn VaultZeroVersion(data: &[u8]) -> alloy_sol_types::Result<MemoryVaultErrors> {
                        <VaultZeroVersion as alloy_sol_types::SolError>::abi_decode_raw_validate(
                            data,
                        )
                        .map(MemoryVaultErrors::VaultZeroVersion)
                    }
                    VaultZeroVersion
                },
                {
                    fn VaultEpochNotIncreasing(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MemoryVaultErrors> {
                        <VaultEpochNotIncreasing as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MemoryVaultErrors::VaultEpochNotIncreasing)
                    }
                    VaultEpochNotIncreasing
                },
                {
                    fn VaultCodeTooLarge(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MemoryVaultErrors> {
                        <VaultCodeTooLarge as alloy_sol_types::SolError>::abi_decode_raw_validate(
                            data,
                        )
                        .map(MemoryVaultErrors::VaultCodeTooLarge)
                    }
                    VaultCodeTooLarge
                },
                {
                    fn VaultZeroKeyCheck(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MemoryVaultErrors> {
                        <VaultZeroKeyCheck as alloy_sol_types::SolError>::abi_decode_raw_validate(
                            data,
                        )
                        .map(MemoryVaultErrors::VaultZeroKeyCheck)
                    }
                    VaultZeroKeyCheck
                },
                {
                    fn VaultMalformedBatch(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MemoryVaultErrors> {
                        <VaultMalformedBatch as alloy_sol_types::SolError>::abi_decode_raw_validate(
                            data,
                        )
                        .map(MemoryVaultErrors::VaultMalformedBatch)
                    }
                    VaultMalformedBatch
                },
                {
                    fn VaultTeeNodeInactive(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MemoryVaultErrors> {
                        <VaultTeeNodeInactive as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MemoryVaultErrors::VaultTeeNodeInactive)
                    }
                    VaultTeeNodeInactive
                },
                {
                    fn InvalidShortString(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MemoryVaultErrors> {
                        <InvalidShortString as alloy_sol_types::SolError>::abi_decode_raw_validate(
                            data,
                        )
                        .map(MemoryVaultErrors::InvalidShortString)
                    }
                    InvalidShortString
                },
                {
                    fn VaultSignatureExpired(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MemoryVaultErrors> {
                        <VaultSignatureExpired as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MemoryVaultErrors::VaultSignatureExpired)
                    }
                    VaultSignatureExpired
                },
                {
                    fn VaultNotDelegate(data: &[u8]) -> alloy_sol_types::Result<MemoryVaultErrors> {
                        <VaultNotDelegate as alloy_sol_types::SolError>::abi_decode_raw_validate(
                            data,
                        )
                        .map(MemoryVaultErrors::VaultNotDelegate)
                    }
                    VaultNotDelegate
                },
                {
                    fn VaultZeroId(data: &[u8]) -> alloy_sol_types::Result<MemoryVaultErrors> {
                        <VaultZeroId as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(MemoryVaultErrors::VaultZeroId)
                    }
                    VaultZeroId
                },
                {
                    fn VaultInvalidPointer(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MemoryVaultErrors> {
                        <VaultInvalidPointer as alloy_sol_types::SolError>::abi_decode_raw_validate(
                            data,
                        )
                        .map(MemoryVaultErrors::VaultInvalidPointer)
                    }
                    VaultInvalidPointer
                },
            ];
            let Ok(idx) = Self::SELECTORS.binary_search(&selector) else {
                return Err(alloy_sol_types::Error::unknown_selector(
                    <Self as alloy_sol_types::SolInterface>::NAME,
                    selector,
                ));
            };
            DECODE_VALIDATE_SHIMS[idx](data)
        }
        #[inline]
        fn abi_encoded_size(&self) -> usize {
            match self {
                Self::InvalidAccountNonce(inner) => {
                    <InvalidAccountNonce as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::InvalidShortString(inner) => {
                    <InvalidShortString as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::StringTooLong(inner) => {
                    <StringTooLong as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::VaultCodeTooLarge(inner) => {
                    <VaultCodeTooLarge as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::VaultDelegationExpired(inner) => {
                    <VaultDelegationExpired as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::VaultEmptyBatch(inner) => {
                    <VaultEmptyBatch as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::VaultEmptyCiphertext(inner) => {
                    <VaultEmptyCiphertext as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::VaultEpochNotIncreasing(inner) => {
                    <VaultEpochNotIncreasing as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::VaultInvalidGrant(inner) => {
                    <VaultInvalidGrant as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::VaultInvalidPointer(inner) => {
                    <VaultInvalidPointer as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::VaultInvalidSignature(inner) => {
                    <VaultInvalidSignature as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::VaultMalformedBatch(inner) => {
                    <VaultMalformedBatch as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::VaultNoTeeRegistry(inner) => {
                    <VaultNoTeeRegistry as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::VaultNotDelegate(inner) => {
                    <VaultNotDelegate as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::VaultScopeNotGranted(inner) => {
                    <VaultScopeNotGranted as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::VaultSequenceMismatch(inner) => {
                    <VaultSequenceMismatch as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::VaultSignatureExpired(inner) => {
                    <VaultSignatureExpired as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::VaultTeeNodeInactive(inner) => {
                    <VaultTeeNodeInactive as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::VaultZeroId(inner) => {
                    <VaultZeroId as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::VaultZeroKeyCheck(inner) => {
                    <VaultZeroKeyCheck as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::VaultZeroVersion(inner) => {
                    <VaultZeroVersion as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
            }
        }
        #[inline]
        fn abi_encode_raw(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
            match self {
                Self::InvalidAccountNonce(inner) => {
                    <InvalidAccountNonce as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::InvalidShortString(inner) => {
                    <InvalidShortString as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::StringTooLong(inner) => {
                    <StringTooLong as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::VaultCodeTooLarge(inner) => {
                    <VaultCodeTooLarge as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::VaultDelegationExpired(inner) => {
                    <VaultDelegationExpired as alloy_sol_types::SolError>::abi_encode_raw(
                        inner, out,
                    )
                }
                Self::VaultEmptyBatch(inner) => {
                    <VaultEmptyBatch as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::VaultEmptyCiphertext(inner) => {
                    <VaultEmptyCiphertext as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::VaultEpochNotIncreasing(inner) => {
                    <VaultEpochNotIncreasing as alloy_sol_types::SolError>::abi_encode_raw(
                        inner, out,
                    )
                }
                Self::VaultInvalidGrant(inner) => {
                    <VaultInvalidGrant as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::VaultInvalidPointer(inner) => {
                    <VaultInvalidPointer as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::VaultInvalidSignature(inner) => {
                    <VaultInvalidSignature as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::VaultMalformedBatch(inner) => {
                    <VaultMalformedBatch as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::VaultNoTeeRegistry(inner) => {
                    <VaultNoTeeRegistry as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::VaultNotDelegate(inner) => {
                    <VaultNotDelegate as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::VaultScopeNotGranted(inner) => {
                    <VaultScopeNotGranted as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::VaultSequenceMismatch(inner) => {
                    <VaultSequenceMismatch as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::VaultSignatureExpired(inner) => {
                    <VaultSignatureExpired as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::VaultTeeNodeInactive(inner) => {
                    <VaultTeeNodeInactive as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::VaultZeroId(inner) => {
                    <VaultZeroId as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::VaultZeroKeyCheck(inner) => {
                    <VaultZeroKeyCheck as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::VaultZeroVersion(inner) => {
                    <VaultZeroVersion as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
            }
        }
    }
    ///Container for all the [`MemoryVault`](self) events.
    #[derive(Clone, serde::Serialize, serde::Deserialize, Debug, PartialEq, Eq, Hash)]
    pub enum MemoryVaultEvents {
        #[allow(missing_docs)]
        BatchApplied(BatchApplied),
        #[allow(missing_docs)]
        DelegateGranted(DelegateGranted),
        #[allow(missing_docs)]
        DelegateRevoked(DelegateRevoked),
        #[allow(missing_docs)]
        DelegatedBatchApplied(DelegatedBatchApplied),
        #[allow(missing_docs)]
        EIP712DomainChanged(EIP712DomainChanged),
        #[allow(missing_docs)]
        KeyCheckPublished(KeyCheckPublished),
        #[allow(missing_docs)]
        RecordCodeStored(RecordCodeStored),
        #[allow(missing_docs)]
        RecordDeleted(RecordDeleted),
        #[allow(missing_docs)]
        RecordPointerWritten(RecordPointerWritten),
        #[allow(missing_docs)]
        RecordWritten(RecordWritten),
    }
    impl MemoryVaultEvents {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 32usize]] = &[
            [
                10u8, 99u8, 135u8, 201u8, 234u8, 54u8, 40u8, 184u8, 138u8, 99u8, 59u8, 180u8,
                243u8, 177u8, 81u8, 119u8, 15u8, 112u8, 8u8, 81u8, 23u8, 161u8, 95u8, 155u8, 243u8,
                120u8, 124u8, 218u8, 83u8, 241u8, 61u8, 49u8,
            ],
            [
                14u8, 141u8, 77u8, 193u8, 18u8, 169u8, 183u8, 194u8, 153u8, 142u8, 104u8, 151u8,
                114u8, 5u8, 231u8, 184u8, 242u8, 113u8, 186u8, 79u8, 156u8, 125u8, 39u8, 41u8,
                239u8, 45u8, 59u8, 69u8, 64u8, 150u8, 93u8, 4u8,
            ],
            [
                73u8, 212u8, 72u8, 169u8, 139u8, 50u8, 188u8, 39u8, 31u8, 107u8, 237u8, 71u8,
                119u8, 252u8, 225u8, 215u8, 210u8, 148u8, 245u8, 97u8, 112u8, 104u8, 94u8, 85u8,
                12u8, 109u8, 3u8, 4u8, 225u8, 229u8, 102u8, 37u8,
            ],
            [
                110u8, 18u8, 147u8, 183u8, 239u8, 153u8, 214u8, 127u8, 223u8, 30u8, 23u8, 217u8,
                10u8, 180u8, 17u8, 125u8, 42u8, 1u8, 124u8, 157u8, 234u8, 174u8, 242u8, 229u8,
                20u8, 120u8, 229u8, 74u8, 243u8, 124u8, 208u8, 79u8,
            ],
            [
                118u8, 230u8, 100u8, 104u8, 104u8, 208u8, 150u8, 7u8, 138u8, 199u8, 243u8, 241u8,
                64u8, 28u8, 58u8, 170u8, 85u8, 220u8, 132u8, 137u8, 14u8, 199u8, 75u8, 153u8,
                198u8, 153u8, 228u8, 117u8, 71u8, 20u8, 177u8, 142u8,
            ],
            [
                121u8, 238u8, 132u8, 253u8, 197u8, 203u8, 81u8, 220u8, 14u8, 23u8, 248u8, 32u8,
                212u8, 110u8, 175u8, 118u8, 136u8, 4u8, 108u8, 236u8, 68u8, 85u8, 30u8, 99u8, 57u8,
                40u8, 167u8, 160u8, 249u8, 13u8, 21u8, 162u8,
            ],
            [
                137u8, 152u8, 245u8, 58u8, 246u8, 179u8, 244u8, 25u8, 222u8, 196u8, 223u8, 36u8,
                85u8, 197u8, 176u8, 109u8, 244u8, 97u8, 211u8, 188u8, 56u8, 165u8, 170u8, 98u8,
                155u8, 19u8, 122u8, 247u8, 219u8, 207u8, 227u8, 199u8,
            ],
            [
                141u8, 11u8, 218u8, 41u8, 254u8, 211u8, 30u8, 20u8, 205u8, 51u8, 111u8, 89u8,
                139u8, 69u8, 21u8, 16u8, 202u8, 124u8, 204u8, 29u8, 239u8, 81u8, 128u8, 116u8,
                110u8, 250u8, 111u8, 75u8, 35u8, 112u8, 169u8, 242u8,
            ],
            [
                179u8, 119u8, 200u8, 220u8, 119u8, 104u8, 154u8, 130u8, 86u8, 203u8, 30u8, 28u8,
                246u8, 162u8, 18u8, 144u8, 135u8, 68u8, 191u8, 206u8, 163u8, 150u8, 125u8, 133u8,
                4u8, 46u8, 144u8, 154u8, 6u8, 232u8, 185u8, 82u8,
            ],
            [
                229u8, 87u8, 220u8, 125u8, 176u8, 141u8, 13u8, 76u8, 209u8, 231u8, 154u8, 191u8,
                5u8, 156u8, 174u8, 62u8, 71u8, 5u8, 82u8, 240u8, 217u8, 207u8, 172u8, 246u8, 51u8,
                53u8, 158u8, 115u8, 4u8, 2u8, 247u8, 218u8,
            ],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(EIP712DomainChanged),
            ::core::stringify!(RecordDeleted),
            ::core::stringify!(RecordCodeStored),
            ::core::stringify!(RecordPointerWritten),
            ::core::stringify!(DelegateRevoked),
            ::core::stringify!(KeyCheckPublished),
            ::core::stringify!(DelegateGranted),
            ::core::stringify!(BatchApplied),
            ::core::stringify!(RecordWritten),
            ::core::stringify!(DelegatedBatchApplied),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <EIP712DomainChanged as alloy_sol_types::SolEvent>::SIGNATURE,
            <RecordDeleted as alloy_sol_types::SolEvent>::SIGNATURE,
            <RecordCodeStored as alloy_sol_types::SolEvent>::SIGNATURE,
            <RecordPointerWritten as alloy_sol_types::SolEvent>::SIGNATURE,
            <DelegateRevoked as alloy_sol_types::SolEvent>::SIGNATURE,
            <KeyCheckPublished as alloy_sol_types::SolEvent>::SIGNATURE,
            <DelegateGranted as alloy_sol_types::SolEvent>::SIGNATURE,
            <BatchApplied as alloy_sol_types::SolEvent>::SIGNATURE,
            <RecordWritten as alloy_sol_types::SolEvent>::SIGNATURE,
            <DelegatedBatchApplied as alloy_sol_types::SolEvent>::SIGNATURE,
        ];
        /// Returns the signature for the given selector, if known.
        #[inline]
        pub fn signature_by_selector(
            selector: [u8; 32usize],
        ) -> ::core::option::Option<&'static str> {
            match Self::SELECTORS.binary_search(&selector) {
                ::core::result::Result::Ok(idx) => {
                    ::core::option::Option::Some(Self::SIGNATURES[idx])
                }
                ::core::result::Result::Err(_) => ::core::option::Option::None,
            }
        }
        /// Returns the enum variant name for the given selector, if known.
        #[inline]
        pub fn name_by_selector(selector: [u8; 32usize]) -> ::core::option::Option<&'static str> {
            let sig = Self::signature_by_selector(selector)?;
            sig.split_once('(').map(|(name, _)| name)
        }
    }
    #[automatically_derived]
    impl alloy_sol_types::SolEventInterface for MemoryVaultEvents {
        const NAME: &'static str = "MemoryVaultEvents";
        const COUNT: usize = 10usize;
        fn decode_raw_log(
            topics: &[alloy_sol_types::Word],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            match topics.first().copied() {
                Some(<BatchApplied as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <BatchApplied as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::BatchApplied)
                }
                Some(<DelegateGranted as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <DelegateGranted as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::DelegateGranted)
                }
                Some(<DelegateRevoked as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <DelegateRevoked as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::DelegateRevoked)
                }
                Some(<DelegatedBatchApplied as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <DelegatedBatchApplied as alloy_sol_types::SolEvent>::decode_raw_log(
                        topics, data,
                    )
                    .map(Self::DelegatedBatchApplied)
                }
                Some(<EIP712DomainChanged as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <EIP712DomainChanged as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::EIP712DomainChanged)
                }
                Some(<KeyCheckPublished as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <KeyCheckPublished as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::KeyCheckPublished)
                }
                Some(<RecordCodeStored as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <RecordCodeStored as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::RecordCodeStored)
                }
                Some(<RecordDeleted as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <RecordDeleted as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::RecordDeleted)
                }
                Some(<RecordPointerWritten as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <RecordPointerWritten as alloy_sol_types::SolEvent>::decode_raw_log(
                        topics, data,
                    )
                    .map(Self::RecordPointerWritten)
                }
                Some(<RecordWritten as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <RecordWritten as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::RecordWritten)
                }
                _ => alloy_sol_types::private::Err(alloy_sol_types::Error::InvalidLog {
                    name: <Self as alloy_sol_types::SolEventInterface>::NAME,
                    log: alloy_sol_types::private::Box::new(
                        alloy_sol_types::private::LogData::new_unchecked(
                            topics.to_vec(),
                            data.to_vec().into(),
                        ),
                    ),
                }),
            }
        }
    }
    #[automatically_derived]
    impl alloy_sol_types::private::IntoLogData for MemoryVaultEvents {
        fn to_log_data(&self) -> alloy_sol_types::private::LogData {
            match self {
                Self::BatchApplied(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::DelegateGranted(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::DelegateRevoked(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::DelegatedBatchApplied(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::EIP712DomainChanged(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::KeyCheckPublished(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::RecordCodeStored(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::RecordDeleted(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::RecordPointerWritten(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::RecordWritten(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
            }
        }
        fn into_log_data(self) -> alloy_sol_types::private::LogData {
            match self {
                Self::BatchApplied(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::DelegateGranted(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::DelegateRevoked(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::DelegatedBatchApplied(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::EIP712DomainChanged(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::KeyCheckPublished(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::RecordCodeStored(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::RecordDeleted(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::RecordPointerWritten(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::RecordWritten(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
            }
        }
    }
    use alloy::contract as alloy_contract;
    /**Creates a new wrapper around an on-chain [`MemoryVault`](self) contract instance.

    See the [wrapper's documentation](`MemoryVaultInstance`) for more details.*/
    #[inline]
    pub const fn new<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> MemoryVaultInstance<P, N> {
        MemoryVaultInstance::<P, N>::new(address, __provider)
    }
    /**Deploys this contract using the given `provider` and constructor arguments, if any.

    Returns a new instance of the contract, if the deployment was successful.

    For more fine-grained control over the deployment process, use [`deploy_builder`] instead.*/
    #[inline]
    pub fn deploy<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>(
        __provider: P,
        teeRegistry_: alloy::sol_types::private::Address,
    ) -> impl ::core::future::Future<Output = alloy_contract::Result<MemoryVaultInstance<P, N>>>
    {
        MemoryVaultInstance::<P, N>::deploy(__provider, teeRegistry_)
    }
    /**Creates a `RawCallBuilder` for deploying this contract using the given `provider`
    and constructor arguments, if any.

    This is a simple wrapper around creating a `RawCallBuilder` with the data set to
    the bytecode concatenated with the constructor's ABI-encoded arguments.*/
    #[inline]
    pub fn deploy_builder<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        __provider: P,
        teeRegistry_: alloy::sol_types::private::Address,
    ) -> alloy_contract::RawCallBuilder<P, N> {
        MemoryVaultInstance::<P, N>::deploy_builder(__provider, teeRegistry_)
    }
    /**A [`MemoryVault`](self) instance.

    Contains type-safe methods for interacting with an on-chain instance of the
    [`MemoryVault`](self) contract located at a given `address`, using a given
    provider `P`.

    If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
    documentation on how to provide it), the `deploy` and `deploy_builder` methods can
    be used to deploy a new instance of the contract.

    See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct MemoryVaultInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for MemoryVaultInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("MemoryVaultInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>
        MemoryVaultInstance<P, N>
    {
        /**Creates a new wrapper around an on-chain [`MemoryVault`](self) contract instance.

        See the [wrapper's documentation](`MemoryVaultInstance`) for more details.*/
        #[inline]
        pub const fn new(address: alloy_sol_types::private::Address, __provider: P) -> Self {
            Self { address, provider: __provider, _network: ::core::marker::PhantomData }
        }
        /**Deploys this contract using the given `provider` and constructor arguments, if any.

        Returns a new instance of the contract, if the deployment was successful.

        For more fine-grained control over the deployment process, use [`deploy_builder`] instead.*/
        #[inline]
        pub async fn deploy(
            __provider: P,
            teeRegistry_: alloy::sol_types::private::Address,
        ) -> alloy_contract::Result<MemoryVaultInstance<P, N>> {
            let call_builder = Self::deploy_builder(__provider, teeRegistry_);
            let contract_address = call_builder.deploy().await?;
            Ok(Self::new(contract_address, call_builder.provider))
        }
        /**Creates a `RawCallBuilder` for deploying this contract using the given `provider`
        and constructor arguments, if any.

        This is a simple wrapper around creating a `RawCallBuilder` with the data set to
        the bytecode concatenated with the constructor's ABI-encoded arguments.*/
        #[inline]
        pub fn deploy_builder(
            __provider: P,
            teeRegistry_: alloy::sol_types::private::Address,
        ) -> alloy_contract::RawCallBuilder<P, N> {
            alloy_contract::RawCallBuilder::new_raw_deploy(
                __provider,
                [
                    &BYTECODE[..],
                    &alloy_sol_types::SolConstructor::abi_encode(&constructorCall { teeRegistry_ })
                        [..],
                ]
                .concat()
                .into(),
            )
        }
        /// Returns a reference to the address.
        #[inline]
        pub const fn address(&self) -> &alloy_sol_types::private::Address {
            &self.address
        }
        /// Sets the address.
        #[inline]
        pub fn set_address(&mut self, address: alloy_sol_types::private::Address) {
            self.address = address;
        }
        /// Sets the address and returns `self`.
        pub fn at(mut self, address: alloy_sol_types::private::Address) -> Self {
            self.set_address(address);
            self
        }
        /// Returns a reference to the provider.
        #[inline]
        pub const fn provider(&self) -> &P {
            &self.provider
        }
    }
    impl<P: ::core::clone::Clone, N> MemoryVaultInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> MemoryVaultInstance<P, N> {
            MemoryVaultInstance {
                address: self.address,
                provider: ::core::clone::Clone::clone(&self.provider),
                _network: ::core::marker::PhantomData,
            }
        }
    }
    /// Function calls.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>
        MemoryVaultInstance<P, N>
    {
        /// Creates a new call builder using this contract instance's provider and address.
        ///
        /// Note that the call can be any function call, not just those defined in this
        /// contract. Prefer using the other methods for building type-safe contract calls.
        pub fn call_builder<C: alloy_sol_types::SolCall>(
            &self,
            call: &C,
        ) -> alloy_contract::SolCallBuilder<&P, C, N> {
            alloy_contract::SolCallBuilder::new_sol(&self.provider, &self.address, call)
        }
        ///Creates a new call builder for the [`ANY_SEQ`] function.
        pub fn ANY_SEQ(&self) -> alloy_contract::SolCallBuilder<&P, ANY_SEQCall, N> {
            self.call_builder(&ANY_SEQCall)
        }
        ///Creates a new call builder for the [`DOMAIN_SEPARATOR`] function.
        pub fn DOMAIN_SEPARATOR(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, DOMAIN_SEPARATORCall, N> {
            self.call_builder(&DOMAIN_SEPARATORCall)
        }
        ///Creates a new call builder for the [`GRANT_DELEGATE_TYPEHASH`] function.
        pub fn GRANT_DELEGATE_TYPEHASH(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, GRANT_DELEGATE_TYPEHASHCall, N> {
            self.call_builder(&GRANT_DELEGATE_TYPEHASHCall)
        }
        ///Creates a new call builder for the [`REVOKE_DELEGATE_TYPEHASH`] function.
        pub fn REVOKE_DELEGATE_TYPEHASH(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, REVOKE_DELEGATE_TYPEHASHCall, N> {
            self.call_builder(&REVOKE_DELEGATE_TYPEHASHCall)
        }
        ///Creates a new call builder for the [`SCOPE_DELETE`] function.
        pub fn SCOPE_DELETE(&self) -> alloy_contract::SolCallBuilder<&P, SCOPE_DELETECall, N> {
            self.call_builder(&SCOPE_DELETECall)
        }
        ///Creates a new call builder for the [`SCOPE_TEE_NODE`] function.
        pub fn SCOPE_TEE_NODE(&self) -> alloy_contract::SolCallBuilder<&P, SCOPE_TEE_NODECall, N> {
            self.call_builder(&SCOPE_TEE_NODECall)
        }
        ///Creates a new call builder for the [`SCOPE_WRITE`] function.
        pub fn SCOPE_WRITE(&self) -> alloy_contract::SolCallBuilder<&P, SCOPE_WRITECall, N> {
            self.call_builder(&SCOPE_WRITECall)
        }
        ///Creates a new call builder for the [`WRITE_BATCH_TYPEHASH`] function.
        pub fn WRITE_BATCH_TYPEHASH(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, WRITE_BATCH_TYPEHASHCall, N> {
            self.call_builder(&WRITE_BATCH_TYPEHASHCall)
        }
        ///Creates a new call builder for the [`applyBatch`] function.
        pub fn applyBatch(
            &self,
            ops: alloy::sol_types::private::Bytes,
            expectedSeq: u64,
        ) -> alloy_contract::SolCallBuilder<&P, applyBatchCall, N> {
            self.call_builder(&applyBatchCall { ops, expectedSeq })
        }
        ///Creates a new call builder for the [`applyBatchBySig`] function.
        pub fn applyBatchBySig(
            &self,
            owner: alloy::sol_types::private::Address,
            ops: alloy::sol_types::private::Bytes,
            expectedSeq: u64,
            signer: alloy::sol_types::private::Address,
            nonce: alloy::sol_types::private::primitives::aliases::U256,
            deadline: alloy::sol_types::private::primitives::aliases::U256,
            signature: alloy::sol_types::private::Bytes,
        ) -> alloy_contract::SolCallBuilder<&P, applyBatchBySigCall, N> {
            self.call_builder(&applyBatchBySigCall {
                owner,
                ops,
                expectedSeq,
                signer,
                nonce,
                deadline,
                signature,
            })
        }
        ///Creates a new call builder for the [`applyBatchFor`] function.
        pub fn applyBatchFor(
            &self,
            owner: alloy::sol_types::private::Address,
            ops: alloy::sol_types::private::Bytes,
            expectedSeq: u64,
        ) -> alloy_contract::SolCallBuilder<&P, applyBatchForCall, N> {
            self.call_builder(&applyBatchForCall { owner, ops, expectedSeq })
        }
        ///Creates a new call builder for the [`delegation`] function.
        pub fn delegation(
            &self,
            owner: alloy::sol_types::private::Address,
            delegate: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, delegationCall, N> {
            self.call_builder(&delegationCall { owner, delegate })
        }
        ///Creates a new call builder for the [`deleteRecord`] function.
        pub fn deleteRecord(
            &self,
            id: alloy::sol_types::private::FixedBytes<32>,
            version: u64,
            expectedSeq: u64,
        ) -> alloy_contract::SolCallBuilder<&P, deleteRecordCall, N> {
            self.call_builder(&deleteRecordCall { id, version, expectedSeq })
        }
        ///Creates a new call builder for the [`eip712Domain`] function.
        pub fn eip712Domain(&self) -> alloy_contract::SolCallBuilder<&P, eip712DomainCall, N> {
            self.call_builder(&eip712DomainCall)
        }
        ///Creates a new call builder for the [`grantDelegate`] function.
        pub fn grantDelegate(
            &self,
            delegate: alloy::sol_types::private::Address,
            scope: <Scope as alloy::sol_types::SolType>::RustType,
            expiry: u64,
        ) -> alloy_contract::SolCallBuilder<&P, grantDelegateCall, N> {
            self.call_builder(&grantDelegateCall { delegate, scope, expiry })
        }
        ///Creates a new call builder for the [`grantDelegateBySig`] function.
        pub fn grantDelegateBySig(
            &self,
            owner: alloy::sol_types::private::Address,
            delegate: alloy::sol_types::private::Address,
            scope: <Scope as alloy::sol_types::SolType>::RustType,
            expiry: u64,
            nonce: alloy::sol_types::private::primitives::aliases::U256,
            deadline: alloy::sol_types::private::primitives::aliases::U256,
            signature: alloy::sol_types::private::Bytes,
        ) -> alloy_contract::SolCallBuilder<&P, grantDelegateBySigCall, N> {
            self.call_builder(&grantDelegateBySigCall {
                owner,
                delegate,
                scope,
                expiry,
                nonce,
                deadline,
                signature,
            })
        }
        ///Creates a new call builder for the [`keyCheck`] function.
        pub fn keyCheck(
            &self,
            owner: alloy::sol_types::private::Address,
            epoch: u64,
        ) -> alloy_contract::SolCallBuilder<&P, keyCheckCall, N> {
            self.call_builder(&keyCheckCall { owner, epoch })
        }
        ///Creates a new call builder for the [`logState`] function.
        pub fn logState(
            &self,
            owner: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, logStateCall, N> {
            self.call_builder(&logStateCall { owner })
        }
        ///Creates a new call builder for the [`nonces`] function.
        pub fn nonces(
            &self,
            account: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, noncesCall, N> {
            self.call_builder(&noncesCall { account })
        }
        ///Creates a new call builder for the [`publishKeyCheck`] function.
        pub fn publishKeyCheck(
            &self,
            epoch: u64,
            keyCheck_: alloy::sol_types::private::FixedBytes<32>,
            expectedSeq: u64,
        ) -> alloy_contract::SolCallBuilder<&P, publishKeyCheckCall, N> {
            self.call_builder(&publishKeyCheckCall { epoch, keyCheck_, expectedSeq })
        }
        ///Creates a new call builder for the [`revokeDelegate`] function.
        pub fn revokeDelegate(
            &self,
            delegate: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, revokeDelegateCall, N> {
            self.call_builder(&revokeDelegateCall { delegate })
        }
        ///Creates a new call builder for the [`revokeDelegateBySig`] function.
        pub fn revokeDelegateBySig(
            &self,
            owner: alloy::sol_types::private::Address,
            delegate: alloy::sol_types::private::Address,
            nonce: alloy::sol_types::private::primitives::aliases::U256,
            deadline: alloy::sol_types::private::primitives::aliases::U256,
            signature: alloy::sol_types::private::Bytes,
        ) -> alloy_contract::SolCallBuilder<&P, revokeDelegateBySigCall, N> {
            self.call_builder(&revokeDelegateBySigCall {
                owner,
                delegate,
                nonce,
                deadline,
                signature,
            })
        }
        ///Creates a new call builder for the [`teeRegistry`] function.
        pub fn teeRegistry(&self) -> alloy_contract::SolCallBuilder<&P, teeRegistryCall, N> {
            self.call_builder(&teeRegistryCall)
        }
        ///Creates a new call builder for the [`write`] function.
        pub fn write(
            &self,
            id: alloy::sol_types::private::FixedBytes<32>,
            version: u64,
            ciphertext: alloy::sol_types::private::Bytes,
            expectedSeq: u64,
        ) -> alloy_contract::SolCallBuilder<&P, writeCall, N> {
            self.call_builder(&writeCall { id, version, ciphertext, expectedSeq })
        }
        ///Creates a new call builder for the [`writePointer`] function.
        pub fn writePointer(
            &self,
            id: alloy::sol_types::private::FixedBytes<32>,
            version: u64,
            contentHash: alloy::sol_types::private::FixedBytes<32>,
            uri: alloy::sol_types::private::String,
            expectedSeq: u64,
        ) -> alloy_contract::SolCallBuilder<&P, writePointerCall, N> {
            self.call_builder(&writePointerCall { id, version, contentHash, uri, expectedSeq })
        }
    }
    /// Event filters.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>
        MemoryVaultInstance<P, N>
    {
        /// Creates a new event filter using this contract instance's provider and address.
        ///
        /// Note that the type can be any event, not just those defined in this contract.
        /// Prefer using the other methods for building type-safe event filters.
        pub fn event_filter<E: alloy_sol_types::SolEvent>(
            &self,
        ) -> alloy_contract::Event<&P, E, N> {
            alloy_contract::Event::new_sol(&self.provider, &self.address)
        }
        ///Creates a new event filter for the [`BatchApplied`] event.
        pub fn BatchApplied_filter(&self) -> alloy_contract::Event<&P, BatchApplied, N> {
            self.event_filter::<BatchApplied>()
        }
        ///Creates a new event filter for the [`DelegateGranted`] event.
        pub fn DelegateGranted_filter(&self) -> alloy_contract::Event<&P, DelegateGranted, N> {
            self.event_filter::<DelegateGranted>()
        }
        ///Creates a new event filter for the [`DelegateRevoked`] event.
        pub fn DelegateRevoked_filter(&self) -> alloy_contract::Event<&P, DelegateRevoked, N> {
            self.event_filter::<DelegateRevoked>()
        }
        ///Creates a new event filter for the [`DelegatedBatchApplied`] event.
        pub fn DelegatedBatchApplied_filter(
            &self,
        ) -> alloy_contract::Event<&P, DelegatedBatchApplied, N> {
            self.event_filter::<DelegatedBatchApplied>()
        }
        ///Creates a new event filter for the [`EIP712DomainChanged`] event.
        pub fn EIP712DomainChanged_filter(
            &self,
        ) -> alloy_contract::Event<&P, EIP712DomainChanged, N> {
            self.event_filter::<EIP712DomainChanged>()
        }
        ///Creates a new event filter for the [`KeyCheckPublished`] event.
        pub fn KeyCheckPublished_filter(&self) -> alloy_contract::Event<&P, KeyCheckPublished, N> {
            self.event_filter::<KeyCheckPublished>()
        }
        ///Creates a new event filter for the [`RecordCodeStored`] event.
        pub fn RecordCodeStored_filter(&self) -> alloy_contract::Event<&P, RecordCodeStored, N> {
            self.event_filter::<RecordCodeStored>()
        }
        ///Creates a new event filter for the [`RecordDeleted`] event.
        pub fn RecordDeleted_filter(&self) -> alloy_contract::Event<&P, RecordDeleted, N> {
            self.event_filter::<RecordDeleted>()
        }
        ///Creates a new event filter for the [`RecordPointerWritten`] event.
        pub fn RecordPointerWritten_filter(
            &self,
        ) -> alloy_contract::Event<&P, RecordPointerWritten, N> {
            self.event_filter::<RecordPointerWritten>()
        }
        ///Creates a new event filter for the [`RecordWritten`] event.
        pub fn RecordWritten_filter(&self) -> alloy_contract::Event<&P, RecordWritten, N> {
            self.event_filter::<RecordWritten>()
        }
    }
}
