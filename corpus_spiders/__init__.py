"""Scrapy side of corpus: spiders that feed fetched pages into the cleaner chain.

Every page goes through `cleaners.pipeline.Pipeline`, the same code path as
``corpus clean`` (see `corpus_spiders.pipelines`).
"""
