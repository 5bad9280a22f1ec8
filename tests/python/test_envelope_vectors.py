"""An independent decoder of MemSync's key hierarchy and record envelope.

Written from docs/FORMAT.md alone, with `cryptography` (HKDF, AES-256-GCM-SIV), `pycryptodome`
(Keccak-256), `coincurve` (libsecp256k1 ECDSA) and the standard library (HMAC, PBKDF2). It
re-derives every key from its root source, rebuilds every associated data, opens every envelope of
sdk/tests/vectors/envelope.json, seals it again byte for byte, and checks that tampering fails.

Its `memory_records` section is shaped like the memory layer's records on chain: the decoder
recomputes their record ids from the binary logical ids, checks every memory body against the
rules of `memory/1` (and that it is byte for byte what a writer writes), reads the vector record's
layout, parses the packed batch, recomputes each operation hash and the hash-chain head, and reads
the memories back from the batch's bytes alone.

Run: pip install -r tests/python/requirements.txt && python3 -m pytest tests/python
"""

from __future__ import annotations

import calendar
import hashlib
import hmac
import json
import math
import re
import struct
import unicodedata
from decimal import Decimal
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
MEMORY_RECORDS = VECTORS["memory_records"]
# The envelope vectors, and the sealed record versions of the memory records.
ALL_ENVELOPES = VECTORS["envelopes"] + [r["sealed"] for r in MEMORY_RECORDS["records"]]


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


@pytest.mark.parametrize("vector", ALL_ENVELOPES, ids=lambda v: v["name"])
def test_envelope_opens_and_reseals(vector):
    check_envelope(vector)


def check_envelope(vector: dict) -> bytes:
    """Opens an envelope vector, checks every intermediate value, seals it again; the body."""
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
    return body


@pytest.mark.parametrize("vector", ALL_ENVELOPES, ids=lambda v: v["name"])
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


# --- memory records (FORMAT.md, "Memory records", "Export format", "Log hash chain", "Packed
# batches") -------------------------------------------------------------------------------------

CATEGORIES = [
    "identity", "career", "interests", "relationships", "health",
    "finance", "learning", "travel", "productivity", "private",
]
SOURCE_FIELDS = ["app", "agent_id", "thread_id"]
MAX_TEXT_BYTES, MAX_TAGS, MAX_TAG_BYTES, MAX_SOURCE_BYTES = 8192, 32, 64, 256
MAX_CODE_CIPHERTEXT = 24576 - 1
TIME = re.compile(r"^([+-]\d{6}|\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.(\d{1,9}))?(Z|[+-]\d\d:\d\d)$")
IDS = {i["name"]: i for i in MEMORY_RECORDS["ids"]}
RECORDS = {r["sealed"]["name"]: r for r in MEMORY_RECORDS["records"]}
# Operation kinds of the log (not the envelope's storage modes: a code record is mode 2).
OP_KINDS = {"inline": 0, "pointer": 1, "tombstone": 2, "code": 3}
MODES = {"inline": 0, "pointer": 1, "code": 2}
KEY_CHECK_TAG = 16


class MalformedMemory(Exception):
    """A memory body that breaks the rules of FORMAT.md (unreadable, not "not a memory")."""


def f32(x: float) -> float:
    return struct.unpack("<f", struct.pack("<f", x))[0]


def f32_text(x: float) -> str:
    """A 32-bit float as a writer writes it: the fewest significant digits that read back as the
    same float, positional from 1e-6 up with at least one digit after the point."""
    x = f32(x)
    if x == 0:
        return "-0.0" if math.copysign(1.0, x) < 0 else "0.0"
    shortest = next(t for t in (f"{x:.{p}g}" for p in range(1, 10)) if f32(float(t)) == x)
    if abs(Decimal(shortest)) < Decimal("1e-6"):
        mantissa, exponent = f"{Decimal(shortest):e}".split("e")
        return f"{mantissa}e{int(exponent)}"
    text = format(Decimal(shortest), "f")
    return text if "." in text else text + ".0"


def parse_time(text) -> tuple[int, int]:
    """An RFC 3339 time as (unix seconds, nanoseconds)."""
    match = TIME.match(text) if isinstance(text, str) else None
    if not match:
        raise MalformedMemory(f"not a time: {text!r}")
    year, month, day, hour, minute, second, fraction, offset = match.groups()
    seconds = calendar.timegm((int(year), int(month), int(day), int(hour), int(minute), int(second)))
    if offset != "Z":
        sign = 1 if offset[0] == "+" else -1
        seconds -= sign * (int(offset[1:3]) * 3600 + int(offset[4:6]) * 60)
    return seconds, int((fraction or "").ljust(9, "0"))


