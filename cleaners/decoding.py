"""Bytes to text the way a browser decodes a page, for every input path of corpus.

The one entry point is `decode_bytes` (``cleaners.readers.decode_bytes``)::

    decoded = decode_bytes(body, url, html=True, content_type=response_headers.get("Content-Type"))
    decoded.text        # the text, line ends normalised to "\\n"
    decoded.encoding    # the codec used (Python name: "utf-8", "cp1252", "cp1251", ...)
    decoded.via         # how it was chosen: "bom", "http", "meta", "utf-8", "detected"
    decoded.errors      # invalid byte sequences replaced by U+FFFD

``corpus clean`` (files, WARC records with their HTTP ``Content-Type``) and the Scrapy
pipeline (raw response bytes and the ``Content-Type`` header) call it through
`cleaners.pipeline.Pipeline.document`, so a page decodes alike on every path.

The order is the browser's (WHATWG): a byte-order mark, the ``charset`` parameter of the
HTTP ``Content-Type`` header, the page's ``<meta charset>`` (or XML declaration), then
UTF-8. The labels are read and resolved by ``w3lib.encoding`` (``latin1`` means
windows-1252, as in browsers). Two corrections, each from the bytes themselves:

* a declared legacy charset on bytes that are valid UTF-8 holding multi-byte sequences
  is a lie (a server default of ``ISO-8859-1``): they are read as UTF-8;
* bytes declared (or assumed) UTF-8 that hold no valid multi-byte sequence, or far
  more invalid ones than valid ones, are in a legacy charset: charset-normalizer picks
  it, among single-byte web encodings only unless at least 30 % of the text's bytes are
  non-ASCII (so mostly-ASCII text is never read as a CJK charset).

Otherwise only the bad bytes are replaced (U+FFFD) and counted in ``errors``: a UTF-8
page with one stray windows-1252 byte is one replacement, not a lost page. Stray NUL bytes (at
most `MAX_NUL_SHARE` of the page: damage of a crawl or a CMS; random binary data holds about
0.4 % of them) and other control characters, which no reader sees and lxml (so trafilatura)
refuses in a text node, are dropped and counted in ``errors``; a form feed becomes a line end. Inputs that
are not text at all raise `InputError` (stage ``decode``): empty, a known binary
signature, more NUL bytes than stray ones, control characters, or mostly invalid bytes.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding, read_bom, to_unicode

from .charset_hints import charsets_for, declared_language, letters_fit, preferred
from .errors import InputError

_MAGIC = (
    (b"%PDF", "PDF"), (b"\x89PNG", "PNG image"), (b"GIF8", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"), (b"PK\x03\x04", "ZIP archive"),
    (b"\x1f\x8b", "gzip data"), (b"\x7fELF", "ELF executable"), (b"RIFF", "RIFF media"),
)
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")
_ISO2022_JP_SHIFT = re.compile(rb"\x1b\$[@B]")     # ISO-2022-JP's switch to JIS X 0208
# a tag: no "<" inside, so each "<" is tried up to the next one only (``<[^>]*>`` tried every "<" of a page
# holding many and no ">" to the end: quadratic, 78 s for 320 KB of "<" and non-UTF-8 bytes)
_TAG = re.compile(rb"<[^<>]*>")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# the characters of _CONTROL, each looked for with ``in``: a string search (memchr on most pages'
# one-byte strings) is twice as fast as the character-class regex over a whole page
_CONTROL_CHARACTERS = tuple(c for c in map(chr, range(0x80)) if _CONTROL.match(c))
_STRAY = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")     # control characters XML (and so lxml) refuses, form feed aside
# the single-byte legacy encodings of the web, in order of preference among equal readings
SINGLE_BYTE = ("cp1252", "cp1250", "cp1251", "iso8859_15", "iso8859_2", "koi8_r", "koi8_u", "cp1253",
               "cp1254", "cp1255", "cp1256", "cp1257", "cp1258", "iso8859_4", "iso8859_5", "iso8859_7",
               "iso8859_13", "cp866", "cp874", "iso8859_6")
MULTI_BYTE = ("cp932", "euc_jp", "gb18030", "big5", "cp949")
_MULTI_BYTE_NAMES = frozenset(codecs.lookup(name).name for name in MULTI_BYTE + ("iso2022_jp",))
CJK_MIN_HIGH_BYTES = 0.30     # share of non-ASCII bytes in the text below which no CJK charset is tried
UTF8_BAD_PER_GOOD = 4         # invalid sequences tolerated per valid multi-byte one before UTF-8 is doubted
BINARY_ERRORS = 0.10          # share of replaced characters (over 16 of them) that marks binary data
MAX_NUL_SHARE = 0.001         # NUL bytes up to this share of a page are damage (dropped, counted); more: binary,
PADDING_NUL_SHARE = 0.05      # unless the page holds no other control byte (NUL padding of a database field):
_OTHER_CONTROL_BYTES = re.compile(rb"[\x01-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f]")   # random data: 12 % of them


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str      # Python codec name
    via: str           # bom | http | meta | utf-8 | detected
    errors: int = 0    # invalid byte sequences replaced by U+FFFD


def decode_bytes(data: bytes, source: str, html: bool = False, content_type: str | None = None) -> Decoded:
    """Decode one document (see the module doc); raise `InputError` when it is not text.

    ``html``: look for a ``<meta charset>``; ``content_type``: the HTTP ``Content-Type``
    header value as received (``"text/html; charset=ISO-8859-1"``), or None."""
    if not data.strip():
        raise InputError(source, "empty file", "decode", "EmptyFile")
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputError(source, f"binary file ({what})", "decode", "BinaryFile")
    decoded = _with_bom(data) or _utf16_without_bom(data)
    if decoded is None:
        if _binary_nul_bytes(data):
            raise InputError(source, "binary content (NUL bytes)", "decode", "BinaryFile")
        decoded = _declared(data, content_type, html) or _undeclared(data)
    text = decoded.text
    if not text.strip():    # a byte-order mark, UTF-16 or no-break spaces and nothing else: as an empty file
        raise InputError(source, f"empty file (white space only, read as {decoded.encoding})", "decode", "EmptyFile")
    controls = any(c in text for c in _CONTROL_CHARACTERS)     # (most pages hold no control character)
    sample = text[:65536]
    if controls and len(_CONTROL.findall(sample)) > 0.05 * len(sample):
        raise InputError(source, "binary content (control characters)", "decode", "BinaryFile")
    if _binary_share(decoded):
        raise InputError(source, f"binary content ({decoded.errors} of {len(text)} characters are not "
                                 f"valid {decoded.encoding})", "decode", "BinaryFile")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    errors = decoded.errors
    if controls and _STRAY.search(text):   # damage in a text page, no character a reader sees, refused by lxml: dropped
        text, stray = _STRAY.subn("", text)
        errors += stray
    if controls and "\x0c" in text:       # a form feed (a text dump's page break) is white space
        text = text.replace("\x0c", "\n")
    return Decoded(text, decoded.encoding, decoded.via, errors)


def _binary_nul_bytes(data: bytes) -> bool:
    """Whether the NUL bytes of ``data`` (not UTF-16) mark binary data: over `MAX_NUL_SHARE` of it, unless
    they are padding in text (at most `PADDING_NUL_SHARE`, and other control bytes under `MAX_NUL_SHARE`)."""
    nuls = data.count(b"\x00")
    if nuls <= MAX_NUL_SHARE * len(data):
        return False
    if nuls > PADDING_NUL_SHARE * len(data):
        return True
    return len(_OTHER_CONTROL_BYTES.findall(data)) > MAX_NUL_SHARE * len(data)


def _decode(data: bytes, encoding: str, via: str) -> Decoded:
    """Decode with replacement and count the replacements (not U+FFFD the text spells)."""
    text = to_unicode(data, encoding)
    errors = 0
    if "\ufffd" in text:
        errors = text.count("\ufffd") - data.decode(encoding, "ignore").count("\ufffd")
    return Decoded(text, codecs.lookup(encoding).name, via, errors)


def _with_bom(data: bytes) -> Decoded | None:
    encoding, bom = read_bom(data)
    if encoding is None or bom is None:
        return None
    return _decode(data[len(bom):], encoding, "bom")


def _utf16_without_bom(data: bytes) -> Decoded | None:
    """UTF-16 text files without a byte-order mark (every other byte zero)."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    for zeros, other, codec in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros.count(0) > 0.4 * len(zeros) and other.count(0) < 0.05 * len(zeros):
            try:
                return Decoded(data.decode(codec), codec, "detected")
            except UnicodeDecodeError:
                return None
    return None


