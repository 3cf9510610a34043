"""The dedup stage: an id is a key; exact and near duplicates are marked or dropped.

``observe``: the record's id is looked up among the documents seen before it. A later
record of a seen id is *unchanged* when its body is the same (left out when
``keep_unchanged`` is off: a crawl, ``corpus ingest``; kept and marked as a duplicate of
the earlier one by ``corpus clean --dedup mark``) and a *new version* when the body
differs (``metadata.version`` counts them: 1, 2, ...). Its signature is stored.

``apply``: the verdict against every document observed before it, other than its own
versions (`cleaners.dedup.DedupIndex`): ``metadata.duplicate_of`` and ``cluster`` are
set (``mark``), or a duplicate is left out (``drop``). ``off`` keeps the id key and
versions only (the crawl and ingest; ``corpus clean --dedup off`` runs no dedup stage).
"""
from __future__ import annotations

from typing import Any, Mapping

from ..dedup import MODES, DedupIndex, Signature, Verdict, mark, signature
from ..errors import ConfigError, NotConfigured
from .base import Drop, Stage, StageContext

_KEY = "_dedup"    # what observe leaves for apply: [seq, seq of the unchanged original or None]
SIGNATURE_KEY = "_signature"   # a `Signature` made with the record elsewhere (a crawl's cleaning worker)


class Dedup(Stage):
    """Ids are keys (versions); exact and near duplicates are marked or dropped."""

    name = "dedup"

    def __init__(self, index: DedupIndex, mode: str = "mark", keep_unchanged: bool = False):
        if mode not in MODES:
            raise ConfigError(f"dedup must be one of {', '.join(MODES)}")
        self.index = index
        self.mode = mode
        self.keep_unchanged = keep_unchanged
        self.counts = {"unchanged": 0, "versions": 0, "dropped": 0}

    @classmethod
    def from_settings(cls, settings: Mapping[str, Any], context: StageContext) -> "Dedup":
        mode = settings.get("dedup", "mark")
        if mode not in MODES:
            raise ConfigError(f"dedup must be one of {', '.join(MODES)}, not {mode!r}")
        if mode == "off" and not settings.get("id_keys"):
            raise NotConfigured("dedup off")
        if context.dedup is None:
            raise ConfigError("the dedup stage needs a dedup store")
        return cls(DedupIndex(context.dedup), mode, bool(settings.get("keep_unchanged", mode == "mark")))

    def observe(self, record: dict[str, Any]) -> dict[str, Any]:
        """Observe the record; its signature is ``record[SIGNATURE_KEY]`` when the path made
        it with the record (taken off the record), else it is made here."""
        sig = record.pop(SIGNATURE_KEY, None)
        return self.observe_signed(record, sig if sig is not None else signature(record.get("body") or ""))

    def observe_signed(self, record: dict[str, Any], sig: Signature) -> dict[str, Any]:
        """`observe` with the body's signature computed elsewhere (a distributed run's map
        phase; the record needs only ``id``, ``url``, ``source`` and ``metadata`` then)."""
        doc_id = record["id"]
        previous = self.index.store.latest(doc_id)
        original = None
        if previous is None:
            version = 1
        elif previous.exact == sig.exact:
            self.counts["unchanged"] += 1
            if not self.keep_unchanged:
                raise Drop("unchanged", f"already seen with this body: {record.get('url') or record.get('source')}")
            version, original = previous.version, previous.seq
        else:
            version = previous.version + 1
            self.counts["versions"] += 1
        seq = self.index.observe(doc_id, sig, version)
        record["metadata"]["version"] = version
        record[_KEY] = [seq, original]
        return record

    def apply(self, record: dict[str, Any]) -> dict[str, Any]:
        seq, original = record.pop(_KEY)
        if self.mode == "off":
            return mark(record, None)
        store = self.index.store
        if original is not None:   # an unchanged copy: a duplicate of the earlier record of its id
            cluster = store.cluster(original) or record["id"]
            verdict = Verdict(cluster, cluster, "exact", 1.0, 1.0)
            store.set_cluster(seq, cluster)
            self.index.stats["exact"] += 1
        else:
            verdict = self.index.judge(seq, record["id"], store.signature(seq))
        if verdict.duplicate and self.mode == "drop":
            self.counts["dropped"] += 1
            raise Drop("duplicate", f"duplicate of {verdict.duplicate_of}: {record.get('url') or record.get('source')}")
        return mark(record, verdict)

    def take_in(self, record: dict[str, Any]) -> None:
        """A record already in the output (``--resume``): observed, with its recorded cluster."""
        meta = record.get("metadata") or {}
        sig = signature(record.get("body") or "")
        seq = self.index.observe(record["id"], sig, meta.get("version") or 1)
        if meta.get("cluster"):
            self.index.store.set_cluster(seq, meta["cluster"])
        else:
            self.index.judge(seq, record["id"], sig)

    def summary(self) -> dict[str, Any]:
        stats = self.index.stats
        return {"mode": self.mode, "exact": stats["exact"], "near": stats["near"], "unique": stats["unique"],
                **self.counts}
