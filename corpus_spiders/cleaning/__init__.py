"""Cleaning crawled pages in worker processes, off the reactor.

* `corpus_spiders.cleaning.worker`: what runs in a worker process (no Scrapy, no
  Twisted): build the chain of ``corpus clean`` once, then clean the pages sent to it
  under the per-document limits of `cleaners.run.clean_task`.
* `corpus_spiders.cleaning.pool`: `CleaningPool`, the crawl process's side: worker
  processes whose pipes the event loop watches, with no threads of its own.

This package's ``__init__`` imports nothing, so that a worker process loading
``corpus_spiders.cleaning.worker`` loads neither Scrapy nor Twisted.
"""
