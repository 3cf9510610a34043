"""corpus: turn news web pages and text dumps into a clean, sectioned JSONL corpus.

The engine never imports Scrapy: spiders call it through `Pipeline`.
"""
from .chain import Chain
from .document import Block, Comment, Document, Removal, SCHEMA_VERSION
from .editor import Editor
from .errors import CleanerError, ConfigError, CorpusError, InputError, NotConfigured
from .pipeline import Options, Pipeline
from .registry import Cleaner

__all__ = ["Block", "Chain", "Cleaner", "CleanerError", "Comment", "ConfigError", "CorpusError", "Document",
           "Editor", "InputError", "NotConfigured", "Options", "Pipeline", "Removal", "SCHEMA_VERSION"]