def no_duplicates(pairs):
    keys = [k for k, _ in pairs]
    if len(keys) != len(set(keys)):
        raise MalformedMemory(f"a repeated field among {keys}")
    return dict(pairs)


def read_memory_body(plaintext: bytes) -> dict | None:
    """A memory body as a reader reads it: the memory's fields, or None for a record that is not a
    memory. Raises MalformedMemory for a malformed one."""
    try:
        body = json.loads(plaintext.decode("utf-8"), object_pairs_hook=no_duplicates)
    except (UnicodeDecodeError, ValueError):
        return None
    marker = body.get("memsync") if isinstance(body, dict) else None
    if not isinstance(marker, str) or not marker.startswith("memory/"):
        return None
    if body["memsync"] != "memory/1":
        raise MalformedMemory(f"a later layout {body['memsync']}")
    for field in ("id", "text", "kind", "created_at", "updated_at", "confidence"):
        if field not in body:
            raise MalformedMemory(f"no {field}")
    memory_id, text, kind = body["id"], body["text"], body["kind"]
    if not (isinstance(memory_id, str) and re.fullmatch(r"[0-9a-f]{32}", memory_id)):
        raise MalformedMemory("id")
    if not isinstance(text, str) or not text.strip() or len(text.encode()) > MAX_TEXT_BYTES:
        raise MalformedMemory("text")
    if kind not in ("semantic", "episodic"):
        raise MalformedMemory("kind")
    created, updated = parse_time(body["created_at"]), parse_time(body["updated_at"])
    expires = body.get("expires_at")
    if expires is not None:
        if kind != "episodic" or parse_time(expires) < created:
            raise MalformedMemory("expires_at")
    categories, tags, source = body.get("categories", []), body.get("tags", []), body.get("source", {})
    if not isinstance(categories, list) or any(c not in CATEGORIES for c in categories):
        raise MalformedMemory("categories")
    if not isinstance(tags, list) or len(set(tags)) > MAX_TAGS or any(
        not isinstance(t, str) or not t.strip() or len(t.encode()) > MAX_TAG_BYTES for t in tags
    ):
        raise MalformedMemory("tags")
    if not isinstance(source, dict) or any(
        k in SOURCE_FIELDS and (not isinstance(v, str) or len(v.encode()) > MAX_SOURCE_BYTES)
        for k, v in source.items()
    ):
        raise MalformedMemory("source")
    confidence = body["confidence"]
    if isinstance(confidence, bool) or not isinstance(confidence, (int, float)) or not 0 <= f32(confidence) <= 1:
        raise MalformedMemory("confidence")
    return {
        "id": memory_id,
        "text": text,
        "kind": kind,
        "expires_at": None if expires is None else parse_time(expires),
        "categories": set(categories),
        "tags": set(tags),
        "source": {k: v for k, v in source.items() if k in SOURCE_FIELDS},
        "created_at": created,
        "updated_at": updated,
        "confidence": f32(confidence),
    }


def written_memory_body(memory: dict) -> bytes:
    """The body a writer writes for an export-shaped memory (FORMAT.md, "Memory records"): compact
    JSON, fields in the example's order, categories in the list's order, tags by UTF-8 bytes."""
    def string(s: str) -> str:
        return json.dumps(s, ensure_ascii=False)

    fields = [("memsync", string("memory/1")), ("id", string(memory["id"])), ("text", string(memory["text"])),
              ("kind", string(memory["kind"]))]
    if memory.get("expires_at") is not None:
        fields.append(("expires_at", string(memory["expires_at"])))
    categories = sorted(memory.get("categories", []), key=CATEGORIES.index)
    tags = sorted(memory.get("tags", []), key=lambda t: t.encode())
    source = memory.get("source", {})
    fields += [
        ("categories", "[" + ",".join(map(string, categories)) + "]"),
        ("tags", "[" + ",".join(map(string, tags)) + "]"),
        ("source", "{" + ",".join(f"{string(k)}:{string(source[k])}" for k in SOURCE_FIELDS if k in source) + "}"),
        ("created_at", string(memory["created_at"])),
        ("updated_at", string(memory["updated_at"])),
        ("confidence", f32_text(memory["confidence"])),
    ]
    return ("{" + ",".join(f"{string(k)}:{v}" for k, v in fields) + "}").encode()


