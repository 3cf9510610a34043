"""Cleaning crawled pages in worker processes, off the reactor: the reactor glue of the
engine's pool (`cleaners.workers.WorkerPool`, which also serves ``corpus clean``).

* `corpus_spiders.cleaning.pool`: `CleaningPool`, ``await clean(task)`` on the crawl's
  event loop: the pool's pipes watched by the loop, one timer for its hard limit, no
  threads of its own.
* `corpus_spiders.cleaning.loop`: the few event-loop operations that needs, on asyncio
  or on the Twisted reactor.
"""
