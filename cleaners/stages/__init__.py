"""The corpus-level stages after the cleaner chain, defined once for every path.

    length gate -> dedup -> site boilerplate -> writer

``corpus clean`` (`CorpusRun`), the crawl's item pipeline
(`corpus_spiders.pipelines.CorpusPipeline`) and ``corpus ingest`` build their list with
`build_stages` from the same settings; only the state they hand in (`StageContext`)
and the writer at the end differ. Settings (a mapping):

* ``min_chars`` -- the length gate (`LengthGate`; 0: off);
* ``dedup`` -- ``mark`` | ``drop`` | ``off`` (`Dedup`); ``keep_unchanged`` -- keep a
  later record of an id with the same body, marked (default: with ``mark``);
  ``id_keys`` -- with ``off``, still treat ids as keys (versions, unchanged copies);
* ``learn`` -- ``False`` switches the site-boilerplate stage off even with statistics.

docs/stages.md describes the stages, their state and how to run them distributed.
"""
from __future__ import annotations

import logging
from typing import Any, Mapping

from ..errors import NotConfigured
from .base import Drop, Stage, StageContext, StageList
from .boilerplate import SiteBoilerplateStage
from .dedup import Dedup
from .gate import LengthGate, text_length

log = logging.getLogger(__name__)

STAGES: tuple[type[Stage], ...] = (LengthGate, Dedup, SiteBoilerplateStage)   # the one order


def build_stages(settings: Mapping[str, Any], context: StageContext | None = None) -> StageList:
    """The stages that are configured, in their order (a stage's ``NotConfigured`` leaves it out)."""
    context = context or StageContext()
    stages: list[Stage] = []
    for cls in STAGES:
        try:
            stages.append(cls.from_settings(settings, context))
        except NotConfigured as exc:
            log.debug("stage %s not configured: %s", cls.name, exc)
    return StageList(stages)


__all__ = ["Drop", "Stage", "StageContext", "StageList", "STAGES", "build_stages", "LengthGate", "Dedup",
           "SiteBoilerplateStage", "text_length"]