def _declared(data: bytes, content_type: str | None, html: bool) -> Decoded | None:
    encoding, via = (http_content_type_encoding(content_type), "http") if content_type else (None, "")
    if encoding is None and html:
        encoding, via = html_body_declared_encoding(data), "meta"
    if encoding is None:
        return None
    if encoding in ("utf-16", "utf-32"):   # no BOM: the web's default byte order
        encoding += "-be"
    if codecs.lookup(encoding).name == "utf-8":
        return _utf8_or_legacy(data, via)
    valid = _UTF8_MULTIBYTE.search(data) is not None
    if valid and _is_utf8(data):
        return Decoded(data.decode("utf-8"), "utf-8", "utf-8")    # the declaration lies
    declared = _decode(data, encoding, via)
    if declared.errors and valid:
        as_utf8 = _decode(data, "utf-8", "utf-8")
        if as_utf8.errors < declared.errors:
            return as_utf8
    return declared


def _undeclared(data: bytes) -> Decoded:
    if _ISO2022_JP_SHIFT.search(data):      # 7-bit Japanese: valid UTF-8 (ASCII) with escape sequences
        try:
            return Decoded(data.decode("iso2022_jp"), "iso2022_jp", "detected")
        except UnicodeDecodeError:
            pass
    return _utf8_or_legacy(data, "utf-8")


