"""An independent decoder of MemSync's key hierarchy and record envelope.

Written from docs/FORMAT.md alone, with `cryptography` (HKDF, AES-256-GCM-SIV), `pycryptodome`
(Keccak-256), `coincurve` (libsecp256k1 ECDSA) and the standard library (HMAC, PBKDF2). It
re-derives every key from its root source, rebuilds every associated data, opens every envelope of
sdk/tests/vectors/envelope.json, seals it again byte for byte, and checks that tampering fails.

Run: pip install -r tests/python/requirements.txt && python3 -m pytest tests/python
"""

from __future__ import annotations

import hashlib
import hmac
import json
import struct
import unicodedata
from pathlib import Path

import coincurve
import pytest
from Crypto.Hash import keccak
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCMSIV
from cryptography.hazmat.primitives.kdf.hkdf import HKDFExpand

REPO = Path(__file__).resolve().parents[2]
VECTORS = json.loads((REPO / "sdk/tests/vectors/envelope.json").read_text())

CHUNK_LEN = 65536
TAG_LEN = 16
MIN_PADDED = 256
MAX_PADDED = 1 << 28
SECP256K1_N = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141
NOTICE = (
    "This signature unlocks your MemSync memories. Sign it only in an app you trust with them. "
    "It sends no transaction and costs nothing."
)


class Unopenable(Exception):
    """The one error a reader reports for any envelope that does not open."""


# --- primitives (FORMAT.md, notation) -----------------------------------------------------------


def u8(x: int) -> bytes:
    return struct.pack(">B", x)


def u32be(x: int) -> bytes:
    return struct.pack(">I", x)


def u64be(x: int) -> bytes:
    return struct.pack(">Q", x)


def keccak256(data: bytes) -> bytes:
    return keccak.new(digest_bits=256, data=data).digest()


def hkdf_extract(salt: bytes, ikm: bytes) -> bytes:
    # RFC 5869 section 2.2: PRK = HMAC-Hash(salt, IKM).
    return hmac.new(salt, ikm, hashlib.sha256).digest()


def hkdf_expand(prk: bytes, info: bytes, length: int = 32) -> bytes:
    return HKDFExpand(algorithm=hashes.SHA256(), length=length, info=info).derive(prk)


def hkdf(salt: bytes, ikm: bytes, info: bytes) -> bytes:
    return hkdf_expand(hkdf_extract(salt, ikm), info)


def unhex(s: str) -> bytes:
    return bytes.fromhex(s[2:] if s.startswith("0x") else s)


def address(s: str) -> bytes:
    raw = unhex(s)
    assert len(raw) == 20
    return raw


# --- keys (FORMAT.md, "Keys") -------------------------------------------------------------------


def scope_bytes(chain_id: int, vault: bytes, owner: bytes) -> bytes:
    return u64be(chain_id) + vault + owner


def epoch_root(salt: bytes, ikm: bytes, epoch: int) -> bytes:
    return hkdf(salt, ikm, b"memsync/v1/epoch-root" + u64be(epoch))


def bip39_seed(phrase: str, passphrase: str) -> bytes:
    words = unicodedata.normalize("NFKD", " ".join(phrase.split()))
    salt = ("mnemonic" + unicodedata.normalize("NFKD", passphrase)).encode()
    return hashlib.pbkdf2_hmac("sha512", words.encode(), salt, 2048, 64)


def word(value: int) -> bytes:
    return value.to_bytes(32, "big")


def eip712_hashes(chain_id: int, vault: bytes, owner: bytes, epoch: int) -> tuple[bytes, bytes, bytes]:
    domain_type = keccak256(
        b"EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"
    )
    domain_separator = keccak256(
        domain_type
        + keccak256(b"MemSync")
        + keccak256(b"1")
        + word(chain_id)
        + word(int.from_bytes(vault, "big"))
    )
    type_hash = keccak256(b"MemSyncKeyDerivation(string notice,address owner,uint64 keyEpoch)")
    struct_hash = keccak256(
        type_hash + keccak256(NOTICE.encode()) + word(int.from_bytes(owner, "big")) + word(epoch)
    )
    signing_hash = keccak256(b"\x19\x01" + domain_separator + struct_hash)
    return domain_separator, struct_hash, signing_hash


def canonical_signature(private_key: bytes, digest: bytes) -> bytes:
    sig = coincurve.PrivateKey(private_key).sign_recoverable(digest, hasher=None)
    r, s, parity = sig[:32], int.from_bytes(sig[32:64], "big"), sig[64]
    if s > SECP256K1_N // 2:
        s, parity = SECP256K1_N - s, parity ^ 1
    return r + s.to_bytes(32, "big") + bytes([27 + parity])


