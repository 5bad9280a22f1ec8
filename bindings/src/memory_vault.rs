///Module containing a contract's types and functions.
/**

```solidity
library IMemoryVault {
    type OpKind is uint8;
    struct LogState { bytes32 head; uint64 seq; uint64 lastWriteBlock; }
    struct Operation { OpKind kind; bytes32 id; uint64 version; bytes32 contentHash; bytes data; }
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
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct OpKind(u8);
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<OpKind> for u8 {
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
        impl OpKind {
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
        impl From<u8> for OpKind {
            fn from(value: u8) -> Self {
                Self::from_underlying(value)
            }
        }
        #[automatically_derived]
        impl From<OpKind> for u8 {
            fn from(value: OpKind) -> Self {
                value.into_underlying()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for OpKind {
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
        impl alloy_sol_types::EventTopic for OpKind {
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
    /**```solidity
    struct LogState { bytes32 head; uint64 seq; uint64 lastWriteBlock; }
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
        impl ::core::convert::From<LogState> for UnderlyingRustTuple<'_> {
            fn from(value: LogState) -> Self {
                (value.head, value.seq, value.lastWriteBlock)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for LogState {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { head: tuple.0, seq: tuple.1, lastWriteBlock: tuple.2 }
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
                    "LogState(bytes32 head,uint64 seq,uint64 lastWriteBlock)",
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
    struct Operation { OpKind kind; bytes32 id; uint64 version; bytes32 contentHash; bytes data; }
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Operation {
        #[allow(missing_docs)]
        pub kind: <OpKind as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub version: u64,
        #[allow(missing_docs)]
        pub contentHash: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub data: alloy::sol_types::private::Bytes,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            OpKind,
            alloy::sol_types::sol_data::FixedBytes<32>,
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::FixedBytes<32>,
            alloy::sol_types::sol_data::Bytes,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            <OpKind as alloy::sol_types::SolType>::RustType,
            alloy::sol_types::private::FixedBytes<32>,
            u64,
            alloy::sol_types::private::FixedBytes<32>,
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
        impl ::core::convert::From<Operation> for UnderlyingRustTuple<'_> {
            fn from(value: Operation) -> Self {
                (value.kind, value.id, value.version, value.contentHash, value.data)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for Operation {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    kind: tuple.0,
                    id: tuple.1,
                    version: tuple.2,
                    contentHash: tuple.3,
                    data: tuple.4,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for Operation {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for Operation {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <OpKind as alloy_sol_types::SolType>::tokenize(&self.kind),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.id),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.version),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.contentHash),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.data,
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
        impl alloy_sol_types::SolType for Operation {
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
        impl alloy_sol_types::SolStruct for Operation {
            const NAME: &'static str = "Operation";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "Operation(uint8 kind,bytes32 id,uint64 version,bytes32 contentHash,bytes data)",
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
                    <OpKind as alloy_sol_types::SolType>::eip712_data_word(&self.kind).0,
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.id)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.version)
                        .0,
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.contentHash)
                        .0,
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::eip712_data_word(
                            &self.data,
                        )
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for Operation {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <OpKind as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.kind,
                    )
                    + <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(&rust.id)
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.version,
                    )
                    + <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.contentHash,
                    )
                    + <alloy::sol_types::sol_data::Bytes as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.data,
                    )
            }
            #[inline]
            fn encode_topic_preimage(
                rust: &Self::RustType,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                out.reserve(<Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust));
                <OpKind as alloy_sol_types::EventTopic>::encode_topic_preimage(&rust.kind, out);
                <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(&rust.id, out);
                <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.version,
                    out,
                );
                <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.contentHash,
                    out,
                );
                <alloy::sol_types::sol_data::Bytes as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.data,
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
    type OpKind is uint8;
    struct LogState {
        bytes32 head;
        uint64 seq;
        uint64 lastWriteBlock;
    }
    struct Operation {
        OpKind kind;
        bytes32 id;
        uint64 version;
        bytes32 contentHash;
        bytes data;
    }
}

interface MemoryVault {
    error VaultEmptyBatch();
    error VaultEmptyCiphertext(bytes32 id);
    error VaultInvalidPointer(bytes32 id);
    error VaultSequenceMismatch(address owner, uint64 expected, uint64 actual);
    error VaultUnexpectedPayload(bytes32 id);
    error VaultZeroId();
    error VaultZeroVersion(bytes32 id);

    event RecordDeleted(address indexed owner, bytes32 indexed id, uint64 version, uint64 seq, uint64 prevWriteBlock);
    event RecordPointerWritten(address indexed owner, bytes32 indexed id, uint64 version, uint64 seq, uint64 prevWriteBlock, bytes32 contentHash, string uri);
    event RecordWritten(address indexed owner, bytes32 indexed id, uint64 version, uint64 seq, uint64 prevWriteBlock, bytes ciphertext);

    function ANY_SEQ() external view returns (uint64);
    function applyBatch(IMemoryVault.Operation[] memory ops, uint64 expectedSeq) external returns (uint64);
    function deleteRecord(bytes32 id, uint64 version, uint64 expectedSeq) external returns (uint64);
    function logState(address owner) external view returns (IMemoryVault.LogState memory);
    function write(bytes32 id, uint64 version, bytes memory ciphertext, uint64 expectedSeq) external returns (uint64);
    function writePointer(bytes32 id, uint64 version, bytes32 contentHash, string memory uri, uint64 expectedSeq) external returns (uint64);
}
```

...which was generated by the following JSON ABI:
```json
[
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
    "name": "applyBatch",
    "inputs": [
      {
        "name": "ops",
        "type": "tuple[]",
        "internalType": "struct IMemoryVault.Operation[]",
        "components": [
          {
            "name": "kind",
            "type": "uint8",
            "internalType": "enum IMemoryVault.OpKind"
          },
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
            "name": "data",
            "type": "bytes",
            "internalType": "bytes"
          }
        ]
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
          }
        ]
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
    "name": "VaultUnexpectedPayload",
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
    "name": "VaultZeroId",
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
    ///0x6080604052348015600e575f5ffd5b50610f918061001c5f395ff3fe608060405234801561000f575f5ffd5b506004361061006f575f3560e01c8063957a29fe1161004d578063957a29fe1461016e578063a2b81a181461017d578063ee62c40514610190575f5ffd5b80631cb9c2d5146100735780634dbb86161461012f5780638406d4a31461015b575b5f5ffd5b6100f6610081366004610b44565b60408051606080820183525f808352602080840182905292840181905273ffffffffffffffffffffffffffffffffffffffff9490941684528382529282902082519384018352805484526001015467ffffffffffffffff80821692850192909252680100000000000000009004169082015290565b604080518251815260208084015167ffffffffffffffff9081169183019190915292820151909216908201526060015b60405180910390f35b61014261013d366004610b9a565b6101a3565b60405167ffffffffffffffff9091168152602001610126565b610142610169366004610bd3565b61024c565b61014267ffffffffffffffff81565b61014261018b366004610c8e565b6104be565b61014261019e366004610cf8565b61056b565b5f5f6101af338461061a565b90506101bd81338787610729565b610240338273ffffffffffffffffffffffffffffffffffffffff9091165f9081526020818152604091829020835181559083015160019091018054929093015167ffffffffffffffff90811668010000000000000000027fffffffffffffffffffffffffffffffff00000000000000000000000000000000909316911617179055565b60200151949350505050565b5f828103610286576040517f63cf0f2600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f610291338461061a565b90505f5b8481101561043a57368686838181106102b0576102b0610d6a565b90506020028101906102c29190610d97565b90505f6102d26020830183610e00565b60028111156102e3576102e3610dd3565b036103605760608101351561032f576040517fae71bbd3000000000000000000000000000000000000000000000000000000008152602082013560048201526024015b60405180910390fd5b61035b833360208401356103496060860160408701610e1e565b6103566080870187610e37565b610861565b610431565b600161036f6020830183610e00565b600281111561038057610380610dd3565b036103b65761035b8333602084013561039f6060860160408701610e1e565b60608601356103b16080880188610e37565b61091f565b60608101351515806103d557506103d06080820182610e37565b151590505b15610412576040517fae71bbd300000000000000000000000000000000000000000000000000000000815260208201356004820152602401610326565b6104318333602084013561042c6060860160408701610e1e565b610729565b50600101610295565b50610240338273ffffffffffffffffffffffffffffffffffffffff9091165f9081526020818152604091829020835181559083015160019091018054929093015167ffffffffffffffff90811668010000000000000000027fffffffffffffffffffffffffffffffff00000000000000000000000000000000909316911617179055565b5f5f6104ca338461061a565b90506104da813389898989610861565b61055d338273ffffffffffffffffffffffffffffffffffffffff9091165f9081526020818152604091829020835181559083015160019091018054929093015167ffffffffffffffff90811668010000000000000000027fffffffffffffffffffffffffffffffff00000000000000000000000000000000909316911617179055565b602001519695505050505050565b5f5f610577338461061a565b905061058881338a8a8a8a8a61091f565b61060b338273ffffffffffffffffffffffffffffffffffffffff9091165f9081526020818152604091829020835181559083015160019091018054929093015167ffffffffffffffff90811668010000000000000000027fffffffffffffffffffffffffffffffff00000000000000000000000000000000909316911617179055565b60200151979650505050505050565b60408051606080820183525f808352602080840182905292840181905273ffffffffffffffffffffffffffffffffffffffff8616815280835283902083519182018452805482526001015467ffffffffffffffff80821693830193909352680100000000000000009004821692810192909252828116148015906106b65750806020015167ffffffffffffffff168267ffffffffffffffff1614155b156107235760208101516040517f5650681100000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8516600482015267ffffffffffffffff80851660248301529091166044820152606401610326565b92915050565b61073382826109e9565b5f6107e2856107818585604080516002602082015290810183905267ffffffffffffffff821660608201525f9060800160405160208183030381529060405280519060200120905092915050565b604082810180516020808601805160010167ffffffffffffffff908116918290528751865180850191909152808701929092526060808301979097528551808303909701875260809091019094528451940193909320909352431690915290565b9050828473ffffffffffffffffffffffffffffffffffffffff167f0e8d4dc112a9b7c2998e68977205e7b8f271ba4f9c7d2729ef2d3b4540965d04848860200151856040516108529392919067ffffffffffffffff93841681529183166020830152909116604082015260600190565b60405180910390a35050505050565b61086b84846109e9565b5f8190036108a8576040517f228e6f7400000000000000000000000000000000000000000000000000000000815260048101859052602401610326565b5f6108b98761078187878787610a6a565b9050848673ffffffffffffffffffffffffffffffffffffffff167fb377c8dc77689a8256cb1e1cf6a212908744bfcea3967d85042e909a06e8b952868a6020015185888860405161090e959493929190610edf565b60405180910390a350505050505050565b61092985856109e9565b821580610934575080155b1561096e576040517fecb91d9c00000000000000000000000000000000000000000000000000000000815260048101869052602401610326565b5f610980886107818888888888610ad2565b9050858773ffffffffffffffffffffffffffffffffffffffff167f6e1293b7ef99d67fdf1e17d90ab4117d2a017c9deaaef2e51478e54af37cd04f878b60200151858989896040516109d796959493929190610f2d565b60405180910390a35050505050505050565b81610a20576040517fc12eebbb00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8067ffffffffffffffff165f03610a66576040517f8b1e4d8400000000000000000000000000000000000000000000000000000000815260048101839052602401610326565b5050565b5f8085858585604051610a7e929190610f82565b6040805191829003822060ff909516602083015281019290925267ffffffffffffffff166060820152608081019190915260a001604051602081830303815290604052805190602001209050949350505050565b5f60018686868686604051610ae8929190610f82565b6040805191829003822060ff909616602083015281019390935267ffffffffffffffff9091166060830152608082015260a081019190915260c00160405160208183030381529060405280519060200120905095945050505050565b5f60208284031215610b54575f5ffd5b813573ffffffffffffffffffffffffffffffffffffffff81168114610b77575f5ffd5b9392505050565b803567ffffffffffffffff81168114610b95575f5ffd5b919050565b5f5f5f60608486031215610bac575f5ffd5b83359250610bbc60208501610b7e565b9150610bca60408501610b7e565b90509250925092565b5f5f5f60408486031215610be5575f5ffd5b833567ffffffffffffffff811115610bfb575f5ffd5b8401601f81018613610c0b575f5ffd5b803567ffffffffffffffff811115610c21575f5ffd5b8660208260051b8401011115610c35575f5ffd5b602091820194509250610bca908501610b7e565b5f5f83601f840112610c59575f5ffd5b50813567ffffffffffffffff811115610c70575f5ffd5b602083019150836020828501011115610c87575f5ffd5b9250929050565b5f5f5f5f5f60808688031215610ca2575f5ffd5b85359450610cb260208701610b7e565b9350604086013567ffffffffffffffff811115610ccd575f5ffd5b610cd988828901610c49565b9094509250610cec905060608701610b7e565b90509295509295909350565b5f5f5f5f5f5f60a08789031215610d0d575f5ffd5b86359550610d1d60208801610b7e565b945060408701359350606087013567ffffffffffffffff811115610d3f575f5ffd5b610d4b89828a01610c49565b9094509250610d5e905060808801610b7e565b90509295509295509295565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f82357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff61833603018112610dc9575f5ffd5b9190910192915050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b5f60208284031215610e10575f5ffd5b813560038110610b77575f5ffd5b5f60208284031215610e2e575f5ffd5b610b7782610b7e565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112610e6a575f5ffd5b83018035915067ffffffffffffffff821115610e84575f5ffd5b602001915036819003821315610c87575f5ffd5b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b67ffffffffffffffff8616815267ffffffffffffffff8516602082015267ffffffffffffffff84166040820152608060608201525f610f22608083018486610e98565b979650505050505050565b67ffffffffffffffff8716815267ffffffffffffffff8616602082015267ffffffffffffffff8516604082015283606082015260a060808201525f610f7660a083018486610e98565b98975050505050505050565b818382375f910190815291905056
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\x80`@R4\x80\x15`\x0EW__\xFD[Pa\x0F\x91\x80a\0\x1C_9_\xF3\xFE`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\0oW_5`\xE0\x1C\x80c\x95z)\xFE\x11a\0MW\x80c\x95z)\xFE\x14a\x01nW\x80c\xA2\xB8\x1A\x18\x14a\x01}W\x80c\xEEb\xC4\x05\x14a\x01\x90W__\xFD[\x80c\x1C\xB9\xC2\xD5\x14a\0sW\x80cM\xBB\x86\x16\x14a\x01/W\x80c\x84\x06\xD4\xA3\x14a\x01[W[__\xFD[a\0\xF6a\0\x816`\x04a\x0BDV[`@\x80Q``\x80\x82\x01\x83R_\x80\x83R` \x80\x84\x01\x82\x90R\x92\x84\x01\x81\x90Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x94\x90\x94\x16\x84R\x83\x82R\x92\x82\x90 \x82Q\x93\x84\x01\x83R\x80T\x84R`\x01\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x82\x16\x92\x85\x01\x92\x90\x92Rh\x01\0\0\0\0\0\0\0\0\x90\x04\x16\x90\x82\x01R\x90V[`@\x80Q\x82Q\x81R` \x80\x84\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16\x91\x83\x01\x91\x90\x91R\x92\x82\x01Q\x90\x92\x16\x90\x82\x01R``\x01[`@Q\x80\x91\x03\x90\xF3[a\x01Ba\x01=6`\x04a\x0B\x9AV[a\x01\xA3V[`@Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x01&V[a\x01Ba\x01i6`\x04a\x0B\xD3V[a\x02LV[a\x01Bg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81V[a\x01Ba\x01\x8B6`\x04a\x0C\x8EV[a\x04\xBEV[a\x01Ba\x01\x9E6`\x04a\x0C\xF8V[a\x05kV[__a\x01\xAF3\x84a\x06\x1AV[\x90Pa\x01\xBD\x813\x87\x87a\x07)V[a\x02@3\x82s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16_\x90\x81R` \x81\x81R`@\x91\x82\x90 \x83Q\x81U\x90\x83\x01Q`\x01\x90\x91\x01\x80T\x92\x90\x93\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16h\x01\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x93\x16\x91\x16\x17\x17\x90UV[` \x01Q\x94\x93PPPPV[_\x82\x81\x03a\x02\x86W`@Q\x7Fc\xCF\x0F&\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_a\x02\x913\x84a\x06\x1AV[\x90P_[\x84\x81\x10\x15a\x04:W6\x86\x86\x83\x81\x81\x10a\x02\xB0Wa\x02\xB0a\rjV[\x90P` \x02\x81\x01\x90a\x02\xC2\x91\x90a\r\x97V[\x90P_a\x02\xD2` \x83\x01\x83a\x0E\0V[`\x02\x81\x11\x15a\x02\xE3Wa\x02\xE3a\r\xD3V[\x03a\x03`W``\x81\x015\x15a\x03/W`@Q\x7F\xAEq\xBB\xD3\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` \x82\x015`\x04\x82\x01R`$\x01[`@Q\x80\x91\x03\x90\xFD[a\x03[\x833` \x84\x015a\x03I``\x86\x01`@\x87\x01a\x0E\x1EV[a\x03V`\x80\x87\x01\x87a\x0E7V[a\x08aV[a\x041V[`\x01a\x03o` \x83\x01\x83a\x0E\0V[`\x02\x81\x11\x15a\x03\x80Wa\x03\x80a\r\xD3V[\x03a\x03\xB6Wa\x03[\x833` \x84\x015a\x03\x9F``\x86\x01`@\x87\x01a\x0E\x1EV[``\x86\x015a\x03\xB1`\x80\x88\x01\x88a\x0E7V[a\t\x1FV[``\x81\x015\x15\x15\x80a\x03\xD5WPa\x03\xD0`\x80\x82\x01\x82a\x0E7V[\x15\x15\x90P[\x15a\x04\x12W`@Q\x7F\xAEq\xBB\xD3\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` \x82\x015`\x04\x82\x01R`$\x01a\x03&V[a\x041\x833` \x84\x015a\x04,``\x86\x01`@\x87\x01a\x0E\x1EV[a\x07)V[P`\x01\x01a\x02\x95V[Pa\x02@3\x82s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16_\x90\x81R` \x81\x81R`@\x91\x82\x90 \x83Q\x81U\x90\x83\x01Q`\x01\x90\x91\x01\x80T\x92\x90\x93\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16h\x01\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x93\x16\x91\x16\x17\x17\x90UV[__a\x04\xCA3\x84a\x06\x1AV[\x90Pa\x04\xDA\x813\x89\x89\x89\x89a\x08aV[a\x05]3\x82s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16_\x90\x81R` \x81\x81R`@\x91\x82\x90 \x83Q\x81U\x90\x83\x01Q`\x01\x90\x91\x01\x80T\x92\x90\x93\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16h\x01\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x93\x16\x91\x16\x17\x17\x90UV[` \x01Q\x96\x95PPPPPPV[__a\x05w3\x84a\x06\x1AV[\x90Pa\x05\x88\x813\x8A\x8A\x8A\x8A\x8Aa\t\x1FV[a\x06\x0B3\x82s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16_\x90\x81R` \x81\x81R`@\x91\x82\x90 \x83Q\x81U\x90\x83\x01Q`\x01\x90\x91\x01\x80T\x92\x90\x93\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16h\x01\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x93\x16\x91\x16\x17\x17\x90UV[` \x01Q\x97\x96PPPPPPPV[`@\x80Q``\x80\x82\x01\x83R_\x80\x83R` \x80\x84\x01\x82\x90R\x92\x84\x01\x81\x90Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x86\x16\x81R\x80\x83R\x83\x90 \x83Q\x91\x82\x01\x84R\x80T\x82R`\x01\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x82\x16\x93\x83\x01\x93\x90\x93Rh\x01\0\0\0\0\0\0\0\0\x90\x04\x82\x16\x92\x81\x01\x92\x90\x92R\x82\x81\x16\x14\x80\x15\x90a\x06\xB6WP\x80` \x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14\x15[\x15a\x07#W` \x81\x01Q`@Q\x7FVPh\x11\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16`\x04\x82\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x85\x16`$\x83\x01R\x90\x91\x16`D\x82\x01R`d\x01a\x03&V[\x92\x91PPV[a\x073\x82\x82a\t\xE9V[_a\x07\xE2\x85a\x07\x81\x85\x85`@\x80Q`\x02` \x82\x01R\x90\x81\x01\x83\x90Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16``\x82\x01R_\x90`\x80\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x92\x91PPV[`@\x82\x81\x01\x80Q` \x80\x86\x01\x80Q`\x01\x01g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16\x91\x82\x90R\x87Q\x86Q\x80\x85\x01\x91\x90\x91R\x80\x87\x01\x92\x90\x92R``\x80\x83\x01\x97\x90\x97R\x85Q\x80\x83\x03\x90\x97\x01\x87R`\x80\x90\x91\x01\x90\x94R\x84Q\x94\x01\x93\x90\x93 \x90\x93RC\x16\x90\x91R\x90V[\x90P\x82\x84s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x7F\x0E\x8DM\xC1\x12\xA9\xB7\xC2\x99\x8Eh\x97r\x05\xE7\xB8\xF2q\xBAO\x9C}')\xEF-;E@\x96]\x04\x84\x88` \x01Q\x85`@Qa\x08R\x93\x92\x91\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x93\x84\x16\x81R\x91\x83\x16` \x83\x01R\x90\x91\x16`@\x82\x01R``\x01\x90V[`@Q\x80\x91\x03\x90\xA3PPPPPV[a\x08k\x84\x84a\t\xE9V[_\x81\x90\x03a\x08\xA8W`@Q\x7F\"\x8Eot\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x85\x90R`$\x01a\x03&V[_a\x08\xB9\x87a\x07\x81\x87\x87\x87\x87a\njV[\x90P\x84\x86s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x7F\xB3w\xC8\xDCwh\x9A\x82V\xCB\x1E\x1C\xF6\xA2\x12\x90\x87D\xBF\xCE\xA3\x96}\x85\x04.\x90\x9A\x06\xE8\xB9R\x86\x8A` \x01Q\x85\x88\x88`@Qa\t\x0E\x95\x94\x93\x92\x91\x90a\x0E\xDFV[`@Q\x80\x91\x03\x90\xA3PPPPPPPV[a\t)\x85\x85a\t\xE9V[\x82\x15\x80a\t4WP\x80\x15[\x15a\tnW`@Q\x7F\xEC\xB9\x1D\x9C\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x86\x90R`$\x01a\x03&V[_a\t\x80\x88a\x07\x81\x88\x88\x88\x88\x88a\n\xD2V[\x90P\x85\x87s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x7Fn\x12\x93\xB7\xEF\x99\xD6\x7F\xDF\x1E\x17\xD9\n\xB4\x11}*\x01|\x9D\xEA\xAE\xF2\xE5\x14x\xE5J\xF3|\xD0O\x87\x8B` \x01Q\x85\x89\x89\x89`@Qa\t\xD7\x96\x95\x94\x93\x92\x91\x90a\x0F-V[`@Q\x80\x91\x03\x90\xA3PPPPPPPPV[\x81a\n W`@Q\x7F\xC1.\xEB\xBB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x80g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16_\x03a\nfW`@Q\x7F\x8B\x1EM\x84\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x01a\x03&V[PPV[_\x80\x85\x85\x85\x85`@Qa\n~\x92\x91\x90a\x0F\x82V[`@\x80Q\x91\x82\x90\x03\x82 `\xFF\x90\x95\x16` \x83\x01R\x81\x01\x92\x90\x92Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16``\x82\x01R`\x80\x81\x01\x91\x90\x91R`\xA0\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x94\x93PPPPV[_`\x01\x86\x86\x86\x86\x86`@Qa\n\xE8\x92\x91\x90a\x0F\x82V[`@\x80Q\x91\x82\x90\x03\x82 `\xFF\x90\x96\x16` \x83\x01R\x81\x01\x93\x90\x93Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16``\x83\x01R`\x80\x82\x01R`\xA0\x81\x01\x91\x90\x91R`\xC0\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x95\x94PPPPPV[_` \x82\x84\x03\x12\x15a\x0BTW__\xFD[\x815s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x0BwW__\xFD[\x93\x92PPPV[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x0B\x95W__\xFD[\x91\x90PV[___``\x84\x86\x03\x12\x15a\x0B\xACW__\xFD[\x835\x92Pa\x0B\xBC` \x85\x01a\x0B~V[\x91Pa\x0B\xCA`@\x85\x01a\x0B~V[\x90P\x92P\x92P\x92V[___`@\x84\x86\x03\x12\x15a\x0B\xE5W__\xFD[\x835g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x0B\xFBW__\xFD[\x84\x01`\x1F\x81\x01\x86\x13a\x0C\x0BW__\xFD[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x0C!W__\xFD[\x86` \x82`\x05\x1B\x84\x01\x01\x11\x15a\x0C5W__\xFD[` \x91\x82\x01\x94P\x92Pa\x0B\xCA\x90\x85\x01a\x0B~V[__\x83`\x1F\x84\x01\x12a\x0CYW__\xFD[P\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x0CpW__\xFD[` \x83\x01\x91P\x83` \x82\x85\x01\x01\x11\x15a\x0C\x87W__\xFD[\x92P\x92\x90PV[_____`\x80\x86\x88\x03\x12\x15a\x0C\xA2W__\xFD[\x855\x94Pa\x0C\xB2` \x87\x01a\x0B~V[\x93P`@\x86\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x0C\xCDW__\xFD[a\x0C\xD9\x88\x82\x89\x01a\x0CIV[\x90\x94P\x92Pa\x0C\xEC\x90P``\x87\x01a\x0B~V[\x90P\x92\x95P\x92\x95\x90\x93PV[______`\xA0\x87\x89\x03\x12\x15a\r\rW__\xFD[\x865\x95Pa\r\x1D` \x88\x01a\x0B~V[\x94P`@\x87\x015\x93P``\x87\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\r?W__\xFD[a\rK\x89\x82\x8A\x01a\x0CIV[\x90\x94P\x92Pa\r^\x90P`\x80\x88\x01a\x0B~V[\x90P\x92\x95P\x92\x95P\x92\x95V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`2`\x04R`$_\xFD[_\x825\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa\x836\x03\x01\x81\x12a\r\xC9W__\xFD[\x91\x90\x91\x01\x92\x91PPV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[_` \x82\x84\x03\x12\x15a\x0E\x10W__\xFD[\x815`\x03\x81\x10a\x0BwW__\xFD[_` \x82\x84\x03\x12\x15a\x0E.W__\xFD[a\x0Bw\x82a\x0B~V[__\x835\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE1\x846\x03\x01\x81\x12a\x0EjW__\xFD[\x83\x01\x805\x91Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x15a\x0E\x84W__\xFD[` \x01\x91P6\x81\x90\x03\x82\x13\x15a\x0C\x87W__\xFD[\x81\x83R\x81\x81` \x85\x017P_` \x82\x84\x01\x01R_` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0`\x1F\x84\x01\x16\x84\x01\x01\x90P\x92\x91PPV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x86\x16\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16` \x82\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16`@\x82\x01R`\x80``\x82\x01R_a\x0F\"`\x80\x83\x01\x84\x86a\x0E\x98V[\x97\x96PPPPPPPV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x87\x16\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x86\x16` \x82\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16`@\x82\x01R\x83``\x82\x01R`\xA0`\x80\x82\x01R_a\x0Fv`\xA0\x83\x01\x84\x86a\x0E\x98V[\x98\x97PPPPPPPPV[\x81\x83\x827_\x91\x01\x90\x81R\x91\x90PV",
    );
    /// The runtime bytecode of the contract, as deployed on the network.
    ///
    /// ```text
    ///0x608060405234801561000f575f5ffd5b506004361061006f575f3560e01c8063957a29fe1161004d578063957a29fe1461016e578063a2b81a181461017d578063ee62c40514610190575f5ffd5b80631cb9c2d5146100735780634dbb86161461012f5780638406d4a31461015b575b5f5ffd5b6100f6610081366004610b44565b60408051606080820183525f808352602080840182905292840181905273ffffffffffffffffffffffffffffffffffffffff9490941684528382529282902082519384018352805484526001015467ffffffffffffffff80821692850192909252680100000000000000009004169082015290565b604080518251815260208084015167ffffffffffffffff9081169183019190915292820151909216908201526060015b60405180910390f35b61014261013d366004610b9a565b6101a3565b60405167ffffffffffffffff9091168152602001610126565b610142610169366004610bd3565b61024c565b61014267ffffffffffffffff81565b61014261018b366004610c8e565b6104be565b61014261019e366004610cf8565b61056b565b5f5f6101af338461061a565b90506101bd81338787610729565b610240338273ffffffffffffffffffffffffffffffffffffffff9091165f9081526020818152604091829020835181559083015160019091018054929093015167ffffffffffffffff90811668010000000000000000027fffffffffffffffffffffffffffffffff00000000000000000000000000000000909316911617179055565b60200151949350505050565b5f828103610286576040517f63cf0f2600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f610291338461061a565b90505f5b8481101561043a57368686838181106102b0576102b0610d6a565b90506020028101906102c29190610d97565b90505f6102d26020830183610e00565b60028111156102e3576102e3610dd3565b036103605760608101351561032f576040517fae71bbd3000000000000000000000000000000000000000000000000000000008152602082013560048201526024015b60405180910390fd5b61035b833360208401356103496060860160408701610e1e565b6103566080870187610e37565b610861565b610431565b600161036f6020830183610e00565b600281111561038057610380610dd3565b036103b65761035b8333602084013561039f6060860160408701610e1e565b60608601356103b16080880188610e37565b61091f565b60608101351515806103d557506103d06080820182610e37565b151590505b15610412576040517fae71bbd300000000000000000000000000000000000000000000000000000000815260208201356004820152602401610326565b6104318333602084013561042c6060860160408701610e1e565b610729565b50600101610295565b50610240338273ffffffffffffffffffffffffffffffffffffffff9091165f9081526020818152604091829020835181559083015160019091018054929093015167ffffffffffffffff90811668010000000000000000027fffffffffffffffffffffffffffffffff00000000000000000000000000000000909316911617179055565b5f5f6104ca338461061a565b90506104da813389898989610861565b61055d338273ffffffffffffffffffffffffffffffffffffffff9091165f9081526020818152604091829020835181559083015160019091018054929093015167ffffffffffffffff90811668010000000000000000027fffffffffffffffffffffffffffffffff00000000000000000000000000000000909316911617179055565b602001519695505050505050565b5f5f610577338461061a565b905061058881338a8a8a8a8a61091f565b61060b338273ffffffffffffffffffffffffffffffffffffffff9091165f9081526020818152604091829020835181559083015160019091018054929093015167ffffffffffffffff90811668010000000000000000027fffffffffffffffffffffffffffffffff00000000000000000000000000000000909316911617179055565b60200151979650505050505050565b60408051606080820183525f808352602080840182905292840181905273ffffffffffffffffffffffffffffffffffffffff8616815280835283902083519182018452805482526001015467ffffffffffffffff80821693830193909352680100000000000000009004821692810192909252828116148015906106b65750806020015167ffffffffffffffff168267ffffffffffffffff1614155b156107235760208101516040517f5650681100000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8516600482015267ffffffffffffffff80851660248301529091166044820152606401610326565b92915050565b61073382826109e9565b5f6107e2856107818585604080516002602082015290810183905267ffffffffffffffff821660608201525f9060800160405160208183030381529060405280519060200120905092915050565b604082810180516020808601805160010167ffffffffffffffff908116918290528751865180850191909152808701929092526060808301979097528551808303909701875260809091019094528451940193909320909352431690915290565b9050828473ffffffffffffffffffffffffffffffffffffffff167f0e8d4dc112a9b7c2998e68977205e7b8f271ba4f9c7d2729ef2d3b4540965d04848860200151856040516108529392919067ffffffffffffffff93841681529183166020830152909116604082015260600190565b60405180910390a35050505050565b61086b84846109e9565b5f8190036108a8576040517f228e6f7400000000000000000000000000000000000000000000000000000000815260048101859052602401610326565b5f6108b98761078187878787610a6a565b9050848673ffffffffffffffffffffffffffffffffffffffff167fb377c8dc77689a8256cb1e1cf6a212908744bfcea3967d85042e909a06e8b952868a6020015185888860405161090e959493929190610edf565b60405180910390a350505050505050565b61092985856109e9565b821580610934575080155b1561096e576040517fecb91d9c00000000000000000000000000000000000000000000000000000000815260048101869052602401610326565b5f610980886107818888888888610ad2565b9050858773ffffffffffffffffffffffffffffffffffffffff167f6e1293b7ef99d67fdf1e17d90ab4117d2a017c9deaaef2e51478e54af37cd04f878b60200151858989896040516109d796959493929190610f2d565b60405180910390a35050505050505050565b81610a20576040517fc12eebbb00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8067ffffffffffffffff165f03610a66576040517f8b1e4d8400000000000000000000000000000000000000000000000000000000815260048101839052602401610326565b5050565b5f8085858585604051610a7e929190610f82565b6040805191829003822060ff909516602083015281019290925267ffffffffffffffff166060820152608081019190915260a001604051602081830303815290604052805190602001209050949350505050565b5f60018686868686604051610ae8929190610f82565b6040805191829003822060ff909616602083015281019390935267ffffffffffffffff9091166060830152608082015260a081019190915260c00160405160208183030381529060405280519060200120905095945050505050565b5f60208284031215610b54575f5ffd5b813573ffffffffffffffffffffffffffffffffffffffff81168114610b77575f5ffd5b9392505050565b803567ffffffffffffffff81168114610b95575f5ffd5b919050565b5f5f5f60608486031215610bac575f5ffd5b83359250610bbc60208501610b7e565b9150610bca60408501610b7e565b90509250925092565b5f5f5f60408486031215610be5575f5ffd5b833567ffffffffffffffff811115610bfb575f5ffd5b8401601f81018613610c0b575f5ffd5b803567ffffffffffffffff811115610c21575f5ffd5b8660208260051b8401011115610c35575f5ffd5b602091820194509250610bca908501610b7e565b5f5f83601f840112610c59575f5ffd5b50813567ffffffffffffffff811115610c70575f5ffd5b602083019150836020828501011115610c87575f5ffd5b9250929050565b5f5f5f5f5f60808688031215610ca2575f5ffd5b85359450610cb260208701610b7e565b9350604086013567ffffffffffffffff811115610ccd575f5ffd5b610cd988828901610c49565b9094509250610cec905060608701610b7e565b90509295509295909350565b5f5f5f5f5f5f60a08789031215610d0d575f5ffd5b86359550610d1d60208801610b7e565b945060408701359350606087013567ffffffffffffffff811115610d3f575f5ffd5b610d4b89828a01610c49565b9094509250610d5e905060808801610b7e565b90509295509295509295565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f82357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff61833603018112610dc9575f5ffd5b9190910192915050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b5f60208284031215610e10575f5ffd5b813560038110610b77575f5ffd5b5f60208284031215610e2e575f5ffd5b610b7782610b7e565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112610e6a575f5ffd5b83018035915067ffffffffffffffff821115610e84575f5ffd5b602001915036819003821315610c87575f5ffd5b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b67ffffffffffffffff8616815267ffffffffffffffff8516602082015267ffffffffffffffff84166040820152608060608201525f610f22608083018486610e98565b979650505050505050565b67ffffffffffffffff8716815267ffffffffffffffff8616602082015267ffffffffffffffff8516604082015283606082015260a060808201525f610f7660a083018486610e98565b98975050505050505050565b818382375f910190815291905056
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static DEPLOYED_BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\0oW_5`\xE0\x1C\x80c\x95z)\xFE\x11a\0MW\x80c\x95z)\xFE\x14a\x01nW\x80c\xA2\xB8\x1A\x18\x14a\x01}W\x80c\xEEb\xC4\x05\x14a\x01\x90W__\xFD[\x80c\x1C\xB9\xC2\xD5\x14a\0sW\x80cM\xBB\x86\x16\x14a\x01/W\x80c\x84\x06\xD4\xA3\x14a\x01[W[__\xFD[a\0\xF6a\0\x816`\x04a\x0BDV[`@\x80Q``\x80\x82\x01\x83R_\x80\x83R` \x80\x84\x01\x82\x90R\x92\x84\x01\x81\x90Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x94\x90\x94\x16\x84R\x83\x82R\x92\x82\x90 \x82Q\x93\x84\x01\x83R\x80T\x84R`\x01\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x82\x16\x92\x85\x01\x92\x90\x92Rh\x01\0\0\0\0\0\0\0\0\x90\x04\x16\x90\x82\x01R\x90V[`@\x80Q\x82Q\x81R` \x80\x84\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16\x91\x83\x01\x91\x90\x91R\x92\x82\x01Q\x90\x92\x16\x90\x82\x01R``\x01[`@Q\x80\x91\x03\x90\xF3[a\x01Ba\x01=6`\x04a\x0B\x9AV[a\x01\xA3V[`@Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x01&V[a\x01Ba\x01i6`\x04a\x0B\xD3V[a\x02LV[a\x01Bg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81V[a\x01Ba\x01\x8B6`\x04a\x0C\x8EV[a\x04\xBEV[a\x01Ba\x01\x9E6`\x04a\x0C\xF8V[a\x05kV[__a\x01\xAF3\x84a\x06\x1AV[\x90Pa\x01\xBD\x813\x87\x87a\x07)V[a\x02@3\x82s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16_\x90\x81R` \x81\x81R`@\x91\x82\x90 \x83Q\x81U\x90\x83\x01Q`\x01\x90\x91\x01\x80T\x92\x90\x93\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16h\x01\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x93\x16\x91\x16\x17\x17\x90UV[` \x01Q\x94\x93PPPPV[_\x82\x81\x03a\x02\x86W`@Q\x7Fc\xCF\x0F&\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_a\x02\x913\x84a\x06\x1AV[\x90P_[\x84\x81\x10\x15a\x04:W6\x86\x86\x83\x81\x81\x10a\x02\xB0Wa\x02\xB0a\rjV[\x90P` \x02\x81\x01\x90a\x02\xC2\x91\x90a\r\x97V[\x90P_a\x02\xD2` \x83\x01\x83a\x0E\0V[`\x02\x81\x11\x15a\x02\xE3Wa\x02\xE3a\r\xD3V[\x03a\x03`W``\x81\x015\x15a\x03/W`@Q\x7F\xAEq\xBB\xD3\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` \x82\x015`\x04\x82\x01R`$\x01[`@Q\x80\x91\x03\x90\xFD[a\x03[\x833` \x84\x015a\x03I``\x86\x01`@\x87\x01a\x0E\x1EV[a\x03V`\x80\x87\x01\x87a\x0E7V[a\x08aV[a\x041V[`\x01a\x03o` \x83\x01\x83a\x0E\0V[`\x02\x81\x11\x15a\x03\x80Wa\x03\x80a\r\xD3V[\x03a\x03\xB6Wa\x03[\x833` \x84\x015a\x03\x9F``\x86\x01`@\x87\x01a\x0E\x1EV[``\x86\x015a\x03\xB1`\x80\x88\x01\x88a\x0E7V[a\t\x1FV[``\x81\x015\x15\x15\x80a\x03\xD5WPa\x03\xD0`\x80\x82\x01\x82a\x0E7V[\x15\x15\x90P[\x15a\x04\x12W`@Q\x7F\xAEq\xBB\xD3\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` \x82\x015`\x04\x82\x01R`$\x01a\x03&V[a\x041\x833` \x84\x015a\x04,``\x86\x01`@\x87\x01a\x0E\x1EV[a\x07)V[P`\x01\x01a\x02\x95V[Pa\x02@3\x82s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16_\x90\x81R` \x81\x81R`@\x91\x82\x90 \x83Q\x81U\x90\x83\x01Q`\x01\x90\x91\x01\x80T\x92\x90\x93\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16h\x01\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x93\x16\x91\x16\x17\x17\x90UV[__a\x04\xCA3\x84a\x06\x1AV[\x90Pa\x04\xDA\x813\x89\x89\x89\x89a\x08aV[a\x05]3\x82s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16_\x90\x81R` \x81\x81R`@\x91\x82\x90 \x83Q\x81U\x90\x83\x01Q`\x01\x90\x91\x01\x80T\x92\x90\x93\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16h\x01\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x93\x16\x91\x16\x17\x17\x90UV[` \x01Q\x96\x95PPPPPPV[__a\x05w3\x84a\x06\x1AV[\x90Pa\x05\x88\x813\x8A\x8A\x8A\x8A\x8Aa\t\x1FV[a\x06\x0B3\x82s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16_\x90\x81R` \x81\x81R`@\x91\x82\x90 \x83Q\x81U\x90\x83\x01Q`\x01\x90\x91\x01\x80T\x92\x90\x93\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16h\x01\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x93\x16\x91\x16\x17\x17\x90UV[` \x01Q\x97\x96PPPPPPPV[`@\x80Q``\x80\x82\x01\x83R_\x80\x83R` \x80\x84\x01\x82\x90R\x92\x84\x01\x81\x90Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x86\x16\x81R\x80\x83R\x83\x90 \x83Q\x91\x82\x01\x84R\x80T\x82R`\x01\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x82\x16\x93\x83\x01\x93\x90\x93Rh\x01\0\0\0\0\0\0\0\0\x90\x04\x82\x16\x92\x81\x01\x92\x90\x92R\x82\x81\x16\x14\x80\x15\x90a\x06\xB6WP\x80` \x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14\x15[\x15a\x07#W` \x81\x01Q`@Q\x7FVPh\x11\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16`\x04\x82\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x85\x16`$\x83\x01R\x90\x91\x16`D\x82\x01R`d\x01a\x03&V[\x92\x91PPV[a\x073\x82\x82a\t\xE9V[_a\x07\xE2\x85a\x07\x81\x85\x85`@\x80Q`\x02` \x82\x01R\x90\x81\x01\x83\x90Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16``\x82\x01R_\x90`\x80\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x92\x91PPV[`@\x82\x81\x01\x80Q` \x80\x86\x01\x80Q`\x01\x01g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16\x91\x82\x90R\x87Q\x86Q\x80\x85\x01\x91\x90\x91R\x80\x87\x01\x92\x90\x92R``\x80\x83\x01\x97\x90\x97R\x85Q\x80\x83\x03\x90\x97\x01\x87R`\x80\x90\x91\x01\x90\x94R\x84Q\x94\x01\x93\x90\x93 \x90\x93RC\x16\x90\x91R\x90V[\x90P\x82\x84s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x7F\x0E\x8DM\xC1\x12\xA9\xB7\xC2\x99\x8Eh\x97r\x05\xE7\xB8\xF2q\xBAO\x9C}')\xEF-;E@\x96]\x04\x84\x88` \x01Q\x85`@Qa\x08R\x93\x92\x91\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x93\x84\x16\x81R\x91\x83\x16` \x83\x01R\x90\x91\x16`@\x82\x01R``\x01\x90V[`@Q\x80\x91\x03\x90\xA3PPPPPV[a\x08k\x84\x84a\t\xE9V[_\x81\x90\x03a\x08\xA8W`@Q\x7F\"\x8Eot\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x85\x90R`$\x01a\x03&V[_a\x08\xB9\x87a\x07\x81\x87\x87\x87\x87a\njV[\x90P\x84\x86s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x7F\xB3w\xC8\xDCwh\x9A\x82V\xCB\x1E\x1C\xF6\xA2\x12\x90\x87D\xBF\xCE\xA3\x96}\x85\x04.\x90\x9A\x06\xE8\xB9R\x86\x8A` \x01Q\x85\x88\x88`@Qa\t\x0E\x95\x94\x93\x92\x91\x90a\x0E\xDFV[`@Q\x80\x91\x03\x90\xA3PPPPPPPV[a\t)\x85\x85a\t\xE9V[\x82\x15\x80a\t4WP\x80\x15[\x15a\tnW`@Q\x7F\xEC\xB9\x1D\x9C\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x86\x90R`$\x01a\x03&V[_a\t\x80\x88a\x07\x81\x88\x88\x88\x88\x88a\n\xD2V[\x90P\x85\x87s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x7Fn\x12\x93\xB7\xEF\x99\xD6\x7F\xDF\x1E\x17\xD9\n\xB4\x11}*\x01|\x9D\xEA\xAE\xF2\xE5\x14x\xE5J\xF3|\xD0O\x87\x8B` \x01Q\x85\x89\x89\x89`@Qa\t\xD7\x96\x95\x94\x93\x92\x91\x90a\x0F-V[`@Q\x80\x91\x03\x90\xA3PPPPPPPPV[\x81a\n W`@Q\x7F\xC1.\xEB\xBB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x80g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16_\x03a\nfW`@Q\x7F\x8B\x1EM\x84\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x01a\x03&V[PPV[_\x80\x85\x85\x85\x85`@Qa\n~\x92\x91\x90a\x0F\x82V[`@\x80Q\x91\x82\x90\x03\x82 `\xFF\x90\x95\x16` \x83\x01R\x81\x01\x92\x90\x92Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16``\x82\x01R`\x80\x81\x01\x91\x90\x91R`\xA0\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x94\x93PPPPV[_`\x01\x86\x86\x86\x86\x86`@Qa\n\xE8\x92\x91\x90a\x0F\x82V[`@\x80Q\x91\x82\x90\x03\x82 `\xFF\x90\x96\x16` \x83\x01R\x81\x01\x93\x90\x93Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16``\x83\x01R`\x80\x82\x01R`\xA0\x81\x01\x91\x90\x91R`\xC0\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x95\x94PPPPPV[_` \x82\x84\x03\x12\x15a\x0BTW__\xFD[\x815s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x0BwW__\xFD[\x93\x92PPPV[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x0B\x95W__\xFD[\x91\x90PV[___``\x84\x86\x03\x12\x15a\x0B\xACW__\xFD[\x835\x92Pa\x0B\xBC` \x85\x01a\x0B~V[\x91Pa\x0B\xCA`@\x85\x01a\x0B~V[\x90P\x92P\x92P\x92V[___`@\x84\x86\x03\x12\x15a\x0B\xE5W__\xFD[\x835g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x0B\xFBW__\xFD[\x84\x01`\x1F\x81\x01\x86\x13a\x0C\x0BW__\xFD[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x0C!W__\xFD[\x86` \x82`\x05\x1B\x84\x01\x01\x11\x15a\x0C5W__\xFD[` \x91\x82\x01\x94P\x92Pa\x0B\xCA\x90\x85\x01a\x0B~V[__\x83`\x1F\x84\x01\x12a\x0CYW__\xFD[P\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x0CpW__\xFD[` \x83\x01\x91P\x83` \x82\x85\x01\x01\x11\x15a\x0C\x87W__\xFD[\x92P\x92\x90PV[_____`\x80\x86\x88\x03\x12\x15a\x0C\xA2W__\xFD[\x855\x94Pa\x0C\xB2` \x87\x01a\x0B~V[\x93P`@\x86\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x0C\xCDW__\xFD[a\x0C\xD9\x88\x82\x89\x01a\x0CIV[\x90\x94P\x92Pa\x0C\xEC\x90P``\x87\x01a\x0B~V[\x90P\x92\x95P\x92\x95\x90\x93PV[______`\xA0\x87\x89\x03\x12\x15a\r\rW__\xFD[\x865\x95Pa\r\x1D` \x88\x01a\x0B~V[\x94P`@\x87\x015\x93P``\x87\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\r?W__\xFD[a\rK\x89\x82\x8A\x01a\x0CIV[\x90\x94P\x92Pa\r^\x90P`\x80\x88\x01a\x0B~V[\x90P\x92\x95P\x92\x95P\x92\x95V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`2`\x04R`$_\xFD[_\x825\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa\x836\x03\x01\x81\x12a\r\xC9W__\xFD[\x91\x90\x91\x01\x92\x91PPV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[_` \x82\x84\x03\x12\x15a\x0E\x10W__\xFD[\x815`\x03\x81\x10a\x0BwW__\xFD[_` \x82\x84\x03\x12\x15a\x0E.W__\xFD[a\x0Bw\x82a\x0B~V[__\x835\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE1\x846\x03\x01\x81\x12a\x0EjW__\xFD[\x83\x01\x805\x91Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x15a\x0E\x84W__\xFD[` \x01\x91P6\x81\x90\x03\x82\x13\x15a\x0C\x87W__\xFD[\x81\x83R\x81\x81` \x85\x017P_` \x82\x84\x01\x01R_` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0`\x1F\x84\x01\x16\x84\x01\x01\x90P\x92\x91PPV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x86\x16\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16` \x82\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16`@\x82\x01R`\x80``\x82\x01R_a\x0F\"`\x80\x83\x01\x84\x86a\x0E\x98V[\x97\x96PPPPPPPV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x87\x16\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x86\x16` \x82\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16`@\x82\x01R\x83``\x82\x01R`\xA0`\x80\x82\x01R_a\x0Fv`\xA0\x83\x01\x84\x86a\x0E\x98V[\x98\x97PPPPPPPPV[\x81\x83\x827_\x91\x01\x90\x81R\x91\x90PV",
    );
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
    /**Custom error with signature `VaultUnexpectedPayload(bytes32)` and selector `0xae71bbd3`.
    ```solidity
    error VaultUnexpectedPayload(bytes32 id);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct VaultUnexpectedPayload {
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
        impl ::core::convert::From<VaultUnexpectedPayload> for UnderlyingRustTuple<'_> {
            fn from(value: VaultUnexpectedPayload) -> Self {
                (value.id,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for VaultUnexpectedPayload {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { id: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for VaultUnexpectedPayload {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "VaultUnexpectedPayload(bytes32)";
            const SELECTOR: [u8; 4] = [174u8, 113u8, 187u8, 211u8];
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
    #[derive(serde::Serialize, serde::Deserialize)]
    /**Function with signature `applyBatch((uint8,bytes32,uint64,bytes32,bytes)[],uint64)` and selector `0x8406d4a3`.
    ```solidity
    function applyBatch(IMemoryVault.Operation[] memory ops, uint64 expectedSeq) external returns (uint64);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct applyBatchCall {
        #[allow(missing_docs)]
        pub ops: alloy::sol_types::private::Vec<
            <IMemoryVault::Operation as alloy::sol_types::SolType>::RustType,
        >,
        #[allow(missing_docs)]
        pub expectedSeq: u64,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`applyBatch((uint8,bytes32,uint64,bytes32,bytes)[],uint64)`](applyBatchCall) function.
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
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Array<IMemoryVault::Operation>,
                alloy::sol_types::sol_data::Uint<64>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Vec<
                    <IMemoryVault::Operation as alloy::sol_types::SolType>::RustType,
                >,
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
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Array<IMemoryVault::Operation>,
                alloy::sol_types::sol_data::Uint<64>,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = u64;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str =
                "applyBatch((uint8,bytes32,uint64,bytes32,bytes)[],uint64)";
            const SELECTOR: [u8; 4] = [132u8, 6u8, 212u8, 163u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Array<
                        IMemoryVault::Operation,
                    > as alloy_sol_types::SolType>::tokenize(&self.ops),
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
        applyBatch(applyBatchCall),
        #[allow(missing_docs)]
        deleteRecord(deleteRecordCall),
        #[allow(missing_docs)]
        logState(logStateCall),
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
            [28u8, 185u8, 194u8, 213u8],
            [77u8, 187u8, 134u8, 22u8],
            [132u8, 6u8, 212u8, 163u8],
            [149u8, 122u8, 41u8, 254u8],
            [162u8, 184u8, 26u8, 24u8],
            [238u8, 98u8, 196u8, 5u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(logState),
            ::core::stringify!(deleteRecord),
            ::core::stringify!(applyBatch),
            ::core::stringify!(ANY_SEQ),
            ::core::stringify!(write),
            ::core::stringify!(writePointer),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <logStateCall as alloy_sol_types::SolCall>::SIGNATURE,
            <deleteRecordCall as alloy_sol_types::SolCall>::SIGNATURE,
            <applyBatchCall as alloy_sol_types::SolCall>::SIGNATURE,
            <ANY_SEQCall as alloy_sol_types::SolCall>::SIGNATURE,
            <writeCall as alloy_sol_types::SolCall>::SIGNATURE,
            <writePointerCall as alloy_sol_types::SolCall>::SIGNATURE,
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
        const COUNT: usize = 6usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::ANY_SEQ(_) => <ANY_SEQCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::applyBatch(_) => <applyBatchCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::deleteRecord(_) => <deleteRecordCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::logState(_) => <logStateCall as alloy_sol_types::SolCall>::SELECTOR,
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
                    fn logState(data: &[u8]) -> alloy_sol_types::Result<MemoryVaultCalls> {
                        <logStateCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(MemoryVaultCalls::logState)
                    }
                    logState
                },
                {
                    fn deleteRecord(data: &[u8]) -> alloy_sol_types::Result<MemoryVaultCalls> {
                        <deleteRecordCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(MemoryVaultCalls::deleteRecord)
                    }
                    deleteRecord
                },
                {
                    fn applyBatch(data: &[u8]) -> alloy_sol_types::Result<MemoryVaultCalls> {
                        <applyBatchCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(MemoryVaultCalls::applyBatch)
                    }
                    applyBatch
                },
                {
                    fn ANY_SEQ(data: &[u8]) -> alloy_sol_types::Result<MemoryVaultCalls> {
                        <ANY_SEQCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(MemoryVaultCalls::ANY_SEQ)
                    }
                    ANY_SEQ
                },
                {
                    fn write(data: &[u8]) -> alloy_sol_types::Result<MemoryVaultCalls> {
                        <writeCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(MemoryVaultCalls::write)
                    }
                    write
                },
                {
                    fn writePointer(data: &[u8]) -> alloy_sol_types::Result<MemoryVaultCalls> {
                        <writePointerCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(MemoryVaultCalls::writePointer)
                    }
                    writePointer
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
                    fn logState(data: &[u8]) -> alloy_sol_types::Result<MemoryVaultCalls> {
                        <logStateCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(MemoryVaultCalls::logState)
                    }
                    logState
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
                    fn applyBatch(data: &[u8]) -> alloy_sol_types::Result<MemoryVaultCalls> {
                        <applyBatchCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(MemoryVaultCalls::applyBatch)
                    }
                    applyBatch
                },
                {
                    fn ANY_SEQ(data: &[u8]) -> alloy_sol_types::Result<MemoryVaultCalls> {
                        <ANY_SEQCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(MemoryVaultCalls::ANY_SEQ)
                    }
                    ANY_SEQ
                },
                {
                    fn write(data: &[u8]) -> alloy_sol_types::Result<MemoryVaultCalls> {
                        <writeCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(MemoryVaultCalls::write)
                    }
                    write
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
                Self::applyBatch(inner) => {
                    <applyBatchCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::deleteRecord(inner) => {
                    <deleteRecordCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::logState(inner) => {
                    <logStateCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
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
                Self::applyBatch(inner) => {
                    <applyBatchCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::deleteRecord(inner) => {
                    <deleteRecordCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::logState(inner) => {
                    <logStateCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
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
        VaultEmptyBatch(VaultEmptyBatch),
        #[allow(missing_docs)]
        VaultEmptyCiphertext(VaultEmptyCiphertext),
        #[allow(missing_docs)]
        VaultInvalidPointer(VaultInvalidPointer),
        #[allow(missing_docs)]
        VaultSequenceMismatch(VaultSequenceMismatch),
        #[allow(missing_docs)]
        VaultUnexpectedPayload(VaultUnexpectedPayload),
        #[allow(missing_docs)]
        VaultZeroId(VaultZeroId),
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
            [34u8, 142u8, 111u8, 116u8],
            [86u8, 80u8, 104u8, 17u8],
            [99u8, 207u8, 15u8, 38u8],
            [139u8, 30u8, 77u8, 132u8],
            [174u8, 113u8, 187u8, 211u8],
            [193u8, 46u8, 235u8, 187u8],
            [236u8, 185u8, 29u8, 156u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(VaultEmptyCiphertext),
            ::core::stringify!(VaultSequenceMismatch),
            ::core::stringify!(VaultEmptyBatch),
            ::core::stringify!(VaultZeroVersion),
            ::core::stringify!(VaultUnexpectedPayload),
            ::core::stringify!(VaultZeroId),
            ::core::stringify!(VaultInvalidPointer),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <VaultEmptyCiphertext as alloy_sol_types::SolError>::SIGNATURE,
            <VaultSequenceMismatch as alloy_sol_types::SolError>::SIGNATURE,
            <VaultEmptyBatch as alloy_sol_types::SolError>::SIGNATURE,
            <VaultZeroVersion as alloy_sol_types::SolError>::SIGNATURE,
            <VaultUnexpectedPayload as alloy_sol_types::SolError>::SIGNATURE,
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
        const COUNT: usize = 7usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::VaultEmptyBatch(_) => {
                    <VaultEmptyBatch as alloy_sol_types::SolError>::SELECTOR
                }
                Self::VaultEmptyCiphertext(_) => {
                    <VaultEmptyCiphertext as alloy_sol_types::SolError>::SELECTOR
                }
                Self::VaultInvalidPointer(_) => {
                    <VaultInvalidPointer as alloy_sol_types::SolError>::SELECTOR
                }
                Self::VaultSequenceMismatch(_) => {
                    <VaultSequenceMismatch as alloy_sol_types::SolError>::SELECTOR
                }
                Self::VaultUnexpectedPayload(_) => {
                    <VaultUnexpectedPayload as alloy_sol_types::SolError>::SELECTOR
                }
                Self::VaultZeroId(_) => <VaultZeroId as alloy_sol_types::SolError>::SELECTOR,
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
                    fn VaultEmptyCiphertext(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MemoryVaultErrors> {
                        <VaultEmptyCiphertext as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(MemoryVaultErrors::VaultEmptyCiphertext)
                    }
                    VaultEmptyCiphertext
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
                    fn VaultZeroVersion(data: &[u8]) -> alloy_sol_types::Result<MemoryVaultErrors> {
                        <VaultZeroVersion as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(MemoryVaultErrors::VaultZeroVersion)
                    }
                    VaultZeroVersion
                },
                {
                    fn VaultUnexpectedPayload(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MemoryVaultErrors> {
                        <VaultUnexpectedPayload as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(MemoryVaultErrors::VaultUnexpectedPayload)
                    }
                    VaultUnexpectedPayload
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
                    fn VaultZeroVersion(data: &[u8]) -> alloy_sol_types::Result<MemoryVaultErrors> {
                        <VaultZeroVersion as alloy_sol_types::SolError>::abi_decode_raw_validate(
                            data,
                        )
                        .map(MemoryVaultErrors::VaultZeroVersion)
                    }
                    VaultZeroVersion
                },
                {
                    fn VaultUnexpectedPayload(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MemoryVaultErrors> {
                        <VaultUnexpectedPayload as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MemoryVaultErrors::VaultUnexpectedPayload)
                    }
                    VaultUnexpectedPayload
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
                Self::VaultEmptyBatch(inner) => {
                    <VaultEmptyBatch as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::VaultEmptyCiphertext(inner) => {
                    <VaultEmptyCiphertext as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::VaultInvalidPointer(inner) => {
                    <VaultInvalidPointer as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::VaultSequenceMismatch(inner) => {
                    <VaultSequenceMismatch as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::VaultUnexpectedPayload(inner) => {
                    <VaultUnexpectedPayload as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::VaultZeroId(inner) => {
                    <VaultZeroId as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::VaultZeroVersion(inner) => {
                    <VaultZeroVersion as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
            }
        }
        #[inline]
        fn abi_encode_raw(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
            match self {
                Self::VaultEmptyBatch(inner) => {
                    <VaultEmptyBatch as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::VaultEmptyCiphertext(inner) => {
                    <VaultEmptyCiphertext as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::VaultInvalidPointer(inner) => {
                    <VaultInvalidPointer as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::VaultSequenceMismatch(inner) => {
                    <VaultSequenceMismatch as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::VaultUnexpectedPayload(inner) => {
                    <VaultUnexpectedPayload as alloy_sol_types::SolError>::abi_encode_raw(
                        inner, out,
                    )
                }
                Self::VaultZeroId(inner) => {
                    <VaultZeroId as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
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
                14u8, 141u8, 77u8, 193u8, 18u8, 169u8, 183u8, 194u8, 153u8, 142u8, 104u8, 151u8,
                114u8, 5u8, 231u8, 184u8, 242u8, 113u8, 186u8, 79u8, 156u8, 125u8, 39u8, 41u8,
                239u8, 45u8, 59u8, 69u8, 64u8, 150u8, 93u8, 4u8,
            ],
            [
                110u8, 18u8, 147u8, 183u8, 239u8, 153u8, 214u8, 127u8, 223u8, 30u8, 23u8, 217u8,
                10u8, 180u8, 17u8, 125u8, 42u8, 1u8, 124u8, 157u8, 234u8, 174u8, 242u8, 229u8,
                20u8, 120u8, 229u8, 74u8, 243u8, 124u8, 208u8, 79u8,
            ],
            [
                179u8, 119u8, 200u8, 220u8, 119u8, 104u8, 154u8, 130u8, 86u8, 203u8, 30u8, 28u8,
                246u8, 162u8, 18u8, 144u8, 135u8, 68u8, 191u8, 206u8, 163u8, 150u8, 125u8, 133u8,
                4u8, 46u8, 144u8, 154u8, 6u8, 232u8, 185u8, 82u8,
            ],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(RecordDeleted),
            ::core::stringify!(RecordPointerWritten),
            ::core::stringify!(RecordWritten),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <RecordDeleted as alloy_sol_types::SolEvent>::SIGNATURE,
            <RecordPointerWritten as alloy_sol_types::SolEvent>::SIGNATURE,
            <RecordWritten as alloy_sol_types::SolEvent>::SIGNATURE,
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
        const COUNT: usize = 3usize;
        fn decode_raw_log(
            topics: &[alloy_sol_types::Word],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            match topics.first().copied() {
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
    ) -> impl ::core::future::Future<Output = alloy_contract::Result<MemoryVaultInstance<P, N>>>
    {
        MemoryVaultInstance::<P, N>::deploy(__provider)
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
    ) -> alloy_contract::RawCallBuilder<P, N> {
        MemoryVaultInstance::<P, N>::deploy_builder(__provider)
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
        pub async fn deploy(__provider: P) -> alloy_contract::Result<MemoryVaultInstance<P, N>> {
            let call_builder = Self::deploy_builder(__provider);
            let contract_address = call_builder.deploy().await?;
            Ok(Self::new(contract_address, call_builder.provider))
        }
        /**Creates a `RawCallBuilder` for deploying this contract using the given `provider`
        and constructor arguments, if any.

        This is a simple wrapper around creating a `RawCallBuilder` with the data set to
        the bytecode concatenated with the constructor's ABI-encoded arguments.*/
        #[inline]
        pub fn deploy_builder(__provider: P) -> alloy_contract::RawCallBuilder<P, N> {
            alloy_contract::RawCallBuilder::new_raw_deploy(
                __provider,
                ::core::clone::Clone::clone(&BYTECODE),
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
        ///Creates a new call builder for the [`applyBatch`] function.
        pub fn applyBatch(
            &self,
            ops: alloy::sol_types::private::Vec<
                <IMemoryVault::Operation as alloy::sol_types::SolType>::RustType,
            >,
            expectedSeq: u64,
        ) -> alloy_contract::SolCallBuilder<&P, applyBatchCall, N> {
            self.call_builder(&applyBatchCall { ops, expectedSeq })
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
        ///Creates a new call builder for the [`logState`] function.
        pub fn logState(
            &self,
            owner: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, logStateCall, N> {
            self.call_builder(&logStateCall { owner })
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