def expected_reading(memory: dict) -> dict:
    """What read_memory_body gives for the body of an export-shaped memory."""
    return {
        "id": memory["id"],
        "text": memory["text"],
        "kind": memory["kind"],
        "expires_at": parse_time(memory["expires_at"]) if memory.get("expires_at") else None,
        "categories": set(memory.get("categories", [])),
        "tags": set(memory.get("tags", [])),
        "source": memory.get("source", {}),
        "created_at": parse_time(memory["created_at"]),
        "updated_at": parse_time(memory["updated_at"]),
        "confidence": f32(memory["confidence"]),
    }


def read_vector_record(plaintext: bytes) -> tuple[bytes, str, list[float]]:
    """(memory id, model, values) of a vector record: the id, then the vector layout."""
    memory_id, layout = plaintext[:16], plaintext[16:]
    assert len(memory_id) == 16 and layout[:3] == b"MSV" and layout[3] == 1
    model_len = layout[4]
    assert 1 <= model_len
    model = layout[5 : 5 + model_len].decode("utf-8")
    (dimensions,) = struct.unpack("<I", layout[5 + model_len : 9 + model_len])
    assert 1 <= dimensions <= 16384
    values = layout[9 + model_len :]
    assert len(values) == 4 * dimensions
    floats = list(struct.unpack(f"<{dimensions}f", values))
    assert all(math.isfinite(v) for v in floats)
    return memory_id, model, floats


def logical_id(id_vector: dict) -> bytes:
    return id_vector["record_kind"].encode() + b"/" + bytes.fromhex(id_vector["memory_id"])


def create_address(sender: bytes, nonce: int) -> bytes:
    """The address CREATE gives (keccak256 of the RLP list [sender, nonce]), for 1 <= nonce < 128."""
    assert len(sender) == 20 and 1 <= nonce < 0x80
    payload = b"\x94" + sender + bytes([nonce])
    return keccak256(bytes([0xC0 + len(payload)]) + payload)[12:]


def parse_batch(packed: bytes) -> list[dict]:
    ops, p = [], 0
    while p < len(packed):
        header = packed[p]
        assert header & 0xC0 == 0, f"reserved bits at {p}"
        kind, short, vlen = header & 0x03, header & 0x04, ((header >> 3) & 0x07) + 1
        q = p + 1
        record_id = packed[q : q + 16] + bytes(16) if short else packed[q : q + 32]
        q += 16 if short else 32
        version = int.from_bytes(packed[q : q + vlen], "big")
        q += vlen
        op = {"offset": p, "header": header, "kind": kind, "id": record_id, "version": version}
        if kind in (0, 3):
            length = int.from_bytes(packed[q : q + 3], "big")
            op["framing"] = packed[p : q + 3]
            op["ciphertext"] = packed[q + 3 : q + 3 + length]
            assert len(op["ciphertext"]) == length, f"operation at {p} runs past the end"
            q += 3 + length
        elif kind == 1:
            op["content_hash"] = packed[q : q + 32]
            length = int.from_bytes(packed[q + 32 : q + 34], "big")
            op["uri"] = packed[q + 34 : q + 34 + length].decode("ascii")
            q += 34 + length
        else:
            op["framing"] = packed[p:q]
        assert q <= len(packed)
        ops.append(op)
        p = q
    return ops


