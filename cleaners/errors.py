"""Typed errors. Each carries the context a user needs to act on it."""
from __future__ import annotations


class CorpusError(Exception):
    """Base class of every error this package raises on purpose."""


class NotConfigured(CorpusError):
    """Raised by a cleaner's ``from_settings`` to opt out of a run (as in Scrapy)."""


class ConfigError(CorpusError):
    """Invalid chain configuration: unknown cleaner, bad order value, bad config file."""


class InputError(CorpusError):
    """One input could not be turned into a document. The run goes on without it."""

    def __init__(self, source: str, reason: str, stage: str = "read", kind: str = "InputError"):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason
        self.stage = stage      # read | decode | clean ...
        self.kind = kind        # a short error type for errors.jsonl, e.g. "EmptyFile"


class CleanerError(CorpusError):
    """A cleaner raised on a document: names the cleaner and the document."""

    def __init__(self, cleaner: str, source: str, error: BaseException):
        super().__init__(f"{source}: cleaner {cleaner!r} failed: {type(error).__name__}: {error}")
        self.cleaner = cleaner
        self.source = source
        self.error = error


_CONTROL = {c: f"\\x{c:02x}" for c in [*range(0x20), 0x7F, *range(0x80, 0xA0)]}
_CONTROL.update({ord("\n"): "\\n", ord("\r"): "\\r", ord("\t"): "\\t"})


def printable(text: str) -> str:
    """Text safe for one line of a terminal or a log: control characters (newlines, ANSI
    escapes) escaped as ``\\n``, ``\\x1b``..., so that a file name cannot forge a log line
    or drive the terminal; lone surrogates as ``\\udcNN``."""
    text = str(text).translate(_CONTROL)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text
