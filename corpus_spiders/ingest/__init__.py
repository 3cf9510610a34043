"""``corpus ingest``: the crawl for cron -- incremental, crash-safe, deduplicated.

* `command` -- the ``corpus ingest`` subcommand (registered through the
  ``corpus.commands`` entry point group) and the Scrapy ``CrawlerProcess`` it runs;
* `run` -- one run and each target's output file, staged state and manifest;
* `store` -- the SQLite state, the lock and the commit protocol;
* `policy`, `targets` -- when a URL is fetched again; what a TARGET is;
* `middleware`, `protocol` -- the Scrapy components and the protocol they call.

docs/ingest.md describes it for users.
"""