def _utf8_or_legacy(data: bytes, via: str) -> Decoded:
    """UTF-8 with its bad bytes replaced, unless the bytes are plainly a legacy charset."""
    try:
        return Decoded(data.decode("utf-8"), "utf-8", via)
    except UnicodeDecodeError:
        pass
    as_utf8 = _decode(data, "utf-8", via)
    valid = len(_UTF8_MULTIBYTE.findall(data))
    if valid and as_utf8.errors <= UTF8_BAD_PER_GOOD * valid and not _binary_share(as_utf8):
        return as_utf8
    return _detect(data, as_utf8)


def _binary_share(decoded: Decoded) -> bool:
    """Whether ``decoded`` has so many replacements that it would be refused as binary: then the bytes are no UTF-8,
    whatever pairs of them happen to form valid UTF-8 sequences (Shift_JIS, EUC-JP, TIS-620 text holds many)."""
    return decoded.errors > 16 and decoded.errors > BINARY_ERRORS * len(decoded.text)


def _detect(data: bytes, fallback: Decoded) -> Decoded:
    import charset_normalizer

    text_bytes = _TAG.sub(b" ", data) if data.lstrip().startswith(b"<") else data
    high = len(_HIGH_BYTE.findall(text_bytes)) / max(1, len(text_bytes.strip()))
    candidates = SINGLE_BYTE + (MULTI_BYTE if high >= CJK_MIN_HIGH_BYTES else ())
    language = declared_language(data)
    known = {codecs.lookup(name).name for name in candidates}      # (the hints' names are codecs.lookup's)
    candidates += tuple(name for name in charsets_for(language) if name not in known
                        and (high >= CJK_MIN_HIGH_BYTES or name not in _MULTI_BYTE_NAMES))
    results = charset_normalizer.from_bytes(data, cp_isolation=list(candidates))
    best = results.best()
    if best is None:
        legacy = _decode(data, "cp1252", "detected")
        return legacy if legacy.errors < fallback.errors else fallback
    if hinted := preferred(results, language):
        return _decode(data, hinted, "detected")
    tied = [m for m in results if m.percent_chaos <= best.percent_chaos
            and m.percent_coherence >= best.percent_coherence]
    rank = {name: i for i, name in enumerate(candidates)}
    if len(tied) > 1:      # (the reading one language spells best, then the preferred charset)
        tied.sort(key=lambda m: (-letters_fit(str(m)), rank.get(m.encoding, len(rank))))
    return _decode(data, (tied[0] if tied else best).encoding, "detected")


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False
