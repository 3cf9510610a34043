"""An archived HTTP payload as a page's bytes: its WARC digests checked, its transfer
encoding removed, its content encoding (gzip, deflate, br) decoded under a size limit.

The limit applies to the decoded bytes, in steps, so that a gzip bomb of a few kilobytes
stops at the limit instead of filling memory (FastWARC's own decoding cannot stop early
and still read the next record).
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import io
import zlib

from ..errors import InputError

STEP = 1 << 20    # bytes of input handed to a decompressor at a time


def digest_matches(value: str, data: bytes) -> bool | None:
    """Whether a WARC digest (``sha1:BASE32``, ``sha256:HEX``...) is the digest of
    ``data``; None when the algorithm or the value cannot be read."""
    algorithm, _, expected = value.strip().partition(":")
    try:
        actual = hashlib.new(algorithm.strip().lower().replace("-", ""), data).digest()
    except (ValueError, TypeError):
        return None
    expected = expected.strip()
    for decode in (lambda v: base64.b32decode(v.upper() + "=" * (-len(v) % 8)), bytes.fromhex,
                   lambda v: base64.b64decode(v, validate=True)):
        try:
            if decode(expected) == actual:
                return True
        except (binascii.Error, ValueError):
            continue
    return False


def dechunk(raw: bytes) -> bytes:
    """A chunked (``Transfer-Encoding: chunked``) body as its data (warcio's reader;
    bytes that are not chunked after all come back as they are)."""
    from warcio.bufferedreaders import ChunkedDataReader
    return ChunkedDataReader(io.BytesIO(raw)).read()


def payload(raw: bytes, where: str, *, transfer_encoding: str = "", content_encoding: str = "",
            payload_digest: str = "", limit: int) -> bytes:
    """The page's bytes from an archived payload, or `InputError` (digest mismatch,
    decoded size over ``limit``, corrupt or unknown content encoding)."""
    chunked = "chunked" in transfer_encoding.lower()
    body = dechunk(raw) if chunked else raw
    if payload_digest:
        # writers disagree on whether the digest covers the chunked or the de-chunked body
        if digest_matches(payload_digest, raw) is False and not (chunked and digest_matches(payload_digest, body)):
            raise InputError(where, "WARC-Payload-Digest does not match the payload", "read", "DigestMismatch")
    for coding in reversed([c.strip().lower() for c in content_encoding.split(",") if c.strip()]):
        body = _decode(body, coding, limit, where)
    if len(body) > limit:
        raise InputError(where, f"payload of {len(body)} bytes is over the limit of {limit} (--max-decompressed)",
                         "decode", "TooLarge")
    return body


def _decode(data: bytes, coding: str, limit: int, where: str) -> bytes:
    if coding in ("identity", "none"):
        return data
    if coding in ("gzip", "x-gzip"):
        return _inflate(data, [16 + zlib.MAX_WBITS], limit, where, coding)
    if coding == "deflate":   # zlib-wrapped as the RFC says, or raw as many servers send it
        return _inflate(data, [zlib.MAX_WBITS, -zlib.MAX_WBITS], limit, where, coding)
    if coding == "br":
        return _unbrotli(data, limit, where)
    raise InputError(where, f"unsupported Content-Encoding {coding!r}", "decode", "BadEncoding")


def _too_large(where: str, limit: int) -> InputError:
    return InputError(where, f"decoded payload exceeds the limit of {limit} bytes (--max-decompressed)",
                      "decode", "TooLarge")


def _inflate(data: bytes, modes: list[int], limit: int, where: str, coding: str) -> bytes:
    for wbits in modes:
        inflater = zlib.decompressobj(wbits)
        try:
            out = inflater.decompress(data, limit + 1)
        except zlib.error as exc:
            error = exc
            continue
        if len(out) > limit or inflater.unconsumed_tail:
            raise _too_large(where, limit)
        return out + inflater.flush()
    raise InputError(where, f"corrupt {coding} content encoding: {error}", "decode", "BadEncoding")


def _unbrotli(data: bytes, limit: int, where: str) -> bytes:
    import brotli
    decompressor = brotli.Decompressor()
    out = bytearray()
    try:
        for start in range(0, len(data), STEP):
            out += decompressor.process(data[start:start + STEP], output_buffer_limit=limit + 1)
            while len(out) <= limit and not decompressor.can_accept_more_data():
                out += decompressor.process(b"", output_buffer_limit=limit + 1 - len(out))
            if len(out) > limit:
                raise _too_large(where, limit)
    except brotli.error as exc:
        raise InputError(where, f"corrupt br content encoding: {exc}", "decode", "BadEncoding") from None
    return bytes(out)
