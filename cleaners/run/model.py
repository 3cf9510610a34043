"""The values of a batch run: a `Task` (one document to clean), its `Result` (a JSONL
line, or a `Failure` with its stage and reason), and the `RunConfig` every worker builds
its own pipeline from (picklable)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..chain import Chain
from ..errors import CleanerError, InputError
from ..memory import DEFAULT_MAX_MEMORY
from ..pipeline import Options, Pipeline

DEFAULT_TIMEOUT = 60.0          # seconds per document
DEFAULT_MAX_OUTPUT = 16 * 1024 * 1024   # bytes of one JSONL line


@dataclass(frozen=True)
class Task:
    """One document to clean: a file to read, or bytes already in hand (archives)."""
    key: str                       # unique input key; the unit of --resume
    source: str
    kind: str                      # html | text
    path: str | None = None
    gzipped: bool = False
    data: bytes | None = None
    url: str | None = None
    content_type: str | None = None   # HTTP Content-Type of archived responses (decoding)


@dataclass(frozen=True)
class Failure:
    source: str
    stage: str       # read | decode | clean | timeout | worker | output
    error: str       # error type
    message: str

    def as_record(self) -> dict[str, str]:
        return {"source": self.source, "stage": self.stage, "error": self.error, "message": self.message}


@dataclass(frozen=True)
class Result:
    task: Task
    line: bytes | None = None                 # the JSONL line, when cleaned
    failure: Failure | None = None
    removed: dict[str, int] = field(default_factory=dict)
    encoding_errors: int = 0                  # bad input bytes replaced when decoding
    signature: tuple[str, int, bytes] | None = None   # the body's dedup signature (`RunConfig.signature`)
    degraded: str | None = None               # why the record was made without the cleaners (`Pipeline.degraded`)


@dataclass(frozen=True)
class RunConfig:
    """Everything a worker needs to build its own pipeline (picklable)."""
    orders: dict[str, Any] = field(default_factory=dict)
    only: tuple[str, ...] = ()
    disable: tuple[str, ...] = ()
    settings: dict[str, Any] = field(default_factory=dict)
    options: Options = Options()
    timeout: float = DEFAULT_TIMEOUT
    max_output: int = DEFAULT_MAX_OUTPUT
    max_memory: int = DEFAULT_MAX_MEMORY    # bytes of address space per worker (0: none; cleaners/memory.py)
    signature: bool = False                 # workers also sign the body for dedup (a crawl: its stages run elsewhere)

    def pipeline(self) -> Pipeline:
        chain = Chain.build(orders=self.orders, only=self.only, disable=self.disable, settings=self.settings)
        return Pipeline(chain, self.options)



def failure_of(error: BaseException, source: str = "") -> Failure:
    """The `Failure` of an input or cleaner error (or any exception) on ``source``."""
    if isinstance(error, InputError):
        return Failure(error.source, error.stage, error.kind, error.reason)
    if isinstance(error, CleanerError):
        return Failure(error.source, "clean", type(error.error).__name__, str(error).split(": ", 1)[-1])
    return Failure(source, "clean", type(error).__name__, str(error) or repr(error))