def encode_op(kind: int, record_id: bytes, version: int, ciphertext: bytes | None) -> bytes:
    vlen = max(1, (version.bit_length() + 7) // 8)
    short = record_id[16:] == bytes(16)
    out = bytes([kind | (0x04 if short else 0) | ((vlen - 1) << 3)])
    out += (record_id[:16] if short else record_id) + version.to_bytes(vlen, "big")
    if ciphertext is not None:
        out += len(ciphertext).to_bytes(3, "big") + ciphertext
    return out


def op_hash(kind: int, record_id: bytes, version: int, ciphertext: bytes | None, pointer: bytes | None) -> bytes:
    if kind == 0:
        return keccak256(word(0) + record_id + word(version) + keccak256(ciphertext))
    if kind == 2:
        return keccak256(word(2) + record_id + word(version))
    if kind == 3:
        return keccak256(word(3) + record_id + word(version) + keccak256(ciphertext) + bytes(12) + pointer)
    raise AssertionError(f"kind {kind}")


def next_head(head: bytes, seq: int, op: bytes) -> bytes:
    return keccak256(head + word(seq) + op)


@pytest.mark.parametrize("vector", MEMORY_RECORDS["ids"], ids=lambda v: v["name"])
def test_memory_record_ids(vector):
    logical = logical_id(vector)
    assert vector["record_kind"] in ("memory", "vector")
    assert len(logical) == 23 and logical.hex() == vector["logical_id"]
    if "id_key" in vector:
        digest = hashlib.sha256(b"memsync/v1/memory-id\x00" + vector["id_key"].encode()).digest()
        assert digest[:16].hex() == vector["memory_id"]
    assert len(vector["record_ids"]) >= 2
    for entry in vector["record_ids"]:
        record_id = KEYS_BY_NAME[entry["keys"]].record_id(logical)
        assert record_id[16:] == bytes(16)
        assert "0x" + record_id.hex() == entry["record_id"]


def test_memory_logical_ids_are_bytes_not_text():
    # A real id is binary: a reader must hash the bytes, not a text form of them.
    assert any(not is_utf8(logical_id(v)) for v in MEMORY_RECORDS["ids"])


def is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


@pytest.mark.parametrize("record", MEMORY_RECORDS["records"], ids=lambda r: r["sealed"]["name"])
def test_memory_record_opens_to_its_body(record):
    sealed = record["sealed"]
    body = check_envelope(sealed)
    id_vector = IDS[record["id"]]
    keys = KEYS_BY_NAME[sealed["keys"]]
    assert unhex(sealed["context"]["record_id"]) == keys.record_id(logical_id(id_vector))
    if id_vector["record_kind"] == "memory":
        memory = record["memory"]
        assert body.decode("utf-8") == record["body_text"]
        read = read_memory_body(body)
        assert read is not None
        # The record is the HMAC of "memory/" and the id the body names; the version is the
        # record's, never in the body.
        assert keys.record_id(b"memory/" + bytes.fromhex(read["id"])) == unhex(sealed["context"]["record_id"])
        assert "version" not in json.loads(body)
        assert memory["version"] == sealed["context"]["version"]
        assert read == expected_reading(memory)
        # And it is byte for byte what FORMAT.md says a writer writes.
        assert body == written_memory_body(memory)
    else:
        memory_id, model, values = read_vector_record(body)
        assert memory_id.hex() == id_vector["memory_id"]
        assert model == record["embedding"]["model"]
        assert values == [f32(v) for v in record["embedding"]["values"]]


def test_a_memory_body_reader_refuses_what_format_md_refuses():
    body = json.loads(RECORDS["memory-allergy-v1"]["body_text"])
    assert read_memory_body(b"I prefer metric units.") is None
    assert read_memory_body(json.dumps({**body, "memsync": "other/1"}).encode()) is None
    # Missing categories, tags and source read as empty; unknown fields are ignored.
    minimal = {k: v for k, v in body.items() if k not in ("categories", "tags", "source")}
    read = read_memory_body(json.dumps({**minimal, "later_field": 1}).encode())
    assert read["categories"] == set() and read["tags"] == set() and read["source"] == {}
    for broken in (
        {**body, "memsync": "memory/2"},
        {**body, "categories": ["preferences"]},
        {**body, "confidence": 1.5},
        {**body, "confidence": "0.9"},
        {**body, "text": " "},
        {**body, "expires_at": "2027-01-01T00:00:00Z"},  # on a semantic memory
        {k: v for k, v in body.items() if k != "created_at"},
    ):
        with pytest.raises(MalformedMemory):
            read_memory_body(json.dumps(broken).encode())


def test_confidence_is_written_as_format_md_says():
    assert [f32_text(x) for x in (1.0, 0.0, 0.95, 0.8, 1e-6, 2.5e-7, 1e-45)] == [
        "1.0", "0.0", "0.95", "0.8", "0.000001", "2.5e-7", "1e-45",
    ]
    assert f32_text(-0.0) == "-0.0"


def test_code_record_fits_in_code():
    code = [r for r in MEMORY_RECORDS["records"] if r["sealed"]["context"]["mode"] == MODES["code"]]
    assert code
    for record in code:
        assert len(unhex(record["sealed"]["envelope"])) <= MAX_CODE_CIPHERTEXT


def test_memory_log_hash_chain_and_packed_batch():
    log = MEMORY_RECORDS["log"]
    key_check_op = log["key_check"]
    keys = KEYS_BY_NAME[key_check_op["keys"]]
    assert key_check_op["epoch"] == keys.epoch and unhex(key_check_op["key_check"]) == keys.key_check
    publish = keccak256(word(KEY_CHECK_TAG) + word(keys.epoch) + keys.key_check)
    assert publish == unhex(key_check_op["op_hash"])
    head = next_head(bytes(32), key_check_op["seq"], publish)
    assert head == unhex(key_check_op["head"])

    batch = log["batch"]
    packed = unhex(batch["packed"])
    assert len(packed) == batch["packed_len"] and keccak256(packed) == unhex(batch["packed_keccak256"])
    parsed = parse_batch(packed)
    assert len(parsed) == len(batch["ops"])
    assert batch["first_seq"] == key_check_op["seq"] + 1
    vault = address(MEMORY_RECORDS["records"][0]["sealed"]["context"]["vault"])
    reencoded = b""
    for i, (op, vector) in enumerate(zip(parsed, batch["ops"])):
        seq = batch["first_seq"] + i
        assert vector["seq"] == seq
        assert op["kind"] == vector["op_kind"] == OP_KINDS[vector["kind"]]
        assert op["header"] == vector["header"] and op["framing"].hex() == vector["framing"]
        assert op["version"] == vector["version"]
        # A record keeps the id of the epoch it was created in (here the log's only epoch).
        assert op["id"] == keys.record_id(logical_id(IDS[vector["id"]])) == unhex(vector["record_id"])
        pointer = None
        if op["kind"] in (0, 3):
            sealed = RECORDS[vector["record"]]["sealed"]
            assert op["ciphertext"] == unhex(sealed["envelope"])
            assert unhex(sealed["context"]["record_id"]) == op["id"]
            assert sealed["context"]["version"] == op["version"]
            # Kind 3 in the batch and the operation hash, mode 2 in the envelope.
            assert sealed["context"]["mode"] == MODES[vector["kind"]]
            if op["kind"] == 3:
                # The contract RecordCodeStored names: the vault's first SSTORE2 deployment.
                pointer = create_address(vault, 1)
                assert pointer == address(vector["pointer"])
        else:
            assert "record" not in vector
        operation = op_hash(op["kind"], op["id"], op["version"], op.get("ciphertext"), pointer)
        assert operation == unhex(vector["op_hash"])
        head = next_head(head, seq, operation)
        assert head == unhex(vector["head"])
        reencoded += encode_op(op["kind"], op["id"], op["version"], op.get("ciphertext"))
    assert reencoded == packed
    assert head == unhex(batch["head"])


def test_memories_read_from_the_log_alone():
    """Replays the log's packed batch as a second implementation would: opens every write with the
    keys and the context the log gives, takes the highest version of each record as current, and
    gets the memories the vectors say, with the deleted one gone."""
    ring = keyring_of(MEMORY_RECORDS["log"]["key_check"]["keys"])
    keys = next(iter(ring.values()))
    scope = MEMORY_RECORDS["records"][0]["sealed"]["context"]
    current: dict[bytes, tuple[int, object]] = {}
    vectors: dict[bytes, tuple[str, list[float]]] = {}
    for op in parse_batch(unhex(MEMORY_RECORDS["log"]["batch"]["packed"])):
        if op["kind"] == 2:
            value = None
        else:
            mode = {0: MODES["inline"], 3: MODES["code"]}[op["kind"]]
            ctx = Context({**scope, "record_id": "0x" + op["id"].hex(), "version": op["version"], "mode": mode})
            plaintext = open_full(ring, ctx, op["ciphertext"])
            value = read_memory_body(plaintext)
            if value is None:
                memory_id, model, values = read_vector_record(plaintext)
                assert keys.record_id(b"vector/" + memory_id) == op["id"]
                vectors[memory_id] = (model, values)
                continue
            assert keys.record_id(b"memory/" + bytes.fromhex(value["id"])) == op["id"]
        if op["id"] not in current or op["version"] >= current[op["id"]][0]:
            current[op["id"]] = (op["version"], value)

    for id_vector in (v for v in MEMORY_RECORDS["ids"] if v["record_kind"] == "memory"):
        record_id = keys.record_id(logical_id(id_vector))
        ops = [o for o in MEMORY_RECORDS["log"]["batch"]["ops"] if o["id"] == id_vector["name"]]
        newest = max(ops, key=lambda o: o["version"])
        version, value = current[record_id]
        assert version == newest["version"]
        if newest["kind"] == "tombstone":
            assert value is None
        else:
            assert value == expected_reading(RECORDS[newest["record"]]["memory"])
    embedding = next(r for r in MEMORY_RECORDS["records"] if "embedding" in r)
    model, values = vectors[bytes.fromhex(IDS[embedding["id"]]["memory_id"])]
    assert model == embedding["embedding"]["model"]
    assert values == [f32(v) for v in embedding["embedding"]["values"]]
