///Module containing a contract's types and functions.
/**

```solidity
library IMemoryVault {
    type OpKind is uint8;
    struct LogState { bytes32 head; uint64 seq; uint64 lastWriteBlock; uint64 keyEpoch; }
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
        uint64 keyEpoch;
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
    error VaultEpochNotIncreasing(uint64 current, uint64 proposed);
    error VaultInvalidPointer(bytes32 id);
    error VaultSequenceMismatch(address owner, uint64 expected, uint64 actual);
    error VaultUnexpectedPayload(bytes32 id);
    error VaultZeroId();
    error VaultZeroKeyCheck();
    error VaultZeroVersion(bytes32 id);

    event KeyCheckPublished(address indexed owner, uint64 indexed epoch, bytes32 keyCheck, uint64 seq, uint64 prevWriteBlock);
    event RecordDeleted(address indexed owner, bytes32 indexed id, uint64 version, uint64 seq, uint64 prevWriteBlock);
    event RecordPointerWritten(address indexed owner, bytes32 indexed id, uint64 version, uint64 seq, uint64 prevWriteBlock, bytes32 contentHash, string uri);
    event RecordWritten(address indexed owner, bytes32 indexed id, uint64 version, uint64 seq, uint64 prevWriteBlock, bytes ciphertext);

    function ANY_SEQ() external view returns (uint64);
    function applyBatch(IMemoryVault.Operation[] memory ops, uint64 expectedSeq) external returns (uint64);
    function deleteRecord(bytes32 id, uint64 version, uint64 expectedSeq) external returns (uint64);
    function keyCheck(address owner, uint64 epoch) external view returns (bytes32);
    function logState(address owner) external view returns (IMemoryVault.LogState memory);
    function publishKeyCheck(uint64 epoch, bytes32 keyCheck_, uint64 expectedSeq) external returns (uint64);
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
    ///0x6080604052348015600e575f5ffd5b506113f18061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610085575f3560e01c8063957a29fe11610058578063957a29fe146101e8578063a2b81a18146101f7578063d7e1005b1461020a578063ee62c4051461022b575f5ffd5b80631cb9c2d5146100895780633d14ae37146101965780634dbb8616146101c25780638406d4a3146101d5575b5f5ffd5b610138610097366004610f62565b604080516080810182525f8082526020820181905291810182905260608101919091525073ffffffffffffffffffffffffffffffffffffffff165f908152602081815260409182902082516080810184528154815260019091015467ffffffffffffffff8082169383019390935268010000000000000000810483169382019390935270010000000000000000000000000000000090920416606082015290565b60405161018d91905f6080820190508251825267ffffffffffffffff602084015116602083015267ffffffffffffffff604084015116604083015267ffffffffffffffff606084015116606083015292915050565b60405180910390f35b6101a96101a4366004610f99565b61023e565b60405167ffffffffffffffff909116815260200161018d565b6101a96101d0366004610fd2565b6104c6565b6101a96101e3366004611002565b610597565b6101a967ffffffffffffffff81565b6101a96102053660046110bd565b610830565b61021d610218366004611127565b610904565b60405190815260200161018d565b6101a9610239366004611158565b610945565b5f82610276576040517fab02f7b300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f6102813384610a1b565b9050806060015167ffffffffffffffff168567ffffffffffffffff16116102f35760608101516040517f9e690ad800000000000000000000000000000000000000000000000000000000815267ffffffffffffffff918216600482015290861660248201526044015b60405180910390fd5b67ffffffffffffffff851660608201819052335f908152600160209081526040808320938352929052908120859055610391826103308888610b4c565b604082810180516020808601805160010167ffffffffffffffff908116918290528751865180850191909152808701929092526060808301979097528551808303909701875260809091019094528451940193909320909352431690915290565b90508567ffffffffffffffff163373ffffffffffffffffffffffffffffffffffffffff167f79ee84fdc5cb51dc0e17f820d46eaf7688046cec44551e633928a7a0f90d15a2878560200151856040516104079392919092835267ffffffffffffffff918216602084015216604082015260600190565b60405180910390a3335f908152602081815260409182902084518155908401516001909101805492850151606086015167ffffffffffffffff908116700100000000000000000000000000000000027fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff92821668010000000000000000027fffffffffffffffffffffffffffffffff00000000000000000000000000000000909616919094161793909317929092161790555060200151949350505050565b5f5f6104d23384610a1b565b90506104e081338787610b94565b335f908152602081815260409182902083518155908301516001909101805492840151606085015167ffffffffffffffff908116700100000000000000000000000000000000027fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff92821668010000000000000000027fffffffffffffffffffffffffffffffff00000000000000000000000000000000909616919094161793909317929092161790555b60200151949350505050565b5f8281036105d1576040517f63cf0f2600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f6105dc3384610a1b565b90505f5b8481101561078057368686838181106105fb576105fb6111ca565b905060200281019061060d91906111f7565b90505f61061d6020830183611260565b600281111561062e5761062e611233565b036106a657606081013515610675576040517fae71bbd3000000000000000000000000000000000000000000000000000000008152602082013560048201526024016102ea565b6106a18333602084013561068f606086016040870161127e565b61069c6080870187611297565b610c2c565b610777565b60016106b56020830183611260565b60028111156106c6576106c6611233565b036106fc576106a1833360208401356106e5606086016040870161127e565b60608601356106f76080880188611297565b610cea565b606081013515158061071b57506107166080820182611297565b151590505b15610758576040517fae71bbd3000000000000000000000000000000000000000000000000000000008152602082013560048201526024016102ea565b61077783336020840135610772606086016040870161127e565b610b94565b506001016105e0565b50335f908152602081815260409182902083518155908301516001909101805492840151606085015167ffffffffffffffff908116700100000000000000000000000000000000027fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff92821668010000000000000000027fffffffffffffffffffffffffffffffff000000000000000000000000000000009096169190941617939093179290921617905561058b565b5f5f61083c3384610a1b565b905061084c813389898989610c2c565b335f908152602081815260409182902083518155908301516001909101805492840151606085015167ffffffffffffffff908116700100000000000000000000000000000000027fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff92821668010000000000000000027fffffffffffffffffffffffffffffffff0000000000000000000000000000000090961691909416179390931792909216179055602001519695505050505050565b73ffffffffffffffffffffffffffffffffffffffff82165f90815260016020908152604080832067ffffffffffffffff851684529091529020545b92915050565b5f5f6109513384610a1b565b905061096281338a8a8a8a8a610cea565b335f908152602081815260409182902083518155908301516001909101805492840151606085015167ffffffffffffffff908116700100000000000000000000000000000000027fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff92821668010000000000000000027fffffffffffffffffffffffffffffffff000000000000000000000000000000009096169190941617939093179290921617905560200151979650505050505050565b60408051608080820183525f8083526020808401829052838501829052606093840182905273ffffffffffffffffffffffffffffffffffffffff871682528181529084902084519283018552805483526001015467ffffffffffffffff808216928401929092526801000000000000000081048216948301949094527001000000000000000000000000000000009093048316918101919091529082811614801590610adf5750806020015167ffffffffffffffff168267ffffffffffffffff1614155b1561093f5760208101516040517f5650681100000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8516600482015267ffffffffffffffff808516602483015290911660448201526064016102ea565b604080516010602082015267ffffffffffffffff841691810191909152606081018290525f906080015b60405160208183030381529060405280519060200120905092915050565b610b9e8282610db4565b5f610bad856103308585610e35565b9050828473ffffffffffffffffffffffffffffffffffffffff167f0e8d4dc112a9b7c2998e68977205e7b8f271ba4f9c7d2729ef2d3b4540965d0484886020015185604051610c1d9392919067ffffffffffffffff93841681529183166020830152909116604082015260600190565b60405180910390a35050505050565b610c368484610db4565b5f819003610c73576040517f228e6f74000000000000000000000000000000000000000000000000000000008152600481018590526024016102ea565b5f610c848761033087878787610e60565b9050848673ffffffffffffffffffffffffffffffffffffffff167fb377c8dc77689a8256cb1e1cf6a212908744bfcea3967d85042e909a06e8b952868a60200151858888604051610cd995949392919061133f565b60405180910390a350505050505050565b610cf48585610db4565b821580610cff575080155b15610d39576040517fecb91d9c000000000000000000000000000000000000000000000000000000008152600481018690526024016102ea565b5f610d4b886103308888888888610ec8565b9050858773ffffffffffffffffffffffffffffffffffffffff167f6e1293b7ef99d67fdf1e17d90ab4117d2a017c9deaaef2e51478e54af37cd04f878b6020015185898989604051610da29695949392919061138d565b60405180910390a35050505050505050565b81610deb576040517fc12eebbb00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8067ffffffffffffffff165f03610e31576040517f8b1e4d84000000000000000000000000000000000000000000000000000000008152600481018390526024016102ea565b5050565b604080516002602082015290810183905267ffffffffffffffff821660608201525f90608001610b76565b5f8085858585604051610e749291906113e2565b6040805191829003822060ff909516602083015281019290925267ffffffffffffffff166060820152608081019190915260a001604051602081830303815290604052805190602001209050949350505050565b5f60018686868686604051610ede9291906113e2565b6040805191829003822060ff909616602083015281019390935267ffffffffffffffff9091166060830152608082015260a081019190915260c00160405160208183030381529060405280519060200120905095945050505050565b803573ffffffffffffffffffffffffffffffffffffffff81168114610f5d575f5ffd5b919050565b5f60208284031215610f72575f5ffd5b610f7b82610f3a565b9392505050565b803567ffffffffffffffff81168114610f5d575f5ffd5b5f5f5f60608486031215610fab575f5ffd5b610fb484610f82565b925060208401359150610fc960408501610f82565b90509250925092565b5f5f5f60608486031215610fe4575f5ffd5b83359250610ff460208501610f82565b9150610fc960408501610f82565b5f5f5f60408486031215611014575f5ffd5b833567ffffffffffffffff81111561102a575f5ffd5b8401601f8101861361103a575f5ffd5b803567ffffffffffffffff811115611050575f5ffd5b8660208260051b8401011115611064575f5ffd5b602091820194509250610fc9908501610f82565b5f5f83601f840112611088575f5ffd5b50813567ffffffffffffffff81111561109f575f5ffd5b6020830191508360208285010111156110b6575f5ffd5b9250929050565b5f5f5f5f5f608086880312156110d1575f5ffd5b853594506110e160208701610f82565b9350604086013567ffffffffffffffff8111156110fc575f5ffd5b61110888828901611078565b909450925061111b905060608701610f82565b90509295509295909350565b5f5f60408385031215611138575f5ffd5b61114183610f3a565b915061114f60208401610f82565b90509250929050565b5f5f5f5f5f5f60a0878903121561116d575f5ffd5b8635955061117d60208801610f82565b945060408701359350606087013567ffffffffffffffff81111561119f575f5ffd5b6111ab89828a01611078565b90945092506111be905060808801610f82565b90509295509295509295565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f82357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff61833603018112611229575f5ffd5b9190910192915050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b5f60208284031215611270575f5ffd5b813560038110610f7b575f5ffd5b5f6020828403121561128e575f5ffd5b610f7b82610f82565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe18436030181126112ca575f5ffd5b83018035915067ffffffffffffffff8211156112e4575f5ffd5b6020019150368190038213156110b6575f5ffd5b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b67ffffffffffffffff8616815267ffffffffffffffff8516602082015267ffffffffffffffff84166040820152608060608201525f6113826080830184866112f8565b979650505050505050565b67ffffffffffffffff8716815267ffffffffffffffff8616602082015267ffffffffffffffff8516604082015283606082015260a060808201525f6113d660a0830184866112f8565b98975050505050505050565b818382375f910190815291905056
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\x80`@R4\x80\x15`\x0EW__\xFD[Pa\x13\xF1\x80a\0\x1C_9_\xF3\xFE`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\0\x85W_5`\xE0\x1C\x80c\x95z)\xFE\x11a\0XW\x80c\x95z)\xFE\x14a\x01\xE8W\x80c\xA2\xB8\x1A\x18\x14a\x01\xF7W\x80c\xD7\xE1\0[\x14a\x02\nW\x80c\xEEb\xC4\x05\x14a\x02+W__\xFD[\x80c\x1C\xB9\xC2\xD5\x14a\0\x89W\x80c=\x14\xAE7\x14a\x01\x96W\x80cM\xBB\x86\x16\x14a\x01\xC2W\x80c\x84\x06\xD4\xA3\x14a\x01\xD5W[__\xFD[a\x018a\0\x976`\x04a\x0FbV[`@\x80Q`\x80\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x91\x90\x91RPs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16_\x90\x81R` \x81\x81R`@\x91\x82\x90 \x82Q`\x80\x81\x01\x84R\x81T\x81R`\x01\x90\x91\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x82\x16\x93\x83\x01\x93\x90\x93Rh\x01\0\0\0\0\0\0\0\0\x81\x04\x83\x16\x93\x82\x01\x93\x90\x93Rp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x92\x04\x16``\x82\x01R\x90V[`@Qa\x01\x8D\x91\x90_`\x80\x82\x01\x90P\x82Q\x82Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF` \x84\x01Q\x16` \x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`@\x84\x01Q\x16`@\x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF``\x84\x01Q\x16``\x83\x01R\x92\x91PPV[`@Q\x80\x91\x03\x90\xF3[a\x01\xA9a\x01\xA46`\x04a\x0F\x99V[a\x02>V[`@Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x01\x8DV[a\x01\xA9a\x01\xD06`\x04a\x0F\xD2V[a\x04\xC6V[a\x01\xA9a\x01\xE36`\x04a\x10\x02V[a\x05\x97V[a\x01\xA9g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81V[a\x01\xA9a\x02\x056`\x04a\x10\xBDV[a\x080V[a\x02\x1Da\x02\x186`\x04a\x11'V[a\t\x04V[`@Q\x90\x81R` \x01a\x01\x8DV[a\x01\xA9a\x0296`\x04a\x11XV[a\tEV[_\x82a\x02vW`@Q\x7F\xAB\x02\xF7\xB3\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_a\x02\x813\x84a\n\x1BV[\x90P\x80``\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x85g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11a\x02\xF3W``\x81\x01Q`@Q\x7F\x9Ei\n\xD8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91\x82\x16`\x04\x82\x01R\x90\x86\x16`$\x82\x01R`D\x01[`@Q\x80\x91\x03\x90\xFD[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16``\x82\x01\x81\x90R3_\x90\x81R`\x01` \x90\x81R`@\x80\x83 \x93\x83R\x92\x90R\x90\x81 \x85\x90Ua\x03\x91\x82a\x030\x88\x88a\x0BLV[`@\x82\x81\x01\x80Q` \x80\x86\x01\x80Q`\x01\x01g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16\x91\x82\x90R\x87Q\x86Q\x80\x85\x01\x91\x90\x91R\x80\x87\x01\x92\x90\x92R``\x80\x83\x01\x97\x90\x97R\x85Q\x80\x83\x03\x90\x97\x01\x87R`\x80\x90\x91\x01\x90\x94R\x84Q\x94\x01\x93\x90\x93 \x90\x93RC\x16\x90\x91R\x90V[\x90P\x85g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x163s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x7Fy\xEE\x84\xFD\xC5\xCBQ\xDC\x0E\x17\xF8 \xD4n\xAFv\x88\x04l\xECDU\x1Ec9(\xA7\xA0\xF9\r\x15\xA2\x87\x85` \x01Q\x85`@Qa\x04\x07\x93\x92\x91\x90\x92\x83Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91\x82\x16` \x84\x01R\x16`@\x82\x01R``\x01\x90V[`@Q\x80\x91\x03\x90\xA33_\x90\x81R` \x81\x81R`@\x91\x82\x90 \x84Q\x81U\x90\x84\x01Q`\x01\x90\x91\x01\x80T\x92\x85\x01Q``\x86\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x82\x16h\x01\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x96\x16\x91\x90\x94\x16\x17\x93\x90\x93\x17\x92\x90\x92\x16\x17\x90UP` \x01Q\x94\x93PPPPV[__a\x04\xD23\x84a\n\x1BV[\x90Pa\x04\xE0\x813\x87\x87a\x0B\x94V[3_\x90\x81R` \x81\x81R`@\x91\x82\x90 \x83Q\x81U\x90\x83\x01Q`\x01\x90\x91\x01\x80T\x92\x84\x01Q``\x85\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x82\x16h\x01\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x96\x16\x91\x90\x94\x16\x17\x93\x90\x93\x17\x92\x90\x92\x16\x17\x90U[` \x01Q\x94\x93PPPPV[_\x82\x81\x03a\x05\xD1W`@Q\x7Fc\xCF\x0F&\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_a\x05\xDC3\x84a\n\x1BV[\x90P_[\x84\x81\x10\x15a\x07\x80W6\x86\x86\x83\x81\x81\x10a\x05\xFBWa\x05\xFBa\x11\xCAV[\x90P` \x02\x81\x01\x90a\x06\r\x91\x90a\x11\xF7V[\x90P_a\x06\x1D` \x83\x01\x83a\x12`V[`\x02\x81\x11\x15a\x06.Wa\x06.a\x123V[\x03a\x06\xA6W``\x81\x015\x15a\x06uW`@Q\x7F\xAEq\xBB\xD3\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` \x82\x015`\x04\x82\x01R`$\x01a\x02\xEAV[a\x06\xA1\x833` \x84\x015a\x06\x8F``\x86\x01`@\x87\x01a\x12~V[a\x06\x9C`\x80\x87\x01\x87a\x12\x97V[a\x0C,V[a\x07wV[`\x01a\x06\xB5` \x83\x01\x83a\x12`V[`\x02\x81\x11\x15a\x06\xC6Wa\x06\xC6a\x123V[\x03a\x06\xFCWa\x06\xA1\x833` \x84\x015a\x06\xE5``\x86\x01`@\x87\x01a\x12~V[``\x86\x015a\x06\xF7`\x80\x88\x01\x88a\x12\x97V[a\x0C\xEAV[``\x81\x015\x15\x15\x80a\x07\x1BWPa\x07\x16`\x80\x82\x01\x82a\x12\x97V[\x15\x15\x90P[\x15a\x07XW`@Q\x7F\xAEq\xBB\xD3\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` \x82\x015`\x04\x82\x01R`$\x01a\x02\xEAV[a\x07w\x833` \x84\x015a\x07r``\x86\x01`@\x87\x01a\x12~V[a\x0B\x94V[P`\x01\x01a\x05\xE0V[P3_\x90\x81R` \x81\x81R`@\x91\x82\x90 \x83Q\x81U\x90\x83\x01Q`\x01\x90\x91\x01\x80T\x92\x84\x01Q``\x85\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x82\x16h\x01\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x96\x16\x91\x90\x94\x16\x17\x93\x90\x93\x17\x92\x90\x92\x16\x17\x90Ua\x05\x8BV[__a\x08<3\x84a\n\x1BV[\x90Pa\x08L\x813\x89\x89\x89\x89a\x0C,V[3_\x90\x81R` \x81\x81R`@\x91\x82\x90 \x83Q\x81U\x90\x83\x01Q`\x01\x90\x91\x01\x80T\x92\x84\x01Q``\x85\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x82\x16h\x01\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x96\x16\x91\x90\x94\x16\x17\x93\x90\x93\x17\x92\x90\x92\x16\x17\x90U` \x01Q\x96\x95PPPPPPV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16_\x90\x81R`\x01` \x90\x81R`@\x80\x83 g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16\x84R\x90\x91R\x90 T[\x92\x91PPV[__a\tQ3\x84a\n\x1BV[\x90Pa\tb\x813\x8A\x8A\x8A\x8A\x8Aa\x0C\xEAV[3_\x90\x81R` \x81\x81R`@\x91\x82\x90 \x83Q\x81U\x90\x83\x01Q`\x01\x90\x91\x01\x80T\x92\x84\x01Q``\x85\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x82\x16h\x01\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x96\x16\x91\x90\x94\x16\x17\x93\x90\x93\x17\x92\x90\x92\x16\x17\x90U` \x01Q\x97\x96PPPPPPPV[`@\x80Q`\x80\x80\x82\x01\x83R_\x80\x83R` \x80\x84\x01\x82\x90R\x83\x85\x01\x82\x90R``\x93\x84\x01\x82\x90Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x87\x16\x82R\x81\x81R\x90\x84\x90 \x84Q\x92\x83\x01\x85R\x80T\x83R`\x01\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x82\x16\x92\x84\x01\x92\x90\x92Rh\x01\0\0\0\0\0\0\0\0\x81\x04\x82\x16\x94\x83\x01\x94\x90\x94Rp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x93\x04\x83\x16\x91\x81\x01\x91\x90\x91R\x90\x82\x81\x16\x14\x80\x15\x90a\n\xDFWP\x80` \x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14\x15[\x15a\t?W` \x81\x01Q`@Q\x7FVPh\x11\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16`\x04\x82\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x85\x16`$\x83\x01R\x90\x91\x16`D\x82\x01R`d\x01a\x02\xEAV[`@\x80Q`\x10` \x82\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16\x91\x81\x01\x91\x90\x91R``\x81\x01\x82\x90R_\x90`\x80\x01[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x92\x91PPV[a\x0B\x9E\x82\x82a\r\xB4V[_a\x0B\xAD\x85a\x030\x85\x85a\x0E5V[\x90P\x82\x84s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x7F\x0E\x8DM\xC1\x12\xA9\xB7\xC2\x99\x8Eh\x97r\x05\xE7\xB8\xF2q\xBAO\x9C}')\xEF-;E@\x96]\x04\x84\x88` \x01Q\x85`@Qa\x0C\x1D\x93\x92\x91\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x93\x84\x16\x81R\x91\x83\x16` \x83\x01R\x90\x91\x16`@\x82\x01R``\x01\x90V[`@Q\x80\x91\x03\x90\xA3PPPPPV[a\x0C6\x84\x84a\r\xB4V[_\x81\x90\x03a\x0CsW`@Q\x7F\"\x8Eot\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x85\x90R`$\x01a\x02\xEAV[_a\x0C\x84\x87a\x030\x87\x87\x87\x87a\x0E`V[\x90P\x84\x86s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x7F\xB3w\xC8\xDCwh\x9A\x82V\xCB\x1E\x1C\xF6\xA2\x12\x90\x87D\xBF\xCE\xA3\x96}\x85\x04.\x90\x9A\x06\xE8\xB9R\x86\x8A` \x01Q\x85\x88\x88`@Qa\x0C\xD9\x95\x94\x93\x92\x91\x90a\x13?V[`@Q\x80\x91\x03\x90\xA3PPPPPPPV[a\x0C\xF4\x85\x85a\r\xB4V[\x82\x15\x80a\x0C\xFFWP\x80\x15[\x15a\r9W`@Q\x7F\xEC\xB9\x1D\x9C\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x86\x90R`$\x01a\x02\xEAV[_a\rK\x88a\x030\x88\x88\x88\x88\x88a\x0E\xC8V[\x90P\x85\x87s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x7Fn\x12\x93\xB7\xEF\x99\xD6\x7F\xDF\x1E\x17\xD9\n\xB4\x11}*\x01|\x9D\xEA\xAE\xF2\xE5\x14x\xE5J\xF3|\xD0O\x87\x8B` \x01Q\x85\x89\x89\x89`@Qa\r\xA2\x96\x95\x94\x93\x92\x91\x90a\x13\x8DV[`@Q\x80\x91\x03\x90\xA3PPPPPPPPV[\x81a\r\xEBW`@Q\x7F\xC1.\xEB\xBB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x80g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16_\x03a\x0E1W`@Q\x7F\x8B\x1EM\x84\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x01a\x02\xEAV[PPV[`@\x80Q`\x02` \x82\x01R\x90\x81\x01\x83\x90Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16``\x82\x01R_\x90`\x80\x01a\x0BvV[_\x80\x85\x85\x85\x85`@Qa\x0Et\x92\x91\x90a\x13\xE2V[`@\x80Q\x91\x82\x90\x03\x82 `\xFF\x90\x95\x16` \x83\x01R\x81\x01\x92\x90\x92Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16``\x82\x01R`\x80\x81\x01\x91\x90\x91R`\xA0\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x94\x93PPPPV[_`\x01\x86\x86\x86\x86\x86`@Qa\x0E\xDE\x92\x91\x90a\x13\xE2V[`@\x80Q\x91\x82\x90\x03\x82 `\xFF\x90\x96\x16` \x83\x01R\x81\x01\x93\x90\x93Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16``\x83\x01R`\x80\x82\x01R`\xA0\x81\x01\x91\x90\x91R`\xC0\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x95\x94PPPPPV[\x805s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x0F]W__\xFD[\x91\x90PV[_` \x82\x84\x03\x12\x15a\x0FrW__\xFD[a\x0F{\x82a\x0F:V[\x93\x92PPPV[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x0F]W__\xFD[___``\x84\x86\x03\x12\x15a\x0F\xABW__\xFD[a\x0F\xB4\x84a\x0F\x82V[\x92P` \x84\x015\x91Pa\x0F\xC9`@\x85\x01a\x0F\x82V[\x90P\x92P\x92P\x92V[___``\x84\x86\x03\x12\x15a\x0F\xE4W__\xFD[\x835\x92Pa\x0F\xF4` \x85\x01a\x0F\x82V[\x91Pa\x0F\xC9`@\x85\x01a\x0F\x82V[___`@\x84\x86\x03\x12\x15a\x10\x14W__\xFD[\x835g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x10*W__\xFD[\x84\x01`\x1F\x81\x01\x86\x13a\x10:W__\xFD[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x10PW__\xFD[\x86` \x82`\x05\x1B\x84\x01\x01\x11\x15a\x10dW__\xFD[` \x91\x82\x01\x94P\x92Pa\x0F\xC9\x90\x85\x01a\x0F\x82V[__\x83`\x1F\x84\x01\x12a\x10\x88W__\xFD[P\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x10\x9FW__\xFD[` \x83\x01\x91P\x83` \x82\x85\x01\x01\x11\x15a\x10\xB6W__\xFD[\x92P\x92\x90PV[_____`\x80\x86\x88\x03\x12\x15a\x10\xD1W__\xFD[\x855\x94Pa\x10\xE1` \x87\x01a\x0F\x82V[\x93P`@\x86\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x10\xFCW__\xFD[a\x11\x08\x88\x82\x89\x01a\x10xV[\x90\x94P\x92Pa\x11\x1B\x90P``\x87\x01a\x0F\x82V[\x90P\x92\x95P\x92\x95\x90\x93PV[__`@\x83\x85\x03\x12\x15a\x118W__\xFD[a\x11A\x83a\x0F:V[\x91Pa\x11O` \x84\x01a\x0F\x82V[\x90P\x92P\x92\x90PV[______`\xA0\x87\x89\x03\x12\x15a\x11mW__\xFD[\x865\x95Pa\x11}` \x88\x01a\x0F\x82V[\x94P`@\x87\x015\x93P``\x87\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x11\x9FW__\xFD[a\x11\xAB\x89\x82\x8A\x01a\x10xV[\x90\x94P\x92Pa\x11\xBE\x90P`\x80\x88\x01a\x0F\x82V[\x90P\x92\x95P\x92\x95P\x92\x95V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`2`\x04R`$_\xFD[_\x825\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa\x836\x03\x01\x81\x12a\x12)W__\xFD[\x91\x90\x91\x01\x92\x91PPV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[_` \x82\x84\x03\x12\x15a\x12pW__\xFD[\x815`\x03\x81\x10a\x0F{W__\xFD[_` \x82\x84\x03\x12\x15a\x12\x8EW__\xFD[a\x0F{\x82a\x0F\x82V[__\x835\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE1\x846\x03\x01\x81\x12a\x12\xCAW__\xFD[\x83\x01\x805\x91Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x15a\x12\xE4W__\xFD[` \x01\x91P6\x81\x90\x03\x82\x13\x15a\x10\xB6W__\xFD[\x81\x83R\x81\x81` \x85\x017P_` \x82\x84\x01\x01R_` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0`\x1F\x84\x01\x16\x84\x01\x01\x90P\x92\x91PPV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x86\x16\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16` \x82\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16`@\x82\x01R`\x80``\x82\x01R_a\x13\x82`\x80\x83\x01\x84\x86a\x12\xF8V[\x97\x96PPPPPPPV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x87\x16\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x86\x16` \x82\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16`@\x82\x01R\x83``\x82\x01R`\xA0`\x80\x82\x01R_a\x13\xD6`\xA0\x83\x01\x84\x86a\x12\xF8V[\x98\x97PPPPPPPPV[\x81\x83\x827_\x91\x01\x90\x81R\x91\x90PV",
    );
    /// The runtime bytecode of the contract, as deployed on the network.
    ///
    /// ```text
    ///0x608060405234801561000f575f5ffd5b5060043610610085575f3560e01c8063957a29fe11610058578063957a29fe146101e8578063a2b81a18146101f7578063d7e1005b1461020a578063ee62c4051461022b575f5ffd5b80631cb9c2d5146100895780633d14ae37146101965780634dbb8616146101c25780638406d4a3146101d5575b5f5ffd5b610138610097366004610f62565b604080516080810182525f8082526020820181905291810182905260608101919091525073ffffffffffffffffffffffffffffffffffffffff165f908152602081815260409182902082516080810184528154815260019091015467ffffffffffffffff8082169383019390935268010000000000000000810483169382019390935270010000000000000000000000000000000090920416606082015290565b60405161018d91905f6080820190508251825267ffffffffffffffff602084015116602083015267ffffffffffffffff604084015116604083015267ffffffffffffffff606084015116606083015292915050565b60405180910390f35b6101a96101a4366004610f99565b61023e565b60405167ffffffffffffffff909116815260200161018d565b6101a96101d0366004610fd2565b6104c6565b6101a96101e3366004611002565b610597565b6101a967ffffffffffffffff81565b6101a96102053660046110bd565b610830565b61021d610218366004611127565b610904565b60405190815260200161018d565b6101a9610239366004611158565b610945565b5f82610276576040517fab02f7b300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f6102813384610a1b565b9050806060015167ffffffffffffffff168567ffffffffffffffff16116102f35760608101516040517f9e690ad800000000000000000000000000000000000000000000000000000000815267ffffffffffffffff918216600482015290861660248201526044015b60405180910390fd5b67ffffffffffffffff851660608201819052335f908152600160209081526040808320938352929052908120859055610391826103308888610b4c565b604082810180516020808601805160010167ffffffffffffffff908116918290528751865180850191909152808701929092526060808301979097528551808303909701875260809091019094528451940193909320909352431690915290565b90508567ffffffffffffffff163373ffffffffffffffffffffffffffffffffffffffff167f79ee84fdc5cb51dc0e17f820d46eaf7688046cec44551e633928a7a0f90d15a2878560200151856040516104079392919092835267ffffffffffffffff918216602084015216604082015260600190565b60405180910390a3335f908152602081815260409182902084518155908401516001909101805492850151606086015167ffffffffffffffff908116700100000000000000000000000000000000027fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff92821668010000000000000000027fffffffffffffffffffffffffffffffff00000000000000000000000000000000909616919094161793909317929092161790555060200151949350505050565b5f5f6104d23384610a1b565b90506104e081338787610b94565b335f908152602081815260409182902083518155908301516001909101805492840151606085015167ffffffffffffffff908116700100000000000000000000000000000000027fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff92821668010000000000000000027fffffffffffffffffffffffffffffffff00000000000000000000000000000000909616919094161793909317929092161790555b60200151949350505050565b5f8281036105d1576040517f63cf0f2600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f6105dc3384610a1b565b90505f5b8481101561078057368686838181106105fb576105fb6111ca565b905060200281019061060d91906111f7565b90505f61061d6020830183611260565b600281111561062e5761062e611233565b036106a657606081013515610675576040517fae71bbd3000000000000000000000000000000000000000000000000000000008152602082013560048201526024016102ea565b6106a18333602084013561068f606086016040870161127e565b61069c6080870187611297565b610c2c565b610777565b60016106b56020830183611260565b60028111156106c6576106c6611233565b036106fc576106a1833360208401356106e5606086016040870161127e565b60608601356106f76080880188611297565b610cea565b606081013515158061071b57506107166080820182611297565b151590505b15610758576040517fae71bbd3000000000000000000000000000000000000000000000000000000008152602082013560048201526024016102ea565b61077783336020840135610772606086016040870161127e565b610b94565b506001016105e0565b50335f908152602081815260409182902083518155908301516001909101805492840151606085015167ffffffffffffffff908116700100000000000000000000000000000000027fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff92821668010000000000000000027fffffffffffffffffffffffffffffffff000000000000000000000000000000009096169190941617939093179290921617905561058b565b5f5f61083c3384610a1b565b905061084c813389898989610c2c565b335f908152602081815260409182902083518155908301516001909101805492840151606085015167ffffffffffffffff908116700100000000000000000000000000000000027fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff92821668010000000000000000027fffffffffffffffffffffffffffffffff0000000000000000000000000000000090961691909416179390931792909216179055602001519695505050505050565b73ffffffffffffffffffffffffffffffffffffffff82165f90815260016020908152604080832067ffffffffffffffff851684529091529020545b92915050565b5f5f6109513384610a1b565b905061096281338a8a8a8a8a610cea565b335f908152602081815260409182902083518155908301516001909101805492840151606085015167ffffffffffffffff908116700100000000000000000000000000000000027fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff92821668010000000000000000027fffffffffffffffffffffffffffffffff000000000000000000000000000000009096169190941617939093179290921617905560200151979650505050505050565b60408051608080820183525f8083526020808401829052838501829052606093840182905273ffffffffffffffffffffffffffffffffffffffff871682528181529084902084519283018552805483526001015467ffffffffffffffff808216928401929092526801000000000000000081048216948301949094527001000000000000000000000000000000009093048316918101919091529082811614801590610adf5750806020015167ffffffffffffffff168267ffffffffffffffff1614155b1561093f5760208101516040517f5650681100000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8516600482015267ffffffffffffffff808516602483015290911660448201526064016102ea565b604080516010602082015267ffffffffffffffff841691810191909152606081018290525f906080015b60405160208183030381529060405280519060200120905092915050565b610b9e8282610db4565b5f610bad856103308585610e35565b9050828473ffffffffffffffffffffffffffffffffffffffff167f0e8d4dc112a9b7c2998e68977205e7b8f271ba4f9c7d2729ef2d3b4540965d0484886020015185604051610c1d9392919067ffffffffffffffff93841681529183166020830152909116604082015260600190565b60405180910390a35050505050565b610c368484610db4565b5f819003610c73576040517f228e6f74000000000000000000000000000000000000000000000000000000008152600481018590526024016102ea565b5f610c848761033087878787610e60565b9050848673ffffffffffffffffffffffffffffffffffffffff167fb377c8dc77689a8256cb1e1cf6a212908744bfcea3967d85042e909a06e8b952868a60200151858888604051610cd995949392919061133f565b60405180910390a350505050505050565b610cf48585610db4565b821580610cff575080155b15610d39576040517fecb91d9c000000000000000000000000000000000000000000000000000000008152600481018690526024016102ea565b5f610d4b886103308888888888610ec8565b9050858773ffffffffffffffffffffffffffffffffffffffff167f6e1293b7ef99d67fdf1e17d90ab4117d2a017c9deaaef2e51478e54af37cd04f878b6020015185898989604051610da29695949392919061138d565b60405180910390a35050505050505050565b81610deb576040517fc12eebbb00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8067ffffffffffffffff165f03610e31576040517f8b1e4d84000000000000000000000000000000000000000000000000000000008152600481018390526024016102ea565b5050565b604080516002602082015290810183905267ffffffffffffffff821660608201525f90608001610b76565b5f8085858585604051610e749291906113e2565b6040805191829003822060ff909516602083015281019290925267ffffffffffffffff166060820152608081019190915260a001604051602081830303815290604052805190602001209050949350505050565b5f60018686868686604051610ede9291906113e2565b6040805191829003822060ff909616602083015281019390935267ffffffffffffffff9091166060830152608082015260a081019190915260c00160405160208183030381529060405280519060200120905095945050505050565b803573ffffffffffffffffffffffffffffffffffffffff81168114610f5d575f5ffd5b919050565b5f60208284031215610f72575f5ffd5b610f7b82610f3a565b9392505050565b803567ffffffffffffffff81168114610f5d575f5ffd5b5f5f5f60608486031215610fab575f5ffd5b610fb484610f82565b925060208401359150610fc960408501610f82565b90509250925092565b5f5f5f60608486031215610fe4575f5ffd5b83359250610ff460208501610f82565b9150610fc960408501610f82565b5f5f5f60408486031215611014575f5ffd5b833567ffffffffffffffff81111561102a575f5ffd5b8401601f8101861361103a575f5ffd5b803567ffffffffffffffff811115611050575f5ffd5b8660208260051b8401011115611064575f5ffd5b602091820194509250610fc9908501610f82565b5f5f83601f840112611088575f5ffd5b50813567ffffffffffffffff81111561109f575f5ffd5b6020830191508360208285010111156110b6575f5ffd5b9250929050565b5f5f5f5f5f608086880312156110d1575f5ffd5b853594506110e160208701610f82565b9350604086013567ffffffffffffffff8111156110fc575f5ffd5b61110888828901611078565b909450925061111b905060608701610f82565b90509295509295909350565b5f5f60408385031215611138575f5ffd5b61114183610f3a565b915061114f60208401610f82565b90509250929050565b5f5f5f5f5f5f60a0878903121561116d575f5ffd5b8635955061117d60208801610f82565b945060408701359350606087013567ffffffffffffffff81111561119f575f5ffd5b6111ab89828a01611078565b90945092506111be905060808801610f82565b90509295509295509295565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f82357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff61833603018112611229575f5ffd5b9190910192915050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b5f60208284031215611270575f5ffd5b813560038110610f7b575f5ffd5b5f6020828403121561128e575f5ffd5b610f7b82610f82565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe18436030181126112ca575f5ffd5b83018035915067ffffffffffffffff8211156112e4575f5ffd5b6020019150368190038213156110b6575f5ffd5b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b67ffffffffffffffff8616815267ffffffffffffffff8516602082015267ffffffffffffffff84166040820152608060608201525f6113826080830184866112f8565b979650505050505050565b67ffffffffffffffff8716815267ffffffffffffffff8616602082015267ffffffffffffffff8516604082015283606082015260a060808201525f6113d660a0830184866112f8565b98975050505050505050565b818382375f910190815291905056
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static DEPLOYED_BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\0\x85W_5`\xE0\x1C\x80c\x95z)\xFE\x11a\0XW\x80c\x95z)\xFE\x14a\x01\xE8W\x80c\xA2\xB8\x1A\x18\x14a\x01\xF7W\x80c\xD7\xE1\0[\x14a\x02\nW\x80c\xEEb\xC4\x05\x14a\x02+W__\xFD[\x80c\x1C\xB9\xC2\xD5\x14a\0\x89W\x80c=\x14\xAE7\x14a\x01\x96W\x80cM\xBB\x86\x16\x14a\x01\xC2W\x80c\x84\x06\xD4\xA3\x14a\x01\xD5W[__\xFD[a\x018a\0\x976`\x04a\x0FbV[`@\x80Q`\x80\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x91\x90\x91RPs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16_\x90\x81R` \x81\x81R`@\x91\x82\x90 \x82Q`\x80\x81\x01\x84R\x81T\x81R`\x01\x90\x91\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x82\x16\x93\x83\x01\x93\x90\x93Rh\x01\0\0\0\0\0\0\0\0\x81\x04\x83\x16\x93\x82\x01\x93\x90\x93Rp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x92\x04\x16``\x82\x01R\x90V[`@Qa\x01\x8D\x91\x90_`\x80\x82\x01\x90P\x82Q\x82Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF` \x84\x01Q\x16` \x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`@\x84\x01Q\x16`@\x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF``\x84\x01Q\x16``\x83\x01R\x92\x91PPV[`@Q\x80\x91\x03\x90\xF3[a\x01\xA9a\x01\xA46`\x04a\x0F\x99V[a\x02>V[`@Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x01\x8DV[a\x01\xA9a\x01\xD06`\x04a\x0F\xD2V[a\x04\xC6V[a\x01\xA9a\x01\xE36`\x04a\x10\x02V[a\x05\x97V[a\x01\xA9g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81V[a\x01\xA9a\x02\x056`\x04a\x10\xBDV[a\x080V[a\x02\x1Da\x02\x186`\x04a\x11'V[a\t\x04V[`@Q\x90\x81R` \x01a\x01\x8DV[a\x01\xA9a\x0296`\x04a\x11XV[a\tEV[_\x82a\x02vW`@Q\x7F\xAB\x02\xF7\xB3\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_a\x02\x813\x84a\n\x1BV[\x90P\x80``\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x85g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11a\x02\xF3W``\x81\x01Q`@Q\x7F\x9Ei\n\xD8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91\x82\x16`\x04\x82\x01R\x90\x86\x16`$\x82\x01R`D\x01[`@Q\x80\x91\x03\x90\xFD[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16``\x82\x01\x81\x90R3_\x90\x81R`\x01` \x90\x81R`@\x80\x83 \x93\x83R\x92\x90R\x90\x81 \x85\x90Ua\x03\x91\x82a\x030\x88\x88a\x0BLV[`@\x82\x81\x01\x80Q` \x80\x86\x01\x80Q`\x01\x01g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16\x91\x82\x90R\x87Q\x86Q\x80\x85\x01\x91\x90\x91R\x80\x87\x01\x92\x90\x92R``\x80\x83\x01\x97\x90\x97R\x85Q\x80\x83\x03\x90\x97\x01\x87R`\x80\x90\x91\x01\x90\x94R\x84Q\x94\x01\x93\x90\x93 \x90\x93RC\x16\x90\x91R\x90V[\x90P\x85g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x163s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x7Fy\xEE\x84\xFD\xC5\xCBQ\xDC\x0E\x17\xF8 \xD4n\xAFv\x88\x04l\xECDU\x1Ec9(\xA7\xA0\xF9\r\x15\xA2\x87\x85` \x01Q\x85`@Qa\x04\x07\x93\x92\x91\x90\x92\x83Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91\x82\x16` \x84\x01R\x16`@\x82\x01R``\x01\x90V[`@Q\x80\x91\x03\x90\xA33_\x90\x81R` \x81\x81R`@\x91\x82\x90 \x84Q\x81U\x90\x84\x01Q`\x01\x90\x91\x01\x80T\x92\x85\x01Q``\x86\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x82\x16h\x01\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x96\x16\x91\x90\x94\x16\x17\x93\x90\x93\x17\x92\x90\x92\x16\x17\x90UP` \x01Q\x94\x93PPPPV[__a\x04\xD23\x84a\n\x1BV[\x90Pa\x04\xE0\x813\x87\x87a\x0B\x94V[3_\x90\x81R` \x81\x81R`@\x91\x82\x90 \x83Q\x81U\x90\x83\x01Q`\x01\x90\x91\x01\x80T\x92\x84\x01Q``\x85\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x82\x16h\x01\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x96\x16\x91\x90\x94\x16\x17\x93\x90\x93\x17\x92\x90\x92\x16\x17\x90U[` \x01Q\x94\x93PPPPV[_\x82\x81\x03a\x05\xD1W`@Q\x7Fc\xCF\x0F&\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_a\x05\xDC3\x84a\n\x1BV[\x90P_[\x84\x81\x10\x15a\x07\x80W6\x86\x86\x83\x81\x81\x10a\x05\xFBWa\x05\xFBa\x11\xCAV[\x90P` \x02\x81\x01\x90a\x06\r\x91\x90a\x11\xF7V[\x90P_a\x06\x1D` \x83\x01\x83a\x12`V[`\x02\x81\x11\x15a\x06.Wa\x06.a\x123V[\x03a\x06\xA6W``\x81\x015\x15a\x06uW`@Q\x7F\xAEq\xBB\xD3\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` \x82\x015`\x04\x82\x01R`$\x01a\x02\xEAV[a\x06\xA1\x833` \x84\x015a\x06\x8F``\x86\x01`@\x87\x01a\x12~V[a\x06\x9C`\x80\x87\x01\x87a\x12\x97V[a\x0C,V[a\x07wV[`\x01a\x06\xB5` \x83\x01\x83a\x12`V[`\x02\x81\x11\x15a\x06\xC6Wa\x06\xC6a\x123V[\x03a\x06\xFCWa\x06\xA1\x833` \x84\x015a\x06\xE5``\x86\x01`@\x87\x01a\x12~V[``\x86\x015a\x06\xF7`\x80\x88\x01\x88a\x12\x97V[a\x0C\xEAV[``\x81\x015\x15\x15\x80a\x07\x1BWPa\x07\x16`\x80\x82\x01\x82a\x12\x97V[\x15\x15\x90P[\x15a\x07XW`@Q\x7F\xAEq\xBB\xD3\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` \x82\x015`\x04\x82\x01R`$\x01a\x02\xEAV[a\x07w\x833` \x84\x015a\x07r``\x86\x01`@\x87\x01a\x12~V[a\x0B\x94V[P`\x01\x01a\x05\xE0V[P3_\x90\x81R` \x81\x81R`@\x91\x82\x90 \x83Q\x81U\x90\x83\x01Q`\x01\x90\x91\x01\x80T\x92\x84\x01Q``\x85\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x82\x16h\x01\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x96\x16\x91\x90\x94\x16\x17\x93\x90\x93\x17\x92\x90\x92\x16\x17\x90Ua\x05\x8BV[__a\x08<3\x84a\n\x1BV[\x90Pa\x08L\x813\x89\x89\x89\x89a\x0C,V[3_\x90\x81R` \x81\x81R`@\x91\x82\x90 \x83Q\x81U\x90\x83\x01Q`\x01\x90\x91\x01\x80T\x92\x84\x01Q``\x85\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x82\x16h\x01\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x96\x16\x91\x90\x94\x16\x17\x93\x90\x93\x17\x92\x90\x92\x16\x17\x90U` \x01Q\x96\x95PPPPPPV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16_\x90\x81R`\x01` \x90\x81R`@\x80\x83 g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16\x84R\x90\x91R\x90 T[\x92\x91PPV[__a\tQ3\x84a\n\x1BV[\x90Pa\tb\x813\x8A\x8A\x8A\x8A\x8Aa\x0C\xEAV[3_\x90\x81R` \x81\x81R`@\x91\x82\x90 \x83Q\x81U\x90\x83\x01Q`\x01\x90\x91\x01\x80T\x92\x84\x01Q``\x85\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x82\x16h\x01\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x96\x16\x91\x90\x94\x16\x17\x93\x90\x93\x17\x92\x90\x92\x16\x17\x90U` \x01Q\x97\x96PPPPPPPV[`@\x80Q`\x80\x80\x82\x01\x83R_\x80\x83R` \x80\x84\x01\x82\x90R\x83\x85\x01\x82\x90R``\x93\x84\x01\x82\x90Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x87\x16\x82R\x81\x81R\x90\x84\x90 \x84Q\x92\x83\x01\x85R\x80T\x83R`\x01\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x82\x16\x92\x84\x01\x92\x90\x92Rh\x01\0\0\0\0\0\0\0\0\x81\x04\x82\x16\x94\x83\x01\x94\x90\x94Rp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x93\x04\x83\x16\x91\x81\x01\x91\x90\x91R\x90\x82\x81\x16\x14\x80\x15\x90a\n\xDFWP\x80` \x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14\x15[\x15a\t?W` \x81\x01Q`@Q\x7FVPh\x11\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16`\x04\x82\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x85\x16`$\x83\x01R\x90\x91\x16`D\x82\x01R`d\x01a\x02\xEAV[`@\x80Q`\x10` \x82\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16\x91\x81\x01\x91\x90\x91R``\x81\x01\x82\x90R_\x90`\x80\x01[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x92\x91PPV[a\x0B\x9E\x82\x82a\r\xB4V[_a\x0B\xAD\x85a\x030\x85\x85a\x0E5V[\x90P\x82\x84s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x7F\x0E\x8DM\xC1\x12\xA9\xB7\xC2\x99\x8Eh\x97r\x05\xE7\xB8\xF2q\xBAO\x9C}')\xEF-;E@\x96]\x04\x84\x88` \x01Q\x85`@Qa\x0C\x1D\x93\x92\x91\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x93\x84\x16\x81R\x91\x83\x16` \x83\x01R\x90\x91\x16`@\x82\x01R``\x01\x90V[`@Q\x80\x91\x03\x90\xA3PPPPPV[a\x0C6\x84\x84a\r\xB4V[_\x81\x90\x03a\x0CsW`@Q\x7F\"\x8Eot\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x85\x90R`$\x01a\x02\xEAV[_a\x0C\x84\x87a\x030\x87\x87\x87\x87a\x0E`V[\x90P\x84\x86s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x7F\xB3w\xC8\xDCwh\x9A\x82V\xCB\x1E\x1C\xF6\xA2\x12\x90\x87D\xBF\xCE\xA3\x96}\x85\x04.\x90\x9A\x06\xE8\xB9R\x86\x8A` \x01Q\x85\x88\x88`@Qa\x0C\xD9\x95\x94\x93\x92\x91\x90a\x13?V[`@Q\x80\x91\x03\x90\xA3PPPPPPPV[a\x0C\xF4\x85\x85a\r\xB4V[\x82\x15\x80a\x0C\xFFWP\x80\x15[\x15a\r9W`@Q\x7F\xEC\xB9\x1D\x9C\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x86\x90R`$\x01a\x02\xEAV[_a\rK\x88a\x030\x88\x88\x88\x88\x88a\x0E\xC8V[\x90P\x85\x87s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x7Fn\x12\x93\xB7\xEF\x99\xD6\x7F\xDF\x1E\x17\xD9\n\xB4\x11}*\x01|\x9D\xEA\xAE\xF2\xE5\x14x\xE5J\xF3|\xD0O\x87\x8B` \x01Q\x85\x89\x89\x89`@Qa\r\xA2\x96\x95\x94\x93\x92\x91\x90a\x13\x8DV[`@Q\x80\x91\x03\x90\xA3PPPPPPPPV[\x81a\r\xEBW`@Q\x7F\xC1.\xEB\xBB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x80g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16_\x03a\x0E1W`@Q\x7F\x8B\x1EM\x84\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x01a\x02\xEAV[PPV[`@\x80Q`\x02` \x82\x01R\x90\x81\x01\x83\x90Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16``\x82\x01R_\x90`\x80\x01a\x0BvV[_\x80\x85\x85\x85\x85`@Qa\x0Et\x92\x91\x90a\x13\xE2V[`@\x80Q\x91\x82\x90\x03\x82 `\xFF\x90\x95\x16` \x83\x01R\x81\x01\x92\x90\x92Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16``\x82\x01R`\x80\x81\x01\x91\x90\x91R`\xA0\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x94\x93PPPPV[_`\x01\x86\x86\x86\x86\x86`@Qa\x0E\xDE\x92\x91\x90a\x13\xE2V[`@\x80Q\x91\x82\x90\x03\x82 `\xFF\x90\x96\x16` \x83\x01R\x81\x01\x93\x90\x93Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16``\x83\x01R`\x80\x82\x01R`\xA0\x81\x01\x91\x90\x91R`\xC0\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x95\x94PPPPPV[\x805s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x0F]W__\xFD[\x91\x90PV[_` \x82\x84\x03\x12\x15a\x0FrW__\xFD[a\x0F{\x82a\x0F:V[\x93\x92PPPV[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x0F]W__\xFD[___``\x84\x86\x03\x12\x15a\x0F\xABW__\xFD[a\x0F\xB4\x84a\x0F\x82V[\x92P` \x84\x015\x91Pa\x0F\xC9`@\x85\x01a\x0F\x82V[\x90P\x92P\x92P\x92V[___``\x84\x86\x03\x12\x15a\x0F\xE4W__\xFD[\x835\x92Pa\x0F\xF4` \x85\x01a\x0F\x82V[\x91Pa\x0F\xC9`@\x85\x01a\x0F\x82V[___`@\x84\x86\x03\x12\x15a\x10\x14W__\xFD[\x835g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x10*W__\xFD[\x84\x01`\x1F\x81\x01\x86\x13a\x10:W__\xFD[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x10PW__\xFD[\x86` \x82`\x05\x1B\x84\x01\x01\x11\x15a\x10dW__\xFD[` \x91\x82\x01\x94P\x92Pa\x0F\xC9\x90\x85\x01a\x0F\x82V[__\x83`\x1F\x84\x01\x12a\x10\x88W__\xFD[P\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x10\x9FW__\xFD[` \x83\x01\x91P\x83` \x82\x85\x01\x01\x11\x15a\x10\xB6W__\xFD[\x92P\x92\x90PV[_____`\x80\x86\x88\x03\x12\x15a\x10\xD1W__\xFD[\x855\x94Pa\x10\xE1` \x87\x01a\x0F\x82V[\x93P`@\x86\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x10\xFCW__\xFD[a\x11\x08\x88\x82\x89\x01a\x10xV[\x90\x94P\x92Pa\x11\x1B\x90P``\x87\x01a\x0F\x82V[\x90P\x92\x95P\x92\x95\x90\x93PV[__`@\x83\x85\x03\x12\x15a\x118W__\xFD[a\x11A\x83a\x0F:V[\x91Pa\x11O` \x84\x01a\x0F\x82V[\x90P\x92P\x92\x90PV[______`\xA0\x87\x89\x03\x12\x15a\x11mW__\xFD[\x865\x95Pa\x11}` \x88\x01a\x0F\x82V[\x94P`@\x87\x015\x93P``\x87\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x11\x9FW__\xFD[a\x11\xAB\x89\x82\x8A\x01a\x10xV[\x90\x94P\x92Pa\x11\xBE\x90P`\x80\x88\x01a\x0F\x82V[\x90P\x92\x95P\x92\x95P\x92\x95V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`2`\x04R`$_\xFD[_\x825\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa\x836\x03\x01\x81\x12a\x12)W__\xFD[\x91\x90\x91\x01\x92\x91PPV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[_` \x82\x84\x03\x12\x15a\x12pW__\xFD[\x815`\x03\x81\x10a\x0F{W__\xFD[_` \x82\x84\x03\x12\x15a\x12\x8EW__\xFD[a\x0F{\x82a\x0F\x82V[__\x835\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE1\x846\x03\x01\x81\x12a\x12\xCAW__\xFD[\x83\x01\x805\x91Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x15a\x12\xE4W__\xFD[` \x01\x91P6\x81\x90\x03\x82\x13\x15a\x10\xB6W__\xFD[\x81\x83R\x81\x81` \x85\x017P_` \x82\x84\x01\x01R_` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0`\x1F\x84\x01\x16\x84\x01\x01\x90P\x92\x91PPV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x86\x16\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16` \x82\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16`@\x82\x01R`\x80``\x82\x01R_a\x13\x82`\x80\x83\x01\x84\x86a\x12\xF8V[\x97\x96PPPPPPPV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x87\x16\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x86\x16` \x82\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16`@\x82\x01R\x83``\x82\x01R`\xA0`\x80\x82\x01R_a\x13\xD6`\xA0\x83\x01\x84\x86a\x12\xF8V[\x98\x97PPPPPPPPV[\x81\x83\x827_\x91\x01\x90\x81R\x91\x90PV",
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
        keyCheck(keyCheckCall),
        #[allow(missing_docs)]
        logState(logStateCall),
        #[allow(missing_docs)]
        publishKeyCheck(publishKeyCheckCall),
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
            [61u8, 20u8, 174u8, 55u8],
            [77u8, 187u8, 134u8, 22u8],
            [132u8, 6u8, 212u8, 163u8],
            [149u8, 122u8, 41u8, 254u8],
            [162u8, 184u8, 26u8, 24u8],
            [215u8, 225u8, 0u8, 91u8],
            [238u8, 98u8, 196u8, 5u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(logState),
            ::core::stringify!(publishKeyCheck),
            ::core::stringify!(deleteRecord),
            ::core::stringify!(applyBatch),
            ::core::stringify!(ANY_SEQ),
            ::core::stringify!(write),
            ::core::stringify!(keyCheck),
            ::core::stringify!(writePointer),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <logStateCall as alloy_sol_types::SolCall>::SIGNATURE,
            <publishKeyCheckCall as alloy_sol_types::SolCall>::SIGNATURE,
            <deleteRecordCall as alloy_sol_types::SolCall>::SIGNATURE,
            <applyBatchCall as alloy_sol_types::SolCall>::SIGNATURE,
            <ANY_SEQCall as alloy_sol_types::SolCall>::SIGNATURE,
            <writeCall as alloy_sol_types::SolCall>::SIGNATURE,
            <keyCheckCall as alloy_sol_types::SolCall>::SIGNATURE,
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
        const COUNT: usize = 8usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::ANY_SEQ(_) => <ANY_SEQCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::applyBatch(_) => <applyBatchCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::deleteRecord(_) => <deleteRecordCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::keyCheck(_) => <keyCheckCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::logState(_) => <logStateCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::publishKeyCheck(_) => {
                    <publishKeyCheckCall as alloy_sol_types::SolCall>::SELECTOR
                }
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
                Self::keyCheck(inner) => {
                    <keyCheckCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::logState(inner) => {
                    <logStateCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::publishKeyCheck(inner) => {
                    <publishKeyCheckCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
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
                Self::keyCheck(inner) => {
                    <keyCheckCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::logState(inner) => {
                    <logStateCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::publishKeyCheck(inner) => {
                    <publishKeyCheckCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
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
        VaultEpochNotIncreasing(VaultEpochNotIncreasing),
        #[allow(missing_docs)]
        VaultInvalidPointer(VaultInvalidPointer),
        #[allow(missing_docs)]
        VaultSequenceMismatch(VaultSequenceMismatch),
        #[allow(missing_docs)]
        VaultUnexpectedPayload(VaultUnexpectedPayload),
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
            [34u8, 142u8, 111u8, 116u8],
            [86u8, 80u8, 104u8, 17u8],
            [99u8, 207u8, 15u8, 38u8],
            [139u8, 30u8, 77u8, 132u8],
            [158u8, 105u8, 10u8, 216u8],
            [171u8, 2u8, 247u8, 179u8],
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
            ::core::stringify!(VaultEpochNotIncreasing),
            ::core::stringify!(VaultZeroKeyCheck),
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
            <VaultEpochNotIncreasing as alloy_sol_types::SolError>::SIGNATURE,
            <VaultZeroKeyCheck as alloy_sol_types::SolError>::SIGNATURE,
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
        const COUNT: usize = 9usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::VaultEmptyBatch(_) => {
                    <VaultEmptyBatch as alloy_sol_types::SolError>::SELECTOR
                }
                Self::VaultEmptyCiphertext(_) => {
                    <VaultEmptyCiphertext as alloy_sol_types::SolError>::SELECTOR
                }
                Self::VaultEpochNotIncreasing(_) => {
                    <VaultEpochNotIncreasing as alloy_sol_types::SolError>::SELECTOR
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
                    fn VaultEpochNotIncreasing(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MemoryVaultErrors> {
                        <VaultEpochNotIncreasing as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(MemoryVaultErrors::VaultEpochNotIncreasing)
                    }
                    VaultEpochNotIncreasing
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
                Self::VaultEpochNotIncreasing(inner) => {
                    <VaultEpochNotIncreasing as alloy_sol_types::SolError>::abi_encoded_size(inner)
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
        KeyCheckPublished(KeyCheckPublished),
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
                121u8, 238u8, 132u8, 253u8, 197u8, 203u8, 81u8, 220u8, 14u8, 23u8, 248u8, 32u8,
                212u8, 110u8, 175u8, 118u8, 136u8, 4u8, 108u8, 236u8, 68u8, 85u8, 30u8, 99u8, 57u8,
                40u8, 167u8, 160u8, 249u8, 13u8, 21u8, 162u8,
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
            ::core::stringify!(KeyCheckPublished),
            ::core::stringify!(RecordWritten),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <RecordDeleted as alloy_sol_types::SolEvent>::SIGNATURE,
            <RecordPointerWritten as alloy_sol_types::SolEvent>::SIGNATURE,
            <KeyCheckPublished as alloy_sol_types::SolEvent>::SIGNATURE,
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
        const COUNT: usize = 4usize;
        fn decode_raw_log(
            topics: &[alloy_sol_types::Word],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            match topics.first().copied() {
                Some(<KeyCheckPublished as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <KeyCheckPublished as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::KeyCheckPublished)
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
                Self::KeyCheckPublished(inner) => {
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
                Self::KeyCheckPublished(inner) => {
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
        ///Creates a new call builder for the [`publishKeyCheck`] function.
        pub fn publishKeyCheck(
            &self,
            epoch: u64,
            keyCheck_: alloy::sol_types::private::FixedBytes<32>,
            expectedSeq: u64,
        ) -> alloy_contract::SolCallBuilder<&P, publishKeyCheckCall, N> {
            self.call_builder(&publishKeyCheckCall { epoch, keyCheck_, expectedSeq })
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
        ///Creates a new event filter for the [`KeyCheckPublished`] event.
        pub fn KeyCheckPublished_filter(&self) -> alloy_contract::Event<&P, KeyCheckPublished, N> {
            self.event_filter::<KeyCheckPublished>()
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