def eth_address(public_key: coincurve.PublicKey) -> bytes:
    return keccak256(public_key.format(compressed=False)[1:])[12:]


def recover(canonical: bytes, digest: bytes) -> bytes:
    recoverable = canonical[:64] + bytes([canonical[64] - 27])
    return eth_address(coincurve.PublicKey.from_signature_and_message(recoverable, digest, hasher=None))


def root_ikm(vector: dict) -> tuple[bytes, bytes, dict]:
    """(salt, ikm, extra outputs) of a root vector, from its inputs."""
    kind = vector["kind"]
    if kind == "seed_file":
        seed = unhex(vector["seed"])
        assert len(seed) == 32
        return b"memsync/v1/root/seed-file", seed, {}
    if kind == "mnemonic":
        return b"memsync/v1/root/mnemonic", bip39_seed(vector["mnemonic"], vector["passphrase"]), {}
    if kind == "wallet":
        scope = vector["scope"]
        vault, owner = address(scope["vault"]), address(scope["owner"])
        sep, struct_hash, digest = eip712_hashes(scope["chain_id"], vault, owner, vector["epoch"])
        key = unhex(vector["private_key"])
        first = canonical_signature(key, digest)
        second = canonical_signature(key, digest)
        assert hmac.compare_digest(first, second), "the signer must be deterministic"
        signer = eth_address(coincurve.PrivateKey(key).public_key)
        assert recover(first, digest) == signer
        extra = {
            "signer": signer,
            "eip712_domain_separator": sep,
            "eip712_struct_hash": struct_hash,
            "eip712_signing_hash": digest,
        }
        return b"memsync/v1/root/wallet", first, extra
    raise AssertionError(f"unknown root kind {kind}")


class EpochKeys:
    LABELS = {
        "kek": b"memsync/v1/key-encryption-key",
        "record_id_key": b"memsync/v1/record-id-key",
        "key_check": b"memsync/v1/key-check",
    }

    def __init__(self, root: bytes, chain_id: int, vault: bytes, owner: bytes, epoch: int):
        self.epoch = epoch
        self.scope = (chain_id, vault, owner)
        self.prk = hkdf_extract(b"memsync/v1/epoch-keys", root)
        tail = scope_bytes(chain_id, vault, owner) + u64be(epoch)
        for name, label in self.LABELS.items():
            setattr(self, name, hkdf_expand(self.prk, label + tail))

    def record_id(self, logical_id: bytes) -> bytes:
        return hmac.new(self.record_id_key, logical_id, hashlib.sha256).digest()[:16] + bytes(16)


ROOTS = {v["name"]: v for v in VECTORS["roots"]}


def derive_root(name: str) -> bytes:
    vector = ROOTS[name]
    salt, ikm, _ = root_ikm(vector)
    return epoch_root(salt, ikm, vector["epoch"])


def derive_keys(name: str) -> EpochKeys:
    vector = next(k for k in VECTORS["epoch_keys"] if k["name"] == name)
    scope = vector["scope"]
    root_vector = ROOTS[vector["root"]]
    return EpochKeys(
        derive_root(vector["root"]),
        scope["chain_id"],
        address(scope["vault"]),
        address(scope["owner"]),
        root_vector["epoch"],
    )


# --- envelope (FORMAT.md, "Envelope") -----------------------------------------------------------


def padme(length: int) -> int:
    e = length.bit_length() - 1
    s = e.bit_length()
    mask = (1 << (e - s)) - 1
    return (length + mask) & ~mask


def padded_len(n: int) -> int:
    return padme(max(n + 1, MIN_PADDED))


def valid_padded_len(p: int) -> bool:
    return MIN_PADDED <= p <= MAX_PADDED and padme(p) == p


class Context:
    def __init__(self, c: dict):
        self.chain_id = c["chain_id"]
        self.vault = address(c["vault"])
        self.owner = address(c["owner"])
        self.record_id = unhex(c["record_id"])
        self.version = c["version"]
        self.mode = c["mode"]

    def replace(self, **changes) -> "Context":
        other = object.__new__(Context)
        other.__dict__.update(self.__dict__, **changes)
        return other

    def aad(self, purpose: int, epoch: int) -> bytes:
        return (
            b"MSEV"
            + u8(1)
            + u8(purpose)
            + u64be(self.chain_id)
            + self.vault
            + self.owner
            + self.record_id
            + u64be(self.version)
            + u8(self.mode)
            + u64be(epoch)
        )


def wrap_aad(ctx: Context, epoch: int, padded: int, chunks: int) -> bytes:
    return ctx.aad(0, epoch) + u32be(padded) + u32be(chunks)


def chunk_aad(ctx: Context, epoch: int, padded: int, chunks: int, index: int) -> bytes:
    return ctx.aad(1, epoch) + u32be(padded) + u32be(chunks) + u32be(index)


def rekey_aad(ctx: Context, epoch: int, body_version: int, body_mode: int, body_hash: bytes) -> bytes:
    return ctx.aad(2, epoch) + u64be(body_version) + u8(body_mode) + body_hash


def chunk_nonce(index: int) -> bytes:
    return u32be(0) + u64be(index)


def parse_full(envelope: bytes) -> dict:
    if len(envelope) < 18 or envelope[:4] != b"MSEV" or envelope[4] != 1 or envelope[5] != 0:
        raise Unopenable
    epoch, padded = struct.unpack(">QI", envelope[6:18])
    if not valid_padded_len(padded):
        raise Unopenable
    chunks = -(-padded // CHUNK_LEN)
    if len(envelope) != 78 + padded + TAG_LEN * chunks:
        raise Unopenable
    return {
        "epoch": epoch,
        "padded_len": padded,
        "chunk_count": chunks,
        "wrap_nonce": envelope[18:30],
        "wrapped_key": envelope[30:78],
    }


def unwrap(kek: bytes, nonce: bytes, wrapped: bytes, aad: bytes) -> bytes:
    try:
        return AESGCMSIV(kek).decrypt(nonce, wrapped, aad)
    except InvalidTag:
        raise Unopenable from None


def open_body(data_key: bytes, ctx: Context, envelope: bytes) -> bytes:
    header = parse_full(envelope)
    padded, chunks, epoch = header["padded_len"], header["chunk_count"], header["epoch"]
    cipher, plain, offset = AESGCMSIV(data_key), b"", 78
    for i in range(chunks):
        size = min(CHUNK_LEN, padded - i * CHUNK_LEN) + TAG_LEN
        try:
            plain += cipher.decrypt(
                chunk_nonce(i), envelope[offset : offset + size], chunk_aad(ctx, epoch, padded, chunks, i)
            )
        except InvalidTag:
            raise Unopenable from None
        offset += size
    stripped = plain.rstrip(b"\x00")
    if not stripped or stripped[-1] != 0x80 or padded_len(len(stripped) - 1) != padded:
        raise Unopenable
    return stripped[:-1]


def open_full(keyring: dict[int, EpochKeys], ctx: Context, envelope: bytes) -> bytes:
    header = parse_full(envelope)
    keys = keyring.get(header["epoch"])
    if keys is None or keys.scope != (ctx.chain_id, ctx.vault, ctx.owner):
        raise Unopenable
    aad = wrap_aad(ctx, header["epoch"], header["padded_len"], header["chunk_count"])
    data_key = unwrap(keys.kek, header["wrap_nonce"], header["wrapped_key"], aad)
    return open_body(data_key, ctx, envelope)


def parse_rekey(envelope: bytes) -> dict:
    if len(envelope) != 115 or envelope[:4] != b"MSEV" or envelope[4] != 1 or envelope[5] != 1:
        raise Unopenable
    epoch, body_version, body_mode = struct.unpack(">QQB", envelope[6:23])
    if body_mode > 2:
        raise Unopenable
    return {
        "epoch": epoch,
        "body_version": body_version,
        "body_mode": body_mode,
        "body_hash": envelope[23:55],
        "wrap_nonce": envelope[55:67],
        "wrapped_key": envelope[67:115],
    }


def open_rekeyed(keyring: dict[int, EpochKeys], ctx: Context, rekey: bytes, body: bytes) -> bytes:
    header = parse_rekey(rekey)
    if keccak256(body) != header["body_hash"] or header["body_version"] >= ctx.version:
        raise Unopenable
    keys = keyring.get(header["epoch"])
    if keys is None:
        raise Unopenable
    aad = rekey_aad(ctx, header["epoch"], header["body_version"], header["body_mode"], header["body_hash"])
    data_key = unwrap(keys.kek, header["wrap_nonce"], header["wrapped_key"], aad)
    body_ctx = ctx.replace(version=header["body_version"], mode=header["body_mode"])
    return open_body(data_key, body_ctx, body)


def seal_full(keys: EpochKeys, ctx: Context, body: bytes, data_key: bytes, wrap_nonce: bytes) -> bytes:
    padded = padded_len(len(body))
    chunks = -(-padded // CHUNK_LEN)
    plain = body + b"\x80" + b"\x00" * (padded - len(body) - 1)
    out = b"MSEV" + u8(1) + u8(0) + u64be(keys.epoch) + u32be(padded) + wrap_nonce
    out += AESGCMSIV(keys.kek).encrypt(wrap_nonce, data_key, wrap_aad(ctx, keys.epoch, padded, chunks))
    for i in range(chunks):
        part = plain[i * CHUNK_LEN : (i + 1) * CHUNK_LEN]
        out += AESGCMSIV(data_key).encrypt(chunk_nonce(i), part, chunk_aad(ctx, keys.epoch, padded, chunks, i))
    return out


def body_bytes(spec: dict) -> bytes:
    if "hex" in spec:
        return unhex(spec["hex"])
    return bytes((i * 31 + 7) % 256 for i in range(spec["pattern_len"]))


# --- fixtures -----------------------------------------------------------------------------------

KEYS_BY_NAME = {k["name"]: derive_keys(k["name"]) for k in VECTORS["epoch_keys"]}
ENVELOPES = {e["name"]: e for e in VECTORS["envelopes"]}


def keyring_of(*names: str) -> dict[int, EpochKeys]:
    return {KEYS_BY_NAME[n].epoch: KEYS_BY_NAME[n] for n in names}


def seed_file_keyring() -> dict[int, EpochKeys]:
    return keyring_of(*(n for n in KEYS_BY_NAME if n.startswith("seed-file")))


# --- tests --------------------------------------------------------------------------------------


def test_padme_matches_the_format():
    assert [padded_len(n) for n in (0, 255, 256, 999, 70000)] == [256, 256, 272, 1024, 71680]
    for n in range(0, 70000, 7):
        p = padded_len(n)
        assert valid_padded_len(p) and p > n
    assert not valid_padded_len(257) and not valid_padded_len(MAX_PADDED + 1)


@pytest.mark.parametrize("vector", VECTORS["roots"], ids=lambda v: v["name"])
def test_roots(vector):
    salt, ikm, extra = root_ikm(vector)
    assert salt.decode() == vector["salt"]
    assert ikm.hex() == vector["ikm"]
    info = b"memsync/v1/epoch-root" + u64be(vector["epoch"])
    assert info.hex() == vector["info"]
    assert epoch_root(salt, ikm, vector["epoch"]).hex() == vector["root"]
    for field, value in extra.items():
        expected = vector[field]
        assert value == unhex(expected), field


def test_bip39_seed_is_the_standard_one():
    # The BIP-39 reference vector for this phrase and passphrase.
    seed = bip39_seed("abandon " * 11 + "about", "TREZOR")
    assert seed.hex().startswith("c55257c360c07c72029aebc1b53c05ed0362ada38ead3e3e9efa3708e5349553")


@pytest.mark.parametrize("vector", VECTORS["epoch_keys"], ids=lambda v: v["name"])
def test_epoch_keys(vector):
    keys = KEYS_BY_NAME[vector["name"]]
    assert keys.epoch == vector["epoch"]
    assert keys.prk.hex() == vector["prk"]
    assert keys.kek.hex() == vector["key_encryption_key"]
    assert keys.record_id_key.hex() == vector["record_id_key"]
    assert keys.key_check.hex() == vector["key_check"]
    for entry in vector["record_ids"]:
        assert "0x" + keys.record_id(entry["logical_id"].encode()).hex() == entry["record_id"]


def test_epochs_differ():
    checks = {k.key_check for k in KEYS_BY_NAME.values()}
    assert len(checks) == len(KEYS_BY_NAME)


@pytest.mark.parametrize("vector", VECTORS["envelopes"], ids=lambda v: v["name"])
def test_envelope_opens_and_reseals(vector):
    keys = KEYS_BY_NAME[vector["keys"]]
    ctx = Context(vector["context"])
    envelope = unhex(vector["envelope"])
    body = body_bytes(vector["body"])
    assert len(body) == vector["body_len"]

    header = parse_full(envelope)
    assert header["epoch"] == keys.epoch
    assert header["padded_len"] == vector["padded_len"] == padded_len(len(body))
    assert header["chunk_count"] == vector["chunk_count"] == len(vector["chunk_aads"])
    assert header["wrap_nonce"].hex() == vector["wrap_nonce"]
    assert wrap_aad(ctx, keys.epoch, header["padded_len"], header["chunk_count"]).hex() == vector["wrap_aad"]
    for i, aad in enumerate(vector["chunk_aads"]):
        assert chunk_aad(ctx, keys.epoch, header["padded_len"], header["chunk_count"], i).hex() == aad
    assert keccak256(envelope).hex() == vector["envelope_keccak256"][2:]

    assert open_full(keyring_of(vector["keys"]), ctx, envelope) == body
    data_key = unwrap(
        keys.kek,
        header["wrap_nonce"],
        header["wrapped_key"],
        wrap_aad(ctx, keys.epoch, header["padded_len"], header["chunk_count"]),
    )
    assert data_key.hex() == vector["data_key"]
    assert seal_full(keys, ctx, body, data_key, header["wrap_nonce"]) == envelope


@pytest.mark.parametrize("vector", VECTORS["envelopes"], ids=lambda v: v["name"])
def test_envelope_tampering_fails(vector):
    ring = keyring_of(vector["keys"])
    ctx = Context(vector["context"])
    envelope = unhex(vector["envelope"])
    positions = sorted({0, 4, 5, 6, 13, 14, 17, 18, 29, 30, 77, 78, 79, len(envelope) // 2, len(envelope) - 1}
                       | {78 + i * (CHUNK_LEN + TAG_LEN) for i in range(vector["chunk_count"])})
    for pos in positions:
        for bit in (0, 7):
            tampered = bytearray(envelope)
            tampered[pos] ^= 1 << bit
            with pytest.raises(Unopenable):
                open_full(ring, ctx, bytes(tampered))
    for cut in (0, 17, 78, len(envelope) - 1):
        with pytest.raises(Unopenable):
            open_full(ring, ctx, envelope[:cut])
    with pytest.raises(Unopenable):
        open_full(ring, ctx, envelope + b"\x00")
    for moved in (
        ctx.replace(version=ctx.version + 1),
        ctx.replace(mode=(ctx.mode + 1) % 3),
        ctx.replace(record_id=bytes(32)),
        ctx.replace(chain_id=1),
    ):
        with pytest.raises(Unopenable):
            open_full(ring, moved, envelope)


def test_chunks_cannot_be_reordered():
    vector = next(e for e in VECTORS["envelopes"] if e["chunk_count"] > 1)
    envelope = unhex(vector["envelope"])
    first = envelope[78 : 78 + CHUNK_LEN + TAG_LEN]
    rest = envelope[78 + CHUNK_LEN + TAG_LEN :]
    # Re-split the same bytes so that the second chunk comes first: same total length.
    swapped = envelope[:78] + rest + first
    with pytest.raises(Unopenable):
        open_full(keyring_of(vector["keys"]), Context(vector["context"]), swapped)


@pytest.mark.parametrize("vector", VECTORS["rekeys"], ids=lambda v: v["name"])
def test_rekey_envelope(vector):
    ring = seed_file_keyring()
    keys = KEYS_BY_NAME[vector["keys"]]
    ctx = Context(vector["to_context"])
    rekey = unhex(vector["envelope"])
    body_vector = ENVELOPES[vector["body_envelope"]]
    body_envelope = unhex(body_vector["envelope"])

    header = parse_rekey(rekey)
    assert header["epoch"] == keys.epoch
    assert header["body_version"] == vector["body_version"] == body_vector["context"]["version"]
    assert header["body_mode"] == vector["body_mode"] == body_vector["context"]["mode"]
    assert header["body_hash"] == keccak256(body_envelope) == unhex(vector["body_hash"])
    aad = rekey_aad(ctx, keys.epoch, header["body_version"], header["body_mode"], header["body_hash"])
    assert aad.hex() == vector["aad"]

    assert open_rekeyed(ring, ctx, rekey, body_envelope) == body_bytes(body_vector["body"])
    # Only the newest epoch is needed to read a re-keyed record.
    assert open_rekeyed({keys.epoch: keys}, ctx, rekey, body_envelope) == body_bytes(body_vector["body"])

    data_key = unhex(body_vector["data_key"])
    resealed = rekey[:55] + header["wrap_nonce"] + AESGCMSIV(keys.kek).encrypt(header["wrap_nonce"], data_key, aad)
    assert resealed == rekey

    for pos in (5, 6, 14, 22, 23, 54, 55, 67, 114):
        tampered = bytearray(rekey)
        tampered[pos] ^= 1
        with pytest.raises(Unopenable):
            open_rekeyed(ring, ctx, bytes(tampered), body_envelope)
    with pytest.raises(Unopenable):
        open_rekeyed(ring, ctx.replace(version=ctx.version + 1), rekey, body_envelope)
    other_body = unhex(next(e for e in VECTORS["envelopes"] if e["name"] != body_vector["name"])["envelope"])
    with pytest.raises(Unopenable):
        open_rekeyed(ring, ctx, rekey, other_body)
